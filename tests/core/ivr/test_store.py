from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.core.ivr.flows import one_level, two_level
from zaddesk.core.ivr.store import Edit, FlowStore


def test_edit_survives_a_new_store(tmp_path: Path) -> None:
    store = FlowStore(tmp_path, "main")
    edited = two_level()
    edited.put(replace(edited.scenarios["scenario:1"], title="Changed"))
    store.save_edit(7, Edit(one_level(), edited, {"menu:1": (3.0, 4.0)}))
    again = FlowStore(tmp_path, "main").load_edit(7)
    assert again is not None
    assert again.base == one_level() and again.edited == edited
    assert again.positions == {"menu:1": (3.0, 4.0)} and again.saved > 0
    assert FlowStore(tmp_path, "other").load_edit(7) is None
    assert store.load_edit(None) is None
    store.drop_edit(7)
    assert store.load_edit(7) is None


def test_broken_edit_is_set_aside_not_lost(tmp_path: Path) -> None:
    store = FlowStore(tmp_path)
    store.save_edit(None, Edit(one_level(), one_level(), {}))
    path = next(tmp_path.rglob("edit.json"))
    path.write_text("{broken", encoding="utf-8")
    assert store.load_edit(None) is None
    assert list(path.parent.glob("edit.broken-*.json"))


def test_versions_newest_first_with_notes(tmp_path: Path) -> None:
    store = FlowStore(tmp_path)
    store.add_version(5, one_level(), {}, "first")
    store.add_version(5, two_level(), {"menu:1": (1.0, 2.0)}, "")
    first, second = store.versions(5)[1], store.versions(5)[0]
    assert first.note == "first" and first.load().flow == one_level()
    assert second.load().flow == two_level() and second.when >= first.when
