"""Shared fixtures: a live emulator per test, and a factory for tests that need several.

Every emulator started here checks its own answers against the OpenAPI spec; a test whose
emulator gave an answer outside the spec (or whose handler crashed) fails at teardown.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings

from zaddesk.api.signing import flatten, sign
from zaddesk.emulator.server import EmulatorServer

EmulatorFactory = Callable[..., EmulatorServer]

# Property tests give the same answer on every run and every machine: the same examples
# (derandomize), no database of past failures in the working tree, and no time limit per
# example (a loaded CI machine, or phonenumbers loading its metadata on first use, would
# fail a deadline or the too-slow health check with no bug in sight). For a wider random
# search: HYPOTHESIS_PROFILE=explore.
settings.register_profile(
    "zaddesk",
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "explore", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "zaddesk"))


@pytest.fixture(autouse=True, scope="session")
def _never_the_users_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The whole run, subprocesses included, sees a throw-away home and no keyring.

    A test that forgets its own ``ZADDESK_HOME`` or keyring then writes to a temp folder
    and gets ``NoKeyringError``, instead of touching the real user's profiles, logs or
    secrets. Tests that need a keyring install an in-memory one themselves.
    """
    import keyring
    import keyring.backends.fail

    home = tmp_path_factory.mktemp("home")
    patch = pytest.MonkeyPatch()
    patch.setenv("HOME", str(home))
    patch.setenv("ZADDESK_HOME", str(home / "zaddesk"))
    for name, folder in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                         ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        patch.setenv(name, str(home / folder))
    patch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    # Hypothesis caches what it learns of the source in .hypothesis/ of the working tree.
    from hypothesis.configuration import set_hypothesis_home_dir

    set_hypothesis_home_dir(str(home / ".hypothesis"))
    try:
        yield
    finally:
        set_hypothesis_home_dir(None)
        keyring.set_keyring(previous)
        patch.undo()

# ZADDESK_TEST_WORKERS=2 runs the tests' emulators as worker processes over one database file
# (``EmulatorServer(workers=2)``): every answer and money rule must stay as in one process.
_WORKERS = int(os.environ.get("ZADDESK_TEST_WORKERS", "1"))

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
        if _WORKERS > 1 and "clock" not in kwargs:
            kwargs.setdefault("workers", _WORKERS)
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


_client: httpx.Client | None = None


def _http() -> httpx.Client:
    """One client for the whole run: building an SSL context per request costs more than a call."""
    global _client
    if _client is None:
        _client = httpx.Client(timeout=10)
    return _client


def signed(
    server: EmulatorServer,
    method: str,
    path: str,
    params: dict[str, Any] | None = None,
    *,
    files: dict[str, tuple[str, bytes, str]] | None = None,
    key: str | None = None,
    secret: str | None = None,
) -> httpx.Response:
    """One request signed by the client-side signer (``zaddesk.api.signing``), sent over a socket.

    GET puts the signed string in the URL, other methods send it as the form body; with
    ``files`` the body is multipart and only the non-file fields are signed.
    """
    query, authorization = sign(path, params, key or server.key, secret or server.secret)
    headers = {"Authorization": authorization}
    url = server.base_url + path
    client = _http()
    if method.upper() == "GET":
        return client.request(method, url + (f"?{query}" if query else ""), headers=headers)
    if files:
        data = dict(flatten(params or {}))
        return client.request(method, url, headers=headers, data=data, files=files)
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return client.request(method, url, headers=headers, content=query.encode())


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _client
    if _client is not None:
        _client.close()
        _client = None
