"""Reading a client's call flow from the server into a :class:`Flow`."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Protocol

from zaddesk.api.errors import ApiError
from zaddesk.api.resources.ivr import IvrMenu, IvrMenus
from zaddesk.api.resources.ivr import Scenario as ApiScenario
from zaddesk.api.resources.pbx import Extensions, PbxRedirection
from zaddesk.api.transport import Priority
from zaddesk.core.ivr.model import (
    QUEUE_STRATEGIES,
    Extension,
    Flow,
    Menu,
    Scenario,
    Target,
    WorkingHours,
    menu_ref,
    scenario_ref,
)

__all__ = ["FlowApi", "flow_from_answers", "read_flow"]

log = logging.getLogger("zaddesk.core.ivr")

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class _Ivr(Protocol):
    async def list_menus(self, *, user_id: int | None = ..., priority: Priority = ...
                         ) -> IvrMenus: ...
    async def list_scenarios(self, menu_id: int, *, user_id: int | None = ...,
                             priority: Priority = ...) -> list[ApiScenario]: ...


class _Pbx(Protocol):
    async def list_extensions(self, *, user_id: int | None = ..., priority: Priority = ...
                              ) -> Extensions: ...
    async def get_redirection(self, pbx_number: int | str, *, user_id: int | None = ...
                              ) -> PbxRedirection: ...


class FlowApi(Protocol):
    """The part of :class:`zaddesk.api.client.Zadarma` a flow is read with."""

    @property
    def ivr(self) -> _Ivr: ...
    @property
    def pbx(self) -> _Pbx: ...


def _hours(menu: IvrMenu) -> WorkingHours | None:
    responder = menu.auto_responder
    if responder is None or responder.status != "on":
        return None
    days = []
    for day in responder.working_days:
        if day.is_active and day.begin and day.end and day.day in _DAYS:
            days.append((_DAYS.index(day.day), day.begin.hour * 60 + day.begin.minute,
                         day.end.hour * 60 + day.end.minute))
    return WorkingHours(tuple(days))


def _menu(menu: IvrMenu) -> Menu:
    return Menu(ref=menu_ref(menu.menu_id), id=menu.menu_id, title=menu.title,
                greeting=menu.type, waitexten=menu.waitexten, status=menu.status,
                hours=_hours(menu))


def _scenario(menu: str, raw: ApiScenario) -> Scenario:
    if raw.numbers is not None:
        targets = tuple(Target(n.number, n.delay or 0, n.duration) for n in raw.numbers)
    else:
        targets = tuple(Target(n) for n in raw.first_sips)
        targets += tuple(Target(n, raw.second_sips_delay) for n in raw.second_sips)
        targets += tuple(Target(n, raw.third_sips_delay) for n in raw.third_sips)
    strategy = raw.queue_strategy if raw.queue_strategy in QUEUE_STRATEGIES else "off"
    return Scenario(
        ref=scenario_ref(raw.id), id=str(raw.id), menu=menu, key=raw.push_button,
        title=raw.title, targets=targets, strategy=strategy,  # type: ignore[arg-type]
        announce_position=bool(raw.queue_announce_position),
    )


def flow_from_answers(
    menus: IvrMenus,
    scenarios: dict[int, list[ApiScenario]],
    extensions: Extensions,
    redirections: dict[str, PbxRedirection],
) -> Flow:
    """Build the flow from the server's answers (no I/O, so it is tested on its own)."""
    flow = Flow()
    for raw in menus.ivrs:
        menu = _menu(raw)
        flow.put(menu)
        flow.main = flow.main or menu.ref
        for item in scenarios.get(raw.menu_id, []):
            flow.put(_scenario(menu.ref, item))
    for number in extensions.numbers:
        text = f"{number:03d}"
        ext = Extension(text)
        redirection = redirections.get(text)
        if redirection is not None and redirection.current_status == "on":
            target = None
            if redirection.type == "menu" and (redirection.destination or "").isdigit():
                found = flow.menu_by_id(int(redirection.destination or 0))
                target = found.ref if found else None
            if target is not None:
                ext = Extension(text, forward_menu=target,
                                forward_condition="noanswer"
                                if redirection.condition == "noanswer" else "always")
            else:
                ext = Extension(text, forward_other=" ".join(
                    x for x in (redirection.type, redirection.destination) if x))
        flow.put(ext)
    return flow


async def read_flow(api: FlowApi, *, user_id: int | None = None,
                    priority: Priority = Priority.INTERACTIVE) -> Flow:
    """Read the whole flow. Forwarding is read only for extensions some scenario rings:
    those are the only ones a call can pass through, and each costs one request."""
    menus = await api.ivr.list_menus(user_id=user_id, priority=priority)
    lists = await asyncio.gather(*(
        api.ivr.list_scenarios(m.menu_id, user_id=user_id, priority=priority)
        for m in menus.ivrs))
    scenarios = {m.menu_id: lst for m, lst in zip(menus.ivrs, lists, strict=True)}
    extensions = await api.pbx.list_extensions(user_id=user_id, priority=priority)
    rung = sorted({n for lst in lists for s in lst
                   for n in [*s.first_sips, *s.second_sips, *s.third_sips]
                   if n.isdigit()})
    existing = {f"{n:03d}" for n in extensions.numbers}

    async def redirection(number: str) -> tuple[str, PbxRedirection | None]:
        try:
            return number, await api.pbx.get_redirection(number, user_id=user_id)
        except ApiError as error:  # an extension without forwarding may answer an error
            log.info("no forwarding read for %s: %s", number, error)
            return number, None

    answers: list[tuple[str, Any]] = list(await asyncio.gather(
        *(redirection(n) for n in rung if n in existing)))
    found = {n: r for n, r in answers if r is not None}
    return flow_from_answers(menus, scenarios, extensions, found)
