"""The order flow: choices, the document checklist, the total beside the balance, a top-up
if it is short, the order sent once, a lost answer read back, then routing the new number.

Why one dialog: a wrong or failing order must be hard to place, so everything that decides
it (the group fits the city, the money is there) is checked and shown before the one button
that sends; and a number is useless until it rings somewhere, so routing follows at once.
"""

from __future__ import annotations

import logging
from decimal import ROUND_UP, Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from zaddesk.api.errors import ApiError
from zaddesk.api.resources.numbers import Direction
from zaddesk.core.money import Money
from zaddesk.core.numbers import ShopNumber
from zaddesk.core.orders import (
    GroupCheck,
    NumberDesk,
    OrderForm,
    needs,
    order_issues,
    order_total,
)
from zaddesk.core.sendonce import Blocked, Unknown, Verdict
from zaddesk.gui.forms.ui_number_order import Ui_OrderDialogForm
from zaddesk.gui.messages import describe_error
from zaddesk.gui.numbers.models import display_number, money, need_noun
from zaddesk.gui.page import Banner, ErrorSurfaceMixin, FieldErrors
from zaddesk.gui.tasks import TaskInfo

if TYPE_CHECKING:
    from zaddesk.core.sendonce import Settlement
    from zaddesk.gui.context import AppContext, CurrentClient

__all__ = ["OrderDialog", "classify_refusal"]

log = logging.getLogger("zaddesk.gui.numbers")

ORDER_PAGE, ROUTE_PAGE, LOST_PAGE = 0, 1, 2


def classify_refusal(exc: ApiError) -> tuple[str, str]:
    """The field an order refusal concerns and what to tell the rep (never the server text)."""
    text = exc.message.casefold()
    if "insufficient" in text or "not enough" in text or "balance" in text:
        return "period", QCoreApplication.translate(
            "OrderDialog", "The client's balance is too low for this order. Top it up first.")
    if "no longer available" in text or "taken" in text or "not available" in text:
        return "number", QCoreApplication.translate(
            "OrderDialog", "Someone took this number meanwhile. Pick another one.")
    if "purpose" in text:
        return "purpose", QCoreApplication.translate(
            "OrderDialog", "This city needs the purpose of the number.")
    if "document" in text or "group" in text or "address" in text:
        return "documents_group_id", QCoreApplication.translate("OrderDialog",
            "The document group does not meet this city's requirements.")
    if "sms" in text:
        return "receive_sms", QCoreApplication.translate(
            "OrderDialog", "Numbers of this city cannot receive SMS.")
    return "", QCoreApplication.translate("OrderDialog", "The server refused the order.")


