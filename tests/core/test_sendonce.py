"""Send once: every branch of the one mechanism for requests that change money or state.

The mechanism takes any awaitable, so most tests hand it small coroutines that answer,
refuse, lose the answer or die, and check what the journal says. The callers it is built
for (a number order, a prolong) run against the emulator with its real faults.
"""

from __future__ import annotations

import asyncio
import functools
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from zaddesk.api.client import Zadarma
from zaddesk.api.errors import ApiError, NetworkError, UnknownOutcome
from zaddesk.core.journal import Journal, JournalError, Outcome
from zaddesk.core.sendonce import (
    Blocked,
    Call,
    Done,
    InFlight,
    Intent,
    Judgement,
    NothingToSettle,
    Scope,
    SendOnce,
    Sent,
    Unknown,
    Verdict,
)
from zaddesk.emulator.server import EmulatorServer

ROOT = Path(__file__).resolve().parents[2]
MONEY = Scope("money", 7)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as j:
        yield j


@pytest.fixture
def once(journal: Journal) -> SendOnce:
    return SendOnce(journal, profile="main")


def topup(amount: str = "10", scope: Scope = MONEY) -> Intent:
    return Intent(
        "topup",
        scope,
        {"user_id": scope.client_id, "amount": amount, "currency": "USD"},
        f"Top up client {scope.client_id} with {amount} USD",
        path="/v1/reseller/users/topup/",
        before={"client": "0"},
    )


class Server:
    """Stands in for one state-changing endpoint: counts calls, answers as told."""

    def __init__(self) -> None:
        self.calls = 0
        self.applied = 0

    async def ok(self) -> dict[str, Any]:
        self.calls += 1
        self.applied += 1
        return {"balance": "10"}

    async def refuse(self) -> dict[str, Any]:
        self.calls += 1
        raise ApiError("Not enough money", status_code=400, field="amount")

    async def never_left(self) -> dict[str, Any]:
        self.calls += 1
        raise NetworkError("connection refused")

    async def lose(self) -> dict[str, Any]:
        self.calls += 1
        self.applied += 1
        raise UnknownOutcome("connection dropped after the request was sent")

    async def garble(self) -> dict[str, Any]:
        self.calls += 1
        self.applied += 1
        raise ValueError("answer not in the promised shape")

    async def read(self) -> int:
        return self.applied


def judge_count(expect: int) -> Any:
    def judge(step: Any, now: int) -> Judgement:
        if now == expect:
            return Judgement(Verdict.APPLIED, "the server shows it")
        if now == expect - 1:
            return Judgement(Verdict.NOT_APPLIED, "the server does not show it")
        return Judgement(Verdict.UNCLEAR, "something else changed too")

    return judge


# -- sending ------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_done_writes_the_intent_first_and_the_result_after(once: SendOnce) -> None:
    server = Server()
    seen: list[Outcome | None] = []

    async def call() -> dict[str, Any]:
        [step] = once.journal.unsettled("money:7", profile="main")  # written before sending
        seen.append(step.outcome)
        return await server.ok()

    sent = await once.send(topup(), call)
    assert seen == [None] and server.calls == 1
    assert sent.value == {"balance": "10"}
    step = sent.step
    assert step.outcome is Outcome.APPLIED and step.result == {"balance": "10"}
    assert step.scope == "money:7" and step.description == "Top up client 7 with 10 USD"
    assert step.before == {"client": "0"} and step.params["amount"] == "10"
    assert once.journal.session(step.session_id).client_id == 7  # the client's ledger
    assert once.unsettled(MONEY) == []


@pytest.mark.asyncio
async def test_done_moves_the_owning_session_in_the_same_write(once: SendOnce) -> None:
    session = once.journal.create_session({"email": "a@b.pl"}, profile="main")
    server = Server()
    sent = await once.send(
        Intent("register", Scope("registration", session_id=session.id),
               {"email": "a@b.pl", "password": "tajne"}, "Register a@b.pl"),
        server.ok,
        record=lambda s: Done(result={"user_id": 5}, message="ok", step="phone", client_id=5,
                              data={"registration": "active", "step_of": s.step.id}),
    )
    assert sent.step.session_id == session.id and sent.step.message == "ok"
    assert sent.step.params == {"email": "a@b.pl", "_redacted": ["password"]}
    moved = once.journal.session(session.id)
    assert (moved.step, moved.client_id) == ("phone", 5)
    assert moved.data == {"registration": "active", "step_of": sent.step.id}


