"""The client's cloud PBX: creating it, its extensions (100, 101...) and their forwarding."""

from __future__ import annotations

from typing import Literal

import msgspec

from zaddesk.api.resources._base import Resource, decode, flag, segment
from zaddesk.api.transport import Priority

__all__ = [
    "CreatedExtensions",
    "Extension",
    "ExtensionPassword",
    "ExtensionStatus",
    "Extensions",
    "PasswordChanged",
    "PbxCreated",
    "PbxRedirection",
    "PbxResource",
    "Recording",
]

RedirectType = Literal["phone", "voicemail", "menu", "sip", "sip_uri"]
RecordingStatus = Literal["on", "off", "on_email", "off_email", "on_store", "off_store"]
SpeechRecognition = Literal["all", "optional", "off"]


class PbxCreated(msgspec.Struct, kw_only=True):
    stop_datetime: str


class Extensions(msgspec.Struct, kw_only=True):
    pbx_id: int
    numbers: list[int] = []


class ExtensionStatus(msgspec.Struct, kw_only=True):
    pbx_id: int
    number: int
    is_online: bool


class Extension(msgspec.Struct, kw_only=True):
    pbx_id: int
    number: int
    name: str = ""
    caller_id: str = ""
    caller_id_app_change: bool | None = None
    caller_id_by_direction: bool | None = None
    lines: int | None = None
    ip_restriction: str | None = None
    record_store: str | None = None
    record_email: str | None = None
    supervisor_status: int | None = None


class CreatedExtensions(msgspec.Struct, kw_only=True):
    numbers: list[int] = []


class ExtensionPassword(msgspec.Struct, kw_only=True):
    """An extension's SIP password; kept out of ``repr`` so it cannot reach a log."""

    sip: str
    password: str

    def __repr__(self) -> str:
        return f"ExtensionPassword(sip={self.sip!r}, password=<hidden>)"

    __str__ = __repr__


class PasswordChanged(msgspec.Struct, kw_only=True):
    pbx_id: int
    number: int


class Recording(msgspec.Struct, kw_only=True):
    internal_number: int
    recording: str
    email: str | None = None
    speech_recognition: str | None = None


class PbxRedirection(msgspec.Struct, kw_only=True):
    current_status: Literal["on", "off"]
    pbx_id: str
    pbx_name: str
    type: str | None = None
    destination: str | None = None
    condition: str | None = None


class PbxResource(Resource):
    async def create(
        self, password: str, *, sip_id: str | None = None, user_id: int | None = None
    ) -> PbxCreated:
        """Make the PBX: it starts with extension 100 and a default "no key" scenario."""
        data = await self._call(
            "POST",
            "/v1/pbx/create/",
            {"password": password, "sip_id": sip_id},
            user_id=user_id,
        )
        return decode(data, PbxCreated)

    async def list_extensions(
        self, *, user_id: int | None = None, priority: Priority = Priority.INTERACTIVE
    ) -> Extensions:
        data = await self._call("GET", "/v1/pbx/internal/", user_id=user_id, priority=priority)
        return decode(data, Extensions)

    async def extension_status(
        self,
        number: int | str,
        *,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> ExtensionStatus:
        """Whether a phone is registered on the extension; pages poll it as BACKGROUND."""
        data = await self._call(
            "GET", f"/v1/pbx/internal/{segment(number)}/status/", user_id=user_id,
            priority=priority,
        )
        return decode(data, ExtensionStatus)

    async def extension_info(self, number: int | str, *, user_id: int | None = None) -> Extension:
        data = await self._call("GET", f"/v1/pbx/internal/{segment(number)}/info/", user_id=user_id)
        return decode(data, Extension)

    async def create_extensions(
        self,
        start_number: int | str,
        quantity: int,
        *,
        return_password: bool | None = None,
        user_id: int | None = None,
    ) -> CreatedExtensions:
        data = await self._call(
            "POST",
            "/v1/pbx/internal/create/",
            {
                "start_number": str(start_number),
                "quantity": quantity,
                "return_password": flag(return_password),
            },
            user_id=user_id,
        )
        return decode(data, CreatedExtensions)

    async def get_password(
        self, number: int | str, *, user_id: int | None = None
    ) -> ExtensionPassword:
        data = await self._call(
            "GET", f"/v1/pbx/internal/{segment(number)}/password/", user_id=user_id
        )
        return decode(data, ExtensionPassword)

    async def set_password(
        self, number: int | str, value: str, *, user_id: int | None = None
    ) -> PasswordChanged:
        data = await self._call(
            "PUT",
            f"/v1/pbx/internal/{segment(number)}/password/",
            {"value": value},
            user_id=user_id,
        )
        return decode(data, PasswordChanged)

    async def set_recording(
        self,
        number: int | str,
        status: RecordingStatus,
        *,
        email: str | None = None,
        speech_recognition: SpeechRecognition | None = None,
        user_id: int | None = None,
    ) -> Recording:
        data = await self._call(
            "PUT",
            "/v1/pbx/internal/recording/",
            {
                "id": str(number),
                "status": status,
                "email": email,
                "speech_recognition": speech_recognition,
            },
            user_id=user_id,
        )
        return decode(data, Recording)

    async def set_supervisor(
        self, number: int | str, enabled: bool, *, user_id: int | None = None
    ) -> None:
        """Supervisor mode lets the extension listen in on and join other calls."""
        await self._call(
            "PUT",
            f"/v1/pbx/internal/{segment(number)}/edit/",
            {"supervisor_status": int(enabled)},
            user_id=user_id,
        )

    async def get_redirection(
        self, pbx_number: int | str, *, user_id: int | None = None
    ) -> PbxRedirection:
        data = await self._call(
            "GET", "/v1/pbx/redirection/", {"pbx_number": str(pbx_number)}, user_id=user_id
        )
        return decode(data, PbxRedirection)

    async def set_redirection(
        self,
        pbx_number: int | str,
        type: RedirectType,
        destination: str,
        *,
        condition: Literal["always", "noanswer"] = "always",
        voicemail_greeting: Literal["no", "standart", "own"] | None = None,
        greeting_file: str | None = None,
        user_id: int | None = None,
    ) -> PbxRedirection:
        """Forward the extension's calls (``condition`` says when)."""
        data = await self._call(
            "POST",
            "/v1/pbx/redirection/",
            {
                "pbx_number": str(pbx_number),
                "status": "on",
                "type": type,
                "destination": destination,
                "condition": condition,
                "voicemail_greeting": voicemail_greeting,
                "greeting_file": greeting_file,
            },
            user_id=user_id,
        )
        return decode(data, PbxRedirection)

    async def disable_redirection(
        self, pbx_number: int | str, *, user_id: int | None = None
    ) -> PbxRedirection:
        data = await self._call(
            "POST",
            "/v1/pbx/redirection/",
            {"pbx_number": str(pbx_number), "status": "off"},
            user_id=user_id,
        )
        return decode(data, PbxRedirection)
