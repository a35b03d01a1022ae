"""Call statistics; the server allows only 3 of these a minute, so callers should cache."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Literal

import msgspec

from zaddesk.api.resources._base import Resource, decode, stamp
from zaddesk.api.transport import Priority

__all__ = ["CallRecord", "PbxCall", "PbxStatistics", "Statistics", "StatisticsResource"]

When = datetime | date | str


class CallRecord(msgspec.Struct, kw_only=True, rename={"from_": "from"}):
    """One call in the overall statistics (``cost_only`` answers fill only the cost fields)."""

    id: str = ""
    sip: str = ""
    callstart: str = ""
    from_: str = ""
    to: str = ""
    description: str = ""
    disposition: str = ""
    billseconds: int = 0
    seconds: int = 0
    cost: Decimal = Decimal(0)
    billcost: Decimal = Decimal(0)
    currency: str = ""


class Statistics(msgspec.Struct, kw_only=True):
    start: str
    end: str
    stats: list[CallRecord] = []


class PbxCall(msgspec.Struct, kw_only=True):
    call_id: str
    sip: str
    callstart: str
    clid: str
    destination: str
    disposition: str
    seconds: int
    is_recorded: bool
    pbx_call_id: str


class PbxStatistics(msgspec.Struct, kw_only=True):
    start: str
    end: str
    version: int | None = None
    stats: list[PbxCall] = []


class StatisticsResource(Resource):
    async def overall(
        self,
        start: When,
        end: When,
        *,
        sip: str | None = None,
        cost_only: bool | None = None,
        type: Literal["overall", "toll-free"] | None = None,
        skip: int | None = None,
        limit: int | None = None,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> Statistics:
        data = await self._call(
            "GET",
            "/v1/statistics/",
            {
                "start": stamp(start),
                "end": stamp(end, end=True),
                "sip": sip,
                "cost_only": cost_only,
                "type": type,
                "skip": skip,
                "limit": limit,
            },
            user_id=user_id,
            priority=priority,
        )
        return decode(data, Statistics)

    async def pbx(
        self,
        start: When,
        end: When,
        *,
        version: Literal[1, 2] = 2,
        call_type: Literal["in", "out"] | None = None,
        skip: int | None = None,
        limit: int | None = None,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> PbxStatistics:
        data = await self._call(
            "GET",
            "/v1/statistics/pbx/",
            {
                "start": stamp(start),
                "end": stamp(end, end=True),
                "version": version,
                "call_type": call_type,
                "skip": skip,
                "limit": limit,
            },
            user_id=user_id,
            priority=priority,
        )
        return decode(data, PbxStatistics)
