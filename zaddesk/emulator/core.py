"""What every endpoint handler shares: the request context, the error it raises, the route table.

Handlers are plain synchronous functions over SQLite; they run inside one store transaction, so a
handler that raises ``Fail`` leaves no half-applied change behind.
"""

from __future__ import annotations

import logging
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

log = logging.getLogger("zaddesk.emulator")

__all__ = [
    "ROUTES", "Clock", "Ctx", "Fail", "Handler", "Upload", "parse_amount", "parse_id",
    "parse_int", "parse_stamp", "route",
]


class Clock:
    """Wall-clock time that tests can move forward (code expiry, rate-limit windows)."""

    def __init__(self, start: float | None = None) -> None:
        self._offset = 0.0
        self._fixed = start
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            base = self._fixed if self._fixed is not None else time.time()
            return base + self._offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += seconds

    def stamp(self, offset: float = 0.0) -> str:
        """``YYYY-MM-DD HH:MM:SS`` in UTC, the API's date format."""
        return datetime.fromtimestamp(self.now() + offset, UTC).strftime("%Y-%m-%d %H:%M:%S")


class Fail(Exception):
    """An error answer: ``{"status": "error", "message": ...}`` with an HTTP status."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


# --- strict parameter parsing ---------------------------------------------------------------
# One parser per kind of value, shared by every handler, so that no handler can be lax (PHP's
# ``intval`` would not read ``1_0``, Arabic-Indic digits or ``²``) or crash on a value SQLite
# cannot hold (integers past 64 bits).

INT_MAX = 2**63 - 1
MONEY_MAX = Decimal("1000000000")
STAMP_FORMAT = "%Y-%m-%d %H:%M:%S"
_INT = re.compile(r"-?[0-9]{1,19}", re.ASCII)
_AMOUNT = re.compile(r"[0-9]{1,10}(?:\.[0-9]{1,2})?", re.ASCII)
_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}", re.ASCII)


def parse_int(raw: str, name: str) -> int:
    """A signed decimal integer in ASCII digits that fits SQLite's 64 bits; else a 400."""
    if not _INT.fullmatch(raw):
        raise Fail(f"Parameter '{name}' must be an integer")
    value = int(raw)
    if not -INT_MAX <= value <= INT_MAX:
        raise Fail(f"Parameter '{name}' is out of range")
    return value


def parse_id(raw: str, name: str) -> int:
    """An id: a non-negative integer in ASCII digits that fits SQLite's 64 bits; else a 400."""
    value = parse_int(raw, name)
    if value < 0:
        raise Fail(f"Parameter '{name}' must be a non-negative integer")
    return value


def parse_amount(raw: str, name: str) -> Decimal:
    """Money as the API takes it: ASCII digits, a dot and at most two decimals, positive and
    below ``MONEY_MAX``; no exponent, sign, underscore or other script's digits, and never
    rounded (``1.005`` is refused, not charged as 1.01)."""
    if not _AMOUNT.fullmatch(raw):
        raise Fail(
            f"Parameter '{name}' must be a positive amount with at most two decimals, like 10.50"
        )
    value = Decimal(raw)
    if value <= 0:
        raise Fail(f"Parameter '{name}' must be a positive amount")
    if value > MONEY_MAX:
        raise Fail(f"Parameter '{name}' is above the largest amount accepted ({MONEY_MAX})")
    return value


def parse_stamp(raw: str, name: str) -> datetime:
    """``YYYY-MM-DD HH:MM:SS`` in ASCII digits, a real date (naive, UTC as the API means it)."""
    if not _STAMP.fullmatch(raw):
        raise Fail(f"Parameter '{name}' must look like YYYY-MM-DD HH:MM:SS")
    try:
        return datetime.strptime(raw, STAMP_FORMAT)
    except ValueError:
        raise Fail(f"Parameter '{name}' is not a valid date and time") from None


@dataclass
class Upload:
    filename: str
    content_type: str
    data: bytes


