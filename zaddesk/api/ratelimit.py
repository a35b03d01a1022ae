"""Client-side rate limiting, so requests wait for room instead of collecting 429s.

Zadarma allows 100 requests a minute per key, 3 a minute for statistics. Every Transport
for the same (base URL, key) in the process shares one :class:`RateLimiter`, because the
GUI and the CLI may run side by side on one dealer key.

The local count is a sliding log: a request occupies its slot from the moment it is let
through until one window after its answer arrived. The server counted it somewhere in
between, so the log never frees a slot before the server does, whatever the server's window
shape (sliding, fixed or token bucket). The server's ``X-RateLimit-*`` headers correct the
limit and, when the key is shared with someone else, lower the room left.

Consoles in other processes (another rep, a CLI loop) share the key but not this object;
only the server's count tells of them. So that consoles started at the same moment converge
without 429s, a limiter first sends one probe, then widens its burst one request per answer
(a slow start, during which the others' probes show up in the server's count), and once the
count shows others it keeps a fair share of what the server says is left: the remaining
requests divided by the number of consoles, estimated as the server's count in this window
over our own. The share errs high (our unanswered requests are not counted as ours), so the
consoles together stay under the limit; a few slots may go unused at a window's end.

The state is guarded by a thread lock and waiters are woken on their own event loop, so
transports running on different loops (GUI thread, a CLI thread, tests) can share it.
"""

from __future__ import annotations

import asyncio
import bisect
import email.utils
import hashlib
import itertools
import logging
import math
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import IntEnum

__all__ = [
    "BucketSnapshot",
    "Grant",
    "Priority",
    "RateLimiter",
    "RateLimits",
    "RateSnapshot",
    "parse_reset",
    "parse_retry_after",
]

log = logging.getLogger("zaddesk.api.ratelimit")

_INF = math.inf
# The most consoles a fair share assumes; more only on the server's own evidence (a 429).
_MAX_SHARERS = 16
# Above this a reset header is a Unix time, below it a number of seconds.
_EPOCH_THRESHOLD = 1_000_000_000.0


