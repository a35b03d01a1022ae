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
    ScopeBlocked,
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
    tariff_zero = journal.create_session({"email": "", "tariff": 0, "password_given": False})
    assert tariff_zero.id in {s.id for s in journal.unfinished_sessions()}  # 0 was chosen
    journal.mark_abandoned(tariff_zero.id)
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


# -- the send-once contract, piece by piece --------------------------------------------------


def test_ledger_is_one_per_client_and_profile(journal: Journal) -> None:
    a = journal.ledger(7, profile="main")
    assert a.state is SessionState.LEDGER and a.step == "ledger" and a.client_id == 7
    assert a.profile == "main" and a.form == {} and a.data == {}
    assert journal.ledger(7, profile="main").id == a.id
    assert journal.ledger(7, profile="other").id != a.id
    assert journal.ledger(8, profile="main").id != a.id
    dealer = journal.ledger(None, profile="main")
    assert dealer.client_id is None and dealer.id not in (a.id,)
    assert journal.ledger(None, profile="main").id == dealer.id
    assert journal.ledger(7).profile == ""
    journal.record_intent(a.id, "topup", "POST", "/p/", {"amount": 1})
    assert journal.unfinished_sessions(include_empty=True) == []  # never offered to resume


def test_abandoned_and_unknown_sessions(journal: Journal) -> None:
    s = journal.create_session({"email": "a@b.pl"}, profile="p", step="phone")
    assert s.step == "phone" and s.profile == "p" and s.created == s.updated
    journal.mark_abandoned(s.id)
    assert journal.session(s.id).state is SessionState.ABANDONED
    assert journal.unfinished_sessions() == []
    for call in (journal.mark_done, journal.mark_abandoned):
        with pytest.raises(JournalError, match="no onboarding session nope"):
            call("nope")
    with pytest.raises(JournalError, match="no onboarding session nope"):
        journal.update_session("nope", step="x")
    with pytest.raises(JournalError, match="no onboarding session nope"):
        journal.record_intent("nope", "topup", "POST", "/p/", {})
    assert "journal.sqlite3" in repr(journal)


def test_update_changes_only_what_is_given(journal: Journal) -> None:
    s = journal.create_session({"email": "a@b.pl"})
    journal.update_session(s.id, step="phone", client_id=5, data={"a": 1, "b": 1})
    same = journal.update_session(s.id)
    assert (same.step, same.client_id, same.data, same.form) == (
        "phone", 5, {"a": 1, "b": 1}, {"email": "a@b.pl"})
    assert same.updated >= s.updated
    changed = journal.update_session(s.id, form={"email": "c@d.pl"}, data={"b": 2})
    assert changed.form == {"email": "c@d.pl"} and changed.data == {"a": 1, "b": 2}
    assert changed.step == "phone" and changed.client_id == 5
    assert journal.update_session(s.id, client_id=0).client_id == 0


@pytest.mark.parametrize(
    ("form", "changes", "offered"),
    [
        ({}, {}, False),
        ({"email": "", "tariff": None, "given": False}, {}, False),
        ({"email": "x"}, {}, True),
        ({"tariff": 5}, {}, True),
        ({}, {"client_id": 3}, True),
        ({}, {"data": {"k": 1}}, True),
        ({}, {"step": "phone"}, True),
        ({}, {"step": ""}, False),
    ],
)
def test_which_sessions_are_worth_resuming(
    journal: Journal, form: dict[str, object], changes: dict[str, object], offered: bool
) -> None:
    s = journal.create_session(form)
    if changes:
        journal.update_session(s.id, **changes)  # type: ignore[arg-type]
    assert [x.id for x in journal.unfinished_sessions()] == ([s.id] if offered else [])


def test_unfinished_sessions_newest_first_per_profile(journal: Journal) -> None:
    old = journal.create_session({"email": "a"}, profile="p")
    new = journal.create_session({"email": "b"}, profile="p")
    other = journal.create_session({"email": "c"}, profile="q")
    journal.update_session(new.id, data={"touched": True})
    assert [s.id for s in journal.unfinished_sessions("p")] == [new.id, old.id]
    assert [s.id for s in journal.unfinished_sessions("q")] == [other.id]
    assert len(journal.unfinished_sessions()) == 3


