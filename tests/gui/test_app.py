"""The ``zaddesk`` entry point as a user runs it: a separate process, offscreen."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_app(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ZADDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    code = "import sys; from zaddesk.gui.app import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=90)


@pytest.mark.slow
@pytest.mark.parametrize(("page", "lang"), [("settings", "pl"), ("onboarding", "en")])
def test_screenshot_writes_a_png(tmp_path: Path, page: str, lang: str) -> None:
    out = tmp_path / f"{page}-{lang}.png"
    result = run_app(tmp_path / "home", "--screenshot", str(out), "--page", page, "--lang", lang,
                     "--size", "1000x700")
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    # Screenshots never save window state or profiles, and leave /dev/null a device.
    assert not (tmp_path / "home" / "config" / "zaddesk.ini").exists()
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_quit_after_show(tmp_path: Path) -> None:
    result = run_app(tmp_path / "home", "--quit-after-show")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("shown ")


def test_quit_when_ready_on_the_demo_process(tmp_path: Path) -> None:
    """A first start works on the demo emulator, in a process of its own that stops with it."""
    import re

    result = run_app(tmp_path / "home", "--quit-when-ready")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # Window, first page, then the balance; every start-up task (the client list too) after.
    assert [line.split()[0] for line in lines] == ["shown", "page", "balance", "ready"], lines
    assert "balance=True" in lines[3]
    log = (tmp_path / "home" / "logs" / "zaddesk.log").read_text(encoding="utf-8")
    found = re.search(r"demo emulator \(process (\d+)\) listening", log)
    assert found, log
    with pytest.raises(ProcessLookupError):
        os.kill(int(found[1]), 0)


def test_cycle_collector_is_back_once_ready(tmp_path: Path) -> None:
    """Start-up runs without the cycle collector; it is on again when the console is ready."""
    env = {**os.environ, "ZADDESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    code = ("import builtins, gc, sys\n"
            "say = builtins.print\n"
            "def spy(*args, **kwargs):\n"
            "    if args and str(args[0]).startswith('ready'):\n"
            "        say('collector', gc.isenabled(), flush=True)\n"
            "    say(*args, **kwargs)\n"
            "builtins.print = spy\n"
            "from zaddesk.gui.app import main\n"
            "sys.exit(main(['--quit-when-ready']))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=90)
    assert result.returncode == 0, result.stderr
    assert "collector True" in result.stdout


def test_bad_size_is_refused(tmp_path: Path) -> None:
    result = run_app(tmp_path / "home", "--screenshot", str(tmp_path / "x.png"), "--size", "big")
    assert result.returncode == 2
    assert "--size" in result.stderr


@pytest.mark.slow
def test_dark_scheme_gives_a_dark_window(tmp_path: Path) -> None:
    out = tmp_path / "dark.png"
    result = run_app(tmp_path / "home", "--screenshot", str(out), "--page", "pbx",
                     "--color-scheme", "dark", "--size", "900x600")
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(out))
    assert QColor(image.pixel(600, 500)).lightness() < 100  # the page background
