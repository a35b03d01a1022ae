"""The task panel: running work with progress, failed work with its reason, Cancel/Dismiss."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zaddesk.gui.tasks import InfoRole, ProgressRole, TaskInfo, TaskRunner, TaskState

__all__ = ["TaskPanel"]


class ProgressDelegate(QStyledItemDelegate):
    """Draws a progress bar in the status column of running tasks."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        progress = index.data(ProgressRole)
        info: TaskInfo | None = index.data(InfoRole)
        if index.column() != 1 or info is None or info.state is not TaskState.RUNNING:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum = 0
        bar.maximum = 100 if progress is not None else 0
        bar.progress = round((progress or 0.0) * 100)
        bar.text = index.data(Qt.ItemDataRole.DisplayRole)
        bar.textVisible = True
        bar.state = option.state
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class TaskPanel(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_panel")
        self.runner = runner
        self.view = QTableView(self)
        self.view.setObjectName("task_list")
        self.view.setModel(runner.model)
        self.view.setItemDelegate(ProgressDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 240)
        self.view.setWordWrap(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("task_cancel")
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("task_dismiss")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self.dismiss_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        runner.model.rowsInserted.connect(self._update_buttons)
        runner.model.rowsRemoved.connect(self._update_buttons)
        runner.model.dataChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def selected(self) -> list[TaskInfo]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        infos = self.runner.model.infos()
        return [infos[r] for r in sorted(rows) if r < len(infos)]

    def cancel_selected(self) -> None:
        targets = self.selected() or [i for i in self.runner.model.infos() if i.running]
        for info in targets:
            if info.running:
                self.runner.cancel(info)

    def dismiss_selected(self) -> None:
        targets = self.selected() or self.runner.model.infos()
        for info in targets:
            self.runner.dismiss(info)

    def _update_buttons(self, *_args: object) -> None:
        infos = self.selected() or self.runner.model.infos()
        self.cancel_button.setEnabled(any(i.running for i in infos))
        self.dismiss_button.setEnabled(any(not i.running for i in infos))

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("&Cancel task"))
        self.cancel_button.setToolTip(self.tr("Cancel the selected task, or all running tasks"))
        self.dismiss_button.setText(self.tr("&Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Remove the selected failed tasks from the list"))
        self.view.setAccessibleName(self.tr("Tasks"))
        self.runner.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
