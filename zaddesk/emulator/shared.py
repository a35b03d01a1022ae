"""Emulator state that every worker process must see alike.

One process keeps the clock's offset, the rate-limit windows, the fault switches, the count of
requests in flight and the problems found in memory (see ``core.Clock``, ``ratelimit.Limiter``,
``faults.Faults``). When several processes serve one socket (``EmulatorServer(workers=N)``),
each of those must be one state for all of them, or a key would get N times its limit and a
fault set through one process would not hit a request served by another. So each process opens
``SharedState`` beside the same database file, and the classes below keep the interfaces of the
in-memory ones: handlers, tests and control endpoints do not know which they have.

Every request reads the clock, counts against a limit, looks at the faults and is counted in
flight; as database writes those made the workers queue for SQLite's write lock. They live in a
file mapped into every process instead (``<db>-emu``): the shared parts under an ``flock``,
each worker's requests in flight in a slot of its own. Only the problems found (rare, and
unbounded) are a table of the store. The state is ephemeral: the parent resets it at every
start.
"""

from __future__ import annotations

import json
import mmap
import os
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from zaddesk.emulator.core import Clock
from zaddesk.emulator.faults import Decision, Faults
from zaddesk.emulator.ratelimit import Limiter
from zaddesk.emulator.store import Store

__all__ = ["SharedBusy", "SharedClock", "SharedFaults", "SharedLimiter", "SharedProblems",
           "SharedState"]

T = TypeVar("T")

_PAGE = 4096
# The header page, under a sequence number (odd while written): the clock's offset, the
# faults' generation, the faults as JSON. Read without a lock, as reading them is what every
# request does and changing them is rare.
_SEQUENCE = struct.Struct("<Q")
_CLOCK = struct.Struct("<d")
_GENERATION = struct.Struct("<Q")
_LENGTH = struct.Struct("<I")
_CLOCK_AT, _GENERATION_AT, _FAULTS_AT = 8, 16, 24
_WINDOWS_AT = _PAGE                # the rate-limit windows as JSON, 15 pages, under the flock
_WINDOWS_SIZE = 15 * _PAGE
_SLOTS_AT = _WINDOWS_AT + _WINDOWS_SIZE  # then one page per worker: its requests in flight


class _Map:
    """The mapped file, with a lock across processes (``flock``) and threads."""

    def __init__(self, path: str, workers: int) -> None:
        import fcntl  # POSIX, as worker processes are (inherited descriptors, passed sockets)

        self._fcntl = fcntl
        self.path = path
        size = _SLOTS_AT + workers * _PAGE
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if os.fstat(self._fd).st_size < size:
            os.ftruncate(self._fd, size)
        self.buf = mmap.mmap(self._fd, size)
        self._threads = threading.RLock()

    @contextmanager
    def locked(self) -> Iterator[mmap.mmap]:
        with self._threads:
            self._fcntl.flock(self._fd, self._fcntl.LOCK_EX)
            try:
                yield self.buf
            finally:
                self._fcntl.flock(self._fd, self._fcntl.LOCK_UN)

    @contextmanager
    def changing(self, at: int) -> Iterator[mmap.mmap]:
        """Change what the sequence number at ``at`` guards, the number odd meanwhile (the
        caller keeps other writers out: the flock, or a page with one writer)."""
        (sequence,) = _SEQUENCE.unpack_from(self.buf, at)
        _SEQUENCE.pack_into(self.buf, at, sequence + 1)
        try:
            yield self.buf
        finally:
            _SEQUENCE.pack_into(self.buf, at, sequence + 2)

    @contextmanager
    def header_change(self) -> Iterator[mmap.mmap]:
        """Change the header page: under the lock, its sequence number odd meanwhile."""
        with self.locked(), self.changing(0) as buf:
            yield buf

    def stable(self, at: int, read: Callable[[mmap.mmap], T]) -> T:
        """``read(buf)`` of what the sequence number at ``at`` guards, as one writer left it
        (a seqlock read: again while the number is odd or moves meanwhile)."""
        buf = self.buf
        for _ in range(100_000):
            (before,) = _SEQUENCE.unpack_from(buf, at)
            if before % 2 == 0:
                value = read(buf)
                if _SEQUENCE.unpack_from(buf, at)[0] == before:
                    return value
            time.sleep(0)
        raise RuntimeError("the shared emulator state kept changing while read")

    def json_bytes(self, at: int) -> bytes:
        """The length-prefixed JSON at ``at``, unparsed (a torn read is thrown away)."""
        (length,) = _LENGTH.unpack_from(self.buf, at)
        return bytes(self.buf[at + 4:at + 4 + length])

    def read_json(self, at: int) -> Any:
        return _parse(self.json_bytes(at))

    def write_json(self, at: int, room: int, data: Any) -> None:
        raw = json.dumps(data, separators=(",", ":")).encode()
        if len(raw) > room - 4:
            raise RuntimeError("shared emulator state outgrew its room")
        self.buf[at + 4:at + 4 + len(raw)] = raw
        _LENGTH.pack_into(self.buf, at, len(raw))

    def close(self) -> None:
        self.buf.close()
        os.close(self._fd)


def _parse(raw: bytes) -> Any:
    return json.loads(raw) if raw else {}


class SharedState:
    """What one process maps; ``reset()`` once, by the parent, before its workers start.

    ``workers``: how many processes serve; ``slot``: which of them this one is (None in the
    parent, which serves nothing)."""

    def __init__(self, path: str, workers: int = 1, slot: int | None = None) -> None:
        if path == ":memory:":
            raise ValueError("shared state needs a database file that every process can open")
        self.path = path
        self.workers = workers
        self.slot = slot
        self.map = _Map(path + "-emu", workers)
        self.busy = SharedBusy(self.map, workers, slot)

    def reset(self) -> None:
        """A fresh start: no offset, windows, faults or requests of an earlier run."""
        with self.map.locked() as buf:
            buf[:] = bytes(len(buf))

    def close(self) -> None:
        self.map.close()


