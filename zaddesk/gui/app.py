"""Entry point of the console: ``main(argv)`` (``zaddesk`` with no arguments calls it).

Start-up order is chosen for a fast first window: Qt, logging, settings and translations,
then the window is shown, and only then does a background task import the API client, probe
the keyring (worker thread) and connect - to the last profile, the one given with
``--profile``, or, with none configured, to the embedded emulator in demo mode.

asyncio runs on the Qt event loop through qasync (``asyncio.Runner`` with a ``QEventLoop``
factory; Python 3.11 has no ``asyncio.run(loop_factory=...)``). Unexpected exceptions, from
Qt slots, asyncio callbacks or threads, are logged and shown in a non-modal message box.

Light and dark follow the system (Fusion style; where a dark scheme comes without a dark
palette, one is built); ``--color-scheme light|dark`` overrides it for a run.

``--screenshot PATH`` renders the window offscreen on the embedded emulator, writes a PNG and
exits (README images and visual checks); it never touches the saved window state or profile.
``--quit-after-show`` exits as soon as the window is shown; ``--quit-when-ready`` prints
``balance`` once connected with the balance shown, and exits once every start-up task is done,
the client list too (start-up benchmark, packaging smoke test).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import sys
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["main"]

log = logging.getLogger("zaddesk.gui")

_T0 = time.perf_counter()
GC_AFTER_MS = 30_000  # the cycle collector runs again by then even if start-up never settles



def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="zaddesk", description="Zadarma dealer console")
    parser.add_argument("--profile", help="connect with this saved profile")
    parser.add_argument("--demo", action="store_true",
                        help="work on the built-in emulator with demo data")
    parser.add_argument("--page", help="page to open (clients, onboarding, numbers, documents, "
                                       "sounds, pbx, settings)")
    parser.add_argument("--lang", choices=("pl", "en"), help="interface language")
    parser.add_argument("--screenshot", metavar="PATH", type=Path,
                        help="render the window offscreen on the emulator, save a PNG, exit")
    parser.add_argument("--size", metavar="WxH", help="window size, e.g. 1200x760")
    parser.add_argument("--open", metavar="WHAT",
                        help="with --screenshot: what the page opens first (e.g. a wizard "
                             "step, 'detail'); see the page's open_for_screenshot")
    parser.add_argument("--client", metavar="ID",
                        help="work for this client (its id, or 'dealer' for the dealer's own "
                             "account)")
    parser.add_argument("--outbox", action="store_true",
                        help="with --screenshot: show the demo outbox beside the page")
    parser.add_argument("--color-scheme", choices=("light", "dark"),
                        help="override the system's light or dark scheme for this run")
    parser.add_argument("--debug", action="store_true", help="log at DEBUG level")
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.client and args.client != "dealer" and not args.client.isdigit():
        parser.error("--client must be a client id or 'dealer'")
    if args.size:
        try:
            w, h = (int(v) for v in args.size.lower().split("x"))
            if w < 200 or h < 150:
                raise ValueError
            args.size = (w, h)
        except ValueError:
            parser.error("--size must look like 1200x760")
    return args


def _stylesheet(dark: bool) -> str:
    red, green, amber = ("#ef9a9a", "#a5d6a7", "#ffcc80") if dark else (
        "#c62828", "#2e7d32", "#8d5a00")
    error_bg, info_bg, warn_bg = ("#4a2020", "#1f3a4a", "#4a3a14") if dark else (
        "#fdecea", "#e3f2fd", "#fff4e5")
    return f"""
QLabel#demo_marker {{ background: #e65100; color: #ffffff; font-weight: bold;
    padding: 2px 10px; border-radius: 3px; }}
QFrame#banner {{ border-radius: 4px; border: 1px solid palette(mid); }}
QFrame#banner[level="error"] {{ background: {error_bg}; border-color: {red}; }}
QFrame#banner[level="info"] {{ background: {info_bg}; }}
QFrame#banner[level="warning"] {{ background: {warn_bg}; border-color: {amber}; }}
QFrame#lost_answer {{ background: {warn_bg}; border: 1px solid {amber}; border-radius: 4px; }}
QLabel[role="error"] {{ color: {red}; }}
QLabel[role="ok"] {{ color: {green}; }}
QLabel[role="warning"] {{ color: {amber}; font-weight: bold; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid {red};
    border-radius: 2px; padding: 2px; }}
