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
