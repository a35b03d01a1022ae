"""The arithmetic that tells a rep whether a top-up with a lost answer was applied."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

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


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2)
balances = st.decimals(min_value=Decimal("-1000"), max_value=Decimal("1000000"), places=4)
currencies = st.sampled_from(["USD", "EUR", "PLN"])


@given(balances, balances, amounts, currencies)
def test_exact_top_up_is_always_applied(
    dealer: Decimal, client: Decimal, amount: Decimal, cur: str
) -> None:
    before = Balances(Money(dealer, cur), Money(client, cur))
    now = Balances(Money(dealer - amount, cur), Money(client + amount, cur))
    assert reconcile(before, now, Money(amount, cur)).verdict is Verdict.APPLIED
    assert reconcile(before, before, Money(amount, cur)).verdict is Verdict.NOT_APPLIED


@given(balances, balances, amounts, amounts)
def test_a_different_move_is_never_called_applied(
    dealer: Decimal, client: Decimal, amount: Decimal, other: Decimal
) -> None:
    if abs(other - amount) <= Decimal("0.02"):
        return
    before = Balances(Money(dealer, "USD"), Money(client, "USD"))
    now = Balances(Money(dealer - other, "USD"), Money(client + other, "USD"))
    assert reconcile(before, now, Money(amount, "USD")).verdict is Verdict.UNCLEAR
