"""Models of the number shop: countries, directions, free numbers (filtered per keystroke), owned.

The numbers model keeps plain ``ShopNumber`` tuples and the list of visible rows; the filter is
one Python pass (``NumberFilter.select``) and highlight spans are computed only for the rows Qt
paints, so typing stays under a frame with tens of thousands of numbers (no proxy model).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from zaddesk.api.resources.numbers import Country, Direction, DirectNumber
from zaddesk.core.numbers import NumberFilter, NumberIndex, ShopNumber
from zaddesk.core.orders import expiring_soon, needs
from zaddesk.gui.icons import icon

__all__ = [
    "CountryModel",
    "DirectionModel",
    "NumberModel",
    "OwnedModel",
    "SpanDelegate",
    "display_number",
    "need_text",
]

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
RowRole = Qt.ItemDataRole.UserRole + 1
SpansRole = Qt.ItemDataRole.UserRole + 2
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter

Index = QModelIndex | QPersistentModelIndex


def need_text(kind: str, name: str) -> str:
    """A direction's need in words a rep understands (``kind``: upload or specify)."""
    text = need_noun(name)
    if kind == "upload":
        return QCoreApplication.translate("NumberShop", "Upload {0}").format(text)
    return QCoreApplication.translate("NumberShop", "State {0}").format(text)


def need_noun(name: str) -> str:
    """What a need is, as a noun phrase: "a passport scan"."""
    words = {
        "passport": QCoreApplication.translate("NumberShop", "a passport scan"),
        "phone_bill": QCoreApplication.translate(
            "NumberShop", "a utility or phone bill (proof of address)"),
        "photo_with_passport": QCoreApplication.translate(
            "NumberShop", "a photo holding the passport"),
        "photo_with_doc": QCoreApplication.translate(
            "NumberShop", "a photo holding the ID document"),
        "contract": QCoreApplication.translate("NumberShop", "a signed contract"),
        "company_letter": QCoreApplication.translate("NumberShop", "a company letter"),
        "certificate": QCoreApplication.translate(
            "NumberShop", "a company registration certificate"),
        "inn_ua": QCoreApplication.translate("NumberShop", "a Ukrainian tax number (INN)"),
        "receipt": QCoreApplication.translate("NumberShop", "a payment receipt"),
        "driver_id_us_ca": QCoreApplication.translate(
            "NumberShop", "a US or Canadian driving licence"),
        "driver_id_other": QCoreApplication.translate("NumberShop", "a driving licence"),
        "address": QCoreApplication.translate("NumberShop", "an address in the number's country"),
        "purpose": QCoreApplication.translate("NumberShop", "what the number will be used for"),
    }
    return words.get(name, name.replace("_", " "))


def need_icon_name(kind: str, name: str) -> str:
    if kind == "upload":
        return "need_document"
    return "need_address" if name == "address" else "need_purpose"


