"""The client's PBX as the page works on it: read it, and change it through send-once.

Why a module of its own: every change to the PBX (creating it, each extension, a password,
recording, forwarding) is journaled and sent exactly once (:mod:`zaddesk.core.sendonce`), in
the scope ``Scope("pbx", client_id)``. Several extensions are created *one by one*, so when one
fails the rep knows exactly which exist: the run stops there, a lost answer is settled at once
by reading the extension list (never by sending again), and the list read afterwards is what
the table shows.

Public interface::

    desk = PbxDesk(api, once, client_id)          # client_id None: the dealer's own account
    await desk.read() -> PbxState
    await desk.read_extension(number) -> ExtensionRow
    await desk.create_pbx(password) -> str          # the PBX's paid-until date
    await desk.create_extensions([101, 102, 103]) -> BatchOutcome
    await desk.set_password(number, value)
    await desk.set_recording(number, status, emails=[...], speech_recognition=...)
    await desk.set_redirection(number, kind, destination, condition=...) / disable_redirection
    await desk.settle(step_id) -> Settlement        # read back an unknown outcome
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from zaddesk.api.client import Zadarma
from zaddesk.api.errors import ApiError, AuthError
from zaddesk.api.resources.pbx import (
    CreatedExtensions,
    Extension,
    PbxRedirection,
    RecordingStatus,
)
from zaddesk.api.resources.webhooks import CallInfoSettings, WebhookSettings
from zaddesk.api.resources.webrtc import WebrtcInfo
from zaddesk.api.transport import Priority
from zaddesk.core.journal import StepRecord
from zaddesk.core.sendonce import (
    Call,
    Intent,
    Judgement,
    RunReport,
    Scope,
    SendOnce,
    Sent,
    Settlement,
    Unknown,
    Verdict,
)

__all__ = ["BatchOutcome", "ExtensionRow", "PbxDesk", "PbxState"]

log = logging.getLogger("zaddesk.core.pbxdesk")

CREATE_PBX = "/v1/pbx/create/"
CREATE_EXTENSIONS = "/v1/pbx/internal/create/"


@dataclass(frozen=True, slots=True)
class ExtensionRow:
    """One line of the extensions table."""

    number: int
    name: str = ""
    caller_id: str = ""
    record_store: bool = False
    record_email: str = ""
    supervisor: bool = False
    online: bool | None = None  # None: not read yet

    @classmethod
    def from_info(cls, info: Extension, online: bool | None = None) -> ExtensionRow:
        store = (info.record_store or "").strip().lower()
        return cls(
            number=info.number,
            name=info.name,
            caller_id=info.caller_id,
            record_store=bool(store) and store not in ("false", "off", "0"),
            record_email=info.record_email or "",
            supervisor=bool(info.supervisor_status),
            online=online,
        )


@dataclass(frozen=True, slots=True)
class PbxState:
    exists: bool
    pbx_id: int | None = None
    extensions: tuple[ExtensionRow, ...] = ()

    @property
    def numbers(self) -> list[int]:
        return [e.number for e in self.extensions]


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    """How far a batch of extension creations got, and what the server holds afterwards."""

    wanted: tuple[int, ...]
    created: tuple[int, ...]
    stopped_at: int | None = None  # the number whose creation failed or was lost
    error: BaseException | None = None
    settled_applied: bool | None = None  # a lost answer read back: was it created after all?
    existing: tuple[int, ...] | None = None  # the extension list read after the run
    steps: tuple[StepRecord, ...] = field(default=(), repr=False)

    @property
    def complete(self) -> bool:
        return self.error is None

    @property
    def not_tried(self) -> tuple[int, ...]:
        if self.stopped_at is None:
            return ()
        return tuple(n for n in self.wanted if n > self.stopped_at)

    @property
    def exist_now(self) -> tuple[int, ...]:
        """Of the wanted numbers, those the server has now (as read back)."""
        if self.existing is None:
            return self.created
        return tuple(n for n in self.wanted if n in self.existing)


def _is_no_pbx(exc: ApiError) -> bool:
    return not isinstance(exc, AuthError) and exc.status_code in (400, 404)


class PbxDesk:
    def __init__(self, api: Zadarma, once: SendOnce, client_id: int | None) -> None:
        self.api = api
        self.once = once
        self.client_id = client_id
        self.scope = Scope("pbx", client_id)
        self.hooks_scope = Scope("webhooks", client_id)
        self.webrtc_scope = Scope("webrtc", client_id)

    def __repr__(self) -> str:
        return f"PbxDesk(client_id={self.client_id!r})"

    @property
    def _uid(self) -> dict[str, Any]:
        return {} if self.client_id is None else {"user_id": self.client_id}

    # -- reading ----------------------------------------------------------------------

    async def read_numbers(self, priority: Priority = Priority.INTERACTIVE) -> PbxState:
        """Whether there is a PBX, and its extension numbers (one request)."""
        try:
            found = await self.api.pbx.list_extensions(**self._uid, priority=priority)
        except ApiError as exc:
            if _is_no_pbx(exc):
                return PbxState(False)
            raise
        return PbxState(True, found.pbx_id, tuple(ExtensionRow(n) for n in found.numbers))

    async def read(self) -> PbxState:
        """The PBX with every extension's details (one request per extension)."""
        state = await self.read_numbers()
        if not state.exists:
            return state
        rows = [await self.read_extension(n) for n in state.numbers]
        return PbxState(True, state.pbx_id, tuple(rows))

    async def read_extension(self, number: int) -> ExtensionRow:
        info = await self.api.pbx.extension_info(number, **self._uid)
        return ExtensionRow.from_info(info)

    async def online(self, number: int) -> bool:
        """Whether a phone is registered on the extension now (a background refresh)."""
        status = await self.api.pbx.extension_status(number, **self._uid,
                                                     priority=Priority.BACKGROUND)
        return status.is_online

    async def password(self, number: int) -> str:
        """The extension's SIP password, read on request only (never kept)."""
        return (await self.api.pbx.get_password(number, **self._uid)).password

    async def redirection(self, number: int) -> PbxRedirection:
        return await self.api.pbx.get_redirection(number, **self._uid)

    # -- changing ---------------------------------------------------------------------

    def _intent(self, kind: str, method: str, path: str, params: dict[str, Any],
                description: str, before: Any = None) -> Intent:
        """A change of the PBX itself (scope ``pbx``)."""
        return Intent(kind, self.scope, {**params, **self._uid}, description, method=method,
                      path=path, before=before)

    async def create_pbx(self, password: str) -> str:
        """Make the PBX (it starts with extension 100); returns its paid-until date."""
        intent = self._intent("pbx_create", "POST", CREATE_PBX, {"password": password},
                              "Create the PBX")
        sent = await self.once.send(intent, lambda: self.api.pbx.create(password, **self._uid))
        return sent.value.stop_datetime

    async def create_extensions(self, numbers: Sequence[int]) -> BatchOutcome:
        """Create the extensions one request each; stop at the first that is not done."""
        wanted = tuple(numbers)

        def create(number: int) -> Callable[[], Awaitable[CreatedExtensions]]:
            return lambda: self.api.pbx.create_extensions(number, 1, **self._uid)

        def calls() -> Iterator[Call[Any]]:
            for number in wanted:
                params = {"start_number": f"{number:03d}", "quantity": 1}
                yield Call(
                    self._intent("pbx_extension_create", "POST", CREATE_EXTENSIONS, params,
                                 f"Create extension {number}", before={"number": number}),
                    create(number),
                )

        report: RunReport = await self.once.run(calls())
        created = tuple(
            n for s in report.sent for n in getattr(s.value, "numbers", []) if n in wanted
        )
        stopped = None
        if report.stopped_at is not None:
            stopped = int(report.stopped_at.before["number"])
        settled: bool | None = None
        steps = tuple(s.step for s in report.sent)
        if isinstance(report.error, Unknown) and report.step is not None:
            try:
                found = await self.settle(report.step.id)
                settled = found.applied
            except Exception as exc:  # reading back failed: it stays unsettled
                log.info("reading back extension %s failed: %s", stopped, exc)
        existing: tuple[int, ...] | None
        try:
            existing = tuple((await self.read_numbers()).numbers)
        except Exception as exc:
            log.info("extension list not read after the batch: %s", exc)
            existing = None
        return BatchOutcome(wanted, created, stopped, report.error, settled, existing, steps)

    async def set_password(self, number: int, value: str) -> None:
        # The API calls the new password ``value``; the journal keeps it under the name it
        # drops (``password``), so a SIP password never reaches the disk.
        intent = self._intent("pbx_extension_password", "PUT",
                              f"/v1/pbx/internal/{number}/password/", {"password": value},
                              f"Change the password of extension {number}",
                              before={"number": number})
        await self.once.send(intent, lambda: self.api.pbx.set_password(number, value,
                                                                          **self._uid))

    async def set_recording(
        self,
        number: int,
        status: RecordingStatus,
        *,
        emails: Sequence[str] = (),
        speech_recognition: Any = None,
    ) -> None:
        email = ",".join(emails) or None
        params = {"id": f"{number:03d}", "status": status, "email": email,
                  "speech_recognition": speech_recognition}
        intent = self._intent("pbx_recording", "PUT", "/v1/pbx/internal/recording/", params,
                              f"Recording of extension {number}: {status}",
                              before={"number": number})
        await self.once.send(intent, lambda: self.api.pbx.set_recording(
            number, status, email=email, speech_recognition=speech_recognition, **self._uid))

    async def set_redirection(
        self, number: int, kind: Any, destination: str, *, condition: Any = "always"
    ) -> PbxRedirection:
        params = {"pbx_number": str(number), "status": "on", "type": kind,
                  "destination": destination, "condition": condition}
        intent = self._intent("pbx_redirection", "POST", "/v1/pbx/redirection/", params,
                              f"Forward extension {number} to {destination}",
                              before={"number": number})
        sent: Sent[PbxRedirection] = await self.once.send(
            intent, lambda: self.api.pbx.set_redirection(
                number, kind, destination, condition=condition, **self._uid))
        return sent.value

    async def disable_redirection(self, number: int) -> PbxRedirection:
        params = {"pbx_number": str(number), "status": "off"}
        intent = self._intent("pbx_redirection", "POST", "/v1/pbx/redirection/", params,
                              f"Stop forwarding extension {number}", before={"number": number})
        sent: Sent[PbxRedirection] = await self.once.send(
            intent, lambda: self.api.pbx.disable_redirection(number, **self._uid))
        return sent.value

    async def set_supervisor(self, number: int, enabled: bool) -> None:
        params = {"supervisor_status": int(enabled)}
        intent = self._intent("pbx_extension_edit", "PUT", f"/v1/pbx/internal/{number}/edit/",
                              params, f"Supervisor mode of extension {number}: {enabled}",
                              before={"number": number})
        await self.once.send(intent, lambda: self.api.pbx.set_supervisor(number, enabled,
                                                                           **self._uid))

    # -- webhooks (their own scope: a stuck switch does not hold up the PBX) -------------

    def _hook_intent(self, kind: str, method: str, path: str, params: dict[str, Any],
                     description: str, which: str) -> Intent:
        return Intent(kind, self.hooks_scope, {**params, **self._uid}, description,
                      method=method, path=path, before={"which": which})

    async def webhook_settings(self) -> tuple[CallInfoSettings, WebhookSettings]:
        return (await self.api.webhooks.callinfo(**self._uid),
                await self.api.webhooks.pbx_webhooks(**self._uid))

    async def save_url(self, which: str, url: str) -> None:
        """``which``: ``callinfo`` (call events) or ``webhooks`` (the other hooks)."""
        path = f"/v1/pbx/{which}/url/"
        intent = self._hook_intent("webhook_url", "POST", path, {"url": url},
                                   f"Save the {which} URL {url}", which)
        call = (self.api.webhooks.set_callinfo_url if which == "callinfo"
                else self.api.webhooks.set_webhooks_url)
        await self.once.send(intent, lambda: call(url, **self._uid))

    async def remove_url(self, which: str) -> None:
        path = f"/v1/pbx/{which}/url/"
        intent = self._hook_intent("webhook_url", "DELETE", path, {"url": ""},
                                   f"Remove the {which} URL", which)
        call = (self.api.webhooks.delete_callinfo_url if which == "callinfo"
                else self.api.webhooks.delete_webhooks_url)
        await self.once.send(intent, lambda: call(**self._uid))

    async def switch(self, which: str, name: str, value: bool) -> None:
        path = ("/v1/pbx/callinfo/notifications/" if which == "callinfo"
                else "/v1/pbx/webhooks/hooks/")
        intent = self._hook_intent("webhook_switch", "POST", path,
                                   {name: "true" if value else "false"},
                                   f"Switch {name} {'on' if value else 'off'}", which)
        if which == "callinfo":
            await self.once.send(intent, lambda: self.api.webhooks.set_callinfo_notifications(
                **{name: value}, **self._uid))
        else:
            await self.once.send(intent, lambda: self.api.webhooks.set_hooks(
                **{name: value}, **self._uid))

    # -- the WebRTC widget ---------------------------------------------------------------

    def _web_intent(self, kind: str, method: str, path: str, params: dict[str, Any],
                    description: str) -> Intent:
        return Intent(kind, self.webrtc_scope, {**params, **self._uid}, description,
                      method=method, path=path)

    async def webrtc(self) -> WebrtcInfo:
        return await self.api.webrtc.get(**self._uid)

    async def add_domain(self, domain: str, *, create: bool) -> WebrtcInfo:
        """Allow ``domain``; ``create`` makes the widget with it first."""
        if create:
            intent = self._web_intent("webrtc_create", "POST", "/v1/webrtc/create/",
                                      {"domain": domain}, f"Create the WebRTC widget for {domain}")
            await self.once.send(intent, lambda: self.api.webrtc.create(domain, **self._uid))
        else:
            intent = self._web_intent("webrtc_domain_add", "POST", "/v1/webrtc/domain/",
                                      {"domain": domain}, f"Allow {domain} for the widget")
            await self.once.send(intent, lambda: self.api.webrtc.add_domain(domain,
                                                                             **self._uid))
        return await self.webrtc()

    async def remove_domain(self, domain: str) -> WebrtcInfo:
        intent = self._web_intent("webrtc_domain_delete", "DELETE", "/v1/webrtc/domain/",
                                  {"domain": domain}, f"Remove {domain} from the widget")
        await self.once.send(intent, lambda: self.api.webrtc.delete_domain(domain, **self._uid))
        return await self.webrtc()

    async def delete_widget(self) -> WebrtcInfo:
        intent = self._web_intent("webrtc_delete", "DELETE", "/v1/webrtc/", {},
                                  "Delete the WebRTC widget")
        await self.once.send(intent, lambda: self.api.webrtc.delete(**self._uid))
        return await self.webrtc()

    async def widget_look(self, shape: Any, position: Any) -> None:
        intent = self._web_intent("webrtc_update", "PUT", "/v1/webrtc/",
                                  {"shape": shape, "position": position},
                                  f"Widget look: {shape}, {position}")
        await self.once.send(intent, lambda: self.api.webrtc.update(
            shape=shape, position=position, **self._uid))

    # -- settling a lost answer ---------------------------------------------------------

    def unsettled(self) -> list[StepRecord]:
        """Changes of this account's PBX, webhooks or widget whose outcome is not known."""
        found: list[StepRecord] = []
        for scope in (self.scope, self.hooks_scope, self.webrtc_scope):
            found += self.once.unsettled(scope)
        return sorted(found, key=lambda s: s.id)

    async def settle(self, step_id: int) -> Settlement[Judgement]:
        """Read the server to learn whether a request whose answer was lost was applied.

        Each kind of change is read back where it shows; a change the server cannot show
        (a new password: it is never kept) stays for the rep to decide.
        """
        step = self.once.journal.step(step_id)
        action = step.action
        number = int((step.context.get("before") or {}).get("number", 0) or 0)
        if action in ("pbx_create", "pbx_extension_create"):
            return await self.once.settle(step_id, self.read_numbers, _judge_numbers)
        if action in ("pbx_recording", "pbx_extension_edit"):
            return await self.once.settle(step_id, lambda: self.read_extension(number),
                                          _judge_extension)
        if action == "pbx_redirection":
            return await self.once.settle(step_id, lambda: self.redirection(number),
                                          _judge_redirection)
        if action in ("webhook_url", "webhook_switch"):
            return await self.once.settle(step_id, self.webhook_settings, _judge_hooks)
        if action.startswith("webrtc_"):
            return await self.once.settle(step_id, self.webrtc, _judge_webrtc)
        return await self.once.settle(step_id, _nothing, _unclear)


