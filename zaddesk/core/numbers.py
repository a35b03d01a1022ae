"""Free numbers as the shop shows them: the local filter and the whole-country search.

Why a local filter: the server's ``mask`` only finds digits anywhere and costs a request, while
a rep looking for a number a client will remember types "ends with 00", "22xx00" or asks for
"nice" numbers (777, 1234, 1212) and expects the table to follow every keystroke, over tens of
thousands of numbers once a country has been searched.

Why a whole-country search: the API searches one direction (city) per call and a rep would loop
over every city by hand. Here one mask goes over every direction, in the background, through the
shared rate limiter at BACKGROUND priority and leaving a few slots free, so the rest of the
console keeps answering within a second; results stream in per direction and the cache makes
a second run of the same search instant.

Public interface::

    rows = shop_numbers(available, direction)          # list[ShopNumber]
    flt = NumberFilter.parse("22xx00", nice=False)     # FilterError on bad input
    flt.select(rows) -> list[int]; flt.spans(row) -> list[tuple[int, int]]
    async for update in search_country(catalog, directions, "77", user_id=...): ...
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncGenerator, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from zaddesk.api.errors import ApiError, NetworkError
from zaddesk.api.ratelimit import Priority
from zaddesk.api.resources.numbers import AvailableNumber, Direction

if TYPE_CHECKING:
    from zaddesk.core.catalog import Catalog

__all__ = [
    "FilterError",
    "NumberFilter",
    "NumberIndex",
    "SearchUpdate",
    "ShopNumber",
    "check_mask",
    "nice_spans",
    "search_country",
    "shop_numbers",
]


class ShopNumber(NamedTuple):
    """A free number with where its national and subscriber parts start (for "starts with")."""

    number: str  # digits, country code first, no "+"
    number_id: str
    direction_id: int
    national_at: int  # index after the country code
    subscriber_at: int  # index after the area code
    city: str = ""


def shop_numbers(available: Sequence[AvailableNumber], direction: Direction) -> list[ShopNumber]:
    cc = len(direction.country_code)
    area = cc + len(direction.area_code)
    prefix = direction.country_code + direction.area_code
    out: list[ShopNumber] = []
    for item in available:
        number = item.number.lstrip("+")
        sub = area if number.startswith(prefix) else cc
        out.append(ShopNumber(number, item.id, int(item.direction_id), cc, sub, direction.name))
    return out


class FilterError(ValueError):
    """The filter text cannot be read; ``reason`` is a code the GUI turns into words."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason
        self.text = text


_IGNORED = str.maketrans("", "", " -().+/\t")
_ALLOWED = re.compile(r"^\^?\*?[0-9x?*]*\*?\$?$")

# "Nice" runs: a digit three times or more, ladders of four or more up or down, abab, aabb.
_NICE = re.compile(
    r"(\d)\1{2,}"
    r"|(?:0(?=1)|1(?=2)|2(?=3)|3(?=4)|4(?=5)|5(?=6)|6(?=7)|7(?=8)|8(?=9)){3,}\d"
    r"|(?:9(?=8)|8(?=7)|7(?=6)|6(?=5)|5(?=4)|4(?=3)|3(?=2)|2(?=1)|1(?=0)){3,}\d"
    r"|(\d)(?!\2)(\d)\2\3"
    r"|(\d)\4(?!\4)(\d)\5"
)


def nice_spans(number: str, start: int = 0) -> list[tuple[int, int]]:
    """Where ``number`` (from ``start``, the subscriber part) has something memorable."""
    return [m.span() for m in _NICE.finditer(number, start)]


def check_mask(text: str) -> str:
    """The server's ``mask``: digits only (spaces and ``+`` dropped). ``FilterError`` if not."""
    mask = text.translate(_IGNORED)
    if mask and not mask.isdigit():
        raise FilterError("mask_digits", text)
    return mask


