"""Runs onboarding in a separate process, then dies without cleaning up (``os._exit``).

Used by ``test_onboarding_resume.py``: a real process is killed after a step, and another
real process resumes from the journal.  The dealer key and secret come from the
environment (``ZADDESK_TEST_KEY``/``ZADDESK_TEST_SECRET``), never the command line.

    python -m tests.core.onboarding_driver run JOURNAL URL STAGE EMAIL
    python -m tests.core.onboarding_driver kill JOURNAL URL ACTION WHEN EMAIL
    python -m tests.core.onboarding_driver resume JOURNAL URL

``kill`` runs the onboarding and dies at one request boundary: ``before`` (the intent is
journaled, the request never leaves), ``after`` (the server has applied it and answered,
and the answer is never written) or ``done`` (the answer is written, nothing after it).
``confirm_registration`` uses an e-mail confirmed by code.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import sys
from typing import Any

import httpx

from zaddesk.api.client import Zadarma
from zaddesk.api.ratelimit import RateLimits
from zaddesk.core.journal import Journal, Outcome, StepRecord
from zaddesk.core.onboarding import OnboardingFlow
from zaddesk.core.validation import ClientForm

KILL_ACTIONS = (
    "register",
    "confirm_registration",
    "add_phone",
    "prove_by_sms",
    "confirm_phone",
    "topup",
)

STAGES = (
    "typed",
    "registered",
    "phone_added",
    "code_sent",
    "phone_confirmed",
    "topped_up",
)


def phone_for(email: str) -> str:
    """A Polish mobile number of this client's own (a number is confirmed on one account)."""
    digits = int(hashlib.sha256(email.encode()).hexdigest(), 16) % 10_000_000
    return f"60{digits:07d}"


def form_for(email: str) -> ClientForm:
    return ClientForm(
        email=email,
        first_name="Anna",
        last_name="Nowak",
        organization="Nowak i Córki",
        country="PL",
        city="Gdańsk",
        phone=phone_for(email),
        language="pl",
        currency="USD",
        password="tajne1234",
    )


def api_for(url: str) -> Zadarma:
    return Zadarma(
        url,
        os.environ["ZADDESK_TEST_KEY"],
        os.environ["ZADDESK_TEST_SECRET"],
        rate_limits=RateLimits(general=10_000, statistics=10_000),
    )


def outbox_code(url: str, to: str) -> str:
    items = httpx.get(f"{url}/_emulator/outbox", params={"to": to}).json()
    return str(items[-1]["code"])


async def in_flight(url: str, path: str) -> int:
    """Requests to ``path`` the emulator is handling now: it has them, it has not answered."""
    async with httpx.AsyncClient() as http:
        answer = await http.get(f"{url}/_emulator/requests")
    return int(answer.json()["by_path"].get(path, 0))


async def run(journal_path: str, url: str, stage: str, email: str) -> None:
    journal = Journal(journal_path)
    api = api_for(url)
    flow = OnboardingFlow.start(api, journal, profile="test")
    print(flow.session_id, flush=True)
    form = form_for(email)
    flow.save_form(form)
    if stage == "typed":
        os._exit(1)
    if stage == "awaiting_link":
        await flow.register(form)
        os._exit(1)
    await flow.register(form)
    if stage == "registered":
        os._exit(1)
    status = await flow.add_phone()
    if stage == "phone_added":
        os._exit(1)
    await flow.send_code("sms")
    if stage == "code_sent":
        os._exit(1)
    await flow.confirm_phone(outbox_code(url, status.number))
    if stage == "phone_confirmed":
        os._exit(1)
    if stage == "topup_in_flight":
        # The parent made the emulator hold this path: die while the request is out.
        task = asyncio.ensure_future(flow.topup("10", "USD"))
        while not journal.steps(flow.session_id, "topup"):
            await asyncio.sleep(0.01)
        while not await in_flight(url, "/v1/reseller/users/topup"):
            await asyncio.sleep(0.01)
        assert not task.done()  # held by the emulator, so surely unanswered
        os._exit(1)
    await flow.topup("10", "USD")
    if stage == "topped_up":
        os._exit(1)
    raise SystemExit(f"unknown stage {stage}")


class DyingJournal(Journal):
    """A journal whose process dies at one request boundary, as a kill or a power cut."""

    def __init__(self, path: str, action: str, when: str) -> None:
        super().__init__(path)
        self.action = action
        self.when = when

    def record_intent(self, session_id: str, action: str, *args: Any, **kw: Any) -> StepRecord:
        step = super().record_intent(session_id, action, *args, **kw)
        if action == self.action and self.when == "before":
            os._exit(1)  # the intent is on disk; the request never leaves
        return step

    def record_outcome(self, step_id: int, outcome: Outcome, **kw: Any) -> StepRecord:
        ours = self.step(step_id).action == self.action
        if ours and self.when == "after":
            os._exit(1)  # the server answered; nobody wrote it down
        step = super().record_outcome(step_id, outcome, **kw)
        if ours and self.when == "done":
            os._exit(1)  # the answer is on disk; the step is over
        return step


async def kill(journal_path: str, url: str, action: str, when: str, email: str) -> None:
    journal = DyingJournal(journal_path, action, when)
    api = api_for(url)
    # The console's own profile name when a GUI test resumes what this process left.
    profile = os.environ.get("ZADDESK_TEST_PROFILE", "test")
    flow = OnboardingFlow.start(api, journal, profile=profile)
    print(flow.session_id, flush=True)
    form = form_for(email)
    flow.save_form(form)
    await flow.register(form)
    if "+code" in email:
        await flow.confirm_registration(outbox_code(url, email))
    status = await flow.add_phone()
    await flow.send_code("sms")
    await flow.confirm_phone(outbox_code(url, status.number))
    await flow.topup("10", "USD")
    raise SystemExit(f"{action} {when}: the process should have died")


def resume(journal_path: str, url: str) -> dict[str, Any]:
    journal = Journal(journal_path)
    api = api_for(url)
    [session] = journal.unfinished_sessions(profile="test")
    flow = OnboardingFlow.resume(api, journal, session.id)
    point = flow.resume_point()
    return {
        "session_id": point.session_id,
        "step": point.step.value,
        "client_id": point.client_id,
        "form": point.form.to_record(),
        "password_needed": point.password_needed,
        "registration": point.registration,
        "phone": None
        if point.phone is None
        else {
            "number": point.phone.number,
            "added": point.phone.added,
            "code_sent_via": point.phone.code_sent_via,
            "proved": point.phone.proved,
        },
        "undecided": [s.action for s in point.undecided],
        "pending": [p.code for p in flow.pending()],
    }


def main() -> None:
    mode = sys.argv[1]
    if mode == "run":
        asyncio.run(run(*sys.argv[2:6]))
    elif mode == "kill":
        asyncio.run(kill(*sys.argv[2:7]))
    elif mode == "resume":
        print(json.dumps(resume(sys.argv[2], sys.argv[3])), flush=True)
        os._exit(0)  # nothing may be sent on the way out either
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