@dataclass
class Ctx:
    db: sqlite3.Connection
    clock: Clock
    params: dict[str, Any]
    path_args: dict[str, str]
    caller: sqlite3.Row          # whose key signed the request
    account: sqlite3.Row         # whose account the request acts on (user_id resolved)
    files: dict[str, Upload] = field(default_factory=dict)
    base_url: str = ""
    extras: dict[str, Any] = field(default_factory=dict)  # what the app fetched beforehand

    # --- parameter access -------------------------------------------------------------
    def has(self, name: str) -> bool:
        value = self.params.get(name)
        return value is not None and value != ""

    def text(self, name: str, default: str | None = None) -> str:
        value = self.params.get(name)
        if value is None or value == "":
            if default is None:
                raise Fail(f"Required parameter '{name}' is missing")
            return default
        if not isinstance(value, str):
            raise Fail(f"Parameter '{name}' must be a single value")
        return value.strip()

    def integer(self, name: str, default: int | None = None) -> int:
        if not self.has(name):
            if default is None:
                raise Fail(f"Required parameter '{name}' is missing")
            return default
        return parse_int(self.text(name), name)

    def identifier(self, name: str, default: int | None = None) -> int:
        """A non-negative id from the parameters (``user_id``, ``group_id``, ...)."""
        if not self.has(name):
            if default is None:
                raise Fail(f"Required parameter '{name}' is missing")
            return default
        return parse_id(self.text(name), name)

    def path_id(self, name: str) -> int:
        """A numeric id from the path (``/groups/get/{id}/``), strictly ASCII digits."""
        return parse_id(self.path_args[name], name)

    def amount(self, name: str) -> Decimal:
        return parse_amount(self.text(name), name)

    def stamp(self, name: str, default: str | None = None) -> datetime:
        return parse_stamp(self.text(name, default), name)

    def choice(self, name: str, allowed: list[str], default: str | None = None) -> str:
        value = self.text(name, default)
        if value not in allowed:
            raise Fail(f"Parameter '{name}' must be one of: {', '.join(allowed)}")
        return value

    def phone(self, name: str = "number") -> str:
        value = self.text(name).replace(" ", "")
        if not re.fullmatch(r"\+?[0-9]{7,15}", value):
            raise Fail(f"Parameter '{name}' is not a valid phone number")
        return value.lstrip("+")

    # --- side effects ---------------------------------------------------------------------
    def send(self, to: str, kind: str, text: str, code: str) -> None:
        """Put an e-mail, SMS or call into the outbox (and the log) instead of sending it."""
        self.db.execute(
            "INSERT INTO outbox (to_addr, kind, text, code, created) VALUES (?,?,?,?,?)",
            (to, kind, text, code, self.clock.now()),
        )
        log.info("outbox %s to %s: %s", kind, to, text)

    @property
    def is_dealer(self) -> bool:
        return bool(self.caller["kind"] == "dealer")


def new_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


Handler = Callable[[Ctx], dict[str, Any]]


@dataclass(frozen=True)
class RouteSpec:
    method: str
    template: str
    pattern: re.Pattern[str]
    handler: Handler
    dealer_only: bool
    stats: bool


ROUTES: list[RouteSpec] = []
# Routes without ``{arg}``, by path (no trailing slash) and method: most requests find theirs
# in one look instead of trying every pattern in turn.
_STATIC: dict[str, dict[str, RouteSpec]] = {}


def route(method: str, template: str, *, dealer_only: bool = False) -> Callable[[Handler], Handler]:
    """Register a handler for ``METHOD /v1/path/{arg}`` (trailing slash optional on the wire)."""
    regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template.rstrip("/")))

    def register(func: Handler) -> Handler:
        spec = RouteSpec(
            method,
            template,
            re.compile(regex + "/?"),
            func,
            dealer_only,
            template.startswith("/v1/statistics"),
        )
        ROUTES.append(spec)
        ROUTES.sort(key=lambda r: r.template.count("{"))
        if "{" not in template:  # the first registered wins, as in the loop of find_route
            _STATIC.setdefault(template.rstrip("/"), {}).setdefault(method, spec)
        return func

    return register


def find_route(method: str, path: str) -> tuple[RouteSpec, dict[str, str]] | None:
    # The static routes come first in ROUTES (sorted by their number of arguments), so the
    # one found here is the one the loop below would find first.
    static = _STATIC.get(path[:-1] if path.endswith("/") else path)
    if static is not None:
        found = static.get(method)
        if found is not None:
            return found, {}
    known_path = static is not None
    for spec in ROUTES:
        if static is not None and "{" not in spec.template:
            continue  # already looked at
        match = spec.pattern.fullmatch(path)
        if match:
            known_path = True
            if spec.method == method:
                return spec, match.groupdict()
    if known_path:
        raise Fail("Method not allowed", 405)
    return None
