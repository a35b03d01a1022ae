"""Applying a plan to the emulator: call by call, a lost answer settled by reading, conflicts."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from zaddesk.api.client import Zadarma
from zaddesk.core.ivr.apply import apply, check_conflict, rebase, scope_for, settle_pending
from zaddesk.core.ivr.model import Extension, Flow, Menu, Scenario, Target
from zaddesk.core.ivr.plan import plan
from zaddesk.core.ivr.read import read_flow
from zaddesk.core.ivr.validate import validate
from zaddesk.core.journal import Journal
from zaddesk.core.sendonce import SendOnce, Unknown

STAR = 210001  # PBX with extensions 100-102 and the default "no key" scenario


@pytest_asyncio.fixture
async def api(emulator: Any) -> AsyncIterator[Zadarma]:
    async with Zadarma(emulator.base_url, emulator.key, emulator.secret) as client:
        yield client


@pytest.fixture
def once(tmp_path: Path) -> Iterator[SendOnce]:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        yield SendOnce(journal, profile="test")


def two_level(server: Flow) -> Flow:
    """The rep's edit: key 1 → Support menu (through extension 102), key 2 → 101 then 100."""
    edited = server.copy()
    main = server.main or ""
    edited.put(Menu("menu:new-s", None, "Support"))
    edited.put(Scenario("scenario:new-1", "menu:new-s", -1, "Support desk", (Target("101"),)))
    edited.put(Scenario("scenario:new-2", "menu:new-s", 1, "Tech", (Target("100"),
                                                                    Target("101", 10, 25))))
    edited.put(Scenario("scenario:new-3", main, 1, "To support", (Target("102"),)))
    edited.put(Scenario("scenario:new-4", main, 2, "Sales", (Target("101"), Target("100", 5)),
                        strategy="roundrobin", announce_position=True))
    edited.put(Extension("102", forward_menu="menu:new-s"))
    return edited


@pytest.mark.asyncio
async def test_apply_then_reload_finds_the_same_flow(api: Zadarma, once: SendOnce) -> None:
    server = await read_flow(api, user_id=STAR)
    edited = two_level(server)
    assert validate(edited) == []
    calls = plan(server, edited, user_id=STAR)
    report = await apply(api, once, calls, server, client_id=STAR, user_id=STAR)
    assert report.complete and report.applied == calls
    reloaded = await read_flow(api, user_id=STAR)
    assert plan(reloaded, rebase(edited, report.ids)) == []
    assert validate(reloaded) == []


@pytest.mark.asyncio
async def test_lost_answer_on_the_third_call_is_settled_and_a_second_apply_finishes(
        emulator: Any, api: Zadarma, once: SendOnce) -> None:
    server = await read_flow(api, user_id=STAR)
    edited = two_level(server)
    calls = plan(server, edited, user_id=STAR)
    emulator.set_faults(skip=2, writes=1, drop_after_apply=1)
    seen: list[tuple[str, dict[str, str]]] = []
    report = await apply(api, once, calls, server, client_id=STAR, user_id=STAR,
                         on_applied=lambda call, ids: seen.append((call.kind, ids)))
    emulator.set_faults()
    assert isinstance(report.error, Unknown)
    assert report.stopped_at == calls[2]
    assert report.settlement is not None and report.settlement.settled
    assert report.applied == calls[:3]  # the server shows the third applied
    created = report.settlement.finding.created_id
    assert created and calls[2].creates and report.ids[calls[2].creates] == created
    # Told as each call is known applied, with the ids known by then.
    assert seen == [(c.kind, {k: v for k, v in report.ids.items() if k in {
        x.creates for x in calls[:i + 1]}}) for i, c in enumerate(calls[:3])]
    steps = once.unsettled(scope_for(STAR)) + once.journal.steps(
        once.journal.ledger(STAR, profile="test").id)
    assert [(s.action, s.method, s.path, s.scope) for s in steps] == [
        (f"ivr_{c.kind}", c.method, c.path, f"ivr:{STAR}") for c in calls[:3]]
    menu, first = steps[0], steps[1]
    assert menu.result == {"created": report.ids["menu:new-s"]}
    assert menu.context["known"] == {"menus": [1]}
    assert first.result == {"created": report.ids["scenario:new-3"]}
    assert first.context["known"] == {"scenarios": sorted(
        s.id or "" for s in server.scenarios.values())}
    assert steps[2].context["known"] == {"scenarios": sorted(
        [*(s.id or "" for s in server.scenarios.values()), report.ids["scenario:new-3"]])}
    assert report.not_applied == calls[3:]
    assert once.unsettled(scope_for(STAR)) == []
    rebased = rebase(edited, report.ids)
    assert rebased.main == edited.main == server.main
    assert rebased.extensions["ext:102"].forward_menu == f"menu:{report.ids['menu:new-s']}"
    assert rebased.extensions["ext:100"].forward_menu is None
    same = rebase(edited, {})
    assert same is not edited and same == edited
    now = await read_flow(api, user_id=STAR)
    rest = plan(now, rebased, user_id=STAR)
    assert [c.kind for c in rest] == [c.kind for c in calls[3:]]
    second = await apply(api, once, rest, now, client_id=STAR, user_id=STAR)
    assert second.complete
    reloaded = await read_flow(api, user_id=STAR)
    assert plan(reloaded, rebase(rebase(edited, report.ids), second.ids)) == []


