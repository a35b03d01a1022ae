"""The PBX page: the current client's cloud PBX, as a rep sets it up with the client beside them.

Without a PBX the page offers to create one, with a strong password generated on the desk (or
typed and checked), shown once with Copy. With a PBX it shows tabs: Extensions, Webhooks and
WebRTC; other features add theirs with :meth:`PbxPage.add_tab` (the call-flow editor does).
Every change to the PBX goes through send-once (:class:`~zaddesk.core.pbxdesk.PbxDesk`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zaddesk.core.pbx import check_sip_password, generate_password
from zaddesk.gui.page import ClientPage
from zaddesk.gui.pbx.extensions import ExtensionsTab
from zaddesk.gui.pbx.flow_tab import CallFlowTab
from zaddesk.gui.pbx.texts import issue_text, send_error_text
from zaddesk.gui.pbx.webhooks import WebhooksTab
from zaddesk.gui.pbx.webrtc import WebrtcTab
from zaddesk.gui.tasks import TaskInfo

if TYPE_CHECKING:
    from zaddesk.core.journal import StepRecord
    from zaddesk.core.pbxdesk import PbxDesk, PbxState
    from zaddesk.core.sendonce import SendOnce
    from zaddesk.gui.context import AppContext, CurrentClient

__all__ = ["PbxPage"]

log = logging.getLogger("zaddesk.gui.pbx")

EMPTY, CREATE, TABS = range(3)


class CreatePbxPanel(QWidget):
    """No PBX yet: a generated password (or a typed one, checked) and "Create PBX"."""

    def __init__(self, page: PbxPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("create_pbx_panel")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QFrame(self)
        box.setMaximumWidth(620)
        layout = QVBoxLayout(box)
        self.intro = QLabel(box)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.password_label = QLabel(box)
        self.password = QLineEdit(box)
        self.password.setObjectName("password")
        self.password_label.setBuddy(self.password)
        self.generate = QPushButton(box)
        self.generate.setObjectName("generate_password")
        self.generate.clicked.connect(self.new_password)
        row.addWidget(self.password_label)
        row.addWidget(self.password, 1)
        row.addWidget(self.generate)
        layout.addLayout(row)
        self.password_error = QLabel(box)
        self.password_error.setObjectName("password_error")
        self.password_error.setWordWrap(True)
        self.password_error.setProperty("role", "error")
        self.password_error.hide()
        layout.addWidget(self.password_error)
        self.create_button = QPushButton(box)
        self.create_button.setObjectName("create_pbx")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.page.create_pbx)
        self.password.returnPressed.connect(self.page.create_pbx)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box, 3)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self.retranslate()

    def new_password(self) -> None:
        self.password.setText(generate_password())
        self.page.errors.clear("password")

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "This client has no cloud PBX yet. Creating it makes extension 100 and a voice "
            "menu that rings it. The password below is for extension 100; it is generated "
            "here, or type your own (it is checked before anything is sent)."))
        self.password_label.setText(self.tr("Extension 100 &password:"))
        self.generate.setText(self.tr("Gene&rate"))
        self.create_button.setText(self.tr("&Create PBX"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PasswordOnce(QFrame):
    """The new PBX's password, shown once with Copy; gone when dismissed."""

    def __init__(self, page: PbxPage) -> None:
        super().__init__(page)
        self.setObjectName("password_once")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.value = QLineEdit(self)
        self.value.setObjectName("new_password")
        self.value.setReadOnly(True)
        self.copy = QPushButton(self)
        self.copy.setObjectName("copy_new_password")
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.value.text()))
        self.done = QPushButton(self)
        self.done.setObjectName("forget_password")
        self.done.clicked.connect(self.forget)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.copy)
        layout.addWidget(self.done)
        self.hide()
        self.retranslate()

    def show_password(self, password: str) -> None:
        self.value.setText(password)
        self.show()

    def forget(self) -> None:
        self.value.clear()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("PBX created. The password of extension 100 is shown only "
                                   "now: copy it for the client."))
        self.copy.setText(self.tr("&Copy"))
        self.done.setText(self.tr("&Done, hide it"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class UnsettledBar(QFrame):
    """A change whose outcome the server cannot show: the rep says whether it took effect."""

    def __init__(self, page: PbxPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("unsettled")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.steps: list[StepRecord] = []
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.applied = QPushButton(self)
        self.applied.setObjectName("decide_applied")
        self.applied.clicked.connect(lambda: self._decide(True))
        self.not_applied = QPushButton(self)
        self.not_applied.setObjectName("decide_not_applied")
        self.not_applied.clicked.connect(lambda: self._decide(False))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.applied)
        layout.addWidget(self.not_applied)
        self.hide()
        self.retranslate()

    def show_steps(self, steps: list[StepRecord]) -> None:
        self.steps = list(steps)
        self.retranslate()
        self.setVisible(bool(self.steps))

    def _decide(self, applied: bool) -> None:
        if self.steps:
            self.page.decide(self.steps[0].id, applied)

    def retranslate(self) -> None:
        self.applied.setText(self.tr("It &took effect"))
        self.not_applied.setText(self.tr("It did &not take effect"))
        if self.steps:
            step = self.steps[0]
            self.label.setText(self.tr(
                "The answer to “{0}” was lost and the server does not show whether it took "
                "effect. Check it with the client or in Zadarma's panel and say which; until "
                "then nothing more of this kind is sent.").format(
                    step.description or step.action))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PbxPage(ClientPage):
    page_id = "pbx"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.desk: PbxDesk | None = None
        self.state: PbxState | None = None
        self.dialog: QWidget | None = None
        self._once: SendOnce | None = None
        self.password_once = PasswordOnce(self)
        self.body.addWidget(self.password_once)
        self.unsettled = UnsettledBar(self)
        self.body.addWidget(self.unsettled)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pbx_stack")
        self.empty = QLabel(self)
        self.empty.setObjectName("pbx_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.create_panel = CreatePbxPanel(self)
        self.stack.addWidget(self.create_panel)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pbx_tabs")
        self.extensions = ExtensionsTab(self)
        self.webhooks = WebhooksTab(self)
        self.webrtc = WebrtcTab(self)
        self.tabs.addTab(self.extensions, "")
        self.tabs.addTab(self.webhooks, "")
        self.tabs.addTab(self.webrtc, "")
        self.call_flow = CallFlowTab(self)
        self.tabs.addTab(self.call_flow, "")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.stack.addWidget(self.tabs)
        self.body.addWidget(self.stack, 1)
        ctx.profile_changed.connect(lambda _p: self._forget_once())

    # ------------------------------------------------------------------ tabs for others

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Another part of the PBX (the call-flow editor) adds its tab beside these."""
        return self.tabs.addTab(widget, title)

    async def scenario_ids(self) -> set[str] | None:
        """Scenario ids of the client's voice menus, read from the server."""
        api, client = self.ctx.api, self.ctx.client
        if api is None or self.state is None or not self.state.exists:
            return None
        user_id = client.user_id if client is not None else None
        try:
            menus = await api.ivr.list_menus(user_id=user_id)
            ids: set[str] = set()
            for menu in menus.ivrs:
                for scenario in await api.ivr.list_scenarios(int(menu.menu_id),
                                                             user_id=user_id):
                    ids.add(str(scenario.id))
            return ids
        except Exception as exc:  # an explanation without this check is still useful
            log.info("scenarios not read: %s", exc)
            return None

    def open_with(self, **args: Any) -> None:
        """``ctx.open_page("pbx", tab="webhooks")``: show that tab (by its object name
        without ``_tab``: ``extensions``, ``webhooks``, ``webrtc``, or a tab added later)."""
        name = str(args.get("tab") or "")
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not None and widget.objectName() in (name, f"{name}_tab"):
                self.tabs.setCurrentIndex(index)
                return

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(self.tabs.indexOf(self.extensions), self.tr("E&xtensions"))
        self.tabs.setTabText(self.tabs.indexOf(self.webhooks), self.tr("We&bhooks"))
        self.tabs.setTabText(self.tabs.indexOf(self.webrtc), self.tr("WebRTC wid&get"))
        self.tabs.setTabText(self.tabs.indexOf(self.call_flow), CallFlowTab.title())
        self.empty.setText(self.tr("Choose a client in the header (or work on your own "
                                   "account) to see and set up their cloud PBX."))

    # ------------------------------------------------------------------ plumbing

    def _forget_once(self) -> None:
        self._once = None
        self.desk = None

    def once(self) -> SendOnce:
        if self._once is None:
            from zaddesk.core.sendonce import SendOnce
            from zaddesk.gui.journals import journal_for

            profile = self.ctx.profile.name if self.ctx.profile is not None else ""
            self._once = SendOnce(journal_for(self.ctx), profile=profile)
        return self._once

    def require_desk(self) -> PbxDesk:
        if self.desk is None:
            raise RuntimeError("no client's PBX is open")
        return self.desk

    def send_failed(self, exc: BaseException) -> bool:
        """``on_error`` of PBX changes: send-once refusals and lost answers, explained."""
        from zaddesk.core.sendonce import SendOnceError

        if isinstance(exc, SendOnceError):
            self.show_banner(send_error_text(exc), "warning")
            return True
        return False

    def focus_field(self, name: str) -> None:
        widget = self.findChild(QWidget, name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def when_finished(self, info: TaskInfo, callback: Callable[[], None]) -> None:
        runner = self.ctx.runner

        def finished(ended: Any) -> None:
            if ended is info:
                runner.task_finished.disconnect(finished)
                callback()

        if not info.running:
            callback()
            return
        runner.task_finished.connect(finished)

    # ------------------------------------------------------------------ loading

    def client_changed(self, client: CurrentClient | None) -> None:
        self.call_flow.show_client(client)
        self.password_once.forget()
        self.unsettled.show_steps([])
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        self.dialog = None
        self.extensions.stop()
        self.webrtc.stop()
        self.state = None
        if client is None or self.ctx.api is None:
            self.desk = None
            self.stack.setCurrentIndex(EMPTY)
            return
        from zaddesk.core.pbxdesk import PbxDesk

        self.desk = PbxDesk(self.ctx.api, self.once(), client.user_id)
        self.reload()

    def reload(self) -> None:
        desk = self.desk
        if desk is None:
            return

        async def read() -> tuple[PbxState, list[StepRecord]]:
            unclear = await self._settle_lost(desk)
            return await desk.read(), unclear

        def show(found: tuple[PbxState, list[StepRecord]]) -> None:
            state, unclear = found
            self.unsettled.show_steps(unclear)
            self.show_state(state)

        self.run(read, title=self.tr("Read the PBX"), name="pbx_read", on_success=show)

    async def _settle_lost(self, desk: PbxDesk) -> list[StepRecord]:
        """Changes whose answer was lost: read the server to learn their outcome. Those the
        server cannot show are returned, for the rep to decide."""
        unclear: list[StepRecord] = []
        for step in desk.unsettled():
            if desk.once.waiting(step.id):
                continue
            try:
                found = await desk.settle(step.id)
            except Exception as exc:
                log.info("could not settle PBX step #%d: %s", step.id, exc)
                unclear.append(step)
                continue
            if not found.settled:
                unclear.append(found.step)
        return unclear

    def decide(self, step_id: int, applied: bool) -> None:
        """The rep's decision on a change the server cannot show. Sends nothing."""
        desk = self.desk
        if desk is None:
            return
        desk.once.decide(step_id, applied=applied)
        self.unsettled.show_steps([s for s in self.unsettled.steps if s.id != step_id])

    def show_state(self, state: PbxState) -> None:
        self.state = state
        if not state.exists:
            self.stack.setCurrentIndex(CREATE)
            if not self.create_panel.password.text():
                self.create_panel.new_password()
            self.create_panel.password.setFocus()
            return
        if self.stack.currentIndex() != TABS:
            self.stack.setCurrentIndex(TABS)
            if self.tabs.currentWidget() is self.extensions:
                self.extensions.table.setFocus()
        self.extensions.show_state(state)
        self.webrtc.set_extensions(state.numbers, state.pbx_id)
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if self.state is None or not self.state.exists:
            return
        if widget is self.webhooks:
            self.webhooks.load()
        elif widget is self.webrtc:
            self.webrtc.load()

    # ------------------------------------------------------------------ create

    def create_pbx(self) -> None:
        desk = self.desk
        if desk is None:
            return
        self.clear_errors()
        password = self.create_panel.password.text()
        issue = check_sip_password(password)
        if issue is not None:
            self.errors.show("password", issue_text(issue), focus=True)
            return

        def done(_until: str) -> None:
            self.create_panel.password.clear()
            self.password_once.show_password(password)
            self.ctx.refresh_client()
            self.reload()

        self.create_panel.create_button.setEnabled(False)
        def failed(exc: BaseException) -> bool:
            from zaddesk.core.sendonce import Unknown

            if isinstance(exc, Unknown):
                # It may exist now with this password: keep it visible, read the server.
                self.password_once.show_password(password)
                self.reload()
            return self.send_failed(exc)

        info = self.run(lambda: desk.create_pbx(password), title=self.tr("Create the PBX"),
                        on_success=done, on_error=failed)
        self.when_finished(info, lambda: self.create_panel.create_button.setEnabled(True))

    # ------------------------------------------------------------------ screenshots

    async def open_for_screenshot(self, what: str) -> None:
        """``zaddesk --screenshot … --page pbx --open WHAT``: ``extensions``, ``webhooks``,
        ``webrtc``, ``sip`` (the SIP settings of extension 100), ``recording``, ``forwarding``,
        ``password`` (dialogs for extension 101), ``create`` (a client without a PBX) or
        ``create:done`` (just created), on a demo client of the embedded emulator."""
        if not self.ctx.demo:
            return
        tab, _, _rest = what.partition(":")
        self.ctx.set_client_id(210002 if tab == "create" else 210001)
        await self.ctx.runner.wait_idle()
        if tab == "webhooks":
            self.tabs.setCurrentWidget(self.webhooks)
        elif tab == "webrtc":
            self.tabs.setCurrentWidget(self.webrtc)
        await self.ctx.runner.wait_idle()
        if tab == "webrtc" and self.webrtc.info is not None and not self.webrtc.info.is_exists:
            self.webrtc.domain.setText("zlotyklos.example.pl")
            self.webrtc.add()
            await self.ctx.runner.wait_idle()
        if tab == "create" and _rest == "done":
            self.create_pbx()
            await self.ctx.runner.wait_idle()
        if tab in ("recording", "forwarding", "password"):
            self.extensions.table.selectRow(1)
            {"recording": self.extensions.open_recording,
             "forwarding": self.extensions.open_redirection,
             "password": self.extensions.open_password}[tab]()
            await self.ctx.runner.wait_idle()
        if tab == "sip":
            self.extensions.table.selectRow(0)
            self.extensions.open_sip_settings()
            from zaddesk.gui.pbx.dialogs import SipSettingsDialog

            if isinstance(self.dialog, SipSettingsDialog):
                self.dialog.load_password()
            await self.ctx.runner.wait_idle()
