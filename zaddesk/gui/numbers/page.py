"""Placeholder for the number shop (the real page replaces this module)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zaddesk.gui.page import ClientPlaceholderPage


class NumberShopPage(ClientPlaceholderPage):
    page_id = "numbers"

    def placeholder_text(self) -> str:
        return QCoreApplication.translate(
            "Pages",
            "The number shop will be here: browse countries and cities, check prices and "
            "order virtual numbers for a client.",
        )
