"""The onboarding journal: what was typed, what was sent, what came back — on disk first.

Why: a console that is closed or killed mid-onboarding must neither lose the client nor send
anything twice.  So every request that changes the server is written here *before* it is
sent (``record_intent``) and its answer *after* (``record_outcome``), each in its own
committed transaction on a SQLite file in WAL mode with ``synchronous=FULL``: once
``record_intent`` returns, the intent survives a kill or a power cut.  An intent without an
outcome therefore means "the process died while the request may have been in flight", which
is treated exactly like a lost answer: outcome unknown, until a person decides.

Nothing secret is stored: parameters named like a password, key, secret or code are dropped
(their names are kept in ``params["_redacted"]``), and the form keeps only *whether* a
password was given.

Public interface (synchronous; every call is one short transaction)::

    journal = Journal(path=None)                 # default: user data dir / journal.sqlite3
    s = journal.create_session(form_record, profile="main")
    journal.unfinished_sessions() -> list[SessionRecord]
    journal.session(s.id) -> SessionRecord
    journal.update_session(s.id, step=..., form=..., client_id=..., data=...)
    st = journal.record_intent(s.id, "topup", "POST", "/v1/reseller/users/topup/", params,
                               context={...}, exclusive=["topup"])  # UndecidedStep if blocked
    journal.record_outcome(st.id, Outcome.APPLIED, result={...}, step="next_steps")
    journal.steps(s.id) / journal.undecided(s.id, action=None)
    journal.resolve(st.id, applied=True, note="", by="rep")
    journal.mark_done(s.id) / journal.mark_abandoned(s.id)

The send-once mechanism (:mod:`zaddesk.core.sendonce`) builds on this: an intent may name a
``scope`` (``record_intent(..., scope="money:7")``) that an unsettled step of the same profile
blocks, in any session; ``unsettled(scope, profile)`` lists those; ``record_check`` keeps what
reading the server found. Requests outside an onboarding live in a per-client ``ledger``
session.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
import uuid
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

__all__ = [
    "SECRET_PARAMS",
    "Journal",
    "JournalError",
    "Outcome",
    "ScopeBlocked",
    "SessionRecord",
    "SessionState",
    "StepRecord",
    "UndecidedStep",
    "default_journal_path",
    "redact",
]

log = logging.getLogger("zaddesk.core.journal")

SECRET_PARAMS = frozenset({"password", "secret", "key", "api_key", "code", "token"})

_SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id         TEXT PRIMARY KEY,
    created    REAL NOT NULL,
    updated    REAL NOT NULL,
    profile    TEXT NOT NULL DEFAULT '',
    state      TEXT NOT NULL DEFAULT 'open',
    step       TEXT NOT NULL DEFAULT '',
    form       TEXT NOT NULL DEFAULT '{}',
    client_id  INTEGER,
    data       TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS sessions_state ON sessions(state, updated);
CREATE TABLE IF NOT EXISTS steps (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id  TEXT NOT NULL REFERENCES sessions(id),
    action      TEXT NOT NULL,
    method      TEXT NOT NULL,
    path        TEXT NOT NULL,
    params      TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    context     TEXT NOT NULL DEFAULT '{}',
    intent_at   REAL NOT NULL,
    outcome     TEXT,
    outcome_at  REAL,
    message     TEXT NOT NULL DEFAULT '',
    result      TEXT,
    resolution  TEXT,
    resolved_at REAL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS steps_session ON steps(session_id, action, id);
"""

# Version 2 (send once): what a step blocks, how it reads to the rep, what reading the server
# found after a lost answer, and who settled it. Added, never renamed: a version-1 console can
# still read the file.
_COLUMNS_V2 = (
    ("scope", "TEXT NOT NULL DEFAULT ''"),
    ("description", "TEXT NOT NULL DEFAULT ''"),
    ("verdict", "TEXT"),
    ("explanation", "TEXT NOT NULL DEFAULT ''"),
    ("found", "TEXT"),
    ("checked_at", "REAL"),
    ("decided_by", "TEXT"),
)

