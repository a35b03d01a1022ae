"""The way out of a wizard step whose request lost its answer (or never got one).

After a crash, or a connection cut mid-answer, the journal holds a request of this step
whose outcome nobody knows, and the step refuses to send more until it is settled. This box
says which request it was and offers to *read* the server (``OnboardingFlow.settle``): the
account by e-mail for a registration, the client's phones for the phone step. A clear reading
settles it and the step goes on; what cannot be read (was a code sent?) is asked of the rep,
whose answer is recorded (``resolve_unknown``). Nothing is ever sent again by itself.

Top-ups keep their own dialog (``ReconcileDialog``), which shows both balances.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from zaddesk.core.journal import StepRecord
from zaddesk.core.onboarding import Action
from zaddesk.core.sendonce import Verdict
from zaddesk.core.validation import ParsedPhone, parse_phone

__all__ = ["LostAnswerBox", "request_text", "verdict_text"]


def _number(step: StepRecord) -> str:
    """The request's phone number as a rep reads it (+48 601 234 567)."""
    number = str(step.params.get("number", ""))
    parsed = parse_phone(number, "") if number.startswith("+") else None
    return parsed.display if isinstance(parsed, ParsedPhone) else number


def request_text(step: StepRecord) -> str:
    """The lost request in words, in the UI language."""
    number = _number(step)
    email = str(step.params.get("email", ""))
    translate = QCoreApplication.translate
    if step.action == Action.REGISTER:
        return translate("LostAnswer", "registering {0}").format(email)
    if step.action == Action.CONFIRM_REGISTRATION:
        return translate("LostAnswer",
                         "confirming the registration of {0} with the code").format(email)
    if step.action == Action.ADD_PHONE:
        return translate("LostAnswer", "adding the contact phone {0}").format(number)
    if step.action == Action.PROVE_BY_SMS:
        return translate("LostAnswer", "sending a code by SMS to {0}").format(number)
    if step.action == Action.PROVE_BY_CALLBACK:
        return translate("LostAnswer", "calling {0} with a code").format(number)
    if step.action == Action.CONFIRM_PHONE:
        return translate("LostAnswer", "confirming the phone {0} with the code").format(number)
    return step.description or step.action


def verdict_text(step: StepRecord, verdict: Verdict) -> str:
    """What reading the server showed, and what to do now, in the UI language."""
    number = _number(step)
    email = str(step.params.get("email", ""))
    action = step.action
    translate = QCoreApplication.translate
    if action == Action.REGISTER:
        if verdict is Verdict.APPLIED:
            return translate(
                "LostAnswer",
                "The account for {0} exists: the registration went through. "
                "Go on with this client.").format(email)
        return translate(
            "LostAnswer",
            "There is no account for {0}: the registration never reached the server. "
            "Send it now with “Register”.").format(email)
    if action == Action.CONFIRM_REGISTRATION:
        if verdict is Verdict.APPLIED:
            return translate(
                "LostAnswer",
                "The account for {0} is active: the code was accepted.").format(email)
        if verdict is Verdict.NOT_APPLIED:
            return translate(
                "LostAnswer",
                "The account for {0} still waits for its confirmation: type the code "
                "again.").format(email)
        return translate(
            "LostAnswer", "No account for {0} was found. Did the server confirm it?").format(
            email)
    if action == Action.ADD_PHONE:
        if verdict is Verdict.APPLIED:
            return translate(
                "LostAnswer", "{0} is among the client's phones: it was added.").format(number)
        return translate(
            "LostAnswer",
            "{0} is not among the client's phones: it was not added. Send the code again; "
            "the phone is added first.").format(number)
    if action == Action.CONFIRM_PHONE:
        if verdict is Verdict.APPLIED:
            return translate("LostAnswer", "{0} is confirmed.").format(number)
        return translate(
            "LostAnswer",
            "{0} is not confirmed: the code was not accepted. Type it again, or send a new "
            "one.").format(number)
    if verdict is Verdict.APPLIED:
        return translate(
            "LostAnswer", "{0} is already confirmed: no code is needed.").format(number)
    return translate(
        "LostAnswer",
        "The server does not show whether a code was sent to {0}. Ask the client: did a "
        "code arrive?").format(number)


class LostAnswerBox(QFrame):
    """One unsettled request of a step: check it on the server, or let the rep decide."""

    check_requested = Signal(int)  # step id: read the server
    decided = Signal(int, bool)  # step id, applied

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lost_answer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.step: StepRecord | None = None
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setObjectName("lost_text")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.finding = QLabel(self)
        self.finding.setObjectName("lost_finding")
        self.finding.setWordWrap(True)
        self.finding.setProperty("role", "warning")
        layout.addWidget(self.finding)
        row = QHBoxLayout()
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("settle_button")
        self.applied_button = QPushButton(self)
        self.applied_button.setObjectName("decide_applied")
        self.not_applied_button = QPushButton(self)
        self.not_applied_button.setObjectName("decide_not_applied")
        for button in (self.check_button, self.applied_button, self.not_applied_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.check_button.clicked.connect(self._check)
        self.applied_button.clicked.connect(lambda: self._decide(True))
        self.not_applied_button.clicked.connect(lambda: self._decide(False))
        self.retranslate()
        self.hide()

    def show_for(self, unsettled: list[StepRecord], *, busy: bool = False) -> None:
        """Show the first unsettled request (hidden when there is none)."""
        self.step = unsettled[0] if unsettled else None
        if self.step is None:
            self.hide()
            return
        step = self.step
        self.text.setText(QCoreApplication.translate(
            "LostAnswer",
            "The answer to {0} was lost, or the console closed while sending it. Nothing is "
            "sent again by itself: check on the server what happened.").format(
            request_text(step)))
        unclear = step.verdict == Verdict.UNCLEAR.value
        translate = QCoreApplication.translate
        if step.action in (Action.PROVE_BY_SMS, Action.PROVE_BY_CALLBACK):
            self.applied_button.setText(translate("LostAnswer", "A code &arrived"))
            self.not_applied_button.setText(translate("LostAnswer", "No code a&rrived"))
        else:
            self.applied_button.setText(translate("LostAnswer", "It was &done"))
            self.not_applied_button.setText(translate("LostAnswer", "It was no&t done"))
        self.finding.setText(verdict_text(step, Verdict.UNCLEAR) if unclear else "")
        self.finding.setVisible(unclear)
        self.applied_button.setVisible(unclear)
        self.not_applied_button.setVisible(unclear)
        for button in (self.check_button, self.applied_button, self.not_applied_button):
            button.setEnabled(not busy)
        self.show()

    def _check(self) -> None:
        if self.step is not None:
            self.check_requested.emit(self.step.id)

    def _decide(self, applied: bool) -> None:
        if self.step is not None:
            self.decided.emit(self.step.id, applied)

    def retranslate(self) -> None:
        self.check_button.setText(
            QCoreApplication.translate("LostAnswer", "Ch&eck on the server"))
        if self.step is not None:
            self.show_for([self.step])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

