"""Confirmations that are safe inside a task.

``QMessageBox.exec()`` spins a nested event loop, which qasync cannot re-enter from a running
task ("Cannot enter into task"). ``ask`` opens the box window-modally with ``open()`` and
awaits its ``finished`` signal through a future instead; cancelling the awaiting task closes
the box.
"""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

__all__ = ["ask", "inform"]

Button = QMessageBox.StandardButton


async def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.No,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    informative: str = "",
) -> Button:
    """Show a message box and return the button pressed (Escape gives the escape button)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setDefaultButton(default)
    if informative:
        box.setInformativeText(informative)
    future: asyncio.Future[Button] = asyncio.get_running_loop().create_future()

    def finished(_result: int) -> None:
        clicked = box.clickedButton()
        button = box.standardButton(clicked) if clicked is not None else Button.NoButton
        if not future.done():
            future.set_result(button)

    box.finished.connect(finished)
    before = QApplication.focusWidget()
    box.open()
    try:
        return await future
    finally:
        box.finished.disconnect(finished)
        box.close()
        box.deleteLater()
        _give_focus_back(before)


def _give_focus_back(widget: QWidget | None) -> None:
    """The box is gone: the keyboard goes back where the rep was, even where no window
    manager re-activates the main window (and the button pressed may be disabled now:
    the task runner then moves focus on once the work is done)."""
    if widget is None or not shiboken6.isValid(widget) or not widget.isVisible():
        return
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def inform(parent: QWidget | None, title: str, text: str,
           icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    """A non-blocking notice; returns the box (already open)."""
    box = QMessageBox(icon, title, text, Button.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
