"""Buying and prepaying numbers: the total, the document check, and judging a lost answer.

Why: an order costs the client money and a number that someone else may take meanwhile, so
the console shows the total beside the balance, checks the document group against the
direction *before* sending (a checklist, each failing item with its fix), and sends the order
once through :mod:`zaddesk.core.sendonce`. A lost answer is settled by reading the client's
numbers and balance and comparing them with those read just before sending; prolongs the
same way with the number's expiry date.

Public interface::

    order_total(direction, "3month") -> Money
    check_group(direction, validity, files) -> GroupCheck    # GroupCheck.blocking
    order_issues(form, direction, ...) -> dict[field, Issue]
    judge_order(before, now, form) -> OrderFinding           # verdict + new numbers
    judge_prolong(before, now, months) -> ProlongFinding
    caller_name_issue(text) -> Issue | None
    NumberDesk(api, once): read_holdings, check, order, settle_order, prolong, settle_prolong
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from zaddesk.api.resources.documents import DocumentFile, GroupValidity
from zaddesk.api.resources.numbers import Direction, DirectNumber, OrderResult, Prolongation
from zaddesk.core.journal import StepRecord
from zaddesk.core.money import Money, to_decimal
from zaddesk.core.sendonce import Intent, Scope, SendOnce, Sent, Settlement, Verdict
from zaddesk.core.validation import Issue

if TYPE_CHECKING:
    from zaddesk.api.client import Zadarma

__all__ = [
    "ORDER_PATH",
    "PROLONG_PATH",
    "CheckItem",
    "GroupCheck",
    "Holdings",
    "NumberDesk",
    "OrderFinding",
    "OrderForm",
    "ProlongFinding",
    "caller_name_issue",
    "check_group",
    "expiring_soon",
    "judge_order",
    "judge_prolong",
    "order_issues",
    "order_total",
]

Period = Literal["month", "3month"]
PERIOD_MONTHS: dict[str, int] = {"month": 1, "3month": 3}
STAMP = "%Y-%m-%d %H:%M:%S"
ORDER_PATH = "/v1/direct_numbers/order/"
PROLONG_PATH = "/v1/direct_numbers/prolong/"
EXPIRING_DAYS = 14
_CALLER_NAME = re.compile(r"[A-Za-z0-9 ]*")


def order_total(direction: Direction, period: str = "month") -> Money:
    """Connection fee plus the first period, in the direction's (the account's) currency."""
    months = PERIOD_MONTHS.get(period, 1)
    return Money(direction.connect_fee + direction.monthly_fee * months, direction.currency)


@dataclass(frozen=True, slots=True)
class OrderForm:
    """What the rep chose; field names are the API's parameter names."""

    direction_id: int
    documents_group_id: int
    number_id: str | None = None  # None: any free number of the direction
    number: str = ""  # the number shown for number_id, for the judge and the journal
    period: Period = "month"
    autorenew_period: Literal["month", "year"] | None = None
    receive_sms: bool | None = None
    purpose: str | None = None

    def params(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "direction_id": self.direction_id,
            "documents_group_id": self.documents_group_id,
            "period": self.period,
        }
        for name in ("number_id", "autorenew_period", "purpose"):
            value = getattr(self, name)
            if value:
                out[name] = value
        if self.receive_sms is not None:
            out["receive_sms"] = int(self.receive_sms)
        return out


@dataclass(frozen=True, slots=True)
class CheckItem:
    """One line of the document checklist. ``fix``: what the rep does about a failure."""

    key: str  # information | address | document | verified
    ok: bool
    fix: str = ""  # edit_group | upload | wait | ""
    document: str = ""  # for key == "document": the document type
    blocking: bool = True


@dataclass(frozen=True, slots=True)
class GroupCheck:
    items: tuple[CheckItem, ...]

    @property
    def blocking(self) -> list[CheckItem]:
        return [i for i in self.items if not i.ok and i.blocking]

    @property
    def ok(self) -> bool:
        return not self.blocking


def needs(direction: Direction) -> tuple[list[str], list[str]]:
    r = direction.restrictions
    return (list(r.upload), list(r.specify)) if r is not None else ([], [])


def check_group(
    direction: Direction, validity: GroupValidity | None, files: Sequence[DocumentFile] = ()
) -> GroupCheck:
    """The checklist for ordering ``direction`` with a group; ``validity`` None: no needs."""
    upload, specify = needs(direction)
    if validity is None or (not upload and not [s for s in specify if s != "purpose"]):
        return GroupCheck(())
    items = [CheckItem("information", validity.is_information_match, "edit_group")]
    if "address" in specify:
        items.append(CheckItem("address", validity.is_address_match, "edit_group"))
    have = {f.type for f in files}
    if "company_letter" in have:
        have.add("certificate")  # the files list names a certificate company_letter
    for document in upload:
        present = document in have if files else validity.is_documents_uploaded
        items.append(CheckItem("document", present, "upload", document))
    if upload:
        items.append(
            CheckItem("verified", validity.is_documents_verified, "wait", blocking=False)
        )
    return GroupCheck(tuple(items))


