from __future__ import annotations

import random

from tests.core.ivr.flows import two_level
from zaddesk.core.ivr.layout import (
    crossings,
    flow_graph,
    layered_layout,
    layers,
    order_layers,
)


def test_longest_path_layers() -> None:
    layer = layers(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d")])
    assert layer == {"a": 0, "b": 1, "c": 2, "d": 3}


def test_cycles_are_broken() -> None:
    layer = layers(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
    assert layer == {"a": 0, "b": 1, "c": 2}


def test_barycentre_removes_an_obvious_crossing() -> None:
    edges = [("a", "y"), ("b", "x")]
    layer = {"a": 0, "b": 0, "x": 1, "y": 1}
    rows = order_layers(layer, edges)
    assert crossings(rows, edges) == 0


def test_fewer_crossings_than_a_random_order() -> None:
    rng = random.Random(1)
    nodes = [f"n{i}" for i in range(60)]
    edges = [(nodes[i], nodes[j]) for i in range(60) for j in range(i + 1, 60)
             if rng.random() < 0.05]
    layer = layers(nodes, edges)
    ordered = order_layers(layer, edges)
    unordered = order_layers(layer, edges, sweeps=0)
    assert crossings(ordered, edges) < crossings(unordered, edges)


def test_flow_layout_goes_left_to_right() -> None:
    nodes, edges = flow_graph(two_level())
    pos = layered_layout(nodes, edges)
    assert set(pos) == set(nodes)
    assert pos["call"][0] < pos["menu:1"][0] < pos["scenario:2"][0] < pos["ext:200"][0]
    assert pos["ext:200"][0] < pos["menu:2"][0] < pos["scenario:4"][0]
    ys = [y for x, y in pos.values() if x == pos["scenario:1"][0]]
    assert len(ys) == len(set(ys))  # no two boxes of a layer overlap
    assert layered_layout(nodes, edges) == pos  # the same every time
