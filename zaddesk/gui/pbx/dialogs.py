"""Dialogs of the PBX page: an extension's password, recording, forwarding and SIP settings.

Each dialog checks what was typed on its fields before anything is sent; the page then runs
the request with the dialog as the task owner, so a refusal lands in the dialog too. Dialogs
open with ``open()`` (never a nested ``exec()`` loop) and close themselves on success.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zaddesk.core.pbx import SipSettings, check_email_list, check_sip_password, generate_password
from zaddesk.gui.page import Banner, ErrorSurfaceMixin, FieldErrors
from zaddesk.gui.pbx.qr import QrView, write_handout
from zaddesk.gui.pbx.texts import issue_text, send_error_text

if TYPE_CHECKING:
    from zaddesk.core.pbxdesk import ExtensionRow
    from zaddesk.gui.pbx.page import PbxPage

__all__ = ["PasswordDialog", "RecordingDialog", "RedirectionDialog", "SipSettingsDialog"]


class FormDialog(ErrorSurfaceMixin, QDialog):
    """A banner, a form and OK/Cancel; ``submit`` checks, then runs the request."""

    applied = Signal(object)

    def __init__(self, page: PbxPage, number: int) -> None:
        super().__init__(page)
        self.page = page
        self.number = number
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        outer = QVBoxLayout(self)
        self.banner = Banner(self)
        outer.addWidget(self.banner)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.errors = FieldErrors(self, self.banner)
        self.busy = False

    def add_row(self, label: str, widget: QWidget, name: str | None = None) -> QLabel:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        error = QLabel(self)
        error.setObjectName(f"{name or widget.objectName()}_error")
        error.setWordWrap(True)
        error.setProperty("role", "error")
        self.form.addRow(caption, widget)
        self.form.addRow("", error)
        error.hide()
        return caption

    def check(self) -> dict[str, Any] | None:
        """The values to send, or None after marking the fields that are wrong."""
        return {}

    def work(self, values: dict[str, Any]) -> Callable[[], Awaitable[Any]]:
        raise NotImplementedError

    def title_of_work(self) -> str:
        return self.windowTitle()

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_errors()
        values = self.check()
        if values is None:
            return
        self.busy = True
        self.ok_button.setEnabled(False)

        def done(result: Any) -> None:
            self.applied.emit(result)
            self.accept()

        def failed(exc: BaseException) -> bool:
            from zaddesk.core.sendonce import SendOnceError

            if isinstance(exc, SendOnceError):
                self.show_banner(send_error_text(exc))
                return True
            return False

        runner = self.page.ctx.runner
        info = runner.run(self.work(values), title=self.title_of_work(), owner=self,
                          on_success=done, on_error=failed)

        def finished(ended: Any) -> None:
            if ended is info:
                runner.task_finished.disconnect(finished)
                self.busy = False
                self.ok_button.setEnabled(True)

        runner.task_finished.connect(finished)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.banner.retranslate()


class PasswordDialog(FormDialog):
    """A new SIP password for one extension: generated, or typed and checked."""

    def __init__(self, page: PbxPage, number: int, login: str) -> None:
        super().__init__(page, number)
        self.login = login
        self.value = QLineEdit(self)
        self.value.setObjectName("value")
        self.value.setText(generate_password())
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("W" * 20))
        self.generate = QPushButton(self)
        self.generate.setObjectName("generate")
        self.generate.clicked.connect(lambda: self.value.setText(generate_password()))
        self.copy = QPushButton(self)
        self.copy.setObjectName("copy_password")
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.value.text()))
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.value, 1)
        line.addWidget(self.generate)
        line.addWidget(self.copy)
        self.caption = self.add_row("", row, "value")
        self.caption.setBuddy(self.value)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.form.addRow(self.hint)
        self.value.setFocus()
        self.value.selectAll()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New password for extension {0}").format(self.number))
        self.caption.setText(self.tr("&Password:"))
        self.generate.setText(self.tr("&Generate"))
        self.copy.setText(self.tr("&Copy"))
        self.hint.setText(self.tr("Phones registered with the old password stop working until "
                                  "the new one is entered on them."))

    def check(self) -> dict[str, Any] | None:
        value = self.value.text()
        issue = check_sip_password(value, login=self.login, name="value")
        if issue is not None:
            self.show_field_error("value", issue_text(issue))
            return None
        return {"value": value}

    def work(self, values: dict[str, Any]) -> Callable[[], Awaitable[Any]]:
        desk, number = self.page.require_desk(), self.number
        return lambda: desk.set_password(number, values["value"])


class RecordingDialog(FormDialog):
    """Call recording of one extension: to the cloud store, by e-mail, speech recognition."""

    def __init__(self, page: PbxPage, row: ExtensionRow) -> None:
        super().__init__(page, row.number)
        self.row = row
        self.record_store = QCheckBox(self)
        self.record_store.setObjectName("record_store")
        self.record_store.setChecked(row.record_store)
        self.form.addRow(self.record_store)
        self.record_email = QCheckBox(self)
        self.record_email.setObjectName("record_email")
        self.record_email.setChecked(bool(row.record_email))
        self.form.addRow(self.record_email)
        self.email = QLineEdit(self)
        self.email.setObjectName("email")
        self.email.setText(row.record_email.replace(",", ", "))
        self.email.setMinimumWidth(self.email.fontMetrics().horizontalAdvance("m" * 36))
        self.email_caption = self.add_row("", self.email)
        self.speech_recognition = QComboBox(self)
        self.speech_recognition.setObjectName("speech_recognition")
        self.speech_caption = self.add_row("", self.speech_recognition)
        self.record_email.toggled.connect(self._sync)
        self._sync()
        self.retranslate()
        self.record_store.setFocus()

    def _sync(self) -> None:
        self.email.setEnabled(self.record_email.isChecked())

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Call recording of extension {0}").format(self.number))
        self.record_store.setText(self.tr("Record calls to the &cloud store"))
        self.record_email.setText(self.tr("Send recordings by &e-mail"))
        self.email_caption.setText(self.tr("&Addresses (up to 3):"))
        self.email.setPlaceholderText(self.tr("name@example.com, other@example.com"))
        self.speech_caption.setText(self.tr("Speech &recognition:"))
        current = self.speech_recognition.currentData()
        self.speech_recognition.clear()
        self.speech_recognition.addItem(self.tr("Leave as it is"), None)
        self.speech_recognition.addItem(self.tr("Every call"), "all")
        self.speech_recognition.addItem(self.tr("Calls chosen in the statistics"), "optional")
        self.speech_recognition.addItem(self.tr("Off"), "off")
        index = self.speech_recognition.findData(current)
        self.speech_recognition.setCurrentIndex(max(0, index))

    def check(self) -> dict[str, Any] | None:
        emails: list[str] = []
        if self.record_email.isChecked():
            found = check_email_list(self.email.text())
            if not isinstance(found, list):
                self.show_field_error("email", issue_text(found))
                return None
            emails = found
        return {"store": self.record_store.isChecked(), "emails": emails,
                "speech": self.speech_recognition.currentData()}

    def work(self, values: dict[str, Any]) -> Callable[[], Awaitable[Any]]:
        desk, row = self.page.require_desk(), self.row

        async def apply() -> None:
            speech = values["speech"]
            emails: list[str] = values["emails"]
            if values["store"] != row.record_store or (speech and not emails):
                await desk.set_recording(row.number, "on_store" if values["store"]
                                         else "off_store", speech_recognition=speech)
                speech = None
            if emails:
                await desk.set_recording(row.number, "on_email", emails=emails,
                                         speech_recognition=speech)
            elif row.record_email:
                await desk.set_recording(row.number, "off_email")

        return apply


REDIRECT_KINDS = ("phone", "sip", "voicemail")


class RedirectionDialog(FormDialog):
    """Forwarding of one extension's calls to a phone, a SIP login or voicemail."""

    def __init__(self, page: PbxPage, number: int, current: Any = None) -> None:
        super().__init__(page, number)
        self.status = QCheckBox(self)
        self.status.setObjectName("status")
        self.form.addRow(self.status)
        self.kind = QComboBox(self)
        self.kind.setObjectName("type")
        self.kind_caption = self.add_row("", self.kind)
        self.destination = QLineEdit(self)
        self.destination.setObjectName("destination")
        self.destination_caption = self.add_row("", self.destination)
        self.condition = QComboBox(self)
        self.condition.setObjectName("condition")
        self.condition_caption = self.add_row("", self.condition)
        self.retranslate()
        if current is not None:
            self.status.setChecked(current.current_status == "on")
            index = self.kind.findData(current.type)
            if index >= 0:
                self.kind.setCurrentIndex(index)
            self.destination.setText(current.destination or "")
            index = self.condition.findData(current.condition)
            if index >= 0:
                self.condition.setCurrentIndex(index)
        self.status.toggled.connect(self._sync)
        self.kind.currentIndexChanged.connect(self._sync)
        self._sync()
        self.status.setFocus()

    def _sync(self) -> None:
        on = self.status.isChecked()
        for widget in (self.kind, self.destination, self.condition):
            widget.setEnabled(on)
        kind = self.kind.currentData()
        self.destination.setPlaceholderText(
            "48221234567" if kind == "phone" else "101" if kind == "sip"
            else self.tr("name@example.com"))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Forwarding of extension {0}").format(self.number))
        self.status.setText(self.tr("&Forward this extension's calls"))
        self.kind_caption.setText(self.tr("&To:"))
        self.destination_caption.setText(self.tr("&Number, login or e-mail:"))
        self.condition_caption.setText(self.tr("&When:"))
        kind, cond = self.kind.currentData(), self.condition.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("A phone number"), "phone")
        self.kind.addItem(self.tr("A SIP login"), "sip")
        self.kind.addItem(self.tr("Voicemail by e-mail"), "voicemail")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.condition.clear()
        self.condition.addItem(self.tr("Always"), "always")
        self.condition.addItem(self.tr("When nobody answers"), "noanswer")
        self.condition.setCurrentIndex(max(0, self.condition.findData(cond)))

    def check(self) -> dict[str, Any] | None:
        if not self.status.isChecked():
            return {"on": False}
        kind = str(self.kind.currentData())
        destination = self.destination.text().strip().replace(" ", "")
        if kind == "voicemail":
            from zaddesk.core.validation import check_email

            if check_email(destination, "destination") is not None:
                self.show_field_error("destination", self.tr(
                    "Voicemail is sent by e-mail: enter the address it goes to."))
                return None
        elif kind == "phone":
            digits = destination.lstrip("+")
            if not digits.isdigit() or not 7 <= len(digits) <= 15:
                self.show_field_error("destination", self.tr(
                    "Enter the phone number in international format, 7 to 15 digits, such as "
                    "48221234567."))
                return None
        elif not destination:
            self.show_field_error("destination", self.tr("Enter the SIP login to forward to."))
            return None
        return {"on": True, "type": kind, "destination": destination,
                "condition": self.condition.currentData()}

    def work(self, values: dict[str, Any]) -> Callable[[], Awaitable[Any]]:
        desk, number = self.page.require_desk(), self.number
        if not values["on"]:
            return lambda: desk.disable_redirection(number)
        return lambda: desk.set_redirection(number, values["type"], values["destination"],
                                            condition=values["condition"])


