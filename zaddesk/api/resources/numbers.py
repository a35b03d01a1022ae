"""Virtual (direct) numbers: the shop (countries, directions, free numbers, order) and the
numbers a client already has (renewal, routing, caller name, SMS, channels)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

import msgspec

from zaddesk.api.resources._base import Resource, decode, on_off, segment
from zaddesk.api.transport import Priority

__all__ = [
    "Autoprolongation",
    "AvailableNumber",
    "CallerName",
    "CheckingWrongs",
    "Country",
    "DirectNumber",
    "Direction",
    "DirectionRestrictions",
    "NumbersResource",
    "OrderResult",
    "Prolongation",
    "ReceiveSms",
    "SipAssignment",
    "TotalPaid",
    "WrongAddress",
    "WrongDocument",
]


class Country(
    msgspec.Struct,
    kw_only=True,
    rename={"country_code": "countryCode", "country_code_iso": "countryCodeIso"},
):
    country_code: str
    country_code_iso: str
    name: str


class DirectionRestrictions(msgspec.Struct, kw_only=True):
    """What the client must upload (``upload``) or state (``specify``) to get such a number."""

    upload: list[str] = []
    specify: list[str] = []


class Direction(
    msgspec.Struct, kw_only=True, rename={"country_code": "countryCode", "area_code": "areaCode"}
):
    """A city or number range in a country; its ``id`` is the ``direction_id`` to order."""

    id: str
    country_code: str
    area_code: str
    name: str
    connect_fee: Decimal
    monthly_fee: Decimal
    currency: str
    restrictions: DirectionRestrictions | None = None
    receive_sms: bool | None = None
    is_toll: bool | None = None
    feature: str | None = None
    connect_time: str | None = None


class AvailableNumber(msgspec.Struct, kw_only=True):
    id: str
    direction_id: int
    number: str


class OrderResult(msgspec.Struct, kw_only=True):
    """``is_reserved`` without ``is_activated``: waiting for documents to be checked."""

    number: str
    is_reserved: bool
    is_activated: bool


class DirectNumber(msgspec.Struct, kw_only=True):
    number: str = ""
    status: str = ""
    country: str = ""
    description: str = ""
    number_name: str | None = None
    sip: str | None = None
    sip_name: str | None = None
    start_date: str | None = None
    stop_date: str | None = None
    monthly_fee: Decimal | None = None
    currency: str = ""
    channels: int | None = None
    minutes: int | None = None
    autorenew: bool | None = None
    is_on_test: bool | None = None
    receive_sms: str | None = None
    type: str | None = None


class TotalPaid(msgspec.Struct, kw_only=True):
    amount: Decimal
    currency: str


class Prolongation(msgspec.Struct, kw_only=True):
    number: str
    stop_date: str
    total_paid: TotalPaid


class Autoprolongation(msgspec.Struct, kw_only=True):
    number: str
    autoprolongation: Literal["on", "off"]

    @property
    def enabled(self) -> bool:
        return self.autoprolongation == "on"


class CallerName(msgspec.Struct, kw_only=True):
    number: str
    caller_name: str


class SipAssignment(msgspec.Struct, kw_only=True):
    number: str
    sip_id: str


class ReceiveSms(msgspec.Struct, kw_only=True):
    number: str
    receive_sms: Literal["on", "off"]


class WrongDocument(msgspec.Struct, kw_only=True):
    document_type: str = ""
    message: str = ""


class WrongAddress(msgspec.Struct, kw_only=True):
    message: str = ""


class CheckingWrongs(msgspec.Struct, kw_only=True):
    """Why Zadarma refused a document group; both parts absent means nothing is wrong."""

    wrong_document: WrongDocument | None = None
    wrong_address: WrongAddress | None = None


class NumbersResource(Resource):
    async def countries(
        self,
        *,
        language: str | None = None,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> list[Country]:
        data = await self._call(
            "GET",
            "/v1/direct_numbers/countries/",
            {"language": language},
            user_id=user_id,
            priority=priority,
        )
        return decode(data.get("info") or [], list[Country])

    async def country(
        self,
        country: str,
        *,
        language: str | None = None,
        direction_id: int | None = None,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> list[Direction]:
        """Directions (cities, ranges) of a country given as ISO 3166-1 alpha-2."""
        data = await self._call(
            "GET",
            "/v1/direct_numbers/country/",
            {"country": country, "language": language, "direction_id": direction_id},
            user_id=user_id,
            priority=priority,
        )
        return decode(data.get("info") or [], list[Direction])

    async def available(
        self,
        direction_id: int | str,
        *,
        mask: str | None = None,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> list[AvailableNumber]:
        """At most a page of free numbers (50 on the emulator); ``mask`` digs deeper."""
        data = await self._call(
            "GET",
            f"/v1/direct_numbers/available/{segment(direction_id)}/",
            {"mask": mask},
            user_id=user_id,
            priority=priority,
        )
        return decode(data.get("numbers") or [], list[AvailableNumber])

    async def order(
        self,
        direction_id: int,
        documents_group_id: int,
        *,
        number_id: str | None = None,
        purpose: str | None = None,
        receive_sms: bool | None = None,
        period: Literal["month", "3month"] | None = None,
        autorenew_period: Literal["month", "year"] | None = None,
        user_id: int | None = None,
    ) -> OrderResult:
        """Buy a number: a chosen one (``number_id`` from :meth:`available`) or any free one."""
        data = await self._call(
            "POST",
            "/v1/direct_numbers/order/",
            {
                "direction_id": direction_id,
                "documents_group_id": documents_group_id,
                "number_id": number_id,
                "purpose": purpose,
                "receive_sms": None if receive_sms is None else int(receive_sms),
                "period": period,
                "autorenew_period": autorenew_period,
            },
            user_id=user_id,
        )
        return decode(data, OrderResult)

    async def list_numbers(
        self, *, user_id: int | None = None, priority: Priority = Priority.INTERACTIVE
    ) -> list[DirectNumber]:
        data = await self._call("GET", "/v1/direct_numbers/", user_id=user_id, priority=priority)
        return decode(data.get("info") or [], list[DirectNumber])

    async def number(self, number: str, *, user_id: int | None = None) -> DirectNumber:
        data = await self._call(
            "GET", "/v1/direct_numbers/number/", {"number": number}, user_id=user_id
        )
        return decode(data["info"], DirectNumber)

    async def prolong(
        self, number: str, months: int, *, user_id: int | None = None
    ) -> Prolongation:
        data = await self._call(
            "POST",
            "/v1/direct_numbers/prolong/",
            {"number": number, "months": months},
            user_id=user_id,
        )
        return decode(data, Prolongation)

    async def autoprolongation(
        self, number: str, *, user_id: int | None = None
    ) -> Autoprolongation:
        data = await self._call(
            "GET", "/v1/direct_numbers/autoprolongation/", {"number": number}, user_id=user_id
        )
        return decode(data, Autoprolongation)

    async def set_autoprolongation(
        self, number: str, enabled: bool, *, user_id: int | None = None
    ) -> Autoprolongation:
        data = await self._call(
            "PUT",
            "/v1/direct_numbers/autoprolongation/",
            {"number": number, "value": on_off(enabled)},
            user_id=user_id,
        )
        return decode(data, Autoprolongation)

    async def set_caller_name(
        self, number: str, caller_name: str, *, user_id: int | None = None
    ) -> CallerName:
        """Latin letters and digits, at most 30; an empty name removes it."""
        data = await self._call(
            "PUT",
            "/v1/direct_numbers/set_caller_name/",
            {"number": number, "caller_name": caller_name},
            user_id=user_id,
        )
        return decode(data, CallerName)

    async def set_sip_id(
        self,
        number: str,
        sip_id: str,
        *,
        test_mode: bool | None = None,
        user_id: int | None = None,
    ) -> SipAssignment:
        """Route the number to a SIP login or SIP URI (``1234@host``), or switch test mode."""
        data = await self._call(
            "PUT",
            "/v1/direct_numbers/set_sip_id/",
            {"number": number, "sip_id": sip_id, "test_mode": on_off(test_mode)},
            user_id=user_id,
        )
        return decode(data, SipAssignment)

    async def set_receive_sms(
        self,
        number: str,
        enabled: bool,
        *,
        documents_group_id: int | None = None,
        user_id: int | None = None,
    ) -> ReceiveSms:
        data = await self._call(
            "PUT",
            "/v1/direct_numbers/receive_sms/",
            {
                "number": number,
                "value": on_off(enabled),
                "documents_group_id": documents_group_id,
            },
            user_id=user_id,
        )
        return decode(data, ReceiveSms)

    async def incoming_channels(
        self,
        *,
        number: str | None = None,
        direction_id: int | None = None,
        currency: str | None = None,
        user_id: int | None = None,
    ) -> dict[str, Any]:
        """Channel count and prices; the spec gives the answer no shape, so it stays a dict."""
        data = await self._call(
            "GET",
            "/v1/direct_numbers/incoming_channels/",
            {"number": number, "direction_id": direction_id, "currency": currency},
            user_id=user_id,
        )
        return {k: v for k, v in data.items() if k != "status"}

    async def set_incoming_channels(
        self, number: str, channels: int, *, user_id: int | None = None
    ) -> None:
        await self._call(
            "PUT",
            "/v1/direct_numbers/incoming_channels/",
            {"number": number, "channels": channels},
            user_id=user_id,
        )

    async def checking_wrongs(self, group_id: int, *, user_id: int | None = None) -> CheckingWrongs:
        data = await self._call(
            "GET",
            "/v1/direct_numbers/checking-wrongs/",
            {"group_id": group_id},
            user_id=user_id,
        )
        return decode(data.get("info") or {}, CheckingWrongs)
