"""Help → About: versions and folders shown, diagnostics that hold no secret, the licences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication

from tests.gui.conftest import until
from zaddesk import __version__
from zaddesk.core import profiles
from zaddesk.core.profiles import Profile
from zaddesk.gui import about
from zaddesk.gui.about import AboutDialog, diagnostics

CANARY_KEY = "canarykey1c9e04b7"
CANARY_SECRET = "canarysecret83d1f6a2"


def test_about_shows_versions_and_folders(make_ctx: Any, qtbot: Any,
                                          zaddesk_home: Path) -> None:
    dialog = AboutDialog(make_ctx())
    qtbot.addWidget(dialog)
    values = {name: label.text() for name, label in dialog.values.items()}
    assert values["version"] == __version__
    assert qVersion() in values["qt_version"] and pyside_version in values["qt_version"]
    assert values["python_version"].startswith(".".join(map(str, __import__("sys")
                                                            .version_info[:2])))
    assert str(zaddesk_home / "data") in values["data_folder"]
    assert str(zaddesk_home / "logs") in values["log_folder"]
    for caption in dialog.captions.values():
        assert "&" in caption.text() and caption.buddy() is not None


def test_copy_diagnostics_holds_no_secret(emulator_factory: Any, make_ctx: Any, arun: Any,
                                          qtbot: Any) -> None:
    """Connected with a canary key and secret: the copied text names neither."""
    server = emulator_factory(key=CANARY_KEY, secret=CANARY_SECRET)
    profiles.save_profile(Profile("Canary", "custom", server.base_url))
    profiles.store_secret("Canary", CANARY_KEY, CANARY_SECRET)
    ctx = make_ctx()

    async def connect() -> None:
        await ctx.use_startup_profile("Canary")
        await until(lambda: ctx.balance is not None, message="balance")

    arun(connect())
    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == diagnostics(ctx)
    assert f"Zaddesk {__version__}" in text
    assert f"Qt {qVersion()}" in text
    assert "custom profile, API http://127.0.0.1:" in text
    assert "Log folder:" in text and "Data folder:" in text
    assert CANARY_KEY not in text and CANARY_SECRET not in text
    assert "canary" not in text.lower()
    assert dialog.copied.text()


def test_diagnostics_scrub_credentials_in_the_profile_url(make_ctx: Any) -> None:
    ctx = make_ctx()
    ctx.profile = Profile("Office", "custom",
                          f"https://{CANARY_KEY}:{CANARY_SECRET}@pbx.example.com:8443/api/"
                          f"?key={CANARY_KEY}&secret={CANARY_SECRET}")
    text = diagnostics(ctx)
    assert "API https://pbx.example.com:8443" in text
    assert "canary" not in text.lower()


def test_licences_show_our_licence_and_the_notices(make_ctx: Any, qtbot: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    notices = tmp_path / "THIRD-PARTY-NOTICES.txt"
    notices.write_text("PySide6_Essentials 6.x: LGPL-3.0-only\n", encoding="utf-8")
    monkeypatch.setattr(about, "notices_file", lambda: notices)
    dialog = AboutDialog(make_ctx())
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.licences_button, Qt.MouseButton.LeftButton)
    shown = dialog.licences
    assert shown is not None and shown.isVisible()
    text = shown.text.toPlainText()
    assert "MIT License" in text
    assert "PySide6_Essentials 6.x: LGPL-3.0-only" in text


def test_licences_from_source_say_where_the_notices_come_from(
        make_ctx: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(about, "notices_file", lambda: tmp_path / "absent.txt")
    dialog = AboutDialog(make_ctx())
    qtbot.addWidget(dialog)
    text = dialog.show_licences().text.toPlainText()
    assert "MIT License" in text and "packaging/build.sh" in text


def test_help_about_opens_the_dialog_once(window: Any) -> None:
    window.about_action.trigger()
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    window.about_action.trigger()
    assert window.findChildren(AboutDialog) == [dialog]
    assert dialog.values["version"].text() == __version__
