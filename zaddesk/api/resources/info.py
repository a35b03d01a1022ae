"""Account facts and reference lists: balance, price plans, currencies, call prices."""

from __future__ import annotations

from decimal import Decimal

import msgspec

from zaddesk.api.resources._base import Resource, decode
from zaddesk.api.transport import Priority

__all__ = [
    "Balance",
    "CallPrice",
    "CurrentTariff",
    "InfoResource",
    "PackageTariffs",
    "Tariff",
    "TariffList",
    "TimeZone",
]


class Balance(msgspec.Struct, kw_only=True):
    balance: Decimal
    currency: str


class Tariff(msgspec.Struct, kw_only=True):
    tariff_id: int
    name: str
    cost: Decimal
    days: str = ""
    cost_annual: Decimal | None = None


class PackageTariffs(msgspec.Struct, kw_only=True):
    id: int
    name: str
    tariffs: list[Tariff] = []


class TariffList(msgspec.Struct, kw_only=True):
    currency: str
    tariffs: list[Tariff] = []
    package_tariffs: list[PackageTariffs] = []


class TimeZone(msgspec.Struct, kw_only=True):
    unixtime: int
    datetime: str
    timezone: str


class CallPrice(msgspec.Struct, kw_only=True):
    prefix: str
    description: str
    price: Decimal
    currency: str


class CurrentTariff(msgspec.Struct, kw_only=True):
    tariff_id: int
    tariff_name: str
    is_active: bool
    cost: Decimal
    currency: str
    used_seconds: int = 0
    used_seconds_mobile: int = 0
    used_seconds_fix: int = 0
    used_seconds_speech_recognition: int = 0
    tariff_id_for_next_period: int | None = None
    tariff_for_next_period: str | None = None


class InfoResource(Resource):
    async def balance(self, *, user_id: int | None = None) -> Balance:
        data = await self._call("GET", "/v1/info/balance/", user_id=user_id)
        return decode(data, Balance)

    async def tariffs(
        self, currency: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> TariffList:
        """Price plans a new client can be registered on (ids for ``register(tariff=...)``)."""
        data = await self._call(
            "GET", "/v1/info/lists/tariffs/", {"currency": currency}, priority=priority
        )
        return decode(data, TariffList)

    async def currencies(self, *, priority: Priority = Priority.INTERACTIVE) -> list[str]:
        data = await self._call("GET", "/v1/info/lists/currencies/", priority=priority)
        return decode(data.get("currencies") or [], list[str])

    async def languages(self, *, priority: Priority = Priority.INTERACTIVE) -> list[str]:
        data = await self._call("GET", "/v1/info/lists/languages/", priority=priority)
        return decode(data.get("languages") or [], list[str])

    async def timezone(self, *, user_id: int | None = None) -> TimeZone:
        data = await self._call("GET", "/v1/info/timezone/", user_id=user_id)
        return decode(data, TimeZone)

    async def price(
        self, number: str, *, caller_id: str | None = None, user_id: int | None = None
    ) -> CallPrice:
        data = await self._call(
            "GET",
            "/v1/info/price/",
            {"number": number, "caller_id": caller_id},
            user_id=user_id,
        )
        return decode(data["info"], CallPrice)

    async def tariff(self, *, user_id: int | None = None) -> CurrentTariff:
        data = await self._call("GET", "/v1/tariff/", user_id=user_id)
        return decode(data["info"], CurrentTariff)
