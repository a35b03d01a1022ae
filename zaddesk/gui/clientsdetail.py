"""A client's detail panel (``ui/client_detail.ui``) and the dialog that moves money.

The panel shows what the cache knows at once, then reads the fresh balance and the contact
phones (read-only). API keys are read only when the rep asks (``GET``), shown masked, and
regenerated (``POST``, which breaks every integration using the old pair) only after a
confirmation that says so.

``MoneyDialog`` tops a client up or moves money back (``money_transfer to_reseller``). Both
are journaled like an onboarding top-up: the dialog opens a journal session for the client,
the intent is written before sending and the outcome after; a lost answer opens the
reconcile dialog and nothing is re-sent. A killed console leaves the session open, so the
Onboarding page offers it on the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from zaddesk.api.errors import ApiError, NetworkError, UnknownOutcome
from zaddesk.core.clients import ClientRow
from zaddesk.core.journal import Outcome
from zaddesk.core.money import Balances, Money, Reconciliation, reconcile
from zaddesk.core.onboarding import OnboardingFlow, OutcomeUnknown, Step, TopupResult
from zaddesk.core.validation import ClientForm, Issue, check_amount
from zaddesk.gui.context import AppContext
from zaddesk.gui.dialogs import ask
from zaddesk.gui.forms.ui_client_detail import Ui_ClientDetailForm
from zaddesk.gui.forms.ui_topup_dialog import Ui_TopupDialogForm
from zaddesk.gui.messages import describe_error
from zaddesk.gui.onboarding import issue_text, journal_for
from zaddesk.gui.pages.base import Banner, FieldErrors
from zaddesk.gui.reconcile import ReconcileDialog, format_money
from zaddesk.gui.tasks import TaskInfo

__all__ = ["ClientDetail", "MoneyDialog"]

log = logging.getLogger("zaddesk.gui.clients")

TRANSFER_PATH = "/v1/reseller/account/money_transfer/"
Direction = Literal["to_user", "to_reseller"]


def _swap(balances: Balances) -> Balances:
    return Balances(balances.client, balances.dealer)


def client_flow(ctx: AppContext, client: ClientRow) -> OnboardingFlow:
    """A journal session for money moved for a client registered earlier."""
    assert ctx.api is not None
    journal = journal_for(ctx)
    profile = ctx.profile.name if ctx.profile is not None else ""
    flow = OnboardingFlow.start(ctx.api, journal, ClientForm(
        email=client.email, first_name=client.first_name, last_name=client.last_name,
        organization=client.organization, currency=client.currency), profile=profile)
    journal.update_session(flow.session_id, client_id=client.id, step=Step.TOPUP.value,
                           data={"registration": "active", "existing_client": True})
    return flow


class LostTransfer(Exception):
    def __init__(self, step_id: int) -> None:
        super().__init__("the answer to the transfer was lost")
        self.step_id = step_id


class MoneyDialog(QDialog):
    """Top up a client, or move money back; explicit confirmation, sent once."""

    moved = Signal()

    def __init__(self, ctx: AppContext, client: ClientRow, direction: Direction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("money_dialog")
        self.ctx = ctx
        self.client = client
        self.direction: Direction = direction
        self.ui = Ui_TopupDialogForm()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.banner = Banner(self)
        self.ui.outer_layout.insertWidget(0, self.banner)
        self.errors = FieldErrors(self, self.banner)
        self.flow: OnboardingFlow | None = None
        self.before: Balances | None = None
        self.task: TaskInfo | None = None
        self.completed = False
        self.reconcile_dialog: ReconcileDialog | None = None
        currencies = [c for c in (client.currency, "USD", "EUR", "PLN") if c]
        for code in dict.fromkeys(currencies):
            self.ui.currency.addItem(code, code)
        self.ui.amount.textEdited.connect(lambda _t: self._changed())
        self.ui.currency.currentIndexChanged.connect(lambda _i: self._changed())
        self.ui.confirm_amount.toggled.connect(lambda _c: self._update())
        self.ui.buttons.accepted.connect(self.send)
        self.ui.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._changed()

    # ErrorSurface
    def show_field_error(self, name: str, message: str) -> bool:
        return self.errors.show(name, message)

    def show_banner(self, message: str, level: str = "error") -> None:
        self.banner.show_message(message, level)

    def clear_errors(self) -> None:
        self.errors.clear()
        if self.banner.level == "error":
            self.banner.clear()

    def retranslate(self) -> None:
        who = f"{self.client.name or self.client.email} (#{self.client.id})"
        if self.direction == "to_user":
            self.setWindowTitle(self.tr("Top up a client"))
            self.ui.topup_intro.setText(self.tr(
                "Move money from your dealer balance to {0}.").format(who))
        else:
            self.setWindowTitle(self.tr("Move money back"))
            self.ui.topup_intro.setText(self.tr(
                "Move money from {0} back to your dealer balance.").format(who))

    def read_balances(self) -> TaskInfo | None:
        """Show both balances (read-only)."""
        api = self.ctx.api
        if api is None:
            return None
        client_id = self.client.id

        async def read() -> Balances:
            account = await api.reseller.account_info()
            user = await api.reseller.find_user(id=client_id)
            client = (Money.of(user.balance, user.currency)
                      if user.balance is not None and user.currency else None)
            return Balances(Money.of(account.balance, account.currency), client)

        def done(balances: Balances) -> None:
            self.before = balances
            self.ui.dealer_balance.setText(format_money(balances.dealer))
            self.ui.client_balance.setText(format_money(balances.client))

        return self.ctx.runner.run(read, title=self.tr("Read balances"), owner=self,
                                   name="balances", on_success=done)

    def amount(self) -> Decimal | Issue:
        return check_amount(self.ui.amount.text())

    def currency(self) -> str:
        return str(self.ui.currency.currentData() or "")

    def _changed(self) -> None:
        self.ui.confirm_amount.setChecked(False)
        amount = self.amount()
        shown = (format_money(Money(amount, self.currency())) if isinstance(amount, Decimal)
                 else "…")
        who = self.client.email or str(self.client.id)
        if self.direction == "to_user":
            text = self.tr("I confirm: move {0} from my dealer balance to {1}.")
        else:
            text = self.tr("I confirm: move {0} from {1} back to my dealer balance.")
        self.ui.confirm_amount.setText(text.format(shown, who))
        self._update()

    def _update(self) -> None:
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        busy = self.task is not None and self.task.running
        if ok is not None:
            ok.setEnabled(not self.completed and not busy
                          and self.ui.confirm_amount.isChecked()
                          and isinstance(self.amount(), Decimal))
        self.ui.amount.setReadOnly(self.completed or busy)
        self.ui.currency.setEnabled(not self.completed and not busy)
        self.ui.confirm_amount.setEnabled(not self.completed and not busy)

    def send(self) -> TaskInfo | None:
        """Send once; a second press while it runs (or after it is done) does nothing."""
        if self.completed or (self.task is not None and self.task.running):
            return None
        amount = self.amount()
        if isinstance(amount, Issue):
            self.show_field_error("amount", issue_text(amount))
            return None
        if not self.ui.confirm_amount.isChecked():
            return None
        currency = self.currency()
        if self.flow is None:
            self.flow = client_flow(self.ctx, self.client)
        flow = self.flow
        coro: Callable[[], Awaitable[TopupResult | Balances]]
        if self.direction == "to_user":
            coro = lambda: flow.topup(amount, currency)  # noqa: E731
        else:
            coro = lambda: self._transfer_back(flow, amount, currency)  # noqa: E731
        self.task = self.ctx.runner.run(
            coro, title=self.windowTitle(), owner=self, on_success=self._sent,
            on_error=self._failed)
        if self.task.task is not None:
            self.task.task.add_done_callback(lambda _t: self._update())
        self._update()
        return self.task

    async def _transfer_back(self, flow: OnboardingFlow, amount: Decimal,
                             currency: str) -> Balances:
        """Journaled ``money_transfer to_reseller``: intent, send, outcome."""
        api = flow.api
        journal = flow.journal
        client_id = self.client.id
        before = await flow.read_balances()
        requested = Money(amount, currency)
        intent = journal.record_intent(
            flow.session_id, "money_transfer", "POST", TRANSFER_PATH,
            {"user_id": client_id, "amount": str(amount), "currency": currency,
             "type": "to_reseller"},
            context={"before": before.to_json(), "requested": requested.to_json()})
        try:
            result = await api.reseller.money_transfer(amount, currency, "to_reseller",
                                                       user_id=client_id)
        except UnknownOutcome as exc:
            journal.record_outcome(intent.id, Outcome.UNKNOWN, message=exc.message)
            raise LostTransfer(intent.id) from exc
        except NetworkError as exc:
            journal.record_outcome(intent.id, Outcome.FAILED, message=exc.message)
            journal.mark_done(flow.session_id)
            raise
        except ApiError as exc:
            journal.record_outcome(intent.id, Outcome.REFUSED, message=exc.message)
            journal.mark_done(flow.session_id)
            raise
        after = Balances(Money.of(result.reseller.balance, result.reseller.currency),
                         Money.of(result.user.balance, result.user.currency))
        journal.record_outcome(intent.id, Outcome.APPLIED,
                               result={"after": after.to_json()})
        journal.mark_done(flow.session_id)
        self.before = before
        return after

    def _sent(self, result: TopupResult | Balances) -> None:
        self.completed = True
        if isinstance(result, TopupResult):
            assert self.flow is not None
            self.flow.finish()
            text = self.tr("Done: {0} debited from your dealer balance, {1} credited to the "
                           "client.").format(format_money(result.debited),
                                             format_money(result.credited))
            after = result.after
        else:
            text = self.tr("Done: the money was moved back to your dealer balance.")
            after = result
        self.ui.dealer_balance.setText(self.tr("{0} → {1}").format(
            format_money(self.before.dealer if self.before else None),
            format_money(after.dealer)))
        self.ui.client_balance.setText(self.tr("{0} → {1}").format(
            format_money(self.before.client if self.before else None),
            format_money(after.client)))
        self.ui.topup_result.setText(text)
        self._finish_buttons()
        self.ctx.money_moved()
        self.moved.emit()

    def _finish_buttons(self) -> None:
        self.ui.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self._update()

    def _failed(self, exc: BaseException) -> bool:
        flow = self.flow
        if isinstance(exc, OutcomeUnknown) and flow is not None:
            self.open_reconcile(ReconcileDialog(self.ctx, flow, exc.step.id, self))
            return True
        if isinstance(exc, LostTransfer) and flow is not None:
            self.open_reconcile(self._transfer_reconcile(flow, exc.step_id))
            return True
        if isinstance(exc, ApiError) and exc.field in ("amount", "currency"):
            return False
        if self.flow is not None and self.direction == "to_user":
            # Refused or not sent: nothing moved, nothing to resume.
            self.flow.abandon()
            self.flow = None
        self.show_banner(describe_error(exc.__cause__ or exc)
                         if not isinstance(exc, ApiError) else describe_error(exc))
        return True

    def _transfer_reconcile(self, flow: OnboardingFlow, step_id: int) -> ReconcileDialog:
        journal = flow.journal

        async def check() -> Reconciliation:
            step = journal.step(step_id)
            before = Balances.from_json(step.context.get("before"))
            requested = Money.from_json(step.context.get("requested"))
            assert requested is not None
            now = await flow.read_balances()
            found = reconcile(_swap(before), _swap(now), requested)
            # Shown with the dealer as dealer again.
            return Reconciliation(found.verdict, found.amount, before, now,
                                  found.client_change, found.dealer_change, found.explanation)

        def resolve(applied: bool, note: str) -> None:
            journal.resolve(step_id, applied=applied, note=note)
            journal.mark_done(flow.session_id)

        return ReconcileDialog(self.ctx, None, step_id, self, check=check, resolve=resolve,
                               journal=journal)

    def open_reconcile(self, dialog: ReconcileDialog) -> None:
        self.reconcile_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def decided(applied: bool) -> None:
            if self.flow is not None and self.direction == "to_user" \
                    and not self.flow.finished:
                self.flow.finish()
            self.completed = True
            self.ui.topup_result.setText(
                self.tr("Recorded: it was applied.") if applied
                else self.tr("Recorded: it was not applied; nothing was moved."))
            self._finish_buttons()
            if applied:
                self.ctx.money_moved()
                self.moved.emit()

        dialog.decided.connect(decided)
        dialog.open()
        dialog.check()


class ClientDetail(QWidget):
    """The selected client: balance, phones, API keys, actions."""

    onboarding_requested = Signal(int, str)  # client id, e-mail: phone step for this client
    resume_requested = Signal(str)  # session id
    money_moved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_detail")
        self.ctx = ctx
        self.ui = Ui_ClientDetailForm()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.banner = Banner(self)
        self.ui.outer_layout.insertWidget(0, self.banner)
        self.errors = FieldErrors(self, self.banner)
        font = self.ui.client_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.ui.client_title.setFont(font)
        self.phones = QStandardItemModel(self)
        self.ui.phones_view.setModel(self.phones)
        self.ui.phones_view.setEditTriggers(self.ui.phones_view.EditTrigger.NoEditTriggers)
        self.client: ClientRow | None = None
        self.session_id: str | None = None
        self.keys_task: TaskInfo | None = None
        self.money_dialog: MoneyDialog | None = None
        ui = self.ui
        ui.show_keys.toggled.connect(self._show_keys)
        ui.copy_key.clicked.connect(lambda: self._copy(ui.api_key.text()))
        ui.copy_secret.clicked.connect(lambda: self._copy(ui.api_secret.text()))
        ui.load_keys.clicked.connect(self.load_keys)
        ui.regenerate_keys.clicked.connect(self.regenerate_keys)
        ui.topup_client.clicked.connect(lambda: self.open_money("to_user"))
        ui.transfer_back.clicked.connect(lambda: self.open_money("to_reseller"))
        ui.phone_action.clicked.connect(self._phone_action)
        ui.continue_onboarding.clicked.connect(self._continue)
        self.show_client(None)

    # ErrorSurface
    def show_field_error(self, name: str, message: str) -> bool:
        return self.errors.show(name, message)

    def show_banner(self, message: str, level: str = "error") -> None:
        self.banner.show_message(message, level)

    def clear_errors(self) -> None:
        self.errors.clear()
        if self.banner.level == "error":
            self.banner.clear()

    # ------------------------------------------------------------------ content

    def show_client(self, client: ClientRow | None) -> None:
        changed = client is None or self.client is None or client.id != self.client.id
        self.client = client
        ui = self.ui
        for widget in (ui.money_row, ui.phones_box, ui.keys_box):
            if isinstance(widget, QWidget):
                widget.setEnabled(client is not None)
        for button in (ui.topup_client, ui.transfer_back, ui.phone_action, ui.load_keys,
                       ui.regenerate_keys):
            button.setEnabled(client is not None)
        if changed:
            self.ctx.runner.cancel_owner(self)
            self.banner.clear()
            ui.api_key.clear()
            ui.api_secret.clear()
            ui.show_keys.setChecked(False)
            self.phones.clear()
        ui.copy_key.setEnabled(bool(ui.api_key.text()))
        ui.copy_secret.setEnabled(bool(ui.api_secret.text()))
        if client is None:
            ui.client_title.setText(self.tr("No client selected"))
            ui.client_meta.setText(self.tr("Choose a client in the table."))
            ui.balance_value.setText("—")
            ui.continue_onboarding.hide()
            return
        ui.client_title.setText(f"{client.name or client.email} (#{client.id})")
        meta = [client.email]
        if client.organization:
            meta.append(client.organization)
        if client.phone:
            meta.append(client.phone)
        meta.append(self.tr("active") if client.is_active else self.tr("not active"))
        if client.created:
            meta.append(self.tr("created {0}").format(client.created))
        if client.last_login:
            meta.append(self.tr("last login {0}").format(client.last_login))
        ui.client_meta.setText("\n".join(meta))
        ui.balance_value.setText(
            f"{client.balance} {client.currency}".strip() if client.balance else "—")
        self.session_id = None
        for session in journal_for(self.ctx).unfinished_sessions(
                profile=self.ctx.profile.name if self.ctx.profile else None):
            if session.client_id == client.id:
                self.session_id = session.id
                break
        ui.continue_onboarding.setVisible(self.session_id is not None)
        if changed:
            self.load_details()

    def load_details(self) -> TaskInfo | None:
        """Fresh balance and contact phones (read-only)."""
        api = self.ctx.api
        client = self.client
        if api is None or client is None:
            return None

        async def read() -> tuple[Any, list[Any]]:
            user = await api.reseller.find_user(id=client.id)
            phones = await api.reseller.list_phones(user_id=client.id)
            return user, phones

        def done(found: tuple[Any, list[Any]]) -> None:
            user, phones = found
            if self.client is None or self.client.id != client.id:
                return
            if user.balance is not None:
                self.ui.balance_value.setText(format_money(Money.of(user.balance,
                                                                    user.currency or "")))
            self.phones.clear()
            for phone in phones:
                state = self.tr("confirmed") if phone.is_proved else self.tr("not confirmed")
                item = QStandardItem(f"{phone.number} — {state}")
                item.setData(bool(phone.is_proved), Qt.ItemDataRole.UserRole + 1)
                self.phones.appendRow(item)
            if not phones:
                self.phones.appendRow(QStandardItem(self.tr("No contact phone yet.")))

        return self.ctx.runner.run(read, title=self.tr("Read client details"), owner=self,
                                   name="details", on_success=done)

    # ------------------------------------------------------------------ API keys

    def _show_keys(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.api_key.setEchoMode(mode)
        self.ui.api_secret.setEchoMode(mode)

    def _copy(self, text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
            self.show_banner(self.tr("Copied to the clipboard."), "info")

    def _set_keys(self, keys: Any) -> None:
        self.ui.api_key.setText(str(keys.key))
        self.ui.api_secret.setText(str(keys.secret))
        self.ui.copy_key.setEnabled(True)
        self.ui.copy_secret.setEnabled(True)

    def load_keys(self) -> TaskInfo | None:
        """Read the client's keys (``GET``: never changes them)."""
        api, client = self.ctx.api, self.client
        if api is None or client is None or (self.keys_task and self.keys_task.running):
            return None
        self.keys_task = self.ctx.runner.run(
            lambda: api.reseller.get_api_key(user_id=client.id),
            title=self.tr("Read API keys"), owner=self, on_success=self._set_keys)
        return self.keys_task

    def regenerate_keys(self) -> TaskInfo | None:
        """New key pair, only after a confirmation that names the consequence."""
        api, client = self.ctx.api, self.client
        if api is None or client is None or (self.keys_task and self.keys_task.running):
            return None

        async def run() -> Any:
            answer = await ask(
                self, self.tr("Regenerate API keys"),
                self.tr("Make a new API key and secret for {0}?").format(
                    client.email or client.id),
                informative=self.tr(
                    "The current key and secret stop working at once: every PBX, CRM, "
                    "website or script of the client that uses them fails until it is given "
                    "the new pair."),
                icon=QMessageBox.Icon.Warning)
            if answer != QMessageBox.StandardButton.Yes:
                return None
            return await api.reseller.regenerate_api_key(user_id=client.id)

        def done(keys: Any) -> None:
            if keys is not None:
                self._set_keys(keys)
                self.show_banner(self.tr("New keys made; the old pair no longer works."),
                                 "warning")

        self.keys_task = self.ctx.runner.run(run, title=self.tr("Regenerate API keys"),
                                             owner=self, on_success=done)
        return self.keys_task

    # ------------------------------------------------------------------ actions

    def open_money(self, direction: Direction) -> MoneyDialog | None:
        if self.client is None or self.ctx.api is None:
            return None
        dialog = MoneyDialog(self.ctx, self.client, direction, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.moved.connect(self.money_moved)
        dialog.moved.connect(self.load_details)
        self.money_dialog = dialog
        dialog.open()
        dialog.read_balances()
        return dialog

    def _phone_action(self) -> None:
        if self.client is not None:
            self.onboarding_requested.emit(self.client.id, self.client.email)

    def _continue(self) -> None:
        if self.session_id is not None:
            self.resume_requested.emit(self.session_id)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)  # type: ignore[no-untyped-call]
        self.show_client(self.client)
