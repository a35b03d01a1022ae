"""The editor's side panels: the inspector, the problems list and the keypad simulator.

The inspector edits the selected item with the API's own fields (each widget named after its
parameter); every edit goes to the editor as a new item (``item_edited``), which the editor
pushes as an undoable change. What the API cannot change is shown read-only and says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zaddesk.core.ivr.model import (
    KEYS,
    QUEUE_STRATEGIES,
    Extension,
    Flow,
    Menu,
    Scenario,
    Target,
    key_label,
)
from zaddesk.core.ivr.validate import Problem

__all__ = ["Inspector", "KeypadPanel", "ProblemsList"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FlowEditor", text)


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, *, read_only: bool = False) -> W:
    """The widget with its objectName (the API parameter it holds, where it holds one)."""
    widget.setObjectName(name)
    if read_only and isinstance(widget, QLineEdit):
        widget.setReadOnly(True)
    return widget


T = TypeVar("T", bound=QLabel | QAbstractButton)


def tr_widget(widget: T, text: str) -> T:
    """Set ``text`` translated, and keep the source so a language switch can redo it."""
    widget.setProperty("tr_source", text)
    widget.setText(_tr(text))
    return widget


def retranslate_tree(root: QWidget) -> None:
    """Translate again every label and button under ``root`` made with :func:`tr_widget`."""
    for widget in [root, *root.findChildren(QWidget)]:
        source = widget.property("tr_source")
        if isinstance(source, str) and isinstance(widget, QLabel | QAbstractButton):
            widget.setText(_tr(source))


# Words the core puts into the fields of its sentences (key names, conditions).
ARG_WORDS = frozenset({"no key", "after hours", "always", "when not answered", "new menu"})


def tr_sentence(template: str, args: Mapping[str, str] | Iterable[tuple[str, str]]) -> str:
    """A sentence from the core (a plan call, a problem, a step of a test call) in the UI
    language: the template is translated, and so are the known words in its fields."""
    values = dict(args)
    return _tr(template).format(**{k: _tr(v) if v in ARG_WORDS else v
                                   for k, v in values.items()})


def _label(text: str, buddy: QWidget) -> QLabel:
    label = tr_widget(QLabel(), text)
    label.setBuddy(buddy)
    return label


class Inspector(QStackedWidget):
    """Fields of the selected box; ``item_edited(old, new)`` when the rep changes one."""

    item_edited = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.flow: Flow | None = None
        self.ref: str | None = None
        self._loading = False
        self.empty = tr_widget(QLabel(), "Select a box to see and change it.")
        self.empty.setWordWrap(True)
        self.addWidget(self.empty)
        self._build_menu()
        self._build_scenario()
        self._build_extension()

    # --- pages --------------------------------------------------------------------------
    def _build_menu(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.menu_title = named(QLineEdit(), "menu_title", read_only=True)
        self.menu_greeting = named(QLineEdit(), "type", read_only=True)
        self.menu_wait = named(QLineEdit(), "waitexten", read_only=True)
        self.menu_status = named(QLineEdit(), "status", read_only=True)
        form.addRow(_label("&Title:", self.menu_title), self.menu_title)
        form.addRow(_label("&Greeting:", self.menu_greeting), self.menu_greeting)
        form.addRow(_label("&Waits for a key (s):", self.menu_wait), self.menu_wait)
        form.addRow(_label("St&atus:", self.menu_status), self.menu_status)
        note = tr_widget(QLabel(), "A menu's title, greeting (sound or text-to-speech), wait "
                         "time and working hours are set in Zadarma's panel; the API cannot "
                         "change them, so they are shown here read-only.")
        note.setObjectName("read_only_note")
        note.setWordWrap(True)
        form.addRow(note)
        self.menu_page = page
        self.addWidget(page)

    def _build_scenario(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        self.sc_menu = named(QComboBox(), "menu_id")
        self.sc_key = named(QComboBox(), "push_button")
        for key in KEYS:
            self.sc_key.addItem(f"{key} · {key_label(key)}", key)
        self.sc_title = named(QLineEdit(), "title")
        self.sc_strategy = named(QComboBox(), "queue_strategy")
        for strategy in QUEUE_STRATEGIES:
            self.sc_strategy.addItem(_tr("ring tiers") if strategy == "off" else strategy,
                                     strategy)
        self.sc_announce = named(tr_widget(QCheckBox(), "A&nnounce the position in the queue"),
                                 "queue_announce_position")
        form.addRow(_label("&Menu:", self.sc_menu), self.sc_menu)
        form.addRow(_label("&Key:", self.sc_key), self.sc_key)
        form.addRow(_label("T&itle:", self.sc_title), self.sc_title)
        form.addRow(_label("&Rings:", self.sc_strategy), self.sc_strategy)
        form.addRow(self.sc_announce)
        self.sc_numbers = named(QTableWidget(0, 3), "numbers")
        self.sc_numbers.setHorizontalHeaderLabels(
            [_tr("Extension"), _tr("Delay (s)"), _tr("Ring time (s)")])
        self.sc_numbers.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.sc_numbers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        numbers_label = _label("E&xtensions rung:", self.sc_numbers)
        outer.addWidget(numbers_label)
        outer.addWidget(self.sc_numbers)
        self.numbers_error = named(QLabel(), "numbers_error")
        self.numbers_error.setStyleSheet("color: #c62828")
        self.numbers_error.hide()
        outer.addWidget(self.numbers_error)
        buttons = QHBoxLayout()
        self.sc_add = named(tr_widget(QPushButton(), "A&dd extension"), "add_number")
        self.sc_remove = named(tr_widget(QPushButton(), "Remo&ve extension"), "remove_number")
        buttons.addWidget(self.sc_add)
        buttons.addWidget(self.sc_remove)
        outer.addLayout(buttons)
        self.sc_menu.activated.connect(lambda _i: self._scenario_edited())
        self.sc_key.activated.connect(lambda _i: self._scenario_edited())
        self.sc_title.editingFinished.connect(self._scenario_edited)
        self.sc_strategy.activated.connect(lambda _i: self._scenario_edited())
        self.sc_announce.toggled.connect(lambda _b: self._scenario_edited())
        self.sc_numbers.itemChanged.connect(lambda _i: self._scenario_edited())
        self.sc_add.clicked.connect(self._add_number)
        self.sc_remove.clicked.connect(self._remove_number)
        self.scenario_page = page
        self.addWidget(page)

    def _build_extension(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.ext_number = named(QLineEdit(), "pbx_number", read_only=True)
        self.ext_forward = named(QComboBox(), "destination")
        self.ext_condition = named(QComboBox(), "condition")
        self.ext_condition.addItem(_tr("always"), "always")
        self.ext_condition.addItem(_tr("when not answered"), "noanswer")
        form.addRow(_label("&Extension:", self.ext_number), self.ext_number)
        form.addRow(_label("&Passes calls to menu:", self.ext_forward), self.ext_forward)
        form.addRow(_label("&When:", self.ext_condition), self.ext_condition)
        self.ext_other = QLabel()
        self.ext_other.setWordWrap(True)
        form.addRow(self.ext_other)
        self.ext_forward.activated.connect(lambda _i: self._extension_edited())
        self.ext_condition.activated.connect(lambda _i: self._extension_edited())
        self.extension_page = page
        self.addWidget(page)

    def retranslate(self) -> None:
        retranslate_tree(self)
        self.sc_strategy.setItemText(0, _tr("ring tiers"))
        self.ext_condition.setItemText(0, _tr("always"))
        self.ext_condition.setItemText(1, _tr("when not answered"))
        self.sc_numbers.setHorizontalHeaderLabels(
            [_tr("Extension"), _tr("Delay (s)"), _tr("Ring time (s)")])
        if self.flow is not None:
            self.show_item(self.flow, self.ref)

    # --- showing ------------------------------------------------------------------------
    def show_item(self, flow: Flow, ref: str | None) -> None:
        self.flow, self.ref = flow, ref
        item = flow.item(ref) if ref else None
        self._loading = True
        try:
            if isinstance(item, Menu):
                self.menu_title.setText(item.title or _tr("New menu (Zadarma names it)"))
                self.menu_greeting.setText(
                    _tr("text-to-speech") if item.greeting == "readtext" else _tr("sound file"))
                self.menu_wait.setText(str(item.waitexten))
                self.menu_status.setText(item.status)
                self.setCurrentWidget(self.menu_page)
            elif isinstance(item, Scenario):
                self._fill_menus(self.sc_menu, flow, item.menu, none=False)
                self.sc_key.setCurrentIndex(max(0, self.sc_key.findData(item.key)))
                self.sc_title.setText(item.title)
                self.sc_strategy.setCurrentIndex(max(0, self.sc_strategy.findData(item.strategy)))
                self.sc_announce.setChecked(item.announce_position)
                self.sc_announce.setEnabled(item.is_queue)
                self.sc_numbers.setRowCount(0)
                for target in item.targets:
                    self._append_row(target)
                self.numbers_error.hide()
                self.setCurrentWidget(self.scenario_page)
            elif isinstance(item, Extension):
                self.ext_number.setText(item.number)
                self._fill_menus(self.ext_forward, flow, item.forward_menu, none=True)
                self.ext_condition.setCurrentIndex(
                    max(0, self.ext_condition.findData(item.forward_condition)))
                self.ext_other.setText(
                    _tr("Now forwarded elsewhere ({where}); choosing a menu replaces that.")
                    .format(where=item.forward_other) if item.forward_other else "")
                self.setCurrentWidget(self.extension_page)
            else:
                self.setCurrentWidget(self.empty)
        finally:
            self._loading = False

    @staticmethod
    def _fill_menus(combo: QComboBox, flow: Flow, current: str | None, *, none: bool) -> None:
        combo.clear()
        if none:
            combo.addItem(_tr("(none: the extension rings)"), None)
        for ref, menu in sorted(flow.menus.items()):
            combo.addItem(menu.title or _tr("New menu"), ref)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _append_row(self, target: Target) -> None:
        row = self.sc_numbers.rowCount()
        self.sc_numbers.insertRow(row)
        for column, value in enumerate((target.number, str(target.delay),
                                        "" if target.duration is None else str(target.duration))):
            self.sc_numbers.setItem(row, column, QTableWidgetItem(value))

    # --- editing ------------------------------------------------------------------------
    def _targets(self) -> tuple[Target, ...]:
        out = []
        for row in range(self.sc_numbers.rowCount()):
            cells = [self.sc_numbers.item(row, c) for c in range(3)]
            number, delay, duration = (c.text().strip() if c else "" for c in cells)
            if not number:
                continue
            out.append(Target(number, int(delay) if delay.isdigit() else 0,
                              int(duration) if duration.isdigit() else None))
        return tuple(out)

    def _bad_cells(self) -> bool:
        """Mark delay and ring-time cells that are not whole seconds, at the cell itself;
        True while any is wrong (the edit is not taken until they are put right)."""
        bad = False
        self._loading = True
        try:
            for row in range(self.sc_numbers.rowCount()):
                for column in (1, 2):
                    cell = self.sc_numbers.item(row, column)
                    text = cell.text().strip() if cell else ""
                    wrong = bool(text) and not text.isdigit()
                    if cell is not None:
                        cell.setBackground(QColor("#ffcdd2") if wrong else QBrush())
                        cell.setToolTip(_tr("Whole seconds, e.g. 15") if wrong else "")
                    bad = bad or wrong
        finally:
            self._loading = False
        self.numbers_error.setText(_tr("Delays and ring times are whole seconds.")
                                   if bad else "")
        self.numbers_error.setVisible(bad)
        return bad

    def _scenario_edited(self) -> None:
        if self._loading or self.flow is None or self.ref not in self.flow.scenarios:
            return
        if self._bad_cells():
            return
        old = self.flow.scenarios[self.ref or ""]
        new = replace(old, menu=self.sc_menu.currentData() or old.menu,
                      key=int(self.sc_key.currentData()), title=self.sc_title.text().strip(),
                      strategy=self.sc_strategy.currentData(),
                      announce_position=self.sc_announce.isChecked()
                      and self.sc_strategy.currentData() != "off",
                      targets=self._targets())
        if new != old:
            self.item_edited.emit(old, new)

    def _add_number(self) -> None:
        if self.flow is None:
            return
        taken = set(self._targets_numbers())
        free = [e.number for e in sorted(self.flow.extensions.values(), key=lambda e: e.number)
                if e.number not in taken]
        self._loading = True
        self._append_row(Target(free[0] if free else ""))
        self._loading = False
        self._scenario_edited()
        self.sc_numbers.setCurrentCell(self.sc_numbers.rowCount() - 1, 0)
        self.sc_numbers.setFocus()

    def _targets_numbers(self) -> list[str]:
        return [t.number for t in self._targets()]

    def _remove_number(self) -> None:
        row = self.sc_numbers.currentRow()
        if row < 0:
            row = self.sc_numbers.rowCount() - 1
        if row >= 0:
            self._loading = True
            self.sc_numbers.removeRow(row)
            self._loading = False
            self._scenario_edited()

    def _extension_edited(self) -> None:
        if self._loading or self.flow is None or self.ref not in self.flow.extensions:
            return
        old = self.flow.extensions[self.ref or ""]
        forward = self.ext_forward.currentData()
        new = replace(old, forward_menu=forward,
                      forward_condition=self.ext_condition.currentData(),
                      forward_other=None if forward else old.forward_other)
        if new != old:
            self.item_edited.emit(old, new)


class ProblemsList(QListWidget):
    """What validation found; activating a row selects its box (``problem_chosen``)."""

    problem_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def show_problems(self, problems: list[Problem]) -> None:
        self.clear()
        for problem in problems:
            mark = "✖" if problem.severity == "error" else "⚠"
            item = QListWidgetItem(f"{mark} {tr_sentence(problem.template, problem.args)}")
            item.setData(Qt.ItemDataRole.UserRole, problem.ref)
            item.setData(Qt.ItemDataRole.UserRole + 1, problem.code)
            self.addItem(item)
        if not problems:
            item = QListWidgetItem(_tr("No problems found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        ref = item.data(Qt.ItemDataRole.UserRole)
        if ref:
            self.problem_chosen.emit(str(ref))


class KeypadPanel(QWidget):
    """A test call: caller, dialled number, time; keys and "wait"; a timeline of rings."""

    pressed = Signal(str)  # a digit or "timeout"
    restarted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keypad")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.caller = named(QLineEdit("48600100200"), "caller_id")
        self.dialled = named(QLineEdit("48221234567"), "called_did")
        self.when = named(QDateTimeEdit(QDateTime.currentDateTime()), "call_start")
        self.when.setCalendarPopup(True)
        self.dynamic = named(
            tr_widget(QCheckBox(), "As&k the client's call-info URL (dynamic menu)"), "dynamic")
        form.addRow(_label("C&aller:", self.caller), self.caller)
        form.addRow(_label("&Dialled number:", self.dialled), self.dialled)
        form.addRow(_label("&Time of the call:", self.when), self.when)
        form.addRow(self.dynamic)
        layout.addLayout(form)
        grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self.keys[digit] = named(QPushButton(digit), f"key_{digit}")
            grid.addWidget(self.keys[digit], index // 3, index % 3)
        self.keys["0"] = named(QPushButton("0"), "key_0")
        grid.addWidget(self.keys["0"], 3, 1)
        for digit, button in self.keys.items():
            button.setShortcut(digit)
            button.clicked.connect(lambda _c=False, d=digit: self.pressed.emit(d))
        self.wait = named(tr_widget(QPushButton(), "&Wait (let the time pass)"), "timeout")
        self.wait.clicked.connect(lambda: self.pressed.emit("timeout"))
        self.start = named(tr_widget(QPushButton(), "&New call"), "start_call")
        self.start.clicked.connect(self.restarted.emit)
        grid.addWidget(self.wait, 4, 0, 1, 2)
        grid.addWidget(self.start, 4, 2)
        layout.addLayout(grid)
        self.timeline = named(QListWidget(), "timeline")
        layout.addWidget(_label("Time&line:", self.timeline))
        layout.addWidget(self.timeline, 1)

    def show_steps(self, lines: list[str]) -> None:
        self.timeline.clear()
        self.timeline.addItems(lines)
        self.timeline.scrollToBottom()