QToolButton#status_tasks[failed="true"] {{ color: {red}; font-weight: bold; }}
QListView#sidebar {{ font-size: 11pt; outline: 0; }}
QListView#sidebar::item {{ padding: 6px 4px; }}
QLabel#placeholder_text {{ color: palette(placeholder-text); font-size: 11pt; }}
QFrame#client_header {{ border-radius: 4px; border: 1px solid palette(mid); }}
QFrame#client_header[mode="client"] {{ background: {info_bg}; }}
QFrame#client_header[mode="dealer"] {{ background: {warn_bg}; border: 2px solid {amber}; }}
QFrame#client_header[mode="dealer"] QLabel#client_title {{ color: {amber}; }}
"""


def _dark_palette() -> Any:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2b2e", role.WindowText: "#e6e6e6", role.Base: "#1f1f22",
        role.AlternateBase: "#2a2a2e", role.ToolTipBase: "#3a3a3e", role.ToolTipText: "#e6e6e6",
        role.PlaceholderText: "#8a8a8f", role.Text: "#e6e6e6", role.Button: "#35353a",
        role.ButtonText: "#e6e6e6", role.BrightText: "#ff6b6b", role.Light: "#4a4a50",
        role.Midlight: "#3e3e44", role.Mid: "#6a6a70", role.Dark: "#18181b",
        role.Shadow: "#000000", role.Highlight: "#3d7bd9", role.HighlightedText: "#ffffff",
        role.Link: "#7fb0ff", role.LinkVisited: "#c59cff",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a7a80"))
    return palette


def _install_excepthooks(app: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[QMessageBox] = []

    def show(exc: BaseException) -> None:
        if shown and shown[-1].isVisible():
            return  # one box at a time; the log has them all
        from zaddesk.gui.messages import describe_error

        box = QMessageBox(QMessageBox.Icon.Critical, "Zaddesk",
                          app.translate("App", "Something went wrong and was not handled:"),
                          QMessageBox.StandardButton.Ok, app.activeWindow())
        box.setInformativeText(describe_error(exc))
        box.open()
        shown[:] = [box]

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        log.critical("unhandled exception", exc_info=(kind, exc, tb))
        with contextlib.suppress(Exception):  # the hook must never raise
            show(exc)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.critical("unhandled exception in thread %s", getattr(args.thread, "name", "?"),
                     exc_info=args.exc_value)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def _route_qt_messages() -> None:
    """Qt's own warnings go to the log (offscreen runs print a harmless one per window)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("zaddesk.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def _loop_exception_handler(loop: Any, context: dict[str, Any]) -> None:
    import asyncio

    exc = context.get("exception")
    if isinstance(exc, asyncio.CancelledError):
        return
    log.error("asyncio: %s", context.get("message", "error"),
              exc_info=(type(exc), exc, exc.__traceback__) if exc else None)