# Scopes of version-1 steps, which had none: what blocked them then blocks them now.
_V1_MONEY_ACTIONS = frozenset({"topup", "take_back", "money_transfer"})
_V1_STEP_OF = {
    "register": "registration",
    "confirm_registration": "registration",
    "add_phone": "phone",
    "prove_by_sms": "phone",
    "prove_by_callback": "phone",
    "confirm_phone": "phone",
}


class JournalError(Exception):
    """The journal refused an operation (unknown session or step, bad transition)."""


class UndecidedStep(JournalError):
    """An earlier request may have been applied and nobody has decided it yet."""

    def __init__(self, step: StepRecord) -> None:
        super().__init__(f"step {step.id} ({step.action}) has an undecided outcome")
        self.step = step


class ScopeBlocked(UndecidedStep):
    """An unsettled step in the same scope (any session of the profile) forbids this one."""

    def __init__(self, step: StepRecord) -> None:
        JournalError.__init__(
            self, f"step {step.id} ({step.action}) in scope {step.scope!r} is not settled"
        )
        self.step = step


class Outcome(StrEnum):
    APPLIED = "applied"  # the server said yes
    REFUSED = "refused"  # the server said no: nothing changed
    FAILED = "failed"  # never reached the server (provably not applied)
    UNKNOWN = "unknown"  # may or may not have been applied: a person must decide


class SessionState(StrEnum):
    OPEN = "open"
    DONE = "done"
    ABANDONED = "abandoned"
    # A client's money moves outside onboarding (see zaddesk.core.payments): never offered
    # for resuming, but its undecided steps block the next move until the rep decides.
    LEDGER = "ledger"


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: str
    created: float
    updated: float
    profile: str
    state: SessionState
    step: str
    form: dict[str, Any]
    client_id: int | None
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class StepRecord:
    """One server-changing request: its intent, and its outcome once known."""

    id: int
    session_id: str
    action: str
    method: str
    path: str
    params: dict[str, Any]
    fingerprint: str
    context: dict[str, Any]
    intent_at: float
    outcome: Outcome | None  # None: the process died with the request possibly in flight
    outcome_at: float | None
    message: str
    result: dict[str, Any] | None
    resolution: str | None  # "applied" / "not_applied", settled after unknown
    resolved_at: float | None
    note: str
    scope: str = ""  # what this step blocks while unsettled ("" for none beyond ``exclusive``)
    description: str = ""  # the request in words, for the rep
    verdict: str | None = None  # what reading the server last said: applied/not_applied/unclear
    explanation: str = ""  # why, for the rep
    found: Any = None  # the server state read for that verdict (JSON)
    checked_at: float | None = None
    decided_by: str | None = None  # "server" (a clear verdict) or "rep"

    @property
    def before(self) -> Any:
        """The server state read before sending (JSON), if the sender took one."""
        return self.context.get("before")

    @property
    def undecided(self) -> bool:
        """The outcome is not known and nobody has decided it yet: block this action."""
        return self.outcome in (None, Outcome.UNKNOWN) and self.resolution is None

    @property
    def applied(self) -> bool:
        """Whether this request changed the server, as far as anyone knows or decided."""
        if self.outcome == Outcome.APPLIED:
            return True
        return self.outcome in (None, Outcome.UNKNOWN) and self.resolution == "applied"


def default_journal_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("zaddesk", appauthor=False)) / "journal.sqlite3"