@pytest.mark.asyncio
async def test_refused_raises_the_api_error_and_frees_the_scope(once: SendOnce) -> None:
    server = Server()
    with pytest.raises(ApiError, match="Not enough money"):
        await once.send(topup(), server.refuse)
    [step] = once.journal.steps(once.journal.ledger(7, profile="main").id)
    assert step.outcome is Outcome.REFUSED and not step.undecided
    assert once.unsettled(MONEY) == []
    await once.send(topup(), server.ok)  # nothing happened: the next one may go
    assert server.calls == 2


@pytest.mark.asyncio
async def test_not_sent_raises_the_network_error_and_frees_the_scope(once: SendOnce) -> None:
    server = Server()
    with pytest.raises(NetworkError):
        await once.send(topup(), server.never_left)
    assert once.unsettled(MONEY) == []
    await once.send(topup(), server.ok)


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["lose", "garble", "record"])
async def test_unknown_is_written_and_never_retried(once: SendOnce, how: str) -> None:
    server = Server()
    call = server.ok if how == "record" else getattr(server, how)

    def record(sent: Sent[dict[str, Any]]) -> Done:
        raise KeyError("user_id")  # the answer was there but could not be read

    with pytest.raises(Unknown) as lost:
        await once.send(topup(), call, record=record if how == "record" else None)
    assert server.calls == 1 and server.applied == 1
    step = lost.value.step
    assert step.outcome is Outcome.UNKNOWN and step.undecided
    assert "Top up client 7" in str(lost.value)
    assert [s.id for s in once.unsettled(MONEY)] == [step.id]


@pytest.mark.asyncio
async def test_unsettled_scope_refuses_and_names_the_pending_intent(
    once: SendOnce, journal: Journal
) -> None:
    server = Server()
    with pytest.raises(Unknown) as lost:
        await once.send(topup(), server.lose)
    with pytest.raises(Blocked) as blocked:
        await once.send(topup("5"), server.ok)
    assert blocked.value.step.id == lost.value.step.id
    text = str(blocked.value)
    assert f"#{lost.value.step.id}" in text and "Top up client 7 with 10 USD" in text
    assert "money:7" in text
    assert server.calls == 1  # the blocked one was not sent
    assert len(journal.steps(lost.value.step.session_id)) == 1  # nor journaled

    # Other scopes, and the same scope of another profile, go on.
    await once.send(topup(scope=Scope("money", 8)), server.ok)
    await once.send(topup(scope=Scope("numbers", 7)), server.ok)
    await SendOnce(journal, profile="other").send(topup(), server.ok)
    # Another console on the same journal is blocked too.
    with pytest.raises(Blocked):
        await SendOnce(journal, profile="main").send(topup(), server.ok)


# -- settling by reading ------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize(("applied_on_server", "verdict"), [
    (True, Verdict.APPLIED), (False, Verdict.NOT_APPLIED)])
async def test_clear_verdict_settles_and_frees_the_scope(
    once: SendOnce, applied_on_server: bool, verdict: Verdict
) -> None:
    server = Server()
    with pytest.raises(Unknown) as lost:
        await once.send(topup(), server.lose)
    if not applied_on_server:
        server.applied -= 1
    found = await once.settle(lost.value.step.id, server.read, judge_count(1))
    assert found.verdict is verdict and found.settled
    assert found.applied is applied_on_server
    step = found.step
    assert step.decided_by == "server" and step.verdict == verdict.value
    assert step.found == server.applied and step.explanation.startswith("the server")
    assert step.applied is applied_on_server
    assert once.unsettled(MONEY) == []
    assert server.calls == 1  # settling only read
    with pytest.raises(NothingToSettle):
        await once.settle(step.id, server.read, judge_count(1))


