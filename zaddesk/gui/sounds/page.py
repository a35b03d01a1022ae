"""Placeholder for the sounds page (the real page replaces this module)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zaddesk.gui.page import ClientPlaceholderPage


class SoundsPage(ClientPlaceholderPage):
    page_id = "sounds"

    def placeholder_text(self) -> str:
        return QCoreApplication.translate(
            "Pages",
            "Voice menu recordings will be managed here: upload MP3 or WAV greetings (up to 5"
            " MB) and listen to them.",
        )