class Priority(IntEnum):
    """Interactive requests (a rep waiting on a click) go before background refreshes."""

    INTERACTIVE = 0
    BACKGROUND = 1


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Requests allowed per window; tests shrink the window to seconds."""

    general: int = 100
    general_window: float = 60.0
    statistics: int = 3
    statistics_window: float = 60.0
    statistics_prefix: str = "/v1/statistics/"
    # While the server's count is unknown (first use, or after someone else's use of the key
    # showed up), send one request and learn from its answer before sending a burst.
    probe: bool = True

    def __post_init__(self) -> None:
        if self.general < 1 or self.statistics < 1:
            raise ValueError("rate limits must allow at least one request")
        if self.general_window <= 0 or self.statistics_window <= 0:
            raise ValueError("rate windows must be positive")


@dataclass(frozen=True, slots=True)
class BucketSnapshot:
    """One bucket as the rate meter shows it."""

    name: str
    limit: int
    window: float
    used: int  # requests counted in the window, in flight included
    in_flight: int
    remaining: int  # requests that could start now (server correction and back-off applied)
    reset_in: float  # seconds until ``remaining`` grows; 0.0 if nothing is pending
    blocked_for: float  # seconds left of a back-off after a 429
    waiting: int  # queued requests that need this bucket
    # Consoles the server's count shows on this key while it corrects ``remaining`` (1: us
    # alone); ``remaining`` is then our share of what is left.
    sharers: int = 1


@dataclass(frozen=True, slots=True)
class RateSnapshot:
    """The limiter state for the status-bar meter (``Transport.rate_snapshot()``)."""

    general: BucketSnapshot
    statistics: BucketSnapshot
    waiting_interactive: int
    waiting_background: int

    @property
    def limit(self) -> int:
        return self.general.limit

    @property
    def remaining(self) -> int:
        return self.general.remaining

    @property
    def waiting(self) -> int:
        return self.waiting_interactive + self.waiting_background

    @property
    def blocked_for(self) -> float:
        return max(self.general.blocked_for, self.statistics.blocked_for)


class _Slot:
    __slots__ = ("done_at",)

    def __init__(self) -> None:
        self.done_at = _INF  # in flight until the answer (or the failure) arrives


class _Bucket:
    """One limit's sliding log. It is asked for its count and its requests in flight several
    times a request, with up to a whole window of slots in it (the server may raise the limit
    to thousands): both are kept as counts, and the log is pruned only when its oldest
    answered slot has left the window."""

    def __init__(self, name: str, limit: int, window: float, probe: bool) -> None:
        self.name = name
        self.limit = limit
        self._window = window
        self.slots: list[_Slot] = []
        self._flying = 0  # slots still in flight
        self._next_expiry = _INF  # when the earliest answered slot leaves the window
        self.budget: int | None = None  # room the server allows, when lower than ours
        self.budget_until = 0.0
        self.blocked_until = 0.0
        self.probe_enabled = probe
        self.probing = probe  # one request at a time until an answer tells us the count
        # After a probe, requests in flight may grow by one per answer (None: no cap): they
        # double with every round trip, like TCP's slow start.
        self.ramp: int | None = None
        # The server's current window, as its answers tell it: when it ends (the earliest
        # ``now + reset`` seen) and its count.
        self.window_end = 0.0
        self.window_used = 0
        self.window_mine = 0  # our answers that fell in it
        self.sharers = 1

    @property
    def window(self) -> float:
        return self._window

    @window.setter
    def window(self, window: float) -> None:
        self._window = window
        self._next_expiry = -_INF  # expiries move with the window: look again

    def used(self, now: float) -> int:
        if now >= self._next_expiry:
            window = self._window
            self.slots = [s for s in self.slots if s.done_at + window > now]
            self._next_expiry = min((s.done_at + window for s in self.slots
                                     if s.done_at != _INF), default=_INF)
        return len(self.slots)

    def in_flight(self) -> int:
        return self._flying

    def answered(self, slot: _Slot, now: float) -> None:
        """The request of ``slot`` is over (answered or lost after it left) at ``now``."""
        if slot.done_at == _INF:
            self._flying -= 1
        slot.done_at = now
        self._next_expiry = min(self._next_expiry, now + self._window)

    def room(self, now: float, *, probe: bool = True) -> int:
        """Requests that may start now; ``probe=False`` for the meter, which shows the count."""
        used = self.used(now)
        if self.blocked_until:
            if now < self.blocked_until:
                return 0
            self.blocked_until = 0.0
            self.probing = self.probe_enabled  # the key is contended: look before leaping
        room = self.limit - used
        if self.budget is not None:
            if now >= self.budget_until:
                self.budget = None
                self.probing = self.probe_enabled
            else:
                room = min(room, self.budget)
        room = max(room, 0)
        if probe and self.probing:
            return 0 if self.in_flight() else min(room, 1)
        if probe and self.ramp is not None:
            room = min(room, max(self.ramp - self.in_flight(), 0))
        return room

    def take(self) -> _Slot:
        slot = _Slot()
        self.slots.append(slot)
        self._flying += 1
        if self.budget is not None:
            self.budget -= 1
        return slot

    def give_back(self, slot: _Slot) -> None:
        try:
            self.slots.remove(slot)
        except ValueError:
            return
        if slot.done_at == _INF:
            self._flying -= 1
        if self.budget is not None:
            self.budget += 1

    def next_change(self, now: float) -> float | None:
        """The earliest time the room could grow without an answer arriving."""
        self.used(now)  # prunes what has left, so the next expiry is the earliest still to come
        times = [self._next_expiry] if self._next_expiry != _INF else []
        if self.blocked_until > now:
            times.append(self.blocked_until)
        if self.budget is not None and self.budget_until > now:
            times.append(self.budget_until)
        later = [t for t in times if t > now]
        return min(later) if later else None


class Grant:
    """Permission for one request; hand it back with :meth:`RateLimiter.finish`."""

    __slots__ = ("_done", "_slots")

    def __init__(self, slots: list[tuple[_Bucket, _Slot]]) -> None:
        self._slots = slots
        self._done = False


class _Waiter:
    __slots__ = ("buckets", "future", "grant", "key", "loop")

    def __init__(
        self,
        priority: int,
        seq: int,
        buckets: tuple[_Bucket, ...],
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        self.key = (priority, seq)
        self.buckets = buckets
        self.loop = loop
        self.future: asyncio.Future[None] | None = None
        self.grant: Grant | None = None


def _set_pending(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def parse_reset(value: str | None) -> float | None:
    """Seconds until a ``X-RateLimit-Reset`` value: a number of seconds or a Unix time."""
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    if number >= _EPOCH_THRESHOLD:
        number -= time.time()
    return max(number, 0.0)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` value: delta-seconds or an HTTP date."""
    if value is None:
        return None
    seconds = parse_reset(value)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def _header_int(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(float(value.strip()))
    except ValueError:
        return None


_registry_lock = threading.Lock()
_registry: weakref.WeakValueDictionary[tuple[str, str], RateLimiter] = (
    weakref.WeakValueDictionary()
)


class RateLimiter:
    """Waiting room and counters for one dealer key on one API host."""

    def __init__(
        self, limits: RateLimits | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        # ``clock`` lets tests move time by hand: after moving it, call :meth:`poke`.
        self._clock = clock
        self._lock = threading.Lock()
        self._limits = limits or RateLimits()
        limits = self._limits
        self._general = _Bucket("general", limits.general, limits.general_window, limits.probe)
        self._stats = _Bucket(
            "statistics", limits.statistics, limits.statistics_window, limits.probe
        )
        self._waiters: list[_Waiter] = []  # sorted by (priority, arrival)
        self._seq = itertools.count()
        self._listeners: list[Callable[[RateSnapshot], None]] = []

    def __repr__(self) -> str:
        return f"<RateLimiter {self._limits!r}>"

    @classmethod
    def shared(cls, base_url: str, key: str, limits: RateLimits | None = None) -> RateLimiter:
        """The process-wide limiter for ``(base_url, key)``; created on first use.

        Passing ``limits`` reconfigures an existing limiter (the latest settings win).
        """
        ident = (
            base_url.rstrip("/").lower(),
            hashlib.sha256(key.encode("utf-8")).hexdigest(),
        )
        with _registry_lock:
            limiter = _registry.get(ident)
            if limiter is None:
                limiter = cls(limits)
                _registry[ident] = limiter
            elif limits is not None:
                limiter.configure(limits)
            return limiter

    @property
    def limits(self) -> RateLimits:
        return self._limits

    def configure(self, limits: RateLimits) -> None:
        with self._lock:
            self._limits = limits
            self._general.limit, self._general.window = limits.general, limits.general_window
            self._stats.limit, self._stats.window = limits.statistics, limits.statistics_window
            for bucket in (self._general, self._stats):
                bucket.probe_enabled = limits.probe
                bucket.probing = bucket.probing and limits.probe
            wake = self._pump_locked(self._clock())
        self._wake(wake)
        self._notify()

    def poke(self) -> None:
        """Let through whoever fits now; the waiters' own timers do this on a real clock."""
        with self._lock:
            wake = self._pump_locked(self._clock())
        self._wake(wake)
        self._notify()

    def is_statistics(self, path: str) -> bool:
        prefix = self._limits.statistics_prefix
        return path.startswith(prefix) or path == prefix.rstrip("/")

    def _buckets_for(self, path: str) -> tuple[_Bucket, ...]:
        if self.is_statistics(path):
            return (self._general, self._stats)
        return (self._general,)

    # -- waiting for room -------------------------------------------------------------

    async def acquire(self, path: str, priority: int = Priority.INTERACTIVE) -> Grant:
        """Wait until a request to ``path`` may start; cancellation leaves no trace."""
        loop = asyncio.get_running_loop()
        waiter = _Waiter(int(priority), next(self._seq), self._buckets_for(path), loop)
        with self._lock:
            bisect.insort(self._waiters, waiter, key=lambda w: w.key)
            wake = self._pump_locked(self._clock())
        self._wake(wake)
        try:
            while True:
                with self._lock:
                    if waiter.grant is not None:
                        break
                    future: asyncio.Future[None] = loop.create_future()
                    waiter.future = future
                    timeout: float | None = None
                    if self._waiters and self._waiters[0] is waiter:
                        # The head keeps the clock for everyone: it wakes when room frees.
                        now = self._clock()
                        at = self._next_change_locked(now)
                        if at is not None:
                            timeout = max(at - now, 0.0)
                if timeout is None:
                    await future
                else:
                    await asyncio.wait([future], timeout=timeout)
                with self._lock:
                    wake = [] if waiter.grant else self._pump_locked(self._clock())
                self._wake(wake)
        except BaseException:
            with self._lock:
                if waiter.grant is None:
                    self._remove_waiter_locked(waiter)
                else:
                    self._release_locked(waiter.grant, sent=False)
                wake = self._pump_locked(self._clock())
            self._wake(wake)
            self._notify()
            raise
        self._notify()
        return waiter.grant

    def finish(
        self, grant: Grant, *, sent: bool, headers: Mapping[str, str] | None = None
    ) -> None:
        """The request is over. ``sent=False``: it provably never left, free its slot.

        ``headers`` of the answer, if any, are applied in the same step, so the room an
        answer frees is never handed out before the server's count in it is known.
        """
        with self._lock:
            if grant._done:
                return
            self._release_locked(grant, sent=sent)
            if headers is not None:
                self._observe_locked(grant._slots[-1][0], headers, self._clock(), ours=True)
            wake = self._pump_locked(self._clock())
        self._wake(wake)
        self._notify()

    # -- what the server says ---------------------------------------------------------

    def observe(self, path: str, headers: Mapping[str, str]) -> None:
        """Correct the bucket that answered with its ``X-RateLimit-*`` headers.

        For an answer to a request of this limiter, pass the headers to :meth:`finish`.
        """
        with self._lock:
            bucket = self._stats if self.is_statistics(path) else self._general
            self._observe_locked(bucket, headers, self._clock())
            wake = self._pump_locked(self._clock())
        self._wake(wake)
        self._notify()

    def _observe_locked(
        self, bucket: _Bucket, headers: Mapping[str, str], now: float, *, ours: bool = False
    ) -> None:
        headers = {name.lower(): value for name, value in headers.items()}
        limit = _header_int(headers, "x-ratelimit-limit")
        remaining = _header_int(headers, "x-ratelimit-remaining")
        if limit is None and remaining is None:
            return
        reset = parse_reset(headers.get("x-ratelimit-reset"))
        stats_answered_for_general = (
            bucket is self._stats and limit != bucket.limit and limit == self._general.limit
        )
        if stats_answered_for_general:
            # A statistics call refused by the general limit reports the general bucket.
            bucket = self._general
        if limit is not None and limit > 0 and limit != bucket.limit:
            log.debug("server sets the %s limit to %d (was %d)", bucket.name, limit,
                      bucket.limit)
            bucket.limit = limit
        if remaining is None:
            return
        until = now + (reset if reset is not None else bucket.window)
        if now >= bucket.window_end or until > bucket.window_end + bucket.window / 2:
            # A new server window: its count starts again, and so does ours.
            bucket.window_end, bucket.window_used, bucket.window_mine = until, 0, 0
        else:
            # The reset is rounded up to whole seconds: the earliest end seen is the closest.
            bucket.window_end = min(bucket.window_end, until)
        until = bucket.window_end
        # The server's count only grows within a window: the highest is the newest answer.
        newest = bucket.limit - remaining >= bucket.window_used
        bucket.window_used = max(bucket.window_used, bucket.limit - remaining)
        if ours:
            bucket.window_mine += 1
        mine = bucket.window_mine
        in_flight = bucket.in_flight()
        # Our share of what is left follows from our part of the server's count in this
        # window. Counting only our answered requests as ours errs towards more consoles
        # (our requests in flight may be in the count already): never towards an overrun.
        sharers = min(math.ceil(bucket.window_used / max(mine, 1)), _MAX_SHARERS)
        bucket.sharers = sharers
        # Our requests in flight may not be in the server's count yet, and the others have
        # about as many in flight as we do. When shared, take half of our share at a time:
        # the next answers tell how much of the rest the others took meanwhile, and the
        # consoles close in on the limit together instead of overrunning it.
        share = sharers if sharers == 1 else 2 * sharers
        room = max((remaining - (sharers - 1) * in_flight) // share - in_flight, 0)
        if (bucket.budget is not None and sharers == 1 and not in_flight
                and bucket.window_used <= mine):
            # Every request the server counted in this window is ours, answered: the other
            # console was only our own requests answered out of order (the newer first), or
            # its requests have left the window. Our own count is the limit again.
            bucket.budget = None
            return
        if bucket.budget is not None and now < bucket.budget_until:
            # Answers of concurrent requests arrive in any order: an older one shows more
            # room than a newer one already did, and the requests counted in between are no
            # longer in flight. Within a correction the room follows the newest count, or
            # shrinks; it lifts when its reset passes and one request has looked again.
            if newest or room < bucket.budget:
                bucket.budget = room
                bucket.budget_until = max(bucket.budget_until, until)
            return
        if room < bucket.limit - bucket.used(now):
            # Someone else spends this key too: the server's count wins.
            bucket.budget = room
            bucket.budget_until = until
            log.debug("server counts more on the %s bucket than we sent: %d left for %.1f s"
                      " (a share of %d)", bucket.name, bucket.budget,
                      bucket.budget_until - now, sharers)
        else:
            bucket.budget = None

    def back_off(self, path: str, retry_after: float | None) -> float:
        """The server refused with 429: hold the bucket until its reset; returns the delay."""
        with self._lock:
            now = self._clock()
            bucket = self._stats if self.is_statistics(path) else self._general
            if retry_after is None:
                at = bucket.next_change(now)
                retry_after = min(max((at - now) if at else 1.0, 1.0), bucket.window)
            bucket.blocked_until = max(bucket.blocked_until, now + retry_after)
            bucket.budget, bucket.budget_until = 0, bucket.blocked_until
            delay = bucket.blocked_until - now
            wake = self._pump_locked(now)
        log.debug("429 on the %s bucket: holding requests for %.1f s", bucket.name, delay)
        self._wake(wake)
        self._notify()
        return delay

    # -- the meter --------------------------------------------------------------------

    def snapshot(self) -> RateSnapshot:
        with self._lock:
            return self._snapshot_locked(self._clock())

    def add_listener(self, callback: Callable[[RateSnapshot], None]) -> None:
        """``callback(snapshot)`` after every change; runs on the thread that made it."""
        with self._lock:
            self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[RateSnapshot], None]) -> None:
        with self._lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    # -- internals (call with the lock held) ------------------------------------------

    def _release_locked(self, grant: Grant, *, sent: bool) -> None:
        if grant._done:
            return
        grant._done = True
        now = self._clock()
        for bucket, slot in grant._slots:
            if sent:
                bucket.answered(slot, now)
                if bucket.probing:
                    bucket.probing = False
                    # So small that consoles starting together cannot overrun the limit
                    # before their answers show each other.
                    bucket.ramp = max(2, bucket.limit // _MAX_SHARERS)
                elif bucket.ramp is not None:
                    bucket.ramp += 1
                    if bucket.ramp >= bucket.limit:
                        bucket.ramp = None
            else:
                bucket.give_back(slot)

    def _remove_waiter_locked(self, waiter: _Waiter) -> None:
        for index, other in enumerate(self._waiters):
            if other is waiter:
                del self._waiters[index]
                return

    def _pump_locked(self, now: float) -> list[_Waiter]:
        """Let through, in priority order, every waiter that fits; returns whom to wake."""
        if not self._waiters:
            return []
        rooms = {id(b): b.room(now) for b in (self._general, self._stats)}
        blocked: set[int] = set()
        granted: list[_Waiter] = []
        for waiter in self._waiters:
            if id(self._general) in blocked:
                break  # everyone needs the general bucket
            ids = [id(b) for b in waiter.buckets]
            if any(i in blocked for i in ids):
                continue
            lacking = [i for i in ids if rooms[i] <= 0]
            if lacking:
                # Nobody behind may take what this waiter is waiting for.
                blocked.update(lacking)
                continue
            for i in ids:
                rooms[i] -= 1
            waiter.grant = Grant([(b, b.take()) for b in waiter.buckets])
            granted.append(waiter)
        if granted:
            done = {id(w) for w in granted}
            self._waiters = [w for w in self._waiters if id(w) not in done]
        if self._waiters:
            granted.append(self._waiters[0])  # the head re-arms the clock
        return granted

    def _next_change_locked(self, now: float) -> float | None:
        times = [t for b in (self._general, self._stats) if (t := b.next_change(now))]
        return min(times) if times else None

    def _snapshot_locked(self, now: float) -> RateSnapshot:
        interactive = sum(1 for w in self._waiters if w.key[0] <= Priority.INTERACTIVE)

        def bucket_snapshot(bucket: _Bucket) -> BucketSnapshot:
            room = bucket.room(now, probe=False)
            at = bucket.next_change(now)
            reset_in = (at - now) if at is not None and (room < bucket.limit) else 0.0
            return BucketSnapshot(
                name=bucket.name,
                limit=bucket.limit,
                window=bucket.window,
                used=bucket.used(now),
                in_flight=bucket.in_flight(),
                remaining=room,
                reset_in=max(reset_in, 0.0),
                blocked_for=max(bucket.blocked_until - now, 0.0),
                waiting=sum(1 for w in self._waiters if bucket in w.buckets),
                sharers=bucket.sharers if bucket.budget is not None else 1,
            )

        return RateSnapshot(
            general=bucket_snapshot(self._general),
            statistics=bucket_snapshot(self._stats),
            waiting_interactive=interactive,
            waiting_background=len(self._waiters) - interactive,
        )

    def _wake(self, waiters: list[_Waiter]) -> None:
        if not waiters:
            return
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        for waiter in waiters:
            future = waiter.future
            if future is None:
                continue
            if waiter.loop is running:
                _set_pending(future)
                continue
            try:
                waiter.loop.call_soon_threadsafe(_set_pending, future)
            except RuntimeError:  # that loop is closed: its request will never start
                with self._lock:
                    if waiter.grant is not None:
                        self._release_locked(waiter.grant, sent=False)
                    else:
                        self._remove_waiter_locked(waiter)

    def _notify(self) -> None:
        with self._lock:
            listeners = list(self._listeners)
            if not listeners:
                return
            snapshot = self._snapshot_locked(self._clock())
        for callback in listeners:
            try:
                callback(snapshot)
            except Exception:
                log.exception("rate listener failed")
