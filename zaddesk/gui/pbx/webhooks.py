"""The Webhooks tab: the call-info URL and the other-webhooks URL, each with its switches.

Before a URL is saved the console checks it as Zadarma will (GET with ``zd_echo``); a URL
that fails gets the precise reason and is saved only after the rep confirms. "Send a test
event" POSTs a signed ``NOTIFY_START`` and explains a dynamic-IVR answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zaddesk.core.pbx import check_url
from zaddesk.core.webhooks import EchoCheck, TestEventAnswer, check_echo, send_test_event
from zaddesk.gui.page import FieldErrors
from zaddesk.gui.pbx.texts import issue_text, step_text

if TYPE_CHECKING:
    from zaddesk.gui.pbx.page import PbxPage

__all__ = ["WebhooksTab"]

NOTIFY = ("notify_start", "notify_internal", "notify_answer", "notify_end", "notify_out_start",
          "notify_out_end")
HOOKS = ("number_lookup", "call_tracking", "sms", "speech_recognition")


class UrlGroup(QGroupBox):
    """One URL with its switches: check, save, remove; the switches save on click."""

    def __init__(self, tab: WebhooksTab, kind: str, switches: tuple[str, ...]) -> None:
        super().__init__(tab)
        self.tab = tab
        self.kind = kind  # "callinfo" or "webhooks"
        self.setObjectName(f"{kind}_group")
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.url_label = QLabel(self)
        self.url = QLineEdit(self)
        self.url.setObjectName("url")
        self.url.setPlaceholderText("https://crm.example.com/zadarma")
        self.url_label.setBuddy(self.url)
        self.check = QPushButton(self)
        self.check.setObjectName("check_url")
        self.check.clicked.connect(self.check_only)
        self.save = QPushButton(self)
        self.save.setObjectName("save_url")
        self.save.clicked.connect(self.check_and_save)
        self.url.returnPressed.connect(self.check_and_save)
        self.remove = QPushButton(self)
        self.remove.setObjectName("remove_url")
        self.remove.clicked.connect(self.remove_url)
        for widget in (self.url_label, self.url, self.check, self.save, self.remove):
            row.addWidget(widget, 1 if widget is self.url else 0)
        layout.addLayout(row)
        self.url_error = QLabel(self)
        self.url_error.setObjectName("url_error")
        self.url_error.setWordWrap(True)
        self.url_error.setProperty("role", "error")
        self.url_error.hide()
        layout.addWidget(self.url_error)
        self.result = QLabel(self)
        self.result.setObjectName("echo_result")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.result.hide()
        grid = QGridLayout()
        self.switches: dict[str, QCheckBox] = {}
        for i, name in enumerate(switches):
            box = QCheckBox(self)
            box.setObjectName(name)
            box.clicked.connect(lambda _c=False, n=name: self.switch(n))
            grid.addWidget(box, i // 2, i % 2)
            self.switches[name] = box
        layout.addLayout(grid)
        self.errors = FieldErrors(self, None)
        self.saved_url = ""
        self.pending_confirm = ""  # a URL that failed the check, saved if asked again

    # -- texts

    def retranslate(self) -> None:
        if self.kind == "callinfo":
            self.setTitle(self.tr("Call events (call-info URL)"))
        else:
            self.setTitle(self.tr("Other webhooks (contacts, call tracking, SMS, speech)"))
        if self.kind == "callinfo":
            texts = (self.tr("Add&ress:"), self.tr("&Check"), self.tr("&Save"), self.tr("Re&move"))
        else:
            texts = (self.tr("A&ddress:"), self.tr("Ch&eck"), self.tr("S&ave"), self.tr("Rem&ove"))
        self.url_label.setText(texts[0])
        self.check.setText(texts[1])
        self.save.setText(texts[2])
        self.remove.setText(texts[3])
        labels = {
            "notify_start": self.tr("Call start (NOTIFY_START)"),
            "notify_internal": self.tr("Put through to an extension (NOTIFY_INTERNAL)"),
            "notify_answer": self.tr("Answered (NOTIFY_ANSWER)"),
            "notify_end": self.tr("Call end (NOTIFY_END)"),
            "notify_out_start": self.tr("Outgoing call start (NOTIFY_OUT_START)"),
            "notify_out_end": self.tr("Outgoing call end (NOTIFY_OUT_END)"),
            "number_lookup": self.tr("Contact lookup by number"),
            "call_tracking": self.tr("Call tracking"),
            "sms": self.tr("Incoming SMS"),
            "speech_recognition": self.tr("Speech recognition results"),
        }
        for name, box in self.switches.items():
            box.setText(labels[name])

    # -- state

    def show_settings(self, url: str, flags: dict[str, bool | None]) -> None:
        self.saved_url = url
        self.url.setText(url)
        for name, box in self.switches.items():
            box.setChecked(bool(flags.get(name)))
        self.remove.setEnabled(bool(url))

    def field_error(self, message: str) -> None:
        self.errors.show("url", message, focus=True)

    def show_result(self, text: str, ok: bool) -> None:
        self.result.setProperty("role", "ok" if ok else "error")
        self.result.setText(text)
        self.result.show()

    # -- actions

    def _checked_url(self) -> str | None:
        self.errors.clear()
        self.result.hide()
        found = check_url(self.url.text())
        if not isinstance(found, str):
            self.field_error(issue_text(found))
            return None
        return found

    def describe(self, check: EchoCheck) -> str:
        if check.ok:
            return self.tr("The server answered the check correctly in {0} ms.").format(
                int(check.elapsed * 1000))
        return " ".join(issue_text(i) for i in check.issues)

    def check_only(self) -> None:
        url = self._checked_url()
        if url is None:
            return

        def done(check: EchoCheck) -> None:
            self.show_result(self.describe(check), check.ok)

        self.tab.page.run(lambda: check_echo(url),
                          title=self.tr("Check {0}").format(url), on_success=done)

    def check_and_save(self) -> None:
        url = self._checked_url()
        if url is None:
            return
        confirmed = self.pending_confirm == url
        page = self.tab.page

        def checked(check: EchoCheck) -> None:
            if check.ok or confirmed:
                self.pending_confirm = ""
                self._save(url, check)
                return
            self.pending_confirm = url
            text = self.describe(check)
            if check.answered:  # only "not HTTPS"
                text += " " + self.tr("Press Save again to save it anyway.")
            else:
                text += " " + self.tr("Zadarma will refuse it while it answers like this; "
                                      "press Save again to try anyway.")
            self.show_result(text, False)
            self.field_error(text)

        page.run(lambda: check_echo(url),
                 title=self.tr("Check {0}").format(url), on_success=checked)

    def _save(self, url: str, check: EchoCheck) -> None:
        desk, which = self.tab.page.require_desk(), self.kind

        async def save() -> None:
            await desk.save_url(which, url)

        def done(_r: Any) -> None:
            self.saved_url = url
            self.remove.setEnabled(True)
            note = self.tr("Saved.")
            if check.issues:
                note = self.describe(check) + " " + note
            self.show_result(note, check.ok)

        def failed(exc: BaseException) -> bool:
            from zaddesk.api.errors import ApiError

            if isinstance(exc, ApiError):  # Zadarma's own check refused it: on this field
                from zaddesk.gui.messages import describe_error

                self.field_error(describe_error(exc))
                self.show_result(describe_error(exc), False)
                return True
            return self.tab.page.send_failed(exc)

        self.tab.page.run(save, title=self.tr("Save {0}").format(url), on_success=done,
                          on_error=failed)

    def remove_url(self) -> None:
        desk, which = self.tab.page.require_desk(), self.kind

        async def remove() -> None:
            await desk.remove_url(which)

        def done(_r: Any) -> None:
            self.show_settings("", {n: b.isChecked() for n, b in self.switches.items()})
            self.show_result(self.tr("Removed: Zadarma no longer calls this server."), True)

        self.tab.page.run(remove, title=self.tr("Remove the address"), on_success=done,
                          on_error=self.tab.page.send_failed)

    def switch(self, name: str) -> None:
        desk, which = self.tab.page.require_desk(), self.kind
        value = self.switches[name].isChecked()

        async def save() -> None:
            await desk.switch(which, name, value)

        def failed(exc: BaseException) -> bool:
            self.switches[name].setChecked(not value)
            return self.tab.page.send_failed(exc)

        self.tab.page.run(save, title=self.tr("Switch {0}").format(name), on_error=failed)


class WebhooksTab(QScrollArea):
    def __init__(self, page: PbxPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("webhooks_tab")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 8, 0, 0)
        self.callinfo = UrlGroup(self, "callinfo", NOTIFY)
        self.webhooks = UrlGroup(self, "webhooks", HOOKS)
        layout.addWidget(self.callinfo)
        layout.addWidget(self.webhooks)
        test = QGroupBox(inner)
        test.setObjectName("test_group")
        self.test_group = test
        box = QVBoxLayout(test)
        line = QHBoxLayout()
        self.send_test = QPushButton(test)
        self.send_test.setObjectName("send_test_event")
        self.send_test.clicked.connect(self.test_event)
        self.test_note = QLabel(test)
        self.test_note.setWordWrap(True)
        line.addWidget(self.send_test)
        line.addWidget(self.test_note, 1)
        box.addLayout(line)
        self.test_result = QPlainTextEdit(test)
        self.test_result.setObjectName("test_result")
        self.test_result.setReadOnly(True)
        self.test_result.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.test_result.setMinimumHeight(140)
        box.addWidget(self.test_result, 1)
        layout.addWidget(test, 1)
        self.setWidget(inner)
        self.retranslate()

    def retranslate(self) -> None:
        self.callinfo.retranslate()
        self.webhooks.retranslate()
        self.test_group.setTitle(self.tr("Test the call-info address"))
        self.send_test.setText(self.tr("Send a &test event"))
        self.test_result.setPlaceholderText(self.tr(
            "The answer of the client's server appears here: status, time, body and what a "
            "voice-menu answer would make the call do."))
        self.test_note.setText(self.tr(
            "Posts a NOTIFY_START signed with the client's API secret, as Zadarma does, to the "
            "saved call-info address, and explains a dynamic voice-menu answer."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- plumbing

    def api(self) -> Any:
        api = self.page.ctx.api
        assert api is not None
        return api

    def uid(self) -> dict[str, Any]:
        client = self.page.ctx.client
        return client.api_args() if client is not None else {}

    # -- loading

    def load(self) -> None:
        desk = self.page.require_desk()

        async def read() -> tuple[Any, Any]:
            return await desk.webhook_settings()

        def show(found: tuple[Any, Any]) -> None:
            info, hooks = found
            self.callinfo.show_settings(info.url, {n: getattr(info.notifications, n)
                                                   for n in NOTIFY})
            self.webhooks.show_settings(hooks.url, {n: getattr(hooks.hooks, n) for n in HOOKS})

        self.page.run(read, title=self.tr("Read the webhook settings"), name="webhooks_load",
                      on_success=show)

    # -- test event

    def test_event(self) -> None:
        url = self.callinfo.saved_url or self.callinfo.url.text().strip()
        found = check_url(url)
        if not isinstance(found, str):
            self.callinfo.field_error(issue_text(found))
            return
        api = self.api()
        client = self.page.ctx.client

        async def send() -> TestEventAnswer:
            if client is not None and client.user_id is not None:
                keys = await api.reseller.get_api_key(user_id=client.user_id)
                secret = keys.secret
            else:
                secret = api.transport.webhook_secret()
            scenarios = await self.page.scenario_ids()
            state = self.page.state
            extensions = state.numbers if state is not None else None
            return await send_test_event(found, secret,
                                         scenarios=scenarios, extensions=extensions)

        self.test_result.setPlainText(self.tr("Sending…"))
        self.page.run(send, title=self.tr("Send a test event to {0}").format(found),
                      on_success=self.show_answer)

    def show_answer(self, answer: TestEventAnswer) -> None:
        lines = []
        when = answer.event.fields["call_start"]
        lines.append(self.tr("Sent NOTIFY_START at {0} UTC, Signature {1}").format(
            when, answer.event.signature))
        if answer.status is None:
            lines.append(self.tr("No answer after {0} ms: {1}").format(
                int(answer.elapsed * 1000), issue_text(answer.problem) if answer.problem
                else ""))
        else:
            lines.append(self.tr("Answer: HTTP {0} in {1} ms, {2}").format(
                answer.status, int(answer.elapsed * 1000), answer.content_type or "—"))
            if answer.problem is not None:
                lines.append(issue_text(answer.problem))
            lines.append("")
            lines.append(answer.body if answer.body else self.tr("(empty body)"))
        explained = answer.explanation
        if explained is not None:
            lines.append("")
            lines.append(self.tr("What the call would do:"))
            lines.extend(f"  {i}. {step_text(s)}" for i, s in enumerate(explained.steps, 1))
            if explained.problems:
                lines.append(self.tr("Problems:"))
                lines.extend(f"  • {step_text(p)}" for p in explained.problems)
        elif answer.status == 200:
            lines.append("")
            lines.append(self.tr("The answer is not a voice-menu command: the call follows the "
                                 "PBX's own menu."))
        self.test_result.setPlainText("\n".join(lines))