class SharedClock(Clock):
    """The emulator's clock with its offset in the shared map (``POST /_emulator/clock``)."""

    def __init__(self, state: SharedState) -> None:
        super().__init__()
        self._map = state.map

    def now(self) -> float:
        offset = self._map.stable(0, lambda buf: _CLOCK.unpack_from(buf, _CLOCK_AT)[0])
        return time.time() + float(offset)

    def advance(self, seconds: float) -> None:
        with self._map.header_change() as buf:
            (offset,) = _CLOCK.unpack_from(buf, _CLOCK_AT)
            _CLOCK.pack_into(buf, _CLOCK_AT, offset + seconds)


class SharedLimiter(Limiter):
    """``Limiter``'s fixed windows, one map of them for every process."""

    def __init__(self, name: str, limit: int, seconds: float, clock: Clock,
                 state: SharedState) -> None:
        super().__init__(limit, seconds, clock)
        self._name = name
        self._map = state.map

    @contextmanager
    def _held(self) -> Iterator[dict[str, tuple[float, int]]]:
        with self._map.locked():
            every: dict[str, dict[str, list[float]]] = self._map.read_json(_WINDOWS_AT)
            windows = {key: (float(start), int(used))
                       for key, (start, used) in every.get(self._name, {}).items()}
            yield windows
            if len(windows) > 200:  # many keys: forget the closed windows
                now = self._clock.now()
                windows = {k: v for k, v in windows.items() if now < v[0] + self.seconds}
            every[self._name] = {k: [start, used] for k, (start, used) in windows.items()}
            self._map.write_json(_WINDOWS_AT, _WINDOWS_SIZE, every)


class SharedFaults(Faults):
    """The fault switches and their counts in the map, consumed by whichever process serves."""

    def __init__(self, state: SharedState) -> None:
        super().__init__()
        self._map = state.map

    def set(self, **faults: Any) -> None:
        clean = self._clean(faults)
        with self._map.header_change() as buf:
            self._map.write_json(_FAULTS_AT, _PAGE - _FAULTS_AT, clean)
            (generation,) = _GENERATION.unpack_from(buf, _GENERATION_AT)
            _GENERATION.pack_into(buf, _GENERATION_AT, generation + 1)

    @property
    def generation(self) -> int:
        return int(self._map.stable(
            0, lambda buf: _GENERATION.unpack_from(buf, _GENERATION_AT)[0]))

    def snapshot(self) -> dict[str, Any]:
        data: dict[str, Any] = _parse(self._map.stable(
            0, lambda _buf: self._map.json_bytes(_FAULTS_AT)))
        return data

    def take(self, path: str, method: str = "GET") -> Decision:
        if self._map.stable(0, lambda buf: _LENGTH.unpack_from(buf, _FAULTS_AT)[0]) <= 2:
            return Decision()  # no faults ("{}" or never set): the usual case, without a lock
        with self._map.header_change() as buf:
            state: dict[str, Any] = self._map.read_json(_FAULTS_AT)
            (generation,) = _GENERATION.unpack_from(buf, _GENERATION_AT)
            decision = self._decide(state, generation, path, method)
            self._map.write_json(_FAULTS_AT, _PAGE - _FAULTS_AT, state)
        return decision


class SharedBusy:
    """Requests in flight per path, each worker's counts (JSON) in a page of its own.

    Only the worker writes its page, so it takes no lock across processes: it marks the page
    with an odd sequence number while writing, and a reader reads a page again if the number was
    odd or moved meanwhile (a seqlock).
    """

    def __init__(self, shared_map: _Map, slots: int, slot: int | None = None) -> None:
        self._map = shared_map
        self._slots = slots
        self._slot = slot
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}

    def add(self, path: str, delta: int) -> None:
        if self._slot is None:
            raise RuntimeError("only a worker process counts requests")
        base = _SLOTS_AT + self._slot * _PAGE
        with self._lock:
            count = self._counts.get(path, 0) + delta
            if count > 0:
                self._counts[path] = count
            else:
                self._counts.pop(path, None)
            with self._map.changing(base):
                self._map.write_json(base + 8, _PAGE - 8, self._counts)

    def _read_slot(self, slot: int) -> dict[str, int]:
        base = _SLOTS_AT + slot * _PAGE
        data: dict[str, int] = _parse(self._map.stable(
            base, lambda _buf: self._map.json_bytes(base + 8)))
        return data

    def snapshot(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for slot in range(self._slots):
            for path, count in self._read_slot(slot).items():
                total[path] = total.get(path, 0) + count
        return total


class SharedProblems:
    """``EmulatorApp.problems`` for several processes: appended by any, listed by all (a table
    of the store, as problems are rare and their text unbounded)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def append(self, text: str) -> None:
        with self._store.tx() as db:
            db.execute("INSERT INTO emu_problems (text) VALUES (?)", (text,))

    def __iter__(self) -> Iterator[str]:
        with self._store.tx(write=False) as db:
            rows = db.execute("SELECT text FROM emu_problems ORDER BY id").fetchall()
        return iter([str(row[0]) for row in rows])

    def __len__(self) -> int:
        with self._store.tx(write=False) as db:
            return int(db.execute("SELECT COUNT(*) FROM emu_problems").fetchone()[0])
