"""The one way a page runs API work: ``TaskRunner.run``.

Design, in short (FeelUOwn's task manager and Anki's operations are the models):

* ``run(coro_factory, *, title, owner, kind, name, on_success, on_error, field_map)`` starts
  ``coro_factory()`` as an asyncio task on the qasync loop and returns a ``TaskInfo``.
  The runner keeps a reference to every task until it ends (asyncio only keeps weak ones).
* ``name`` makes a task replaceable: a new task with the same ``(owner, name)`` cancels the old
  one (a new search cancels the previous search).
* A task dies with its owner: when the owner widget is destroyed its tasks are cancelled, and
  ``cancel_all``/``shutdown`` cancel everything when the window closes. Cancellation is silent.
* Progress: inside the coroutine, ``report_progress(fraction, detail)`` updates the task's row
  (found through a context variable, so API code need not carry a handle around).
* Errors are reported one way. ``on_error`` may handle an error first (return True). Otherwise,
  for an interactive task with an owner that is an ``ErrorSurface`` (every ``Page``, the
  profile dialog): an ``ApiError`` whose ``field`` (mapped through ``field_map``) names a child
  widget's ``objectName`` is shown inline at that widget, anything else in the owner's banner.
  Background failures, and failures with nowhere to show them, stay in the task panel as
  failed rows until dismissed.
* Success and error callbacks run on the GUI thread (it is the event-loop thread) and are
  skipped once the owner is gone.
* asyncio is imported inside the functions that need it, so the main window can be built and
  painted before asyncio and qasync are loaded (start-up time).
* ``ask()`` in ``zaddesk.gui.dialogs`` is the confirmation helper for use inside tasks; a
  modal ``exec()`` must never run inside a task (qasync cannot re-enter the loop).
"""

from __future__ import annotations

import contextlib
import contextvars
import itertools
import logging
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from zaddesk.gui.messages import describe_error

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "ErrorSurface",
    "TaskInfo",
    "TaskKind",
    "TaskListModel",
    "TaskRunner",
    "TaskState",
    "report_progress",
]

log = logging.getLogger("zaddesk.gui.tasks")


class TaskKind(Enum):
    INTERACTIVE = "interactive"  # a rep waits for it; errors go to the page
    BACKGROUND = "background"  # refreshes and the like; errors go to the task panel


