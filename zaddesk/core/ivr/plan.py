"""The API calls that turn the flow on the server into the edited one, in a safe order.

Order, and why:

1. extensions that scenarios will ring are created first;
2. menus before the scenarios in them (a scenario needs its menu's id);
3. scenario edits, then new scenarios on keys that are free on the server;
4. scenario deletes (the API cannot move a scenario to another key or menu: that is a delete
   and a create), then the new scenarios that needed those keys;
5. forwarding into menus once those menus have their scenarios;
6. last, deletes of what others point at: forwarding switched off, then menus (a menu's
   scenarios go with it, so they are not deleted one by one).

Each :class:`Call` is the exact request (method, path, parameters) plus the words that
describe it. Ids of items created earlier in the same plan are filled in when it runs
(``ref_params``), so the plan can be shown, journaled and reviewed before anything is sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zaddesk.core.ivr.model import Flow, Menu, Scenario, Target, key_label

__all__ = ["Call", "PlanError", "describe_targets", "plan"]


class PlanError(ValueError):
    """The edit asks for something the API cannot do."""


@dataclass(frozen=True, eq=True)
class Call:
    kind: str
    method: str
    path: str
    params: dict[str, Any] = field(hash=False)
    template: str
    args: dict[str, str] = field(hash=False)
    refs: tuple[str, ...] = ()
    ref_params: tuple[tuple[str, str], ...] = ()  # (parameter, ref whose server id goes there)
    creates: str | None = None  # the ref whose server id this call's answer carries
    details: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()  # (template, args)

    @property
    def text(self) -> str:
        parts = [t.format(**dict(a)) for t, a in self.details]
        return self.template.format(**self.args) + (": " + "; ".join(parts) if parts else "")

    def request(self, ids: dict[str, str] | None = None) -> dict[str, Any]:
        """The parameters as sent, with ids of items created earlier filled in (``?`` when
        not known yet)."""
        params = dict(self.params)
        for name, ref in self.ref_params:
            params[name] = (ids or {}).get(ref, "?")
        return params

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "method": self.method, "path": self.path,
                "params": self.params, "template": self.template, "args": self.args,
                "refs": list(self.refs), "ref_params": [list(p) for p in self.ref_params],
                "creates": self.creates,
                "details": [[t, [list(p) for p in a]] for t, a in self.details]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Call:
        return cls(kind=data["kind"], method=data["method"], path=data["path"],
                   params=dict(data["params"]), template=data["template"],
                   args=dict(data["args"]), refs=tuple(data["refs"]),
                   ref_params=tuple((a, b) for a, b in data["ref_params"]),
                   creates=data.get("creates"),
                   details=tuple((t, tuple((k, v) for k, v in a))
                                 for t, a in data.get("details", [])))


def describe_targets(scenario: Scenario) -> str:
    """Who rings when, in symbols that read the same in every language:
    ``100, 101 · +15 s: 102``, or a queue ``⟳ roundrobin: 100 → 101``."""
    if not scenario.targets:
        return "—"
    if scenario.is_queue:
        return f"⟳ {scenario.strategy}: " + " → ".join(t.number for t in scenario.targets)
    parts = []
    for delay, numbers in scenario.tiers():
        parts.append(("" if delay == 0 else f"+{delay} s: ") + ", ".join(numbers))
    return " · ".join(parts)


def _menu_name(menu: Menu | None) -> str:
    if menu is None:
        return "?"
    return menu.title or (f"menu {menu.id}" if menu.id is not None else "new menu")


def _numbers_param(targets: tuple[Target, ...]) -> list[dict[str, Any]]:
    out = []
    for t in targets:
        item: dict[str, Any] = {"number": t.number, "delay": t.delay}
        if t.duration is not None:
            item["duration"] = t.duration
        out.append(item)
    return out


def _user(params: dict[str, Any], user_id: int | None) -> dict[str, Any]:
    if user_id is not None:
        params["user_id"] = user_id
    return params


def _edit(server: Scenario | None, edited: Scenario, menu: str, user_id: int | None,
          *, after_create: bool) -> Call | None:
    """The edit that brings ``server`` (or a just-created scenario) to ``edited``."""
    params: dict[str, Any] = {}
    changes: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    base_title = server.title if server else edited.title
    if server is not None and edited.title != server.title:
        params["title"] = edited.title
        changes.append(("title “{old}” → “{new}”",
                        (("new", edited.title), ("old", server.title))))
    first = _first_tier(edited)
    created_targets = tuple(Target(n) for n in first)
    before_targets = server.targets if server else created_targets
    if edited.targets != before_targets:
        params["numbers"] = _numbers_param(edited.targets)
        changes.append(("rings {who}", (("who", describe_targets(edited)),)))
    before_strategy = server.strategy if server else "off"
    if edited.strategy != before_strategy:
        params["queue_strategy"] = edited.strategy
        changes.append(("ring tiers", ()) if edited.strategy == "off"
                       else ("queue strategy {strategy}", (("strategy", edited.strategy),)))
    before_announce = server.announce_position if server else False
    if edited.announce_position != before_announce:
        params["queue_announce_position"] = int(edited.announce_position)
        changes.append(("announce the queue position" if edited.announce_position
                        else "do not announce the queue position", ()))
    if not params:
        return None
    ref_params: tuple[tuple[str, str], ...] = ()
    if edited.id is not None and not after_create:
        params = {"id": edited.id, **params}
    else:
        ref_params = (("id", edited.ref),)
        params = {"id": "?", **params}
    return Call(
        kind="edit_scenario", method="PUT", path="/v1/pbx/ivr/scenario/edit/",
        params=_user(params, user_id),
        template="Change scenario “{title}” of “{menu}”",
        args={"title": base_title, "menu": menu}, details=tuple(changes),
        refs=(edited.ref,), ref_params=ref_params)


def _first_tier(scenario: Scenario) -> tuple[str, ...]:
    tiers = scenario.tiers()
    return tiers[0][1] if tiers else ()


def _create(scenario: Scenario, edited: Flow, user_id: int | None) -> list[Call]:
    menu = edited.menus.get(scenario.menu)
    first = _first_tier(scenario)
    if not first:
        raise PlanError(f"Scenario “{scenario.title}” rings nobody; the API needs an extension")
    params: dict[str, Any] = {"push_button": str(scenario.key), "title": scenario.title,
                              "extension": " ".join(first)}
    ref_params: tuple[tuple[str, str], ...] = ()
    if menu is not None and menu.id is not None:
        params = {"menu_id": menu.id, **params}
    else:
        params = {"menu_id": "?", **params}
        ref_params = (("menu_id", scenario.menu),)
    calls = [Call(
        kind="create_scenario", method="POST", path="/v1/pbx/ivr/scenario/create/",
        params=_user(params, user_id),
        template="Create scenario “{title}” on key {key} of “{menu}”, ringing {numbers}",
        args={"title": scenario.title, "key": key_label(scenario.key),
              "menu": _menu_name(menu), "numbers": ", ".join(first)},
        refs=(scenario.ref, scenario.menu), ref_params=ref_params, creates=scenario.ref)]
    follow = _edit(None, scenario, _menu_name(menu), user_id, after_create=True)
    if follow is not None:
        calls.append(follow)
    return calls


def plan(server: Flow, edited: Flow, *, user_id: int | None = None) -> list[Call]:
    """The ordered calls that make ``server`` look like ``edited`` (empty when they agree)."""
    calls: list[Call] = []
    # 1. extensions
    for ref, ext in sorted(edited.extensions.items()):
        if ref not in server.extensions:
            calls.append(Call(
                kind="create_extension", method="POST", path="/v1/pbx/internal/create/",
                params=_user({"start_number": ext.number, "quantity": 1}, user_id),
                template="Create extension {number}", args={"number": ext.number},
                refs=(ref,)))
    # 2. menus
    menu_count = len(server.menus)
    for ref, menu in sorted(edited.menus.items()):
        if menu.id is None or ref not in server.menus:
            if menu.id is not None:
                raise PlanError(f"Menu {menu.id} is no longer on the server")
            calls.append(Call(
                kind="create_menu", method="POST", path="/v1/pbx/ivr/create/",
                params=_user({"buy": "true" if menu_count >= 1 else "false"}, user_id),
                template="Create a voice menu for “{menu}” (beyond the free menu it is paid)",
                args={"menu": _menu_name(menu)}, refs=(ref,), creates=ref))
            menu_count += 1
    gone_menus = [m for ref, m in sorted(server.menus.items()) if ref not in edited.menus]
    if server.main and server.main not in edited.menus:
        raise PlanError("The main voice menu cannot be deleted")
    gone_menu_refs = {m.ref for m in gone_menus}
    # 3. scenario edits and moves
    creates_free: list[Scenario] = []
    creates_freed: list[Scenario] = []
    deletes: list[Scenario] = []
    kept_keys: set[tuple[str, int]] = set()
    for ref, old in server.scenarios.items():
        same = edited.scenarios.get(ref)
        if same is not None and (same.menu, same.key) == (old.menu, old.key):
            kept_keys.add((old.menu, old.key))
    for ref, old in sorted(server.scenarios.items()):
        new: Scenario | None = edited.scenarios.get(ref)
        moved = new is None or (new.menu, new.key) != (old.menu, old.key)
        if moved and old.menu not in gone_menu_refs:
            deletes.append(old)
    occupied = {(s.menu, s.key) for s in server.scenarios.values()}
    for ref, wanted in sorted(edited.scenarios.items(),
                              key=lambda kv: (kv[1].menu, kv[1].key)):
        was = server.scenarios.get(ref)
        if was is not None and (wanted.menu, wanted.key) == (was.menu, was.key):
            call = _edit(was, wanted, _menu_name(edited.menus.get(wanted.menu)), user_id,
                         after_create=False)
            if call is not None:
                calls.append(call)
        elif (wanted.menu, wanted.key) in occupied:
            if (wanted.menu, wanted.key) in kept_keys:
                raise PlanError(f"Key {wanted.key} of “"
                                f"{_menu_name(edited.menus.get(wanted.menu))}” has two scenarios")
            creates_freed.append(wanted)
        else:
            creates_free.append(wanted)
    for scenario in creates_free:
        calls.extend(_create(scenario, edited, user_id))
    for old in deletes:
        calls.append(Call(
            kind="delete_scenario", method="DELETE", path="/v1/pbx/ivr/scenario/delete/",
            params=_user({"scenario_id": old.id}, user_id),
            template="Delete scenario “{title}” (key {key}) of “{menu}”",
            args={"title": old.title, "key": key_label(old.key),
                  "menu": _menu_name(server.menus.get(old.menu))},
            refs=(old.ref,)))
    for scenario in creates_freed:
        calls.extend(_create(scenario, edited, user_id))
    # 5. forwarding into menus
    offs: list[Call] = []
    for ref, ext in sorted(edited.extensions.items()):
        before = server.extensions.get(ref)
        old_target = before.forward_menu if before else None
        old_condition = before.forward_condition if before else "always"
        if ext.forward_menu == old_target and (
                ext.forward_menu is None or ext.forward_condition == old_condition):
            continue
        if ext.forward_menu is not None:
            target = edited.menus.get(ext.forward_menu)
            params: dict[str, Any] = {"pbx_number": ext.number, "status": "on", "type": "menu",
                                      "destination": "?", "condition": ext.forward_condition}
            ref_params: tuple[tuple[str, str], ...] = (("destination", ext.forward_menu),)
            if target is not None and target.id is not None:
                params["destination"] = str(target.id)
                ref_params = ()
            calls.append(Call(
                kind="forward", method="POST", path="/v1/pbx/redirection/",
                params=_user(params, user_id),
                template="Forward extension {number} to menu “{menu}” ({condition})",
                args={"number": ext.number, "menu": _menu_name(target),
                      "condition": "always" if ext.forward_condition == "always"
                      else "when not answered"},
                refs=(ref, ext.forward_menu), ref_params=ref_params))
        else:
            offs.append(Call(
                kind="unforward", method="POST", path="/v1/pbx/redirection/",
                params=_user({"pbx_number": ext.number, "status": "off"}, user_id),
                template="Stop forwarding extension {number} to menu “{menu}”",
                args={"number": ext.number,
                      "menu": _menu_name(server.menus.get(old_target or ""))},
                refs=(ref,)))
    # 6. deletes of what others point at
    calls.extend(offs)
    for menu in gone_menus:
        calls.append(Call(
            kind="delete_menu", method="DELETE", path="/v1/pbx/ivr/delete/",
            params=_user({"menu_id": menu.id}, user_id),
            template="Delete voice menu “{menu}” and its scenarios",
            args={"menu": _menu_name(menu)}, refs=(menu.ref,)))
    return calls
