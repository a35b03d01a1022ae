"""The number shop: countries, their cities (directions), free numbers with a mask and a local
filter, a whole-country search, the order flow, and the account's own numbers.

Everything read is cached (``zaddesk.core.catalog``): a second look at a country or a city costs
no request, and the page says how old the prices and numbers are. The local filter follows
every keystroke over what is shown (``zaddesk.core.numbers``); the whole-country search runs in
the background at low priority and streams into the same table.
"""

from __future__ import annotations

import contextlib
import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zaddesk.api.resources.numbers import Country, Direction
from zaddesk.core.numbers import (
    FilterError,
    NumberFilter,
    SearchUpdate,
    ShopNumber,
    check_mask,
    search_country,
    shop_numbers,
)
from zaddesk.gui.numbers.models import (
    CountryModel,
    DirectionModel,
    NumberModel,
    RowRole,
    SpanDelegate,
    money,
    need_text,
)
from zaddesk.gui.numbers.owned import OwnedTab
from zaddesk.gui.page import ClientPage
from zaddesk.gui.tasks import TaskInfo, TaskKind, report_progress

if TYPE_CHECKING:
    from zaddesk.core.catalog import Cached, Catalog
    from zaddesk.core.orders import NumberDesk
    from zaddesk.gui.context import AppContext, CurrentClient
    from zaddesk.gui.numbers.order import OrderDialog

__all__ = ["NumberShopPage"]

log = logging.getLogger("zaddesk.gui.numbers")

PAGE_LIMIT = 50  # what one /available/ answer holds at most


