"""Hostile input gets the API's JSON error (a 4xx), never a crash, and changes nothing.

Each case here was once a 500, a plain-text page or a lax reading the real service would not do.
"""

from __future__ import annotations

import json
import socket
import threading

import httpx
import pytest

from tests.conftest import signed
from zaddesk.api.signing import sign
from zaddesk.emulator.server import EmulatorServer

STAR = 210001  # a client with a confirmed phone, in PLN
TOPUP = "/v1/reseller/users/topup/"
PAY = {"user_id": STAR, "amount": "10", "currency": "PLN"}


def balances(server: EmulatorServer) -> tuple[str, str]:
    dealer = signed(server, "GET", "/v1/info/balance/").json()["balance"]
    client = signed(server, "GET", "/v1/info/balance/", {"user_id": STAR}).json()["balance"]
    return str(dealer), str(client)


def assert_refused(response: httpx.Response, status: int = 400) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["status"] == "error" and isinstance(body["message"], str) and body["message"]
    return str(body["message"])


# --- numbers the handlers used to crash on or read too kindly --------------------------------

BAD_IDS = [str(2**63), str(2**64 + 5), "9" * 4000, "²", "١٢", "1_0", "+1", " 1 2", "0x10"]


@pytest.mark.parametrize("raw", BAD_IDS)
def test_bad_user_id_is_a_400(emulator: EmulatorServer, raw: str) -> None:
    assert_refused(signed(emulator, "GET", "/v1/info/balance/", {"user_id": raw}))
    assert_refused(signed(emulator, "GET", "/v1/reseller/users/find/", {"id": raw}))


@pytest.mark.parametrize("raw", ["²", "١", str(2**63), "9" * 2000])
def test_bad_path_id_is_a_400(emulator: EmulatorServer, raw: str) -> None:
    assert_refused(signed(emulator, "GET", f"/v1/documents/groups/get/{raw}/"))
    assert_refused(signed(emulator, "GET", f"/v1/documents/groups/valid/{raw}/",
                          {"direction_id": 1}))


@pytest.mark.parametrize(
    "amount",
    ["1e27", "1e309", "1e999999999", "1_0", "١٠", "1.005", "10,50", "-5", "0", "NaN", "Infinity",
     "0x10", "1000000000.01", "99999999999", ""],
)
def test_bad_amount_is_refused_and_moves_no_money(emulator: EmulatorServer, amount: str) -> None:
    before = balances(emulator)
    assert_refused(signed(emulator, "POST", TOPUP, {**PAY, "amount": amount}))
    assert balances(emulator) == before


def test_good_amounts_still_move_money_exactly(emulator: EmulatorServer) -> None:
    before = float(balances(emulator)[1])
    for amount in ("10", "0.5", "1.25"):
        assert signed(emulator, "POST", TOPUP, {**PAY, "amount": amount}).status_code == 200
    assert round(float(balances(emulator)[1]) - before, 2) == 11.75


@pytest.mark.parametrize("value", [str(2**63), "9" * 3000, "²"])
def test_bad_integers_elsewhere(emulator: EmulatorServer, value: str) -> None:
    assert_refused(signed(emulator, "GET", "/v1/reseller/users/list/", {"page": value}))
    assert_refused(signed(emulator, "GET", "/v1/pbx/ivr/scenario/", {"menu_id": value}))


def test_huge_page_number_is_empty_not_a_crash(emulator: EmulatorServer) -> None:
    answer = signed(emulator, "GET", "/v1/reseller/users/list/", {"page": str(2**63 - 1)})
    assert answer.status_code == 200 and answer.json()["users"] == []


def test_statistics_at_the_end_of_time(emulator: EmulatorServer) -> None:
    last = "9999-12-31 23:59:59"
    answer = signed(emulator, "GET", "/v1/statistics/", {"start": last, "end": last})
    assert answer.status_code == 200 and answer.json()["stats"]
    for start, end in (
        ("2026-01-02 00:00:00", "2026-01-01 00:00:00"),  # end before start
        ("2026-02-30 00:00:00", "2026-03-01 00:00:00"),  # no such day
        ("٢٠٢٦-01-01 00:00:00", "2026-01-02 00:00:00"),  # other script's digits
        ("0000-00-00 00:00:00", last),
    ):
        assert_refused(signed(emulator, "GET", "/v1/statistics/", {"start": start, "end": end}))