def test_intent_keeps_what_the_rep_and_the_checks_need(journal: Journal) -> None:
    s = journal.create_session({})
    st = journal.record_intent(
        s.id, "topup", "post", "/v1/reseller/users/topup/", {"user_id": 7, "note": None},
        context={"before": {"dealer": 1}}, scope="money:7", description="Top up 7",
    )
    assert (st.session_id, st.action, st.method, st.path) == (
        s.id, "topup", "POST", "/v1/reseller/users/topup/")
    assert st.params == {"user_id": 7}
    assert st.context == {"before": {"dealer": 1}} and st.before == {"dealer": 1}
    assert (st.scope, st.description) == ("money:7", "Top up 7")
    assert (st.outcome, st.outcome_at, st.message, st.result) == (None, None, "", None)
    assert (st.resolution, st.resolved_at, st.note, st.decided_by) == (None, None, "", None)
    assert (st.verdict, st.explanation, st.found, st.checked_at) == (None, "", None, None)
    assert st.intent_at > 0
    bare = journal.record_intent(s.id, "x", "GET", "/q/", {})
    assert bare.context == {} and bare.before is None and bare.scope == ""
    assert bare.description == ""
    quiet = journal.session(s.id).updated
    answered = journal.record_outcome(bare.id, Outcome.APPLIED)
    assert answered.message == "" and answered.result is None
    assert journal.session(s.id).updated == quiet  # nothing asked of the session
    assert journal.steps(s.id) == [st, answered]
    assert journal.steps(s.id, "x") == [answered]
    with pytest.raises(JournalError, match="no step 999"):
        journal.step(999)


def test_fingerprint_covers_session_action_method_path_and_params(journal: Journal) -> None:
    import hashlib
    import json

    s = journal.create_session({})
    t = journal.create_session({})
    base = journal.record_intent(s.id, "a", "POST", "/p/", {"x": 1}).fingerprint
    # Kept on disk: files written earlier must compare equal with what is computed now.
    blob = json.dumps([s.id, "a", "POST", "/p/", {"x": 1}], sort_keys=True)
    assert base == hashlib.sha256(blob.encode()).hexdigest()[:32]
    assert journal.record_intent(s.id, "a", "post", "/p/", {"x": 1}).fingerprint == base
    for other in (
        journal.record_intent(t.id, "a", "POST", "/p/", {"x": 1}),
        journal.record_intent(s.id, "b", "POST", "/p/", {"x": 1}),
        journal.record_intent(s.id, "a", "PUT", "/p/", {"x": 1}),
        journal.record_intent(s.id, "a", "POST", "/q/", {"x": 1}),
        journal.record_intent(s.id, "a", "POST", "/p/", {"x": 2}),
    ):
        assert other.fingerprint != base
    assert journal.record_intent(s.id, "a", "POST", "/p/", {"x": 1, "password": "s"}) \
        .fingerprint != base  # the redacted name is part of what was sent


@pytest.mark.parametrize(
    ("outcome", "resolution", "undecided", "applied"),
    [
        (None, None, True, False),
        (Outcome.UNKNOWN, None, True, False),
        (Outcome.UNKNOWN, "applied", False, True),
        (Outcome.UNKNOWN, "not_applied", False, False),
        (None, "applied", False, True),
        (None, "not_applied", False, False),
        (Outcome.APPLIED, None, False, True),
        (Outcome.REFUSED, None, False, False),
        (Outcome.FAILED, None, False, False),
    ],
)
def test_what_a_step_says(
    journal: Journal, outcome: Outcome | None, resolution: str | None, undecided: bool,
    applied: bool,
) -> None:
    s = journal.create_session({})
    st = journal.record_intent(s.id, "topup", "POST", "/p/", {})
    if outcome is not None:
        st = journal.record_outcome(st.id, outcome, message="m")
        assert st.outcome is outcome and st.message == "m" and st.outcome_at is not None
    if resolution is not None:
        st = journal.resolve(st.id, applied=resolution == "applied", note="n")
        assert (st.resolution, st.note, st.decided_by) == (resolution, "n", "rep")
        assert st.resolved_at is not None
    assert (st.undecided, st.applied) == (undecided, applied)
    assert [x.id for x in journal.undecided(s.id)] == ([st.id] if undecided else [])