@pytest.mark.asyncio
async def test_refused_call_stops_the_run_and_says_which_were_applied(
        emulator: Any, api: Zadarma, once: SendOnce) -> None:
    server = await read_flow(api, user_id=STAR)
    edited = two_level(server)
    calls = plan(server, edited, user_id=STAR)
    emulator.set_faults(skip=2, writes=1, status_5xx=1)
    report = await apply(api, once, calls, server, client_id=STAR, user_id=STAR)
    emulator.set_faults()
    assert report.applied == calls[:2]
    assert report.stopped_at == calls[2] and report.not_applied == calls[2:]
    assert report.settlement is None or report.settlement.settled


@pytest.mark.asyncio
async def test_crash_mid_apply_is_settled_by_reading_on_the_next_start(
        emulator: Any, api: Zadarma, once: SendOnce) -> None:
    server = await read_flow(api, user_id=STAR)
    calls = plan(server, two_level(server), user_id=STAR)
    emulator.set_faults(skip=1, writes=1, drop_after_apply=1)
    report = await apply(api, once, calls, server, client_id=STAR, user_id=STAR)
    emulator.set_faults()
    assert report.applied[:1] == calls[:1]
    # as if the console had died before reading back: settle what is left on the next start
    found = await settle_pending(api, once, STAR, user_id=STAR)
    assert all(s.settled for s in found)
    assert once.unsettled(scope_for(STAR)) == []


@pytest.mark.asyncio
async def test_change_from_another_desk_is_detected(api: Zadarma) -> None:
    base = await read_flow(api, user_id=STAR)
    edited = two_level(base)
    assert await check_conflict(api, base, edited, user_id=STAR) is None
    [default] = base.scenarios_of(base.main or "")
    await api.ivr.edit_scenario(default.id or "", title="Changed elsewhere", user_id=STAR)
    conflict = await check_conflict(api, base, edited, user_id=STAR)
    assert conflict is not None
    assert [c.kind for c in conflict.theirs] == ["edit_scenario"]
    assert "Changed elsewhere" in conflict.theirs[0].text
    assert conflict.ours == plan(base, edited)
    assert replace(conflict.now.scenarios[default.ref], title=default.title) == default


def back_to_start(server: Flow) -> Flow:
    """Undo ``two_level`` (scenarios and the menu deleted, 102 no longer forwarded), and a new
    extension 103."""
    edited = server.copy()
    edited.put(Extension("103"))
    return edited


