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
    with pytest.raises(Blocked):
        await desk.order(form, warsaw, STAR)
    found = await desk.check_lost(step_id)
    assert found.verdict is Verdict.APPLIED and not found.settled
    assert found.finding.new_numbers == (free[1].number,)  # type: ignore[union-attr]
    desk.decide(step_id, applied=True)
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
    emulator.set_faults(drop_after_apply=1, path="/v1/direct_numbers/prolong/")
    with pytest.raises(Unknown) as lost:
        await desk.prolong(number, 1, STAR)
    found = await desk.check_lost(lost.value.step.id)
    assert found.verdict is Verdict.APPLIED
    desk.decide(lost.value.step.id, applied=True)
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
