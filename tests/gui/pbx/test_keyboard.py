"""Mnemonics on the PBX page do not clash: each tab against itself, the tab bar, the header
and the menus."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.conftest import settle
from tests.gui.pbx.test_page import STAR, open_page
from tests.gui.test_keyboard_layout import mnemonic, mnemonics


@pytest.mark.parametrize("language", ["en", "pl"])
def test_pbx_mnemonics_do_not_clash(window: Any, arun: Any, language: str) -> None:
    window.ctx.set_language(language)
    try:
        page = arun(open_page(window, STAR))
        arun(settle())
        menus = {mnemonic(a.text()) for a in window.menuBar().actions()}
        shared = mnemonics(page.header, window)
        for index in range(page.tabs.count()):
            key = mnemonic(page.tabs.tabText(index))
            if key:
                shared.setdefault(key, []).append(page.tabs.tabText(index))
        # The header's own letter against the menus is the shell's business, not this page's.
        clashes = {f"tabs/{k}": v for k, v in shared.items() if len(v) > 1}
        for tab in (page.extensions, page.webhooks, page.webrtc, page.create_panel):
            own = mnemonics(tab, window)
            for key, texts in own.items():
                if len(texts) > 1 or key in menus or key in shared:
                    clashes[f"{tab.objectName()}/{key}"] = texts + shared.get(key, [])
        assert not clashes, "; ".join(f"{k}: {v}" for k, v in clashes.items())
    finally:
        window.ctx.set_language("en")
        arun(settle())


@pytest.mark.parametrize("language", ["en", "pl"])
def test_dialog_mnemonics_do_not_clash(window: Any, arun: Any, language: str) -> None:
    window.ctx.set_language(language)
    try:
        page = arun(open_page(window, STAR))
        tab = page.extensions
        tab.table.selectRow(0)
        clashes: dict[str, list[str]] = {}
        for opener in (tab.open_sip_settings, tab.open_password, tab.open_recording):
            opener()
            dialog = page.dialog
            assert dialog is not None
            for key, texts in mnemonics(dialog, window).items():
                if len(texts) > 1:
                    clashes[f"{type(dialog).__name__}/{key}"] = texts
            dialog.close()
        from zaddesk.gui.pbx.dialogs import RedirectionDialog

        forwarding = RedirectionDialog(page, 100)
        clashes.update({f"RedirectionDialog/{k}": v
                        for k, v in mnemonics(forwarding, window).items() if len(v) > 1})
        forwarding.close()
        assert not clashes, clashes
    finally:
        window.ctx.set_language("en")
        arun(settle())