# (which edit, the call lost, what reading says when it was applied / when it was not)
LOST = [
    ("forward", 0, "create_menu", "The server has a new menu ({id})", "The server has no new menu"),
    ("forward", 1, "create_scenario", "The scenario is on the server now",
     "The scenario is not on the server"),
    ("forward", 3, "edit_scenario", "The scenario on the server shows the change",
     "The scenario on the server does not show the change"),
    ("forward", 6, "edit_scenario", "The scenario on the server shows the change",
     "The scenario on the server does not show the change"),
    ("forward", 7, "forward", "The forwarding on the server shows the change",
     "The forwarding on the server does not show the change"),
    ("back", 0, "create_extension", "The extension is on the server now",
     "The extension is not on the server"),
    ("back", 1, "delete_scenario", "The scenario is gone from the server",
     "The scenario is still on the server"),
    ("back", 4, "delete_menu", "The menu is gone from the server",
     "The menu is still on the server"),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("edit", "index", "kind", "yes", "no"), LOST,
                         ids=[f"{e}-{i}-{k}" for e, i, k, *_ in LOST])
async def test_a_call_lost_with_the_reading_is_settled_on_the_next_start(
        emulator: Any, once: SendOnce, edit: str, index: int, kind: str, yes: str,
        no: str) -> None:
    """The answer is lost and reading back fails too (the console as good as died): the run
    stops there, and the next start settles it by reading, first a call that never reached
    the server, then one that did."""
    async with Zadarma(emulator.base_url, emulator.key, emulator.secret,
                       max_retries=0) as api:
        start = await read_flow(api, user_id=STAR)
        edited = two_level(start)
        if edit == "back":
            first = await apply(api, once, plan(start, edited, user_id=STAR), start,
                                client_id=STAR, user_id=STAR)
            assert first.complete
            server = await read_flow(api, user_id=STAR)
            edited = back_to_start(start)
        else:
            server = start
        calls = plan(server, edited, user_id=STAR)
        assert calls[index].kind == kind
        seen: list[tuple[str, dict[str, str]]] = []
        for fault, applied in (("html_error", False), ("malformed_json", True)):
            emulator.set_faults(skip=index, **{fault: 3})  # the call, then the reading
            report = await apply(api, once, calls, server, client_id=STAR, user_id=STAR,
                                 on_applied=lambda c, ids: seen.append((c.kind, ids)))
            emulator.set_faults()
            assert isinstance(report.error, Unknown) and report.settlement is None
            assert not report.undecided and not report.complete
            assert report.applied == calls[:index] and report.stopped_at == calls[index]
            assert report.not_applied == calls[index:]
            assert [k for k, _ in seen] == [c.kind for c in calls[:index]]
            [lost] = once.unsettled(scope_for(STAR))
            assert lost.action == f"ivr_{kind}" and lost.context["call"] == calls[index].to_json()
            [found] = await settle_pending(api, once, STAR, user_id=STAR)
            assert found.settled and found.applied is applied
            now = await read_flow(api, user_id=STAR)
            created = found.finding.created_id
            if kind == "create_menu" and applied:
                assert created is not None and int(created) in {m.id for m in now.menus.values()}
                assert found.finding.explanation == yes.format(id=created)
            else:
                assert found.finding.explanation == (yes if applied else no)
                assert (created is not None) == (applied and kind == "create_scenario")
            assert once.unsettled(scope_for(STAR)) == []
            assert await settle_pending(api, once, STAR, user_id=STAR) == []
            ids = dict(report.ids)
            creates = calls[index].creates
            if created and creates:
                ids[creates] = created
            edited = rebase(edited, ids)
            server = now
            rest = plan(server, edited, user_id=STAR)
            assert len(rest) < len(calls) - index if applied else rest
            calls, index = rest, 0
            seen.clear()
        last = await apply(api, once, calls, server, client_id=STAR, user_id=STAR)
        assert last.complete
        assert plan(await read_flow(api, user_id=STAR), rebase(edited, last.ids)) == []