@lru_cache(maxsize=64)
def _needs_pixmap(names: tuple[str, ...], colour: str) -> QPixmap:
    size, gap = 16, 2
    pixmap = QPixmap(len(names) * (size + gap), size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    for at, name in enumerate(names):
        painter.drawPixmap(at * (size + gap), 0, icon(name, QColor(colour)).pixmap(size, size))
    painter.end()
    return pixmap


def needs_pixmap(names: tuple[str, ...]) -> QPixmap:
    """One icon per need, side by side (a document for each upload, a pin, a pencil)."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _needs_pixmap(names, colour)


def display_number(row: ShopNumber | str, national_at: int = 0, subscriber_at: int = 0) -> str:
    """``+48 22 1234567``: country code, area code and subscriber apart."""
    if isinstance(row, ShopNumber):
        number, national_at, subscriber_at = row.number, row.national_at, row.subscriber_at
    else:
        number = row
    if not national_at:
        return "+" + number
    parts = [number[:national_at], number[national_at:subscriber_at], number[subscriber_at:]]
    return "+" + " ".join(p for p in parts if p)


def _display_at(row: ShopNumber, i: int) -> int:
    """Where raw index ``i`` of ``row.number`` lands in ``display_number(row)``."""
    shift = 1
    if row.national_at and i >= row.national_at:
        shift += 1
        if row.subscriber_at > row.national_at and i >= row.subscriber_at:
            shift += 1
    return i + shift


def money(value: Any, currency: str = "") -> str:
    text = QLocale().toString(float(value), "f", 2)
    return f"{text} {currency}".strip()


# -- countries ------------------------------------------------------------------------------


class CountryModel(QAbstractListModel):
    """Countries with their dialling code; ``set_query`` filters by name, code or ISO."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all: list[Country] = []
        self.shown: list[Country] = []
        self.query = ""

    def set_countries(self, countries: Sequence[Country]) -> None:
        self.beginResetModel()
        from PySide6.QtCore import QCollator

        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.all = sorted(countries, key=lambda c: collator.sortKey(c.name))
        self.shown = self._filtered()
        self.endResetModel()

    def set_query(self, text: str) -> None:
        self.beginResetModel()
        self.query = text.strip().casefold().lstrip("+")
        self.shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[Country]:
        q = self.query
        if not q:
            return list(self.all)
        return [c for c in self.all if q in c.name.casefold() or c.country_code.startswith(q)
                or c.country_code_iso.casefold() == q]

    def row_of(self, iso: str) -> int:
        for i, c in enumerate(self.shown):
            if c.country_code_iso == iso:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.shown):
            return None
        country = self.shown[index.row()]
        if role == _DISPLAY:
            return f"{country.name}  +{country.country_code}"
        if role == RowRole:
            return country
        return None


# -- directions -----------------------------------------------------------------------------


class DirectionModel(QAbstractTableModel):
    """Directions of a country; sortable by any column."""

    HEADERS = ("City", "Area code", "Connection", "Monthly", "SMS", "Toll-free", "Needs")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Direction] = []

    def set_directions(self, rows: Sequence[Direction]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        d = self.rows[index.row()]
        col = index.column()
        if role == RowRole:
            return d
        upload, specify = needs(d)
        if role == _DISPLAY:
            if col == 0:
                return d.name
            if col == 1:
                return d.area_code
            if col == 2:
                return money(d.connect_fee, d.currency)
            if col == 3:
                return money(d.monthly_fee, d.currency)
            if col == 4:
                if d.receive_sms:
                    return QCoreApplication.translate("NumberShop", "yes")
                return QCoreApplication.translate("NumberShop", "no")
            if col == 5:
                return QCoreApplication.translate("NumberShop", "toll-free") if d.is_toll else ""
            if col == 6:
                if not upload and not specify:
                    return QCoreApplication.translate("NumberShop", "nothing")
                return ", ".join(_short_need(n) for n in upload + specify)
        if role == _ALIGN and col in (1, 2, 3):
            return _RIGHT
        if role == _ALIGN and col in (4, 5):
            return _CENTER
        if role == _TOOLTIP and col == 6:
            lines = [need_text("upload", n) for n in upload]
            lines += [need_text("specify", n) for n in specify]
            if d.connect_time:
                lines.append(QCoreApplication.translate(
                    "NumberShop", "Connected: {0}").format(d.connect_time))
            return "\n".join(lines) or QCoreApplication.translate(
                "NumberShop", "Nothing to upload or state")
        if role == _DECORATION and col == 6 and (upload or specify):
            names = tuple(need_icon_name("upload", n) for n in upload) + tuple(
                need_icon_name("specify", n) for n in specify)
            return needs_pixmap(names)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys: list[Callable[[Direction], Any]] = [
            lambda d: d.name.casefold(),
            lambda d: d.area_code,
            lambda d: d.connect_fee,
            lambda d: d.monthly_fee,
            lambda d: bool(d.receive_sms),
            lambda d: bool(d.is_toll),
            lambda d: sum(map(len, needs(d))),
        ]
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _short_need(name: str) -> str:
    return {
        "passport": QCoreApplication.translate("NumberShop", "passport"),
        "phone_bill": QCoreApplication.translate("NumberShop", "bill"),
        "photo_with_passport": QCoreApplication.translate("NumberShop", "photo"),
        "photo_with_doc": QCoreApplication.translate("NumberShop", "photo"),
        "contract": QCoreApplication.translate("NumberShop", "contract"),
        "company_letter": QCoreApplication.translate("NumberShop", "company letter"),
        "certificate": QCoreApplication.translate("NumberShop", "certificate"),
        "driver_id_us_ca": QCoreApplication.translate("NumberShop", "driving licence"),
        "driver_id_other": QCoreApplication.translate("NumberShop", "driving licence"),
        "address": QCoreApplication.translate("NumberShop", "address"),
        "purpose": QCoreApplication.translate("NumberShop", "purpose"),
    }.get(name, name.replace("_", " "))


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("NumberShop", "City"),
        QCoreApplication.translate("NumberShop", "Area code"),
        QCoreApplication.translate("NumberShop", "Connection"),
        QCoreApplication.translate("NumberShop", "Monthly"),
        QCoreApplication.translate("NumberShop", "SMS"),
        QCoreApplication.translate("NumberShop", "Toll-free"),
        QCoreApplication.translate("NumberShop", "Needs"),
    )