def test_format_xml_is_refused_not_answered_in_json(emulator: EmulatorServer) -> None:
    message = assert_refused(signed(emulator, "GET", "/v1/info/balance/", {"format": "xml"}))
    assert "json" in message.lower()
    assert signed(emulator, "GET", "/v1/info/balance/", {"format": "json"}).status_code == 200


# --- requests broken before any signature check (no credentials needed) ----------------------


def raw_post(
    server: EmulatorServer, path: str, body: bytes, content_type: str | None
) -> httpx.Response:
    headers = {"Authorization": "nobody:nothing"}
    if content_type is not None:
        headers["Content-Type"] = content_type
    return httpx.post(server.base_url + path, content=body, headers=headers, timeout=30)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"user_id": "\xff\xfe"}', "application/json"),
        (b"[" * 5000 + b"]" * 5000, "application/json"),
        (b'{"a":' * 5000 + b"1" + b"}" * 5000, "application/json"),
        (b'{"a": ' + b"9" * 5000 + b"}", "application/json"),
        (b'{"a": "\\', "application/json"),
        (b"[1, 2]", "application/json"),
        (b"--x\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--x--\r\n",
         "multipart/form-data"),
        (b"--x\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--x--\r\n",
         "multipart/form-data; boundary=\x7f\x7f"),
        (b"garbage", "multipart/form-data; boundary=zzz"),
        (b"user_id=%FF%FE", "application/x-www-form-urlencoded"),
        (("a" + "[x]" * 3000 + "=1").encode(), "application/x-www-form-urlencoded"),
        ("&".join(f"k{i}=1" for i in range(1500)).encode(), "application/x-www-form-urlencoded"),
    ],
)
def test_malformed_bodies_get_a_json_400(
    emulator: EmulatorServer, body: bytes, content_type: str
) -> None:
    assert_refused(raw_post(emulator, TOPUP, body, content_type))


@pytest.mark.parametrize("query", ["a[%C2%B2]=1&a[]=2", "a[99999999999999999999999]=1&a[]=2",
                                   "a[-1]=1&a[]=2&a[]=3"])
def test_odd_array_keys_are_no_crash(emulator: EmulatorServer, query: str) -> None:
    response = httpx.get(f"{emulator.base_url}/v1/info/balance/?{query}",
                         headers={"Authorization": "nobody:nothing"})
    assert_refused(response, 401)


def test_deeply_nested_query_key_is_a_400(emulator: EmulatorServer) -> None:
    query = "a" + "%5Bx%5D" * 3000 + "=1"
    response = httpx.get(f"{emulator.base_url}/v1/info/balance/?{query}",
                         headers={"Authorization": "nobody:nothing"})
    assert_refused(response)


def test_body_over_the_limit_is_refused(emulator: EmulatorServer) -> None:
    body = b"a=" + b"x" * (2 * 1024 * 1024)
    assert_refused(raw_post(emulator, TOPUP, body, "application/x-www-form-urlencoded"))


def _raw_http(server: EmulatorServer, request: bytes) -> tuple[int, dict[str, str], bytes]:
    host, port = server.base_url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(request)
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, body


def test_raw_utf8_query_gets_a_json_error(emulator: EmulatorServer) -> None:
    request = "GET /v1/info/balance/?name=Łódź HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    status, headers, body = _raw_http(emulator, request.encode("utf-8"))
    assert status == 400 and headers["content-type"].startswith("application/json")
    assert json.loads(body)["status"] == "error"


def test_bad_content_length_gets_a_json_error(emulator: EmulatorServer) -> None:
    request = (b"POST " + TOPUP.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Length: zz\r\n"
               b"Connection: close\r\n\r\n")
    status, headers, _body = _raw_http(emulator, request)
    assert status == 400 and headers["content-type"].startswith("application/json")


