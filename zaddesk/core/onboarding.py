"""Onboarding a new client, step by step, so that nothing is ever lost or done twice.

The wizard (GUI) drives an :class:`OnboardingFlow`; the flow talks to the API and writes
every server-changing request to the :class:`~zaddesk.core.journal.Journal` — the intent
before sending, the outcome after.  Why so strict: registrations, SMS and above all top-ups
cost the dealer money, and a rep who double-clicks, or a console that is killed mid-request,
must never cause a second one.

Steps (:class:`Step`) and what the GUI calls on each (all ``async``, plain data in and out,
nothing printed or asked; failures are exceptions carrying what to show)::

    flow = OnboardingFlow.start(api, journal, profile="main")     # or .resume(api, journal, sid)
    flow.resume_point() -> ResumePoint          # which step to show, with what was typed
    await form_choices(api, "USD") -> FormChoices   # currencies, languages, price plans
    1 client_data   flow.save_form(form) -> dict[str, Issue]      # as typed, no password kept
    2 registration  await flow.register(form)                     # password only in memory
                    await flow.check_registration()               # read-only: link clicked?
                    await flow.confirm_registration(code)         # code from the e-mail
    3 phone         await flow.add_phone(number=None)             # the form's phone by default
                    await flow.send_code("sms" | "callback");  flow.resend_wait() -> seconds
                    await flow.confirm_phone(code)
    4 topup         await flow.read_balances() -> Balances;  await flow.topup(amount, currency)
                    await flow.reconcile_topup() -> Reconciliation   # after OutcomeUnknown
                    flow.resolve_unknown(step_id, applied=...)       # the rep decides
    any step        flow.unsettled(step=None) -> requests whose answer was lost
                    await flow.settle(step_id) -> Settlement   # read the server; settle if clear
                    await flow.adopt_registered()   # after AlreadyRegistered: go on with it
    5 next_steps    flow.choose_next_steps(create_pbx=..., open_number_shop=...)
    6 summary       flow.summary() -> Summary (.text() to copy or save); flow.pending()
                    flow.finish() / flow.abandon();  flow.skip(Step.PHONE | Step.TOPUP)

Rules every sending method keeps:

- It refuses (:class:`StepBlocked`) while the journal holds an undecided outcome for the
  same step: a lost answer is resolved by a person, never by sending again.
- A second call while the first is in flight (double click, repeated signal) awaits the
  same request and gets the same result: one request is sent.
- Refusals by the server or by local validation raise :class:`FieldErrors` keyed by the
  input to mark (``code`` for a wrong SMS code); nothing else changes.
- A lost answer raises :class:`OutcomeUnknown` after writing ``unknown`` to the journal;
  a request that provably never left raises :class:`NotSent` (safe to try again).  Every
  lost answer (and every request the console died sending) can be settled by reading the
  server (:meth:`OnboardingFlow.settle`): the account by e-mail for a registration, the
  client's phones for the phone step, the balances for a top-up.  What the reading cannot
  tell (was a code sent?) is the rep's decision (:meth:`OnboardingFlow.resolve_unknown`).
- A registration refused because the e-mail is already a client of this dealer (an earlier
  attempt) raises :class:`AlreadyRegistered`; :meth:`OnboardingFlow.adopt_registered` goes
  on with that client.
- A top-up needs a confirmed contact phone (the server refuses it otherwise): without one it
  raises :class:`PhoneNeeded` before sending.
- A top-up identical to one already applied in this onboarding raises
  :class:`AlreadyDone` unless ``again=True`` (a late second click is not a second order).
- ``RateLimited`` and ``AuthError`` from the API pass through unchanged (nothing applied);
  :class:`WrongStep` and :class:`Cooldown` say the call came too early.
- Opening or resuming a flow sends nothing.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from zaddesk.api.errors import ApiError, AuthError, NetworkError, RateLimited
from zaddesk.core.journal import (
    Journal,
    SessionRecord,
    SessionState,
    StepRecord,
)
from zaddesk.core.money import Balances, Money, Reconciliation
from zaddesk.core.payments import judge_move, money_scope
from zaddesk.core.sendonce import (
    Blocked,
    Done,
    Intent,
    Judgement,
    Scope,
    SendOnce,
    Sent,
    Settlement,
    Unknown,
    Verdict,
)
from zaddesk.core.validation import (
    LANGUAGES,
    ClientForm,
    Issue,
    ParsedPhone,
    check_code,
    check_money,
    parse_phone,
    validate_client_form,
)

if TYPE_CHECKING:
    from zaddesk.api.client import Zadarma
    from zaddesk.api.resources.reseller import Language, SubUser, UserPhone

__all__ = [
    "Action",
    "AlreadyDone",
    "AlreadyRegistered",
    "Cooldown",
    "FieldErrors",
    "FormChoices",
    "NotSent",
    "OnboardingError",
    "OnboardingFlow",
    "OutcomeUnknown",
    "PendingItem",
    "PhoneNeeded",
    "PhoneStatus",
    "PricePlan",
    "RegistrationResult",
    "ResumePoint",
    "Step",
    "StepBlocked",
    "Summary",
    "TopupResult",
    "WrongStep",
    "form_choices",
]

log = logging.getLogger("zaddesk.core.onboarding")

T = TypeVar("T")

REGISTER_PATH = "/v1/reseller/users/registration/new/"
CONFIRM_REGISTRATION_PATH = "/v1/reseller/users/registration/confirm/"
ADD_PHONE_PATH = "/v1/reseller/users/phones/add/"
PROVE_SMS_PATH = "/v1/reseller/users/phones/prove_by_sms/"
PROVE_CALLBACK_PATH = "/v1/reseller/users/phones/prove_by_callback/"
CONFIRM_PHONE_PATH = "/v1/reseller/users/phones/confirm/"
TOPUP_PATH = "/v1/reseller/users/topup/"


class Step(StrEnum):
    CLIENT_DATA = "client_data"
    REGISTRATION = "registration"
    PHONE = "phone"
    TOPUP = "topup"
    NEXT_STEPS = "next_steps"
    SUMMARY = "summary"


_ORDER = list(Step)


class Action(StrEnum):
    """Server-changing requests, as named in the journal."""

    REGISTER = "register"
    CONFIRM_REGISTRATION = "confirm_registration"
    ADD_PHONE = "add_phone"
    PROVE_BY_SMS = "prove_by_sms"
    PROVE_BY_CALLBACK = "prove_by_callback"
    CONFIRM_PHONE = "confirm_phone"
    TOPUP = "topup"


_STEP_OF: dict[str, Step] = {
    Action.REGISTER: Step.REGISTRATION,
    Action.CONFIRM_REGISTRATION: Step.REGISTRATION,
    Action.ADD_PHONE: Step.PHONE,
    Action.PROVE_BY_SMS: Step.PHONE,
    Action.PROVE_BY_CALLBACK: Step.PHONE,
    Action.CONFIRM_PHONE: Step.PHONE,
    Action.TOPUP: Step.TOPUP,
}


# -- what the GUI gets back ---------------------------------------------------------------


class OnboardingError(Exception):
    """Base of what a step can raise; ``str()`` is a sentence for the rep."""


class FieldErrors(OnboardingError):
    """Refused (by local checks or by the server); nothing changed.  Mark these inputs."""

    def __init__(self, issues: Mapping[str, Issue], message: str = "") -> None:
        self.issues = dict(issues)
        text = message or "; ".join(i.message() for i in self.issues.values())
        super().__init__(text)


class StepBlocked(OnboardingError):
    """An earlier request of this step may have been applied: decide it before sending more."""

    def __init__(self, step: StepRecord) -> None:
        self.step = step
        super().__init__(
            f"The outcome of '{step.action}' is not known yet; check and decide it first."
        )


class WrongStep(OnboardingError):
    """The call makes no sense yet (e.g. a top-up before the client has an id)."""


class Cooldown(OnboardingError):
    """A new code may be requested only after ``remaining`` seconds."""

    def __init__(self, remaining: float) -> None:
        self.remaining = remaining
        # Whole seconds, rounded up: any wait left is at least "1 s", never "0 s".
        super().__init__(f"Wait {math.ceil(remaining)} s before sending a new code.")


class OutcomeUnknown(OnboardingError):
    """The answer was lost: the journal says ``unknown``; reconcile, then let the rep decide."""

    def __init__(self, step: StepRecord) -> None:
        self.step = step
        super().__init__(
            f"The answer to '{step.action}' was lost; it may or may not have been applied."
        )


class AlreadyDone(OnboardingError):
    """The same request was already applied in this onboarding; repeat only on purpose."""

    def __init__(self, step: StepRecord) -> None:
        self.step = step
        super().__init__(f"'{step.action}' with the same values was already done.")


class NotSent(OnboardingError):
    """The request provably did not reach the server; it is safe to try again."""


class AlreadyRegistered(FieldErrors):
    """The server refused the e-mail because it is already a client of this dealer (an
    earlier attempt registered it): :meth:`OnboardingFlow.adopt_registered` goes on with it."""

    def __init__(self, issues: Mapping[str, Issue], message: str, *, client_id: int,
                 active: bool, email: str) -> None:
        super().__init__(issues, message)
        self.client_id = client_id
        self.active = active
        self.email = email


class PhoneNeeded(WrongStep):
    """A top-up needs a confirmed contact phone, and the client has none yet."""


@dataclass(frozen=True, slots=True)
class RegistrationResult:
    """``active`` with ``client_id``, or ``awaiting`` the client's e-mail link or code."""

    status: Literal["active", "awaiting"]
    client_id: int | None
    message: str
    email: str