@dataclass(frozen=True, slots=True)
class NumberFilter:
    """A parsed filter: digits anywhere (``22``), starts with (``^22`` or ``22*``), ends with
    (``*00`` or ``00$``), ``x`` or ``?`` for any digit (``22xx00``), ``*`` inside for any run,
    optionally only "nice" numbers. Letters other than ``x`` are refused."""

    text: str = ""
    nice: bool = False
    body: str = ""
    start: bool = False
    end: bool = False
    pattern: re.Pattern[str] | None = None

    @classmethod
    def parse(cls, text: str, *, nice: bool = False) -> NumberFilter:
        raw = text.strip().lower().translate(_IGNORED).replace("?", "x")
        if not raw or raw in ("^", "$", "*"):
            return cls(text, nice)
        if not _ALLOWED.match(raw):
            raise FilterError("filter_chars", text)
        start = raw.startswith("^")
        end = raw.endswith("$")
        raw = raw.removeprefix("^").removesuffix("$")
        if raw.endswith("*") and not raw.startswith("*"):
            start = True
        if raw.startswith("*") and not raw.endswith("*"):
            end = True
        body = raw.strip("*")
        if not body:
            return cls(text, nice)
        pattern: re.Pattern[str] | None = None
        if not body.isdigit() or start or end:
            regex = "".join(
                r"\d" if ch == "x" else (r"\d*?" if ch == "*" else ch) for ch in body
            )
            pattern = re.compile(regex + ("$" if end else ""))
        return cls(text, nice, body, start, end, pattern)

    @property
    def empty(self) -> bool:
        return not self.body and not self.nice

    def _text_match(self, row: ShopNumber) -> bool:
        number = row.number
        pattern = self.pattern
        if pattern is None:
            return not self.body or self.body in number
        if self.start:
            return bool(
                pattern.match(number)
                or pattern.match(number, row.national_at)
                or pattern.match(number, row.subscriber_at)
            )
        return pattern.search(number) is not None

    def matches(self, row: ShopNumber) -> bool:
        if self.body and not self._text_match(row):
            return False
        return not self.nice or _NICE.search(row.number, row.subscriber_at) is not None

    def select(self, rows: Sequence[ShopNumber], index: NumberIndex | None = None) -> list[int]:
        """Indices of the rows that match, in order. With ``index`` (over the same rows),
        patterns run once over all rows and "nice" is looked up, not computed."""
        if self.empty:
            return list(range(len(rows)))
        if index is None or len(index.rows) != len(rows):
            if self.pattern is None and not self.nice:
                body = self.body
                return [i for i, row in enumerate(rows) if body in row.number]
            match = self.matches
            return [i for i, row in enumerate(rows) if match(row)]
        found: list[int] | None = None
        if self.body:
            if self.pattern is None:
                body = self.body
                found = [i for i, number in enumerate(index.numbers) if body in number]
            else:
                regex = self.pattern.pattern.removesuffix("$")
                if self.start:
                    found = sorted(
                        set(index.lines(regex, 0, start=True, end=self.end))
                        | set(index.lines(regex, 1, start=True, end=self.end))
                        | set(index.lines(regex, 2, start=True, end=self.end))
                    )
                else:
                    found = index.lines(regex, 0, start=False, end=self.end)
        if self.nice:
            nice = index.nice
            if found is None:
                return [i for i, flag in enumerate(nice) if flag]
            return [i for i in found if nice[i]]
        return found if found is not None else list(range(len(rows)))

    def spans(self, row: ShopNumber) -> list[tuple[int, int]]:
        """What to highlight in ``row.number``: the text matches, then nice runs."""
        found: list[tuple[int, int]] = []
        number = row.number
        if self.body:
            if self.pattern is None:
                at = number.find(self.body)
                while at >= 0:
                    found.append((at, at + len(self.body)))
                    at = number.find(self.body, at + len(self.body))
            elif self.start:
                for pos in (row.subscriber_at, row.national_at, 0):
                    m = self.pattern.match(number, pos)
                    if m:
                        found.append(m.span())
                        break
            else:
                found.extend(m.span() for m in self.pattern.finditer(number))
        if self.nice:
            found.extend(nice_spans(number, row.subscriber_at))
        return merge_spans(found)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


