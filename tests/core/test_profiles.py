"""Profiles on disk and secrets in the keyring, with an in-memory keyring backend."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest

from tests.keyrings import MemoryKeyring
from zaddesk.core import profiles
from zaddesk.core.profiles import Profile, ProfileError, SecretStorage


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("ZADDESK_HOME", str(tmp_path))
    old = keyring.get_keyring()
    profiles._reset_session_for_tests()
    yield tmp_path
    keyring.set_keyring(old)
    profiles._reset_session_for_tests()


@pytest.fixture
def memring(home: Path) -> MemoryKeyring:
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    return ring


def test_folders_follow_zaddesk_home(home: Path) -> None:
    assert profiles.config_dir() == home / "config"
    assert profiles.data_dir() == home / "data"
    assert profiles.log_dir() == home / "logs"


def test_save_list_load_delete(memring: MemoryKeyring) -> None:
    p = Profile("Shop", "custom", "http://127.0.0.1:8080/")
    profiles.save_profile(p)
    profiles.save_profile(Profile("alpha", "production", profiles.PRODUCTION_URL))
    assert [x.name for x in profiles.list_profiles()] == ["alpha", "Shop"]
    assert profiles.load_profile("Shop").base_url == "http://127.0.0.1:8080"
    profiles.delete_profile("Shop")
    with pytest.raises(profiles.ProfileNotFound):
        profiles.load_profile("Shop")


def test_secret_never_in_the_file(memring: MemoryKeyring) -> None:
    profiles.save_profile(Profile("p", "sandbox", profiles.SANDBOX_URL))
    assert profiles.store_secret("p", "KEY-canary", "SECRET-canary") is SecretStorage.KEYRING
    text = profiles.profiles_file().read_text()
    assert "canary" not in text
    assert profiles.get_secret("p") == ("KEY-canary", "SECRET-canary")
    assert json.loads(memring.store[("zaddesk", "p")])["secret"] == "SECRET-canary"
    profiles.delete_profile("p")
    assert profiles.get_secret("p") is None
    assert memring.store == {}


def test_duplicate_and_rename(memring: MemoryKeyring) -> None:
    profiles.save_profile(Profile("a", "sandbox", profiles.SANDBOX_URL))
    profiles.store_secret("a", "k", "s")
    with pytest.raises(ProfileError) as info:
        profiles.save_profile(Profile("a", "sandbox", profiles.SANDBOX_URL))
    assert info.value.field == "name"
    profiles.save_profile(Profile("b", "sandbox", profiles.SANDBOX_URL), previous_name="a")
    assert [x.name for x in profiles.list_profiles()] == ["b"]
    assert profiles.get_secret("b") == ("k", "s")
    assert profiles.get_secret("a") is None


@pytest.mark.parametrize(
    ("profile", "field"),
    [
        (Profile("", "custom", "http://127.0.0.1:1"), "name"),
        (Profile("x", "custom", "ftp://host"), "base_url"),
        (Profile("x", "custom", "http://example.com"), "base_url"),
        (Profile("x", "demo", "http://127.0.0.1:1"), "kind"),
        (Profile("x", "custom", "https://h", "/nonexistent/ca.pem"), "ca_bundle"),
    ],
)
def test_validation_names_the_field(home: Path, profile: Profile, field: str) -> None:
    assert [e.field for e in profiles.validate_profile(profile)] == [field]


def test_plaintext_backend_is_not_used(home: Path) -> None:
    from keyrings.alt.file import PlaintextKeyring

    ring = PlaintextKeyring()
    ring.file_path = str(home / "plain.cfg")
    keyring.set_keyring(ring)
    assert profiles.secret_storage() is SecretStorage.SESSION
    assert profiles.store_secret("p", "k", "s") is SecretStorage.SESSION
    assert profiles.get_secret("p") == ("k", "s")
    assert not (home / "plain.cfg").exists()


def test_fail_backend_falls_back_to_session(home: Path) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    assert profiles.store_secret("p", "k", "s") is SecretStorage.SESSION
    assert profiles.get_secret("p") == ("k", "s")
    profiles.delete_secret("p")
    assert profiles.get_secret("p") is None


def test_backend_failing_at_run_time_falls_back(home: Path) -> None:
    keyring.set_keyring(BrokenKeyring())
    assert profiles.secret_storage() is SecretStorage.KEYRING
    assert profiles.store_secret("p", "k", "s") is SecretStorage.SESSION
    assert profiles.secret_storage() is SecretStorage.SESSION
    assert profiles.get_secret("p") == ("k", "s")


def test_corrupt_file_is_survived(memring: MemoryKeyring) -> None:
    path = profiles.profiles_file()
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    assert profiles.list_profiles() == []
    path.write_text(
        json.dumps(
            {"profiles": [{"name": "x"}, {"name": "ok", "kind": "weird", "base_url": "https://h"}]}
        )
    )
    assert profiles.list_profiles() == [Profile("ok", "custom", "https://h")]
