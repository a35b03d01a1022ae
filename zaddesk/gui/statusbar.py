"""Status-bar widgets: demo marker, profile, dealer balance, rate meter, busy indicator."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from zaddesk.core.profiles import Profile
from zaddesk.gui.context import AppContext, Balance
from zaddesk.gui.icons import icon

BUSY_AFTER_MS = 400  # the running bar appears once work has taken this long

__all__ = ["StatusWidgets"]


class StatusWidgets(QWidget):
    """Everything on the right of the status bar, fed by context and runner signals."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(10)

        self.demo_label = QLabel(self)
        self.demo_label.setObjectName("demo_marker")
        self.demo_label.hide()
        self.profile_label = QLabel(self)
        self.profile_label.setObjectName("status_profile")
        self.profile_label.setMaximumWidth(260)  # a long profile name is clipped, not widening
        self.balance_label = QLabel(self)
        self.balance_label.setObjectName("status_balance")
        self.balance_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rate_meter = QProgressBar(self)
        self.rate_meter.setObjectName("status_rate")
        self.rate_meter.setFixedWidth(160)
        self.rate_meter.setMaximumHeight(18)
        self.rate_meter.setRange(0, 100)
        self.rate_meter.setValue(100)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("status_busy")
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(60)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.tasks_button = QToolButton(self)
        self.tasks_button.setObjectName("status_tasks")
        self.tasks_button.setIcon(icon("tasks"))
        self.tasks_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tasks_button.setAutoRaise(True)
        self.tasks_button.setProperty("failed", False)  # before the first polish: no restyle

        layout.addWidget(self.demo_label)
        layout.addWidget(self.profile_label)
        # Notices (e.g. "no key stored, working on demo data") use the free room between.
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("status_notice")
        self.notice_label.setProperty("role", "warning")
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHorizontalStretch(1)
        self.notice_label.setSizePolicy(policy)
        layout.addWidget(self.notice_label, 1)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(60_000)
        self._notice_timer.timeout.connect(self.notice_label.clear)
        for widget in (self.balance_label, self.rate_meter, self.busy, self.tasks_button):
            layout.addWidget(widget)

        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._failed = 0
        self._snapshot: object = None
        self._rate_pending = False
        ctx.profile_changed.connect(self._profile_changed)
        ctx.balance_changed.connect(self._balance_changed)
        ctx.rate_changed.connect(self._rate_changed)
        ctx.notice.connect(self.show_notice)
        ctx.runner.busy_changed.connect(self._busy_changed)
        ctx.runner.task_failed.connect(lambda _info: self._count_failed())
        ctx.runner.model.rowsRemoved.connect(lambda *_: self._count_failed())
        self.retranslate()

    # ------------------------------------------------------------------ updates

    def _profile_changed(self, _profile: Profile | None) -> None:
        self.retranslate()
        if self.ctx.api is not None:
            with contextlib.suppress(AttributeError):
                self._rate_changed(self.ctx.api.transport.rate_snapshot())

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setToolTip(text)
        self._notice_timer.start()

    def _balance_changed(self, _balance: Balance | None) -> None:
        self._show_balance()

    def _show_balance(self) -> None:
        balance = self.ctx.balance
        if balance is None:
            self.balance_label.setText(self.tr("Balance: …"))
            return
        amount = QLocale().toString(float(balance.amount), "f", 2)
        self.balance_label.setText(self.tr("Balance: {0} {1}").format(amount, balance.currency))

    def _fit_rate_meter(self) -> None:
        """Wide enough for the text at its longest ("10000/10000 …"), in either language."""
        top = str(self.rate_meter.maximum())
        text = self.rate_meter.format().replace("%v", top).replace("%m", top)
        self.rate_meter.setFixedWidth(max(120, self.rate_meter.fontMetrics().horizontalAdvance(
            text) + 40))

    def _rate_changed(self, snapshot: object) -> None:
        """Every request start and answer sends a snapshot: the meter takes the latest once
        per turn of the event loop (a burst of requests costs one update)."""
        self._snapshot = snapshot
        if not self._rate_pending:
            self._rate_pending = True
            QTimer.singleShot(0, self, self._show_rate)

    def _show_rate(self) -> None:
        self._rate_pending = False
        snapshot = self._snapshot
        limit = int(getattr(snapshot, "limit", 0) or 0)
        remaining = int(getattr(snapshot, "remaining", 0) or 0)
        if limit <= 0:
            return
        # A progress bar repaints at once on each new value; with updates off it is painted
        # with the next frame instead, once.
        self.rate_meter.setUpdatesEnabled(False)
        self.rate_meter.setRange(0, limit)
        self.rate_meter.setValue(max(0, min(limit, remaining)))
        self.rate_meter.setFormat(self.tr("%v/%m requests left"))
        self._fit_rate_meter()
        self.rate_meter.setUpdatesEnabled(True)
        blocked = float(getattr(snapshot, "blocked_for", 0.0) or 0.0)
        tip = self.tr("Requests left this minute under the API rate limit: {0} of {1}").format(
            remaining, limit)
        if blocked > 0:
            tip += "\n" + self.tr("Paused by the server for {0} s").format(round(blocked))
        self.rate_meter.setToolTip(tip)

    def _busy_changed(self, busy: bool) -> None:
        """The running bar shows only for work that lasts: a quick request would flash it,
        and it repaints every frame while shown (start-up's requests are over before)."""
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.hide()
        self._update_tasks_button()

    def _show_busy(self) -> None:
        self.busy.setVisible(self.ctx.runner.busy)

    def _count_failed(self) -> None:
        from zaddesk.gui.tasks import TaskState

        self._failed = sum(1 for i in self.ctx.runner.model.infos()
                           if i.state is TaskState.FAILED)
        self._update_tasks_button()

    def _update_tasks_button(self) -> None:
        running = self.ctx.runner.running_count
        if self._failed:
            text = self.tr("Tasks: %n failed", "", self._failed)
        elif running:
            text = self.tr("Tasks: %n running", "", running)
        else:
            text = self.tr("Tasks")
        self.tasks_button.setText(text)
        if self.tasks_button.property("failed") != bool(self._failed):  # restyling costs
            self.tasks_button.setProperty("failed", bool(self._failed))
            self.tasks_button.style().unpolish(self.tasks_button)
            self.tasks_button.style().polish(self.tasks_button)

    def retranslate(self) -> None:
        profile = self.ctx.profile
        self.demo_label.setVisible(self.ctx.demo)
        self.demo_label.setText(self.tr("DEMO DATA — local emulator"))
        self.demo_label.setToolTip(self.tr(
            "You are working on the built-in emulator with invented data. Nothing reaches "
            "Zadarma. Add a real profile in Settings to work with your dealer account."))
        if profile is None:
            self.profile_label.setText(self.tr("Connecting…"))
        else:
            self.profile_label.setText(self.tr("Profile: {0}").format(profile.name))
        self.profile_label.setToolTip(profile.base_url if profile else "")
        self._show_balance()
        self.rate_meter.setFormat(self.tr("%v/%m requests left"))
        self._fit_rate_meter()
        if self._snapshot is not None:
            self._show_rate()
        self.rate_meter.setAccessibleName(self.tr("API requests left this minute"))
        self.busy.setAccessibleName(self.tr("Working"))
        self.tasks_button.setToolTip(self.tr("Show or hide the task panel (Ctrl+T)"))
        self._update_tasks_button()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
