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
    check_money,
    check_password,
    check_required,
    decimal_places,
    move_limit,
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
    ("email", "code"),
    [
        ("", "email.required"),
        ("   ", "email.required"),
        ("plain", "email.invalid"),
        ("a@b", "email.invalid"),
        ("a@@b.pl", "email.invalid"),
        ("a b@c.pl", "email.invalid"),
        ("a..b@c.pl", "email.invalid"),
        ("a@b..pl", "email.invalid"),
        (".a@c.pl", "email.invalid"),
        ("a.@c.pl", "email.invalid"),
        ("a@-b.pl", "email.invalid"),
    ],
)
def test_bad_emails(email: str, code: str) -> None:
    issue = check_email(email)
    assert issue is not None
    assert (issue.field, issue.code) == ("email", code)
    assert check_email(email, "contact_email") == Issue("contact_email", code, issue.text)


def code_of(result: object) -> str | None:
    """The error key of a check's result, None when it passed."""
    return result.code if isinstance(result, Issue) else None


def test_iso_codes() -> None:
    assert len(COUNTRIES) == 249
    assert {"PL", "UA", "GB", "DE", "US"} <= COUNTRIES
    assert check_country("PL") is None
    assert check_country(" PL ") is None
    assert code_of(check_country("pl")) == "country.invalid"
    assert code_of(check_country("UK")) == "country.invalid"  # the ISO code is GB
    assert code_of(check_country("")) == "country.required"
    assert code_of(check_country("  ")) == "country.required"
    assert {"USD", "EUR", "PLN", "UAH", "GBP"} <= CURRENCIES
    assert check_currency("PLN") is None
    assert check_currency(" PLN ") is None
    assert code_of(check_currency("XYZ")) == "currency.invalid"
    assert code_of(check_currency("usd")) == "currency.invalid"
    assert code_of(check_currency("")) == "currency.required"
    assert code_of(check_currency(" ")) == "currency.required"
    assert code_of(check_currency("JPY", allowed=["USD", "EUR"])) == "currency.unsupported"
    assert check_currency("EUR", allowed=["USD", "EUR"]) is None
    assert check_language("pl") is None
    assert code_of(check_language("xx")) == "language.invalid"


def test_iso_messages_name_the_value() -> None:
    country = check_country("UK", "where")
    assert country == Issue(
        "where", "country.invalid", "{value} is not an ISO 3166 country code.", {"value": "UK"}
    )
    assert country.message() == "UK is not an ISO 3166 country code."
    assert check_country("", "where") == Issue("where", "country.required", "Choose a country.")
    currency = check_currency(" usd ", "cur")
    assert currency == Issue(
        "cur", "currency.invalid", "{value} is not an ISO 4217 currency code.", {"value": "usd"}
    )
    assert check_currency("", "cur") == Issue("cur", "currency.required", "Choose a currency.")
    unsupported = check_currency("JPY", "cur", allowed=["USD"])
    assert unsupported is not None and unsupported.field == "cur"
    assert unsupported.message() == "Zadarma does not offer JPY accounts."


@pytest.mark.parametrize("language", ["en", "es", "de", "pl", "ru", "ua", "fr", ""])
def test_every_offered_language_is_accepted(language: str) -> None:
    assert check_language(language) is None


@pytest.mark.parametrize("language", ["xx", "PL", "uk", "pl "])
def test_other_languages_are_refused_with_the_choices(language: str) -> None:
    issue = check_language(language, "lang")
    assert issue is not None
    assert (issue.field, issue.code) == ("lang", "language.invalid")
    assert issue.message() == "Choose one of: en, es, de, pl, ru, ua, fr."


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
    assert code_of(check_password("abc1")) == "password.too_short"
    assert code_of(check_password("abcdef1")) == "password.too_short"  # 7: one short
    assert check_password("abcdefg1") is None  # 8
    assert code_of(check_password("abcdefgh")) == "password.weak"
    assert code_of(check_password("12345678")) == "password.weak"
    assert check_password("12345678a") is None
    short = check_password("a1", "secret")
    assert short is not None and short.field == "secret"
    assert short.message() == "At least 8 characters."
    weak = check_password("abcdefgh", "secret")
    assert weak == Issue("secret", "password.weak", "Use both letters and digits.")