@pytest.mark.asyncio
async def test_unclear_verdict_waits_for_the_reps_decision(once: SendOnce) -> None:
    server = Server()
    with pytest.raises(Unknown) as lost:
        await once.send(topup(), server.lose)
    step_id = lost.value.step.id
    server.applied = 5  # something else moved too
    found = await once.settle(step_id, server.read, judge_count(1))
    assert found.verdict is Verdict.UNCLEAR and not found.settled and found.applied is None
    assert found.step.verdict == "unclear" and found.step.explanation
    with pytest.raises(Blocked):
        await once.send(topup(), server.ok)

    decided = once.decide(step_id, applied=True, note="the client confirmed it on the phone")
    assert decided.decided_by == "rep" and decided.applied and not decided.undecided
    assert decided.note == "the client confirmed it on the phone"
    assert decided.verdict == "unclear"  # the reading stays beside the decision
    assert once.decide(step_id, applied=True) == decided  # the same decision: nothing new
    with pytest.raises(JournalError):
        once.decide(step_id, applied=False)
    await once.send(topup(), server.ok)


@pytest.mark.asyncio
async def test_check_only_reads_and_keeps_the_finding(once: SendOnce) -> None:
    """The money desk shows the finding and lets the rep decide even a clear one."""
    server = Server()
    with pytest.raises(Unknown) as lost:
        await once.send(topup(), server.lose)
    found = await once.check(lost.value.step.id, server.read, judge_count(1))
    assert found.verdict is Verdict.APPLIED and not found.settled
    assert found.step.verdict == "applied" and found.step.decided_by is None
    once.decide(found.step.id, applied=True)
    assert once.unsettled(MONEY) == []


@pytest.mark.asyncio
async def test_no_settling_while_this_console_awaits_the_answer(once: SendOnce) -> None:
    release = asyncio.Event()

    async def slow() -> dict[str, Any]:
        await release.wait()
        return {}

    task = asyncio.ensure_future(once.send(topup(), slow))
    while not once.unsettled(MONEY):
        await asyncio.sleep(0)
    [step] = once.unsettled(MONEY)
    assert once.waiting(step.id)
    with pytest.raises(Blocked):  # in flight counts as unsettled
        await once.send(topup(), slow)
    with pytest.raises(InFlight):
        await once.settle(step.id, Server().read, judge_count(1))
    with pytest.raises(InFlight):
        once.decide(step.id, applied=False)
    release.set()
    assert (await task).step.outcome is Outcome.APPLIED
    assert not once.waiting(step.id)


@pytest.mark.asyncio
async def test_a_cancelled_caller_does_not_cut_the_request(once: SendOnce) -> None:
    release = asyncio.Event()
    server = Server()

    async def slow() -> dict[str, Any]:
        await release.wait()
        return await server.ok()

    task = asyncio.ensure_future(once.send(topup(), slow))
    while not once.unsettled(MONEY):
        await asyncio.sleep(0)
    task.cancel()  # the page was closed
    with pytest.raises(asyncio.CancelledError):
        await task
    release.set()
    while once.unsettled(MONEY):
        await asyncio.sleep(0.01)
    [step] = once.journal.steps(once.journal.ledger(7, profile="main").id)
    assert step.outcome is Outcome.APPLIED and server.applied == 1


@pytest.mark.asyncio
async def test_shared_runs_one_request_for_a_double_click(once: SendOnce) -> None:
    server = Server()

    async def move() -> Sent[dict[str, Any]]:
        return await once.send(topup(), server.ok)

    got = await asyncio.gather(*(once.shared("topup", move) for _ in range(3)))
    assert server.calls == 1 and len({s.step.id for s in got}) == 1
    await once.shared("topup", move)  # once done, the key is free again
    assert server.calls == 2


# -- a crash between intent and send ------------------------------------------------------


