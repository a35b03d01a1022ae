"""Does the emulator serve concurrent requests concurrently? 20 GETs at once against the same
20 one after another, same client, same emulator, same run.

The emulator runs as its own process (``python -m zaddesk.emulator``), as the real API is
remote; the client is a plain ``httpx.AsyncClient`` with one signed request, so the figure is
the server's. Rounds alternate the two ways to spread the machine's noise over both. Several
read paths are mixed (balance, the client list, the number directions), as a console's page
load does.

Run: ``.venv/bin/python bench/bench_emulator_concurrency.py [--rounds 7] [--requests 20]``;
target: concurrent at least 2x faster than sequential.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import statistics
import subprocess
import sys
import time

import httpx

from zaddesk.api.signing import sign

PATHS = ["/v1/info/balance/", "/v1/reseller/users/list/", "/v1/info/price/"]


def start_emulator(key: str, secret: str) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "zaddesk.emulator", "--port", "0", "--key", key,
               "--secret", secret, "--rate-limit", "1000000/60"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("base_url:"):
            return child, line.split(":", 1)[1].strip()
    child.kill()
    raise SystemExit("the emulator did not start")


async def main(rounds: int, requests: int) -> None:
    key, secret = secrets.token_hex(10), secrets.token_hex(16)
    child, base_url = start_emulator(key, secret)
    try:
        signed = []
        for path in PATHS:
            params = {"number": "48221234567"} if path == "/v1/info/price/" else {}
            query, auth = sign(path, params, key, secret)
            signed.append((base_url + path + (f"?{query}" if query else ""), auth))
        calls = [signed[i % len(signed)] for i in range(requests)]
        limits = httpx.Limits(max_connections=requests, max_keepalive_connections=requests)
        async with httpx.AsyncClient(limits=limits, timeout=60) as client:

            async def one(url: str, auth: str) -> None:
                response = await client.get(url, headers={"Authorization": auth})
                response.raise_for_status()
                response.json()

            async def sequential() -> float:
                start = time.perf_counter()
                for url, auth in calls:
                    await one(url, auth)
                return time.perf_counter() - start

            async def concurrent() -> float:
                start = time.perf_counter()
                await asyncio.gather(*(one(url, auth) for url, auth in calls))
                return time.perf_counter() - start

            await concurrent()  # open the connections, warm the caches
            await sequential()
            seq: list[float] = []
            con: list[float] = []
            for _ in range(rounds):
                seq.append(await sequential())
                con.append(await concurrent())
    finally:
        child.terminate()
        child.wait(timeout=10)
    ratios = [s / c for s, c in zip(seq, con, strict=True)]
    print(f"{requests} GETs one after another: median {statistics.median(seq) * 1000:.1f} ms"
          f" ({min(seq) * 1000:.1f}-{max(seq) * 1000:.1f})")
    print(f"{requests} GETs at once:           median {statistics.median(con) * 1000:.1f} ms"
          f" ({min(con) * 1000:.1f}-{max(con) * 1000:.1f})")
    print(f"sequential / concurrent: median {statistics.median(ratios):.2f}"
          f" (rounds {min(ratios):.2f}-{max(ratios):.2f}); target >= 2")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--requests", type=int, default=20)
    options = parser.parse_args()
    asyncio.run(main(options.rounds, options.requests))
