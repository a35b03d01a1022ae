"""The console's demo emulator in its own process: started before Qt, reached over loopback,
stopped with the console, and never left behind when the console dies."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import DEMO_OPTIONS
from zaddesk.gui.app import _last_profile
from zaddesk.gui.demo import DemoProcess

ROOT = Path(__file__).resolve().parents[2]


def _gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def process(tmp_path: Path) -> Iterator[DemoProcess]:
    proc = DemoProcess.spawn(log_folder=tmp_path / "logs",
                             options={k: v for k, v in DEMO_OPTIONS.items()})
    yield proc
    proc.stop()


def test_serves_the_demo_and_its_control_endpoints(process: DemoProcess, arun: Any) -> None:
    from zaddesk.api.client import Zadarma

    base_url = process.wait_ready()
    assert base_url.startswith("http://127.0.0.1:") and process.base_url == base_url

    async def balance() -> Any:
        async with Zadarma(base_url, process.key, process.secret) as api:
            return await api.info.balance()

    assert str(arun(balance()).currency) == "USD"
    assert isinstance(process.outbox(), list)
    process.set_faults(latency=0.5)
    started = time.monotonic()
    arun(balance())
    assert time.monotonic() - started >= 0.5
    process.set_faults()
    with pytest.raises(RuntimeError, match="400"):
        process.set_faults(no_such_switch=1)
    pid = process.pid
    process.stop()
    assert _gone(pid)


def test_secrets_never_on_the_command_line(process: DemoProcess) -> None:
    process.wait_ready()
    with open(f"/proc/{process.pid}/cmdline", "rb") as cmdline:
        args = cmdline.read()
    assert process.key.encode() not in args and process.secret.encode() not in args


def test_child_exits_when_the_console_goes_away(tmp_path: Path) -> None:
    """A console killed outright closes the child's stdin: the child stops by itself."""
    code = ("import sys; from zaddesk.gui.demo import DemoProcess; "
            "p = DemoProcess.spawn(); p.wait_ready(); print(p.pid, flush=True); "
            "sys.stdin.readline()")
    parent = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    assert _gone(child), "the demo emulator outlived the console"


def test_a_child_that_cannot_start_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    proc = DemoProcess.spawn(options={"no_such_option": 1})
    with pytest.raises(RuntimeError, match="did not start"):
        proc.wait_ready()
    with pytest.raises(RuntimeError, match="did not start"):
        proc.wait_ready()  # the same answer again, without waiting
    proc.stop()


def _polled(proc: DemoProcess, timeout: float = 30.0) -> bool:
    """``poll_ready()`` until it says the child answered; it never blocks meanwhile."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        started = time.monotonic()
        answered = proc.poll_ready()
        assert time.monotonic() - started < 1.0
        if answered:
            return True
        time.sleep(0.01)
    return False


def test_polling_reads_the_ready_line_once_it_is_there(process: DemoProcess) -> None:
    assert _polled(process)
    assert process.base_url.startswith("http://127.0.0.1:")
    assert process.poll_ready() and process.wait_ready() == process.base_url


def test_polling_a_child_that_cannot_start_leaves_the_report_to_wait_ready() -> None:
    proc = DemoProcess.spawn(options={"no_such_option": 1})
    try:
        assert _polled(proc)
        with pytest.raises(RuntimeError, match="did not start"):
            proc.wait_ready()
    finally:
        proc.stop()


def test_context_works_on_the_process(make_ctx: Callable[..., Any], arun: Any,
                                      tmp_path: Path) -> None:
    from tests.gui.conftest import until

    spawned: list[DemoProcess] = []

    def spawn() -> DemoProcess:
        spawned.append(DemoProcess.spawn(options=dict(DEMO_OPTIONS)))
        return spawned[-1]

    ctx = make_ctx(demo_spawner=spawn)

    async def scenario() -> None:
        await ctx.use_startup_profile()
        await until(lambda: ctx.balance is not None, message="dealer balance")

    arun(scenario())
    assert ctx.demo and ctx.emulator is None and ctx.demo_backend is spawned[0]
    assert ctx.api is not None and ctx.api.transport.base_url == spawned[0].base_url
    pid = spawned[0].pid
    arun(ctx.aclose())
    assert ctx.demo_backend is None and _gone(pid)


def test_last_profile_is_read_without_qt(tmp_path: Path) -> None:
    ini = tmp_path / "zaddesk.ini"
    assert _last_profile(ini) == ""
    ini.write_text("[window]\nlast=x\n\n[profile]\nlast=Biuro\n", encoding="utf-8")
    assert _last_profile(ini) == "Biuro"
    ini.write_text("[profile]\nlast=Demo\n", encoding="utf-8")
    assert _last_profile(ini) == "Demo"


def test_demo_probes_the_keyring_after_start_up(window: Any, arun: Any) -> None:
    """Demo mode needs no secret: the keyring is looked at once the start-up work is done."""
    from tests.gui.conftest import until

    ctx = window.ctx
    arun(until(lambda: ctx.keyring_name != "", timeout=20, message="keyring probed"))
    assert ctx.runner.tasks() == []


def test_settings_page_probes_the_keyring_at_once(window: Any, arun: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.gui.conftest import until
    from zaddesk.gui import context

    ctx = window.ctx
    ctx._keyring_checked = False  # as if the delayed probe had not come yet
    ctx.keyring_name = ""
    monkeypatch.setattr(context, "KEYRING_PROBE_DELAY", 600.0)
    window.show_page("settings")
    arun(until(lambda: ctx.keyring_name != "", timeout=10, message="keyring probed"))
