"""Per-key fixed-window request limits, as the real API enforces them (100/min, stats 3/min).

The window opens at a key's first request and closes ``seconds`` later; ``Reset`` is the whole
number of seconds until it closes, which is what a client needs to schedule its next call.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from zaddesk.emulator.core import Clock

__all__ = ["Limiter", "Verdict"]


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    limit: int
    remaining: int
    reset: int


class Limiter:
    def __init__(self, limit: int, seconds: float, clock: Clock) -> None:
        if limit < 1 or seconds <= 0:
            raise ValueError("rate limit must be at least 1 request per positive window")
        self.limit = limit
        self.seconds = seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[float, int]] = {}

    @contextmanager
    def _held(self) -> Iterator[dict[str, tuple[float, int]]]:
        """The windows by key, kept from other callers while the block runs; what the block
        changes in them is kept (a process's own dict here, a shared map across processes)."""
        with self._lock:
            yield self._windows

    def _open(self, windows: dict[str, tuple[float, int]], key: str,
              now: float) -> tuple[float, int]:
        """``key``'s window at ``now``: its start and requests so far (a closed one starts anew)."""
        start, used = windows.get(key, (now, 0))
        if now >= start + self.seconds:
            return now, 0
        return start, used

    def _verdict(self, allowed: bool, start: float, used: int, now: float) -> Verdict:
        reset = max(0, math.ceil(start + self.seconds - now))
        return Verdict(allowed, self.limit, max(0, self.limit - used), reset)

    def hit(self, key: str) -> Verdict:
        """Count one request for ``key`` unless the window is full."""
        now = self._clock.now()
        with self._held() as windows:
            start, used = self._open(windows, key, now)
            allowed = used < self.limit
            if allowed:
                used += 1
            windows[key] = (start, used)
        return self._verdict(allowed, start, used, now)

    def peek(self, key: str) -> Verdict:
        now = self._clock.now()
        with self._held() as windows:
            start, used = self._open(windows, key, now)
        return self._verdict(used < self.limit, start, used, now)


def parse_limit(text: str) -> tuple[int, float]:
    """``"100/60"`` -> ``(100, 60.0)``."""
    count, _, seconds = text.partition("/")
    try:
        result = int(count), float(seconds or "60")
    except ValueError:
        raise ValueError(f"rate limit must look like N/SECONDS, not {text!r}") from None
    if result[0] < 1 or result[1] <= 0:
        raise ValueError(f"rate limit must be positive, not {text!r}")
    return result
