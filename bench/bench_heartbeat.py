"""Does the event loop stay responsive while slow API work runs through the task runner?

A 10 ms ``QTimer`` heartbeat records the longest gap between its ticks (minus the 10 ms
period) while the console works against the embedded emulator with 3 s of latency on every
request: a balance read through ``TaskRunner.run``, a keyring read that blocks for 0.5 s (in a
worker thread, as the console does it), the demo
outbox refresh, and a burst of five concurrent requests, one of them cancelled midway.
Prints the worst stall and a few percentiles; target: worst < 50 ms.

Run: ``.venv/bin/python bench/bench_heartbeat.py [latency_seconds]``.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ZADDESK_HOME", tempfile.mkdtemp(prefix="zaddesk-bench-"))

import keyring
import qasync
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from zaddesk.core import profiles
from zaddesk.gui.context import AppContext
from zaddesk.gui.mainwindow import MainWindow
from zaddesk.gui.tasks import TaskKind

PERIOD_MS = 10


class SlowKeyring(KeyringBackend):
    """A keyring that blocks for half a second, like one waiting for an unlock prompt."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        time.sleep(0.5)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        time.sleep(0.5)

    def delete_password(self, service: str, username: str) -> None:
        time.sleep(0.5)


class Heartbeat:
    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000 - PERIOD_MS)
        self.last = now

    def start(self) -> None:
        self.gaps.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return list(self.gaps)


async def scenario(app: QApplication, latency: float) -> None:
    settings = QSettings(os.path.join(os.environ["ZADDESK_HOME"], "bench.ini"),
                         QSettings.Format.IniFormat)
    ctx = AppContext(settings, demo_options={"rate_limit": (10_000, 60.0)})
    window = MainWindow(ctx)
    window.restore_state()
    window.show()
    await ctx.start_demo()
    await ctx.runner.wait_idle()
    assert ctx.api is not None and ctx.emulator is not None
    api = ctx.api
    window.outbox_dock.show()
    ctx.emulator.set_faults(latency=latency)

    beat = Heartbeat()
    beat.start()
    started = time.perf_counter()
    page = window.show_page("clients")
    done: list[object] = []
    page.run(lambda: api.info.balance(), title="slow balance", on_success=done.append)
    ctx.runner.run(lambda: asyncio.to_thread(profiles.get_secret, "nobody"),
                   title="keyring read", kind=TaskKind.BACKGROUND)
    burst = [ctx.runner.run(lambda: api.info.balance(), title=f"burst {i}",
                            kind=TaskKind.BACKGROUND) for i in range(5)]
    await asyncio.sleep(latency / 2)
    ctx.runner.cancel(burst[0])
    await ctx.runner.wait_idle()
    elapsed = time.perf_counter() - started
    gaps = beat.stop()
    ctx.emulator.set_faults(latency=0)

    window.persist = False
    window.close()
    await ctx.aclose()
    gaps.sort()
    worst = gaps[-1]
    print(f"slow work ran {elapsed:.2f} s with {latency:.1f} s latency per request; "
          f"{len(gaps)} heartbeats of {PERIOD_MS} ms")
    print(f"stall beyond the period: median {statistics.median(gaps):.1f} ms, "
          f"p99 {gaps[int(len(gaps) * 0.99) - 1]:.1f} ms, worst {worst:.1f} ms "
          f"(target < 50 ms) -> {'OK' if worst < 50 else 'TOO SLOW'}")
    assert done, "the slow request did not complete"


def main() -> None:
    keyring.set_keyring(SlowKeyring())  # type: ignore[no-untyped-call]  # never the real one
    latency = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(scenario(app, latency))


if __name__ == "__main__":
    main()
