"""The number shop and documents: catalogue, lazy free numbers, orders that wait for papers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tests.conftest import EmulatorFactory, signed
from tests.media import pdf_bytes, png_bytes
from zaddesk.emulator.numbering import number_at
from zaddesk.emulator.server import EmulatorServer

STAR = 210001
PLAIN = 210002  # active PLN client with 120 PLN, no numbers
WARSAW = 1001


def ok(server: EmulatorServer, method: str, path: str, params: Any = None,
       files: Any = None) -> dict[str, Any]:
    response = signed(server, method, path, params, files=files)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def refused(server: EmulatorServer, method: str, path: str, params: Any = None,
            files: Any = None) -> str:
    response = signed(server, method, path, params, files=files)
    assert response.status_code == 400, response.text
    return str(response.json()["message"])


def test_catalogue_is_a_convincing_shop(emulator: EmulatorServer) -> None:
    countries = ok(emulator, "GET", "/v1/direct_numbers/countries/", {"language": "en"})["info"]
    assert len(countries) >= 30
    codes = {c["countryCodeIso"]: c["countryCode"] for c in countries}
    assert codes["PL"] == "48" and codes["DE"] == "49" and codes["GB"] == "44"
    assert codes["US"] == "1" and codes["UA"] == "380" and codes["CZ"] == "420"
    polish = ok(emulator, "GET", "/v1/direct_numbers/countries/", {"language": "pl"})["info"]
    assert {c["name"] for c in polish} >= {"Polska", "Niemcy", "Wielka Brytania"}
    directions: list[dict[str, Any]] = []
    currencies: set[str] = set()
    for country in countries:
        info = ok(emulator, "GET", "/v1/direct_numbers/country/",
                  {"country": country["countryCodeIso"]})["info"]
        directions.extend(info)
    assert len(directions) >= 300
    warsaw = next(d for d in directions if d["id"] == str(WARSAW))
    assert (warsaw["countryCode"], warsaw["areaCode"], warsaw["name"]) == ("48", "22", "Warszawa")
    assert warsaw["restrictions"]["upload"] == ["passport"]
    assert {d["receive_sms"] for d in directions} == {"true", "false"}
    for currency in ("PLN", "EUR", "GBP"):
        uid = ok(emulator, "POST", "/v1/reseller/users/registration/new/", {
            "email": f"c{currency}@example.pl", "first_name": "X", "country": "PL",
            "currency": currency})["user_id"]
        fees = ok(emulator, "GET", "/v1/direct_numbers/country/",
                  {"country": "DE", "user_id": uid})["info"]
        currencies.update(d["currency"] for d in fees)
    assert currencies == {"PLN", "EUR", "GBP"}


def test_big_direction_is_lazy_and_mask_searchable(emulator: EmulatorServer) -> None:
    with emulator.store.tx() as db:
        warsaw = db.execute("SELECT * FROM directions WHERE id = ?", (WARSAW,)).fetchone()
        stored = db.execute("SELECT COUNT(*) FROM numbers").fetchone()[0]
    assert warsaw["available"] >= 10_000 and stored < 20
    deep = number_at(warsaw, 19_999)
    found = ok(emulator, "GET", f"/v1/direct_numbers/available/{WARSAW}/",
               {"mask": deep[-7:]})["numbers"]
    assert deep in [n["number"] for n in found]
    assert all(deep[-7:] in n["number"] for n in found)
    page = ok(emulator, "GET", f"/v1/direct_numbers/available/{WARSAW}/")["numbers"]
    assert len(page) == 50 and len({n["number"] for n in page}) == 50
    by_code = ok(emulator, "GET", "/v1/direct_numbers/available/pl22/")["numbers"]
    assert by_code == page
    assert "digits only" in refused(emulator, "GET", f"/v1/direct_numbers/available/{WARSAW}/",
                                    {"mask": "22a"})


GROUP = {
    "user_id": PLAIN, "email": "piotr@autoserwis.example.pl", "salutation": "MR",
    "first_name": "Piotr", "last_name": "Kowalski", "country": "PL", "city": "Warszawa",
    "address": "ul. Mechaników 4", "zip_code": "02-001", "street": "Mechaników",
    "building_number": "4", "phone": "48602345678",
}
PDF = {"file": ("dowod.pdf", pdf_bytes(), "application/pdf")}


def test_order_waits_for_documents_then_activates(emulator: EmulatorServer) -> None:
    group = ok(emulator, "POST", "/v1/documents/groups/create/", GROUP)["group"]
    gid = group["id"]
    valid = ok(emulator, "GET", f"/v1/documents/groups/valid/{gid}/",
               {"user_id": PLAIN, "direction_id": WARSAW})
    assert valid["is_documents_uploaded"] == "false" and valid["is_information_match"] == "true"
    before = Decimal(str(ok(emulator, "GET", "/v1/info/balance/", {"user_id": PLAIN})["balance"]))
    free = ok(emulator, "GET", f"/v1/direct_numbers/available/{WARSAW}/")["numbers"][0]
    order = ok(emulator, "POST", "/v1/direct_numbers/order/", {
        "user_id": PLAIN, "direction_id": WARSAW, "number_id": free["id"],
        "documents_group_id": gid})
    assert order == {"status": "success", "number": free["number"], "is_reserved": "true",
                     "is_activated": "false"}
    fees = ok(emulator, "GET", "/v1/direct_numbers/country/",
              {"country": "PL", "direction_id": WARSAW, "user_id": PLAIN})["info"][0]
    after = Decimal(str(ok(emulator, "GET", "/v1/info/balance/", {"user_id": PLAIN})["balance"]))
    assert before - after == Decimal(str(fees["connect_fee"])) + Decimal(str(fees["monthly_fee"]))
    still = ok(emulator, "GET", f"/v1/direct_numbers/available/{WARSAW}/")["numbers"]
    assert free["number"] not in [n["number"] for n in still]
    wrongs = ok(emulator, "GET", "/v1/direct_numbers/checking-wrongs/",
                {"user_id": PLAIN, "group_id": gid})["info"]
    assert wrongs["wrong_document"]["document_type"] == "passport"
    again = refused(emulator, "POST", "/v1/direct_numbers/order/", {
        "user_id": PLAIN, "direction_id": WARSAW, "number_id": free["id"],
        "documents_group_id": gid})
    assert "no longer available" in again
    uploaded = ok(emulator, "POST", "/v1/documents/upload/",
                  {"user_id": PLAIN, "group_id": gid, "document_type": "passport"}, files=PDF)
    assert uploaded["doc_name"].endswith(".pdf")
    [number] = ok(emulator, "GET", "/v1/direct_numbers/", {"user_id": PLAIN})["info"]
    assert number["number"] == free["number"] and number["status"] == "on"
    files = ok(emulator, "GET", "/v1/documents/files/", {"user_id": PLAIN, "group_id": gid})
    assert [(d["type"], d["is_verified"]) for d in files["documents"]] == [("passport", "true")]


def test_uploads_are_checked_by_content(emulator: EmulatorServer) -> None:
    params = {"user_id": PLAIN, "group_id": 0, "document_type": "passport"}
    fake = {"file": ("skan.pdf", b"just some text, not a PDF", "application/pdf")}
    assert "PDF, JPEG or PNG" in refused(emulator, "POST", "/v1/documents/upload/", params,
                                         files=fake)
    png = {"file": ("skan.txt", png_bytes(), "text/plain")}
    assert ok(emulator, "POST", "/v1/documents/upload/", params, files=png)["doc_name"].endswith(
        ".png")


def test_owned_number_settings(emulator: EmulatorServer) -> None:
    info = ok(emulator, "GET", "/v1/direct_numbers/", {"user_id": STAR})["info"]
    number = info[0]["number"]
    base = {"user_id": STAR, "number": number}
    prolonged = ok(emulator, "POST", "/v1/direct_numbers/prolong/", {**base, "months": 2})
    assert prolonged["stop_date"] > info[0]["stop_date"]
    assert prolonged["total_paid"]["currency"] == "PLN"
    ok(emulator, "PUT", "/v1/direct_numbers/autoprolongation/", {**base, "value": "off"})
    assert ok(emulator, "GET", "/v1/direct_numbers/autoprolongation/", base)[
        "autoprolongation"] == "off"
    ok(emulator, "PUT", "/v1/direct_numbers/set_caller_name/", {**base, "caller_name": "Piekarnia"})
    ok(emulator, "PUT", "/v1/direct_numbers/set_sip_id/", {**base, "sip_id": "101"})
    ok(emulator, "PUT", "/v1/direct_numbers/incoming_channels/", {**base, "channels": 5})
    detail = ok(emulator, "GET", "/v1/direct_numbers/number/", base)["info"]
    assert (detail["number_name"], detail["sip"], detail["channels"]) == ("Piekarnia", "101", "5")
    assert "neither" in refused(emulator, "PUT", "/v1/direct_numbers/set_sip_id/",
                                {**base, "sip_id": "nonsense"})
    assert "not found" in refused(emulator, "GET", "/v1/direct_numbers/number/",
                                  {"user_id": STAR, "number": "48999999999"})
    london = next(n for n in ok(emulator, "GET", "/v1/direct_numbers/",
                                {"user_id": 210007})["info"] if n["number"].startswith("4420"))
    ok(emulator, "PUT", "/v1/direct_numbers/receive_sms/",
       {"user_id": 210007, "number": london["number"], "value": "on"})


def test_order_refused_without_money(emulator_factory: EmulatorFactory) -> None:
    server = emulator_factory()
    uid = ok(server, "POST", "/v1/reseller/users/registration/new/", {
        "email": "bez.grosza@example.pl", "first_name": "Jan", "country": "PL"})["user_id"]
    message = refused(server, "POST", "/v1/direct_numbers/order/", {
        "user_id": uid, "direction_id": WARSAW, "documents_group_id": 0})
    assert "Insufficient funds" in message
    assert ok(server, "GET", "/v1/direct_numbers/", {"user_id": uid})["info"] == []


def test_demo_seed_is_deterministic(emulator_factory: EmulatorFactory) -> None:
    one, two = emulator_factory(), emulator_factory()
    for path, params in [("/v1/reseller/users/list/", {"page": 2}),
                         (f"/v1/direct_numbers/available/{WARSAW}/", None),
                         ("/v1/direct_numbers/country/", {"country": "FR"})]:
        assert ok(one, "GET", path, params) == ok(two, "GET", path, params)
    empty = emulator_factory(seed="empty")
    assert ok(empty, "GET", "/v1/reseller/users/list/")["total"] == 0
    assert len(ok(empty, "GET", "/v1/direct_numbers/countries/")["info"]) >= 30
