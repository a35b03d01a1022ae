"""A dealer's template: one client's flow applied to another client's PBX.

The template's main menu becomes the target's main menu (a PBX always has one and it cannot
be deleted); everything else is new on the target, with extension numbers mapped to the
target's. The result is an ordinary edited flow, so it goes through the same plan and apply.
"""

from __future__ import annotations

from dataclasses import replace

from zaddesk.core.ivr.model import Extension, Flow, Menu, Scenario, Target, new_ref

__all__ = ["adopt"]


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
