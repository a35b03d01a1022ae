"""Kill the console after each step, start it again: it resumes right and sends nothing.

A real child process runs the onboarding up to a step and dies with ``os._exit`` (no
clean-up of any kind); another real process reopens the journal and reports where the
wizard would open.  The emulator runs here; the children connect to its URL.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from zaddesk.api.client import Zadarma
from zaddesk.api.ratelimit import RateLimits
from zaddesk.core.journal import Journal
from zaddesk.core.money import Verdict
from zaddesk.core.onboarding import OnboardingFlow, Step

from .onboarding_driver import KILL_ACTIONS, form_for, outbox_code, phone_for

ROOT = Path(__file__).resolve().parents[2]


def child(emulator: Any, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        ZADDESK_TEST_KEY=emulator.key,
        ZADDESK_TEST_SECRET=emulator.secret,
        PYTHONPATH=str(ROOT),
    )
    return subprocess.run(
        [sys.executable, "-m", "tests.core.onboarding_driver", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


def server_state(emulator: Any) -> dict[str, Any]:
    """Everything a stray request could change: messages sent, clients, money."""

    async def read() -> dict[str, Any]:
        async with Zadarma(
            emulator.base_url,
            emulator.key,
            emulator.secret,
            rate_limits=RateLimits(general=10_000, statistics=10_000),
        ) as api:
            account = await api.reseller.account_info()
            users: list[tuple[int, bool, str]] = []
            async for page in api.reseller.iter_users():
                users.extend((u.id, u.is_active, str(u.balance)) for u in page.users)
            return {
                "outbox": len(emulator.outbox()),
                "dealer": str(account.balance),
                "users": sorted(users),
            }

    return asyncio.run(read())


TOPUP = "/v1/reseller/users/topup/"


def settled_balance(emulator: Any, email: str) -> Decimal | None:
    """The client's balance once the top-up the dead child left on the wire is handled.

    The emulator held that request until it was released; it is applied then or never, so
    wait until the emulator is done with it (not for a time), then read the money.
    """
    while emulator.in_flight(TOPUP):
        time.sleep(0.01)

    async def read() -> Decimal | None:
        async with Zadarma(
            emulator.base_url,
            emulator.key,
            emulator.secret,
            rate_limits=RateLimits(general=10_000, statistics=10_000),
        ) as api:
            user = await api.reseller.find_user(email=email)
            return user.balance

    return asyncio.run(read())


EXPECTED: dict[str, tuple[str, str | None, bool | None, str | None, bool | None, list[str]]] = {
    # stage: (step, registration, phone added, code sent, proved, undecided)
    "typed": ("client_data", None, None, None, None, []),
    "awaiting_link": ("registration", "awaiting", None, None, None, []),
    "registered": ("phone", "active", None, None, None, []),
    "phone_added": ("phone", "active", True, None, False, []),
    "code_sent": ("phone", "active", True, "sms", False, []),
    "phone_confirmed": ("topup", "active", True, "sms", True, []),
    "topped_up": ("next_steps", "active", True, "sms", True, []),
}


@pytest.mark.slow
@pytest.mark.parametrize("stage", list(EXPECTED))
def test_kill_after_step_then_resume(emulator: Any, tmp_path: Path, stage: str) -> None:
    journal = str(tmp_path / "journal.sqlite3")
    tag = "+link" if stage == "awaiting_link" else ""
    email = f"kill.{uuid.uuid4().hex[:8]}{tag}@example.com"
    ran = child(emulator, "run", journal, emulator.base_url, stage, email)
    assert ran.returncode == 1, ran.stderr  # died by os._exit(1), not by an exception
    session_id = ran.stdout.split()[0]

    before = server_state(emulator)
    resumed = child(emulator, "resume", journal, emulator.base_url)
    assert resumed.returncode == 0, resumed.stderr
    point = json.loads(resumed.stdout)
    assert server_state(emulator) == before  # resuming sent nothing

    step, registration, added, via, proved, undecided = EXPECTED[stage]
    assert point["session_id"] == session_id
    assert point["step"] == step
    assert point["registration"] == registration
    assert point["undecided"] == undecided
    form = point["form"]
    assert form["email"] == email and form["city"] == "Gdańsk" and form["phone"] == phone_for(email)
    assert "password" not in form
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("journal.sqlite3*"))
    assert b"tajne1234" not in stored  # the typed password never reached the disk
    assert point["password_needed"] is (stage == "typed")
    if added is None:
        assert point["phone"] is None
    else:
        assert point["phone"]["added"] is added
        assert point["phone"]["code_sent_via"] == via
        assert point["phone"]["proved"] is proved
    if step in ("client_data", "registration"):
        assert point["client_id"] is None
    else:
        assert isinstance(point["client_id"], int)


@pytest.mark.slow
def test_kill_during_topup_then_reconcile(emulator: Any, tmp_path: Path) -> None:
    """Killed with the top-up on the wire: resume at the top-up, undecided, and reconcile."""
    journal_path = tmp_path / "journal.sqlite3"
    email = f"kill.{uuid.uuid4().hex[:8]}@example.com"
    emulator.set_faults(hold=1, path=TOPUP)
    try:
        ran = child(emulator, "run", str(journal_path), emulator.base_url, "topup_in_flight", email)
        assert ran.returncode == 1, ran.stderr
        assert "Traceback" not in ran.stderr, ran.stderr  # os._exit, not an exception
    finally:
        emulator.set_faults()  # lets the held top-up go on, to a client that is gone
    settled = settled_balance(emulator, email)

    before = server_state(emulator)
    resumed = child(emulator, "resume", str(journal_path), emulator.base_url)
    assert resumed.returncode == 0, resumed.stderr
    point = json.loads(resumed.stdout)
    assert server_state(emulator) == before
    assert point["step"] == "topup" and point["undecided"] == ["topup"]
    assert "undecided" in point["pending"]

    async def reconcile() -> None:
        async with Zadarma(
            emulator.base_url,
            emulator.key,
            emulator.secret,
            rate_limits=RateLimits(general=10_000, statistics=10_000),
        ) as api:
            with Journal(journal_path) as journal:
                flow = OnboardingFlow.resume(api, journal, point["session_id"])
                found = await flow.reconcile_topup()
                # whatever the server did, the verdict says it, not "unclear"
                if settled == Decimal("10"):
                    assert found.verdict is Verdict.APPLIED
                else:
                    assert settled == Decimal("0")
                    assert found.verdict is Verdict.NOT_APPLIED
                step_id = flow.resume_point().undecided[0].id
                flow.resolve_unknown(step_id, applied=found.verdict is Verdict.APPLIED)
                expected = Step.NEXT_STEPS if found.verdict is Verdict.APPLIED else Step.TOPUP
                assert flow.resume_point().step is expected

    asyncio.run(reconcile())


@pytest.mark.slow
def test_resumed_flow_continues_where_it_stopped(emulator: Any, tmp_path: Path) -> None:
    """After a kill with the SMS sent, the new process confirms the same code: one SMS."""
    journal_path = tmp_path / "journal.sqlite3"
    email = f"kill.{uuid.uuid4().hex[:8]}@example.com"
    ran = child(emulator, "run", str(journal_path), emulator.base_url, "code_sent", email)
    assert ran.returncode == 1, ran.stderr

    async def go() -> None:
        async with Zadarma(
            emulator.base_url,
            emulator.key,
            emulator.secret,
            rate_limits=RateLimits(general=10_000, statistics=10_000),
        ) as api:
            with Journal(journal_path) as journal:
                [session] = journal.unfinished_sessions()
                flow = OnboardingFlow.resume(api, journal, session.id)
                phone = flow.phone_status()
                assert phone is not None and phone.code_sent_via == "sms"
                sms = [m for m in emulator.outbox() if m["to"] == phone.number]
                assert len(sms) == 1
                status = await flow.confirm_phone(sms[0]["code"])
                assert status.proved
                assert flow.resume_point().step is Step.TOPUP

    asyncio.run(go())


BOUNDARIES = [(action, when) for action in KILL_ACTIONS
              for when in ("before", "after", "done")]


def kill_email(action: str) -> str:
    tag = "+code" if action == "confirm_registration" else ""
    return f"kill.{uuid.uuid4().hex[:8]}{tag}@example.com"


async def finish(flow: OnboardingFlow, url: str, email: str) -> None:
    """Go on from wherever the journal says, as a rep would after settling."""
    point = flow.resume_point()
    assert point.undecided == []
    if flow.client_id is None:
        if point.registration != "awaiting":
            await flow.register(form_for(email))  # the password typed again
        if flow.client_id is None:
            await flow.confirm_registration(outbox_code(url, email))
    phone = flow.phone_status()
    if phone is None or not phone.added:
        phone = await flow.add_phone()
    if not phone.proved:
        if phone.code_sent_via is None:
            phone = await flow.send_code("sms")
        await flow.confirm_phone(outbox_code(url, phone.number))
    if flow.resume_point().step is Step.TOPUP:
        await flow.topup("10", "USD")
    flow.choose_next_steps(create_pbx=False, open_number_shop=False)
    assert flow.pending() == []
    flow.finish()


@pytest.mark.slow
@pytest.mark.parametrize(("action", "when"), BOUNDARIES)
def test_kill_at_a_request_boundary_then_settle_by_reading_and_finish(
    emulator: Any, tmp_path: Path, action: str, when: str
) -> None:
    """Killed before the request left or after the server applied it: reading the server
    settles it (the rep decides only what cannot be read), and the onboarding finishes
    with everything done exactly once. Killed once the answer was written: nothing to
    settle, the onboarding goes on."""
    journal_path = tmp_path / "journal.sqlite3"
    email = kill_email(action)
    ran = child(emulator, "kill", str(journal_path), emulator.base_url, action, when, email)
    assert ran.returncode == 1, ran.stderr
    assert "Traceback" not in ran.stderr, ran.stderr
    session_id = ran.stdout.split()[0]

    async def go() -> None:
        async with Zadarma(
            emulator.base_url,
            emulator.key,
            emulator.secret,
            rate_limits=RateLimits(general=10_000, statistics=10_000),
        ) as api:
            with Journal(journal_path) as journal:
                flow = OnboardingFlow.resume(api, journal, session_id)
                if when == "done":
                    assert flow.unsettled() == []
                else:
                    [lost] = flow.unsettled()
                    assert lost.action == action and lost.outcome is None
                    found = await flow.settle(lost.id)
                    applied = when == "after"
                    if action == "prove_by_sms":
                        assert found.verdict is Verdict.UNCLEAR and not found.settled
                    else:
                        expected = Verdict.APPLIED if applied else Verdict.NOT_APPLIED
                        assert found.verdict is expected, found.finding.explanation
                        # money: the rep decides even a clear verdict
                        assert found.settled is (action != "topup")
                    if not found.settled:
                        # what the rep learns from the client (an SMS arrived) or the balances
                        flow.resolve_unknown(lost.id, applied=applied)
                await finish(flow, emulator.base_url, email)
                user = await api.reseller.find_user(email=email)
                assert user.is_active and user.balance == Decimal("10")  # topped up once
                phones = await api.reseller.list_phones(user_id=user.id)
                assert [p.is_proved for p in phones] == [True]

    asyncio.run(go())
    sms = [m for m in emulator.outbox() if m["to"].endswith(phone_for(email))]
    assert len(sms) == 1  # one code, whether or not the lost request had sent it


@pytest.mark.slow
def test_email_registered_by_an_earlier_attempt_is_picked_up(
    emulator: Any, tmp_path: Path
) -> None:
    """Killed after the registration went through, the rep starts over instead of resuming:
    the server refuses the e-mail, and the new onboarding goes on with that client."""
    from zaddesk.core.onboarding import AlreadyRegistered

    journal_path = tmp_path / "journal.sqlite3"
    email = kill_email("register")
    ran = child(emulator, "kill", str(journal_path), emulator.base_url, "register", "after",
                email)
    assert ran.returncode == 1, ran.stderr

    async def go() -> None:
        async with Zadarma(
            emulator.base_url,
            emulator.key,
            emulator.secret,
            rate_limits=RateLimits(general=10_000, statistics=10_000),
        ) as api:
            with Journal(journal_path) as journal:
                flow = OnboardingFlow.start(api, journal, form_for(email), profile="test")
                with pytest.raises(AlreadyRegistered) as taken:
                    await flow.register(form_for(email))
                user = await api.reseller.find_user(email=email)
                assert taken.value.client_id == user.id and taken.value.active
                assert "email" in taken.value.issues
                picked = await flow.adopt_registered()
                assert picked.status == "active" and picked.client_id == user.id
                assert flow.resume_point().step is Step.PHONE
                await finish(flow, emulator.base_url, email)
                assert (await api.reseller.find_user(email=email)).balance == Decimal("10")

    asyncio.run(go())
