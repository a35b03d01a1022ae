"""Send once: the one way a request that changes money or server state is made.

Why: a top-up, a number order, a PBX change costs money or changes what the client's callers
hear, and a console can double-click, lose an answer or be killed with a request on the wire.
So every such request goes through here, and the rules are the same everywhere:

1. The intent is written to the journal, durably, *before* sending (what, for whom, the
   parameters with secrets dropped, a sentence for the rep, and optionally the server state
   read just before). A process killed after this leaves an intent without an outcome.
2. It is sent exactly once. State-changing calls are never retried: a lost answer
   (:class:`~zaddesk.api.errors.UnknownOutcome`, an unreadable answer, a cancelled task)
   means the request may or may not have been applied.
3. The outcome is written: done (with the result), refused (an ``ApiError``: nothing
   happened; the error is raised unchanged), not sent (a ``NetworkError``: provably never
   left; raised unchanged), or unknown (:class:`Unknown` is raised).
4. While an intent of a :class:`Scope` is unsettled (unknown, or intended and never
   answered), nothing more is sent in that scope (:class:`Blocked` names it), from this
   console or another one on the same journal.
5. An unsettled intent is settled by *reading* the server, never by sending again: the caller
   gives an async read and a judge that compares the state before with the state now and
   returns a verdict (applied / not applied / unclear, with an explanation for the rep).
   A clear verdict can settle it (:meth:`SendOnce.settle`); an unclear one waits for the
   rep's explicit decision (:meth:`SendOnce.decide`).

Typical use (a number order; the caller's own read and judge)::

    once = SendOnce(journal, profile="main")
    scope = Scope("numbers", client_id)
    before = await read_numbers()
    intent = Intent("order_number", scope, params, f"Order {number}", path=ORDER, before=before)
    sent = await once.send(intent, lambda: api.numbers.order(...))   # Blocked/Unknown/ApiError
    ...
    found = await once.settle(step_id, read_numbers, judge)   # after Unknown, or a crash
    if not found.settled:
        once.decide(step_id, applied=rep_says_so)

No Qt here; the GUI shows :class:`Blocked`, :class:`Unknown` and :class:`Settlement`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Generator, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, Protocol, TypeVar

from zaddesk.api.errors import ApiError, NetworkError, UnknownOutcome
from zaddesk.core.journal import Journal, Outcome, ScopeBlocked, StepRecord

__all__ = [
    "Blocked",
    "Call",
    "Done",
    "Finding",
    "InFlight",
    "Intent",
    "Judgement",
    "NothingToSettle",
    "RunReport",
    "Scope",
    "SendOnce",
    "SendOnceError",
    "Sent",
    "Settlement",
    "Unknown",
    "Verdict",
]

log = logging.getLogger("zaddesk.core.sendonce")

T = TypeVar("T")
N = TypeVar("N")
F = TypeVar("F", bound="Finding")


class Verdict(StrEnum):
    """What reading the server says about a request whose answer was lost."""

    APPLIED = "applied"
    NOT_APPLIED = "not_applied"
    UNCLEAR = "unclear"


@dataclass(frozen=True, slots=True)
class Scope:
    """What one unsettled request blocks: one area of one account, or of one onboarding.

    ``Scope("money", 7)`` is client 7's money (top-ups and money back, wherever they are
    made); ``Scope("pbx", None)`` the dealer's own PBX; ``Scope("phone", session_id=sid)``
    one step of one onboarding session. The profile is the :class:`SendOnce`'s.
    """

    area: str
    client_id: int | None = None  # whose account; None: the dealer's own (or not yet known)
    session_id: str | None = None  # private to one onboarding session

    @property
    def key(self) -> str:
        """The name the journal keeps (stable on disk)."""
        if self.session_id is not None:
            return f"onboarding:{self.session_id}:{self.area}"
        return f"{self.area}:{self.client_id if self.client_id is not None else 'dealer'}"

    def __str__(self) -> str:
        return self.key


@dataclass(frozen=True, slots=True)
class Intent:
    """One request about to be sent, as the journal keeps it."""

    kind: str  # "topup", "order_number", "ivr_apply": the journal's action name
    scope: Scope
    params: Mapping[str, Any]  # as sent; secrets (password, code, key...) are not written
    description: str  # a sentence for the rep: "Top up Nowak sp. z o.o. with 10.00 USD"
    method: str = "POST"
    path: str = ""
    before: Any = None  # the server state read before sending (JSON), for the judge
    context: Mapping[str, Any] = field(default_factory=dict)  # anything else to keep


@dataclass(frozen=True, slots=True)
class Done:
    """How a success is written. ``step``, ``client_id`` and ``data`` move the owning
    session on in the same transaction (an onboarding never says "applied" without moving)."""

    result: Mapping[str, Any] | None = None
    message: str = ""
    step: str | None = None
    client_id: int | None = None
    data: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Sent(Generic[T]):
    """A request the server answered yes to: its answer and the journal's record."""

    value: T
    step: StepRecord


