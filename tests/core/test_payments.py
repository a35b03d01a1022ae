"""Money moves from a client's detail: once, journaled, and reconciled when the answer is lost."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest
import pytest_asyncio

from zaddesk.api.client import Zadarma
from zaddesk.core.journal import Journal, Outcome
from zaddesk.core.money import Balances, Money, Verdict
from zaddesk.core.payments import (
    MoneyDesk,
    MoveBlocked,
    MoveFailed,
    MoveKind,
    MoveUnknown,
    judge_move,
    money_scope,
)
from zaddesk.core.sendonce import Scope
from zaddesk.core.validation import Issue
from zaddesk.emulator.server import EmulatorServer

SHOWCASE = "kontakt@zlotyklos.example.pl"  # active, confirmed phone, PLN
UNCONFIRMED = "biuro@kancelaria-nowak.example.pl"  # phone not confirmed: top-up refused


@pytest_asyncio.fixture
async def api(emulator: EmulatorServer) -> AsyncIterator[Zadarma]:
    async with Zadarma(emulator.base_url, emulator.key, emulator.secret) as client:
        yield client


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "journal.sqlite3")


async def client_id(api: Zadarma, email: str) -> int:
    return (await api.reseller.find_user(email=email)).id


@pytest.mark.asyncio
async def test_topup_and_take_back_move_money_both_ways(api: Zadarma, journal: Journal) -> None:
    desk = MoneyDesk(api, journal, profile="demo")
    cid = await client_id(api, SHOWCASE)
    move = await desk.topup(cid, "10", "USD")
    assert move.kind is MoveKind.TOPUP
    assert move.debited.currency == "USD" and move.debited.amount == Decimal("10")
    assert move.credited.currency == "PLN" and move.credited.amount > Decimal("10")
    assert move.after is not None and move.after.client is not None
    assert move.before.client is not None
    assert move.after.client.amount == move.before.client.amount + move.credited.amount

    back = await desk.take_back(cid, "20", "PLN")
    assert back.after is not None and back.after.client is not None
    assert back.after.client.amount == move.after.client.amount - Decimal("20")
    assert desk.undecided(cid) == []


@pytest.mark.asyncio
async def test_refusal_lands_on_the_amount_and_changes_nothing(
    api: Zadarma, journal: Journal
) -> None:
    desk = MoneyDesk(api, journal)
    cid = await client_id(api, UNCONFIRMED)
    before = await desk.balances(cid)
    with pytest.raises(MoveFailed) as caught:
        await desk.topup(cid, "5", "USD")
    assert "amount" in caught.value.issues
    assert await desk.balances(cid) == before
    with pytest.raises(MoveFailed) as bad:
        await desk.topup(cid, "-3", "usd!")
    assert set(bad.value.issues) == {"amount", "currency"}


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("1_0", "amount.invalid"),
        ("\u0661\u0660", "amount.digits"),
        ("1e1", "amount.exponent"),
        ("1.005", "amount.precision"),
        ("10 000,01", "amount.too_large"),
    ],
)
async def test_an_amount_a_rep_would_not_type_is_never_sent(
    api: Zadarma, journal: Journal, emulator: EmulatorServer, typed: str, code: str
) -> None:
    desk = MoneyDesk(api, journal)
    cid = await client_id(api, SHOWCASE)
    before = await desk.balances(cid)
    for move in (desk.topup, desk.take_back):
        with pytest.raises(MoveFailed) as caught:
            await move(cid, typed, "USD")
        assert {k: v.code for k, v in caught.value.issues.items()} == {"amount": code}
    assert await desk.balances(cid) == before
    assert desk.undecided(cid) == []
    ledger = journal.ledger(cid, profile=desk.profile)
    assert journal.steps(ledger.id) == []  # not even an intent was journaled


@pytest.mark.asyncio
@pytest.mark.parametrize("kind", [MoveKind.TOPUP, MoveKind.TAKE_BACK])
async def test_lost_answer_is_applied_once_and_blocks_until_decided(
    api: Zadarma, journal: Journal, emulator: EmulatorServer, kind: MoveKind
) -> None:
    desk = MoneyDesk(api, journal)
    cid = await client_id(api, SHOWCASE)
    path = "/v1/reseller/users/topup/" if kind is MoveKind.TOPUP else (
        "/v1/reseller/account/money_transfer/")
    before = await desk.balances(cid)
    emulator.set_faults(drop_after_apply=1, path=path)
    move = desk.topup if kind is MoveKind.TOPUP else desk.take_back
    with pytest.raises(MoveUnknown) as lost:
        await move(cid, "10", "PLN")
    step = lost.value.step
    now = await desk.balances(cid)
    assert before.client is not None and now.client is not None
    sign = 1 if kind is MoveKind.TOPUP else -1
    assert now.client.amount == before.client.amount + sign * Decimal("10")  # exactly once

    # Nothing more is sent for this client until the rep decides.
    with pytest.raises(MoveBlocked):
        await move(cid, "10", "PLN")
    assert await desk.balances(cid) == now

    found = await desk.reconcile(step.id)
    assert found.verdict is Verdict.APPLIED
    desk.resolve(step.id, applied=True)
    assert desk.undecided(cid) == []
    again = await move(cid, "1", "PLN")
    assert again.after is not None


@pytest.mark.asyncio
async def test_double_click_sends_one_request(api: Zadarma, journal: Journal) -> None:
    desk = MoneyDesk(api, journal)
    cid = await client_id(api, SHOWCASE)
    before = await desk.balances(cid)
    moves = await asyncio.gather(*(desk.topup(cid, "7", "PLN") for _ in range(3)))
    assert len({m.step_id for m in moves}) == 1
    now = await desk.balances(cid)
    assert before.client is not None and now.client is not None
    assert now.client.amount == before.client.amount + Decimal("7")


@pytest.mark.asyncio
async def test_unknown_outcome_survives_a_restart(
    api: Zadarma, tmp_path: Path, emulator: EmulatorServer
) -> None:
    cid = await client_id(api, SHOWCASE)
    first = Journal(tmp_path / "j.sqlite3")
    emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/topup/")
    with pytest.raises(MoveUnknown):
        await MoneyDesk(api, first, profile="p").topup(cid, "3", "PLN")
    first.close()
    reopened = MoneyDesk(api, Journal(tmp_path / "j.sqlite3"), profile="p")
    assert [s.action for s in reopened.undecided(cid)] == ["topup"]
    assert reopened.journal.unfinished_sessions() == []  # ledgers are not onboarding


@pytest.mark.asyncio
async def test_a_lost_desk_move_blocks_the_wizard_topup(
    api: Zadarma, journal: Journal, emulator: EmulatorServer
) -> None:
    """Both places move the same balances: an undecided move in one blocks the other."""
    from zaddesk.core.onboarding import OnboardingFlow, StepBlocked

    cid = await client_id(api, SHOWCASE)
    session = journal.create_session({"email": SHOWCASE}, profile="p", step="topup")
    journal.update_session(session.id, client_id=cid)
    flow = OnboardingFlow.resume(api, journal, session.id)
    desk = MoneyDesk(api, journal, profile="p")

    emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/topup/")
    with pytest.raises(MoveUnknown) as lost:
        await desk.topup(cid, "4", "PLN")
    with pytest.raises(StepBlocked):
        await flow.topup("4", "PLN")
    desk.resolve(lost.value.step.id, applied=True)
    assert desk.undecided(cid) == []


SECOND = "piotr.kowalski@autoserwis.example.pl"  # active, confirmed phone, some money


@pytest.mark.asyncio
async def test_moves_for_two_clients_at_once_are_two_moves(api: Zadarma, journal: Journal) -> None:
    desk = MoneyDesk(api, journal)
    one, two = await client_id(api, SHOWCASE), await client_id(api, SECOND)
    a, b = await asyncio.gather(desk.topup(one, "1", "USD"), desk.topup(two, "2", "USD"))
    assert (a.requested.amount, b.requested.amount) == (Decimal(1), Decimal(2))
    assert a.step_id != b.step_id
    c, d = await asyncio.gather(desk.take_back(one, "3", "PLN"), desk.take_back(two, "4", "PLN"))
    assert (c.requested.amount, d.requested.amount) == (Decimal(3), Decimal(4))
    # Money back answers with balances, not amounts: what was asked is what moved.
    assert c.debited == c.credited == Money(Decimal(3), "PLN")


def test_a_move_failure_reads_as_its_issues() -> None:
    issues = {
        "amount": Issue("amount", "amount.required", "Enter an amount."),
        "currency": Issue("currency", "currency.required", "Choose a currency."),
    }
    assert str(MoveFailed(issues)) == "Enter an amount.; Choose a currency."
    assert str(MoveFailed(issues, "the server said no")) == "the server said no"
    assert MoveFailed(issues).issues == issues
    assert money_scope(7) == Scope("money", 7) and money_scope(7).key == "money:7"


def lost_move(journal: Journal, client: int | None, *, action: str = "topup",
              scope: str | None = None, context: dict[str, object] | None = None) -> int:
    ledger = journal.ledger(client)
    step = journal.record_intent(
        ledger.id, action, "POST", "/v1/reseller/users/topup/",
        {"user_id": client, "amount": "10", "currency": "USD"},
        context=context, scope=f"money:{client}" if scope is None else scope,
    )
    journal.record_outcome(step.id, Outcome.UNKNOWN)
    return step.id


@pytest.mark.asyncio
async def test_only_money_moves_are_reconciled_or_resolved(
    api: Zadarma, journal: Journal
) -> None:
    desk = MoneyDesk(api, journal)
    for step_id in (lost_move(journal, 7, scope="pbx:7"), lost_move(journal, None)):
        with pytest.raises(ValueError, match=f"step #{step_id} is not a money move"):
            desk.resolve(step_id, applied=True)
        with pytest.raises(ValueError, match="not a money move"):
            await desk.reconcile(step_id)
        assert journal.step(step_id).undecided
    money = lost_move(journal, 7)
    settled = desk.resolve(money, applied=False)
    assert (settled.resolution, settled.note, settled.decided_by) == ("not_applied", "", "rep")
    decided = desk.resolve(lost_move(journal, 8), applied=True, note="seen")
    assert (decided.resolution, decided.note) == ("applied", "seen")


def test_a_lost_move_is_judged_by_what_was_asked() -> None:
    before = Balances(Money.of("100", "USD"), Money.of("0", "USD"))
    now = Balances(Money.of("90", "USD"), Money.of("10", "USD"))
    back = Balances(Money.of("110", "USD"), Money.of("-10", "USD"))
    with tempfile.TemporaryDirectory() as folder, Journal(Path(folder) / "j.sqlite3") as journal:
        # Written before the requested amount was kept: read from the parameters.
        old = journal.step(lost_move(journal, 7, context={"before": before.to_json()}))
        found = judge_move(old, now)
        assert found.verdict is Verdict.APPLIED and found.amount == Money.of("10", "USD")
        asked = journal.step(lost_move(journal, 8, context={
            "before": before.to_json(), "requested": Money.of("5", "USD").to_json()}))
        assert judge_move(asked, now).verdict is Verdict.UNCLEAR  # 5 asked, 10 moved
        assert judge_move(asked, now).amount == Money.of("5", "USD")
        taken = journal.step(lost_move(journal, 9, action="take_back",
                                       context={"before": before.to_json()}))
        assert judge_move(taken, back).verdict is Verdict.APPLIED
        assert judge_move(taken, now).verdict is Verdict.UNCLEAR


@pytest.mark.asyncio
async def test_each_move_is_journaled_as_sent(api: Zadarma, journal: Journal) -> None:
    desk = MoneyDesk(api, journal, profile="demo")
    cid = await client_id(api, SHOWCASE)
    top = await desk.topup(cid, "1,50", "USD")
    back = await desk.take_back(cid, "2", "PLN")
    assert top.requested == Money.of("1.50", "USD") and back.requested == Money.of("2", "PLN")
    ledger = journal.ledger(cid, profile="demo")
    first, second = journal.steps(ledger.id)
    assert (first.id, second.id) == (top.step_id, back.step_id)
    assert (first.action, first.path, first.scope) == (
        "topup", "/v1/reseller/users/topup/", f"money:{cid}")
    assert first.params == {"user_id": cid, "amount": "1.50", "currency": "USD"}
    assert first.context["requested"] == {"amount": "1.50", "currency": "USD"}
    assert first.before == top.before.to_json()
    assert first.result == {"debited": top.debited.to_json(), "credited": top.credited.to_json()}
    assert (second.action, second.path) == ("take_back", "/v1/reseller/account/money_transfer/")
    assert second.params == {
        "user_id": cid, "amount": "2", "currency": "PLN", "type": "to_reseller"}
    assert second.result == {"debited": {"amount": "2", "currency": "PLN"},
                             "credited": {"amount": "2", "currency": "PLN"}}
    assert "demo" in repr(desk)
    dealer = (await api.reseller.account_info())
    assert top.before.dealer is not None and top.before.dealer.currency == dealer.currency


@pytest.mark.asyncio
async def test_a_server_refusal_lands_on_the_amount_in_its_words(
    api: Zadarma, journal: Journal
) -> None:
    desk = MoneyDesk(api, journal)
    cid = await client_id(api, UNCONFIRMED)
    with pytest.raises(MoveFailed) as caught:
        await desk.topup(cid, "5", "USD")
    [(name, issue)] = caught.value.issues.items()
    assert (name, issue.field, issue.code) == ("amount", "amount", "server")
    assert issue.text and str(caught.value) == issue.text
    [step] = journal.steps(journal.ledger(cid).id)
    assert step.outcome is Outcome.REFUSED and not step.undecided


@pytest.mark.asyncio
async def test_a_currency_typed_with_spaces_is_sent_and_journaled_as_its_code(
    api: Zadarma, journal: Journal
) -> None:
    desk = MoneyDesk(api, journal, profile="demo")
    cid = await client_id(api, SHOWCASE)
    move = await desk.topup(cid, "10", " USD ")
    assert move.requested == Money(Decimal("10"), "USD")
    (step,) = journal.steps(journal.ledger(cid, profile="demo").id)
    assert step.params["currency"] == "USD"
    assert step.context["requested"] == {"amount": "10", "currency": "USD"}
