"""The WebRTC call widget a client puts on a website (the spec types ``user_id`` as text here)."""

from __future__ import annotations

from typing import Literal

import msgspec

from zaddesk.api.resources._base import Resource, decode

__all__ = ["WebrtcInfo", "WebrtcResource", "WidgetSettings"]

Shape = Literal["square", "rounded"]
Position = Literal["top_left", "top_right", "bottom_right", "bottom_left"]


class WidgetSettings(msgspec.Struct, kw_only=True):
    shape: str | None = None
    position: str | None = None


class WebrtcInfo(msgspec.Struct, kw_only=True):
    is_exists: bool
    domains: list[str] = []
    settings: WidgetSettings = msgspec.field(default_factory=WidgetSettings)


def _uid(user_id: int | None) -> str | None:
    return None if user_id is None else str(user_id)


class WebrtcResource(Resource):
    async def create(self, domain: str, *, user_id: int | None = None) -> None:
        await self._call("POST", "/v1/webrtc/create/", {"domain": domain}, user_id=_uid(user_id))

    async def get(self, *, user_id: int | None = None) -> WebrtcInfo:
        data = await self._call("GET", "/v1/webrtc/", user_id=_uid(user_id))
        return decode(data, WebrtcInfo)

    async def update(
        self,
        *,
        shape: Shape | None = None,
        position: Position | None = None,
        user_id: int | None = None,
    ) -> None:
        await self._call(
            "PUT", "/v1/webrtc/", {"shape": shape, "position": position}, user_id=_uid(user_id)
        )

    async def delete(self, *, user_id: int | None = None) -> None:
        await self._call("DELETE", "/v1/webrtc/", user_id=_uid(user_id))

    async def add_domain(self, domain: str, *, user_id: int | None = None) -> None:
        await self._call("POST", "/v1/webrtc/domain/", {"domain": domain}, user_id=_uid(user_id))

    async def delete_domain(self, domain: str, *, user_id: int | None = None) -> None:
        await self._call("DELETE", "/v1/webrtc/domain/", {"domain": domain}, user_id=_uid(user_id))

    async def get_key(self, sip: str, *, user_id: int | None = None) -> str:
        """A short-lived key the widget logs in with; it is a credential, so never log it."""
        data = await self._call("GET", "/v1/webrtc/get_key/", {"sip": sip}, user_id=_uid(user_id))
        return decode(data["key"], str)
