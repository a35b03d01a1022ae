"""Placeholder for the documents page (the real page replaces this module)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zaddesk.gui.page import ClientPlaceholderPage


class DocumentsPage(ClientPlaceholderPage):
    page_id = "documents"

    def placeholder_text(self) -> str:
        return QCoreApplication.translate(
            "Pages",
            "Documents will be collected here: see which documents a client's numbers "
            "require, upload scans and follow their review.",
        )