def main(argv: list[str] | None = None) -> int:
    # Start-up builds objects that live as long as the window; the cycle collector would scan
    # them again and again meanwhile. It runs again once the start-up work is done.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    args = _parse(list(sys.argv[1:] if argv is None else argv))
    if args.screenshot is not None or args.quit_after_show:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from zaddesk.core.profiles import config_dir, log_dir

    # Demo mode's emulator starts first, in its own process: it imports and seeds on the
    # other core while this one builds the window.
    demo_spawner = _demo_spawner(args, config_dir(), log_dir())

    from PySide6.QtCore import QSettings, Qt

    _skip_feature_scan()
    from PySide6.QtGui import QGuiApplication, QPalette
    from PySide6.QtWidgets import QApplication

    from zaddesk.gui.i18n import Translations
    from zaddesk.gui.logsetup import setup_logging

    existing = QApplication.instance()
    # Fusion through Qt's own -style option: asking Python for app.style() would build the
    # QStyle wrapper and its dozen enums before the first paint.
    app = existing or QApplication([sys.argv[0] if sys.argv else "zaddesk", "-style", "Fusion"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Zaddesk")
    app.setOrganizationName("zaddesk")
    app.setDesktopFileName("io.zaddesk.Zaddesk")
    if existing is not None and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setQuitOnLastWindowClosed(False)  # the main coroutine ends the program, not Qt

    log_file = setup_logging(log_dir(), level=logging.DEBUG if args.debug else logging.INFO)
    log.info("zaddesk starting; log file %s", log_file)
    _install_excepthooks(app)
    _route_qt_messages()

    persist = args.screenshot is None
    if persist:
        config_dir().mkdir(parents=True, exist_ok=True)
        settings = QSettings(str(config_dir() / "zaddesk.ini"), QSettings.Format.IniFormat)
    else:
        # Screenshots never read or write the user's window state: a throw-away file.
        # (Never os.devnull: QSettings saves by writing a new file and renaming it over the
        # old one, which would replace the /dev/null device with a plain file.)
        import atexit
        import tempfile

        scratch = tempfile.TemporaryDirectory(prefix="zaddesk-screenshot-")
        atexit.register(scratch.cleanup)
        settings = QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)
    translations = Translations(app)
    translations.apply(args.lang or str(settings.value("ui/language", "") or ""))

    light_palette = app.palette()

    def restyle() -> None:
        if args.color_scheme:  # platforms without a theme ignore setColorScheme
            dark = args.color_scheme == "dark"
        else:
            dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        # Desktops that report a dark scheme usually hand Fusion a dark palette; where the
        # platform does not (offscreen, bare X11), build one, or dark text meets dark mode.
        if dark and app.palette().color(QPalette.ColorRole.Window).lightness() > 128:
            app.setPalette(_dark_palette())
        elif not dark and app.palette().color(QPalette.ColorRole.Window).lightness() <= 128:
            app.setPalette(light_palette)
        app.setStyleSheet(_stylesheet(dark))

    if args.color_scheme:
        QGuiApplication.styleHints().setColorScheme(
            Qt.ColorScheme.Dark if args.color_scheme == "dark" else Qt.ColorScheme.Light)
    restyle()
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: restyle())

    # Build and paint the window first; asyncio and qasync load after it is on screen.
    from zaddesk.gui.context import AppContext
    from zaddesk.gui.mainwindow import MainWindow

    ctx = AppContext(settings, translations=translations, demo_spawner=demo_spawner)
    window = MainWindow(ctx)
    window.persist = persist
    if persist:
        window.restore_state(args.page, defer_page=True)
    else:
        window.restore_state(args.page or "clients", defer_page=True)
        window.resize(1200, 760)
    if args.size:
        window.resize(*args.size)
    window.show()
    app.processEvents()
    timed = args.quit_after_show or args.quit_when_ready
    if timed:
        print(f"shown {time.perf_counter() - _T0:.4f} cpu={time.process_time():.4f}", flush=True)
    window.open_pending_page()  # the frame is on screen; now build the first page
    app.processEvents()
    if timed:
        print(f"page {time.perf_counter() - _T0:.4f} cpu={time.process_time():.4f}", flush=True)

    import asyncio

    with asyncio.Runner(loop_factory=lambda: new_event_loop(app)) as runner:
        runner.get_loop().set_exception_handler(_loop_exception_handler)
        return runner.run(_amain(app, args, ctx, window))


def new_event_loop(app: Any) -> Any:
    """qasync's loop on ``app``, with a thread pool that starts its threads as work comes
    (the console's, and the GUI tests').

    Why: qasync's own default pool starts all ten of its threads at the first job, and
    at start-up that job (the first worker call) comes while the window still needs
    the one core Python code runs on; ten threads starting up then cost the balance
    about 20 ms. Nor is anything imported in a background thread at start-up: while
    the main thread imports or paints, a second Python thread makes it wait for the
    interpreter lock at every file read and every return from Qt (it was measured to
    slow the balance by 30 ms, not speed it up).
    """
    from concurrent.futures import ThreadPoolExecutor

    import qasync

    loop = qasync.QEventLoop(app)
    loop.set_default_executor(ThreadPoolExecutor(max_workers=10, thread_name_prefix="zaddesk"))
    return loop


