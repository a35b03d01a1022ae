"""What the number shop page needs from the emulator: a big country, every kind of restriction,
orders refused the way the real API refuses them, routing, and lost answers applied once."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from tests.conftest import EmulatorFactory, signed
from zaddesk.emulator.server import EmulatorServer

STAR = 210001  # PLN client with a PBX, a PL document group with a passport
PLAIN = 210002
ORDER = "/v1/direct_numbers/order/"
PROLONG = "/v1/direct_numbers/prolong/"


def ok(server: EmulatorServer, method: str, path: str, params: Any = None) -> dict[str, Any]:
    response = signed(server, method, path, params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def refused(server: EmulatorServer, method: str, path: str, params: Any = None) -> str:
    response = signed(server, method, path, params)
    assert response.status_code == 400, response.text
    assert response.json()["status"] == "error"
    return str(response.json()["message"])


def balance(server: EmulatorServer, uid: int) -> Decimal:
    return Decimal(str(ok(server, "GET", "/v1/info/balance/", {"user_id": uid})["balance"]))


def us_directions(server: EmulatorServer, uid: int = STAR) -> list[dict[str, Any]]:
    info: list[dict[str, Any]] = ok(
        server, "GET", "/v1/direct_numbers/country/", {"country": "US", "user_id": uid}
    )["info"]
    return info


def test_one_country_has_fifty_directions_with_every_kind_of_need(
    emulator: EmulatorServer,
) -> None:
    directions = us_directions(emulator)
    assert len(directions) >= 50
    uploads = {tuple(d.get("restrictions", {}).get("upload", [])) for d in directions}
    specifies = {tuple(d.get("restrictions", {}).get("specify", [])) for d in directions}
    assert {(), ("driver_id_us_ca",), ("phone_bill",)} <= uploads
    assert {(), ("address",), ("purpose",), ("address", "purpose")} <= specifies
    assert {d["receive_sms"] for d in directions} == {"true", "false"}
    assert any(d["is_toll"] == "true" for d in directions)
    assert len({d["id"] for d in directions}) == len(directions)
    assert all(d["currency"] == "PLN" for d in directions)  # the acting client's currency


def test_purpose_is_required_where_the_direction_says_so(emulator: EmulatorServer) -> None:
    direction = next(
        d for d in us_directions(emulator)
        if d.get("restrictions", {}).get("specify") == ["purpose"]
    )
    before = balance(emulator, STAR)
    params = {"user_id": STAR, "direction_id": direction["id"], "documents_group_id": 0}
    assert "purpose" in refused(emulator, "POST", ORDER, params)
    assert balance(emulator, STAR) == before
    order = ok(emulator, "POST", ORDER, {**params, "purpose": "Customer hotline"})
    assert order["is_activated"] == "true"
    cost = Decimal(str(direction["connect_fee"])) + Decimal(str(direction["monthly_fee"]))
    assert before - balance(emulator, STAR) == cost


def test_group_from_another_country_is_refused_for_an_address_direction(
    emulator: EmulatorServer,
) -> None:
    direction = next(
        d for d in us_directions(emulator)
        if d.get("restrictions", {}).get("specify") == ["address"]
    )
    before = balance(emulator, STAR)
    message = refused(emulator, "POST", ORDER, {
        "user_id": STAR, "direction_id": direction["id"], "documents_group_id": 0})
    assert "address in US" in message
    assert balance(emulator, STAR) == before
    valid = ok(emulator, "GET", "/v1/documents/groups/valid/0/",
               {"user_id": STAR, "direction_id": direction["id"]})
    assert valid["is_address_match"] == "false"


def test_number_taken_meanwhile_and_no_money(emulator_factory: EmulatorFactory) -> None:
    server = emulator_factory()
    free = ok(server, "GET", "/v1/direct_numbers/available/1002/")["numbers"][0]
    params = {"direction_id": 1002, "documents_group_id": 0, "number_id": free["id"]}
    ok(server, "POST", ORDER, {**params, "user_id": STAR})
    assert "no longer available" in refused(server, "POST", ORDER, {**params, "user_id": PLAIN})
    poor = ok(server, "POST", "/v1/reseller/users/registration/new/", {
        "email": "pusty.portfel@example.pl", "first_name": "Jan", "country": "PL"})["user_id"]
    assert "Insufficient funds" in refused(server, "POST", ORDER, {
        "user_id": poor, "direction_id": 1003, "documents_group_id": 0})


def test_route_to_the_pbx_and_test_mode(emulator: EmulatorServer) -> None:
    pbx_id = ok(emulator, "GET", "/v1/pbx/internal/", {"user_id": STAR})["pbx_id"]
    number = ok(emulator, "GET", "/v1/direct_numbers/", {"user_id": STAR})["info"][0]["number"]
    base = {"user_id": STAR, "number": number}
    routed = ok(emulator, "PUT", "/v1/direct_numbers/set_sip_id/", {**base, "sip_id": pbx_id})
    assert routed["sip_id"] == str(pbx_id)
    ok(emulator, "PUT", "/v1/direct_numbers/set_sip_id/",
       {**base, "sip_id": str(pbx_id), "test_mode": "on"})
    detail = ok(emulator, "GET", "/v1/direct_numbers/number/", base)["info"]
    assert detail["sip"] == str(pbx_id) and detail["is_on_test"] == "true"
    assert "neither" in refused(emulator, "PUT", "/v1/direct_numbers/set_sip_id/",
                                {**base, "sip_id": "999999"})


def test_lost_order_answer_is_applied_once(emulator: EmulatorServer) -> None:
    before = balance(emulator, PLAIN)
    owned = ok(emulator, "GET", "/v1/direct_numbers/", {"user_id": PLAIN})["info"]
    emulator.set_faults(drop_after_apply=1, path=ORDER)
    with pytest.raises(httpx.RemoteProtocolError):
        signed(emulator, "POST", ORDER,
               {"user_id": PLAIN, "direction_id": 1003, "documents_group_id": 0})
    after = ok(emulator, "GET", "/v1/direct_numbers/", {"user_id": PLAIN})["info"]
    assert len(after) == len(owned) + 1
    fees = ok(emulator, "GET", "/v1/direct_numbers/country/",
              {"country": "PL", "direction_id": 1003, "user_id": PLAIN})["info"][0]
    charged = before - balance(emulator, PLAIN)
    assert charged == Decimal(str(fees["connect_fee"])) + Decimal(str(fees["monthly_fee"]))


def test_lost_prolong_answer_is_applied_once(emulator: EmulatorServer) -> None:
    number = ok(emulator, "GET", "/v1/direct_numbers/", {"user_id": STAR})["info"][0]
    before = balance(emulator, STAR)
    emulator.set_faults(drop_after_apply=1, path=PROLONG)
    with pytest.raises(httpx.RemoteProtocolError):
        signed(emulator, "POST", PROLONG,
               {"user_id": STAR, "number": number["number"], "months": 1})
    detail = ok(emulator, "GET", "/v1/direct_numbers/number/",
                {"user_id": STAR, "number": number["number"]})["info"]
    assert detail["stop_date"] > number["stop_date"]
    assert before - balance(emulator, STAR) == Decimal(str(number["monthly_fee"]))
