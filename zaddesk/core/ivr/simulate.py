"""A test call through a flow, without a phone: the path it takes and who rings when.

The caller's input is a list of events: a key (``"1"``, ``"#"`` is not a key here) or
``"timeout"``. When the events run out the caller waits, so every menu then times out to its
"no key" scenario. Nobody answers in a simulation: the timeline shows every extension that
would ring and when. A menu whose autoresponder is on sends the call to key 10 (after hours)
outside its working hours.

For dynamic menus the simulator can ask the client's call-info URL: ``ask`` receives the
event name and the fields Zadarma would post and returns the JSON answer, and the call
follows it (``ivr_play``, ``wait_dtmf``, ``redirect``, ``hangup``).
:func:`callinfo_asker` posts them for real, signed as Zadarma signs call events.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol
from urllib.parse import urlencode

from zaddesk.core.ivr.model import (
    AUTORESPONDER_KEY,
    DEFAULT_KEY,
    Flow,
    Scenario,
    key_label,
)

__all__ = [
    "DEFAULT_RING",
    "Ring",
    "Simulation",
    "Step",
    "callinfo_asker",
    "callinfo_signature",
    "simulate",
    "simulate_static",
]

DEFAULT_RING = 20  # seconds an extension rings when the scenario gives no ring time
MAX_MENUS = 20  # menu visits before the simulator calls it a loop
KEY_SECONDS = 2  # time a caller takes to press a key once the greeting has played

Ask = Callable[[str, dict[str, str]], Awaitable[Any]]

_SIGNED = ("caller_id", "called_did", "call_start")


@dataclass(frozen=True)
class Step:
    at: int  # seconds since the call started
    kind: str  # call, menu, key, timeout, invalid, scenario, ring, forward, play, webhook,
    # wait, hangup, loop, end
    ref: str
    template: str  # English, with {named} fields: the GUI translates the template
    args: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.args))


@dataclass(frozen=True)
class Ring:
    at: int
    number: str
    seconds: int
    scenario: str


@dataclass
class Simulation:
    steps: list[Step] = field(default_factory=list)
    rings: list[Ring] = field(default_factory=list)
    sounds: list[str] = field(default_factory=list)

    @property
    def path(self) -> list[str]:
        """Refs the call passed through, in order (menus, scenarios, extensions)."""
        out: list[str] = []
        for step in self.steps:
            if step.ref and (not out or out[-1] != step.ref):
                out.append(step.ref)
        return out

    def rung(self) -> list[str]:
        """Extensions that rang, in order of first ring."""
        return list(dict.fromkeys(r.number for r in sorted(self.rings, key=lambda r: r.at)))


class _Call:
    def __init__(self, flow: Flow, events: Sequence[str], seed: int,
                 interactive: bool = False) -> None:
        self.flow = flow
        self.interactive = interactive
        self.waiting = False
        self.events = list(events)
        self.sim = Simulation()
        self.t = 0
        self.rng = random.Random(seed)

    def step(self, kind: str, ref: str, template: str, **args: object) -> None:
        self.sim.steps.append(Step(self.t, kind, ref, template,
                                   tuple((k, str(v)) for k, v in args.items())))

    def next_event(self) -> str:
        return self.events.pop(0) if self.events else "timeout"

    def menu(self, ref: str, when: datetime) -> Scenario | None:
        """Play a menu; return the scenario the caller ends up in."""
        menu = self.flow.menus[ref]
        self.step("menu", ref, "Menu “{menu}” plays its greeting",
                  menu=menu.title or "new menu")
        if menu.hours is not None and not menu.hours.open_at(
                when.weekday(), when.hour * 60 + when.minute):
            responder = self.flow.scenario_for(ref, AUTORESPONDER_KEY)
            if responder is not None:
                self.step("key", responder.ref, "Outside working hours: the autoresponder")
                return responder
        for _attempt in range(len(self.events) + 1):
            if self.interactive and not self.events:
                self.waiting = True
                self.step("wait", ref, "Waiting for a key")
                return None
            event = self.next_event()
            if event == "timeout":
                self.t += menu.waitexten
                default = self.flow.scenario_for(ref, DEFAULT_KEY)
                self.step("timeout", default.ref if default else ref,
                          "No key within {seconds} s", seconds=menu.waitexten)
                return default
            self.t += KEY_SECONDS
            key = int(event) if event.isdigit() else None
            chosen = self.flow.scenario_for(ref, key) if key is not None else None
            if chosen is not None:
                self.step("key", chosen.ref, "Key {key}", key=event)
                return chosen
            self.step("invalid", ref, "Key {key} leads nowhere; the menu waits again", key=event)
        return None

    def ring(self, scenario: Scenario) -> str | None:
        """Ring a scenario's extensions; return a menu ref if the call is passed on."""
        self.step("scenario", scenario.ref, "Scenario “{title}” (key: {key})",
                  title=scenario.title, key=key_label(scenario.key))
        start = self.t
        targets = list(scenario.targets)
        if scenario.is_queue:
            if scenario.strategy == "random":
                self.rng.shuffle(targets)
            at = start
            schedule = []
            for target in targets:
                at += target.delay
                seconds = target.duration or DEFAULT_RING
                schedule.append((at, target, seconds))
                at += seconds
        else:
            schedule = [(start + t.delay, t, t.duration or DEFAULT_RING) for t in targets]
        onward: str | None = None
        end = start
        for at, target, seconds in sorted(schedule, key=lambda item: item[0]):
            ext = self.flow.extension(target.number)
            if ext is not None and ext.forward_menu and ext.forward_condition == "always":
                self.t = at
                self.step("forward", ext.ref,
                          "Extension {number} passes the call to another menu",
                          number=ext.number)
                if onward is None:
                    onward = ext.forward_menu
                continue
            self.sim.rings.append(Ring(at, target.number, seconds, scenario.ref))
            self.t = at
            self.step("ring", f"ext:{target.number}", "Extension {number} rings for {seconds} s",
                      number=target.number, seconds=seconds)
            end = max(end, at + seconds)
            if ext is not None and ext.forward_menu and onward is None:
                onward = ext.forward_menu  # forwarded when not answered
        self.t = max(self.t, end)
        return onward


