"""Checks for what a rep types in the onboarding form, run as they type.

Every check returns :class:`Issue` objects keyed by the *API parameter name* (``email``,
``first_name``, ``phone``, ``country``...), so a form can put each message under the input
that feeds that parameter, and a refusal from the server (``ApiError.field``) lands in the
same place.  An issue carries a stable message id (``code``) and its parameters besides the
English text, so the GUI can translate: ``tr(issue.code, issue.text).format(**issue.params)``.

Public interface (plain data in and out, no I/O):

- ``validate_client_form(form, *, tariffs=None, currencies=None) -> dict[str, Issue]``
- ``validate_field(name, form, ...) -> Issue | None`` for one input while it is typed
- ``parse_phone(text, country) -> ParsedPhone`` (E.164 for the API, international for display)
- ``check_email``, ``check_country``, ``check_currency``, ``check_language``,
  ``check_password``, ``check_code``
- ``check_amount`` / ``check_money`` for a money move: only what a rep types (``10``,
  ``10,50``, ``10.50``, ``1 000,50``), at most the currency's decimals
  (``decimal_places``) and ``move_limit`` per move; each other form has its own key
- ``ClientForm``: the typed data, ``to_params()`` for the API, ``to_record()`` for the journal
  (never the password, only whether one was given).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, fields
from dataclasses import field as dc_field
from decimal import Decimal
from typing import Any

import phonenumbers

__all__ = [
    "COUNTRIES",
    "CURRENCIES",
    "LANGUAGES",
    "ClientForm",
    "Issue",
    "ParsedPhone",
    "check_amount",
    "check_code",
    "check_country",
    "check_currency",
    "check_email",
    "check_language",
    "check_money",
    "check_password",
    "check_required",
    "decimal_places",
    "move_limit",
    "parse_phone",
    "validate_client_form",
    "validate_field",
]

# ISO 3166-1 alpha-2, officially assigned codes.
_ISO_3166 = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
"""
COUNTRIES: frozenset[str] = frozenset(_ISO_3166.split())

# ISO 4217 codes of circulating currencies (no metals, funds or test codes).
_ISO_4217 = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
    KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
    MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
    RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT
    TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR
    ZMW ZWG
"""
CURRENCIES: frozenset[str] = frozenset(_ISO_4217.split())

# Interface languages the API accepts (spec: registration ``language`` enum).
LANGUAGES: tuple[str, ...] = ("en", "es", "de", "pl", "ru", "ua", "fr")

# Pragmatic: one @, a dot-separated domain with a 2+ letter TLD, no spaces. No DNS.
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
_CODE = re.compile(r"^[A-Za-z0-9]{3,12}$")
_MAX_TEXT = 255
_PASSWORD_MIN = 8


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem with one input: stable id for translation, English text, its parameters."""

    field: str
    code: str
    text: str
    params: Mapping[str, str] = dc_field(default_factory=dict)

    def message(self) -> str:
        return self.text.format(**self.params) if self.params else self.text


def _issue(name: str, code: str, text: str, **params: str) -> Issue:
    return Issue(name, code, text, params)


@dataclass(frozen=True, slots=True)
class ParsedPhone:
    """A contact phone read for one country: ``e164`` goes to the API, ``display`` to people."""

    e164: str
    display: str
    region: str


