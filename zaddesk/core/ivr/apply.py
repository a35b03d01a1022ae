"""Running a plan: call by call through the one send-once mechanism.

Each call of the plan is its own journaled intent in the client's ``pbx`` scope, sent once;
the run stops at the first call that is not done. A lost answer stops it too, and is settled
by *reading the server* (:func:`settle`), never by sending again: the judge knows, from the
call and what was on the server before it, whether the server now shows it applied, and for a
create which id it made. The report says exactly which calls were applied.

Before the run the server is read again (:func:`check_conflict`): if another desk changed the
flow since the edit began, nothing is sent and the rep sees both changes.

Ids the server gives to created menus and scenarios are collected (``ids``) and folded into
the edit with :func:`rebase`, so after a stop the rest of the edit is simply planned again
against the server as it now is: a second apply finishes the job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from zaddesk.api.errors import ApiError, NetworkError
from zaddesk.api.transport import Priority
from zaddesk.core.ivr.model import Flow, Menu, Scenario, menu_ref, scenario_ref
from zaddesk.core.ivr.plan import Call, plan
from zaddesk.core.ivr.read import FlowApi, read_flow
from zaddesk.core.journal import StepRecord
from zaddesk.core.sendonce import Call as SendCall
from zaddesk.core.sendonce import (
    Done,
    Intent,
    Scope,
    SendOnce,
    Sent,
    Settlement,
    Unknown,
    Verdict,
)

__all__ = [
    "ApplyApi",
    "ApplyReport",
    "Conflict",
    "IvrFinding",
    "apply",
    "check_conflict",
    "judge",
    "read_state",
    "rebase",
    "scope_for",
    "settle",
    "settle_pending",
]

log = logging.getLogger("zaddesk.core.ivr")


class _Requester(Protocol):
    async def request(self, method: str, path: str, params: Any = None, *, files: Any = None,
                      priority: Priority = Priority.INTERACTIVE) -> dict[str, Any]: ...


class ApplyApi(FlowApi, Protocol):
    @property
    def transport(self) -> _Requester: ...


def scope_for(client_id: int | None) -> Scope:
    """One client's PBX: while one of its changes is unsettled, no other is sent."""
    return Scope("ivr", client_id)


@dataclass(frozen=True)
class Conflict:
    """The server changed since the edit began: ``theirs`` turns the flow the edit began from
    into the one on the server now; ``ours`` turns it into the edit."""

    now: Flow
    theirs: list[Call]
    ours: list[Call]


@dataclass(frozen=True)
class IvrFinding:
    verdict: Verdict
    explanation: str
    created_id: str | None = None


@dataclass
class ApplyReport:
    applied: list[Call] = field(default_factory=list)
    not_applied: list[Call] = field(default_factory=list)
    stopped_at: Call | None = None
    error: BaseException | None = None
    settlement: Settlement[IvrFinding] | None = None  # when the answer was lost
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return self.error is None and not self.not_applied

    @property
    def undecided(self) -> bool:
        """A lost answer the reading could not settle: the rep must decide."""
        return self.settlement is not None and not self.settlement.settled


async def check_conflict(api: FlowApi, base: Flow, edited: Flow, *,
                         user_id: int | None = None) -> Conflict | None:
    now = await read_flow(api, user_id=user_id)
    theirs = plan(base, now)
    if not theirs:
        return None
    return Conflict(now, theirs, plan(base, edited))


# --- what the server shows, for the judge -----------------------------------------------------

async def read_state(api: FlowApi, *, user_id: int | None = None,
                     forward_numbers: tuple[str, ...] = ()) -> dict[str, Any]:
    """The flow as JSON, plus the forwarding of the extensions named (each costs a read)."""
    flow = await read_flow(api, user_id=user_id)
    scenarios: dict[str, list[dict[str, Any]]] = {}
    for scenario in flow.scenarios.values():
        menu = flow.menus[scenario.menu]
        scenarios.setdefault(str(menu.id), []).append({
            "id": scenario.id, "key": scenario.key, "title": scenario.title,
            "strategy": scenario.strategy, "announce": int(scenario.announce_position),
            "numbers": [[t.number, t.delay, t.duration] for t in scenario.targets]})
    forwards: dict[str, dict[str, Any]] = {}
    for number in forward_numbers:
        try:
            found = await api.pbx.get_redirection(number, user_id=user_id)
        except ApiError:
            continue
        forwards[number] = {"status": found.current_status, "type": found.type,
                            "destination": found.destination, "condition": found.condition}
    return {"menus": sorted(m.id for m in flow.menus.values() if m.id is not None),
            "scenarios": scenarios,
            "extensions": sorted(e.number for e in flow.extensions.values()),
            "forwards": forwards}


