"""The journal of server-changing requests, one per context.

Its own small module so the Clients page can count unfinished onboardings without loading
the wizard (start-up time).
"""

from __future__ import annotations

import weakref

from zaddesk.core import profiles
from zaddesk.core.journal import Journal
from zaddesk.gui.context import AppContext

__all__ = ["journal_for"]

_journals: weakref.WeakKeyDictionary[AppContext, Journal] = weakref.WeakKeyDictionary()


def journal_for(ctx: AppContext) -> Journal:
    """One journal per context, in the data folder (``ZADDESK_HOME`` in tests)."""
    journal = _journals.get(ctx)
    if journal is None:
        journal = Journal(profiles.data_dir() / "journal.sqlite3")
        _journals[ctx] = journal
        ctx.destroyed.connect(lambda _o=None, j=journal: j.close())
    return journal
