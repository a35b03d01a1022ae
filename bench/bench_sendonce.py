"""What sending once costs on top of the request itself: two durable journal writes.

Each ``SendOnce.send`` writes the intent (with the scope check) and the outcome, each a
committed transaction with ``synchronous=FULL``. The baseline is the least that gives the
same guarantee: two committed one-row writes to a bare WAL SQLite file with the same pragmas,
timed in the same loop (alternating, so disk noise hits both alike). A journal already
holding N settled steps shows that the scope check stays an index lookup; the lookup alone is
timed too. Run: ``.venv/bin/python bench/bench_sendonce.py [N]``.
"""

from __future__ import annotations

import asyncio
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from zaddesk.core.journal import Journal, Outcome
from zaddesk.core.sendonce import Intent, Scope, SendOnce

ROUNDS = 200


async def answer() -> dict[str, str]:
    return {"status": "success"}


class Bare:
    """Two committed writes to a plain WAL file: the floor for "durable before and after"."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)")

    def once(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        row = self.db.execute("INSERT INTO t(a) VALUES ('intent')").lastrowid
        self.db.execute("COMMIT")
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("UPDATE t SET b = 'done' WHERE id = ?", (row,))
        self.db.execute("COMMIT")


def measure(tmp: Path, name: str, prefill: int) -> None:
    journal = Journal(tmp / f"{name}.sqlite3")
    once = SendOnce(journal, profile="bench")
    ledger = journal.ledger(1, profile="bench")
    for n in range(prefill):  # other clients' history, all settled
        step = journal.record_intent(ledger.id, "topup", "POST", "/p/", {"n": n},
                                     scope=f"money:{n % 500 + 2}")
        journal.record_outcome(step.id, Outcome.APPLIED)
    bare = Bare(tmp / f"{name}-bare.sqlite3")
    ours: list[float] = []
    base: list[float] = []

    async def run() -> None:
        for n in range(ROUNDS):
            intent = Intent("topup", Scope("money", 1), {"amount": str(n)}, "bench")
            start = time.perf_counter()
            await once.send(intent, answer)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare.once()
            base.append(time.perf_counter() - start)

    asyncio.run(run())
    lookups = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        once.unsettled(Scope("money", 7))
        lookups.append(time.perf_counter() - start)
    med, b_med = statistics.median(ours) * 1000, statistics.median(base) * 1000
    label = f"journal with {prefill} steps"
    print(f"  {label:26s} send {med:7.3f} ms   baseline two bare commits {b_med:7.3f} ms   "
          f"x{med / b_med:4.2f}   scope lookup {statistics.median(lookups) * 1e6:6.1f} us")
    journal.close()


def main() -> None:
    prefill = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    print(f"send once, median of {ROUNDS} sends (journal on disk, synchronous=FULL)")
    with tempfile.TemporaryDirectory() as tmp:
        measure(Path(tmp), "empty", 0)
        measure(Path(tmp), "full", prefill)


if __name__ == "__main__":
    main()