def order_issues(
    form: OrderForm, direction: Direction, *, balance: Money | None = None
) -> dict[str, Issue]:
    """What is wrong before anything is sent, keyed by the field it concerns."""
    issues: dict[str, Issue] = {}
    _, specify = needs(direction)
    if "purpose" in specify and not (form.purpose or "").strip():
        issues["purpose"] = Issue(
            "purpose", "purpose_required", "Say what the number will be used for"
        )
    if form.receive_sms and not direction.receive_sms:
        issues["receive_sms"] = Issue(
            "receive_sms", "sms_unsupported", "Numbers of this direction cannot receive SMS"
        )
    if balance is not None:
        total = order_total(direction, form.period)
        if balance.currency == total.currency and balance.amount < total.amount:
            issues["period"] = Issue(
                "period",
                "not_enough_money",
                "The total {total} is more than the balance {balance}",
                {"total": str(total), "balance": str(balance)},
            )
    return issues


def caller_name_issue(text: str) -> Issue | None:
    """Caller name as the API takes it: Latin letters, digits and spaces, at most 30."""
    if len(text) > 30:
        return Issue("caller_name", "too_long", "At most 30 characters")
    if not _CALLER_NAME.fullmatch(text):
        return Issue("caller_name", "latin_only", "Latin letters, digits and spaces only")
    return None


def expiring_soon(number: DirectNumber, now: datetime, days: int = EXPIRING_DAYS) -> bool:
    if not number.stop_date:
        return False
    try:
        stop = datetime.strptime(number.stop_date, STAMP)
    except ValueError:
        return False
    return (stop - now).total_seconds() < days * 86_400


# -- reading the server before and after --------------------------------------------------


@dataclass(frozen=True, slots=True)
class Holdings:
    """The client's numbers (number -> expiry) and balance, as read at one moment."""

    numbers: Mapping[str, str]
    balance: Money | None

    def to_json(self) -> dict[str, Any]:
        return {
            "numbers": dict(self.numbers),
            "balance": self.balance.to_json() if self.balance else None,
        }

    @classmethod
    def from_json(cls, data: Any) -> Holdings:
        if not isinstance(data, Mapping):
            return cls({}, None)
        money = data.get("balance")
        balance = (
            Money.of(money["amount"], money["currency"]) if isinstance(money, Mapping) else None
        )
        numbers = data.get("numbers") or {}
        return cls({str(k): str(v) for k, v in numbers.items()}, balance)


@dataclass(frozen=True, slots=True)
class OrderFinding:
    """What reading the client's numbers says about an order whose answer was lost."""

    verdict: Verdict
    explanation: str
    new_numbers: tuple[str, ...] = ()
    charged: Decimal | None = None
    before: Holdings | None = None
    now: Holdings | None = None


@dataclass(frozen=True, slots=True)
class ProlongFinding:
    verdict: Verdict
    explanation: str
    stop_before: str = ""
    stop_now: str = ""
    charged: Decimal | None = None


def _charged(before: Holdings, now: Holdings) -> Decimal | None:
    if before.balance is None or now.balance is None:
        return None
    if before.balance.currency != now.balance.currency:
        return None
    return before.balance.amount - now.balance.amount


def judge_order(before: Holdings, now: Holdings, form: Mapping[str, Any]) -> OrderFinding:
    """A new number (the one asked for, or any if none was) means the order went through."""
    wanted = str(form.get("number") or "")
    prefix = str(form.get("prefix") or "")
    new = tuple(sorted(n for n in now.numbers if n not in before.numbers))
    charged = _charged(before, now)
    ours = [n for n in new if (n == wanted if wanted else n.startswith(prefix))]
    if ours:
        return OrderFinding(
            Verdict.APPLIED, f"{', '.join(ours)} is now among the client's numbers",
            tuple(ours), charged, before, now,
        )
    if not new and (charged is None or charged == 0):
        return OrderFinding(
            Verdict.NOT_APPLIED, "No new number and the balance has not changed",
            (), charged, before, now,
        )
    return OrderFinding(
        Verdict.UNCLEAR, "The numbers or the balance changed, but not as this order would",
        new, charged, before, now,
    )


def judge_prolong(before: Holdings, now: Holdings, number: str, months: int) -> ProlongFinding:
    """The expiry moved by about the months paid: the prolong went through."""
    old = before.numbers.get(number, "")
    new = now.numbers.get(number, "")
    charged = _charged(before, now)
    try:
        moved = (datetime.strptime(new, STAMP) - datetime.strptime(old, STAMP)).days
    except ValueError:
        return ProlongFinding(Verdict.UNCLEAR, "The expiry date cannot be read", old, new, charged)
    if moved >= 28 * months and moved <= 31 * months + 1:
        return ProlongFinding(Verdict.APPLIED, f"Expiry moved from {old} to {new}", old, new,
                              charged)
    if moved == 0 and (charged is None or charged == 0):
        return ProlongFinding(Verdict.NOT_APPLIED, "Expiry and balance unchanged", old, new,
                              charged)
    return ProlongFinding(Verdict.UNCLEAR, f"Expiry moved by {moved} days", old, new, charged)


