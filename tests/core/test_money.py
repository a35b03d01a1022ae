"""The arithmetic that tells a rep whether a top-up with a lost answer was applied."""

from __future__ import annotations

from decimal import Decimal

from zaddesk.core.money import Balances, Money, Verdict, reconcile, to_decimal


def m(amount: str, currency: str = "USD") -> Money:
    return Money.of(amount, currency)


def test_to_decimal_is_exact() -> None:
    assert to_decimal("62.0000") == Decimal("62")
    assert to_decimal(10.34) == Decimal("10.34")
    assert to_decimal(5) == Decimal(5)
    assert str(m("94.825")) == "94.83 USD"


def test_applied_when_both_moved_by_amount() -> None:
    before = Balances(m("100"), m("0.40"))
    now = Balances(m("90"), m("10.40"))
    r = reconcile(before, now, m("10"))
    assert r.verdict is Verdict.APPLIED
    assert r.dealer_change == Decimal("-10") and r.client_change == Decimal("10.00")


def test_not_applied_when_nothing_moved() -> None:
    before = Balances(m("100"), m("0.40"))
    assert reconcile(before, before, m("10")).verdict is Verdict.NOT_APPLIED


def test_unclear_when_something_else_moved() -> None:
    before = Balances(m("100"), m("0.40"))
    now = Balances(m("85"), m("0.40"))
    assert reconcile(before, now, m("10")).verdict is Verdict.UNCLEAR
    now = Balances(m("90"), m("0.40"))
    assert reconcile(before, now, m("10")).verdict is Verdict.UNCLEAR


def test_converted_top_up() -> None:
    before = Balances(m("100", "USD"), m("0", "PLN"))
    now = Balances(m("90", "USD"), m("39.80", "PLN"))
    assert reconcile(before, now, m("10", "USD")).verdict is Verdict.APPLIED
    now = Balances(m("90", "USD"), m("0", "PLN"))
    assert reconcile(before, now, m("10", "USD")).verdict is Verdict.UNCLEAR


def test_unreadable_balances_are_unclear() -> None:
    before = Balances(m("100"), None)
    now = Balances(m("100"), None)
    assert reconcile(before, now, m("10")).verdict is Verdict.UNCLEAR
    assert reconcile(Balances(None, None), Balances(None, None), m("1")).verdict is Verdict.UNCLEAR


def test_json_round_trip() -> None:
    b = Balances(m("1.5"), m("2", "PLN"))
    assert Balances.from_json(b.to_json()) == b
    assert Balances.from_json(None) == Balances(None, None)
