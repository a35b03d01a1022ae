"""The judge of a lost answer: for each kind of call, applied / not applied / unclear."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from zaddesk.core.ivr.apply import judge
from zaddesk.core.ivr.plan import Call
from zaddesk.core.sendonce import Verdict


def step(kind: str, params: dict[str, Any], known: dict[str, Any] | None = None) -> Any:
    call = Call(kind=kind, method="POST", path="/", params=params, template="", args={})
    return SimpleNamespace(params=params, context={"call": call.to_json(), "known": known or {}})


def state(menus: list[int], scenarios: dict[str, list[dict[str, Any]]] | None = None,
          forwards: dict[str, Any] | None = None, extensions: list[str] | None = None
          ) -> dict[str, Any]:
    return {"menus": menus, "scenarios": scenarios or {}, "forwards": forwards or {},
            "extensions": extensions or []}


def item(sid: str, key: int, **fields: Any) -> dict[str, Any]:
    base = {"id": sid, "key": key, "title": "T", "strategy": "off", "announce": 0,
            "numbers": [["100", 0, None]]}
    return {**base, **fields}


@pytest.mark.parametrize(("kind", "params", "known", "now", "verdict", "created"), [
    ("create_menu", {"buy": "true"}, {"menus": [1]}, state([1, 7]), Verdict.APPLIED, "7"),
    ("create_menu", {"buy": "true"}, {"menus": [1]}, state([1]), Verdict.NOT_APPLIED, None),
    ("create_menu", {"buy": "true"}, {"menus": [1]}, state([1, 7, 8]), Verdict.UNCLEAR, None),
    ("delete_menu", {"menu_id": 7}, {}, state([1]), Verdict.APPLIED, None),
    ("delete_menu", {"menu_id": 7}, {}, state([1, 7]), Verdict.NOT_APPLIED, None),
    ("create_scenario", {"menu_id": 1, "push_button": "2"}, {"scenarios": ["5"]},
     state([1], {"1": [item("5", -1), item("9", 2)]}), Verdict.APPLIED, "9"),
    ("create_scenario", {"menu_id": 1, "push_button": "2"}, {"scenarios": ["5"]},
     state([1], {"1": [item("5", -1)]}), Verdict.NOT_APPLIED, None),
    ("delete_scenario", {"scenario_id": "5"}, {}, state([1], {"1": []}), Verdict.APPLIED, None),
    ("delete_scenario", {"scenario_id": "5"}, {}, state([1], {"1": [item("5", 1)]}),
     Verdict.NOT_APPLIED, None),
    ("edit_scenario", {"id": "5", "title": "New", "numbers": [{"number": "101", "delay": 5}]},
     {}, state([1], {"1": [item("5", 1, title="New", numbers=[["101", 5, None]])]}),
     Verdict.APPLIED, None),
    ("edit_scenario", {"id": "5", "title": "New"}, {}, state([1], {"1": [item("5", 1)]}),
     Verdict.NOT_APPLIED, None),
    ("edit_scenario", {"id": "5", "title": "New"}, {}, state([1], {"1": []}),
     Verdict.UNCLEAR, None),
    ("forward", {"pbx_number": "102", "destination": "7"}, {},
     state([1, 7], forwards={"102": {"status": "on", "type": "menu", "destination": "7"}}),
     Verdict.APPLIED, None),
    ("forward", {"pbx_number": "102", "destination": "7"}, {},
     state([1, 7], forwards={"102": {"status": "off", "type": "phone", "destination": ""}}),
     Verdict.NOT_APPLIED, None),
    ("forward", {"pbx_number": "102", "destination": "7"}, {}, state([1, 7]),
     Verdict.UNCLEAR, None),
    ("unforward", {"pbx_number": "102"}, {},
     state([1], forwards={"102": {"status": "off", "type": "menu", "destination": "7"}}),
     Verdict.APPLIED, None),
    ("create_extension", {"start_number": "105"}, {}, state([1], extensions=["100", "105"]),
     Verdict.APPLIED, None),
    ("create_extension", {"start_number": "105"}, {}, state([1], extensions=["100"]),
     Verdict.NOT_APPLIED, None),
])
def test_judge(kind: str, params: dict[str, Any], known: dict[str, Any], now: dict[str, Any],
               verdict: Verdict, created: str | None) -> None:
    finding = judge(step(kind, params, known), now)
    assert finding.verdict is verdict, finding.explanation
    assert finding.created_id == created
    assert finding.explanation


SCENARIO_EDIT = "The scenario on the server shows the change"
NO_EDIT = "The scenario on the server does not show the change"
FORWARD = "The forwarding on the server shows the change"
NO_FORWARD = "The forwarding on the server does not show the change"
ON_MENU_7 = {"102": {"status": "on", "type": "menu", "destination": "7"}}


@pytest.mark.parametrize(("kind", "params", "known", "now", "verdict", "why"), [
    ("create_menu", {"buy": "true"}, {}, state([1, 2]), Verdict.UNCLEAR,
     "The server has several new menus"),  # nothing known before: every menu is new
    ("create_menu", {"buy": "true"}, {"menus": [1, 7]}, state([1, 7, 9]), Verdict.APPLIED,
     "The server has a new menu (9)"),
    ("create_scenario", {"menu_id": 1, "push_button": "2"}, {"scenarios": ["5"]},
     state([1], {"1": [item("9", 2), item("10", 2)]}), Verdict.UNCLEAR,
     "The server shows more than one such scenario"),
    ("create_scenario", {"menu_id": 1, "push_button": "2"}, {"scenarios": ["5"]},
     state([1], {"1": [item("5", 2), item("9", 3)]}), Verdict.NOT_APPLIED,
     "The scenario is not on the server"),
    ("create_scenario", {"menu_id": 1, "push_button": "2"}, {},
     state([1], {"1": [item("9", 2)], "2": [item("8", 2)]}), Verdict.APPLIED,
     "The scenario is on the server now"),
    ("create_scenario", {"menu_id": 3, "push_button": "2"}, {},
     state([1], {"1": [item("9", 2)]}), Verdict.NOT_APPLIED, "The scenario is not on the server"),
    ("delete_menu", {"menu_id": "7"}, {}, state([1, 7]), Verdict.NOT_APPLIED,
     "The menu is still on the server"),
    ("delete_menu", {"menu_id": 7}, {}, state([1]), Verdict.APPLIED,
     "The menu is gone from the server"),
    ("delete_scenario", {"scenario_id": 5}, {}, state([1], {"1": [item("5", 1)]}),
     Verdict.NOT_APPLIED, "The scenario is still on the server"),
    ("delete_scenario", {"scenario_id": "5"}, {}, state([1], {"2": [item("6", 1)]}),
     Verdict.APPLIED, "The scenario is gone from the server"),
    ("edit_scenario", {"id": "5", "queue_strategy": "roundrobin"}, {},
     state([1], {"1": [item("5", 1, strategy="roundrobin")]}), Verdict.APPLIED, SCENARIO_EDIT),
    ("edit_scenario", {"id": "5", "queue_strategy": "roundrobin"}, {},
     state([1], {"1": [item("5", 1)]}), Verdict.NOT_APPLIED, NO_EDIT),
    ("edit_scenario", {"id": "5", "queue_announce_position": "1"}, {},
     state([1], {"1": [item("5", 1, announce=1)]}), Verdict.APPLIED, SCENARIO_EDIT),
    ("edit_scenario", {"id": "5", "queue_announce_position": 1}, {},
     state([1], {"1": [item("5", 1)]}), Verdict.NOT_APPLIED, NO_EDIT),
    ("edit_scenario", {"id": "5", "numbers": [{"number": 101, "delay": 10, "duration": 25}]},
     {}, state([1], {"1": [item("5", 1, numbers=[["101", 10, 25]])]}), Verdict.APPLIED,
     SCENARIO_EDIT),
    ("edit_scenario", {"id": "5", "numbers": [{"number": "101", "delay": 10, "duration": 25}]},
     {}, state([1], {"1": [item("5", 1, numbers=[["101", 10, None]])]}), Verdict.NOT_APPLIED,
     NO_EDIT),
    ("edit_scenario", {"id": "5", "numbers": [{"number": "101"}]}, {},
     state([1], {"1": [item("5", 1, numbers=[["101", 0, None]])]}), Verdict.APPLIED,
     SCENARIO_EDIT),
    ("edit_scenario", {"id": "5", "title": "T", "queue_strategy": "random"}, {},
     state([1], {"1": [item("5", 1)]}), Verdict.NOT_APPLIED, NO_EDIT),  # one of two shows
    ("edit_scenario", {"id": "5"}, {}, state([1], {"1": [item("5", 1)]}), Verdict.APPLIED,
     SCENARIO_EDIT),
    ("edit_scenario", {"id": 5, "title": "New"}, {},
     state([1], {"1": [item("6", 1, title="New")]}), Verdict.UNCLEAR,
     "The scenario is no longer on the server"),
    ("forward", {"pbx_number": 102, "destination": 7}, {}, state([1, 7], forwards=ON_MENU_7),
     Verdict.APPLIED, FORWARD),
    ("forward", {"pbx_number": "102", "destination": "7"}, {},
     state([1, 7], forwards={"102": {"status": "on", "type": "phone", "destination": "7"}}),
     Verdict.NOT_APPLIED, NO_FORWARD),
    ("forward", {"pbx_number": "102", "destination": "8"}, {}, state([1, 7], forwards=ON_MENU_7),
     Verdict.NOT_APPLIED, NO_FORWARD),
    ("forward", {"pbx_number": "102", "destination": "7"}, {},
     state([1, 7], forwards={"101": ON_MENU_7["102"]}), Verdict.UNCLEAR,
     "The forwarding could not be read"),
    ("unforward", {"pbx_number": "102"}, {}, state([1, 7], forwards=ON_MENU_7),
     Verdict.NOT_APPLIED, NO_FORWARD),
    ("unforward", {"pbx_number": 102}, {},
     state([1], forwards={"102": {"status": "off", "type": None, "destination": None}}),
     Verdict.APPLIED, FORWARD),
    ("create_extension", {"start_number": 105}, {}, state([1], extensions=["105"]),
     Verdict.APPLIED, "The extension is on the server now"),
    ("create_extension", {"start_number": "105"}, {}, state([1], extensions=["100", "106"]),
     Verdict.NOT_APPLIED, "The extension is not on the server"),
    ("rename_menu", {"menu_id": 7}, {}, state([1, 7]), Verdict.UNCLEAR,
     "No way to judge a rename_menu call"),
])
def test_judge_says_why(kind: str, params: dict[str, Any], known: dict[str, Any],
                        now: dict[str, Any], verdict: Verdict, why: str) -> None:
    finding = judge(step(kind, params, known), now)
    assert (finding.verdict, finding.explanation) == (verdict, why)
    if kind not in ("create_menu", "create_scenario") or verdict is not Verdict.APPLIED:
        assert finding.created_id is None


def test_judge_without_what_was_known_before() -> None:
    call = Call(kind="create_menu", method="POST", path="/", params={}, template="", args={})
    bare = SimpleNamespace(params={}, context={"call": call.to_json()})
    assert judge(bare, state([4])).created_id == "4"  # type: ignore[arg-type]
    call = Call(kind="create_scenario", method="POST", path="/",
                params={"menu_id": 1, "push_button": "3"}, template="", args={})
    bare = SimpleNamespace(params=call.params, context={"call": call.to_json()})
    found = judge(bare, state([1], {"1": [item("8", 3)]}))  # type: ignore[arg-type]
    assert (found.verdict, found.created_id) == (Verdict.APPLIED, "8")


def test_a_list_the_journal_kept_as_text_is_judged_from_the_call() -> None:
    """The journal keeps ``numbers`` as text; the judge reads them from the call as sent."""
    numbers = [{"number": "101", "delay": 10, "duration": 25}]
    call = Call(kind="edit_scenario", method="PUT", path="/",
                params={"id": "?", "numbers": numbers}, template="", args={})
    kept = SimpleNamespace(params={"id": "5", "numbers": str(numbers)},
                           context={"call": call.to_json(), "known": {}})
    shows = state([1], {"1": [item("5", 1, numbers=[["101", 10, 25]])]})
    assert judge(kept, shows).verdict is Verdict.APPLIED  # type: ignore[arg-type]
    assert judge(kept, state([1], {"1": [item("5", 1)]})).verdict is Verdict.NOT_APPLIED  # type: ignore[arg-type]