class Finding(Protocol):
    """What a judge returns: a verdict and why (richer findings may carry more)."""

    @property
    def verdict(self) -> Verdict: ...

    @property
    def explanation(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Judgement:
    """The plain finding, for judges that have nothing more to tell."""

    verdict: Verdict
    explanation: str


@dataclass(frozen=True, slots=True)
class Settlement(Generic[F]):
    """What reading the server found about an unsettled request, and where it stands now."""

    step: StepRecord  # as the journal holds it after the reading
    finding: F

    @property
    def verdict(self) -> Verdict:
        return self.finding.verdict

    @property
    def settled(self) -> bool:
        """No longer blocks its scope (a clear verdict was recorded, or the rep decided)."""
        return not self.step.undecided

    @property
    def applied(self) -> bool | None:
        """As settled: True / False; None while the rep has still to decide."""
        return self.step.applied if self.settled else None


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One call of a run (:meth:`SendOnce.run`): the intent and how to make and record it."""

    intent: Intent
    call: Callable[[], Awaitable[T]]
    record: Callable[[Sent[T]], Done] | None = None


@dataclass(frozen=True, slots=True)
class RunReport:
    """How far a run got. ``error`` is what stopped it (None: every call was done)."""

    sent: list[Sent[Any]]
    stopped_at: Intent | None = None
    step: StepRecord | None = None  # the journal's record of that call (None: not written)
    error: BaseException | None = None

    @property
    def complete(self) -> bool:
        return self.error is None

    @property
    def unknown(self) -> bool:
        """Stopped on a lost answer: settle ``step`` before anything more in its scope."""
        return isinstance(self.error, Unknown)


class SendOnceError(Exception):
    """Base of what this module raises; ``str()`` is a sentence for the log and the rep."""


class Blocked(SendOnceError):
    """An earlier request in the same scope is unsettled: settle it before sending more."""

    def __init__(self, step: StepRecord) -> None:
        self.step = step
        what = step.description or step.action
        super().__init__(
            f"Request #{step.id} ({what}) may or may not have been applied; settle it before "
            f"sending anything more for {step.scope or 'this step'}."
        )


class Unknown(SendOnceError):
    """The answer was lost or unreadable: the request may have been applied. Never re-sent."""

    def __init__(self, step: StepRecord, reason: str = "") -> None:
        self.step = step
        self.reason = reason or step.message
        what = step.description or step.action
        super().__init__(f"The answer to request #{step.id} ({what}) was lost; it may or may "
                         "not have been applied.")


class InFlight(SendOnceError):
    """This console is still waiting for that request's answer: nothing to settle yet."""


class NothingToSettle(SendOnceError):
    """The request's outcome is known or was already decided."""


def _jsonable(value: Any) -> Any:
    """A JSON-able picture of an answer or a reading, for the journal."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    to_json = getattr(value, "to_json", None)
    if callable(to_json):
        return to_json()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    if hasattr(value, "__struct_fields__"):
        import msgspec

        return msgspec.to_builtins(value)
    return str(value)


class SendOnce:
    """The send-once rules over one journal, for one connection profile."""

    def __init__(self, journal: Journal, *, profile: str = "") -> None:
        self.journal = journal
        self.profile = profile
        self._running: dict[Hashable, asyncio.Future[Any]] = {}
        self._waiting: set[int] = set()  # steps whose answer this console still awaits

    def __repr__(self) -> str:
        return f"SendOnce(profile={self.profile!r})"

    # -- sending ----------------------------------------------------------------------

    async def send(
        self,
        intent: Intent,
        call: Callable[[], Awaitable[T]],
        *,
        record: Callable[[Sent[T]], Done] | None = None,
        session_id: str | None = None,
    ) -> Sent[T]:
        """Journal ``intent``, make ``call`` once, journal the outcome.

        Raises :class:`Blocked` (nothing sent), :class:`Unknown` (journaled unknown), or the
        ``ApiError`` / ``NetworkError`` of the call unchanged (journaled refused / not
        sent). ``record`` turns the answer (``Sent`` with the intent as written before
        sending) into what is written as done (default: the answer).
        The intent lives in ``session_id``, the scope's onboarding session, or the client's
        ledger. A cancelled caller does not cut the request: its outcome is still written.
        """
        step = self._intend(intent, session_id)
        return await self._shielded(self._deliver(step, call, record), step)

    def _intend(self, intent: Intent, session_id: str | None) -> StepRecord:
        book = session_id or intent.scope.session_id
        if book is None:
            book = self.journal.ledger(intent.scope.client_id, profile=self.profile).id
        context = dict(intent.context)
        if intent.before is not None:
            context["before"] = _jsonable(intent.before)
        try:
            return self.journal.record_intent(
                book,
                intent.kind,
                intent.method,
                intent.path,
                intent.params,
                context=context,
                scope=intent.scope.key,
                description=intent.description,
            )
        except ScopeBlocked as exc:
            raise Blocked(exc.step) from None

    async def _shielded(self, work: Awaitable[T], step: StepRecord) -> T:
        self._waiting.add(step.id)
        task = asyncio.ensure_future(work)

        def _done(fut: asyncio.Future[Any]) -> None:
            self._waiting.discard(step.id)
            if not fut.cancelled():
                fut.exception()  # retrieved, even when the caller has gone

        task.add_done_callback(_done)
        # shield: a caller that is cancelled (page closed) must not cut a request whose
        # outcome still has to be written.
        return await asyncio.shield(task)

    async def _deliver(
        self,
        step: StepRecord,
        call: Callable[[], Awaitable[T]],
        record: Callable[[Sent[T]], Done] | None,
    ) -> Sent[T]:
        try:
            value = await call()
            done = record(Sent(value, step)) if record is not None else Done(
                result=_answer(value))
        except UnknownOutcome as exc:
            raise self._unknown(step, exc.message) from exc
        except NetworkError as exc:
            self.journal.record_outcome(step.id, Outcome.FAILED, message=exc.message)
            raise
        except ApiError as exc:
            self.journal.record_outcome(step.id, Outcome.REFUSED, message=exc.message)
            raise
        except asyncio.CancelledError:
            # Torn down with the request possibly on the wire: a lost answer.
            self._unknown(step, "interrupted")
            raise
        except Exception as exc:
            # An answer that could not be read after the request left: it may well have
            # been applied.
            raise self._unknown(step, f"unreadable answer: {type(exc).__name__}") from exc
        written = self.journal.record_outcome(
            step.id,
            Outcome.APPLIED,
            message=done.message,
            result=done.result,
            step=done.step,
            client_id=done.client_id,
            data=done.data,
        )
        return Sent(value, written)

    def _unknown(self, step: StepRecord, reason: str) -> Unknown:
        written = self.journal.record_outcome(step.id, Outcome.UNKNOWN, message=reason)
        log.warning("%s #%d: %s, outcome unknown", step.action, step.id, reason)
        return Unknown(written, reason)

    async def run(
        self,
        calls: Iterable[Call[Any]] | Generator[Call[Any], Sent[Any], None],
        *,
        session_id: str | None = None,
    ) -> RunReport:
        """Send calls one by one, each its own intent; stop at the first that is not done.

        A generator receives each call's :class:`Sent` (``created = yield Call(...)``), so a
        later call can use an earlier answer (an id). Nothing raises: the report says how
        far it got and why it stopped (an unknown outcome blocks the scope until settled).
        """
        sent: list[Sent[Any]] = []
        gen = calls if isinstance(calls, Generator) else None
        items = iter(calls)
        try:
            item = next(items)
        except StopIteration:
            return RunReport(sent)
        while True:
            try:
                step = self._intend(item.intent, session_id)
            except Blocked as exc:
                return RunReport(sent, item.intent, exc.step, exc)
            try:
                done = await self._shielded(self._deliver(step, item.call, item.record), step)
            except (Unknown, ApiError, NetworkError) as exc:
                return RunReport(sent, item.intent, self.journal.step(step.id), exc)
            sent.append(done)
            try:
                item = gen.send(done) if gen is not None else next(items)
            except StopIteration:
                return RunReport(sent)

    async def shared(self, key: Hashable, factory: Callable[[], Awaitable[T]]) -> T:
        """Run ``factory`` unless the same key is running; then share its result.

        A double click, or a signal that fires twice, awaits the first request instead of
        making a second. Shielded like :meth:`send`.
        """
        running = self._running.get(key)
        if running is None:
            running = asyncio.ensure_future(factory())
            self._running[key] = running

            def _done(fut: asyncio.Future[Any]) -> None:
                if self._running.get(key) is fut:
                    del self._running[key]
                if not fut.cancelled():
                    fut.exception()

            running.add_done_callback(_done)
        result: T = await asyncio.shield(running)
        return result

    # -- what is unsettled ------------------------------------------------------------

    def unsettled(self, scope: Scope) -> list[StepRecord]:
        """Requests of ``scope`` whose outcome nobody knows yet, oldest first."""
        return self.journal.unsettled(scope.key, profile=self.profile)

    def waiting(self, step_id: int) -> bool:
        """This console is still waiting for that request's answer."""
        return step_id in self._waiting

    # -- settling ---------------------------------------------------------------------

    async def check(
        self,
        step_id: int,
        read: Callable[[], Awaitable[N]],
        judge: Callable[[StepRecord, N], F],
        *,
        settle: bool = False,
    ) -> Settlement[F]:
        """Read the server and judge a request whose answer was lost. Sends nothing.

        ``judge(step, now)`` compares ``step.before`` (and ``step.params``) with ``now``.
        The finding is kept in the journal; with ``settle`` a clear verdict also settles
        the request (an unclear one waits for :meth:`decide`).
        """
        step = self.journal.step(step_id)
        if step_id in self._waiting:
            raise InFlight(f"request #{step_id} ({step.action}) has not been answered yet")
        now = await read()
        finding = judge(step, now)
        verdict = Verdict(finding.verdict)
        step = self.journal.record_check(
            step_id, verdict.value, explanation=finding.explanation, found=_jsonable(now)
        )
        if settle and step.undecided and verdict is not Verdict.UNCLEAR:
            step = self.journal.resolve(
                step_id,
                applied=verdict is Verdict.APPLIED,
                note=finding.explanation,
                by="server",
            )
        log.info("%s #%d read back: %s", step.action, step_id, verdict.value)
        return Settlement(step, finding)

    async def settle(
        self,
        step_id: int,
        read: Callable[[], Awaitable[N]],
        judge: Callable[[StepRecord, N], F],
    ) -> Settlement[F]:
        """:meth:`check`, and record a clear verdict as the outcome."""
        step = self.journal.step(step_id)
        if not step.undecided:
            raise NothingToSettle(f"request #{step_id} ({step.action}) is already settled")
        return await self.check(step_id, read, judge, settle=True)

    def decide(self, step_id: int, *, applied: bool, note: str = "") -> StepRecord:
        """The rep's explicit decision on an unsettled request. Sends nothing.

        Deciding again the way it was already settled changes nothing.
        """
        step = self.journal.step(step_id)
        if step_id in self._waiting:
            raise InFlight(f"request #{step_id} ({step.action}) has not been answered yet")
        if not step.undecided and step.resolution is not None and step.applied == applied:
            return step
        return self.journal.resolve(step_id, applied=applied, note=note, by="rep")


def _answer(value: Any) -> Mapping[str, Any] | None:
    kept = _jsonable(value)
    if kept is None:
        return None
    return kept if isinstance(kept, dict) else {"answer": kept}
