"""The emulator's state in SQLite: one connection per process, used under a lock.

Handlers run on the server's event-loop thread while the embedding program (tests, GUI) reads
the outbox or flips faults from its own thread, hence ``check_same_thread=False`` plus a lock.
Money is kept as decimal strings so conversions stay exact to the cent.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

__all__ = ["SCHEMA", "Store", "begin"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                 -- dealer | client
    dealer_id INTEGER,
    email TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT 'PL',
    city TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'pl',
    currency TEXT NOT NULL,
    tariff_id INTEGER NOT NULL DEFAULT 1,
    balance TEXT NOT NULL DEFAULT '0',
    credit TEXT NOT NULL DEFAULT '0',
    state TEXT NOT NULL,                -- active | wait_link | wait_code
    reg_code TEXT,
    created TEXT NOT NULL,
    last_login TEXT,
    api_key TEXT UNIQUE,
    api_secret TEXT,
    key_last_request TEXT,
    settings TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS phones (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    number TEXT NOT NULL,
    is_proved INTEGER NOT NULL DEFAULT 0,
    code TEXT,
    code_expires REAL
);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    to_addr TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    code TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS directions (
    id INTEGER PRIMARY KEY,
    country TEXT NOT NULL,
    country_code TEXT NOT NULL,
    area_code TEXT NOT NULL,
    name TEXT NOT NULL,
    connect_fee TEXT NOT NULL,
    monthly_fee TEXT NOT NULL,
    currency TEXT NOT NULL,
    upload TEXT NOT NULL,
    specify TEXT NOT NULL,
    receive_sms INTEGER NOT NULL,
    is_toll INTEGER NOT NULL,
    feature TEXT,
    connect_time TEXT NOT NULL,
    available INTEGER NOT NULL,
    salt INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS countries (
    iso TEXT PRIMARY KEY, code TEXT NOT NULL, name_en TEXT NOT NULL, name_pl TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS numbers (
    number TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL,
    direction_id INTEGER NOT NULL,
    slot INTEGER,
    status TEXT NOT NULL,
    start_date TEXT NOT NULL,
    stop_date TEXT NOT NULL,
    autorenew TEXT NOT NULL DEFAULT 'true',
    number_name TEXT,
    sip TEXT NOT NULL DEFAULT '',
    receive_sms TEXT NOT NULL DEFAULT 'off',
    channels INTEGER NOT NULL DEFAULT 2,
    group_id INTEGER,
    is_on_test TEXT NOT NULL DEFAULT 'false'
);
CREATE TABLE IF NOT EXISTS doc_groups (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    data TEXT NOT NULL,
    is_readonly INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS doc_files (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL,
    account_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    is_verified TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sips (
    id TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL,
    display_name TEXT NOT NULL,
    lines INTEGER NOT NULL DEFAULT 3,
    password TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pbx (
    account_id INTEGER PRIMARY KEY,
    pbx_id INTEGER NOT NULL UNIQUE,
    stop_datetime TEXT NOT NULL,
    melody TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS extensions (
    account_id INTEGER NOT NULL,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    password TEXT NOT NULL,
    caller_id TEXT NOT NULL,
    recording TEXT NOT NULL DEFAULT 'off',
    record_email TEXT NOT NULL DEFAULT '',
    speech_recognition TEXT NOT NULL DEFAULT 'off',
    supervisor_status INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, number)
);
CREATE TABLE IF NOT EXISTS menus (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'file',
    status TEXT NOT NULL DEFAULT 'on',
    waitexten INTEGER NOT NULL DEFAULT 5,
    is_default INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS scenarios (
    id INTEGER PRIMARY KEY,
    menu_id INTEGER NOT NULL,
    account_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    push_button INTEGER NOT NULL,
    tiers TEXT NOT NULL,                -- JSON: [[sips], [sips], [sips]], delays
    queue_strategy TEXT NOT NULL DEFAULT 'off',
    queue_announce_position INTEGER NOT NULL DEFAULT 0
);
-- Answers outside the spec and handler crashes, when worker processes serve (see shared.py).
CREATE TABLE IF NOT EXISTS emu_problems (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sounds (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    kind TEXT NOT NULL,                 -- ivr | hold
    name TEXT NOT NULL,
    format TEXT NOT NULL,
    size INTEGER NOT NULL
);
"""


def begin(db: sqlite3.Connection, write: bool = True, patience: float = 30.0) -> None:
    """``BEGIN IMMEDIATE`` (or a reading ``BEGIN``), waiting for another process's write lock.

    SQLite's own busy handler sleeps a whole millisecond and more between tries; the
    transactions here last tens of microseconds, so with several worker processes that sleep
    was most of a request's time. This one tries again after 50 microseconds, doubling to 5 ms.
    """
    if not write:
        db.execute("BEGIN")
        return
    delay = 0.00005
    deadline = time.monotonic() + patience
    while True:
        try:
            db.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.005)


class Store:
    """SQLite with a lock; ``tx()`` is the only way handlers touch it."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None,
                                   timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys=OFF")
        if path != ":memory:":
            # Several worker processes may share the file: readers never wait for the writer.
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._db.execute("PRAGMA busy_timeout=0")  # begin() waits for the write lock
        self.lock = threading.RLock()

    @contextmanager
    def tx(self, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction under the lock; rolled back if the block raises.

        ``write=False`` starts a reading one, which other processes' readers and writer do not
        wait for; should it write after all and meet another process's write, SQLite refuses
        with ``sqlite3.OperationalError`` (busy), and the caller runs it again as a write.
        """
        with self.lock:
            begin(self._db, write)
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def row(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        """One row of one SELECT, under the lock: a single statement is a transaction of its
        own, so it needs no BEGIN and COMMIT around it (two statements fewer per request)."""
        with self.lock:
            found: sqlite3.Row | None = self._db.execute(sql, args).fetchone()
        return found

    def is_empty(self) -> bool:
        with self.lock:
            row = self._db.execute("SELECT COUNT(*) FROM accounts").fetchone()
            return int(row[0]) == 0

    def close(self) -> None:
        with self.lock:
            self._db.close()


def money(value: Any) -> Decimal:
    return Decimal(str(value))


def settings_of(row: sqlite3.Row) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(row["settings"])
    return data
