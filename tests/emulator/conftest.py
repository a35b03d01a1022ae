"""Fixtures shared by the emulator-backed test modules."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from zaddesk.emulator.server import EmulatorServer


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    """One emulator for the module (the tests use distinct clients), answers checked."""
    emulator = EmulatorServer(
        rate_limit=(100_000, 60.0),
        stats_rate_limit=(10_000, 60.0),
        seed="demo",
        check_responses=True,
        workers=int(os.environ.get("ZADDESK_TEST_WORKERS", "1")),
    )
    emulator.start()
    yield emulator
    emulator.stop()
    assert emulator.problems == []
