"""The arithmetic that tells a rep whether a top-up with a lost answer was applied."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zaddesk.core import money
from zaddesk.core.money import (
    EXPLANATIONS,
    Balances,
    Money,
    Reconciliation,
    Verdict,
    reconcile,
    to_decimal,
)


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


# --- Reading server amounts ---------------------------------------------------------------


def test_server_amounts_in_every_shape() -> None:
    assert to_decimal(" 62.0000 ") == Decimal("62.0000")
    assert str(to_decimal("62.0000")) == "62.0000"  # exact: the digits are kept
    assert to_decimal(Decimal("1.10")) == Decimal("1.10")
    assert str(to_decimal(Decimal("1.10"))) == "1.10"
    assert to_decimal(0.1) == Decimal("0.1")  # the float as printed, not its binary value
    assert to_decimal(-3) == Decimal(-3)
    assert to_decimal(1e15) == Decimal("1E+15")


@pytest.mark.parametrize(
    "value", ["abc", "", "1,5", None, True, False, "NaN", "Infinity", "-inf", float("nan")]
)
def test_what_is_not_an_amount_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="not an amount"):
        to_decimal(value)


def test_money_shows_and_stores_itself() -> None:
    assert Money.of("10", "usd") == Money(Decimal("10"), "USD")
    assert str(m("94.825")) == "94.83 USD"  # half up, as a rep rounds
    assert str(m("94.824")) == "94.82 USD"
    assert str(m("-94.825")) == "-94.83 USD"
    assert str(m("5")) == "5.00 USD"
    assert m("62.0000", "PLN").to_json() == {"amount": "62.0000", "currency": "PLN"}
    assert Money.from_json({"amount": "62.0000", "currency": "pln"}) == m("62.0000", "PLN")
    assert Money.from_json({"amount": 1.5, "currency": "EUR"}) == m("1.5", "EUR")
    for not_money in (None, "10 USD", ["10", "USD"], 10):
        assert Money.from_json(not_money) is None


def test_snapshot_with_one_side_unread_survives_the_journal() -> None:
    dealer_only = Balances(m("100"), None)
    assert dealer_only.to_json() == {
        "dealer": {"amount": "100", "currency": "USD"},
        "client": None,
    }
    assert Balances.from_json(dealer_only.to_json()) == dealer_only
    client_only = Balances(None, m("2", "PLN"))
    assert client_only.to_json() == {
        "dealer": None,
        "client": {"amount": "2", "currency": "PLN"},
    }
    assert Balances.from_json(client_only.to_json()) == client_only
    assert Balances(None, None).to_json() == {"dealer": None, "client": None}
    assert Balances.from_json({}) == Balances(None, None)
    assert Balances.from_json("garbage") == Balances(None, None)


# --- Every verdict, with what the rep is told ---------------------------------------------


def verdict(
    before: Balances, now: Balances, amount: Money, *, to_dealer: bool = False
) -> tuple[Verdict, str]:
    found = reconcile(before, now, amount, to_dealer=to_dealer)
    assert found.explanation in EXPLANATIONS
    return found.verdict, found.explanation


APPLIED = (
    Verdict.APPLIED,
    "The balances changed by the amount of the transfer: it was applied.",
)
NOT_APPLIED = (Verdict.NOT_APPLIED, "Neither balance changed: the transfer was not applied.")
OTHER = (
    Verdict.UNCLEAR,
    "A balance changed by a different amount than the transfer; something else "
    "(calls, another rep) moved money in the meantime.",
)


def test_a_top_up_applied_is_told_with_the_changes() -> None:
    before = Balances(m("100"), m("0.40"))
    now = Balances(m("90"), m("10.40"))
    found = reconcile(before, now, m("10"))
    assert found == Reconciliation(
        Verdict.APPLIED, m("10"), before, now, Decimal("-10"), Decimal("10.00"), APPLIED[1]
    )


def test_nothing_moved() -> None:
    before = Balances(m("100"), m("0.40"))
    found = reconcile(before, before, m("10"))
    assert (found.verdict, found.explanation) == NOT_APPLIED
    assert found.dealer_change == 0 and found.client_change == 0


def test_dealer_moved_by_the_amount_but_client_by_another() -> None:
    before = Balances(m("100"), m("0"))
    assert verdict(before, Balances(m("90"), m("7")), m("10")) == OTHER
    assert verdict(before, Balances(m("93"), m("10")), m("10")) == OTHER
    # The client's balance went down while it should have gone up by the amount.
    assert verdict(before, Balances(m("90"), m("-10")), m("10")) == OTHER


def test_tolerance_is_a_cent_and_a_tenth() -> None:
    before = Balances(m("100"), m("0"))
    assert verdict(before, Balances(m("89.989"), m("10.011")), m("10")) == APPLIED
    assert verdict(before, Balances(m("90.011"), m("9.989")), m("10")) == APPLIED
    assert verdict(before, Balances(m("89.9889"), m("10")), m("10")) == OTHER
    assert verdict(before, Balances(m("90"), m("10.0111")), m("10")) == OTHER
    assert verdict(before, Balances(m("90"), m("9.9889")), m("10")) == OTHER


def test_one_balance_moved_and_the_other_did_not() -> None:
    before = Balances(m("100"), m("0"))
    one = (Verdict.UNCLEAR, "One balance changed and the other did not.")
    assert verdict(before, Balances(m("90"), m("0")), m("10")) == one
    assert verdict(before, Balances(m("100"), m("10")), m("10")) == one
    converted = Balances(m("100"), m("0", "PLN"))
    assert verdict(converted, Balances(m("100"), m("40", "PLN")), m("10")) == one


def test_only_one_balance_read() -> None:
    still = (Verdict.UNCLEAR, "Only one balance could be read; it did not change.")
    moved = (
        Verdict.APPLIED,
        "The balance that could be read changed by the amount of the transfer: it was most "
        "likely applied.",
    )
    before = Balances(m("100"), m("0"))
    assert verdict(before, Balances(m("100"), None), m("10")) == still
    assert verdict(before, Balances(None, m("0")), m("10")) == still
    assert verdict(Balances(None, m("0")), before, m("10")) == still
    assert verdict(before, Balances(m("90"), None), m("10")) == moved
    assert verdict(before, Balances(None, m("10")), m("10")) == moved
    assert verdict(before, Balances(m("95"), None), m("10")) == OTHER
    found = reconcile(before, Balances(m("90"), None), m("10"))
    assert found.dealer_change == Decimal("-10") and found.client_change is None


def test_nothing_read() -> None:
    unreadable = (Verdict.UNCLEAR, "The balances could not be read well enough to tell.")
    assert verdict(Balances(None, None), Balances(None, None), m("1")) == unreadable
    assert verdict(Balances(m("5"), m("5")), Balances(None, None), m("1")) == unreadable
    # A converted move seen on one side only does not tell either.
    before = Balances(m("100", "EUR"), None)
    assert verdict(before, Balances(m("90.50", "EUR"), None), m("10")) == unreadable


def test_both_balances_in_other_currencies_than_the_transfer() -> None:
    converted = (
        Verdict.APPLIED,
        "Both balances moved as a converted transfer would: it was most likely applied.",
    )
    before = Balances(m("100", "EUR"), m("0", "PLN"))
    assert verdict(before, Balances(m("91.20", "EUR"), m("39.80", "PLN")), m("10")) == converted
    # A converted balance that moved the wrong way is not this transfer.
    assert verdict(before, Balances(m("108.80", "EUR"), m("39.80", "PLN")), m("10")) == OTHER
    assert verdict(before, Balances(m("91.20", "EUR"), m("-39.80", "PLN")), m("10")) == OTHER
    # However little the converted amount (a cent of a weak currency), the direction counts.
    small = Balances(m("100", "EUR"), m("0", "JPY"))
    assert verdict(small, Balances(m("99.50", "EUR"), m("0.40", "JPY")), m("0.5")) == converted
    assert verdict(small, Balances(m("99.50", "EUR"), m("-0.40", "JPY")), m("0.5")) == OTHER
    # One side in the transfer's currency and exact, the other converted.
    mixed = Balances(m("100"), m("0", "PLN"))
    assert verdict(mixed, Balances(m("90"), m("39.80", "PLN")), m("10")) == APPLIED
    assert verdict(mixed, Balances(m("90"), m("-39.80", "PLN")), m("10")) == OTHER


def test_a_balance_whose_currency_changed_is_never_taken_as_evidence() -> None:
    changed = (
        Verdict.UNCLEAR,
        "A balance is now kept in another currency than before the transfer; compare the "
        "balances by hand.",
    )
    before = Balances(m("100"), m("0"))
    # The client's account is in PLN now; the dealer moved exactly: still not "applied".
    found = reconcile(before, Balances(m("90"), m("40", "PLN")), m("10"))
    assert (found.verdict, found.explanation) == changed
    assert found.client_change is None and found.dealer_change == Decimal("-10")
    # Also when the other balance did not move, and when both changed currency.
    assert verdict(before, Balances(m("100"), m("0", "EUR")), m("10")) == changed
    assert verdict(before, Balances(m("90", "EUR"), m("10")), m("10")) == changed
    both = Balances(m("90", "EUR"), m("10", "PLN"))
    assert verdict(before, both, m("10")) == changed
    assert verdict(before, Balances(m("85"), m("0", "PLN")), m("10")) == changed


def test_money_moved_back_to_the_dealer() -> None:
    before = Balances(m("100"), m("20"))
    back = Balances(m("110"), m("10"))
    assert verdict(before, back, m("10"), to_dealer=True) == APPLIED
    assert verdict(before, back, m("10")) == OTHER  # seen as a top-up it went the wrong way
    topped = Balances(m("90"), m("30"))
    assert verdict(before, topped, m("10"), to_dealer=True) == OTHER
    assert verdict(before, before, m("10"), to_dealer=True) == NOT_APPLIED
    converted = Balances(m("100", "EUR"), m("20", "PLN"))
    assert verdict(
        converted, Balances(m("109", "EUR"), m("-20", "PLN")), m("10"), to_dealer=True
    ) == (
        Verdict.APPLIED,
        "Both balances moved as a converted transfer would: it was most likely applied.",
    )
    assert (
        verdict(converted, Balances(m("91", "EUR"), m("60", "PLN")), m("10"), to_dealer=True)
        == OTHER
    )
    found = reconcile(before, back, m("10"), to_dealer=True)
    assert found.dealer_change == Decimal("10") and found.client_change == Decimal("-10")


def test_every_explanation_is_reachable_and_distinct() -> None:
    assert len(set(EXPLANATIONS)) == len(EXPLANATIONS) == 9
    seen = set()
    cases = [
        (Balances(m("1"), m("1")), Balances(m("1"), m("1"))),
        (Balances(m("100"), m("0")), Balances(m("90"), m("10"))),
        (Balances(m("100"), m("0")), Balances(m("95"), m("10"))),
        (Balances(m("100"), m("0")), Balances(m("90"), m("0", "PLN"))),
        (Balances(m("100"), m("0")), Balances(m("100"), None)),
        (Balances(m("100"), m("0")), Balances(m("100"), m("10"))),
        (Balances(m("100"), m("0")), Balances(m("90"), None)),
        (Balances(m("9", "EUR"), m("0", "PLN")), Balances(m("1", "EUR"), m("5", "PLN"))),
        (Balances(None, None), Balances(None, None)),
    ]
    for before, now in cases:
        seen.add(reconcile(before, now, m("10")).explanation)
    assert seen == set(EXPLANATIONS)
    assert money.MOVED in seen
