"""Onboarding against the real emulator over a real socket: every outcome of every step."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl

import httpx
import pytest

from zaddesk.api.client import Zadarma
from zaddesk.api.ratelimit import RateLimits
from zaddesk.core.journal import Journal, Outcome
from zaddesk.core.money import Money, Verdict
from zaddesk.core.onboarding import (
    AlreadyDone,
    Cooldown,
    FieldErrors,
    OnboardingFlow,
    OutcomeUnknown,
    Step,
    StepBlocked,
    WrongStep,
)
from zaddesk.core.validation import ClientForm, Issue

T = TypeVar("T")


def unique_email(tag: str = "") -> str:
    local = f"test.{uuid.uuid4().hex[:10]}"
    return f"{local}+{tag}@example.com" if tag else f"{local}@example.com"


def unique_phone() -> str:
    """A Polish mobile number no other test uses (a number is confirmed on one account)."""
    return f"60{uuid.uuid4().int % 10_000_000:07d}"


def make_form(email: str, **over: Any) -> ClientForm:
    form = ClientForm(
        email=email,
        first_name="Jan",
        last_name="Kowalski",
        organization="Kowalski sp. z o.o.",
        country="PL",
        city="Kraków",
        address="ul. Floriańska 1",
        phone=unique_phone(),
        language="pl",
        currency="USD",
    )
    for name, value in over.items():
        setattr(form, name, value)
    return form


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as j:
        yield j


class Wire(httpx.AsyncBaseTransport):
    """Passes every request on to the emulator and keeps what went out: the parameters a
    server receives are what the console sent, whatever the server then makes of them."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.sent: list[tuple[str, dict[str, str]]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread() if request.method != "GET" else request.url.query
        self.sent.append((request.url.path, dict(parse_qsl(body.decode(), keep_blank_values=True))))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()

    def to(self, path: str) -> list[dict[str, str]]:
        """The parameters of every request sent to ``path``, in order."""
        return [params for sent_to, params in self.sent if sent_to == path]


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def run(emulator: Any, journal: Journal, wire: Wire) -> Callable[..., Any]:
    """Run ``scenario(api, flow, clock)`` in a fresh event loop with a fresh client (its
    requests kept in ``wire``)."""

    def runner(
        scenario: Callable[[Zadarma, OnboardingFlow, Clock], Awaitable[T]],
    ) -> T:
        async def main() -> T:
            clock = Clock()
            api = Zadarma(
                emulator.base_url,
                emulator.key,
                emulator.secret,
                rate_limits=RateLimits(general=10_000, statistics=10_000),
                http_transport=wire,
            )
            try:
                flow = OnboardingFlow.start(api, journal, clock=clock, profile="test")
                return await scenario(api, flow, clock)
            finally:
                await api.aclose()

        return asyncio.run(main())

    return runner


def codes_to(emulator: Any, to: str) -> list[str]:
    return [m["code"] for m in emulator.outbox() if m["to"].lstrip("+") == to.lstrip("+")]


async def register_and_confirm_phone(emulator: Any, flow: OnboardingFlow, email: str) -> int:
    result = await flow.register(make_form(email))
    assert result.status == "active" and result.client_id
    phone = await flow.add_phone()
    await flow.send_code("sms")
    await flow.confirm_phone(codes_to(emulator, phone.number)[-1])
    return result.client_id


def test_immediate_registration_phone_and_topup(emulator: Any, run: Any, wire: Wire) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        form = make_form(email, password="tajne1234", phone="601 234 567")
        assert flow.save_form(form) == {}
        result = await flow.register(form)
        assert result.status == "active" and result.client_id is not None
        assert flow.resume_point().step is Step.PHONE
        assert flow.resume_point().password_needed is False

        phone = await flow.add_phone()
        assert phone.number == "+48601234567" and phone.display == "+48 601 234 567"
        assert phone.added and not phone.proved
        phone = await flow.send_code("sms")
        assert phone.code_sent_via == "sms" and phone.resend_in == pytest.approx(60.0)
        [code] = codes_to(emulator, phone.number)
        phone = await flow.confirm_phone(code)
        assert phone.proved
        assert flow.resume_point().step is Step.TOPUP

        before = await flow.read_balances()
        assert before.client is not None and before.client.amount == 0
        listed = len(wire.to("/v1/reseller/users/phones/"))
        done = await flow.topup("12,50", "USD")
        # The phone was confirmed here: the top-up does not read the phones to know it.
        assert len(wire.to("/v1/reseller/users/phones/")) == listed
        assert done.credited.amount == Decimal("12.5") and done.credited.currency == "USD"
        assert done.debited.currency == "USD" and done.debited.amount == Decimal("12.5")
        assert done.before == before
        assert done.after.client is not None and done.after.dealer is not None
        assert before.dealer is not None
        assert done.after.client.amount == Decimal("12.5")
        assert done.after.dealer.amount == before.dealer.amount - Decimal("12.5")
        assert done.requested == Money.of("12.50", "USD")
        [step] = flow.journal.steps(flow.session_id, "topup")
        assert done.step_id == step.id and step.applied
        assert step.params == {"user_id": flow.client_id, "amount": "12.50", "currency": "USD"}
        assert step.context["requested"] == {"amount": "12.50", "currency": "USD"}
        assert flow.session.data["topups"] == [{
            "step_id": step.id,
            "requested": {"amount": "12.50", "currency": "USD"},
            "debited": done.debited.to_json(),
            "credited": done.credited.to_json(),
        }]
        assert flow.resume_point().step is Step.NEXT_STEPS

        flow.choose_next_steps(create_pbx=True, open_number_shop=False)
        summary = flow.summary()
        text = summary.text()
        assert str(result.client_id) in text and email in text
        assert "12.50 USD debited" in text
        assert [p.code for p in summary.pending] == ["next.pbx"]
        flow.finish()
        assert flow.finished and flow.journal.unfinished_sessions() == []

    run(scenario)


def test_link_registration_waits_for_the_click(emulator: Any, run: Any) -> None:
    email = unique_email("link")

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        result = await flow.register(make_form(email))
        assert result.status == "awaiting" and result.client_id is None
        assert "link" in result.message
        assert (await flow.check_registration()).status == "awaiting"
        point = flow.resume_point()
        assert point.step is Step.REGISTRATION and point.registration == "awaiting"
        assert [(p.code, p.step) for p in flow.pending()] == [
            ("registration.awaiting", Step.REGISTRATION)]
        with pytest.raises(WrongStep, match=r"^The client is not registered yet\.$"):
            await flow.add_phone()
        with pytest.raises(WrongStep, match=r"^This client has already been registered\.$"):
            await flow.register(make_form(email))  # never a second registration
        # Registered but not confirmed (no client id yet): the data are the server's already.
        assert flow.client_id is None and flow.form_locked()
        with pytest.raises(WrongStep, match=r"^The client is registered; the form can no "
                                            r"longer change\.$"):
            flow.save_form(make_form("someone.else@example.com"))

        async with httpx.AsyncClient() as http:
            r = await http.post(
                f"{emulator.base_url}/_emulator/click_link", params={"email": email}
            )
            assert r.status_code == 200

        result = await flow.check_registration()
        assert result.status == "active" and result.client_id
        assert flow.client_id == result.client_id
        assert flow.resume_point().step is Step.PHONE

    run(scenario)


def test_code_registration_confirmed_by_the_dealer(emulator: Any, run: Any) -> None:
    email = unique_email("code")

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        result = await flow.register(make_form(email))
        assert result.status == "awaiting"
        [code] = codes_to(emulator, email)
        with pytest.raises(FieldErrors) as wrong:
            await flow.confirm_registration("000000" if code != "000000" else "111111")
        assert set(wrong.value.issues) == {"code"}
        assert wrong.value.issues["code"].code == "code.wrong"
        assert flow.client_id is None
        result = await flow.confirm_registration(code)
        assert result.status == "active" and result.client_id
        assert flow.client_id == result.client_id
        assert flow.resume_point().step is Step.PHONE

    run(scenario)


def test_wrong_sms_code_changes_nothing(emulator: Any, run: Any) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        result = await flow.register(make_form(email))
        phone = await flow.add_phone()
        await flow.send_code("sms")
        [code] = codes_to(emulator, phone.number)
        wrong = "000000" if code != "000000" else "111111"
        session_before = flow.session
        with pytest.raises(FieldErrors) as err:
            await flow.confirm_phone(wrong)
        issue = err.value.issues["code"]
        assert issue.code == "code.wrong" and issue.field == "code"
        assert str(err.value) == "Wrong confirmation code"  # the server's words, for Details
        assert "Wrong" in issue.params["server"]
        # nothing else changed: not proved, same step, same data, code still valid
        assert flow.session.step == session_before.step == Step.PHONE
        assert flow.session.data == session_before.data
        phones = await api.reseller.list_phones(user_id=result.client_id or 0)
        assert [p.is_proved for p in phones] == [False]
        assert [s.outcome for s in flow.journal.steps(flow.session_id, "confirm_phone")] == [
            Outcome.REFUSED
        ]
        with pytest.raises(FieldErrors) as empty:
            await flow.confirm_phone("")  # refused locally, nothing sent
        assert list(empty.value.issues) == ["code"]
        assert empty.value.issues["code"].field == "code"
        assert len(flow.journal.steps(flow.session_id, "confirm_phone")) == 1
        status = await flow.confirm_phone(code)
        assert status.proved
        # The refused attempt is not among what was done; what came after it is.
        assert flow.done()[-1] == f"Contact phone {phone.number} confirmed."

    run(scenario)