def _numbers(params: dict[str, Any]) -> list[list[Any]]:
    return [[str(n["number"]), int(n.get("delay", 0)), n.get("duration")]
            for n in params["numbers"]]


def judge(step: StepRecord, now: dict[str, Any]) -> IvrFinding:
    """Was this call applied, judging by the server now and what was there before?"""
    call = Call.from_json(step.context["call"])
    params = dict(step.params)
    if "numbers" in call.params:
        # The journal keeps a list parameter as text; the call (in the context) as sent.
        params["numbers"] = call.params["numbers"]
    before = step.context.get("known", {})
    applied, not_applied = Verdict.APPLIED, Verdict.NOT_APPLIED
    if call.kind == "create_extension":
        if str(params["start_number"]) in now["extensions"]:
            return IvrFinding(applied, "The extension is on the server now")
        return IvrFinding(not_applied, "The extension is not on the server")
    if call.kind == "create_menu":
        new = sorted(set(now["menus"]) - set(before.get("menus", [])))
        if len(new) == 1:
            return IvrFinding(applied, f"The server has a new menu ({new[0]})", str(new[0]))
        if not new:
            return IvrFinding(not_applied, "The server has no new menu")
        return IvrFinding(Verdict.UNCLEAR, "The server has several new menus")
    if call.kind == "delete_menu":
        if int(params["menu_id"]) in now["menus"]:
            return IvrFinding(not_applied, "The menu is still on the server")
        return IvrFinding(applied, "The menu is gone from the server")
    in_menu = {}
    for items in now["scenarios"].values():
        for item in items:
            in_menu[str(item["id"])] = item
    if call.kind == "create_scenario":
        known = set(before.get("scenarios", []))
        menu_items = now["scenarios"].get(str(params["menu_id"]), [])
        new = [i for i in menu_items
               if str(i["id"]) not in known and str(i["key"]) == str(params["push_button"])]
        if len(new) == 1:
            return IvrFinding(applied, "The scenario is on the server now", str(new[0]["id"]))
        if not new:
            return IvrFinding(not_applied, "The scenario is not on the server")
        return IvrFinding(Verdict.UNCLEAR, "The server shows more than one such scenario")
    if call.kind == "delete_scenario":
        if str(params["scenario_id"]) in in_menu:
            return IvrFinding(not_applied, "The scenario is still on the server")
        return IvrFinding(applied, "The scenario is gone from the server")
    if call.kind == "edit_scenario":
        item = in_menu.get(str(params["id"]))
        if item is None:
            return IvrFinding(Verdict.UNCLEAR, "The scenario is no longer on the server")
        checks = []
        if "title" in params:
            checks.append(item["title"] == params["title"])
        if "queue_strategy" in params:
            checks.append(item["strategy"] == params["queue_strategy"])
        if "queue_announce_position" in params:
            checks.append(int(item["announce"]) == int(params["queue_announce_position"]))
        if "numbers" in params:
            checks.append(item["numbers"] == _numbers(params))
        if all(checks):
            return IvrFinding(applied, "The scenario on the server shows the change")
        return IvrFinding(not_applied, "The scenario on the server does not show the change")
    if call.kind in ("forward", "unforward"):
        found = now["forwards"].get(str(params["pbx_number"]))
        if found is None:
            return IvrFinding(Verdict.UNCLEAR, "The forwarding could not be read")
        if call.kind == "unforward":
            verdict = applied if found["status"] == "off" else not_applied
        else:
            verdict = applied if (found["status"], found["type"], str(found["destination"])) == (
                "on", "menu", str(params["destination"])) else not_applied
        return IvrFinding(verdict, "The forwarding on the server " + (
            "shows the change" if verdict is applied else "does not show the change"))
    return IvrFinding(Verdict.UNCLEAR, f"No way to judge a {call.kind} call")


async def settle(api: FlowApi, once: SendOnce, step: StepRecord, *,
                 user_id: int | None = None) -> Settlement[IvrFinding]:
    call = Call.from_json(step.context["call"])
    numbers = (str(step.params["pbx_number"]),) if "pbx_number" in step.params else ()

    async def read() -> dict[str, Any]:
        return await read_state(api, user_id=user_id, forward_numbers=numbers)

    settlement = await once.settle(step.id, read, judge)
    log.info("ivr %s #%d settled by reading: %s", call.kind, step.id, settlement.verdict)
    return settlement


async def settle_pending(api: FlowApi, once: SendOnce, client_id: int | None, *,
                         user_id: int | None = None) -> list[Settlement[IvrFinding]]:
    """Settle by reading what a crash or a lost answer left unsettled for this client."""
    out = []
    for step in once.unsettled(scope_for(client_id)):
        if "call" in step.context and not once.waiting(step.id):
            out.append(await settle(api, once, step, user_id=user_id))
    return out