class OrderDialog(ErrorSurfaceMixin, QDialog):
    """Order ``number`` (or any free number) of ``direction`` for ``client``."""

    ordered = Signal(str)  # the number now owned
    handover = Signal(dict)  # the rep goes to the Documents page: what to open it with

    def __init__(self, ctx: AppContext, client: CurrentClient, direction: Direction,
                 number: ShopNumber | None, desk: NumberDesk,
                 parent: QWidget | None = None, *, choices: dict[str, Any] | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("order_dialog")
        self.ctx = ctx
        self.client = client
        self.direction = direction
        self.number = number
        self.desk = desk
        self.ui = Ui_OrderDialogForm()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.banner = Banner(self)
        self.ui.outer_layout.insertWidget(0, self.banner)
        self.errors = FieldErrors(self, self.banner)
        self.balance: Money | None = None
        self.check_result: GroupCheck | None = None
        self.check_task: TaskInfo | None = None
        self.send_task: TaskInfo | None = None
        self.lost_step: int | None = None
        self.new_number = ""
        self.pbx_id: int | None = None
        self._choices = dict(choices or {})
        ui = self.ui
        ui.period.addItem("", "month")
        ui.period.addItem("", "3month")
        ui.autorenew_period.addItem("", None)
        ui.autorenew_period.addItem("", "month")
        ui.autorenew_period.addItem("", "year")
        _upload, specify = needs(direction)
        ui.receive_sms.setVisible(bool(direction.receive_sms))
        wants_purpose = "purpose" in specify
        ui.purpose.setVisible(wants_purpose)
        ui.purpose_label.setVisible(wants_purpose)
        ui.topup_row.hide()
        ui.route.hide()
        ui.order_steps.setCurrentIndex(ORDER_PAGE)
        ui.documents_group_id.currentIndexChanged.connect(lambda _i: self.recheck())
        ui.period.currentIndexChanged.connect(lambda _i: self._show_money())
        ui.recheck.clicked.connect(self.recheck)
        ui.open_documents.clicked.connect(self._to_documents)
        ui.topup.clicked.connect(self.topup)
        ui.send_order.clicked.connect(self.send)
        ui.close_button.clicked.connect(self.reject)
        ui.route.clicked.connect(self.route)
        ui.lost_applied.clicked.connect(lambda: self.decide(True))
        ui.lost_not_applied.clicked.connect(lambda: self.decide(False))
        ui.lost_check.clicked.connect(self.read_back)
        ui.sip_id.textEdited.connect(lambda _t: ui.route_sip.setChecked(True))
        ui.extension.currentIndexChanged.connect(
            lambda _i: ui.route_extension.setChecked(ui.extension.count() > 0))
        if "purpose" in self._choices:
            ui.purpose.setText(str(self._choices["purpose"]))
        if self._choices.get("period") == "3month":
            ui.period.setCurrentIndex(1)
        self.retranslate()
        self.load()

    # ------------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)  # type: ignore[no-untyped-call]
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        ui = self.ui
        ui.period.setItemText(0, self.tr("1 month"))
        ui.period.setItemText(1, self.tr("3 months"))
        ui.autorenew_period.setItemText(0, self.tr("As the account is set"))
        ui.autorenew_period.setItemText(1, self.tr("Every month"))
        ui.autorenew_period.setItemText(2, self.tr("Every year"))
        whom = self.client.name or self.client.email or (
            self.tr("your own dealer account") if self.client.user_id is None
            else str(self.client.user_id))
        ui.order_summary.setText(self.tr("{city} (+{cc} {area}) for {whom}").format(
            city=self.direction.name, cc=self.direction.country_code,
            area=self.direction.area_code, whom=whom))
        ui.number.setText(display_number(self.number) if self.number
                          else self.tr("Any free number of this city"))
        self._show_money()
        self._show_check()

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        """The client's document groups, balance and PBX (for routing afterwards)."""
        uid = self.client.user_id
        api = self.ctx.api
        assert api is not None

        async def read() -> tuple[list[Any], Money, Any]:
            groups = await api.documents.list_groups(user_id=uid)
            balance = await api.info.balance(user_id=uid)
            try:
                pbx = await api.pbx.list_extensions(user_id=uid)
            except ApiError:
                pbx = None
            return groups, Money.of(balance.balance, balance.currency), pbx

        def done(result: tuple[list[Any], Money, Any]) -> None:
            groups, self.balance, pbx = result
            combo = self.ui.documents_group_id
            combo.blockSignals(True)
            combo.clear()
            wanted = self._choices.get("documents_group_id")
            for g in groups:
                name = " ".join(p for p in (g.first_name, g.last_name) if p) or g.email
                place = ", ".join(p for p in (g.city, g.address) if p)
                combo.addItem(f"#{g.id} {name}" + (f" — {place}" if place else ""), g.id)
                if wanted is not None and g.id == wanted:
                    combo.setCurrentIndex(combo.count() - 1)
            if combo.count() == 0:
                combo.addItem(self.tr("Main group"), 0)
            elif wanted is None:
                # The group that fills the most is the likely one: prefer one with an address.
                for i, g in enumerate(groups):
                    if g.address:
                        combo.setCurrentIndex(i)
                        break
            combo.blockSignals(False)
            if pbx is not None:
                self.pbx_id = pbx.pbx_id
                for ext in pbx.numbers:
                    self.ui.extension.addItem(str(ext), str(ext))
            self._show_money()
            self.recheck()

        self.ctx.runner.run(read, title=self.tr("Read the client's groups and balance"),
                            owner=self, on_success=done)

    def group_id(self) -> int:
        data = self.ui.documents_group_id.currentData()
        return int(data) if data is not None else 0

    def recheck(self) -> None:
        """Ask the server whether the group is enough for this city; show the checklist."""
        if self.ui.documents_group_id.count() == 0:
            return
        gid = self.group_id()
        client_id = self.client.user_id

        def done(check: GroupCheck) -> None:
            self.check_result = check
            self._show_check()
            self.ui.send_order.setEnabled(True)

        def failed(_exc: BaseException) -> bool:
            self.ui.send_order.setEnabled(True)
            return False

        self.check_result = None
        self._show_check()
        self.ui.send_order.setEnabled(False)  # until the server said whether the group fits
        self.check_task = self.ctx.runner.run(
            lambda: self.desk.check(self.direction, gid, client_id),
            title=self.tr("Check the document group"), owner=self, name="order-check",
            on_success=done, on_error=failed)

    # ------------------------------------------------------------------ showing

    def _show_check(self) -> None:
        ui = self.ui
        ui.checklist.clear()
        check = self.check_result
        upload, specify = needs(self.direction)
        has_needs = bool(upload or [s for s in specify if s != "purpose"])
        ui.checklist.setVisible(has_needs)
        ui.open_documents.setVisible(has_needs)
        ui.recheck.setVisible(has_needs)
        if not has_needs:
            ui.checklist_title.setText(self.tr("This city needs no documents."))
            return
        ui.checklist_title.setText(self.tr("Documents for this city:"))
        if check is None:
            ui.checklist.addItem(self.tr("Checking…"))
            return
        good = self.palette().color(QPalette.ColorRole.Text)
        bad = QColor("#b3261e")
        for entry in check.items:
            if entry.key == "information":
                text = self.tr("The group's personal data is complete")
                fix = self.tr("complete the group on the Documents page")
            elif entry.key == "address":
                text = self.tr("The group's address is in the number's country")
                fix = self.tr("edit the group's address on the Documents page")
            elif entry.key == "document":
                noun = need_noun(entry.document)
                text = noun[:1].upper() + noun[1:]
                fix = self.tr("upload it on the Documents page")
            else:
                text = self.tr("The documents are verified")
                fix = self.tr("the number stays reserved until they are")
            mark = "✓" if entry.ok else ("✗" if entry.blocking else "…")
            line = f"{mark}  {text}" + ("" if entry.ok else f" — {fix}")
            item = QListWidgetItem(line)
            item.setData(256, entry.key)
            item.setForeground(good if entry.ok or not entry.blocking else bad)
            ui.checklist.addItem(item)

    def total(self) -> Money:
        return order_total(self.direction, str(self.ui.period.currentData()))

    def _show_money(self) -> None:
        ui = self.ui
        total = self.total()
        months = 3 if ui.period.currentData() == "3month" else 1
        ui.total.setText(self.tr("{total} (connection {fee} + {months} × {monthly})").format(
            total=money(total.amount, total.currency),
            fee=money(self.direction.connect_fee, self.direction.currency),
            months=months, monthly=money(self.direction.monthly_fee, self.direction.currency)))
        if self.balance is None:
            ui.balance.setText(self.tr("reading…"))
            ui.topup_row.hide()
            return
        ui.balance.setText(money(self.balance.amount, self.balance.currency))
        short = total.amount - self.balance.amount
        if self.balance.currency == total.currency and short > 0:
            amount = short.quantize(Decimal("0.01"), rounding=ROUND_UP)
            if self.client.user_id is None:
                ui.topup_text.setText(self.tr(
                    "Not enough money: {0} short. Top up the dealer account first.").format(
                        money(amount, total.currency)))
                ui.topup_amount.hide()
                ui.topup.hide()
            else:
                ui.topup_text.setText(self.tr("Not enough money: {0} short.").format(
                    money(amount, total.currency)))
                if not ui.topup_amount.text():
                    ui.topup_amount.setText(QLocale().toString(float(amount), "f", 2))
                ui.topup_amount.show()
                ui.topup.show()
            ui.topup_row.show()
        else:
            ui.topup_row.hide()

    # ------------------------------------------------------------------ hand-over

    def choices(self) -> dict[str, Any]:
        return {"documents_group_id": self.group_id(), "period": self.ui.period.currentData(),
                "purpose": self.ui.purpose.text()}

    def _to_documents(self) -> None:
        args = {"direction_id": int(self.direction.id),
                "documents_group_id": self.group_id()}
        self.handover.emit({**args, "choices": self.choices()})
        self.reject()
        self.ctx.open_page("documents", **args)

    # ------------------------------------------------------------------ money

    def topup(self) -> None:
        """Move the shortfall from the dealer through the journaled top-up; sent once."""
        from zaddesk.core.payments import MoneyDesk, MoveFailed, MoveUnknown
        from zaddesk.gui.journals import journal_for

        client_id = self.client.user_id
        if client_id is None or self.ctx.api is None:
            return
        amount = self.ui.topup_amount.text().strip().replace(",", ".")
        currency = self.total().currency
        profile = self.ctx.profile.name if self.ctx.profile is not None else ""
        money_desk = MoneyDesk(self.ctx.api, journal_for(self.ctx), profile=profile)

        def done(_move: Any) -> None:
            self.ui.topup_amount.clear()
            self.ctx.money_moved()
            self.ctx.client_updated.emit(client_id)
            self.show_banner(self.tr("Top-up done."), "info")
            self.load()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, MoveFailed):
                from zaddesk.gui.messages import issue_text

                issue = next(iter(exc.issues.values()))
                self.show_field_error("topup_amount", issue_text(issue))
                return True
            if isinstance(exc, MoveUnknown):
                from zaddesk.gui.reconcile import ReconcileDialog

                step_id = exc.step.id
                dialog = ReconcileDialog(
                    self.ctx, None, step_id, self, journal=money_desk.journal,
                    check=lambda: money_desk.reconcile(step_id),
                    resolve=lambda applied, note: money_desk.resolve(
                        step_id, applied=applied, note=note))
                dialog.decided.connect(lambda _applied: self.load())
                dialog.open()
                dialog.check()
                return True
            return False

        self.ctx.runner.run(lambda: money_desk.topup(client_id, amount, currency),
                            title=self.tr("Top up the client"), owner=self,
                            on_success=done, on_error=failed)

    # ------------------------------------------------------------------ order

    def form(self) -> OrderForm:
        ui = self.ui
        sms = ui.receive_sms.isChecked() if ui.receive_sms.isVisible() else None
        return OrderForm(
            direction_id=int(self.direction.id),
            documents_group_id=self.group_id(),
            number_id=self.number.number_id if self.number else None,
            number=self.number.number if self.number else "",
            period="3month" if ui.period.currentData() == "3month" else "month",
            autorenew_period=ui.autorenew_period.currentData(),
            receive_sms=sms,
            purpose=ui.purpose.text().strip() or None,
        )

    def send(self) -> None:
        """Check everything here, then send the order once."""
        self.clear_errors()
        form = self.form()
        issues = order_issues(form, self.direction, balance=self.balance)
        if "purpose" in issues:
            self.show_field_error("purpose", self.tr("Say what the number will be used for."))
        if "period" in issues:
            self.show_field_error("period", self.tr(
                "The total is more than the balance. Top up first."))
        if issues:
            return
        if self.check_result is None or (self.check_task and self.check_task.running):
            self.show_banner(self.tr("The document group is still being checked."), "info")
            return
        if not self.check_result.ok:
            self.show_field_error("documents_group_id", self.tr(
                "This group is not ready for this city: see the checklist below."))
            return
        client = self.client
        whom = client.name or client.email or ("" if client.user_id is None
                                               else str(client.user_id))

        def done(sent: Any) -> None:
            self.finished_order(str(sent.value.number))

        self.ui.send_order.setEnabled(False)
        self.send_task = self.ctx.runner.run(
            lambda: self.desk.order(form, self.direction, client.user_id, whom=whom),
            title=self.tr("Order a number"), owner=self, on_success=done,
            on_error=self._order_failed)

    def _order_failed(self, exc: BaseException) -> bool:
        self.ui.send_order.setEnabled(True)
        if isinstance(exc, Unknown | Blocked):
            self.lost(exc.step.id)
            return True
        if isinstance(exc, ApiError):
            name, text = classify_refusal(exc)
            if name == "number":
                self.ui.number_error.setToolTip(exc.message)
            if not name or not self.show_field_error(name, text):
                self.show_banner(text + "\n" + self.tr("Details: {0}").format(exc.message))
            elif name == "period":
                self.load()
            return True
        self.show_banner(describe_error(exc))
        return True

    def finished_order(self, number: str) -> None:
        self.new_number = number
        self.ordered.emit(number)
        if self.client.user_id is not None:
            self.ctx.client_updated.emit(self.client.user_id)
        self.show_routing()

    # ------------------------------------------------------------------ lost answer

    def lost(self, step_id: int) -> None:
        self.lost_step = step_id
        ui = self.ui
        ui.order_steps.setCurrentIndex(LOST_PAGE)
        ui.send_order.hide()
        ui.lost_text.setText(self.tr(
            "The answer to the order was lost, so it may or may not have gone through. "
            "The console never orders again by itself: it compares the client's numbers "
            "and balance with those read just before sending."))
        self.read_back()

    def read_back(self) -> None:
        step_id = self.lost_step
        if step_id is None:
            return
        self.ui.lost_finding.setText(self.tr("Reading the client's numbers…"))
        self.ui.lost_applied.setEnabled(False)
        self.ui.lost_not_applied.setEnabled(False)

        def done(found: Settlement[Any]) -> None:
            finding = found.finding
            new = ", ".join("+" + n for n in getattr(finding, "new_numbers", ()))
            if found.verdict is Verdict.APPLIED:
                text = self.tr("{0} is now among the client's numbers: the order went "
                               "through.").format(new)
            elif found.verdict is Verdict.NOT_APPLIED:
                text = self.tr("No new number and the balance is unchanged: the order did "
                               "not go through.")
            else:
                text = self.tr("Something changed, but not as this order would. Check the "
                               "client's numbers before deciding.")
            self.ui.lost_finding.setText(text)
            self.lost_new = tuple(getattr(finding, "new_numbers", ()))
            self.ui.lost_applied.setEnabled(True)
            self.ui.lost_not_applied.setEnabled(True)

        self.ctx.runner.run(lambda: self.desk.check_lost(step_id),
                            title=self.tr("Read the client's numbers"), owner=self,
                            on_success=done)

    def decide(self, applied: bool) -> None:
        step_id = self.lost_step
        if step_id is None:
            return
        self.desk.decide(step_id, applied=applied, note="decided in the order dialog")
        self.lost_step = None
        new = getattr(self, "lost_new", ())
        if applied and new:
            self.finished_order(new[0])
            return
        if applied:
            self.accept()
            return
        self.ui.order_steps.setCurrentIndex(ORDER_PAGE)
        self.ui.send_order.show()
        self.ui.send_order.setEnabled(True)
        self.show_banner(self.tr("Recorded as not ordered. You may order again."), "info")

    # ------------------------------------------------------------------ routing

    def show_routing(self) -> None:
        ui = self.ui
        ui.order_steps.setCurrentIndex(ROUTE_PAGE)
        ui.send_order.hide()
        ui.route.show()
        ui.route.setDefault(True)
        ui.close_button.setText(self.tr("&Later"))
        ui.route_intro.setText(self.tr(
            "+{0} is ordered. Where should its calls go?").format(self.new_number))
        has_pbx = self.pbx_id is not None
        ui.route_pbx.setEnabled(has_pbx)
        ui.route_extension.setEnabled(ui.extension.count() > 0)
        ui.extension.setEnabled(ui.extension.count() > 0)
        if has_pbx:
            ui.route_pbx.setChecked(True)
        else:
            ui.route_sip.setChecked(True)
            ui.sip_id.setFocus()

    def route(self) -> None:
        ui = self.ui
        self.clear_errors()
        if ui.route_pbx.isChecked() and self.pbx_id is not None:
            sip_id = str(self.pbx_id)
        elif ui.route_extension.isChecked() and ui.extension.count():
            sip_id = str(ui.extension.currentData())
        else:
            sip_id = ui.sip_id.text().strip()
            if not sip_id:
                self.show_field_error("sip_id", self.tr(
                    "Type a SIP login (digits) or a SIP URI such as 100@pbx.example.com."))
                return
        api = self.ctx.api
        assert api is not None
        number = self.new_number
        test_mode = ui.test_mode.isChecked()
        uid = self.client.user_id

        def done(_r: Any) -> None:
            self.accept()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, ApiError):
                self.show_field_error("sip_id", self.tr(
                    "This is neither a SIP login of the account nor a SIP URI."))
                ui.sip_id_error.setToolTip(exc.message)
                return True
            return False

        self.ctx.runner.run(
            lambda: api.numbers.set_sip_id(number, sip_id, test_mode=test_mode, user_id=uid),
            title=self.tr("Route the new number"), owner=self, on_success=done,
            on_error=failed)