async def _nothing() -> None:
    return None


def _unclear(step: StepRecord, _now: None) -> Judgement:
    return Judgement(Verdict.UNCLEAR,
                     "The server does not show whether this change was applied; check it.")


def _verdict(applied: bool, yes: str, no: str) -> Judgement:
    return Judgement(Verdict.APPLIED, yes) if applied else Judgement(Verdict.NOT_APPLIED, no)


def _judge_numbers(step: StepRecord, now: PbxState) -> Judgement:
    if step.action == "pbx_create":
        return _verdict(now.exists, "The client has a PBX now.", "The client still has no PBX.")
    number = int(str(step.params.get("start_number", "0")))
    return _verdict(number in now.numbers, f"Extension {number} exists.",
                    f"Extension {number} does not exist.")


def _judge_extension(step: StepRecord, now: ExtensionRow) -> Judgement:
    if step.action == "pbx_extension_edit":
        wanted = str(step.params.get("supervisor_status")) == "1"
        return _verdict(now.supervisor == wanted, "Supervisor mode is as asked.",
                        "Supervisor mode is as before.")
    status = str(step.params.get("status", ""))
    if status == "on_email":
        asked = {e.strip().lower() for e in str(step.params.get("email") or "").split(",")}
        shown = {e.strip().lower() for e in now.record_email.split(",") if e.strip()}
        return _verdict(shown == asked, "Recordings go to the addresses asked.",
                        "Recordings do not go to the addresses asked.")
    if status == "off_email":
        return _verdict(not now.record_email, "Recordings are no longer e-mailed.",
                        "Recordings are still e-mailed.")
    wanted_on = status in ("on", "on_store")
    return _verdict(now.record_store == wanted_on, "Cloud recording is as asked.",
                    "Cloud recording is as before.")


