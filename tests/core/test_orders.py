"""Orders and prolongs: checked before sending, sent once, a lost answer judged by reading back."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest
import pytest_asyncio

from zaddesk.api.client import Zadarma
from zaddesk.api.errors import ApiError
from zaddesk.api.resources.numbers import Direction
from zaddesk.core.journal import Journal
from zaddesk.core.money import Money
from zaddesk.core.orders import (
    Holdings,
    NumberDesk,
    OrderForm,
    caller_name_issue,
    judge_order,
    judge_prolong,
    order_issues,
    order_total,
)
from zaddesk.core.sendonce import Blocked, SendOnce, Unknown, Verdict
from zaddesk.emulator.server import EmulatorServer

STAR = 210001  # PLN, a PL group with a passport
PLAIN = 210002  # PLN, 120 PLN, only the main group (no address, no files)
WARSAW = 1001


@pytest_asyncio.fixture
async def api(emulator: EmulatorServer) -> AsyncIterator[Zadarma]:
    async with Zadarma(emulator.base_url, emulator.key, emulator.secret) as client:
        yield client


@pytest.fixture
def desk(api: Zadarma, tmp_path: Path) -> NumberDesk:
    return NumberDesk(api, SendOnce(Journal(tmp_path / "journal.sqlite3"), profile="demo"))


async def direction(api: Zadarma, direction_id: int, uid: int) -> Direction:
    [found] = await api.numbers.country("PL", direction_id=direction_id, user_id=uid)
    return found


async def full_group(api: Zadarma, uid: int) -> int:
    groups = await api.documents.list_groups(user_id=uid)
    gid = next(g.id for g in groups if g.address)
    assert gid is not None
    return gid


def test_total_and_field_checks() -> None:
    d = Direction(id="1", country_code="48", area_code="22", name="W", connect_fee=Decimal(5),
                  monthly_fee=Decimal(10), currency="PLN", receive_sms=False)
    assert order_total(d, "month") == Money(Decimal(15), "PLN")
    assert order_total(d, "3month") == Money(Decimal(35), "PLN")
    form = OrderForm(direction_id=1, documents_group_id=0, period="3month", receive_sms=True)
    issues = order_issues(form, d, balance=Money(Decimal(20), "PLN"))
    assert set(issues) == {"period", "receive_sms"}
    assert issues["period"].code == "not_enough_money"
    assert caller_name_issue("Piekarnia 24") is None
    assert caller_name_issue("Piekarnia Złoty Kłos").code == "latin_only"  # type: ignore[union-attr]
    assert caller_name_issue("x" * 31).code == "too_long"  # type: ignore[union-attr]


def test_judges_say_unclear_when_the_picture_does_not_fit() -> None:
    before = Holdings({"48221": "2026-01-01 00:00:00"}, Money(Decimal(100), "PLN"))
    same = judge_order(before, before, {"number": "48222"})
    assert same.verdict is Verdict.NOT_APPLIED
    poorer = Holdings(before.numbers, Money(Decimal(80), "PLN"))
    assert judge_order(before, poorer, {"number": "48222"}).verdict is Verdict.UNCLEAR
    other = Holdings({**before.numbers, "48333": ""}, Money(Decimal(80), "PLN"))
    assert judge_order(before, other, {"number": "48222"}).verdict is Verdict.UNCLEAR
    assert judge_order(before, other, {"prefix": "4833"}).verdict is Verdict.APPLIED
    later = Holdings({"48221": "2026-01-31 00:00:00"}, Money(Decimal(90), "PLN"))
    assert judge_prolong(before, later, "48221", 1).verdict is Verdict.APPLIED
    assert judge_prolong(before, later, "48221", 3).verdict is Verdict.UNCLEAR
    assert judge_prolong(before, before, "48221", 1).verdict is Verdict.NOT_APPLIED
    assert Holdings.from_json(later.to_json()) == later


@pytest.mark.asyncio
async def test_order_with_a_valid_group_is_sent_once(api: Zadarma, desk: NumberDesk) -> None:
    warsaw = await direction(api, WARSAW, STAR)
    gid = await full_group(api, STAR)
    check = await desk.check(warsaw, gid, STAR)
    assert check.ok and {i.key for i in check.items} >= {"information", "address", "document"}
    free = await api.numbers.available(WARSAW)
    before = await desk.holdings(STAR)
    form = OrderForm(direction_id=WARSAW, documents_group_id=gid, number_id=free[0].id,
                     number=free[0].number)
    sent = await desk.order(form, warsaw, STAR, whom="Piekarnia")
    assert sent.value.number == free[0].number and sent.value.is_activated
    after = await desk.holdings(STAR)
    assert set(after.numbers) - set(before.numbers) == {free[0].number}
    assert before.balance is not None and after.balance is not None
    assert before.balance.amount - after.balance.amount == order_total(warsaw).amount
    assert desk.unsettled(STAR) == []


@pytest.mark.asyncio
async def test_invalid_group_checklist_says_why(api: Zadarma, desk: NumberDesk) -> None:
    warsaw = await direction(api, WARSAW, PLAIN)
    check = await desk.check(warsaw, 0, PLAIN)
    assert not check.ok
    failing = {(i.key, i.document, i.fix) for i in check.blocking}
    assert failing == {("information", "", "edit_group"), ("document", "passport", "upload")}


@pytest.mark.asyncio
async def test_refusal_comes_back_unchanged_and_blocks_nothing(
    api: Zadarma, desk: NumberDesk, emulator: EmulatorServer
) -> None:
    warsaw = await direction(api, WARSAW, STAR)
    free = await api.numbers.available(WARSAW)
    await api.numbers.order(WARSAW, 0, number_id=free[0].id, user_id=PLAIN)  # someone else
    form = OrderForm(direction_id=WARSAW, documents_group_id=await full_group(api, STAR),
                     number_id=free[0].id, number=free[0].number)
    with pytest.raises(ApiError, match="no longer available"):
        await desk.order(form, warsaw, STAR)
    assert desk.unsettled(STAR) == []


@pytest.mark.asyncio
async def test_lost_order_is_read_back_never_resent(
    api: Zadarma, desk: NumberDesk, emulator: EmulatorServer
) -> None:
    warsaw = await direction(api, WARSAW, STAR)
    gid = await full_group(api, STAR)
    free = await api.numbers.available(WARSAW)
    form = OrderForm(direction_id=WARSAW, documents_group_id=gid, number_id=free[1].id,
                     number=free[1].number)
    before = await desk.holdings(STAR)
    emulator.set_faults(drop_after_apply=1, path="/v1/direct_numbers/order/")
    with pytest.raises(Unknown) as lost:
        await desk.order(form, warsaw, STAR)
    step_id = lost.value.step.id
    assert lost.value.step.description == f"Order {free[1].number} for client {STAR}"
    with pytest.raises(Blocked):
        await desk.order(form, warsaw, STAR)
    assert [s.id for s in desk.unsettled(STAR)] == [step_id]
    assert desk.unsettled(None) == desk.unsettled(PLAIN) == []  # other accounts go on
    found = await desk.check_lost(step_id)
    assert found.verdict is Verdict.APPLIED and not found.settled
    assert found.finding.new_numbers == (free[1].number,)  # type: ignore[union-attr]
    decided = desk.decide(step_id, applied=True, note="the number is there")
    assert (decided.resolution, decided.note) == ("applied", "the number is there")
    assert desk.unsettled(STAR) == []
    after = await desk.holdings(STAR)
    assert set(after.numbers) - set(before.numbers) == {free[1].number}
    assert before.balance is not None and after.balance is not None
    assert before.balance.amount - after.balance.amount == order_total(warsaw).amount


@pytest.mark.asyncio
async def test_prolong_once_and_a_lost_prolong(
    api: Zadarma, desk: NumberDesk, emulator: EmulatorServer
) -> None:
    first = await desk.holdings(STAR)
    number = sorted(first.numbers)[0]
    sent = await desk.prolong(number, 2, STAR)
    second = await desk.holdings(STAR)
    assert second.numbers[number] == sent.value.stop_date > first.numbers[number]
    assert first.balance is not None and second.balance is not None
    assert first.balance.amount - second.balance.amount == sent.value.total_paid.amount
    # No name given: the client by its id, never "the dealer account".
    assert sent.step.description == f"Prepay {number} for 2 month(s) for client {STAR}"
    emulator.set_faults(drop_after_apply=1, path="/v1/direct_numbers/prolong/")
    with pytest.raises(Unknown) as lost:
        await desk.prolong(number, 2, STAR)
    found = await desk.check_lost(lost.value.step.id)
    assert found.verdict is Verdict.APPLIED  # moved by two months, as paid
    assert found.finding.explanation.startswith("Expiry moved from")
    assert desk.decide(lost.value.step.id, applied=True).note == ""
    third = await desk.holdings(STAR)
    assert third.numbers[number] > second.numbers[number]


def test_checklist_from_the_answer_and_the_files() -> None:
    from zaddesk.api.resources.documents import DocumentFile, GroupValidity
    from zaddesk.api.resources.numbers import DirectionRestrictions
    from zaddesk.core.orders import check_group

    def d(upload: list[str], specify: list[str]) -> Direction:
        return Direction(id="1", country_code="1", area_code="212", name="X",
                         connect_fee=Decimal(0), monthly_fee=Decimal(1), currency="USD",
                         restrictions=DirectionRestrictions(upload=upload, specify=specify))

    fine = GroupValidity(is_information_match=True, is_documents_uploaded=True,
                         is_documents_verified=False, is_address_match=True)
    assert check_group(d([], ["purpose"]), fine).items == ()  # the form asks the purpose
    check = check_group(d(["certificate", "company_letter"], ["address"]), fine,
                        [DocumentFile(type="company_letter", is_verified=False, source="api",
                                      name="a.pdf")])
    assert check.ok  # the files list names a certificate company_letter
    assert [(i.key, i.ok, i.blocking) for i in check.items][-1] == ("verified", False, False)
    missing = check_group(d(["passport"], []), fine, [
        DocumentFile(type="phone_bill", is_verified=True, source="api", name="b.pdf")])
    assert [(i.key, i.document) for i in missing.blocking] == [("document", "passport")]


def _d(
    *, connect: str = "5", monthly: str = "10", currency: str = "PLN",
    receive_sms: bool | None = False, upload: list[str] | None = None,
    specify: list[str] | None = None,
) -> Direction:
    from zaddesk.api.resources.numbers import DirectionRestrictions

    restrictions = (
        DirectionRestrictions(upload=upload or [], specify=specify or [])
        if upload is not None or specify is not None else None
    )
    return Direction(id="1", country_code="48", area_code="22", name="W",
                     connect_fee=Decimal(connect), monthly_fee=Decimal(monthly),
                     currency=currency, receive_sms=receive_sms, restrictions=restrictions)


def test_the_form_sends_what_the_rep_chose_and_nothing_empty() -> None:
    assert OrderForm(direction_id=1, documents_group_id=2).params() == {
        "direction_id": 1, "documents_group_id": 2, "period": "month"}
    full = OrderForm(direction_id=7, documents_group_id=3, number_id="70001", number="4822",
                     period="3month", autorenew_period="year", receive_sms=False,
                     purpose="Shop line")
    assert full.params() == {
        "direction_id": 7, "documents_group_id": 3, "period": "3month", "number_id": "70001",
        "autorenew_period": "year", "purpose": "Shop line", "receive_sms": 0}
    sms = OrderForm(direction_id=1, documents_group_id=2, receive_sms=True, purpose="",
                    number_id="")
    assert sms.params() == {"direction_id": 1, "documents_group_id": 2, "period": "month",
                            "receive_sms": 1}


def test_total_is_the_fee_and_the_months_paid_in_the_directions_currency() -> None:
    d = _d(connect="1.5", monthly="2.25", currency="USD")
    assert order_total(d) == Money(Decimal("3.75"), "USD")
    assert order_total(d, "3month") == Money(Decimal("8.25"), "USD")
    assert order_total(d, "year") == Money(Decimal("3.75"), "USD")  # unknown: one month


def test_order_issues_name_the_field_and_the_limit_is_the_balance() -> None:
    d = _d()  # total 15 PLN for a month
    form = OrderForm(direction_id=1, documents_group_id=0)
    assert order_issues(form, d) == {}
    assert order_issues(form, d, balance=Money(Decimal("15"), "PLN")) == {}
    short = order_issues(form, d, balance=Money(Decimal("14.99"), "PLN"))
    assert list(short) == ["period"]
    issue = short["period"]
    assert (issue.field, issue.code) == ("period", "not_enough_money")
    assert issue.params == {"total": "15.00 PLN", "balance": "14.99 PLN"}
    assert issue.message() == "The total 15.00 PLN is more than the balance 14.99 PLN"
    # Another currency cannot be compared here: the server decides.
    assert order_issues(form, d, balance=Money(Decimal("1"), "USD")) == {}
    # The period chosen counts: three months cost 35.
    three = OrderForm(direction_id=1, documents_group_id=0, period="3month")
    assert order_issues(three, d, balance=Money(Decimal("34.99"), "PLN"))["period"].params[
        "total"] == "35.00 PLN"
    assert order_issues(three, d, balance=Money(Decimal("35"), "PLN")) == {}


def test_purpose_and_sms_are_asked_only_where_the_direction_needs_them() -> None:
    asks = _d(specify=["purpose"], receive_sms=True)
    blank = OrderForm(direction_id=1, documents_group_id=0, purpose="  ", receive_sms=True)
    issue = order_issues(blank, asks)["purpose"]
    assert (issue.field, issue.code) == ("purpose", "purpose_required")
    assert issue.message() == "Say what the number will be used for"
    assert order_issues(OrderForm(direction_id=1, documents_group_id=0), asks).keys() == {
        "purpose"}
    said = OrderForm(direction_id=1, documents_group_id=0, purpose="Shop", receive_sms=True)
    assert order_issues(said, asks) == {}
    assert order_issues(blank, _d(specify=["address"], receive_sms=True)) == {}
    no_sms = _d(receive_sms=False)
    sms = order_issues(OrderForm(direction_id=1, documents_group_id=0, receive_sms=True), no_sms)
    assert [(i.field, i.code) for i in sms.values()] == [("receive_sms", "sms_unsupported")]
    assert sms["receive_sms"].message() == "Numbers of this direction cannot receive SMS"
    for choice in (False, None):
        form = OrderForm(direction_id=1, documents_group_id=0, receive_sms=choice)
        assert order_issues(form, no_sms) == {}
        assert order_issues(form, _d(receive_sms=None)) == {}


def test_caller_name_limit_is_thirty_latin_characters() -> None:
    assert caller_name_issue("") is None
    assert caller_name_issue("A" * 30) is None
    assert caller_name_issue("Shop 24 aZ") is None
    long = caller_name_issue("A" * 31)
    assert long is not None and (long.field, long.code) == ("caller_name", "too_long")
    assert long.message() == "At most 30 characters"
    # Too long is said first, even when the letters are wrong too.
    assert caller_name_issue("ł" * 31).code == "too_long"  # type: ignore[union-attr]
    for text in ("Kłos", "shop-24", "a_b", "x\n"):
        found = caller_name_issue(text)
        assert found is not None and (found.field, found.code) == ("caller_name", "latin_only")
        assert found.message() == "Latin letters, digits and spaces only"


def test_expiring_soon_is_within_fourteen_days() -> None:
    from datetime import datetime

    from zaddesk.api.resources.numbers import DirectNumber
    from zaddesk.core.orders import expiring_soon

    now = datetime(2026, 1, 1, 12, 0, 0)
    def n(stop: str | None) -> DirectNumber:
        return DirectNumber(number="4822", stop_date=stop)
    assert not expiring_soon(n(None), now)
    assert not expiring_soon(n(""), now)
    assert not expiring_soon(n("next year"), now)
    assert not expiring_soon(n("2026-01-15 12:00:00"), now)  # exactly 14 days
    assert expiring_soon(n("2026-01-15 11:59:59"), now)
    assert expiring_soon(n("2025-12-01 00:00:00"), now)  # already expired
    assert expiring_soon(n("2026-01-04 12:00:00"), now, days=3) is False
    assert expiring_soon(n("2026-01-04 11:59:59"), now, days=3)


def test_holdings_survive_the_journal_and_a_missing_balance() -> None:
    from zaddesk.api.resources.numbers import DirectNumber
    from zaddesk.core.orders import holdings_of

    assert Holdings.from_json(None) == Holdings({}, None)
    assert Holdings.from_json([1, 2]) == Holdings({}, None)
    assert Holdings.from_json({"numbers": None, "balance": None}) == Holdings({}, None)
    bare = Holdings({"4822": ""}, None)
    assert bare.to_json() == {"numbers": {"4822": ""}, "balance": None}
    assert Holdings.from_json(bare.to_json()) == bare
    kept = Holdings.from_json({"numbers": {4822: 1}, "balance": {"amount": "1.50",
                                                                 "currency": "pln"}})
    assert kept == Holdings({"4822": "1"}, Money(Decimal("1.50"), "PLN"))
    numbers = [DirectNumber(number="4822", stop_date="2027-01-01 00:00:00"),
               DirectNumber(number="4812", stop_date=None)]
    assert holdings_of(numbers, "12.5", "PLN") == Holdings(
        {"4822": "2027-01-01 00:00:00", "4812": ""}, Money(Decimal("12.5"), "PLN"))
    assert holdings_of(numbers, None, "PLN").balance is None
    assert holdings_of(numbers, "12.5", "").balance is None
    assert holdings_of([], 0, "USD").balance == Money(Decimal(0), "USD")


def test_judge_order_says_which_number_and_what_it_cost() -> None:
    before = Holdings({"48221": "x"}, Money(Decimal(100), "PLN"))
    bought = Holdings({"48221": "x", "48222": "y"}, Money(Decimal("84.5"), "PLN"))
    found = judge_order(before, bought, {"number": "48222", "prefix": "4822"})
    assert found.verdict is Verdict.APPLIED
    assert found.explanation == "48222 is now among the client's numbers"
    assert (found.new_numbers, found.charged) == (("48222",), Decimal("15.5"))
    assert (found.before, found.now) == (before, bought)
    # Any number of the direction, when none was chosen; two at once are both named.
    two = Holdings({"48221": "x", "48223": "", "48222": "", "48121": ""},
                   Money(Decimal(70), "PLN"))
    found = judge_order(before, two, {"number": "", "prefix": "4822"})
    assert found.verdict is Verdict.APPLIED and found.new_numbers == ("48222", "48223")
    assert found.explanation == "48222, 48223 is now among the client's numbers"
    found = judge_order(before, two, {"number": None, "prefix": "4833"})
    assert found.verdict is Verdict.UNCLEAR and found.new_numbers == ("48121", "48222", "48223")
    assert found.explanation == (
        "The numbers or the balance changed, but not as this order would")
    assert found.charged == Decimal(30) and (found.before, found.now) == (before, two)
    # Nothing to go by (no number, no prefix): any new number is the order's.
    anything = judge_order(before, two, {})
    assert anything.verdict is Verdict.APPLIED
    assert anything.new_numbers == ("48121", "48222", "48223")
    # Another number than the one asked for: not this order.
    other = judge_order(before, bought, {"number": "48229", "prefix": "4822"})
    assert other.verdict is Verdict.UNCLEAR and other.new_numbers == ("48222",)


def test_judge_order_without_a_new_number_looks_at_the_balance() -> None:
    before = Holdings({"48221": "x"}, Money(Decimal(100), "PLN"))
    same = judge_order(before, before, {"number": "48222"})
    assert (same.verdict, same.new_numbers, same.charged) == (Verdict.NOT_APPLIED, (),
                                                              Decimal(0))
    assert same.explanation == "No new number and the balance has not changed"
    assert (same.before, same.now) == (before, before)
    richer = judge_order(before, Holdings(before.numbers, Money(Decimal(101), "PLN")), {})
    assert richer.verdict is Verdict.UNCLEAR and richer.charged == Decimal(-1)
    # A balance that cannot be compared leaves the numbers to say it.
    for now_balance in (None, Money(Decimal(20), "USD")):
        found = judge_order(before, Holdings(before.numbers, now_balance), {"number": "48222"})
        assert found.verdict is Verdict.NOT_APPLIED and found.charged is None
    unread = Holdings(before.numbers, None)
    assert judge_order(unread, before, {}).verdict is Verdict.NOT_APPLIED
    # A number that went away is not a new one.
    gone = Holdings({}, Money(Decimal(100), "PLN"))
    assert judge_order(before, gone, {}).verdict is Verdict.NOT_APPLIED


def test_judge_prolong_wants_the_months_paid_within_a_day() -> None:
    money = Money(Decimal(100), "PLN")

    def at(day: str, amount: str = "100", currency: str = "PLN") -> Holdings:
        return Holdings({"4822": f"{day} 10:00:00", "4812": "2026-01-01 10:00:00"},
                        Money(Decimal(amount), currency))

    before = Holdings({"4822": "2026-01-01 10:00:00"}, money)
    for months, days, verdict in [
        (1, 27, Verdict.UNCLEAR), (1, 28, Verdict.APPLIED), (1, 32, Verdict.APPLIED),
        (1, 33, Verdict.UNCLEAR), (3, 83, Verdict.UNCLEAR), (3, 84, Verdict.APPLIED),
        (3, 94, Verdict.APPLIED), (3, 95, Verdict.UNCLEAR),
    ]:
        from datetime import datetime, timedelta

        day = (datetime(2026, 1, 1) + timedelta(days=days)).strftime("%Y-%m-%d")
        found = judge_prolong(before, at(day, "90"), "4822", months)
        assert found.verdict is verdict, (months, days)
        assert (found.stop_before, found.stop_now) == ("2026-01-01 10:00:00",
                                                       f"{day} 10:00:00")
        assert found.charged == Decimal(10)
        if verdict is Verdict.APPLIED:
            assert found.explanation == f"Expiry moved from 2026-01-01 10:00:00 to {day} 10:00:00"
        else:
            assert found.explanation == f"Expiry moved by {days} days"
    same = judge_prolong(before, at("2026-01-01"), "4822", 1)
    assert (same.verdict, same.explanation, same.charged) == (
        Verdict.NOT_APPLIED, "Expiry and balance unchanged", Decimal(0))
    assert (same.stop_before, same.stop_now) == ("2026-01-01 10:00:00", "2026-01-01 10:00:00")
    paid = judge_prolong(before, at("2026-01-01", "90"), "4822", 1)
    assert (paid.verdict, paid.explanation) == (Verdict.UNCLEAR, "Expiry moved by 0 days")
    other = judge_prolong(before, at("2026-01-01", "90", "USD"), "4822", 1)
    assert other.verdict is Verdict.NOT_APPLIED and other.charged is None
    back = judge_prolong(before, at("2025-12-01"), "4822", 1)
    assert back.verdict is Verdict.UNCLEAR
    lost = judge_prolong(before, Holdings({}, money), "4822", 1)
    assert (lost.verdict, lost.explanation) == (Verdict.UNCLEAR,
                                                "The expiry date cannot be read")
    assert (lost.stop_before, lost.stop_now, lost.charged) == ("2026-01-01 10:00:00", "",
                                                               Decimal(0))
    unknown = judge_prolong(before, at("2026-02-01"), "4899", 1)
    assert unknown.verdict is Verdict.UNCLEAR and unknown.stop_before == ""


def test_checklist_items_each_with_their_fix() -> None:
    from zaddesk.api.resources.documents import DocumentFile, GroupValidity
    from zaddesk.core.orders import CheckItem, GroupCheck, check_group

    bad = GroupValidity(is_information_match=False, is_documents_uploaded=False,
                        is_documents_verified=False, is_address_match=False)
    good = GroupValidity(is_information_match=True, is_documents_uploaded=True,
                         is_documents_verified=True, is_address_match=True)
    assert check_group(_d(upload=["passport"]), None).items == ()
    assert check_group(_d(), bad).items == ()  # no restrictions at all
    assert check_group(_d(upload=[], specify=[]), bad).items == ()
    address = check_group(_d(specify=["address", "purpose"]), bad)
    assert address.items == (CheckItem("information", False, "edit_group"),
                             CheckItem("address", False, "edit_group"))
    assert not address.ok and address.blocking == list(address.items)
    assert check_group(_d(specify=["address"]), good).ok
    # Without a files list the answer's "uploaded" stands for every document.
    docs = check_group(_d(upload=["passport", "phone_bill"]), bad)
    assert docs.items == (
        CheckItem("information", False, "edit_group"),
        CheckItem("document", False, "upload", "passport"),
        CheckItem("document", False, "upload", "phone_bill"),
        CheckItem("verified", False, "wait", blocking=False),
    )
    assert [i.key for i in docs.blocking] == ["information", "document", "document"]
    fine = check_group(_d(upload=["passport"]), good)
    assert fine.ok and fine.items[-1] == CheckItem("verified", True, "wait", blocking=False)
    # With a files list each document is looked for in it.
    files = [DocumentFile(type="passport", is_verified=True, source="api", name="p.pdf")]
    listed = check_group(_d(upload=["passport", "certificate"]), good, files)
    assert [(i.document, i.ok) for i in listed.items if i.key == "document"] == [
        ("passport", True), ("certificate", False)]
    waiting = GroupCheck((CheckItem("verified", False, "wait", blocking=False),))
    assert waiting.ok and waiting.blocking == []
    assert CheckItem("address", False) == CheckItem("address", False, "", "", True)


@pytest.mark.asyncio
async def test_dealer_order_of_any_number_journaled_and_read_back(
    api: Zadarma, desk: NumberDesk, emulator: EmulatorServer
) -> None:
    from zaddesk.core.orders import ORDER_PATH

    us = await api.numbers.country("US")
    new_york = us[0]
    assert new_york.restrictions is None
    assert (await desk.check(new_york, 999, None)).items == ()  # nothing to check
    licence = next(d for d in us if d.restrictions and d.restrictions.upload == [
        "driver_id_us_ca"] and not d.restrictions.specify)
    [group] = await api.documents.list_groups()
    assert group.id is not None
    check = await desk.check(licence, group.id, None)
    assert [(i.key, i.ok, i.document, i.blocking) for i in check.items] == [
        ("information", False, "", True), ("document", False, "driver_id_us_ca", True),
        ("verified", False, "", False)]
    assert repr(desk) == "NumberDesk(SendOnce(profile='demo'))"
    before = await desk.holdings(None)
    form = OrderForm(direction_id=int(new_york.id), documents_group_id=0)
    emulator.set_faults(malformed_json=1, path=ORDER_PATH)
    with pytest.raises(Unknown) as lost:
        await desk.order(form, new_york, None)
    step = lost.value.step
    assert (step.action, step.path, step.scope) == ("order_number", ORDER_PATH,
                                                    "numbers:dealer")
    assert step.params == {"direction_id": int(new_york.id), "documents_group_id": 0,
                           "period": "month"}
    assert step.description == f"Order a number in {new_york.name} for the dealer account"
    assert step.context["number"] == "" and step.context["prefix"] == "1212"
    assert step.context["total"] == order_total(new_york).to_json()
    assert step.before == before.to_json()
    assert [s.id for s in desk.unsettled(None)] == [step.id]
    found = await desk.check_lost(step.id)
    assert found.verdict is Verdict.APPLIED and not found.settled
    [number] = found.finding.new_numbers  # type: ignore[union-attr]
    assert number.startswith("1212")
    assert found.finding.charged == order_total(new_york).amount
    assert found.step.verdict == "applied"
    assert desk.decide(step.id, applied=True).resolution == "applied"
    assert desk.unsettled(None) == []


@pytest.mark.asyncio
async def test_order_and_prolong_journal_what_was_sent_for_whom(
    api: Zadarma, desk: NumberDesk
) -> None:
    from zaddesk.core.orders import ORDER_PATH, PROLONG_PATH

    warsaw = await direction(api, WARSAW, STAR)
    gid = await full_group(api, STAR)
    free = await api.numbers.available(WARSAW)
    form = OrderForm(direction_id=WARSAW, documents_group_id=gid, number_id=free[0].id,
                     number=free[0].number, period="3month", receive_sms=True)
    before = await desk.holdings(STAR)
    sent = await desk.order(form, warsaw, STAR, whom="Piekarnia")
    step = sent.step
    assert (step.action, step.path, step.scope) == ("order_number", ORDER_PATH,
                                                    f"numbers:{STAR}")
    assert step.params == {**form.params(), "user_id": STAR}
    assert step.description == f"Order {free[0].number} for Piekarnia"
    assert step.context["number"] == free[0].number
    assert step.context["prefix"] == "4822"
    assert step.context["total"] == order_total(warsaw, "3month").to_json()
    assert step.before == before.to_json()
    after = await desk.holdings(STAR)
    assert before.balance is not None and after.balance is not None
    assert before.balance.amount - after.balance.amount == order_total(warsaw, "3month").amount
    number = free[0].number
    prolonged = await desk.prolong(number, 2, STAR, whom="Piekarnia")
    step = prolonged.step
    assert (step.action, step.path, step.scope) == ("prolong_number", PROLONG_PATH,
                                                    f"numbers:{STAR}")
    assert step.params == {"number": number, "months": 2, "user_id": STAR}
    assert step.description == f"Prepay {number} for 2 month(s) for Piekarnia"
    assert step.before == after.to_json()


@pytest.mark.asyncio
async def test_the_options_chosen_reach_the_server(
    api: Zadarma, desk: NumberDesk, emulator: EmulatorServer
) -> None:
    """A direction that asks the purpose gets it, and a number asked with SMS receives SMS."""
    asks = next(d for d in await api.numbers.country("US")
                if d.restrictions and d.restrictions.specify == ["purpose"]
                and not d.restrictions.upload and d.receive_sms)
    free = await api.numbers.available(int(asks.id))
    form = OrderForm(direction_id=int(asks.id), documents_group_id=0, number_id=free[0].id,
                     number=free[0].number, receive_sms=True, purpose="Shop line",
                     autorenew_period="year", period="3month")
    assert order_issues(form, asks) == {}
    sent = await desk.order(form, asks, None)
    assert sent.value.number == free[0].number
    with emulator.store.tx() as db:
        row = db.execute("SELECT receive_sms FROM numbers WHERE number = ?",
                         (free[0].number,)).fetchone()
    assert row["receive_sms"] == "on"
    holdings = await desk.holdings(None)
    assert free[0].number in holdings.numbers
