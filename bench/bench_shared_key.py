"""Consoles in separate processes on one key, started at the same moment: 429s on the wire
and the time against what the limit allows.

Each console is its own process with its own limiter (as two reps' machines would be), so
only the server's ``X-RateLimit-*`` headers tell one of the others. Every console sends its
GETs through a recording transport around the real one, which counts each status on the
wire, 429s the limiter later hid from its caller included.

Scenarios (the emulator runs as a child process with the same limit):

- ``consoles``: N consoles fire R GETs each at once;
- ``cli``: one console fires R GETs at once while a loop in another process sends R GETs
  one after another.

The figure is the elapsed time over the limit's minimum: the first L requests go at once,
each further L need one more window, so the minimum is ``(ceil(total / L) - 1) * W``. The
baseline, measured in the same run on a fresh emulator, is one process sending all the
requests at once through one limiter. Target: 0 × 429, ratio <= 1.10.

    .venv/bin/python bench/bench_shared_key.py [--consoles 3] [--requests 60]
        [--limit 100] [--window 10] [--rounds 3] [--scenario consoles|cli|both]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import subprocess
import sys
import time
from collections import Counter
from typing import Any

from fakes import Recording, emulator_process  # bench/ is on sys.path when a bench runs

from zaddesk.api.transport import RateLimits, Transport

PATH = "/v1/info/balance/"


async def console(base_url: str, key: str, secret: str, requests: int, limit: int,
                  window: float, start_at: float, sequential: bool) -> dict[str, Any]:
    recording = Recording()
    transport = Transport(base_url, key, secret,
                          rate_limits=RateLimits(general=limit, general_window=window),
                          http_transport=recording)
    delay = start_at - time.time()
    if delay > 0:
        await asyncio.sleep(delay)
    started = time.time()
    failures = 0
    if sequential:
        for _ in range(requests):
            try:
                await transport.request("GET", PATH)
            except Exception:
                failures += 1
    else:
        results = await asyncio.gather(
            *(transport.request("GET", PATH) for _ in range(requests)), return_exceptions=True
        )
        failures = sum(1 for r in results if isinstance(r, BaseException))
    ended = time.time()
    await transport.aclose()
    return {"started": started, "ended": ended, "failures": failures,
            "statuses": dict(recording.statuses)}



def run_processes(base_url: str, key: str, secret: str, plans: list[tuple[int, bool]],
                  limit: int, window: float) -> tuple[float, Counter[int], int]:
    """Start one process per plan (requests, sequential); all begin at the same moment."""
    start_at = time.time() + 1.5 + 0.3 * len(plans)  # time for every interpreter to load
    children = []
    for requests, sequential in plans:
        spec = json.dumps([base_url, key, secret, requests, limit, window, start_at,
                           sequential])
        children.append(subprocess.Popen([sys.executable, __file__, "--child", spec],
                                         stdout=subprocess.PIPE, text=True))
    results = []
    for child in children:
        out, _ = child.communicate(timeout=600)
        results.append(json.loads(out.strip().splitlines()[-1]))
    late = max(r["started"] for r in results) - start_at
    if late > 0.2:
        print(f"   (a process began {late:.2f} s late: the machine is loaded)")
    statuses: Counter[int] = Counter()
    for r in results:
        statuses.update({int(k): v for k, v in r["statuses"].items()})
    elapsed = max(r["ended"] for r in results) - min(r["started"] for r in results)
    return elapsed, statuses, sum(r["failures"] for r in results)


def scenario(name: str, plans: list[tuple[int, bool]], limit: int, window: float) -> tuple[
        float, float, int]:
    total = sum(requests for requests, _ in plans)
    minimum = (math.ceil(total / limit) - 1) * window
    with emulator_process(limit, window) as (base_url, key, secret):
        elapsed, statuses, failures = run_processes(base_url, key, secret, plans, limit,
                                                    window)
    with emulator_process(limit, window) as (base_url, key, secret):
        base_elapsed, base_statuses, _ = run_processes(base_url, key, secret, [(total, False)],
                                                       limit, window)
    ratio, base_ratio = elapsed / minimum, base_elapsed / minimum
    print(f"   {name}: {elapsed:.2f} s = {ratio:.3f} x minimum ({minimum:g} s); 429 on the wire:"
          f" {statuses.get(429, 0)}; statuses {dict(sorted(statuses.items()))};"
          f" failed {failures}")
    print(f"   baseline, one process with all {total}: {base_elapsed:.2f} s ="
          f" {base_ratio:.3f} x minimum; 429 on the wire: {base_statuses.get(429, 0)}")
    return ratio, base_ratio, statuses.get(429, 0)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        args = json.loads(sys.argv[2])
        print(json.dumps(asyncio.run(console(*args))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--consoles", type=int, default=3)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--window", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--scenario", choices=["consoles", "cli", "both"], default="both")
    args = parser.parse_args()
    scenarios: list[tuple[str, list[tuple[int, bool]]]] = []
    if args.scenario in ("consoles", "both"):
        scenarios.append((f"{args.consoles} consoles x {args.requests} at once",
                          [(args.requests, False)] * args.consoles))
    if args.scenario in ("cli", "both"):
        scenarios.append((f"console x {args.requests} at once + a loop of {args.requests}",
                          [(args.requests, False), (args.requests, True)]))
    print(f"limit {args.limit} per {args.window:g} s; target: 0 x 429, ratio <= 1.10")
    for name, plans in scenarios:
        ratios: list[float] = []
        bases: list[float] = []
        refused = 0
        for round_number in range(1, args.rounds + 1):
            print(f"-- {name}, round {round_number}/{args.rounds}")
            ratio, base, too_many = scenario(name, plans, args.limit, args.window)
            ratios.append(ratio)
            bases.append(base)
            refused += too_many
        print(f"== {name}: ratio {min(ratios):.3f}-{max(ratios):.3f}"
              f" (one process: {min(bases):.3f}-{max(bases):.3f}); 429 on the wire: {refused}")


if __name__ == "__main__":
    main()
