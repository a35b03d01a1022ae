"""The owned-numbers tab: the account's numbers, expiring ones marked, and per number its
renewal, prepay (sent once), caller name, SMS, channels, routing and document problems."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zaddesk.api.errors import ApiError
from zaddesk.api.resources.numbers import DirectNumber
from zaddesk.core.orders import caller_name_issue
from zaddesk.core.sendonce import Blocked, Unknown, Verdict
from zaddesk.gui.numbers.models import OwnedModel, RowRole, money

if TYPE_CHECKING:
    from zaddesk.core.orders import NumberDesk
    from zaddesk.core.sendonce import Settlement
    from zaddesk.gui.numbers.page import NumberShopPage

__all__ = ["OwnedTab"]

log = logging.getLogger("zaddesk.gui.numbers")


def _error_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"{name}_error")
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


class OwnedTab(QWidget):
    """Lives inside the page (its errors go to the page's field errors and banner)."""

    def __init__(self, page: NumberShopPage) -> None:
        super().__init__(page)
        self.setObjectName("owned_tab")
        self.page = page
        self.ctx = page.ctx
        self.current: DirectNumber | None = None
        self.sms_on: bool | None = None  # as read from the server for the current number
        self.group_id: int | None = None
        self.lost_step: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(split, 1)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table_label = QLabel(left)
        left_layout.addWidget(self.table_label)
        self.model = OwnedModel(self)
        self.table = QTableView(left)
        self.table.setObjectName("owned_numbers")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table_label.setBuddy(self.table)
        left_layout.addWidget(self.table, 1)
        self.empty = QLabel(left)
        self.empty.setObjectName("owned_empty")
        self.empty.setWordWrap(True)
        left_layout.addWidget(self.empty)
        self.table.selectionModel().currentRowChanged.connect(lambda c, _p: self._select(c.row()))

        box = QGroupBox(split)
        box.setObjectName("owned_detail")
        self.box = box
        form = QFormLayout(box)
        self.autorenew = QCheckBox(box)
        self.autorenew.setObjectName("autorenew")
        form.addRow(self.autorenew)
        self.months_label = QLabel(box)
        self.months = QSpinBox(box)
        self.months.setObjectName("months")
        self.months.setRange(1, 12)
        self.prolong_button = QPushButton(box)
        self.prolong_button.setObjectName("prolong")
        row = QHBoxLayout()
        row.addWidget(self.months)
        row.addWidget(self.prolong_button)
        row.addStretch(1)
        self.months_label.setBuddy(self.months)
        form.addRow(self.months_label, row)
        self.prolong_info = QLabel(box)
        self.prolong_info.setObjectName("prolong_info")
        self.prolong_info.setWordWrap(True)
        form.addRow(self.prolong_info)
        self.lost_box = QWidget(box)
        lost_row = QHBoxLayout(self.lost_box)
        lost_row.setContentsMargins(0, 0, 0, 0)
        self.lost_text = QLabel(self.lost_box)
        self.lost_text.setObjectName("prolong_lost")
        self.lost_text.setWordWrap(True)
        self.lost_yes = QPushButton(self.lost_box)
        self.lost_yes.setObjectName("prolong_applied")
        self.lost_no = QPushButton(self.lost_box)
        self.lost_no.setObjectName("prolong_not_applied")
        lost_row.addWidget(self.lost_text, 1)
        lost_row.addWidget(self.lost_yes)
        lost_row.addWidget(self.lost_no)
        self.lost_box.hide()
        form.addRow(self.lost_box)
        self.caller_label = QLabel(box)
        self.caller_name = QLineEdit(box)
        self.caller_name.setObjectName("caller_name")
        self.caller_name.setMaxLength(40)
        self.caller_name.setProperty("zaddesk_clears", True)  # checked as typed, below
        self.caller_label.setBuddy(self.caller_name)
        form.addRow(self.caller_label, self.caller_name)
        form.addRow("", _error_label("caller_name", box))
        self.receive_sms = QCheckBox(box)
        self.receive_sms.setObjectName("receive_sms")
        form.addRow(self.receive_sms)
        self.channels_label = QLabel(box)
        self.channels = QSpinBox(box)
        self.channels.setObjectName("channels")
        self.channels.setRange(1, 30)
        self.channels_label.setBuddy(self.channels)
        form.addRow(self.channels_label, self.channels)
        self.route_label = QLabel(box)
        self.sip_id = QLineEdit(box)
        self.sip_id.setObjectName("sip_id")
        self.route_label.setBuddy(self.sip_id)
        form.addRow(self.route_label, self.sip_id)
        form.addRow("", _error_label("sip_id", box))
        self.test_mode = QCheckBox(box)
        self.test_mode.setObjectName("test_mode")
        form.addRow(self.test_mode)
        self.apply_button = QPushButton(box)
        self.apply_button.setObjectName("apply_number")
        form.addRow(self.apply_button)
        self.wrongs = QLabel(box)
        self.wrongs.setObjectName("checking_wrongs")
        self.wrongs.setWordWrap(True)
        self.fix_button = QPushButton(box)
        self.fix_button.setObjectName("fix_documents")
        form.addRow(self.wrongs)
        form.addRow(self.fix_button)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.caller_name.textEdited.connect(self._check_caller_name)
        self.autorenew.clicked.connect(self._set_autorenew)
        self.prolong_button.clicked.connect(self.prolong)
        self.apply_button.clicked.connect(self.apply)
        self.fix_button.clicked.connect(self._fix)
        self.lost_yes.clicked.connect(lambda: self._decide(True))
        self.lost_no.clicked.connect(lambda: self._decide(False))
        self._enable(False)
        self.retranslate()

    # ------------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table_label.setText(self.tr("Numbe&rs of this account:"))
        self.box.setTitle(self.tr("Selected number"))
        self.autorenew.setText(self.tr("Renew a&utomatically"))
        self.months_label.setText(self.tr("Mon&ths to prepay:"))
        self.prolong_button.setText(self.tr("E&xtend"))
        self.caller_label.setText(self.tr("Caller na&me:"))
        self.caller_name.setPlaceholderText(self.tr("Latin letters and digits, at most 30"))
        self.receive_sms.setText(self.tr("SMS rece&ption"))
        self.channels_label.setText(self.tr("Incomin&g channels:"))
        self.route_label.setText(self.tr("Route calls t&o:"))
        self.sip_id.setPlaceholderText(self.tr("SIP login, extension, PBX id or SIP URI"))
        self.test_mode.setText(self.tr("T&est mode"))
        self.apply_button.setText(self.tr("&Apply changes"))
        self.fix_button.setText(self.tr("Fix &documents…"))
        self.lost_yes.setText(self.tr("It was paid"))
        self.lost_no.setText(self.tr("It was not paid"))
        self.empty.setText(self.tr("This account has no numbers yet. Order one on the Shop tab."))

    # ------------------------------------------------------------------ loading

    def desk(self) -> NumberDesk:
        return self.page.desk()

    def load(self) -> None:
        client = self.page.client
        if client is None or self.ctx.api is None:
            self.model.set_numbers([])
            self.empty.setText(self.tr("Choose a client above to see their numbers."))
            self.empty.show()
            self._enable(False)
            return
        api = self.ctx.api
        uid = client.user_id
        keep = self.current.number if self.current else ""

        def done(numbers: list[DirectNumber]) -> None:
            self.model.set_numbers(numbers)
            self.empty.setVisible(not numbers)
            self.retranslate() if not numbers else None
            row = next((i for i, n in enumerate(numbers) if n.number == keep), 0)
            if numbers:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            else:
                self._enable(False)

        self.page.run(lambda: api.numbers.list_numbers(user_id=uid),
                      title=self.tr("Read the account's numbers"), name="owned-numbers",
                      on_success=done)

    def _enable(self, on: bool) -> None:
        self.box.setEnabled(on)

    def _select(self, row: int) -> None:
        if row < 0 or row >= len(self.model.rows):
            self.current = None
            self._enable(False)
            return
        self.current = self.model.index(row, 0).data(RowRole)
        n = self.current
        assert n is not None
        self._enable(True)
        self.page.errors.clear()
        self.autorenew.setChecked(bool(n.autorenew))
        self.caller_name.setText(n.number_name or "")
        self.sip_id.setText(n.sip or "")
        self.test_mode.setChecked(bool(n.is_on_test))
        self.channels.setValue(n.channels or 1)
        self.receive_sms.setChecked(False)
        self.sms_on = None
        fee = money(n.monthly_fee, n.currency) if n.monthly_fee is not None else "—"
        self.prolong_info.setText(self.tr("Paid until {0}; {1} a month.").format(
            (n.stop_date or "—")[:10], fee))
        self.wrongs.setText(self.tr("Reading document problems…"))
        self.fix_button.hide()
        self.lost_box.hide()
        self._read_details(n.number)

    def _read_details(self, number: str) -> None:
        """SMS state and the group of the number, then the service's document problems."""
        api = self.ctx.api
        client = self.page.client
        if api is None or client is None:
            return
        uid = client.user_id

        async def read() -> tuple[Any, Any]:
            info = await api.numbers.number(number, user_id=uid)
            wrongs = None
            if info.status in ("on", "active"):
                return info, wrongs  # connected: the service has nothing against it
            # Waiting for documents: the API does not say which group, so ask each.
            groups = await api.documents.list_groups(user_id=uid)
            for group in groups:
                if group.id is None:
                    continue
                found = await api.numbers.checking_wrongs(group.id, user_id=uid)
                if found.wrong_document or found.wrong_address:
                    wrongs = (group.id, found)
                    break
            return info, wrongs

        def done(result: tuple[Any, Any]) -> None:
            info, wrongs = result
            if self.current is None or self.current.number != number:
                return
            self.sms_on = info.receive_sms == "on"
            self.receive_sms.setChecked(self.sms_on)
            if wrongs is None:
                self.wrongs.setText(self.tr("No document problems."))
                self.group_id = None
                self.fix_button.hide()
                return
            self.group_id, found = wrongs
            lines = []
            if found.wrong_document:
                from zaddesk.gui.numbers.models import need_text

                lines.append(self.tr("Zadarma still needs: {0}.").format(
                    need_text("upload", found.wrong_document.document_type)))
            if found.wrong_address:
                lines.append(self.tr("The address in the document group is missing or wrong."))
            self.wrongs.setText("\n".join(lines))
            self.wrongs.setToolTip("\n".join(
                m for m in ((found.wrong_document.message if found.wrong_document else ""),
                            (found.wrong_address.message if found.wrong_address else ""))
                if m))
            self.fix_button.show()

        self.page.run(read, title=self.tr("Read the number's details"), name="owned-detail",
                      on_success=done)

    # ------------------------------------------------------------------ actions

    def _check_caller_name(self, text: str) -> None:
        issue = caller_name_issue(text.strip())
        if issue is None:
            self.page.errors.clear("caller_name")
        else:
            message = (self.tr("Latin letters, digits and spaces only.")
                       if issue.code == "latin_only" else self.tr("At most 30 characters."))
            self.page.errors.show("caller_name", message)

    def _set_autorenew(self, on: bool) -> None:
        n, api, client = self.current, self.ctx.api, self.page.client
        if n is None or api is None or client is None:
            return
        uid = client.user_id
        self.page.run(lambda: api.numbers.set_autoprolongation(n.number, on, user_id=uid),
                      title=self.tr("Switch auto-renewal"), on_success=lambda _r: self.load())

    def apply(self) -> None:
        """Send only what the rep changed, one request per setting."""
        n, api, client = self.current, self.ctx.api, self.page.client
        if n is None or api is None or client is None:
            return
        name = self.caller_name.text().strip()
        if caller_name_issue(name) is not None:
            self._check_caller_name(name)
            return
        sip_id = self.sip_id.text().strip()
        test_mode = self.test_mode.isChecked()
        sms = self.receive_sms.isChecked()
        sms_before = self.sms_on
        channels = self.channels.value()
        uid = client.user_id
        number = n.number

        async def send() -> None:
            if name != (n.number_name or ""):
                await api.numbers.set_caller_name(number, name, user_id=uid)
            if sip_id and (sip_id != (n.sip or "") or test_mode != bool(n.is_on_test)):
                try:
                    await api.numbers.set_sip_id(number, sip_id, test_mode=test_mode, user_id=uid)
                except ApiError as exc:
                    raise _FieldError("sip_id", exc) from exc
            if sms_before is not None and sms != sms_before:
                await api.numbers.set_receive_sms(number, sms, user_id=uid)
            if channels != (n.channels or 1):
                await api.numbers.set_incoming_channels(number, channels, user_id=uid)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, _FieldError):
                self.page.errors.show("sip_id", self.tr(
                    "This is neither a SIP login, extension or PBX of the account nor a "
                    "SIP URI."))
                return True
            if isinstance(exc, ApiError):
                self.page.show_banner(self.tr("The server refused the change.") + "\n"
                                      + self.tr("Details: {0}").format(exc.message))
                return True
            return False

        self.page.run(send, title=self.tr("Change the number's settings"),
                      on_success=lambda _r: self.load(), on_error=failed)

    def prolong(self) -> None:
        """Prepay N months: journaled and sent once; a lost answer is read back."""
        n, client = self.current, self.page.client
        if n is None or client is None:
            return
        months = self.months.value()
        whom = client.name or client.email or ""

        def done(sent: Any) -> None:
            self.page.show_banner(self.tr("{0} is paid until {1}.").format(
                "+" + n.number, sent.value.stop_date[:10]), "info")
            if client.user_id is not None:
                self.ctx.client_updated.emit(client.user_id)
            self.load()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, Unknown | Blocked):
                self._lost(exc.step.id)
                return True
            if isinstance(exc, ApiError):
                text = exc.message.casefold()
                message = (self.tr("The client's balance is too low to prepay.")
                           if "insufficient" in text else self.tr("The server refused it."))
                self.page.errors.show("months", message)
                return True
            return False

        self.page.run(lambda: self.desk().prolong(n.number, months, client.user_id, whom=whom),
                      title=self.tr("Prepay the number"), on_success=done, on_error=failed)

    def _lost(self, step_id: int) -> None:
        self.lost_step = step_id
        self.lost_box.show()
        self.lost_yes.setEnabled(False)
        self.lost_no.setEnabled(False)
        self.lost_text.setText(self.tr(
            "The answer to the prepayment was lost. Nothing is sent again; reading the "
            "number's expiry…"))

        def done(found: Settlement[Any]) -> None:
            finding = found.finding
            if found.verdict is Verdict.APPLIED:
                text = self.tr("The expiry moved from {0} to {1}: it was paid.")
            elif found.verdict is Verdict.NOT_APPLIED:
                text = self.tr("The expiry ({0}) and the balance did not change: it was not "
                               "paid.")
            else:
                text = self.tr("The expiry went from {0} to {1}, which does not fit; check "
                               "before deciding.")
            before = str(getattr(finding, "stop_before", ""))[:10]
            now = str(getattr(finding, "stop_now", ""))[:10]
            if not before and not now:  # an order of this account is what is undecided
                text = self.tr("An order of this account is undecided; open the order dialog "
                               "to read it back and decide.")
            self.lost_text.setText(text.format(before, now))
            self.lost_yes.setEnabled(True)
            self.lost_no.setEnabled(True)

        self.page.run(lambda: self.desk().check_lost(step_id),
                      title=self.tr("Read the number's expiry"), on_success=done)

    def _decide(self, applied: bool) -> None:
        if self.lost_step is None:
            return
        self.desk().decide(self.lost_step, applied=applied, note="decided on the owned tab")
        self.lost_step = None
        self.lost_box.hide()
        self.load()

    def _fix(self) -> None:
        args: dict[str, Any] = {}
        if self.group_id is not None:
            args["documents_group_id"] = self.group_id
        self.ctx.open_page("documents", **args)


class _FieldError(Exception):
    def __init__(self, field: str, cause: ApiError) -> None:
        super().__init__(cause.message)
        self.field = field
        self.cause = cause