class SipSettingsDialog(ErrorSurfaceMixin, QDialog):
    """What a softphone or desk phone needs: as text to copy, as a QR code, as a PDF page."""

    def __init__(self, page: PbxPage, sip: SipSettings, client: str = "") -> None:
        super().__init__(page)
        self.page = page
        self.sip = sip
        self.client = client
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("sip_settings")
        outer = QVBoxLayout(self)
        self.banner = Banner(self)
        outer.addWidget(self.banner)
        self.errors = FieldErrors(self, self.banner)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.text_label = QLabel(self)
        left.addWidget(self.text_label)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("sip_text")
        self.text.setReadOnly(True)
        self.text_label.setBuddy(self.text)
        left.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.show_password = QPushButton(self)
        self.show_password.setObjectName("show_password")
        self.show_password.clicked.connect(self.load_password)
        self.copy_text = QPushButton(self)
        self.copy_text.setObjectName("copy_sip_text")
        self.copy_text.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        buttons.addWidget(self.show_password)
        buttons.addWidget(self.copy_text)
        buttons.addStretch(1)
        left.addLayout(buttons)
        row.addLayout(left, 3)
        right = QVBoxLayout()
        self.kind_label = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("qr_kind")
        self.kind_label.setBuddy(self.kind)
        self.kind.currentIndexChanged.connect(self.refresh)
        right.addWidget(self.kind_label)
        right.addWidget(self.kind)
        self.qr = QrView(self)
        right.addWidget(self.qr, 1)
        row.addLayout(right, 2)
        outer.addLayout(row, 1)
        bottom = QDialogButtonBox(self)
        self.pdf = bottom.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        assert self.pdf is not None
        self.pdf.setObjectName("save_pdf")
        self.pdf.clicked.connect(self.ask_pdf)
        self.close_button = bottom.addButton(QDialogButtonBox.StandardButton.Close)
        bottom.rejected.connect(self.reject)
        outer.addWidget(bottom)
        self.resize(720, 420)
        self.retranslate()

    def labels(self) -> dict[str, str]:
        return {
            "Server": self.tr("Server"),
            "Port": self.tr("SIP port"),
            "Login": self.tr("Login"),
            "Authentication name": self.tr("Authentication name"),
            "Password": self.tr("Password"),
            "Extension": self.tr("Extension"),
        }

    def retranslate(self) -> None:
        self.banner.retranslate()
        self.setWindowTitle(self.tr("SIP settings of extension {0}").format(
            f"{self.sip.number:03d}"))
        self.text_label.setText(self.tr("&Settings to type or paste:"))
        self.show_password.setText(self.tr("Show &password") if self.sip.password is None
                                   else self.tr("Password show&n"))
        self.copy_text.setText(self.tr("&Copy text"))
        self.kind_label.setText(self.tr("&QR code holds:"))
        kind = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("The settings as text"), "text")
        self.kind.addItem(self.tr("A SIP account address (sip:)"), "sip_uri")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.blockSignals(False)
        self.pdf.setText(self.tr("Save as P&DF…"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.text.setPlainText(self.sip.text(labels=self.labels()))
        kind = str(self.kind.currentData() or "text")
        self.qr.set_payload(self.payload(kind))
        self.show_password.setEnabled(self.sip.password is None)

    def payload(self, kind: str = "text") -> str:
        """The QR code carries the same text the rep sees (labels in the UI language)."""
        if kind == "text":
            return self.sip.text(labels=self.labels())
        return self.sip.payload(kind)

    def load_password(self) -> None:
        desk, number = self.page.require_desk(), self.sip.number

        def got(password: str) -> None:
            from dataclasses import replace

            self.sip = replace(self.sip, password=password)
            self.retranslate()

        self.page.ctx.runner.run(lambda: desk.password(number),
                                 title=self.tr("Read the password of extension {0}").format(
                                     number), owner=self, on_success=got)

    def ask_pdf(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the phone settings"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"extension-{self.sip.number:03d}.pdf")
        dialog.fileSelected.connect(self.save_pdf)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def save_pdf(self, path: str) -> None:
        try:
            write_handout(path, self.sip, self.payload(str(self.kind.currentData() or "text")),
                          client=self.client, labels=self.labels())
        except OSError as exc:
            self.show_banner(self.tr("The PDF could not be written: {0}").format(exc))
            return
        self.show_banner(self.tr("Saved {0}").format(path), "info")
