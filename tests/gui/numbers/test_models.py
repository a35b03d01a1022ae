"""The shop's models without a server: display and highlight positions, sorting, streaming."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from zaddesk.api.errors import ApiError
from zaddesk.api.resources.numbers import Country, Direction, DirectionRestrictions
from zaddesk.core.numbers import NumberFilter, ShopNumber
from zaddesk.gui.numbers.models import (
    CountryModel,
    DirectionModel,
    NumberModel,
    SpansRole,
    display_number,
)
from zaddesk.gui.numbers.order import classify_refusal


def direction(name: str, fee: str, *, sms: bool = False, upload: list[str] | None = None
              ) -> Direction:
    return Direction(id=name, country_code="48", area_code="22", name=name,
                     connect_fee=Decimal(0), monthly_fee=Decimal(fee), currency="PLN",
                     receive_sms=sms, restrictions=DirectionRestrictions(upload=upload or []))


def test_numbers_show_apart_and_highlight_the_right_digits(qapp: Any) -> None:
    row = ShopNumber("48221234567", "1", 1001, 2, 4)
    assert display_number(row) == "+48 22 1234567"
    model = NumberModel()
    model.set_rows([row])
    model.set_filter(NumberFilter.parse("2123"))  # crosses the gap after the area code
    text = model.index(0, 0).data()
    [(a, b)] = model.index(0, 0).data(SpansRole)
    assert text[a:b] == "2 123"
    model.set_filter(NumberFilter.parse(""))
    model.set_rows([row], mask="567")
    [(a, b)] = model.index(0, 0).data(SpansRole)
    assert text[a:b] == "567"  # the server's mask, while nothing is typed


def test_streamed_rows_are_filtered_as_they_come(qapp: Any) -> None:
    model = NumberModel()
    model.set_filter(NumberFilter.parse("*00"))
    model.set_rows([], show_city=True)
    model.add_rows([ShopNumber("48225930400", "1", 1, 2, 4, "A"),
                    ShopNumber("48229305718", "2", 1, 2, 4, "A")])
    model.add_rows([ShopNumber("48121111100", "3", 2, 2, 4, "B")])
    assert [model.row_at(r).number_id for r in range(model.rowCount())] == ["1", "3"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).city == "B"
    model.set_filter(NumberFilter.parse("", nice=True))
    assert [model.row_at(r).number_id for r in range(model.rowCount())] == ["3"]


def test_countries_and_directions(qapp: Any) -> None:
    countries = CountryModel()
    countries.set_countries([Country(country_code="48", country_code_iso="PL", name="Polska"),
                             Country(country_code="49", country_code_iso="DE", name="Niemcy"),
                             Country(country_code="44", country_code_iso="GB",
                                     name="Wielka Brytania")])
    countries.set_query("+49")
    assert countries.rowCount() == 1 and countries.row_of("DE") == 0
    countries.set_query("gb")
    assert countries.row_of("GB") == 0
    model = DirectionModel()
    model.set_directions([direction("B", "9"), direction("A", "12", sms=True,
                                                         upload=["passport"])])
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert [d.name for d in model.rows] == ["B", "A"]
    assert model.index(1, 4).data() == "yes" and "passport" in model.index(1, 6).data()
    assert model.index(0, 6).data() == "nothing"
    assert model.index(1, 6).data(Qt.ItemDataRole.DecorationRole) is not None


def test_refusals_land_on_their_field() -> None:
    def field(message: str) -> str:
        return classify_refusal(ApiError(message, status_code=400))[0]

    assert field("Insufficient funds for the number: 12.00 needed") == "period"
    assert field("This number is no longer available; pick another one") == "number"
    assert field("Parameter 'purpose' is required for numbers of Austin") == "purpose"
    assert field("Document group 5 does not meet the requirements of X") == "documents_group_id"
    assert field("Something else") == ""
