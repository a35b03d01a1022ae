"""The application context handed to every page instead of globals.

It owns what pages share: the active ``Profile``, the ``Zadarma`` client for it, the
``TaskRunner``, the ``QSettings``, the embedded ``EmulatorServer`` in demo mode, and the
signals pages listen to (``profile_changed``, ``balance_changed``, ``rate_changed``,
``language_changed``). Pages that move money call ``money_moved()`` and the status bar's
balance refreshes.

It also holds the console's one *current client* (``client``, a ``CurrentClient``; ``None``
until one is chosen), the account every client-scoped page acts for. Features never import each
other: they change the current client with ``set_client()``, hand over to another page with
``open_page()``, and say that a client changed on the server with ``client_updated``.

Switching profile builds the new client before dropping the old one, so a failed switch leaves
the console connected where it was. Keyring reads happen in a worker thread
(``asyncio.to_thread``) because an unlock prompt may block. Demo mode works on an emulator on
a free loopback port with a fresh random key and secret each time (never stored): the console
runs it in a process of its own (``demo_spawner``, see ``zaddesk.gui.demo``), usually started
before Qt was imported; without a spawner (tests) it runs in a thread of this process and is
``ctx.emulator``. Either way ``ctx.demo_backend`` reads its outbox and sets its faults.
The API modules are imported only when first needed, which keeps the first window fast.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from zaddesk.core import profiles
from zaddesk.core.profiles import Profile, SecretStorage
from zaddesk.gui.logsetup import register_secret
from zaddesk.gui.tasks import TaskInfo, TaskKind, TaskRunner

if TYPE_CHECKING:
    from zaddesk.api.client import Zadarma
    from zaddesk.emulator.server import EmulatorServer
    from zaddesk.gui.demo import DemoBackend, DemoProcess
    from zaddesk.gui.i18n import Translations

__all__ = [
    "DEALER",
    "AppContext",
    "Balance",
    "ClientFacts",
    "CurrentClient",
    "MissingSecret",
    "connect_client",
    "fetch_balance",
    "format_balance",
    "test_connection",
]

log = logging.getLogger("zaddesk.gui")

T = TypeVar("T")

DEMO_PROFILE_NAME = "Demo"
KEYRING_PROBE_DELAY = 1.0  # seconds after the start-up work, in demo mode
BALANCE_HEAD_START = 0.25  # seconds the pages' first reading waits for the balance


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


@dataclass(frozen=True, slots=True)
class CurrentClient:
    """Whose account the client-scoped pages act for; ``user_id`` None is the dealer's own."""

    user_id: int | None
    name: str = ""
    email: str = ""
    organization: str = ""
    balance: Decimal | None = None
    currency: str = ""

    @property
    def is_dealer(self) -> bool:
        return self.user_id is None

    def api_args(self) -> dict[str, Any]:
        """The keyword arguments every API call for this account takes."""
        return {} if self.user_id is None else {"user_id": self.user_id}

    def same_account(self, other: CurrentClient | None) -> bool:
        return other is not None and other.user_id == self.user_id


DEALER = CurrentClient(None)


