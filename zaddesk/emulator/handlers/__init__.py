"""Endpoint handlers; importing the package registers every route."""

from zaddesk.emulator.handlers import documents, hooks, info, numbers, pbx, reseller

__all__ = ["documents", "hooks", "info", "numbers", "pbx", "reseller"]
