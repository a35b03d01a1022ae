"""Several worker processes serving one emulator: one state for all of them.

Requests go out on many keep-alive connections at once, which the parent hands to the workers in
turn, so consecutive requests land on different processes. Whatever process serves, a key gets
its limit once, a fault is consumed once, money moves exactly once per request, and the clock
and the count of requests in flight are the same everywhere.
(``ZADDESK_TEST_WORKERS=2`` runs the whole emulator suite this way; this module runs always.)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import httpx
import pytest

from tests.conftest import EmulatorFactory
from zaddesk.api.signing import sign
from zaddesk.emulator.server import EmulatorServer

STAR = 210001  # PLN client with a confirmed phone
TRANSFER = "/v1/reseller/account/money_transfer/"


@pytest.fixture
def connections() -> Iterator[list[httpx.Client]]:
    """Eight clients, one connection each: the parent deals them out to the workers."""
    clients = [httpx.Client(timeout=30) for _ in range(8)]
    yield clients
    for client in clients:
        client.close()


def call(client: httpx.Client, server: EmulatorServer, method: str, path: str,
         params: dict[str, Any] | None = None) -> httpx.Response:
    query, authorization = sign(path, params, server.key, server.secret)
    headers = {"Authorization": authorization}
    if method == "GET":
        return client.get(server.base_url + path + (f"?{query}" if query else ""),
                          headers=headers)
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return client.request(method, server.base_url + path, headers=headers,
                          content=query.encode())


def at_once(clients: list[httpx.Client], work: Any, count: int) -> list[Any]:
    with ThreadPoolExecutor(len(clients)) as pool:
        return list(pool.map(lambda i: work(clients[i % len(clients)]), range(count)))


def balances(client: httpx.Client, server: EmulatorServer) -> tuple[Decimal, Decimal]:
    dealer = call(client, server, "GET", "/v1/info/balance/").json()
    star = call(client, server, "GET", "/v1/info/balance/", {"user_id": STAR}).json()
    return Decimal(str(dealer["balance"])), Decimal(str(star["balance"]))


def worker_pids(server: EmulatorServer) -> set[int]:
    return {child.pid for child in server._workers}


def test_requests_are_served_by_every_worker(emulator_factory: EmulatorFactory,
                                             connections: list[httpx.Client]) -> None:
    server = emulator_factory(workers=2)
    answers = at_once(connections, lambda c: call(c, server, "GET", "/v1/info/balance/"), 16)
    assert {a.status_code for a in answers} == {200}
    if shutil.which("ss") is None:
        return
    listing = subprocess.run(["ss", "-tnpH", "state", "established", f"sport = :{server.port}"],
                             capture_output=True, text=True, check=False).stdout
    owners = {int(pid) for pid in re.findall(r"pid=(\d+)", listing)}
    if listing:  # ``ss`` is there: the connections are spread over both workers
        assert owners == worker_pids(server)


def test_one_rate_limit_for_all_workers(emulator_factory: EmulatorFactory,
                                        connections: list[httpx.Client]) -> None:
    server = emulator_factory(workers=2, rate_limit=(10, 60.0))
    answers = at_once(connections, lambda c: call(c, server, "GET", "/v1/info/balance/"), 16)
    codes = sorted(a.status_code for a in answers)
    assert codes == [200] * 10 + [429] * 6
    refused = next(a for a in answers if a.status_code == 429)
    assert refused.json()["status"] == "error"
    assert refused.headers["X-RateLimit-Remaining"] == "0"
    # The window closes for every worker when the shared clock passes it.
    moved = httpx.post(server.base_url + "/_emulator/clock?advance=61", timeout=10)
    assert moved.status_code == 200
    again = at_once(connections, lambda c: call(c, server, "GET", "/v1/info/balance/"), 8)
    assert {a.status_code for a in again} == {200}


def test_a_fault_hits_once_whichever_worker_serves(emulator_factory: EmulatorFactory,
                                                   connections: list[httpx.Client]) -> None:
    server = emulator_factory(workers=2)
    server.set_faults(status_5xx=3, writes=0)
    answers = at_once(connections, lambda c: call(c, server, "GET", "/v1/info/balance/"), 12)
    assert sorted(a.status_code for a in answers) == [200] * 9 + [500] * 3
    assert server.faults.snapshot()["status_5xx"] == 0


def test_money_moves_exactly_once_per_request_under_concurrency(
    emulator_factory: EmulatorFactory, connections: list[httpx.Client]
) -> None:
    server = emulator_factory(workers=2)
    dealer, star = balances(connections[0], server)

    def move(client: httpx.Client) -> httpx.Response:
        return call(client, server, "POST", TRANSFER,
                    {"user_id": STAR, "amount": "1.00", "currency": "USD", "type": "to_user"})

    answers = at_once(connections, move, 24)
    assert {a.status_code for a in answers} == {200}
    dealer_after, star_after = balances(connections[0], server)
    assert dealer_after == dealer - 24  # 24 x 1.00 USD, nothing lost to a race
    assert star_after == star + 24 * 4  # 1 USD = 4 PLN in the emulator's table
    # Each answer reports a balance after its own move: all distinct, as in one process.
    reported = {Decimal(a.json()["user"]["balance"]) for a in answers}
    assert len(reported) == 24


def test_requests_in_flight_and_held_across_workers(emulator_factory: EmulatorFactory,
                                                    connections: list[httpx.Client]) -> None:
    server = emulator_factory(workers=2)
    server.set_faults(hold=1)
    answers: list[httpx.Response] = []

    def held(client: httpx.Client) -> None:
        answers.append(call(client, server, "GET", "/v1/info/balance/"))

    threads = [threading.Thread(target=held, args=(c,)) for c in connections[:4]]
    for thread in threads:
        thread.start()
    deadline = threading.Event()
    for _ in range(1000):
        if server.in_flight("/v1/info/balance/") == 4:
            break
        deadline.wait(0.01)
    assert server.in_flight() == 4
    assert answers == []  # held, on both workers
    server.set_faults()
    for thread in threads:
        thread.join(10)
    assert [a.status_code for a in answers] == [200] * 4
    for _ in range(1000):  # a worker counts a request done just after its answer is out
        if server.in_flight() == 0:
            break
        deadline.wait(0.01)
    assert server.in_flight() == 0


def test_clock_and_outbox_are_shared_with_the_parent(emulator_factory: EmulatorFactory,
                                                     connections: list[httpx.Client]) -> None:
    server = emulator_factory(workers=2)
    before = server.clock.now()
    server.clock.advance(3600)
    assert server.clock.now() - before >= 3600
    phones = "/v1/reseller/users/phones/add/"
    added = call(connections[1], server, "POST", phones,
                 {"user_id": STAR, "number": "+48601000222"})
    assert added.status_code == 200, added.text
    sent = call(connections[2], server, "POST", "/v1/reseller/users/phones/prove_by_sms/",
                {"user_id": STAR, "number": "+48601000222"})
    assert sent.status_code == 200, sent.text
    assert [m["kind"] for m in server.app.outbox("48601000222")] == ["sms"]


def test_workers_stop_with_the_server(emulator_factory: EmulatorFactory) -> None:
    server = emulator_factory(workers=2)
    children = list(server._workers)
    server.stop()
    assert all(child.poll() is not None for child in children)
    with pytest.raises(httpx.HTTPError):
        httpx.get(server.base_url + "/_emulator/", timeout=2)


def test_workers_refuse_a_fixed_clock() -> None:
    from zaddesk.emulator import Clock

    with pytest.raises(ValueError, match="clock"):
        EmulatorServer(workers=2, clock=Clock(0))
    with pytest.raises(ValueError, match="at least 1"):
        EmulatorServer(workers=0)


def test_money_and_order_rules_hold_with_worker_processes() -> None:
    """The reseller (money, phones, keys) and number-shop suites, again on two workers."""
    import os
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "ZADDESK_TEST_WORKERS": "2"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/emulator/test_emulator_reseller.py", "tests/emulator/test_emulator_shop.py"],
        cwd=root, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