def parse_phone(text: str, country: str, *, name: str = "phone") -> ParsedPhone | Issue:
    """Parse a number typed the way people type it (``601 234 567``, ``+48 601-234-567``).

    ``country`` is the default region for numbers without ``+``; a number with ``+`` may be
    from anywhere.  Returns the parsed number or the issue to show at the input.
    """
    raw = text.strip()
    if not raw:
        return _issue(name, "phone.required", "Enter a phone number.")
    region = country.strip().upper() or None
    if region is not None and region not in COUNTRIES and not raw.startswith("+"):
        return _issue(
            name, "phone.no_country", "Choose the country first, or type the number with +."
        )
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        kind = exc.error_type
        if kind == phonenumbers.NumberParseException.TOO_LONG:
            return _issue(name, "phone.too_long", "The number is too long.")
        if kind in (
            phonenumbers.NumberParseException.TOO_SHORT_NSN,
            phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD,
        ):
            return _issue(name, "phone.too_short", "The number is too short.")
        return _issue(name, "phone.unreadable", "This does not look like a phone number.")
    if not phonenumbers.is_possible_number(number):
        reason = phonenumbers.is_possible_number_with_reason(number)
        if reason == phonenumbers.ValidationResult.TOO_SHORT:
            return _issue(name, "phone.too_short", "The number is too short.")
        if reason == phonenumbers.ValidationResult.TOO_LONG:
            return _issue(name, "phone.too_long", "The number is too long.")
        return _issue(name, "phone.invalid", "This is not a valid phone number.")
    if not phonenumbers.is_valid_number(number):
        # An invalid number has no region of its own: name the country its code belongs to
        # (+44 is GB even when the form says PL; without + it is the form's country).
        code = number.country_code
        assert code is not None  # parse always sets it
        country = phonenumbers.region_code_for_country_code(code)
        if country not in COUNTRIES:  # a network of no country (+882, +883, +979)
            return _issue(name, "phone.invalid", "This is not a valid phone number.")
        return _issue(
            name,
            "phone.invalid_for_country",
            "This is not a valid number for {country}.",
            country=country,
        )
    region_of_number = phonenumbers.region_code_for_number(number)
    assert region_of_number is not None  # a valid number has one (001: no country)
    return ParsedPhone(
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        display=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
        region=region_of_number,
    )


def check_required(name: str, value: str) -> Issue | None:
    if not value.strip():
        return _issue(name, "required", "This field is required.")
    if len(value) > _MAX_TEXT:
        return _issue(name, "too_long", "At most {max} characters.", max=str(_MAX_TEXT))
    return None


def check_email(value: str, name: str = "email") -> Issue | None:
    text = value.strip()
    if not text:
        return _issue(name, "email.required", "Enter the client's e-mail address.")
    if len(text) > 254 or not _EMAIL.match(text) or ".." in text:
        return _issue(name, "email.invalid", "This is not a valid e-mail address.")
    local = text.partition("@")[0]
    if local.startswith(".") or local.endswith(".") or len(local) > 64:
        return _issue(name, "email.invalid", "This is not a valid e-mail address.")
    return None


def check_country(value: str, name: str = "country") -> Issue | None:
    code = value.strip()
    if not code:
        return _issue(name, "country.required", "Choose a country.")
    if code.upper() != code or code not in COUNTRIES:
        return _issue(
            name, "country.invalid", "{value} is not an ISO 3166 country code.", value=code
        )
    return None


def check_currency(
    value: str, name: str = "currency", *, allowed: Collection[str] | None = None
) -> Issue | None:
    code = value.strip()
    if not code:
        return _issue(name, "currency.required", "Choose a currency.")
    if code.upper() != code or code not in CURRENCIES:
        return _issue(
            name, "currency.invalid", "{value} is not an ISO 4217 currency code.", value=code
        )
    if allowed is not None and code not in allowed:
        return _issue(
            name, "currency.unsupported", "Zadarma does not offer {value} accounts.", value=code
        )
    return None


def check_language(value: str, name: str = "language") -> Issue | None:
    if value and value not in LANGUAGES:
        return _issue(
            name,
            "language.invalid",
            "Choose one of: {choices}.",
            choices=", ".join(LANGUAGES),
        )
    return None


def check_password(value: str, name: str = "password") -> Issue | None:
    """Optional: the server generates one when none is given."""
    if not value:
        return None
    if len(value) < _PASSWORD_MIN:
        return _issue(
            name, "password.too_short", "At least {min} characters.", min=str(_PASSWORD_MIN)
        )
    if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
        return _issue(name, "password.weak", "Use both letters and digits.")
    return None


def check_code(value: str, name: str = "code") -> Issue | None:
    """A confirmation code from an SMS, a call or a registration e-mail."""
    text = value.strip()
    if not text:
        return _issue(name, "code.required", "Enter the code.")
    if not _CODE.match(text):
        return _issue(name, "code.invalid", "The code is letters and digits only.")
    return None


