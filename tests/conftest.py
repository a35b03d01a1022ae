"""Shared fixtures: a live emulator per test, and a factory for tests that need several.

Every emulator started here checks its own answers against the OpenAPI spec; a test whose
emulator gave an answer outside the spec (or whose handler crashed) fails at teardown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from zaddesk.emulator.server import EmulatorServer

EmulatorFactory = Callable[..., EmulatorServer]

# Generous limits: tests are not about the limit unless they say so.
TEST_RATE_LIMIT = (10_000, 60.0)


@pytest.fixture
def emulator_factory() -> Iterator[EmulatorFactory]:
    """``emulator_factory(**kwargs)`` -> a started EmulatorServer; all stopped at teardown."""
    started: list[EmulatorServer] = []

    def make(**kwargs: Any) -> EmulatorServer:
        kwargs.setdefault("db", ":memory:")
        kwargs.setdefault("seed", "demo")
        kwargs.setdefault("rate_limit", TEST_RATE_LIMIT)
        kwargs.setdefault("stats_rate_limit", TEST_RATE_LIMIT)
        kwargs.setdefault("check_responses", True)
        server = EmulatorServer(**kwargs)
        server.start()
        started.append(server)
        return server

    yield make
    problems: list[str] = []
    for server in started:
        problems.extend(server.problems)
        server.stop()
    if problems:
        pytest.fail("emulator answers outside the spec:\n" + "\n".join(problems))


@pytest.fixture
def emulator(emulator_factory: EmulatorFactory) -> EmulatorServer:
    """A started emulator: in-memory SQLite, demo seed, high rate limits, answers checked."""
    return emulator_factory()
