"""An emulator for the onboarding tests: one per module, limits out of the way, answers checked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from zaddesk.emulator.server import EmulatorServer


@pytest.fixture(scope="module")
def emulator() -> Iterator[EmulatorServer]:
    server = EmulatorServer(rate_limit=(100_000, 60.0), check_responses=True)
    with server:
        yield server
    assert server.problems == []
