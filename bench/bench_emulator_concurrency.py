"""Does the emulator serve concurrent requests concurrently? 20 GETs at once against the same
20 one after another, same client, same emulator, same run.

The emulator runs as its own process (``python -m zaddesk.emulator``), as the real API is
remote. The client is a minimal HTTP/1.1 keep-alive client on asyncio streams (one
connection per request in flight, pre-signed requests), so the figure is the server's:
``httpx``'s pool scans its connections on every request, which alone makes 20 at once
slower than 20 in a row on this machine (``--httpx`` measures with it). Rounds alternate
the two ways to spread the machine's noise over both. Several read paths are mixed
(balance, the client list, a price), as a console's page load does.

Run: ``.venv/bin/python bench/bench_emulator_concurrency.py [--rounds 7] [--requests 20]``;
target: concurrent at least 2x faster than sequential.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import secrets
import statistics
import subprocess
import sys
import time

import httpx

from zaddesk.api.signing import sign


class Connection:
    """One keep-alive HTTP/1.1 connection: send a GET, read the answer by Content-Length."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 host: str) -> None:
        self.reader, self.writer, self.host = reader, writer, host

    @classmethod
    async def open(cls, base_url: str) -> Connection:
        host_port = base_url.split("//", 1)[1]
        host, port = host_port.rsplit(":", 1)
        reader, writer = await asyncio.open_connection(host, int(port))
        return cls(reader, writer, host_port)

    async def get(self, target: str, auth: str) -> bytes:
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\nAuthorization: {auth}"
                          "\r\nAccept: application/json\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = 0
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        body = await self.reader.readexactly(length)
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
        return body

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(OSError):
            await self.writer.wait_closed()

PATHS = ["/v1/info/balance/", "/v1/reseller/users/list/", "/v1/info/price/"]


def start_emulator(key: str, secret: str, workers: int) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "zaddesk.emulator", "--port", "0", "--key", key,
               "--secret", secret, "--rate-limit", "1000000/60", "--workers", str(workers)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("base_url:"):
            return child, line.split(":", 1)[1].strip()
    child.kill()
    raise SystemExit("the emulator did not start")


async def main(rounds: int, requests: int, use_httpx: bool, workers: int) -> None:
    key, secret = secrets.token_hex(10), secrets.token_hex(16)
    child, base_url = start_emulator(key, secret, workers)
    try:
        signed = []
        for path in PATHS:
            params = {"number": "48221234567"} if path == "/v1/info/price/" else {}
            query, auth = sign(path, params, key, secret)
            signed.append((path + (f"?{query}" if query else ""), auth))
        calls = [signed[i % len(signed)] for i in range(requests)]
        if use_httpx:
            limits = httpx.Limits(max_connections=requests, max_keepalive_connections=requests)
            client = httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60)

            async def one(index: int, target: str, auth: str) -> None:
                response = await client.get(target, headers={"Authorization": auth})
                response.raise_for_status()
                response.json()
        else:
            connections = [await Connection.open(base_url) for _ in range(requests)]

            async def one(index: int, target: str, auth: str) -> None:
                json.loads(await connections[index].get(target, auth))

        async def sequential() -> float:
            start = time.perf_counter()
            for target, auth in calls:
                await one(0, target, auth)
            return time.perf_counter() - start

        async def concurrent() -> float:
            start = time.perf_counter()
            await asyncio.gather(*(one(i, t, a) for i, (t, a) in enumerate(calls)))
            return time.perf_counter() - start

        await concurrent()  # open the connections, warm the caches
        await sequential()
        seq: list[float] = []
        con: list[float] = []
        for _ in range(rounds):
            seq.append(await sequential())
            con.append(await concurrent())
        if use_httpx:
            await client.aclose()
        else:
            for connection in connections:
                await connection.close()
    finally:
        child.terminate()
        child.wait(timeout=10)
    print(f"client: {'httpx.AsyncClient' if use_httpx else 'minimal keep-alive client'};"
          f" emulator worker processes: {workers}")
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
    parser.add_argument("--httpx", action="store_true", help="measure with httpx's client")
    parser.add_argument("--workers", type=int, default=2,
                        help="emulator processes (default 2, one per core here)")
    options = parser.parse_args()
    asyncio.run(main(options.rounds, options.requests, options.httpx, options.workers))