class TaskState(Enum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@runtime_checkable
class ErrorSurface(Protocol):
    """What an owner offers so the runner can place an error where the rep looks."""

    def show_field_error(self, name: str, message: str) -> bool: ...
    def show_banner(self, message: str, level: str = "error") -> None: ...
    def clear_errors(self) -> None: ...


@dataclass(eq=False)
class TaskInfo:
    id: int
    title: str
    kind: TaskKind
    name: str | None
    owner_key: int | None
    visible: bool
    state: TaskState = TaskState.RUNNING
    progress: float | None = None  # 0..1, None = indeterminate
    detail: str = ""
    error: str = ""
    exception: BaseException | None = None
    task: asyncio.Task[None] | None = field(default=None, repr=False)

    @property
    def running(self) -> bool:
        return self.state is TaskState.RUNNING


_current: contextvars.ContextVar[tuple[TaskRunner, TaskInfo] | None] = contextvars.ContextVar(
    "zaddesk_current_task", default=None
)


def report_progress(fraction: float | None, detail: str = "") -> None:
    """Update the progress of the task this coroutine runs in (no-op outside a task)."""
    current = _current.get()
    if current is None:
        return
    runner, info = current
    info.progress = None if fraction is None else max(0.0, min(1.0, fraction))
    info.detail = detail
    runner.model.refresh(info)


def _owner_key(owner: QObject | None) -> int | None:
    return None if owner is None else id(owner)


class TaskRunner(QObject):
    task_started = Signal(object)  # TaskInfo
    task_finished = Signal(object)  # TaskInfo (state says how)
    task_failed = Signal(object)  # TaskInfo whose failure went to the task panel
    busy_changed = Signal(bool)
    idle = Signal()  # the last running task finished (start-up work done, for one)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._tasks: dict[int, TaskInfo] = {}
        self._owners: dict[int, QObject] = {}
        self._busy = False
        self._closed = False
        self._deferred: list[tuple[TaskInfo, Callable[[], Coroutine[Any, Any, None]]]] = []
        self._focus: dict[int, tuple[QWidget, QWidget]] = {}  # task id -> (owner, focus)
        self.model = TaskListModel(self)

    # ------------------------------------------------------------------ starting

    def run(
        self,
        coro_factory: Callable[[], Awaitable[Any]],
        *,
        title: str,
        owner: QObject | None = None,
        kind: TaskKind = TaskKind.INTERACTIVE,
        name: str | None = None,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], bool] | None = None,
        field_map: Mapping[str, str] | None = None,
        visible: bool = True,
    ) -> TaskInfo:
        key = _owner_key(owner)
        if name is not None:
            for other in list(self._tasks.values()):
                if other.name == name and other.owner_key == key and other.running:
                    log.debug("task %r replaces #%d", name, other.id)
                    self.cancel(other)
        info = TaskInfo(next(self._ids), title, kind, name, key, visible)
        if self._closed:  # the window is gone: a late timer or signal must not start work
            info.state = TaskState.CANCELLED
            return info
        if owner is not None and key not in self._owners:
            self._owners[key] = owner  # type: ignore[index]
            owner.destroyed.connect(lambda _=None, k=key: self._owner_gone(k))
        if kind is TaskKind.INTERACTIVE and isinstance(owner, ErrorSurface):
            owner.clear_errors()
        if kind is TaskKind.INTERACTIVE:
            self._remember_focus(info, owner)
        self._tasks[info.id] = info
        def make() -> Coroutine[Any, Any, None]:
            return self._drive(info, coro_factory, owner, on_success, on_error,
                               field_map or {})

        if _loop_running():
            self._start(info, make)
        else:  # built before the event loop runs (the first page): start once it does
            self._deferred.append((info, make))
            QTimer.singleShot(0, self._start_deferred)
        if visible:
            self.model.add(info)
        self.task_started.emit(info)
        self._update_busy()
        return info

    def _start(self, info: TaskInfo, make: Callable[[], Coroutine[Any, Any, None]]) -> None:
        import asyncio  # deferred: the first window is shown before asyncio is loaded

        info.task = asyncio.get_running_loop().create_task(make(),
                                                           name=f"zaddesk-task-{info.id}")
        # A task cancelled before its first step never enters _drive's try/finally.
        info.task.add_done_callback(lambda _t: self._finish(info))

    def _start_deferred(self) -> None:
        if self._closed:
            self._deferred.clear()
            return
        if not _loop_running():
            QTimer.singleShot(10, self._start_deferred)
            return
        deferred, self._deferred = self._deferred, []
        for info, make in deferred:
            if info.running:
                self._start(info, make)

    async def _drive(
        self,
        info: TaskInfo,
        coro_factory: Callable[[], Awaitable[Any]],
        owner: QObject | None,
        on_success: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], bool] | None,
        field_map: Mapping[str, str],
    ) -> None:
        import asyncio

        _current.set((self, info))
        try:
            result = await coro_factory()
        except asyncio.CancelledError:
            info.state = TaskState.CANCELLED
            log.debug("task #%d %r cancelled", info.id, info.title)
        except Exception as exc:
            info.state = TaskState.FAILED
            info.exception = exc
            info.error = describe_error(exc)
            message = info.error
            expected = _expected(exc)
            handled = self._deliver_error(info, exc, owner, on_error, field_map)
            if expected or handled:
                # A refusal or a lost answer the rep was shown: part of the job, not a bug.
                log.info("task #%d %r: %s", info.id, info.title,
                         message if expected else f"{type(exc).__name__}: {exc}")
            else:
                log.warning("task #%d %r failed: %s", info.id, info.title, message,
                            exc_info=exc)
        else:
            info.state = TaskState.DONE
            if on_success is not None and _alive(owner):
                try:
                    on_success(result)
                except Exception as exc:
                    info.state = TaskState.FAILED
                    info.exception = exc
                    info.error = describe_error(exc)
                    log.exception("success handler of task %r failed", info.title)
                    self._deliver_error(info, exc, owner, None, field_map)
        finally:
            self._finish(info)

    # ------------------------------------------------------------------ errors

    def _deliver_error(
        self,
        info: TaskInfo,
        exc: Exception,
        owner: QObject | None,
        on_error: Callable[[BaseException], bool] | None,
        field_map: Mapping[str, str],
    ) -> bool:
        """Show the error where the rep looks; True when the task's own ``on_error`` took it."""
        if not _alive(owner):
            return False
        if on_error is not None:
            try:
                if on_error(exc):
                    info.error = ""  # handled by the caller: not a panel failure
                    return True
            except Exception:
                log.exception("error handler of task %r failed", info.title)
        if info.kind is TaskKind.INTERACTIVE and isinstance(owner, ErrorSurface):
            field_name = getattr(exc, "field", None)
            if field_name:
                target = field_map.get(field_name, field_name)
                if owner.show_field_error(target, info.error):
                    # A refused request: take the rep to the input (marks made while
                    # typing do not move the focus, so this is done here).
                    widget = owner.findChild(QWidget, target) if isinstance(owner, QWidget) \
                        else None
                    if widget is not None:
                        widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    info.error = ""
                    return False
            owner.show_banner(info.error)
            info.error = ""
            return False
        # Background work, or nobody to show it: the task panel keeps it.
        self.task_failed.emit(info)
        return False

    # ------------------------------------------------------------------ ending

    # ------------------------------------------------------------------ focus

    def _remember_focus(self, info: TaskInfo, owner: QObject | None) -> None:
        """The rep's place before a request: the button it disables would send focus away."""
        if not isinstance(owner, QWidget):
            return
        focus = QApplication.focusWidget()
        if focus is not None and (focus is owner or owner.isAncestorOf(focus)):
            self._focus[info.id] = (owner, focus)

    def _restore_focus(self, info: TaskInfo) -> None:
        """After the task, focus that left the owner (a disabled button pushed it to the
        sidebar or a dock) comes back: to where it was, else the owner's first input.
        Focus the success handler placed inside the owner, or a dialog that opened, stays."""
        found = self._focus.pop(info.id, None)
        if found is None:
            return
        owner, before = found
        if not _alive(owner) or not owner.isVisible():
            return
        current = QApplication.focusWidget()
        if current is not None and (current is owner or owner.isAncestorOf(current)
                                    or current.window() is not owner.window()):
            return
        target: QWidget | None = before if (
            _alive(before) and before.isEnabled() and before.isVisible()) else None
        area: QWidget | None = owner
        while target is None and area is not None and not area.isWindow():
            target = _focus_target(area)
            area = area.parentWidget()  # e.g. a wizard step's own buttons are gone: its Next
        if target is not None and _alive(target):
            # The window may be going away under a task that ends as it closes: then there is
            # no place to return to, which is no error of the task's.
            with contextlib.suppress(RuntimeError):
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finish(self, info: TaskInfo) -> None:
        self._restore_focus(info)
        if self._tasks.pop(info.id, None) is None:
            return  # already finished
        if info.state is TaskState.RUNNING:
            info.state = TaskState.CANCELLED
        keep = info.state is TaskState.FAILED and bool(info.error) and info.visible
        if not keep:
            self.model.remove(info)
        else:
            self.model.refresh(info)
        self.task_finished.emit(info)
        self._update_busy()
        if not self._tasks:
            self.idle.emit()

    def cancel(self, info: TaskInfo | int) -> None:
        task_info = self._tasks.get(info if isinstance(info, int) else info.id)
        if task_info is None:
            return
        if task_info.task is not None:
            task_info.task.cancel()
        else:  # not started yet
            self._deferred = [(i, m) for i, m in self._deferred if i is not task_info]
            self._finish(task_info)

    def cancel_owner(self, owner: QObject) -> None:
        self._cancel_key(_owner_key(owner))

    def _owner_gone(self, key: int | None) -> None:
        self._owners.pop(key, None)  # type: ignore[arg-type]
        self._cancel_key(key)

    def _cancel_key(self, key: int | None) -> None:
        for info in list(self._tasks.values()):
            if info.owner_key == key:
                self.cancel(info)

    def cancel_all(self) -> None:
        for info in list(self._tasks.values()):
            self.cancel(info)

    def dismiss(self, info: TaskInfo) -> None:
        """Drop a failed row from the panel."""
        if not info.running:
            self.model.remove(info)

    def dismiss_failed(self) -> None:
        for info in self.model.infos():
            if info.state is TaskState.FAILED:
                self.model.remove(info)

    async def wait_idle(self) -> None:
        """Until no task runs (new tasks started meanwhile are waited for too)."""
        import asyncio

        self._start_deferred()
        while self._tasks:
            tasks = [i.task for i in self._tasks.values() if i.task is not None]
            if not tasks:  # only never-started ones are left (the runner is closed)
                for info in list(self._tasks.values()):
                    self._finish(info)
                break
            await asyncio.gather(*tasks, return_exceptions=True)

    async def shutdown(self) -> None:
        """Cancel everything and refuse new work (the window is closing)."""
        self._closed = True
        self.cancel_all()
        await self.wait_idle()

    # ------------------------------------------------------------------ state

    def tasks(self) -> list[TaskInfo]:
        return list(self._tasks.values())

    @property
    def running_count(self) -> int:
        return sum(1 for i in self._tasks.values() if i.visible)

    @property
    def busy(self) -> bool:
        return self._busy

    def _update_busy(self) -> None:
        busy = self.running_count > 0
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)