# Decimal places per currency where ISO 4217 says other than two.
_NO_DECIMALS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF"
_THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND"
_MINOR_UNITS: Mapping[str, int] = {
    **dict.fromkeys(_NO_DECIMALS.split(), 0),
    **dict.fromkeys(_THREE_DECIMALS.split(), 3),
}
# The most one move (a top-up or a transfer back) may carry, against a slip of the finger
# (a zero too many).  Shown to the rep beside the field.  Currencies not listed: _MOVE_LIMIT.
_MOVE_LIMIT = Decimal("10000")
_MOVE_LIMITS: Mapping[str, Decimal] = {
    "PLN": Decimal("40000"),
    "UAH": Decimal("400000"),
    "RUB": Decimal("1000000"),
    "KZT": Decimal("5000000"),
}
# What a rep types: ASCII digits, spaces (or the no-break spaces a locale puts) between groups
# of three, one decimal comma or point.  Python's Decimal would also take 1_0, 1e3 and digits
# of other scripts; none of them is an amount a rep means.
_SPACE = r"[ \u00a0\u202f]"
_AMOUNT = re.compile(rf"(?:[0-9]+|[0-9]{{1,3}}(?:{_SPACE}[0-9]{{3}})+)(?:[.,]([0-9]+))?")
_GROUPED = re.compile(rf"[0-9]+(?:(?:{_SPACE}+|[.,])[0-9]+)+")
_EXPONENT = re.compile(r"[0-9][.,]?[0-9]*[eE][+-]?[0-9]+")


def decimal_places(currency: str) -> int:
    """How many decimals an amount in ``currency`` may have (two unless ISO 4217 says else)."""
    return _MINOR_UNITS.get(currency.strip().upper(), 2)


def move_limit(currency: str) -> Decimal:
    """The largest amount one money move in ``currency`` may carry."""
    return _MOVE_LIMITS.get(currency.strip().upper(), _MOVE_LIMIT)


def check_amount(
    value: str | Decimal, name: str = "amount", *, currency: str = ""
) -> Decimal | Issue:
    """An amount for one money move, typed as a rep types it: ``10``, ``10,50``, ``10.50``,
    ``1 000,50``; at most the currency's decimals and at most :func:`move_limit`."""
    places = decimal_places(currency)
    if isinstance(value, Decimal):
        if not value.is_finite():
            return _issue(name, "amount.invalid", "Type an amount such as 10,50.")
        amount = value
        exponent = amount.normalize().as_tuple().exponent
        assert isinstance(exponent, int)  # a finite Decimal's always is
        decimals = -exponent  # below zero for whole tens, hundreds: never too many
    else:
        text = value.strip()
        if not text:
            return _issue(name, "amount.required", "Enter an amount.")
        if text.startswith("-"):
            return _issue(name, "amount.not_positive", "The amount must be more than zero.")
        match = _AMOUNT.fullmatch(text)
        if match is None:
            if any(c.isdigit() and not c.isascii() for c in text):
                return _issue(name, "amount.digits", "Type the amount with the digits 0-9.")
            if _EXPONENT.fullmatch(text):
                return _issue(
                    name, "amount.exponent", "Type the amount in full, without an exponent."
                )
            if _GROUPED.fullmatch(text):
                return _issue(
                    name,
                    "amount.grouping",
                    "Separate thousands with spaces and decimals with one comma or point, "
                    "as in 1 000,50.",
                )
            return _issue(name, "amount.invalid", "Type an amount such as 10,50.")
        decimals = len(match.group(1) or "")
        amount = Decimal(re.sub(_SPACE, "", text).replace(",", "."))
    if amount <= 0:
        return _issue(name, "amount.not_positive", "The amount must be more than zero.")
    if decimals > places:
        if places == 0:
            return _issue(name, "amount.precision", "Whole amounts only.", places="0")
        return _issue(
            name, "amount.precision", "At most {places} decimal places.", places=str(places)
        )
    limit = move_limit(currency)
    if amount > limit:
        shown = f"{limit:,.0f}".replace(",", " ")
        return _issue(
            name,
            "amount.too_large",
            "At most {limit} in one move.",
            limit=f"{shown} {currency.strip().upper()}".strip(),
        )
    return amount


