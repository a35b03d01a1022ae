"""Document groups: the form's fields checked as typed, and what a direction still needs.

A direction's ``restrictions`` say which documents must be uploaded (``upload``) and what must
be stated (``specify``, e.g. an address in the number's country). :func:`checklist` turns
them, with what the group holds now, into the list the rep works down until nothing is
missing; the server's own verdict (``/documents/groups/valid/``) is shown beside it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from zaddesk.core.validation import Issue, check_country, check_email, parse_phone

__all__ = [
    "ADDRESS_FIELDS",
    "FIELDS",
    "ID_TYPES",
    "REQUIRED",
    "SALUTATIONS",
    "CheckItem",
    "checklist",
    "form_values",
    "missing",
    "validate_field",
    "validate_group",
]

SALUTATIONS = ("MR", "MS", "COMPANY")
ID_TYPES = ("PASSPORT", "DNI", "NIE", "RESIDENCE_PERMIT", "NATIONAL_ID_CARD",
            "BUSINESS_REGISTRATION")
# Every field of POST /v1/documents/groups/create/, in the order the form shows them.
FIELDS = (
    "salutation", "first_name", "middle_name", "last_name", "date_of_birth", "nationality",
    "email", "phone",
    "organization", "organization_description", "organization_reg_number",
    "country", "region", "city", "zip_code", "street", "building_number", "building_letter",
    "address", "street_code", "municipality_code",
    "type_of_id", "id_number", "issuing_authority", "issuing_date",
)
REQUIRED = ("email", "salutation", "first_name", "last_name", "country", "city", "address",
            "zip_code", "street", "building_number", "phone")
ADDRESS_FIELDS = ("country", "city", "zip_code", "street", "building_number", "address")
_MAX_TEXT = 255
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _issue(name: str, code: str, text: str, **params: str) -> Issue:
    return Issue(name, code, text, params)


def _date(name: str, text: str, today: date) -> Issue | None:
    if not _DATE.match(text):
        return _issue(name, "date.format", "Type the date as YYYY-MM-DD.")
    try:
        value = date.fromisoformat(text)
    except ValueError:
        return _issue(name, "date.invalid", "There is no such date.")
    if value > today:
        return _issue(name, "date.future", "The date cannot be in the future.")
    if value.year < 1900:
        return _issue(name, "date.invalid", "There is no such date.")
    return None


def validate_field(name: str, value: str, values: Mapping[str, str], *,
                   today: date | None = None) -> Issue | None:
    """The problem with one field as typed (``values`` gives the others, e.g. the country)."""
    text = value.strip()
    today = today or date.today()
    company = values.get("salutation") == "COMPANY"
    if not text:
        if name in REQUIRED:
            return _issue(name, "required", "This field is required.")
        if company and name in ("organization", "organization_reg_number"):
            return _issue(name, "required", "This field is required.")
        return None
    if len(text) > _MAX_TEXT:
        return _issue(name, "too_long", "At most {max} characters.", max=str(_MAX_TEXT))
    if name == "email":
        return check_email(text, name)
    if name in ("country", "nationality"):
        return check_country(text, name)
    if name == "phone":
        parsed = parse_phone(text, values.get("country", ""), name=name)
        return parsed if isinstance(parsed, Issue) else None
    if name in ("date_of_birth", "issuing_date"):
        return _date(name, text, today)
    if name == "salutation" and text not in SALUTATIONS:
        return _issue(name, "choice", "Choose one of the options.")
    if name == "type_of_id" and text not in ID_TYPES:
        return _issue(name, "choice", "Choose one of the options.")
    if name == "zip_code" and not re.fullmatch(r"[A-Za-z0-9 -]{2,12}", text):
        return _issue(name, "zip.invalid", "This is not a postal code.")
    return None


def validate_group(values: Mapping[str, str], *, today: date | None = None) -> dict[str, Issue]:
    issues = {}
    for name in FIELDS:
        issue = validate_field(name, values.get(name, ""), values, today=today)
        if issue is not None:
            issues[name] = issue
    if values.get("issuing_date") and values.get("date_of_birth") and not issues.get(
            "issuing_date") and not issues.get("date_of_birth") and values[
            "issuing_date"] < values["date_of_birth"]:
        issues["issuing_date"] = _issue("issuing_date", "date.before_birth",
                                        "The document cannot be older than its holder.")
    return issues


def form_values(values: Mapping[str, str]) -> dict[str, str]:
    """What is sent: trimmed, empty optional fields left out, the phone in E.164."""
    out = {k: v.strip() for k, v in values.items() if k in FIELDS and v.strip()}
    for name in ("country", "nationality"):
        if name in out:
            out[name] = out[name].upper()
    if "phone" in out:
        parsed = parse_phone(out["phone"], out.get("country", ""))
        if not isinstance(parsed, Issue):
            out["phone"] = parsed.e164
    return out


@dataclass(frozen=True)
class CheckItem:
    """One line of a direction's checklist: a document to upload or something to state."""

    kind: str  # "document", "fields", "address"
    name: str  # a document_type, "information", or "address"
    done: bool
    fields: tuple[str, ...] = ()  # the form fields this line concerns


def checklist(
    upload: Sequence[str],
    specify: Sequence[str],
    values: Mapping[str, str],
    uploaded: Collection[str],
    *,
    country: str | None = None,
    today: date | None = None,
) -> list[CheckItem]:
    """What a direction needs and whether the group has it, in the order to work on it."""
    issues = validate_group(values, today=today)
    items = [CheckItem("fields", "information",
                       not any(name in issues for name in REQUIRED), REQUIRED)]
    listed = set(uploaded) | {"certificate" for t in uploaded if t == "company_letter"}
    for wanted in specify:
        if wanted == "address":
            filled = not any(name in issues for name in ADDRESS_FIELDS)
            in_country = country is None or values.get("country", "").upper() == country.upper()
            items.append(CheckItem("address", "address", filled and in_country, ADDRESS_FIELDS))
        elif wanted in FIELDS:
            items.append(CheckItem("fields", wanted,
                                   bool(values.get(wanted, "").strip()) and wanted not in issues,
                                   (wanted,)))
    for kind in upload:
        items.append(CheckItem("document", kind, kind in listed))
    return items


def missing(items: Sequence[CheckItem]) -> int:
    return sum(1 for item in items if not item.done)
