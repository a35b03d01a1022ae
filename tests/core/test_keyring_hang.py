"""A keyring that blocks (locked, waiting for a prompt) costs a few seconds once, then secrets
are kept for the session and the reason is known; it never holds the console for good."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.keyrings import BlockingKeyring
from zaddesk.core import profiles
from zaddesk.core.profiles import SecretStorage

TIMEOUT = 0.3  # the tests shorten the default wait; the behaviour is the same


@pytest.fixture
def blocking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[BlockingKeyring]:
    monkeypatch.setenv("ZADDESK_HOME", str(tmp_path))
    monkeypatch.setattr(profiles, "KEYRING_TIMEOUT", TIMEOUT)
    old = keyring.get_keyring()
    ring = BlockingKeyring()
    keyring.set_keyring(ring)
    profiles._reset_session_for_tests()
    yield ring
    ring.release()
    keyring.set_keyring(old)
    profiles._reset_session_for_tests()


def test_the_default_wait_is_a_few_seconds() -> None:
    assert 1 <= profiles.KEYRING_TIMEOUT <= 10


def test_storing_falls_back_to_the_session_and_says_why(blocking: BlockingKeyring) -> None:
    assert profiles.secret_storage() is SecretStorage.KEYRING  # it looks fine until used
    assert profiles.keyring_problem() is None
    started = time.monotonic()
    assert profiles.store_secret("Biuro", "k1", "s1") is SecretStorage.SESSION
    assert time.monotonic() - started < TIMEOUT + 2
    assert profiles.get_secret("Biuro") == ("k1", "s1")
    assert profiles.secret_storage() is SecretStorage.SESSION
    assert profiles.keyring_timed_out()
    problem = profiles.keyring_problem()
    assert problem is not None and "did not answer" in problem


def test_reading_gives_up_once_then_never_waits_again(blocking: BlockingKeyring) -> None:
    started = time.monotonic()
    assert profiles.get_secret("Biuro") is None
    assert time.monotonic() - started < TIMEOUT + 2
    assert blocking.calls == 1
    started = time.monotonic()
    assert profiles.get_secret("Other") is None
    profiles.delete_secret("Other")
    assert profiles.store_secret("Other", "k", "s") is SecretStorage.SESSION
    assert time.monotonic() - started < TIMEOUT  # the hung backend is not asked again
    assert blocking.calls == 1
    assert profiles.get_secret("Other") == ("k", "s")


def test_a_backend_that_cannot_load_is_a_session_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZADDESK_HOME", str(tmp_path))
    profiles._reset_session_for_tests()

    def broken() -> object:
        raise ModuleNotFoundError("No module named 'no'")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    try:
        assert profiles.secret_storage() is SecretStorage.SESSION
        assert profiles.keyring_backend_name() == "none"
        assert profiles.store_secret("p", "k", "s") is SecretStorage.SESSION
        problem = profiles.keyring_problem()
        assert problem is not None and "ModuleNotFoundError" in problem
        assert not profiles.keyring_timed_out()
    finally:
        profiles._reset_session_for_tests()