def _skip_feature_scan() -> None:
    """Once imported, PySide6 reads the source of every module imported after it, to learn
    whether it mentions PySide6 (for its opt-in ``__feature__`` switches, which zaddesk never
    uses): a third more time for each of the hundreds of imports still to come. Say yes
    without reading: a module marked as using PySide6 gets the default feature set, which
    is what every module here has anyway."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda _module: True  # type: ignore[attr-defined]


def _last_profile(ini: Path) -> str:
    """``profile/last`` of the settings file, read without Qt (QSettings' INI layout)."""
    try:
        text = ini.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "profile" and line.partition("=")[0].strip() == "last":
            return line.partition("=")[2].strip().strip('"')
    return ""


def _demo_spawner(args: argparse.Namespace, config: Path, logs: Path) -> Any:
    """What starts the demo emulator process; in a run that will surely want it (demo
    mode, a screenshot, or no profile but the demo one last), it is started now."""
    from zaddesk.gui.demo import DemoProcess

    early: list[DemoProcess] = []
    if not args.quit_after_show and (
            args.demo or args.screenshot is not None
            or (not args.profile and _last_profile(config / "zaddesk.ini") in ("", "Demo"))):
        with contextlib.suppress(OSError):  # connecting tries again and reports it
            early.append(DemoProcess.spawn(log_folder=logs))

    def spawn() -> DemoProcess:
        return early.pop() if early else DemoProcess.spawn(log_folder=logs)

    return spawn


async def _amain(app: Any, args: argparse.Namespace, ctx: Any, window: Any) -> int:
    import asyncio

    from PySide6.QtCore import QCoreApplication, QTimer

    from zaddesk.gui.tasks import TaskKind

    window.closed = asyncio.get_running_loop().create_future()
    if args.quit_after_show:
        window.close()
        await ctx.aclose()
        return 0

    demo = args.demo or args.screenshot is not None

    async def connect() -> None:
        if demo:
            await ctx.start_demo_checking_keyring()
        else:
            await ctx.use_startup_profile(args.profile)
        if args.client:
            ctx.set_client_id(None if args.client == "dealer" else int(args.client))

    if args.quit_when_ready:
        def balance_shown(balance: object) -> None:
            """The issue's "ready": window, first page, emulator serving, balance shown."""
            if balance is None:
                return
            ctx.balance_changed.disconnect(balance_shown)
            # Once the status bar has painted it: after the events the change queued.
            QTimer.singleShot(0, lambda: print(
                f"balance {time.perf_counter() - _T0:.4f} cpu={time.process_time():.4f}",
                flush=True))

        ctx.balance_changed.connect(balance_shown)

    ctx.runner.run(connect, title=QCoreApplication.translate("MainWindow", "Connect"),
                   kind=TaskKind.BACKGROUND,
                   name="connect", owner=window)

    def collect_after_start_up() -> None:
        if gc.isenabled():
            return
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            ctx.runner.idle.disconnect(collect_after_start_up)
        gc.freeze()  # what start-up built stays: later collections skip it
        gc.enable()

    ctx.runner.idle.connect(collect_after_start_up)
    QTimer.singleShot(GC_AFTER_MS, collect_after_start_up)  # a start-up that never goes idle

    if args.screenshot is not None:
        return await _screenshot(app, window, ctx, args)
    if args.quit_when_ready:  # benchmarks and smoke tests: every start-up task done too
        await ctx.runner.wait_idle()
        app.processEvents()
        print(f"ready {time.perf_counter() - _T0:.4f} cpu={time.process_time():.4f} "
              f"balance={ctx.balance is not None}", flush=True)
        window.close()

    await window.closed
    await ctx.aclose()
    log.info("zaddesk closed")
    return 0


def _grab_with_dialogs(window: Any) -> Any:
    """The window with its open dialogs painted where they sit (offscreen has no compositor)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QDialog

    picture = window.grab()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible() and w is not window]
    if not dialogs:
        return picture
    painter = QPainter(picture)
    for dialog in sorted(dialogs, key=lambda d: d.isActiveWindow()):
        dialog.adjustSize()
        shot = dialog.grab()
        x = (picture.width() - shot.width()) // 2
        y = (picture.height() - shot.height()) // 2
        painter.drawPixmap(x, max(0, y), shot)
        painter.setPen(window.palette().color(window.palette().ColorRole.Mid))
        painter.drawRect(x - 1, max(0, y) - 1, shot.width() + 1, shot.height() + 1)
    painter.end()
    return picture


async def _screenshot(app: Any, window: Any, ctx: Any, args: argparse.Namespace) -> int:
    import asyncio

    await ctx.runner.wait_idle()
    if args.page:
        page = window.show_page(args.page)
        await ctx.runner.wait_idle()  # the current client's details and facts
        opener = getattr(page, "open_for_screenshot", None)
        if args.open and callable(opener):
            await opener(args.open)
    if (args.page == "onboarding" or args.outbox) and ctx.demo:
        window.outbox_dock.show()
    else:
        window.outbox_dock.hide()
    # The dock's room is given back before the size is set. Through the loop, not
    # processEvents(): that would step running requests re-entrantly and wedge them.
    await asyncio.sleep(0.05)
    window.resize(*(args.size or (1200, 760)))  # a dock shown meanwhile may have grown it
    # Let pages load what they fetch on show, then let layouts settle.
    for _ in range(3):
        await asyncio.sleep(0.05)
        await ctx.runner.wait_idle()
        app.processEvents()
    log.debug("screenshot sizes: window %s, minimum %s, status %s, stack %s", window.size(),
              window.minimumSizeHint(), window.statusBar().minimumSizeHint(),
              window.stack.minimumSizeHint())
    path: Path = args.screenshot
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = _grab_with_dialogs(window).save(str(path), "PNG")
    log.info("screenshot %s written: %s", path, ok)
    window.close()
    await ctx.aclose()
    if not ok:
        print(f"could not write {path}", file=sys.stderr)
        return 1
    print(path)
    return 0