@dataclass(frozen=True, slots=True)
class ClientFacts:
    """What the header shows once read: ``None`` is "not known (yet)"."""

    user_id: int | None
    has_pbx: bool | None = None
    numbers: int | None = None
    document_groups: int | None = None


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
    client_changed = Signal(object)  # CurrentClient | None: another account is now current
    client_details_changed = Signal(object)  # CurrentClient: same account, fresher details
    client_facts_changed = Signal(object)  # ClientFacts of the current client
    client_updated = Signal(int)  # a client changed on the server (registered, money moved)
    page_requested = Signal(str, dict)  # page id, what to open it with

    def __init__(
        self,
        settings: QSettings,
        runner: TaskRunner | None = None,
        translations: Translations | None = None,
        *,
        demo_db: str = ":memory:",
        demo_options: dict[str, Any] | None = None,
        client_options: dict[str, Any] | None = None,
        demo_spawner: Callable[[], DemoProcess] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = runner or TaskRunner(self)
        self.translations = translations
        self.profile: Profile | None = None
        self.api: Zadarma | None = None
        self.emulator: EmulatorServer | None = None  # the in-thread demo emulator (tests)
        self.demo_backend: DemoBackend | None = None  # the demo emulator, thread or process
        # Starts the demo emulator as a process (the console); None: in a thread (tests).
        self.demo_spawner = demo_spawner
        self.balance: Balance | None = None
        self.storage = SecretStorage.KEYRING
        self.keyring_name = ""
        self.keyring_hung = False  # the keyring did not answer in time: secrets are session-only
        self.demo_db = demo_db
        self.demo_options = demo_options or {}
        self.client_options = client_options or {}
        self.client: CurrentClient | None = None
        self.facts: ClientFacts | None = None
        self._cache: Any = None  # zaddesk.core.clients.ClientsCache of the profile, when opened
        self._client_tasks = QObject(self)  # owns the current client's reads: cancelled as one
        self._keyring_checked = False  # probed (or being probed) this session
        # Services that outlive pages (the upload queue) stop here, before the client closes.
        self.on_close: list[Callable[[], Awaitable[None]]] = []
        self.client_updated.connect(self._client_updated)

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
        if self.demo_backend is None and self.demo_spawner is not None:
            process = self.demo_spawner()  # already running if main() started it early
            register_secret(process.key)
            register_secret(process.secret)
            try:
                if not process.poll_ready():
                    await _to_thread(process.wait_ready)
                process.wait_ready()  # at once now; raises if the child failed
            except BaseException:
                await _to_thread(process.stop)
                raise
            self.demo_backend = process
            log.info("demo emulator (process %s) listening on %s", process.pid,
                     process.base_url)
        elif self.demo_backend is None:
            import secrets

            key, secret = secrets.token_hex(16), secrets.token_hex(20)
            register_secret(key)
            register_secret(secret)
            options: dict[str, Any] = {"seed": "demo", **self.demo_options}

            def make() -> EmulatorServer:
                # Importing the server (starlette, uvicorn), seeding the store and binding the
                # socket all take a while: in a worker thread, so the window keeps painting.
                from zaddesk.emulator.server import EmulatorServer

                server = EmulatorServer(host="127.0.0.1", port=0, db=self.demo_db, key=key,
                                        secret=secret, **options)
                server.start()
                return server

            server = await _to_thread(make)
            self.emulator = self.demo_backend = server
            log.info("demo emulator listening on %s", server.base_url)
        backend = self.demo_backend
        assert backend is not None
        options = dict(self.client_options)
        if "rate_limits" not in options and "limiter" not in options:
            # The demo key was made up by this process a moment ago: no other console can
            # share it, so the first requests need not wait for a probe's answer.
            from zaddesk.api.ratelimit import RateLimits

            options["rate_limits"] = RateLimits(probe=False)
        api = connect_client(backend.base_url, backend.key, backend.secret, **options)
        await self._adopt(Profile(DEMO_PROFILE_NAME, "demo", backend.base_url), api)

    async def use_profile(self, profile: Profile) -> None:
        """Connect to a saved profile (raises ``MissingSecret`` when it has no credentials)."""
        if profile.is_demo:
            await self.start_demo()
            return
        pair = await _to_thread(profiles.get_secret, profile.name)
        if pair is None:
            if not self.keyring_hung and await self.check_keyring() is SecretStorage.SESSION:
                log.warning("keyring unusable while reading profile %r", profile.name)
            raise MissingSecret(profile.name)
        api = connect_client(profile.base_url, pair[0], pair[1], profile.ca_bundle,
                             **self.client_options)
        await self._adopt(profile, api)
        self.settings.setValue("profile/last", profile.name)

    async def use_startup_profile(self, requested: str | None = None) -> None:
        """The profile given on the command line, else the last one used, else demo mode."""
        name = requested or str(self.settings.value("profile/last", "") or "")
        if not name or name == DEMO_PROFILE_NAME:
            await self.start_demo_checking_keyring()
            return
        await self.check_keyring()
        if name and name != DEMO_PROFILE_NAME:
            try:
                profile = await _to_thread(profiles.load_profile, name)
                await self.use_profile(profile)
                return
            except (profiles.ProfileNotFound, MissingSecret) as exc:
                log.warning("cannot use profile %r (%s); starting demo mode", name,
                            type(exc).__name__)
                if isinstance(exc, MissingSecret) and self.keyring_hung:
                    text = self.tr("The system keyring did not answer (is it locked?), so the "
                                   "key of the profile “{0}” could not be read: working on demo "
                                   "data. Enter the key and secret in Settings to use them "
                                   "until Zaddesk closes.")
                elif isinstance(exc, MissingSecret):
                    text = self.tr("No key and secret are stored for the profile “{0}”: "
                                   "working on demo data. Enter them in Settings.")
                else:
                    text = self.tr("There is no profile “{0}”: working on demo data.")
                self.notice.emit(text.format(name))
        await self.start_demo()

    async def start_demo_checking_keyring(self) -> None:
        """Demo mode needs no secret: the keyring is looked at a moment after the start-up
        work is done (a daemon may be slow to answer, and finding the backend imports a lot
        and runs helper programs: CPU the window, the first page and the balance need more),
        or at once when something shows it (``ensure_keyring_checked``)."""
        await self.start_demo()
        if not self._keyring_checked:
            self.runner.idle.connect(self._keyring_after_start_up)

    def _keyring_after_start_up(self) -> None:
        self.runner.idle.disconnect(self._keyring_after_start_up)
        # A moment later still: a run that ends right away never waits for the probe.
        QTimer.singleShot(int(KEYRING_PROBE_DELAY * 1000), self, self.ensure_keyring_checked)

    def ensure_keyring_checked(self) -> TaskInfo | None:
        """Probe the keyring now unless that was done (pages that show where secrets go)."""
        if self._keyring_checked:
            return None
        self._keyring_checked = True
        return self.runner.run(self.check_keyring, title=self.tr("Look at the system keyring"),
                               kind=TaskKind.BACKGROUND, name="keyring", owner=self,
                               visible=False)

    async def check_keyring(self) -> SecretStorage:
        """Probe the keyring backend in a worker thread (it may talk to a daemon)."""

        self._keyring_checked = True

        def probe() -> tuple[SecretStorage, str, bool]:
            # Each keyring call is bounded (profiles.KEYRING_TIMEOUT): a locked keyring costs
            # a few seconds once, then secrets are kept for the session.
            return (profiles.secret_storage(), profiles.keyring_backend_name(),
                    profiles.keyring_timed_out())

        self.storage, self.keyring_name, self.keyring_hung = await _to_thread(probe)
        self.storage_changed.emit(self.storage)
        return self.storage

    async def _adopt(self, profile: Profile, api: Zadarma) -> None:
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
        old_cache, self._cache = self._cache, None
        self.balance_changed.emit(None)
        # Before the pages start their own reading: the balance is one small request, and
        # its task, started first, sends first.
        balance = self.refresh_balance()
        if old is None and profile.is_demo and balance is not None and balance.task is not None:
            # At start-up on the demo emulator the answer comes back at once, and the pages'
            # first reading (the client list, the current client) would take the one core
            # Python runs on from handling it: the rep sees the balance first, and the pages
            # start once it is on screen (BALANCE_HEAD_START at most). Over a real network
            # their work fills the wait for the answer instead, so they start at once.
            # Connecting is done when they have started.
            await self._balance_shown(balance.task)
            if self.api is not api:  # another profile was chosen meanwhile
                return
        self.profile_changed.emit(profile)
        if old_cache is not None:
            old_cache.close()  # after the pages let go of it (their tasks are cancelled)
        self._restore_client()

    async def _balance_shown(self, task: Any) -> None:
        import asyncio

        await asyncio.wait({task}, timeout=BALANCE_HEAD_START)
        # A zero timer fires after the paint events the new balance posted.
        painted: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def paint_done() -> None:
            if not painted.done():
                painted.set_result(None)

        QTimer.singleShot(0, self, paint_done)
        await painted

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

    # ------------------------------------------------------------------ current client

    def _client_key(self) -> str:
        name = self.profile.name if self.profile is not None else ""
        return f"workspace/client/{name}"

    def set_client(self, client: CurrentClient | None) -> None:
        """Make ``client`` current (``DEALER`` for the dealer's own account) and remember it.

        Choosing the account that is already current only refreshes its details: pages keep
        what they show. Another account cancels what was running for the previous one.
        """
        previous = self.client
        self.client = client
        if self.profile is not None:
            stored = "" if client is None else (
                "dealer" if client.user_id is None else str(client.user_id))
            self.settings.setValue(self._client_key(), stored)
        if client is not None and client.same_account(previous):
            self.client_details_changed.emit(client)
            return
        log.info("current client: %s", "none" if client is None else (
            "dealer" if client.user_id is None else client.user_id))
        self.facts = None
        self.runner.cancel_owner(self._client_tasks)  # the previous client's details, facts
        self.client_changed.emit(client)
        if client is not None:
            self.refresh_client()

    def set_client_id(self, user_id: int | None) -> None:
        """``set_client`` by id; name, e-mail and balance are filled in from the cache."""
        if user_id is None:
            self.set_client(DEALER)
            return
        row = self.cached_client(user_id)
        self.set_client(client_from_row(row) if row is not None else CurrentClient(user_id))

    def _restore_client(self) -> None:
        stored = str(self.settings.value(self._client_key(), "") or "")
        if stored == "dealer":
            self.set_client(DEALER)
        elif stored.isdigit():
            self.set_client_id(int(stored))
        else:
            self.set_client(None)

    def clients_cache(self) -> Any:
        """The profile's clients cache (``zaddesk.core.clients.ClientsCache``), opened once."""
        if self._cache is None and self.profile is not None:
            from zaddesk.core.clients import ClientsCache, profile_cache_path

            self._cache = ClientsCache(profile_cache_path(self.profile.name),
                                       profile=self.profile.name)
        return self._cache

    def cached_client(self, user_id: int) -> Any:
        cache = self.clients_cache()
        return cache.get(user_id) if cache is not None else None

    def _close_cache(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None

    def refresh_client(self) -> TaskInfo | None:
        """Read the current client's details and facts again, in the background."""
        client, api, cache = self.client, self.api, self.clients_cache()
        if client is None or api is None:
            return None

        async def read() -> tuple[CurrentClient, ClientFacts]:
            details = client
            if client.user_id is not None and cache is not None:
                row = await cache.find_remote(api, id=client.user_id)
                if row is not None:
                    details = client_from_row(row)
            return details, await read_facts(api, client)

        def done(result: tuple[CurrentClient, ClientFacts]) -> None:
            details, facts = result
            if not details.same_account(self.client):
                return  # another client was chosen meanwhile
            self.facts = facts
            if details != self.client:
                self.client = details
                self.client_details_changed.emit(details)
            self.client_facts_changed.emit(facts)

        return self.runner.run(read, title=self.tr("Read the current client"),
                               kind=TaskKind.BACKGROUND, name="current-client",
                               owner=self._client_tasks,
                               on_success=done)

    def _client_updated(self, user_id: int) -> None:
        if self.client is not None and self.client.user_id == user_id:
            self.refresh_client()

    def open_page(self, page_id: str, **args: Any) -> None:
        """Show another page and hand it ``args`` (its ``open_with``)."""
        self.page_requested.emit(page_id, args)

    # ------------------------------------------------------------------ shutdown

    async def aclose(self) -> None:
        self._keyring_checked = True  # a probe still waiting for its moment never starts
        for close in list(self.on_close):
            try:
                await close()
            except Exception:
                log.exception("closing a service failed")
        self.on_close.clear()
        await self.runner.shutdown()
        self._close_cache()
        if self.api is not None:
            await self._close_quietly(self.api)
            self.api = None
        if self.demo_backend is not None:
            backend, self.demo_backend, self.emulator = self.demo_backend, None, None
            await _to_thread(backend.stop)


def client_from_row(row: Any) -> CurrentClient:
    """A ``CurrentClient`` from a ``zaddesk.core.clients.ClientRow``."""
    try:
        balance: Decimal | None = Decimal(str(row.balance)) if row.balance != "" else None
    except ArithmeticError:
        balance = None
    return CurrentClient(int(row.id), row.name, row.email, row.organization, balance,
                         row.currency)


async def read_facts(api: Zadarma, client: CurrentClient) -> ClientFacts:
    """Whether the account has a PBX, how many numbers and document groups (background)."""
    from zaddesk.api.errors import ApiError
    from zaddesk.api.ratelimit import Priority

    args: dict[str, Any] = {**client.api_args(), "priority": Priority.BACKGROUND}
    has_pbx: bool | None
    try:
        await api.pbx.list_extensions(**args)
        has_pbx = True
    except ApiError as exc:
        has_pbx = False if exc.status_code in (400, 404) else None
    numbers: int | None
    groups: int | None
    try:
        numbers = len(await api.numbers.list_numbers(**args))
    except ApiError:
        numbers = None
    try:
        groups = len(await api.documents.list_groups(**args))
    except ApiError:
        groups = None
    return ClientFacts(client.user_id, has_pbx, numbers, groups)


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
