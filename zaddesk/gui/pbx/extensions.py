"""The Extensions tab: the table, creating several at once, and each extension's settings.

Online status is read in the background, one extension per request, within the rate budget:
a round every minute, skipped while less than half of the shared limit is left, and sent at
BACKGROUND priority so a rep's click always goes first.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zaddesk.core.pbx import (
    SipSettings,
    check_extension_batch,
    numbers_text,
    status_round_fits,
)
from zaddesk.core.pbxdesk import BatchOutcome, ExtensionRow, PbxState
from zaddesk.gui.pbx.texts import issue_text, send_error_text
from zaddesk.gui.tasks import TaskKind

if TYPE_CHECKING:
    from zaddesk.gui.pbx.page import PbxPage

__all__ = ["ExtensionsModel", "ExtensionsTab"]

STATUS_EVERY_MS = 60_000
# A round skipped because the budget was tight (the page's own reads still in flight during
# the limiter's slow start, or another rep busy on the key) is tried again this soon.
STATUS_RETRY_MS = 3_000
ModelIndex = QModelIndex | QPersistentModelIndex


class ExtensionsModel(QAbstractTableModel):
    NUMBER, NAME, ONLINE, CALLER_ID, RECORDING = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ExtensionRow] = []

    def set_rows(self, rows: list[ExtensionRow]) -> None:
        online = {r.number: r.online for r in self.rows}
        self.beginResetModel()
        self.rows = [r if r.online is not None else replace(r, online=online.get(r.number))
                     for r in sorted(rows, key=lambda r: r.number)]
        self.endResetModel()

    def set_online(self, number: int, online: bool) -> None:
        for i, row in enumerate(self.rows):
            if row.number == number and row.online != online:
                self.rows[i] = replace(row, online=online)
                index = self.index(i, self.ONLINE)
                self.dataChanged.emit(index, index)

    def row_of(self, number: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.number == number), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Extension"), self.tr("Name"), self.tr("Status"), self.tr("Caller ID"),
                self.tr("Recording"))[section]

    def recording_text(self, row: ExtensionRow) -> str:
        parts = []
        if row.record_store:
            parts.append(self.tr("cloud store"))
        if row.record_email:
            parts.append(self.tr("e-mail to {0}").format(row.record_email.replace(",", ", ")))
        return ", ".join(parts) if parts else self.tr("off")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return f"{row.number:03d}"
            if column == self.NAME:
                return row.name
            if column == self.ONLINE:
                if row.online is None:
                    return "…"
                return self.tr("online") if row.online else self.tr("offline")
            if column == self.CALLER_ID:
                return row.caller_id
            return self.recording_text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ONLINE and row.online:
            return QColor("#2e7d32")
        if role == Qt.ItemDataRole.UserRole:
            return row.number
        return None


class ExtensionsTab(QWidget):
    def __init__(self, page: PbxPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("extensions_tab")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        add = QHBoxLayout()
        self.start_label = QLabel(self)
        self.start_number = QLineEdit(self)
        self.start_number.setObjectName("start_number")
        self.start_number.setMaxLength(3)
        self.start_number.setFixedWidth(64)
        self.start_label.setBuddy(self.start_number)
        self.quantity_label = QLabel(self)
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("quantity")
        self.quantity.setRange(1, 50)
        self.quantity_label.setBuddy(self.quantity)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("create_extensions")
        self.create_button.clicked.connect(self.create_extensions)
        self.start_number.returnPressed.connect(self.create_extensions)
        for widget in (self.start_label, self.start_number, self.quantity_label, self.quantity,
                       self.create_button):
            add.addWidget(widget)
        add.addStretch(1)
        self.refresh = QPushButton(self)
        self.refresh.setObjectName("refresh_extensions")
        self.refresh.clicked.connect(self.page.reload)
        add.addWidget(self.refresh)
        layout.addLayout(add)
        self.error = QLabel(self)
        self.error.setObjectName("start_number_error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.quantity_error = QLabel(self)
        self.quantity_error.setObjectName("quantity_error")
        self.quantity_error.setWordWrap(True)
        self.quantity_error.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.quantity_error)
        self.model = ExtensionsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("extensions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ExtensionsModel.RECORDING, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_sip_settings())
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.sip_settings = QPushButton(self)
        self.sip_settings.setObjectName("sip_settings")
        self.sip_settings.clicked.connect(self.open_sip_settings)
        self.password = QPushButton(self)
        self.password.setObjectName("change_password")
        self.password.clicked.connect(self.open_password)
        self.recording = QPushButton(self)
        self.recording.setObjectName("edit_recording")
        self.recording.clicked.connect(self.open_recording)
        self.forwarding = QPushButton(self)
        self.forwarding.setObjectName("edit_redirection")
        self.forwarding.clicked.connect(self.open_redirection)
        self.supervisor = QPushButton(self)
        self.supervisor.setObjectName("supervisor_status")
        self.supervisor.setCheckable(True)
        self.supervisor.clicked.connect(self.toggle_supervisor)
        self.row_buttons = (self.sip_settings, self.password, self.recording, self.forwarding,
                            self.supervisor)
        for button in self.row_buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.caller_note = QLabel(self)
        self.caller_note.setObjectName("caller_id_note")
        self.caller_note.setWordWrap(True)
        self.caller_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.caller_note)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync())
        self.timer = QTimer(self)
        self.timer.setInterval(STATUS_EVERY_MS)
        self.timer.timeout.connect(self.poll_status)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(STATUS_RETRY_MS)
        self.retry.timeout.connect(self.poll_status)
        self._sync()
        self.retranslate()

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.start_label.setText(self.tr("&New extensions from:"))
        self.start_number.setPlaceholderText("101")
        self.quantity_label.setText(self.tr("How &many:"))
        self.create_button.setText(self.tr("&Add extensions"))
        self.refresh.setText(self.tr("Reloa&d"))
        self.sip_settings.setText(self.tr("&SIP settings and QR…"))
        self.password.setText(self.tr("&Password…"))
        self.recording.setText(self.tr("Re&cording…"))
        self.forwarding.setText(self.tr("F&orwarding…"))
        self.supervisor.setText(self.tr("S&upervisor mode"))
        self.supervisor.setToolTip(self.tr("The extension may listen in on and join other "
                                           "extensions' calls."))
        self.caller_note.setText(self.tr(
            "The number callers see (caller ID) is chosen among the client's numbers in "
            "Zadarma's own panel; the API does not change it for PBX extensions."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ state

    def show_state(self, state: PbxState) -> None:
        selected = self.selected()
        self.model.set_rows(list(state.extensions))
        if selected is not None and self.model.row_of(selected.number) >= 0:
            self.table.selectRow(self.model.row_of(selected.number))
        elif self.model.rows:
            self.table.selectRow(0)
        if not self.start_number.text():
            self.start_number.setText(str(self.next_free()))
        self._sync()
        if not self.timer.isActive():
            self.timer.start()
        QTimer.singleShot(0, self.poll_status)

    def next_free(self) -> int:
        taken = {r.number for r in self.model.rows}
        return next((n for n in range(100, 1000) if n not in taken), 100)

    def selected(self) -> ExtensionRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[rows[0].row()]

    def _sync(self) -> None:
        row = self.selected()
        for button in self.row_buttons:
            button.setEnabled(row is not None)
        self.supervisor.setChecked(bool(row and row.supervisor))

    def showEvent(self, event: QShowEvent) -> None:
        """A round skipped while the tab was hidden (the state came first) goes now."""
        super().showEvent(event)
        if any(row.online is None for row in self.model.rows):
            QTimer.singleShot(0, self.poll_status)

    def stop(self) -> None:
        self.timer.stop()
        self.retry.stop()
        self.model.set_rows([])

    # ------------------------------------------------------------------ status

    def poll_status(self) -> None:
        """One background round of online status, if the rate budget allows it."""
        desk = self.page.desk
        api = self.page.ctx.api
        numbers = [r.number for r in self.model.rows]
        if desk is None or api is None or not numbers or not self.isVisible():
            return  # nobody looks at the dots: the budget is better spent elsewhere
        snapshot = api.transport.rate_snapshot()
        general = snapshot.general
        if not status_round_fits(general.remaining, general.limit, len(numbers),
                                 general.sharers):
            self.retry.start()  # soon, rather than a whole round later
            return  # the rep's own clicks need the room more than a status dot does

        async def poll() -> None:
            for number in numbers:
                online = await desk.online(number)
                self.model.set_online(number, online)

        self.page.run(poll, title=self.tr("Online status of extensions"),
                      kind=TaskKind.BACKGROUND, name="pbx_status", visible=False)

    # ------------------------------------------------------------------ actions

    def create_extensions(self) -> None:
        desk = self.page.desk
        if desk is None:
            return
        self.page.clear_errors()
        existing = [r.number for r in self.model.rows]
        wanted = check_extension_batch(self.start_number.text(), self.quantity.value(), existing)
        if isinstance(wanted, dict):
            for issue in wanted.values():
                self.page.show_field_error(issue.field, issue_text(issue))
            self.page.focus_field(next(iter(wanted)))
            return
        numbers = list(wanted)

        def done(outcome: BatchOutcome) -> None:
            self.page.reload()
            self.report(outcome)

        self.create_button.setEnabled(False)
        info = self.page.run(lambda: desk.create_extensions(numbers),
                             title=self.tr("Create extensions {0}").format(numbers_text(numbers)),
                             on_success=done)
        self.page.when_finished(info, lambda: self.create_button.setEnabled(True))

    def report(self, outcome: BatchOutcome) -> None:
        """Say exactly which of the wanted extensions exist now."""
        if outcome.complete:
            self.start_number.setText(str(self.next_free_after(outcome.wanted)))
            self.page.show_banner(self.tr("Extensions {0} created.").format(
                numbers_text(outcome.created)), "info")
            return
        exist = outcome.exist_now
        missing = [n for n in outcome.wanted if n not in exist]
        if outcome.settled_applied is not None:
            reason = self.tr("its answer was lost")
        else:
            reason = send_error_text(outcome.error) if outcome.error is not None else ""
        parts = [self.tr("Creating extension {0} failed: {1}").format(outcome.stopped_at,
                                                                       reason)]
        if outcome.settled_applied is True:
            parts.append(self.tr("Reading the server back shows it was created after all."))
        elif outcome.settled_applied is False:
            parts.append(self.tr("Reading the server back shows it was not created."))
        parts.append(self.tr("Exist now: {0}.").format(numbers_text(exist) if exist
                                                       else self.tr("none of them")))
        if missing:
            parts.append(self.tr("Not created: {0}. Add them again when the server "
                                 "answers.").format(numbers_text(missing)))
            self.start_number.setText(str(missing[0]))
            self.quantity.setValue(max(1, missing[-1] - missing[0] + 1))
        self.page.show_banner(" ".join(parts), "warning")

    def next_free_after(self, wanted: tuple[int, ...]) -> int:
        taken = {r.number for r in self.model.rows} | set(wanted)
        start = max(wanted) + 1 if wanted else 100
        return next((n for n in range(start, 1000) if n not in taken), self.next_free())

    def open_sip_settings(self) -> None:
        row = self.selected()
        state = self.page.state
        if row is None or state is None or state.pbx_id is None:
            return
        from zaddesk.gui.pbx.dialogs import SipSettingsDialog

        client = self.page.ctx.client
        sip = SipSettings(state.pbx_id, row.number, row.name)
        dialog = SipSettingsDialog(self.page, sip, client.name if client is not None else "")
        self.page.dialog = dialog
        dialog.open()

    def open_password(self) -> None:
        row = self.selected()
        state = self.page.state
        if row is None or state is None or state.pbx_id is None:
            return
        from zaddesk.gui.pbx.dialogs import PasswordDialog

        dialog = PasswordDialog(self.page, row.number,
                                SipSettings(state.pbx_id, row.number).login)
        dialog.applied.connect(lambda _r: self.page.show_banner(
            self.tr("The password of extension {0} was changed.").format(row.number), "info"))
        self.page.dialog = dialog
        dialog.open()

    def open_recording(self) -> None:
        row = self.selected()
        if row is None:
            return
        from zaddesk.gui.pbx.dialogs import RecordingDialog

        dialog = RecordingDialog(self.page, row)
        dialog.applied.connect(lambda _r: self.page.reload())
        self.page.dialog = dialog
        dialog.open()

    def open_redirection(self) -> None:
        row = self.selected()
        desk = self.page.desk
        if row is None or desk is None:
            return
        from zaddesk.gui.pbx.dialogs import RedirectionDialog

        def show(current: Any) -> None:
            dialog = RedirectionDialog(self.page, row.number, current)
            dialog.applied.connect(lambda _r: self.page.show_banner(
                self.tr("Forwarding of extension {0} saved.").format(row.number), "info"))
            self.page.dialog = dialog
            dialog.open()

        self.page.run(lambda: desk.redirection(row.number),
                      title=self.tr("Read the forwarding of extension {0}").format(row.number),
                      on_success=show)

    def toggle_supervisor(self) -> None:
        row = self.selected()
        desk = self.page.desk
        if row is None or desk is None:
            return
        wanted = self.supervisor.isChecked()
        self.page.run(lambda: desk.set_supervisor(row.number, wanted),
                      title=self.tr("Supervisor mode of extension {0}").format(row.number),
                      on_success=lambda _r: self.page.reload(), on_error=self.page.send_failed)
