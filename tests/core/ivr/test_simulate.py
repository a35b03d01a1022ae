from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import httpx
import pytest

from tests.core.ivr.flows import flow, one_level, scenario, two_level
from zaddesk.core.ivr.model import Extension, Flow, Menu, Target, WorkingHours
from zaddesk.core.ivr.simulate import (
    DEFAULT_RING,
    callinfo_asker,
    callinfo_signature,
    simulate,
    simulate_static,
)


def after_hours() -> Flow:
    out = one_level()
    out.put(Menu("menu:1", 1, "Main", hours=WorkingHours(((0, 9 * 60, 17 * 60),))))
    out.put(scenario("scenario:9", "menu:1", 10, "103", sid="9"))
    return out


def loop() -> Flow:
    out = flow(Menu("menu:1", 1, "A"), Menu("menu:2", 2, "B"),
               scenario("scenario:1", "menu:1", -1, "200"),
               scenario("scenario:2", "menu:2", -1, "201"),
               extensions=("200", "201"))
    out.put(Extension("200", forward_menu="menu:2"))
    out.put(Extension("201", forward_menu="menu:1"))
    return out


MONDAY_NOON = datetime(2026, 1, 5, 12, 0)
MONDAY_NIGHT = datetime(2026, 1, 5, 22, 0)

# flow, key presses and timeouts, time → extensions that ring, in order
TABLE: list[tuple[str, Any, list[str], datetime, list[str]]] = [
    ("one level, nothing pressed", one_level, [], MONDAY_NOON, ["100"]),
    ("one level, key 1", one_level, ["1"], MONDAY_NOON, ["101"]),
    ("one level, key 2 rings two tiers", one_level, ["2"], MONDAY_NOON, ["102", "103"]),
    ("one level, explicit timeout", one_level, ["timeout"], MONDAY_NOON, ["100"]),
    ("one level, unknown key then 1", one_level, ["7", "1"], MONDAY_NOON, ["101"]),
    ("one level, unknown key then nothing", one_level, ["7"], MONDAY_NOON, ["100"]),
    ("two level, nothing", two_level, [], MONDAY_NOON, ["100"]),
    ("two level, 1 then wait", two_level, ["1"], MONDAY_NOON, ["101"]),
    ("two level, 1 then 1", two_level, ["1", "1"], MONDAY_NOON, ["102"]),
    ("two level, 1 then 2: queue in order", two_level, ["1", "2"], MONDAY_NOON, ["103", "101"]),
    ("two level, 1, timeout", two_level, ["1", "timeout"], MONDAY_NOON, ["101"]),
    ("after hours at noon", after_hours, ["1"], MONDAY_NOON, ["101"]),
    ("after hours at night", after_hours, ["1"], MONDAY_NIGHT, ["103"]),
    ("loop rings nobody", loop, [], MONDAY_NOON, []),
]


@pytest.mark.parametrize(("name", "make", "events", "when", "expected"), TABLE,
                         ids=[row[0] for row in TABLE])
def test_table(name: str, make: Any, events: list[str], when: datetime,
               expected: list[str]) -> None:
    result = simulate_static(make(), events, when=when)
    assert result.rung() == expected, name


def test_tiers_ring_at_their_delays() -> None:
    result = simulate_static(one_level(), ["2"])
    rings = {r.number: r for r in result.rings}
    assert rings["103"].at - rings["102"].at == 10
    assert rings["102"].seconds == DEFAULT_RING


def test_queue_rings_one_after_another_for_its_ring_time() -> None:
    result = simulate_static(two_level(), ["1", "2"])
    first, second = sorted(result.rings, key=lambda r: r.at)
    assert (first.number, second.number) == ("103", "101")
    assert second.at - first.at == 15 and first.seconds == 15


def test_random_queue_is_repeatable_by_seed() -> None:
    out = two_level()
    out.put(scenario("scenario:5", "menu:2", 2, *(Target(n, 0, 5) for n in
                                                 ("100", "101", "102", "103")),
                     sid="5", strategy="random"))
    a = simulate_static(out, ["1", "2"], seed=3).rung()
    assert a == simulate_static(out, ["1", "2"], seed=3).rung()
    assert sorted(a) == ["100", "101", "102", "103"]


def test_timeout_takes_the_menus_wait_time() -> None:
    result = simulate_static(two_level(), ["1"])
    timeouts = [s for s in result.steps if s.kind == "timeout"]
    assert timeouts and "8 s" in timeouts[-1].text


