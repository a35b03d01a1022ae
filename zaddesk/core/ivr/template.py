"""A dealer's template: one client's flow applied to another client's PBX.

The template's main menu becomes the target's main menu (a PBX always has one and it cannot
be deleted); everything else is new on the target, with extension numbers mapped to the
target's. The result is an ordinary edited flow, so it goes through the same plan and apply.
"""

from __future__ import annotations

from dataclasses import replace

from zaddesk.core.ivr.model import Extension, Flow, Menu, Scenario, Target, new_ref

__all__ = ["adopt", "revive"]


def adopt(template: Flow, target: Flow, numbers: dict[str, str] | None = None) -> Flow:
    """``target`` changed to do what ``template`` does; ``numbers`` maps the template's
    extension numbers to the target's (unmapped numbers stay as they are)."""
    mapping = numbers or {}
    out = Flow()
    taken = template.refs() | target.refs()
    menus: dict[str, str] = {}
    for ref, menu in sorted(template.menus.items()):
        if ref == template.main and target.main in target.menus:
            main = target.menus[target.main or ""]
            menus[ref] = main.ref
            out.put(main)
            out.main = main.ref
        else:
            fresh = new_ref("menu", taken)
            taken.add(fresh)
            menus[ref] = fresh
            out.put(Menu(ref=fresh, title=menu.title, greeting=menu.greeting,
                         waitexten=menu.waitexten, status=menu.status, hours=menu.hours))
    for ext in target.extensions.values():
        out.put(replace(ext, forward_menu=None) if ext.forward_menu else ext)
    for ext in template.extensions.values():
        number = mapping.get(ext.number, ext.number)
        current = out.extensions.get(f"ext:{number}") or Extension(number, name=ext.name)
        if ext.forward_menu in menus:
            current = replace(current, forward_menu=menus[ext.forward_menu or ""],
                              forward_condition=ext.forward_condition, forward_other=None)
        out.put(current)
    for _ref, scenario in sorted(template.scenarios.items()):
        if scenario.menu not in menus:
            continue
        fresh = new_ref("scenario", taken)
        taken.add(fresh)
        out.put(Scenario(
            ref=fresh, menu=menus[scenario.menu], key=scenario.key, title=scenario.title,
            targets=tuple(Target(mapping.get(t.number, t.number), t.delay, t.duration)
                          for t in scenario.targets),
            strategy=scenario.strategy, announce_position=scenario.announce_position))
    return out


def revive(flow: Flow, server: Flow) -> Flow:
    """An earlier version of this client's flow as an edit of ``server``: items that are no
    longer on the server come back as new ones (the plan creates them again)."""
    out = Flow()
    taken = flow.refs() | server.refs()
    renamed: dict[str, str] = {}
    for ref, menu in flow.menus.items():
        if ref in server.menus:
            out.put(replace(menu, title=server.menus[ref].title))
        elif menu.id is None:
            out.put(menu)  # new in that version too: still to be created
        else:
            fresh = new_ref("menu", taken)
            taken.add(fresh)
            renamed[ref] = fresh
            out.put(replace(menu, ref=fresh, id=None))
    for ref, scenario in flow.scenarios.items():
        owner = renamed.get(scenario.menu, scenario.menu)
        if owner == scenario.menu and (ref in server.scenarios or scenario.id is None):
            out.put(scenario)
        else:
            fresh = new_ref("scenario", taken)
            taken.add(fresh)
            out.put(replace(scenario, ref=fresh, id=None, menu=owner))
    for ext in flow.extensions.values():
        target = ext.forward_menu
        out.put(replace(ext, forward_menu=renamed.get(target, target) if target else None))
    for ref, ext in server.extensions.items():
        if ref not in out.extensions:
            out.put(ext)
    out.main = server.main if server.main else renamed.get(flow.main or "", flow.main)
    return out
