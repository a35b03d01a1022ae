"""SIP logins of an account: list, online status, caller id, forwarding, password."""

from __future__ import annotations

from typing import Literal

import msgspec

from zaddesk.api.resources._base import Resource, decode, on_off, segment
from zaddesk.api.transport import Priority

__all__ = [
    "SipAccount",
    "SipCallerId",
    "SipList",
    "SipRedirection",
    "SipRedirectionChange",
    "SipResource",
    "SipStatus",
]


class SipAccount(msgspec.Struct, kw_only=True):
    id: str
    display_name: str = ""
    lines: int = 0


class SipList(msgspec.Struct, kw_only=True):
    """``left``: how many more SIP logins the account may create."""

    sips: list[SipAccount] = []
    left: int = 0


class SipStatus(msgspec.Struct, kw_only=True):
    sip: str
    is_online: bool


class SipCallerId(msgspec.Struct, kw_only=True):
    sip: str
    new_caller_id: str


class SipRedirection(msgspec.Struct, kw_only=True):
    sip_id: str
    status: Literal["on", "off"]
    condition: str = ""
    destination: str = ""
    destination_value: str = ""


class SipRedirectionChange(msgspec.Struct, kw_only=True):
    sip: str
    current_status: str | None = None
    destination: str | None = None


class SipResource(Resource):
    async def list_sips(
        self, *, user_id: int | None = None, priority: Priority = Priority.INTERACTIVE
    ) -> SipList:
        data = await self._call("GET", "/v1/sip/", user_id=user_id, priority=priority)
        return decode(data, SipList)

    async def status(self, sip: str, *, user_id: int | None = None) -> SipStatus:
        data = await self._call("GET", f"/v1/sip/{segment(sip)}/status/", user_id=user_id)
        return decode(data, SipStatus)

    async def set_caller_id(
        self, sip: str, number: str, *, user_id: int | None = None
    ) -> SipCallerId:
        data = await self._call(
            "PUT", "/v1/sip/callerid/", {"id": sip, "number": number}, user_id=user_id
        )
        return decode(data, SipCallerId)

    async def redirection(
        self, sip: str | None = None, *, user_id: int | None = None
    ) -> list[SipRedirection]:
        data = await self._call("GET", "/v1/sip/redirection/", {"id": sip}, user_id=user_id)
        return decode(data.get("info") or [], list[SipRedirection])

    async def set_redirection_status(
        self, sip: str, enabled: bool, *, user_id: int | None = None
    ) -> SipRedirectionChange:
        data = await self._call(
            "PUT",
            "/v1/sip/redirection/",
            {"id": sip, "status": on_off(enabled)},
            user_id=user_id,
        )
        return decode(data, SipRedirectionChange)

    async def set_redirection_to_phone(
        self,
        sip: str,
        number: str,
        *,
        condition: Literal["always", "unavailable"] | None = None,
        user_id: int | None = None,
    ) -> SipRedirectionChange:
        data = await self._call(
            "PUT",
            "/v1/sip/redirection/",
            {"id": sip, "type": "phone", "number": number, "condition": condition},
            user_id=user_id,
        )
        return decode(data, SipRedirectionChange)

    async def create(
        self,
        name: str,
        password: str,
        callerid: str,
        *,
        redirect_to_phone: str | None = None,
        user_id: int | None = None,
    ) -> str:
        """A new SIP login; returns its id."""
        data = await self._call(
            "POST",
            "/v1/sip/create/",
            {
                "name": name,
                "password": password,
                "callerid": callerid,
                "redirect_to_phone": redirect_to_phone,
            },
            user_id=user_id,
        )
        return decode(data["sip"], str)

    async def set_password(self, sip: str, value: str, *, user_id: int | None = None) -> None:
        await self._call(
            "PUT", f"/v1/sip/{segment(sip)}/password/", {"value": value}, user_id=user_id
        )