def test_intent_written_then_killed_is_settled_by_reading(tmp_path: Path) -> None:
    """A real process journals the intent and dies before anything is sent."""
    path = tmp_path / "j.sqlite3"
    code = textwrap.dedent(
        f"""
        import asyncio, os
        from zaddesk.core.journal import Journal
        from zaddesk.core.sendonce import Intent, Scope, SendOnce

        async def die() -> None:
            os._exit(1)  # killed after the intent, before the request leaves

        once = SendOnce(Journal({str(path)!r}), profile="main")
        intent = Intent("order_number", Scope("numbers", 7), {{"direction_id": 1001}},
                        "Order a Warsaw number", before=["48221234567"])
        asyncio.run(once.send(intent, die))
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 1, proc.stderr

    async def settle() -> None:
        with Journal(path) as journal:
            once = SendOnce(journal, profile="main")
            [step] = once.unsettled(Scope("numbers", 7))
            assert step.outcome is None and step.description == "Order a Warsaw number"
            with pytest.raises(Blocked):
                await once.send(Intent("order_number", Scope("numbers", 7), {}, "again"),
                                Server().ok)

            async def numbers() -> list[str]:
                return ["48221234567"]  # as before: the order never arrived

            found = await once.settle(step.id, numbers, judge_new_number)
            assert found.verdict is Verdict.NOT_APPLIED and found.settled
            assert once.unsettled(Scope("numbers", 7)) == []

    asyncio.run(settle())


def judge_new_number(step: Any, now: list[str]) -> Judgement:
    """A number order: did the client's list of numbers gain one?"""
    added = sorted(set(now) - set(step.before or []))
    if len(added) == 1:
        return Judgement(Verdict.APPLIED, f"The client now has {added[0]}.")
    if not added and set(now) == set(step.before or []):
        return Judgement(Verdict.NOT_APPLIED, "The client's numbers did not change.")
    return Judgement(Verdict.UNCLEAR, "The client's numbers changed in another way.")


# -- a run of calls (PBX / IVR apply) -----------------------------------------------------


@pytest.mark.asyncio
async def test_run_sends_call_by_call_and_feeds_answers_on(once: SendOnce) -> None:
    made: list[str] = []

    async def create(name: str, parent: int | None = None) -> dict[str, Any]:
        made.append(f"{name}<{parent}")
        return {"id": len(made)}

    pbx = Scope("pbx", 7)

    def plan() -> Generator[Call[Any], Sent[Any], None]:
        menu = yield Call(Intent("ivr_create", pbx, {"name": "Menu"}, "Create the menu"),
                          lambda: create("Menu"))
        for key in ("1", "2"):
            yield Call(Intent("ivr_key", pbx, {"key": key}, f"Key {key}"),
                       functools.partial(create, key, menu.value["id"]))

    report = await once.run(plan())
    assert report.complete and not report.unknown and report.error is None
    assert made == ["Menu<None", "1<1", "2<1"]
    assert [s.step.action for s in report.sent] == ["ivr_create", "ivr_key", "ivr_key"]
    assert all(s.step.outcome is Outcome.APPLIED for s in report.sent)


@pytest.mark.asyncio
async def test_run_stops_at_an_unknown_outcome_and_the_scope_stays_blocked(
    once: SendOnce,
) -> None:
    server = Server()
    pbx = Scope("pbx", None)  # the dealer's own PBX
    calls = [
        Call(Intent("pbx_set", pbx, {"n": n}, f"Change {n}"), call)
        for n, call in enumerate([server.ok, server.lose, server.ok])
    ]
    report = await once.run(calls)
    assert report.unknown and not report.complete
    assert len(report.sent) == 1 and server.calls == 2  # the third was never sent
    assert report.stopped_at is calls[1].intent
    assert report.step is not None and report.step.outcome is Outcome.UNKNOWN
    assert once.journal.session(report.step.session_id).client_id is None

    again = await once.run(calls)
    assert isinstance(again.error, Blocked) and again.step is not None
    assert again.step.id == report.step.id and again.sent == [] and server.calls == 2

    refused = await SendOnce(once.journal, profile="x").run(
        [Call(Intent("pbx_set", pbx, {}, "Bad"), server.refuse), calls[0]])
    assert isinstance(refused.error, ApiError) and not refused.unknown
    assert refused.step is not None and refused.step.outcome is Outcome.REFUSED
    assert (await once.run([])).complete


# -- the journal's version-1 files --------------------------------------------------------


V1 = """
CREATE TABLE sessions (id TEXT PRIMARY KEY, created REAL NOT NULL, updated REAL NOT NULL,
    profile TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'open',
    step TEXT NOT NULL DEFAULT '', form TEXT NOT NULL DEFAULT '{}', client_id INTEGER,
    data TEXT NOT NULL DEFAULT '{}');
CREATE TABLE steps (id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id), action TEXT NOT NULL,
    method TEXT NOT NULL, path TEXT NOT NULL, params TEXT NOT NULL, fingerprint TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '{}', intent_at REAL NOT NULL, outcome TEXT,
    outcome_at REAL, message TEXT NOT NULL DEFAULT '', result TEXT, resolution TEXT,
    resolved_at REAL, note TEXT NOT NULL DEFAULT '');
INSERT INTO sessions VALUES ('led', 1, 1, 'main', 'ledger', 'ledger', '{}', 7, '{}');
INSERT INTO sessions VALUES ('onb', 1, 1, 'main', 'open', 'phone', '{"email": "x@y.pl"}', 9,
    '{}');
INSERT INTO steps(session_id, action, method, path, params, fingerprint, context, intent_at,
    outcome) VALUES ('led', 'take_back', 'POST', '/p/', '{"amount": "5"}', 'f',
    '{"before": {"dealer": null, "client": null}}', 1, 'unknown');
INSERT INTO steps(session_id, action, method, path, params, fingerprint, intent_at)
    VALUES ('onb', 'add_phone', 'POST', '/q/', '{}', 'g', 2);
INSERT INTO steps(session_id, action, method, path, params, fingerprint, intent_at, outcome)
    VALUES ('onb', 'topup', 'POST', '/t/', '{}', 'h', 3, 'applied');
PRAGMA user_version=1;
"""


def test_a_version_1_journal_is_read_and_its_steps_keep_blocking(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(V1)
    db.close()
    with Journal(path) as journal:
        once = SendOnce(journal, profile="main")
        [money] = once.unsettled(Scope("money", 7))
        assert money.action == "take_back" and money.before == {"dealer": None, "client": None}
        [phone] = once.unsettled(Scope("phone", session_id="onb"))
        assert phone.action == "add_phone" and phone.outcome is None
        assert [s.scope for s in journal.steps("onb")] == ["onboarding:onb:phone", "money:9"]
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == 2
    with Journal(path) as again:  # opening twice changes nothing more
        assert len(again.unsettled("money:7", profile="main")) == 1
    # An older console opens it (marking it version 1) and journals a step without a scope.
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=1")
    db.execute("INSERT INTO steps(session_id, action, method, path, params, fingerprint, "
               "intent_at) VALUES ('led', 'topup', 'POST', '/t/', '{}', 'i', 4)")
    db.commit()
    db.close()
    with Journal(path) as newer:
        assert [s.action for s in newer.unsettled("money:7", profile="main")] == [
            "take_back", "topup"]


def test_a_newer_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.close()
    with pytest.raises(JournalError, match="newer"):
        Journal(path)


# -- the callers, against the emulator ----------------------------------------------------

STAR = 210001  # PLN client with numbers
WARSAW = 1001


@pytest_asyncio.fixture
async def api(emulator: EmulatorServer) -> AsyncIterator[Zadarma]:
    async with Zadarma(emulator.base_url, emulator.key, emulator.secret) as client:
        yield client


@pytest.mark.asyncio
async def test_lost_number_order_is_settled_by_the_clients_numbers(
    api: Zadarma, once: SendOnce, emulator: EmulatorServer
) -> None:
    async def numbers() -> list[str]:
        return [n.number for n in await api.numbers.list_numbers(user_id=STAR)]

    scope = Scope("numbers", STAR)
    free = (await api.numbers.available(WARSAW))[0]
    intent = Intent("order_number", scope, {"direction_id": WARSAW, "number_id": free.id},
                    f"Order {free.number}", path="/v1/direct_numbers/order/",
                    before=await numbers())
    async def order() -> Any:
        return await api.numbers.order(WARSAW, 0, number_id=free.id, user_id=STAR)

    emulator.set_faults(drop_after_apply=1, path="/v1/direct_numbers/order/")
    with pytest.raises(Unknown) as lost:
        await once.send(intent, order)
    found = await once.settle(lost.value.step.id, numbers, judge_new_number)
    assert found.verdict is Verdict.APPLIED and found.settled
    assert (await numbers()).count(free.number) == 1


@pytest.mark.asyncio
async def test_lost_prolong_is_settled_by_the_expiry(
    api: Zadarma, once: SendOnce, emulator: EmulatorServer
) -> None:
    number = (await api.numbers.list_numbers(user_id=STAR))[0].number

    async def expiry() -> str:
        return str((await api.numbers.number(number, user_id=STAR)).stop_date)

    def judge(step: Any, now: str) -> Judgement:
        if now > step.before:
            return Judgement(Verdict.APPLIED, f"The number now runs until {now}.")
        return Judgement(Verdict.NOT_APPLIED, f"The number still ends on {now}.")

    def intent(before: str) -> Intent:
        return Intent("prolong", Scope("numbers", STAR), {"number": number, "months": 1},
                      f"Prolong {number} by a month", before=before)

    async def never_sent() -> Any:
        raise UnknownOutcome("lost before the server saw it")

    with pytest.raises(Unknown) as lost:
        await once.send(intent(await expiry()), never_sent)
    found = await once.settle(lost.value.step.id, expiry, judge)
    assert found.verdict is Verdict.NOT_APPLIED

    emulator.set_faults(drop_after_apply=1, path="/v1/direct_numbers/prolong/")
    with pytest.raises(Unknown) as lost:
        await once.send(intent(await expiry()),
                        lambda: api.numbers.prolong(number, 1, user_id=STAR))
    found = await once.settle(lost.value.step.id, expiry, judge)
    assert found.verdict is Verdict.APPLIED and found.step.found == await expiry()


def test_answers_are_kept_as_json_pictures() -> None:
    import msgspec

    from zaddesk.core.money import Money
    from zaddesk.core.sendonce import _answer, _jsonable

    class Numbers(msgspec.Struct):
        number: str
        count: int

    for plain in (None, "x", 3, 1.5, True, False):
        assert _jsonable(plain) == plain
    assert _jsonable(Money.of("1.50", "usd")) == {"amount": "1.50", "currency": "USD"}
    assert _jsonable({1: Money.of("2", "PLN"), "b": (1, "a")}) == {
        "1": {"amount": "2", "currency": "PLN"}, "b": [1, "a"]}
    assert _jsonable([3, 1, 2]) == [3, 1, 2]  # a list keeps its order
    assert _jsonable((3, 1)) == [3, 1]
    assert _jsonable({3, 1, 2}) == [1, 2, 3]  # a set gets one, for a stable journal
    assert _jsonable(frozenset({"b", "a"})) == ["a", "b"]
    assert _jsonable(Numbers("48221234567", 2)) == {"number": "48221234567", "count": 2}
    assert _jsonable(Path("/x")) == "/x"
    assert _answer(None) is None
    assert _answer({"a": 1}) == {"a": 1}
    assert _answer([1]) == {"answer": [1]}
    assert _answer("ok") == {"answer": "ok"}
    assert _answer(0) == {"answer": 0}


def test_an_unknown_outcome_tells_what_and_why(journal: Journal) -> None:
    session = journal.create_session({})
    step = journal.record_intent(session.id, "topup", "POST", "/p/", {},
                                 description="Top up client 7 with 10.00 USD")
    step = journal.record_outcome(step.id, Outcome.UNKNOWN, message="timed out")
    lost = Unknown(step)
    assert lost.step == step and lost.reason == "timed out"
    assert str(lost) == (f"The answer to request #{step.id} (Top up client 7 with 10.00 USD) "
                         "was lost; it may or may not have been applied.")
    assert Unknown(step, "reset").reason == "reset"
    bare = journal.record_intent(session.id, "prolong", "POST", "/q/", {})
    assert f"#{bare.id} (prolong)" in str(Unknown(bare))
    assert Unknown(bare).reason == ""