# --- the run ----------------------------------------------------------------------------

class _Known:
    """What is on the server as the run goes, for the judge's "before"."""

    def __init__(self, server: Flow) -> None:
        self.menus = {m.id for m in server.menus.values() if m.id is not None}
        self.scenarios: dict[str, set[str]] = {}
        for s in server.scenarios.values():
            menu = server.menus.get(s.menu)
            if menu is not None and s.id is not None:
                self.scenarios.setdefault(str(menu.id), set()).add(s.id)

    def before(self, call: Call, params: dict[str, Any]) -> dict[str, Any]:
        if call.kind == "create_menu":
            return {"menus": sorted(self.menus)}
        if call.kind == "create_scenario":
            return {"scenarios": sorted(self.scenarios.get(str(params["menu_id"]), set()))}
        return {}

    def applied(self, call: Call, params: dict[str, Any], created: str | None) -> None:
        if call.kind == "create_menu" and created:
            self.menus.add(int(created))
        elif call.kind == "create_scenario" and created:
            self.scenarios.setdefault(str(params["menu_id"]), set()).add(created)


def _created(call: Call, answer: dict[str, Any]) -> str | None:
    if call.kind == "create_menu":
        return str(answer["menu_id"])
    if call.kind == "create_scenario":
        return str(answer["scenario_id"])
    return None


async def apply(
    api: ApplyApi,
    once: SendOnce,
    calls: list[Call],
    server: Flow,
    *,
    client_id: int | None,
    user_id: int | None = None,
    on_applied: Callable[[Call, dict[str, str]], None] | None = None,
) -> ApplyReport:
    """Send ``calls`` (planned against ``server``) one by one; see the module docstring."""
    report = ApplyReport()
    known = _Known(server)
    scope = scope_for(client_id)
    pending: list[tuple[Call, dict[str, Any]]] = []

    def one(call: Call) -> SendCall[dict[str, Any]]:
        params = call.request(report.ids)
        pending.append((call, params))
        intent = Intent(
            f"ivr_{call.kind}", scope, params, call.text, method=call.method, path=call.path,
            context={"call": call.to_json(), "known": known.before(call, params)})

        async def send() -> dict[str, Any]:
            return await api.transport.request(call.method, call.path, params)

        def record(sent: Sent[dict[str, Any]]) -> Done:
            created = _created(call, sent.value)
            return Done(result={"created": created} if created else None)

        return SendCall(intent, send, record)

    def calls_in_order() -> Generator[SendCall[Any], Sent[Any], None]:
        for call in calls:
            sent = yield one(call)
            created = _created(call, sent.value)
            if created and call.creates:
                report.ids[call.creates] = created
            known.applied(call, pending[-1][1], created)
            report.applied.append(call)
            if on_applied is not None:
                on_applied(call, dict(report.ids))

    run = await once.run(calls_in_order())
    if run.error is None:
        return report
    failed = calls[len(report.applied)]
    report.stopped_at = failed
    report.error = run.error
    rest = calls[len(report.applied):]
    if isinstance(run.error, Unknown) and run.step is not None:
        try:
            report.settlement = await settle(api, once, run.step, user_id=user_id)
        except (ApiError, NetworkError) as error:  # the reading failed: it stays unsettled
            log.warning("reading back after a lost answer failed: %s", error)
        else:
            if report.settlement.applied:
                finding = report.settlement.finding
                if finding.created_id and failed.creates:
                    report.ids[failed.creates] = finding.created_id
                report.applied.append(failed)
                rest = rest[1:]
                if on_applied is not None:
                    on_applied(failed, dict(report.ids))
    report.not_applied = list(rest)
    return report


def rebase(flow: Flow, ids: dict[str, str]) -> Flow:
    """``flow`` with created items known by their server ids (new refs replaced)."""
    if not ids:
        return flow.copy()
    renamed: dict[str, str] = {}
    out = Flow()
    for ref, menu in flow.menus.items():
        if ref in ids:
            new_menu: Menu = replace(menu, ref=menu_ref(int(ids[ref])), id=int(ids[ref]))
            renamed[ref] = new_menu.ref
            out.put(new_menu)
        else:
            out.put(menu)
    for ref, scenario in flow.scenarios.items():
        changed: Scenario = replace(scenario, menu=renamed.get(scenario.menu, scenario.menu))
        if ref in ids:
            changed = replace(changed, ref=scenario_ref(ids[ref]), id=ids[ref])
        out.put(changed)
    for ext in flow.extensions.values():
        target = ext.forward_menu
        out.put(replace(ext, forward_menu=renamed.get(target, target) if target else None))
    out.main = renamed.get(flow.main or "", flow.main)
    return out
