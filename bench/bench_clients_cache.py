"""How fast the clients page can show and search 5,000 cached clients.

Prints each measurement next to a baseline doing the least possible work on the same data
(a bare ``sqlite3`` ``SELECT`` of the same rows and columns; a Python list filter over tuples), and
the ratio.  Run: ``.venv/bin/python bench/bench_clients_cache.py [N]``.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from fakes import fake_users  # bench/ is on sys.path when a bench runs

from zaddesk.core.clients import COLUMNS, ClientRow, ClientsCache, matches

QUERIES = ("kowal", "client42", "601 234", "org 3", "@example.com", "nothing-matches")


def filter_rows(rows: list[ClientRow], q: str) -> list[ClientRow]:
    return [r for r in rows if matches(r, q)]


def best(fn: Callable[[], Any], repeat: int = 15) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000, statistics.median(times) * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "clients.sqlite3"
        cache = ClientsCache(path)
        start = time.perf_counter()
        users = fake_users(n)
        for k in range(0, n, 50):  # as refresh() stores them: one page at a time
            cache.upsert(users[k : k + 50])
        fill = (time.perf_counter() - start) * 1000
        raw = sqlite3.connect(path)
        cols = "id, email, first_name, last_name, organization, phone, balance, currency"
        plain = raw.execute(f"SELECT {cols} FROM clients").fetchall()

        print(f"clients cache, {n} clients (best / median of 15, ms)")
        print(f"  fill in pages of 50       {fill:8.2f}")
        ours, ours_med = best(lambda: cache.load_all())
        same = "SELECT " + ", ".join(COLUMNS) + " FROM clients ORDER BY id"
        base, base_med = best(lambda: raw.execute(same).fetchall())
        print(
            f"  load_all                  {ours:8.2f} / {ours_med:6.2f}   baseline bare SELECT "
            f"{base:6.2f} / {base_med:6.2f}   ratio {ours / base:5.2f}"
        )
        sorted_ms, _ = best(lambda: cache.load_all("name", descending=True))
        print(f"  load_all sorted by name   {sorted_ms:8.2f}   ratio {sorted_ms / base:5.2f}")
        rows = cache.load_all()
        for q in QUERIES:
            ours, _ = best(partial(cache.search, q))
            words = q.casefold().split()

            def baseline(words: list[str] = words) -> list[Any]:
                return [
                    r for r in plain if all(w in " ".join(map(str, r)).casefold() for w in words)
                ]

            base, _ = best(baseline)
            mem, _ = best(partial(filter_rows, rows, q))
            hits = len(cache.search(q))
            print(
                f"  search {q!r:18} {ours:8.2f}   in memory {mem:6.2f}   baseline list filter "
                f"{base:6.2f}   ratio {ours / base:5.2f}   ({hits} hits)"
            )
        raw.close()
        cache.close()


if __name__ == "__main__":
    main()
