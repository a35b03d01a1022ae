"""The server's life cycle, persistence, control endpoints, self-check and command line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from tests.conftest import EmulatorFactory, signed
from zaddesk.emulator.server import EmulatorServer


def test_many_start_stop_cycles_leak_no_threads() -> None:
    baseline = threading.active_count()
    ports = set()
    for _ in range(20):
        with EmulatorServer(seed="empty") as server:
            ports.add(server.port)
            assert signed(server, "GET", "/v1/info/balance/").status_code == 200
    assert threading.active_count() == baseline
    assert len(ports) > 1 and 0 not in ports


def test_stopped_server_refuses_connections() -> None:
    server = EmulatorServer(seed="empty")
    server.start()
    url = server.base_url
    server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/_emulator/", timeout=2)


def test_state_survives_restart_on_a_file(tmp_path: Path) -> None:
    db = str(tmp_path / "emulator.sqlite")
    with EmulatorServer(db=db, seed="demo") as first:
        made = signed(first, "POST", "/v1/reseller/users/registration/new/",
                      {"email": "trwaly@example.pl", "first_name": "Jan", "country": "PL"}).json()
        key, secret = first.key, first.secret
    with EmulatorServer(db=db) as second:
        assert (second.key, second.secret) == (key, secret)
        found = signed(second, "GET", "/v1/reseller/users/find/", {"id": made["user_id"]})
        assert found.json()["user"]["email"] == "trwaly@example.pl"
    with EmulatorServer(db=db, key="k2", secret="s2") as third:
        assert signed(third, "GET", "/v1/info/balance/").status_code == 200
        assert signed(third, "GET", "/v1/info/balance/", key=key, secret=secret).status_code == 401


def test_help_outbox_and_unknown_paths(emulator: EmulatorServer) -> None:
    help_json = httpx.get(emulator.base_url + "/_emulator/").json()
    assert "name+link@domain" in help_json["registration"]
    assert "name+code@domain" in help_json["registration"]
    assert set(help_json["faults"]) >= {"latency", "status_5xx", "drop_after_apply",
                                        "malformed_json", "html_error", "path"}
    assert "POST /v1/reseller/users/topup/" in help_json["endpoints"]
    outbox = httpx.get(emulator.base_url + "/_emulator/outbox").json()
    assert outbox and all(set(m) == {"to", "kind", "text", "code"} for m in outbox)
    assert outbox == emulator.outbox()
    assert httpx.delete(emulator.base_url + "/_emulator/outbox").status_code == 200
    assert emulator.outbox() == []
    missing = signed(emulator, "GET", "/v1/no/such/method/")
    assert missing.status_code == 404 and missing.json()["status"] == "error"
    assert httpx.get(emulator.base_url + "/elsewhere").status_code == 404
    assert httpx.get(emulator.base_url + "/v1/no/such/method/").status_code == 401
    assert emulator.problems == []  # answers to paths outside the spec are not "wrong"


def test_check_responses_records_answers_outside_the_spec() -> None:
    with EmulatorServer(seed="empty", check_responses=True) as server:
        server.app._check("GET", "/v1/info/balance/", 200, {"status": "success"})
        assert server.problems and "balance" in server.problems[0]


def test_clock_control_endpoint(emulator_factory: EmulatorFactory) -> None:
    server = emulator_factory(seed="empty")
    before = signed(server, "GET", "/v1/info/timezone/").json()["unixtime"]
    moved = httpx.post(server.base_url + "/_emulator/clock", params={"advance": 3600})
    assert moved.status_code == 200
    after = signed(server, "GET", "/v1/info/timezone/").json()["unixtime"]
    assert after - before >= 3600


def test_command_line_prints_credentials_and_serves(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "zaddesk.emulator", "--port", "0", "--seed", "empty",
         "--key", "cli-key", "--secret", "cli-secret", "--rate-limit", "50/30"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        assert process.stdout is not None
        lines = dict(process.stdout.readline().strip().split(": ", 1) for _ in range(3))
        assert lines["key"] == "cli-key" and lines["secret"] == "cli-secret"

        class Remote:
            base_url = lines["base_url"]
            key = "cli-key"
            secret = "cli-secret"

        response = signed(Remote(), "GET", "/v1/info/balance/")  # type: ignore[arg-type]
        assert response.status_code == 200
        assert response.json()["balance"] == 1000.0
        assert response.headers["X-RateLimit-Limit"] == "50"
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)  # also closes the pipes
    assert process.returncode == 0


def test_command_line_rejects_bad_limits() -> None:
    from zaddesk.emulator.__main__ import main

    assert main(["--rate-limit", "lots"]) == 2
