"""Every visible string of the shell goes through tr(): switching to Polish changes it."""

from __future__ import annotations

import asyncio
import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from zaddesk.gui.pages import PAGES

# The same in both languages on purpose: names, codes, symbols, data.
SAME = {"Zaddesk", "E-mail", "SMS", "Id", "…", "×", "—", "https://api.zadarma.com", "Dealer:",
        "{0} → {1}", ""}
SHELL_PAGES = ("numbers", "documents", "sounds", "pbx", "settings")


def visible_texts(root: QWidget) -> dict[str, str]:
    texts: dict[str, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton) and not (
            isinstance(widget, QLabel) and widget.isHidden()
        ):
            texts[name + ".text"] = widget.text()
        elif isinstance(widget, QGroupBox):
            texts[name + ".title"] = widget.title()
        elif isinstance(widget, QDockWidget):
            texts[name + ".title"] = widget.windowTitle()
        if isinstance(widget, QLineEdit):
            texts[name + ".placeholder"] = widget.placeholderText()
        if widget.toolTip() and not isinstance(widget, QLineEdit):
            texts[name + ".tooltip"] = widget.toolTip()
    for action in root.findChildren(QAction):
        if action.text():
            texts[f"QAction#{action.objectName()}.text"] = action.text()
    return texts


def untranslated(english: dict[str, str], polish: dict[str, str]) -> list[str]:
    same = []
    for key, text in english.items():
        if text is None:
            continue
        if key in polish and polish[key] == text and text not in SAME:
            if re.fullmatch(r"[\d\s.,:/%()+-]*", text) or "@" in text or "/" in text:
                continue  # numbers, addresses, paths
            same.append(f"{key}: {text!r}")
    return same


def test_shell_has_no_untranslated_text(window: Any, arun: Any) -> None:
    ctx = window.ctx
    window.task_dock.show()
    for page_id in SHELL_PAGES:
        window.page(page_id)
    dialog = window.page("settings").add_profile()

    def collect() -> dict[str, str]:
        texts = visible_texts(window)
        for page_id in SHELL_PAGES:
            texts.update({f"{page_id}/{k}": v
                          for k, v in visible_texts(window.pages[page_id]).items()})
        texts.update({f"dialog/{k}": v for k, v in visible_texts(dialog).items()})
        for row in range(window.page_model.rowCount()):
            texts[f"sidebar/{row}"] = window.page_model.index(row).data()
        model = ctx.runner.model
        for col in range(model.columnCount()):
            texts[f"tasks/header/{col}"] = model.headerData(col, Qt.Orientation.Horizontal)
        return texts

    english = collect()
    ctx.set_language("pl")
    try:
        arun(asyncio.sleep(0.05))
        polish = collect()
    finally:
        ctx.set_language("en")
        arun(asyncio.sleep(0.05))
    assert len(english) > 60  # the walk did find the shell's texts
    problems = untranslated(english, polish)
    assert not problems, "\n".join(problems)
    assert {f"sidebar/{i}" for i in range(len(PAGES))} <= set(english)


def test_clients_and_onboarding_have_no_untranslated_text(window: Any, arun: Any) -> None:
    """The two working pages, a client's detail and every wizard step, in Polish."""
    from zaddesk.gui.clients.page import ClientsPage
    from zaddesk.gui.onboarding.page import OnboardingPage

    ctx = window.ctx
    clients = window.show_page("clients")
    assert isinstance(clients, ClientsPage)
    arun(ctx.runner.wait_idle())
    clients.ui.clients_table.selectRow(0)
    arun(ctx.runner.wait_idle())
    money = clients.detail.open_money("to_user")
    assert money is not None
    arun(ctx.runner.wait_idle())
    onboarding = window.show_page("onboarding")
    assert isinstance(onboarding, OnboardingPage)

    async def open_wizard() -> Any:
        opened = onboarding.start_new()
        await ctx.runner.wait_idle()
        return opened

    wizard = arun(open_wizard())
    assert wizard is not None

    def collect() -> dict[str, str]:
        texts = {f"clients/{k}": v for k, v in visible_texts(clients).items()}
        texts.update({f"money/{k}": v for k, v in visible_texts(money).items()})
        texts["money/title"] = money.windowTitle()
        texts.update({f"start/{k}": v for k, v in visible_texts(onboarding.start).items()})
        for step in wizard.steps:
            name = type(step).__name__
            texts.update({f"{name}/{k}": v for k, v in visible_texts(step).items()})
            texts[f"{name}/title"] = step.title()
            texts[f"{name}/subtitle"] = step.subTitle()
        return texts

    english = collect()
    ctx.set_language("pl")
    try:
        arun(asyncio.sleep(0.05))
        polish = collect()
    finally:
        ctx.set_language("en")
        arun(asyncio.sleep(0.05))
    assert len(english) > 80
    for key in list(english):
        if "client_title" in key or key.endswith("email_label.text"):  # data; "E-mail" in both
            del english[key]
    problems = untranslated(english, polish)
    assert not problems, "\n".join(problems)
    money.close()
