"""The demo outbox: e-mails and SMS codes the embedded emulator "sent".

It lets a new user finish onboarding without a real phone or mailbox. While the dock is
visible it re-reads the emulator's outbox every two seconds (in a worker thread: the emulator's
store is SQLite); a double click or "Copy code" puts the code on the clipboard.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zaddesk.gui.context import AppContext
from zaddesk.gui.tasks import TaskInfo, TaskKind

__all__ = ["OutboxModel", "OutboxPanel"]


class OutboxModel(QAbstractTableModel):
    COLUMNS = ("kind", "code", "to", "text")  # the code is what the rep needs first

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[dict[str, str]] = []

    def set_items(self, items: list[dict[str, str]]) -> None:
        newest_first = list(reversed(items))
        if newest_first == self.items:
            return  # an unchanged poll must not reset the model (and the rep's selection)
        self.beginResetModel()
        self.items = newest_first
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Kind"), self.tr("Code"), self.tr("To"), self.tr("Message"))[section]
        return None

    def kind_text(self, kind: str) -> str:
        return {"email": self.tr("E-mail"), "sms": self.tr("SMS"),
                "call": self.tr("Call")}.get(kind, kind)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = item.get(key) or ""
            if key == "code" and not value and item.get("kind") == "email":
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("The client confirms by opening the link in this e-mail; "
                                   "there is no code to type.")
                return self.tr("(a link)")
            return self.kind_text(value) if key == "kind" else value
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 0))


class OutboxPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox_panel")
        self.ctx = ctx
        self.model = OutboxModel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("outbox_list")
        self.view.setTabKeyNavigation(False)  # one Tab stop, never a loop through its cells
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 200)
        header.setStretchLastSection(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setMinimumWidth(200)  # a narrow window keeps room for the page
        self.view.doubleClicked.connect(lambda _i: self.copy_code())
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("outbox_copy")
        self.copy_button.clicked.connect(self.copy_code)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("outbox_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self.refresh)
        # A code the rep just asked for should show at once, not at the next poll.
        ctx.runner.task_finished.connect(self._after_task)
        self.retranslate()

    def refresh(self) -> None:
        server = self.ctx.demo_backend
        if server is None:
            return
        self.ctx.runner.run(
            lambda: asyncio.to_thread(server.outbox),
            title=self.tr("Read the demo outbox"),
            owner=self,
            kind=TaskKind.BACKGROUND,
            name="outbox",
            visible=False,
            on_success=self.model.set_items,
        )

    def _after_task(self, info: TaskInfo) -> None:
        if info.name != "outbox" and info.visible and self.isVisible():
            self.refresh()

    def copy_code(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        item = self.model.data(index, Qt.ItemDataRole.UserRole)
        code = (item or {}).get("code") or ""
        if code:
            QGuiApplication.clipboard().setText(code)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Demo mode: messages the emulator would have sent to clients. Use these codes to "
            "confirm registrations and phones."))
        # No mnemonics: the dock sits beside every page, whose own keys must not clash.
        self.copy_button.setText(self.tr("Copy code"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
