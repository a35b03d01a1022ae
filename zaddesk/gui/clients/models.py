"""Table models for the clients page: every cached client, filtered and sorted in Python.

Why not a stock ``QSortFilterProxyModel``: with 5,000 clients it calls a Python
``filterAcceptsRow`` (or ``lessThan``) per row on every keystroke, which is several times
the 16 ms a keystroke may take.  Instead ``ClientTableModel`` precomputes, per row, a
lowercase search key and the digits of the phone (the same rule as
``zaddesk.core.clients.matches``) and ``ClientFilterProxy`` (a ``QAbstractProxyModel``)
keeps the list of visible source rows, recomputed in one Python pass per keystroke or header
click; Qt then only asks for the rows it paints.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from zaddesk.core.clients import ClientRow

__all__ = [
    "ClientFilterProxy",
    "ClientTableModel",
    "RowRole",
    "SortRole",
]

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

_NON_DIGITS = re.compile(r"\D+")
_PHONE_LIKE = re.compile(r"^[+\d][\d\s()./-]*$")


def _money_key(text: str) -> float:
    try:
        return float(Decimal(text))
    except (InvalidOperation, ValueError):
        return float("-inf")


# Column id, header text (translated at use), display, sort key.
_COLUMNS: tuple[tuple[str, str, Callable[[ClientRow], Any], Callable[[ClientRow], Any]], ...] = (
    ("id", "Id", lambda r: str(r.id), lambda r: r.id),
    ("name", "Name", lambda r: r.name, lambda r: (r.last_name.casefold(), r.first_name.casefold())),
    ("email", "E-mail", lambda r: r.email, lambda r: r.email.casefold()),
    ("organization", "Organisation", lambda r: r.organization,
     lambda r: r.organization.casefold()),
    ("phone", "Phone", lambda r: r.phone, lambda r: r.phone),
    ("balance", "Balance", lambda r: r.balance, lambda r: _money_key(r.balance)),
    ("currency", "Currency", lambda r: r.currency, lambda r: r.currency),
    ("is_active", "Active", lambda r: "", lambda r: r.is_active),
)


def _headers() -> tuple[str, ...]:
    # Listed for lupdate; translated when the header is painted.
    return (
        QCoreApplication.translate("ClientTableModel", "Id"),
        QCoreApplication.translate("ClientTableModel", "Name"),
        QCoreApplication.translate("ClientTableModel", "E-mail"),
        QCoreApplication.translate("ClientTableModel", "Organisation"),
        QCoreApplication.translate("ClientTableModel", "Phone"),
        QCoreApplication.translate("ClientTableModel", "Balance"),
        QCoreApplication.translate("ClientTableModel", "Currency"),
        QCoreApplication.translate("ClientTableModel", "Active"),
    )


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_CHECK = Qt.ItemDataRole.CheckStateRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_SORT = SortRole.value if hasattr(SortRole, "value") else int(SortRole)
_ROW = RowRole.value if hasattr(RowRole, "value") else int(RowRole)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# A view asks every cell for a dozen roles on each paint; only these have answers.
_ANSWERED = frozenset({_DISPLAY, _CHECK, _ALIGN, _TOOLTIP, _SORT, _ROW})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_COLUMN_COUNT = len(_COLUMNS)


def cell(row: ClientRow, col: int, role: int, locale: QLocale) -> Any:
    """One cell's data: the hot path of painting, so plain ints and no model calls."""
    if role == _DISPLAY:
        if col == 5 and row.balance:
            try:
                return locale.toString(float(row.balance), "f", 2)
            except ValueError:
                return row.balance
        return _COLUMNS[col][2](row)
    if role == _CHECK:
        if col == 7:
            return Qt.CheckState.Checked if row.is_active else Qt.CheckState.Unchecked
        return None
    if role == _ALIGN:
        return _RIGHT if col in (0, 5) else None
    if role == _SORT:
        return _COLUMNS[col][3](row)
    if role == _ROW:
        return row
    if role == _TOOLTIP and col == 1:
        return row.email
    return None