def test_post_without_content_type_is_not_read_as_a_form(emulator: EmulatorServer) -> None:
    """PHP fills ``$_POST`` only for form and multipart bodies; the official Python SDK sends a
    bare body when a value is not a string, and the real service then sees no parameters."""
    before = balances(emulator)
    query, authorization = sign(TOPUP, PAY, emulator.key, emulator.secret)
    response = httpx.post(emulator.base_url + TOPUP, content=query.encode(),
                          headers={"Authorization": authorization, "Content-Type": ""})
    assert response.status_code in (400, 401)
    assert response.json()["status"] == "error"
    assert balances(emulator) == before


# --- control endpoints ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [b"\xff", b"[" * 5000, b'{"latency": 1e400}', b'{"latency": "nan"}', b'{"latency": true}',
     b'{"status_5xx": 1.5e400}', b'{"hold": "x"}', b"[]"],
)
def test_fault_switch_rejects_garbage(emulator: EmulatorServer, body: bytes) -> None:
    assert_refused(httpx.post(emulator.base_url + "/_emulator/faults", content=body))
    assert emulator.faults.snapshot() == {}


@pytest.mark.parametrize("advance", ["nan", "inf", "1e400", "٣", "1_0"])
def test_clock_rejects_non_numbers(emulator: EmulatorServer, advance: str) -> None:
    answer = httpx.post(emulator.base_url + "/_emulator/clock", params={"advance": advance})
    assert_refused(answer)


def test_call_rejects_a_huge_user_id(emulator: EmulatorServer) -> None:
    answer = httpx.post(emulator.base_url + "/_emulator/call",
                        content=json.dumps({"user_id": 2**70}).encode())
    assert_refused(answer)


# --- a change applied after the client gave up ------------------------------------------------


def test_apply_after_disconnect_applies_once_the_client_has_timed_out(
    emulator: EmulatorServer,
) -> None:
    before = balances(emulator)
    emulator.set_faults(apply_after_disconnect=1, path=TOPUP)
    query, authorization = sign(TOPUP, PAY, emulator.key, emulator.secret)
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(emulator.base_url + TOPUP, content=query.encode(), timeout=0.5,
                   headers={"Authorization": authorization,
                            "Content-Type": "application/x-www-form-urlencoded"})
    done = threading.Event()
    for _ in range(2000):  # the server applies when it notices the hang-up
        if not emulator.in_flight(TOPUP):
            done.set()
            break
        threading.Event().wait(0.005)
    assert done.is_set()
    dealer, client = balances(emulator)
    assert float(client) == pytest.approx(float(before[1]) + 10)
    assert float(dealer) < float(before[0])
    # Used once: the next top-up is answered normally.
    assert signed(emulator, "POST", TOPUP, PAY).status_code == 200


def test_transport_reports_unknown_outcome_for_a_change_applied_after_its_timeout(
    emulator: EmulatorServer,
) -> None:
    import asyncio

    from zaddesk.api.errors import UnknownOutcome
    from zaddesk.api.transport import Transport

    before = balances(emulator)
    emulator.set_faults(apply_after_disconnect=1, path=TOPUP)

    async def pay() -> None:
        async with Transport(emulator.base_url, emulator.key, emulator.secret,
                             timeout=0.5) as transport:
            await transport.request("POST", TOPUP, PAY)

    with pytest.raises(UnknownOutcome):
        asyncio.run(pay())
    for _ in range(2000):
        if not emulator.in_flight(TOPUP):
            break
        threading.Event().wait(0.005)
    assert float(balances(emulator)[1]) == pytest.approx(float(before[1]) + 10)


@pytest.mark.parametrize("sip_id", ["²", "١٢٣", str(2**63)])
def test_set_sip_id_with_odd_digits_is_refused(emulator: EmulatorServer, sip_id: str) -> None:
    numbers = signed(emulator, "GET", "/v1/direct_numbers/", {"user_id": STAR}).json()["info"]
    number = numbers[0]["number"]
    assert_refused(signed(emulator, "PUT", "/v1/direct_numbers/set_sip_id/",
                          {"user_id": STAR, "number": number, "sip_id": sip_id}))
