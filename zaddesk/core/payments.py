"""Money moves from a client's detail: top-up and money back to the dealer, never doubled.

Why a module of its own: outside the onboarding wizard a rep still tops clients up and takes
money back (``money_transfer`` with ``type=to_reseller``), and the rules are the same: the
intent is journaled before sending and the outcome after; a lost answer is "unknown outcome",
which blocks the next move for that client until the rep has looked at the balances
(:meth:`MoneyDesk.reconcile`) and decided (:meth:`MoneyDesk.resolve`). Nothing is ever re-sent
on its own, and a second call while one is in flight shares the first one's request.

Each client gets a ledger session in the journal (``Journal.ledger``), so a move whose
answer was lost survives a crash and is found again on the next start.

Public interface::

    desk = MoneyDesk(api, journal, profile="demo")
    await desk.balances(client_id) -> Balances
    await desk.topup(client_id, amount, currency) -> Move
    await desk.take_back(client_id, amount, currency) -> Move
    desk.undecided(client_id) -> list[StepRecord]
    await desk.reconcile(step_id) -> Reconciliation
    desk.resolve(step_id, applied=...) -> StepRecord
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from zaddesk.api.client import Zadarma
from zaddesk.api.errors import ApiError, NetworkError, UnknownOutcome
from zaddesk.core.journal import Journal, Outcome, StepRecord, UndecidedStep
from zaddesk.core.money import Balances, Money, Reconciliation, reconcile
from zaddesk.core.validation import Issue, check_money

__all__ = ["MoneyDesk", "Move", "MoveBlocked", "MoveFailed", "MoveKind", "MoveUnknown"]

log = logging.getLogger("zaddesk.core.payments")

TOPUP_PATH = "/v1/reseller/users/topup/"
TRANSFER_PATH = "/v1/reseller/account/money_transfer/"


class MoveKind(StrEnum):
    TOPUP = "topup"
    TAKE_BACK = "take_back"


_MONEY_ACTIONS = frozenset({"topup", "take_back", "money_transfer"})


class MoveFailed(Exception):
    """Refused locally or by the server; ``issues`` are keyed by the form field."""

    def __init__(self, issues: dict[str, Issue], message: str = "") -> None:
        super().__init__(message or "; ".join(i.message() for i in issues.values()))
        self.issues = issues


class MoveBlocked(Exception):
    """An earlier move for this client has an unknown outcome: decide that one first."""

    def __init__(self, step: StepRecord) -> None:
        super().__init__(f"money move #{step.id} for this client has an unknown outcome")
        self.step = step


class MoveUnknown(Exception):
    """The answer was lost: the money may have moved. Reconcile; nothing is re-sent."""

    def __init__(self, step: StepRecord) -> None:
        super().__init__(f"money move #{step.id}: the answer was lost, the outcome is unknown")
        self.step = step


@dataclass(frozen=True, slots=True)
class Move:
    step_id: int
    kind: MoveKind
    requested: Money
    debited: Money
    credited: Money
    before: Balances
    after: Balances | None


class MoneyDesk:
    def __init__(self, api: Zadarma, journal: Journal, *, profile: str = "") -> None:
        self.api = api
        self.journal = journal
        self.profile = profile
        self._inflight: dict[tuple[int, MoveKind], asyncio.Future[Move]] = {}

    def __repr__(self) -> str:
        return f"MoneyDesk(profile={self.profile!r})"

    async def balances(self, client_id: int) -> Balances:
        """The dealer's and the client's balances now (read-only)."""
        account = await self.api.reseller.account_info()
        user = await self.api.reseller.find_user(id=client_id)
        client = (
            Money.of(user.balance, user.currency)
            if user.balance is not None and user.currency
            else None
        )
        return Balances(Money.of(account.balance, account.currency), client)

    def undecided(self, client_id: int) -> list[StepRecord]:
        """Moves for this client whose outcome nobody knows yet (wizard top-ups included)."""
        return self.journal.undecided_money(client_id, profile=self.profile)

    async def topup(self, client_id: int, amount: str | Decimal, currency: str) -> Move:
        """Dealer → client. Call after the rep's explicit confirmation."""
        return await self._once(client_id, MoveKind.TOPUP, amount, currency)

    async def take_back(self, client_id: int, amount: str | Decimal, currency: str) -> Move:
        """Client → dealer (``money_transfer`` ``to_reseller``). Call after confirmation."""
        return await self._once(client_id, MoveKind.TAKE_BACK, amount, currency)

    async def _once(
        self, client_id: int, kind: MoveKind, amount: str | Decimal, currency: str
    ) -> Move:
        key = (client_id, kind)
        running = self._inflight.get(key)
        if running is None:
            running = asyncio.ensure_future(self._move(client_id, kind, amount, currency))
            self._inflight[key] = running

            def _done(fut: asyncio.Future[Move]) -> None:
                if self._inflight.get(key) is fut:
                    del self._inflight[key]
                if not fut.cancelled():
                    fut.exception()

            running.add_done_callback(_done)
        # Shielded: closing the page must not cut a request whose outcome must be journaled.
        return await asyncio.shield(running)

    async def _move(
        self, client_id: int, kind: MoveKind, amount: str | Decimal, currency: str
    ) -> Move:
        value = check_money(amount, currency)
        if isinstance(value, dict):
            raise MoveFailed(value)
        ledger = self.journal.ledger(client_id, profile=self.profile)
        blocked = self.undecided(client_id)
        if blocked:
            raise MoveBlocked(blocked[0])
        requested = Money(value, currency)
        before = await self.balances(client_id)
        if kind is MoveKind.TOPUP:
            path, params = TOPUP_PATH, {"user_id": client_id, "amount": str(value),
                                        "currency": currency}
        else:
            path, params = TRANSFER_PATH, {"user_id": client_id, "amount": str(value),
                                           "currency": currency, "type": "to_reseller"}
        try:
            intent = self.journal.record_intent(
                ledger.id, kind.value, "POST", path, params,
                context={"before": before.to_json(), "requested": requested.to_json()},
                exclusive=[k.value for k in MoveKind],
            )
        except UndecidedStep as exc:
            raise MoveBlocked(exc.step) from None
        try:
            debited, credited = await self._send(kind, client_id, value, currency)
        except UnknownOutcome as exc:
            step = self.journal.record_outcome(intent.id, Outcome.UNKNOWN, message=exc.message)
            log.warning("%s #%d: answer lost, outcome unknown", kind.value, intent.id)
            raise MoveUnknown(step) from exc
        except NetworkError as exc:
            self.journal.record_outcome(intent.id, Outcome.FAILED, message=exc.message)
            raise
        except ApiError as exc:
            self.journal.record_outcome(intent.id, Outcome.REFUSED, message=exc.message)
            field = exc.field if exc.field in {"amount", "currency"} else "amount"
            issue = Issue(field, "server", exc.message, {})
            raise MoveFailed({field: issue}, exc.message) from exc
        except asyncio.CancelledError:
            self.journal.record_outcome(intent.id, Outcome.UNKNOWN, message="cancelled")
            raise
        self.journal.record_outcome(
            intent.id,
            Outcome.APPLIED,
            result={"debited": debited.to_json(), "credited": credited.to_json()},
        )
        log.info("%s #%d applied: %s debited, %s credited", kind.value, intent.id,
                 debited, credited)
        try:
            after: Balances | None = await self.balances(client_id)
        except (ApiError, NetworkError) as exc:
            log.info("balances after %s not read: %s", kind.value, exc)
            after = None
        return Move(intent.id, kind, requested, debited, credited, before, after)

    async def _send(
        self, kind: MoveKind, client_id: int, value: Decimal, currency: str
    ) -> tuple[Money, Money]:
        if kind is MoveKind.TOPUP:
            topup = await self.api.reseller.topup(value, currency, user_id=client_id)
            return (
                Money.of(topup.reseller_withdraw.amount, topup.reseller_withdraw.currency),
                Money.of(topup.user_topup.amount, topup.user_topup.currency),
            )
        await self.api.reseller.money_transfer(value, currency, "to_reseller", user_id=client_id)
        # The transfer answers with balances after, not amounts moved: what was asked moved.
        amount = Money(value, currency)
        return amount, amount

    def _step(self, step_id: int) -> StepRecord:
        """A money move of any session that names its client (a ledger or an onboarding)."""
        step = self.journal.step(step_id)
        session = self.journal.session(step.session_id)
        if session.client_id is None or step.action not in _MONEY_ACTIONS:
            raise ValueError(f"step #{step_id} is not a money move")
        return step

    async def reconcile(self, step_id: int) -> Reconciliation:
        """Read both balances and compare them with those before the lost move. Read-only."""
        step = self._step(step_id)
        ledger = self.journal.session(step.session_id)
        assert ledger.client_id is not None
        before = Balances.from_json(step.context.get("before"))
        requested = Money.from_json(step.context.get("requested")) or Money.of(
            step.params["amount"], str(step.params["currency"])
        )
        now = await self.balances(ledger.client_id)
        return reconcile(before, now, requested, to_dealer=step.action == MoveKind.TAKE_BACK)

    def resolve(self, step_id: int, *, applied: bool, note: str = "") -> StepRecord:
        """The rep's decision on a move whose answer was lost. Sends nothing."""
        self._step(step_id)
        return self.journal.resolve(step_id, applied=applied, note=note)
