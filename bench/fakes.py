"""What several benchmarks share: the same made-up clients, an emulator in a child process,
and a transport that counts the statuses on the wire."""

from __future__ import annotations

import contextlib
import secrets
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx


@contextlib.contextmanager
def emulator_process(limit: int, window: float) -> Iterator[tuple[str, str, str]]:
    """An emulator in its own process (its own GIL, as the real server is elsewhere) with a
    fresh key and the given rate limit; yields (base_url, key, secret)."""
    key, secret = secrets.token_hex(10), secrets.token_hex(16)
    command = [sys.executable, "-m", "zaddesk.emulator", "--port", "0", "--key", key,
               "--secret", secret, "--rate-limit", f"{limit}/{window:g}"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True)
    try:
        assert child.stdout is not None
        base_url = ""
        for line in child.stdout:
            if line.startswith("base_url:"):
                base_url = line.split(":", 1)[1].strip()
                break
        if not base_url:
            raise SystemExit("the emulator did not start")
        yield base_url, key, secret
    finally:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()


def fake_users(n: int) -> list[dict[str, Any]]:
    surnames = ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski")
    return [
        {
            "id": 10_000 + i,
            "email": f"client{i}@example.com",
            "first_name": f"Jan{i}",
            "last_name": surnames[i % len(surnames)],
            "organization": f"Org {i % 97}",
            "phone": f"+48601{i:06d}",
            "created": "2024-01-02 03:04:05",
            "last_login": "2024-02-02 03:04:05",
            "balance": f"{i % 500}.{i % 100:02d}",
            "currency": "PLN" if i % 3 else "USD",
            "sips_count": i % 4,
            "is_active": i % 5 != 0,
            "allow_topup": True,
            "allow_api_requests": False,
        }
        for i in range(n)
    ]


class Recording(httpx.AsyncBaseTransport):
    """The real transport, with every status that crossed the wire counted."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.statuses: Counter[int] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        self.statuses[response.status_code] += 1
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
