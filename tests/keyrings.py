"""Keyring backends that live in the test process, so no test touches the user's keyring."""

from __future__ import annotations

import threading

import keyring.errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class BlockingKeyring(KeyringBackend):
    """A locked keyring waiting for an unlock prompt nobody answers: every call blocks until
    ``release()`` (tests release it at teardown so no thread outlives them)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.released = threading.Event()
        self.calls = 0

    def release(self) -> None:
        self.released.set()

    def _block(self) -> None:
        self.calls += 1
        self.released.wait(120)

    def get_password(self, service: str, username: str) -> str | None:
        self._block()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._block()

    def delete_password(self, service: str, username: str) -> None:
        self._block()
