"""The journal of server-changing requests, one per context.

Its own small module so the Clients page can count unfinished onboardings without loading
the wizard (start-up time).
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from zaddesk.core import profiles
from zaddesk.gui.context import AppContext

if TYPE_CHECKING:
    from zaddesk.core.journal import Journal

__all__ = ["journal_for", "may_hold_sessions"]

_journals: weakref.WeakKeyDictionary[AppContext, Journal] = weakref.WeakKeyDictionary()


def _path() -> Path:
    return profiles.data_dir() / "journal.sqlite3"


def may_hold_sessions(ctx: AppContext) -> bool:
    """False when there is surely nothing to resume: no journal was ever written. Spares a
    first start creating the file (and its synced writes) just to count nothing."""
    return ctx in _journals or _path().exists()


def journal_for(ctx: AppContext) -> Journal:
    """One journal per context, in the data folder (``ZADDESK_HOME`` in tests)."""
    journal = _journals.get(ctx)
    if journal is None:
        from zaddesk.core.journal import Journal  # not before a journal is needed

        journal = Journal(_path())
        _journals[ctx] = journal
        ctx.destroyed.connect(lambda _o=None, j=journal: j.close())
    return journal
