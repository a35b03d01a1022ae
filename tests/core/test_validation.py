"""Step 1 of onboarding: what the rep types is checked where it is typed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zaddesk.core.validation import (
    COUNTRIES,
    CURRENCIES,
    ClientForm,
    Issue,
    ParsedPhone,
    check_amount,
    check_code,
    check_country,
    check_currency,
    check_email,
    check_language,
    check_password,
    parse_phone,
    validate_client_form,
    validate_field,
)


def good_form(**changes: object) -> ClientForm:
    form = ClientForm(
        email="jan.kowalski@example.pl",
        first_name="Jan",
        last_name="Kowalski",
        organization="Kowalski sp. z o.o.",
        country="PL",
        city="Kraków",
        phone="601 234 567",
        language="pl",
        currency="PLN",
    )
    for name, value in changes.items():
        setattr(form, name, value)
    return form


@pytest.mark.parametrize(
    ("typed", "country", "e164", "display"),
    [
        ("601 234 567", "PL", "+48601234567", "+48 601 234 567"),
        ("601-234-567", "PL", "+48601234567", "+48 601 234 567"),
        ("+48 22 123 45 67", "PL", "+48221234567", "+48 22 123 45 67"),
        ("0048 601234567", "PL", "+48601234567", "+48 601 234 567"),
        ("22 1234567", "PL", "+48221234567", "+48 22 123 45 67"),
        ("020 7946 0958", "GB", "+442079460958", "+44 20 7946 0958"),
        ("(212) 555-0123", "US", "+12125550123", "+1 212-555-0123"),
        ("030 1234567", "DE", "+49301234567", "+49 30 1234567"),
        ("+380 44 123 4567", "PL", "+380441234567", "+380 44 123 4567"),
    ],
)
def test_phone_parsed_for_country(typed: str, country: str, e164: str, display: str) -> None:
    parsed = parse_phone(typed, country)
    assert isinstance(parsed, ParsedPhone)
    assert parsed.e164 == e164
    assert parsed.display == display


@pytest.mark.parametrize(
    ("typed", "country", "code"),
    [
        ("", "PL", "phone.required"),
        ("12", "PL", "phone.too_short"),
        ("601 234 567 890 123 456", "PL", "phone.too_long"),
        ("abc", "PL", "phone.unreadable"),
        ("999 999 999", "PL", "phone.invalid_for_country"),
        ("601234567", "", "phone.unreadable"),
        ("601234567", "XX", "phone.no_country"),
    ],
)
def test_bad_phones(typed: str, country: str, code: str) -> None:
    issue = parse_phone(typed, country)
    assert isinstance(issue, Issue)
    assert issue.field == "phone"
    assert issue.code == code
    assert issue.message()


def test_phone_number_for_another_country_is_refused_with_that_country() -> None:
    issue = parse_phone("601 234 567", "DE")
    assert isinstance(issue, Issue)
    assert issue.code == "phone.invalid_for_country"
    assert "DE" in issue.message()


@pytest.mark.parametrize(
    "email", ["a@b.pl", "jan.kowalski+link@example.com", "o'brien@mail.example.ie", "x_y@a-b.io"]
)
def test_good_emails(email: str) -> None:
    assert check_email(email) is None


@pytest.mark.parametrize(
    "email",
    ["", "plain", "a@b", "a@@b.pl", "a b@c.pl", "a..b@c.pl", ".a@c.pl", "a.@c.pl", "a@-b.pl"],
)
def test_bad_emails(email: str) -> None:
    issue = check_email(email)
    assert issue is not None
    assert issue.field == "email"
    assert issue.code in ("email.invalid", "email.required")


def test_iso_codes() -> None:
    assert len(COUNTRIES) == 249
    assert {"PL", "UA", "GB", "DE", "US"} <= COUNTRIES
    assert check_country("PL") is None
    assert check_country("pl") is not None
    assert check_country("UK") is not None  # the ISO code is GB
    assert check_country("") is not None
    assert check_currency("PLN") is None
    assert check_currency("XYZ") is not None
    assert check_currency("usd") is not None
    assert {"USD", "EUR", "PLN", "UAH", "GBP"} <= CURRENCIES
    assert check_currency("JPY", allowed=["USD", "EUR"]) is not None
    assert check_language("pl") is None
    assert check_language("xx") is not None


def test_good_form_has_no_issues() -> None:
    assert validate_client_form(good_form()) == {}


def test_form_issues_are_keyed_by_api_parameter() -> None:
    form = ClientForm(email="nope", country="Poland", phone="12", password="short")
    issues = validate_client_form(form, tariffs=[5, 6])
    assert set(issues) == {"email", "first_name", "country", "phone", "password"}
    assert all(issue.field == name for name, issue in issues.items())
    assert issues["first_name"].code == "required"


def test_tariff_must_come_from_list() -> None:
    assert validate_field("tariff", good_form(tariff=7), tariffs=[5, 6]) is not None
    assert validate_field("tariff", good_form(tariff=5), tariffs=[5, 6]) is None


def test_password_rules() -> None:
    assert check_password("") is None  # optional: the server makes one
    assert check_password("abc1") is not None
    assert check_password("abcdefgh") is not None
    assert check_password("abcdefg1") is None


def test_codes_and_amounts() -> None:
    assert check_code("123456") is None
    assert check_code("") is not None
    assert check_code("12 34") is not None
    assert check_amount("12,50") == Decimal("12.50")
    assert check_amount(" 100 ") == Decimal("100")
    for bad in ("", "abc", "0", "-5", "1.005", "NaN", "Infinity"):
        assert isinstance(check_amount(bad), Issue), bad


def test_params_and_record_never_hold_the_password() -> None:
    form = good_form(password="tajne123", tariff=5)
    params = form.to_params()
    assert params["phone"] == "+48601234567"
    assert params["tariff"] == 5
    assert "password" not in params
    assert "middle_name" not in params  # empty fields are not sent
    record = form.to_record()
    assert "password" not in record
    assert record["password_given"] is True
    assert "tajne123" not in repr(form)
    back = ClientForm.from_record(record)
    assert back.password == ""
    assert back.email == form.email and back.tariff == 5


@given(
    st.sampled_from(["PL", "DE", "GB", "US", "UA", "FR", "CZ"]),
    st.sampled_from(["PL", "DE", "GB", "US", "UA", "FR", "CZ"]),
)
def test_formatted_numbers_parse_back_to_themselves(home: str, elsewhere: str) -> None:
    import phonenumbers

    example = phonenumbers.example_number_for_type(home, phonenumbers.PhoneNumberType.MOBILE)
    assert example is not None
    national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    parsed = parse_phone(national, home)
    assert isinstance(parsed, ParsedPhone) and parsed.region == home
    for text in (parsed.e164, parsed.display):
        again = parse_phone(text, elsewhere)  # with + the default country does not matter
        assert isinstance(again, ParsedPhone) and again.e164 == parsed.e164


@given(st.text(max_size=40))
def test_checks_never_raise(text: str) -> None:
    for country in ("PL", "", "XX", text[:2]):
        result = parse_phone(text, country)
        assert isinstance(result, ParsedPhone | Issue)
    assert check_email(text) is None or check_email(text) is not None
    assert isinstance(check_amount(text), Decimal | Issue)
    validate_client_form(ClientForm(email=text, first_name=text, phone=text, country=text))