def test_expired_code_and_resend_cooldown(emulator: Any, run: Any) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        await flow.register(make_form(email))
        phone = await flow.add_phone()
        await flow.send_code("sms")
        clock.now += 30
        assert flow.resend_wait() == pytest.approx(30.0)
        with pytest.raises(Cooldown) as cool:
            await flow.send_code("sms")
        assert cool.value.remaining == pytest.approx(30.0)
        assert len(codes_to(emulator, phone.number)) == 1  # nothing sent

        async with httpx.AsyncClient() as http:
            await http.post(f"{emulator.base_url}/_emulator/clock", params={"advance": 3600})
        old = codes_to(emulator, phone.number)[-1]
        with pytest.raises(FieldErrors) as err:
            await flow.confirm_phone(old)
        assert err.value.issues["code"].code == "code.expired"

        clock.now += 29.5
        with pytest.raises(Cooldown) as last:
            await flow.send_code("callback")  # half a second left is still a wait
        assert last.value.remaining == pytest.approx(0.5)
        assert str(last.value) == "Wait 1 s before sending a new code."
        clock.now += 1.5
        assert flow.resend_wait() == 0
        await flow.send_code("callback")
        calls = [m for m in emulator.outbox() if m["kind"] == "call"]
        assert calls and calls[-1]["to"].lstrip("+") == phone.number.lstrip("+")
        status = await flow.confirm_phone(calls[-1]["code"])
        assert status.proved and status.code_sent_via == "callback"

    run(scenario)


def test_double_click_sends_one_topup(emulator: Any, run: Any) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        client_id = await register_and_confirm_phone(emulator, flow, email)
        first, second, third = await asyncio.gather(
            flow.topup("5", "USD"), flow.topup("5", "USD"), flow.topup("5", "USD")
        )
        assert first is second is third
        assert len(flow.journal.steps(flow.session_id, "topup")) == 1
        user = await api.reseller.find_user(id=client_id)
        assert user.balance == Decimal("5")

    run(scenario)


def test_lost_topup_answer_is_reconciled_never_resent(emulator: Any, run: Any) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        client_id = await register_and_confirm_phone(emulator, flow, email)
        dealer_before = (await api.reseller.account_info()).balance
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/topup/")
        try:
            with pytest.raises(OutcomeUnknown) as lost:
                await flow.topup("10", "USD")
        finally:
            emulator.set_faults()
        step = lost.value.step
        assert step.outcome is Outcome.UNKNOWN and step.undecided
        assert Decimal(step.context["before"]["client"]["amount"]) == 0

        # exactly one top-up reached the server
        assert (await api.reseller.find_user(id=client_id)).balance == Decimal("10")
        assert (await api.reseller.account_info()).balance == dealer_before - 10

        # the step is blocked: nothing is sent again, not even by a determined rep
        with pytest.raises(StepBlocked):
            await flow.topup("10", "USD")
        point = flow.resume_point()
        assert point.step is Step.TOPUP and [s.id for s in point.undecided] == [step.id]
        assert "undecided" in [p.code for p in flow.pending()]

        found = await flow.reconcile_topup()
        assert found.verdict is Verdict.APPLIED
        assert found.client_change == Decimal("10") and found.dealer_change == Decimal("-10")
        assert (await api.reseller.find_user(id=client_id)).balance == Decimal("10")

        flow.resolve_unknown(step.id, applied=True, note="balances moved by 10")
        assert flow.resume_point().step is Step.NEXT_STEPS
        assert flow.resume_point().undecided == []
        assert any("answer lost" in d for d in flow.summary().done)
        assert len(flow.journal.steps(flow.session_id, "topup")) == 1

    run(scenario)


def test_refused_topup_marks_the_field(emulator: Any, run: Any) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        await register_and_confirm_phone(emulator, flow, email)
        # more than the dealer has: the server refuses, nothing is blocked afterwards
        with pytest.raises(FieldErrors) as err:
            await flow.topup("9999999", "USD")  # refused here, above any single move
        assert [i.code for i in err.value.issues.values()] == ["amount.too_large"]
        with pytest.raises(FieldErrors) as err:
            await flow.topup("9000", "USD")  # more than the dealer has: the server says no
        assert list(err.value.issues) == ["amount"]
        assert err.value.issues["amount"].code == "server.refused"
        [refused] = flow.journal.steps(flow.session_id, "topup")
        assert refused.outcome is Outcome.REFUSED
        with pytest.raises(FieldErrors) as bad:
            await flow.topup("-3", "XXX")
        assert set(bad.value.issues) == {"amount", "currency"}
        assert flow._undecided() == []

    run(scenario)


def test_invalid_form_is_refused_before_sending(emulator: Any, run: Any) -> None:
    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        with pytest.raises(FieldErrors) as err:
            await flow.register(make_form("not-an-email", phone="12", country="XX"))
        assert set(err.value.issues) >= {"email", "phone", "country"}
        assert flow.journal.steps(flow.session_id) == []

    run(scenario)


def test_duplicate_email_refused_at_the_field(emulator: Any, run: Any) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        await flow.register(make_form(email))
        other = OnboardingFlow.start(api, flow.journal, clock=clock)
        with pytest.raises(FieldErrors) as err:
            await other.register(make_form(email))
        assert "email" in err.value.issues
        assert other.client_id is None
        assert other.resume_point().step is Step.CLIENT_DATA

    run(scenario)


def test_lost_registration_answer_is_found_by_email(emulator: Any, run: Any) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/registration/new/")
        try:
            with pytest.raises(OutcomeUnknown):
                await flow.register(make_form(email, password="tajne1234"))
        finally:
            emulator.set_faults()
        with pytest.raises(StepBlocked):
            await flow.register(make_form(email))
        point = flow.resume_point()
        assert point.step is Step.REGISTRATION and [s.action for s in point.undecided] == [
            "register"
        ]
        # The password went with the lost request: it is not asked for again.
        assert point.password_needed is False and point.registration is None
        assert point.client_id is None and point.phone is None
        result = await flow.check_registration()  # read-only: the account is there
        assert result.status == "active" and result.client_id
        assert flow.resume_point().undecided == []
        assert flow.resume_point().step is Step.PHONE
        [step] = flow.journal.steps(flow.session_id, "register")
        assert step.resolution == "applied" and step.applied

    run(scenario)


def test_form_choices(emulator: Any, run: Any) -> None:
    from zaddesk.core.onboarding import form_choices

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        choices = await form_choices(api, "USD")
        assert "USD" in choices.currencies and "pl" in choices.languages
        assert choices.price_plans and all(p.cost.currency == "USD" for p in choices.price_plans)
        form = make_form(unique_email(), tariff=choices.tariff_ids[0])
        assert flow.save_form(form, tariffs=choices.tariff_ids) == {}
        form.tariff = max(choices.tariff_ids) + 1000
        assert set(flow.save_form(form, tariffs=choices.tariff_ids)) == {"tariff"}

    run(scenario)


def test_repeated_topup_needs_intent_and_confirmed_phone_is_not_reconfirmed(
    emulator: Any, run: Any
) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        client_id = await register_and_confirm_phone(emulator, flow, email)
        await flow.topup("3", "USD")
        with pytest.raises(AlreadyDone):
            await flow.topup("3.00", "USD")  # a late second click
        await flow.topup("3", "USD", again=True)  # on purpose
        await flow.topup("4", "USD")
        assert (await api.reseller.find_user(id=client_id)).balance == Decimal("10")
        steps = len(flow.journal.steps(flow.session_id))
        status = await flow.confirm_phone("123456")
        assert status.proved and len(flow.journal.steps(flow.session_id)) == steps

    run(scenario)


def test_phone_already_on_the_account_is_adopted(emulator: Any, run: Any) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        form = make_form(email)
        result = await flow.register(form)
        assert result.client_id
        number = "+48" + form.phone
        await api.reseller.add_phone(number, user_id=result.client_id)  # another console
        status = await flow.add_phone()
        assert status.added and status.number == number and not status.proved
        assert flow.journal.steps(flow.session_id, "add_phone") == []
        assert flow.session.step == Step.PHONE  # still to be confirmed
        await flow.send_code("sms")
        assert len(codes_to(emulator, number)) == 1

    run(scenario)


def test_topup_with_conversion_and_lost_answer(emulator: Any, run: Any) -> None:
    """A PLN client topped up in USD: what was debited and credited, and a converted reconcile."""
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        result = await flow.register(make_form(email, currency="PLN"))
        phone = await flow.add_phone()
        await flow.send_code("sms")
        await flow.confirm_phone(codes_to(emulator, phone.number)[-1])
        done = await flow.topup("10", "USD")
        assert done.debited.currency == "USD" and done.debited.amount == Decimal("10")
        assert done.credited.currency == "PLN" and done.credited.amount == Decimal("40")
        assert done.after.client is not None and done.after.client.currency == "PLN"
        assert "40.00 PLN credited" in flow.summary().text()

        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/topup/")
        try:
            with pytest.raises(OutcomeUnknown):
                await flow.topup("5", "USD")
        finally:
            emulator.set_faults()
        found = await flow.reconcile_topup()
        assert found.verdict is Verdict.APPLIED
        assert found.client_change == Decimal("20") and found.dealer_change == Decimal("-5")
        user = await api.reseller.find_user(id=result.client_id or 0)
        assert user.balance == Decimal("60")  # 40 + 20: exactly one lost top-up applied

    run(scenario)


