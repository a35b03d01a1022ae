"""Connection profiles: where to connect is a file, how to authenticate is the keyring.

A profile (name, kind, base URL, optional CA bundle) is stored in ``profiles.json`` in the
config folder; key and secret never touch that file. They go to the system keyring under the
service ``zaddesk`` (one entry per profile, the pair as a small JSON document so it is written
and read atomically).

Where no keyring backend really protects secrets - ``keyring``'s ``fail`` backend, the
``null`` backend, or the plain-text file backends of ``keyrings.alt`` that ``keyring`` picks
when nothing better exists - the pair is kept in a process-local session store instead and
``secret_storage()`` says so, so the console can tell the user rather than silently writing
the secret in plain text.

Every function here is synchronous and may block (a keyring unlock prompt): the console calls
them through ``asyncio.to_thread``. The session store is guarded by a lock for that reason.
A keyring call is given ``KEYRING_TIMEOUT`` seconds (a locked Secret Service can wait for its
prompt for ever); past that, or when the backend cannot even load, the backend is treated as
broken for the rest of the process, secrets are kept for the session, and
``keyring_problem()`` says why.

``keyring`` is imported on first use (it costs a tenth of a second, and the console needs
its folders long before it needs a secret).

Folders: ``ZADDESK_HOME``, when set, puts config, data and logs under one directory (tests,
screenshots, portable use); otherwise the platform folders from ``platformdirs`` are used.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, TypeVar, cast, get_args
from urllib.parse import urlsplit

__all__ = [
    "KEYRING_SERVICE",
    "PRODUCTION_URL",
    "SANDBOX_URL",
    "Profile",
    "ProfileError",
    "ProfileKind",
    "ProfileNotFound",
    "SecretStorage",
    "config_dir",
    "data_dir",
    "default_base_url",
    "delete_profile",
    "delete_secret",
    "get_secret",
    "keyring_backend_name",
    "keyring_problem",
    "keyring_timed_out",
    "list_profiles",
    "load_profile",
    "log_dir",
    "profiles_file",
    "save_profile",
    "secret_storage",
    "store_secret",
    "validate_profile",
]

log = logging.getLogger("zaddesk.profiles")

APP_NAME = "zaddesk"
KEYRING_SERVICE = "zaddesk"
PRODUCTION_URL = "https://api.zadarma.com"
SANDBOX_URL = "https://api-sandbox.zadarma.com"

ProfileKind = Literal["production", "sandbox", "custom", "demo"]
PROFILE_KINDS: tuple[str, ...] = get_args(ProfileKind)


# --------------------------------------------------------------------------- folders


def _home() -> Path | None:
    home = os.environ.get("ZADDESK_HOME")
    return Path(home) if home else None


def config_dir() -> Path:
    home = _home()
    if home:
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    home = _home()
    if home:
        return home / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, False))


def log_dir() -> Path:
    home = _home()
    if home:
        return home / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, False))


def profiles_file() -> Path:
    return config_dir() / "profiles.json"


# --------------------------------------------------------------------------- profiles


class ProfileError(ValueError):
    """A profile that cannot be saved; ``field`` names the offending attribute."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


class ProfileNotFound(KeyError):
    pass


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    kind: ProfileKind
    base_url: str
    ca_bundle: str | None = None

    @property
    def is_demo(self) -> bool:
        return self.kind == "demo"


def default_base_url(kind: str) -> str:
    return {"production": PRODUCTION_URL, "sandbox": SANDBOX_URL}.get(kind, "")