def redact(params: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters safe to keep on disk: secrets dropped, their names listed."""
    kept: dict[str, Any] = {}
    dropped: list[str] = []
    for name, value in params.items():
        if name in SECRET_PARAMS:
            dropped.append(name)
        elif value is not None:
            kept[name] = value if isinstance(value, int | float | str | bool) else str(value)
    if dropped:
        kept["_redacted"] = sorted(dropped)
    return kept


def _fingerprint(session_id: str, action: str, method: str, path: str, params: Any) -> str:
    blob = json.dumps([session_id, action, method.upper(), path, params], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


class Journal:
    """One SQLite file shared by every onboarding session of this user."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_journal_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=10.0
        )
        self._db.row_factory = sqlite3.Row
        mode = self._db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise JournalError(f"the journal file system does not support WAL ({mode})")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        with self._tx() as db:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > _SCHEMA_VERSION:
                raise JournalError(
                    f"the journal was written by a newer zaddesk (version {version})"
                )
            _migrate(db, version)
            db.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")

    def __repr__(self) -> str:
        return f"Journal({str(self.path)!r})"

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction: durable on return (WAL + synchronous=FULL)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- sessions ---------------------------------------------------------------------

    def create_session(
        self, form: Mapping[str, Any], *, profile: str = "", step: str = "client_data"
    ) -> SessionRecord:
        if "password" in form:
            raise JournalError("a password must never be written to the journal")
        now = time.time()
        sid = uuid.uuid4().hex
        with self._tx() as db:
            db.execute(
                "INSERT INTO sessions(id, created, updated, profile, step, form) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (sid, now, now, profile, step, _dumps(dict(form))),
            )
        log.info("onboarding session %s started", sid)
        return self.session(sid)

    def session(self, session_id: str) -> SessionRecord:
        with self._lock:
            row = self._db.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise JournalError(f"no onboarding session {session_id}")
        return _session(row)

    def unfinished_sessions(
        self, profile: str | None = None, *, include_empty: bool = False
    ) -> list[SessionRecord]:
        """Sessions to offer for resuming, most recently touched first.

        A wizard opened and closed without typing anything leaves an empty session; those
        are not worth offering unless ``include_empty``.
        """
        sessions = self._sessions("state = 'open'", profile)
        if include_empty:
            return sessions
        return [s for s in sessions if _typed(s) or self.steps(s.id)]

    def finished_sessions(self, profile: str | None = None, *, limit: int = 10
                          ) -> list[SessionRecord]:
        """Onboardings finished with a registered client, the most recent first."""
        return self._sessions("state = 'done' AND client_id IS NOT NULL", profile, limit)

    def _sessions(self, where: str, profile: str | None, limit: int = -1) -> list[SessionRecord]:
        """Sessions matching ``where`` (and of ``profile``), the most recently touched first."""
        args: tuple[Any, ...] = ()
        if profile is not None:
            where += " AND profile = ?"
            args = (profile,)
        with self._lock:
            rows = self._db.execute(
                f"SELECT * FROM sessions WHERE {where} ORDER BY updated DESC LIMIT ?",
                (*args, limit)).fetchall()
        return [_session(r) for r in rows]

    def update_session(
        self,
        session_id: str,
        *,
        step: str | None = None,
        form: Mapping[str, Any] | None = None,
        client_id: int | None = None,
        data: Mapping[str, Any] | None = None,
    ) -> SessionRecord:
        """Change what is given; ``data`` is merged key by key into the session's data."""
        if form is not None and "password" in form:
            raise JournalError("a password must never be written to the journal")
        with self._tx() as db:
            self._update_in(db, session_id, step=step, form=form, client_id=client_id, data=data)
        return self.session(session_id)

    @staticmethod
    def _update_in(
        db: sqlite3.Connection,
        session_id: str,
        *,
        step: str | None = None,
        form: Mapping[str, Any] | None = None,
        client_id: int | None = None,
        data: Mapping[str, Any] | None = None,
    ) -> None:
        row = db.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise JournalError(f"no onboarding session {session_id}")
        sets = ["updated = ?"]
        args: list[Any] = [time.time()]
        if step is not None:
            sets.append("step = ?")
            args.append(step)
        if form is not None:
            sets.append("form = ?")
            args.append(_dumps(dict(form)))
        if client_id is not None:
            sets.append("client_id = ?")
            args.append(int(client_id))
        if data is not None:
            merged = json.loads(row["data"])
            merged.update(data)
            sets.append("data = ?")
            args.append(_dumps(merged))
        args.append(session_id)
        db.execute(f"UPDATE sessions SET {', '.join(sets)} WHERE id = ?", args)

    def _set_state(self, session_id: str, state: SessionState) -> None:
        with self._tx() as db:
            cur = db.execute(
                "UPDATE sessions SET state = ?, updated = ? WHERE id = ?",
                (state.value, time.time(), session_id),
            )
            if cur.rowcount != 1:
                raise JournalError(f"no onboarding session {session_id}")
        log.info("onboarding session %s %s", session_id, state.value)

    def ledger(self, client_id: int | None, *, profile: str = "") -> SessionRecord:
        """The session that journals requests outside onboarding for one client of one
        profile (``None``: the dealer's own account)."""
        with self._tx() as db:
            row = db.execute(
                "SELECT * FROM sessions WHERE state = 'ledger' AND profile = ? "
                "AND client_id IS ? ORDER BY created LIMIT 1",
                (profile, client_id),
            ).fetchone()
            if row is None:
                now = time.time()
                sid = uuid.uuid4().hex
                db.execute(
                    "INSERT INTO sessions(id, created, updated, profile, state, step, form, "
                    "client_id) VALUES (?, ?, ?, ?, 'ledger', 'ledger', '{}', ?)",
                    (sid, now, now, profile, client_id),
                )
                row = db.execute("SELECT * FROM sessions WHERE id = ?", (sid,)).fetchone()
        return _session(row)

    def mark_done(self, session_id: str) -> None:
        self._set_state(session_id, SessionState.DONE)

    def mark_abandoned(self, session_id: str) -> None:
        self._set_state(session_id, SessionState.ABANDONED)

    # -- steps ------------------------------------------------------------------------

    def record_intent(
        self,
        session_id: str,
        action: str,
        method: str,
        path: str,
        params: Mapping[str, Any],
        *,
        context: Mapping[str, Any] | None = None,
        exclusive: Collection[str] = (),
        scope: str = "",
        description: str = "",
    ) -> StepRecord:
        """Write, durably, that ``action`` is about to be sent.  Call before sending.

        ``exclusive`` names actions (usually of the same step) whose undecided outcome
        forbids this one; ``scope`` forbids it while any step of the same scope in any
        session of the same profile is unsettled (:class:`ScopeBlocked`).  The checks and
        the write are one transaction, so two consoles on the same journal cannot both
        pass them.
        """
        safe = redact(params)
        fingerprint = _fingerprint(session_id, action, method, path, safe)
        with self._tx() as db:
            owner = db.execute(
                "SELECT profile FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if owner is None:
                raise JournalError(f"no onboarding session {session_id}")
            if scope:
                blocking = self._unsettled_in(db, scope, owner["profile"])
                if blocking:
                    raise ScopeBlocked(blocking[0])
            if exclusive:
                marks = ", ".join("?" for _ in exclusive)
                row = db.execute(
                    "SELECT * FROM steps WHERE session_id = ? AND action IN (" + marks + ") "
                    "AND (outcome IS NULL OR outcome = 'unknown') AND resolution IS NULL "
                    "ORDER BY id LIMIT 1",
                    (session_id, *exclusive),
                ).fetchone()
                if row is not None:
                    raise UndecidedStep(_step(row))
            cur = db.execute(
                "INSERT INTO steps(session_id, action, method, path, params, fingerprint, "
                "context, intent_at, scope, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    action,
                    method.upper(),
                    path,
                    _dumps(safe),
                    fingerprint,
                    _dumps(dict(context or {})),
                    time.time(),
                    scope,
                    description,
                ),
            )
            step_id = cur.lastrowid
            db.execute("UPDATE sessions SET updated = ? WHERE id = ?", (time.time(), session_id))
        assert step_id is not None
        log.info("intent %s #%d %s %s", action, step_id, method.upper(), path)
        return self.step(step_id)

    def record_outcome(
        self,
        step_id: int,
        outcome: Outcome,
        *,
        message: str = "",
        result: Mapping[str, Any] | None = None,
        step: str | None = None,
        client_id: int | None = None,
        data: Mapping[str, Any] | None = None,
    ) -> StepRecord:
        """Write the answer (or its absence).  An outcome is written once, never changed.

        ``step``, ``client_id`` and ``data`` update the session in the same transaction, so
        a kill can never leave "applied" written without the session moving on.
        """
        with self._tx() as db:
            row = db.execute("SELECT outcome FROM steps WHERE id = ?", (step_id,)).fetchone()
            if row is None:
                raise JournalError(f"no step {step_id}")
            if row["outcome"] is not None:
                raise JournalError(f"step {step_id} already has an outcome ({row['outcome']})")
            db.execute(
                "UPDATE steps SET outcome = ?, outcome_at = ?, message = ?, result = ? "
                "WHERE id = ?",
                (
                    Outcome(outcome).value,
                    time.time(),
                    message,
                    _dumps(dict(result)) if result is not None else None,
                    step_id,
                ),
            )
            if step is not None or client_id is not None or data is not None:
                sid = db.execute(
                    "SELECT session_id FROM steps WHERE id = ?", (step_id,)
                ).fetchone()[0]
                self._update_in(db, sid, step=step, client_id=client_id, data=data)
        log.info("outcome #%d %s", step_id, Outcome(outcome).value)
        return self.step(step_id)

    def resolve(
        self, step_id: int, *, applied: bool, note: str = "", by: str = "rep"
    ) -> StepRecord:
        """Settle a step whose outcome is unknown: the rep's decision, or (``by="server"``)
        a clear verdict from reading the server."""
        with self._tx() as db:
            row = db.execute(
                "SELECT outcome, resolution FROM steps WHERE id = ?", (step_id,)
            ).fetchone()
            if row is None:
                raise JournalError(f"no step {step_id}")
            if row["outcome"] not in (None, Outcome.UNKNOWN.value):
                raise JournalError(f"step {step_id} has a known outcome ({row['outcome']})")
            if row["resolution"] is not None:
                raise JournalError(f"step {step_id} was already decided ({row['resolution']})")
            db.execute(
                "UPDATE steps SET resolution = ?, resolved_at = ?, note = ?, decided_by = ? "
                "WHERE id = ?",
                ("applied" if applied else "not_applied", time.time(), note, by, step_id),
            )
        log.info("step #%d settled by %s: %s", step_id, by, "applied" if applied else "not")
        return self.step(step_id)

    def record_check(
        self, step_id: int, verdict: str, *, explanation: str = "", found: Any = None
    ) -> StepRecord:
        """Keep what reading the server said about a step whose answer was lost (the last
        reading wins; it settles nothing by itself)."""
        with self._tx() as db:
            cur = db.execute(
                "UPDATE steps SET verdict = ?, explanation = ?, found = ?, checked_at = ? "
                "WHERE id = ?",
                (verdict, explanation, _dumps(found), time.time(), step_id),
            )
            if cur.rowcount != 1:
                raise JournalError(f"no step {step_id}")
        log.info("step #%d checked on the server: %s", step_id, verdict)
        return self.step(step_id)

    def unsettled(self, scope: str, *, profile: str = "") -> list[StepRecord]:
        """Steps of ``scope`` in any session of ``profile`` whose outcome nobody knows yet:
        unknown, or intended and never answered (the process died)."""
        with self._lock:
            return self._unsettled_in(self._db, scope, profile)

    @staticmethod
    def _unsettled_in(db: sqlite3.Connection, scope: str, profile: str) -> list[StepRecord]:
        rows = db.execute(
            "SELECT steps.* FROM steps JOIN sessions ON sessions.id = steps.session_id "
            "WHERE steps.scope = ? AND sessions.profile = ? "
            "AND (steps.outcome IS NULL OR steps.outcome = 'unknown') "
            "AND steps.resolution IS NULL ORDER BY steps.id",
            (scope, profile),
        ).fetchall()
        return [_step(r) for r in rows]

    def step(self, step_id: int) -> StepRecord:
        with self._lock:
            row = self._db.execute("SELECT * FROM steps WHERE id = ?", (step_id,)).fetchone()
        if row is None:
            raise JournalError(f"no step {step_id}")
        return _step(row)

    def steps(self, session_id: str, action: str | None = None) -> list[StepRecord]:
        """Every step of a session in the order they were intended."""
        query = "SELECT * FROM steps WHERE session_id = ?"
        args: tuple[Any, ...] = (session_id,)
        if action is not None:
            query += " AND action = ?"
            args = (session_id, action)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY id", args).fetchall()
        return [_step(r) for r in rows]

    def undecided(self, session_id: str, action: str | None = None) -> list[StepRecord]:
        """Steps that may have been applied and that nobody has decided yet."""
        return [s for s in self.steps(session_id, action) if s.undecided]


