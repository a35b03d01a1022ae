"""The demo outbox polls every two seconds: a poll with nothing new must leave the view alone."""

from __future__ import annotations

from PySide6.QtTest import QSignalSpy

from zaddesk.gui.outbox import OutboxModel


def test_unchanged_poll_does_not_reset_and_newest_comes_first(qapp: object) -> None:
    model = OutboxModel()
    first = {"to": "a@example.pl", "kind": "email", "text": "t", "code": "111111"}
    second = {"to": "+48601234567", "kind": "sms", "text": "t", "code": "222222"}
    model.set_items([first, second])
    assert model.items[0]["code"] == "222222"
    resets = QSignalSpy(model.modelReset)
    model.set_items([first, second])
    assert resets.count() == 0
    model.set_items([first, second, first])
    assert resets.count() == 1
