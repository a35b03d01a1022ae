"""Emulator state that every worker process must see alike, kept in SQLite beside the API's data.

One process keeps the clock's offset, the rate-limit windows, the fault switches, the count of
requests in flight and the problems found in memory (see ``core.Clock``, ``ratelimit.Limiter``,
``faults.Faults``). When several processes serve one socket (``EmulatorServer(workers=N)``),
each of those must be one state for all of them, or a key would get N times its limit and a
fault set through one process would not hit a request served by another. So each process opens
``SharedState`` on the same file and the classes below keep the interfaces of the in-memory
ones: handlers, tests and control endpoints do not know which they have. (The requests in
flight are counted in a memory map beside the file instead: see ``SharedBusy``.)

The state is ephemeral (a restart starts it afresh), so its connection skips fsync; every
change is one short ``BEGIN IMMEDIATE`` transaction, which SQLite serialises across processes.
"""

from __future__ import annotations

import json
import math
import mmap
import os
import sqlite3
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from zaddesk.emulator.core import Clock
from zaddesk.emulator.faults import Decision, Faults
from zaddesk.emulator.ratelimit import Limiter, Verdict
from zaddesk.emulator.store import begin

__all__ = ["SharedBusy", "SharedClock", "SharedFaults", "SharedLimiter", "SharedProblems",
           "SharedState"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS emu_clock (id INTEGER PRIMARY KEY CHECK (id = 1), offset REAL NOT NULL);
CREATE TABLE IF NOT EXISTS emu_windows (
    name TEXT NOT NULL, key TEXT NOT NULL, start REAL NOT NULL, used INTEGER NOT NULL,
    PRIMARY KEY (name, key)
);
CREATE TABLE IF NOT EXISTS emu_faults (
    id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL, generation INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS emu_problems (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
INSERT OR IGNORE INTO emu_clock (id, offset) VALUES (1, 0);
INSERT OR IGNORE INTO emu_faults (id, state, generation) VALUES (1, '{}', 0);
"""


class SharedState:
    """One connection per process to the shared tables; ``reset()`` once, by the parent.

    ``workers``: how many processes serve; ``slot``: which of them this one is (None in the
    parent, which serves nothing)."""

    def __init__(self, path: str, workers: int = 1, slot: int | None = None) -> None:
        if path == ":memory:":
            raise ValueError("shared state needs a database file that every process can open")
        self.path = path
        self.workers = workers
        self.slot = slot
        self.busy = SharedBusy(path + "-busy", workers, slot)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None,
                                   timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.executescript(_SCHEMA)
        self._db.execute("PRAGMA busy_timeout=0")  # begin() waits for the write lock
        self._lock = threading.Lock()

    def reset(self) -> None:
        """A fresh start: no windows, faults, requests or problems left from an earlier run."""
        with self.write() as db:
            db.execute("DELETE FROM emu_windows")
            db.execute("DELETE FROM emu_problems")
            db.execute("UPDATE emu_clock SET offset = 0")
            db.execute("UPDATE emu_faults SET state = '{}', generation = generation + 1")
        self.busy.clear()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            begin(self._db)
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def read(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def close(self) -> None:
        with self._lock:
            self._db.close()
        self.busy.close()


class SharedClock(Clock):
    """The emulator's clock with its offset in the shared state (``POST /_emulator/clock``)."""

    def __init__(self, state: SharedState) -> None:
        super().__init__()
        self._shared = state

    def now(self) -> float:
        offset = self._shared.read("SELECT offset FROM emu_clock WHERE id = 1")[0][0]
        return time.time() + float(offset)

    def advance(self, seconds: float) -> None:
        with self._shared.write() as db:
            db.execute("UPDATE emu_clock SET offset = offset + ? WHERE id = 1", (seconds,))


class SharedLimiter(Limiter):
    """``Limiter``'s fixed windows, counted in one table for every process."""

    def __init__(self, name: str, limit: int, seconds: float, clock: Clock,
                 state: SharedState) -> None:
        super().__init__(limit, seconds, clock)
        self._name = name
        self._shared = state

    def hit(self, key: str) -> Verdict:
        now = self._clock.now()
        with self._shared.write() as db:
            row = db.execute("SELECT start, used FROM emu_windows WHERE name = ? AND key = ?",
                             (self._name, key)).fetchone()
            start, used = (float(row[0]), int(row[1])) if row else (now, 0)
            if now >= start + self.seconds:
                start, used = now, 0
            allowed = used < self.limit
            if allowed:
                used += 1
            db.execute("INSERT OR REPLACE INTO emu_windows (name, key, start, used)"
                       " VALUES (?, ?, ?, ?)", (self._name, key, start, used))
        reset = max(0, math.ceil(start + self.seconds - now))
        return Verdict(allowed, self.limit, max(0, self.limit - used), reset)

    def peek(self, key: str) -> Verdict:
        now = self._clock.now()
        rows = self._shared.read("SELECT start, used FROM emu_windows WHERE name = ? AND key = ?",
                                (self._name, key))
        start, used = (float(rows[0][0]), int(rows[0][1])) if rows else (now, 0)
        if now >= start + self.seconds:
            start, used = now, 0
        reset = max(0, math.ceil(start + self.seconds - now))
        return Verdict(used < self.limit, self.limit, max(0, self.limit - used), reset)


class SharedFaults(Faults):
    """The fault switches and their counts in one row, consumed by whichever process serves."""

    def __init__(self, state: SharedState) -> None:
        super().__init__()
        self._shared = state

    def set(self, **faults: Any) -> None:
        clean = self._clean(faults)
        with self._shared.write() as db:
            db.execute("UPDATE emu_faults SET state = ?, generation = generation + 1"
                       " WHERE id = 1", (json.dumps(clean),))

    @property
    def generation(self) -> int:
        return int(self._shared.read("SELECT generation FROM emu_faults WHERE id = 1")[0][0])

    def snapshot(self) -> dict[str, Any]:
        raw = self._shared.read("SELECT state FROM emu_faults WHERE id = 1")[0][0]
        data: dict[str, Any] = json.loads(raw)
        return data

    def take(self, path: str, method: str = "GET") -> Decision:
        if self._shared.read("SELECT state FROM emu_faults WHERE id = 1")[0][0] == "{}":
            return Decision()  # the usual case, without taking the write lock
        with self._shared.write() as db:
            raw, generation = db.execute(
                "SELECT state, generation FROM emu_faults WHERE id = 1").fetchone()
            state: dict[str, Any] = json.loads(raw)
            decision = self._decide(state, generation, path, method)
            db.execute("UPDATE emu_faults SET state = ? WHERE id = 1", (json.dumps(state),))
        return decision


class SharedBusy:
    """Requests in flight per path, each worker's counts in a slot of a shared memory map.

    A count changes twice per request; a database write for each would make the workers wait
    for each other's write lock. So each worker writes its own counts (JSON) into its own slot
    of a file mapped into every process, under a sequence number that is odd while it writes;
    a reader sums the slots and reads a slot again if its number moved (a seqlock).
    """

    SLOT = 4096
    _HEAD = struct.Struct("<QI")  # sequence number, length of the JSON that follows

    def __init__(self, path: str, slots: int, slot: int | None = None) -> None:
        self.path = path
        self._slots = slots
        self._slot = slot
        size = slots * self.SLOT
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.fstat(fd).st_size < size:
                os.ftruncate(fd, size)
            self._map = mmap.mmap(fd, size)
        finally:
            os.close(fd)
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}
        self._sequence = 0

    def add(self, path: str, delta: int) -> None:
        if self._slot is None:
            raise RuntimeError("only a worker process counts requests")
        with self._lock:
            count = self._counts.get(path, 0) + delta
            if count > 0:
                self._counts[path] = count
            else:
                self._counts.pop(path, None)
            data = json.dumps(self._counts).encode()[: self.SLOT - self._HEAD.size]
            base = self._slot * self.SLOT
            self._sequence += 1  # odd: being written
            self._map[base:base + 8] = struct.pack("<Q", self._sequence)
            self._map[base + self._HEAD.size:base + self._HEAD.size + len(data)] = data
            self._map[base + 8:base + 12] = struct.pack("<I", len(data))
            self._sequence += 1
            self._map[base:base + 8] = struct.pack("<Q", self._sequence)

    def _read_slot(self, slot: int) -> dict[str, int]:
        base = slot * self.SLOT
        for _ in range(1000):
            sequence, length = self._HEAD.unpack_from(self._map, base)
            if sequence % 2:
                time.sleep(0)
                continue
            raw = bytes(self._map[base + self._HEAD.size:base + self._HEAD.size + length])
            if self._HEAD.unpack_from(self._map, base)[0] != sequence:
                continue
            data: dict[str, int] = json.loads(raw) if length else {}
            return data
        raise RuntimeError("a worker's count of requests kept changing while read")

    def snapshot(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for slot in range(self._slots):
            for path, count in self._read_slot(slot).items():
                total[path] = total.get(path, 0) + count
        return total

    def clear(self) -> None:
        self._map[:] = bytes(len(self._map))

    def close(self) -> None:
        self._map.close()


class SharedProblems:
    """``EmulatorApp.problems`` for several processes: appended by any, listed by all."""

    def __init__(self, state: SharedState) -> None:
        self._shared = state

    def append(self, text: str) -> None:
        with self._shared.write() as db:
            db.execute("INSERT INTO emu_problems (text) VALUES (?)", (text,))

    def __iter__(self) -> Iterator[str]:
        rows = self._shared.read("SELECT text FROM emu_problems ORDER BY id")
        return iter([str(row[0]) for row in rows])

    def __len__(self) -> int:
        return int(self._shared.read("SELECT COUNT(*) FROM emu_problems")[0][0])

    def clear(self) -> None:
        with self._shared.write() as db:
            db.execute("DELETE FROM emu_problems")