def search_key(row: ClientRow) -> str:
    """What a search word must be part of (as ``zaddesk.core.clients.matches``)."""
    values = (str(row.id), row.email, row.first_name, row.last_name, row.organization, row.phone)
    return " ".join(v for v in values if v).casefold()


def digit_query(text: str) -> str:
    stripped = text.strip()
    if not _PHONE_LIKE.match(stripped):
        return ""
    digits = _NON_DIGITS.sub("", stripped)
    return digits if len(digits) >= 3 else ""


class ClientTableModel(QAbstractTableModel):
    """Every cached client, in cache order; ``ClientFilterProxy`` decides what is shown."""

    COLUMN_IDS: tuple[str, ...] = tuple(c[0] for c in _COLUMNS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ClientRow] = []
        self.keys: list[str] = []
        self.digits: list[str] = []
        self._by_id: dict[int, int] = {}
        self._sort_keys: dict[int, list[Any]] = {}
        self._locale = QLocale()

    # ------------------------------------------------------------------ content

    def set_rows(self, rows: Sequence[ClientRow]) -> None:
        """New content; the same clients in the same order only update cells (a background
        refresh must not reset the rep's scroll position or selection)."""
        rows = list(rows)
        if rows and len(rows) == len(self.rows) and all(
                new.id == old.id for new, old in zip(rows, self.rows, strict=True)):
            changed = [i for i, (new, old) in enumerate(zip(rows, self.rows, strict=True))
                       if new != old]
            if changed:
                self.rows = rows
                for i in changed:
                    self.keys[i] = search_key(rows[i])
                    self.digits[i] = _NON_DIGITS.sub("", rows[i].phone)
                self._sort_keys.clear()
                self.dataChanged.emit(self.index(changed[0], 0),
                                      self.index(changed[-1], len(_COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.keys = [search_key(r) for r in self.rows]
        self.digits = [_NON_DIGITS.sub("", r.phone) for r in self.rows]
        self._by_id = {r.id: i for i, r in enumerate(self.rows)}
        self._sort_keys.clear()
        self._locale = QLocale()
        self.endResetModel()

    def upsert(self, row: ClientRow) -> int:
        """Add or replace one client (found on the server); returns its source row."""
        at = self._by_id.get(row.id)
        self._sort_keys.clear()
        if at is not None:
            self.rows[at] = row
            self.keys[at] = search_key(row)
            self.digits[at] = _NON_DIGITS.sub("", row.phone)
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(_COLUMNS) - 1))
            return at
        at = len(self.rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.append(row)
        self.keys.append(search_key(row))
        self.digits.append(_NON_DIGITS.sub("", row.phone))
        self._by_id[row.id] = at
        self.endInsertRows()
        return at

    def row_of(self, client_id: int) -> int:
        return self._by_id.get(client_id, -1)

    def sort_keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            make = _COLUMNS[column][3]
            keys = [make(r) for r in self.rows]
            self._sort_keys[column] = keys
        return keys

    def retranslate(self) -> None:
        self._locale = QLocale()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_COLUMNS) - 1)

    # ------------------------------------------------------------------ Qt

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        return cell(self.rows[index.row()], index.column(), int(role), self._locale)