async def simulate(
    flow: Flow,
    events: Sequence[str] = (),
    *,
    when: datetime | None = None,
    caller: str = "48600100200",
    dialled: str = "48221234567",
    ask: Ask | None = None,
    seed: int = 0,
    interactive: bool = False,
) -> Simulation:
    """Walk one call through ``flow``; see the module's docstring. ``interactive`` stops
    where a menu waits for a key once the events are used up (the keypad's step by step)."""
    when = when or datetime(2026, 1, 5, 12, 0)  # a Monday noon unless told otherwise
    call = _Call(flow, events, seed, interactive)
    call.step("call", "call", "Call from {caller} to {dialled}", caller=caller,
              dialled=dialled)
    if ask is not None:
        fields = {"caller_id": caller, "called_did": dialled,
                  "call_start": when.strftime("%Y-%m-%d %H:%M:%S"),
                  "pbx_call_id": "in_simulated"}
        answer = await ask("NOTIFY_START", {"event": "NOTIFY_START", **fields})
        if await _dynamic(call, answer, ask, fields):
            return call.sim
    return _static(call, when)


def simulate_static(flow: Flow, events: Sequence[str] = (), *, when: datetime | None = None,
                    caller: str = "48600100200", dialled: str = "48221234567", seed: int = 0,
                    interactive: bool = False) -> Simulation:
    """:func:`simulate` without a webhook: no awaiting, so a widget can call it directly."""
    when = when or datetime(2026, 1, 5, 12, 0)
    call = _Call(flow, events, seed, interactive)
    call.step("call", "call", "Call from {caller} to {dialled}", caller=caller,
              dialled=dialled)
    return _static(call, when)