def _loop_running() -> bool:
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _focus_target(area: QWidget) -> QWidget | None:
    """Where work goes on inside ``area``: its default button, else its first input."""
    from PySide6.QtWidgets import QPushButton

    usable = [w for w in area.findChildren(QWidget)
              if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    default = next((w for w in usable if isinstance(w, QPushButton) and w.isDefault()), None)
    return default or (usable[0] if usable else None)


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


def _expected(exc: BaseException) -> bool:
    """API failures and the core's refusals: each has a sentence for the rep, no bug behind it."""
    from zaddesk.api.errors import ZadarmaError
    from zaddesk.core.onboarding import OnboardingError
    from zaddesk.core.payments import MoveBlocked, MoveFailed, MoveUnknown
    from zaddesk.core.profiles import ProfileError

    return isinstance(exc, ZadarmaError | OnboardingError | ProfileError | MoveBlocked
                      | MoveFailed | MoveUnknown)


ProgressRole = Qt.ItemDataRole.UserRole + 1
InfoRole = Qt.ItemDataRole.UserRole + 2


class TaskListModel(QAbstractTableModel):
    """Running and failed tasks for the task panel: title | status (progress or error)."""

    COLUMNS = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TaskInfo] = []

    def infos(self) -> list[TaskInfo]:
        return list(self._rows)

    def add(self, info: TaskInfo) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(info)
        self.endInsertRows()

    def remove(self, info: TaskInfo) -> None:
        try:
            row = self._rows.index(info)
        except ValueError:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def refresh(self, info: TaskInfo) -> None:
        try:
            row = self._rows.index(info)
        except ValueError:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.COLUMNS - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Task"), self.tr("Status"))[section]
        return None

    def status_text(self, info: TaskInfo) -> str:
        if info.state is TaskState.FAILED:
            return self.tr("Failed: {0}").format(info.error)
        if info.state is TaskState.RUNNING:
            if info.progress is not None:
                text = f"{round(info.progress * 100)} %"
                return f"{text} — {info.detail}" if info.detail else text
            return info.detail or self.tr("Running…")
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return info.title if col == 0 else self.status_text(info)
        if role == Qt.ItemDataRole.ForegroundRole and info.state is TaskState.FAILED:
            return failed_colour(QGuiApplication.palette())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{info.title}: {self.status_text(info)}"
        if role == ProgressRole:
            return info.progress if info.running else None
        if role == InfoRole:
            return info
        return None


def failed_colour(palette: QPalette) -> QColor:
    """Red that stays readable on a dark palette too."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ef9a9a" if dark else "#c62828")
