"""The dealer's clients, cached in SQLite so the clients page opens at once and searches instantly.

Why a cache: ``/v1/reseller/users/list/`` gives 50 clients a page inside a limit of 100
requests a minute shared by every rep on the key, so a dealer with thousands of clients
cannot wait for the server to show the table or to search it.  The page shows
``load_all()`` at start, then runs ``refresh()`` in the background (low priority, so it
yields to the rep's own requests) and reloads as pages arrive.

Public interface (synchronous SQLite calls are a few milliseconds; the network is async)::

    cache = ClientsCache(path=None, profile="main")      # one file per dealer profile
    cache.load_all(order_by="id", descending=False) -> list[ClientRow]
    cache.search("kowal", order_by="email") -> list[ClientRow]
    cache.get(client_id) -> ClientRow | None
    cache.count(); cache.last_refresh() -> float | None (epoch seconds)
    async for p in cache.refresh(api): ...               # RefreshProgress(page, pages, total)
    await cache.find_remote(api, id=..., email=..., sip=...) -> ClientRow | None
    await cache.lookup(api, "40012") -> ClientRow | None  # e-mail, id or SIP as typed
    matches(row, text) -> bool, the same rule as ``search`` for filtering rows in memory

``ClientRow`` is a plain ``NamedTuple`` (cheap to build for 5,000 rows, easy for a table
model to index by column number: ``COLUMNS`` gives the order).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from zaddesk.api.errors import ApiError

if TYPE_CHECKING:
    from zaddesk.api.client import Zadarma

__all__ = [
    "COLUMNS",
    "SORTABLE",
    "ClientRow",
    "ClientsCache",
    "RefreshProgress",
    "default_cache_path",
    "lookup_candidates",
    "lookup_params",
    "matches",
]

log = logging.getLogger("zaddesk.core.clients")


class ClientRow(NamedTuple):
    id: int
    email: str
    first_name: str
    last_name: str
    organization: str
    phone: str
    balance: str
    currency: str
    is_active: bool
    created: str
    last_login: str
    sips_count: int
    allow_topup: bool | None
    allow_api_requests: bool | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


COLUMNS: tuple[str, ...] = ClientRow._fields

# What a column header sorts by: text without regard to case, money as a number.
SORTABLE: dict[str, str] = {
    "id": "id",
    "email": "email COLLATE NOCASE",
    "first_name": "first_name COLLATE NOCASE",
    "last_name": "last_name COLLATE NOCASE",
    "name": "last_name COLLATE NOCASE, first_name COLLATE NOCASE",
    "organization": "organization COLLATE NOCASE",
    "phone": "phone",
    "balance": "CAST(balance AS REAL)",
    "currency": "currency",
    "is_active": "is_active",
    "created": "created",
    "last_login": "last_login",
    "sips_count": "sips_count",
    "allow_topup": "allow_topup",
    "allow_api_requests": "allow_api_requests",
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS clients (
    id                 INTEGER PRIMARY KEY,
    email              TEXT NOT NULL DEFAULT '',
    first_name         TEXT NOT NULL DEFAULT '',
    last_name          TEXT NOT NULL DEFAULT '',
    organization       TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    balance            TEXT NOT NULL DEFAULT '',
    currency           TEXT NOT NULL DEFAULT '',
    is_active          INTEGER NOT NULL DEFAULT 0,
    created            TEXT NOT NULL DEFAULT '',
    last_login         TEXT NOT NULL DEFAULT '',
    sips_count         INTEGER NOT NULL DEFAULT 0,
    allow_topup        INTEGER,
    allow_api_requests INTEGER,
    haystack           TEXT NOT NULL DEFAULT '',
    digits             TEXT NOT NULL DEFAULT '',
    generation         INTEGER NOT NULL DEFAULT 0,
    fetched_at         REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS clients_email ON clients(email COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS clients_name
    ON clients(last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS clients_org ON clients(organization COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS clients_digits ON clients(digits);
CREATE INDEX IF NOT EXISTS clients_generation ON clients(generation);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)
"""

_SELECT = "SELECT " + ", ".join(COLUMNS) + " FROM clients"
_NON_DIGITS = re.compile(r"\D+")
_PHONE_LIKE = re.compile(r"^[+\d][\d\s()./-]*$")


@dataclass(frozen=True, slots=True)
class RefreshProgress:
    """One page stored: ``page`` of ``pages``; ``total`` clients on the server."""

    page: int
    pages: int
    total: int
    done: bool = False

    @property
    def fraction(self) -> float:
        return 1.0 if self.pages <= 0 else min(1.0, self.page / self.pages)