class NumberShopPage(ClientPage):
    page_id = "numbers"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._catalog: Catalog | None = None
        self._desk: NumberDesk | None = None
        self.country_iso = ""
        self.direction: Direction | None = None
        self.prices_at: float | None = None
        self.numbers_at: float | None = None
        self.search_task: TaskInfo | None = None
        self.last_search: SearchUpdate | None = None
        self.search_state = ""  # "", running, done, cancelled
        self.order_dialog: OrderDialog | None = None
        self.pending_order: dict[str, Any] | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("shop_tabs")
        self.body.addWidget(self.tabs, 1)
        self.shop = QWidget(self.tabs)
        self.shop.setObjectName("shop_tab")
        self.tabs.addTab(self.shop, "")
        self.owned = OwnedTab(self)
        self.tabs.addTab(self.owned, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self._build_shop()
        ctx.profile_changed.connect(lambda _p: self._forget_connection())

    # ------------------------------------------------------------------ layout

    def _build_shop(self) -> None:
        shop = self.shop
        outer = QHBoxLayout(shop)
        outer.setContentsMargins(0, 6, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal, shop)
        split.setObjectName("shop_split")
        outer.addWidget(split)
        # Countries
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.country_label = QLabel(left)
        self.country_search = QLineEdit(left)
        self.country_search.setObjectName("country_search")
        self.country_search.setClearButtonEnabled(True)
        self.country_label.setBuddy(self.country_search)
        self.country_model = CountryModel(self)
        self.country_view = QListView(left)
        self.country_view.setObjectName("country")
        self.country_view.setModel(self.country_model)
        self.country_view.setUniformItemSizes(True)
        left.setMinimumWidth(150)
        left.setMaximumWidth(260)
        left_layout.addWidget(self.country_label)
        left_layout.addWidget(self.country_search)
        left_layout.addWidget(self.country_view, 1)
        self.country_search.textEdited.connect(self._country_query)
        self.country_search.returnPressed.connect(lambda: self._pick_country_row(0))
        self.country_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._country_picked(cur))
        # Directions and numbers
        right = QSplitter(Qt.Orientation.Vertical, split)
        right.setObjectName("shop_right")
        top = QWidget(right)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.direction_label = QLabel(top)
        self.catalogue_age = QLabel(top)
        self.catalogue_age.setObjectName("catalogue_age")
        self.refresh_button = QPushButton(top)
        self.refresh_button.setObjectName("refresh")
        head.addWidget(self.direction_label)
        head.addStretch(1)
        head.addWidget(self.catalogue_age)
        head.addWidget(self.refresh_button)
        top_layout.addLayout(head)
        self.direction_model = DirectionModel(self)
        self.direction_view = QTableView(top)
        self.direction_view.setObjectName("direction_id")
        self.direction_view.setModel(self.direction_model)
        self.direction_view.setSortingEnabled(True)
        self.direction_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.direction_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.direction_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.direction_view.verticalHeader().hide()
        rows = self.direction_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.direction_view.fontMetrics().height() + 8)
        header = self.direction_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.direction_label.setBuddy(self.direction_view)
        top_layout.addWidget(self.direction_view, 1)
        self.compare = QLabel(top)
        self.compare.setObjectName("direction_compare")
        self.compare.setTextFormat(Qt.TextFormat.RichText)
        self.compare.setWordWrap(True)
        self.compare.hide()
        top_layout.addWidget(self.compare)
        self.direction_view.selectionModel().selectionChanged.connect(
            lambda _s, _d: self._directions_selected())
        self.refresh_button.clicked.connect(self.refresh)

        bottom = QWidget(right)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        mask_row = QHBoxLayout()
        self.mask_label = QLabel(bottom)
        self.mask_edit = QLineEdit(bottom)
        self.mask_edit.setObjectName("mask")
        self.mask_edit.setMaximumWidth(160)
        self.mask_label.setBuddy(self.mask_edit)
        self.find_button = QPushButton(bottom)
        self.find_button.setObjectName("find")
        self.search_button = QPushButton(bottom)
        self.search_button.setObjectName("search_country")
        self.cancel_button = QPushButton(bottom)
        self.cancel_button.setObjectName("cancel_search")
        self.cancel_button.hide()
        self.progress = QProgressBar(bottom)
        self.progress.setObjectName("search_progress")
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.search_status = QLabel(bottom)
        self.search_status.setObjectName("search_status")
        self.search_status.setWordWrap(True)
        self.search_status.setMinimumWidth(1)
        mask_row.addWidget(self.mask_label)
        mask_row.addWidget(self.mask_edit)
        mask_row.addWidget(self.find_button)
        mask_row.addWidget(self.search_button)
        mask_row.addWidget(self.cancel_button)
        mask_row.addWidget(self.progress)
        mask_row.addWidget(self.search_status, 1)
        bottom_layout.addLayout(mask_row)
        bottom_layout.addWidget(_error_label("mask", bottom))
        filter_row = QHBoxLayout()
        self.filter_label = QLabel(bottom)
        self.filter = QLineEdit(bottom)
        self.filter.setObjectName("filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setProperty("zaddesk_clears", True)  # apply_filter marks and clears it
        self.filter_label.setBuddy(self.filter)
        self.nice = QCheckBox(bottom)
        self.nice.setObjectName("nice")
        self.count_label = QLabel(bottom)
        self.count_label.setObjectName("numbers_count")
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter, 1)
        filter_row.addWidget(self.nice)
        filter_row.addWidget(self.count_label)
        bottom_layout.addLayout(filter_row)
        bottom_layout.addWidget(_error_label("filter", bottom))
        self.numbers_label = QLabel(bottom)
        self.number_model = NumberModel(self)
        self.numbers_view = QTableView(bottom)
        self.numbers_view.setObjectName("numbers")
        self.numbers_view.setModel(self.number_model)
        self.numbers_view.setItemDelegateForColumn(0, SpanDelegate(self.numbers_view))
        self.numbers_view.setSortingEnabled(True)
        self.numbers_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.numbers_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.numbers_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.numbers_view.verticalHeader().hide()
        vertical = self.numbers_view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.numbers_view.fontMetrics().height() + 8)
        nheader = self.numbers_view.horizontalHeader()
        nheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        nheader.resizeSection(0, 200)
        nheader.setStretchLastSection(True)
        self.numbers_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.numbers_view.customContextMenuRequested.connect(self._numbers_menu)
        self.numbers_label.setBuddy(self.numbers_view)
        self.hint = QLabel(bottom)
        self.hint.setObjectName("numbers_hint")
        self.hint.setWordWrap(True)
        bottom_layout.addWidget(self.numbers_label)
        bottom_layout.addWidget(self.numbers_view, 1)
        bottom_layout.addWidget(self.hint)
        actions = QHBoxLayout()
        self.copy_button = QPushButton(bottom)
        self.copy_button.setObjectName("copy")
        self.order_button = QPushButton(bottom)
        self.order_button.setObjectName("order")
        self.order_any_button = QPushButton(bottom)
        self.order_any_button.setObjectName("order_any")
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        actions.addWidget(self.order_any_button)
        actions.addWidget(self.order_button)
        bottom_layout.addLayout(actions)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        split.setSizes([220, 800])

        self.mask_edit.returnPressed.connect(self.find_numbers)
        self.find_button.clicked.connect(self.find_numbers)
        self.search_button.clicked.connect(self.search_country)
        self.cancel_button.clicked.connect(self.cancel_search)
        self.filter.textEdited.connect(lambda _t: self.apply_filter())
        self.nice.toggled.connect(lambda _c: self.apply_filter())
        self.copy_button.clicked.connect(lambda: self.copy_numbers(selected=True))
        self.order_button.clicked.connect(lambda: self.open_order(any_number=False))
        self.order_any_button.clicked.connect(lambda: self.open_order(any_number=True))
        self.numbers_view.doubleClicked.connect(lambda _i: self.open_order(any_number=False))
        self.numbers_view.selectionModel().selectionChanged.connect(
            lambda _s, _d: self._update_actions())
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.numbers_view)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(lambda: self.copy_numbers(selected=True))
        self.setTabOrder(self.country_search, self.country_view)
        self._update_actions()

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(0, self.tr("&Shop"))
        self.tabs.setTabText(1, self.tr("Owned num&bers"))
        self.country_label.setText(self.tr("Co&untry:"))
        self.country_search.setPlaceholderText(self.tr("Name or dialling code"))
        self.direction_label.setText(self.tr("Ci&ties:"))
        self.direction_view.setToolTip(self.tr("Select two or three cities to compare them"))
        self.refresh_button.setText(self.tr("&Reload"))
        self.refresh_button.setToolTip(self.tr("Read prices and free numbers from the server "
                                               "again"))
        self.mask_label.setText(self.tr("&Mask:"))
        self.mask_edit.setPlaceholderText(self.tr("digits, e.g. 777"))
        self.mask_edit.setToolTip(self.tr("The server searches its numbers for these digits"))
        self.find_button.setText(self.tr("F&ind"))
        self.search_button.setText(self.tr("Search &whole country"))
        self.cancel_button.setText(self.tr("Ca&ncel"))
        self.filter_label.setText(self.tr("Fi&lter:"))
        self.filter.setPlaceholderText(self.tr("e.g. 22, ^22, *00, 22xx00"))
        self.filter.setToolTip(self.tr(
            "Digits anywhere (22), starts with (^22 or 22*), ends with (*00 or 00$), x for "
            "any digit (22xx00)"))
        self.nice.setText(self.tr("Ni&ce numbers"))
        self.nice.setToolTip(self.tr("Repeats (777), ladders (1234) and pairs (1212, 7788)"))
        self.numbers_label.setText(self.tr("Fr&ee numbers:"))
        self.copy_button.setText(self.tr("Co&py"))
        self.copy_button.setToolTip(self.tr("Copy the selected numbers (all shown if none is "
                                            "selected)"))
        self.order_button.setText(self.tr("&Order…"))
        self.order_any_button.setText(self.tr("Order &any number here…"))
        self.owned.retranslate()
        self._show_ages()
        self._show_count()
        self._show_search()
        self._update_actions()

    # ------------------------------------------------------------------ plumbing

    def catalog(self) -> Catalog | None:
        if self.ctx.api is None:
            return None
        if self._catalog is None or self._catalog.api is not self.ctx.api:
            from zaddesk.core.catalog import Catalog, CatalogCache, default_catalog_path

            profile = self.ctx.profile.name if self.ctx.profile is not None else ""
            if self._catalog is not None:
                self._catalog.cache.close()
            self._catalog = Catalog(self.ctx.api, CatalogCache(default_catalog_path(profile)))
        return self._catalog

    def desk(self) -> NumberDesk:
        from zaddesk.core.orders import NumberDesk
        from zaddesk.core.sendonce import SendOnce
        from zaddesk.gui.journals import journal_for

        assert self.ctx.api is not None
        if self._desk is None or self._desk.api is not self.ctx.api:
            profile = self.ctx.profile.name if self.ctx.profile is not None else ""
            self._desk = NumberDesk(self.ctx.api, SendOnce(journal_for(self.ctx),
                                                           profile=profile))
        return self._desk

    def _forget_connection(self) -> None:
        self.ctx.runner.cancel_owner(self)
        self._desk = None
        self._loaded = False

    def user_id(self) -> int | None:
        return self.client.user_id if self.client is not None else None

    def price_key(self) -> str:
        """The currency the server quotes this account's fees in (part of the cache key)."""
        client = self.client
        if client is not None and client.currency:
            return client.currency
        if client is not None and client.user_id is not None:
            return f"user{client.user_id}"
        balance = self.ctx.balance
        return balance.currency if balance is not None else "dealer"

    # ------------------------------------------------------------------ loading

    def client_changed(self, client: CurrentClient | None) -> None:
        self.clear_errors()
        if self.banner.level == "warning":
            self.banner.clear()
        self._stop_search()
        self.load_countries()
        if client is not None and self.ctx.api is not None:
            waiting = self.desk().unsettled(client.user_id)
            if waiting:
                # A crash or a lost answer left an order or prolong undecided: nothing more
                # is sent for this account until the rep has looked (the next order asks).
                self.show_banner(self.tr(
                    "An earlier order or prepayment for this account may or may not have gone "
                    "through ({0}). The next order first reads the account back and asks you."
                ).format(waiting[0].description or waiting[0].action), "warning")
        if self.tabs.currentIndex() == 1:
            self.owned.load()
        else:
            self.owned.model.set_numbers([])
        self._update_actions()

    def page_shown(self) -> None:
        super().page_shown()
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.country_search.setFocus()  # the first field to type, under the header
        if self.pending_order is not None:
            pending, self.pending_order = self.pending_order, None
            self._reopen_order(pending)

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.owned.load()

    def load_countries(self, *, refresh: bool = False) -> None:
        catalog = self.catalog()
        if catalog is None:
            return
        language = self.ctx.language
        user_id = self.user_id()

        def done(found: Cached[list[Country]]) -> None:
            self.country_model.set_countries(found.value)
            self.country_model.set_query(self.country_search.text())
            iso = self.country_iso or "PL"
            row = self.country_model.row_of(iso)
            self._pick_country_row(max(row, 0), force=True)

        self.run(lambda: catalog.countries(language, refresh=refresh, user_id=user_id),
                 title=self.tr("Read the countries"), name="countries", on_success=done)

    def _country_query(self, text: str) -> None:
        self.country_model.set_query(text)
        if self.country_model.rowCount() == 1:
            self._pick_country_row(0)

    def _pick_country_row(self, row: int, *, force: bool = False) -> None:
        if row >= self.country_model.rowCount():
            return
        index = self.country_model.index(row, 0)
        current = self.country_view.currentIndex()
        if current.isValid() and current.row() == row and not force:
            return
        self.country_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.country_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if force and current.isValid() and current.row() == row:
            self._country_picked(index)

    def _country_picked(self, index: QModelIndex) -> None:
        country: Country | None = index.data(RowRole) if index.isValid() else None
        if country is None:
            return
        self.country_iso = country.country_code_iso
        self.load_directions()

    def load_directions(self, *, refresh: bool = False) -> None:
        catalog = self.catalog()
        if catalog is None or not self.country_iso:
            return
        iso, language, key = self.country_iso, self.ctx.language, self.price_key()
        user_id = self.user_id()
        self._stop_search()

        def done(found: Cached[list[Direction]]) -> None:
            if iso != self.country_iso:
                return
            self.prices_at = found.fetched_at
            keep = self.direction.id if self.direction is not None else ""
            self.direction_model.set_directions(found.value)
            self._show_ages()
            rows = [i for i, d in enumerate(found.value) if d.id == keep]
            self.select_direction(rows[0] if rows else 0)

        self.run(lambda: catalog.directions(iso, language, key, refresh=refresh, user_id=user_id),
                 title=self.tr("Read the cities of {0}").format(iso), name="directions",
                 on_success=done)

    def select_direction(self, row: int) -> None:
        if row >= self.direction_model.rowCount():
            self.direction = None
            self.number_model.set_rows([])
            self._show_count()
            self._update_actions()
            return
        self.direction_view.selectionModel().setCurrentIndex(
            self.direction_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _directions_selected(self) -> None:
        rows = sorted({i.row() for i in self.direction_view.selectionModel().selectedRows()})
        chosen = [self.direction_model.rows[r] for r in rows]
        self._show_compare(chosen)
        current = self.direction_view.currentIndex()
        direction = self.direction_model.rows[current.row()] if current.isValid() else None
        if direction is None and chosen:
            direction = chosen[0]
        changed = direction is not None and (self.direction is None
                                             or direction.id != self.direction.id)
        # After a whole-country search, clicking a city shows that city again.
        back = direction is not None and self.search_state in ("done", "cancelled")
        if direction is not None and (changed or back):
            self.direction = direction
            self.load_numbers()
        self._update_actions()

    def load_numbers(self, *, refresh: bool = False) -> None:
        catalog, direction = self.catalog(), self.direction
        if catalog is None or direction is None:
            return
        self._stop_search()
        try:
            mask = check_mask(self.mask_edit.text())
        except FilterError:
            self.show_field_error("mask", self.tr("The mask is digits only."))
            return
        user_id = self.user_id()

        def done(found: Cached[Any]) -> None:
            if self.direction is None or self.direction.id != direction.id:
                return
            self.numbers_at = found.fetched_at
            self.number_model.set_rows(shop_numbers(found.value, direction), mask=mask)
            self._show_ages()
            self._show_count()
            self._update_actions()

        self.run(lambda: catalog.available(direction.id, mask, refresh=refresh, user_id=user_id),
                 title=self.tr("Read the free numbers of {0}").format(direction.name),
                 name="available", on_success=done)

    def find_numbers(self) -> None:
        self.errors.clear("mask")
        self.load_numbers()

    def refresh(self) -> None:
        """Read prices and the numbers shown from the server again, whatever their age."""
        self.load_directions(refresh=True)
        if self.direction is not None:
            self.load_numbers(refresh=True)

    # ------------------------------------------------------------------ showing

    def _show_ages(self) -> None:
        parts = []
        if self.prices_at:
            parts.append(self.tr("prices from {0}").format(_clock(self.prices_at)))
        if self.numbers_at:
            parts.append(self.tr("numbers from {0}").format(_clock(self.numbers_at)))
        text = ", ".join(parts)
        self.catalogue_age.setText(text[:1].upper() + text[1:])

    def _show_count(self) -> None:
        model = self.number_model
        total, shown = len(model.rows), len(model.visible)
        if total == shown:
            self.count_label.setText(self.tr("{0} numbers").format(total))
        else:
            self.count_label.setText(self.tr("{0} of {1} numbers").format(shown, total))
        if model.show_city:
            self.hint.setText("")
        elif total >= PAGE_LIMIT:
            self.hint.setText(self.tr(
                "The server gives at most {0} numbers at a time: type digits in Mask and press "
                "Find to dig deeper, or search the whole country.").format(PAGE_LIMIT))
        elif self.direction is not None and total == 0:
            self.hint.setText(self.tr("No free numbers here with this mask."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))

    def _show_compare(self, chosen: list[Direction]) -> None:
        if not 2 <= len(chosen) <= 4:
            self.compare.hide()
            return
        def needs_of(d: Direction) -> str:
            r = d.restrictions
            lines = [need_text("upload", n) for n in (r.upload if r else [])]
            lines += [need_text("specify", n) for n in (r.specify if r else [])]
            return "<br>".join(_html(line) for line in lines) or _html(self.tr("nothing"))

        rows = [  # cells are HTML
            (self.tr("Connection"), [_html(money(d.connect_fee, d.currency)) for d in chosen]),
            (self.tr("Monthly"), [_html(money(d.monthly_fee, d.currency)) for d in chosen]),
            (self.tr("SMS"), [_html(self.tr("yes") if d.receive_sms else self.tr("no"))
                              for d in chosen]),
            (self.tr("Needs"), [needs_of(d) for d in chosen]),
            (self.tr("Connected"), [_html(d.connect_time or "—") for d in chosen]),
        ]
        head = "".join(f"<th align='left'>{_html(d.name)} ({_html(d.area_code)})</th>"
                       for d in chosen)
        body = "".join(
            f"<tr><td><b>{_html(title)}</b></td>" + "".join(f"<td>{v}</td>" for v in values)
            + "</tr>" for title, values in rows)
        self.compare.setText(f"<table cellspacing='6'><tr><th></th>{head}</tr>{body}</table>")
        self.compare.show()

    def _update_actions(self) -> None:
        has_client = self.client is not None and self.ctx.api is not None
        number = self.selected_numbers()
        self.order_button.setEnabled(has_client and len(number) == 1)
        self.order_any_button.setEnabled(has_client and self.direction is not None
                                         and not self.number_model.show_city)
        self.copy_button.setEnabled(bool(self.number_model.visible))
        tip = "" if has_client else self.tr(
            "Choose a client (or your own account) above to order")
        self.order_button.setToolTip(tip)
        self.order_any_button.setToolTip(tip)
        running = self.search_state == "running"
        self.search_button.setVisible(not running)
        self.cancel_button.setVisible(running)
        self.search_button.setEnabled(self.direction_model.rowCount() > 0)

    # ------------------------------------------------------------------ filter and copy

    def apply_filter(self) -> None:
        try:
            flt = NumberFilter.parse(self.filter.text(), nice=self.nice.isChecked())
        except FilterError:
            self.errors.show("filter", self.tr(
                "Use digits, x for any digit, ^ or * at the start or end."))
            return
        self.errors.clear("filter")
        self.number_model.set_filter(flt)
        self._show_count()
        self._update_actions()

    def selected_numbers(self) -> list[ShopNumber]:
        rows = sorted({i.row() for i in self.numbers_view.selectionModel().selectedRows()})
        return [self.number_model.row_at(r) for r in rows if r < len(self.number_model.visible)]

    def copy_numbers(self, *, selected: bool) -> str:
        rows = self.selected_numbers() if selected else []
        if not rows:
            rows = self.number_model.shown()
        text = "\n".join("+" + r.number for r in rows)
        QGuiApplication.clipboard().setText(text)
        self.ctx.notice.emit(self.tr("{0} numbers copied").format(len(rows)))
        return text

    def _numbers_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Copy selected"), lambda: self.copy_numbers(selected=True))
        menu.addAction(self.tr("Copy all shown"), lambda: self.copy_numbers(selected=False))
        menu.popup(self.numbers_view.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ whole country

    def search_country(self) -> None:
        catalog = self.catalog()
        directions = list(self.direction_model.rows)
        if catalog is None or not directions:
            return
        try:
            mask = check_mask(self.mask_edit.text())
        except FilterError:
            self.show_field_error("mask", self.tr("The mask is digits only."))
            return
        self._stop_search()
        self.errors.clear("mask")
        user_id = self.user_id()
        self.number_model.set_rows([], show_city=True, mask=mask)
        self.last_search = None
        self.search_state = "running"
        self.search_started = time.monotonic()
        self.progress.setRange(0, len(directions))
        self.progress.setValue(0)
        self.progress.show()
        self._show_search()
        self._update_actions()

        async def work() -> None:
            search = search_country(catalog, directions, mask, user_id=user_id)
            async with contextlib.aclosing(search) as updates:
                async for update in updates:
                    self.number_model.add_rows(update.numbers)
                    self.last_search = update
                    self._show_search()
                    self._show_count()
                    report_progress(update.done / update.total, self.tr(
                        "{0} of {1} cities").format(update.done, update.total))
            self.search_state = "done"

        def finished(_r: Any = None) -> None:
            self._search_over()

        def failed(_exc: BaseException) -> bool:
            self._search_over()
            return False

        self.search_task = self.run(work, title=self.tr("Search the whole country"),
                                    kind=TaskKind.BACKGROUND, name="country-search",
                                    on_success=finished, on_error=failed)

    def cancel_search(self) -> None:
        if self.search_task is not None and self.search_task.running:
            self.ctx.runner.cancel(self.search_task)
        self.search_state = "cancelled"
        self._search_over()

    def _stop_search(self) -> None:
        if self.search_task is not None and self.search_task.running:
            self.ctx.runner.cancel(self.search_task)
        self.search_task = None
        if self.search_state:
            self.search_state = ""
            self.number_model.show_city = False
            self.progress.hide()
            self._show_search()
            self._update_actions()

    def _search_over(self) -> None:
        if self.search_state == "running":
            self.search_state = "cancelled"
        self.progress.hide()
        self._show_search()
        self._update_actions()

    def _show_search(self) -> None:
        update = self.last_search
        state = self.search_state
        if not state:
            self.search_status.setText("")
            return
        if update is None:
            self.search_status.setText(self.tr("Starting…"))
            return
        self.progress.setValue(update.done)
        if state == "running":
            text = self.tr("{done} of {total} cities, {found} numbers found").format(
                done=update.done, total=update.total, found=update.found)
            if update.eta is not None and update.done < update.total:
                text += self.tr(", about {0} s left").format(max(1, round(update.eta)))
        elif state == "done":
            text = self.tr("All {total} cities searched: {found} numbers").format(
                total=update.total, found=update.found)
        else:
            text = self.tr("Cancelled after {done} of {total} cities: {found} numbers").format(
                done=update.done, total=update.total, found=update.found)
        self.search_status.setText(text)

    # ------------------------------------------------------------------ ordering

    def open_order(self, *, any_number: bool, choices: dict[str, Any] | None = None) -> None:
        client = self.client
        if client is None or self.ctx.api is None:
            self.show_banner(self.tr("Choose a client (or your own account) above to order."),
                             "info")
            return
        number: ShopNumber | None = None
        direction = self.direction
        if not any_number:
            selected = self.selected_numbers()
            if len(selected) != 1:
                return
            number = selected[0]
            found = [d for d in self.direction_model.rows
                     if int(d.id) == number.direction_id]
            direction = found[0] if found else direction
        if direction is None:
            return
        self._show_order(client, direction, number, choices)

    def _show_order(self, client: CurrentClient, direction: Direction,
                    number: ShopNumber | None, choices: dict[str, Any] | None) -> None:
        from zaddesk.gui.numbers.order import OrderDialog

        dialog = OrderDialog(self.ctx, client, direction, number, self.desk(), self,
                             choices=choices)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.ordered.connect(lambda n, d=direction: self._ordered(d, n))
        dialog.handover.connect(
            lambda args, d=direction, n=number: self._handed_over(d, n, args))
        dialog.destroyed.connect(lambda _o=None: self._dialog_gone(dialog))
        self.order_dialog = dialog
        dialog.open()

    def _dialog_gone(self, dialog: object) -> None:
        if self.order_dialog is dialog:
            self.order_dialog = None

    def _handed_over(self, direction: Direction, number: ShopNumber | None,
                     args: dict[str, Any]) -> None:
        """The rep went to the Documents page: the order waits here until they come back."""
        self.pending_order = {"direction": direction, "number": number,
                              "choices": args.get("choices", {}), "client": self.client}

    def _reopen_order(self, pending: dict[str, Any]) -> None:
        client = self.client
        if client is None or not client.same_account(pending.get("client")):
            return
        self._show_order(client, pending["direction"], pending["number"], pending["choices"])

    def _ordered(self, direction: Direction, number: str) -> None:
        catalog = self.catalog()
        if catalog is not None:
            catalog.forget_available(direction.id)
        self.ctx.notice.emit(self.tr("+{0} ordered").format(number))
        if self.direction is not None and not self.search_state:
            self.load_numbers()
        if self.tabs.currentIndex() == 1:
            self.owned.load()

    # ------------------------------------------------------------------ hand-overs

    def open_with(self, **args: Any) -> None:
        """Another page opens the shop at a country (``country``) or direction."""
        iso = str(args.get("country", "")).upper()
        if iso:
            self.country_iso = iso
            row = self.country_model.row_of(iso)
            if row >= 0:
                self._pick_country_row(row)
        if args.get("tab") == "owned":
            self.tabs.setCurrentIndex(1)

    async def open_for_screenshot(self, what: str) -> None:
        """``--open filter``: a typed filter; ``search``: a finished whole-country search;
        ``owned``: the owned-numbers tab; ``order``: the order dialog for a number."""
        import asyncio

        from zaddesk.gui.context import CurrentClient

        if self.client is None:
            self.ctx.set_client(CurrentClient(210001, "Anna Nowak", "", "", None, "PLN"))
        for _ in range(5):
            await asyncio.sleep(0.05)
            await self.ctx.runner.wait_idle()
        if what == "filter":
            self.filter.setText("*7")
            self.nice.setChecked(True)
            self.apply_filter()
        elif what == "search":
            self.mask_edit.setText("77")
            self.search_country()
            while self.search_state == "running":
                await asyncio.sleep(0.05)
        elif what == "owned":
            self.tabs.setCurrentIndex(1)
            await asyncio.sleep(0.3)
        elif what == "order":
            self.numbers_view.selectRow(2)
            self.open_order(any_number=False)
            for _ in range(5):
                await asyncio.sleep(0.05)
                await self.ctx.runner.wait_idle()


def _clock(at: float) -> str:
    from PySide6.QtCore import QLocale

    moment = QDateTime.fromSecsSinceEpoch(int(at))
    return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _error_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"{name}_error")
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label

