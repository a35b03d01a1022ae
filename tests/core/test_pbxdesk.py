"""The PBX desk over send-once: each change journaled and sent once; a batch stops where it
failed and says which extensions exist; a lost answer is settled by reading, never re-sent."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.hookserver import hook_server
from zaddesk.api.client import Zadarma
from zaddesk.api.errors import ApiError
from zaddesk.core.journal import Journal
from zaddesk.core.pbxdesk import PbxDesk, PbxState
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
    assert (outcome.stopped_at, outcome.not_tried, outcome.settled_applied) == (None, (), None)
    first = outcome.steps[0]
    assert (first.method, first.path, first.params, first.description, first.before) == (
        "POST", CREATE, {"start_number": "101", "quantity": 1, "user_id": PLAIN},
        "Create extension 101", {"number": 101})
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
    assert blocked.settled_applied is None  # the blocking change is not read back here
    assert 130 not in (blocked.existing or ())
    once.decide(lost.value.step.id, applied=True)
    assert desk.unsettled() == []
    assert (await desk.create_extensions([130])).complete


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


def last(once: SendOnce, client_id: int | None) -> Any:
    """The newest request the journal keeps for that account."""
    return once.journal.steps(once.journal.ledger(client_id, profile="demo").id)[-1]


def journaled(step: Any) -> tuple[str, str, str, str, dict[str, Any], str, Any]:
    return (step.action, step.method, step.path, step.scope, step.params, step.description,
            step.before)


@pytest.mark.asyncio
async def test_every_change_is_journaled_as_sent_for_its_account(
    api: Zadarma, once: SendOnce, tmp_path: Path, emulator: EmulatorServer
) -> None:
    desk = PbxDesk(api, once, STAR)
    assert repr(desk) == "PbxDesk(client_id=210001)"
    uid = {"user_id": STAR}
    pbx, hooks, web = f"pbx:{STAR}", f"webhooks:{STAR}", f"webrtc:{STAR}"
    await desk.set_password(100, "Xk7pQ2mzW9ab")
    assert journaled(last(once, STAR)) == (
        "pbx_extension_password", "PUT", "/v1/pbx/internal/100/password/", pbx,
        {"_redacted": ["password"], **uid}, "Change the password of extension 100",
        {"number": 100})
    assert await desk.password(100) == "Xk7pQ2mzW9ab"
    assert b"Xk7pQ2mzW9ab" not in (tmp_path / "journal.sqlite3").read_bytes()
    await desk.set_recording(101, "on_email", emails=["a@firma.pl", "b@firma.pl"],
                             speech_recognition="all")
    assert journaled(last(once, STAR)) == (
        "pbx_recording", "PUT", "/v1/pbx/internal/recording/", pbx,
        {"id": "101", "status": "on_email", "email": "a@firma.pl,b@firma.pl",
         "speech_recognition": "all", **uid},
        "Recording of extension 101: on_email", {"number": 101})
    with emulator.store.tx() as db:
        speech = db.execute("SELECT speech_recognition FROM extensions WHERE number = '101'"
                            " AND account_id = ?", (STAR,)).fetchone()[0]
    assert speech == "all"
    await desk.set_recording(102, "on_store")
    assert last(once, STAR).params == {"id": "102", "status": "on_store", **uid}
    assert (await desk.read_extension(102)).record_store
    forward = await desk.set_redirection(101, "phone", "48601234567", condition="noanswer")
    assert (forward.current_status, forward.destination, forward.condition) == (
        "on", "48601234567", "noanswer")
    assert journaled(last(once, STAR)) == (
        "pbx_redirection", "POST", "/v1/pbx/redirection/", pbx,
        {"pbx_number": "101", "status": "on", "type": "phone", "destination": "48601234567",
         "condition": "noanswer", **uid},
        "Forward extension 101 to 48601234567", {"number": 101})
    stopped = await desk.disable_redirection(101)
    assert stopped.current_status == "off"
    assert (await desk.redirection(101)).current_status == "off"
    assert journaled(last(once, STAR)) == (
        "pbx_redirection", "POST", "/v1/pbx/redirection/", pbx,
        {"pbx_number": "101", "status": "off", **uid}, "Stop forwarding extension 101",
        {"number": 101})
    await desk.set_supervisor(102, True)
    assert (await desk.read_extension(102)).supervisor
    assert journaled(last(once, STAR)) == (
        "pbx_extension_edit", "PUT", "/v1/pbx/internal/102/edit/", pbx,
        {"supervisor_status": 1, **uid}, "Supervisor mode of extension 102: True",
        {"number": 102})
    await desk.set_supervisor(102, False)
    assert last(once, STAR).params["supervisor_status"] == 0
    assert not (await desk.read_extension(102)).supervisor

    with hook_server() as crm:  # saving a URL makes the server check it
        calls, hooks_url = crm.url + "/calls", crm.url + "/hooks"
        await desk.save_url("callinfo", calls)
        assert journaled(last(once, STAR)) == (
            "webhook_url", "POST", "/v1/pbx/callinfo/url/", hooks, {"url": calls, **uid},
            f"Save the callinfo URL {calls}", {"which": "callinfo"})
        await desk.save_url("webhooks", hooks_url)
    assert last(once, STAR).path == "/v1/pbx/webhooks/url/"
    callinfo, webhooks = await desk.webhook_settings()
    assert (callinfo.url, webhooks.url) == (calls, hooks_url)
    await desk.switch("callinfo", "notify_end", True)
    assert journaled(last(once, STAR)) == (
        "webhook_switch", "POST", "/v1/pbx/callinfo/notifications/", hooks,
        {"notify_end": "true", **uid}, "Switch notify_end on", {"which": "callinfo"})
    await desk.switch("webhooks", "sms", True)
    assert journaled(last(once, STAR))[2:] == (
        "/v1/pbx/webhooks/hooks/", hooks, {"sms": "true", **uid}, "Switch sms on",
        {"which": "webhooks"})
    callinfo, webhooks = await desk.webhook_settings()
    assert callinfo.notifications.notify_end and not callinfo.notifications.notify_start
    assert webhooks.hooks.sms and not webhooks.hooks.call_tracking
    await desk.switch("webhooks", "sms", False)
    assert last(once, STAR).params == {"sms": "false", **uid}
    assert last(once, STAR).description == "Switch sms off"
    assert not (await desk.webhook_settings())[1].hooks.sms
    await desk.remove_url("webhooks")
    assert journaled(last(once, STAR)) == (
        "webhook_url", "DELETE", "/v1/pbx/webhooks/url/", hooks, {"url": "", **uid},
        "Remove the webhooks URL", {"which": "webhooks"})
    callinfo, webhooks = await desk.webhook_settings()
    assert (callinfo.url, webhooks.url) == (calls, "")
    await desk.remove_url("callinfo")
    assert (await desk.webhook_settings())[0].url == ""

    widget = await desk.add_domain("sklep.example.pl", create=True)
    assert widget.is_exists and widget.domains == ["sklep.example.pl"]
    assert journaled(last(once, STAR)) == (
        "webrtc_create", "POST", "/v1/webrtc/create/", web,
        {"domain": "sklep.example.pl", **uid}, "Create the WebRTC widget for sklep.example.pl",
        None)
    widget = await desk.add_domain("biuro.example.pl", create=False)
    assert sorted(widget.domains) == ["biuro.example.pl", "sklep.example.pl"]
    assert journaled(last(once, STAR))[:5] == (
        "webrtc_domain_add", "POST", "/v1/webrtc/domain/", web,
        {"domain": "biuro.example.pl", **uid})
    assert last(once, STAR).description == "Allow biuro.example.pl for the widget"
    widget = await desk.remove_domain("sklep.example.pl")
    assert widget.domains == ["biuro.example.pl"]
    assert journaled(last(once, STAR))[:6] == (
        "webrtc_domain_delete", "DELETE", "/v1/webrtc/domain/", web,
        {"domain": "sklep.example.pl", **uid}, "Remove sklep.example.pl from the widget")
    await desk.widget_look("square", "top_left")
    assert (await desk.webrtc()).settings.shape == "square"
    assert (await desk.webrtc()).settings.position == "top_left"
    assert journaled(last(once, STAR))[:6] == (
        "webrtc_update", "PUT", "/v1/webrtc/", web,
        {"shape": "square", "position": "top_left", **uid}, "Widget look: square, top_left")
    widget = await desk.delete_widget()
    assert not widget.is_exists
    assert journaled(last(once, STAR))[:6] == (
        "webrtc_delete", "DELETE", "/v1/webrtc/", web, uid, "Delete the WebRTC widget")
    assert desk.unsettled() == []


@pytest.mark.asyncio
async def test_the_dealers_own_account_sends_no_user_id(api: Zadarma, once: SendOnce) -> None:
    desk = PbxDesk(api, once, None)
    assert repr(desk) == "PbxDesk(client_id=None)"
    assert await desk.read() == PbxState(False)
    with hook_server() as crm:
        await desk.save_url("callinfo", crm.url)
    step = last(once, None)
    assert (step.scope, step.params) == ("webhooks:dealer", {"url": crm.url})
    assert (await api.webhooks.callinfo()).url == crm.url
    assert (await api.webhooks.callinfo(user_id=STAR)).url == ""
    await desk.add_domain("own.example.pl", create=True)
    assert (last(once, None).scope, last(once, None).params) == (
        "webrtc:dealer", {"domain": "own.example.pl"})
    await desk.create_pbx("Xk7pQ2mzW9ab")
    step = last(once, None)
    assert (step.action, step.method, step.path, step.scope, step.params, step.description) == (
        "pbx_create", "POST", "/v1/pbx/create/", "pbx:dealer", {"_redacted": ["password"]},
        "Create the PBX")
    assert (await desk.read_numbers()).numbers == [100]


@pytest.mark.asyncio
async def test_online_and_reading_errors(api: Zadarma, once: SendOnce,
                                         emulator: EmulatorServer) -> None:
    from zaddesk.api.errors import AuthError

    desk = PbxDesk(api, once, STAR)
    assert await desk.online(100) in (True, False)
    assert await desk.online(100) is (await api.pbx.extension_status(100, user_id=STAR)).is_online
    async with Zadarma(emulator.base_url, emulator.key, "x" * 32, max_retries=0) as wrong:
        with pytest.raises(AuthError):  # a wrong key is not "no PBX"
            await PbxDesk(wrong, once, STAR).read_numbers()
    async with Zadarma(emulator.base_url, emulator.key, emulator.secret,
                       max_retries=0) as once_only:
        emulator.set_faults(status_5xx=1, path="/v1/pbx/internal/")
        with pytest.raises(ApiError) as failed:  # a failing server is not "no PBX" either
            await PbxDesk(once_only, once, STAR).read_numbers()
        assert failed.value.status_code == 500


@pytest.mark.asyncio
async def test_a_batch_whose_reading_back_fails_stays_unsettled(
    once: SendOnce, emulator: EmulatorServer
) -> None:
    async with Zadarma(emulator.base_url, emulator.key, emulator.secret,
                       max_retries=0) as api:
        desk = PbxDesk(api, once, STAR)
        emulator.set_faults(status_5xx=5)  # the create and every reading after it
        outcome = await desk.create_extensions([140, 141])
        emulator.set_faults()
        assert isinstance(outcome.error, Unknown)
        assert (outcome.stopped_at, outcome.settled_applied, outcome.existing) == (140, None, None)
        assert outcome.exist_now == () and outcome.not_tried == (141,)
        assert [s.id for s in desk.unsettled()] == [outcome.error.step.id]
        found = await desk.settle(outcome.error.step.id)
        assert found.applied is False
        assert found.finding.explanation == "Extension 140 does not exist."


def test_extension_rows_and_batch_outcomes() -> None:
    from zaddesk.api.resources.pbx import Extension
    from zaddesk.core.pbxdesk import BatchOutcome, ExtensionRow

    def row(store: str | None, **more: Any) -> ExtensionRow:
        return ExtensionRow.from_info(Extension(pbx_id=1, number=101, record_store=store,
                                                **more))
    for off in (None, "", " ", "false", " FALSE ", "off", "Off", "0"):
        assert row(off).record_store is False, off
    for on in ("true", "on", "1", "cloud"):
        assert row(on).record_store is True, on
    full = ExtensionRow.from_info(
        Extension(pbx_id=1, number=101, name="Anna", caller_id="48221", record_email="a@x.pl",
                  supervisor_status=1), online=True)
    assert full == ExtensionRow(101, "Anna", "48221", False, "a@x.pl", True, True)
    assert row(None, supervisor_status=0) == ExtensionRow(101)
    assert PbxState(True, 1, (ExtensionRow(100), ExtensionRow(103))).numbers == [100, 103]
    done = BatchOutcome((101, 102), (101, 102))
    assert done.complete and done.not_tried == () and done.exist_now == (101, 102)
    read = BatchOutcome((101, 102, 103), (101,), 102, RuntimeError("x"), True, (100, 101, 102))
    assert not read.complete and read.not_tried == (103,) and read.exist_now == (101, 102)


async def _nothing_first(desk: PbxDesk, url: str) -> None:
    return None


# (what is prepared, the change, its path, the explanation when applied / when not)
CHANGES: list[tuple[str, Any, Any, str, str, str]] = [
    ("recording to e-mail", _nothing_first,
     lambda d, u: d.set_recording(101, "on_email", emails=["A@Firma.pl", "b@firma.pl"]),
     "/v1/pbx/internal/recording/",
     "Recordings go to the addresses asked.", "Recordings do not go to the addresses asked."),
    ("recording e-mail off",
     lambda d, u: d.set_recording(101, "on_email", emails=["a@firma.pl"]),
     lambda d, u: d.set_recording(101, "off_email"), "/v1/pbx/internal/recording/",
     "Recordings are no longer e-mailed.", "Recordings are still e-mailed."),
    ("recording in the cloud", _nothing_first, lambda d, u: d.set_recording(101, "on_store"),
     "/v1/pbx/internal/recording/", "Cloud recording is as asked.",
     "Cloud recording is as before."),
    ("recording on", _nothing_first, lambda d, u: d.set_recording(101, "on"),
     "/v1/pbx/internal/recording/", "Cloud recording is as asked.",
     "Cloud recording is as before."),
    ("recording off", lambda d, u: d.set_recording(101, "on_store"),
     lambda d, u: d.set_recording(101, "off"), "/v1/pbx/internal/recording/",
     "Cloud recording is as asked.", "Cloud recording is as before."),
    ("supervisor on", _nothing_first, lambda d, u: d.set_supervisor(101, True),
     "/v1/pbx/internal/101/edit/", "Supervisor mode is as asked.",
     "Supervisor mode is as before."),
    ("supervisor off", lambda d, u: d.set_supervisor(101, True),
     lambda d, u: d.set_supervisor(101, False), "/v1/pbx/internal/101/edit/",
     "Supervisor mode is as asked.", "Supervisor mode is as before."),
    ("forwarding on", _nothing_first,
     lambda d, u: d.set_redirection(101, "phone", "+48601234567"), "/v1/pbx/redirection/",
     "Forwarding is as asked.", "Forwarding is not as asked."),
    ("forwarding elsewhere", lambda d, u: d.set_redirection(101, "phone", "48601234567"),
     lambda d, u: d.set_redirection(101, "phone", "48601234568"), "/v1/pbx/redirection/",
     "Forwarding is as asked.", "Forwarding is not as asked."),
    ("forwarding off", lambda d, u: d.set_redirection(101, "phone", "48601234567"),
     lambda d, u: d.disable_redirection(101), "/v1/pbx/redirection/",
     "Forwarding is off.", "Forwarding is on."),
    ("call events URL", _nothing_first, lambda d, u: d.save_url("callinfo", u),
     "/v1/pbx/callinfo/url/", "The address is as asked.", "The address is as before."),
    ("hooks URL", _nothing_first, lambda d, u: d.save_url("webhooks", u),
     "/v1/pbx/webhooks/url/", "The address is as asked.", "The address is as before."),
    ("call events URL removed", lambda d, u: d.save_url("callinfo", u),
     lambda d, u: d.remove_url("callinfo"), "/v1/pbx/callinfo/url/",
     "The address is as asked.", "The address is as before."),
    ("hooks URL removed", lambda d, u: d.save_url("webhooks", u),
     lambda d, u: d.remove_url("webhooks"), "/v1/pbx/webhooks/url/",
     "The address is as asked.", "The address is as before."),
    ("call event switched on", _nothing_first,
     lambda d, u: d.switch("callinfo", "notify_end", True), "/v1/pbx/callinfo/notifications/",
     "The switch is as asked.", "notify_end is as before."),
    ("hook switched on", _nothing_first, lambda d, u: d.switch("webhooks", "sms", True),
     "/v1/pbx/webhooks/hooks/", "The switch is as asked.", "sms is as before."),
    ("hook switched off", lambda d, u: d.switch("webhooks", "call_tracking", True),
     lambda d, u: d.switch("webhooks", "call_tracking", False), "/v1/pbx/webhooks/hooks/",
     "The switch is as asked.", "call_tracking is as before."),
    ("widget made", _nothing_first,
     lambda d, u: d.add_domain("Sklep.Example.PL", create=True), "/v1/webrtc/create/",
     "sklep.example.pl is allowed.", "sklep.example.pl is not allowed."),
    ("domain allowed", lambda d, u: d.add_domain("biuro.example.pl", create=True),
     lambda d, u: d.add_domain("sklep.example.pl", create=False), "/v1/webrtc/domain/",
     "sklep.example.pl is allowed.", "sklep.example.pl is not allowed."),
    ("domain removed", lambda d, u: d.add_domain("sklep.example.pl", create=True),
     lambda d, u: d.remove_domain("sklep.example.pl"), "/v1/webrtc/domain/",
     "sklep.example.pl is no longer allowed.", "sklep.example.pl is still allowed."),
    ("widget deleted", lambda d, u: d.add_domain("sklep.example.pl", create=True),
     lambda d, u: d.delete_widget(), "/v1/webrtc/",
     "The widget is gone.", "The widget still exists."),
    ("widget look", lambda d, u: d.add_domain("sklep.example.pl", create=True),
     lambda d, u: d.widget_look("square", "top_left"), "/v1/webrtc/",
     "The widget looks as asked.", "The widget looks as before."),
    ("widget position", lambda d, u: d.add_domain("sklep.example.pl", create=True),
     lambda d, u: d.widget_look("rounded", "top_left"), "/v1/webrtc/",
     "The widget looks as asked.", "The widget looks as before."),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("prepare", "change", "path", "yes", "no"),
                         [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
async def test_a_lost_change_is_read_back_where_it_shows(
    api: Zadarma, once: SendOnce, emulator: EmulatorServer, prepare: Any, change: Any,
    path: str, yes: str, no: str
) -> None:
    desk = PbxDesk(api, once, STAR)
    with hook_server() as crm:
        await prepare(desk, crm.url + "/first")
        # First a 500 to the change (nothing was done), then a cut answer after the work.
        for applied, fault in ((False, "status_5xx"), (True, "drop_after_apply")):
            emulator.set_faults(path=path, **{fault: 1})
            with pytest.raises(Unknown) as lost:
                await change(desk, crm.url + "/then")
            emulator.set_faults()
            assert [s.id for s in desk.unsettled()] == [lost.value.step.id]
            found = await desk.settle(lost.value.step.id)
            assert found.settled and found.applied is applied
            assert found.finding.explanation == (yes if applied else no)
            assert desk.unsettled() == []


@pytest.mark.asyncio
@pytest.mark.parametrize("applied", [True, False], ids=["applied", "not-applied"])
async def test_a_lost_pbx_creation_and_extension_are_read_back(
    api: Zadarma, once: SendOnce, emulator: EmulatorServer, applied: bool
) -> None:
    desk = PbxDesk(api, once, PLAIN)
    emulator.set_faults(path="/v1/pbx/create/", **({"drop_after_apply": 1} if applied
                                                   else {"status_5xx": 1}))
    with pytest.raises(Unknown) as lost:
        await desk.create_pbx("Xk7pQ2mzW9ab")
    emulator.set_faults()
    found = await desk.settle(lost.value.step.id)
    assert found.applied is applied
    assert found.finding.explanation == (
        "The client has a PBX now." if applied else "The client still has no PBX.")
    if not applied:
        await desk.create_pbx("Xk7pQ2mzW9ab")
    emulator.set_faults(path=CREATE, **({"drop_after_apply": 1} if applied
                                        else {"status_5xx": 1}))
    outcome = await desk.create_extensions([105])
    emulator.set_faults()
    assert outcome.settled_applied is applied and outcome.stopped_at == 105
    assert outcome.created == () and outcome.exist_now == ((105,) if applied else ())
    assert outcome.error is not None
    step = once.journal.step(outcome.error.step.id)  # type: ignore[attr-defined]
    assert step.params == {"start_number": "105", "quantity": 1, "user_id": PLAIN}
    assert step.explanation == ("Extension 105 exists." if applied
                                else "Extension 105 does not exist.")


@pytest.mark.asyncio
async def test_a_lost_password_change_is_the_reps_to_decide(
    api: Zadarma, once: SendOnce, emulator: EmulatorServer
) -> None:
    desk = PbxDesk(api, once, STAR)
    emulator.set_faults(status_5xx=1, path="/v1/pbx/internal/101/password/")
    with pytest.raises(Unknown) as lost:
        await desk.set_password(101, "Xk7pQ2mzW9ab")
    emulator.set_faults()
    found = await desk.settle(lost.value.step.id)
    assert not found.settled and found.verdict == "unclear"
    assert found.finding.explanation == (
        "The server does not show whether this change was applied; check it.")


@pytest.mark.asyncio
async def test_a_batch_blocked_by_another_lost_change_leaves_it_to_be_settled(
    api: Zadarma, once: SendOnce, emulator: EmulatorServer
) -> None:
    desk = PbxDesk(api, once, STAR)
    emulator.set_faults(drop_after_apply=1, path="/v1/pbx/internal/recording/")
    with pytest.raises(Unknown) as lost:
        await desk.set_recording(101, "on_store")
    emulator.set_faults()
    blocked = await desk.create_extensions([131, 132])
    assert isinstance(blocked.error, Blocked) and blocked.error.step.id == lost.value.step.id
    assert (blocked.stopped_at, blocked.not_tried, blocked.settled_applied) == (131, (132,), None)
    assert blocked.existing == (100, 101, 102) and blocked.exist_now == ()
    assert [s.id for s in desk.unsettled()] == [lost.value.step.id]  # still the rep's


@pytest.mark.asyncio
async def test_unsettled_changes_of_every_kind_oldest_first(
    api: Zadarma, once: SendOnce, emulator: EmulatorServer
) -> None:
    desk = PbxDesk(api, once, STAR)
    lost = []
    for path, change in (
        ("/v1/webrtc/create/", desk.add_domain("sklep.example.pl", create=True)),
        ("/v1/pbx/webhooks/hooks/", desk.switch("webhooks", "sms", True)),
        ("/v1/pbx/internal/recording/", desk.set_recording(101, "on_store")),
    ):
        emulator.set_faults(drop_after_apply=1, path=path)
        with pytest.raises(Unknown) as unknown:
            await change
        lost.append(unknown.value.step.id)
    emulator.set_faults()
    assert [s.id for s in desk.unsettled()] == lost
    assert [s.scope for s in desk.unsettled()] == [
        f"webrtc:{STAR}", f"webhooks:{STAR}", f"pbx:{STAR}"]
    assert PbxDesk(api, once, PLAIN).unsettled() == []
