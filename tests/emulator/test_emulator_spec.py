"""Every endpoint the emulator serves answers with a body that fits the official spec.

One case per endpoint, each on a fresh demo emulator; the answer is read off the socket and
checked with ``zaddesk.api.spec.validate_response``. A last test proves the cases cover every
route the emulator registers and that every route exists in the spec.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import wave
from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import EmulatorFactory, signed
from tests.hookserver import hook_server
from tests.media import pdf_bytes
from zaddesk.api.spec import operation_for, validate_response
from zaddesk.emulator.core import ROUTES, find_route
from zaddesk.emulator.server import EmulatorServer

STAR = 210001  # demo client with a PBX, numbers and documents
PLAIN = 210002  # demo client, active with a confirmed phone, no PBX
WARSAW = 1001  # direction with 25,000 free numbers


def wav_bytes(seconds: float = 0.2) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * int(8000 * seconds))
    return buffer.getvalue()


def mp3_bytes(frames: int = 20) -> bytes:
    """MPEG-1 Layer III, 128 kbit/s, 44.1 kHz frames of silence (417 bytes each)."""
    header = bytes([0xFF, 0xFB, 0x90, 0x00])
    return (header + b"\x00" * 413) * frames


def call(
    server: EmulatorServer,
    method: str,
    path: str,
    params: dict[str, Any] | None = None,
    files: dict[str, tuple[str, bytes, str]] | None = None,
) -> dict[str, Any]:
    response = signed(server, method, path, params, files=files)
    body = response.json()
    assert response.status_code == 200, body
    assert validate_response(method, path, 200, body) == []
    result: dict[str, Any] = body
    return result


def first_number(server: EmulatorServer, user_id: int = STAR) -> str:
    info = call(server, "GET", "/v1/direct_numbers/", {"user_id": user_id})["info"]
    return str(info[0]["number"])


def code_for(server: EmulatorServer, to: str) -> str:
    return [m for m in server.outbox() if m["to"] == to][-1]["code"]


Case = Callable[[EmulatorServer], tuple[str, str, dict[str, Any] | None]]
CASES: dict[str, Case] = {}


def case(method: str, path: str) -> Callable[[Case], Case]:
    def register(func: Case) -> Case:
        CASES[f"{method} {path}"] = func
        return func

    return register


def simple(method: str, path: str, params: dict[str, Any] | None = None) -> None:
    CASES[f"{method} {path}"] = lambda server: (method, path, params)


simple("GET", "/v1/info/balance/")
simple("GET", "/v1/info/lists/currencies/")
simple("GET", "/v1/info/lists/languages/")
simple("GET", "/v1/info/lists/tariffs/", {"currency": "PLN"})
simple("GET", "/v1/tariff/", {"user_id": STAR})
simple("GET", "/v1/info/timezone/")
simple("GET", "/v1/sip/", {"user_id": STAR})
simple("GET", "/v1/info/price/", {"number": "48221234567"})
simple("GET", "/v1/sip/redirection/", {"user_id": STAR})
simple("PUT", "/v1/sip/callerid/", {"user_id": STAR, "id": "40001", "number": "48221234567"})
simple("POST", "/v1/sip/create/",
       {"user_id": STAR, "name": "Kasa 2", "password": "Kasa2Pass!", "callerid": "48221234567"})
simple("GET", "/v1/pbx/redirection/", {"user_id": STAR, "pbx_number": "100"})
simple("POST", "/v1/pbx/redirection/", {
    "user_id": STAR, "pbx_number": "101", "status": "on", "type": "phone",
    "destination": "48601111222", "condition": "noanswer"})
simple("GET", "/v1/reseller/account/info/")
simple("GET", "/v1/reseller/users/list/", {"page": 2})
simple("GET", "/v1/reseller/users/find/", {"email": "kontakt@zlotyklos.example.pl"})
simple("GET", "/v1/reseller/users/phones/", {"user_id": STAR})
simple("GET", "/v1/reseller/users/api_key/", {"user_id": STAR})
simple("POST", "/v1/reseller/users/api_key/", {"user_id": STAR})
simple("POST", "/v1/reseller/users/topup/", {"user_id": STAR, "amount": 10, "currency": "EUR"})
simple(
    "POST",
    "/v1/reseller/account/money_transfer/",
    {"user_id": STAR, "amount": 5, "currency": "PLN", "type": "to_reseller"},
)
simple(
    "POST",
    "/v1/reseller/users/registration/new/",
    {"email": "nowy@example.pl", "first_name": "Jan", "country": "PL", "currency": "PLN"},
)
simple("POST", "/v1/reseller/users/phones/add/", {"user_id": PLAIN, "number": "48700100200"})
simple("GET", "/v1/direct_numbers/countries/", {"language": "pl"})
simple("GET", "/v1/direct_numbers/country/", {"country": "PL"})
simple("GET", "/v1/direct_numbers/", {"user_id": STAR})
simple("GET", "/v1/documents/groups/list/", {"user_id": STAR})
simple("GET", "/v1/documents/files/", {"user_id": STAR, "group_id": 0})
simple("POST", "/v1/pbx/create/", {"user_id": PLAIN, "password": "Secret123!"})
simple("GET", "/v1/pbx/internal/", {"user_id": STAR})
simple("GET", "/v1/pbx/internal/100/status/", {"user_id": STAR})
simple("GET", "/v1/pbx/internal/100/info/", {"user_id": STAR})
simple("POST", "/v1/pbx/internal/create/", {"user_id": STAR, "start_number": 200, "quantity": 2})
simple("GET", "/v1/pbx/internal/100/password/", {"user_id": STAR})
simple("PUT", "/v1/pbx/internal/100/password/", {"user_id": STAR, "value": "NewPass123"})
simple("PUT", "/v1/pbx/internal/100/edit/", {"user_id": STAR, "supervisor_status": 1})
simple(
    "PUT",
    "/v1/pbx/internal/recording/",
    {"user_id": STAR, "id": "100", "status": "on_email", "email": "nagrania@example.pl"},
)
simple("GET", "/v1/pbx/ivr/", {"user_id": STAR})
simple("POST", "/v1/pbx/ivr/create/", {"user_id": STAR, "buy": "true"})
simple("GET", "/v1/pbx/ivr/sounds/list/", {"user_id": STAR})
simple("GET", "/v1/pbx/callinfo/", {"user_id": STAR})
simple("DELETE", "/v1/pbx/callinfo/url/", {"user_id": STAR})
simple(
    "POST",
    "/v1/pbx/callinfo/notifications/",
    {"user_id": STAR, "notify_start": "true", "notify_end": "true"},
)
simple("GET", "/v1/pbx/webhooks/", {"user_id": STAR})
simple("DELETE", "/v1/pbx/webhooks/url/", {"user_id": STAR})
simple("POST", "/v1/pbx/webhooks/hooks/", {"user_id": STAR, "sms": "true"})
simple("POST", "/v1/webrtc/create/", {"user_id": STAR, "domain": "sklep.example.pl"})
simple("GET", "/v1/webrtc/", {"user_id": STAR})
simple("GET", "/v1/webrtc/get_key/", {"user_id": STAR, "sip": "100"})
simple(
    "GET", "/v1/statistics/", {"start": "2026-01-01 00:00:00", "end": "2026-01-31 23:59:59"}
)
simple(
    "GET",
    "/v1/statistics/pbx/",
    {"start": "2026-01-01 00:00:00", "end": "2026-01-31 23:59:59", "version": 2},
)


@case("GET", "/v1/sip/{sip}/status/")
def _sip_status(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    sip = call(server, "GET", "/v1/sip/")["sips"][0]["id"]
    return "GET", f"/v1/sip/{sip}/status/", None


@case("PUT", "/v1/sip/{sip}/password/")
def _sip_password(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    sip = call(server, "GET", "/v1/sip/", {"user_id": STAR})["sips"][0]["id"]
    return "PUT", f"/v1/sip/{sip}/password/", {"user_id": STAR, "value": "Nowe1Haslo"}


@case("PUT", "/v1/sip/redirection/")
def _sip_redirect(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    sip = call(server, "GET", "/v1/sip/", {"user_id": STAR})["sips"][0]["id"]
    return "PUT", "/v1/sip/redirection/", {
        "user_id": STAR, "id": sip, "type": "phone", "number": "48601111222"}


@case("POST", "/v1/reseller/users/registration/confirm/")
def _registration_confirm(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    email = "ola+code@example.pl"
    call(server, "POST", "/v1/reseller/users/registration/new/",
         {"email": email, "first_name": "Ola", "country": "PL"})
    return "POST", "/v1/reseller/users/registration/confirm/", {
        "email": email, "code": code_for(server, email)}


@case("POST", "/v1/reseller/users/phones/update/")
def _phones_update(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    phones = call(server, "GET", "/v1/reseller/users/phones/", {"user_id": PLAIN})["list"]
    phone_id = phones[0]["id"]
    return "POST", "/v1/reseller/users/phones/update/", {
        "user_id": PLAIN, "id": phone_id, "number": "48700999888"}


def _unproved(server: EmulatorServer) -> str:
    call(server, "POST", "/v1/reseller/users/phones/add/",
         {"user_id": PLAIN, "number": "48511222333"})
    return "48511222333"


@case("POST", "/v1/reseller/users/phones/prove_by_sms/")
def _prove_sms(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "POST", "/v1/reseller/users/phones/prove_by_sms/", {
        "user_id": PLAIN, "number": _unproved(server)}


@case("POST", "/v1/reseller/users/phones/prove_by_callback/")
def _prove_call(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "POST", "/v1/reseller/users/phones/prove_by_callback/", {
        "user_id": PLAIN, "number": _unproved(server), "language": "pl"}


@case("POST", "/v1/reseller/users/phones/confirm/")
def _phone_confirm(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    number = _unproved(server)
    call(server, "POST", "/v1/reseller/users/phones/prove_by_sms/",
         {"user_id": PLAIN, "number": number})
    return "POST", "/v1/reseller/users/phones/confirm/", {
        "user_id": PLAIN, "number": number, "code": code_for(server, number)}


@case("GET", "/v1/direct_numbers/available/{direction_id}/")
def _available(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "GET", f"/v1/direct_numbers/available/{WARSAW}/", {"mask": "2233"}


@case("POST", "/v1/direct_numbers/order/")
def _order(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    free = call(server, "GET", f"/v1/direct_numbers/available/{WARSAW}/")["numbers"][0]
    return "POST", "/v1/direct_numbers/order/", {
        "user_id": STAR, "direction_id": WARSAW, "number_id": free["id"],
        "documents_group_id": 0, "period": "month"}


def _number_case(method: str, path: str, extra: dict[str, Any]) -> None:
    def build(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
        return method, path, {"user_id": STAR, "number": first_number(server), **extra}

    CASES[f"{method} {path}"] = build


_number_case("GET", "/v1/direct_numbers/number/", {})
_number_case("GET", "/v1/direct_numbers/autoprolongation/", {})
_number_case("PUT", "/v1/direct_numbers/autoprolongation/", {"value": "off"})
_number_case("PUT", "/v1/direct_numbers/set_caller_name/", {"caller_name": "Piekarnia"})
_number_case("PUT", "/v1/direct_numbers/set_sip_id/", {"sip_id": "100"})
_number_case("PUT", "/v1/direct_numbers/receive_sms/", {"value": "on"})
_number_case("GET", "/v1/direct_numbers/incoming_channels/", {})
_number_case("PUT", "/v1/direct_numbers/incoming_channels/", {"channels": 4})
_number_case("POST", "/v1/direct_numbers/prolong/", {"months": 2})


@case("GET", "/v1/direct_numbers/checking-wrongs/")
def _wrongs(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "GET", "/v1/direct_numbers/checking-wrongs/", {"user_id": STAR, "group_id": 0}


GROUP = {
    "email": "jan@example.pl", "salutation": "MR", "first_name": "Jan", "last_name": "Kos",
    "country": "PL", "city": "Kraków", "address": "ul. Długa 5", "zip_code": "30-001",
    "street": "Długa", "building_number": "5", "phone": "48123456789",
}


@case("POST", "/v1/documents/groups/create/")
def _group_create(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "POST", "/v1/documents/groups/create/", {"user_id": STAR, **GROUP}


@case("PUT", "/v1/documents/groups/update/{groupid}/")
def _group_update(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    group = call(server, "POST", "/v1/documents/groups/create/", {"user_id": STAR, **GROUP})
    gid = group["group"]["id"]
    return "PUT", f"/v1/documents/groups/update/{gid}/", {
        "user_id": STAR, **GROUP, "city": "Wrocław", "type_of_id": "PASSPORT"}


@case("GET", "/v1/documents/groups/get/{id}/")
def _group_get(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "GET", "/v1/documents/groups/get/0/", {"user_id": STAR}


@case("GET", "/v1/documents/groups/valid/{id}/")
def _group_valid(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "GET", "/v1/documents/groups/valid/0/", {"user_id": STAR, "direction_id": WARSAW}


UPLOADS: dict[str, dict[str, tuple[str, bytes, str]]] = {
    "POST /v1/documents/upload/": {"file": ("skan.pdf", pdf_bytes(), "application/pdf")},
    "POST /v1/pbx/ivr/sounds/upload/": {"file": ("powitanie.wav", wav_bytes(), "audio/wav")},
    "POST /v1/pbx/waitmelody/upload/": {"file": ("muzyka.mp3", mp3_bytes(), "audio/mpeg")},
}
simple("POST", "/v1/documents/upload/",
       {"user_id": STAR, "group_id": 0, "document_type": "passport"})
simple("POST", "/v1/pbx/ivr/sounds/upload/", {"user_id": STAR, "name": "Powitanie"})
simple("POST", "/v1/pbx/waitmelody/upload/", {"user_id": STAR})


@case("DELETE", "/v1/pbx/ivr/sounds/delete/")
def _sound_delete(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    call(server, "POST", "/v1/pbx/ivr/sounds/upload/", {"user_id": STAR, "name": "x"},
         files=UPLOADS["POST /v1/pbx/ivr/sounds/upload/"])
    sound = call(server, "GET", "/v1/pbx/ivr/sounds/list/", {"user_id": STAR})["sounds"][0]
    return "DELETE", "/v1/pbx/ivr/sounds/delete/", {"user_id": STAR, "id": str(sound["id"])}


def _with_melody(server: EmulatorServer) -> None:
    call(server, "POST", "/v1/pbx/waitmelody/upload/", {"user_id": STAR},
         files=UPLOADS["POST /v1/pbx/waitmelody/upload/"])


@case("PUT", "/v1/pbx/waitmelody/switch/")
def _melody_switch(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    _with_melody(server)
    return "PUT", "/v1/pbx/waitmelody/switch/", {
        "user_id": STAR, "state": "on", "melody": "mymelody"}


@case("DELETE", "/v1/pbx/waitmelody/delete/")
def _melody_delete(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    _with_melody(server)
    return "DELETE", "/v1/pbx/waitmelody/delete/", {"user_id": STAR}


def _new_menu(server: EmulatorServer) -> int:
    return int(call(server, "POST", "/v1/pbx/ivr/create/", {"user_id": STAR, "buy": "true"})[
        "menu_id"])


@case("DELETE", "/v1/pbx/ivr/delete/")
def _menu_delete(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "DELETE", "/v1/pbx/ivr/delete/", {"user_id": STAR, "menu_id": _new_menu(server)}


def _main_menu(server: EmulatorServer) -> int:
    return int(call(server, "GET", "/v1/pbx/ivr/", {"user_id": STAR})["ivrs"][0]["menu_id"])


@case("GET", "/v1/pbx/ivr/scenario/")
def _scenarios(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "GET", "/v1/pbx/ivr/scenario/", {"user_id": STAR, "menu_id": _main_menu(server)}


def _new_scenario(server: EmulatorServer) -> int:
    made = call(server, "POST", "/v1/pbx/ivr/scenario/create/", {
        "user_id": STAR, "menu_id": _main_menu(server), "push_button": "1",
        "title": "Zamówienia", "extension": "101 102"})
    return int(made["scenario_id"])


@case("POST", "/v1/pbx/ivr/scenario/create/")
def _scenario_create(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "POST", "/v1/pbx/ivr/scenario/create/", {
        "user_id": STAR, "menu_id": _main_menu(server), "push_button": "2",
        "title": "Reklamacje", "extension": "100"}


@case("PUT", "/v1/pbx/ivr/scenario/edit/")
def _scenario_edit(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    sid = _new_scenario(server)
    return "PUT", "/v1/pbx/ivr/scenario/edit/", {
        "user_id": STAR, "id": str(sid), "title": "Zamówienia~hurt",
        "queue_strategy": "roundrobin",
        "numbers": [{"number": "100", "delay": 0, "duration": 20},
                    {"number": "101", "delay": 10, "duration": 20}]}


@case("DELETE", "/v1/pbx/ivr/scenario/delete/")
def _scenario_delete(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "DELETE", "/v1/pbx/ivr/scenario/delete/", {
        "user_id": STAR, "scenario_id": str(_new_scenario(server))}


def _with_widget(server: EmulatorServer) -> None:
    call(server, "POST", "/v1/webrtc/create/", {"user_id": STAR, "domain": "sklep.example.pl"})


@case("PUT", "/v1/webrtc/")
def _webrtc_put(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    _with_widget(server)
    return "PUT", "/v1/webrtc/", {"user_id": STAR, "shape": "square", "position": "top_left"}


@case("DELETE", "/v1/webrtc/")
def _webrtc_delete(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    _with_widget(server)
    return "DELETE", "/v1/webrtc/", {"user_id": STAR}


@case("POST", "/v1/webrtc/domain/")
def _domain_add(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    _with_widget(server)
    return "POST", "/v1/webrtc/domain/", {"user_id": STAR, "domain": "crm.example.pl"}


@case("DELETE", "/v1/webrtc/domain/")
def _domain_delete(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    _with_widget(server)
    return "DELETE", "/v1/webrtc/domain/", {"user_id": STAR, "domain": "sklep.example.pl"}


_LISTENERS = contextlib.ExitStack()
atexit.register(_LISTENERS.close)


def _listener_url() -> str:
    """A loopback server that answers the echo check saving a webhook URL makes."""
    return _LISTENERS.enter_context(hook_server("right")).url


@case("POST", "/v1/pbx/callinfo/url/")
def _callinfo_url(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "POST", "/v1/pbx/callinfo/url/", {"user_id": STAR, "url": _listener_url() + "/zd"}


@case("POST", "/v1/pbx/webhooks/url/")
def _webhooks_url(server: EmulatorServer) -> tuple[str, str, dict[str, Any] | None]:
    return "POST", "/v1/pbx/webhooks/url/", {"user_id": STAR, "url": _listener_url() + "/hook"}


@pytest.mark.parametrize("name", sorted(CASES))
def test_endpoint_answer_fits_spec(emulator: EmulatorServer, name: str) -> None:
    method, path, params = CASES[name](emulator)
    files = UPLOADS.get(name)
    response = signed(emulator, method, path, params, files=files)
    body = response.json()
    assert response.status_code == 200, body
    assert body.get("status") == "success", body
    assert validate_response(method, path, 200, body) == []
    assert emulator.problems == []


def test_cases_cover_every_route_and_routes_exist_in_spec() -> None:
    registered = {f"{r.method} {r.template}" for r in ROUTES}
    covered = set()
    for name in CASES:
        method, path = name.split(" ", 1)
        found = find_route(method, path)
        assert found is not None, name
        covered.add(f"{found[0].method} {found[0].template}")
    assert registered - covered == set()
    for route in ROUTES:
        assert operation_for(route.method, route.template) is not None, route.template


def test_error_answers_fit_spec_too(emulator_factory: EmulatorFactory) -> None:
    server = emulator_factory()
    cases: list[tuple[str, str, dict[str, Any]]] = [
        ("POST", "/v1/reseller/users/topup/", {"user_id": 210003, "amount": 5, "currency": "USD"}),
        ("GET", "/v1/reseller/users/find/", {"id": 1}),
        ("POST", "/v1/pbx/ivr/sounds/upload/", {"user_id": STAR, "name": "x"}),
    ]
    for method, path, params in cases:
        response = signed(server, method, path, params)
        assert response.status_code == 400
        assert validate_response(method, path, 400, response.json()) == []
    unsigned = signed(server, "GET", "/v1/info/balance/", secret="wrong")
    assert unsigned.status_code == 401
    assert validate_response("GET", "/v1/info/balance/", 401, unsigned.json()) == []
