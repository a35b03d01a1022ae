"""The number shop's catalogue, cached in SQLite so a second look costs no request.

Why: countries and directions (with prices) change rarely, while every request counts against a
limit of 100 a minute shared by every rep on the dealer key; free numbers change as others buy
them, but not within a few minutes. So countries and directions are kept a day per language (and
per price currency, since the server converts fees into the account's currency), free numbers of
a direction a few minutes per mask. Every answer carries the moment it was fetched, so the page
can say "prices from 10:42" and offer a refresh.

Public interface::

    cache = CatalogCache(path=None, profile="main")   # one file per dealer profile
    catalog = Catalog(api, cache)
    await catalog.countries("pl") -> Cached[list[Country]]
    await catalog.directions("PL", "pl", "PLN", user_id=210001) -> Cached[list[Direction]]
    await catalog.available(1001, "22", priority=Priority.BACKGROUND) -> Cached[list[...]]
    catalog.peek_available(1001, "22") -> Cached[...] | None   # fresh cache only, no request
    catalog.forget_available(1001)                              # after an order
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

import msgspec

from zaddesk.api.ratelimit import Priority
from zaddesk.api.resources.numbers import AvailableNumber, Country, Direction

if TYPE_CHECKING:
    from zaddesk.api.client import Zadarma

__all__ = [
    "AVAILABLE_TTL",
    "CATALOGUE_TTL",
    "Cached",
    "Catalog",
    "CatalogCache",
    "default_catalog_path",
]

T = TypeVar("T")

CATALOGUE_TTL = 86_400.0  # countries and directions: a day
AVAILABLE_TTL = 300.0  # free numbers: five minutes

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    fetched_at REAL NOT NULL,
    payload    BLOB NOT NULL,
    PRIMARY KEY (kind, key)
)
"""


@dataclass(frozen=True, slots=True)
class Cached(Generic[T]):
    """An answer and when it was fetched from the server (epoch seconds)."""

    value: T
    fetched_at: float
    from_cache: bool

    def age(self, now: float | None = None) -> float:
        return max(0.0, (time.time() if now is None else now) - self.fetched_at)


def default_catalog_path(profile: str = "") -> Path:
    from zaddesk.core.profiles import data_dir

    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", profile) or "default"
    return data_dir() / "catalog" / f"{safe}.sqlite3"


