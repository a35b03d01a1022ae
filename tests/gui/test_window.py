"""The main window on its embedded demo emulator: pages, status bar, state, languages."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import until
from zaddesk.gui.mainwindow import MainWindow
from zaddesk.gui.page import Page
from zaddesk.gui.pages import PAGES


def test_first_start_is_demo_and_says_so(window: Any, arun: Any) -> None:
    ctx = window.ctx
    assert ctx.demo and ctx.emulator is not None
    assert ctx.profile.base_url.startswith("http://127.0.0.1:")
    status = window.status
    assert status.demo_label.isVisible()
    assert "DEMO" in status.demo_label.text()
    assert "DEMO DATA" in window.windowTitle()
    assert "USD" in status.balance_label.text() or ctx.balance.currency in (
        status.balance_label.text())
    assert status.rate_meter.maximum() > 0
    assert status.rate_meter.value() <= status.rate_meter.maximum()
    # The outbox opens on the first demo start and lists what the seed "sent".
    assert window.outbox_dock.isVisible()
    panel = window.outbox_panel
    arun(until(lambda: panel.model.rowCount() > 0, message="outbox rows"))
    kinds = {panel.model.items[r]["kind"] for r in range(panel.model.rowCount())}
    assert "email" in kinds
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.copy_code()
    codes = [i["code"] for i in panel.model.items if i.get("code")]
    if panel.model.items[0].get("code"):
        assert QApplication.clipboard().text() in codes


def test_pages_are_created_lazily_and_switch(window: Any, qtbot: Any) -> None:
    assert set(window.pages) == {window.current_page_id()}
    window.sidebar.setFocus()
    window.show_page("clients")
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page_id() == "onboarding"
    assert window.stack.currentWidget() is window.pages["onboarding"]
    for row, spec in enumerate(PAGES):
        window.page_actions[row].trigger()
        page = window.stack.currentWidget()
        assert isinstance(page, Page) and page.page_id == spec.page_id
        assert page.heading.text() == spec.title()
        assert spec.title() in window.windowTitle()
    assert set(window.pages) == {s.page_id for s in PAGES}
    assert window.page_actions[2].shortcut().toString() == "Ctrl+3"


def test_keyboard_shortcut_switches_page(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    window.sidebar.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.task_dock.isVisible()


def test_window_state_is_restored(window: Any, settings: QSettings, qtbot: Any) -> None:
    window.show_page("documents")
    window.outbox_dock.hide()
    # Within the offscreen screen (800x600), and not below what the pages need.
    target = QSize(700, 520).expandedTo(window.minimumSizeHint())
    window.resize(target)
    saved = window.size()
    window.close()
    again = MainWindow(window.ctx)
    qtbot.addWidget(again)
    again.restore_state()
    assert again.current_page_id() == "documents"
    assert settings.value("window/page") == "documents"
    expected = saved.boundedTo(again.screen().availableGeometry().size())  # clamped to screen
    assert abs(again.size().height() - expected.height()) <= 25
    assert abs(again.size().width() - expected.width()) <= 25
    again.persist = False
    again.close()


def test_language_switch_retranslates_open_window(window: Any, arun: Any) -> None:
    ctx = window.ctx
    settings_page = window.show_page("settings")
    title = Qt.ItemDataRole.AccessibleTextRole  # the shown text is empty in a narrow window
    english = [window.page_model.index(r).data(title)
               for r in range(window.page_model.rowCount())]
    assert english[0] == "Clients"
    ctx.set_language("pl")
    try:
        arun(asyncio.sleep(0.05))
        polish = [window.page_model.index(r).data(title) for r in range(len(english))]
        assert polish[0] == "Klienci" and polish[-1] == "Ustawienia"
        assert settings_page.heading.text() == "Ustawienia"
        assert window.file_menu.title() == "&Plik"
        assert window.status.balance_label.text().startswith("Saldo")
        assert "DANE DEMO" in window.status.demo_label.text()
        assert settings_page.ui.profile_add.text() == "&Dodaj…"
        assert ctx.settings.value("ui/language") == "pl"
        # Placeholder pages too.
        assert window.page("pbx").heading.text() == "Centrala PBX"
    finally:
        ctx.set_language("en")
        arun(asyncio.sleep(0.05))
    assert window.page_model.index(0).data(title) == "Clients"
    assert settings_page.heading.text() == "Settings"


def test_money_moved_refreshes_balance(window: Any, arun: Any) -> None:
    ctx = window.ctx
    changes: list[Any] = []
    ctx.balance_changed.connect(changes.append)
    ctx.money_moved()
    arun(until(lambda: any(c is not None for c in changes), message="balance refresh"))
    assert ctx.balance is not None


def test_at_start_up_the_balance_is_shown_before_the_pages_start_reading(
        make_ctx: Any, arun: Any) -> None:
    """The first connection tells the pages once the balance is shown; later ones at once."""
    ctx = make_ctx()
    seen: list[str] = []
    ctx.balance_changed.connect(lambda b: seen.append("balance") if b is not None else None)
    ctx.profile_changed.connect(lambda _p: seen.append("profile"))

    async def scenario() -> None:
        await ctx.use_startup_profile()  # demo
        assert seen == ["balance", "profile"]
        seen.clear()
        await ctx.start_demo()  # connecting again: the pages hear of it at once
        assert seen == ["profile"]
        await until(lambda: "balance" in seen, message="balance of the new connection")

    arun(scenario())


def test_a_first_connection_over_the_network_tells_the_pages_at_once(
        emulator_factory: Any, make_ctx: Any, arun: Any) -> None:
    """Over a network the pages' reading fills the wait for the balance: no head start."""
    from zaddesk.core import profiles
    from zaddesk.core.profiles import Profile

    server = emulator_factory(key="k" * 20, secret="s" * 32)
    profiles.save_profile(Profile("Office", "custom", server.base_url))
    profiles.store_secret("Office", "k" * 20, "s" * 32)
    ctx = make_ctx()
    seen: list[str] = []
    ctx.balance_changed.connect(lambda b: seen.append("balance") if b is not None else None)
    ctx.profile_changed.connect(lambda _p: seen.append("profile"))

    async def scenario() -> None:
        await ctx.use_startup_profile("Office")
        assert seen == ["profile"]
        await until(lambda: "balance" in seen, message="balance")

    arun(scenario())


def test_missing_secret_falls_back_to_demo_and_says_so(make_ctx: Any, arun: Any,
                                                       qtbot: Any) -> None:
    from zaddesk.core import profiles
    from zaddesk.core.profiles import Profile

    profiles.save_profile(Profile("Office", "sandbox", profiles.SANDBOX_URL))  # no secret
    ctx = make_ctx()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.restore_state()
    window.show()
    arun(ctx.use_startup_profile("Office"))
    assert ctx.demo
    assert "No key and secret are stored for the profile “Office”" in (
        window.status.notice_label.text())


def test_a_narrow_window_keeps_the_sidebar_to_its_icons(window: Any, arun: Any) -> None:
    window.resize(1024, 640)
    arun(asyncio.sleep(0.05))
    model = window.page_model
    assert model.compact and model.index(0).data() == ""
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole).startswith("Clients")
    assert window.sidebar.width() < 80
    window.resize(1400, 900)
    arun(asyncio.sleep(0.05))
    assert not model.compact and model.index(0).data() == "Clients"
