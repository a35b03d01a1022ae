"""One-line labels that shorten with "…" instead of being cut, and show the whole in a tooltip.

``elide(label)`` makes a label follow its width: it never asks for more room than a few
characters, shows as much of its text as fits, and keeps the whole text in its tooltip. Set
the text with ``set_text(label, text)`` afterwards (``QLabel.setText`` would be elided again
on the next resize anyway, but loses the tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

__all__ = ["elide", "set_text"]

class _Elider(QObject):
    def __init__(self, label: QLabel, mode: Qt.TextElideMode) -> None:
        super().__init__(label)
        self.label = label
        self.mode = mode
        self.full = label.text()
        self._applying = False
        label.setWordWrap(False)
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        label.setSizePolicy(policy)
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("M" * 4))
        label.installEventFilter(self)

    def set_text(self, text: str) -> None:
        self.full = text
        self.apply()

    def apply(self) -> None:
        label = self.label
        shown = label.fontMetrics().elidedText(self.full, self.mode, max(0, label.width()))
        self._applying = True
        try:
            label.setText(shown)
            label.setToolTip(self.full if shown != self.full else "")
        finally:
            self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() in (QEvent.Type.Resize,
                                                      QEvent.Type.FontChange):
            self.apply()
        return False


def elide(label: QLabel, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
    """Make ``label`` elide its text to its width (once per label)."""
    if label.findChild(_Elider) is None:
        _Elider(label, mode)  # a child of the label: it lives and dies with it


def set_text(label: QLabel, text: str) -> None:
    """Set an elided label's whole text (falls back to ``setText`` for a plain label)."""
    elider = label.findChild(_Elider)
    if elider is None:
        label.setText(text)
    else:
        elider.set_text(text)