def validate_profile(profile: Profile) -> list[ProfileError]:
    """Every problem at once, so a form can mark all offending fields together."""
    problems: list[ProfileError] = []
    name = profile.name.strip()
    if not name:
        problems.append(ProfileError("A profile needs a name.", "name"))
    elif len(name) > 64 or any(ch in name for ch in "\n\r\t"):
        problems.append(ProfileError("Use at most 64 characters on one line.", "name"))
    if profile.kind not in PROFILE_KINDS or profile.kind == "demo":
        problems.append(ProfileError("Unknown profile kind.", "kind"))
    parts = urlsplit(profile.base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        problems.append(
            ProfileError("Enter a full address such as https://api.zadarma.com.", "base_url")
        )
    elif parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        problems.append(
            ProfileError("Plain http is only allowed for this computer (127.0.0.1).", "base_url")
        )
    elif parts.query or parts.fragment:
        problems.append(ProfileError("The address must not carry a query.", "base_url"))
    if profile.ca_bundle and not Path(profile.ca_bundle).is_file():
        problems.append(ProfileError("The CA bundle file does not exist.", "ca_bundle"))
    return problems


def _read_all() -> dict[str, Profile]:
    path = profiles_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("cannot read %s: %s", path, exc)
        return {}
    profiles: dict[str, Profile] = {}
    for item in raw.get("profiles", []) if isinstance(raw, dict) else []:
        try:
            kind = item["kind"] if item["kind"] in PROFILE_KINDS else "custom"
            profile = Profile(
                name=str(item["name"]),
                kind=cast(ProfileKind, kind),
                base_url=str(item["base_url"]),
                ca_bundle=item.get("ca_bundle") or None,
            )
        except (KeyError, TypeError):
            log.warning("skipping a malformed profile entry in %s", path)
            continue
        profiles[profile.name] = profile
    return profiles


def _write_all(profiles: dict[str, Profile]) -> None:
    path = profiles_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"version": 1, "profiles": [asdict(p) for p in profiles.values()]}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


_file_lock = threading.Lock()


def list_profiles() -> list[Profile]:
    with _file_lock:
        return sorted(_read_all().values(), key=lambda p: p.name.casefold())


def load_profile(name: str) -> Profile:
    with _file_lock:
        try:
            return _read_all()[name]
        except KeyError:
            raise ProfileNotFound(name) from None


def save_profile(profile: Profile, *, previous_name: str | None = None) -> None:
    """Add or replace; ``previous_name`` renames (the secret follows the profile)."""
    problems = validate_profile(profile)
    if problems:
        raise problems[0]
    profile = Profile(
        profile.name.strip(),
        profile.kind,
        profile.base_url.strip().rstrip("/"),
        profile.ca_bundle or None,
    )
    with _file_lock:
        profiles = _read_all()
        renamed = previous_name is not None and previous_name != profile.name
        if profile.name in profiles and (renamed or previous_name is None):
            raise ProfileError("A profile with this name already exists.", "name")
        if renamed:
            profiles.pop(cast(str, previous_name), None)
        profiles[profile.name] = profile
        _write_all(profiles)
    if renamed:
        pair = get_secret(cast(str, previous_name))
        if pair is not None:
            store_secret(profile.name, *pair)
            delete_secret(cast(str, previous_name))
    log.info("saved profile %r (%s)", profile.name, profile.kind)


def delete_profile(name: str) -> None:
    with _file_lock:
        profiles = _read_all()
        if profiles.pop(name, None) is None:
            raise ProfileNotFound(name)
        _write_all(profiles)
    delete_secret(name)
    log.info("deleted profile %r", name)


# --------------------------------------------------------------------------- secrets


class SecretStorage(Enum):
    KEYRING = "keyring"
    SESSION = "session"  # no usable keyring: kept in memory until the program exits


_INSECURE_BACKENDS = (
    "keyring.backends.fail.",
    "keyring.backends.null.",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",  # asks for a password on stdin: unusable from a GUI
    "keyrings.alt.Gnome",
)

KEYRING_TIMEOUT = 5.0  # seconds a keyring call may take before it counts as hung

_session: dict[str, tuple[str, str]] = {}
_session_lock = threading.Lock()
_broken_backend = False  # set once a backend has failed at run time
_broken_reason: str | None = None
_broken_timeout = False

T = TypeVar("T")


class KeyringTimeout(RuntimeError):
    """The keyring did not answer in time (locked, waiting for an unlock prompt)."""


def _bounded(func: Callable[..., T], *args: Any) -> T:
    """``func(*args)`` in a daemon thread, given ``KEYRING_TIMEOUT`` seconds to answer.

    A hung call is abandoned, not killed (Python cannot); its thread ends with the process.
    """
    result: list[T] = []
    error: list[BaseException] = []
    done = threading.Event()

    def call() -> None:
        try:
            result.append(func(*args))
        except BaseException as exc:  # handed over to the caller's thread
            error.append(exc)
        finally:
            done.set()

    threading.Thread(target=call, name="zaddesk-keyring", daemon=True).start()
    if not done.wait(KEYRING_TIMEOUT):
        raise KeyringTimeout(
            f"the keyring did not answer within {KEYRING_TIMEOUT:g} s (is it locked?)"
        )
    if error:
        raise error[0]
    return result[0]


