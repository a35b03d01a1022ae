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
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise ValueError("not an amount")
    if isinstance(value, float):
        return Decimal(repr(value))
    try:
        return Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc


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


def _side(
    before: Money | None, now: Money | None, amount: Money, sign: int
) -> tuple[str, Decimal | None]:
    """How one balance moved: ``moved`` (as the top-up would), ``still``, ``other``, ``unknown``.

    When the account currency differs from the top-up currency the converted amount is not
    known, so any move in the right direction counts as ``moved_converted``.
    """
    if before is None or now is None or before.currency != now.currency:
        return "unknown", None
    change = now.amount - before.amount
    if change == 0:
        return "still", change
    if now.currency == amount.currency:
        if abs(change - sign * amount.amount) <= _TOLERANCE:
            return "moved", change
        return "other", change
    if (change > 0) == (sign > 0):
        return "moved_converted", change
    return "other", change


def reconcile(
    before: Balances, now: Balances, amount: Money, *, to_dealer: bool = False
) -> Reconciliation:
    """Compare balances around a move of ``amount`` from the dealer to the client
    (a top-up), or from the client back to the dealer when ``to_dealer``."""
    sign = -1 if to_dealer else +1
    dealer, d_change = _side(before.dealer, now.dealer, amount, -sign)
    client, c_change = _side(before.client, now.client, amount, sign)
    sides = {dealer, client}
    if "other" in sides:
        verdict = Verdict.UNCLEAR
        why = (
            "A balance changed by a different amount than the transfer; something else "
            "(calls, another rep) moved money in the meantime."
        )
    elif sides == {"still"}:
        verdict = Verdict.NOT_APPLIED
        why = "Neither balance changed: the transfer was not applied."
    elif sides == {"still", "unknown"}:
        verdict = Verdict.UNCLEAR
        why = "Only one balance could be read; it did not change."
    elif "still" in sides:
        verdict = Verdict.UNCLEAR
        why = "One balance changed and the other did not."
    elif "moved" in sides:
        verdict = Verdict.APPLIED
        why = "The balances changed by the amount of the transfer: it was applied."
    elif sides == {"moved_converted"}:
        verdict = Verdict.APPLIED
        why = "Both balances moved as a converted transfer would: it was most likely applied."
    else:
        verdict = Verdict.UNCLEAR
        why = "The balances could not be read well enough to tell."
    return Reconciliation(verdict, amount, before, now, d_change, c_change, why)
