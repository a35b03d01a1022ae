"""The Qt binding must not leak references to ``None``: on Python 3.11 that aborts the app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp: object) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    # Other threads may move the count a little; a leak moves it by thousands.
    assert sys.getrefcount(None) > before - 200
