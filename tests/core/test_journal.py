"""The journal must hold what was sent even when the process dies right after writing it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from zaddesk.core.journal import (
    Journal,
    JournalError,
    Outcome,
    SessionState,
    UndecidedStep,
    redact,
)


@pytest.fixture
def journal(tmp_path: Path):
    with Journal(tmp_path / "journal.sqlite3") as j:
        yield j


def test_pragmas(journal: Journal) -> None:
    db = sqlite3.connect(journal.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert journal._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    db.close()


def test_session_life(journal: Journal) -> None:
    s = journal.create_session({"email": "a@b.pl", "password_given": True}, profile="main")
    assert s.state is SessionState.OPEN and s.step == "client_data"
    assert [x.id for x in journal.unfinished_sessions()] == [s.id]
    s2 = journal.update_session(s.id, step="phone", client_id=42, data={"a": 1})
    s2 = journal.update_session(s.id, data={"b": 2})
    assert s2.step == "phone" and s2.client_id == 42 and s2.data == {"a": 1, "b": 2}
    assert journal.unfinished_sessions(profile="other") == []
    journal.mark_done(s.id)
    assert journal.unfinished_sessions() == []
    assert journal.session(s.id).state is SessionState.DONE
    with pytest.raises(JournalError):
        journal.session("nope")


def test_password_is_never_stored(journal: Journal) -> None:
    with pytest.raises(JournalError):
        journal.create_session({"email": "a@b.pl", "password": "x"})
    s = journal.create_session({"email": "a@b.pl"})
    with pytest.raises(JournalError):
        journal.update_session(s.id, form={"password": "x"})
    st = journal.record_intent(
        s.id,
        "register",
        "POST",
        "/v1/reseller/users/registration/new/",
        {"email": "a@b.pl", "password": "tajne123", "code": "9999"},
    )
    assert st.params == {"email": "a@b.pl", "_redacted": ["code", "password"]}
    raw = journal.path.read_bytes() + Path(str(journal.path) + "-wal").read_bytes()
    assert b"tajne123" not in raw and b"9999" not in raw


def test_intent_then_outcome(journal: Journal) -> None:
    s = journal.create_session({})
    st = journal.record_intent(
        s.id,
        "topup",
        "post",
        "/v1/reseller/users/topup/",
        {"user_id": 7, "amount": "10", "currency": "USD"},
        context={"before": {"dealer": None}},
    )
    assert st.outcome is None and st.undecided and not st.applied
    assert st.method == "POST" and len(st.fingerprint) == 32
    st = journal.record_outcome(st.id, Outcome.APPLIED, result={"x": 1})
    assert st.applied and not st.undecided and st.result == {"x": 1}
    with pytest.raises(JournalError):
        journal.record_outcome(st.id, Outcome.REFUSED)
    with pytest.raises(JournalError):
        journal.resolve(st.id, applied=False)


def test_unknown_needs_a_decision(journal: Journal) -> None:
    s = journal.create_session({})
    st = journal.record_intent(s.id, "topup", "POST", "/p/", {"amount": 1})
    journal.record_outcome(st.id, Outcome.UNKNOWN, message="answer lost")
    assert [x.id for x in journal.undecided(s.id)] == [st.id]
    assert journal.undecided(s.id, "register") == []
    st = journal.resolve(st.id, applied=True, note="balances moved")
    assert st.applied and not st.undecided and st.resolution == "applied"
    with pytest.raises(JournalError):
        journal.resolve(st.id, applied=False)
    assert journal.undecided(s.id) == []


def test_same_request_same_fingerprint(journal: Journal) -> None:
    s = journal.create_session({})
    a = journal.record_intent(s.id, "topup", "POST", "/p/", {"amount": 1, "currency": "USD"})
    b = journal.record_intent(s.id, "topup", "POST", "/p/", {"currency": "USD", "amount": 1})
    c = journal.record_intent(s.id, "topup", "POST", "/p/", {"currency": "USD", "amount": 2})
    assert a.fingerprint == b.fingerprint != c.fingerprint


def test_redact() -> None:
    assert redact({"secret": "s", "key": "k", "a": None, "b": 2}) == {
        "b": 2,
        "_redacted": ["key", "secret"],
    }


def test_intent_survives_a_kill(tmp_path: Path) -> None:
    """A real process writes an intent and dies without closing anything."""
    path = tmp_path / "j.sqlite3"
    code = textwrap.dedent(
        f"""
        import os
        from zaddesk.core.journal import Journal
        j = Journal({str(path)!r})
        s = j.create_session({{"email": "kill@example.com"}})
        j.update_session(s.id, step="topup", client_id=5)
        j.record_intent(s.id, "topup", "POST", "/v1/reseller/users/topup/",
                        {{"user_id": 5, "amount": "10", "currency": "USD"}})
        print(s.id, flush=True)
        os._exit(1)
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    sid = proc.stdout.strip()
    with Journal(path) as j:
        [s] = j.unfinished_sessions()
        assert s.id == sid and s.step == "topup" and s.client_id == 5
        [step] = j.undecided(sid, "topup")
        assert step.outcome is None
        assert step.params == {"user_id": 5, "amount": "10", "currency": "USD"}


def test_empty_sessions_are_not_offered(journal: Journal) -> None:
    empty = journal.create_session({"email": "", "tariff": None, "password_given": False})
    typed = journal.create_session({"email": "a@", "password_given": False})
    assert [s.id for s in journal.unfinished_sessions()] == [typed.id]
    assert {s.id for s in journal.unfinished_sessions(include_empty=True)} == {empty.id, typed.id}
    journal.record_intent(empty.id, "register", "POST", "/p/", {})
    assert {s.id for s in journal.unfinished_sessions()} == {empty.id, typed.id}


def test_exclusive_intent_refused_while_undecided(journal: Journal) -> None:
    s = journal.create_session({})
    first = journal.record_intent(s.id, "topup", "POST", "/p/", {"amount": 1})
    with pytest.raises(UndecidedStep) as err:
        journal.record_intent(s.id, "topup", "POST", "/p/", {"amount": 1}, exclusive=["topup"])
    assert err.value.step.id == first.id
    # another step's actions are not affected
    journal.record_intent(s.id, "add_phone", "POST", "/q/", {}, exclusive=["add_phone"])
    journal.record_outcome(first.id, Outcome.UNKNOWN)
    with pytest.raises(UndecidedStep):
        journal.record_intent(s.id, "topup", "POST", "/p/", {}, exclusive=["topup"])
    journal.resolve(first.id, applied=False)
    journal.record_intent(s.id, "topup", "POST", "/p/", {}, exclusive=["topup"])


def test_two_processes_cannot_both_pass_the_check(tmp_path: Path) -> None:
    """Two consoles on one journal race for the same top-up: exactly one intent is written."""
    path = tmp_path / "j.sqlite3"
    with Journal(path) as j:
        sid = j.create_session({"email": "race@example.com"}).id
    code = textwrap.dedent(
        f"""
        import sys
        from zaddesk.core.journal import Journal, UndecidedStep
        j = Journal({str(path)!r})
        print("ready", flush=True)
        sys.stdin.readline()  # all three start together, once each has opened the journal
        wins = 0
        for _ in range(50):
            try:
                j.record_intent({sid!r}, "topup", "POST", "/p/", {{}}, exclusive=["topup"])
                wins += 1
            except UndecidedStep:
                pass
        print(wins)
        """
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    wins = [int(p.communicate(timeout=60)[0]) for p in procs]
    assert sum(wins) == 1
    with Journal(path) as j:
        assert len(j.steps(sid, "topup")) == 1