@dataclass(frozen=True, slots=True)
class PhoneStatus:
    number: str  # E.164
    display: str
    added: bool
    code_sent_via: str | None
    proved: bool
    resend_in: float
    message: str = ""


@dataclass(frozen=True, slots=True)
class TopupResult:
    """What the server said it did (debited from the dealer, credited to the client)."""

    step_id: int
    requested: Money
    debited: Money
    credited: Money
    before: Balances
    after: Balances


@dataclass(frozen=True, slots=True)
class PendingItem:
    code: str  # stable id for translation
    text: str
    step: Step
    step_id: int | None = None


@dataclass(frozen=True, slots=True)
class ResumePoint:
    """Where the wizard should open, with everything it needs to fill the page."""

    session_id: str
    step: Step
    form: ClientForm
    client_id: int | None
    password_needed: bool  # a password was typed but is never stored: ask again
    registration: str | None  # None, "awaiting", "active"
    phone: PhoneStatus | None
    undecided: list[StepRecord]
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Summary:
    session_id: str
    client_id: int | None
    email: str
    name: str
    done: list[str]
    pending: list[PendingItem]

    def text(self) -> str:
        lines = [
            "Zadarma client onboarding",
            f"Client id: {self.client_id if self.client_id is not None else '(not yet)'}",
            f"Login e-mail: {self.email}",
        ]
        if self.name:
            lines.append(f"Name: {self.name}")
        lines.append("")
        lines.append("Done:")
        lines.extend(f"  - {d}" for d in self.done or ["nothing yet"])
        lines.append("Pending:")
        lines.extend(f"  - {p.text}" for p in self.pending or [])
        if not self.pending:
            lines.append("  - nothing")
        return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class PricePlan:
    tariff_id: int
    label: str  # "Standard — 0.00 USD / 30 days", "EU: Office — 22.00 USD"
    cost: Money


@dataclass(frozen=True, slots=True)
class FormChoices:
    """What the step-1 combo boxes offer, as the server lists it."""

    currencies: list[str]
    languages: list[str]
    price_plans: list[PricePlan]

    @property
    def tariff_ids(self) -> list[int]:
        return [p.tariff_id for p in self.price_plans]


async def form_choices(api: Zadarma, currency: str) -> FormChoices:
    """Currencies, languages and the price plans in ``currency`` (read-only, three requests)."""
    currencies = await api.info.currencies()
    languages = await api.info.languages()
    listed = await api.info.tariffs(currency)
    plans: list[PricePlan] = []
    for tariff in listed.tariffs:
        cost = Money.of(tariff.cost, listed.currency)
        days = f" / {tariff.days} days" if tariff.days else ""
        plans.append(PricePlan(tariff.tariff_id, f"{tariff.name} — {cost}{days}", cost))
    for group in listed.package_tariffs:
        for tariff in group.tariffs:
            cost = Money.of(tariff.cost, listed.currency)
            label = f"{group.name}: {tariff.name} — {cost}"
            plans.append(PricePlan(tariff.tariff_id, label, cost))
    return FormChoices(list(currencies), list(languages), plans)


