"""Typed namespaces of the Zadarma API, one module per area (see ``zaddesk.api.client``)."""
