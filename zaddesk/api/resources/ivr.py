"""Voice menus (IVR) of the PBX and their scenarios (what each key press does)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import msgspec

from zaddesk.api.resources._base import Resource, decode, flag
from zaddesk.api.transport import Priority

__all__ = [
    "AutoResponder",
    "ClockTime",
    "IvrMenu",
    "IvrMenus",
    "IvrResource",
    "Period",
    "Scenario",
    "ScenarioCreated",
    "ScenarioTarget",
    "WorkingDay",
]

QueueStrategy = Literal["off", "random", "roundrobin", "leastrecent", "rrmemory", "fewestcalls"]


class ClockTime(msgspec.Struct, kw_only=True):
    hour: int
    minute: int


class Period(msgspec.Struct, kw_only=True):
    begin: ClockTime
    end: ClockTime


class WorkingDay(msgspec.Struct, kw_only=True):
    day: str
    is_active: bool
    begin: ClockTime | None = None
    end: ClockTime | None = None


class AutoResponder(msgspec.Struct, kw_only=True):
    status: Literal["on", "off"]
    waitexten: int
    working_days: list[WorkingDay] = []


class IvrMenu(msgspec.Struct, kw_only=True):
    menu_id: int
    title: str
    type: str
    status: Literal["on", "off"]
    waitexten: int
    auto_responder: AutoResponder | None = None
    dinner_status: str | None = None
    dinner_time: Period | None = None


class IvrMenus(msgspec.Struct, kw_only=True):
    pbx_id: int
    ivrs: list[IvrMenu] = []


class ScenarioTarget(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One extension or phone a scenario rings, after ``delay`` s for ``duration`` s."""

    number: str
    delay: int | None = None
    duration: int | None = None


class Scenario(msgspec.Struct, kw_only=True):
    """``push_button``: -1 no key pressed, 0-9 keys, 10 autoresponder, 11-30 other."""

    id: str
    title: str
    push_button: int
    first_sips: list[str] = []
    second_sips: list[str] = []
    second_sips_delay: int = 0
    third_sips: list[str] = []
    third_sips_delay: int = 0
    # Not in the spec's answer, but what the edit method writes; read when the server sends it.
    queue_strategy: str | None = None
    queue_announce_position: int | None = None
    numbers: list[ScenarioTarget] | None = None


class ScenarioCreated(msgspec.Struct, kw_only=True):
    menu_id: int
    scenario_id: int


class IvrResource(Resource):
    async def list_menus(
        self, *, user_id: int | None = None, priority: Priority = Priority.INTERACTIVE
    ) -> IvrMenus:
        data = await self._call("GET", "/v1/pbx/ivr/", user_id=user_id, priority=priority)
        return decode(data, IvrMenus)

    async def create_menu(self, *, buy: bool = False, user_id: int | None = None) -> int:
        """A new menu; ``buy`` agrees to pay when the plan's free menus are used up."""
        data = await self._call("POST", "/v1/pbx/ivr/create/", {"buy": flag(buy)}, user_id=user_id)
        return decode(data["menu_id"], int)

    async def delete_menu(self, menu_id: int, *, user_id: int | None = None) -> None:
        await self._call("DELETE", "/v1/pbx/ivr/delete/", {"menu_id": menu_id}, user_id=user_id)

    async def list_scenarios(
        self,
        menu_id: int,
        *,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> list[Scenario]:
        data = await self._call(
            "GET",
            "/v1/pbx/ivr/scenario/",
            {"menu_id": menu_id},
            user_id=user_id,
            priority=priority,
        )
        return decode(data.get("scenarios") or [], list[Scenario])

    async def create_scenario(
        self,
        menu_id: int,
        push_button: int,
        title: str,
        extension: int | str,
        *,
        trigger_to_did_ext_lines: str | None = None,
        trigger_from_clid_numbers: str | None = None,
        user_id: int | None = None,
    ) -> ScenarioCreated:
        data = await self._call(
            "POST",
            "/v1/pbx/ivr/scenario/create/",
            {
                "menu_id": menu_id,
                "push_button": str(push_button),
                "title": title,
                "extension": str(extension),
                "trigger_to_did_ext_lines": trigger_to_did_ext_lines,
                "trigger_from_clid_numbers": trigger_from_clid_numbers,
            },
            user_id=user_id,
        )
        return decode(data, ScenarioCreated)

    async def edit_scenario(
        self,
        scenario_id: int | str,
        *,
        title: str | None = None,
        queue_strategy: QueueStrategy | None = None,
        queue_announce_position: bool | None = None,
        numbers: Sequence[ScenarioTarget] | None = None,
        user_id: int | None = None,
    ) -> None:
        """Change a scenario; ``numbers`` replaces the whole list of who is rung."""
        await self._call(
            "PUT",
            "/v1/pbx/ivr/scenario/edit/",
            {
                "id": str(scenario_id),
                "title": title,
                "queue_strategy": queue_strategy,
                "queue_announce_position": (
                    None if queue_announce_position is None else int(queue_announce_position)
                ),
                "numbers": None if numbers is None else [msgspec.to_builtins(n) for n in numbers],
            },
            user_id=user_id,
        )

    async def delete_scenario(self, scenario_id: int | str, *, user_id: int | None = None) -> None:
        await self._call(
            "DELETE",
            "/v1/pbx/ivr/scenario/delete/",
            {"scenario_id": str(scenario_id)},
            user_id=user_id,
        )
