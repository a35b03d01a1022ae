"""The application context handed to every page instead of globals.

It owns what pages share: the active ``Profile``, the ``Zadarma`` client for it, the
``TaskRunner``, the ``QSettings``, the embedded ``EmulatorServer`` in demo mode, and the
signals pages listen to (``profile_changed``, ``balance_changed``, ``rate_changed``,
``language_changed``). Pages that move money call ``money_moved()`` and the status bar's
balance refreshes.

Switching profile builds the new client before dropping the old one, so a failed switch leaves
the console connected where it was. Keyring reads happen in a worker thread
(``asyncio.to_thread``) because an unlock prompt may block. Demo mode starts the emulator
in-process on a free loopback port with a fresh random key and secret each time (never stored);
the API modules are imported only when first needed, which keeps the first window fast.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from zaddesk.core import profiles
from zaddesk.core.profiles import Profile, SecretStorage
from zaddesk.gui.logsetup import register_secret
from zaddesk.gui.tasks import TaskInfo, TaskKind, TaskRunner

if TYPE_CHECKING:
    from zaddesk.api.client import Zadarma
    from zaddesk.emulator.server import EmulatorServer
    from zaddesk.gui.i18n import Translations

__all__ = [
    "AppContext",
    "Balance",
    "MissingSecret",
    "connect_client",
    "fetch_balance",
    "format_balance",
    "test_connection",
]

log = logging.getLogger("zaddesk.gui")

T = TypeVar("T")

DEMO_PROFILE_NAME = "Demo"


async def _to_thread(func: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """``asyncio.to_thread``, with asyncio imported late (the window is shown before it)."""
    import asyncio

    return await asyncio.to_thread(func, *args, **kwargs)


class MissingSecret(LookupError):
    """The profile has no key/secret in the keyring (or this session)."""


@dataclass(frozen=True, slots=True)
class Balance:
    amount: Decimal
    currency: str


def connect_client(base_url: str, key: str, secret: str, ca_bundle: str | None = None,
                   **options: Any) -> Zadarma:
    from zaddesk.api.client import Zadarma

    register_secret(key)
    register_secret(secret)
    if ca_bundle:
        options["ca_bundle"] = ca_bundle
    return Zadarma(base_url, key, secret, **options)


async def fetch_balance(api: Zadarma) -> Balance:
    result = await api.info.balance()
    return Balance(Decimal(str(result.balance)), str(result.currency))


class AppContext(QObject):
    profile_changed = Signal(object)  # Profile | None
    balance_changed = Signal(object)  # Balance | None
    rate_changed = Signal(object)  # zaddesk.api.transport.RateSnapshot
    language_changed = Signal(str)
    storage_changed = Signal(object)  # SecretStorage
    notice = Signal(str)  # something the rep should read (shown in the status bar)

    def __init__(
        self,
        settings: QSettings,
        runner: TaskRunner | None = None,
        translations: Translations | None = None,
        *,
        demo_db: str = ":memory:",
        demo_options: dict[str, Any] | None = None,
        client_options: dict[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = runner or TaskRunner(self)
        self.translations = translations
        self.profile: Profile | None = None
        self.api: Zadarma | None = None
        self.emulator: EmulatorServer | None = None
        self.balance: Balance | None = None
        self.storage = SecretStorage.KEYRING
        self.keyring_name = ""
        self.demo_db = demo_db
        self.demo_options = demo_options or {}
        self.client_options = client_options or {}

    # ------------------------------------------------------------------ state

    @property
    def demo(self) -> bool:
        return self.profile is not None and self.profile.is_demo

    @property
    def language(self) -> str:
        return self.translations.language if self.translations else "en"

    def set_language(self, code: str | None) -> str:
        """Switch the UI language now ("" or None: follow the system) and remember it."""
        self.settings.setValue("ui/language", code or "")
        if self.translations is None:
            return "en"
        used = self.translations.apply(code)
        self.language_changed.emit(used)
        return used

    # ------------------------------------------------------------------ connecting

    async def start_demo(self) -> None:
        """Start (once) the embedded emulator and work on it."""
        if self.emulator is None:
            import secrets

            from zaddesk.emulator.server import EmulatorServer

            key, secret = secrets.token_hex(16), secrets.token_hex(20)
            register_secret(key)
            register_secret(secret)
            options: dict[str, Any] = {"seed": "demo", **self.demo_options}

            def make() -> EmulatorServer:
                # Seeding the store and binding the socket both take a while: not on the GUI.
                server = EmulatorServer(host="127.0.0.1", port=0, db=self.demo_db, key=key,
                                        secret=secret, **options)
                server.start()
                return server

            server = await _to_thread(make)
            self.emulator = server
            log.info("demo emulator listening on %s", server.base_url)
        server = self.emulator
        api = connect_client(server.base_url, server.key, server.secret, **self.client_options)
        self._adopt(Profile(DEMO_PROFILE_NAME, "demo", server.base_url), api)

    async def use_profile(self, profile: Profile) -> None:
        """Connect to a saved profile (raises ``MissingSecret`` when it has no credentials)."""
        if profile.is_demo:
            await self.start_demo()
            return
        pair = await _to_thread(profiles.get_secret, profile.name)
        if pair is None:
            raise MissingSecret(profile.name)
        api = connect_client(profile.base_url, pair[0], pair[1], profile.ca_bundle,
                             **self.client_options)
        self._adopt(profile, api)
        self.settings.setValue("profile/last", profile.name)

    async def use_startup_profile(self, requested: str | None = None) -> None:
        """The profile given on the command line, else the last one used, else demo mode."""
        name = requested or str(self.settings.value("profile/last", "") or "")
        await self.check_keyring()
        if name and name != DEMO_PROFILE_NAME:
            try:
                profile = await _to_thread(profiles.load_profile, name)
                await self.use_profile(profile)
                return
            except (profiles.ProfileNotFound, MissingSecret) as exc:
                log.warning("cannot use profile %r (%s); starting demo mode", name,
                            type(exc).__name__)
                if isinstance(exc, MissingSecret):
                    text = self.tr("No key and secret are stored for the profile “{0}”: "
                                   "working on demo data. Enter them in Settings.")
                else:
                    text = self.tr("There is no profile “{0}”: working on demo data.")
                self.notice.emit(text.format(name))
        await self.start_demo()

    async def check_keyring(self) -> SecretStorage:
        """Probe the keyring backend in a worker thread (it may talk to a daemon)."""

        def probe() -> tuple[SecretStorage, str]:
            return profiles.secret_storage(), profiles.keyring_backend_name()

        self.storage, self.keyring_name = await _to_thread(probe)
        self.storage_changed.emit(self.storage)
        return self.storage

    def _adopt(self, profile: Profile, api: Zadarma) -> None:
        old = self.api
        self.profile, self.api, self.balance = profile, api, None
        try:
            api.transport.add_rate_listener(self.rate_changed.emit)
        except AttributeError:  # a client without a rate meter still works
            log.debug("client offers no rate listener")
        if old is not None and old is not api:
            import asyncio

            asyncio.get_running_loop().create_task(self._close_quietly(old))
        log.info("working on profile %r (%s)", profile.name, profile.kind)
        self.profile_changed.emit(profile)
        self.balance_changed.emit(None)
        self.refresh_balance()

    @staticmethod
    async def _close_quietly(api: Zadarma) -> None:
        try:
            await api.aclose()
        except Exception:
            log.debug("closing the previous client failed", exc_info=True)

    # ------------------------------------------------------------------ balance

    def refresh_balance(self) -> TaskInfo | None:
        if self.api is None:
            return None
        api = self.api

        def done(balance: Balance) -> None:
            if api is self.api:
                self.balance = balance
                self.balance_changed.emit(balance)

        return self.runner.run(
            lambda: fetch_balance(api),
            title=self.tr("Refresh dealer balance"),
            kind=TaskKind.BACKGROUND,
            name="balance",
            owner=self,
            on_success=done,
        )

    def money_moved(self) -> None:
        """Pages call this after a top-up, a purchase or anything else that moves money."""
        self.refresh_balance()

    # ------------------------------------------------------------------ shutdown

    async def aclose(self) -> None:
        await self.runner.shutdown()
        if self.api is not None:
            await self._close_quietly(self.api)
            self.api = None
        if self.emulator is not None:
            server, self.emulator = self.emulator, None
            await _to_thread(server.stop)


async def test_connection(base_url: str, key: str, secret: str,
                          ca_bundle: str | None = None) -> Balance:
    """Ask the dealer balance with a throw-away client: proves address, TLS, key and secret."""
    api = connect_client(base_url, key, secret, ca_bundle, timeout=15.0, max_retries=0)
    try:
        return await fetch_balance(api)
    finally:
        await api.aclose()


def format_balance(balance: Balance) -> str:
    from PySide6.QtCore import QLocale

    return f"{QLocale().toString(float(balance.amount), 'f', 2)} {balance.currency}"
