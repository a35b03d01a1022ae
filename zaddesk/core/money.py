"""Money as exact decimals, and the arithmetic that decides a top-up whose answer was lost.

The API sends balances as strings (``"62.0000"``) or numbers (``10.34``); we keep them as
``Decimal`` so that "before + amount == after" is an exact comparison, not a float guess.

``reconcile(before, now, amount)`` compares two snapshots of the dealer's and the client's
balances (taken before the top-up was sent and after its answer was lost) with the amount
sent, and says ``applied`` / ``not_applied`` / ``unclear`` with the evidence.  It never
decides for the rep; it tells what it sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from zaddesk.core.sendonce import Verdict

__all__ = [
    "EXPLANATIONS",
    "Balances",
    "Money",
    "Reconciliation",
    "Verdict",
    "reconcile",
    "to_decimal",
]

_CENT = Decimal("0.01")
# Conversion or rounding on the server can move a converted amount by a few cents.
_TOLERANCE = Decimal("0.011")


def to_decimal(value: Any) -> Decimal:
    """A server amount (str, int, float or Decimal) as an exact ``Decimal``."""
    if isinstance(value, bool):
        raise ValueError("not an amount")
    if isinstance(value, float):
        value = repr(value)
    try:
        result = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc
    if not result.is_finite():  # NaN would make every later comparison raise
        raise ValueError(f"not an amount: {value!r}")
    return result


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    @classmethod
    def of(cls, amount: Any, currency: str) -> Money:
        return cls(to_decimal(amount), currency.upper())

    def __str__(self) -> str:
        return f"{self.amount.quantize(_CENT, rounding=ROUND_HALF_UP)} {self.currency}"

    def to_json(self) -> dict[str, str]:
        return {"amount": str(self.amount), "currency": self.currency}

    @classmethod
    def from_json(cls, data: Any) -> Money | None:
        if not isinstance(data, dict):
            return None
        return cls.of(data["amount"], str(data["currency"]))


@dataclass(frozen=True, slots=True)
class Balances:
    """The dealer's and one client's balance at one moment (either may be unknown)."""

    dealer: Money | None
    client: Money | None

    def to_json(self) -> dict[str, Any]:
        return {
            "dealer": self.dealer.to_json() if self.dealer else None,
            "client": self.client.to_json() if self.client else None,
        }

    @classmethod
    def from_json(cls, data: Any) -> Balances:
        if not isinstance(data, dict):
            return cls(None, None)
        return cls(Money.from_json(data.get("dealer")), Money.from_json(data.get("client")))


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """What the console found after a lost answer; the rep decides, seeing all of it."""

    verdict: Verdict
    amount: Money
    before: Balances
    now: Balances
    dealer_change: Decimal | None
    client_change: Decimal | None
    explanation: str


# What the rep reads under the verdict (translated by the GUI, which lists these texts).
OTHER_MOVE = (
    "A balance changed by a different amount than the transfer; something else "
    "(calls, another rep) moved money in the meantime."
)
CURRENCY_CHANGED = (
    "A balance is now kept in another currency than before the transfer; compare the "
    "balances by hand."
)
NOTHING_MOVED = "Neither balance changed: the transfer was not applied."
ONE_READ_STILL = "Only one balance could be read; it did not change."
ONE_MOVED = "One balance changed and the other did not."
MOVED = "The balances changed by the amount of the transfer: it was applied."
ONE_READ_MOVED = (
    "The balance that could be read changed by the amount of the transfer: it was most "
    "likely applied."
)
CONVERTED = "Both balances moved as a converted transfer would: it was most likely applied."
UNREADABLE = "The balances could not be read well enough to tell."
EXPLANATIONS: tuple[str, ...] = (
    OTHER_MOVE,
    CURRENCY_CHANGED,
    NOTHING_MOVED,
    ONE_READ_STILL,
    ONE_MOVED,
    MOVED,
    ONE_READ_MOVED,
    CONVERTED,
    UNREADABLE,
)


def _side(
    before: Money | None, now: Money | None, amount: Money, up: bool
) -> tuple[str, Decimal | None]:
    """How one balance moved (``up`` on the side that receives): ``moved`` (by the amount),
    ``still``, ``other``, ``unknown`` (not read), ``currency_changed`` (kept in another
    currency than before).

    When the account currency differs from the top-up currency the converted amount is not
    known, so any move in the right direction counts as ``moved_converted``.
    """
    if before is None or now is None:
        return "unknown", None
    if before.currency != now.currency:
        return "currency_changed", None
    change = now.amount - before.amount
    if change == 0:
        return "still", change
    if now.currency == amount.currency:
        expected = amount.amount if up else -amount.amount
        if abs(change - expected) <= _TOLERANCE:
            return "moved", change
        return "other", change
    if change.is_signed() != up:  # a move down is signed
        return "moved_converted", change
    return "other", change


def reconcile(
    before: Balances, now: Balances, amount: Money, *, to_dealer: bool = False
) -> Reconciliation:
    """Compare balances around a move of ``amount`` from the dealer to the client
    (a top-up), or from the client back to the dealer when ``to_dealer``."""
    dealer, d_change = _side(before.dealer, now.dealer, amount, up=to_dealer)
    client, c_change = _side(before.client, now.client, amount, up=not to_dealer)
    sides = {dealer, client}
    if "currency_changed" in sides:
        verdict, why = Verdict.UNCLEAR, CURRENCY_CHANGED
    elif "other" in sides:
        verdict, why = Verdict.UNCLEAR, OTHER_MOVE
    elif sides == {"still"}:
        verdict, why = Verdict.NOT_APPLIED, NOTHING_MOVED
    elif sides == {"still", "unknown"}:
        verdict, why = Verdict.UNCLEAR, ONE_READ_STILL
    elif "still" in sides:
        verdict, why = Verdict.UNCLEAR, ONE_MOVED
    elif sides == {"moved", "unknown"}:
        verdict, why = Verdict.APPLIED, ONE_READ_MOVED
    elif "moved" in sides:
        verdict, why = Verdict.APPLIED, MOVED
    elif sides == {"moved_converted"}:
        verdict, why = Verdict.APPLIED, CONVERTED
    else:
        verdict, why = Verdict.UNCLEAR, UNREADABLE
    return Reconciliation(verdict, amount, before, now, d_change, c_change, why)
