"""The layout file: a flow and its canvas positions as pretty-printed JSON with sorted keys.

Positions live in their own section, apart from the flow, so moving a box on the canvas
changes only lines under ``"positions"`` and a diff in git reads as what it is. Lists are in
ref order for the same reason. :func:`loads` checks everything and raises
:class:`LayoutFileError` with one precise message per problem (``flow.scenarios[2].key: ...``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from zaddesk.core.ivr.model import (
    EXTENSION_RE,
    KEYS,
    QUEUE_STRATEGIES,
    Extension,
    Flow,
    Menu,
    Scenario,
    Target,
    WorkingHours,
)

__all__ = ["FORMAT", "LayoutFile", "LayoutFileError", "dumps", "flow_from_json",
           "flow_to_json", "loads"]

FORMAT = "zaddesk-call-flow"
VERSION = 1


class LayoutFileError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class LayoutFile:
    flow: Flow
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)


def flow_to_json(flow: Flow) -> dict[str, Any]:
    def target(t: Target) -> dict[str, Any]:
        out: dict[str, Any] = {"number": t.number, "delay": t.delay}
        if t.duration is not None:
            out["duration"] = t.duration
        return out

    return {
        "main": flow.main,
        "menus": [
            {"ref": m.ref, "id": m.id, "title": m.title, "greeting": m.greeting,
             "waitexten": m.waitexten, "status": m.status,
             "hours": None if m.hours is None else [list(d) for d in m.hours.days]}
            for _ref, m in sorted(flow.menus.items())],
        "scenarios": [
            {"ref": s.ref, "id": s.id, "menu": s.menu, "key": s.key, "title": s.title,
             "strategy": s.strategy, "announce_position": s.announce_position,
             "targets": [target(t) for t in s.targets]}
            for _ref, s in sorted(flow.scenarios.items())],
        "extensions": [
            {"number": e.number, "name": e.name, "forward_menu": e.forward_menu,
             "forward_condition": e.forward_condition, "forward_other": e.forward_other}
            for _ref, e in sorted(flow.extensions.items())],
    }


def dumps(layout: LayoutFile) -> str:
    doc = {"format": FORMAT, "version": VERSION, "meta": layout.meta,
           "flow": flow_to_json(layout.flow),
           "positions": {ref: [round(x, 1), round(y, 1)]
                         for ref, (x, y) in sorted(layout.positions.items())}}
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


class _Reader:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def get(self, obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str,
            default: Any = ..., nullable: bool = False) -> Any:
        if key not in obj:
            if default is ...:
                self.fail(f"{where}.{key}", "missing")
                return None
            return default
        value = obj[key]
        if value is None and nullable:
            return None
        if isinstance(value, bool) and kind is int:
            self.fail(f"{where}.{key}", f"expected a whole number, found {json.dumps(value)}")
            return None
        if not isinstance(value, kind):
            names = {str: "text", int: "a whole number", bool: "true or false",
                     list: "a list", dict: "an object"}
            expected = names.get(kind, "another type") if isinstance(kind, type) else "a value"
            self.fail(f"{where}.{key}", f"expected {expected}, found {json.dumps(value)}")
            return None
        return value

    def items(self, obj: dict[str, Any], key: str, where: str) -> list[tuple[str, Any]]:
        raw = self.get(obj, key, list, where, default=[])
        out = []
        for index, item in enumerate(raw or []):
            here = f"{where}.{key}[{index}]"
            if not isinstance(item, dict):
                self.fail(here, "expected an object")
            else:
                out.append((here, item))
        return out


def flow_from_json(data: Any, where: str = "flow") -> Flow:
    reader = _Reader()
    flow = _read_flow(reader, data, where)
    if reader.problems:
        raise LayoutFileError(reader.problems)
    return flow


def _read_flow(r: _Reader, data: Any, where: str) -> Flow:
    flow = Flow()
    if not isinstance(data, dict):
        r.fail(where, "expected an object")
        return flow
    for here, m in r.items(data, "menus", where):
        ref = r.get(m, "ref", str, here)
        hours_raw = r.get(m, "hours", list, here, default=None, nullable=True)
        hours = None
        if hours_raw is not None:
            days = []
            for i, day in enumerate(hours_raw):
                if (not isinstance(day, list) or len(day) != 3
                        or not all(isinstance(x, int) for x in day)):
                    r.fail(f"{here}.hours[{i}]", "expected [weekday, begin minute, end minute]")
                else:
                    days.append((day[0], day[1], day[2]))
            hours = WorkingHours(tuple(days))
        menu = Menu(ref=ref or "", id=r.get(m, "id", int, here, default=None, nullable=True),
                    title=r.get(m, "title", str, here, default="") or "",
                    greeting=r.get(m, "greeting", str, here, default="file") or "file",
                    waitexten=r.get(m, "waitexten", int, here, default=5) or 0,
                    status=r.get(m, "status", str, here, default="on") or "on", hours=hours)
        if ref is not None:
            if not ref.startswith("menu:"):
                r.fail(f"{here}.ref", f"“{ref}” is not a menu ref (menu:...)")
            elif ref in flow.menus:
                r.fail(f"{here}.ref", f"menu “{ref}” appears twice")
            flow.put(menu)
    main = r.get(data, "main", str, where, default=None, nullable=True)
    if main is not None and main not in flow.menus:
        r.fail(f"{where}.main", f"“{main}” is not one of the menus")
    flow.main = main
    for here, e in r.items(data, "extensions", where):
        number = r.get(e, "number", str, here)
        if number is not None and not EXTENSION_RE.fullmatch(number):
            r.fail(f"{here}.number", f"“{number}” is not a 3-digit extension")
        forward = r.get(e, "forward_menu", str, here, default=None, nullable=True)
        if forward is not None and forward not in flow.menus:
            r.fail(f"{here}.forward_menu", f"“{forward}” is not one of the menus")
        condition = r.get(e, "forward_condition", str, here, default="always")
        if condition not in ("always", "noanswer", None):
            r.fail(f"{here}.forward_condition", f"“{condition}” is not always or noanswer")
            condition = "always"
        if number is not None:
            if f"ext:{number}" in flow.extensions:
                r.fail(f"{here}.number", f"extension {number} appears twice")
            flow.put(Extension(number, name=r.get(e, "name", str, here, default="") or "",
                               forward_menu=forward,
                               forward_condition=condition or "always",
                               forward_other=r.get(e, "forward_other", str, here, default=None,
                                                   nullable=True)))
    for here, s in r.items(data, "scenarios", where):
        ref = r.get(s, "ref", str, here)
        menu = r.get(s, "menu", str, here)
        if menu is not None and menu not in flow.menus:
            r.fail(f"{here}.menu", f"“{menu}” is not one of the menus")
        key = r.get(s, "key", int, here)
        if key is not None and key not in KEYS:
            r.fail(f"{here}.key", f"{key} is not a key (-1 no key, 0-9, 10 after hours, 11-30)")
        strategy = r.get(s, "strategy", str, here, default="off")
        if strategy is not None and strategy not in QUEUE_STRATEGIES:
            r.fail(f"{here}.strategy",
                   f"“{strategy}” is not one of {', '.join(QUEUE_STRATEGIES)}")
            strategy = "off"
        targets = []
        for th, t in r.items(s, "targets", here):
            number = r.get(t, "number", str, th)
            delay = r.get(t, "delay", int, th, default=0)
            duration = r.get(t, "duration", int, th, default=None, nullable=True)
            if number is not None and f"ext:{number}" not in flow.extensions:
                r.fail(f"{th}.number", f"extension {number} is not among the extensions")
            if delay is not None and delay < 0:
                r.fail(f"{th}.delay", "must not be negative")
            if number is not None:
                targets.append(Target(number, delay or 0, duration))
        scenario_id = r.get(s, "id", str, here, default=None, nullable=True)
        if ref is not None and not ref.startswith("scenario:"):
            r.fail(f"{here}.ref", f"“{ref}” is not a scenario ref (scenario:...)")
        elif ref is not None and ref in flow.scenarios:
            r.fail(f"{here}.ref", f"scenario “{ref}” appears twice")
        if ref is not None and menu is not None and key is not None:
            flow.put(Scenario(ref=ref, menu=menu, key=key,
                              title=r.get(s, "title", str, here, default="") or "",
                              targets=tuple(targets), id=scenario_id,
                              strategy=strategy or "off",
                              announce_position=bool(r.get(s, "announce_position", bool, here,
                                                           default=False))))
    return flow


def loads(text: str) -> LayoutFile:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        raise LayoutFileError([f"line {error.lineno}, column {error.colno}: not JSON "
                               f"({error.msg})"]) from None
    if not isinstance(doc, dict):
        raise LayoutFileError(["(file): expected a JSON object"])
    reader = _Reader()
    if doc.get("format") != FORMAT:
        reader.fail("format", f"expected “{FORMAT}”, found {json.dumps(doc.get('format'))}")
    if doc.get("version") != VERSION:
        reader.fail("version", f"this console reads version {VERSION}, found "
                    f"{json.dumps(doc.get('version'))}")
    flow = _read_flow(reader, doc.get("flow"), "flow")
    positions: dict[str, tuple[float, float]] = {}
    raw = doc.get("positions", {})
    if not isinstance(raw, dict):
        reader.fail("positions", "expected an object")
        raw = {}
    for ref, pos in raw.items():
        if (not isinstance(pos, list) or len(pos) != 2
                or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in pos)):
            reader.fail(f"positions.{ref}", "expected [x, y]")
        else:
            positions[ref] = (float(pos[0]), float(pos[1]))
    meta = doc.get("meta", {})
    if reader.problems:
        raise LayoutFileError(reader.problems)
    return LayoutFile(flow, positions, meta if isinstance(meta, dict) else {})
