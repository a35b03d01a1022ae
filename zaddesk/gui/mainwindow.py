"""The main window: sidebar of pages, the current page, status bar and docks.

The window holds no business rules and creates pages lazily (first time they are shown), so
start-up costs one page. It restores size, position, dock layout and the last page from
``QSettings``; it cancels every task when it closes and sets ``closed`` (a future the app's
main coroutine awaits).

Keyboard: Ctrl+1…Ctrl+7 switch pages, Ctrl+, opens Settings, Ctrl+T toggles the task panel,
Ctrl+Shift+O the demo outbox, F5 refreshes the dealer balance, Ctrl+Q quits; the menu bar
reaches everything else with Alt.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QIcon,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListView,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from zaddesk.core.profiles import Profile, log_dir
from zaddesk.gui.context import AppContext
from zaddesk.gui.icons import icon
from zaddesk.gui.page import Page
from zaddesk.gui.pages import PAGES, PageSpec, create_page
from zaddesk.gui.statusbar import StatusWidgets
from zaddesk.paths import resources_dir

if TYPE_CHECKING:
    import asyncio

    from zaddesk.gui.about import AboutDialog
    from zaddesk.gui.taskpanel import TaskPanel

__all__ = ["MainWindow", "PageListModel"]

log = logging.getLogger("zaddesk.gui")


class PageListModel(QAbstractListModel):
    """The sidebar's rows: one per registered page, titles translated on demand."""

    PageIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, specs: tuple[PageSpec, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.specs = specs
        self.compact = False  # icons only, titles in tooltips (a narrow window)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.specs)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spec = self.specs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if self.compact else spec.title()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spec.title()
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(spec.icon)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{spec.title()} (Ctrl+{index.row() + 1})"
        if role == self.PageIdRole:
            return spec.page_id
        return None

    def retranslate(self) -> None:
        if self.specs:
            self.dataChanged.emit(self.index(0), self.index(len(self.specs) - 1))

    def row_of(self, page_id: str) -> int:
        for row, spec in enumerate(self.specs):
            if spec.page_id == page_id:
                return row
        return -1


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("main_window")
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "zaddesk.svg")))
        self.closed: asyncio.Future[None] | None = None
        self.persist = True  # False for screenshots: never overwrite the user's window state
        self.pages: dict[str, Page] = {}
        self._pending_page = ""
        self._shown_page = ""

        self.page_model = PageListModel(PAGES, self)
        self.sidebar = QListView(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setModel(self.page_model)
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Pages are switched with Ctrl+1…7 or a click: Tab never lands here, so focus pushed
        # away by a disabled button cannot make an arrow key switch the page.
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(280)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("page_stack")
        splitter = QSplitter(self)
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([200, 900])
        self.setCentralWidget(splitter)
        self.splitter = splitter

        self.status = StatusWidgets(ctx, self)
        self.statusBar().addPermanentWidget(self.status, 1)

        self._about: AboutDialog | None = None  # built when first asked for
        self._task_panel: TaskPanel | None = None  # built when first shown (start-up time)
        self.task_dock = QDockWidget(self)
        self.task_dock.setObjectName("task_dock")
        self.task_dock.visibilityChanged.connect(self._task_dock_visible)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.task_dock)
        self.task_dock.hide()
        self.status.tasks_button.clicked.connect(self.toggle_tasks)
        ctx.runner.task_failed.connect(lambda _info: self.task_dock.show())

        self.outbox_dock = QDockWidget(self)
        self.outbox_dock.setObjectName("outbox_dock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.outbox_dock)
        self.outbox_dock.hide()
        self.outbox_panel: QWidget | None = None

        self._make_actions()
        self.sidebar.selectionModel().currentChanged.connect(self._sidebar_changed)
        ctx.profile_changed.connect(self._profile_changed)
        ctx.page_requested.connect(self._page_requested)
        ctx.language_changed.connect(lambda _code: self._retranslate_models())
        self.retranslate()

    # ------------------------------------------------------------------ actions

    def _make_actions(self) -> None:
        self.page_actions: list[QAction] = []
        for row, spec in enumerate(PAGES):
            action = QAction(icon(spec.icon), "", self)
            action.setObjectName(f"action_page_{spec.page_id}")
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _c=False, pid=spec.page_id: self.show_page(pid))
            self.page_actions.append(action)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("action_settings")
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(lambda: self.show_page("settings"))
        self.tasks_action.setObjectName("action_tasks")
        self.tasks_action.setShortcut(QKeySequence("Ctrl+T"))
        self.outbox_action.setObjectName("action_outbox")
        self.outbox_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.outbox_action.setEnabled(False)
        self.refresh_action = QAction(icon("refresh"), "", self)
        self.refresh_action.setObjectName("action_refresh")
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("action_quit")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.logs_action = QAction(self)
        self.logs_action.setObjectName("action_logs")
        self.logs_action.triggered.connect(self.open_log_folder)
        self.about_action = QAction(self)
        self.about_action.setObjectName("action_about")
        self.about_action.triggered.connect(self.show_about)

        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.file_menu.addAction(self.refresh_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = QMenu(self)
        for action in self.page_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.tasks_action)
        self.view_menu.addAction(self.outbox_action)
        self.help_menu = QMenu(self)
        self.help_menu.addAction(self.logs_action)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)
        self.addAction(self.settings_action)

    # The docks' own toggle actions, asked for each time: a Python wrapper kept of them can
    # be invalidated by PySide while the action itself lives on (seen after the task panel
    # was first built), and the next language switch would then raise.
    @property
    def tasks_action(self) -> QAction:
        return self.task_dock.toggleViewAction()

    @property
    def outbox_action(self) -> QAction:
        return self.outbox_dock.toggleViewAction()

    # ------------------------------------------------------------------ pages

    def show_page(self, page_id: str) -> Page:
        row = self.page_model.row_of(page_id)
        if row < 0:
            raise KeyError(page_id)
        self.sidebar.setCurrentIndex(self.page_model.index(row))
        return self.page(page_id)

    def _page_requested(self, page_id: str, args: dict[str, Any]) -> None:
        """A feature hands over to another page (``ctx.open_page``)."""
        page = self.show_page(page_id)
        page.open_with(**args)

    def page(self, page_id: str) -> Page:
        """The page, created on first use."""
        page = self.pages.get(page_id)
        if page is None:
            spec = next(s for s in PAGES if s.page_id == page_id)
            page = create_page(spec, self.ctx)
            self.pages[page_id] = page
            self.stack.addWidget(page)
        return page

    def current_page_id(self) -> str:
        index = self.sidebar.currentIndex()
        return str(index.data(PageListModel.PageIdRole)) if index.isValid() else ""

    def _sidebar_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._pending_page:
            return  # the first page is built by open_pending_page, after the first paint
        page = self.page(str(current.data(PageListModel.PageIdRole)))
        self.stack.setCurrentWidget(page)
        self._shown_page = page.page_id
        self.ctx.settings.setValue("window/page", page.page_id)
        self._update_title()
        page.page_shown()

    def refresh(self) -> None:
        self.ctx.refresh_balance()
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.page_shown()

    # ------------------------------------------------------------------ docks & state

    @property
    def task_panel(self) -> TaskPanel:
        if self._task_panel is None:
            from zaddesk.gui.taskpanel import TaskPanel

            self._task_panel = TaskPanel(self.ctx.runner, self.task_dock)
            self.task_dock.setWidget(self._task_panel)
        return self._task_panel

    def _task_dock_visible(self, visible: bool) -> None:
        if visible:
            _ = self.task_panel

    def toggle_tasks(self) -> None:
        self.task_dock.setVisible(not self.task_dock.isVisible())

    def _profile_changed(self, _profile: Profile | None) -> None:
        demo = self.ctx.demo
        self.outbox_action.setEnabled(demo)
        if demo and self.outbox_panel is None:
            from zaddesk.gui.outbox import OutboxPanel

            self.outbox_panel = OutboxPanel(self.ctx, self.outbox_dock)
            self.outbox_dock.setWidget(self.outbox_panel)
        if demo and not self.ctx.settings.value("window/outbox_seen", False, bool):
            self.outbox_dock.show()
            # A quarter of the window at most: the page beside it stays usable at 1024 px.
            self.resizeDocks([self.outbox_dock], [max(200, min(340, self.width() // 4))],
                             Qt.Orientation.Horizontal)
            self.ctx.settings.setValue("window/outbox_seen", True)
        if not demo:
            self.outbox_dock.hide()
        self._update_title()

    def _update_title(self) -> None:
        profile = self.ctx.profile
        page = self.stack.currentWidget()
        parts = [page.title()] if isinstance(page, Page) else []
        if profile is None:
            pass
        elif profile.is_demo:
            parts.append(self.tr("DEMO DATA"))
        else:
            parts.append(profile.name)
        parts.append("Zaddesk")
        self.setWindowTitle(" — ".join(parts))

    def restore_state(self, page_id: str | None = None, *, defer_page: bool = False) -> str:
        """Restore geometry, docks and the last page; returns the page id.

        With ``defer_page`` the page is only selected later by ``open_page_later()``, so the
        window can paint its frame before the first (possibly heavy) page is built.
        """
        settings = self.ctx.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        wanted = page_id or str(settings.value("window/page", "") or "") or PAGES[0].page_id
        if self.page_model.row_of(wanted) < 0:
            wanted = PAGES[0].page_id
        if defer_page:
            self._pending_page = wanted
        else:
            self.show_page(wanted)
        return wanted

    def open_pending_page(self) -> None:
        pending, self._pending_page = self._pending_page, ""
        if pending:
            self.show_page(pending)
            if self._shown_page != pending:  # the view had selected that row on its own
                self._sidebar_changed(self.sidebar.currentIndex(), QModelIndex())

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        if self.current_page_id():
            settings.setValue("window/page", self.current_page_id())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist:
            self.save_state()
        self.ctx.runner.cancel_all()
        if self.closed is not None and not self.closed.done():
            self.closed.set_result(None)
        super().closeEvent(event)

    # ------------------------------------------------------------------ help

    def open_log_folder(self) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> AboutDialog:
        """Help → About (one dialog, raised again if already open)."""
        from zaddesk.gui.about import AboutDialog

        if self._about is None:
            self._about = AboutDialog(self.ctx, self)
        self._about.show()
        self._about.raise_()
        self._about.activateWindow()
        return self._about

    # ------------------------------------------------------------------ language

    def _retranslate_models(self) -> None:
        self.page_model.retranslate()
        self.ctx.runner.model.retranslate()
        self._fit_sidebar()

    COMPACT_BELOW = 1180  # window width under which the sidebar shows icons only

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest title in the current language; in a narrow window
        only the icons (their titles in tooltips), so the page keeps the room."""
        compact = self.width() < self.COMPACT_BELOW
        if compact != self.page_model.compact:
            self.page_model.compact = compact
            self.page_model.retranslate()
        icon = self.sidebar.iconSize().width()
        if compact:
            width = icon + 28
            self.sidebar.setMinimumWidth(width)
            self.sidebar.setMaximumWidth(width)
            self.splitter.setSizes([width, max(1, self.width() - width)])
            return
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(spec.title()) for spec in PAGES)
        self.sidebar.setMaximumWidth(280)
        self.sidebar.setMinimumWidth(min(widest + icon + 44, 280))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (self.width() < self.COMPACT_BELOW) != self.page_model.compact:
            self._fit_sidebar()

    def retranslate(self) -> None:
        for action, spec in zip(self.page_actions, PAGES, strict=True):
            action.setText(spec.title())
        self.settings_action.setText(self.tr("Settings"))
        self.tasks_action.setText(self.tr("&Task panel"))
        self.outbox_action.setText(self.tr("Demo &outbox"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.quit_action.setText(self.tr("&Quit"))
        self.logs_action.setText(self.tr("Open &log folder"))
        self.about_action.setText(self.tr("&About Zaddesk"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.task_dock.setWindowTitle(self.tr("Tasks"))
        self.outbox_dock.setWindowTitle(self.tr("Demo outbox"))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self._retranslate_models()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