def test_path_lists_menus_scenarios_and_extensions() -> None:
    result = simulate_static(two_level(), ["1", "1"])
    assert result.path[:6] == ["call", "menu:1", "scenario:2", "ext:200", "menu:2",
                               "scenario:4"]
    assert result.path[-1] == "ext:102"


def test_loop_stops_and_says_so() -> None:
    result = simulate_static(loop())
    assert result.steps[-1].kind == "loop"


def test_missing_default_hangs_up() -> None:
    out = flow(Menu("menu:1", 1, "Main"), scenario("scenario:2", "menu:1", 1, "101"))
    assert simulate_static(out).steps[-1].kind == "hangup"


def test_noanswer_forward_rings_then_moves_on() -> None:
    out = two_level()
    out.put(Extension("200", forward_menu="menu:2", forward_condition="noanswer"))
    assert simulate_static(out, ["1"]).rung() == ["200", "101"]


# --- dynamic menus -----------------------------------------------------------------------

def dynamic() -> Flow:
    out = one_level()
    out.put(scenario("scenario:20", "menu:1", 20, "102", sid="20", title="Sales desk"))
    out.put(scenario("scenario:21", "menu:1", 21, "103", sid="21", title="Night"))
    return out


def test_dynamic_redirect_to_a_scenario() -> None:
    seen: list[tuple[str, dict[str, str]]] = []

    async def ask(event: str, fields: dict[str, str]) -> Any:
        seen.append((event, fields))
        if event == "NOTIFY_START":
            return {"ivr_play": "7", "wait_dtmf": {"timeout": 3, "attempts": 1,
                                                   "maxdigits": 1, "name": "lang"}}
        return {"redirect": "20" if fields["wait_dtmf[digits]"] == "1" else "21"}

    result = asyncio.run(simulate(dynamic(), ["1"], ask=ask))
    assert result.rung() == ["102"] and result.sounds == ["7"]
    assert [e for e, _f in seen] == ["NOTIFY_START", "NOTIFY_IVR"]
    assert seen[1][1]["wait_dtmf[name]"] == "lang"
    result = asyncio.run(simulate(dynamic(), [], ask=ask))
    assert result.rung() == ["103"]


def test_dynamic_default_and_redirect_to_extension_and_hangup() -> None:
    async def default(event: str, fields: dict[str, str]) -> Any:
        return {"wait_dtmf": {"timeout": 2, "default": "21", "name": "m"}}

    assert asyncio.run(simulate(dynamic(), [], ask=default)).rung() == ["103"]

    async def extension(event: str, fields: dict[str, str]) -> Any:
        return {"redirect": "101"}

    assert asyncio.run(simulate(dynamic(), [], ask=extension)).rung() == ["101"]

    async def hangup(event: str, fields: dict[str, str]) -> Any:
        return {"hangup": 1}

    assert asyncio.run(simulate(dynamic(), [], ask=hangup)).rung() == []


def test_no_steering_falls_back_to_the_static_flow() -> None:
    async def silent(event: str, fields: dict[str, str]) -> Any:
        return None

    assert asyncio.run(simulate(dynamic(), ["1"], ask=silent)).rung() == ["101"]


def test_callinfo_asker_posts_signed_events() -> None:
    received: list[httpx.Request] = []

    def listener(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return httpx.Response(200, json={"redirect": "20"})

    async def run() -> list[str]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(listener)) as http:
            ask = callinfo_asker("https://crm.example/hook", "s3cret", http)
            result = await simulate(dynamic(), [], ask=ask, caller="48600", dialled="48221",
                                    when=datetime(2026, 2, 3, 4, 5, 6))
            return result.rung()

    assert asyncio.run(run()) == ["102"]
    request = received[0]
    form = dict(httpx.QueryParams(request.content.decode()))
    assert form["event"] == "NOTIFY_START" and form["call_start"] == "2026-02-03 04:05:06"
    assert request.headers["Signature"] == callinfo_signature(form, "s3cret")
    # the same value the emulator's call events carry (base64 of the hex HMAC-SHA1)
    from zaddesk.emulator.calls import webhook_signature

    assert request.headers["Signature"] == webhook_signature("NOTIFY_START", form, "s3cret")


def test_interactive_stops_where_the_caller_must_choose() -> None:
    first = simulate_static(two_level(), [], interactive=True)
    assert first.steps[-1].kind == "wait" and first.steps[-1].ref == "menu:1"
    assert first.rung() == []
    second = simulate_static(two_level(), ["1"], interactive=True)
    assert second.steps[-1].ref == "menu:2" and second.steps[-1].kind == "wait"
    third = simulate_static(two_level(), ["1", "timeout"], interactive=True)
    assert third.rung() == ["101"] and third.steps[-1].kind == "end"
