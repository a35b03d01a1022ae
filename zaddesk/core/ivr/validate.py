"""What is wrong with a flow, item by item, before anything is sent.

Errors are what the API would refuse or what would lose calls for sure; warnings are what a
rep most likely did not mean. Each problem names the item it concerns (its ref), so the
editor can mark it and select it from the problems list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from zaddesk.core.ivr.model import (
    DEFAULT_KEY,
    EXTENSION_RE,
    KEYS,
    Flow,
    ext_ref,
    key_label,
)

__all__ = ["Problem", "exits", "reachable_menus", "validate"]


@dataclass(frozen=True)
class Problem:
    code: str
    ref: str
    severity: Literal["error", "warning"]
    template: str
    args: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.args))


def _menu_targets(flow: Flow, menu: str) -> set[str]:
    """Menus a call in ``menu`` can be sent on to (through forwarded extensions)."""
    out: set[str] = set()
    for scenario in flow.scenarios_of(menu):
        for number in scenario.numbers():
            ext = flow.extension(number)
            if ext is not None and ext.forward_menu in flow.menus:
                out.add(ext.forward_menu or "")
    return out


def reachable_menus(flow: Flow) -> set[str]:
    if flow.main is None or flow.main not in flow.menus:
        return set()
    seen = {flow.main}
    todo = [flow.main]
    while todo:
        for nxt in _menu_targets(flow, todo.pop()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def exits(flow: Flow) -> set[str]:
    """Menus from which some key leads to a person's phone ringing: an extension that is not
    forwarded away at once, possibly through other menus."""
    good: set[str] = set()
    changed = True
    while changed:
        changed = False
        for menu in flow.menus:
            if menu in good:
                continue
            for scenario in flow.scenarios_of(menu):
                for number in scenario.numbers():
                    ext = flow.extension(number)
                    if ext is None:
                        continue
                    if (ext.forward_menu is None or ext.forward_condition == "noanswer"
                            or ext.forward_menu in good):
                        good.add(menu)
                        changed = True
                        break
                if menu in good:
                    break
    return good


def _on_cycle(flow: Flow) -> set[str]:
    graph = {m: _menu_targets(flow, m) for m in flow.menus}
    cyclic: set[str] = set()
    for start in graph:
        todo = list(graph[start])
        seen: set[str] = set()
        while todo:
            node = todo.pop()
            if node == start:
                cyclic.add(start)
                break
            if node not in seen:
                seen.add(node)
                todo.extend(graph.get(node, ()))
    return cyclic


def validate(flow: Flow) -> list[Problem]:
    problems: list[Problem] = []

    def add(code: str, ref: str, severity: Literal["error", "warning"], template: str,
            **args: str) -> None:
        problems.append(Problem(code, ref, severity, template, tuple(sorted(args.items()))))

    if flow.main is None or flow.main not in flow.menus:
        add("no_main", "", "error", "The flow has no main menu for incoming calls")
    reach = reachable_menus(flow)
    good = exits(flow)
    cyclic = _on_cycle(flow)
    for ref, menu in sorted(flow.menus.items()):
        name = menu.title or "new menu"
        by_key: dict[int, list[str]] = {}
        for scenario in flow.scenarios_of(ref):
            by_key.setdefault(scenario.key, []).append(scenario.ref)
        if DEFAULT_KEY not in by_key:
            add("no_default", ref, "warning",
                "Menu “{menu}” has no “no key” scenario: a caller who presses nothing is lost",
                menu=name)
        for key, refs in sorted(by_key.items()):
            for extra in refs[1:]:
                add("duplicate_key", extra, "error",
                    "Key {key} of menu “{menu}” has two scenarios", key=key_label(key),
                    menu=name)
        if ref not in reach and flow.main in flow.menus:
            add("unreachable", ref, "warning",
                "No call reaches menu “{menu}”: no scenario rings an extension forwarded to it",
                menu=name)
        elif ref in cyclic and ref not in good:
            add("loop", ref, "error",
                "Menu “{menu}” is on a loop with no way out: no key ever rings a person",
                menu=name)
    for ref, scenario in sorted(flow.scenarios.items()):
        if scenario.menu not in flow.menus:
            add("orphan", ref, "error", "Scenario “{title}” belongs to no menu",
                title=scenario.title)
        if scenario.key not in KEYS:
            add("bad_key", ref, "error",
                "Scenario “{title}” has key {key}; keys go from -1 to 30",
                title=scenario.title, key=str(scenario.key))
        if not scenario.title.strip():
            add("no_title", ref, "error", "A scenario on key {key} has no title",
                key=key_label(scenario.key))
        if not scenario.targets:
            add("rings_nobody", ref, "error", "Scenario “{title}” rings nobody",
                title=scenario.title)
        seen: set[str] = set()
        for target in scenario.targets:
            if target.number in seen:
                add("twice", ref, "error", "Scenario “{title}” names extension {number} twice",
                    title=scenario.title, number=target.number)
            seen.add(target.number)
            if ext_ref(target.number) not in flow.extensions:
                add("missing_extension", ref, "error",
                    "Scenario “{title}” rings extension {number}, which does not exist",
                    title=scenario.title, number=target.number)
            if target.delay < 0 or (target.duration is not None and target.duration <= 0):
                add("bad_time", ref, "error",
                    "Scenario “{title}”: delays and ring times must be positive seconds",
                    title=scenario.title)
        tiers = scenario.tiers()
        if not scenario.is_queue and len(tiers) > 3:
            add("too_many_tiers", ref, "error",
                "Scenario “{title}” has {count} ring tiers; at most three are possible",
                title=scenario.title, count=str(len(tiers)))
        if not scenario.is_queue and tiers and tiers[0][0] != 0:
            add("late_first_tier", ref, "error",
                "The first ring tier of “{title}” must ring at once (delay 0)",
                title=scenario.title)
    for ref, ext in sorted(flow.extensions.items()):
        if not EXTENSION_RE.fullmatch(ext.number):
            add("bad_extension", ref, "error", "Extension “{number}” is not 3 digits",
                number=ext.number)
        if ext.forward_menu is not None and ext.forward_menu not in flow.menus:
            add("forward_missing", ref, "error",
                "Extension {number} forwards to a menu that no longer exists",
                number=ext.number)
    return problems
