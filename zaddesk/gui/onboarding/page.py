"""The Onboarding page: start a new client's onboarding, or resume one the journal kept.

The page shows a start view (``ui/onboarding_start.ui``) listing the unfinished sessions of
the current profile, and swaps in an ``OnboardingWizard`` for the chosen one. Offering and
resuming only read the local journal: nothing is sent until the rep presses a button in the
wizard. Other pages open a wizard here with ``resume(session_id)`` or
``start_for_client(client_id, email, step)`` (the Clients page's "continue onboarding",
"add or confirm a phone").
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from zaddesk.core.journal import Journal, SessionRecord
from zaddesk.core.onboarding import OnboardingFlow, Step
from zaddesk.core.validation import ClientForm
from zaddesk.gui.context import AppContext
from zaddesk.gui.dialogs import ask
from zaddesk.gui.forms.ui_onboarding_start import Ui_OnboardingStartForm
from zaddesk.gui.onboarding.wizard import (
    OnboardingWizard,
    dealer_country,
    guess_country,
    journal_for,
)
from zaddesk.gui.page import Page

__all__ = ["OnboardingPage"]

log = logging.getLogger("zaddesk.gui.onboarding")

SessionIdRole = Qt.ItemDataRole.UserRole + 1
ClientIdRole = Qt.ItemDataRole.UserRole + 2


def found_any(*models: QStandardItemModel) -> bool:
    return any(model.rowCount() for model in models)


class OnboardingPage(Page):
    page_id = "onboarding"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.flow_options: dict[str, Any] = {}  # e.g. resend_cooldown, for tests
        self.stack = QStackedWidget(self)
        self.start = QWidget(self.stack)
        self.ui = Ui_OnboardingStartForm()
        self.ui.setupUi(self.start)  # type: ignore[no-untyped-call]
        self.stack.addWidget(self.start)
        self.body.addWidget(self.stack, 1)
        self.sessions = QStandardItemModel(self)
        self.ui.sessions_view.setModel(self.sessions)
        self.ui.sessions_view.setEditTriggers(self.ui.sessions_view.EditTrigger.NoEditTriggers)
        self.ui.sessions_view.selectionModel().currentChanged.connect(
            lambda _c, _p: self._update_buttons())
        self.ui.sessions_view.doubleClicked.connect(lambda _i: self.resume_selected())
        self.ui.new_onboarding.clicked.connect(lambda: self.start_new())
        self.ui.resume_session.clicked.connect(lambda: self.resume_selected())
        self.ui.abandon_session.clicked.connect(self.abandon_selected)
        self.recent = QStandardItemModel(self)
        self.ui.recent_view.setModel(self.recent)
        self.ui.recent_view.setEditTriggers(self.ui.recent_view.EditTrigger.NoEditTriggers)
        self.ui.recent_view.doubleClicked.connect(lambda _i: self.open_recent())
        self.ui.recent_view.activated.connect(lambda _i: self.open_recent())
        self.ui.open_client.clicked.connect(self.open_recent)
        self.wizard: OnboardingWizard | None = None
        ctx.profile_changed.connect(lambda _p: self._profile_changed())
        self.reload()

    def _profile_changed(self) -> None:
        """A wizard works with one connection: on another profile it closes (resumable)."""
        if self.wizard is not None and self.wizard.flow.api is not self.ctx.api:
            self._close_wizard()
        else:
            self.reload()

    @property
    def journal(self) -> Journal:
        return journal_for(self.ctx)

    def _profile_name(self) -> str:
        return self.ctx.profile.name if self.ctx.profile is not None else ""

    # ------------------------------------------------------------------ sessions

    def unfinished(self) -> list[SessionRecord]:
        return self.journal.unfinished_sessions(profile=self._profile_name())

    def reload(self) -> None:
        """List the unfinished sessions (local journal only; sends nothing)."""
        found = self.unfinished()
        self.sessions.clear()
        for session in found:
            item = QStandardItem(self._describe(session))
            item.setData(session.id, SessionIdRole)
            item.setToolTip(session.id)
            self.sessions.appendRow(item)
        if found:
            self.ui.sessions_view.setCurrentIndex(self.sessions.index(0, 0))
        self.ui.sessions_label.setVisible(bool(found))
        self.ui.sessions_view.setVisible(bool(found))
        self._reload_recent()
        if found and self.wizard is None:
            self.show_banner(self.tr("%n unfinished onboarding(s) can be resumed.", "",
                                     len(found)), "info")
        elif self.banner.level == "info":
            self.banner.clear()
        self._update_buttons()

    def _reload_recent(self) -> None:
        """Clients onboarded lately (local journal), to go on with one of them."""
        done = self.journal.finished_sessions(profile=self._profile_name(), limit=8)
        self.recent.clear()
        for session in done:
            form = ClientForm.from_record(session.form)
            name = " ".join(p for p in (form.first_name, form.last_name) if p)
            when = datetime.fromtimestamp(session.updated).strftime("%Y-%m-%d %H:%M")
            text = " · ".join(p for p in (form.email, name,
                                          self.tr("client {0}").format(session.client_id),
                                          when) if p)
            item = QStandardItem(text)
            item.setData(session.client_id, ClientIdRole)
            self.recent.appendRow(item)
        if done:
            self.ui.recent_view.setCurrentIndex(self.recent.index(0, 0))
        for widget in (self.ui.recent_label, self.ui.recent_view, self.ui.open_client):
            widget.setVisible(bool(done))
        # The steps explain a first onboarding; once there is a list they give it the room.
        self.ui.steps_box.setVisible(not found_any(self.sessions, self.recent))

    def open_recent(self) -> None:
        """Make the chosen recent client current and show it on the Clients page."""
        index = self.ui.recent_view.currentIndex()
        if not index.isValid() or self.ui.recent_view.isHidden():
            return
        client_id = int(index.data(ClientIdRole))
        self.ctx.set_client_id(client_id)
        self.ctx.open_page("clients", client_id=client_id)

    def _describe(self, session: SessionRecord) -> str:
        form = ClientForm.from_record(session.form)
        name = " ".join(p for p in (form.first_name, form.last_name) if p)
        who = " — ".join(p for p in (form.email or self.tr("(no e-mail yet)"), name) if p)
        when = datetime.fromtimestamp(session.updated).strftime("%Y-%m-%d %H:%M")
        step = self.step_title(session.step)
        client = (self.tr("client {0}").format(session.client_id)
                  if session.client_id is not None else "")
        parts = [who, step, client, when]
        return " · ".join(p for p in parts if p)

    def step_title(self, step: str) -> str:
        titles = {
            Step.CLIENT_DATA.value: self.tr("at: client data"),
            Step.REGISTRATION.value: self.tr("at: registration"),
            Step.PHONE.value: self.tr("at: contact phone"),
            Step.TOPUP.value: self.tr("at: top-up"),
            Step.NEXT_STEPS.value: self.tr("at: next steps"),
            Step.SUMMARY.value: self.tr("at: summary"),
        }
        return titles.get(step, step)

    def selected_session(self) -> str | None:
        index = self.ui.sessions_view.currentIndex()
        if not index.isValid() or self.ui.sessions_view.isHidden():
            return None
        value = index.data(SessionIdRole)
        return str(value) if value else None

    def _update_buttons(self) -> None:
        has = self.selected_session() is not None
        self.ui.resume_session.setEnabled(has)
        self.ui.abandon_session.setEnabled(has)
        self.ui.resume_session.setVisible(self.sessions.rowCount() > 0)
        self.ui.abandon_session.setVisible(self.sessions.rowCount() > 0)

    # ------------------------------------------------------------------ wizard

    def _open(self, flow: OnboardingFlow) -> OnboardingWizard:
        self._close_wizard()
        wizard = OnboardingWizard(self.ctx, flow, self.stack)
        wizard.onboarding_finished.connect(self._finished)
        wizard.closed_for_later.connect(lambda _sid: self._close_wizard())
        self.stack.addWidget(wizard)
        self.stack.setCurrentWidget(wizard)
        self.wizard = wizard
        self.banner.clear()
        QTimer.singleShot(0, wizard.focus_first_field)  # typing goes into the first field
        log.info("onboarding wizard opened on session %s at %s", flow.session_id,
                 wizard.current_step().value)
        return wizard

    def _close_wizard(self) -> None:
        wizard, self.wizard = self.wizard, None
        self.stack.setCurrentWidget(self.start)
        if wizard is not None:
            self.ctx.runner.cancel_owner(wizard)
            for step in wizard.steps:
                self.ctx.runner.cancel_owner(step)
            self.stack.removeWidget(wizard)
            wizard.deleteLater()
        self.reload()

    def _need_api(self) -> Any:
        if self.ctx.api is None:
            self.show_banner(self.tr("Not connected yet; wait a moment or check Settings."))
            return None
        return self.ctx.api

    def start_new(self, form: ClientForm | None = None) -> OnboardingWizard | None:
        api = self._need_api()
        if api is None:
            return None
        if form is None:  # most of a dealer's clients live where the dealer works
            cache = self.ctx.clients_cache()
            phones = [r.phone for r in cache.load_all()[:500]] if cache is not None else []
            form = ClientForm(country=dealer_country(phones, self.ctx.language))
        flow = OnboardingFlow.start(api, self.journal, form, profile=self._profile_name(),
                                    **self.flow_options)
        return self._open(flow)

    def resume(self, session_id: str) -> OnboardingWizard | None:
        """Open the wizard where the session stopped, with what was typed; sends nothing."""
        api = self._need_api()
        if api is None:
            return None
        flow = OnboardingFlow.resume(api, self.journal, session_id, **self.flow_options)
        return self._open(flow)

    def resume_selected(self) -> OnboardingWizard | None:
        session_id = self.selected_session()
        return self.resume(session_id) if session_id else None

    def start_for_client(self, client_id: int, email: str,
                         step: Step = Step.PHONE, *,
                         known_numbers: Iterable[str] = ()) -> OnboardingWizard | None:
        """A session for a client registered earlier (phone or top-up from the Clients page).

        The country comes from a number the server or cache knows for the client, else from
        the dealer's locale, so a local number can be typed without +.
        """
        for session in self.unfinished():
            if session.client_id == client_id:
                return self.resume(session.id)
        api = self._need_api()
        if api is None:
            return None
        journal = self.journal
        country = guess_country(known_numbers, self.ctx.language)
        flow = OnboardingFlow.start(api, journal, ClientForm(email=email, country=country),
                                    profile=self._profile_name(), **self.flow_options)
        journal.update_session(flow.session_id, client_id=client_id, step=step.value,
                               data={"registration": "active", "existing_client": True})
        return self._open(flow)

    def abandon_selected(self) -> None:
        session_id = self.selected_session()
        if session_id is None:
            return

        async def run() -> bool:
            answer = await ask(self, self.tr("Abandon onboarding"), self.tr(
                "Stop offering this onboarding for resuming? What was done on the server "
                "stays done."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self.journal.mark_abandoned(session_id)
            return True

        self.run(run, title=self.tr("Abandon onboarding"), name="abandon",
                 on_success=lambda _ok: self.reload())

    def open_with(self, **args: Any) -> None:
        """From the Clients page: resume a session, or start one for a registered client."""
        if args.get("session_id"):
            self.resume(str(args["session_id"]))
        elif args.get("client_id") is not None:
            self.start_for_client(int(args["client_id"]), str(args.get("email", "")),
                                  known_numbers=args.get("known_numbers", ()))

    def _finished(self, _session_id: str, chosen: Any) -> None:
        client_id = self.wizard.flow.client_id if self.wizard is not None else None
        self._close_wizard()
        self.show_banner(self.tr("Onboarding finished."), "info")
        if client_id is not None:
            self.ctx.set_client_id(client_id)  # the pages after onboarding act for this client
        if not isinstance(chosen, dict):
            return
        if chosen.get("create_pbx"):
            self.ctx.open_page("pbx", client_id=client_id)
        elif chosen.get("open_number_shop"):
            self.ctx.open_page("numbers", client_id=client_id)

    # ------------------------------------------------------------------ screenshots

    async def open_for_screenshot(self, what: str) -> None:
        """``zaddesk --screenshot … --page onboarding --open STEP``: a demo client walked to
        STEP (client_data, registration, phone, topup, next_steps, summary) on the embedded
        emulator, so each wizard page can be looked at with real content."""
        if not self.ctx.demo or self.ctx.api is None or self.ctx.demo_backend is None:
            return
        step = Step(what)
        form = ClientForm(email="anna.zielinska@example.pl", first_name="Anna",
                          last_name="Zielińska", organization="Kwiaciarnia Pod Różą",
                          country="PL", city="Kraków", address="ul. Długa 5",
                          phone="601 234 567", language="pl", currency="PLN")
        flow = OnboardingFlow.start(self.ctx.api, self.journal, form,
                                    profile=self._profile_name())
        order = list(Step)
        emulator = self.ctx.demo_backend

        def code_to(to: str) -> str:
            found = [m["code"] for m in emulator.outbox()
                     if m.get("code") and m["to"].lstrip("+") == to.lstrip("+")]
            return found[-1]

        if order.index(step) > order.index(Step.REGISTRATION):
            await flow.register(form)
        if order.index(step) >= order.index(Step.PHONE) and step is not Step.PHONE:
            status = await flow.add_phone()
            await flow.send_code("sms")
            await flow.confirm_phone(code_to(status.number))
        if order.index(step) > order.index(Step.TOPUP):
            await flow.topup("50", "PLN")
        if order.index(step) > order.index(Step.NEXT_STEPS):
            flow.choose_next_steps(create_pbx=True, open_number_shop=False)
        wizard = self._open(flow)
        if step is Step.REGISTRATION:
            wizard.next()
        if step is Step.PHONE:
            status = await flow.add_phone()
            await flow.send_code("sms")
            wizard.phone_step.initializePage()
        if step is Step.TOPUP:
            wizard.topup_step.ui.amount.setText("50")

    # ------------------------------------------------------------------ page

    def page_shown(self) -> None:
        if self.wizard is None:
            self.reload()

    def retranslate(self) -> None:
        super().retranslate()
        self.ui.retranslateUi(self.start)  # type: ignore[no-untyped-call]
        if self.wizard is None and hasattr(self, "sessions"):
            self.reload()
