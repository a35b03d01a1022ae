"""Every page at the desk: at 1024x640 and 1280x800, in Polish and English, with the demo
outbox open and a client chosen, nothing is cut off or outside the window, and Tab walks
through the page without getting stuck in one widget or landing on a hidden one."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QTabWidget,
    QWidget,
)

from tests.gui.conftest import settle
from zaddesk.gui.pages import PAGES

SIZES = ((1024, 640), (1280, 800))
LANGUAGES = ("pl", "en")
CLIENT = 210_001  # a demo client with a PBX, numbers and documents


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def scrolled(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area's viewport (or a table's cell editor): may extend past the edge."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def outside(window: QWidget) -> list[str]:
    frame = QRect(QPoint(0, 0), window.size())
    found = []
    for widget in window.findChildren(QWidget):
        if not shown(widget) or widget.isWindow() or scrolled(widget, window):
            continue
        top_left = widget.mapTo(window, QPoint(0, 0))
        box = QRect(top_left, widget.size())
        if not frame.contains(box.adjusted(1, 1, -1, -1)):
            found.append(f"{type(widget).__name__}#{widget.objectName()} at {box.getRect()}")
    return found


def clipped(root: QWidget) -> list[str]:
    """Buttons narrower than their text, one-line labels narrower than theirs (no elision)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not shown(widget) or scrolled(widget, root):
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.pixmap().isNull():
            text = "" if "<" in widget.text() else widget.text()
        else:
            continue
        need = widget.minimumSizeHint().width()
        if text and widget.width() + 1 < need:
            found.append(f"{type(widget).__name__}#{widget.objectName()} {text!r}: "
                         f"{widget.width()} < {need}")
    return found


def tab_walk(window: Any, page: QWidget, qtbot: Any, steps: int = 25) -> list[QWidget]:
    first = next((w for w in page.findChildren(QWidget)
                  if shown(w) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus),
                 None)
    if first is None:
        return []
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(steps):
        current = QApplication.focusWidget()
        if current is None:
            break
        visited.append(current)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    return visited


@pytest.fixture
def desk(window: Any, arun: Any) -> Iterator[Any]:
    async def choose() -> None:
        window.ctx.set_client_id(CLIENT)
        await window.ctx.runner.wait_idle()

    arun(choose())
    window.outbox_dock.show()
    yield window
    window.ctx.set_language("en")
    arun(settle())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("spec", PAGES, ids=lambda s: s.page_id)
def test_page_fits_the_desk_and_tab_walks_through(desk: Any, arun: Any, qtbot: Any,
                                                  spec: Any, language: str) -> None:
    window = desk
    window.ctx.set_language(language)

    async def show() -> Any:
        page = window.show_page(spec.page_id)
        await settle()
        await window.ctx.runner.wait_idle()
        await settle()
        return page

    page = arun(show())
    problems: list[str] = []
    for width, height in SIZES:
        window.resize(width, height)
        QApplication.processEvents()
        arun(settle())
        where = f"{spec.page_id} {language} {width}x{height}"
        size = window.size()
        if size.width() > width or size.height() > height:
            problems.append(f"{where}: the window cannot shrink to it ({size.width()}x"
                            f"{size.height()})")
        problems += [f"{where}: outside: {p}" for p in outside(window)]
        problems += [f"{where}: clipped: {p}" for p in clipped(page)]
    walked = tab_walk(window, page, qtbot)
    for before, after in itertools.pairwise(walked):
        if before is after and not isinstance(before, QTabWidget):
            problems.append(f"{spec.page_id} {language}: Tab stays on "
                            f"{type(before).__name__}#{before.objectName()}")
            break
    for widget in walked:
        if not widget.isVisible():
            problems.append(f"{spec.page_id} {language}: focus on a hidden "
                            f"{type(widget).__name__}#{widget.objectName()}")
        if widget is window.sidebar:
            problems.append(f"{spec.page_id} {language}: Tab reached the sidebar")
    assert not problems, "\n".join(problems)
