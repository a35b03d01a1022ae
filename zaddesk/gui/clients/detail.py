"""A client's detail panel (``ui/client_detail.ui``) and the dialog that moves money.

The panel shows what the cache knows at once, then reads the fresh balance and the contact
phones (read-only). API keys are read only when the rep asks (``GET``), shown masked, and
regenerated (``POST``, which breaks every integration using the old pair) only after a
confirmation that says so.

``MoneyDialog`` tops a client up or moves money back (``money_transfer to_reseller``) through
the core's ``MoneyDesk``: journaled before sending, one request per confirmation, a lost
answer opens the reconcile dialog and nothing is re-sent. A move whose answer was lost (even
before a crash) blocks the next one for that client until the rep decides it: the panel
shows "Decide a lost money move…" for it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from zaddesk.core.money import Balances, Money
from zaddesk.gui.context import AppContext
from zaddesk.gui.dialogs import ask
from zaddesk.gui.forms.ui_client_detail import Ui_ClientDetailForm
from zaddesk.gui.journals import journal_for
from zaddesk.gui.page import Banner, ErrorSurfaceMixin, FieldErrors
from zaddesk.gui.reconcile import ReconcileDialog, format_money
from zaddesk.gui.tasks import TaskInfo

if TYPE_CHECKING:
    # The money desk, validation (phonenumbers) and the API client load when money is moved,
    # not with the Clients page (start-up time).
    from zaddesk.core.clients import ClientRow
    from zaddesk.core.payments import MoneyDesk, Move
    from zaddesk.core.validation import Issue

__all__ = ["ClientDetail", "MoneyDialog", "money_desk", "reconcile_move"]

log = logging.getLogger("zaddesk.gui.clients")

Direction = Literal["to_user", "to_reseller"]


def display_phone(number: str) -> str:
    """``48501234567`` as people read it (``+48 501 234 567``); unchanged when not a number."""
    import phonenumbers  # here: a client's detail is not needed to start

    digits = "".join(c for c in number if c.isdigit())
    if len(digits) < 6:
        return number
    try:
        parsed = phonenumbers.parse("+" + digits)
    except phonenumbers.NumberParseException:
        return number
    if not phonenumbers.is_possible_number(parsed):
        return number
    return str(phonenumbers.format_number(parsed,
                                          phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def money_desk(ctx: AppContext) -> MoneyDesk:
    """The money desk of the current connection (the journal is shared per context)."""
    from zaddesk.core.payments import MoneyDesk

    assert ctx.api is not None
    profile = ctx.profile.name if ctx.profile is not None else ""
    return MoneyDesk(ctx.api, journal_for(ctx), profile=profile)


def reconcile_move(ctx: AppContext, desk: MoneyDesk, step_id: int,
                   parent: QWidget | None) -> ReconcileDialog:
    """The reconcile dialog for a money move whose answer was lost (opened, checking)."""
    dialog = ReconcileDialog(
        ctx, None, step_id, parent, journal=desk.journal,
        check=lambda: desk.reconcile(step_id),
        resolve=lambda applied, note: desk.resolve(step_id, applied=applied, note=note))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.check()
    return dialog


class MoneyDialog(ErrorSurfaceMixin, QDialog):
    """Top up a client, or move money back; explicit confirmation, sent once."""

    moved = Signal()

    def __init__(self, ctx: AppContext, client: ClientRow, direction: Direction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("money_dialog")
        self.ctx = ctx
        self.client = client
        self.direction: Direction = direction
        from zaddesk.gui.forms.ui_topup_dialog import Ui_TopupDialogForm

        self.desk = money_desk(ctx)
        self.ui = Ui_TopupDialogForm()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.banner = Banner(self)
        self.ui.outer_layout.insertWidget(0, self.banner)
        self.errors = FieldErrors(self, self.banner)
        self.before: Balances | None = None
        self.task: TaskInfo | None = None
        self.completed = False
        self.reconcile_dialog: ReconcileDialog | None = None
        currencies = [c for c in (client.currency, "USD", "EUR", "PLN") if c]
        for code in dict.fromkeys(currencies):
            self.ui.currency.addItem(code, code)
        # textChanged comes after textEdited, on which a shown field error clears itself.
        self.ui.amount.textChanged.connect(lambda _t: self._changed())
        self.ui.currency.currentIndexChanged.connect(lambda _i: self._changed())
        self.ui.confirm_amount.toggled.connect(lambda _c: self._update())
        self.ui.buttons.accepted.connect(self.send)
        self.ui.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "desk"):
            self.ui.retranslateUi(self)  # type: ignore[no-untyped-call]
            self.retranslate()
            confirmed = self.ui.confirm_amount.isChecked()
            self._changed()  # the confirmation names the amount in the new language
            self.ui.confirm_amount.setChecked(confirmed)
            if self.before is not None:
                self.ui.dealer_balance.setText(format_money(self.before.dealer))
                self.ui.client_balance.setText(format_money(self.before.client))
        super().changeEvent(event)

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

    def read_balances(self) -> TaskInfo:
        """Show both balances (read-only)."""

        def done(balances: Balances) -> None:
            self.before = balances
            self.ui.dealer_balance.setText(format_money(balances.dealer))
            self.ui.client_balance.setText(format_money(balances.client))

        return self.ctx.runner.run(lambda: self.desk.balances(self.client.id),
                                   title=self.tr("Read balances"), owner=self,
                                   name="balances", on_success=done)

    def amount(self) -> Decimal | Issue:
        from zaddesk.core.validation import check_amount

        return check_amount(self.ui.amount.text(), currency=self.currency())

    def currency(self) -> str:
        return str(self.ui.currency.currentData() or "")

    def _changed(self) -> None:
        from zaddesk.core.validation import Issue
        from zaddesk.gui.messages import issue_text, move_limit_text

        self.ui.confirm_amount.setChecked(False)
        self.ui.amount_limit.setText(move_limit_text(self.currency()))
        amount = self.amount()
        # OK stays disabled while the amount is refused: say why at the field.
        if isinstance(amount, Issue) and self.ui.amount.text().strip():
            self.errors.show("amount", issue_text(amount))
        else:
            self.errors.clear("amount")
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
        from zaddesk.core.validation import Issue
        from zaddesk.gui.messages import issue_text

        amount = self.amount()
        if isinstance(amount, Issue):
            self.show_field_error("amount", issue_text(amount))
            return None
        if not self.ui.confirm_amount.isChecked():
            return None
        currency = self.currency()
        desk, client_id = self.desk, self.client.id
        coro: Callable[[], Awaitable[Move]]
        if self.direction == "to_user":
            coro = lambda: desk.topup(client_id, amount, currency)  # noqa: E731
        else:
            coro = lambda: desk.take_back(client_id, amount, currency)  # noqa: E731
        self.task = self.ctx.runner.run(
            coro, title=self.windowTitle(), owner=self, on_success=self._sent,
            on_error=self._failed)
        if self.task.task is not None:
            self.task.task.add_done_callback(lambda _t: self._update())
        self._update()
        return self.task

    def _sent(self, move: Move) -> None:
        from zaddesk.core.payments import MoveKind

        self.completed = True
        if move.kind is MoveKind.TOPUP:
            text = self.tr("Done: {0} debited from your dealer balance, {1} credited to the "
                           "client.").format(format_money(move.debited),
                                             format_money(move.credited))
        else:
            text = self.tr("Done: {0} moved back to your dealer balance.").format(
                format_money(move.requested))
        after = move.after
        self.ui.dealer_balance.setText(self.tr("{0} → {1}").format(
            format_money(move.before.dealer), format_money(after.dealer if after else None)))
        self.ui.client_balance.setText(self.tr("{0} → {1}").format(
            format_money(move.before.client), format_money(after.client if after else None)))
        self.ui.topup_result.setText(text)
        self._finish_buttons()
        self.ctx.money_moved()
        self.moved.emit()

    def _finish_buttons(self) -> None:
        self.ui.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self._update()

    def _failed(self, exc: BaseException) -> bool:
        from zaddesk.core.payments import MoveBlocked, MoveFailed, MoveUnknown
        from zaddesk.gui.messages import issue_text

        if isinstance(exc, MoveFailed):
            for name, issue in exc.issues.items():
                if not self.show_field_error(name, issue_text(issue)):
                    self.show_banner(issue_text(issue))
            return True
        if isinstance(exc, MoveUnknown | MoveBlocked):
            if isinstance(exc, MoveBlocked):
                self.show_banner(self.tr(
                    "An earlier money move for this client has an unknown outcome; decide it "
                    "first."), "warning")
            self.open_reconcile(exc.step.id)
            return True
        return False  # the runner explains it in the banner

    def open_reconcile(self, step_id: int) -> ReconcileDialog:
        dialog = reconcile_move(self.ctx, self.desk, step_id, self)
        self.reconcile_dialog = dialog

        def decided(applied: bool) -> None:
            self.completed = True
            self.ui.topup_result.setText(
                self.tr("Recorded: it was applied.") if applied
                else self.tr("Recorded: it was not applied; nothing was moved."))
            self._finish_buttons()
            self.moved.emit()
            if applied:
                self.ctx.money_moved()

        dialog.decided.connect(decided)
        return dialog


class ClientDetail(ErrorSurfaceMixin, QWidget):
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
        ui.decide_move.clicked.connect(lambda: self.decide_lost_move())
        self.lost_move: int | None = None
        self.reconcile_dialog: ReconcileDialog | None = None
        self.show_client(None)

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
            meta.append(display_phone(client.phone))
        meta.append(self.tr("active") if client.is_active else self.tr("not active"))
        if client.created:
            meta.append(self.tr("created {0}").format(client.created))
        if client.last_login:
            meta.append(self.tr("last login {0}").format(client.last_login))
        ui.client_meta.setText("\n".join(meta))
        ui.balance_value.setText(self._cached_balance(client))
        self.session_id = None
        for session in journal_for(self.ctx).unfinished_sessions(
                profile=self.ctx.profile.name if self.ctx.profile else None):
            if session.client_id == client.id:
                self.session_id = session.id
                break
        ui.continue_onboarding.setVisible(self.session_id is not None)
        self._check_lost_moves()
        if changed:
            self.load_details()

    @staticmethod
    def _cached_balance(client: ClientRow) -> str:
        """The cached balance in the UI's number format until the fresh one arrives."""
        if not client.balance:
            return "—"
        try:
            return format_money(Money.of(client.balance, client.currency or ""))
        except (ArithmeticError, ValueError):
            return f"{client.balance} {client.currency}".strip()

    def phone_numbers(self) -> list[str]:
        """The shown client's contact phones as the server listed them (may be empty)."""
        numbers = (self.phones.item(r).data(Qt.ItemDataRole.UserRole + 2)
                   for r in range(self.phones.rowCount()))
        return [str(n) for n in numbers if n]

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
                item = QStandardItem(f"{display_phone(phone.number)} — {state}")
                item.setData(bool(phone.is_proved), Qt.ItemDataRole.UserRole + 1)
                item.setData(phone.number, Qt.ItemDataRole.UserRole + 2)
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
        dialog.finished.connect(lambda _r: self._check_lost_moves())
        self.money_dialog = dialog
        dialog.open()
        dialog.read_balances()
        return dialog

    def _phone_action(self) -> None:
        if self.client is not None:
            self.onboarding_requested.emit(self.client.id, self.client.email)

    def _check_lost_moves(self) -> None:
        """A money move whose answer was lost (journal only; sends nothing)."""
        client = self.client
        self.lost_move = None
        if client is not None and self.ctx.api is not None:
            undecided = money_desk(self.ctx).undecided(client.id)
            self.lost_move = undecided[0].id if undecided else None
        self.ui.decide_move.setVisible(self.lost_move is not None)
        if self.lost_move is not None:
            self.show_banner(self.tr(
                "The answer to a money move for this client was lost; it may or may not have "
                "been applied. Check the balances and decide before moving money again."),
                "warning")

    def decide_lost_move(self) -> ReconcileDialog | None:
        if self.lost_move is None or self.ctx.api is None:
            return None
        current = self.reconcile_dialog
        if current is not None and shiboken6.isValid(current) and current.isVisible():
            return current
        dialog = reconcile_move(self.ctx, money_desk(self.ctx), self.lost_move, self)
        dialog.decided.connect(lambda _applied: self._decided())
        self.reconcile_dialog = dialog
        return dialog

    def _decided(self) -> None:
        self.banner.clear()
        self._check_lost_moves()
        self.money_moved.emit()

    def _continue(self) -> None:
        if self.session_id is not None:
            self.resume_requested.emit(self.session_id)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)  # type: ignore[no-untyped-call]
        self.show_client(self.client)
