"""Real drag-and-drop events carrying file URLs, as a file manager sends them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def drop_files(target: QWidget, paths: Sequence[Path], at: QWidget | None = None) -> bool:
    """Drag ``paths`` over ``target`` (at the centre of ``at`` if given) and drop them.

    Returns whether the drop was accepted.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = (at.mapTo(target, at.rect().center()) if at is not None
             else target.rect().center())
    action = Qt.DropAction.CopyAction
    buttons = Qt.MouseButton.LeftButton
    keys = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(point), action, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(QPoint(point), action, mime, buttons, keys)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(QPointF(point), action, mime, buttons, keys)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()
