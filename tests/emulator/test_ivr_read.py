"""Reading a client's call flow from the emulator, and what the emulator keeps of an edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from zaddesk.api.client import Zadarma
from zaddesk.api.resources.ivr import ScenarioTarget
from zaddesk.core.ivr.model import Target
from zaddesk.core.ivr.plan import plan
from zaddesk.core.ivr.read import read_flow

STAR = 210001  # PBX with extensions 100-102 and the default "no key" scenario


@pytest_asyncio.fixture
async def api(emulator: Any) -> AsyncIterator[Zadarma]:
    async with Zadarma(emulator.base_url, emulator.key, emulator.secret) as client:
        yield client


@pytest.mark.asyncio
async def test_read_the_seeded_flow(api: Zadarma) -> None:
    flow = await read_flow(api, user_id=STAR)
    assert flow.main is not None and flow.menus[flow.main].title == "Main menu"
    [default] = flow.scenarios_of(flow.main)
    assert default.key == -1 and default.targets == (Target("100"),)
    assert sorted(flow.extensions) == ["ext:100", "ext:101", "ext:102"]
    assert plan(flow, await read_flow(api, user_id=STAR)) == []


@pytest.mark.asyncio
async def test_edit_is_read_back_with_queue_durations_and_menu_forwarding(api: Zadarma) -> None:
    flow = await read_flow(api, user_id=STAR)
    main = flow.menus[flow.main or ""]
    [default] = flow.scenarios_of(main.ref)
    sub = await api.ivr.create_menu(buy=True, user_id=STAR)
    await api.ivr.create_scenario(sub, -1, "Anyone", "101", user_id=STAR)
    await api.ivr.edit_scenario(
        default.id or "", queue_strategy="random", queue_announce_position=True,
        numbers=[ScenarioTarget(number="100", delay=0, duration=15),
                 ScenarioTarget(number="101", delay=3, duration=15),
                 ScenarioTarget(number="102", delay=6, duration=15),
                 ScenarioTarget(number="101", delay=12)],
        user_id=STAR)
    await api.pbx.set_redirection("102", "menu", str(sub), user_id=STAR)
    again = await read_flow(api, user_id=STAR)
    edited = again.scenarios[default.ref]
    assert edited.strategy == "random" and edited.announce_position
    assert [(t.number, t.delay, t.duration) for t in edited.targets] == [
        ("100", 0, 15), ("101", 3, 15), ("102", 6, 15), ("101", 12, None)]
    assert again.extensions["ext:102"].forward_menu == f"menu:{sub}"


@pytest.mark.asyncio
async def test_forwarding_to_a_missing_menu_is_refused(api: Zadarma) -> None:
    from zaddesk.api.errors import ApiError

    with pytest.raises(ApiError, match="menu"):
        await api.pbx.set_redirection("101", "menu", "9999", user_id=STAR)
