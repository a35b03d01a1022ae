from __future__ import annotations

from tests.core.ivr.flows import flow, one_level, scenario, two_level
from zaddesk.core.ivr.model import Extension, Menu, Target
from zaddesk.core.ivr.validate import validate


def codes(f: object) -> list[tuple[str, str]]:
    return [(p.code, p.ref) for p in validate(f)]  # type: ignore[arg-type]


def test_good_flows_pass() -> None:
    assert validate(one_level()) == []
    assert validate(two_level()) == []


def test_menu_without_default() -> None:
    f = one_level()
    f.remove("scenario:1")
    assert codes(f) == [("no_default", "menu:1")]
    assert "no key" in validate(f)[0].text


def test_two_scenarios_on_one_key() -> None:
    f = one_level()
    f.put(scenario("scenario:9", "menu:1", 1, "102"))
    assert codes(f) == [("duplicate_key", "scenario:9")]


def test_scenario_ringing_nobody_and_missing_extension() -> None:
    f = one_level()
    f.put(scenario("scenario:2", "menu:1", 1))
    f.put(scenario("scenario:3", "menu:1", 2, "555"))
    assert codes(f) == [("rings_nobody", "scenario:2"), ("missing_extension", "scenario:3")]
    assert "555" in validate(f)[1].text


def test_unreachable_menu() -> None:
    f = two_level()
    f.put(Extension("200"))  # no longer forwarded
    assert ("unreachable", "menu:2") in codes(f)


def test_loop_without_exit_and_with_one() -> None:
    f = flow(Menu("menu:1", 1, "A"), Menu("menu:2", 2, "B"),
             scenario("scenario:1", "menu:1", -1, "200"),
             scenario("scenario:2", "menu:2", -1, "201"), extensions=("200", "201", "100"))
    f.put(Extension("200", forward_menu="menu:2"))
    f.put(Extension("201", forward_menu="menu:1"))
    assert sorted(codes(f)) == [("loop", "menu:1"), ("loop", "menu:2")]
    f.put(scenario("scenario:3", "menu:2", 1, "100"))  # key 1 of B rings a person
    assert codes(f) == []


def test_tiers_and_times() -> None:
    f = one_level()
    f.put(scenario("scenario:3", "menu:1", 2, Target("100"), Target("101", 5),
                   Target("102", 10), Target("103", 15)))
    assert codes(f) == [("too_many_tiers", "scenario:3")]
    f.put(scenario("scenario:3", "menu:1", 2, Target("100"), Target("101", 5),
                   Target("102", 10), Target("103", 15), strategy="random"))
    assert codes(f) == []
    f.put(scenario("scenario:3", "menu:1", 2, Target("100", 5)))
    assert codes(f) == [("late_first_tier", "scenario:3")]
    f.put(scenario("scenario:3", "menu:1", 2, Target("100", 0, 0)))
    assert codes(f) == [("bad_time", "scenario:3")]
    f.put(scenario("scenario:3", "menu:1", 2, "100", "100"))
    assert codes(f) == [("twice", "scenario:3")]


def test_forward_to_a_deleted_menu_and_no_main() -> None:
    f = two_level()
    del f.menus["menu:2"]
    assert ("forward_missing", "ext:200") in codes(f)
    f.main = None
    assert ("no_main", "") in codes(f)


def test_remove_menu_returns_what_to_restore() -> None:
    f = two_level()
    before = f.copy()
    removed = f.remove("menu:2")
    assert "menu:2" not in f.menus and f.extensions["ext:200"].forward_menu is None
    assert not f.scenarios_of("menu:2")
    f.restore(removed)
    assert f == before
    removed = f.remove("ext:101")
    assert all("101" not in s.numbers() for s in f.scenarios.values())
    f.restore(removed)
    assert f == before
