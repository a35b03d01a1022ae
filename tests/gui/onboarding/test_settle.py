"""Every lost answer can be settled from the wizard, and the onboarding finished there.

A real child process runs the onboarding (``tests.core.onboarding_driver kill``) and dies at
one request boundary: with the intent journaled and the request never sent, or with the
request applied by the server and its answer never written. The console then opens in this
process on the same data folder and emulator, resumes the session, and the test finishes the
onboarding by clicking the wizard alone: it reads the server where the answer was lost, asks
the rep only what cannot be read, and never sends anything twice.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.core.onboarding_driver import KILL_ACTIONS, form_for
from tests.gui.conftest import until
from tests.gui.onboarding.test_resume import PROFILE, connect
from tests.gui.onboarding.test_wizard import (
    Requests,
    answer_box,
    button,
    codes_to,
    field,
    fill_client,
    next_button,
    press_next,
    settle,
)
from zaddesk.core.onboarding import OnboardingFlow, Step
from zaddesk.core.sendonce import Verdict

ROOT = Path(__file__).resolve().parents[3]
BOUNDARIES = [(action, when) for action in KILL_ACTIONS
              for when in ("before", "after", "done")]
TOPUP = "/v1/reseller/users/topup/"


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


def kill_child(emulator: Any, home: Path, action: str, when: str,
               email: str) -> subprocess.CompletedProcess[str]:
    journal = home / "data" / "journal.sqlite3"
    journal.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, ZADDESK_TEST_KEY=emulator.key, ZADDESK_TEST_SECRET=emulator.secret,
               ZADDESK_TEST_PROFILE=PROFILE, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "tests.core.onboarding_driver", "kill", str(journal),
         emulator.base_url, action, when, email],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


async def resume_only_session(ctx: Any, window: Any, emulator: Any, qtbot: Any,
                              session_id: str) -> Any:
    await connect(ctx, emulator.base_url, emulator.key, emulator.secret)
    page: Any = window.show_page("onboarding")
    await until(lambda: page.sessions.rowCount() == 1, message="session offered")
    assert page.selected_session() == session_id
    qtbot.mouseClick(page.ui.resume_session, Qt.MouseButton.LeftButton)
    wizard = page.wizard
    assert wizard is not None and wizard.session_id == session_id
    await ctx.runner.wait_idle()
    return wizard


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


async def finish_in_wizard(qtbot: Any, wizard: Any, emulator: Any, requests: Requests, *,
                           code_arrived: bool) -> list[str]:
    """Click through whatever the wizard shows until the onboarding is finished.

    Returns what the rep was told after each reading of the server.
    """
    told: list[str] = []
    for _ in range(30):
        if await advance(qtbot, wizard, emulator, requests, code_arrived, told):
            return told
    raise AssertionError(f"the wizard did not finish; it stays at {wizard.current_step()}")


async def advance(qtbot: Any, wizard: Any, emulator: Any, requests: Requests,
                  code_arrived: bool, told: list[str]) -> bool:
    """One thing a rep does on the page shown; True once the wizard is finished."""
    from PySide6.QtWidgets import QWizard

    flow: OnboardingFlow = wizard.flow
    step = wizard.current_step()
    current = wizard.currentPage()
    lost = current.lost
    if lost is not None and lost.isVisible():
        changing = requests.changing()
        if lost.applied_button.isVisible():
            # What only the client can tell (did a code arrive?): the rep decides.
            click(qtbot, lost.applied_button if code_arrived else lost.not_applied_button)
        else:
            click(qtbot, lost.check_button)
            await until(lambda: not current.busy("settle"), 30, "server read")
            await settle()
            # Settled: the banner says what the server showed; unclear: the box asks.
            told.append(current.banner.text() or lost.finding.text())
        assert requests.changing() == changing  # settling only reads
        return False
    if step is Step.REGISTRATION:
        if flow.client_id is None and button(wizard, "register_button").isVisible():
            click(qtbot, button(wizard, "register_button"))
            await until(lambda: flow.session.data.get("registration")
                        and not current.busy(), 30, "registered")
        if flow.client_id is None:
            qtbot.keyClicks(field(wizard, "code"), codes_to(emulator, flow.form.email)[-1])
            click(qtbot, button(wizard, "confirm_code_button"))
            await until(lambda: flow.client_id is not None and not current.busy(), 30,
                        "registration confirmed")
        await press_next(qtbot, wizard, Step.PHONE)
    elif step is Step.PHONE:
        status = flow.phone_status()
        if status is None or not status.proved:
            if not field(wizard, "code").isEnabled():
                click(qtbot, button(wizard, "send_sms"))

                def sent() -> bool:
                    now = flow.phone_status()
                    return bool(now and now.code_sent_via) and not current.busy()

                await until(sent, 30, "code sent")
            number = flow.phone_status().number  # type: ignore[union-attr]
            qtbot.keyClicks(field(wizard, "code"), codes_to(emulator, number)[-1])
            click(qtbot, button(wizard, "confirm_phone_button"))
            await until(lambda: flow.phone_status().proved  # type: ignore[union-attr]
                        and not current.busy(), 30, "phone confirmed")
        await press_next(qtbot, wizard, Step.TOPUP)
    elif step is Step.TOPUP:
        await until(lambda: not current.busy(), 30, "balances read")
        if button(wizard, "reconcile_button").isVisible():
            click(qtbot, button(wizard, "reconcile_button"))
            dialog = current.reconcile_dialog
            await until(lambda: dialog.found is not None, 30, "balances compared")
            applied = dialog.found.verdict is Verdict.APPLIED
            told.append(dialog.ui.verdict.text())
            click(qtbot, dialog.ui.applied_button if applied else dialog.ui.not_applied_button)
            await settle()
            return False
        if not current.topups():
            qtbot.keyClicks(field(wizard, "amount"), "10")
            click(qtbot, button(wizard, "topup_button"))
            await answer_box(qtbot, QMessageBox.StandardButton.Yes)
            await until(lambda: current.result is not None, 30, "top-up done")
        await press_next(qtbot, wizard, Step.NEXT_STEPS)
    elif step is Step.NEXT_STEPS:
        await press_next(qtbot, wizard, Step.SUMMARY)
    else:
        assert step is Step.SUMMARY
        assert "Pending:\n  - nothing" in wizard.summary_step.ui.summary_text.toPlainText()
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
        await settle()
        assert flow.finished
        return True
    return False


def client_state(emulator: Any, email: str) -> tuple[bool, Decimal, list[bool]]:
    from tests.conftest import signed

    user = signed(emulator, "GET", "/v1/reseller/users/find/", {"email": email}).json()["user"]
    phones = signed(emulator, "GET", "/v1/reseller/users/phones/",
                    {"user_id": user["id"]}).json().get("list") or []
    active = user["is_active"] in (True, "true", 1, "1")
    return active, Decimal(str(user["balance"])), [p["is_proved"] in (True, "true", 1, "1")
                                                    for p in phones]


@pytest.mark.slow
@pytest.mark.parametrize(("action", "when"), BOUNDARIES)
def test_killed_at_a_request_boundary_the_wizard_alone_finishes(
        action: str, when: str, emulator: Any, zaddesk_home: Path,
        console: tuple[Any, Any], arun: Any, qtbot: Any) -> None:
    tag = "+code" if action == "confirm_registration" else ""
    email = f"kill.{uuid.uuid4().hex[:8]}{tag}@example.com"
    ran = kill_child(emulator, zaddesk_home, action, when, email)
    assert ran.returncode == 1, ran.stdout + ran.stderr  # died by os._exit(1)
    assert "Traceback" not in ran.stderr, ran.stderr
    session_id = ran.stdout.split()[0]
    topups_by_child = 1 if action == "topup" and when != "before" else 0
    requests = Requests(emulator)
    ctx, window = console

    async def scenario() -> list[str]:
        wizard = await resume_only_session(ctx, window, emulator, qtbot, session_id)
        assert requests.changing() == []  # opening sent nothing
        if when != "done":
            expected = {"register": Step.REGISTRATION, "topup": Step.TOPUP,
                        "confirm_registration": Step.REGISTRATION}.get(action, Step.PHONE)
            assert wizard.current_step() is expected  # where the lost request was made
            if action != "topup":
                lost = wizard.currentPage().lost
                assert lost.isVisible()
                assert not next_button(wizard).isEnabled() or action == "register"
                await until(lambda: lost.check_button.hasFocus(), 5, "focus on the way out")
        return await finish_in_wizard(qtbot, wizard, emulator, requests,
                                      code_arrived=when == "after")

    told = arun(scenario(), 150)
    if when != "done":
        assert told and all(told), told  # the rep was told what the server showed
    else:
        assert told == []  # nothing was lost: nothing to settle
    active, balance, proved = client_state(emulator, email)
    assert active and proved == [True]
    assert balance == Decimal("10")  # one top-up of 10, whatever the kill did
    assert requests.count(TOPUP) + topups_by_child == 1
    number = form_for(email).phone
    assert len([m for m in emulator.outbox() if m["to"].endswith(number)]) == 1  # one SMS
    registrations = [m for m in emulator.outbox() if m["to"] == email]
    assert len(registrations) == (1 if tag else 0)


@pytest.mark.slow
def test_an_email_registered_by_an_earlier_attempt_is_picked_up(
        emulator: Any, zaddesk_home: Path, console: tuple[Any, Any], arun: Any,
        qtbot: Any) -> None:
    """Killed after the registration went through, the rep starts a new onboarding with the
    same e-mail instead of resuming: the wizard offers to go on with that client."""
    email = f"kill.{uuid.uuid4().hex[:8]}@example.com"
    ran = kill_child(emulator, zaddesk_home, "register", "after", email)
    assert ran.returncode == 1, ran.stdout + ran.stderr
    requests = Requests(emulator)
    ctx, window = console

    async def scenario() -> None:
        await connect(ctx, emulator.base_url, emulator.key, emulator.secret)
        page: Any = window.show_page("onboarding")
        wizard = page.start_new()
        await until(lambda: wizard.client_step.choices is not None, 30, "price plans")
        fill_client(qtbot, wizard, email, form_for(email).phone)
        await press_next(qtbot, wizard, Step.REGISTRATION)
        click(qtbot, button(wizard, "register_button"))
        step = wizard.registration_step
        await until(lambda: step.adopt_button.isVisible(), 30, "offer to go on")
        assert "already registered" in step.banner.text()
        assert requests.count("/v1/reseller/users/registration/new/") == 1  # refused
        click(qtbot, step.adopt_button)
        await until(lambda: wizard.flow.client_id is not None and not step.busy(), 30,
                    "client picked up")
        assert wizard.flow.client_id == (await ctx.api.reseller.find_user(email=email)).id
        await press_next(qtbot, wizard, Step.PHONE)
        await finish_in_wizard(qtbot, wizard, emulator, requests, code_arrived=False)

    arun(scenario(), 150)
    active, balance, proved = client_state(emulator, email)
    assert active and balance == Decimal("10") and proved == [True]


def test_a_skipped_phone_sends_the_rep_back_before_a_top_up(
        window: Any, qtbot: Any, arun: Any) -> None:
    """Zadarma refuses a top-up before the phone is confirmed: the wizard says so first and
    takes the rep back to the phone step."""
    emulator = window.ctx.emulator
    email = f"skip.{uuid.uuid4().hex[:8]}@example.com"
    requests = Requests(emulator)

    async def scenario() -> None:
        page: Any = window.show_page("onboarding")
        wizard = page.start_new()
        await until(lambda: wizard.client_step.choices is not None, 30, "price plans")
        fill_client(qtbot, wizard, email, form_for(email).phone)
        await press_next(qtbot, wizard, Step.REGISTRATION)
        click(qtbot, button(wizard, "register_button"))
        await until(lambda: wizard.flow.client_id is not None, 30, "registered")
        await press_next(qtbot, wizard, Step.PHONE)
        click(qtbot, button(wizard, "skip_phone"))
        await settle()
        assert wizard.current_step() is Step.TOPUP
        step = wizard.topup_step
        await until(lambda: not step.busy(), 30, "balances read")
        assert "not confirmed" in step.banner.text()
        assert step.phone_button.isVisible()
        qtbot.keyClicks(field(wizard, "amount"), "5")
        click(qtbot, button(wizard, "topup_button"))
        await answer_box(qtbot, QMessageBox.StandardButton.Yes)
        await until(lambda: not step.busy(), 30, "top-up refused")
        assert "Confirm the client's contact phone first" in step.banner.text()
        assert requests.count(TOPUP) == 0  # never sent
        click(qtbot, step.phone_button)
        await settle()
        assert wizard.current_step() is Step.PHONE

    arun(scenario(), 60)
