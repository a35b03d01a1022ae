"""Dealer onboarding against the emulator: registration outcomes, phones, money, client list."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import httpx

from tests.conftest import EmulatorFactory, signed
from zaddesk.emulator import Clock
from zaddesk.emulator.server import EmulatorServer

STAR = 210001  # PLN client with a confirmed phone
UNPROVED = 210003  # active, phone added but not confirmed
NEW = "/v1/reseller/users/registration/new/"


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


def register(server: EmulatorServer, email: str) -> dict[str, Any]:
    return ok(server, "POST", NEW, {"email": email, "first_name": "Ewa", "country": "PL",
                                    "currency": "EUR", "language": "pl"})


def test_immediate_registration(emulator: EmulatorServer) -> None:
    made = register(emulator, "ewa@kwiaty.example.pl")
    user = ok(emulator, "GET", "/v1/reseller/users/find/", {"id": made["user_id"]})["user"]
    assert user["email"] == "ewa@kwiaty.example.pl" and user["is_active"] is True
    assert user["currency"] == "EUR" and user["balance"] == "0.00"
    assert "already registered" in refused(emulator, "POST", NEW, {
        "email": "EWA@kwiaty.example.pl", "first_name": "E", "country": "PL"})


def test_link_registration_waits_for_the_click(emulator: EmulatorServer) -> None:
    email = "ewa+link@kwiaty.example.pl"
    made = register(emulator, email)
    assert "user_id" not in made
    [mail] = [m for m in emulator.outbox() if m["to"] == email]
    assert mail["kind"] == "email" and "/_emulator/click_link" in mail["text"]
    assert mail["code"] == ""  # nothing for the rep to type: the token is in the link
    user = ok(emulator, "GET", "/v1/reseller/users/find/", {"email": email})["user"]
    assert user["is_active"] is False
    assert "confirmed" in refused(emulator, "GET", "/v1/info/balance/", {"user_id": user["id"]})
    assert "link" in refused(emulator, "POST", "/v1/reseller/users/registration/confirm/",
                             {"email": email, "code": "123456"})
    clicked = httpx.post(emulator.base_url + "/_emulator/click_link", params={"email": email})
    assert clicked.status_code == 200 and str(clicked.json()["user_id"]) == user["id"]
    assert ok(emulator, "GET", "/v1/reseller/users/find/", {"email": email})["user"]["is_active"]
    again = httpx.post(emulator.base_url + "/_emulator/click_link", params={"email": email})
    assert again.status_code == 400


def test_code_registration_confirmed_by_the_dealer(emulator: EmulatorServer) -> None:
    email = "jan+code@kwiaty.example.pl"
    assert "user_id" not in register(emulator, email)
    [mail] = [m for m in emulator.outbox() if m["to"] == email]
    assert re.fullmatch(r"\d{6}", mail["code"]) and mail["code"] in mail["text"]
    confirm = "/v1/reseller/users/registration/confirm/"
    wrong = "000000" if mail["code"] != "000000" else "111111"
    assert "Wrong" in refused(emulator, "POST", confirm, {"email": email, "code": wrong})
    done = ok(emulator, "POST", confirm, {"email": email, "code": mail["code"]})
    assert isinstance(done["user_id"], int)
    assert "already confirmed" in refused(emulator, "POST", confirm,
                                          {"email": email, "code": "123456"})


def test_client_list_pages_fifty(emulator: EmulatorServer) -> None:
    first = ok(emulator, "GET", "/v1/reseller/users/list/")
    assert first["total"] >= 60 and first["total_pages"] == 2 and first["page"] == 1
    assert len(first["users"]) == 50
    second = ok(emulator, "GET", "/v1/reseller/users/list/", {"page": 2})
    assert len(second["users"]) == first["total"] - 50
    ids = [u["id"] for u in first["users"] + second["users"]]
    assert len(set(ids)) == len(ids)
    assert ok(emulator, "GET", "/v1/reseller/users/list/", {"page": 3})["users"] == []
    states = {(u["is_active"], u.get("allow_topup")) for u in first["users"]}
    assert {(True, True), (True, False), (False, False)} <= states


def test_phone_proof_by_sms_with_expiry(emulator_factory: EmulatorFactory) -> None:
    clock = Clock()
    server = emulator_factory(clock=clock)
    number = "+48 600 700 800"
    added = ok(server, "POST", "/v1/reseller/users/phones/add/",
               {"user_id": UNPROVED, "number": number})
    assert added["is_proved"] is False and added["number"] == "48600700800"
    prove = {"user_id": UNPROVED, "number": number}
    ok(server, "POST", "/v1/reseller/users/phones/prove_by_sms/", prove)
    sms = server.outbox()[-1]
    assert sms["kind"] == "sms" and sms["to"] == number and re.fullmatch(r"\d{6}", sms["code"])
    clock.advance(601)
    confirm = "/v1/reseller/users/phones/confirm/"
    assert "expired" in refused(server, "POST", confirm, {**prove, "code": sms["code"]})
    ok(server, "POST", "/v1/reseller/users/phones/prove_by_sms/", prove)
    code = server.outbox()[-1]["code"]
    wrong = "123456" if code != "123456" else "654321"
    assert "Wrong" in refused(server, "POST", confirm, {**prove, "code": wrong})
    ok(server, "POST", confirm, {**prove, "code": code})
    phones = ok(server, "GET", "/v1/reseller/users/phones/", {"user_id": UNPROVED})["list"]
    assert {p["number"]: p["is_proved"] for p in phones}["48600700800"] is True


def test_phone_proof_by_callback_lands_in_outbox(emulator: EmulatorServer) -> None:
    phones = ok(emulator, "GET", "/v1/reseller/users/phones/", {"user_id": UNPROVED})["list"]
    number = phones[0]["number"]
    ok(emulator, "POST", "/v1/reseller/users/phones/prove_by_callback/",
       {"user_id": UNPROVED, "number": number, "language": "pl"})
    call = emulator.outbox()[-1]
    assert call["kind"] == "call" and call["to"] == number
    ok(emulator, "POST", "/v1/reseller/users/phones/confirm/",
       {"user_id": UNPROVED, "number": number, "code": call["code"]})
    assert ok(emulator, "GET", "/v1/reseller/users/find/", {"id": UNPROVED})["user"]["allow_topup"]
    over = httpx.get(emulator.base_url + "/_emulator/outbox", params={"to": number}).json()
    assert [m["kind"] for m in over] == ["call"]


def test_topup_needs_a_confirmed_phone_and_money(emulator: EmulatorServer) -> None:
    topup = "/v1/reseller/users/topup/"
    pay = {"amount": 5, "currency": "USD"}
    message = refused(emulator, "POST", topup, {"user_id": UNPROVED, **pay})
    assert "confirmed contact phone" in message
    message = refused(emulator, "POST", topup, {**pay, "user_id": STAR, "amount": 99999})
    assert "Insufficient" in message


def dealer_balance(server: EmulatorServer) -> Decimal:
    return Decimal(str(ok(server, "GET", "/v1/reseller/account/info/")["balance"]))


def client_balance(server: EmulatorServer, user_id: int) -> Decimal:
    return Decimal(str(ok(server, "GET", "/v1/info/balance/", {"user_id": user_id})["balance"]))


def test_topup_converts_on_both_sides(emulator: EmulatorServer) -> None:
    dealer, client = dealer_balance(emulator), client_balance(emulator, STAR)
    done = ok(emulator, "POST", "/v1/reseller/users/topup/",
              {"user_id": STAR, "amount": 10, "currency": "EUR"})
    # Fixed table: 1 EUR = 1.08 USD, 1 PLN = 0.25 USD.
    assert done["user_topup"] == {"amount": 43.2, "currency": "PLN"}
    assert done["reseller_withdraw"] == {"amount": 10.8, "currency": "USD"}
    assert dealer_balance(emulator) == dealer - Decimal("10.80")
    assert client_balance(emulator, STAR) == client + Decimal("43.20")


def test_money_transfer_both_ways(emulator: EmulatorServer) -> None:
    dealer, client = dealer_balance(emulator), client_balance(emulator, STAR)
    path = "/v1/reseller/account/money_transfer/"
    back = ok(emulator, "POST", path,
              {"user_id": STAR, "amount": 40, "currency": "PLN", "type": "to_reseller"})
    assert back["reseller"]["currency"] == "USD" and back["user"]["currency"] == "PLN"
    assert Decimal(back["user"]["balance"]) == client - 40
    assert Decimal(back["reseller"]["balance"]) == dealer + 10
    there = ok(emulator, "POST", path,
               {"user_id": STAR, "amount": 10, "currency": "USD", "type": "to_user"})
    assert Decimal(there["user"]["balance"]) == client
    assert "Insufficient" in refused(emulator, "POST", path, {
        "user_id": STAR, "amount": 100000, "currency": "PLN", "type": "to_reseller"})


def test_find_by_sip_and_missing_parameters(emulator: EmulatorServer) -> None:
    sip = ok(emulator, "GET", "/v1/sip/", {"user_id": STAR})["sips"][0]["id"]
    found = ok(emulator, "GET", "/v1/reseller/users/find/", {"sip": sip})["user"]
    assert found["id"] == str(STAR)
    assert "one of" in refused(emulator, "GET", "/v1/reseller/users/find/")
    assert "missing" in refused(emulator, "POST", NEW, {"email": "x@example.pl"})


def test_parallel_topups_keep_both_balances_consistent(emulator: EmulatorServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    dealer, client = dealer_balance(emulator), client_balance(emulator, STAR)
    pay = {"user_id": STAR, "amount": 2, "currency": "PLN"}
    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(
            lambda _: signed(emulator, "POST", "/v1/reseller/users/topup/", pay).status_code,
            range(40),
        ))
    assert codes == [200] * 40
    assert client_balance(emulator, STAR) == client + 80
    assert dealer_balance(emulator) == dealer - Decimal("20.00")
