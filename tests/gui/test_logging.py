"""No secret reaches the log file, even at DEBUG with every library logging."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import until
from zaddesk.core import profiles
from zaddesk.core.profiles import Profile
from zaddesk.gui.logsetup import Redactor, setup_logging, shutdown_logging
from zaddesk.gui.settings.page import SettingsPage

CANARY_KEY = "canarykey7f3a9c1d"
CANARY_SECRET = "canarysecret5e8b2d4f"


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    yield path
    shutdown_logging()
    logging.getLogger().setLevel(logging.WARNING)


def test_canary_secret_never_logged(emulator_factory: Any, make_ctx: Any, arun: Any,
                                    qtbot: Any, debug_log: Path) -> None:
    server = emulator_factory(key=CANARY_KEY, secret=CANARY_SECRET)
    profiles.save_profile(Profile("Canary", "custom", server.base_url))
    profiles.store_secret("Canary", CANARY_KEY, CANARY_SECRET)
    from zaddesk.gui.mainwindow import MainWindow

    ctx = make_ctx()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.restore_state()
    window.show()

    async def scenario() -> None:
        await ctx.use_startup_profile("Canary")
        await until(lambda: ctx.balance is not None, message="balance")
        page = window.show_page("settings")
        assert isinstance(page, SettingsPage)
        # A failing request (wrong secret) and a server-side refusal, both logged.
        dialog = page.add_profile()
        dialog.ui.kind.setCurrentIndex(2)
        dialog.ui.name.setText("Bad")
        dialog.ui.base_url.setText(server.base_url)
        dialog.ui.key.setText(CANARY_KEY)
        dialog.ui.secret.setText(CANARY_SECRET + "x")
        qtbot.mouseClick(dialog.ui.test_button, Qt.MouseButton.LeftButton)
        await until(lambda: "failed" in dialog.ui.test_result.text(), message="failure")
        dialog.reject()
        await ctx.api.transport.request("GET", "/v1/info/balance/", {"currency": "EUR"})
        logging.getLogger("zaddesk.test").debug(
            "headers {'Authorization': '%s:c2lnbmF0dXJl'} url %s/v1/x/?sig=abc",
            CANARY_KEY, server.base_url)
        await ctx.runner.wait_idle()

    arun(scenario())
    window.close()
    arun(ctx.aclose())
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = debug_log.read_text(encoding="utf-8")
    assert "GET" in text or "balance" in text  # the log did record the traffic
    assert CANARY_SECRET not in text
    assert CANARY_KEY not in text
    assert "c2lnbmF0dXJl" not in text
    assert "Authorization: " not in text.replace("Authorization: <redacted>", "")
    assert "sig=abc" not in text


@pytest.mark.parametrize(
    ("line", "leak"),
    [
        ("Authorization: abc123:ZGVhZGJlZWY=", "ZGVhZGJlZWY="),
        ("{'authorization': 'k:c2ln'}", "c2ln"),
        ("GET https://api.zadarma.com/v1/pbx/record/request/?call_id=1&sig=zz ok", "sig=zz"),
        ("secret=topsecret&key=abc", "topsecret"),
    ],
)
def test_redactor_scrubs_shapes(line: str, leak: str) -> None:
    assert leak not in Redactor().scrub(line)


def test_redactor_scrubs_exception_text() -> None:
    redactor = Redactor()
    redactor.register("registered-secret")
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed %s", ("now",), None)
    try:
        raise ValueError("boom registered-secret")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    redactor.filter(record)
    assert "registered-secret" not in (record.exc_text or "")
    assert record.getMessage() == "failed now"


def test_redactor_leaves_prose_alone() -> None:
    text = "The server rejected the API key or secret: Not authorized"
    assert Redactor().scrub(text) == text
    assert "abc" not in Redactor().scrub('{"secret": "abc", "key": "abc"}')


def test_log_file_rotates(tmp_path: Path) -> None:
    from zaddesk.gui.logsetup import RotatingFile

    handler = RotatingFile(tmp_path / "z.log", max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for i in range(40):
        handler.emit(logging.LogRecord("x", logging.INFO, __file__, 1, f"line {i:03d} " * 3,
                                       None, None))
    handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["z.log", "z.log.1", "z.log.2"]
    assert all(p.stat().st_size <= 260 for p in tmp_path.iterdir())
    assert "line 039" in (tmp_path / "z.log").read_text()
