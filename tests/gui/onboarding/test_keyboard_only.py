"""A whole onboarding from the keyboard alone, as a rep without a mouse does it.

Every key goes to the widget that has the focus (no mouse events, no focus set by the test):
the test reads a label's mnemonic off the screen the way a rep does, tabs to a field by
looking at where the focus is, and answers the confirmation box with Enter. If focus were
lost (a hidden widget, the sidebar, a disabled field), typing would go nowhere and the test
fails saying where the focus was.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.gui.conftest import settle, until
from tests.gui.onboarding.test_wizard import codes_to, unique_email, unique_phone
from zaddesk.core.onboarding import Step


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def where() -> str:
    widget = QApplication.focusWidget()
    return "nothing" if widget is None else f"{type(widget).__name__}#{widget.objectName()}"


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    qtbot.keyClick(focus(), key, modifier)


def mnemonic_of(widget: QWidget) -> Qt.Key:
    found = re.search(r"&([^&\s])", widget.text().replace("&&", ""))  # type: ignore[attr-defined]
    assert found, f"{widget.objectName()} has no mnemonic"
    return Qt.Key(ord(found.group(1).upper()))


def alt(qtbot: Any, widget: QWidget) -> None:
    """Press the Alt+letter the widget's label shows."""
    press(qtbot, mnemonic_of(widget), Qt.KeyboardModifier.AltModifier)


async def tab_to(qtbot: Any, name: str, limit: int = 40) -> QWidget:
    for _ in range(limit):
        if focus().objectName() == name:
            return focus()
        press(qtbot, Qt.Key.Key_Tab)
        await settle()
    raise AssertionError(f"Tab never reached {name}; focus on {where()}")


async def type_into(qtbot: Any, name: str, text: str) -> None:
    widget = await tab_to(qtbot, name)
    qtbot.keyClicks(widget, text)


def open_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


@pytest.mark.parametrize("language", ["en", "pl"])
def test_onboarding_with_the_keyboard_alone(window: Any, arun: Any, qtbot: Any,
                                            language: str) -> None:
    ctx = window.ctx
    ctx.set_language(language)
    emulator = ctx.emulator
    email, phone = unique_email("keys"), unique_phone()

    async def scenario() -> str:
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        await settle()
        page = window.page("onboarding")
        assert window.current_page_id() == "onboarding"
        await ctx.runner.wait_idle()
        alt(qtbot, page.ui.new_onboarding)
        await until(lambda: page.wizard is not None, message="the wizard opens")
        wizard = page.wizard
        await until(lambda: wizard.client_step.choices is not None, message="price plans")
        await settle()
        assert wizard.client_step.isAncestorOf(focus()), f"focus on {where()}"
        assert focus().objectName() == "email", f"focus on {where()}, not the e-mail"
        qtbot.keyClicks(focus(), email)
        await type_into(qtbot, "first_name", "Jan")
        await type_into(qtbot, "last_name", "Kowalski")
        await type_into(qtbot, "city", "Krakow")
        await type_into(qtbot, "phone", phone)
        assert wizard.client_step.ui.country.currentData() == "PL"  # the dealer's country
        press(qtbot, Qt.Key.Key_Return)  # Next
        await until(lambda: wizard.current_step() is Step.REGISTRATION, message="step 2")
        await settle()
        alt(qtbot, wizard.registration_step.ui.register_button)
        await until(lambda: wizard.flow.client_id is not None, message="registered")
        await ctx.runner.wait_idle()
        await settle()
        assert wizard.isAncestorOf(focus()), f"focus after Register on {where()}"
        press(qtbot, Qt.Key.Key_Return)  # Next
        await until(lambda: wizard.current_step() is Step.PHONE, message="phone step")
        await settle()
        alt(qtbot, wizard.phone_step.ui.send_sms)
        await until(lambda: bool(codes_to(emulator, wizard.flow.phone_status().number))
                    if wizard.flow.phone_status() else False, message="SMS sent")
        await ctx.runner.wait_idle()
        await settle()
        assert focus().objectName() == "code", f"focus after Send SMS on {where()}"
        [code] = codes_to(emulator, wizard.flow.phone_status().number)
        qtbot.keyClicks(focus(), code)
        press(qtbot, Qt.Key.Key_Return)  # confirms the code
        await until(lambda: wizard.flow.phone_status().proved, message="phone confirmed")
        await ctx.runner.wait_idle()
        await settle()
        press(qtbot, Qt.Key.Key_Return)  # Next
        await until(lambda: wizard.current_step() is Step.TOPUP, message="top-up step")
        await until(lambda: wizard.topup_step.before is not None, message="balances")
        await settle()
        assert focus().objectName() == "amount", f"focus on the top-up step: {where()}"
        qtbot.keyClicks(focus(), "10")
        alt(qtbot, wizard.topup_step.ui.topup_button)
        await until(lambda: open_box() is not None, message="the confirmation box")
        box = open_box()
        assert box is not None
        await settle()
        yes = box.button(QMessageBox.StandardButton.Yes)
        assert box.defaultButton() is not yes  # money moves on a deliberate Yes, not on Enter
        qtbot.keyClick(box.focusWidget() or box, mnemonic_of(yes), Qt.KeyboardModifier.AltModifier)
        await until(lambda: wizard.topup_step.result is not None, message="topped up")
        await ctx.runner.wait_idle()
        await settle()
        press(qtbot, Qt.Key.Key_Return)  # Next
        await until(lambda: wizard.current_step() is Step.NEXT_STEPS, message="next steps")
        await settle()
        press(qtbot, Qt.Key.Key_Return)  # Next
        await until(lambda: wizard.current_step() is Step.SUMMARY, message="summary")
        await settle()
        text = str(wizard.summary_step.ui.summary_text.toPlainText())
        press(qtbot, Qt.Key.Key_Return)  # Finish
        await until(lambda: page.wizard is None, message="finished")
        return text

    try:
        summary = arun(scenario(), timeout=120)
    finally:
        ctx.set_language("en")
        arun(settle())
    assert email in summary
    # The hand-over is the client's: what they got, not what it cost the dealer.
    lowered = summary.lower()
    for word in ("dealer", "dealera", "debited", "pobrano", "sms", "journal"):
        assert word not in lowered, f"{word!r} in the client's summary:\n{summary}"
