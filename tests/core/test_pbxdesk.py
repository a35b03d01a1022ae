"""The PBX desk over send-once: each change journaled and sent once; a batch stops where it
failed and says which extensions exist; a lost answer is settled by reading, never re-sent."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from zaddesk.api.client import Zadarma
from zaddesk.api.errors import ApiError
from zaddesk.core.journal import Journal
from zaddesk.core.pbxdesk import PbxDesk
from zaddesk.core.sendonce import Blocked, SendOnce, Unknown
from zaddesk.emulator.server import EmulatorServer

STAR = 210001  # PBX with 100-102
PLAIN = 210002  # no PBX
CREATE = "/v1/pbx/internal/create/"


@pytest_asyncio.fixture
async def api(emulator: EmulatorServer) -> AsyncIterator[Zadarma]:
    async with Zadarma(emulator.base_url, emulator.key, emulator.secret) as client:
        yield client


@pytest.fixture
def once(tmp_path: Path) -> SendOnce:
    return SendOnce(Journal(tmp_path / "journal.sqlite3"), profile="demo")


@pytest.mark.asyncio
async def test_read_create_and_batch(api: Zadarma, once: SendOnce) -> None:
    desk = PbxDesk(api, once, PLAIN)
    assert not (await desk.read()).exists
    await desk.create_pbx("Xk7pQ2mzW9ab")
    state = await desk.read()
    assert state.exists and state.numbers == [100] and state.pbx_id
    outcome = await desk.create_extensions([101, 102, 103])
    assert outcome.complete and outcome.created == (101, 102, 103)
    assert outcome.existing == (100, 101, 102, 103)
    assert [s.action for s in outcome.steps] == ["pbx_extension_create"] * 3
    assert all(s.applied for s in outcome.steps)
    await desk.set_recording(101, "on_email", emails=["a@firma.pl", "b@firma.pl"])
    row = await desk.read_extension(101)
    assert row.record_email == "a@firma.pl,b@firma.pl" and not row.record_store
    with pytest.raises(ApiError):  # refused by the server: journaled, nothing blocked
        await desk.create_pbx("Xk7pQ2mzW9ab")
    assert desk.unsettled() == []


@pytest.mark.asyncio
async def test_refusal_on_the_third_of_four_stops_there(
    api: Zadarma, once: SendOnce, emulator: EmulatorServer
) -> None:
    desk = PbxDesk(api, once, STAR)
    emulator.set_faults(status_5xx=1, skip=2, path=CREATE)
    outcome = await desk.create_extensions([110, 111, 112, 113])
    emulator.set_faults()
    # A 500 to a POST may have been applied: it is read back, and was not.
    assert not outcome.complete and isinstance(outcome.error, Unknown)
    assert outcome.settled_applied is False
    assert (outcome.created, outcome.stopped_at, outcome.not_tried) == ((110, 111), 112, (113,))
    assert outcome.exist_now == (110, 111)
    assert desk.unsettled() == []


@pytest.mark.asyncio
async def test_lost_answer_is_read_back_and_never_resent(
    api: Zadarma, once: SendOnce, emulator: EmulatorServer
) -> None:
    desk = PbxDesk(api, once, STAR)
    emulator.set_faults(drop_after_apply=1, skip=2, path=CREATE)
    outcome = await desk.create_extensions([120, 121, 122, 123])
    emulator.set_faults()
    assert isinstance(outcome.error, Unknown)
    assert outcome.stopped_at == 122 and outcome.settled_applied is True
    assert outcome.exist_now == (120, 121, 122) and outcome.not_tried == (123,)
    assert desk.unsettled() == []


@pytest.mark.asyncio
async def test_an_unclear_change_blocks_the_pbx_until_decided(
    api: Zadarma, once: SendOnce, emulator: EmulatorServer
) -> None:
    desk = PbxDesk(api, once, STAR)
    emulator.set_faults(drop_after_apply=1, path="/v1/pbx/internal/100/password/")
    with pytest.raises(Unknown) as lost:
        await desk.set_password(100, "Xk7pQ2mzW9ab")
    emulator.set_faults()
    found = await desk.settle(lost.value.step.id)
    assert not found.settled  # a password is never shown back
    blocked = await desk.create_extensions([130])
    assert isinstance(blocked.error, Blocked) and blocked.created == ()
    assert 130 not in (blocked.existing or ())
    once.decide(lost.value.step.id, applied=True)
    assert desk.unsettled() == []
    assert (await desk.create_extensions([130])).complete


@pytest.mark.asyncio
@pytest.mark.parametrize(("path", "change"), [
    ("/v1/pbx/internal/recording/",
     lambda d: d.set_recording(101, "on_email", emails=["a@firma.pl"])),
    ("/v1/pbx/internal/recording/", lambda d: d.set_recording(101, "on_store")),
    ("/v1/pbx/redirection/", lambda d: d.set_redirection(101, "phone", "48601234567")),
    ("/v1/pbx/internal/101/edit/", lambda d: d.set_supervisor(101, True)),
    ("/v1/pbx/callinfo/notifications/", lambda d: d.switch("callinfo", "notify_end", True)),
    ("/v1/pbx/webhooks/hooks/", lambda d: d.switch("webhooks", "sms", True)),
    ("/v1/pbx/callinfo/url/", lambda d: d.remove_url("callinfo")),
    ("/v1/webrtc/create/", lambda d: d.add_domain("sklep.example.pl", create=True)),
])
async def test_lost_answers_are_read_back_where_they_show(
    api: Zadarma, once: SendOnce, emulator: EmulatorServer, path: str, change: Any
) -> None:
    desk = PbxDesk(api, once, STAR)
    emulator.set_faults(drop_after_apply=1, path=path)
    with pytest.raises(Unknown) as lost:
        await change(desk)
    emulator.set_faults()
    found = await desk.settle(lost.value.step.id)
    assert found.settled and found.applied is True, found.finding.explanation
    assert desk.unsettled() == []


@pytest.mark.asyncio
async def test_a_change_that_never_happened_is_read_back_as_not_applied(
    api: Zadarma, once: SendOnce, emulator: EmulatorServer
) -> None:
    desk = PbxDesk(api, once, STAR)
    emulator.set_faults(status_5xx=1, path="/v1/webrtc/create/")  # a 500: not applied
    with pytest.raises(Unknown) as lost:
        await desk.add_domain("sklep.example.pl", create=True)
    emulator.set_faults()
    found = await desk.settle(lost.value.step.id)
    assert found.settled and found.applied is False
    assert (await desk.add_domain("sklep.example.pl", create=True)).domains == [
        "sklep.example.pl"]
