"""Placeholder for the PBX editor (the real page replaces this module)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zaddesk.gui.page import ClientPlaceholderPage


class PbxPage(ClientPlaceholderPage):
    page_id = "pbx"

    def placeholder_text(self) -> str:
        return QCoreApplication.translate(
            "Pages",
            "The cloud PBX editor will be here: extensions, voice menus and call scenarios of"
            " a client's PBX.",
        )