def _judge_redirection(step: StepRecord, now: PbxRedirection) -> Judgement:
    if step.params.get("status") == "off":
        return _verdict(now.current_status == "off", "Forwarding is off.", "Forwarding is on.")
    same = (now.current_status == "on" and now.type == step.params.get("type")
            and (now.destination or "").lstrip("+")
            == str(step.params.get("destination", "")).lstrip("+"))
    return _verdict(same, "Forwarding is as asked.", "Forwarding is not as asked.")


def _judge_hooks(step: StepRecord, now: tuple[CallInfoSettings, WebhookSettings]) -> Judgement:
    which = str((step.context.get("before") or {}).get("which", "callinfo"))
    callinfo, hooks = now
    if step.action == "webhook_url":
        shown = callinfo.url if which == "callinfo" else hooks.url
        asked = str(step.params.get("url") or "")
        return _verdict(shown == asked, "The address is as asked.", "The address is as before.")
    flags: Any = callinfo.notifications if which == "callinfo" else hooks.hooks
    for name, value in step.params.items():
        if name == "user_id" or not hasattr(flags, name):
            continue
        if bool(getattr(flags, name)) != (str(value) == "true"):
            return Judgement(Verdict.NOT_APPLIED, f"{name} is as before.")
    return Judgement(Verdict.APPLIED, "The switch is as asked.")


def _judge_webrtc(step: StepRecord, now: WebrtcInfo) -> Judgement:
    domain = str(step.params.get("domain") or "").lower()
    if step.action in ("webrtc_create", "webrtc_domain_add"):
        return _verdict(now.is_exists and domain in now.domains, f"{domain} is allowed.",
                        f"{domain} is not allowed.")
    if step.action == "webrtc_domain_delete":
        return _verdict(domain not in now.domains, f"{domain} is no longer allowed.",
                        f"{domain} is still allowed.")
    if step.action == "webrtc_delete":
        return _verdict(not now.is_exists, "The widget is gone.", "The widget still exists.")
    same = (now.settings.shape == step.params.get("shape")
            and now.settings.position == step.params.get("position"))
    return _verdict(same, "The widget looks as asked.", "The widget looks as before.")