def test_codes() -> None:
    assert check_code("123456") is None
    assert check_code(" AbC123 ") is None
    assert check_code("123") is None  # 3, the shortest
    assert check_code("123456789012") is None  # 12, the longest
    assert code_of(check_code("12")) == "code.invalid"
    assert code_of(check_code("1234567890123")) == "code.invalid"
    assert code_of(check_code("12 34")) == "code.invalid"
    assert code_of(check_code("12-34")) == "code.invalid"
    assert code_of(check_code("")) == "code.required"
    assert code_of(check_code("   ")) == "code.required"
    assert check_code("", "sms") == Issue("sms", "code.required", "Enter the code.")
    invalid = check_code("!!!", "sms")
    assert invalid is not None and invalid.field == "sms"
    assert invalid.message() == "The code is letters and digits only."


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


# --- Amounts: what a rep types for a money move -------------------------------------------


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("10", "10"),
        ("10,50", "10.50"),
        ("10.50", "10.50"),
        ("12.34", "12.34"),
        ("12,5", "12.5"),
        ("0,01", "0.01"),
        ("0.01", "0.01"),
        (" 100 ", "100"),
        ("1 000,50", "1000.50"),
        ("1 000.50", "1000.50"),
        ("1\u00a0000,50", "1000.50"),  # the no-break space a Polish locale puts
        ("1\u202f000,50", "1000.50"),  # the narrow one some locales put
        ("9 999,99", "9999.99"),
        ("10 000", "10000"),  # the limit itself
        ("10000.00", "10000"),
        ("007", "7"),
    ],
)
def test_amounts_as_a_rep_types_them(typed: str, amount: str) -> None:
    value = check_amount(typed)
    assert isinstance(value, Decimal)
    assert value == Decimal(amount)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "amount.required"),
        ("   ", "amount.required"),
        ("abc", "amount.invalid"),
        ("1_0", "amount.invalid"),  # Python's Decimal would read 10
        ("1_000", "amount.invalid"),
        ("NaN", "amount.invalid"),
        ("Infinity", "amount.invalid"),
        ("+5", "amount.invalid"),
        ("10.", "amount.invalid"),
        (",50", "amount.invalid"),
        ("10 zł", "amount.invalid"),
        ("$10", "amount.invalid"),
        ("0x10", "amount.invalid"),
        ("\u0661\u0660", "amount.digits"),  # Arabic-Indic 10
        ("\u06f1\u06f0", "amount.digits"),  # Persian 10
        ("\uff11\uff10", "amount.digits"),  # full-width 10
        ("1\u0660", "amount.digits"),
        ("\u0967\u0966,50", "amount.digits"),  # Devanagari
        ("1e3", "amount.exponent"),
        ("1E3", "amount.exponent"),
        ("1.5e-2", "amount.exponent"),
        ("1,5E+2", "amount.exponent"),
        ("1,000.50", "amount.grouping"),  # two kinds of decimal mark
        ("1.000,50", "amount.grouping"),
        ("10 00", "amount.grouping"),  # thousands come in threes
        ("1 0000", "amount.grouping"),
        ("1  000", "amount.grouping"),
        ("1,2,3", "amount.grouping"),
        ("0", "amount.not_positive"),
        ("0,00", "amount.not_positive"),
        ("-5", "amount.not_positive"),
        ("-0,50", "amount.not_positive"),
        ("1.005", "amount.precision"),  # never silently 1.01
        ("1.000", "amount.precision"),  # one, or a thousand with a dot? refused
        ("12,345", "amount.precision"),
        ("0.001", "amount.precision"),
        ("10 000,01", "amount.too_large"),  # one cent past the limit
        ("10001", "amount.too_large"),
        ("100000", "amount.too_large"),
        ("999999999999999999999999999", "amount.too_large"),
    ],
)
def test_anything_else_is_refused_with_its_reason(typed: str, code: str) -> None:
    issue = check_amount(typed, "sum")
    assert isinstance(issue, Issue), typed
    assert (issue.field, issue.code) == ("sum", code)
    assert issue.message()