def test_outcome_moves_the_session_in_the_same_write(journal: Journal) -> None:
    s = journal.create_session({})
    st = journal.record_intent(s.id, "register", "POST", "/p/", {})
    journal.record_outcome(st.id, Outcome.APPLIED, result={"id": 9}, step="phone",
                           client_id=9, data={"registered": True})
    after = journal.session(s.id)
    assert (after.step, after.client_id, after.data) == ("phone", 9, {"registered": True})
    other = journal.record_intent(s.id, "add_phone", "POST", "/q/", {})
    journal.record_outcome(other.id, Outcome.REFUSED, data={"phone": "x"})
    assert journal.session(s.id).data == {"registered": True, "phone": "x"}
    third = journal.record_intent(s.id, "x", "POST", "/r/", {})
    journal.record_outcome(third.id, Outcome.FAILED, client_id=10)
    assert journal.session(s.id).client_id == 10
    with pytest.raises(JournalError, match="no step 999"):
        journal.record_outcome(999, Outcome.APPLIED)
    with pytest.raises(JournalError, match="already has an outcome"):
        journal.record_outcome(third.id, Outcome.UNKNOWN)
    assert journal.step(third.id).outcome is Outcome.FAILED


def test_resolve_only_what_is_unknown(journal: Journal) -> None:
    s = journal.create_session({})
    for outcome in (Outcome.APPLIED, Outcome.REFUSED, Outcome.FAILED):
        st = journal.record_intent(s.id, "x", "POST", "/p/", {})
        journal.record_outcome(st.id, outcome)
        with pytest.raises(JournalError, match="has a known outcome"):
            journal.resolve(st.id, applied=True)
        assert journal.step(st.id).resolution is None
    with pytest.raises(JournalError, match="no step 999"):
        journal.resolve(999, applied=True)
    lost = journal.record_intent(s.id, "x", "POST", "/p/", {})
    settled = journal.resolve(lost.id, applied=False, by="server")
    assert (settled.resolution, settled.decided_by, settled.note) == ("not_applied", "server", "")
    with pytest.raises(JournalError, match="already decided"):
        journal.resolve(lost.id, applied=True)


def test_checks_keep_the_last_reading_and_settle_nothing(journal: Journal) -> None:
    s = journal.create_session({})
    st = journal.record_intent(s.id, "topup", "POST", "/p/", {})
    journal.record_outcome(st.id, Outcome.UNKNOWN)
    first = journal.record_check(st.id, "unclear", explanation="why", found={"balance": "1"})
    assert (first.verdict, first.explanation, first.found) == ("unclear", "why", {"balance": "1"})
    assert first.checked_at is not None and first.undecided
    again = journal.record_check(st.id, "applied")
    assert (again.verdict, again.explanation, again.found) == ("applied", "", None)
    assert again.undecided and again.resolution is None
    assert journal.record_check(st.id, "applied", found=[]).found == []
    with pytest.raises(JournalError, match="no step 999"):
        journal.record_check(999, "applied")


def test_a_scope_blocks_every_session_of_the_profile(journal: Journal) -> None:
    a = journal.create_session({}, profile="p")
    b = journal.ledger(7, profile="p")
    other = journal.ledger(7, profile="q")
    first = journal.record_intent(a.id, "topup", "POST", "/p/", {}, scope="money:7")
    assert journal.unsettled("money:7", profile="p") == [first]
    assert journal.unsettled("money:7", profile="q") == []
    assert journal.unsettled("money:8", profile="p") == []
    with pytest.raises(ScopeBlocked) as blocked:
        journal.record_intent(b.id, "take_back", "POST", "/t/", {}, scope="money:7")
    assert blocked.value.step == first
    assert str(blocked.value) == f"step {first.id} (topup) in scope 'money:7' is not settled"
    assert isinstance(blocked.value, UndecidedStep)
    journal.record_intent(other.id, "topup", "POST", "/p/", {}, scope="money:7")  # other profile
    journal.record_intent(b.id, "topup", "POST", "/p/", {}, scope="money:8")  # other scope
    journal.record_intent(b.id, "topup", "POST", "/p/", {})  # no scope: not blocked
    journal.record_outcome(first.id, Outcome.UNKNOWN)
    with pytest.raises(ScopeBlocked):
        journal.record_intent(b.id, "topup", "POST", "/p/", {}, scope="money:7")
    journal.resolve(first.id, applied=True)
    assert journal.unsettled("money:7", profile="p") == []
    second = journal.record_intent(b.id, "topup", "POST", "/p/", {}, scope="money:7")
    with pytest.raises(ScopeBlocked):  # also within one session
        journal.record_intent(b.id, "topup", "POST", "/p/", {}, scope="money:7")
    for outcome in (Outcome.APPLIED, Outcome.REFUSED, Outcome.FAILED):
        st = journal.record_intent(a.id, "y", "POST", "/p/", {}, scope=f"done:{outcome}")
        journal.record_outcome(st.id, outcome)
        assert journal.unsettled(f"done:{outcome}", profile="p") == []
    assert journal.unsettled("money:7", profile="p") == [second]
    plain = journal.create_session({})  # the default profile is ""
    lone = journal.record_intent(plain.id, "topup", "POST", "/p/", {}, scope="money:9")
    assert journal.unsettled("money:9") == [lone]


