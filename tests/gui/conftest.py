"""GUI test harness: offscreen Qt, a qasync loop per test, temp folders, an in-memory keyring.

pytest-qt does not drive qasync (pytest-qt #448): ``qtbot.waitUntil`` spins Qt, but asyncio
tasks on a ``QEventLoop`` only advance inside ``loop.run_until_complete``. So each scenario is
a coroutine run with ``arun(scenario())``; inside it, clicks go through qtbot and waiting is
``await until(predicate)``, which yields to the loop.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.errors
import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from tests.keyrings import MemoryKeyring
from zaddesk.core import profiles
from zaddesk.gui.app import new_event_loop

T = TypeVar("T")

# Generous emulator limits: these tests are not about the rate limit.
DEMO_OPTIONS: dict[str, Any] = {"rate_limit": (10_000, 60.0), "stats_rate_limit": (10_000, 60.0),
                                "check_responses": True}


@pytest.fixture(autouse=True)
def zaddesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    monkeypatch.setenv("ZADDESK_HOME", str(home))
    # Never the user's keyring: subprocesses get the failing backend, this process an
    # in-memory one (tests that look at it ask for the ``memring`` fixture).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    old = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    profiles._reset_session_for_tests()
    yield home
    keyring.set_keyring(old)
    profiles._reset_session_for_tests()


@pytest.fixture
def memring(zaddesk_home: Path) -> MemoryKeyring:
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    return ring


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    qapp.setQuitOnLastWindowClosed(False)
    event_loop = new_event_loop(qapp)  # the console's: qasync's, with its thread pool
    asyncio.set_event_loop(event_loop)
    yield event_loop
    # Let callbacks scheduled by the last scenario run, then close.
    event_loop.run_until_complete(asyncio.sleep(0))
    # Nothing of this test may outlive its loop: close and delete every window now, so no
    # timer or deferred deletion of it fires inside the next test's loop.
    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    event_loop.close()
    asyncio.set_event_loop(None)
    # A closed qasync loop leaves its timer object with timers still registered; they fire
    # (and are killed) in a later test's loop. Keep the object alive until then, or Qt
    # delivers those timer events to a deleted object.
    _CLOSED_LOOPS.append(event_loop)


_CLOSED_LOOPS: list[asyncio.AbstractEventLoop] = []


@pytest.fixture
def arun(loop: asyncio.AbstractEventLoop) -> Callable[[Coroutine[Any, Any, T]], T]:
    def run(coro: Coroutine[Any, Any, T], timeout: float = 60.0) -> T:
        return loop.run_until_complete(asyncio.wait_for(coro, timeout))

    return run


async def until(predicate: Callable[[], object], timeout: float = 15.0,
                message: str = "condition") -> None:
    """Yield to the loop until ``predicate()`` is true (a test failure after ``timeout``)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {message}")
        await asyncio.sleep(0.01)


async def settle(awaitable: Awaitable[Any] | None = None) -> None:
    if awaitable is not None:
        await awaitable
    for _ in range(3):
        await asyncio.sleep(0)


@pytest.fixture
def settings(zaddesk_home: Path) -> QSettings:
    zaddesk_home.mkdir(parents=True, exist_ok=True)
    return QSettings(str(zaddesk_home / "zaddesk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_ctx(qapp: QApplication, settings: QSettings, loop: asyncio.AbstractEventLoop,
             memring: MemoryKeyring) -> Iterator[Callable[..., Any]]:
    """``make_ctx()`` -> an AppContext with translations; all closed at teardown."""
    from zaddesk.gui.context import AppContext
    from zaddesk.gui.i18n import Translations

    made: list[AppContext] = []
    translations = Translations(qapp)
    translations.apply("en")

    def make(**options: Any) -> AppContext:
        options.setdefault("demo_options", DEMO_OPTIONS)
        ctx = AppContext(settings, translations=translations, **options)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        loop.run_until_complete(ctx.aclose())
        if ctx.emulator is not None:
            ctx.emulator.stop()
    translations.apply("en")


@pytest.fixture
def window(make_ctx: Callable[..., Any], arun: Callable[..., Any], qtbot: Any) -> Iterator[Any]:
    """A shown main window working in demo mode on its embedded emulator."""
    from zaddesk.gui.mainwindow import MainWindow

    ctx = make_ctx()
    win = MainWindow(ctx)
    # not qtbot.addWidget: the teardown below closes and deletes it itself
    win.closed = asyncio.get_event_loop().create_future()
    win.restore_state()
    win.show()

    async def start() -> None:
        await ctx.use_startup_profile()
        await until(lambda: ctx.balance is not None, message="dealer balance")
        await ctx.runner.wait_idle()  # the client list too: no task left for a test's loop

    arun(start())
    yield win
    # Close and delete now, so no timer of this window fires into the next test's loop.
    win.persist = False
    win.close()
    arun(ctx.aclose())
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
