"""A client's PBX call flow as plain data: menus, their scenarios, and the extensions rung.

Why a model of our own: the API spreads a flow over four endpoints (menus, scenarios per menu,
extensions, and each extension's forwarding), reads and writes different shapes, and cannot
change everything (a menu's title, greeting and wait time are set in Zadarma's panel). The
editor, the plan, the simulator and the layout file all work on this one shape.

Items are frozen; a change replaces an item in the :class:`Flow`, which is what lets the
editor undo any change by putting the previous item back. Items are known by a *ref*
(``menu:12``, ``scenario:340``, ``ext:101``); items not yet on the server have refs like
``menu:new-1`` and no server id until the plan that creates them has run.

A call reaches another menu the way the API allows: a scenario rings an extension whose
forwarding (``/v1/pbx/redirection/``, type ``menu``) sends the call on to that menu.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

__all__ = [
    "AUTORESPONDER_KEY",
    "DEFAULT_KEY",
    "DYNAMIC_KEYS",
    "KEYS",
    "QUEUE_STRATEGIES",
    "Extension",
    "Flow",
    "Menu",
    "Scenario",
    "Target",
    "WorkingHours",
    "ext_ref",
    "key_label",
    "menu_ref",
    "new_ref",
    "scenario_ref",
]

DEFAULT_KEY = -1
AUTORESPONDER_KEY = 10
KEYS = tuple(range(-1, 31))
DYNAMIC_KEYS = tuple(range(11, 31))
QUEUE_STRATEGIES = ("off", "random", "roundrobin", "leastrecent", "rrmemory", "fewestcalls")
Strategy = Literal["off", "random", "roundrobin", "leastrecent", "rrmemory", "fewestcalls"]
EXTENSION_RE = re.compile(r"[0-9]{3}")

_counter = itertools.count(1)


def menu_ref(menu_id: int) -> str:
    return f"menu:{menu_id}"


def scenario_ref(scenario_id: str | int) -> str:
    return f"scenario:{scenario_id}"


def ext_ref(number: str) -> str:
    return f"ext:{number}"


def new_ref(kind: Literal["menu", "scenario"], taken: Iterable[str] = ()) -> str:
    """A ref for an item not yet on the server, unlike any in ``taken``."""
    used = set(taken)
    while True:
        ref = f"{kind}:new-{next(_counter)}"
        if ref not in used:
            return ref


def key_label(key: int) -> str:
    """How a key reads on the canvas: the digit, or what the special values mean."""
    if key == DEFAULT_KEY:
        return "no key"
    if key == AUTORESPONDER_KEY:
        return "after hours"
    return str(key)


@dataclass(frozen=True)
class Target:
    """One extension a scenario rings, ``delay`` s after the scenario starts, for ``duration`` s
    (None: the server's default)."""

    number: str
    delay: int = 0
    duration: int | None = None


@dataclass(frozen=True)
class WorkingHours:
    """When a menu's autoresponder is off: per weekday (0 = Monday) minutes from midnight."""

    days: tuple[tuple[int, int, int], ...] = ()  # (weekday, begin minute, end minute)

    def open_at(self, weekday: int, minute: int) -> bool:
        return any(d == weekday and b <= minute < e for d, b, e in self.days)


@dataclass(frozen=True)
class Menu:
    """A voice menu. Only its existence can change through the API; the rest is read-only."""

    ref: str
    id: int | None = None
    title: str = ""
    greeting: str = "file"  # "file" or "readtext" (text-to-speech), set in Zadarma's panel
    waitexten: int = 5  # seconds the caller has to press a key
    status: str = "on"
    hours: WorkingHours | None = None  # autoresponder schedule, None when it is off


@dataclass(frozen=True)
class Scenario:
    """What a key of a menu does: ring tiers (``strategy`` "off") or a queue."""

    ref: str
    menu: str
    key: int
    title: str
    targets: tuple[Target, ...] = ()
    id: str | None = None
    strategy: Strategy = "off"
    announce_position: bool = False

    @property
    def is_queue(self) -> bool:
        return self.strategy != "off"

    def tiers(self) -> list[tuple[int, tuple[str, ...]]]:
        """Ring tiers as (delay, numbers), by delay; the first tier rings at once."""
        by_delay: dict[int, list[str]] = {}
        for target in self.targets:
            by_delay.setdefault(target.delay, []).append(target.number)
        return [(delay, tuple(nums)) for delay, nums in sorted(by_delay.items())]

    def numbers(self) -> tuple[str, ...]:
        return tuple(t.number for t in self.targets)


@dataclass(frozen=True)
class Extension:
    """An extension of the PBX, and where it forwards calls when it does."""

    number: str
    name: str = ""
    forward_menu: str | None = None  # a menu ref: the extension passes calls to that menu
    forward_condition: Literal["always", "noanswer"] = "always"
    forward_other: str | None = None  # a forwarding the editor does not manage (phone, ...)

    @property
    def ref(self) -> str:
        return ext_ref(self.number)


@dataclass
class Flow:
    """A whole call flow. ``main`` is the menu an incoming call enters."""

    menus: dict[str, Menu] = field(default_factory=dict)
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    extensions: dict[str, Extension] = field(default_factory=dict)
    main: str | None = None

    def copy(self) -> Flow:
        return Flow(dict(self.menus), dict(self.scenarios), dict(self.extensions), self.main)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Flow):
            return NotImplemented
        return (self.menus, self.scenarios, self.extensions, self.main) == (
            other.menus, other.scenarios, other.extensions, other.main)

    # --- reading ------------------------------------------------------------------------
    def refs(self) -> set[str]:
        return set(self.menus) | set(self.scenarios) | set(self.extensions)

    def item(self, ref: str) -> Menu | Scenario | Extension | None:
        return self.menus.get(ref) or self.scenarios.get(ref) or self.extensions.get(ref)

    def scenarios_of(self, menu: str) -> list[Scenario]:
        return sorted((s for s in self.scenarios.values() if s.menu == menu),
                      key=lambda s: (s.key, s.ref))

    def scenario_for(self, menu: str, key: int) -> Scenario | None:
        for scenario in self.scenarios_of(menu):
            if scenario.key == key:
                return scenario
        return None

    def extension(self, number: str) -> Extension | None:
        return self.extensions.get(ext_ref(number))

    def menu_by_id(self, menu_id: int) -> Menu | None:
        for menu in self.menus.values():
            if menu.id == menu_id:
                return menu
        return None

    def edges(self) -> Iterator[tuple[str, str]]:
        """Every link of the flow: menu → scenario, scenario → extension, extension → menu."""
        for scenario in self.scenarios.values():
            if scenario.menu in self.menus:
                yield scenario.menu, scenario.ref
            for number in dict.fromkeys(scenario.numbers()):
                if ext_ref(number) in self.extensions:
                    yield scenario.ref, ext_ref(number)
        for ext in self.extensions.values():
            if ext.forward_menu and ext.forward_menu in self.menus:
                yield ext.ref, ext.forward_menu

    # --- changing -----------------------------------------------------------------------
    def put(self, item: Menu | Scenario | Extension) -> None:
        if isinstance(item, Menu):
            self.menus[item.ref] = item
        elif isinstance(item, Scenario):
            self.scenarios[item.ref] = item
        else:
            self.extensions[item.ref] = item

    def remove(self, ref: str) -> list[Menu | Scenario | Extension]:
        """Remove an item and what hangs off it; returns everything removed or changed before
        the change, so a caller can put it all back."""
        before: list[Menu | Scenario | Extension] = []
        if ref in self.menus:
            before.append(self.menus.pop(ref))
            for scenario in [s for s in self.scenarios.values() if s.menu == ref]:
                before.append(self.scenarios.pop(scenario.ref))
            for ext in list(self.extensions.values()):
                if ext.forward_menu == ref:
                    before.append(ext)
                    self.extensions[ext.ref] = replace(ext, forward_menu=None)
            if self.main == ref:
                self.main = None
        elif ref in self.scenarios:
            before.append(self.scenarios.pop(ref))
        elif ref in self.extensions:
            ext = self.extensions.pop(ref)
            before.append(ext)
            for scenario in list(self.scenarios.values()):
                if ext.number in scenario.numbers():
                    before.append(scenario)
                    kept = tuple(t for t in scenario.targets if t.number != ext.number)
                    self.scenarios[scenario.ref] = replace(scenario, targets=kept)
        return before

    def restore(self, items: Iterable[Menu | Scenario | Extension]) -> None:
        for item in items:
            self.put(item)