# -- the flow -----------------------------------------------------------------------------


def _code_issue(exc: ApiError) -> Issue:
    text = exc.message.lower()
    if "expire" in text:
        return Issue(
            "code",
            "code.expired",
            "The code has expired. Send a new one.",
            {"server": exc.message},
        )
    return Issue(
        "code",
        "code.wrong",
        "The code is not right. Check it with the client and type it again.",
        {"server": exc.message},
    )


def _server_issue(exc: ApiError, default_field: str) -> Issue:
    name = exc.field or default_field
    return Issue(name, "server.refused", "{server}", {"server": exc.message})


class OnboardingFlow:
    """One client's onboarding, backed by one journal session."""

    def __init__(
        self,
        api: Zadarma,
        journal: Journal,
        session_id: str,
        *,
        clock: Callable[[], float] = time.time,
        resend_cooldown: float = 60.0,
    ) -> None:
        self.api = api
        self.journal = journal
        self.session_id = session_id
        self.clock = clock
        self.resend_cooldown = resend_cooldown
        # fails early on an unknown id
        self.once = SendOnce(journal, profile=journal.session(session_id).profile)

    def __repr__(self) -> str:
        return f"OnboardingFlow(session={self.session_id})"

    @classmethod
    def start(
        cls,
        api: Zadarma,
        journal: Journal,
        form: ClientForm | None = None,
        *,
        profile: str = "",
        **options: Any,
    ) -> OnboardingFlow:
        """A new session (written at once, so even half-typed data survives a crash)."""
        record = (form or ClientForm()).to_record()
        session = journal.create_session(record, profile=profile, step=Step.CLIENT_DATA)
        return cls(api, journal, session.id, **options)

    @classmethod
    def resume(
        cls, api: Zadarma, journal: Journal, session_id: str, **options: Any
    ) -> OnboardingFlow:
        """Reopen a session from the journal.  Sends nothing."""
        return cls(api, journal, session_id, **options)

    # -- reading the journal ----------------------------------------------------------

    @property
    def session(self) -> SessionRecord:
        return self.journal.session(self.session_id)

    @property
    def form(self) -> ClientForm:
        return ClientForm.from_record(self.session.form)

    @property
    def client_id(self) -> int | None:
        return self.session.client_id

    def _undecided(self, step: Step | None = None) -> list[StepRecord]:
        found = self.journal.undecided(self.session_id)
        if step is None:
            return found
        return [s for s in found if _STEP_OF.get(s.action) == step]

    def _phone_status(self, session: SessionRecord) -> PhoneStatus | None:
        phone = session.data.get("phone")
        if not isinstance(phone, dict):
            return None
        return PhoneStatus(
            number=phone.get("number", ""),
            display=phone.get("display", ""),
            added=bool(phone.get("added")),
            code_sent_via=phone.get("code_sent_via"),
            proved=bool(phone.get("proved")),
            resend_in=self._resend_wait(phone),
            message=phone.get("message", ""),
        )

    def resume_point(self) -> ResumePoint:
        """Which step to show and with what, from the journal alone."""
        session = self.session
        undecided = self._undecided()
        step = Step(session.step or Step.CLIENT_DATA)
        if undecided:
            # Open where the request with the lost answer was made, so the rep decides it.
            step = _ORDER[min(_ORDER.index(_STEP_OF.get(s.action, step)) for s in undecided)]
        registration = session.data.get("registration")
        password_needed = bool(session.form.get("password_given")) and not any(
            s.action == Action.REGISTER and (s.applied or s.undecided)
            for s in self.journal.steps(self.session_id, Action.REGISTER)
        )
        return ResumePoint(
            session_id=self.session_id,
            step=step,
            form=ClientForm.from_record(session.form),
            client_id=session.client_id,
            password_needed=password_needed,
            registration=registration if isinstance(registration, str) else None,
            phone=self._phone_status(session),
            undecided=undecided,
            data=dict(session.data),
        )

    # -- machinery --------------------------------------------------------------------

    async def _once(self, key: str, factory: Callable[[], Awaitable[T]]) -> T:
        """Run ``factory`` unless the same key is in flight; then share its result."""
        return await self.once.shared(key, factory)

    def _guard(self, step: Step) -> None:
        blocked = self._undecided(step)
        if blocked:
            raise StepBlocked(blocked[0])

    def _scope(self, action: Action) -> Scope:
        """One onboarding step's requests block each other; a top-up blocks the client's
        money wherever it is moved."""
        if action is Action.TOPUP:
            return money_scope(self._require_client())
        return Scope(_STEP_OF[action].value, session_id=self.session_id)

    async def _send(
        self,
        action: Action,
        path: str,
        params: Mapping[str, Any],
        call: Callable[[], Awaitable[T]],
        record: Callable[[Sent[T]], Done],
        *,
        description: str,
        default_field: str,
        before: Any = None,
        context: Mapping[str, Any] | None = None,
        refusal: Callable[[ApiError], Issue] | None = None,
    ) -> Sent[T]:
        """Send once (:mod:`zaddesk.core.sendonce`) and say what happened in this flow's terms."""
        intent = Intent(action.value, self._scope(action), params, description, path=path,
                        before=before, context=context or {})
        try:
            return await self.once.send(intent, call, record=record, session_id=self.session_id)
        except Blocked as exc:
            raise StepBlocked(exc.step) from None
        except Unknown as exc:
            raise OutcomeUnknown(exc.step) from exc
        except NetworkError as exc:
            raise NotSent(exc.message) from exc
        except ApiError as exc:
            if isinstance(exc, RateLimited | AuthError):
                raise
            issue = refusal(exc) if refusal else _server_issue(exc, default_field)
            raise FieldErrors({issue.field: issue}, exc.message) from exc

    def _require_client(self) -> int:
        client_id = self.client_id
        if client_id is None:
            raise WrongStep("The client is not registered yet.")
        return client_id

    # -- step 1: client data ----------------------------------------------------------

    def save_form(
        self,
        form: ClientForm,
        *,
        tariffs: list[int] | None = None,
        currencies: list[str] | None = None,
    ) -> dict[str, Issue]:
        """Keep what was typed (never the password) and return its issues."""
        if self.form_locked():
            raise WrongStep("The client is registered; the form can no longer change.")
        self.journal.update_session(self.session_id, form=form.to_record())
        return validate_client_form(form, tariffs=tariffs, currencies=currencies)

    def form_locked(self) -> bool:
        """Whether the client exists: registered by this onboarding (or maybe, its answer
        lost), or an earlier registration adopted. Its data are then the server's."""
        return (self._registration_sent() or self.client_id is not None
                or "adopted" in self.session.data)

    def _registration_sent(self) -> bool:
        return any(
            s.applied or s.undecided for s in self.journal.steps(self.session_id, Action.REGISTER)
        )

    # -- step 2: registration ---------------------------------------------------------

    async def register(
        self,
        form: ClientForm | None = None,
        *,
        tariffs: list[int] | None = None,
        currencies: list[str] | None = None,
    ) -> RegistrationResult:
        """Create the account.  ``form.password`` (if any) goes to the server, never to disk."""
        return await self._once(Action.REGISTER, lambda: self._register(form, tariffs, currencies))

    async def _register(
        self, form: ClientForm | None, tariffs: list[int] | None, currencies: list[str] | None
    ) -> RegistrationResult:
        self._guard(Step.REGISTRATION)
        if self._registration_sent() or self.session.data.get("adopted"):
            raise WrongStep("This client has already been registered.")
        form = form if form is not None else self.form
        issues = validate_client_form(form, tariffs=tariffs, currencies=currencies)
        if issues:
            raise FieldErrors(issues)
        self.journal.update_session(self.session_id, form=form.to_record())
        params = form.to_params()
        language = params.get("language")
        password = form.password or None

        async def call() -> Any:
            return await self.api.reseller.register(
                params["email"],
                params["first_name"],
                params["country"],
                last_name=params.get("last_name"),
                middle_name=params.get("middle_name"),
                organization=params.get("organization"),
                city=params.get("city"),
                address=params.get("address"),
                phone=params.get("phone"),
                password=password,
                tariff=params.get("tariff"),
                language=language,
                currency=params.get("currency"),
            )

        def record(sent: Sent[Any]) -> Done:
            result = sent.value
            client_id = result.user_id
            return Done(
                message=result.message,
                result={"user_id": client_id, "message": result.message},
                step=Step.PHONE if client_id else Step.REGISTRATION,
                client_id=client_id,
                data={"registration": "active" if client_id else "awaiting",
                      "registration_message": result.message},
            )

        try:
            sent = await self._send(
                Action.REGISTER, REGISTER_PATH, dict(params, password=password), call, record,
                description=f"Register {params['email']}", default_field="email",
            )
        except FieldErrors as exc:
            if "email" not in exc.issues:
                raise
            existing = await self._find_account(params["email"])
            if existing is None:
                raise
            raise AlreadyRegistered(exc.issues, str(exc), client_id=int(existing.id),
                                    active=bool(existing.is_active),
                                    email=existing.email) from exc
        result = sent.value
        client_id = result.user_id
        status: Literal["active", "awaiting"] = "active" if client_id else "awaiting"
        log.info("registration %s (client %s)", status, client_id)
        return RegistrationResult(status, client_id, result.message, params["email"])

    async def check_registration(self) -> RegistrationResult:
        """Has the client clicked the e-mail link?  Read-only: asks ``/users/find/``."""
        return await self._once("check_registration", self._check_registration)

    async def _check_registration(self) -> RegistrationResult:
        email = self.form.email.strip()
        message = self.session.data.get("registration_message", "")
        user = await self._find_account(email)
        if user is None:
            return RegistrationResult("awaiting", None, message, email)

        async def found() -> SubUser | None:
            return user

        for step in self._undecided(Step.REGISTRATION):
            if step.action == Action.REGISTER:
                # The account exists: certain evidence that the lost registration went through.
                await self.once.settle(step.id, found, _judge_account)
        if not user.is_active:
            if self.session.data.get("registration") != "awaiting":
                self.journal.update_session(
                    self.session_id,
                    step=self._after(Step.CLIENT_DATA),
                    data={"registration": "awaiting"},
                )
            return RegistrationResult("awaiting", None, message, email)
        client_id = int(user.id)
        self.journal.update_session(
            self.session_id,
            client_id=client_id,
            step=self._after(Step.REGISTRATION),
            data={"registration": "active"},
        )
        return RegistrationResult("active", client_id, message, email)

    async def confirm_registration(self, code: str) -> RegistrationResult:
        """Finish a registration with the code the client read from the e-mail."""
        return await self._once(
            Action.CONFIRM_REGISTRATION, lambda: self._confirm_registration(code)
        )

    async def _confirm_registration(self, code: str) -> RegistrationResult:
        issue = check_code(code)
        if issue:
            raise FieldErrors({"code": issue})
        if self.client_id is not None:
            raise WrongStep("The registration is already confirmed.")
        email = self.form.email.strip()
        code = code.strip()
        sent = await self._send(
            Action.CONFIRM_REGISTRATION,
            CONFIRM_REGISTRATION_PATH,
            {"email": email, "code": code},
            lambda: self.api.reseller.confirm_registration(email, code),
            lambda sent: Done(
                result={"user_id": int(sent.value.user_id)},
                step=self._after(Step.REGISTRATION),
                client_id=int(sent.value.user_id),
                data={"registration": "active"},
            ),
            description=f"Confirm the registration of {email} with the e-mail code",
            default_field="code",
            refusal=_code_issue,
        )
        return RegistrationResult("active", int(sent.value.user_id), "", email)

    def _after(self, step: Step) -> str:
        """The step after ``step``, unless the session is already further on."""
        current = Step(self.session.step or Step.CLIENT_DATA)
        following = _ORDER[min(_ORDER.index(step) + 1, len(_ORDER) - 1)]
        return max(current, following, key=_ORDER.index)

    # -- step 3: contact phone --------------------------------------------------------

    def _phone(self) -> dict[str, Any]:
        phone = self.session.data.get("phone")
        return dict(phone) if isinstance(phone, dict) else {}

    def _resend_wait(self, phone: Mapping[str, Any]) -> float:
        sent_at = phone.get("code_sent_at")
        if not isinstance(sent_at, int | float):
            return 0.0
        return max(0.0, float(sent_at) + self.resend_cooldown - self.clock())

    def resend_wait(self) -> float:
        """Seconds before another code may be requested (0: now); for the visible countdown."""
        return self._resend_wait(self._phone())

    def phone_status(self) -> PhoneStatus | None:
        return self._phone_status(self.session)

    async def add_phone(self, number: str | None = None) -> PhoneStatus:
        """Add the contact phone (the form's, unless another is given) to the client."""
        return await self._once(Action.ADD_PHONE, lambda: self._add_phone(number))

    async def _add_phone(self, number: str | None) -> PhoneStatus:
        client_id = self._require_client()
        form = self.form
        parsed = parse_phone(number if number is not None else form.phone, form.country)
        if isinstance(parsed, Issue):
            issue = Issue("number", parsed.code, parsed.text, parsed.params)
            raise FieldErrors({"number": issue})
        assert isinstance(parsed, ParsedPhone)
        phone = self._phone()
        if phone.get("number") == parsed.e164 and phone.get("added"):
            return self._phone_status(self.session) or _never()
        self._guard(Step.PHONE)
        # The number may be on the account already (given at registration, or added by
        # an earlier console): adopt it rather than send a request the server refuses.
        digits = parsed.e164.lstrip("+")
        for known in await self.api.reseller.list_phones(user_id=client_id):
            if known.number.lstrip("+") == digits:
                adopted = {
                    "number": parsed.e164,
                    "display": parsed.display,
                    "added": True,
                    "phone_id": int(known.id),
                    "proved": bool(known.is_proved),
                    "code_sent_via": None,
                    "code_sent_at": None,
                }
                self.journal.update_session(
                    self.session_id,
                    data={"phone": adopted},
                    step=self._after(Step.PHONE) if known.is_proved else None,
                )
                return self._phone_status(self.session) or _never()
        def record(sent: Sent[Any]) -> Done:
            result = sent.value
            new = {
                "number": parsed.e164,
                "display": parsed.display,
                "added": True,
                "phone_id": int(result.id),
                "proved": bool(result.is_proved),
                "code_sent_via": None,
                "code_sent_at": None,
            }
            return Done(
                result={"id": int(result.id), "number": result.number},
                data={"phone": new},
                step=self._after(Step.PHONE) if result.is_proved else None,
            )

        await self._send(
            Action.ADD_PHONE,
            ADD_PHONE_PATH,
            {"user_id": client_id, "number": parsed.e164},
            lambda: self.api.reseller.add_phone(parsed.e164, user_id=client_id),
            record,
            description=f"Add the contact phone {parsed.display}",
            default_field="number",
        )
        return self._phone_status(self.session) or _never()

    async def send_code(
        self,
        via: Literal["sms", "callback"] = "sms",
        *,
        language: str | None = None,
        confirm_number_reuse: bool | None = None,
    ) -> PhoneStatus:
        """Ask the server to text (or call) the client with a code; limited by the cooldown."""
        return await self._once(
            "send_code", lambda: self._send_code(via, language, confirm_number_reuse)
        )

    async def _send_code(
        self, via: str, language: str | None, confirm_number_reuse: bool | None
    ) -> PhoneStatus:
        client_id = self._require_client()
        phone = self._phone()
        if not phone.get("added"):
            raise WrongStep("Add the phone number first.")
        wait = self._resend_wait(phone)
        if wait > 0:
            raise Cooldown(wait)
        number = str(phone["number"])
        lang = language or self.form.language or None
        if lang not in LANGUAGES:
            lang = None  # the server reads the code in its default language
        if via == "callback":
            action = Action.PROVE_BY_CALLBACK
            path = PROVE_CALLBACK_PATH
            params: dict[str, Any] = {"user_id": client_id, "number": number, "language": lang}

            def call() -> Awaitable[Any]:
                return self.api.reseller.prove_phone_by_callback(
                    number,
                    user_id=client_id,
                    language=cast("Language | None", lang),
                    confirm_number_reuse=confirm_number_reuse,
                )
        elif via == "sms":
            action = Action.PROVE_BY_SMS
            path = PROVE_SMS_PATH
            params = {"user_id": client_id, "number": number}

            def call() -> Awaitable[Any]:
                return self.api.reseller.prove_phone_by_sms(
                    number, user_id=client_id, confirm_number_reuse=confirm_number_reuse
                )
        else:
            raise ValueError(f"unknown way to send a code: {via!r}")
        sent_at = self.clock()

        def record(sent: Sent[Any]) -> Done:
            result = sent.value
            phone.update(code_sent_via=via, code_sent_at=sent_at, message=result.message)
            return Done(message=result.message, result={"number": result.number},
                        data={"phone": phone})

        how = "by SMS" if via == "sms" else "by a call"
        await self._send(action, path, params, call, record,
                         description=f"Send the confirmation code to {number} {how}",
                         default_field="number")
        return self._phone_status(self.session) or _never()

    async def confirm_phone(self, code: str) -> PhoneStatus:
        """Check the code the client reads out.  Wrong or expired: a ``code`` field error."""
        return await self._once(Action.CONFIRM_PHONE, lambda: self._confirm_phone(code))

    async def _confirm_phone(self, code: str) -> PhoneStatus:
        issue = check_code(code)
        if issue:
            raise FieldErrors({"code": issue})
        client_id = self._require_client()
        phone = self._phone()
        if not phone.get("added"):
            raise WrongStep("Add the phone number first.")
        if phone.get("proved"):
            return self._phone_status(self.session) or _never()
        number = str(phone["number"])
        code = code.strip()
        def record(sent: Sent[Any]) -> Done:
            result = sent.value
            phone.update(proved=True, message=result.message)
            return Done(message=result.message, data={"phone": phone},
                        step=self._after(Step.PHONE))

        await self._send(
            Action.CONFIRM_PHONE,
            CONFIRM_PHONE_PATH,
            {"user_id": client_id, "number": number, "code": code},
            lambda: self.api.reseller.confirm_phone(number, code, user_id=client_id),
            record,
            description=f"Confirm the contact phone {number} with the code",
            default_field="code",
            refusal=_code_issue,
        )
        return self._phone_status(self.session) or _never()

    # -- step 4: top-up ---------------------------------------------------------------

    async def read_balances(self) -> Balances:
        """The dealer's and the client's balance now (read-only), for "before" and "after"."""
        account = await self.api.reseller.account_info()
        dealer = Money.of(account.balance, account.currency)
        client: Money | None = None
        client_id = self.client_id
        if client_id is not None:
            user = await self.api.reseller.find_user(id=client_id)
            if user.balance is not None and user.currency:
                client = Money.of(user.balance, user.currency)
        return Balances(dealer, client)

    async def topup(
        self, amount: str | Decimal, currency: str, *, again: bool = False
    ) -> TopupResult:
        """Move money from the dealer to the client, once.  Call after explicit confirmation.

        The same amount a second time in one onboarding raises :class:`AlreadyDone` unless
        ``again`` says the rep confirmed a second top-up on purpose.
        """
        return await self._once(Action.TOPUP, lambda: self._topup(amount, currency, again))

    async def _topup(self, amount: str | Decimal, currency: str, again: bool) -> TopupResult:
        client_id = self._require_client()
        value = check_money(amount, currency)
        if isinstance(value, dict):
            raise FieldErrors(value)
        self._guard(Step.TOPUP)
        elsewhere = self.once.unsettled(money_scope(client_id))
        if elsewhere:
            raise StepBlocked(elsewhere[0])
        await self._require_proved_phone(client_id)
        if not again:
            for step in self.journal.steps(self.session_id, Action.TOPUP):
                if (
                    step.applied
                    and Decimal(str(step.params.get("amount"))) == value
                    and step.params.get("currency") == currency
                ):
                    raise AlreadyDone(step)
        requested = Money(value, currency)
        before = await self.read_balances()

        def moved(result: Any) -> tuple[Money, Money]:
            return (
                Money.of(result.reseller_withdraw.amount, result.reseller_withdraw.currency),
                Money.of(result.user_topup.amount, result.user_topup.currency),
            )

        def record(sent: Sent[Any]) -> Done:
            debited, credited = moved(sent.value)
            topup = {
                "step_id": sent.step.id,
                "requested": requested.to_json(),
                "debited": debited.to_json(),
                "credited": credited.to_json(),
            }
            return Done(
                result={"debited": debited.to_json(), "credited": credited.to_json()},
                data={"topups": [*self._topups(), topup]},
                step=self._after(Step.TOPUP),
            )

        sent = await self._send(
            Action.TOPUP,
            TOPUP_PATH,
            {"user_id": client_id, "amount": str(value), "currency": currency},
            lambda: self.api.reseller.topup(value, currency, user_id=client_id),
            record,
            description=f"Top up client {client_id} with {requested}",
            default_field="amount",
            before=before,
            context={"requested": requested.to_json()},
        )
        intent = sent.step
        debited, credited = moved(sent.value)
        log.info("top-up #%d applied: %s debited, %s credited", intent.id, debited, credited)
        try:
            after = await self.read_balances()
        except (ApiError, NetworkError) as exc:
            # The money moved; only the display of "after" is missing.  Compute it.
            log.info("balances after top-up not read: %s", exc)
            after = Balances(
                Money(before.dealer.amount - debited.amount, before.dealer.currency)
                if before.dealer and before.dealer.currency == debited.currency
                else None,
                Money(before.client.amount + credited.amount, before.client.currency)
                if before.client and before.client.currency == credited.currency
                else None,
            )
        return TopupResult(intent.id, requested, debited, credited, before, after)

    async def _require_proved_phone(self, client_id: int) -> None:
        """The server refuses a top-up until a contact phone is confirmed: say so first."""
        if self._phone().get("proved"):
            return
        phones = await self.api.reseller.list_phones(user_id=client_id)
        if not any(p.is_proved for p in phones):
            raise PhoneNeeded(
                "Confirm the client's contact phone first: Zadarma accepts a top-up only "
                "after that."
            )

    def _topups(self) -> list[dict[str, Any]]:
        topups = self.session.data.get("topups")
        return list(topups) if isinstance(topups, list) else []

    def _undecided_topup(self, step_id: int | None) -> StepRecord:
        for step in self._undecided(Step.TOPUP):
            if step_id is None or step.id == step_id:
                return step
        raise WrongStep("There is no top-up with an unknown outcome.")

    async def reconcile_topup(self, step_id: int | None = None) -> Reconciliation:
        """Read both balances and compare them with those before the lost top-up.

        Read-only: the verdict is advice shown to the rep, who decides with
        :meth:`resolve_unknown`.
        """
        step = self._undecided_topup(step_id)
        return await self._once(f"reconcile:{step.id}", lambda: self._reconcile(step))

    async def _reconcile(self, step: StepRecord) -> Reconciliation:
        checked = await self.once.check(step.id, self.read_balances, judge_move)
        self._keep_reconciliation(step, checked.finding)
        return checked.finding

    # -- settling lost answers ----------------------------------------------------------

    def unsettled(self, step: Step | None = None) -> list[StepRecord]:
        """Requests of this onboarding (of ``step``) whose answer was lost or never came."""
        return self._undecided(step)

    async def settle(self, step_id: int | None = None) -> Settlement[Any]:
        """Read the server about a request whose answer was lost, and settle it if clear.

        Read-only.  Registration: the account by e-mail; phone step: the client's phones;
        top-up: both balances (a money verdict is advice: the rep still decides it).  A
        clear reading settles the request and moves the onboarding on as the server shows
        it; an unclear one (was a code sent?) waits for :meth:`resolve_unknown`.
        """
        step = self._unsettled_step(step_id)
        return await self._once(f"settle:{step.id}", lambda: self._settle(step))

    def _unsettled_step(self, step_id: int | None) -> StepRecord:
        for step in self._undecided():
            if step_id is None or step.id == step_id:
                return step
        raise WrongStep("There is no request with an unknown outcome to settle.")

    async def _settle(self, step: StepRecord) -> Settlement[Any]:
        action = Action(step.action)
        if action is Action.TOPUP:
            found = await self.once.check(step.id, self.read_balances, judge_move)
            self._keep_reconciliation(step, found.finding)
            return found
        if action in (Action.REGISTER, Action.CONFIRM_REGISTRATION):
            email = str(step.params.get("email") or self.form.email).strip()
            users: list[SubUser | None] = []

            async def account() -> SubUser | None:
                users.append(await self._find_account(email))
                return users[-1]

            registered = await self.once.settle(step.id, account, _judge_account)
            user = users[-1]
            if registered.settled and registered.step.applied and user is not None:
                self._adopt_account(user)
            return registered
        client_id = self._require_client()
        read: list[list[UserPhone]] = []

        async def phones() -> list[UserPhone]:
            read.append(await self.api.reseller.list_phones(user_id=client_id))
            return read[-1]

        phone = await self.once.settle(step.id, phones, _judge_phones)
        if phone.settled:
            self._adopt_phones(phone.step, read[-1])
        return phone

    async def _find_account(self, email: str) -> SubUser | None:
        """This dealer's client with that e-mail, or None (read-only)."""
        from zaddesk.api.errors import NotFoundError

        try:
            return await self.api.reseller.find_user(email=email.strip())
        except NotFoundError:
            return None
        except ApiError as exc:
            if exc.status_code in (400, 404):
                return None
            raise

    def _adopt_account(self, user: SubUser) -> None:
        """Go on with an account the server shows for this onboarding's e-mail."""
        if user.is_active:
            self.journal.update_session(
                self.session_id,
                client_id=int(user.id),
                step=self._after(Step.REGISTRATION),
                data={"registration": "active"},
            )
        else:
            self.journal.update_session(
                self.session_id,
                step=self._after(Step.CLIENT_DATA),
                data={"registration": "awaiting"},
            )

    def _adopt_phones(self, step: StepRecord, phones: list[UserPhone]) -> None:
        """After a settled phone request: the phone as the server shows it."""
        number = str(step.params.get("number", ""))
        known = _phone_in(phones, number)
        if known is None:
            return  # not on the account: the step starts again from "add"
        phone = self._phone()
        parsed = parse_phone(number, self.form.country)
        display = parsed.display if isinstance(parsed, ParsedPhone) else number
        phone.update(number=number, display=display, added=True, phone_id=int(known.id),
                     proved=bool(known.is_proved))
        if step.action in (Action.PROVE_BY_SMS, Action.PROVE_BY_CALLBACK) and step.applied:
            phone.setdefault("code_sent_via",
                             "sms" if step.action == Action.PROVE_BY_SMS else "callback")
        self.journal.update_session(
            self.session_id,
            data={"phone": phone},
            step=self._after(Step.PHONE) if known.is_proved else None,
        )

    def _keep_reconciliation(self, step: StepRecord, found: Reconciliation) -> None:
        self.journal.update_session(
            self.session_id,
            data={
                "reconciliation": {
                    "step_id": step.id,
                    "verdict": found.verdict.value,
                    "now": found.now.to_json(),
                    "at": time.time(),
                }
            },
        )

    async def adopt_registered(self) -> RegistrationResult:
        """Go on with the client an earlier attempt registered with this e-mail (read-only).

        Call after :class:`AlreadyRegistered`, on the rep's explicit choice.
        """
        return await self._once("adopt_registered", self._adopt_registered)

    async def _adopt_registered(self) -> RegistrationResult:
        if self.client_id is not None:
            raise WrongStep("This onboarding already has its client.")
        self._guard(Step.REGISTRATION)
        email = self.form.email.strip()
        user = await self._find_account(email)
        if user is None:
            raise WrongStep("No client of this dealer has that e-mail.")
        self._adopt_account(user)
        self.journal.update_session(self.session_id, data={"adopted": int(user.id)})
        log.info("onboarding %s goes on with client %s", self.session_id, user.id)
        status: Literal["active", "awaiting"] = "active" if user.is_active else "awaiting"
        return RegistrationResult(status, self.client_id, "", email)

    def resolve_unknown(self, step_id: int, *, applied: bool, note: str = "") -> StepRecord:
        """The rep's decision on a request whose answer was lost.  Sends nothing."""
        step = self.journal.step(step_id)
        if step.session_id != self.session_id:
            raise WrongStep("That request belongs to another onboarding.")
        decided = self.once.decide(step_id, applied=applied, note=note)
        if applied:
            self._apply_decision(decided)
        return decided

    def _apply_decision(self, step: StepRecord) -> None:
        """Move the session on as if the lost answer had said yes."""
        if step.action == Action.TOPUP:
            record = {
                "step_id": step.id,
                "requested": step.context.get("requested"),
                "debited": None,
                "credited": None,
                "decided": True,
            }
            self.journal.update_session(
                self.session_id,
                data={"topups": [*self._topups(), record]},
                step=self._after(Step.TOPUP),
            )
        elif step.action == Action.REGISTER:
            self.journal.update_session(self.session_id, data={"registration": "awaiting"})
        elif step.action == Action.ADD_PHONE:
            phone = self._phone()
            number = str(step.params.get("number", ""))
            parsed = parse_phone(number, self.form.country)
            display = parsed.display if isinstance(parsed, ParsedPhone) else number
            phone.update(number=number, display=display, added=True, proved=False)
            self.journal.update_session(self.session_id, data={"phone": phone})
        elif step.action in (Action.PROVE_BY_SMS, Action.PROVE_BY_CALLBACK):
            phone = self._phone()
            via = "sms" if step.action == Action.PROVE_BY_SMS else "callback"
            phone.update(code_sent_via=via, code_sent_at=step.intent_at)
            self.journal.update_session(self.session_id, data={"phone": phone})
        elif step.action == Action.CONFIRM_PHONE:
            phone = self._phone()
            phone.update(proved=True)
            self.journal.update_session(
                self.session_id, data={"phone": phone}, step=self._after(Step.PHONE)
            )

    # -- steps 5 and 6 ----------------------------------------------------------------

    def skip(self, step: Step) -> None:
        """Leave an optional step (phone, top-up, next steps) for later."""
        if step not in (Step.PHONE, Step.TOPUP, Step.NEXT_STEPS):
            raise WrongStep(f"The {step} step cannot be skipped.")
        self._require_client()
        skipped = list(self.session.data.get("skipped") or [])
        if step.value not in skipped:
            skipped.append(step.value)
        self.journal.update_session(
            self.session_id, data={"skipped": skipped}, step=self._after(step)
        )

    def choose_next_steps(self, *, create_pbx: bool, open_number_shop: bool) -> None:
        """Remember what the rep wants to do next; the GUI opens those pages itself."""
        self.journal.update_session(
            self.session_id,
            data={"next": {"create_pbx": create_pbx, "open_number_shop": open_number_shop}},
            step=self._after(Step.NEXT_STEPS),
        )

    def pending(self) -> list[PendingItem]:
        """What is left to do or decide, for the summary and for the resume dialog."""
        session = self.session
        items: list[PendingItem] = []
        for step in self._undecided():
            items.append(
                PendingItem(
                    "undecided",
                    f"Decide the outcome of '{step.action}' (its answer was lost).",
                    _STEP_OF.get(step.action, Step.SUMMARY),
                    step.id,
                )
            )
        if session.client_id is None:
            if session.data.get("registration") == "awaiting":
                items.append(
                    PendingItem(
                        "registration.awaiting",
                        "The client has to confirm the registration from the e-mail.",
                        Step.REGISTRATION,
                    )
                )
            else:
                items.append(
                    PendingItem("registration.todo", "Register the client.", Step.REGISTRATION)
                )
            return items
        phone = self._phone()
        if not phone.get("proved"):
            items.append(
                PendingItem(
                    "phone.unconfirmed",
                    "Confirm the client's contact phone (needed for test credit and top-ups).",
                    Step.PHONE,
                )
            )
        if not self._topups() and not any(
            s.undecided for s in self.journal.steps(self.session_id, Action.TOPUP)
        ):
            items.append(PendingItem("topup.none", "Top up the client's balance.", Step.TOPUP))
        chosen = session.data.get("next") or {}
        if chosen.get("create_pbx"):
            items.append(PendingItem("next.pbx", "Create the client's PBX.", Step.NEXT_STEPS))
        if chosen.get("open_number_shop"):
            items.append(
                PendingItem("next.numbers", "Choose numbers in the number shop.", Step.NEXT_STEPS)
            )
        return items

    def done(self) -> list[str]:
        """What the journal shows as done on the server, in order, as sentences."""
        out: list[str] = []
        for step in self.journal.steps(self.session_id):
            if not step.applied:
                continue
            if step.action == Action.REGISTER:
                out.append(f"Registered {step.params.get('email', '')}.")
            elif step.action == Action.CONFIRM_REGISTRATION:
                out.append("Registration confirmed with the e-mail code.")
            elif step.action == Action.ADD_PHONE:
                out.append(f"Contact phone {step.params.get('number', '')} added.")
            elif step.action in (Action.PROVE_BY_SMS, Action.PROVE_BY_CALLBACK):
                how = "SMS" if step.action == Action.PROVE_BY_SMS else "call"
                out.append(f"Confirmation code sent by {how}.")
            elif step.action == Action.CONFIRM_PHONE:
                out.append(f"Contact phone {step.params.get('number', '')} confirmed.")
            elif step.action == Action.TOPUP:
                result = step.result or {}
                debited = Money.from_json(result.get("debited"))
                credited = Money.from_json(result.get("credited"))
                if debited and credited:
                    out.append(f"Top-up: {debited} debited from the dealer, {credited} credited.")
                else:
                    amount = f"{step.params.get('amount')} {step.params.get('currency')}"
                    out.append(f"Top-up of {amount} (answer lost; decided as applied).")
        return out

    def summary(self) -> Summary:
        session = self.session
        form = ClientForm.from_record(session.form)
        name = " ".join(p for p in (form.first_name, form.middle_name, form.last_name) if p)
        return Summary(
            session_id=self.session_id,
            client_id=session.client_id,
            email=form.email,
            name=name,
            done=self.done(),
            pending=self.pending(),
        )

    def finish(self) -> None:
        """Close the session (it stops being offered for resuming)."""
        self.journal.update_session(self.session_id, step=Step.SUMMARY)
        self.journal.mark_done(self.session_id)

    def abandon(self) -> None:
        self.journal.mark_abandoned(self.session_id)

    @property
    def finished(self) -> bool:
        return self.session.state is not SessionState.OPEN