def holdings_of(numbers: Sequence[DirectNumber], balance: Any, currency: str) -> Holdings:
    money = Money.of(to_decimal(balance), currency) if balance is not None and currency else None
    return Holdings({n.number: n.stop_date or "" for n in numbers}, money)




def _account(client_id: int | None) -> str:
    """Whose account, when the caller has no name for it (never "the dealer" for a client)."""
    return "the dealer account" if client_id is None else f"client {client_id}"


def numbers_scope(client_id: int | None) -> Scope:
    """Orders and prolongs of one account: one unsettled blocks the next."""
    return Scope("numbers", client_id)


def _order_judge(step: StepRecord, now: Holdings) -> OrderFinding:
    return judge_order(Holdings.from_json(step.before), now, step.context)


def _prolong_judge(step: StepRecord, now: Holdings) -> ProlongFinding:
    number = str(step.params.get("number", ""))
    months = int(step.params.get("months", 1))
    return judge_prolong(Holdings.from_json(step.before), now, number, months)


class NumberDesk:
    """Orders and prolongs for one account at a time, each sent once (:mod:`sendonce`)."""

    def __init__(self, api: Zadarma, once: SendOnce) -> None:
        self.api = api
        self.once = once

    def __repr__(self) -> str:
        return f"NumberDesk({self.once!r})"

    async def holdings(self, client_id: int | None) -> Holdings:
        """The account's numbers with their expiry, and its balance (read-only)."""
        numbers = await self.api.numbers.list_numbers(user_id=client_id)
        balance = await self.api.info.balance(user_id=client_id)
        return holdings_of(numbers, balance.balance, balance.currency)

    async def check(
        self, direction: Direction, documents_group_id: int, client_id: int | None
    ) -> GroupCheck:
        """The document checklist for ordering in ``direction`` with that group."""
        upload, specify = needs(direction)
        if not upload and not [s for s in specify if s != "purpose"]:
            return GroupCheck(())
        validity = await self.api.documents.validate_group(
            documents_group_id, int(direction.id), user_id=client_id
        )
        files = (
            await self.api.documents.files(documents_group_id, user_id=client_id)
            if upload
            else []
        )
        return check_group(direction, validity, files)

    def unsettled(self, client_id: int | None) -> list[StepRecord]:
        return self.once.unsettled(numbers_scope(client_id))

    async def order(
        self, form: OrderForm, direction: Direction, client_id: int | None, *, whom: str = ""
    ) -> Sent[OrderResult]:
        """Journal, send once. ``Blocked``, ``Unknown`` or the ``ApiError`` as it came."""
        before = await self.holdings(client_id)
        params = form.params()
        if client_id is not None:
            params["user_id"] = client_id
        what = form.number or f"a number in {direction.name}"
        intent = Intent(
            "order_number",
            numbers_scope(client_id),
            params,
            f"Order {what} for {whom or _account(client_id)}",
            path=ORDER_PATH,
            before=before,
            context={
                "number": form.number,
                "prefix": direction.country_code + direction.area_code,
                "total": order_total(direction, form.period).to_json(),
            },
        )
        return await self.once.send(
            intent,
            lambda: self.api.numbers.order(
                form.direction_id,
                form.documents_group_id,
                number_id=form.number_id,
                purpose=form.purpose or None,
                receive_sms=form.receive_sms,
                period=form.period,
                autorenew_period=form.autorenew_period,
                user_id=client_id,
            ),
        )

    async def prolong(
        self, number: str, months: int, client_id: int | None, *, whom: str = ""
    ) -> Sent[Prolongation]:
        before = await self.holdings(client_id)
        params: dict[str, Any] = {"number": number, "months": months}
        if client_id is not None:
            params["user_id"] = client_id
        intent = Intent(
            "prolong_number",
            numbers_scope(client_id),
            params,
            f"Prepay {number} for {months} month(s) for {whom or _account(client_id)}",
            path=PROLONG_PATH,
            before=before,
        )
        return await self.once.send(
            intent, lambda: self.api.numbers.prolong(number, months, user_id=client_id)
        )

    async def check_lost(
        self, step_id: int
    ) -> Settlement[OrderFinding] | Settlement[ProlongFinding]:
        """Read the account and judge a lost order or prolong; the rep then decides."""
        step = self.once.journal.step(step_id)
        raw = step.params.get("user_id")
        client_id = int(raw) if raw is not None else None

        async def read() -> Holdings:
            return await self.holdings(client_id)

        if step.action == "prolong_number":
            return await self.once.check(step_id, read, _prolong_judge)
        return await self.once.check(step_id, read, _order_judge)

    def decide(self, step_id: int, *, applied: bool, note: str = "") -> StepRecord:
        return self.once.decide(step_id, applied=applied, note=note)
