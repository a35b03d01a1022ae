"""Where Zadarma POSTs events: call events (call info) and the other PBX webhooks."""

from __future__ import annotations

import msgspec

from zaddesk.api.resources._base import Resource, decode, flag

__all__ = [
    "CallInfoSettings",
    "CallNotifications",
    "PbxHooks",
    "WebhookSettings",
    "WebhookUrl",
    "WebhooksResource",
]


class CallNotifications(msgspec.Struct, kw_only=True):
    notify_start: bool | None = None
    notify_internal: bool | None = None
    notify_end: bool | None = None
    notify_out_start: bool | None = None
    notify_out_end: bool | None = None
    notify_answer: bool | None = None


class CallInfoSettings(msgspec.Struct, kw_only=True):
    url: str = ""
    notifications: CallNotifications = msgspec.field(default_factory=CallNotifications)


class PbxHooks(msgspec.Struct, kw_only=True):
    number_lookup: bool | None = None
    call_tracking: bool | None = None
    sms: bool | None = None
    speech_recognition: bool | None = None


class WebhookSettings(msgspec.Struct, kw_only=True):
    url: str = ""
    hooks: PbxHooks = msgspec.field(default_factory=PbxHooks)


class WebhookUrl(msgspec.Struct, kw_only=True):
    url: str = ""


class WebhooksResource(Resource):
    async def callinfo(self, *, user_id: int | None = None) -> CallInfoSettings:
        data = await self._call("GET", "/v1/pbx/callinfo/", user_id=user_id)
        return decode(data, CallInfoSettings)

    async def set_callinfo_url(self, url: str, *, user_id: int | None = None) -> WebhookUrl:
        data = await self._call("POST", "/v1/pbx/callinfo/url/", {"url": url}, user_id=user_id)
        return decode(data, WebhookUrl)

    async def delete_callinfo_url(self, *, user_id: int | None = None) -> WebhookUrl:
        data = await self._call("DELETE", "/v1/pbx/callinfo/url/", user_id=user_id)
        return decode(data, WebhookUrl)

    async def set_callinfo_notifications(
        self,
        *,
        notify_start: bool | None = None,
        notify_internal: bool | None = None,
        notify_end: bool | None = None,
        notify_out_start: bool | None = None,
        notify_out_end: bool | None = None,
        notify_answer: bool | None = None,
        user_id: int | None = None,
    ) -> CallNotifications:
        """Switch call events on or off; an event left as ``None`` keeps its setting."""
        data = await self._call(
            "POST",
            "/v1/pbx/callinfo/notifications/",
            {
                "notify_start": flag(notify_start),
                "notify_internal": flag(notify_internal),
                "notify_end": flag(notify_end),
                "notify_out_start": flag(notify_out_start),
                "notify_out_end": flag(notify_out_end),
                "notify_answer": flag(notify_answer),
            },
            user_id=user_id,
        )
        return decode(data.get("notifications") or {}, CallNotifications)

    async def pbx_webhooks(self, *, user_id: int | None = None) -> WebhookSettings:
        data = await self._call("GET", "/v1/pbx/webhooks/", user_id=user_id)
        return decode(data, WebhookSettings)

    async def set_webhooks_url(self, url: str, *, user_id: int | None = None) -> WebhookUrl:
        data = await self._call("POST", "/v1/pbx/webhooks/url/", {"url": url}, user_id=user_id)
        return decode(data, WebhookUrl)

    async def delete_webhooks_url(self, *, user_id: int | None = None) -> WebhookUrl:
        data = await self._call("DELETE", "/v1/pbx/webhooks/url/", user_id=user_id)
        return decode(data, WebhookUrl)

    async def set_hooks(
        self,
        *,
        number_lookup: bool | None = None,
        call_tracking: bool | None = None,
        sms: bool | None = None,
        speech_recognition: bool | None = None,
        user_id: int | None = None,
    ) -> PbxHooks:
        data = await self._call(
            "POST",
            "/v1/pbx/webhooks/hooks/",
            {
                "number_lookup": flag(number_lookup),
                "call_tracking": flag(call_tracking),
                "sms": flag(sms),
                "speech_recognition": flag(speech_recognition),
            },
            user_id=user_id,
        )
        return decode(data.get("hooks") or {}, PbxHooks)