def test_amount_messages_tell_the_rep_what_to_type() -> None:
    def message(typed: str, currency: str = "") -> str:
        issue = check_amount(typed, currency=currency)
        assert isinstance(issue, Issue)
        return issue.message()

    assert message("") == "Enter an amount."
    assert message("abc") == "Type an amount such as 10,50."
    assert message("\u0661") == "Type the amount with the digits 0-9."
    assert message("1e3") == "Type the amount in full, without an exponent."
    assert message("1,000.50") == (
        "Separate thousands with spaces and decimals with one comma or point, as in 1 000,50."
    )
    assert message("0") == "The amount must be more than zero."
    assert message("-5") == "The amount must be more than zero."
    assert check_amount("10001") == Issue(
        "amount", "amount.too_large", "At most {limit} in one move.", {"limit": "10 000"}
    )
    assert check_amount("1,5", "sum", currency="JPY") == Issue(
        "sum", "amount.precision", "Whole amounts only.", {"places": "0"}
    )
    assert check_amount(Decimal("NaN"), "sum") == Issue(
        "sum", "amount.invalid", "Type an amount such as 10,50."
    )
    assert check_amount("9e9") == check_amount("1e3")  # an exponent, whatever its digits
    assert message("1.005") == "At most 2 decimal places."
    assert message("1,5", "JPY") == "Whole amounts only."
    assert message("1,0005", "KWD") == "At most 3 decimal places."
    assert message("10001") == "At most 10 000 in one move."
    assert message("10001", "USD") == "At most 10 000 USD in one move."
    assert message("40000,01", "PLN") == "At most 40 000 PLN in one move."
    too_large = check_amount("10001", currency="usd")
    assert isinstance(too_large, Issue)
    assert too_large.params == {"limit": "10 000 USD"}
    assert too_large.text == "At most {limit} in one move."


def test_decimals_and_limit_follow_the_currency() -> None:
    assert decimal_places("USD") == 2
    assert decimal_places("pln ") == 2
    assert decimal_places("JPY") == 0
    assert decimal_places(" jpy") == 0
    assert decimal_places("KWD") == 3
    assert decimal_places("") == 2
    assert check_amount("1500", currency="JPY") == Decimal(1500)
    assert isinstance(check_amount("1500,5", currency="JPY"), Issue)
    assert check_amount("1,505", currency="KWD") == Decimal("1.505")
    assert isinstance(check_amount("1,5055", currency="KWD"), Issue)
    assert move_limit("USD") == Decimal(10000)
    assert move_limit("EUR") == Decimal(10000)
    assert move_limit("") == Decimal(10000)
    assert move_limit("PLN") == move_limit(" pln ") == Decimal(40000)
    assert move_limit("UAH") == Decimal(400000)
    assert check_amount("40 000", currency="PLN") == Decimal(40000)
    assert code_of(check_amount("40 000,01", currency="PLN")) == "amount.too_large"
    assert code_of(check_amount("10 000,01", currency="EUR")) == "amount.too_large"
    assert check_amount("400 000", currency="UAH") == Decimal(400000)


def test_amounts_handed_over_as_decimals() -> None:
    assert check_amount(Decimal("12.50")) == Decimal("12.50")
    assert check_amount(Decimal("12.500")) == Decimal("12.5")  # trailing zeros are no decimals
    assert check_amount(Decimal("10000")) == Decimal(10000)
    assert check_amount(Decimal("1E+3")) == Decimal(1000)
    for bad, code in [
        (Decimal("0"), "amount.not_positive"),
        (Decimal("-1"), "amount.not_positive"),
        (Decimal("1.005"), "amount.precision"),
        (Decimal("10000.01"), "amount.too_large"),
        (Decimal("1E+27"), "amount.too_large"),
        (Decimal("NaN"), "amount.invalid"),
        (Decimal("sNaN"), "amount.invalid"),
        (Decimal("Infinity"), "amount.invalid"),
        (Decimal("-Infinity"), "amount.invalid"),
    ]:
        issue = check_amount(bad)
        assert isinstance(issue, Issue), bad
        assert issue.code == code, bad