# -- free numbers ---------------------------------------------------------------------------


class NumberModel(QAbstractTableModel):
    """Free numbers; ``set_filter`` recomputes the visible rows in one pass."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index_ = NumberIndex()
        self.rows: list[ShopNumber] = self.index_.rows
        self.visible: list[int] = []
        self.filter = NumberFilter()
        self.mask = NumberFilter()  # the server's mask, highlighted while no filter is typed
        self.show_city = False
        self._display: dict[int, str] = {}

    def set_rows(self, rows: Sequence[ShopNumber], *, show_city: bool = False,
                 mask: str = "") -> None:
        self.beginResetModel()
        self.mask = NumberFilter.parse(mask)
        self.index_ = NumberIndex(rows)
        self.rows = self.index_.rows
        self.show_city = show_city
        self._display.clear()
        self.visible = self.filter.select(self.rows, self.index_)
        self.endResetModel()

    def add_rows(self, rows: Sequence[ShopNumber]) -> None:
        """Streamed rows (whole-country search): appended, filtered, never a reset."""
        if not rows:
            return
        start = len(self.rows)
        self.index_.extend(rows)  # self.rows is the index's list: it grows too
        added = [start + i for i in self.filter.select(rows)]
        if added:
            first = len(self.visible)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self.visible.extend(added)
            self.endInsertRows()

    def set_filter(self, flt: NumberFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self.visible = flt.select(self.rows, self.index_)
        self.endResetModel()

    def shown(self) -> list[ShopNumber]:
        return [self.rows[i] for i in self.visible]

    def row_at(self, row: int) -> ShopNumber:
        return self.rows[self.visible[row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (QCoreApplication.translate(
                "NumberShop", "Number"), QCoreApplication.translate("NumberShop", "City"))[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        source = self.visible[index.row()]
        row = self.rows[source]
        if role == _DISPLAY:
            if index.column() == 0:
                text = self._display.get(source)
                if text is None:
                    text = self._display[source] = display_number(row)
                return text
            return row.city
        if role == SpansRole and index.column() == 0:
            marks = self.filter if not self.filter.empty else self.mask
            return [(_display_at(row, a), _display_at(row, b - 1) + 1)
                    for a, b in marks.spans(row)]
        if role == RowRole:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        rows = self.rows
        key: Callable[[int], Any] = (
            (lambda i: rows[i].number) if column == 0 else (lambda i: (rows[i].city,
                                                                      rows[i].number)))
        self.layoutAboutToBeChanged.emit()
        self.visible.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class SpanDelegate(QStyledItemDelegate):
    """Paints a number with the filter's matches in bold on the highlight colour."""

    _cache: tuple[str, QFont, QFont, dict[bool, QFontMetrics]] | None = None

    def _fonts(self, font: QFont) -> tuple[QFont, QFont, dict[bool, QFontMetrics]]:
        key = font.key()
        if self._cache is None or self._cache[0] != key:
            bold = QFont(font)
            bold.setBold(True)
            self._cache = (key, QFont(font), bold,
                           {False: QFontMetrics(font), True: QFontMetrics(bold)})
        return self._cache[1], self._cache[2], self._cache[3]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        spans = index.data(SpansRole)
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt,
                                           opt.widget)
        rect = rect.adjusted(3, 0, -3, 0)
        base, bold, metrics = self._fonts(opt.font)
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        normal = palette.color(QPalette.ColorRole.HighlightedText if selected
                               else QPalette.ColorRole.Text)
        mark = QColor(palette.color(QPalette.ColorRole.Highlight))
        mark.setAlpha(70)
        painter.save()
        x = rect.left()
        pos = 0
        pieces: list[tuple[str, bool]] = []
        for a, b in spans:
            if a > pos:
                pieces.append((text[pos:a], False))
            pieces.append((text[a:b], True))
            pos = b
        if pos < len(text):
            pieces.append((text[pos:], False))
        for piece, hit in pieces:
            font = bold if hit else base
            width = metrics[hit].horizontalAdvance(piece)
            box = QRect(x, rect.top(), width, rect.height())
            if hit and not selected:
                painter.fillRect(box.adjusted(0, 2, 0, -2), QBrush(mark))
            painter.setFont(font)
            painter.setPen(normal)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             piece)
            x += width
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 12, size.height())