def _phone_in(phones: list[UserPhone], number: str) -> UserPhone | None:
    digits = number.lstrip("+")
    return next((p for p in phones if p.number.lstrip("+") == digits), None)


def _judge_account(step: StepRecord, user: SubUser | None) -> Judgement:
    """A registration (or its confirmation) whose answer was lost, against the account."""
    email = step.params.get("email", "")
    if step.action == Action.REGISTER:
        if user is None:
            return Judgement(Verdict.NOT_APPLIED, f"There is no account for {email}: the "
                             "registration did not reach the server. It can be sent now.")
        state = "active" if user.is_active else "waiting for the client's confirmation"
        return Judgement(Verdict.APPLIED, f"The account for {email} exists (client {user.id}, "
                         f"{state}): the registration went through.")
    if user is None:
        return Judgement(Verdict.UNCLEAR, f"There is no account for {email} at all.")
    if user.is_active:
        return Judgement(Verdict.APPLIED, f"The account for {email} is active: the code was "
                         "accepted.")
    return Judgement(Verdict.NOT_APPLIED, f"The account for {email} still waits for its "
                     "confirmation: type the code again.")


def _judge_phones(step: StepRecord, phones: list[UserPhone]) -> Judgement:
    """A phone-step request whose answer was lost, against the client's phones."""
    number = str(step.params.get("number", ""))
    known = _phone_in(phones, number)
    if step.action == Action.ADD_PHONE:
        if known is None:
            return Judgement(Verdict.NOT_APPLIED, f"{number} is not among the client's phones: "
                             "it was not added.")
        return Judgement(Verdict.APPLIED, f"{number} is among the client's phones: it was "
                         "added.")
    if step.action == Action.CONFIRM_PHONE:
        if known is not None and known.is_proved:
            return Judgement(Verdict.APPLIED, f"{number} is confirmed.")
        return Judgement(Verdict.NOT_APPLIED, f"{number} is not confirmed: the code was not "
                         "accepted.")
    if known is not None and known.is_proved:
        return Judgement(Verdict.APPLIED, f"{number} is already confirmed: no code is needed.")
    return Judgement(Verdict.UNCLEAR, f"The server does not show whether a code was sent to "
                     f"{number}. Ask the client whether it arrived.")


def _never() -> PhoneStatus:
    raise AssertionError("the phone state was just written")
