"""How close the client-side limiter gets to what the rate limit allows, without any 429.

Fires N GETs at once at the emulator with a scaled-down limit (L per W seconds, the same on
both sides) and prints elapsed time against the theoretical minimum: the first L go at once,
and each further batch of L needs one more window, so the minimum is
``(ceil(N / L) - 1) * W``. Target: ratio <= 1.10 and no 429.

The emulator runs as its own process by default, as the real API would be remote; with
``--in-process`` it shares this interpreter (and its GIL) with the client, which slows both.

    .venv/bin/python bench/bench_ratelimit.py [--requests 150] [--limit 50] [--window 3]
                                              [--in-process]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import statistics
import time
from collections.abc import Iterator

from fakes import Recording, emulator_process  # bench/ is on sys.path when a bench runs

from zaddesk.api.transport import RateLimits, Transport
from zaddesk.emulator.server import EmulatorServer


async def fire(base_url: str, key: str, secret: str, requests: int, limit: int,
               window: float) -> tuple[float, int]:
    counting = Recording()
    transport = Transport(
        base_url, key, secret,
        rate_limits=RateLimits(general=limit, general_window=window),
        http_transport=counting,
    )
    started = time.perf_counter()
    results = await asyncio.gather(
        *(transport.request("GET", "/v1/info/balance/") for _ in range(requests)),
        return_exceptions=True,
    )
    elapsed = time.perf_counter() - started
    await transport.aclose()
    failures = [r for r in results if isinstance(r, BaseException)]
    minimum = (math.ceil(requests / limit) - 1) * window
    ratio = elapsed / minimum if minimum else float("nan")
    print(f"requests:            {requests} GET at once, limit {limit} per {window:g} s")
    print(f"elapsed:             {elapsed:.3f} s")
    print(f"theoretical minimum: {minimum:.3f} s")
    print(f"ratio:               {ratio:.3f}   (target <= 1.10)")
    print(f"429 answers:         {counting.statuses.get(429, 0)}   (target 0)")
    print(f"HTTP statuses:       {dict(sorted(counting.statuses.items()))}")
    print(f"failed requests:     {len(failures)}")
    return ratio, counting.statuses.get(429, 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=150)
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--window", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3,
                        help="repeat with a fresh emulator; the median ratio is the result")
    parser.add_argument("--in-process", action="store_true",
                        help="run the emulator in this process instead of a child process")
    args = parser.parse_args()
    starter = in_process if args.in_process else emulator_process
    ratios: list[float] = []
    refused = 0
    for round_number in range(1, args.rounds + 1):
        with starter(args.limit, args.window) as (base_url, key, secret):
            where = "in this process" if args.in_process else "child process"
            print(f"-- round {round_number}/{args.rounds} (emulator: {where})")
            ratio, too_many = asyncio.run(
                fire(base_url, key, secret, args.requests, args.limit, args.window)
            )
        ratios.append(ratio)
        refused += too_many
    print("-- result")
    print(f"ratio per round:     {', '.join(f'{r:.3f}' for r in ratios)}")
    print(f"median ratio:        {statistics.median(ratios):.3f}   (target <= 1.10)")
    print(f"429 answers, total:  {refused}   (target 0)")


@contextlib.contextmanager
def in_process(limit: int, window: float) -> Iterator[tuple[str, str, str]]:
    server = EmulatorServer(rate_limit=(limit, window))
    server.start()
    try:
        yield server.base_url, server.key, server.secret
    finally:
        server.stop()



if __name__ == "__main__":
    main()
