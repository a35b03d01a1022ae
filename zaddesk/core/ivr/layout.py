"""A layered (Sugiyama-style) layout for the call-flow canvas, left to right.

1. Cycles are broken by reversing the edges a depth-first search finds going back.
2. Longest-path layering: every node sits one layer right of its furthest predecessor, so a
   call always flows rightwards.
3. Edges spanning several layers get dummy nodes, so long wires take part in the ordering.
4. Barycentre ordering, sweeping right and left a few times: each node moves to the mean
   position of its neighbours in the layer before, which removes most crossings.
5. Coordinates: x by layer, y by order, each layer centred on the tallest one.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from zaddesk.core.ivr.model import Flow

__all__ = ["crossings", "flow_graph", "layered_layout", "layers", "order_layers"]

Edge = tuple[str, str]


def _acyclic(nodes: Sequence[str], edges: Iterable[Edge]) -> list[Edge]:
    succ: dict[str, list[str]] = {n: [] for n in nodes}
    for a, b in edges:
        if a in succ and b in succ and a != b:
            succ[a].append(b)
    state: dict[str, int] = {}
    out: list[Edge] = []
    for root in nodes:
        if root in state:
            continue
        state[root] = 1
        stack: list[tuple[str, int]] = [(root, 0)]
        while stack:
            node, index = stack[-1]
            if index < len(succ[node]):
                stack[-1] = (node, index + 1)
                child = succ[node][index]
                mark = state.get(child)
                if mark == 1:
                    out.append((child, node))  # a back edge: reversed
                else:
                    out.append((node, child))
                    if mark is None:
                        state[child] = 1
                        stack.append((child, 0))
            else:
                state[node] = 2
                stack.pop()
    return out


def layers(nodes: Sequence[str], edges: Iterable[Edge]) -> dict[str, int]:
    """Longest-path layer of every node (sources at 0), after breaking cycles."""
    dag = _acyclic(nodes, edges)
    preds: dict[str, list[str]] = {n: [] for n in nodes}
    indeg = {n: 0 for n in nodes}
    succ: dict[str, list[str]] = {n: [] for n in nodes}
    for a, b in dict.fromkeys(dag):
        preds[b].append(a)
        succ[a].append(b)
        indeg[b] += 1
    layer = {n: 0 for n in nodes}
    ready = [n for n in nodes if indeg[n] == 0]
    while ready:
        node = ready.pop()
        for child in succ[node]:
            layer[child] = max(layer[child], layer[node] + 1)
            indeg[child] -= 1
            if indeg[child] == 0:
                ready.append(child)
    return layer


MAX_DUMMIES = 3000


def order_layers(layer: dict[str, int], edges: Iterable[Edge], sweeps: int = 4,
                 max_dummies: int = MAX_DUMMIES) -> list[list[str]]:
    """Nodes of each layer in an order with few crossings (dummies named ``~a~b~i``).

    Wires that span several layers get a dummy node per layer, so they take part in the
    ordering, while there are at most ``max_dummies`` of them. Beyond that (a deep flow with
    many long wires) a wire pulls its ends towards the other end's relative place in its own
    layer instead, which keeps a large flow's layout well under a second.
    """
    count = max(layer.values(), default=-1) + 1
    rows: list[list[str]] = [[] for _ in range(count)]
    for node in layer:  # first order: as given (stable)
        rows[layer[node]].append(node)
    up: dict[str, list[str]] = {n: [] for n in layer}
    down: dict[str, list[str]] = {n: [] for n in layer}
    wires = []
    for a, b in dict.fromkeys(edges):
        if a not in layer or b not in layer or a == b or layer[a] == layer[b]:
            continue
        wires.append((a, b) if layer[a] < layer[b] else (b, a))
    dummies = sum(layer[b] - layer[a] - 1 for a, b in wires)
    chains = dummies <= max_dummies
    for a, b in wires:
        chain = [a]
        if chains:
            for i in range(layer[a] + 1, layer[b]):
                dummy = f"~{a}~{b}~{i}"
                if dummy not in up:
                    up[dummy], down[dummy] = [], []
                    rows[i].append(dummy)
                chain.append(dummy)
        chain.append(b)
        for x, y in itertools.pairwise(chain):
            down[x].append(y)
            up[y].append(x)
    where: dict[str, float] = {}

    def place(i: int) -> None:
        size = max(1, len(rows[i]) - 1)
        for p, n in enumerate(rows[i]):
            where[n] = p / size

    for i in range(count):
        place(i)
    for sweep in range(sweeps):
        forward = sweep % 2 == 0
        indices = range(1, count) if forward else range(count - 2, -1, -1)
        links = up if forward else down
        for i in indices:
            size = max(1, len(rows[i]) - 1)
            rows[i] = [n for _c, _p, n in sorted(
                (_centre(links[n], where, p / size), p, n) for p, n in enumerate(rows[i]))]
            place(i)
    return rows


def _centre(neighbours: list[str], where: dict[str, float], position: float) -> float:
    if not neighbours:
        return position
    return sum(where[n] for n in neighbours) / len(neighbours)


def crossings(rows: list[list[str]], edges: Iterable[Edge]) -> int:
    """Edge crossings between neighbouring layers (for tests and the benchmark)."""
    position = {n: (i, p) for i, row in enumerate(rows) for p, n in enumerate(row)}
    between: dict[int, list[tuple[int, int]]] = {}
    for a, b in set(edges):
        if a in position and b in position:
            (la, pa), (lb, pb) = position[a], position[b]
            if lb == la + 1:
                between.setdefault(la, []).append((pa, pb))
            elif la == lb + 1:
                between.setdefault(lb, []).append((pb, pa))
    total = 0
    for pairs in between.values():
        for i, (a1, b1) in enumerate(pairs):
            for a2, b2 in pairs[i + 1:]:
                if (a1 - a2) * (b1 - b2) < 0:
                    total += 1
    return total


def layered_layout(nodes: Sequence[str], edges: Sequence[Edge], *, dx: float = 260,
                   dy: float = 90, heights: dict[str, float] | None = None
                   ) -> dict[str, tuple[float, float]]:
    """Top-left positions for every node (dummies are left out)."""
    layer = layers(nodes, edges)
    rows = order_layers(layer, edges)
    heights = heights or {}

    def height(node: str) -> float:
        return 0.0 if node.startswith("~") else heights.get(node, dy)

    sizes = [sum(height(n) + 16 for n in row) for row in rows]
    tallest = max(sizes, default=0.0)
    out: dict[str, tuple[float, float]] = {}
    for i, row in enumerate(rows):
        y = (tallest - sizes[i]) / 2
        for node in row:
            if not node.startswith("~"):
                out[node] = (i * dx, y)
            y += height(node) + 16
    return out


def flow_graph(flow: Flow) -> tuple[list[str], list[Edge]]:
    """The flow as a graph: the incoming call, menus, scenarios, extensions."""
    nodes = ["call", *sorted(flow.menus), *sorted(flow.scenarios), *sorted(flow.extensions)]
    edges = list(flow.edges())
    if flow.main in flow.menus:
        edges.insert(0, ("call", flow.main or ""))
    return nodes, edges
