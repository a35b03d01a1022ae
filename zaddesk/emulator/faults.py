"""Faults the emulator injects on request, so the client's failure paths can be tested for real.

Switches (``EmulatorServer.set_faults(...)`` or ``POST /_emulator/faults`` with a JSON object):

- ``latency``: seconds to wait before answering every ``/v1/`` request (until cleared).
- ``status_5xx``: the next N requests answer HTTP 500 with error JSON, *without* being applied.
- ``drop_after_apply``: the next N requests are applied, then the connection is cut after the
  response has started (headers and part of the body sent): the client sees no complete answer.
- ``malformed_json``: the next N requests are applied and answered 200 with truncated JSON.
- ``html_error``: the next N requests answer HTTP 502 with an HTML page (a proxy), not applied.
- ``cut_upload``: the next N requests are cut while their body is still arriving: the server
  reads the first part, then closes the connection; nothing is applied (a network failing
  mid-upload).
- ``hold``: while set (non-zero), matching ``/v1/`` requests wait unanswered and unapplied
  until the faults are set again (``set_faults()`` releases them): a request that is surely
  on the wire, for as long as a test needs, without a race against a latency.
- ``apply_after_disconnect``: the next N requests are read, then left unanswered until the
  client gives up (times out and closes the connection), and only then applied: the server
  that finished the work after the client stopped waiting, so "unknown outcome" can be tested
  with an outcome that is really "applied".
- ``path``: if given, only requests to this method path (trailing slash optional) are affected.
- ``writes``: if non-zero, only requests that change something (not GET) are affected.
- ``skip``: the first N affected requests pass untouched before the faults apply, so a fault
  can hit, say, the third call of a run: ``{"skip": 2, "drop_after_apply": 1, "writes": 1}``.

``{}`` (or ``set_faults()``) clears everything. Counts go down as requests consume them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

__all__ = ["FAULT_KEYS", "Decision", "Faults"]

FAULT_KEYS = (
    "latency", "status_5xx", "drop_after_apply", "malformed_json", "html_error", "hold",
    "apply_after_disconnect", "cut_upload", "path", "writes", "skip",
)


@dataclass
class Decision:
    latency: float = 0.0
    status_5xx: bool = False
    drop_after_apply: bool = False
    malformed_json: bool = False
    html_error: bool = False
    apply_after_disconnect: bool = False
    cut_upload: bool = False
    hold: int | None = None  # the faults' generation to wait out, if held


class Faults:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: dict[str, Any] = {}
        self._generation = 0

    def set(self, **faults: Any) -> None:
        clean = self._clean(faults)
        with self._lock:
            self._state = clean
            self._generation += 1

    @staticmethod
    def _clean(faults: dict[str, Any]) -> dict[str, Any]:
        """The switches checked and normalised; ``ValueError`` names the first bad one."""
        unknown = set(faults) - set(FAULT_KEYS)
        if unknown:
            raise ValueError(f"unknown fault switches: {', '.join(sorted(unknown))}")
        clean: dict[str, Any] = {}
        for key, value in faults.items():
            if value is None:
                continue
            if key == "path":
                clean[key] = str(value).rstrip("/")
            elif key == "latency":
                if isinstance(value, bool) or not isinstance(value, int | float | str):
                    raise ValueError("latency must be a number of seconds")
                clean[key] = float(value)
                if not 0 <= clean[key] <= 3600:
                    raise ValueError("latency must be between 0 and 3600 seconds")
            else:
                if isinstance(value, bool) or not isinstance(value, int | str):
                    raise ValueError(f"{key} must be a whole number")
                clean[key] = int(value)
                if clean[key] < 0:
                    raise ValueError(f"{key} must not be negative")
        return clean

    @property
    def generation(self) -> int:
        """Goes up on every ``set``: a held request waits until it changes."""
        with self._lock:
            return self._generation

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._state)

    def take(self, path: str, method: str = "GET") -> Decision:
        """Decide the faults for one request and consume the counts it uses."""
        with self._lock:
            return self._decide(self._state, self._generation, path, method)

    @staticmethod
    def _decide(state: dict[str, Any], generation: int, path: str, method: str) -> Decision:
        """The decision for one request; the counts it uses are taken from ``state``."""
        decision = Decision()
        if not state:
            return decision
        target = state.get("path")
        if target and path.rstrip("/") != target:
            return decision
        if state.get("writes") and method.upper() == "GET":
            return decision
        if state.get("skip", 0) > 0:
            state["skip"] -= 1
            return decision
        decision.latency = float(state.get("latency", 0.0))
        if state.get("hold", 0) > 0:
            decision.hold = generation
        for key in ("html_error", "status_5xx", "drop_after_apply", "malformed_json",
                    "apply_after_disconnect", "cut_upload"):
            if state.get(key, 0) > 0:
                state[key] -= 1
                setattr(decision, key, True)
                break
        return decision
