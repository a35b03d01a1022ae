"""The first page must not pull in what only later actions need (start-up time)."""

from __future__ import annotations

import os
import subprocess
import sys

LATER = ("phonenumbers", "babel", "zaddesk.core.payments", "zaddesk.core.validation",
         "zaddesk.core.onboarding", "zaddesk.gui.onboarding.wizard")


def test_clients_page_import_leaves_later_modules_unloaded() -> None:
    code = ("import sys, zaddesk.gui.mainwindow, zaddesk.gui.clients.page; "
            f"print(','.join(m for m in {LATER!r} if m in sys.modules))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=60, check=True)
    assert done.stdout.strip() == ""