def _migrate(db: sqlite3.Connection, version: int) -> None:
    """Bring a version-1 file to version 2 in the caller's transaction (idempotent).

    An older console that opened the file since marks it version 1 again, and its steps
    have no scope: they are given theirs too.
    """
    have = {row[1] for row in db.execute("PRAGMA table_info(steps)")}
    missing = [(name, kind) for name, kind in _COLUMNS_V2 if name not in have]
    for name, kind in missing:
        db.execute(f"ALTER TABLE steps ADD COLUMN {name} {kind}")
    db.execute("CREATE INDEX IF NOT EXISTS steps_scope ON steps(scope, outcome, resolution)")
    if not missing and version >= _SCHEMA_VERSION:
        return
    rows = db.execute(
        "SELECT steps.id, steps.session_id, steps.action, sessions.client_id "
        "FROM steps JOIN sessions ON sessions.id = steps.session_id WHERE steps.scope = ''"
    ).fetchall()
    for row in rows:
        action = row["action"]
        if action in _V1_MONEY_ACTIONS and row["client_id"] is not None:
            scope = f"money:{row['client_id']}"
        elif action in _V1_MONEY_ACTIONS:
            scope = f"onboarding:{row['session_id']}:topup"
        elif action in _V1_STEP_OF:
            scope = f"onboarding:{row['session_id']}:{_V1_STEP_OF[action]}"
        else:
            continue
        db.execute("UPDATE steps SET scope = ? WHERE id = ?", (scope, row["id"]))
    if rows:
        log.info("journal: %d steps given their scope (version 2)", len(rows))


