"""A keyring that hangs at start-up (locked, waiting for its prompt): the console starts on demo
data after a few seconds, says why, and works with a key entered for the session."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import until
from tests.keyrings import BlockingKeyring, MemoryKeyring
from zaddesk.core import profiles
from zaddesk.core.profiles import Profile, SecretStorage
from zaddesk.gui.settings.page import SettingsPage

NAME = "Biuro Łódź"


@pytest.fixture
def hung(memring: MemoryKeyring, settings: QSettings, emulator: Any,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[BlockingKeyring]:
    """A saved profile, last used, whose keyring blocks on every call."""
    profiles.save_profile(Profile(NAME, "custom", emulator.base_url))
    settings.setValue("profile/last", NAME)
    monkeypatch.setattr(profiles, "KEYRING_TIMEOUT", 0.5)
    ring = BlockingKeyring()
    keyring.set_keyring(ring)
    yield ring
    ring.release()


def test_hung_keyring_at_start_up(hung: BlockingKeyring, window: Any, emulator: Any,
                                  qtbot: Any, arun: Any) -> None:
    ctx = window.ctx
    assert ctx.demo and ctx.storage is SecretStorage.SESSION and ctx.keyring_hung
    assert hung.calls == 1
    assert "did not answer" in window.status.notice_label.text()
    assert NAME in window.status.notice_label.text()
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    assert "did not answer" in page.ui.keyring_status.text()

    # The key entered now is kept for the session, and the profile works with it.
    arun(until(lambda: page.model.row_of(NAME) >= 0, message="profile listed"))
    page.select(NAME)
    dialog = page.edit_profile()
    assert dialog is not None and "did not answer" in dialog.ui.storage_note.text()
    for name, value in (("key", emulator.key), ("secret", emulator.secret)):
        widget = dialog.findChild(type(dialog.ui.name), name)
        assert widget is not None, name
        widget.clear()
        qtbot.keyClicks(widget, value)

    async def scenario() -> None:
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        await until(lambda: "saved" in page.banner.label.text(), message="saved")
        page.select(NAME)
        qtbot.mouseClick(page.ui.profile_use, Qt.MouseButton.LeftButton)
        await until(lambda: ctx.profile.name == NAME, message="switch")
        await until(lambda: ctx.balance is not None, message="balance")

    arun(scenario())
    assert not ctx.demo
    assert hung.calls == 1  # the hung keyring was never asked again
    assert profiles.get_secret(NAME) == (emulator.key, emulator.secret)
