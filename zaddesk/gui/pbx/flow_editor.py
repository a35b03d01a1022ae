"""The call-flow editor: canvas, inspector, problems, keypad, review and apply.

The editor knows nothing of pages or clients: it is given a way to run API work (``run``,
the page's task runner), a :class:`FlowBackend` for the client whose flow it edits, and a
:class:`FlowStore` to keep the edit across restarts. The PBX page adds it as its "Call flow"
tab (:func:`zaddesk.gui.pbx.flow_tab.call_flow_tab`).

Every change goes through the document's one ``QUndoStack``; after each change the flow is
validated (marks on the boxes, the problems list), and the edit is written to disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from zaddesk.core.ivr.apply import ApplyReport, Conflict, rebase
from zaddesk.core.ivr.layout import flow_graph, layered_layout
from zaddesk.core.ivr.model import (
    DEFAULT_KEY,
    KEYS,
    Extension,
    Flow,
    Menu,
    Scenario,
    Target,
    ext_ref,
    new_ref,
)
from zaddesk.core.ivr.plan import Call, PlanError, plan
from zaddesk.core.ivr.serial import LayoutFile, LayoutFileError, dumps, loads
from zaddesk.core.ivr.simulate import Simulation, simulate_static
from zaddesk.core.ivr.store import Edit, FlowStore
from zaddesk.core.ivr.template import adopt, revive
from zaddesk.core.ivr.validate import Problem, validate
from zaddesk.gui.pbx.flow_doc import FlowDocument
from zaddesk.gui.pbx.flow_panels import (
    Inspector,
    KeypadPanel,
    ProblemsList,
    named,
    retranslate_tree,
    tr_sentence,
)
from zaddesk.gui.pbx.flow_scene import HEIGHT, FlowScene, FlowView, Minimap

__all__ = ["FlowBackend", "FlowEditor", "PlanDialog"]

log = logging.getLogger("zaddesk.gui.pbx")

PATH_COLOUR = QColor("#ffd54f")
PLAN_COLOUR = QColor("#90caf9")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FlowEditor", text)


class FlowBackend(Protocol):
    """One client's flow on the server (see ``flow_tab.ApiFlowBackend``)."""

    @property
    def client_id(self) -> int | None: ...

    async def read(self) -> Flow: ...
    async def settle_pending(self) -> int: ...
    async def conflict(self, base: Flow, edited: Flow) -> Conflict | None: ...
    async def apply(self, calls: list[Call], server: Flow,
                    on_applied: Callable[[Call, dict[str, str]], None]) -> ApplyReport: ...
    async def simulate(self, flow: Flow, events: list[str], **options: Any) -> Simulation: ...
    def decide(self, step_id: int, applied: bool) -> None: ...


RunFn = Callable[..., Any]


def call_text(call: Call) -> str:
    parts = [tr_sentence(t, a) for t, a in call.details]
    return tr_sentence(call.template, call.args) + (": " + "; ".join(parts) if parts else "")


