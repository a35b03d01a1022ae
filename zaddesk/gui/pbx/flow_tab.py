"""The "Call flow" tab of the PBX page: the flow editor for the current client.

The page builds it with itself as host (``CallFlowTab(page)``), adds it to its tabs and calls
``show_client`` from its ``client_changed``. The flow is read only once the tab is visible,
and again only for another client. API work runs through the page, so it is cancelled with
it and a result for a client no longer current is dropped.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from zaddesk.core import profiles
from zaddesk.core.ivr import apply as ivr_apply
from zaddesk.core.ivr.apply import ApplyReport, Conflict
from zaddesk.core.ivr.model import Flow
from zaddesk.core.ivr.plan import Call
from zaddesk.core.ivr.read import read_flow
from zaddesk.core.ivr.simulate import Simulation, callinfo_asker, simulate
from zaddesk.core.ivr.store import FlowStore
from zaddesk.core.sendonce import SendOnce
from zaddesk.gui.pbx.flow_editor import FlowEditor

if TYPE_CHECKING:
    from zaddesk.api.client import Zadarma
    from zaddesk.gui.context import CurrentClient
    from zaddesk.gui.page import ClientPage

__all__ = ["ApiFlowBackend", "CallFlowTab"]


class ApiFlowBackend:
    """One client's flow through the API, applied through the send-once mechanism."""

    def __init__(self, api: Zadarma, once: SendOnce, user_id: int | None) -> None:
        self.api = api
        self.once = once
        self.user_id = user_id

    @property
    def client_id(self) -> int | None:
        return self.user_id

    async def read(self) -> Flow:
        return await read_flow(self.api, user_id=self.user_id)

    async def settle_pending(self) -> int:
        found = await ivr_apply.settle_pending(self.api, self.once, self.user_id,
                                               user_id=self.user_id)
        return len(found)

    async def conflict(self, base: Flow, edited: Flow) -> Conflict | None:
        return await ivr_apply.check_conflict(self.api, base, edited, user_id=self.user_id)

    async def apply(self, calls: list[Call], server: Flow,
                    on_applied: Callable[[Call, dict[str, str]], None]) -> ApplyReport:
        return await ivr_apply.apply(self.api, self.once, calls, server,
                                     client_id=self.user_id, user_id=self.user_id,
                                     on_applied=on_applied)

    def decide(self, step_id: int, applied: bool) -> None:
        self.once.decide(step_id, applied=applied, note="decided by the rep in the call flow")

    async def simulate(self, flow: Flow, events: list[str], **options: Any) -> Simulation:
        """A test call that asks the client's call-info URL (signed with the client's API
        secret, as Zadarma signs call events); without a URL, the flow alone."""
        if self.user_id is None:
            return await simulate(flow, events, **options)
        settings = await self.api.webhooks.callinfo(user_id=self.user_id)
        if not settings.url:
            return await simulate(flow, events, **options)
        keys = await self.api.reseller.get_api_key(user_id=self.user_id)
        import httpx

        async with httpx.AsyncClient(timeout=5) as http:
            ask = callinfo_asker(settings.url, keys.secret, http)
            return await simulate(flow, events, ask=ask, **options)


class CallFlowTab(QWidget):
    """The editor in a tab, following the page's current client."""

    def __init__(self, page: ClientPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call_flow")
        self.page = page
        self.editor: FlowEditor | None = None
        self.client: CurrentClient | None = page.client
        self._shown_for: object = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._layout = layout

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("FlowEditor", "Call f&low")

    def _run(self, factory: Callable[[], Awaitable[Any]], **options: Any) -> Any:
        return self.page.run(factory, **options)

    def ensure_editor(self) -> FlowEditor:
        if self.editor is None:
            ctx = self.page.ctx
            name = ctx.profile.name if ctx.profile is not None else ""
            store = FlowStore(profiles.data_dir() / "callflows", name)
            self.editor = FlowEditor(self._run, store, self)
            self._layout.addWidget(self.editor)
        return self.editor

    def show_client(self, client: CurrentClient | None) -> None:
        self.client = client
        if self.isVisible():
            self._open()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._open()

    def _open(self) -> None:
        key = None if self.client is None else ("client", self.client.user_id)
        if key == self._shown_for and self.editor is not None:
            return
        self._shown_for = key
        editor = self.ensure_editor()
        ctx = self.page.ctx
        if self.client is None or ctx.api is None:
            editor.open(None)
            return
        from zaddesk.gui.journals import journal_for

        once = SendOnce(journal_for(ctx), profile=ctx.profile.name if ctx.profile else "")
        editor.open(ApiFlowBackend(ctx.api, once, self.client.user_id))
