"""The client's cloud PBX, in tabs; the call flow editor is one of them."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from zaddesk.gui.context import AppContext, CurrentClient
from zaddesk.gui.page import ClientPage
from zaddesk.gui.pbx.flow_tab import CallFlowTab


class PbxPage(ClientPage):
    page_id = "pbx"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pbx_tabs")
        self.body.addWidget(self.tabs, 1)
        self.call_flow = CallFlowTab(self)
        self.tabs.addTab(self.call_flow, CallFlowTab.title())

    def client_changed(self, client: CurrentClient | None) -> None:
        self.call_flow.show_client(client)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "call_flow"):
            self.tabs.setTabText(self.tabs.indexOf(self.call_flow), CallFlowTab.title())