def check_money(amount: str | Decimal, currency: str) -> Decimal | dict[str, Issue]:
    """An amount and its currency for a money move: the amount, or the issues by field."""
    issues: dict[str, Issue] = {}
    currency_issue = check_currency(currency)
    if currency_issue:
        issues["currency"] = currency_issue
    value = check_amount(amount, currency="" if currency_issue else currency)
    if isinstance(value, Issue):
        issues["amount"] = value
    if issues or isinstance(value, Issue):
        return issues
    return value


@dataclass(slots=True)
class ClientForm:
    """What the rep types in step 1, named as the registration parameters."""

    email: str = ""
    first_name: str = ""
    last_name: str = ""
    middle_name: str = ""
    organization: str = ""
    country: str = ""
    city: str = ""
    address: str = ""
    phone: str = ""
    language: str = ""
    currency: str = ""
    tariff: int | None = None
    password: str = dc_field(default="", repr=False)

    def to_params(self) -> dict[str, Any]:
        """Registration parameters: blank fields dropped, phone in E.164, no password."""
        params: dict[str, Any] = {}
        for name in (f.name for f in fields(self) if f.name != "password"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = value.strip()  # a field of spaces is an empty field, not sent
            if value is None or value == "":
                continue
            params[name] = value
        if self.phone.strip():
            parsed = parse_phone(self.phone, self.country)
            if isinstance(parsed, ParsedPhone):
                params["phone"] = parsed.e164
        return params

    def to_record(self) -> dict[str, Any]:
        """What may be written to disk: everything typed except the password itself."""
        record = asdict(self)
        record.pop("password")
        record["password_given"] = bool(self.password)
        return record

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> ClientForm:
        names = {f.name for f in fields(cls)} - {"password"}
        values = {k: v for k, v in record.items() if k in names}
        tariff = values.get("tariff")
        if tariff not in (None, ""):
            values["tariff"] = int(tariff)
        else:
            values["tariff"] = None
        return cls(**values)


_FIELDS = (
    "email",
    "first_name",
    "last_name",
    "middle_name",
    "organization",
    "country",
    "city",
    "address",
    "phone",
    "language",
    "currency",
    "tariff",
    "password",
)


def validate_field(
    name: str,
    form: ClientForm,
    *,
    tariffs: Collection[int] | None = None,
    currencies: Collection[str] | None = None,
) -> Issue | None:
    """Check one input in the context of the whole form (the phone depends on the country)."""
    if name == "email":
        return check_email(form.email)
    if name == "first_name":
        return check_required(name, form.first_name)
    if name in ("last_name", "middle_name", "organization", "city", "address"):
        value: str = getattr(form, name)
        if len(value) > _MAX_TEXT:
            return _issue(name, "too_long", "At most {max} characters.", max=str(_MAX_TEXT))
        return None
    if name == "country":
        return check_country(form.country)
    if name == "phone":
        if not form.phone.strip():
            return None
        parsed = parse_phone(form.phone, form.country)
        return parsed if isinstance(parsed, Issue) else None
    if name == "language":
        return check_language(form.language)
    if name == "currency":
        if not form.currency:
            return None
        return check_currency(form.currency, allowed=currencies)
    if name == "tariff":
        if form.tariff is not None and tariffs is not None and form.tariff not in tariffs:
            return _issue(name, "tariff.unknown", "Choose a price plan from the list.")
        return None
    if name == "password":
        return check_password(form.password)
    raise KeyError(name)


def validate_client_form(
    form: ClientForm,
    *,
    tariffs: Collection[int] | None = None,
    currencies: Collection[str] | None = None,
) -> dict[str, Issue]:
    """All issues of step 1; empty means the form may be sent."""
    issues: dict[str, Issue] = {}
    for name in _FIELDS:
        issue = validate_field(name, form, tariffs=tariffs, currencies=currencies)
        if issue is not None:
            issues[name] = issue
    return issues
