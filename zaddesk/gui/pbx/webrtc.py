"""The WebRTC tab: the call widget for the client's website, its domains, key and snippet.

The key a widget logs in with is valid for 72 hours; the tab counts down to its expiry, and
the snippet always carries the key last read.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zaddesk.core.pbx import check_domain, key_expiry, webrtc_snippet
from zaddesk.gui.pbx.texts import issue_text

if TYPE_CHECKING:
    from zaddesk.api.resources.webrtc import WebrtcInfo
    from zaddesk.gui.pbx.page import PbxPage

__all__ = ["WebrtcTab"]


class WebrtcTab(QWidget):
    def __init__(self, page: PbxPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("webrtc_tab")
        self.info: WebrtcInfo | None = None
        self.key = ""
        self.key_sip = ""
        self.key_read: datetime | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        self.state = QLabel(self)
        self.state.setObjectName("webrtc_state")
        self.state.setWordWrap(True)
        left.addWidget(self.state)
        domain_row = QHBoxLayout()
        self.domain_label = QLabel(self)
        self.domain = QLineEdit(self)
        self.domain.setObjectName("domain")
        self.domain.setMinimumWidth(120)
        self.domain_label.setBuddy(self.domain)
        self.add_domain = QPushButton(self)
        self.add_domain.setObjectName("add_domain")
        self.add_domain.clicked.connect(self.add)
        self.domain.returnPressed.connect(self.add)
        left.addWidget(self.domain_label)
        domain_row.addWidget(self.domain, 1)
        domain_row.addWidget(self.add_domain)
        left.addLayout(domain_row)
        self.domain_error = QLabel(self)
        self.domain_error.setObjectName("domain_error")
        self.domain_error.setWordWrap(True)
        self.domain_error.setProperty("role", "error")
        self.domain_error.hide()
        left.addWidget(self.domain_error)
        self.domains_label = QLabel(self)
        left.addWidget(self.domains_label)
        self.domains = QListWidget(self)
        self.domains.setObjectName("domains")
        self.domains_label.setBuddy(self.domains)
        left.addWidget(self.domains, 1)
        buttons = QHBoxLayout()
        self.remove_domain = QPushButton(self)
        self.remove_domain.setObjectName("remove_domain")
        self.remove_domain.clicked.connect(self.remove)
        self.delete_widget = QPushButton(self)
        self.delete_widget.setObjectName("delete_widget")
        self.delete_widget.clicked.connect(self.delete)
        buttons.addWidget(self.remove_domain)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_widget)
        left.addLayout(buttons)
        look = QFormLayout()
        self.shape_label = QLabel(self)
        self.shape = QComboBox(self)
        self.shape.setObjectName("shape")
        self.shape_label.setBuddy(self.shape)
        self.position_label = QLabel(self)
        self.position = QComboBox(self)
        self.position.setObjectName("position")
        self.position_label.setBuddy(self.position)
        look.addRow(self.shape_label, self.shape)
        look.addRow(self.position_label, self.position)
        self.shape.activated.connect(lambda _i: self.save_look())
        self.position.activated.connect(lambda _i: self.save_look())
        left.addLayout(look)
        outer.addLayout(left, 2)
        right_box = QGroupBox(self)
        self.snippet_group = right_box
        right = QVBoxLayout(right_box)
        key_row = QHBoxLayout()
        self.sip_label = QLabel(right_box)
        self.sip = QComboBox(right_box)
        self.sip.setObjectName("sip")
        self.sip_label.setBuddy(self.sip)
        self.get_key = QPushButton(right_box)
        self.get_key.setObjectName("get_key")
        self.get_key.clicked.connect(self.read_key)
        key_row.addWidget(self.sip_label)
        key_row.addWidget(self.sip, 1)
        key_row.addWidget(self.get_key)
        right.addLayout(key_row)
        self.expiry = QLabel(right_box)
        self.expiry.setObjectName("key_expiry")
        right.addWidget(self.expiry)
        self.snippet = QPlainTextEdit(right_box)
        self.snippet.setObjectName("snippet")
        self.snippet.setReadOnly(True)
        self.snippet.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.snippet.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        right.addWidget(self.snippet, 1)
        copy_row = QHBoxLayout()
        self.copy = QPushButton(right_box)
        self.copy.setObjectName("copy_snippet")
        self.copy.clicked.connect(self.copy_snippet)
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy)
        right.addLayout(copy_row)
        outer.addWidget(right_box, 3)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.tick)
        self.retranslate()
        self.show_info(None)

    # -- texts

    def retranslate(self) -> None:
        self.domain_label.setText(self.tr("&Website domain:"))
        self.domain.setPlaceholderText(self.tr("shop.example.com"))
        self.domains_label.setText(self.tr("Domains &allowed:"))
        self.remove_domain.setText(self.tr("Re&move domain"))
        self.delete_widget.setText(self.tr("D&elete the widget"))
        self.shape_label.setText(self.tr("Sha&pe:"))
        self.position_label.setText(self.tr("&Corner:"))
        self.snippet_group.setTitle(self.tr("Code for the website"))
        self.sip_label.setText(self.tr("Exte&nsion:"))
        self.get_key.setText(self.tr("New ke&y"))
        self.copy.setText(self.tr("C&opy the code"))
        for combo, items in (
            (self.shape, ((self.tr("Rounded"), "rounded"), (self.tr("Square"), "square"))),
            (self.position, ((self.tr("Bottom right"), "bottom_right"),
                             (self.tr("Bottom left"), "bottom_left"),
                             (self.tr("Top right"), "top_right"),
                             (self.tr("Top left"), "top_left"))),
        ):
            current = combo.currentData()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.show_info(self.info)
        self.tick()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- plumbing

    def _api(self) -> Any:
        api = self.page.ctx.api
        assert api is not None
        return api

    def _uid(self) -> dict[str, Any]:
        client = self.page.ctx.client
        return client.api_args() if client is not None else {}

    # -- state

    def load(self) -> None:
        desk = self.page.require_desk()
        self.page.run(desk.webrtc, title=self.tr("Read the WebRTC widget"),
                      name="webrtc_load", on_success=self.show_info)

    def set_extensions(self, numbers: list[int], pbx_id: int | None) -> None:
        current = self.sip.currentData()
        self.sip.clear()
        for number in numbers:
            login = f"{pbx_id}-{number:03d}" if pbx_id is not None else str(number)
            self.sip.addItem(f"{number:03d}", (str(number), login))
        index = self.sip.findData(current)
        self.sip.setCurrentIndex(max(0, index))

    def show_info(self, info: WebrtcInfo | None) -> None:
        self.info = info
        exists = bool(info and info.is_exists)
        if info is None:
            self.state.setText("")
        elif exists:
            self.state.setText(self.tr("The widget exists and may be used on the domains "
                                       "below."))
        else:
            self.state.setText(self.tr("The client has no WebRTC widget yet: type the website "
                                       "domain and add it to create the widget."))
        self.add_domain.setText(self.tr("Add &domain") if exists else self.tr("C&reate widget"))
        self.remove_domain.setText(self.tr("Re&move domain"))
        self.domains.clear()
        if info is not None:
            self.domains.addItems(info.domains)
            for combo, value in ((self.shape, info.settings.shape),
                                 (self.position, info.settings.position)):
                index = combo.findData(value)
                if index >= 0:
                    combo.setCurrentIndex(index)
        for widget in (self.remove_domain, self.delete_widget, self.shape, self.position,
                       self.get_key, self.sip):
            widget.setEnabled(exists)
        if not exists:
            self.key = ""
            self.key_read = None
        self.render_snippet()

    # -- domains

    def add(self) -> None:
        self.page.clear_errors()
        found = check_domain(self.domain.text())
        if not isinstance(found, str):
            self.page.show_field_error("domain", issue_text(found))
            self.page.focus_field("domain")
            return
        if self.info is not None and found in self.info.domains:
            self.page.show_field_error("domain", self.tr("{0} is already allowed.").format(
                found))
            return
        desk = self.page.require_desk()
        exists = bool(self.info and self.info.is_exists)

        async def apply() -> WebrtcInfo:
            return await desk.add_domain(found, create=not exists)

        def done(info: WebrtcInfo) -> None:
            self.domain.clear()
            self.show_info(info)
            if not exists and self.sip.count():
                self.read_key()

        self.page.run(apply, title=self.tr("Allow {0}").format(found), on_success=done,
                      on_error=self.page.send_failed)

    def remove(self) -> None:
        item = self.domains.currentItem()
        if item is None:
            self.page.show_banner(self.tr("Choose a domain in the list first."), "info")
            return
        domain = item.text()
        desk = self.page.require_desk()
        self.page.run(lambda: desk.remove_domain(domain),
                      title=self.tr("Remove {0}").format(domain), on_success=self.show_info,
                      on_error=self.page.send_failed)

    def delete(self) -> None:
        desk = self.page.require_desk()

        async def apply() -> WebrtcInfo | None:
            from zaddesk.gui.dialogs import Button, ask

            answer = await ask(self, self.tr("Delete the widget"), self.tr(
                "Delete the WebRTC widget? The call button disappears from the client's "
                "website."))
            if answer != Button.Yes:
                return self.info
            return await desk.delete_widget()

        self.page.run(apply, title=self.tr("Delete the WebRTC widget"),
                      on_success=self.show_info, on_error=self.page.send_failed)

    def save_look(self) -> None:
        desk = self.page.require_desk()
        shape, position = self.shape.currentData(), self.position.currentData()
        self.render_snippet()
        self.page.run(lambda: desk.widget_look(shape, position),
                      title=self.tr("Save the widget's look"), on_error=self.page.send_failed)

    # -- key and snippet

    def read_key(self) -> None:
        data = self.sip.currentData()
        if data is None:
            return
        number, login = data
        api, uid = self._api(), self._uid()

        def got(key: str) -> None:
            self.key, self.key_sip = key, login
            self.key_read = datetime.now(UTC)
            self.countdown.start()
            self.render_snippet()
            self.tick()

        self.page.run(lambda: api.webrtc.get_key(number, **uid),
                      title=self.tr("Read a WebRTC key for {0}").format(number),
                      on_success=got)

    def render_snippet(self) -> None:
        if not self.key or not (self.info and self.info.is_exists):
            self.snippet.setPlainText("")
            self.snippet.setPlaceholderText(self.tr("Read a key to get the code."))
            self.copy.setEnabled(False)
            return
        language = "pl" if self.page.ctx.language == "pl" else "en"
        self.snippet.setPlainText(webrtc_snippet(
            self.key, self.key_sip, shape=str(self.shape.currentData() or "rounded"),
            position=str(self.position.currentData() or "bottom_right"), language=language))
        self.copy.setEnabled(True)

    def tick(self) -> None:
        if self.key_read is None:
            self.expiry.setText(self.tr("No key read yet."))
            self.countdown.stop()
            return
        left = key_expiry(self.key_read) - datetime.now(UTC)
        seconds = int(left.total_seconds())
        if seconds <= 0:
            self.expiry.setText(self.tr("The key has expired: read a new one and replace the "
                                        "code on the website."))
            self.countdown.stop()
            return
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        self.expiry.setText(self.tr("The key expires in {0} h {1:02d} min {2:02d} s.").format(
            hours, minutes, secs))

    def copy_snippet(self) -> None:
        text = self.snippet.toPlainText()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.page.show_banner(self.tr("The code is on the clipboard."), "info")

    def stop(self) -> None:
        self.countdown.stop()
        self.key = ""
        self.key_read = None
        self.show_info(None)