def _backend_ids(backend: object) -> list[str]:
    inner = getattr(backend, "backends", None)
    if inner is not None:  # the chainer: usable if any of its members is
        return [i for b in inner for i in _backend_ids(b)]
    cls = type(backend)
    return [f"{cls.__module__}.{cls.__qualname__}"]


def _usable(backend_id: str) -> bool:
    return not any(backend_id.startswith(prefix) for prefix in _INSECURE_BACKENDS)


def _keyring() -> ModuleType:
    import keyring
    import keyring.errors

    return keyring


def _backend() -> object | None:
    """The keyring backend, or None when it cannot load or does not answer (then broken)."""
    if _broken_backend:
        return None
    try:
        backend: object = _bounded(_keyring().get_keyring)
    except Exception as exc:  # a backend named in the environment may fail in any way
        _fail(exc)
        return None
    return backend


def secret_storage() -> SecretStorage:
    """Where ``store_secret`` will put a pair now."""
    backend = _backend()
    if backend is None:
        return SecretStorage.SESSION
    ids = _backend_ids(backend)
    return SecretStorage.KEYRING if any(_usable(i) for i in ids) else SecretStorage.SESSION


def keyring_backend_name() -> str:
    backend = _backend()
    if backend is None:
        return "none"
    return str(getattr(backend, "name", type(backend).__name__))


def keyring_problem() -> str | None:
    """Why secrets are kept for this session only, in a short English phrase; None if the
    keyring is usable."""
    if secret_storage() is SecretStorage.KEYRING:
        return None
    if _broken_reason is not None:
        return _broken_reason
    return f"no secure keyring backend is installed (found {keyring_backend_name()})"


def keyring_timed_out() -> bool:
    """True once a keyring call has hung past ``KEYRING_TIMEOUT`` (the UI says so)."""
    return _broken_backend and _broken_timeout


def _fail(exc: Exception) -> None:
    global _broken_backend, _broken_reason, _broken_timeout
    _broken_backend = True
    _broken_timeout = isinstance(exc, KeyringTimeout)
    if isinstance(exc, KeyringTimeout):
        _broken_reason = str(exc)
    else:
        _broken_reason = f"the keyring backend failed ({type(exc).__name__})"
    log.warning("%s; secrets are kept for this session only", _broken_reason)


def store_secret(name: str, key: str, secret: str) -> SecretStorage:
    if secret_storage() is SecretStorage.KEYRING:
        try:
            pair = json.dumps({"key": key, "secret": secret})
            _bounded(_keyring().set_password, KEYRING_SERVICE, name, pair)
        except Exception as exc:  # backends fail in their own ways (D-Bus, files)
            _fail(exc)
        else:
            with _session_lock:
                _session.pop(name, None)
            return SecretStorage.KEYRING
    with _session_lock:
        _session[name] = (key, secret)
    return SecretStorage.SESSION


def get_secret(name: str) -> tuple[str, str] | None:
    with _session_lock:
        if name in _session:
            return _session[name]
    if secret_storage() is not SecretStorage.KEYRING:
        return None
    try:
        raw = _bounded(_keyring().get_password, KEYRING_SERVICE, name)
    except Exception as exc:  # backends fail in their own ways (D-Bus, files)
        _fail(exc)
        return None
    if raw is None:
        return None
    try:
        doc = json.loads(raw)
        return str(doc["key"]), str(doc["secret"])
    except (ValueError, KeyError, TypeError):
        log.warning("keyring entry for profile %r is not ours; ignoring it", name)
        return None


def delete_secret(name: str) -> None:
    with _session_lock:
        _session.pop(name, None)
    if secret_storage() is not SecretStorage.KEYRING:
        return
    try:
        _bounded(_keyring().delete_password, KEYRING_SERVICE, name)
    except _keyring().errors.PasswordDeleteError:
        pass
    except Exception as exc:  # backends fail in their own ways (D-Bus, files)
        _fail(exc)


def _reset_session_for_tests() -> None:
    global _broken_backend, _broken_reason, _broken_timeout
    with _session_lock:
        _session.clear()
    _broken_backend = False
    _broken_reason = None
    _broken_timeout = False
