"""Faults on request: 5xx and HTML pages (not applied), cut connections and bad JSON (applied)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.conftest import signed
from zaddesk.emulator.server import EmulatorServer

STAR = 210001
TOPUP = "/v1/reseller/users/topup/"
PAY = {"user_id": STAR, "amount": 10, "currency": "PLN"}


def star_balance(server: EmulatorServer) -> float:
    body = signed(server, "GET", "/v1/info/balance/", {"user_id": STAR}).json()
    return float(body["balance"])


def test_5xx_is_not_applied_then_clears(emulator: EmulatorServer) -> None:
    before = star_balance(emulator)
    emulator.set_faults(status_5xx=2)
    for _ in range(2):
        failed = signed(emulator, "POST", TOPUP, PAY)
        assert failed.status_code == 500 and failed.json()["status"] == "error"
    assert star_balance(emulator) == before
    assert signed(emulator, "POST", TOPUP, PAY).status_code == 200
    assert star_balance(emulator) == before + 10


def test_html_error_page(emulator: EmulatorServer) -> None:
    emulator.set_faults(html_error=1)
    page = signed(emulator, "GET", "/v1/info/balance/")
    assert page.status_code == 502
    assert page.headers["content-type"].startswith("text/html")
    assert "<html>" in page.text
    assert signed(emulator, "GET", "/v1/info/balance/").status_code == 200


def test_dropped_connection_after_the_change_was_applied(emulator: EmulatorServer) -> None:
    before = star_balance(emulator)
    emulator.set_faults(drop_after_apply=1, path=TOPUP)
    with pytest.raises(httpx.RemoteProtocolError):
        signed(emulator, "POST", TOPUP, PAY)
    assert star_balance(emulator) == before + 10  # applied although the answer never arrived


def test_malformed_json_is_applied(emulator: EmulatorServer) -> None:
    before = star_balance(emulator)
    emulator.set_faults(malformed_json=1)
    broken = signed(emulator, "POST", TOPUP, PAY)
    assert broken.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(broken.text)
    assert star_balance(emulator) == before + 10


def test_path_targets_one_method_and_control_endpoint(emulator: EmulatorServer) -> None:
    control = emulator.base_url + "/_emulator/faults"
    answer = httpx.post(control, json={"status_5xx": 1, "latency": 0.01, "path": TOPUP})
    assert answer.status_code == 200
    assert answer.json()["faults"] == {"status_5xx": 1, "latency": 0.01, "path": TOPUP.rstrip("/")}
    assert signed(emulator, "GET", "/v1/info/balance/").status_code == 200  # other path: no fault
    assert signed(emulator, "POST", TOPUP, PAY).status_code == 500
    assert signed(emulator, "POST", TOPUP, PAY).status_code == 200  # count used up
    assert httpx.post(control, json={}).json()["faults"] == {}
    assert httpx.post(control, json={"explode": 1}).status_code == 400
    assert httpx.post(control, json={"status_5xx": -1}).status_code == 400
    assert httpx.post(control, content=b"not json").status_code == 400


def test_set_faults_rejects_unknown_switches(emulator: EmulatorServer) -> None:
    with pytest.raises(ValueError):
        emulator.set_faults(teleport=1)


def test_latency_delays_and_stop_does_not_wait_for_it(emulator_factory: Any) -> None:
    import threading

    server = emulator_factory(seed="empty")
    server.set_faults(latency=30)
    outcome: list[BaseException | int] = []

    def slow_call() -> None:
        try:
            outcome.append(signed(server, "GET", "/v1/info/balance/").status_code)
        except httpx.HTTPError as exc:
            outcome.append(exc)

    caller = threading.Thread(target=slow_call)
    caller.start()
    while not server.app.faults.snapshot() or server.in_flight() == 0:
        threading.Event().wait(0.01)
    server.stop()  # cancels the sleeping request instead of sitting out 30 s
    caller.join(10)
    assert not caller.is_alive()
    # Cut short: either a 500 (never applied) or a dropped connection, never a success.
    assert outcome and (outcome[0] == 500 or isinstance(outcome[0], httpx.HTTPError))


def test_hold_keeps_a_request_unanswered_and_unapplied_until_released(
    emulator: EmulatorServer,
) -> None:
    import threading

    from zaddesk.api.signing import sign

    before = star_balance(emulator)
    emulator.set_faults(hold=1, path=TOPUP)
    query, authorization = sign(TOPUP, PAY, emulator.key, emulator.secret)
    answers: list[int] = []

    def pay() -> None:
        with httpx.Client(timeout=30) as http:
            answers.append(http.post(
                emulator.base_url + TOPUP, content=query.encode(),
                headers={"Authorization": authorization,
                         "Content-Type": "application/x-www-form-urlencoded"},
            ).status_code)

    payer = threading.Thread(target=pay)
    payer.start()
    while not emulator.in_flight(TOPUP):
        threading.Event().wait(0.005)
    requests = httpx.get(emulator.base_url + "/_emulator/requests").json()
    assert requests["in_flight"] == 1 and requests["by_path"] == {TOPUP.rstrip("/"): 1}
    # Other paths are not held, and the held request has not touched the money.
    assert star_balance(emulator) == before
    assert not answers and emulator.in_flight(TOPUP) == 1
    emulator.set_faults()
    payer.join(30)
    assert answers == [200]
    while emulator.in_flight():  # the answer may arrive before the handler has returned
        threading.Event().wait(0.005)
    assert star_balance(emulator) == before + 10


def test_skip_and_writes_aim_a_fault_at_the_third_change(emulator: EmulatorServer) -> None:
    before = star_balance(emulator)
    emulator.set_faults(skip=2, writes=1, status_5xx=1)
    for _ in range(3):  # reads neither count nor fail
        assert signed(emulator, "GET", "/v1/info/balance/", {"user_id": STAR}).status_code == 200
    assert signed(emulator, "POST", TOPUP, PAY).status_code == 200
    assert signed(emulator, "POST", TOPUP, PAY).status_code == 200
    assert signed(emulator, "POST", TOPUP, PAY).status_code == 500
    assert signed(emulator, "POST", TOPUP, PAY).status_code == 200
    assert star_balance(emulator) == before + 30