class PlanDialog(QDialog):
    """The plan: each call in words and as the request it sends; apply with progress."""

    apply_requested = Signal()
    decided = Signal(int, bool)  # step id, applied

    def __init__(self, calls: list[Call], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_dialog")
        self.setWindowTitle(_tr("Review changes"))
        self.calls = calls
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("These {count} API calls will be sent, in this order:").format(
            count=len(calls)))
        layout.addWidget(intro)
        self.list = named(QListWidget(), "plan")
        for index, call in enumerate(calls, 1):
            item = QListWidgetItem(f"{index}. {call_text(call)}")
            item.setData(Qt.ItemDataRole.UserRole, index - 1)
            self.list.addItem(item)
        intro.setBuddy(self.list)
        layout.addWidget(self.list, 2)
        request_label = QLabel(_tr("&Request:"))
        self.request = named(QPlainTextEdit(), "request")
        self.request.setReadOnly(True)
        request_label.setBuddy(self.request)
        layout.addWidget(request_label)
        layout.addWidget(self.request, 1)
        note_row = QHBoxLayout()
        self.note = named(QLineEdit(), "note")
        note_label = QLabel(_tr("&Note for this version:"))
        note_label.setBuddy(self.note)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        layout.addLayout(note_row)
        self.progress = named(QProgressBar(), "apply_progress")
        self.progress.setRange(0, max(1, len(calls)))
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.outcome = named(QLabel(), "apply_outcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.buttons = QDialogButtonBox()
        self.apply_button = named(QPushButton(_tr("&Apply")), "apply")
        self.close_button = named(QPushButton(_tr("&Close")), "close_plan")
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.clicked.connect(self.apply_requested.emit)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        decide_row = QHBoxLayout()
        self.was_applied = named(QPushButton(_tr("It &was applied")), "was_applied")
        self.was_not_applied = named(QPushButton(_tr("It was &not applied")), "was_not_applied")
        decide_row.addWidget(self.was_applied)
        decide_row.addWidget(self.was_not_applied)
        layout.addLayout(decide_row)
        self.was_applied.hide()
        self.was_not_applied.hide()
        self.undecided_step = 0
        self.was_applied.clicked.connect(lambda: self._decide(True))
        self.was_not_applied.clicked.connect(lambda: self._decide(False))
        self.list.currentRowChanged.connect(self._show_request)
        if calls:
            self.list.setCurrentRow(0)
        self.resize(720, 560)

    def _show_request(self, row: int) -> None:
        if 0 <= row < len(self.calls):
            call = self.calls[row]
            params = call.request()
            lines = [f"{call.method} {call.path}"]
            lines += [f"  {k} = {v}" for k, v in sorted(params.items())]
            pending = [name for name, _ref in call.ref_params]
            if pending:
                lines.append(_tr("  (? = the id the server gives to an item created above)"))
            self.request.setPlainText("\n".join(lines))

    def ask_decision(self, step_id: int) -> None:
        self.undecided_step = step_id
        self.was_applied.show()
        self.was_not_applied.show()

    def _decide(self, applied: bool) -> None:
        self.was_applied.hide()
        self.was_not_applied.hide()
        self.decided.emit(self.undecided_step, applied)

    def mark_applied(self, count: int) -> None:
        self.progress.setValue(count)
        for row in range(self.list.count()):
            item = self.list.item(row)
            text = item.text().lstrip("✔ ")
            item.setText(("✔ " if row < count else "") + text)


class FlowEditor(QWidget):
    """See the module docstring."""

    loaded = Signal()
    applied = Signal(object)  # ApplyReport

    def __init__(self, run: RunFn, store: FlowStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flow_editor")
        self.run_task = run
        self.store = store
        self.backend: FlowBackend | None = None
        self.server = Flow()  # as last read
        self.base = Flow()  # the server's flow when the edit began
        self.doc = FlowDocument(parent=self)
        self.problems_found: list[Problem] = []
        self.events: list[str] = []
        self.simulation: Simulation | None = None
        self.plan_dialog: PlanDialog | None = None
        self.last_report: ApplyReport | None = None
        self.busy = False
        self.ready = False  # the current client's flow is shown (so the edit may be saved)

        self.scene = FlowScene(self)
        self.view = FlowView(self.scene, self)
        self.minimap = Minimap(self.view, self)
        self.inspector = Inspector(self)
        self.problems = ProblemsList(self)
        self.keypad = KeypadPanel(self)
        self.status = named(QLabel(), "flow_status")
        self._status: tuple[str, dict[str, object]] = ("", {})
        self.status.setWordWrap(True)

        self.toolbar = QToolBar(self)
        self._actions()
        side = QTabWidget(self)
        side.setObjectName("flow_side")
        self.tab_sources = ["&Inspector", "&Problems", "Test ca&ll"]
        side.addTab(self.inspector, "")
        problems_page = QWidget()
        problems_layout = QVBoxLayout(problems_page)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems)
        side.addTab(problems_page, "")
        side.addTab(self.keypad, "")
        self.side = side
        for index, source in enumerate(self.tab_sources):
            side.setTabText(index, _tr(source))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(side, 1)
        right_layout.addWidget(self.minimap, 0, Qt.AlignmentFlag.AlignHCenter)
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(250)
        self._save_timer.timeout.connect(self.save_edit)
        self.doc.changed.connect(self._flow_changed)
        self.doc.moved.connect(self._positions_changed)
        self.scene.connect_requested.connect(self.connect_items)
        self.scene.nodes_moved.connect(lambda moves: self.doc.move(moves, _tr("Move")))
        self.scene.selectionChanged.connect(self._selection_changed)
        self.inspector.item_edited.connect(self._inspector_edited)
        self.view.nudged.connect(self.nudge)
        self.view.inspect.connect(self.focus_inspector)
        self.problems.problem_chosen.connect(self.select)
        self.keypad.pressed.connect(self.press)
        self.keypad.restarted.connect(self.new_call)

    # --- actions ------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
                ) -> QAction:
        action = QAction(_tr(text), self)
        action.setProperty("tr_source", text)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _actions(self) -> None:
        self.act_menu = self._action("add_menu", "New &menu", self.add_menu, "Ctrl+Shift+M")
        self.act_scenario = self._action("add_scenario", "New &scenario",
                                         self.add_scenario, "Ctrl+Shift+S")
        self.act_extension = self._action("add_extension", "New e&xtension",
                                          self.add_extension, "Ctrl+Shift+E")
        self.act_delete = self._action("delete", "&Delete", self.delete_selected,
                                       QKeySequence.StandardKey.Delete)
        self.toolbar.addSeparator()
        self.act_undo = self._action("undo", "&Undo", self.doc.undo.undo,
                                     QKeySequence.StandardKey.Undo)
        self.act_redo = self._action("redo", "&Redo", self.doc.undo.redo,
                                     QKeySequence.StandardKey.Redo)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.doc.undo.canUndoChanged.connect(self.act_undo.setEnabled)
        self.doc.undo.canRedoChanged.connect(self.act_redo.setEnabled)
        self.toolbar.addSeparator()
        self.act_layout = self._action("auto_layout", "&Auto-layout", self.auto_layout,
                                       "Ctrl+L")
        self._action("fit", "&Fit", self.view.fit, "Ctrl+0")
        self._action("zoom_in", "Zoom &in", lambda: self.view.zoom(1.25), "Ctrl++")
        self._action("zoom_out", "Zoom ou&t", lambda: self.view.zoom(0.8), "Ctrl+-")
        self.toolbar.addSeparator()
        self.act_review = self._action("review", "Re&view changes", self.review,
                                       "Ctrl+Return")
        self._action("reload", "Rel&oad from server", self.reload, "F5")
        self._action("discard", "Dis&card edit", self.discard)
        self.toolbar.addSeparator()
        self._action("export", "&Export…", self.export_dialog)
        self._action("import", "Im&port…", self.import_dialog)
        self._action("versions", "Versio&ns…", self.versions_dialog)

    def retranslate(self) -> None:
        retranslate_tree(self)
        self.inspector.retranslate()
        for action in self.actions():
            source = action.property("tr_source")
            if isinstance(source, str):
                action.setText(_tr(source))
        for index, source in enumerate(self.tab_sources):
            self.side.setTabText(index, _tr(source))
        self._flow_changed([])
        template, args = self._status
        self.status.setText(_tr(template).format(**args) if template else "")
        if self.simulation is not None:
            self._show_simulation(self.simulation)

    def set_status(self, template: str, **args: object) -> None:
        """A line under the canvas, kept as its source so a language switch redoes it."""
        self._status = (template, args)
        self.status.setText(_tr(template).format(**args))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ------------------------------------------------------------------------
    def open(self, backend: FlowBackend | None) -> None:
        """Show ``backend``'s flow: the kept edit if there is one, else the server's."""
        if self._save_timer.isActive():  # the previous client's last change, kept first
            self._save_timer.stop()
            self.save_edit()
        self.backend = backend
        self.ready = False  # nothing is saved for this client until its flow is shown
        self.base = Flow()
        self.doc.reset(Flow(), {})
        self.events = []
        if backend is None:
            self.set_status("Choose a client to see its call flow.")
            return
        self.set_status("Reading the call flow…")

        async def load() -> tuple[Flow, int]:
            settled = await backend.settle_pending()
            return await backend.read(), settled

        self.run_task(load, title=_tr("Read the call flow"), name="flow_load",
                      on_success=lambda result: self._loaded(backend, *result))

    def reload(self) -> None:
        """Read the server again; the edit (if any) is kept, now against what is there."""
        backend = self.backend
        if backend is None:
            return
        self.run_task(backend.read, title=_tr("Read the call flow"), name="flow_load",
                      on_success=lambda flow: self._loaded(backend, flow, 0, keep=True))

    def _loaded(self, backend: FlowBackend, server: Flow, settled: int = 0,
                keep: bool = False) -> None:
        if backend is not self.backend:
            return
        self.server = server
        kept = self.store.load_edit(backend.client_id) if self.store else None
        if keep and kept is None:
            kept = Edit(self.base, self.doc.flow, self.doc.positions)
        if kept is not None:
            self.base = kept.base if not keep else server
            positions = dict(kept.positions)
            flow = kept.edited
            self.set_status("Your unapplied edit is back. Review it to apply, or discard it.")
        else:
            self.base = server.copy()
            flow = server.copy()
            positions = {}
            self.set_status("The call flow as it is on the server.")
        if settled:
            self.set_status("{count} earlier change(s) whose answer was lost were settled by "
                            "reading the server.", count=settled)
        missing = [r for r in ("call", *flow.refs()) if r not in positions]
        if missing:
            positions.update(self._layout(flow, positions if positions else None))
        self.doc.reset(flow, positions)
        self.ready = True
        self.view.fit()
        self.loaded.emit()

    def _layout(self, flow: Flow, keep: dict[str, tuple[float, float]] | None
                ) -> dict[str, tuple[float, float]]:
        nodes, edges = flow_graph(flow)
        placed = layered_layout(nodes, edges, dy=HEIGHT + 10)
        if keep:
            return {ref: pos for ref, pos in placed.items() if ref not in keep}
        return placed

    # --- reacting to changes ------------------------------------------------------------
    def _flow_changed(self, refs: list[str]) -> None:
        flow = self.doc.flow
        if any(r not in self.doc.positions for r in ("call", *flow.refs())):
            placed = self._layout(flow, None)
            self.doc.positions.update(
                {r: p for r, p in placed.items() if r not in self.doc.positions})
        self.scene.show_flow(flow, self.doc.positions)
        self.problems_found = validate(flow)
        marks: dict[str, tuple[str, str]] = {}
        for problem in self.problems_found:
            text = tr_sentence(problem.template, problem.args)
            severity, tip = marks.get(problem.ref, ("", ""))
            if severity != "error":
                severity = problem.severity
            marks[problem.ref] = (severity, (tip + "\n" if tip else "") + text)
        self.scene.mark(marks)
        self.problems.show_problems(self.problems_found)
        selected = self.scene.selected_refs()
        self.inspector.show_item(flow, selected[0] if len(selected) == 1 else None)
        if self.simulation is not None:
            self._simulate()
        if self.backend is not None:
            self._save_timer.start()

    def _positions_changed(self, refs: list[str]) -> None:
        self.scene.place({r: self.doc.positions[r] for r in refs if r in self.doc.positions})
        if self.backend is not None:
            self._save_timer.start()

    def save_edit(self) -> None:
        if self.store is None or self.backend is None or not self.ready:
            return
        if self.doc.flow == self.base and not self.doc.undo.count():
            return
        self.store.save_edit(self.backend.client_id,
                             Edit(self.base, self.doc.flow, self.doc.positions))

    def _selection_changed(self) -> None:
        selected = self.scene.selected_refs()
        self.inspector.show_item(self.doc.flow, selected[0] if len(selected) == 1 else None)

    def select(self, ref: str) -> None:
        node = self.scene.select(ref)
        if node is not None:
            self.view.ensureVisible(node, 60, 60)
            self.view.setFocus()

    def _inspector_edited(self, old: Menu | Scenario | Extension,
                          new: Menu | Scenario | Extension) -> None:
        self.doc.change(_tr("Edit {what}").format(what=self._name(old.ref)),
                        lambda flow: flow.put(new))

    def _name(self, ref: str) -> str:
        item = self.doc.flow.item(ref)
        if isinstance(item, Scenario):
            return _tr("scenario “{title}”").format(title=item.title)
        if isinstance(item, Menu):
            return _tr("menu “{title}”").format(title=item.title or _tr("New menu"))
        if isinstance(item, Extension):
            return _tr("extension {number}").format(number=item.number)
        return ref

    # --- editing ------------------------------------------------------------------------
    def _near(self, ref: str | None, dx: float = 260, dy: float = 0) -> tuple[float, float]:
        base = self.doc.positions.get(ref or "", None)
        if base is None:
            rect = self.scene.itemsBoundingRect()
            return (rect.left(), rect.bottom() + 40)
        return (base[0] + dx, base[1] + dy)

    def add_menu(self) -> str:
        flow = self.doc.flow
        ref = new_ref("menu", flow.refs())
        menu = Menu(ref, None, _tr("New menu"))
        at = self._near(None)
        self.doc.change(_tr("Add a menu"), lambda f: f.put(menu), {ref: at})
        self.select(ref)
        return ref

    def _menu_context(self) -> str | None:
        for ref in self.scene.selected_refs():
            if ref in self.doc.flow.menus:
                return ref
            scenario = self.doc.flow.scenarios.get(ref)
            if scenario is not None:
                return scenario.menu
        return self.doc.flow.main

    def free_key(self, menu: str) -> int:
        used = {s.key for s in self.doc.flow.scenarios_of(menu)}
        order: list[int] = [DEFAULT_KEY, *range(1, 10), 0, *KEYS]
        for key in order:
            if key not in used:
                return key
        return DEFAULT_KEY

    def add_scenario(self, menu: str | None = None, numbers: tuple[str, ...] = ()) -> str | None:
        menu = menu or self._menu_context()
        if menu is None:
            self.set_status("Add a menu first.")
            return None
        flow = self.doc.flow
        key = self.free_key(menu)
        ref = new_ref("scenario", flow.refs())
        title = _tr("No key") if key == DEFAULT_KEY else _tr("Key {key}").format(key=key)
        scenario = Scenario(ref, menu, key, title, tuple(Target(n) for n in numbers))
        count = len(flow.scenarios_of(menu))
        at = self._near(menu, 260, count * (HEIGHT + 16))
        self.doc.change(_tr("Add a scenario"), lambda f: f.put(scenario), {ref: at})
        self.select(ref)
        return ref

    def add_extension(self, number: str | None = None) -> str:
        flow = self.doc.flow
        taken = {e.number for e in flow.extensions.values()}
        if number is None:
            number = next(f"{n:03d}" for n in range(100, 1000) if f"{n:03d}" not in taken)
        ext = Extension(number)
        at = self._near(None)
        self.doc.change(_tr("Add extension {number}").format(number=number),
                        lambda f: f.put(ext), {ext.ref: at})
        self.select(ext.ref)
        return ext.ref

    def delete_selected(self) -> None:
        refs = [r for r in self.scene.selected_refs() if r != "call"]
        if not refs:
            return
        flow = self.doc.flow
        if flow.main in refs:
            self.set_status("The main menu cannot be deleted; Zadarma keeps it.")
            refs.remove(flow.main or "")
        server_exts = [r for r in refs if r in self.server.extensions]
        if server_exts:
            self.set_status("Extensions on the server are not deleted from here.")
            refs = [r for r in refs if r not in server_exts]
        if not refs:
            return

        def remove(f: Flow) -> None:
            for ref in refs:
                if f.item(ref) is not None:
                    f.remove(ref)

        self.doc.change(_tr("Delete {what}").format(
            what=", ".join(self._name(r) for r in refs)), remove)

    def connect_items(self, source: str, target: str) -> bool:
        """A wire dragged from ``source`` to ``target``: what it means depends on the kinds."""
        flow = self.doc.flow
        s_item, t_item = flow.item(source), flow.item(target)
        if isinstance(s_item, Scenario) and isinstance(t_item, Extension):
            if t_item.number in s_item.numbers():
                return False
            new = replace(s_item, targets=(*s_item.targets, Target(t_item.number)))
            return self.doc.change(_tr("{a} rings {b}").format(
                a=self._name(source), b=self._name(target)), lambda f: f.put(new))
        if isinstance(s_item, Extension) and isinstance(t_item, Menu):
            ext = replace(s_item, forward_menu=target, forward_other=None)
            return self.doc.change(_tr("{a} passes calls to {b}").format(
                a=self._name(source), b=self._name(target)), lambda f: f.put(ext))
        if isinstance(s_item, Menu) and isinstance(t_item, Extension):
            return self.add_scenario(source, (t_item.number,)) is not None
        if isinstance(s_item, Menu) and isinstance(t_item, Scenario):
            moved = replace(t_item, menu=source, key=self.free_key(source))
            return self.doc.change(_tr("Move {a} to {b}").format(
                a=self._name(target), b=self._name(source)), lambda f: f.put(moved))
        if isinstance(s_item, Scenario) and isinstance(t_item, Menu):
            # ring a free extension forwarded to that menu: the API's way into a submenu
            free = next((e for e in sorted(flow.extensions.values(), key=lambda e: e.number)
                         if e.forward_menu == target), None)
            number = free.number if free else next(
                f"{n:03d}" for n in range(100, 1000) if ext_ref(f"{n:03d}") not in flow.extensions)
            ext = replace(free or Extension(number), forward_menu=target)
            scenario = replace(s_item, targets=(*s_item.targets, Target(number)))

            def link(f: Flow) -> None:
                f.put(ext)
                f.put(scenario)

            positions = {} if free else {ext_ref(number): self._near(source)}
            return self.doc.change(_tr("{a} leads to {b}").format(
                a=self._name(source), b=self._name(target)), link, positions)
        self.set_status("Those two cannot be connected.")
        return False

    def nudge(self, dx: float, dy: float) -> None:
        moves = {}
        for ref in self.scene.selected_refs():
            x, y = self.doc.positions.get(ref, (0.0, 0.0))
            moves[ref] = ((x, y), (x + dx, y + dy))
        if moves:
            self.scene.place({ref: new for ref, (_old, new) in moves.items()})
            self.doc.move(moves, _tr("Move"))

    def focus_inspector(self) -> None:
        self.side.setCurrentWidget(self.inspector)
        page = self.inspector.currentWidget()
        if page is None:
            return
        for widget in page.findChildren(QWidget):
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not (
                    isinstance(widget, QLineEdit) and widget.isReadOnly()) and not isinstance(
                    widget, QLabel):
                widget.setFocus()
                return

    def auto_layout(self) -> None:
        placed = self._layout(self.doc.flow, None)
        self.doc.change(_tr("Auto-layout"), lambda f: None, placed)
        self.view.fit()

    # --- review and apply ---------------------------------------------------------------
    def current_plan(self) -> list[Call]:
        user = getattr(self.backend, "user_id", None)
        return plan(self.base, self.doc.flow, user_id=user)

    def review(self) -> PlanDialog | None:
        errors = [p for p in self.problems_found if p.severity == "error"]
        if errors:
            self.side.setCurrentIndex(1)
            self.set_status("Fix the problems marked in red before applying.")
            return None
        try:
            calls = self.current_plan()
        except PlanError as error:
            self._status = ("", {})
            self.status.setText(str(error))
            return None
        if not calls:
            self.set_status("Nothing to apply: the edit matches the server.")
            return None
        dialog = PlanDialog(calls, self)
        dialog.list.currentRowChanged.connect(
            lambda row: self.scene.light(calls[row].refs if 0 <= row < len(calls) else (),
                                         PLAN_COLOUR))
        dialog.apply_requested.connect(lambda: self.apply(dialog))
        dialog.decided.connect(self.decide)
        dialog.finished.connect(lambda _r: self.scene.light((), None))
        self.plan_dialog = dialog
        dialog.open()
        return dialog

    def apply(self, dialog: PlanDialog) -> None:
        backend = self.backend
        if backend is None or self.busy:
            return
        self.busy = True
        dialog.apply_button.setEnabled(False)
        edited = self.doc.flow.copy()
        base = self.base

        async def work() -> tuple[Conflict | None, ApplyReport | None]:
            conflict = await backend.conflict(base, edited)
            if conflict is not None:
                return conflict, None

            def progress(call: Call, ids: dict[str, str]) -> None:
                done = dialog.calls.index(call) + 1 if call in dialog.calls else 0
                dialog.mark_applied(done)

            return None, await backend.apply(dialog.calls, base, progress)

        def failed(error: BaseException) -> bool:
            self.busy = False
            dialog.apply_button.setEnabled(True)
            dialog.outcome.setText(_tr("Could not apply: {error}").format(error=error))
            return False

        self.run_task(work, title=_tr("Apply the call flow"), name="flow_apply",
                      on_success=lambda result: self._applied(dialog, edited, *result),
                      on_error=failed)

    def _applied(self, dialog: PlanDialog, edited: Flow, conflict: Conflict | None,
                 report: ApplyReport | None) -> None:
        self.busy = False
        if conflict is not None:
            dialog.reject()
            self.show_conflict(conflict)
            return
        assert report is not None
        self.last_report = report
        dialog.mark_applied(len(report.applied))
        applied_refs = {r for c in report.applied for r in c.refs}
        if report.complete:
            dialog.outcome.setText(_tr("All {count} calls were applied.").format(
                count=len(report.applied)))
        else:
            lines = [_tr("Applied ({count}):").format(count=len(report.applied))]
            lines += [f"  ✔ {call_text(c)}" for c in report.applied]
            lines.append(_tr("Not applied ({count}):").format(count=len(report.not_applied)))
            lines += [f"  ✖ {call_text(c)}" for c in report.not_applied]
            if report.error is not None:
                lines.append(_tr("Stopped because: {error}").format(error=report.error))
            if report.undecided and report.settlement is not None:
                lines.append(_tr("The server could not tell whether the last call took "
                                 "effect; check it in Zadarma's panel and say which:"))
                dialog.ask_decision(report.settlement.step.id)
            lines.append(_tr("The rest is kept as your edit; apply again to finish."))
            dialog.outcome.setText("\n".join(lines))
            dialog.apply_button.setEnabled(False)
        kept = rebase(edited, report.ids)
        positions = {}
        renamed = {ref: (f"menu:{i}" if ref.startswith("menu:") else f"scenario:{i}")
                   for ref, i in report.ids.items()}
        for ref, pos in self.doc.positions.items():
            positions[renamed.get(ref, ref)] = pos
        backend = self.backend
        if backend is None:
            return

        async def after() -> Flow:
            return await backend.read()

        def reloaded(server: Flow) -> None:
            self.server = server
            self.base = server.copy()
            if report.complete and self.store is not None:
                self.store.add_version(backend.client_id, server, positions,
                                       dialog.note.text().strip())
                self.store.drop_edit(backend.client_id)
            flow = server.copy() if report.complete else kept
            self.doc.reset(flow, positions)
            self.scene.light(applied_refs, PLAN_COLOUR)
            if not report.complete:
                self.save_edit()
            if report.complete:
                self.set_status("All {count} calls were applied.", count=len(report.applied))
            else:
                self.set_status("Applied ({count}):", count=len(report.applied))
            self.applied.emit(report)

        self.run_task(after, title=_tr("Read the call flow"), name="flow_load",
                      on_success=reloaded)

    def decide(self, step_id: int, applied: bool) -> None:
        """The rep's word on a call whose outcome the server could not show; then reload,
        so the plan is made again against what is there."""
        if self.backend is None:
            return
        self.backend.decide(step_id, applied)
        self.set_status("Your decision was recorded; review the changes again to finish.")
        self.reload()

    def show_conflict(self, conflict: Conflict) -> QDialog:
        dialog = QDialog(self)
        dialog.setObjectName("conflict")
        dialog.setWindowTitle(_tr("The call flow changed on the server"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(_tr("Someone changed this client's call flow since your edit "
                                    "began. Nothing was sent. Compare and decide:")))
        row = QHBoxLayout()
        for name, title, calls in (("theirs", _tr("Changed on the server"), conflict.theirs),
                                   ("ours", _tr("Your edit"), conflict.ours)):
            column = QVBoxLayout()
            lst = named(QListWidget(), name)
            lst.addItems([call_text(c) for c in calls])
            label = QLabel(title)
            label.setBuddy(lst)
            column.addWidget(label)
            column.addWidget(lst)
            row.addLayout(column)
        layout.addLayout(row)
        buttons = QDialogButtonBox()
        mine = named(QPushButton(_tr("&Keep my edit over theirs")), "keep_mine")
        theirs = named(QPushButton(_tr("&Take theirs, drop my edit")), "take_theirs")
        later = named(QPushButton(_tr("&Decide later")), "decide_later")
        for button in (mine, theirs, later):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

        def keep_mine() -> None:
            self.base = conflict.now
            self.server = conflict.now
            self.save_edit()
            dialog.accept()
            self.review()

        def take_theirs() -> None:
            self.server = conflict.now
            self.base = conflict.now.copy()
            if self.store is not None and self.backend is not None:
                self.store.drop_edit(self.backend.client_id)
            self.doc.reset(conflict.now.copy(), self.doc.positions)
            dialog.accept()

        mine.clicked.connect(keep_mine)
        theirs.clicked.connect(take_theirs)
        later.clicked.connect(dialog.reject)
        layout.addWidget(buttons)
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def discard(self) -> None:
        if self.store is not None and self.backend is not None:
            self.store.drop_edit(self.backend.client_id)
        self.base = self.server.copy()
        self.doc.reset(self.server.copy(), self.doc.positions)
        self.set_status("Edit discarded: the call flow as it is on the server.")

    # --- files, versions, templates -----------------------------------------------------
    def export_to(self, path: Path) -> None:
        client = self.backend.client_id if self.backend else None
        path.write_text(dumps(LayoutFile(self.doc.flow, self.doc.positions,
                                         {"client": client})), encoding="utf-8")

    def import_from(self, path: Path, numbers: dict[str, str] | None = None) -> list[str]:
        """Load a layout file as the edit; returns the problems (empty when it worked).

        A file from this client comes back as it was; one from another client is applied as
        a template onto this client's flow, extension numbers mapped by ``numbers``."""
        try:
            layout = loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            return [str(error)]
        except LayoutFileError as error:
            return error.problems
        client = self.backend.client_id if self.backend else None
        if layout.meta.get("client") == client:
            flow = revive(layout.flow, self.server)
            positions = layout.positions
        else:
            flow = adopt(layout.flow, self.server, numbers)
            positions = {}
        self.doc.change(_tr("Import {name}").format(name=path.name),
                        lambda f: _replace_all(f, flow),
                        {**self._layout(flow, None), **positions})
        self.view.fit()
        return []

    def export_dialog(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _tr("Export the call flow"), "call-flow.json", _tr("Call flow (*.json)"))
        if name:
            self.export_to(Path(name))

    def mapping_dialog(self, layout: LayoutFile, done: Callable[[dict[str, str]], None]
                       ) -> QDialog:
        """A template from another client: which of this client's extensions each of the
        template's extensions becomes (or the same number, created)."""
        dialog = QDialog(self)
        dialog.setObjectName("template_mapping")
        dialog.setWindowTitle(_tr("Apply as a template"))
        form = QFormLayout(dialog)
        form.addRow(QLabel(_tr("This flow comes from another client. Choose which of this "
                               "client's extensions each of its extensions becomes:")))
        combos: dict[str, QComboBox] = {}
        ours = sorted(e.number for e in self.server.extensions.values())
        for number in sorted(e.number for e in layout.flow.extensions.values()):
            combo = named(QComboBox(), f"map_{number}")
            for mine in ours:
                combo.addItem(mine, mine)
            if number not in ours:
                combo.addItem(_tr("{number} (create it)").format(number=number), number)
            combo.setCurrentIndex(max(0, combo.findData(number)))
            label = QLabel(_tr("Extension {number}:").format(number=number))
            label.setBuddy(combo)
            form.addRow(label, combo)
            combos[number] = combo
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        dialog.accepted.connect(
            lambda: done({n: str(c.currentData()) for n, c in combos.items()}))
        dialog.open()
        return dialog

    def import_dialog(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _tr("Import a call flow"), "", _tr("Call flow (*.json)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Import from the file, asking for the extension mapping when it is a template."""
        try:
            layout = loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, LayoutFileError):
            layout = None
        client = self.backend.client_id if self.backend else None
        if layout is not None and layout.meta.get("client") != client:
            self.mapping_dialog(layout, lambda numbers: self._imported(
                self.import_from(path, numbers)))
            return
        self._imported(self.import_from(path))

    def _imported(self, problems: list[str]) -> None:
        if problems:
            box = QMessageBox(QMessageBox.Icon.Warning, _tr("Import"),
                              _tr("The file was not imported:"), parent=self)
            box.setObjectName("import_problems")
            box.setDetailedText("\n".join(problems))
            box.setInformativeText("\n".join(problems[:8]))
            self.import_box = box
            box.open()

    def versions_dialog(self) -> QDialog | None:
        if self.store is None or self.backend is None:
            return None
        versions = self.store.versions(self.backend.client_id)
        dialog = QDialog(self)
        dialog.setObjectName("versions")
        dialog.setWindowTitle(_tr("Applied versions"))
        layout = QVBoxLayout(dialog)
        lst = named(QListWidget(), "version_list")
        for version in versions:
            when = datetime.fromtimestamp(version.when).strftime("%Y-%m-%d %H:%M:%S")
            lst.addItem(f"{when}  {version.note}".rstrip())
        label = QLabel(_tr("&Versions, newest first:"))
        label.setBuddy(lst)
        layout.addWidget(label)
        layout.addWidget(lst)
        diff = named(QListWidget(), "version_diff")
        layout.addWidget(QLabel(_tr("What restoring it would change:")))
        layout.addWidget(diff)

        def chosen(row: int) -> None:
            diff.clear()
            if 0 <= row < len(versions):
                flow = revive(versions[row].load().flow, self.server)
                try:
                    diff.addItems([call_text(c) for c in plan(self.server, flow)]
                                  or [_tr("Nothing: it is what the server has.")])
                except PlanError as error:
                    diff.addItem(str(error))

        def restore() -> None:
            row = lst.currentRow()
            if 0 <= row < len(versions):
                version = versions[row].load()
                flow = revive(version.flow, self.server)
                self.doc.change(_tr("Restore a version"), lambda f: _replace_all(f, flow),
                                {**self._layout(flow, None), **version.positions})
                dialog.accept()

        lst.currentRowChanged.connect(chosen)
        buttons = QDialogButtonBox()
        restore_button = named(QPushButton(_tr("&Restore as the edit")), "restore")
        restore_button.clicked.connect(restore)
        buttons.addButton(restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if versions:
            lst.setCurrentRow(0)
        dialog.open()
        return dialog

    # --- the keypad ---------------------------------------------------------------------
    def new_call(self) -> None:
        self.events = []
        self._simulate()

    def press(self, event: str) -> None:
        if self.simulation is None:
            self.events = []
        self.events.append(event)
        self._simulate()

    def _simulate(self) -> None:
        when = self.keypad.when.dateTime().toPython()
        assert isinstance(when, datetime)
        caller, dialled = self.keypad.caller.text(), self.keypad.dialled.text()
        if self.keypad.dynamic.isChecked() and self.backend is not None:
            backend, flow, events = self.backend, self.doc.flow.copy(), list(self.events)

            async def dynamic() -> Simulation:
                return await backend.simulate(flow, events, when=when, caller=caller,
                                              dialled=dialled, interactive=True)

            self.run_task(dynamic, title=_tr("Test call"), name="flow_simulate",
                          on_success=self._show_simulation)
            return
        self._show_simulation(simulate_static(
            self.doc.flow, self.events, when=when, caller=caller, dialled=dialled,
            interactive=True))

    def _show_simulation(self, sim: Simulation) -> None:
        self.simulation = sim
        self.scene.light(sim.path, PATH_COLOUR)
        lines = [f"{step.at:>4} s  {tr_sentence(step.template, step.args)}"
                 for step in sim.steps]
        if sim.rings:
            lines.append(_tr("Who rings when:"))
            lines += [_tr("{at:>4} s  extension {number} rings for {seconds} s").format(
                at=r.at, number=r.number, seconds=r.seconds) for r in sim.rings]
        if sim.sounds:
            lines.append(_tr("Sounds played: {sounds}").format(sounds=", ".join(sim.sounds)))
        self.keypad.show_steps(lines)


def _replace_all(target: Flow, source: Flow) -> None:
    target.menus = dict(source.menus)
    target.scenarios = dict(source.scenarios)
    target.extensions = dict(source.extensions)
    target.main = source.main

