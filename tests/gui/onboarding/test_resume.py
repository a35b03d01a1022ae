"""Kill the console after each wizard step (a real process, ``os._exit``), start it again.

The child process (this module run as ``python -m tests.gui.onboarding.test_resume``) opens
the console's main window offscreen on the emulator URL the test gives it, walks the wizard
through the GUI up to a step, prints the session id and dies without any clean-up. The test
then opens the GUI in-process on the same data folder (so the same journal) and emulator,
checks that the Onboarding page offers the session, that resuming opens the right step with
what was typed, and that nothing changing the server was sent on the way.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

ROOT = Path(__file__).resolve().parents[3]
PROFILE = "Test"

# stage -> the step the wizard must reopen at
EXPECTED = {
    "typed": "client_data",
    "awaiting_link": "registration",
    "registered": "phone",
    "code_sent": "phone",
    "phone_confirmed": "topup",
    "topup_in_flight": "topup",
    "topped_up": "next_steps",
}


class Bot:
    """The few qtbot calls the wizard helpers use, for a process without pytest."""

    @staticmethod
    def mouseClick(widget: QWidget, button: Qt.MouseButton) -> None:
        QTest.mouseClick(widget, button)

    @staticmethod
    def mouseDClick(widget: QWidget, button: Qt.MouseButton) -> None:
        QTest.mouseDClick(widget, button)

    @staticmethod
    def keyClicks(widget: QWidget, text: str) -> None:
        QTest.keyClicks(widget, text)


async def drive(window: Any, stage: str, email: str, phone: str) -> None:
    """Walk the wizard in the child up to ``stage``, then die."""
    from tests.gui.conftest import until
    from tests.gui.onboarding import test_wizard as w
    from zaddesk.core.onboarding import Step

    bot = Bot()
    page = window.show_page("onboarding")
    wizard = page.start_new()
    print(wizard.session_id, flush=True)
    await until(lambda: wizard.client_step.choices is not None, 30, "price plans")
    w.fill_client(bot, wizard, email, phone)
    bot.keyClicks(w.field(wizard, "password"), "tajne1234")
    await w.press_next(bot, wizard, Step.REGISTRATION)
    if stage == "typed":
        os._exit(1)
    bot.mouseClick(w.button(wizard, "register_button"), Qt.MouseButton.LeftButton)
    if stage == "awaiting_link":
        await until(lambda: wizard.registration_step.result is not None, 30, "registered")
        os._exit(1)
    await until(lambda: wizard.flow.client_id is not None and not
                wizard.registration_step.busy(), 30, "registered")
    await w.press_next(bot, wizard, Step.PHONE)
    if stage == "registered":
        os._exit(1)
    bot.mouseClick(w.button(wizard, "send_sms"), Qt.MouseButton.LeftButton)

    def sent() -> bool:
        status = wizard.flow.phone_status()
        return bool(status and status.code_sent_via) and not wizard.phone_step.busy()

    await until(sent, 30, "code sent")
    if stage == "code_sent":
        os._exit(1)
    number = wizard.flow.phone_status().number
    [code] = [m["code"] for m in outbox(window.ctx.profile.base_url)
              if m.get("code") and m["to"].lstrip("+") == number.lstrip("+")]
    bot.keyClicks(w.field(wizard, "code"), code)
    bot.mouseClick(w.button(wizard, "confirm_phone_button"), Qt.MouseButton.LeftButton)
    await until(lambda: wizard.flow.phone_status().proved and not wizard.phone_step.busy(),
                30, "phone confirmed")
    if stage == "phone_confirmed":
        os._exit(1)
    if stage == "topup_in_flight":
        # The test made the emulator hold the top-up: die with the request on the wire.
        journal = wizard.flow.journal
        await w.top_up(bot, wizard, "4")
        await until(lambda: bool(journal.steps(wizard.session_id, "topup")), 30, "intent")
        url = window.ctx.profile.base_url
        await until(lambda: topups_in_flight(url) > 0, 30, "top-up on the wire")
        [step] = journal.steps(wizard.session_id, "topup")
        assert step.outcome is None  # no answer yet: the request is out
        os._exit(1)
    await w.top_up(bot, wizard, "4")
    await until(lambda: wizard.topup_step.result is not None, 30, "top-up result")
    if stage == "topped_up":
        os._exit(1)
    raise SystemExit(f"unknown stage {stage}")


def topups_in_flight(base_url: str) -> int:
    """Top-ups the emulator holds now: received, not answered (``GET /_emulator/requests``)."""
    import httpx

    answer = httpx.get(f"{base_url}/_emulator/requests", timeout=10).json()
    return int(answer["by_path"].get("/v1/reseller/users/topup", 0))


def outbox(base_url: str) -> list[dict[str, str]]:
    import httpx

    items: list[dict[str, str]] = httpx.get(f"{base_url}/_emulator/outbox").json()
    return items


async def connect(ctx: Any, url: str, key: str, secret: str) -> None:
    from zaddesk.core import profiles
    from zaddesk.core.profiles import Profile

    profile = Profile(PROFILE, "custom", url)
    if PROFILE not in {p.name for p in profiles.list_profiles()}:
        profiles.save_profile(profile)
    profiles.store_secret(PROFILE, key, secret)
    await ctx.use_profile(profile)


def child_main(url: str, stage: str, email: str, phone: str) -> None:
    """The console in a child process: main window, onboarding page, real clicks."""
    import keyring
    import qasync
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tests.keyrings import MemoryKeyring
    from zaddesk.core import profiles
    from zaddesk.gui.context import AppContext
    from zaddesk.gui.mainwindow import MainWindow

    keyring.set_keyring(MemoryKeyring())
    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    settings = QSettings(str(profiles.config_dir() / "child.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(settings)
    window = MainWindow(ctx)
    window.show()

    async def main() -> None:
        await connect(ctx, url, os.environ["ZADDESK_TEST_KEY"], os.environ["ZADDESK_TEST_SECRET"])
        await drive(window, stage, email, phone)

    loop.run_until_complete(asyncio.wait_for(main(), 90))


# ------------------------------------------------------------------ the test


def run_child(emulator: Any, home: Path, stage: str, email: str,
              phone: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, ZADDESK_HOME=str(home), ZADDESK_TEST_KEY=emulator.key,
               ZADDESK_TEST_SECRET=emulator.secret, PYTHONPATH=str(ROOT),
               QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "tests.gui.onboarding.test_resume", emulator.base_url, stage,
         email, phone],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def dealer_balance(emulator: Any) -> str:
    from tests.conftest import signed

    return str(signed(emulator, "GET", "/v1/reseller/account/info/").json()["balance"])


@pytest.fixture
def console(make_ctx: Any, arun: Any) -> Iterator[tuple[Any, Any]]:
    """A shown main window, not yet connected; closed and deleted at the end of the test."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from zaddesk.gui.mainwindow import MainWindow

    ctx = make_ctx()
    window = MainWindow(ctx)
    window.persist = False
    window.show()
    yield ctx, window
    window.close()
    arun(ctx.aclose())
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.slow
@pytest.mark.parametrize("stage", list(EXPECTED))
def test_kill_after_a_step_then_resume_in_the_gui(
        stage: str, emulator: Any, zaddesk_home: Path, console: tuple[Any, Any], arun: Any,
        qtbot: Any) -> None:
    from tests.gui.conftest import until
    from tests.gui.onboarding.test_wizard import Requests, codes_to, field
    from zaddesk.core.onboarding import Step

    tag = "+link" if stage == "awaiting_link" else ""
    email = f"kill.{uuid.uuid4().hex[:8]}{tag}@example.com"
    phone = f"60{uuid.uuid4().int % 10_000_000:07d}"
    if stage == "topup_in_flight":
        emulator.set_faults(hold=1, path="/v1/reseller/users/topup/")
    try:
        ran = run_child(emulator, zaddesk_home, stage, email, phone)
    finally:
        emulator.set_faults()  # lets the held top-up go on, to a console that is gone
    while emulator.in_flight("/v1/reseller/users/topup/"):
        time.sleep(0.01)  # until the emulator is done with it: applied then, or never
    assert ran.returncode == 1, ran.stdout + ran.stderr  # died by os._exit(1)
    session_id = ran.stdout.split()[0]
    outbox_before = len(emulator.outbox())
    balance_before = dealer_balance(emulator)
    stored = b"".join(p.read_bytes() for p in (zaddesk_home / "data").glob("journal.sqlite3*"))
    assert b"tajne1234" not in stored  # the typed password never reached the disk

    requests = Requests(emulator)
    ctx, window = console

    async def scenario() -> Any:
        await connect(ctx, emulator.base_url, emulator.key, emulator.secret)
        page: Any = window.show_page("onboarding")
        await until(lambda: page.sessions.rowCount() == 1, message="session offered")
        assert "can be resumed" in page.banner.text()
        assert page.selected_session() == session_id
        assert email in page.sessions.item(0).text()
        qtbot.mouseClick(page.ui.resume_session, Qt.MouseButton.LeftButton)
        wizard = page.wizard
        assert wizard is not None and wizard.session_id == session_id
        assert wizard.current_step().value == EXPECTED[stage]
        await ctx.runner.wait_idle()  # whatever the page reads on opening
        assert requests.changing() == []  # nothing sent by itself
        return wizard

    wizard = arun(scenario())
    assert len(emulator.outbox()) == outbox_before
    assert dealer_balance(emulator) == balance_before

    step = wizard.current_step()
    if stage == "awaiting_link":
        assert field(wizard, "awaiting_box", QWidget).isVisible()
        assert not field(wizard, "register_button", QWidget).isVisibleTo(wizard)
        assert wizard.flow.client_id is None
    elif stage == "topup_in_flight":
        # The lost top-up is shown, blocked, and decided by the rep from what the balances say.
        assert field(wizard, "reconcile_button", QWidget).isVisible()
        assert not field(wizard, "topup_button", QWidget).isEnabled()
        assert "lost" in wizard.topup_step.banner.text()
        qtbot.mouseClick(field(wizard, "reconcile_button", QWidget), Qt.MouseButton.LeftButton)
        dialog = wizard.topup_step.reconcile_dialog
        assert dialog is not None
        arun(until(lambda: dialog.found is not None, message="balances read"))
        # Whatever the server did with the request cut short, the dialog says it.
        user = arun(ctx.api.reseller.find_user(id=wizard.flow.client_id))
        applied = user.balance == 4
        assert ("WAS applied" if applied else "NOT applied") in dialog.ui.verdict.text()
        target = dialog.ui.applied_button if applied else dialog.ui.not_applied_button
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        assert wizard.topup_step.isComplete() is applied
        assert field(wizard, "topup_button", QWidget).isEnabled() is not applied
        assert requests.changing() == []  # decided without sending anything
    elif step is Step.CLIENT_DATA:
        assert field(wizard, "email").text() == email
        assert field(wizard, "city").text() == "Krakow"
        assert field(wizard, "country", QComboBox).currentData() == "PL"
        assert field(wizard, "password").text() == ""
        assert field(wizard, "password_note", QWidget).isVisible()  # asks to retype it
    elif step is Step.PHONE:
        number = field(wizard, "number", QLineEdit)
        status = wizard.flow.phone_status()
        if stage == "code_sent":
            assert status is not None and status.code_sent_via == "sms"
            assert not field(wizard, "send_sms", QWidget).isEnabled()  # cooldown kept
            # The resumed wizard confirms with the code of the first SMS: one SMS in all.
            [code] = codes_to(emulator, status.number)
            qtbot.keyClicks(field(wizard, "code"), code)
            qtbot.mouseClick(field(wizard, "confirm_phone_button", QWidget),
                             Qt.MouseButton.LeftButton)
            arun(until(lambda: wizard.flow.phone_status().proved, message="confirmed"))
            assert requests.changing() == [("POST", "/v1/reseller/users/phones/confirm/")]
        else:
            assert status is None and phone in number.text().replace(" ", "")
    elif step is Step.TOPUP:
        assert wizard.flow.phone_status().proved
        assert field(wizard, "topup_button", QWidget).isEnabled()
    else:
        assert step is Step.NEXT_STEPS
        assert wizard.flow.session.data.get("topups")


if __name__ == "__main__":
    child_main(*sys.argv[1:5])
