"""Per-key fixed-window request limits, as the real API enforces them (100/min, stats 3/min).

The window opens at a key's first request and closes ``seconds`` later; ``Reset`` is the whole
number of seconds until it closes, which is what a client needs to schedule its next call.
"""

from __future__ import annotations

import math
import threading
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

    def hit(self, key: str) -> Verdict:
        """Count one request for ``key`` unless the window is full."""
        now = self._clock.now()
        with self._lock:
            start, used = self._windows.get(key, (now, 0))
            if now >= start + self.seconds:
                start, used = now, 0
            allowed = used < self.limit
            if allowed:
                used += 1
            self._windows[key] = (start, used)
        reset = max(0, math.ceil(start + self.seconds - now))
        return Verdict(allowed, self.limit, max(0, self.limit - used), reset)

    def peek(self, key: str) -> Verdict:
        now = self._clock.now()
        with self._lock:
            start, used = self._windows.get(key, (now, 0))
        if now >= start + self.seconds:
            start, used = now, 0
        reset = max(0, math.ceil(start + self.seconds - now))
        return Verdict(used < self.limit, self.limit, max(0, self.limit - used), reset)


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
