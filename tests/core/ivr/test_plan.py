from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.ivr.flows import one_level, scenario, two_level
from zaddesk.core.ivr.model import Extension, Menu, Target
from zaddesk.core.ivr.plan import Call, PlanError, plan


def kinds(calls: list[Call]) -> list[str]:
    return [c.kind for c in calls]


def test_same_flow_needs_nothing() -> None:
    assert plan(two_level(), two_level()) == []


def test_edit_title_and_tiers() -> None:
    edited = one_level()
    edited.put(replace(edited.scenarios["scenario:2"], title="Sales",
                       targets=(Target("101"), Target("102", 12, 30))))
    calls = plan(one_level(), edited, user_id=7)
    assert kinds(calls) == ["edit_scenario"]
    call = calls[0]
    assert call.method == "PUT" and call.path == "/v1/pbx/ivr/scenario/edit/"
    assert call.request() == {"id": "2", "title": "Sales", "user_id": 7, "numbers": [
        {"number": "101", "delay": 0}, {"number": "102", "delay": 12, "duration": 30}]}
    assert "“key 1”" in call.text and "Sales" in call.text and "+12 s: 102" in call.text


def test_queue_settings() -> None:
    edited = one_level()
    edited.put(replace(edited.scenarios["scenario:2"], strategy="rrmemory",
                       announce_position=True))
    (call,) = plan(one_level(), edited)
    assert call.request() == {"id": "2", "queue_strategy": "rrmemory",
                              "queue_announce_position": 1}


def test_new_submenu_in_order() -> None:
    server = one_level()
    edited = one_level()
    edited.put(Menu("menu:new-a", None, "Support"))
    edited.put(scenario("scenario:new-1", "menu:new-a", -1, "102", title="Anyone"))
    edited.put(scenario("scenario:new-2", "menu:new-a", 1, Target("103"), Target("101", 5),
                        title="Tech"))
    edited.put(Extension("104", forward_menu="menu:new-a"))
    edited.put(replace(edited.scenarios["scenario:2"], targets=(Target("104"),)))
    calls = plan(server, edited)
    assert kinds(calls) == ["create_extension", "create_menu", "edit_scenario",
                            "create_scenario", "create_scenario", "edit_scenario", "forward"]
    create_menu = calls[1]
    assert create_menu.creates == "menu:new-a" and create_menu.params["buy"] == "true"
    create = calls[3]
    assert create.ref_params == (("menu_id", "menu:new-a"),)
    assert create.request({"menu:new-a": "31"})["menu_id"] == "31"
    assert create.request()["extension"] == "102" and create.request()["push_button"] == "-1"
    follow = calls[5]
    assert follow.ref_params == (("id", "scenario:new-2"),)
    assert follow.request({"scenario:new-2": "77"})["numbers"][1] == {
        "number": "101", "delay": 5}
    forward = calls[6]
    assert forward.request({"menu:new-a": "31"}) == {
        "pbx_number": "104", "status": "on", "type": "menu", "destination": "31",
        "condition": "always"}


def test_deletes_come_last_and_a_menus_scenarios_go_with_it() -> None:
    edited = two_level()
    edited.remove("menu:2")
    edited.put(replace(edited.scenarios["scenario:2"], targets=(Target("101"),)))
    calls = plan(two_level(), edited)
    assert kinds(calls) == ["edit_scenario", "unforward", "delete_menu"]
    assert calls[-1].request() == {"menu_id": 2}


def test_moving_a_key_deletes_before_creating_on_a_taken_key() -> None:
    server = one_level()
    edited = one_level()
    # key 1's scenario moves to key 3, and a new scenario takes key 1
    edited.put(replace(edited.scenarios["scenario:2"], key=3))
    edited.put(scenario("scenario:new-9", "menu:1", 1, "103", title="New one"))
    calls = plan(server, edited)
    assert kinds(calls) == ["create_scenario", "delete_scenario", "create_scenario"]
    assert calls[0].params["push_button"] == "3" and calls[2].params["push_button"] == "1"


def test_impossible_edits_are_refused() -> None:
    edited = one_level()
    edited.remove("menu:1")
    with pytest.raises(PlanError, match="main"):
        plan(one_level(), edited)
    edited = one_level()
    edited.put(scenario("scenario:new-1", "menu:1", 1, title="Empty"))
    edited.remove("scenario:2")
    with pytest.raises(PlanError, match="nobody"):
        plan(one_level(), edited)


def test_calls_survive_json() -> None:
    edited = two_level()
    edited.put(Menu("menu:new-a", None, "X"))
    edited.put(scenario("scenario:new-1", "menu:new-a", -1, "100"))
    for call in plan(two_level(), edited, user_id=3):
        assert Call.from_json(call.to_json()) == call
