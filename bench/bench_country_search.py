"""A whole-country search at the emulator's default limit (100 a minute): time, 429s, and how
long the rep's own requests wait meanwhile.

One mask goes over every direction of the United States (60+ on the emulator) through
``search_country`` (BACKGROUND priority, a reserve of the limit left free). Meanwhile an
interactive request (``/v1/info/balance/``) is sent every 250 ms and timed.

Baseline, same run, on a fresh emulator with the same rep: the same available-number GETs
fired all at once, which is the fastest the limit allows for them (they all fit in one window,
so nothing waits on the limit but the server itself), and what that does to the rep's clicks.
Target: search time at most 1.10 × baseline, no 429, worst interactive request under 1 s.

    .venv/bin/python bench/bench_country_search.py [--mask 5] [--rounds 5] [--workers 8]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import tempfile
import time
from pathlib import Path

from fakes import Recording, emulator_process  # bench/ is on sys.path when a bench runs

from zaddesk.api.client import Zadarma
from zaddesk.api.transport import Priority, RateLimits
from zaddesk.core.catalog import Catalog, CatalogCache
from zaddesk.core.numbers import search_country

LIMIT, WINDOW = 100, 60.0


class Rep:
    """The rep's own clicks meanwhile: ``/v1/info/balance/`` every 250 ms, timed."""

    def __init__(self, api: Zadarma) -> None:
        self.api = api
        self.waits: list[float] = []
        self.stop = asyncio.Event()
        self.task: asyncio.Future[None] | None = None

    async def _loop(self) -> None:
        while not self.stop.is_set():
            at = time.perf_counter()
            await self.api.info.balance()
            self.waits.append(time.perf_counter() - at)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), 0.25)

    def start(self) -> None:
        self.task = asyncio.ensure_future(self._loop())

    async def finish(self) -> float:
        self.stop.set()
        if self.task is not None:
            await self.task
        return max(self.waits, default=0.0)


async def baseline(base_url: str, key: str, secret: str, mask: str) -> tuple[float, float]:
    api = Zadarma(base_url, key, secret,
                  rate_limits=RateLimits(general=LIMIT, general_window=WINDOW))
    directions = await api.numbers.country("US")
    await api.info.balance()  # the same warm-up as the search gets
    rep = Rep(api)
    rep.start()
    started = time.perf_counter()
    await asyncio.gather(*(
        api.numbers.available(d.id, mask=mask, priority=Priority.BACKGROUND)
        for d in directions
    ))
    elapsed = time.perf_counter() - started
    worst = await rep.finish()
    await api.aclose()
    return elapsed, worst


async def search(base_url: str, key: str, secret: str, mask: str, folder: Path,
                 workers: int) -> tuple[float, int, int, float, float, int]:
    counting = Recording()
    api = Zadarma(base_url, key, secret, http_transport=counting,
                  rate_limits=RateLimits(general=LIMIT, general_window=WINDOW))
    catalog = Catalog(api, CatalogCache(folder / "catalog.sqlite3"))
    directions = (await catalog.directions("US", "en", "USD")).value
    idle = time.perf_counter()
    await api.info.balance()
    idle_latency = time.perf_counter() - idle
    rep = Rep(api)
    rep.start()
    started = time.perf_counter()
    found = 0
    async for update in search_country(catalog, directions, mask, workers=workers):
        found = update.found
    elapsed = time.perf_counter() - started
    wait = await rep.finish()
    await api.aclose()
    return (elapsed, len(directions), counting.statuses.get(429, 0), wait, idle_latency, found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mask", default="5")
    parser.add_argument("--workers", type=int, default=8,
                        help="requests the search keeps in flight (the console uses 8)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="fresh emulators each round; the median ratio is the result")
    args = parser.parse_args()
    ratios: list[float] = []
    worst: list[float] = []
    refused = 0
    for round_number in range(1, args.rounds + 1):
        print(f"-- round {round_number}/{args.rounds}")
        with emulator_process(LIMIT, WINDOW) as (base_url, key, secret):
            base, base_wait = asyncio.run(baseline(base_url, key, secret, args.mask))
        with emulator_process(LIMIT, WINDOW) as (base_url, key, secret), \
                tempfile.TemporaryDirectory() as folder:
            elapsed, count, too_many, wait, idle, found = asyncio.run(
                search(base_url, key, secret, args.mask, Path(folder), args.workers))
        ratio = elapsed / base if base else float("nan")
        ratios.append(ratio)
        worst.append(wait)
        refused += too_many
        print(f"directions:              {count} (mask {args.mask!r}, {found} numbers found)")
        print(f"baseline (all at once):  {base * 1000:8.1f} ms   worst interactive meanwhile "
              f"{base_wait * 1000:.1f} ms")
        print(f"whole-country search:    {elapsed * 1000:8.1f} ms   ratio {ratio:.3f}")
        print(f"interactive, idle:       {idle * 1000:8.1f} ms")
        print(f"interactive, worst:      {wait * 1000:8.1f} ms   (target < 1000 ms)")
        print(f"429 answers:             {too_many}")
    print("-- result")
    print(f"ratio per round:         {', '.join(f'{r:.2f}' for r in ratios)}")
    print(f"median ratio:            {statistics.median(ratios):.3f}   (target <= 1.10)")
    print(f"worst interactive:       {max(worst) * 1000:.1f} ms   (target < 1000 ms)")
    print(f"429 answers, total:      {refused}   (target 0)")


if __name__ == "__main__":
    main()
