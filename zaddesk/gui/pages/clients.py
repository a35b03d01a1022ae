"""Placeholder for the clients page (the real page replaces this module)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zaddesk.gui.pages.base import PlaceholderPage


class ClientsPage(PlaceholderPage):
    page_id = "clients"

    def placeholder_text(self) -> str:
        return QCoreApplication.translate(
            "Pages",
            "Your clients will be listed here: search, balances, phone and document status, "
            "and the actions for each client.",
        )
