"""The call flow drawn: boxes for the call, menus, scenarios and extensions, and wires.

Boxes paint their own text (no child items), so a PBX with hundreds of menus and scenarios
opens fast; a dragged box moves only its own wires. A box's round port on the right starts a
wire: drop it on another box and the scene asks the editor to connect the two
(``connect_requested``); what that means (ring an extension, forward to a menu...) is the
editor's business. The scene never changes the flow itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from zaddesk.core.ivr.model import Flow, ext_ref, key_label
from zaddesk.core.ivr.plan import describe_targets

__all__ = ["EdgeItem", "FlowScene", "FlowView", "Minimap", "NodeItem"]

WIDTH = 210.0
HEIGHT = 54.0
PORT = 7.0

COLOURS = {"call": "#5b6770", "menu": "#2f6fb0", "scenario": "#3a8f5c", "ext": "#8a5a2b"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FlowEditor", text)


def kind_of(ref: str) -> str:
    return ref.split(":", 1)[0]


class NodeItem(QGraphicsRectItem):
    """One box. ``ref`` is the flow item it shows (``call`` for the incoming call).

    A rect item only so that Qt computes its bounds without calling into Python: a large
    flow's repaint asks every item for them.
    """

    def __init__(self, ref: str) -> None:
        super().__init__(-3, -3, WIDTH + PORT + 6, HEIGHT + 6)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.ref = ref
        self.kind = kind_of(ref)
        self.title = ""
        self.detail = ""
        self.problem = ""  # "error", "warning" or ""
        self.highlight: QColor | None = None
        self.edges: list[EdgeItem] = []
        flags = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                 | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
                 | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlags(flags)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)

    def port_rect(self) -> QRectF:
        return QRectF(WIDTH - PORT, HEIGHT / 2 - PORT, 2 * PORT, 2 * PORT)

    def has_port(self) -> bool:
        return self.kind in ("menu", "scenario", "ext")

    def set_text(self, title: str, detail: str) -> None:
        if (title, detail) != (self.title, self.detail):
            self.title, self.detail = title, detail
            self.update()

    def set_problem(self, severity: str, tooltip: str) -> None:
        if (severity, tooltip) != (self.problem, self.toolTip()):
            self.problem = severity
            self.setToolTip(tooltip)
            self.update()

    def set_highlight(self, colour: QColor | None) -> None:
        if colour != self.highlight:
            self.highlight = colour
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        base = QColor(COLOURS.get(self.kind, "#555"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(base)
        fill.setAlpha(40)
        if self.highlight is not None:
            fill = QColor(self.highlight)
            fill.setAlpha(110)
        pen = QPen(base, 1.5)
        if self.problem == "error":
            pen = QPen(QColor("#c62828"), 3)
        elif self.problem == "warning":
            pen = QPen(QColor("#ef8f00"), 3, Qt.PenStyle.DashLine)
        if self.isSelected():
            pen = QPen(QColor("#1565c0"), 3.5)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(QRectF(0, 0, WIDTH, HEIGHT), 8, 8)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < 0.45:
            return  # too small to read: the overview shows boxes only
        text = QColor(option.palette.color(QPalette.ColorRole.Text))
        painter.setPen(text)
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        metrics = QFontMetricsF(bold)
        painter.drawText(QRectF(10, 6, WIDTH - 20, 20), Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, WIDTH - 20))
        normal = QFont(painter.font())
        normal.setBold(False)
        painter.setFont(normal)
        metrics = QFontMetricsF(normal)
        painter.drawText(QRectF(10, 28, WIDTH - 20, 20), Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(self.detail, Qt.TextElideMode.ElideRight, WIDTH - 20))
        if self.has_port():
            painter.setPen(QPen(base, 1.5))
            painter.setBrush(QBrush(QColor("white")))
            painter.drawEllipse(self.port_rect())

    def adjust_edges(self) -> None:
        for edge in self.edges:
            edge.adjust()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if (self.has_port() and self.port_rect().contains(event.pos())
                and isinstance(scene, FlowScene)):
            scene.start_link(self, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)


_PENS: dict[bool, QPen] = {}


def _wire_pen(dashed: bool) -> QPen:
    """One pixel at any zoom (cosmetic: drawn without stroking the curve), shared by all."""
    pen = _PENS.get(dashed)
    if pen is None:
        pen = QPen(QColor("#7a7a7a"), 0)
        pen.setCosmetic(True)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        _PENS[dashed] = pen
    return pen


class EdgeItem(QGraphicsPathItem):
    """A wire from one box's right side to another's left, with a short label.

    Nothing here is overridden from Python (bounds, painting): the label is a child text
    item, so moving a box repaints its wires at C++ speed.
    """

    def __init__(self, source: NodeItem, target: NodeItem, label: str, dashed: bool) -> None:
        super().__init__()
        self.source, self.target = source, target
        self.setPen(_wire_pen(dashed))
        self.label: QGraphicsSimpleTextItem | None = None
        if label:
            self.label = QGraphicsSimpleTextItem(label, self)
            self.label.setBrush(QColor("#333"))
            scene = source.scene()
            if isinstance(scene, FlowScene):
                self.label.setVisible(scene.detail)
        self.adjust()

    def adjust(self) -> None:
        a = self.source.pos() + QPointF(WIDTH + PORT, HEIGHT / 2)
        b = self.target.pos() + QPointF(0, HEIGHT / 2)
        path = QPainterPath(a)
        bend = max(40.0, abs(b.x() - a.x()) / 2)
        path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b)
        self.setPath(path)
        if self.label is not None:  # the curve is symmetric: its middle is the chord's
            self.label.setPos((a + b) / 2 + QPointF(4, -18))


class FlowScene(QGraphicsScene):
    """Boxes and wires for a :class:`Flow`; positions come from the editor."""

    connect_requested = Signal(str, str)
    nodes_moved = Signal(dict)  # ref -> ((x0, y0), (x1, y1)) after a drag

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self.wire_items: dict[tuple[str, str, str, bool], EdgeItem] = {}
        self.detail = True  # wire labels shown (off when zoomed out too far to read them)
        self._link: QGraphicsLineItem | None = None
        self._link_from: NodeItem | None = None
        self._press: dict[str, QPointF] = {}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

    # --- building -----------------------------------------------------------------------
    def show_flow(self, flow: Flow, positions: dict[str, tuple[float, float]]) -> None:
        """Bring the boxes and wires in line with ``flow`` (kept boxes keep their place)."""
        wanted = {"call", *flow.refs()}
        for ref in [r for r in self.nodes if r not in wanted]:
            self.removeItem(self.nodes.pop(ref))
        for ref in sorted(wanted):
            node = self.nodes.get(ref)
            if node is None:
                node = NodeItem(ref)
                self.nodes[ref] = node
                self.addItem(node)
            pos = positions.get(ref)
            if pos is not None and (node.pos().x(), node.pos().y()) != pos:
                node.setPos(QPointF(*pos))
            node.set_text(*self._texts(flow, ref))
        self._wires(flow)

    def _texts(self, flow: Flow, ref: str) -> tuple[str, str]:
        if ref == "call":
            return _tr("Incoming call"), _tr("enters the main menu")
        menu = flow.menus.get(ref)
        if menu is not None:
            title = menu.title or _tr("New menu")
            if ref == flow.main:
                title = _tr("{title} (main)").format(title=title)
            return title, _tr("waits {seconds} s · greeting: {kind}").format(
                seconds=menu.waitexten, kind=menu.greeting)
        scenario = flow.scenarios.get(ref)
        if scenario is not None:
            return (_tr("Key {key}: {title}").format(key=key_label(scenario.key),
                                                      title=scenario.title),
                    describe_targets(scenario))
        ext = flow.extensions.get(ref)
        if ext is not None:
            detail = ext.name
            if ext.forward_menu:
                target = flow.menus.get(ext.forward_menu)
                detail = _tr("→ menu {menu}").format(
                    menu=(target.title if target else "?") or _tr("New menu"))
            elif ext.forward_other:
                detail = _tr("forwards: {where}").format(where=ext.forward_other)
            return _tr("Extension {number}").format(number=ext.number), detail
        return ref, ""

    def _wires(self, flow: Flow) -> None:
        """Add and remove only the wires that changed (a big flow has a thousand)."""
        wanted: dict[tuple[str, str, str, bool], None] = {}
        if flow.main:
            wanted[("call", flow.main, "", False)] = None
        for scenario in flow.scenarios.values():
            wanted[(scenario.menu, scenario.ref, key_label(scenario.key), False)] = None
            for index, target in enumerate(scenario.targets):
                label = (f"#{index + 1}" if scenario.is_queue
                         else (f"+{target.delay} s" if target.delay else ""))
                wanted[(scenario.ref, ext_ref(target.number), label, False)] = None
        for ext in flow.extensions.values():
            if ext.forward_menu:
                wanted[(ext.ref, ext.forward_menu, _tr("forward"), True)] = None
        for key in [k for k in self.wire_items if k not in wanted]:
            edge = self.wire_items.pop(key)
            for end in (edge.source, edge.target):
                if edge in end.edges:
                    end.edges.remove(edge)
            self.removeItem(edge)
        for key in wanted:
            a, b, label, dashed = key
            if key in self.wire_items or a not in self.nodes or b not in self.nodes:
                continue
            edge = EdgeItem(self.nodes[a], self.nodes[b], label, dashed)
            self.nodes[a].edges.append(edge)
            self.nodes[b].edges.append(edge)
            self.wire_items[key] = edge
            self.addItem(edge)
        self.edges = list(self.wire_items.values())

    def set_detail(self, detail: bool) -> None:
        """Wire labels only where they can be read: a zoomed-out big flow paints faster."""
        if detail != self.detail:
            self.detail = detail
            for edge in self.edges:
                if edge.label is not None:
                    edge.label.setVisible(detail)

    def positions(self) -> dict[str, tuple[float, float]]:
        return {ref: (n.pos().x(), n.pos().y()) for ref, n in self.nodes.items()}

    def place(self, positions: dict[str, tuple[float, float]]) -> None:
        touched: dict[EdgeItem, None] = {}
        for ref, pos in positions.items():
            node = self.nodes.get(ref)
            if node is not None:
                node.setPos(QPointF(*pos))
                touched.update(dict.fromkeys(node.edges))
        for edge in touched:  # once each, though both its ends may have moved
            edge.adjust()

    def mark(self, problems: dict[str, tuple[str, str]]) -> None:
        for ref, node in self.nodes.items():
            node.set_problem(*problems.get(ref, ("", "")))

    def light(self, refs: Iterable[str], colour: QColor | None) -> None:
        chosen = set(refs)
        for ref, node in self.nodes.items():
            node.set_highlight(colour if ref in chosen else None)

    def selected_refs(self) -> list[str]:
        return [i.ref for i in self.selectedItems() if isinstance(i, NodeItem)]

    def select(self, ref: str) -> NodeItem | None:
        node = self.nodes.get(ref)
        self.clearSelection()
        if node is not None:
            node.setSelected(True)
            node.setFocus()
        return node

    # --- wiring by mouse ----------------------------------------------------------------
    def start_link(self, node: NodeItem, at: QPointF) -> None:
        self._link_from = node
        start = node.pos() + QPointF(WIDTH, HEIGHT / 2)
        self._link = QGraphicsLineItem(QLineF(start, at))
        self._link.setPen(QPen(QColor("#1565c0"), 2, Qt.PenStyle.DashLine))
        self._link.setZValue(5)
        self.addItem(self._link)

    def node_at(self, at: QPointF) -> NodeItem | None:
        for item in self.items(at):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._press = {i.ref: i.pos() for i in self.selectedItems() if isinstance(i, NodeItem)}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._link is not None:
            line = self._link.line()
            line.setP2(event.scenePos())
            self._link.setLine(line)
            event.accept()
            return
        super().mouseMoveEvent(event)
        for ref in self._press:
            node = self.nodes.get(ref)
            if node is not None:
                node.adjust_edges()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._link is not None and self._link_from is not None:
            source = self._link_from
            self.removeItem(self._link)
            self._link, self._link_from = None, None
            grabber = self.mouseGrabberItem()
            if grabber is not None:
                grabber.ungrabMouse()
            target = self.node_at(event.scenePos())
            if target is not None and target is not source:
                self.connect_requested.emit(source.ref, target.ref)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        moves = {}
        for ref, before in self._press.items():
            node = self.nodes.get(ref)
            if node is not None and node.pos() != before:
                moves[ref] = ((before.x(), before.y()), (node.pos().x(), node.pos().y()))
        self._press = {}
        if moves:
            self.nodes_moved.emit(moves)


class FlowView(QGraphicsView):
    """Zoom (Ctrl+wheel, Ctrl++/-), fit (Ctrl+0), pan (middle button, arrows), and moving
    between boxes from the keyboard (Tab, Alt+arrows)."""

    zoomed = Signal()
    nudged = Signal(float, float)  # Ctrl+arrows: move the selected boxes
    inspect = Signal()  # Enter: edit the selected box

    def __init__(self, scene: FlowScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("flow")
        self.flow_scene = scene
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan: QPointF | None = None

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.05 <= scale <= 4:
            self.scale(factor, factor)
            self._zoomed()

    def actual_size(self) -> None:
        self.resetTransform()
        self._zoomed()

    def _zoomed(self) -> None:
        self.flow_scene.set_detail(self.transform().m11() >= 0.45)
        self.zoomed.emit()

    def fit(self) -> None:
        rect = self.flow_scene.itemsBoundingRect().adjusted(-30, -30, 30, 30)
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() > 1.5:
                self.resetTransform()
                self.scale(1.5, 1.5)
                self.centerOn(rect.center())
            self._zoomed()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan = event.position()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None:
            delta = event.position() - self._pan
            self._pan = event.position()
            self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() - delta.x()))
            self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() - delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan = None
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def ordered(self) -> list[NodeItem]:
        """Boxes left to right, top to bottom: the keyboard's order."""
        return sorted(self.flow_scene.nodes.values(),
                      key=lambda n: (round(n.pos().x()), n.pos().y(), n.ref))

    def step(self, forward: bool) -> None:
        nodes = self.ordered()
        if not nodes:
            return
        current = self.flow_scene.selected_refs()
        refs = [n.ref for n in nodes]
        index = refs.index(current[0]) if current and current[0] in refs else -1
        index = (index + (1 if forward else -1)) % len(nodes)
        self.flow_scene.select(refs[index])
        self.ensureVisible(nodes[index], 40, 40)

    def follow(self, direction: str) -> None:
        """Alt+Right: to what the box leads to; Alt+Left: to what leads to it."""
        current = self.flow_scene.selected_refs()
        node = self.flow_scene.nodes.get(current[0]) if current else None
        if node is None:
            self.step(True)
            return
        if direction in ("right", "left"):
            ends = [e.target if direction == "right" else e.source for e in node.edges
                    if (e.source is node if direction == "right" else e.target is node)]
        else:
            column = [n for n in self.flow_scene.nodes.values()
                      if round(n.pos().x()) == round(node.pos().x())]
            column.sort(key=lambda n: n.pos().y())
            index = column.index(node) + (1 if direction == "down" else -1)
            ends = [column[index]] if 0 <= index < len(column) else []
        if ends:
            ends.sort(key=lambda n: n.pos().y())
            self.flow_scene.select(ends[0].ref)
            self.ensureVisible(ends[0], 40, 40)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.flow_scene.nodes and self.hasFocus():
            self.step(forward)
            return True
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        arrows = {Qt.Key.Key_Right: "right", Qt.Key.Key_Left: "left", Qt.Key.Key_Up: "up",
                  Qt.Key.Key_Down: "down"}
        if alt and key in arrows:
            self.follow(arrows[Qt.Key(key)])
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in arrows:
            step = {"right": (20.0, 0.0), "left": (-20.0, 0.0), "up": (0.0, -20.0),
                    "down": (0.0, 20.0)}[arrows[Qt.Key(key)]]
            self.nudged.emit(*step)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.inspect.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class Minimap(QWidget):
    """The whole flow in small, with the main view's visible part; a click moves there.

    A picture of the scene, redrawn a moment after the flow changes (not while a box is being
    dragged), so a large flow costs the minimap nothing per frame.
    """

    def __init__(self, view: FlowView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minimap")
        self.main = view
        self.setFixedSize(220, 150)
        self.picture = QPixmap()
        self.source = QRectF()
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(300)
        self._refit.timeout.connect(self.refit)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.zoomed.connect(self.update)
        view.scene().changed.connect(lambda _rects: self._refit.start())

    def refit(self) -> None:
        scene = self.main.scene()
        self.source = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        self.picture = QPixmap(self.size())
        self.picture.fill(self.palette().color(QPalette.ColorRole.Base))
        if not self.source.isEmpty():
            painter = QPainter(self.picture)
            scene.render(painter, QRectF(self.picture.rect()), self.source,
                         Qt.AspectRatioMode.KeepAspectRatio)
            painter.end()
        self.update()

    def _scale(self) -> tuple[float, QPointF]:
        if self.source.isEmpty():
            return 1.0, QPointF()
        scale = min(self.width() / self.source.width(), self.height() / self.source.height())
        offset = QPointF((self.width() - self.source.width() * scale) / 2,
                         (self.height() - self.source.height() * scale) / 2)
        return scale, offset

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if not self.picture.isNull():
            painter.drawPixmap(0, 0, self.picture)
        scale, offset = self._scale()
        visible = self.main.mapToScene(self.main.viewport().rect()).boundingRect()
        top_left = (visible.topLeft() - self.source.topLeft()) * scale + offset
        painter.setPen(QPen(QColor("#1565c0"), 1))
        painter.setBrush(QColor(21, 101, 192, 40))
        painter.drawRect(QRectF(top_left, visible.size() * scale))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        scale, offset = self._scale()
        if scale > 0:
            self.main.centerOn((event.position() - offset) / scale + self.source.topLeft())
        self.update()
        event.accept()