class CatalogCache:
    """Answers by (kind, key) with their fetch time; a cache, so a lost write is harmless."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        profile: str = "",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path) if path is not None else default_catalog_path(profile)
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.clock = clock
        self._lock = threading.RLock()
        self._db = sqlite3.connect(
            str(self.path), isolation_level=None, check_same_thread=False, timeout=10.0
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)

    def __repr__(self) -> str:
        return f"CatalogCache({str(self.path)!r})"

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def get(self, kind: str, key: str, ttl: float) -> tuple[bytes, float] | None:
        """The payload and its fetch time if younger than ``ttl`` seconds."""
        with self._lock:
            row = self._db.execute(
                "SELECT payload, fetched_at FROM entries WHERE kind = ? AND key = ?", (kind, key)
            ).fetchone()
        if row is None:
            return None
        payload, fetched_at = bytes(row[0]), float(row[1])
        now = self.clock()
        if now - fetched_at >= ttl or fetched_at > now + 60:
            return None
        return payload, fetched_at

    def put(self, kind: str, key: str, payload: bytes, fetched_at: float | None = None) -> float:
        at = self.clock() if fetched_at is None else fetched_at
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO entries (kind, key, fetched_at, payload)"
                " VALUES (?, ?, ?, ?)",
                (kind, key, at, payload),
            )
        return at

    def forget(self, kind: str, key_prefix: str = "") -> None:
        escaped = key_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self._lock:
            self._db.execute(
                "DELETE FROM entries WHERE kind = ? AND key LIKE ? ESCAPE '\\'",
                (kind, escaped + "%"),
            )

    def find_direction(self, direction_id: int | str) -> tuple[str, Direction] | None:
        """A direction already read by the shop, with its country's ISO code: another page
        handed only its id (the documents page's checklist) learns its needs without a request.
        """
        with self._lock:
            rows = self._db.execute(
                "SELECT key, payload FROM entries WHERE kind = 'directions'"
                " ORDER BY fetched_at DESC"
            ).fetchall()
        wanted = str(direction_id)
        for key, payload in rows:
            try:
                directions = msgspec.json.decode(bytes(payload), type=list[Direction])
            except msgspec.DecodeError:
                continue
            for direction in directions:
                if str(direction.id) == wanted:
                    return str(key).split(":", 1)[0], direction
        return None

    def purge(self, older_than: float = CATALOGUE_TTL) -> None:
        """Drop entries nobody may read any more, so the file does not grow forever."""
        with self._lock:
            self._db.execute(
                "DELETE FROM entries WHERE fetched_at < ?", (self.clock() - older_than,)
            )


class Catalog:
    """The cache in front of the shop's read-only API calls."""

    def __init__(
        self,
        api: Zadarma,
        cache: CatalogCache,
        *,
        catalogue_ttl: float = CATALOGUE_TTL,
        available_ttl: float = AVAILABLE_TTL,
    ) -> None:
        self.api = api
        self.cache = cache
        self.catalogue_ttl = catalogue_ttl
        self.available_ttl = available_ttl

    def __repr__(self) -> str:
        return f"Catalog({self.cache!r})"

    async def _cached(
        self,
        kind: str,
        key: str,
        ttl: float,
        kind_type: type[list[T]],
        fetch: Callable[[], Awaitable[list[T]]],
        refresh: bool,
    ) -> Cached[list[T]]:
        if not refresh:
            hit = self._peek(kind, key, ttl, kind_type)
            if hit is not None:
                return hit
        value = await fetch()
        at = self.cache.put(kind, key, msgspec.json.encode(value))
        return Cached(value, at, False)

    def _peek(
        self, kind: str, key: str, ttl: float, kind_type: type[list[T]]
    ) -> Cached[list[T]] | None:
        found = self.cache.get(kind, key, ttl)
        if found is None:
            return None
        payload, at = found
        try:
            value = msgspec.json.decode(payload, type=kind_type)
        except msgspec.DecodeError:
            return None
        return Cached(value, at, True)

    async def countries(
        self, language: str, *, refresh: bool = False, user_id: int | None = None
    ) -> Cached[list[Country]]:
        return await self._cached(
            "countries",
            language,
            self.catalogue_ttl,
            list[Country],
            lambda: self.api.numbers.countries(language=language, user_id=user_id),
            refresh,
        )

    async def directions(
        self,
        country: str,
        language: str,
        currency: str,
        *,
        refresh: bool = False,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> Cached[list[Direction]]:
        """Fees come in the acting account's currency, hence ``currency`` in the key."""
        return await self._cached(
            "directions",
            f"{country.upper()}:{language}:{currency.upper()}",
            self.catalogue_ttl,
            list[Direction],
            lambda: self.api.numbers.country(
                country.upper(), language=language, user_id=user_id, priority=priority
            ),
            refresh,
        )

    async def available(
        self,
        direction_id: int | str,
        mask: str = "",
        *,
        refresh: bool = False,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> Cached[list[AvailableNumber]]:
        return await self._cached(
            "available",
            f"{direction_id}:{mask}",
            self.available_ttl,
            list[AvailableNumber],
            lambda: self.api.numbers.available(
                direction_id, mask=mask or None, user_id=user_id, priority=priority
            ),
            refresh,
        )

    def peek_available(
        self, direction_id: int | str, mask: str = ""
    ) -> Cached[list[AvailableNumber]] | None:
        return self._peek(
            "available", f"{direction_id}:{mask}", self.available_ttl, list[AvailableNumber]
        )

    def forget_available(self, direction_id: int | str) -> None:
        """Someone bought from this direction: its free numbers are stale, every mask."""
        self.cache.forget("available", f"{direction_id}:")