def _static(call: _Call, when: datetime) -> Simulation:
    flow = call.flow
    current = flow.main
    visits = 0
    while current is not None and current in flow.menus:
        visits += 1
        if visits > MAX_MENUS:
            call.step("loop", current, "The call goes round in a loop; the simulation stops")
            return call.sim
        scenario = call.menu(current, when)
        if call.waiting:
            return call.sim
        if scenario is None:
            call.step("hangup", current, "Nothing handles this: the call ends")
            return call.sim
        current = call.ring(scenario)
    call.step("end", "", "Nobody answered; the call ends")
    return call.sim


def _find(flow: Flow, target: str) -> Scenario | None:
    for scenario in flow.scenarios.values():
        if scenario.id == target or scenario.ref == target:
            return scenario
    if target.lstrip("-").isdigit() and flow.main:
        return flow.scenario_for(flow.main, int(target))
    return None


async def _dynamic(call: _Call, answer: Any, ask: Ask, fields: dict[str, str]) -> bool:
    """Follow the listener's answers; False when it does not steer the call."""
    steered = False
    for _round in range(MAX_MENUS):
        if not isinstance(answer, dict) or not answer:
            return steered
        steered = True
        call.step("webhook", "call", "The call-info URL answers {answer}",
                  answer=json.dumps(answer, sort_keys=True))
        if "ivr_play" in answer:
            sound = str(answer["ivr_play"])
            call.sim.sounds.append(sound)
            call.step("play", "call", "Plays sound {sound}", sound=sound)
        if "hangup" in answer:
            call.step("hangup", "call", "The listener hangs up")
            return True
        if "redirect" in answer:
            target = str(answer["redirect"])
            scenario = _find(call.flow, target)
            if scenario is not None:
                onward = call.ring(scenario)
                if onward is not None:
                    call.step("forward", onward, "The call goes on to another menu")
                return True
            call.sim.rings.append(Ring(call.t, target, DEFAULT_RING, ""))
            call.step("ring", f"ext:{target}", "Extension {number} rings for {seconds} s",
                      number=target, seconds=DEFAULT_RING)
            return True
        wait = answer.get("wait_dtmf")
        if not isinstance(wait, dict):
            return True
        timeout = int(wait.get("timeout", 3) or 3)
        event = call.next_event()
        if event == "timeout":
            call.t += timeout
            digits, default = "", "1"
            call.step("timeout", "call", "No key within {seconds} s", seconds=timeout)
        else:
            call.t += KEY_SECONDS
            digits, default = event, "0"
            call.step("key", "call", "Key {key}", key=event)
        if not digits and wait.get("default") not in (None, ""):
            scenario = _find(call.flow, str(wait["default"]))
            if scenario is not None:
                call.ring(scenario)
                return True
        answer = await ask("NOTIFY_IVR", {
            "event": "NOTIFY_IVR", **fields, "wait_dtmf[name]": str(wait.get("name", "")),
            "wait_dtmf[digits]": digits, "wait_dtmf[default_behaviour]": default})
    return True


def callinfo_signature(fields: dict[str, str], secret: str) -> str:
    """The ``Signature`` header of NOTIFY_START and NOTIFY_IVR: base64 of the hex HMAC-SHA1
    of caller_id + called_did + call_start, keyed with the client's API secret."""
    text = "".join(fields.get(name, "") for name in _SIGNED)
    mac = hmac.new(secret.encode(), text.encode(), hashlib.sha1).hexdigest()
    return base64.b64encode(mac.encode("ascii")).decode("ascii")


class _Poster(Protocol):
    async def post(self, url: str, *, content: bytes, headers: dict[str, str]) -> Any: ...


def callinfo_asker(url: str, secret: str, http: _Poster) -> Ask:
    """An ``ask`` that posts each event to the client's call-info URL (e.g. with an
    ``httpx.AsyncClient`` as ``http``) and returns its JSON answer, or None."""

    async def ask(event: str, fields: dict[str, str]) -> Any:
        headers = {"Content-Type": "application/x-www-form-urlencoded",
                   "Signature": callinfo_signature(fields, secret)}
        response = await http.post(url, content=urlencode(fields).encode(), headers=headers)
        try:
            return json.loads(response.content or b"null")
        except ValueError:
            return None

    return ask
