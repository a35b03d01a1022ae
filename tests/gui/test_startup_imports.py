"""The first page must not pull in what only later actions need (start-up time)."""

from __future__ import annotations

import os
import subprocess
import sys

LATER = ("phonenumbers", "babel", "zaddesk.core.payments", "zaddesk.core.validation",
         "zaddesk.core.onboarding", "zaddesk.gui.onboarding.wizard",
         # the client detail (money moves, the journal) is built at the first pick; asyncio,
         # httpx and the rate limiter load after the first page; the emulator and the
         # keyring are not the console's business before then either
         "zaddesk.gui.clients.detail", "zaddesk.core.journal", "zaddesk.core.sendonce",
         "asyncio", "httpx", "zaddesk.api.ratelimit", "zaddesk.emulator", "keyring")


def test_clients_page_import_leaves_later_modules_unloaded() -> None:
    code = ("import sys, zaddesk.gui.mainwindow, zaddesk.gui.clients.page; "
            f"print(','.join(m for m in {LATER!r} if m in sys.modules))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=60, check=True)
    assert done.stdout.strip() == ""


def test_httpx_comes_without_its_command_line() -> None:
    """httpx imports click and pygments for its own CLI when they are installed."""
    code = ("import sys, zaddesk.api.client; "
            "print(','.join(m for m in ('click', 'pygments', 'rich') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == ""
