from __future__ import annotations

import json

import pytest

from tests.core.ivr.flows import two_level
from zaddesk.core.ivr.model import Menu, WorkingHours
from zaddesk.core.ivr.serial import LayoutFile, LayoutFileError, dumps, loads
from zaddesk.core.ivr.template import adopt


def test_round_trip_and_stable_text() -> None:
    f = two_level()
    f.put(Menu("menu:2", 2, "Support", waitexten=8, hours=WorkingHours(((0, 540, 1020),))))
    text = dumps(LayoutFile(f, {"menu:1": (10.0, 20.26)}, {"client": "Acme"}))
    back = loads(text)
    assert back.flow == f
    assert back.positions == {"menu:1": (10.0, 20.3)}
    assert dumps(back) == text
    doc = json.loads(text)
    assert list(doc) == sorted(doc) and "positions" in doc and "positions" not in doc["flow"]
    assert text.endswith("\n") and "\n  " in text


def test_moving_a_box_changes_only_positions() -> None:
    a = dumps(LayoutFile(two_level(), {"menu:1": (0, 0)}))
    b = dumps(LayoutFile(two_level(), {"menu:1": (40, 0)}))
    changed = [i for i, (x, y) in enumerate(zip(a.splitlines(), b.splitlines(), strict=True))
               if x != y]
    assert len(changed) == 1
    assert a.splitlines().index('  "positions": {') < changed[0]


def bad(mutate: object) -> list[str]:
    doc = json.loads(dumps(LayoutFile(two_level())))
    mutate(doc)  # type: ignore[operator]
    with pytest.raises(LayoutFileError) as caught:
        loads(json.dumps(doc))
    return caught.value.problems


def test_import_says_precisely_what_is_wrong() -> None:
    assert bad(lambda d: d["flow"]["scenarios"][1].update(key=42)) == [
        "flow.scenarios[1].key: 42 is not a key (-1 no key, 0-9, 10 after hours, 11-30)"]
    assert bad(lambda d: d["flow"]["scenarios"][0].update(menu="menu:9")) == [
        "flow.scenarios[0].menu: “menu:9” is not one of the menus"]
    assert bad(lambda d: d["flow"]["scenarios"][0]["targets"][0].update(number="777")) == [
        "flow.scenarios[0].targets[0].number: extension 777 is not among the extensions"]
    assert bad(lambda d: d["flow"]["extensions"][0].update(number="12")) == [
        "flow.extensions[0].number: “12” is not a 3-digit extension",
        "flow.scenarios[0].targets[0].number: extension 100 is not among the extensions"]
    assert bad(lambda d: d["flow"]["menus"][0].update(waitexten="5")) == [
        'flow.menus[0].waitexten: expected a whole number, found "5"']
    assert bad(lambda d: d.update(version=9)) == [
        "version: this console reads version 1, found 9"]
    assert bad(lambda d: d["positions"].update({"menu:1": [1]})) == [
        "positions.menu:1: expected [x, y]"]
    two = bad(lambda d: (d["flow"]["scenarios"][0].pop("key"),
                         d["flow"]["scenarios"][2].update(strategy="loud")))
    assert two == ["flow.scenarios[0].key: missing",
                   "flow.scenarios[2].strategy: “loud” is not one of off, random, roundrobin, "
                   "leastrecent, rrmemory, fewestcalls"]


def test_not_json() -> None:
    with pytest.raises(LayoutFileError, match="line 1, column 2"):
        loads("{oops")


def test_template_onto_another_client() -> None:
    from tests.core.ivr.flows import flow, scenario
    from zaddesk.core.ivr.plan import plan

    target = flow(Menu("menu:50", 50, "Their main"),
                  scenario("scenario:500", "menu:50", -1, "100", sid="500"),
                  extensions=("100", "101", "300"))
    adopted = adopt(two_level(), target, {"102": "300"})
    assert adopted.main == "menu:50" and len(adopted.menus) == 2
    assert any(s.numbers() == ("300",) for s in adopted.scenarios.values())
    kinds = [c.kind for c in plan(target, adopted)]
    assert kinds[:3] == ["create_extension", "create_extension", "create_menu"]
    assert "delete_scenario" in kinds and kinds[-1] == "forward"


def test_an_old_version_comes_back_through_a_plan() -> None:
    from tests.core.ivr.flows import one_level
    from zaddesk.core.ivr.plan import plan
    from zaddesk.core.ivr.template import revive

    old = two_level()  # had the Support menu, since deleted on the server
    server = one_level()
    edit = revive(old, server)
    kinds = [c.kind for c in plan(server, edit)]
    assert kinds.count("create_menu") == 1 and "forward" in kinds
    assert "delete_menu" not in kinds
    assert plan(server, revive(server, server)) == []
