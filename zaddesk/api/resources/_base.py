"""What every resource namespace shares: the call into the transport and lax decoding.

The server is loose about types (ids as strings or numbers, booleans as ``"true"``), so
answers are converted leniently into ``msgspec.Struct``s; a field the spec calls a string
that arrives as a number is turned into its text first, because msgspec will not do that.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable, Mapping
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any, Protocol, TypeVar, cast
from urllib.parse import quote

import msgspec
from msgspec import inspect as mi

from zaddesk.api.transport import FileSpec, Priority

__all__ = [
    "Files",
    "Requester",
    "Resource",
    "decode",
    "flag",
    "on_off",
    "segment",
    "stamp",
]

log = logging.getLogger("zaddesk.api")

T = TypeVar("T")

Files = Mapping[str, FileSpec]


class Requester(Protocol):
    """The part of :class:`zaddesk.api.transport.Transport` the resources need."""

    async def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        *,
        files: Files | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> dict[str, Any]: ...


class Resource:
    """One API area; subclasses add a method per endpoint."""

    def __init__(self, transport: Requester) -> None:
        self._transport = transport

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    async def _call(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        *,
        user_id: int | str | None = None,
        files: Files | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> dict[str, Any]:
        sent = {k: v for k, v in (params or {}).items() if v is not None}
        if user_id is not None:
            sent["user_id"] = user_id
        return await self._transport.request(
            method, path, sent or None, files=files, priority=priority
        )


def segment(value: int | str) -> str:
    """A value placed inside the path: nothing in it may add a path level or a query."""
    return quote(str(value), safe="")


def flag(value: bool | None) -> str | None:
    """Booleans the spec types as the strings ``"true"``/``"false"``."""
    if value is None:
        return None
    return "true" if value else "false"


def on_off(value: bool | None) -> str | None:
    """Switches the spec types as ``"on"``/``"off"``."""
    if value is None:
        return None
    return "on" if value else "off"


def stamp(value: datetime | date | str, *, end: bool = False) -> str:
    """Statistics periods as the server reads them: ``YYYY-MM-DD HH:MM:SS``.

    A bare date means the whole day: its start, or its last second when it ends a period.
    """
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d ") + ("23:59:59" if end else "00:00:00")
    return value


def decode(data: Any, kind: type[T]) -> T:
    """Convert an answer (or part of one) into ``kind``, tolerating the server's loose types.

    The plain lax conversion is tried first (it is some 25 times faster than the walk that
    turns numbers into text), so only answers that need the walk pay for it.
    """
    try:
        return msgspec.convert(data, kind, strict=False)
    except msgspec.ValidationError:
        info = _info(cast(Hashable, kind))
        return msgspec.convert(_texts(data, info), kind, strict=False)


@cache
def _info(kind: Hashable) -> mi.Type:
    return mi.type_info(kind)


def _texts(data: Any, info: mi.Type) -> Any:
    """Turn numbers into strings where the target wants a string, recursively."""
    if isinstance(info, mi.StrType):
        if isinstance(data, int | float | Decimal) and not isinstance(data, bool):
            return str(data)
        return data
    if isinstance(info, mi.StructType) and isinstance(data, dict):
        out = dict(data)
        for field in info.fields:
            if field.encode_name in out:
                out[field.encode_name] = _texts(out[field.encode_name], field.type)
        return out
    if isinstance(info, mi.ListType | mi.SetType | mi.VarTupleType) and isinstance(data, list):
        return [_texts(item, info.item_type) for item in data]
    if isinstance(info, mi.DictType) and isinstance(data, dict):
        return {k: _texts(v, info.value_type) for k, v in data.items()}
    if isinstance(info, mi.UnionType):
        for option in info.types:
            if isinstance(option, mi.StructType) and isinstance(data, dict):
                return _texts(data, option)
            if isinstance(option, mi.ListType) and isinstance(data, list):
                return _texts(data, option)
        if isinstance(data, int | float) and not isinstance(data, bool):
            if any(isinstance(o, mi.IntType | mi.FloatType | mi.DecimalType) for o in info.types):
                return data
            if any(isinstance(o, mi.StrType) for o in info.types):
                return str(data)
    if isinstance(info, mi.Metadata):
        return _texts(data, info.type)
    return data