class ClientFilterProxy(QAbstractProxyModel):
    """The visible clients: every word of the search in the row's key, sorted by a column.

    ``set_text`` and ``sort`` recompute the list of visible source rows in one pass, then
    tell views with a layout change (selection and current row survive).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self._words: list[str] = []
        self._digits = ""
        self._column = -1
        self._order = Qt.SortOrder.AscendingOrder
        self._visible: list[int] = []
        self._position: dict[int, int] = {}
        self._source: ClientTableModel | None = None  # sourceModel(), without a Qt call

    def source(self) -> ClientTableModel:
        model = self.sourceModel()
        assert isinstance(model, ClientTableModel)
        return model

    def setSourceModel(self, model: Any) -> None:
        old = self.sourceModel()
        if old is not None:
            old.disconnect(self)
        self.beginResetModel()
        super().setSourceModel(model)
        self._source = model
        model.modelReset.connect(self._source_reset)
        model.rowsInserted.connect(self._source_inserted)
        model.dataChanged.connect(self._source_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._compute()
        self.endResetModel()

    # ------------------------------------------------------------------ filtering

    def set_text(self, text: str) -> None:
        if text == self.text:
            return
        self.text = text
        self._words = text.casefold().split()
        self._digits = digit_query(text)
        self._relayout()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._column, self._order = column, order
        self._relayout()

    def sort_column(self) -> int:
        return self._column

    def _accepted(self) -> list[int]:
        """Source rows matching the text: each word narrows the previous hits."""
        model = self.source()
        keys = model.keys
        hits: list[int] | range = range(len(keys))
        for word in self._words:
            hits = [i for i in hits if word in keys[i]]
        digits = self._digits
        if digits:
            phones = model.digits
            extra = [i for i, phone in enumerate(phones) if digits in phone]
            if extra:
                hits = sorted(set(hits).union(extra))
        return list(hits)

    def _compute(self) -> None:
        model = self.sourceModel()
        if not isinstance(model, ClientTableModel):
            self._visible, self._position = [], {}
            return
        visible = self._accepted()
        if 0 <= self._column < model.columnCount():
            keys = model.sort_keys(self._column)
            visible.sort(key=keys.__getitem__,
                         reverse=self._order is Qt.SortOrder.DescendingOrder)
        self._visible = visible
        self._position = {src: pos for pos, src in enumerate(visible)}

    def _relayout(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.mapToSource(i) for i in persistent]
        self._compute()
        self.changePersistentIndexList(persistent, [self.mapFromSource(s) for s in sources])
        self.layoutChanged.emit()

    def _source_reset(self) -> None:
        self.beginResetModel()
        self._compute()
        self.endResetModel()

    def _source_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self._relayout()

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        if bottom.row() - top.row() > 20:
            # Many rows changed (a refresh): filter and order may change too; one pass.
            self._relayout()
            if self._visible:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._visible) - 1, self.columnCount() - 1))
            return
        for row in range(top.row(), bottom.row() + 1):
            pos = self._position.get(row)
            if pos is not None:
                self.dataChanged.emit(self.index(pos, 0),
                                      self.index(pos, self.columnCount() - 1))

    # ------------------------------------------------------------------ Qt

    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Called for every cell a view paints: no Python-level calls on the way.
        if not (0 <= row < len(self._visible)) or not (0 <= column < _COLUMN_COUNT) or (
                self._source is None or parent.isValid()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: Any = None) -> Any:
        if _index is None:
            return super().parent()
        return QModelIndex()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def mapToSource(self, proxy: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy.isValid() or proxy.row() >= len(self._visible):
            return QModelIndex()
        return model.index(self._visible[proxy.row()], proxy.column())

    def mapFromSource(self, source: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not source.isValid():
            return QModelIndex()
        pos = self._position.get(source.row())
        if pos is None:
            return QModelIndex()
        return self.createIndex(pos, source.column())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if model is None:
            return None
        if orientation is Qt.Orientation.Horizontal:
            return model.headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The hot path of painting: roles without an answer return before any lookup.
        if role not in _ANSWERED:
            return None
        row = index.row()
        visible = self._visible
        model = self._source
        if model is None or row >= len(visible) or row < 0:
            return None
        return cell(model.rows[visible[row]], index.column(), int(role), model._locale)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def client_at(self, row: int) -> ClientRow | None:
        if 0 <= row < len(self._visible):
            return self.source().rows[self._visible[row]]
        return None

    def row_of(self, client_id: int) -> int:
        src = self.source().row_of(client_id)
        return self._position.get(src, -1) if src >= 0 else -1
