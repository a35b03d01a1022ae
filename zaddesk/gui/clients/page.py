"""The Clients page: every client of the dealer, from the local cache at once, refreshed behind.

The table (``ClientTableModel`` + ``ClientFilterProxy``) is filled from the profile's SQLite
cache when the page is created, so it shows instantly; a background task then walks
``/v1/reseller/users/list/`` (50 a page, background priority so the rep's own requests go
first within the rate limit), with its progress in the task panel and on the page, and the
table is reloaded as pages arrive. Search filters as typed; a client not yet cached is found
with "Find on server" (``/users/find/`` by id, e-mail or SIP login). The detail panel on the
right is a ``ClientDetail``, built when the first client is picked: the first page a rep waits
for is only the table (start-up time).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from zaddesk.core.clients import ClientRow, ClientsCache, RefreshProgress
from zaddesk.gui.clients.models import ClientFilterProxy, ClientTableModel
from zaddesk.gui.context import AppContext, client_from_row
from zaddesk.gui.forms.ui_client_list import Ui_ClientListForm
from zaddesk.gui.journals import journal_for, may_hold_sessions
from zaddesk.gui.page import Page
from zaddesk.gui.tasks import TaskInfo, TaskKind, report_progress

if TYPE_CHECKING:
    from zaddesk.gui.clients.detail import ClientDetail

__all__ = ["ClientsPage"]

log = logging.getLogger("zaddesk.gui.clients")

STALE_AFTER = 300.0  # seconds: showing the page refreshes a cache older than this
RELOAD_EVERY = 10  # pages fetched between table reloads during a refresh
PROGRESS_AFTER_MS = 300  # a refresh shows its progress bar once it has taken this long


class ClientsPage(Page):
    page_id = "clients"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = QWidget(self)
        self.ui = Ui_ClientListForm()
        self.ui.setupUi(self.form)  # type: ignore[no-untyped-call]
        self.body.addWidget(self.form, 1)
        self.model = ClientTableModel(self)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.clients_table
        table.setModel(self.proxy)
        vertical = table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = (70, 170, 220, 170, 130, 80, 70, 55)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._detail: ClientDetail | None = None  # built at the first pick
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.ui.search.textChanged.connect(self.search)
        self.ui.search.returnPressed.connect(self._search_entered)
        self.ui.find_remote.clicked.connect(self.find_remote)
        self.ui.refresh_button.clicked.connect(lambda: self.refresh(force=True))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.ui.work_with_client.clicked.connect(self.work_with_selected)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            work = QShortcut(QKeySequence(keys), self)
            work.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            work.activated.connect(self.work_with_selected)
        self.cache: ClientsCache | None = None
        self.refresh_task: TaskInfo | None = None
        self.progress: RefreshProgress | None = None
        self._shown_once = False
        ctx.profile_changed.connect(lambda _p: self.open_cache())
        ctx.profile_changed.connect(lambda _p: self._offer_unfinished())
        ctx.client_updated.connect(self.update_client)
        self.open_cache()

    @property
    def detail(self) -> ClientDetail:
        """The detail panel, built on first use (hidden until a client is picked)."""
        if self._detail is None:
            from zaddesk.gui.clients.detail import ClientDetail

            detail = ClientDetail(self.ctx, self.ui.splitter)
            self.ui.splitter.addWidget(detail)
            self.ui.splitter.setStretchFactor(0, 3)
            self.ui.splitter.setStretchFactor(1, 2)
            # Past a readable width the detail stops growing: the table takes the rest.
            detail.setMaximumWidth(max(480, detail.minimumSizeHint().width()))
            detail.hide()  # shown once a client is picked
            detail.onboarding_requested.connect(self._phone_onboarding)
            detail.resume_requested.connect(self._resume_onboarding)
            detail.money_moved.connect(
                lambda: self.update_client(detail.client.id) if detail.client else None)
            self._detail = detail
        return self._detail

    def focus_search(self) -> None:
        """Ctrl+F: type a new search at once (the old one is selected, not lost)."""
        self.ui.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search.selectAll()

    # ------------------------------------------------------------------ cache

    def open_cache(self) -> None:
        """The current profile's cache, shown at once (no network)."""
        profile = self.ctx.profile
        if self.refresh_task is not None:
            self.ctx.runner.cancel(self.refresh_task)
        self.cache = self.ctx.clients_cache()  # the context's: it closes it
        if profile is None or self.cache is None:
            self.model.set_rows([])
            self._update_count()
            return
        self.reload()
        if self.isVisible():
            self.refresh()

    def reload(self) -> None:
        """Table from the cache; the selected client stays selected."""
        if self.cache is None:
            return
        selected = self.selected_client()
        started = time.perf_counter()
        self.model.set_rows(self.cache.load_all())
        log.debug("clients table loaded %d rows in %.1f ms", len(self.model.rows),
                  (time.perf_counter() - started) * 1000)
        if selected is not None:
            self.select(selected.id)
        self._update_count()

    def refresh(self, force: bool = False) -> TaskInfo | None:
        """Fetch every page in the background, unless the cache is fresh (or ``force``)."""
        cache, api = self.cache, self.ctx.api
        if cache is None or api is None:
            return None
        if self.refresh_task is not None and self.refresh_task.running:
            return self.refresh_task
        last = cache.last_refresh()
        if not force and last is not None and time.time() - last < STALE_AFTER:
            return None
        empty = self.model.rowCount() == 0

        async def run() -> None:
            async for progress in cache.refresh(api):
                self.progress = progress
                report_progress(progress.fraction,
                                self.tr("page {0} of {1}").format(progress.page, progress.pages))
                self._show_progress(progress)
                if progress.done or (empty and progress.page == 1) or (
                        progress.page % RELOAD_EVERY == 0):
                    self.reload()

        def finished(_result: Any) -> None:
            self.ui.refresh_progress.hide()
            self._update_count()

        def failed(_exc: BaseException) -> bool:
            self.ui.refresh_progress.hide()
            return False  # the task panel keeps it

        self.progress = None
        self.refresh_task = self.run(run, title=self.tr("Refresh the client list"),
                                     kind=TaskKind.BACKGROUND, name="refresh",
                                     on_success=finished, on_error=failed)
        QTimer.singleShot(PROGRESS_AFTER_MS, self, self._show_refresh_progress)
        return self.refresh_task

    def _show_progress(self, progress: RefreshProgress) -> None:
        bar = self.ui.refresh_progress
        if bar.isHidden():  # a refresh over within PROGRESS_AFTER_MS never shows it
            return
        bar.setRange(0, max(1, progress.pages))
        bar.setValue(progress.page)
        bar.setFormat(self.tr("%v of %m pages"))
        bar.setVisible(not progress.done)

    def _show_refresh_progress(self) -> None:
        """A bar repaints at every step (and every frame while it has no steps yet): shown
        only for a refresh that takes a while, not for the two pages of a small dealer."""
        task = self.refresh_task
        if task is None or not task.running:
            return
        bar = self.ui.refresh_progress
        progress = self.progress
        if progress is not None and not progress.done:
            bar.setRange(0, max(1, progress.pages))
            bar.setValue(progress.page)
            bar.setFormat(self.tr("%v of %m pages"))
        else:
            bar.setRange(0, 0)
        bar.show()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if self.proxy.text and shown != total:
            text = self.tr("%n client(s) found", "", shown) + " · " + self.tr(
                "%n in total", "", total)
        else:
            text = self.tr("%n client(s)", "", total)
        last = self.cache.last_refresh() if self.cache is not None else None
        if last is not None:
            text += " · " + self.tr("updated {0}").format(
                time.strftime("%H:%M", time.localtime(last)))
        elif total:
            text += " · " + self.tr("from the cache")
        self.ui.count_label.setText(text)
        self.ui.find_remote.setDefault(bool(self.proxy.text) and shown == 0)

    # ------------------------------------------------------------------ search

    def search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()
        if self.proxy.rowCount() == 1:
            self.ui.clients_table.selectRow(0)

    def _search_entered(self) -> None:
        if self.proxy.rowCount() == 0 and self.ui.search.text().strip():
            self.find_remote()

    def find_remote(self) -> TaskInfo | None:
        """Ask the server for what was typed (id, e-mail or SIP login) and cache it."""
        text = self.ui.search.text().strip()
        cache, api = self.cache, self.ctx.api
        if not text or cache is None or api is None:
            return None

        def done(row: ClientRow | None) -> None:
            if row is None:
                self.show_banner(self.tr("No client “{0}” on the server.").format(text), "info")
                return
            self.banner.clear()
            self.model.upsert(row)
            self._update_count()
            self.select(row.id)

        return self.run(lambda: cache.lookup(api, text), title=self.tr("Find a client"),
                        name="find", on_success=done)

    def update_client(self, client_id: int, *, kind: TaskKind = TaskKind.BACKGROUND,
                      then: Callable[[ClientRow], object] | None = None) -> TaskInfo | None:
        """Read one client again (registered or changed elsewhere) and show it; ``then``
        gets the row once it is in the table."""
        cache, api = self.cache, self.ctx.api
        if cache is None or api is None:
            return None

        def done(row: ClientRow | None) -> None:
            if row is not None:
                self.model.upsert(row)
                self._update_count()
                detail = self._detail
                if detail is not None and detail.client is not None and detail.client.id == row.id:
                    self._show_detail(row)
                if then is not None:
                    then(row)

        return self.run(lambda: cache.find_remote(api, id=client_id),
                        title=self.tr("Read a client"), kind=kind,
                        name=f"client-{client_id}", on_success=done)

    def open_with(self, **args: Any) -> None:
        """Another page asks to show a client (``client_id``): picked in the table, read from
        the server first (the rep waits for it) when the cache does not hold it yet (a client
        registered just now)."""
        client_id = args.get("client_id")
        if client_id is None:
            return
        client_id = int(client_id)
        if not self.select(client_id):
            self.update_client(client_id, kind=TaskKind.INTERACTIVE,
                               then=lambda row: self.select(row.id))

    # ------------------------------------------------------------------ selection

    def selected_client(self) -> ClientRow | None:
        index = self.ui.clients_table.currentIndex()
        return self.proxy.client_at(index.row()) if index.isValid() else None

    def select(self, client_id: int) -> bool:
        row = self.proxy.row_of(client_id)
        if row < 0:
            return False
        table = self.ui.clients_table
        index = self.proxy.index(row, 0)
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        client = self.proxy.client_at(current.row()) if current.isValid() else None
        self._show_detail(client)
        self.ui.work_with_client.setEnabled(client is not None)

    def _show_detail(self, client: ClientRow | None) -> None:
        """An empty detail would take a third of the page: the table has it until a pick."""
        if client is None and self._detail is None:
            return
        self.detail.show_client(client)
        was_hidden = self.detail.isHidden()
        self.detail.setVisible(client is not None)
        sizes = self.ui.splitter.sizes()
        if client is not None and (was_hidden or sizes[1] == 0):
            total = sum(sizes)
            want = min(self.detail.maximumWidth(),
                       max(self.detail.minimumSizeHint().width(), total * 2 // 5))
            self.ui.splitter.setSizes([max(1, total - want), want])

    def work_with_selected(self) -> bool:
        """Make the selected client the console's current client (the other pages act for it)."""
        row = self.selected_client()
        if row is None:
            return False
        self.ctx.set_client(client_from_row(row))
        self.ctx.notice.emit(self.tr("Now working for client {0} ({1}).").format(
            row.id, row.name or row.email))
        return True

    # ------------------------------------------------------------------ onboarding links

    def _phone_onboarding(self, client_id: int, email: str) -> None:
        at = self.model.row_of(client_id)
        cached = [self.model.rows[at].phone] if at >= 0 else []
        known = [n for n in (*self.detail.phone_numbers(), *cached) if n]
        self.ctx.open_page("onboarding", client_id=client_id, email=email,
                           known_numbers=known)

    def _resume_onboarding(self, session_id: str) -> None:
        self.ctx.open_page("onboarding", session_id=session_id)

    # ------------------------------------------------------------------ screenshots

    async def open_for_screenshot(self, what: str) -> None:
        """``zaddesk --screenshot … --page clients --open WHAT``: ``detail``, ``keys``,
        ``search:TEXT``, ``money`` (top-up dialog), ``money_back``, or ``reconcile`` (a
        money move whose answer the demo emulator drops)."""
        if self.refresh_task is not None:
            await self.ctx.runner.wait_idle()
        if what.startswith("search:"):
            self.ui.search.setText(what.partition(":")[2])
        if not self.proxy.rowCount():
            return
        self.ui.clients_table.selectRow(0)
        if what == "keys":
            self.detail.load_keys()
        if what in ("money", "money_back", "reconcile"):
            await self.ctx.runner.wait_idle()
            if what == "reconcile" and self.ctx.demo_backend is not None:
                self.ctx.demo_backend.set_faults(drop_after_apply=1,
                                             path="/v1/reseller/account/money_transfer/")
            dialog = self.detail.open_money("to_user" if what == "money" else "to_reseller")
            if dialog is None:
                return
            await self.ctx.runner.wait_idle()
            dialog.ui.amount.setText("20")
            dialog.ui.amount.textEdited.emit("20")  # as if typed: the confirmation names it
            dialog.ui.confirm_amount.setChecked(True)
            if what == "reconcile":
                dialog.send()
                await self.ctx.runner.wait_idle()
                await self.ctx.runner.wait_idle()

    # ------------------------------------------------------------------ page

    def _offer_unfinished(self) -> None:
        """Say so when the journal holds onboardings to resume (local read, sends nothing)."""
        profile = self.ctx.profile
        if profile is None:
            return
        count = len(journal_for(self.ctx).unfinished_sessions(profile=profile.name)) \
            if may_hold_sessions(self.ctx) else 0
        if count:
            self.show_banner(self.tr("%n unfinished onboarding(s) can be resumed on the "
                                     "Onboarding page.", "", count), "info")
        elif self.banner.level == "info":
            self.banner.clear()

    def page_shown(self) -> None:
        self._offer_unfinished()
        if self.selected_client() is not None:
            self._show_detail(self.selected_client())
        self.refresh(force=not self._shown_once and self.model.rowCount() == 0)
        self._shown_once = True

    def retranslate(self) -> None:
        super().retranslate()
        self.ui.retranslateUi(self.form)  # type: ignore[no-untyped-call]
        self.model.retranslate()
        if self._detail is not None:
            self._detail.retranslate()
        self._update_count()