def _typed(session: SessionRecord) -> bool:
    """Anything worth resuming: a typed value, a client, flow data or a sent request."""
    if session.client_id is not None or session.data:
        return True
    if session.step not in ("", "client_data"):
        return True
    # ``is``, not ``in (None, "", False)``: a chosen tariff 0 equals False but was chosen.
    return any(v is not None and v is not False and v != "" for v in session.form.values())


def _session(row: sqlite3.Row) -> SessionRecord:
    return SessionRecord(
        id=row["id"],
        created=row["created"],
        updated=row["updated"],
        profile=row["profile"],
        state=SessionState(row["state"]),
        step=row["step"],
        form=json.loads(row["form"]),
        client_id=row["client_id"],
        data=json.loads(row["data"]),
    )


def _step(row: sqlite3.Row) -> StepRecord:
    return StepRecord(
        id=row["id"],
        session_id=row["session_id"],
        action=row["action"],
        method=row["method"],
        path=row["path"],
        params=json.loads(row["params"]),
        fingerprint=row["fingerprint"],
        context=json.loads(row["context"]),
        intent_at=row["intent_at"],
        outcome=Outcome(row["outcome"]) if row["outcome"] is not None else None,
        outcome_at=row["outcome_at"],
        message=row["message"],
        result=json.loads(row["result"]) if row["result"] is not None else None,
        resolution=row["resolution"],
        resolved_at=row["resolved_at"],
        note=row["note"],
        scope=row["scope"],
        description=row["description"],
        verdict=row["verdict"],
        explanation=row["explanation"],
        found=json.loads(row["found"]) if row["found"] is not None else None,
        checked_at=row["checked_at"],
        decided_by=row["decided_by"],
    )
