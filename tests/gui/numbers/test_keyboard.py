"""Every label and button of the shop reaches by its own key, per tab, in both languages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

from tests.gui.conftest import settle, until
from tests.gui.numbers.test_page import STAR
from tests.gui.test_keyboard_layout import mnemonic
from zaddesk.gui.numbers.page import NumberShopPage


def keys(roots: list[QWidget]) -> dict[str, list[str]]:
    """Mnemonics of what is on screen under ``roots`` (a hidden tab's keys do not fire)."""
    seen: dict[str, list[str]] = {}
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if widget is not root and not widget.isVisibleTo(root):
                continue
            if isinstance(widget, QAbstractButton | QLabel):
                text = widget.text()
            elif isinstance(widget, QGroupBox):
                text = widget.title()
            else:
                continue
            key = mnemonic(text)
            if key:
                seen.setdefault(key, []).append(text)
    return seen


@pytest.mark.parametrize("language", ["en", "pl"])
def test_shop_mnemonics_do_not_clash(window: Any, arun: Any, language: str) -> None:
    window.ctx.set_language(language)

    async def scenario() -> None:
        page = window.show_page("numbers")
        assert isinstance(page, NumberShopPage)
        window.ctx.set_client(STAR)
        await until(lambda: len(page.number_model.rows) == 50, message="numbers")
        menus = {mnemonic(a.text()) for a in window.menuBar().actions()}
        bar = page.tabs.findChild(QTabBar)
        assert bar is not None
        tabs = [mnemonic(bar.tabText(i)) for i in range(bar.count())]
        for index in (0, 1):
            page.tabs.setCurrentIndex(index)
            await settle()
            seen = keys([page.tabs.currentWidget()])
            header = keys([page.header])  # the shell's header: no key of ours may take its
            for tab_key, title in zip(tabs, ("shop", "owned"), strict=True):
                if tab_key:
                    seen.setdefault(tab_key, []).append(f"tab {title}")
            clashes = {k: v for k, v in seen.items()
                       if len(v) > 1 or k in menus or k in header}
            assert not clashes, (index, clashes)
            labels = [w for w in page.tabs.currentWidget().findChildren(QLabel)
                      if mnemonic(w.text())]
            assert all(w.buddy() is not None for w in labels), [w.text() for w in labels]

    try:
        arun(scenario())
    finally:
        window.ctx.set_language("en")
        arun(settle())


@pytest.mark.parametrize("language", ["en", "pl"])
def test_order_dialog_mnemonics_do_not_clash(window: Any, arun: Any, language: str) -> None:
    """Per step of the dialog: the step's widgets and the buttons shown under it."""
    from zaddesk.gui.numbers.order import LOST_PAGE, ORDER_PAGE, ROUTE_PAGE

    window.ctx.set_language(language)

    async def scenario() -> None:
        page = window.show_page("numbers")
        assert isinstance(page, NumberShopPage)
        window.ctx.set_client(STAR)
        await until(lambda: len(page.number_model.rows) == 50, message="numbers")
        page.open_order(any_number=True)
        dialog = page.order_dialog
        assert dialog is not None
        await until(lambda: dialog.check_result is not None, message="the checklist")
        ui = dialog.ui
        for step, buttons in ((ORDER_PAGE, (ui.send_order, ui.close_button)),
                              (ROUTE_PAGE, (ui.route, ui.close_button)),
                              (LOST_PAGE, (ui.close_button,))):
            ui.order_steps.setCurrentIndex(step)
            current = ui.order_steps.currentWidget()
            assert current is not None
            seen = keys([current, *buttons])
            clashes = {k: v for k, v in seen.items() if len(v) > 1}
            assert not clashes, (step, clashes)
        dialog.reject()

    try:
        arun(scenario())
    finally:
        window.ctx.set_language("en")
        arun(settle())
