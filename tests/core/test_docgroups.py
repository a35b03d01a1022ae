"""The group form's checks and a direction's checklist."""

from __future__ import annotations

from datetime import date

from zaddesk.core import docgroups

TODAY = date(2026, 12, 2)
PERSON = {
    "salutation": "MS", "first_name": "Anna", "last_name": "Kowalska",
    "email": "anna@example.pl", "phone": "601 234 567", "country": "PL", "city": "Kraków",
    "zip_code": "30-001", "street": "Floriańska", "building_number": "5",
    "address": "ul. Floriańska 5, 30-001 Kraków",
}


def test_person_is_valid_and_sent_in_e164() -> None:
    assert docgroups.validate_group(PERSON, today=TODAY) == {}
    assert docgroups.form_values(PERSON)["phone"] == "+48601234567"


def test_fields_are_checked_as_typed() -> None:
    def code(name: str, value: str) -> str | None:
        issue = docgroups.validate_field(name, value, PERSON, today=TODAY)
        return issue.code if issue else None

    assert code("date_of_birth", "1990-02-30") == "date.invalid"
    assert code("date_of_birth", "02.03.1990") == "date.format"
    assert code("issuing_date", "2030-01-01") == "date.future"
    assert code("nationality", "POL") == "country.invalid"
    assert code("nationality", "") is None
    assert code("email", "anna@") == "email.invalid"
    assert code("phone", "12") == "phone.too_short"
    assert code("city", "") == "required"
    company = {**PERSON, "salutation": "COMPANY"}
    assert docgroups.validate_field("organization", "", company, today=TODAY) is not None


def test_checklist_goes_from_three_missing_to_none() -> None:
    values = {**PERSON, "country": "DE", "phone": "+48 601 234 567"}
    items = docgroups.checklist(["passport", "phone_bill"], ["address"], values, set(),
                                country="PL", today=TODAY)
    assert docgroups.missing(items) == 3
    assert [i.name for i in items if not i.done] == ["address", "passport", "phone_bill"]
    items = docgroups.checklist(["passport", "phone_bill"], ["address"], PERSON,
                                {"passport", "phone_bill"}, country="PL", today=TODAY)
    assert docgroups.missing(items) == 0