def test_undecided_step_names_itself(journal: Journal) -> None:
    s = journal.create_session({})
    first = journal.record_intent(s.id, "topup", "POST", "/p/", {})
    journal.record_intent(s.id, "topup", "POST", "/p/", {})
    with pytest.raises(UndecidedStep) as err:
        journal.record_intent(s.id, "topup", "POST", "/p/", {}, exclusive=["add", "topup"])
    assert err.value.step.id == first.id  # the oldest
    assert str(err.value) == f"step {first.id} (topup) has an undecided outcome"
    journal.record_outcome(first.id, Outcome.REFUSED)
    with pytest.raises(UndecidedStep) as err:
        journal.record_intent(s.id, "topup", "POST", "/p/", {}, exclusive=["topup"])
    assert err.value.step.id == first.id + 1


def test_redact_keeps_plain_values_and_prints_the_rest() -> None:
    from decimal import Decimal

    assert redact({"amount": Decimal("10.50"), "n": 1, "f": 1.5, "b": False, "t": "x"}) == {
        "amount": "10.50", "n": 1, "f": 1.5, "b": False, "t": "x"}
    assert redact({"token": "t", "api_key": "k", "code": "c", "password": "p"}) == {
        "_redacted": ["api_key", "code", "password", "token"]}
    assert redact({}) == {}


def test_default_path_is_in_the_user_data_folder() -> None:
    from zaddesk.core.journal import default_journal_path

    path = default_journal_path()
    assert path.name == "journal.sqlite3" and path.parent.name == "zaddesk"


def test_a_newer_journal_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path):
        pass
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=3")
    db.commit()
    db.close()
    with pytest.raises(JournalError, match=r"newer zaddesk \(version 3\)"):
        Journal(path)


def test_version_1_steps_get_the_scope_that_blocked_them(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    db = sqlite3.connect(path)
    from zaddesk.core.journal import _SCHEMA

    db.executescript(_SCHEMA)
    db.execute("INSERT INTO sessions(id, created, updated, client_id) VALUES ('s', 1, 1, 7)")
    db.execute("INSERT INTO sessions(id, created, updated) VALUES ('n', 1, 1)")
    rows = [("s", "topup"), ("s", "other"), ("s", "take_back"), ("n", "money_transfer"),
            ("s", "register"), ("n", "confirm_phone"), ("s", "add_phone")]
    for sid, action in rows:
        db.execute(
            "INSERT INTO steps(session_id, action, method, path, params, fingerprint, "
            "intent_at) VALUES (?, ?, 'POST', '/p/', '{}', 'f', 1)", (sid, action))
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    with Journal(path) as j:
        scopes = [(st.action, st.scope) for st in j.steps("s") + j.steps("n")]
    assert scopes == [
        ("topup", "money:7"),
        ("other", ""),
        ("take_back", "money:7"),
        ("register", "onboarding:s:registration"),
        ("add_phone", "onboarding:s:phone"),
        ("money_transfer", "onboarding:n:topup"),
        ("confirm_phone", "onboarding:n:phone"),
    ]
    with Journal(path) as j:  # a second opening changes nothing
        assert j.steps("s")[0].scope == "money:7"
        assert j._db.execute("PRAGMA user_version").fetchone()[0] == 2


def test_values_json_cannot_hold_are_kept_as_text(journal: Journal) -> None:
    from decimal import Decimal

    s = journal.create_session({"when": Decimal("1.5")})
    assert s.form == {"when": "1.5"}
    st = journal.record_intent(s.id, "topup", "POST", "/p/", {"amount": Decimal("10.50")},
                               context={"requested": Decimal("10.50"), "at": Path("/x")})
    assert st.params == {"amount": "10.50"}
    assert st.context == {"requested": "10.50", "at": "/x"}
    assert journal.update_session(s.id, data={"d": Decimal("2")}).data == {"d": "2"}
    assert journal.record_outcome(st.id, Outcome.APPLIED, result={"r": Decimal("3")}).result \
        == {"r": "3"}
