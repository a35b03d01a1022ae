"""The call-flow editor on a big PBX: 50 menus, 300 scenarios, 200 extensions.

Each figure is printed beside a bare-Qt (or bare-Python) baseline measured in the same run:

- open: the editor given the flow (validation, layout of boxes without positions, scene
  built, first paint) vs. a plain ``QGraphicsScene`` of as many ``QGraphicsRectItem``s with a
  ``QGraphicsSimpleTextItem`` each, in a plain view, first paint. Target: at most 500 ms.
- auto-layout: the layered layout of the whole flow (cycles broken, longest-path layers,
  barycentre ordering with dummy nodes, coordinates) vs. the longest-path layering alone.
  Printed, no target; the crossings left are printed too.
- drag: one box dragged across the canvas by the mouse, 60 moves, each followed by a
  repaint of the viewport; the worst and median move vs. the same drag of a plain rect item
  in the plain scene. Target: worst move at most 16 ms.

Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_ivr_flow.py``.
"""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MENUS, SCENARIOS, EXTENSIONS = 50, 300, 200


def ms(seconds: float) -> float:
    return seconds * 1000


def big_flow() -> object:
    from zaddesk.core.ivr.model import Extension, Flow, Menu, Scenario, Target

    rng = random.Random(7)
    flow = Flow()
    numbers = [f"{100 + i:03d}" for i in range(EXTENSIONS)]
    for number in numbers:
        flow.put(Extension(number))
    for m in range(1, MENUS + 1):
        flow.put(Menu(f"menu:{m}", m, f"Menu {m}", waitexten=5))
    flow.main = "menu:1"
    # every menu after the first is reached through an extension forwarded to it
    for m in range(2, MENUS + 1):
        flow.put(Extension(numbers[EXTENSIONS - m], forward_menu=f"menu:{m}"))
    keys = [-1, *range(0, 10)]
    count = 0
    for m in range(1, MENUS + 1):
        for key in keys[:SCENARIOS // MENUS]:
            count += 1
            people = rng.sample(numbers[:EXTENSIONS - MENUS], 3)
            targets: tuple[Target, ...] = (Target(people[0]), Target(people[1], 10),
                                           Target(people[2], 20))
            if key == 1 and m < MENUS:
                targets = (Target(numbers[EXTENSIONS - m - 1]),)  # into the next menu
            flow.put(Scenario(f"scenario:{count}", f"menu:{m}", key, f"Scenario {count}",
                              targets, id=str(count)))
    return flow


def main() -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
        QGraphicsView,
    )

    from zaddesk.core.ivr.layout import crossings, flow_graph, layered_layout, layers, order_layers
    from zaddesk.core.ivr.model import Flow
    from zaddesk.gui.pbx.flow_editor import FlowEditor
    from zaddesk.gui.pbx.flow_scene import HEIGHT, WIDTH

    app = QApplication.instance() or QApplication([])
    flow = big_flow()
    assert isinstance(flow, Flow)
    nodes, edges = flow_graph(flow)
    print(f"flow: {len(flow.menus)} menus, {len(flow.scenarios)} scenarios, "
          f"{len(flow.extensions)} extensions; {len(nodes)} boxes, {len(edges)} wires")

    # ------------------------------------------------------------------ open
    start = time.perf_counter()
    scene = QGraphicsScene()
    for index, _node in enumerate(nodes):
        rect = QGraphicsRectItem(0, 0, WIDTH, HEIGHT)
        rect.setPos((index % 12) * 260, (index // 12) * 70)
        QGraphicsSimpleTextItem("text", rect)
        scene.addItem(rect)
    plain = QGraphicsView(scene)
    plain.resize(1200, 800)
    plain.show()
    plain.viewport().repaint()
    app.processEvents()
    base_open = time.perf_counter() - start

    def run(factory: object, **options: object) -> None:
        raise RuntimeError("no API work in the benchmark")

    start = time.perf_counter()
    editor = FlowEditor(run)
    editor.resize(1400, 900)
    editor.doc.reset(flow, editor._layout(flow, None))  # as a first open does
    editor.show()
    editor.view.fit()
    editor.view.viewport().repaint()
    app.processEvents()
    editor_open = time.perf_counter() - start
    print(f"open:        {ms(editor_open):7.1f} ms   (plain scene {ms(base_open):6.1f} ms; "
          f"target 500 ms)")

    # ------------------------------------------------------------------ auto-layout
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        layered_layout(nodes, edges)
        runs.append(time.perf_counter() - start)
    base = []
    for _ in range(3):
        start = time.perf_counter()
        layers(nodes, edges)
        base.append(time.perf_counter() - start)
    layer = layers(nodes, edges)
    left = crossings(order_layers(layer, edges), edges)
    unordered = crossings(order_layers(layer, edges, sweeps=0), edges)
    print(f"auto-layout: {ms(min(runs)):7.1f} ms   (layering alone {ms(min(base)):6.1f} ms); "
          f"crossings {unordered} → {left}")
    start = time.perf_counter()
    editor.auto_layout()
    app.processEvents()
    print(f"auto-layout in the editor, with undo and repaint: "
          f"{ms(time.perf_counter() - start):7.1f} ms")

    # ------------------------------------------------------------------ drag
    def drag(view: QGraphicsView, at: QPoint, moves: int = 60) -> list[float]:
        viewport = view.viewport()

        def send(kind: QMouseEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
            event = QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                                Qt.MouseButton.LeftButton, buttons,
                                Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(viewport, event)

        send(QMouseEvent.Type.MouseButtonPress, at, Qt.MouseButton.LeftButton)
        times = []
        for step in range(1, moves + 1):
            pos = at + QPoint(step * 12, step * 5)
            start = time.perf_counter()
            send(QMouseEvent.Type.MouseMove, pos, Qt.MouseButton.LeftButton)
            viewport.repaint()
            times.append(time.perf_counter() - start)
        send(QMouseEvent.Type.MouseButtonRelease, at + QPoint(moves * 12, moves * 5),
             Qt.MouseButton.NoButton)
        return times

    editor.view.actual_size()  # 100 %: every label shown, as when a rep drags a box
    target = editor.scene.nodes["menu:1"]
    editor.view.centerOn(target)
    app.processEvents()
    grab = editor.view.mapFromScene(target.pos() + QPointF(WIDTH / 3, HEIGHT / 2))
    moved = drag(editor.view, grab)
    first = next(iter(scene.items()))
    plain.centerOn(first)
    app.processEvents()
    first.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsMovable)
    base_moves = drag(plain, plain.mapFromScene(first.scenePos() + QPointF(20, 20)))
    def p95(values: list[float]) -> float:
        return sorted(values)[int(len(values) * 0.95) - 1]

    print(f"drag:        worst {ms(max(moved)):6.1f} ms, 95% {ms(p95(moved)):5.1f} ms, median "
          f"{ms(statistics.median(moved)):5.1f} ms   (plain rect: worst "
          f"{ms(max(base_moves)):5.1f} ms, 95% {ms(p95(base_moves)):5.1f} ms, median "
          f"{ms(statistics.median(base_moves)):5.1f} ms; target worst 16 ms)")
    print(f"machine load while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    assert editor.doc.undo.count() >= 2  # the drag was recorded as one undoable move
    editor.close()
    plain.close()


if __name__ == "__main__":
    main()