# -- owned numbers --------------------------------------------------------------------------


class OwnedModel(QAbstractTableModel):
    """The account's numbers; those expiring within 14 days stand out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DirectNumber] = []
        self.now = datetime.utcnow()

    def set_numbers(self, rows: Sequence[DirectNumber], now: datetime | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.now = now or datetime.utcnow()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (
                QCoreApplication.translate("NumberShop", "Number"),
                QCoreApplication.translate("NumberShop", "Direction"),
                QCoreApplication.translate("NumberShop", "Status"),
                QCoreApplication.translate("NumberShop", "Start"),
                QCoreApplication.translate("NumberShop", "Expiry"),
                QCoreApplication.translate("NumberShop", "Monthly fee"),
            )[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        n = self.rows[index.row()]
        col = index.column()
        soon = expiring_soon(n, self.now)
        if role == _DISPLAY:
            if col == 0:
                return "+" + n.number
            if col == 1:
                return ", ".join(p for p in (n.country, n.description) if p)
            if col == 2:
                return status_text(n.status)
            if col == 3:
                return (n.start_date or "")[:10]
            if col == 4:
                return (n.stop_date or "")[:10]
            if col == 5:
                return money(n.monthly_fee, n.currency) if n.monthly_fee is not None else ""
        if role == _BACKGROUND and soon:
            colour = QColor("#f5c542")
            colour.setAlpha(90)
            return QBrush(colour)
        if role == _TOOLTIP and soon:
            return QCoreApplication.translate("NumberShop", "Expires within 14 days")
        if role == _ALIGN and col == 5:
            return _RIGHT
        if role == RowRole:
            return n
        return None


def status_text(status: str) -> str:
    return {
        "on": QCoreApplication.translate("NumberShop", "active"),
        "off": QCoreApplication.translate("NumberShop", "switched off"),
        "reserved_checking_upload": QCoreApplication.translate(
            "NumberShop", "reserved: waiting for documents"),
        "checking_upload": QCoreApplication.translate("NumberShop", "waiting for documents"),
        "reserved": QCoreApplication.translate("NumberShop", "reserved"),
    }.get(status, status)
