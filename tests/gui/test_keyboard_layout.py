"""What a rep sees and reaches: the clients table takes the room, keys reach every action."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QGroupBox, QLabel, QWidget

from tests.gui.conftest import settle, until
from zaddesk.gui.clients.page import ClientsPage


@pytest.fixture
def clients(window: Any, arun: Any) -> ClientsPage:
    page = window.show_page("clients")
    assert isinstance(page, ClientsPage)
    arun(until(lambda: page.cache is not None and page.cache.last_refresh() is not None
               and not (page.refresh_task and page.refresh_task.running),
               message="first refresh"))
    return page


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(root: QWidget, window: QWidget) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
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


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1600, 1000)])
def test_clients_table_takes_the_room(window: Any, clients: ClientsPage, arun: Any,
                                      size: tuple[int, int]) -> None:
    for dock in window.findChildren(QDockWidget):
        dock.hide()  # as a rep first sees it
    clients.show_banner("2 unfinished onboardings can be resumed.", "info")
    clients.ui.clients_table.selectRow(0)
    window.resize(*size)
    QApplication.processEvents()
    arun(settle())
    table = clients.ui.clients_table
    search = clients.ui.search
    top = table.mapTo(clients, table.rect().topLeft()).y()
    below_search = search.mapTo(clients, search.rect().bottomLeft()).y()
    # Only the count line sits between the search row and the table: no gap.
    assert top - below_search < 3 * clients.ui.count_label.sizeHint().height()
    bottom = table.mapTo(clients, table.rect().bottomLeft()).y()
    assert clients.height() - bottom < 40
    # The table, not the detail panel, gets the width a bigger window gives.
    assert table.width() >= clients.detail.width()
    # The search lines up with the page heading (no double margin).
    assert search.mapTo(clients, search.rect().topLeft()).x() == clients.heading.x()


@pytest.mark.parametrize("language", ["en", "pl"])
def test_clients_keyboard(window: Any, clients: ClientsPage, arun: Any, qtbot: Any,
                          language: str) -> None:
    window.ctx.set_language(language)
    try:
        arun(settle())
        menus = {mnemonic(a.text()) for a in window.menuBar().actions()}
        seen = mnemonics(clients, window)
        clashes = {k: v for k, v in seen.items() if len(v) > 1 or k in menus}
        assert not clashes, clashes
    finally:
        window.ctx.set_language("en")
        arun(settle())
    clients.ui.clients_table.setFocus()
    clients.ui.search.setText("Nowak")
    qtbot.keyClick(clients.ui.clients_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert clients.ui.search.hasFocus() or QApplication.focusWidget() is clients.ui.search
    assert clients.ui.search.selectedText() == "Nowak"
    # Tab from the last search-row button lands in the table.
    after: Any = clients.ui.refresh_button.nextInFocusChain()
    while after is not None and not after.focusPolicy() & Qt.FocusPolicy.TabFocus:
        after = after.nextInFocusChain()
    assert after is clients.ui.clients_table


@pytest.mark.parametrize("language", ["en", "pl"])
def test_onboarding_mnemonics_do_not_clash(window: Any, arun: Any, language: str) -> None:
    """On each wizard page: its own widgets, the wizard's buttons and the menu bar."""
    from PySide6.QtWidgets import QWizard

    from zaddesk.gui.onboarding.page import OnboardingPage

    window.ctx.set_language(language)
    try:
        page = window.show_page("onboarding")
        assert isinstance(page, OnboardingPage)
        arun(settle())
        menus = {mnemonic(a.text()) for a in window.menuBar().actions()}
        clashes: dict[str, Any] = {}
        start = mnemonics(page.start, window)
        clashes.update({f"start/{k}": v for k, v in start.items() if len(v) > 1 or k in menus})
        async def open_wizard() -> Any:
            opened = page.start_new()
            await window.ctx.runner.wait_idle()
            return opened

        wizard = arun(open_wizard())
        assert wizard is not None
        def button(which: QWizard.WizardButton) -> str:
            return str(wizard.button(which).text())

        for at, step in enumerate(wizard.steps):
            last = at == len(wizard.steps) - 1
            # The buttons a rep sees on this page (Next and Commit share their text).
            shown = {button(QWizard.WizardButton.CancelButton),
                     button(QWizard.WizardButton.FinishButton if last
                            else QWizard.WizardButton.NextButton)}
            if at:
                shown.add(button(QWizard.WizardButton.BackButton))
            seen = mnemonics(step, window)
            for text in shown:
                key = mnemonic(text)
                if key:
                    seen.setdefault(key, []).append(text)
            clashes.update({f"{type(step).__name__}/{k}": v for k, v in seen.items()
                            if len(v) > 1 or k in menus})
        assert not clashes, "; ".join(f"{k}: {v}" for k, v in clashes.items())
    finally:
        window.ctx.set_language("en")
        arun(settle())


def test_enter_advances_the_wizard(window: Any, arun: Any, qtbot: Any) -> None:
    from tests.gui.onboarding.test_wizard import (
        fill_client,
        next_button,
        unique_email,
        unique_phone,
    )
    from zaddesk.core.onboarding import Step
    from zaddesk.gui.onboarding.page import OnboardingPage

    page = window.show_page("onboarding")
    assert isinstance(page, OnboardingPage)

    async def scenario() -> None:
        wizard = page.start_new()
        assert wizard is not None
        await window.ctx.runner.wait_idle()
        fill_client(qtbot, wizard, unique_email("enter"), unique_phone())
        await until(lambda: next_button(wizard).isEnabled(), message="Next enabled")
        city = wizard.client_step.ui.city
        city.setFocus()
        qtbot.keyClick(city, Qt.Key.Key_Return)
        await settle()
        assert wizard.current_step() is Step.REGISTRATION

    arun(scenario())


def test_an_error_row_takes_room_only_while_it_speaks(qtbot: Any) -> None:
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    from zaddesk.gui.page import FieldErrors

    root = QWidget()
    qtbot.addWidget(root)
    form = QFormLayout(root)
    name = QLineEdit(root)
    name.setObjectName("name")
    error = QLabel(root)
    error.setObjectName("name_error")
    error.hide()
    form.addRow("Name:", name)
    form.addRow(error)
    form.addRow("Other:", QLineEdit(root))
    errors = FieldErrors(root, None)
    root.show()
    assert not form.isRowVisible(1)
    assert errors.show("name", "Too short.")
    assert form.isRowVisible(1) and error.isVisible() and error.text() == "Too short."
    errors.clear()
    assert not form.isRowVisible(1) and error.isHidden()
