"""Settings → profiles against a live emulator, with an in-memory keyring."""

from __future__ import annotations

import json
from typing import Any

import keyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.gui.conftest import until
from tests.keyrings import MemoryKeyring
from zaddesk.core import profiles
from zaddesk.core.profiles import Profile, SecretStorage
from zaddesk.gui.settings.page import SettingsPage
from zaddesk.gui.settings.profile_dialog import ProfileDialog


def fill(qtbot: Any, dialog: ProfileDialog, **fields: str) -> None:
    for name, value in fields.items():
        widget = dialog.findChild(type(dialog.ui.name), name)
        assert widget is not None, name
        widget.clear()
        qtbot.keyClicks(widget, value)


def open_settings(window: Any) -> SettingsPage:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    return page


def test_add_test_and_use_a_profile(window: Any, emulator: Any, memring: MemoryKeyring,
                                    qtbot: Any, arun: Any) -> None:
    page = open_settings(window)
    dialog = page.add_profile()
    dialog.ui.kind.setCurrentIndex(2)  # custom address
    fill(qtbot, dialog, name="Local emulator", base_url=emulator.base_url,
         key=emulator.key, secret=emulator.secret)

    async def scenario() -> None:
        qtbot.mouseClick(dialog.ui.test_button, Qt.MouseButton.LeftButton)
        await until(lambda: "Connected" in dialog.ui.test_result.text(), message="test result")
        assert "Dealer balance" in dialog.ui.test_result.text()
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        await until(lambda: page.model.row_of("Local emulator") >= 0, message="saved row")

    arun(scenario())
    # The secret went to the keyring only.
    stored = json.loads(memring.store[("zaddesk", "Local emulator")])
    assert stored == {"key": emulator.key, "secret": emulator.secret}
    assert emulator.secret not in profiles.profiles_file().read_text()
    assert "saved" in page.banner.label.text()

    page.select("Local emulator")

    async def use_it() -> None:
        qtbot.mouseClick(page.ui.profile_test, Qt.MouseButton.LeftButton)
        await until(lambda: "connected" in page.ui.profile_test_result.text(), message="test")
        qtbot.mouseClick(page.ui.profile_use, Qt.MouseButton.LeftButton)
        await until(lambda: window.ctx.profile.name == "Local emulator", message="switch")
        await until(lambda: window.ctx.balance is not None, message="balance")

    arun(use_it())
    assert not window.ctx.demo
    assert not window.status.demo_label.isVisible()
    assert window.status.profile_label.text() == "Profile: Local emulator"
    assert "DEMO" not in window.windowTitle()
    assert page.model.active == "Local emulator"
    assert window.ctx.settings.value("profile/last") == "Local emulator"


def test_wrong_secret_is_rejected_with_a_clear_message(window: Any, emulator: Any,
                                                       qtbot: Any, arun: Any) -> None:
    page = open_settings(window)
    dialog = page.add_profile()
    dialog.ui.kind.setCurrentIndex(2)
    fill(qtbot, dialog, name="Wrong", base_url=emulator.base_url, key=emulator.key,
         secret="not-the-secret")

    async def scenario() -> None:
        qtbot.mouseClick(dialog.ui.test_button, Qt.MouseButton.LeftButton)
        await until(lambda: "failed" in dialog.ui.test_result.text(), message="failure")

    arun(scenario())
    text = dialog.ui.test_result.text()
    assert "rejected the API key or secret" in text
    assert "not-the-secret" not in text
    assert dialog.ui.test_result.property("role") == "error"


def test_unreachable_server_names_the_network(window: Any, qtbot: Any, arun: Any) -> None:
    page = open_settings(window)
    dialog = page.add_profile()
    dialog.ui.kind.setCurrentIndex(2)
    fill(qtbot, dialog, name="Nowhere", base_url="http://127.0.0.1:9", key="k", secret="s")

    async def scenario() -> None:
        qtbot.mouseClick(dialog.ui.test_button, Qt.MouseButton.LeftButton)
        await until(lambda: "failed" in dialog.ui.test_result.text(), message="failure")

    arun(scenario())
    assert "No connection to the server" in dialog.ui.test_result.text()


def test_invalid_fields_are_marked_inline(window: Any, qtbot: Any, arun: Any) -> None:
    page = open_settings(window)
    dialog = page.add_profile()
    dialog.ui.kind.setCurrentIndex(2)
    fill(qtbot, dialog, name="", base_url="ftp://example.com")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    marked = dialog.errors.marked()
    assert set(marked) == {"name", "base_url", "key", "secret"}
    assert dialog.ui.base_url_error.text().startswith("Enter a full address")
    assert dialog.ui.name.property("invalid") is True
    assert profiles.list_profiles() == []
    qtbot.keyClicks(dialog.ui.name, "x")
    assert "name" not in dialog.errors.marked()


def test_duplicate_name_comes_back_to_the_name_field(window: Any, qtbot: Any,
                                                     arun: Any) -> None:
    profiles.save_profile(Profile("Taken", "sandbox", profiles.SANDBOX_URL))
    page = open_settings(window)
    dialog = page.add_profile()
    fill(qtbot, dialog, name="Taken", key="k", secret="s")

    async def scenario() -> None:
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        await until(lambda: "name" in dialog.errors.marked(), message="name error")

    arun(scenario())
    assert dialog.ui.name_error.text() == "A profile with this name already exists."
    assert dialog.isVisible()


def test_delete_asks_first(window: Any, qtbot: Any, arun: Any, memring: MemoryKeyring) -> None:
    profiles.save_profile(Profile("Old", "sandbox", profiles.SANDBOX_URL))
    profiles.store_secret("Old", "k", "s")
    page = open_settings(window)

    async def scenario() -> None:
        page.reload()
        await until(lambda: page.model.row_of("Old") >= 0, message="row")
        page.select("Old")
        qtbot.mouseClick(page.ui.profile_delete, Qt.MouseButton.LeftButton)
        await until(lambda: page.findChild(QMessageBox) is not None, message="question")
        box = page.findChild(QMessageBox)
        assert box is not None
        box.button(QMessageBox.StandardButton.Yes).click()
        await until(lambda: page.model.row_of("Old") < 0, message="row gone")

    arun(scenario())
    assert profiles.list_profiles() == []
    assert memring.store == {}


def test_without_a_keyring_secrets_stay_in_the_session(window: Any, qtbot: Any,
                                                       arun: Any) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    arun(window.ctx.check_keyring())
    page = open_settings(window)
    assert "kept only until Zaddesk closes" in page.ui.keyring_status.text()
    dialog = page.add_profile()
    assert "only until Zaddesk closes" in dialog.ui.storage_note.text()
    fill(qtbot, dialog, name="Session", key="k1", secret="s1")

    async def scenario() -> None:
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        await until(lambda: page.model.row_of("Session") >= 0, message="saved")

    arun(scenario())
    assert profiles.get_secret("Session") == ("k1", "s1")
    assert profiles.secret_storage() is SecretStorage.SESSION
    assert "s1" not in profiles.profiles_file().read_text()