def default_cache_path(profile: str = "") -> Path:
    import platformdirs

    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", profile) or "default"
    base = Path(platformdirs.user_data_dir("zaddesk", appauthor=False))
    return base / "clients" / f"{safe}.sqlite3"


def profile_cache_path(profile: str) -> Path:
    """Where a profile's clients cache lives, beside the profile's other data."""
    from zaddesk.core.profiles import data_dir

    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", profile) or "default"
    return data_dir() / "clients" / f"{safe}.sqlite3"


def _get(user: Any, name: str, default: Any = None) -> Any:
    if isinstance(user, Mapping):
        return user.get(name, default)
    return getattr(user, name, default)


def _flag(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return 1 if value.strip().lower() in ("true", "1", "yes") else 0
    return 1 if value else 0


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _haystack(values: Iterable[str]) -> str:
    return " ".join(v for v in values if v).casefold()


def _words(text: str) -> list[str]:
    return [w for w in text.casefold().split() if w]


def _digit_query(text: str) -> str:
    """The digits of a query that looks like a phone number (3 digits or more), else ``""``."""
    stripped = text.strip()
    if not _PHONE_LIKE.match(stripped):
        return ""
    digits = _NON_DIGITS.sub("", stripped)
    return digits if len(digits) >= 3 else ""


def matches(row: ClientRow, text: str) -> bool:
    """True when ``row`` is what ``search(text)`` would find (every word somewhere)."""
    digits = _digit_query(text)
    if digits and digits in _NON_DIGITS.sub("", row.phone):
        return True
    hay = _haystack(
        (str(row.id), row.email, row.first_name, row.last_name, row.organization, row.phone)
    )
    return all(w in hay for w in _words(text))


def lookup_candidates(text: str) -> list[dict[str, Any]]:
    """What to ask ``/users/find/`` for, most likely first: e-mail, client id, SIP login.

    A plain number may be a client id or a SIP login, so both are tried.
    """
    value = text.strip()
    if not value:
        return []
    if "@" in value:
        return [{"email": value}]
    if re.fullmatch(r"[1-9][0-9]{0,17}", value):  # ASCII only: int("²") would raise
        return [{"id": int(value)}, {"sip": value}]
    return [{"sip": value}]


def lookup_params(text: str) -> dict[str, Any]:
    """The most likely single lookup for ``text`` (see :func:`lookup_candidates`)."""
    candidates = lookup_candidates(text)
    return candidates[0] if candidates else {}


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class ClientsCache:
    """One dealer's clients in one SQLite file (WAL, so the GUI reads while a refresh writes)."""

    def __init__(self, path: str | Path | None = None, *, profile: str = "") -> None:
        self.path = Path(path) if path is not None else default_cache_path(profile)
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        # Here, not at the top: the Clients page (the first page of a first start) imports
        # this module, and the cache opens only once a profile is connected.
        import sqlite3

        self._db = sqlite3.connect(
            str(self.path), isolation_level=None, check_same_thread=False, timeout=10.0
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last page is fine
        with self._lock:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)

    def __repr__(self) -> str:
        return f"ClientsCache({str(self.path)!r})"

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> ClientsCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------

    def upsert(self, users: Iterable[Any], *, generation: int | None = None) -> int:
        """Store clients as the API gives them (``SubUser`` structs or dicts); returns the count."""
        now = time.time()
        rows = []
        for user in users:
            uid = int(_get(user, "id"))
            email = _text(_get(user, "email"))
            first = _text(_get(user, "first_name"))
            last = _text(_get(user, "last_name"))
            org = _text(_get(user, "organization"))
            phone = _text(_get(user, "phone"))
            rows.append(
                (
                    uid,
                    email,
                    first,
                    last,
                    org,
                    phone,
                    _text(_get(user, "balance")),
                    _text(_get(user, "currency")),
                    _flag(_get(user, "is_active")) or 0,
                    _text(_get(user, "created")),
                    _text(_get(user, "last_login")),
                    int(_get(user, "sips_count") or 0),
                    _flag(_get(user, "allow_topup")),
                    _flag(_get(user, "allow_api_requests")),
                    _haystack((str(uid), email, first, last, org, phone)),
                    _NON_DIGITS.sub("", phone),
                    generation if generation is not None else self._generation(),
                    now,
                )
            )
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    "INSERT INTO clients VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                    "ON CONFLICT(id) DO UPDATE SET email=excluded.email, "
                    "first_name=excluded.first_name, last_name=excluded.last_name, "
                    "organization=excluded.organization, phone=excluded.phone, "
                    "balance=excluded.balance, currency=excluded.currency, "
                    "is_active=excluded.is_active, created=excluded.created, "
                    "last_login=excluded.last_login, sips_count=excluded.sips_count, "
                    "allow_topup=excluded.allow_topup, "
                    "allow_api_requests=excluded.allow_api_requests, "
                    "haystack=excluded.haystack, digits=excluded.digits, "
                    "generation=MAX(generation, excluded.generation), "
                    "fetched_at=excluded.fetched_at",
                    rows,
                )
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        return len(rows)

    def _meta(self, name: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def _set_meta(self, name: str, value: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO meta(name, value) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (name, value),
            )

    def _generation(self) -> int:
        return int(self._meta("generation") or 0)

    def last_refresh(self) -> float | None:
        """When a full refresh last finished (epoch seconds), or ``None`` if never."""
        value = self._meta("last_refresh")
        return None if value is None else float(value)

    # -- reading ----------------------------------------------------------------------

    def _order(self, order_by: str, descending: bool) -> str:
        try:
            key = SORTABLE[order_by]
        except KeyError:
            raise ValueError(f"cannot sort clients by {order_by!r}") from None
        direction = " DESC" if descending else ""
        parts = [p + direction for p in key.split(", ")]
        return " ORDER BY " + ", ".join(parts) + ", id" + direction

    def _rows(self, sql: str, args: Iterable[Any] = ()) -> list[ClientRow]:
        with self._lock:
            rows = self._db.execute(sql, tuple(args)).fetchall()
        make = ClientRow._make
        out = [make(r) for r in rows]
        return out

    def load_all(self, order_by: str = "id", *, descending: bool = False) -> list[ClientRow]:
        return self._rows(_SELECT + self._order(order_by, descending))

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM clients").fetchone()[0])

    def get(self, client_id: int) -> ClientRow | None:
        rows = self._rows(_SELECT + " WHERE id = ?", (int(client_id),))
        return rows[0] if rows else None

    def search(
        self,
        text: str,
        order_by: str = "id",
        *,
        descending: bool = False,
        limit: int | None = None,
    ) -> list[ClientRow]:
        """Clients whose id, name, e-mail, organisation or phone hold every word of ``text``.

        A query that looks like a phone number also matches by digits, so ``601 234``
        finds ``+48601234567``.
        """
        words = _words(text)
        if not words:
            rows = self.load_all(order_by, descending=descending)
            return rows[:limit] if limit is not None else rows
        where = " AND ".join("haystack LIKE ? ESCAPE '\\'" for _ in words)
        args: list[Any] = [_like(w) for w in words]
        digits = _digit_query(text)
        if digits:
            where = f"({where}) OR digits LIKE ?"
            args.append(f"%{digits}%")
        sql = _SELECT + " WHERE " + where + self._order(order_by, descending)
        if limit is not None:
            sql += " LIMIT ?"
            args.append(int(limit))
        return self._rows(sql, args)

    # -- network ----------------------------------------------------------------------

    async def refresh(self, api: Zadarma) -> AsyncIterator[RefreshProgress]:
        """Fetch every page at background priority, storing each as it arrives.

        Clients that no longer come back from the server are dropped only after the last
        page, so a refresh cut short (cancelled, network lost) never empties the table.
        """
        from zaddesk.api.ratelimit import Priority  # asyncio & co.: not before the first page

        generation = self._generation() + 1
        page = 1
        pages = 1
        total = 0
        while True:
            current = await api.reseller.list_users(page, priority=Priority.BACKGROUND)
            self.upsert(current.users, generation=generation)
            pages = max(int(current.total_pages), 1)
            total = int(current.total)
            last = not current.users or current.page >= pages
            if last:
                break
            yield RefreshProgress(page=current.page, pages=pages, total=total)
            page = current.page + 1
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM clients WHERE generation < ?", (generation,))
            self._db.execute("COMMIT")
        self._set_meta("generation", str(generation))
        self._set_meta("last_refresh", repr(time.time()))
        log.info("clients refreshed: %d on %d pages", total, pages)
        yield RefreshProgress(page=pages, pages=pages, total=total, done=True)

    async def find_remote(
        self,
        api: Zadarma,
        *,
        id: int | None = None,
        email: str | None = None,
        sip: str | None = None,
    ) -> ClientRow | None:
        """Ask the server for a client not (yet) in the cache; store and return it if found."""
        try:
            user = await api.reseller.find_user(id=id, email=email, sip=sip)
        except ApiError as exc:
            if exc.status_code in (400, 404):
                return None
            raise
        self.upsert([user])
        return self.get(int(user.id))

    async def lookup(self, api: Zadarma, text: str) -> ClientRow | None:
        """Find what the rep typed (e-mail, id or SIP) on the server; cache and return it."""
        for params in lookup_candidates(text):
            found = await self.find_remote(api, **params)
            if found is not None:
                return found
        return None
