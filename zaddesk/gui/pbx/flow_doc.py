"""The edited call flow with its canvas positions, changed only through undoable commands.

Every change a rep makes (create, delete, link, move, an inspector edit) is a
:class:`ChangeCommand` or :class:`MoveCommand` on one ``QUndoStack``: a change is described
by the items it replaces (before and after, by ref), so undo puts the old items back and redo
the new ones, whatever the change was. :meth:`FlowDocument.change` builds such a command from
a function that edits a copy of the flow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from zaddesk.core.ivr.model import Extension, Flow, Menu, Scenario

__all__ = ["ChangeCommand", "FlowDocument", "MoveCommand"]

Item = Menu | Scenario | Extension
Pos = tuple[float, float]


def _diff(before: Flow, after: Flow) -> tuple[dict[str, Item | None], dict[str, Item | None]]:
    old: dict[str, Item | None] = {}
    new: dict[str, Item | None] = {}
    for mine, theirs in ((before.menus, after.menus), (before.scenarios, after.scenarios),
                         (before.extensions, after.extensions)):
        for ref in set(mine) | set(theirs):
            a: Item | None = mine.get(ref)
            b: Item | None = theirs.get(ref)
            if a != b:
                old[ref], new[ref] = a, b
    return old, new


class FlowDocument(QObject):
    """``flow`` is the edit; ``changed(refs)`` names the items that changed (all when empty)."""

    changed = Signal(list)
    moved = Signal(list)

    def __init__(self, flow: Flow | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flow = flow or Flow()
        self.positions: dict[str, Pos] = {}
        self.undo = QUndoStack(self)

    def reset(self, flow: Flow, positions: dict[str, Pos]) -> None:
        """A new flow (loaded, restored): not undoable, so the stack starts afresh."""
        self.undo.clear()
        self.flow = flow
        self.positions = dict(positions)
        self.changed.emit([])

    # --- changes ------------------------------------------------------------------------
    def change(self, text: str, edit: Callable[[Flow], None],
               positions: dict[str, Pos] | None = None) -> bool:
        """Run ``edit`` on a copy of the flow and push what it changed; False if nothing."""
        after = self.flow.copy()
        edit(after)
        old, new = _diff(self.flow, after)
        main_change = (self.flow.main, after.main) if self.flow.main != after.main else None
        pos_old = {ref: self.positions.get(ref) for ref in positions or {}}
        if not old and main_change is None and not positions:
            return False
        self.undo.push(ChangeCommand(self, text, old, new, main_change, pos_old,
                                     dict(positions or {})))
        return True

    def apply_items(self, items: dict[str, Item | None]) -> None:
        for ref, item in items.items():
            if item is None:
                self.flow.menus.pop(ref, None)
                self.flow.scenarios.pop(ref, None)
                self.flow.extensions.pop(ref, None)
            else:
                self.flow.put(item)

    def move(self, moves: dict[str, tuple[Pos, Pos]], text: str) -> None:
        """Record a drag that already happened on the canvas (so redo does not move twice)."""
        if moves:
            self.undo.push(MoveCommand(self, moves, text))

    def set_positions(self, positions: dict[str, Pos | None]) -> None:
        for ref, pos in positions.items():
            if pos is None:
                self.positions.pop(ref, None)
            else:
                self.positions[ref] = pos
        self.moved.emit(list(positions))

    def refs(self) -> Iterable[str]:
        return self.flow.refs()


class ChangeCommand(QUndoCommand):
    def __init__(self, doc: FlowDocument, text: str, old: dict[str, Item | None],
                 new: dict[str, Item | None], main: tuple[str | None, str | None] | None,
                 pos_old: dict[str, Pos | None], pos_new: dict[str, Pos]) -> None:
        super().__init__(text)
        self.doc, self.old, self.new, self.main = doc, old, new, main
        self.pos_old, self.pos_new = pos_old, pos_new

    def redo(self) -> None:
        self.doc.apply_items(self.new)
        if self.main is not None:
            self.doc.flow.main = self.main[1]
        self.doc.set_positions(dict(self.pos_new))
        if self.new or self.main is not None:  # positions alone: ``moved`` said it
            self.doc.changed.emit(sorted(self.new))

    def undo(self) -> None:
        self.doc.apply_items(self.old)
        if self.main is not None:
            self.doc.flow.main = self.main[0]
        self.doc.set_positions(self.pos_old)
        if self.old or self.main is not None:
            self.doc.changed.emit(sorted(self.old))


class MoveCommand(QUndoCommand):
    """Boxes dragged on the canvas; the first redo is skipped (the drag already moved them)."""

    def __init__(self, doc: FlowDocument, moves: dict[str, tuple[Pos, Pos]], text: str) -> None:
        super().__init__(text)
        self.doc, self.moves = doc, moves
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False
            self.doc.positions.update({ref: new for ref, (_old, new) in self.moves.items()})
            return
        self.doc.set_positions({ref: new for ref, (_old, new) in self.moves.items()})

    def undo(self) -> None:
        self.doc.set_positions({ref: old for ref, (old, _new) in self.moves.items()})
