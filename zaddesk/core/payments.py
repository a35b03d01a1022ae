"""Money moves from a client's detail: top-up and money back to the dealer, never doubled.

Why a module of its own: outside the onboarding wizard a rep still tops clients up and takes
money back (``money_transfer`` with ``type=to_reseller``). Every move goes through
:mod:`zaddesk.core.sendonce` in the client's money scope (``Scope("money", client_id)``, the
same one the wizard's top-up uses): a lost answer is "unknown outcome", which blocks the next
move for that client until the rep has looked at the balances (:meth:`MoneyDesk.reconcile`)
and decided (:meth:`MoneyDesk.resolve`). Nothing is ever re-sent on its own, and a second
call while one is in flight shares the first one's request.

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

import logging
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from zaddesk.api.client import Zadarma
from zaddesk.api.errors import ApiError, NetworkError
from zaddesk.core.journal import Journal, StepRecord
from zaddesk.core.money import Balances, Money, Reconciliation, reconcile
from zaddesk.core.sendonce import Blocked, Done, Intent, Scope, SendOnce, Unknown
from zaddesk.core.validation import Issue, check_money

__all__ = [
    "MoneyDesk",
    "Move",
    "MoveBlocked",
    "MoveFailed",
    "MoveKind",
    "MoveUnknown",
    "judge_move",
    "money_scope",
]

log = logging.getLogger("zaddesk.core.payments")

TOPUP_PATH = "/v1/reseller/users/topup/"
TRANSFER_PATH = "/v1/reseller/account/money_transfer/"


class MoveKind(StrEnum):
    TOPUP = "topup"
    TAKE_BACK = "take_back"


def money_scope(client_id: int) -> Scope:
    """Every move of one client's money, from the desk or the wizard, shares this scope."""
    return Scope("money", client_id)


class MoveFailed(Exception):
    """Refused locally or by the server; ``issues`` are keyed by the form field."""

    def __init__(self, issues: dict[str, Issue], message: str = "") -> None:
        super().__init__(message or "; ".join(i.message() for i in issues.values()))
        self.issues = issues


class MoveBlocked(Blocked):
    """An earlier move for this client has an unknown outcome: decide that one first."""


class MoveUnknown(Unknown):
    """The answer was lost: the money may have moved. Reconcile; nothing is re-sent."""


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
        self.once = SendOnce(journal, profile=profile)

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
        return self.once.unsettled(money_scope(client_id))

    async def topup(self, client_id: int, amount: str | Decimal, currency: str) -> Move:
        """Dealer → client. Call after the rep's explicit confirmation."""
        return await self.once.shared(
            (client_id, MoveKind.TOPUP),
            lambda: self._move(client_id, MoveKind.TOPUP, amount, currency),
        )

    async def take_back(self, client_id: int, amount: str | Decimal, currency: str) -> Move:
        """Client → dealer (``money_transfer`` ``to_reseller``). Call after confirmation."""
        return await self.once.shared(
            (client_id, MoveKind.TAKE_BACK),
            lambda: self._move(client_id, MoveKind.TAKE_BACK, amount, currency),
        )

    async def _move(
        self, client_id: int, kind: MoveKind, amount: str | Decimal, currency: str
    ) -> Move:
        value = check_money(amount, currency)
        if isinstance(value, dict):
            raise MoveFailed(value)
        currency = currency.strip()  # as checked: " PLN " is PLN in the journal and the request
        blocked = self.undecided(client_id)
        if blocked:
            raise MoveBlocked(blocked[0])
        requested = Money(value, currency)
        before = await self.balances(client_id)
        params: dict[str, Any] = {"user_id": client_id, "amount": str(value),
                                  "currency": currency}
        if kind is MoveKind.TOPUP:
            path, what = TOPUP_PATH, f"Top up client {client_id} with {requested}"
        else:
            path, what = TRANSFER_PATH, f"Take {requested} back from client {client_id}"
            params["type"] = "to_reseller"
        intent = Intent(kind.value, money_scope(client_id), params, what, path=path,
                        before=before, context={"requested": requested.to_json()})
        try:
            sent = await self.once.send(
                intent, lambda: self._send(kind, client_id, value, currency),
                record=lambda sent: Done(result={"debited": sent.value[0].to_json(),
                                                 "credited": sent.value[1].to_json()}),
            )
        except Blocked as exc:
            raise MoveBlocked(exc.step) from None
        except Unknown as exc:
            raise MoveUnknown(exc.step, exc.reason) from exc
        except NetworkError:
            raise
        except ApiError as exc:
            field = exc.field if exc.field in {"amount", "currency"} else "amount"
            issue = Issue(field, "server", exc.message, {})
            raise MoveFailed({field: issue}, exc.message) from exc
        debited, credited = sent.value
        log.info("%s #%d applied: %s debited, %s credited", kind.value, sent.step.id,
                 debited, credited)
        try:
            after: Balances | None = await self.balances(client_id)
        except (ApiError, NetworkError) as exc:
            log.info("balances after %s not read: %s", kind.value, exc)
            after = None
        return Move(sent.step.id, kind, requested, debited, credited, before, after)

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

    def _step(self, step_id: int) -> tuple[StepRecord, int]:
        """A money move of any session (a ledger or an onboarding), and its client."""
        step = self.journal.step(step_id)
        client_id = self.journal.session(step.session_id).client_id
        if client_id is None or step.scope != money_scope(client_id).key:
            raise ValueError(f"step #{step_id} is not a money move")
        return step, client_id

    async def reconcile(self, step_id: int) -> Reconciliation:
        """Read both balances and compare them with those before the lost move. Read-only:
        the verdict is advice; the rep decides with :meth:`resolve`."""
        _, client_id = self._step(step_id)
        found = await self.once.check(
            step_id, lambda: self.balances(client_id), judge_move
        )
        return found.finding

    def resolve(self, step_id: int, *, applied: bool, note: str = "") -> StepRecord:
        """The rep's decision on a move whose answer was lost. Sends nothing."""
        self._step(step_id)
        return self.once.decide(step_id, applied=applied, note=note)


def judge_move(step: StepRecord, now: Balances) -> Reconciliation:
    """Compare the balances read now with those before a money move (top-up or money back)."""
    requested = Money.from_json(step.context.get("requested")) or Money.of(
        step.params["amount"], str(step.params["currency"])
    )
    to_dealer = step.action == MoveKind.TAKE_BACK
    return reconcile(Balances.from_json(step.before), now, requested, to_dealer=to_dealer)