def test_money_checks_amount_and_currency_together() -> None:
    assert check_money("10,50", "USD") == Decimal("10.50")
    assert check_money(Decimal("3"), "PLN") == Decimal(3)
    only_currency = check_money("10", "usd!")
    assert isinstance(only_currency, dict)
    assert {k: v.code for k, v in only_currency.items()} == {"currency": "currency.invalid"}
    only_amount = check_money("1_0", "USD")
    assert isinstance(only_amount, dict)
    assert {k: v.code for k, v in only_amount.items()} == {"amount": "amount.invalid"}
    both = check_money("-3", "")
    assert isinstance(both, dict)
    assert {k: v.code for k, v in both.items()} == {
        "amount": "amount.not_positive",
        "currency": "currency.required",
    }
    assert all(issue.field == name for name, issue in both.items())
    # The limit and the decimals are those of the currency of the move.
    assert check_money("30000", "PLN") == Decimal(30000)
    limited = check_money("30000", "USD")
    assert isinstance(limited, dict) and limited["amount"].code == "amount.too_large"
    whole = check_money("5,50", "JPY")
    assert isinstance(whole, dict) and whole["amount"].code == "amount.precision"
    # A currency that is not one: the amount is held to the common rules, not to those of
    # the currency it resembles.
    assert {k: v.code for k, v in check_money("1,5", "jpy").items()} == {  # type: ignore[union-attr]
        "currency": "currency.invalid"
    }
    assert {k: v.code for k, v in check_money("30000", "pln").items()} == {  # type: ignore[union-attr]
        "currency": "currency.invalid",
        "amount": "amount.too_large",
    }
    refused = check_money("30000", "pln")
    assert isinstance(refused, dict)
    assert refused["amount"].message() == "At most 10 000 in one move."  # no currency named
    # A currency that is not one: the amount is held to the common rules.
    unknown = check_money("30000", "XXX")
    assert isinstance(unknown, dict)
    assert {k: v.code for k, v in unknown.items()} == {
        "currency": "currency.invalid",
        "amount": "amount.too_large",
    }


# --- Text limits, one by one and one past -------------------------------------------------


def test_required_text_limits() -> None:
    assert check_required("first_name", "x" * 255) is None
    assert check_required("first_name", "J") is None
    too_long = check_required("first_name", "x" * 256)
    assert too_long == Issue("first_name", "too_long", "At most {max} characters.", {"max": "255"})
    assert too_long.message() == "At most 255 characters."
    assert check_required("city", "") == Issue("city", "required", "This field is required.")
    assert code_of(check_required("city", "  \t ")) == "required"


@pytest.mark.parametrize("name", ["last_name", "middle_name", "organization", "city", "address"])
def test_optional_text_limits(name: str) -> None:
    assert validate_field(name, good_form(**{name: "x" * 255})) is None
    assert validate_field(name, good_form(**{name: ""})) is None
    issue = validate_field(name, good_form(**{name: "x" * 256}))
    assert issue == Issue(name, "too_long", "At most {max} characters.", {"max": "255"})


def test_email_messages() -> None:
    assert check_email("") == Issue(
        "email", "email.required", "Enter the client's e-mail address."
    )
    assert check_email("a@b") == Issue(
        "email", "email.invalid", "This is not a valid e-mail address."
    )
    assert check_email(".a@b.pl") == check_email("a@b")
    assert check_code("") == Issue("code", "code.required", "Enter the code.")


def test_email_limits() -> None:
    domain = "@" + "d" * 62 + "." + "e" * 62 + "." + "f" * 62 + ".pl"  # 192 characters
    assert check_email("l" * 64 + "@example.pl") is None  # the longest local part
    assert code_of(check_email("l" * 65 + "@example.pl")) == "email.invalid"
    local = "l" * (254 - len(domain))
    assert len(local + domain) == 254
    assert check_email(local + domain) is None  # the longest address
    assert code_of(check_email("l" + local + domain)) == "email.invalid"  # 255, local part 63
    assert check_email("a@" + "d" * 63 + ".pl") is None  # the longest label
    assert code_of(check_email("a@" + "d" * 64 + ".pl")) == "email.invalid"
    assert check_email("  jan@example.pl  ") is None  # spaces around are not typed on purpose


# --- Phones -------------------------------------------------------------------------------


