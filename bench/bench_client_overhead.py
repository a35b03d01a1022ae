"""Sequential GETs through ``zaddesk.api`` against a plain ``httpx.AsyncClient``, same emulator.

Both send the same signed ``GET /v1/info/balance/`` to one embedded emulator over keep-alive
connections, one after another, in the same process and run; the plain client reuses one
precomputed signature (the request never changes), so the difference is what our client adds:
signing, the rate limiter, error mapping, typed decoding and logging. Rounds alternate to
spread any noise from the machine over both.

Run: ``.venv/bin/python bench/bench_client_overhead.py [CALLS]``; target: ratio <= 1.2.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time

import httpx

from zaddesk.api.client import Zadarma
from zaddesk.api.signing import sign
from zaddesk.emulator.server import EmulatorServer

PATH = "/v1/info/balance/"


async def ours(api: Zadarma, calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        await api.info.balance()
    return (time.perf_counter() - start) / calls


async def plain(client: httpx.AsyncClient, url: str, auth: str, calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        response = await client.get(url, headers={"Authorization": auth})
        response.raise_for_status()
        response.json()
    return (time.perf_counter() - start) / calls


async def main(calls: int) -> None:
    server = EmulatorServer(seed="demo", rate_limit=(1_000_000, 60.0))
    server.start()
    try:
        query, auth = sign(PATH, {}, server.key, server.secret)
        url = server.base_url + PATH + (f"?{query}" if query else "")
        async with Zadarma(server.base_url, server.key, server.secret) as api, \
                httpx.AsyncClient() as client:
            await ours(api, 20)  # warm both: connections, imports, caches
            await plain(client, url, auth, 20)
            mine, bare = [], []
            for _ in range(5):
                mine.append(await ours(api, calls))
                bare.append(await plain(client, url, auth, calls))
    finally:
        server.stop()
    m, b = statistics.median(mine) * 1000, statistics.median(bare) * 1000
    print(f"plain httpx GET:   {b:.3f} ms per call (median of 5 rounds of {calls})")
    print(f"zaddesk.api GET:   {m:.3f} ms per call   ratio {m / b:.2f}  (target <= 1.2)")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