def test_unapplied_lost_request_is_reconciled_as_not_applied(emulator: Any, run: Any) -> None:
    """A 5xx that the transport reports as a possible loss: the balances say nothing moved."""
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        await register_and_confirm_phone(emulator, flow, email)
        emulator.set_faults(status_5xx=5, path="/v1/reseller/users/topup/")
        try:
            with pytest.raises(OutcomeUnknown):
                await flow.topup("7", "USD")
        finally:
            emulator.set_faults()
        found = await flow.reconcile_topup()
        assert found.verdict is Verdict.NOT_APPLIED
        step = flow.resume_point().undecided[0]
        flow.resolve_unknown(step.id, applied=False)
        assert flow.resume_point().step is Step.TOPUP
        done = await flow.topup("7", "USD")  # the rep sends it again, on purpose
        assert done.credited.amount == Decimal("7")

    run(scenario)


def test_no_secret_reaches_a_log_or_an_error(
    emulator: Any, run: Any, caplog: pytest.LogCaptureFixture
) -> None:
    email = unique_email()
    caplog.set_level(logging.DEBUG)

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> list[str]:
        form = make_form(email, password="tajne1234")
        await flow.register(form)
        phone = await flow.add_phone()
        await flow.send_code("sms")
        [code] = codes_to(emulator, phone.number)
        wrong = "000000" if code != "000000" else "111111"
        with pytest.raises(FieldErrors) as err:
            await flow.confirm_phone(wrong)
        await flow.confirm_phone(code)
        return [code, wrong, str(err.value), repr(err.value), repr(flow), repr(form)]

    code, wrong, *texts = run(scenario)
    ours = "\n".join(
        r.getMessage() for r in caplog.records if not r.name.startswith("zaddesk.emulator")
    )
    for secret in ("tajne1234", code, wrong, emulator.secret, emulator.key):
        assert secret not in ours
        assert all(secret not in t for t in texts)


def test_lost_answer_of_a_link_registration(emulator: Any, run: Any) -> None:
    """The account exists but waits for the link: the loss is settled, the wait goes on."""
    email = unique_email("link")

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/registration/new/")
        try:
            with pytest.raises(OutcomeUnknown):
                await flow.register(make_form(email))
        finally:
            emulator.set_faults()
        result = await flow.check_registration()
        assert (result.status, result.message, result.client_id) == ("awaiting", "", None)
        point = flow.resume_point()
        assert point.undecided == [] and point.step is Step.REGISTRATION
        assert point.registration == "awaiting"
        emulator.click_link(email)
        assert (await flow.check_registration()).status == "active"
        assert flow.resume_point().step is Step.PHONE

    run(scenario)


def test_topup_after_skipping_the_phone_says_what_is_missing(emulator: Any, run: Any) -> None:
    """The server refuses a top-up before a phone is confirmed: the flow says so first."""
    from zaddesk.core.onboarding import PhoneNeeded

    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        await flow.register(make_form(email))
        flow.skip(Step.PHONE)
        assert flow.resume_point().step is Step.TOPUP
        with pytest.raises(PhoneNeeded, match=(
                r"^Confirm the client's contact phone first: Zadarma accepts a top-up only "
                r"after that\.$")):
            await flow.topup("5", "USD")
        assert flow.journal.steps(flow.session_id, "topup") == []  # nothing sent
        phone = await flow.add_phone()
        await flow.send_code("sms")
        await flow.confirm_phone(codes_to(emulator, phone.number)[-1])
        done = await flow.topup("5", "USD")
        assert done.credited.amount == Decimal("5")

    run(scenario)


def test_lost_phone_steps_are_settled_by_the_clients_phones(emulator: Any, run: Any) -> None:
    """A lost answer in the phone step no longer blocks it: the phones tell what happened."""
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        await flow.register(make_form(email))
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/phones/add/")
        with pytest.raises(OutcomeUnknown):
            await flow.add_phone()
        with pytest.raises(StepBlocked):
            await flow.add_phone()
        found = await flow.settle()
        assert found.verdict is Verdict.APPLIED and found.settled
        phone = flow.phone_status()
        assert phone is not None and phone.added and not phone.proved

        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/phones/prove_by_sms/")
        with pytest.raises(OutcomeUnknown):
            await flow.send_code("sms")
        found = await flow.settle()
        assert found.verdict is Verdict.UNCLEAR and not found.settled
        assert "arrived" in found.finding.explanation
        [lost] = flow.unsettled(Step.PHONE)
        flow.resolve_unknown(lost.id, applied=True)  # the client got the SMS
        code = codes_to(emulator, phone.number)[-1]

        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/phones/confirm/")
        with pytest.raises(OutcomeUnknown):
            await flow.confirm_phone(code)
        found = await flow.settle()
        assert found.verdict is Verdict.APPLIED and found.settled
        assert flow.resume_point().step is Step.TOPUP
        with pytest.raises(
            WrongStep, match=r"^There is no request with an unknown outcome to settle\.$"
        ):
            await flow.settle()  # nothing left to settle

    run(scenario)


def test_summary_and_journey_of_a_code_registration(emulator: Any, run: Any) -> None:
    """Every step leaves what the rep reads: the results, the session, the summary's text."""
    from zaddesk.core.onboarding import PendingItem, RegistrationResult, Summary

    email = unique_email("code")

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        form = make_form(email, middle_name="Maria")
        flow.save_form(form)
        assert await flow.check_registration() == RegistrationResult("awaiting", None, "", email)
        flow.save_form(ClientForm())
        empty = flow.summary()
        assert empty == Summary(flow.session_id, None, "", "", [], [
            PendingItem("registration.todo", "Register the client.", Step.REGISTRATION)])
        assert empty.text() == (
            "Zadarma client onboarding\nClient id: (not yet)\nLogin e-mail: \n\nDone:\n"
            "  - nothing yet\nPending:\n  - Register the client.\n")
        result = await flow.register(form)
        message = result.message
        assert message and result == RegistrationResult("awaiting", None, message, email)
        assert flow.session.data == {"registration": "awaiting",
                                     "registration_message": message}
        touched = flow.session.updated
        assert await flow.check_registration() == result  # no account active yet
        assert flow.session.updated == touched  # a reading that finds nothing new writes nothing
        assert flow.session.data == {"registration": "awaiting",
                                     "registration_message": message}
        assert flow.resume_point().step is Step.REGISTRATION
        waiting = flow.summary()
        assert waiting.name == "Jan Maria Kowalski"
        assert waiting.text() == (
            "Zadarma client onboarding\nClient id: (not yet)\n"
            f"Login e-mail: {email}\nName: Jan Maria Kowalski\n\nDone:\n"
            f"  - Registered {email}.\nPending:\n"
            "  - The client has to confirm the registration from the e-mail.\n")
        with pytest.raises(FieldErrors) as short:
            await flow.confirm_registration("12")  # refused before sending
        assert set(short.value.issues) == {"code"}
        assert flow.journal.steps(flow.session_id, "confirm_registration") == []
        [code] = codes_to(emulator, email)
        confirmed = await flow.confirm_registration(f" {code} ")
        client_id = confirmed.client_id
        assert client_id and confirmed == RegistrationResult("active", client_id, "", email)
        [step] = flow.journal.steps(flow.session_id, "confirm_registration")
        assert step.params == {"email": email, "_redacted": ["code"]}
        assert step.scope == f"onboarding:{flow.session_id}:registration"
        assert step.result == {"user_id": client_id}
        assert flow.session.data["registration"] == "active"
        assert flow.client_id == client_id and flow.session.step == Step.PHONE
        with pytest.raises(WrongStep, match=r"^The registration is already confirmed\.$"):
            await flow.confirm_registration(code)
        assert (await flow.check_registration()) == RegistrationResult(
            "active", client_id, message, email)

        phone = await flow.add_phone()
        await flow.send_code("sms")
        clock.now += 61
        await flow.send_code("callback", language="en")
        [sms] = [s.params for s in flow.journal.steps(flow.session_id, "prove_by_sms")]
        [call] = [s.params for s in flow.journal.steps(flow.session_id, "prove_by_callback")]
        assert sms == {"user_id": client_id, "number": phone.number}
        assert call == {"user_id": client_id, "number": phone.number, "language": "en"}
        calls = [m for m in emulator.outbox() if m["kind"] == "call"]
        await flow.confirm_phone(calls[-1]["code"])
        flow.skip(Step.TOPUP)
        flow.skip(Step.TOPUP)
        assert flow.session.data["skipped"] == ["topup"]
        assert flow.session.step == Step.NEXT_STEPS
        flow.choose_next_steps(create_pbx=True, open_number_shop=True)
        assert flow.session.data["next"] == {"create_pbx": True, "open_number_shop": True}
        assert flow.session.step == Step.SUMMARY
        summary = flow.summary()
        assert summary.done == [
            f"Registered {email}.",
            "Registration confirmed with the e-mail code.",
            f"Contact phone {phone.number} added.",
            "Confirmation code sent by SMS.",
            "Confirmation code sent by call.",
            f"Contact phone {phone.number} confirmed.",
        ]
        assert [(p.code, p.step) for p in summary.pending] == [
            ("topup.none", Step.TOPUP), ("next.pbx", Step.NEXT_STEPS),
            ("next.numbers", Step.NEXT_STEPS)]
        assert summary.text() == (
            f"Zadarma client onboarding\nClient id: {client_id}\nLogin e-mail: {email}\n"
            "Name: Jan Maria Kowalski\n\nDone:\n"
            + "".join(f"  - {d}\n" for d in summary.done)
            + "Pending:\n  - Top up the client's balance.\n  - Create the client's PBX.\n"
            "  - Choose numbers in the number shop.\n")
        flow.choose_next_steps(create_pbx=False, open_number_shop=False)
        assert [p.code for p in flow.pending()] == ["topup.none"]
        with pytest.raises(
            WrongStep, match=r"^The client is registered; the form can no longer change\.$"
        ):
            flow.save_form(form)  # registered: the form can no longer change
        assert not flow.finished
        flow.abandon()
        assert flow.finished and flow.journal.unfinished_sessions() == []

    run(scenario)