def test_phone_issues_in_detail() -> None:
    assert parse_phone("", "PL", name="contact") == Issue(
        "contact", "phone.required", "Enter a phone number."
    )
    assert parse_phone("  ", "PL") == Issue("phone", "phone.required", "Enter a phone number.")
    assert code_of(parse_phone("+48 1", "PL")) == "phone.too_short"
    assert code_of(parse_phone("+48 12345678901234", "PL")) == "phone.too_long"
    assert code_of(parse_phone("0048", "PL")) == "phone.too_short"
    assert code_of(parse_phone("++48", "PL")) == "phone.unreadable"
    invalid = parse_phone("5555555", "AD", name="contact")  # a length no number there has
    assert invalid == Issue("contact", "phone.invalid", "This is not a valid phone number.")
    no_country = parse_phone("601234567", "XX", name="contact")
    assert no_country == Issue(
        "contact", "phone.no_country", "Choose the country first, or type the number with +."
    )
    for typed in ("12", "601 234 567 890 123 456", "abc"):
        issue = parse_phone(typed, "PL", name="contact")
        assert isinstance(issue, Issue) and issue.field == "contact"
        assert issue.message()


@pytest.mark.parametrize(
    ("typed", "code", "text"),
    [
        ("601 234 567 890 123 456", "phone.too_long", "The number is too long."),
        ("+48 12345678901234", "phone.too_long", "The number is too long."),
        ("0048", "phone.too_short", "The number is too short."),
        ("+48 1", "phone.too_short", "The number is too short."),
        ("12", "phone.too_short", "The number is too short."),
        ("abc", "phone.unreadable", "This does not look like a phone number."),
        ("5555555", "phone.invalid", "This is not a valid phone number."),  # for Andorra
        ("+882 12345678", "phone.invalid", "This is not a valid phone number."),
        ("+979 1234 5678", "phone.invalid", "This is not a valid phone number."),
    ],
)
def test_each_phone_refusal_in_full(typed: str, code: str, text: str) -> None:
    country = "AD" if typed == "5555555" else "PL"
    assert parse_phone(typed, country, name="contact") == Issue("contact", code, text)
    assert parse_phone(typed, "" if typed.startswith("+") else country) == Issue(
        "phone", code, text
    )


def test_a_number_of_no_country_is_read_as_such() -> None:
    assert parse_phone("+808 1234 5678", "") == ParsedPhone(
        "+80812345678", "+808 1234 5678", "001"
    )


def test_a_number_with_plus_needs_no_country() -> None:
    for country in ("XX", "", "pl", " PL "):
        parsed = parse_phone("+48 601 234 567", country)
        assert parsed == ParsedPhone("+48601234567", "+48 601 234 567", "PL")
    assert parse_phone("601234567", "pl") == ParsedPhone("+48601234567", "+48 601 234 567", "PL")
    assert parse_phone(" 601234567 ", " PL ") == parse_phone("601234567", "PL")


def test_an_invalid_number_names_the_country_of_its_code() -> None:
    # +44 is Great Britain whatever the form says; without + the form's country is meant.
    issue = parse_phone("+44 7911 12345", "PL")
    assert isinstance(issue, Issue)
    assert issue.code == "phone.invalid_for_country"
    assert issue.params == {"country": "GB"}
    assert issue.message() == "This is not a valid number for GB."
    here = parse_phone("999 999 999", "PL", name="contact")
    assert here == Issue(
        "contact",
        "phone.invalid_for_country",
        "This is not a valid number for {country}.",
        {"country": "PL"},
    )


# --- The form -------------------------------------------------------------------------------


def test_issue_message_fills_in_its_parameters() -> None:
    assert Issue("x", "c", "plain {text}").message() == "plain {text}"
    assert Issue("x", "c", "At most {max}.", {"max": "3"}).message() == "At most 3."