class NumberIndex:
    """The rows as three texts (whole numbers, national parts, subscriber parts), one row a
    line padded to one width, so a pattern runs once in C over all rows and a match's row is
    its offset divided by the width; and whether each row is "nice", worked out once when the
    row arrives (a search streams them in)."""

    def __init__(self, rows: Sequence[ShopNumber] = ()) -> None:
        self.rows: list[ShopNumber] = []
        self.numbers: list[str] = []
        self.nice: list[bool] = []
        self._texts: tuple[tuple[str, int], ...] | None = None
        self.extend(rows)

    def extend(self, rows: Sequence[ShopNumber]) -> None:
        search = _NICE.search
        for row in rows:
            self.rows.append(row)
            self.numbers.append(row.number)
            self.nice.append(search(row.number, row.subscriber_at) is not None)
        self._texts = None

    def _text(self, which: int) -> tuple[str, int]:
        if self._texts is None:
            rows = self.rows
            parts = (
                [r.number for r in rows],
                [r.number[r.national_at:] for r in rows],
                [r.number[r.subscriber_at:] for r in rows],
            )
            texts = []
            for values in parts:
                width = max(map(len, values), default=0)
                texts.append(("\n".join(v.ljust(width) for v in values), width + 1))
            self._texts = tuple(texts)
        return self._texts[which]

    def lines(self, regex: str, which: int, *, start: bool, end: bool) -> list[int]:
        """Rows whose text ``which`` (0 whole, 1 national, 2 subscriber) has ``regex``."""
        text, stride = self._text(which)
        head = "^" if start else ""
        tail = r"(?= *(?:\n|\Z))" if end else ""
        pattern = re.compile(f"{head}(?:{regex}){tail}[^\n]*", re.M)
        return [m.start() // stride for m in pattern.finditer(text)]


# -- whole-country search ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SearchUpdate:
    """One direction searched: its numbers, and the progress of the whole search."""

    direction: Direction
    numbers: list[ShopNumber]
    done: int
    total: int
    found: int
    eta: float | None  # seconds left at the current rate; None until it can be told
    cached: bool
    error: ApiError | NetworkError | None = None


def _room(catalog: Catalog) -> tuple[int, float]:
    """Requests that may start now and seconds until more may."""
    snapshot = catalog.api.transport.rate_snapshot().general
    return snapshot.remaining, snapshot.reset_in


async def search_country(
    catalog: Catalog,
    directions: Sequence[Direction],
    mask: str,
    *,
    user_id: int | None = None,
    workers: int = 8,
    reserve: int | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> AsyncGenerator[SearchUpdate, None]:
    """Search every direction for ``mask``; cached directions come first, at once.

    Requests go at BACKGROUND priority and only while more than ``reserve`` requests of the
    shared limit are left (default: a twentieth of the limit, at least 2), so a rep's own
    clicks never queue behind the search. Leaving the loop (or cancelling) stops the search.
    """
    total = len(directions)
    done = found = 0
    todo: list[Direction] = []
    for direction in directions:
        hit = catalog.peek_available(direction.id, mask)
        if hit is None:
            todo.append(direction)
            continue
        rows = shop_numbers(hit.value, direction)
        done += 1
        found += len(rows)
        yield SearchUpdate(direction, rows, done, total, found, None, True)
    if not todo:
        return
    if reserve is None:
        limit = catalog.api.transport.rate_snapshot().general.limit
        reserve = max(2, limit // 20)
    queue: asyncio.Queue[Direction] = asyncio.Queue()
    for direction in todo:
        queue.put_nowait(direction)
    results: asyncio.Queue[tuple[Direction, list[ShopNumber], Exception | None]]
    results = asyncio.Queue()
    started = clock()
    fetched = 0
    stopped = False
    count = max(1, min(workers, len(todo)))
    # Workers run at most one city ahead each of what the caller has taken, so stopping
    # leaves at most ``count`` requests behind it.
    lead = asyncio.Semaphore(count)

    async def worker() -> None:
        while not stopped:
            await lead.acquire()
            if stopped:
                return
            try:
                direction = queue.get_nowait()
            except asyncio.QueueEmpty:
                lead.release()
                return
            while not stopped:
                remaining, reset_in = _room(catalog)
                if remaining > reserve:
                    break
                await asyncio.sleep(min(max(reset_in, 0.05), 1.0))
            if stopped:
                return
            try:
                answer = await catalog.available(
                    direction.id, mask, user_id=user_id, priority=Priority.BACKGROUND
                )
            except Exception as exc:  # handed to the consumer, which raises the unexpected
                results.put_nowait((direction, [], exc))
                continue
            results.put_nowait((direction, shop_numbers(answer.value, direction), None))

    tasks = [asyncio.ensure_future(worker()) for _ in range(count)]
    for task in tasks:
        _WORKERS.add(task)
        task.add_done_callback(_WORKERS.discard)
    try:
        for _ in range(len(todo)):
            direction, rows, error = await results.get()
            lead.release()
            if error is not None and not isinstance(error, ApiError | NetworkError):
                raise error
            done += 1
            fetched += 1
            found += len(rows)
            elapsed = clock() - started
            left = total - done
            eta = (elapsed / fetched) * left if fetched and elapsed > 0 else None
            failure = error if isinstance(error, ApiError | NetworkError) else None
            yield SearchUpdate(direction, rows, done, total, found, eta, False, failure)
    finally:
        # Stop taking cities; a request already on the wire finishes on its own (its answer
        # still fills the cache). Cutting it mid-answer would gain nothing and may leave the
        # HTTP connection pool in a state the next request waits on.
        stopped = True
        for _ in tasks:
            lead.release()  # a worker waiting for its turn wakes, sees the stop, ends


_WORKERS: set[asyncio.Task[None]] = set()  # running workers, kept referenced until done