def test_price_plans_read_as_the_rep_sees_them(emulator: Any, run: Any) -> None:
    from zaddesk.core.onboarding import PricePlan, form_choices

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        choices = await form_choices(api, "PLN")
        assert choices.currencies == ["USD", "EUR", "PLN", "GBP", "UAH", "CZK", "KZT"]
        assert choices.languages == ["en", "es", "de", "pl", "ru", "ua", "fr"]
        assert choices.price_plans[0] == PricePlan(
            1, "Standard — 0.00 PLN / 30 days", Money.of("0", "PLN"))
        assert choices.price_plans[4] == PricePlan(
            101, "Europe: Europe S — 68.00 PLN", Money.of("68", "PLN"))
        assert choices.tariff_ids == [1, 5, 7, 12, 101, 102, 201, 202]
        form = make_form(unique_email(), currency="CZK")
        assert set(flow.save_form(form, currencies=["PLN"])) == {"currency"}
        assert flow.form.currency == "CZK"  # kept as typed, issues and all
        assert flow.save_form(form, currencies=choices.currencies) == {}

    run(scenario)


def test_an_awaiting_account_of_an_earlier_attempt_is_adopted(
    emulator: Any, run: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The e-mail is already this dealer's client, still waiting for its link."""
    from zaddesk.core.onboarding import AlreadyRegistered, RegistrationResult

    email = unique_email("link")
    caplog.set_level(logging.INFO, logger="zaddesk.core.onboarding")
    session: list[str] = []

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> int:
        session.append(flow.session_id)
        with pytest.raises(WrongStep, match=r"^No client of this dealer has that e\-mail\.$"):
            await flow.adopt_registered()  # nobody has that e-mail yet
        first = OnboardingFlow.start(api, flow.journal, clock=clock)
        await first.register(make_form(email))
        with pytest.raises(AlreadyRegistered) as taken:
            await flow.register(make_form(email))
        user = await api.reseller.find_user(email=email)
        assert (taken.value.client_id, taken.value.active, taken.value.email) == (
            user.id, False, email)
        assert set(taken.value.issues) == {"email"}
        assert taken.value.issues["email"].code == "server.refused"
        assert str(taken.value) == f"A user with e-mail {email} is already registered"
        assert not flow.form_locked()
        picked = await flow.adopt_registered()
        assert picked == RegistrationResult("awaiting", None, "", email)
        assert flow.session.data == {"registration": "awaiting", "adopted": user.id}
        # The client exists now (not yet confirmed): its data are the server's.
        assert flow.form_locked()
        with pytest.raises(WrongStep, match=r"^The client is registered; the form can no "
                                            r"longer change\.$"):
            flow.save_form(make_form("someone.else@example.com"))
        assert flow.form.email == email
        assert flow.resume_point().step is Step.REGISTRATION
        with pytest.raises(WrongStep, match=r"^This client has already been registered\.$"):
            await flow.register(make_form(email))  # it is registered: never a second time
        emulator.click_link(email)
        active = await flow.check_registration()
        assert active.status == "active" and active.client_id == user.id
        assert flow.session.data["registration"] == "active"
        assert flow.session.step == Step.PHONE
        with pytest.raises(WrongStep, match=r"^This onboarding already has its client\.$"):
            await flow.adopt_registered()  # it has its client now
        return user.id

    client_id = run(scenario)
    assert [r.getMessage() for r in caplog.records if r.name == "zaddesk.core.onboarding"] == [
        "registration awaiting (client None)",
        f"onboarding {session[0]} goes on with client {client_id}"]


def test_code_refusals_say_wrong_or_expired_with_the_servers_words() -> None:
    from zaddesk.api.errors import ApiError
    from zaddesk.core.onboarding import Cooldown, _code_issue, _server_issue

    expired = _code_issue(ApiError("Code EXPIRED, request a new one", status_code=400))
    assert (expired.field, expired.code) == ("code", "code.expired")
    assert expired.params == {"server": "Code EXPIRED, request a new one"}
    assert expired.message() == "The code has expired. Send a new one."
    wrong = _code_issue(ApiError("Wrong code", status_code=400))
    assert (wrong.field, wrong.code, wrong.params) == ("code", "code.wrong",
                                                       {"server": "Wrong code"})
    assert wrong.message() == (
        "The code is not right. Check it with the client and type it again.")
    refused = _server_issue(ApiError("No money", status_code=400, field="amount"), "email")
    assert (refused.field, refused.code, refused.message()) == (
        "amount", "server.refused", "No money")
    assert _server_issue(ApiError("No", status_code=400), "email").field == "email"
    assert str(Cooldown(30.0)) == "Wait 30 s before sending a new code."
    assert str(Cooldown(29.2)) == "Wait 30 s before sending a new code."
    assert str(Cooldown(0.0005)) == "Wait 1 s before sending a new code."


def account_row(emulator: Any, email: str) -> Any:
    with emulator.store.tx() as db:
        return db.execute("SELECT * FROM accounts WHERE email = ?", (email,)).fetchone()


def test_registration_sends_the_form_and_journals_it_without_the_password(
    emulator: Any, run: Any
) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        form = make_form(email, password="tajne1234", tariff=5, currency="PLN", language="de",
                         middle_name="Maria", phone="601 234 568")
        assert flow.resume_point().password_needed is False
        flow.save_form(form)
        assert flow.resume_point().password_needed is True  # typed, never kept
        # The lists the server offers are checked before anything is sent.
        with pytest.raises(FieldErrors) as plans:
            await flow.register(form, tariffs=[1, 7])
        assert list(plans.value.issues) == ["tariff"]
        with pytest.raises(FieldErrors) as money:
            await flow.register(form, currencies=["USD", "EUR"])
        assert list(money.value.issues) == ["currency"]
        assert flow.journal.steps(flow.session_id) == []
        result = await flow.register(tariffs=[1, 5], currencies=["PLN"])  # the form kept
        client_id = result.client_id
        assert client_id and result.status == "active" and result.email == email
        row = account_row(emulator, email)
        assert (row["first_name"], row["last_name"], row["organization"], row["country"],
                row["city"], row["phone"], row["language"], row["currency"],
                row["tariff_id"]) == ("Jan", "Kowalski", "Kowalski sp. z o.o.", "PL", "Kraków",
                                      "48601234568", "de", "PLN", 5)
        [step] = flow.journal.steps(flow.session_id, "register")
        assert step.params == {**form.to_params(), "_redacted": ["password"]}
        assert step.params["phone"] == "+48601234568"
        assert (step.path, step.description) == ("/v1/reseller/users/registration/new/",
                                                 f"Register {email}")
        assert step.scope == f"onboarding:{flow.session_id}:registration"
        assert step.result == {"user_id": client_id, "message": result.message}
        assert step.message == result.message
        assert flow.session.data == {"registration": "active",
                                     "registration_message": result.message}
        assert flow.session.step == Step.PHONE and flow.client_id == client_id
        point = flow.resume_point()
        assert (point.password_needed, point.registration, point.client_id) == (
            False, "active", client_id)
        assert point.phone is None and point.data == flow.session.data
        assert flow.summary().done == [f"Registered {email}."]
        assert [(p.code, p.text, p.step, p.step_id) for p in flow.pending()] == [
            ("phone.unconfirmed",
             "Confirm the client's contact phone (needed for test credit and top-ups).",
             Step.PHONE, None),
            ("topup.none", "Top up the client's balance.", Step.TOPUP, None)]

    run(scenario)



def test_topups_are_journaled_counted_and_shown_after_even_unread(
    emulator: Any, run: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from zaddesk.core.money import Balances
    from zaddesk.core.onboarding import TopupResult

    email = unique_email()
    caplog.set_level(logging.INFO, logger="zaddesk.core.onboarding")

    async def scenario(
        api: Zadarma, flow: OnboardingFlow, clock: Clock
    ) -> tuple[int, list[TopupResult]]:
        alone = await flow.read_balances()
        assert alone.dealer is not None and alone.client is None  # no client yet
        client_id = (await flow.register(make_form(email))).client_id
        assert client_id
        # The phone was confirmed from another console: the top-up goes ahead.
        number = "+48" + unique_phone()
        await api.reseller.add_phone(number, user_id=client_id)
        await api.reseller.prove_phone_by_sms(number, user_id=client_id)
        await api.reseller.confirm_phone(number, codes_to(emulator, number)[-1],
                                         user_id=client_id)
        first = await flow.topup("2", "USD")
        [step] = flow.journal.steps(flow.session_id, "topup")
        assert (step.path, step.scope, step.description) == (
            "/v1/reseller/users/topup/", f"money:{client_id}",
            f"Top up client {client_id} with 2.00 USD")
        assert step.result == {"debited": first.debited.to_json(),
                               "credited": first.credited.to_json()}
        assert flow.session.step == Step.NEXT_STEPS
        second = await flow.topup("2", "EUR")  # the same figure in another currency
        assert second.requested == Money.of("2", "EUR")
        with pytest.raises(AlreadyDone) as twice:
            await flow.topup("2.0", "EUR")
        assert twice.value.step.id == second.step_id
        assert [t["step_id"] for t in flow.session.data["topups"]] == [
            first.step_id, second.step_id]
        async with Zadarma(emulator.base_url, emulator.key, emulator.secret,
                           max_retries=0) as fragile:
            again = OnboardingFlow.resume(fragile, flow.journal, flow.session_id, clock=clock)
            # The balances cannot be read after the top-up: they are worked out instead.
            emulator.set_faults(path="/v1/reseller/account/info/", skip=1, html_error=1)
            third = await again.topup("3", "USD")
            emulator.set_faults()
        before = third.before
        assert before.dealer is not None and before.client is not None
        assert third.after == Balances(Money(before.dealer.amount - 3, "USD"),
                                       Money(before.client.amount + 3, "USD"))
        assert third.after == await flow.read_balances()
        assert len(flow.session.data["topups"]) == 3
        assert [d for d in flow.done() if d.startswith("Top-up")] == [
            "Top-up: 2.00 USD debited from the dealer, 2.00 USD credited.",
            f"Top-up: {second.debited} debited from the dealer, {second.credited} credited.",
            "Top-up: 3.00 USD debited from the dealer, 3.00 USD credited.",
        ]
        return client_id, [first, second, third]

    client_id, topups = run(scenario)
    logged = [r.getMessage() for r in caplog.records if r.name == "zaddesk.core.onboarding"]
    assert logged == [f"registration active (client {client_id})"] + [
        f"top-up #{t.step_id} applied: {t.debited} debited, {t.credited} credited"
        for t in topups] + [  # why "after" was worked out, for whoever reads the log
        "balances after top-up not read: GET /v1/reseller/account/info/: malformed answer "
        "(HTTP 502, text/html)"]


def test_the_reps_decisions_move_the_onboarding_as_the_answer_would(
    emulator: Any, run: Any
) -> None:
    """Each lost answer, decided "applied" by the rep (no reading), moves the session on."""
    email = unique_email()

    def lose(path: str) -> None:
        emulator.set_faults(drop_after_apply=1, path=path)

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        form = make_form(email, phone="601 234 569")
        lose("/v1/reseller/users/registration/new/")
        with pytest.raises(OutcomeUnknown) as lost:
            await flow.register(form)
        other = OnboardingFlow.start(api, flow.journal, clock=clock)
        with pytest.raises(WrongStep, match=r"^That request belongs to another onboarding\.$"):
            other.resolve_unknown(lost.value.step.id, applied=True)  # not its request
        assert [p.code for p in flow.pending()] == ["undecided", "registration.todo"]
        assert flow.pending()[0].text == "Decide the outcome of 'register' (its answer was lost)."
        assert (flow.pending()[0].step_id, flow.pending()[0].step) == (
            lost.value.step.id, Step.REGISTRATION)
        decided = flow.resolve_unknown(lost.value.step.id, applied=True, note="seen it")
        assert (decided.resolution, decided.note) == ("applied", "seen it")
        assert flow.session.data == {"registration": "awaiting"}
        client_id = (await flow.check_registration()).client_id  # active at once
        assert client_id

        lose("/v1/reseller/users/phones/add/")
        with pytest.raises(OutcomeUnknown) as lost:
            await flow.add_phone()
        assert flow.phone_status() is None
        assert flow.resolve_unknown(lost.value.step.id, applied=True).note == ""
        phone = flow.phone_status()
        assert phone is not None
        assert (phone.number, phone.display, phone.added, phone.proved) == (
            "+48601234569", "+48 601 234 569", True, False)
        assert flow.session.data["phone"] == {
            "number": "+48601234569", "display": "+48 601 234 569", "added": True,
            "proved": False}

        lose("/v1/reseller/users/phones/prove_by_sms/")
        with pytest.raises(OutcomeUnknown) as lost:
            await flow.send_code("sms")
        flow.resolve_unknown(lost.value.step.id, applied=True)
        assert flow.session.data["phone"]["code_sent_via"] == "sms"
        clock.now = lost.value.step.intent_at + 60

        lose("/v1/reseller/users/phones/prove_by_callback/")
        with pytest.raises(OutcomeUnknown) as lost:
            await flow.send_code("callback")
        flow.resolve_unknown(lost.value.step.id, applied=True)
        phone = flow.phone_status()
        assert phone is not None and phone.code_sent_via == "callback"
        assert flow.session.data["phone"]["code_sent_at"] == lost.value.step.intent_at
        clock.now = lost.value.step.intent_at + 10
        assert flow.resend_wait() == pytest.approx(50.0)

        code = [m for m in emulator.outbox() if m["kind"] == "call"][-1]["code"]
        lose("/v1/reseller/users/phones/confirm/")
        with pytest.raises(OutcomeUnknown) as lost:
            await flow.confirm_phone(code)
        assert flow.session.step == Step.PHONE
        flow.resolve_unknown(lost.value.step.id, applied=True)
        assert flow.session.data["phone"]["proved"] is True
        assert flow.session.step == Step.TOPUP

        lose("/v1/reseller/users/topup/")
        with pytest.raises(OutcomeUnknown) as lost:
            await flow.topup("4", "USD")
        assert [(p.code, p.step, p.step_id) for p in flow.pending()] == [
            ("undecided", Step.TOPUP, lost.value.step.id)]  # no "top up" while it waits
        flow.resolve_unknown(lost.value.step.id, applied=True)
        assert flow.session.data["topups"] == [{
            "step_id": lost.value.step.id, "requested": {"amount": "4", "currency": "USD"},
            "debited": None, "credited": None, "decided": True}]
        assert flow.session.step == Step.NEXT_STEPS
        assert flow.done() == [
            f"Registered {email}.", "Contact phone +48601234569 added.",
            "Confirmation code sent by SMS.", "Confirmation code sent by call.",
            "Contact phone +48601234569 confirmed.",
            "Top-up of 4 USD (answer lost; decided as applied)."]
        assert flow.pending() == []
        assert flow.summary().text().endswith("\nPending:\n  - nothing\n")

    run(scenario)


def test_lost_registration_requests_read_back_both_ways(emulator: Any, run: Any) -> None:
    email = unique_email("code")

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        emulator.set_faults(status_5xx=1, path="/v1/reseller/users/registration/new/")
        with pytest.raises(OutcomeUnknown):
            await flow.register(make_form(email))
        found = await flow.settle()
        assert found.settled and found.applied is False
        assert found.finding.explanation == (
            f"There is no account for {email}: the registration did not reach the server. "
            "It can be sent now.")
        assert flow.session.data.get("registration") is None
        await flow.register(make_form(email))  # sent again, on the reading's word
        [code] = codes_to(emulator, email)
        emulator.set_faults(status_5xx=1, path="/v1/reseller/users/registration/confirm/")
        with pytest.raises(OutcomeUnknown):
            await flow.confirm_registration(code)
        found = await flow.settle()
        assert found.settled and found.applied is False
        assert found.finding.explanation == (
            f"The account for {email} still waits for its confirmation: type the code again.")
        assert flow.client_id is None and flow.session.data["registration"] == "awaiting"
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/registration/confirm/")
        with pytest.raises(OutcomeUnknown) as lost:
            await flow.confirm_registration(code)
        with pytest.raises(
            WrongStep, match=r"^There is no request with an unknown outcome to settle\.$"
        ):
            await flow.settle(lost.value.step.id + 100)  # no such request to settle
        found = await flow.settle(lost.value.step.id)
        assert found.settled and found.applied is True
        assert found.finding.explanation == (
            f"The account for {email} is active: the code was accepted.")
        user = await api.reseller.find_user(email=email)
        assert flow.client_id == user.id and flow.session.data["registration"] == "active"
        assert flow.session.step == Step.PHONE

    run(scenario)


def test_lost_phone_requests_read_back_both_ways(emulator: Any, run: Any) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        await flow.register(make_form(email, phone="601 234 570"))
        number = "+48601234570"
        emulator.set_faults(status_5xx=1, path="/v1/reseller/users/phones/add/")
        with pytest.raises(OutcomeUnknown):
            await flow.add_phone()
        found = await flow.settle()
        assert (found.applied, found.finding.explanation) == (
            False, f"{number} is not among the client's phones: it was not added.")
        assert flow.phone_status() is None
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/phones/add/")
        with pytest.raises(OutcomeUnknown):
            await flow.add_phone()
        found = await flow.settle()
        assert (found.applied, found.finding.explanation) == (
            True, f"{number} is among the client's phones: it was added.")
        phone = flow.phone_status()
        assert phone is not None
        assert (phone.number, phone.display, phone.added, phone.proved, phone.code_sent_via) == (
            number, "+48 601 234 570", True, False, None)
        [known] = await api.reseller.list_phones(user_id=flow.client_id or 0)
        assert flow.session.data["phone"] == {
            "number": number, "display": "+48 601 234 570", "added": True,
            "phone_id": known.id, "proved": False}
        assert flow.session.step == Step.PHONE
        await flow.send_code("sms")
        [code] = codes_to(emulator, number)
        emulator.set_faults(status_5xx=1, path="/v1/reseller/users/phones/confirm/")
        with pytest.raises(OutcomeUnknown):
            await flow.confirm_phone(code)
        found = await flow.settle()
        assert (found.applied, found.finding.explanation) == (
            False, f"{number} is not confirmed: the code was not accepted.")
        assert flow.session.step == Step.PHONE
        await flow.confirm_phone(code)
        # A code asked for when the phone is already confirmed: nothing to wait for.
        clock.now += 61
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/phones/prove_by_sms/")
        with pytest.raises(OutcomeUnknown):
            await flow.send_code("sms")
        found = await flow.settle()
        assert (found.applied, found.finding.explanation) == (
            True, f"{number} is already confirmed: no code is needed.")
        assert flow.session.data["phone"]["proved"] is True
        assert flow.session.data["phone"]["code_sent_via"] == "sms"
        assert flow.session.step == Step.TOPUP

    run(scenario)


def test_phone_step_requests_say_what_and_refuse_what_is_early(emulator: Any, run: Any) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        with pytest.raises(WrongStep, match=r"^The client is not registered yet\.$"):
            await flow.add_phone()  # no client yet
        client_id = (await flow.register(make_form(email))).client_id
        with pytest.raises(WrongStep, match=r"^Add the phone number first\.$"):
            await flow.send_code("sms")  # no phone yet
        with pytest.raises(WrongStep, match=r"^Add the phone number first\.$"):
            await flow.confirm_phone("123456")
        with pytest.raises(FieldErrors) as bad:
            await flow.add_phone("12")
        [(name, issue)] = bad.value.issues.items()
        assert name == issue.field == "number" and issue.code.startswith("phone.")
        assert flow.journal.steps(flow.session_id, "add_phone") == []
        phone = await flow.add_phone("+48 601 234 571")
        assert (phone.number, phone.display, phone.added, phone.proved, phone.resend_in) == (
            "+48601234571", "+48 601 234 571", True, False, 0.0)
        [step] = flow.journal.steps(flow.session_id, "add_phone")
        assert step.params == {"user_id": client_id, "number": "+48601234571"}
        assert step.description == "Add the contact phone +48 601 234 571"
        assert step.result is not None and step.result["number"].lstrip("+") == "48601234571"
        assert flow.session.data["phone"] == {
            "number": "+48601234571", "display": "+48 601 234 571", "added": True,
            "phone_id": step.result["id"], "proved": False, "code_sent_via": None,
            "code_sent_at": None}
        assert await flow.add_phone("601234571") == phone  # the same number: nothing sent
        assert len(flow.journal.steps(flow.session_id, "add_phone")) == 1
        with pytest.raises(ValueError, match=r"^unknown way to send a code: 'fax'$"):
            await flow.send_code("fax")  # type: ignore[arg-type]
        sent = await flow.send_code("callback", language="xx")  # unknown: the server's own
        [step] = flow.journal.steps(flow.session_id, "prove_by_callback")
        assert step.params == {"user_id": client_id, "number": "+48601234571"}
        assert step.description == "Send the confirmation code to +48601234571 by a call"
        assert sent.code_sent_via == "callback" and sent.message
        assert flow.session.data["phone"]["code_sent_at"] == clock.now
        assert flow.resume_point().phone == sent
        clock.now += 60
        assert flow.resend_wait() == 0.0
        await flow.send_code("callback")  # in the form's language
        assert flow.journal.steps(flow.session_id, "prove_by_callback")[-1].params == {
            "user_id": client_id, "number": "+48601234571", "language": "pl"}
        clock.now += 60
        await flow.send_code("sms")
        [step] = flow.journal.steps(flow.session_id, "prove_by_sms")
        assert step.description == "Send the confirmation code to +48601234571 by SMS"
        code = codes_to(emulator, "+48601234571")[-1]
        status = await flow.confirm_phone(f" {code}")
        assert status.proved and status.message
        [step] = flow.journal.steps(flow.session_id, "confirm_phone")
        assert step.params == {"user_id": client_id, "number": "+48601234571",
                               "_redacted": ["code"]}
        assert step.description == "Confirm the contact phone +48601234571 with the code"
        assert flow.session.step == Step.TOPUP

    run(scenario)


def test_sessions_open_resume_skip_and_close(emulator: Any, run: Any) -> None:
    from zaddesk.core.journal import SessionState

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        plain = OnboardingFlow.start(api, flow.journal)
        assert (plain.session.profile, plain.session.step) == ("", Step.CLIENT_DATA)
        assert plain.form == ClientForm() and plain.once.profile == ""
        plain.finish()  # closed at its first step: it still ends on the summary
        assert (plain.session.step, plain.finished) == (Step.SUMMARY, True)
        form = make_form(unique_email())
        started = OnboardingFlow.start(api, flow.journal, form, profile="other", clock=clock,
                                       resend_cooldown=5)
        assert (started.session.profile, started.session.step) == ("other", Step.CLIENT_DATA)
        assert started.form == form and started.resend_cooldown == 5
        assert repr(started) == f"OnboardingFlow(session={started.session_id})"
        again = OnboardingFlow.resume(api, flow.journal, started.session_id, clock=clock,
                                      resend_cooldown=7)
        assert again.clock is clock and again.resend_cooldown == 7
        assert again.session_id == started.session_id and again.form == form
        assert again.once.profile == "other"
        assert flow.journal.steps(started.session_id) == []  # opening sends nothing
        with pytest.raises(WrongStep, match=r"^The client is not registered yet\.$"):
            started.skip(Step.PHONE)  # no client yet
        for step in (Step.CLIENT_DATA, Step.REGISTRATION, Step.SUMMARY):
            with pytest.raises(WrongStep, match=rf"^The {step} step cannot be skipped\.$"):
                started.skip(step)
        await started.register(form)
        started.skip(Step.PHONE)
        assert (started.session.data["skipped"], started.session.step) == (["phone"], Step.TOPUP)
        started.skip(Step.NEXT_STEPS)
        assert started.session.step == Step.SUMMARY
        started.skip(Step.TOPUP)  # an earlier step skipped late: the session stays further on
        assert started.session.data["skipped"] == ["phone", "next_steps", "topup"]
        assert started.session.step == Step.SUMMARY
        assert started.resume_point().step is Step.SUMMARY
        started.finish()
        assert started.finished and started.session.state is SessionState.DONE
        assert started.session.step == Step.SUMMARY
        assert not flow.finished and flow.session.state is SessionState.OPEN

    run(scenario)


def test_a_lost_money_move_elsewhere_blocks_the_onboardings_topup(
    emulator: Any, run: Any, wire: Wire
) -> None:
    from zaddesk.core.payments import MoneyDesk, MoveUnknown

    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        client_id = await register_and_confirm_phone(emulator, flow, email)
        desk = MoneyDesk(api, flow.journal, profile="test")
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/topup/")
        with pytest.raises(MoveUnknown):
            await desk.topup(client_id, "1", "USD")
        [elsewhere] = desk.undecided(client_id)
        asked = len(wire.sent)
        with pytest.raises(StepBlocked) as blocked:
            await flow.topup("5", "USD")
        assert blocked.value.step.id == elsewhere.id
        assert len(wire.sent) == asked  # refused at once: not even the balances are read
        assert flow.journal.steps(flow.session_id, "topup") == []  # nothing sent
        desk.resolve(elsewhere.id, applied=True)
        done = await flow.topup("5", "USD")
        assert done.credited.amount == Decimal("5")

    run(scenario)


def test_what_each_refusal_says(journal: Journal) -> None:
    from zaddesk.core.onboarding import AlreadyRegistered, OnboardingError
    from zaddesk.core.validation import Issue

    one = Issue("email", "email.required", "Give the e-mail")
    two = Issue("phone", "phone.short", "Too short: {n}", {"n": "2"})
    both = FieldErrors({"email": one, "phone": two})
    assert str(both) == "Give the e-mail; Too short: 2" and both.issues == {
        "email": one, "phone": two}
    assert str(FieldErrors({"email": one}, "Server says no")) == "Server says no"
    taken = AlreadyRegistered({"email": one}, "Taken", client_id=7, active=True,
                              email="a@b.pl")
    assert isinstance(taken, FieldErrors) and isinstance(taken, OnboardingError)
    assert (str(taken), taken.client_id, taken.active, taken.email) == (
        "Taken", 7, True, "a@b.pl")
    session = journal.create_session({}, profile="test")
    step = journal.record_intent(session.id, "topup", "POST", "/x", {"amount": "1"})
    assert str(StepBlocked(step)) == (
        "The outcome of 'topup' is not known yet; check and decide it first.")
    assert StepBlocked(step).step == step
    assert str(OutcomeUnknown(step)) == (
        "The answer to 'topup' was lost; it may or may not have been applied.")
    assert str(AlreadyDone(step)) == "'topup' with the same values was already done."
    assert AlreadyDone(step).step == OutcomeUnknown(step).step == step


def test_the_topup_reconciled_is_the_one_asked_for(emulator: Any, run: Any) -> None:
    """A lost phone request waits for the rep while a top-up is lost too: reconciling reads
    the balances for the top-up, never for the phone."""
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        client_id = (await flow.register(make_form(email))).client_id
        assert client_id
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/phones/add/")
        with pytest.raises(OutcomeUnknown) as phone_lost:
            await flow.add_phone()
        # Another phone, confirmed from another console, lets the top-up go.
        number = "+48" + unique_phone()
        await api.reseller.add_phone(number, user_id=client_id)
        await api.reseller.prove_phone_by_sms(number, user_id=client_id)
        await api.reseller.confirm_phone(number, codes_to(emulator, number)[-1],
                                         user_id=client_id)
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/topup/")
        with pytest.raises(OutcomeUnknown) as lost:
            await flow.topup("6", "USD")
        assert [s.id for s in flow.unsettled()] == [phone_lost.value.step.id, lost.value.step.id]
        assert [s.id for s in flow.unsettled(Step.TOPUP)] == [lost.value.step.id]
        with pytest.raises(WrongStep, match=r"^There is no top\-up with an unknown outcome\.$"):
            await flow.reconcile_topup(phone_lost.value.step.id)  # not a top-up
        found = await flow.reconcile_topup(lost.value.step.id)
        assert found.verdict is Verdict.APPLIED and found.client_change == Decimal("6")
        assert (await flow.reconcile_topup()).client_change == Decimal("6")
        kept = flow.session.data["reconciliation"]
        assert (kept["step_id"], kept["verdict"]) == (lost.value.step.id, "applied")
        assert abs(kept["at"] - time.time()) < 60  # when it was read, for the rep
        assert kept["now"] == found.now.to_json()
        assert flow.resume_point().step is Step.PHONE  # the earliest undecided step

    run(scenario)


def test_a_request_that_never_left_or_was_not_signed_right_blocks_nothing(
    emulator: Any, journal: Journal
) -> None:
    from zaddesk.api.errors import AuthError, NetworkError
    from zaddesk.core.onboarding import NotSent

    email = unique_email()

    async def main() -> None:
        async with Zadarma("http://127.0.0.1:9", emulator.key, emulator.secret,
                           max_retries=0) as nowhere:
            flow = OnboardingFlow.start(nowhere, journal, profile="test")
            with pytest.raises(NotSent) as never:
                await flow.register(make_form(email))
            cause = never.value.__cause__
            assert isinstance(cause, NetworkError) and str(never.value) == cause.message
            [step] = journal.steps(flow.session_id, "register")
            assert step.outcome is Outcome.FAILED and not step.undecided
        async with Zadarma(emulator.base_url, emulator.key, "x" * 32, max_retries=0) as wrong:
            flow = OnboardingFlow.resume(wrong, journal, flow.session_id)
            with pytest.raises(AuthError):  # passed on as it came, not a field error
                await flow.register(make_form(email))
            assert [s.outcome for s in journal.steps(flow.session_id, "register")] == [
                Outcome.FAILED, Outcome.REFUSED]
        async with Zadarma(emulator.base_url, emulator.key, emulator.secret) as right:
            flow = OnboardingFlow.resume(right, journal, flow.session_id)
            assert (await flow.register(make_form(email))).status == "active"

    asyncio.run(main())


def test_an_email_taken_outside_the_dealers_clients_is_only_a_field_error(
    emulator: Any, run: Any
) -> None:
    from zaddesk.core.onboarding import AlreadyRegistered

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        own = account_row(emulator, "biuro@telepartner.example.pl")["email"]  # the dealer's
        with pytest.raises(FieldErrors) as taken:
            await flow.register(make_form(own))
        assert not isinstance(taken.value, AlreadyRegistered)
        assert list(taken.value.issues) == ["email"]
        issue = taken.value.issues["email"]
        assert issue.code == "server.refused" and own in issue.message()
        with pytest.raises(WrongStep, match=r"^No client of this dealer has that e\-mail\.$"):
            await flow.adopt_registered()  # nobody of this dealer's to go on with

    run(scenario)


def test_lost_registrations_settled_by_reading_say_what_the_account_shows(
    emulator: Any, run: Any
) -> None:
    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        for tag, state in (("", "active"), ("link", "waiting for the client's confirmation")):
            email = unique_email(tag)
            flow = OnboardingFlow.start(api, flow.journal, clock=clock)
            emulator.set_faults(drop_after_apply=1,
                                path="/v1/reseller/users/registration/new/")
            with pytest.raises(OutcomeUnknown):
                await flow.register(make_form(email))
            found = await flow.settle()
            user = await api.reseller.find_user(email=email)
            assert found.settled and found.applied is True
            assert found.finding.explanation == (
                f"The account for {email} exists (client {user.id}, {state}): the "
                "registration went through.")
            assert flow.client_id == (user.id if user.is_active else None)
            assert flow.session.data["registration"] == ("active" if user.is_active
                                                         else "awaiting")

    run(scenario)


def test_a_confirmation_with_no_account_at_all_is_unclear(journal: Journal) -> None:
    from zaddesk.core.onboarding import _judge_account

    session = journal.create_session({}, profile="test")
    step = journal.record_intent(session.id, "confirm_registration", "POST", "/x",
                                 {"email": "a@b.pl", "code": "123456"})
    found = _judge_account(step, None)
    assert (found.verdict, found.explanation) == (
        Verdict.UNCLEAR, "There is no account for a@b.pl at all.")


def test_a_confirmed_phone_already_on_the_account_is_adopted_as_confirmed(
    emulator: Any, run: Any
) -> None:
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        form = make_form(email)
        client_id = (await flow.register(form)).client_id
        assert client_id
        number = "+48" + form.phone
        await api.reseller.add_phone(number, user_id=client_id)  # another console, all of it
        await api.reseller.prove_phone_by_sms(number, user_id=client_id)
        await api.reseller.confirm_phone(number, codes_to(emulator, number)[-1],
                                         user_id=client_id)
        [known] = await api.reseller.list_phones(user_id=client_id)
        status = await flow.add_phone()
        assert status.added and status.proved and status.number == number
        assert flow.session.data["phone"] == {
            "number": number, "display": status.display, "added": True,
            "phone_id": known.id, "proved": True, "code_sent_via": None, "code_sent_at": None}
        assert flow.session.step == Step.TOPUP
        assert flow.journal.steps(flow.session_id) == flow.journal.steps(
            flow.session_id, "register")  # nothing sent for the phone

    run(scenario)


@pytest.mark.parametrize("via", ["callback", "sms"])
def test_a_phone_read_back_keeps_how_its_code_was_asked(
    emulator: Any, run: Any, via: str
) -> None:
    """The phone added by a lost request (read back), confirmed from another console, then a
    code asked (by a call or an SMS) whose answer is lost: reading back says so, and how."""
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        client_id = (await flow.register(make_form(email, phone="601 234 573"))).client_id
        assert client_id
        number = "+48601234573"
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/phones/add/")
        with pytest.raises(OutcomeUnknown):
            await flow.add_phone()
        assert (await flow.settle()).applied is True
        await api.reseller.prove_phone_by_sms(number, user_id=client_id)
        await api.reseller.confirm_phone(number, codes_to(emulator, number)[-1],
                                         user_id=client_id)
        emulator.set_faults(drop_after_apply=1,
                            path=f"/v1/reseller/users/phones/prove_by_{via}/")
        with pytest.raises(OutcomeUnknown):
            await flow.send_code("sms" if via == "sms" else "callback")
        found = await flow.settle()
        assert found.applied is True
        phone = flow.phone_status()
        assert phone is not None and phone.proved and phone.code_sent_via == via
        again = await flow.add_phone("601 234 573")  # the same number: kept as it is
        assert again == phone and len(flow.journal.steps(flow.session_id, "add_phone")) == 1
        with pytest.raises(FieldErrors) as bad:
            await flow.add_phone("12")
        from zaddesk.core.validation import Issue, parse_phone
        parsed = parse_phone("12", "PL")
        assert isinstance(parsed, Issue)
        assert bad.value.issues == {"number": Issue("number", parsed.code, parsed.text,
                                                    parsed.params)}

    run(scenario)


def test_the_registration_request_carries_every_field_typed_and_the_password(
    emulator: Any, run: Any, wire: Wire
) -> None:
    """The server gets all that was typed, the password included (it lives only in memory);
    without a password typed, none is sent."""
    from zaddesk.core.onboarding import REGISTER_PATH

    email = unique_email()
    plain = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        form = make_form(email, password="tajne1234", middle_name="Maria", tariff=5,
                         phone="601 234 575")
        await flow.register(form)
        other = OnboardingFlow.start(api, flow.journal, clock=clock)
        await other.register(make_form(plain, city="", address=" ", phone="601 234 576"))

    run(scenario)
    first, second = wire.to(REGISTER_PATH)
    assert first == {
        "email": email, "first_name": "Jan", "middle_name": "Maria", "last_name": "Kowalski",
        "organization": "Kowalski sp. z o.o.", "country": "PL", "city": "Kraków",
        "address": "ul. Floriańska 1", "phone": "+48601234575", "password": "tajne1234",
        "tariff": "5", "language": "pl", "currency": "USD"}
    assert second == {
        "email": plain, "first_name": "Jan", "last_name": "Kowalski",
        "organization": "Kowalski sp. z o.o.", "country": "PL", "phone": "+48601234576",
        "language": "pl", "currency": "USD"}  # nothing blank, and no password at all


def test_a_number_confirmed_on_another_account_needs_the_reps_word_to_reuse_it(
    emulator: Any, run: Any, wire: Wire
) -> None:
    """The server refuses a code for a number another client confirmed unless the request
    says the reuse is meant; the flow passes the rep's word on, and a call's language too."""
    from zaddesk.core.onboarding import PROVE_CALLBACK_PATH, PROVE_SMS_PATH

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        form = make_form(unique_email())
        number = "+48" + form.phone
        owner = (await api.reseller.register(unique_email(), "Anna", "PL")).user_id
        assert owner
        await api.reseller.add_phone(number, user_id=owner)
        await api.reseller.prove_phone_by_sms(number, user_id=owner)
        await api.reseller.confirm_phone(number, codes_to(emulator, number)[-1], user_id=owner)
        client_id = (await flow.register(form)).client_id
        await flow.add_phone()
        outbox = len(emulator.outbox())
        with pytest.raises(FieldErrors) as taken:
            await flow.send_code("sms")
        assert list(taken.value.issues) == ["number"]
        assert taken.value.issues["number"].code == "server.refused"
        assert "confirm_number_reuse" in taken.value.issues["number"].message()
        with pytest.raises(FieldErrors):
            await flow.send_code("callback", confirm_number_reuse=False)
        assert len(emulator.outbox()) == outbox  # nothing went to the client
        phone = await flow.send_code(confirm_number_reuse=True)  # by SMS unless told
        assert phone.code_sent_via == "sms" and phone.message == "Code sent"
        clock.now += 60
        phone = await flow.send_code("callback", language="en", confirm_number_reuse=True)
        assert phone.code_sent_via == "callback" and phone.message == "Call requested"
        ours = str(client_id)
        assert [p for p in wire.to(PROVE_SMS_PATH) if p["user_id"] == ours] == [
            {"user_id": str(client_id), "number": number},
            {"user_id": str(client_id), "number": number, "confirm_number_reuse": "1"}]
        assert [p for p in wire.to(PROVE_CALLBACK_PATH) if p["user_id"] == ours] == [
            {"user_id": str(client_id), "number": number, "language": "pl",
             "confirm_number_reuse": "0"},
            {"user_id": str(client_id), "number": number, "language": "en",
             "confirm_number_reuse": "1"}]
        proofs = [s for s in flow.journal.steps(flow.session_id) if s.action.startswith("prove")]
        assert [s.outcome for s in proofs] == [Outcome.REFUSED, Outcome.REFUSED,
                                              Outcome.APPLIED, Outcome.APPLIED]
        assert [s.message for s in proofs[2:]] == ["Code sent", "Call requested"]
        assert [s.result for s in proofs[2:]] == [{"number": number.lstrip("+")}] * 2
        status = await flow.confirm_phone(codes_to(emulator, number)[-1])
        assert status.proved and status.message == "Phone number confirmed"
        [confirmed] = flow.journal.steps(flow.session_id, "confirm_phone")
        assert confirmed.message == "Phone number confirmed"

    run(scenario)


def test_another_phone_replaces_the_first_and_a_lost_topup_does_not_block_it(
    emulator: Any, run: Any, wire: Wire
) -> None:
    """The rep may change the contact phone: a new number is added even after one was, and a
    top-up whose answer was lost blocks money, not the phone step."""
    from zaddesk.core.onboarding import ADD_PHONE_PATH

    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        client_id = (await flow.register(make_form(email, phone="601 234 577"))).client_id
        assert client_id
        with pytest.raises(FieldErrors) as bad:
            await flow.add_phone("111 111 111")  # not a Polish number
        assert bad.value.issues == {"number": Issue(
            "number", "phone.invalid_for_country", "This is not a valid number for {country}.",
            {"country": "PL"})}
        assert str(bad.value) == "This is not a valid number for PL."
        first = await flow.add_phone()
        assert (first.number, first.proved, first.message, first.code_sent_via) == (
            "+48601234577", False, "", None)
        second = await flow.add_phone("601 234 578")  # the client gave another number
        assert (second.number, second.added, second.proved) == ("+48601234578", True, False)
        assert [p["number"] for p in wire.to(ADD_PHONE_PATH)] == ["+48601234577",
                                                                 "+48601234578"]
        await flow.send_code("sms")
        await flow.confirm_phone(codes_to(emulator, second.number)[-1])
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/topup/")
        with pytest.raises(OutcomeUnknown) as lost:
            await flow.topup("3", "USD")
        third = await flow.add_phone("601 234 579")
        assert (third.number, third.added, third.proved) == ("+48601234579", True, False)
        assert flow.unsettled() == [flow.journal.step(lost.value.step.id)]
        assert [p.number for p in await api.reseller.list_phones(user_id=client_id)] == [
            "48601234577", "48601234578", "48601234579"]

    run(scenario)


def test_a_phone_the_server_refuses_is_marked_at_the_number(emulator: Any, run: Any) -> None:
    """The server's limit of contact phones: its refusal is shown at the number input."""
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        client_id = (await flow.register(make_form(email, phone="601 234 580"))).client_id
        assert client_id
        for n in range(5):  # added from another console, up to the server's limit
            await api.reseller.add_phone(f"+4860123459{n}", user_id=client_id)
        with pytest.raises(FieldErrors) as full:
            await flow.add_phone()
        [(name, issue)] = full.value.issues.items()
        assert (name, issue.field, issue.code) == ("number", "number", "server.refused")
        assert str(full.value) == issue.params["server"] == (
            "A user can have at most 5 contact phones")
        assert flow.phone_status() is None and flow._undecided() == []

    run(scenario)


@pytest.mark.parametrize("listed", ["+48601234581", "48601234581"])
def test_a_phone_is_found_whether_the_server_writes_it_with_plus_or_not(
    journal: Journal, listed: str
) -> None:
    from zaddesk.api.resources.reseller import UserPhone
    from zaddesk.core.onboarding import _judge_phones, _phone_in

    phones = [UserPhone(id=1, number="48601234599", is_proved=False),
              UserPhone(id=2, number=listed, is_proved=True)]
    assert _phone_in(phones, "+48601234581") is phones[1]
    assert _phone_in(phones, "48601234581") is phones[1]
    assert _phone_in(phones, "+48601234582") is None
    session = journal.create_session({}, profile="test")
    step = journal.record_intent(session.id, "confirm_phone", "POST", "/x",
                                 {"number": "+48601234581", "code": "123456"})
    found = _judge_phones(step, phones)
    assert (found.verdict, found.explanation) == (Verdict.APPLIED, "+48601234581 is confirmed.")


def test_different_requests_at_once_each_get_their_own_answer(emulator: Any, run: Any) -> None:
    """Only a repeat of the same call is merged into one request: a check of the registration
    and the phone added at the same moment are two requests with two answers."""
    from zaddesk.core.onboarding import PhoneStatus, RegistrationResult

    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        await flow.register(make_form(email, phone="601 234 583"))
        checked, phone = await asyncio.gather(flow.check_registration(), flow.add_phone())
        assert isinstance(checked, RegistrationResult) and checked.status == "active"
        assert isinstance(phone, PhoneStatus) and phone.number == "+48601234583"
        assert len(flow.journal.steps(flow.session_id, "add_phone")) == 1

    run(scenario)


def test_a_lost_phone_answer_leaves_the_topup_to_do(emulator: Any, run: Any) -> None:
    """Only a lost top-up stands for "top up the client": a lost phone answer does not."""
    email = unique_email()

    async def scenario(api: Zadarma, flow: OnboardingFlow, clock: Clock) -> None:
        await flow.register(make_form(email))
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/phones/add/")
        with pytest.raises(OutcomeUnknown) as lost:
            await flow.add_phone()
        assert [(p.code, p.step, p.step_id) for p in flow.pending()] == [
            ("undecided", Step.PHONE, lost.value.step.id),
            ("phone.unconfirmed", Step.PHONE, None),
            ("topup.none", Step.TOPUP, None)]

    run(scenario)