def test_each_field_is_checked_on_its_own() -> None:
    form = good_form()
    for name in ("email", "first_name", "country", "phone", "language", "currency", "password"):
        assert validate_field(name, form) is None, name
    assert code_of(validate_field("email", good_form(email="x"))) == "email.invalid"
    assert code_of(validate_field("first_name", good_form(first_name=" "))) == "required"
    assert code_of(validate_field("country", good_form(country="pl"))) == "country.invalid"
    assert code_of(validate_field("phone", good_form(phone="12"))) == "phone.too_short"
    assert code_of(validate_field("phone", good_form(country="DE"))) == (
        "phone.invalid_for_country"  # the phone is read for the form's country
    )
    assert validate_field("phone", good_form(phone="  ")) is None  # optional
    assert code_of(validate_field("language", good_form(language="xx"))) == "language.invalid"
    assert validate_field("language", good_form(language="")) is None
    assert code_of(validate_field("currency", good_form(currency="usd"))) == "currency.invalid"
    assert validate_field("currency", good_form(currency="")) is None  # the server picks
    assert (
        code_of(validate_field("currency", good_form(currency="PLN"), currencies=["USD"]))
        == "currency.unsupported"
    )
    assert validate_field("currency", good_form(currency="USD"), currencies=["USD"]) is None
    assert code_of(validate_field("password", good_form(password="a1"))) == "password.too_short"
    with pytest.raises(KeyError, match="nickname"):
        validate_field("nickname", form)


def test_tariff_checks() -> None:
    unknown = validate_field("tariff", good_form(tariff=7), tariffs=[5, 6])
    assert unknown == Issue("tariff", "tariff.unknown", "Choose a price plan from the list.")
    assert validate_field("tariff", good_form(tariff=None), tariffs=[5, 6]) is None
    assert validate_field("tariff", good_form(tariff=7)) is None  # list not loaded yet
    assert validate_field("tariff", good_form(tariff=0), tariffs=[0]) is None


def test_whole_form_passes_the_lists_on() -> None:
    form = good_form(tariff=7, currency="PLN")
    issues = validate_client_form(form, tariffs=[5], currencies=["USD"])
    assert {k: v.code for k, v in issues.items()} == {
        "tariff": "tariff.unknown",
        "currency": "currency.unsupported",
    }
    assert list(validate_client_form(ClientForm(), tariffs=[5])) == [
        "email",
        "first_name",
        "country",
    ]


def test_params_are_stripped_and_typed() -> None:
    form = good_form(first_name="  Jan ", email=" jan@example.pl ", tariff=0)
    params = form.to_params()
    assert params["first_name"] == "Jan"
    assert params["email"] == "jan@example.pl"
    assert params["tariff"] == 0  # a plan with id 0 is still a plan
    assert params == {
        "email": "jan@example.pl",
        "first_name": "Jan",
        "last_name": "Kowalski",
        "organization": "Kowalski sp. z o.o.",
        "country": "PL",
        "city": "Kraków",
        "phone": "+48601234567",
        "language": "pl",
        "currency": "PLN",
        "tariff": 0,
    }
    # A phone that cannot be read is sent as typed, for the server to refuse at its field.
    assert good_form(phone=" 12 ").to_params()["phone"] == "12"
    assert "phone" not in good_form(phone="").to_params()
    assert "phone" not in good_form(phone="   ").to_params()


def test_records_round_trip() -> None:
    form = good_form(tariff=5, password="tajne123")
    record = form.to_record()
    assert record["tariff"] == 5 and record["email"] == form.email
    assert good_form(password="").to_record()["password_given"] is False
    assert ClientForm.from_record(record) == good_form(tariff=5)
    assert ClientForm.from_record({**record, "tariff": "6"}).tariff == 6
    assert ClientForm.from_record({**record, "tariff": ""}).tariff is None
    assert ClientForm.from_record({**record, "tariff": None}).tariff is None
    assert ClientForm.from_record({"email": "a@b.pl", "unknown": 1, "password": "x"}) == (
        ClientForm(email="a@b.pl")
    )


def test_each_check_names_its_api_parameter_by_default() -> None:
    results = {
        "email": check_email(""),
        "country": check_country(""),
        "currency": check_currency(""),
        "language": check_language("xx"),
        "password": check_password("a"),
        "code": check_code(""),
        "amount": check_amount(""),
        "phone": parse_phone("", "PL"),
        "first_name": check_required("first_name", ""),
    }
    for name, issue in results.items():
        assert isinstance(issue, Issue) and issue.field == name, name
