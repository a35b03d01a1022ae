"""The call-flow editor against the embedded emulator: build, validate, review, apply, reload,
undo and redo, a restart mid-edit, a lost answer on the third call, a change from elsewhere."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QPushButton

from tests.gui.conftest import until
from zaddesk.api.client import Zadarma
from zaddesk.core.ivr.model import Flow
from zaddesk.core.ivr.plan import plan
from zaddesk.core.ivr.read import read_flow
from zaddesk.gui.context import CurrentClient
from zaddesk.gui.pbx.flow_editor import FlowEditor, PlanDialog
from zaddesk.gui.pbx.flow_scene import HEIGHT, WIDTH
from zaddesk.gui.pbx.page import PbxPage

STAR = 210001  # the demo client with a PBX: extensions 100-102, a "no key" scenario


def open_editor(window: Any, arun: Any) -> FlowEditor:
    window.ctx.set_client(CurrentClient(STAR, "Piekarnia Złoty Kłos"))
    page = window.show_page("pbx")
    assert isinstance(page, PbxPage)
    page.tabs.setCurrentWidget(page.call_flow)

    async def loaded() -> None:
        await until(lambda: page.call_flow.editor is not None
                    and bool(page.call_flow.editor.doc.flow.menus), message="flow loaded")

    arun(loaded())
    editor = page.call_flow.editor
    assert editor is not None
    return editor


def port(editor: FlowEditor, ref: str) -> QPoint:
    node = editor.scene.nodes[ref]
    return editor.view.mapFromScene(node.pos() + QPointF(WIDTH, HEIGHT / 2))


def centre(editor: FlowEditor, ref: str) -> QPoint:
    node = editor.scene.nodes[ref]
    return editor.view.mapFromScene(node.pos() + QPointF(WIDTH / 2, HEIGHT / 2))


def drag_wire(editor: FlowEditor, source: str, target: str) -> None:
    for ref in (source, target):
        editor.view.ensureVisible(editor.scene.nodes[ref], 10, 10)
    viewport = editor.view.viewport()
    start, end = port(editor, source), centre(editor, target)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, (start + end) / 2)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def codes(editor: FlowEditor) -> set[str]:
    return {p.code for p in editor.problems_found}


async def api_for(window: Any) -> Zadarma:
    emulator = window.ctx.emulator
    return Zadarma(emulator.base_url, emulator.key, emulator.secret)


def build_two_levels(editor: FlowEditor, qtbot: Any) -> str:
    """By keyboard: a new menu and its "no key" scenario; by mouse: the wires."""
    editor.view.setFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [submenu] = [r for r in editor.doc.flow.menus if "new" in r]
    assert editor.scene.selected_refs() == [submenu]
    assert "unreachable" in codes(editor)
    QTest.keyClick(editor.view, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [scenario] = [s for s in editor.doc.flow.scenarios.values() if s.menu == submenu]
    assert "rings_nobody" in codes(editor)  # validation complains, on the box too
    assert editor.scene.nodes[scenario.ref].problem == "error"
    assert "rings nobody" in editor.scene.nodes[scenario.ref].toolTip()
    row = next(i for i in range(editor.problems.count())
               if "rings nobody" in editor.problems.item(i).text())
    editor.scene.clearSelection()
    editor.side.setCurrentIndex(1)  # the problems list
    rect = editor.problems.visualItemRect(editor.problems.item(row))
    QTest.mouseClick(editor.problems.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    assert editor.scene.selected_refs() == [scenario.ref]  # a click on a problem selects it
    editor.side.setCurrentWidget(editor.inspector)
    editor.view.setFocus()
    # the inspector names it, from the keyboard
    title = editor.inspector.sc_title
    title.selectAll()
    qtbot.keyClicks(title, "Support desk")
    QTest.keyClick(title, Qt.Key.Key_Return)
    assert editor.doc.flow.scenarios[scenario.ref].title == "Support desk"
    drag_wire(editor, scenario.ref, "ext:101")  # the scenario rings 101
    assert editor.doc.flow.scenarios[scenario.ref].numbers() == ("101",)
    main = editor.doc.flow.main or ""
    drag_wire(editor, main, "ext:102")  # key 1 of the main menu rings 102...
    assert editor.doc.flow.scenario_for(main, 1) is not None
    drag_wire(editor, "ext:102", submenu)  # ...which passes the call to the new menu
    assert editor.doc.flow.extensions["ext:102"].forward_menu == submenu
    assert codes(editor) == set()  # validation passes
    return submenu



def test_build_review_apply_reload(window: Any, qtbot: Any, arun: Any) -> None:
    editor = open_editor(window, arun)
    build_two_levels(editor, qtbot)
    QTest.keyClick(editor.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = editor.plan_dialog
    assert isinstance(dialog, PlanDialog) and dialog.isVisible()
    kinds = [c.kind for c in dialog.calls]
    assert kinds == ["create_menu", "create_scenario", "create_scenario", "forward"]
    assert dialog.list.count() == 4 and "Create a voice menu" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(1)
    assert "/v1/pbx/ivr/scenario/create/" in dialog.request.toPlainText()
    qtbot.keyClicks(dialog.note, "two levels")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    async def applied() -> Flow:
        await until(lambda: editor.last_report is not None and editor.doc.flow == editor.server
                    and not editor.busy, message="applied and reloaded")
        api = await api_for(window)
        async with api:
            return await read_flow(api, user_id=STAR)

    server = arun(applied())
    assert "All 4 calls were applied" in dialog.outcome.text()
    assert editor.doc.flow == server  # reloaded: what the server has is what was built
    assert plan(server, editor.doc.flow) == []
    main = server.main or ""
    key1 = server.scenario_for(main, 1)
    assert key1 is not None and key1.numbers() == ("102",)
    submenu = server.extensions["ext:102"].forward_menu or ""
    [sub] = server.scenarios_of(submenu)
    assert (sub.key, sub.title, sub.numbers()) == (-1, "Support desk", ("101",))
    [version] = editor.store.versions(STAR) if editor.store else []
    assert version.note == "two levels"
    assert editor.store is not None and editor.store.load_edit(STAR) is None


def test_undo_and_redo_round_trip(window: Any, qtbot: Any, arun: Any) -> None:
    editor = open_editor(window, arun)
    before = editor.doc.flow.copy()
    build_two_levels(editor, qtbot)
    after = editor.doc.flow.copy()
    moved_from = editor.scene.nodes["ext:100"].pos()
    viewport = editor.view.viewport()
    grab = centre(editor, "ext:100")
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grab)
    QTest.mouseMove(viewport, grab + QPoint(30, 40))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       grab + QPoint(30, 40))
    moved_to = editor.scene.nodes["ext:100"].pos()
    assert moved_to != moved_from
    key1 = editor.doc.flow.scenario_for(editor.doc.flow.main or "", 1)
    assert key1 is not None
    editor.select(key1.ref)
    QTest.keyClick(editor.view, Qt.Key.Key_Delete)  # a deletion is undoable too
    assert key1.ref not in editor.doc.flow.scenarios
    deleted = editor.doc.flow.copy()
    editor.act_undo.trigger()
    assert editor.doc.flow == after
    editor.act_redo.trigger()
    assert editor.doc.flow == deleted
    after = deleted
    steps = editor.doc.undo.count()
    assert steps >= 6
    for _ in range(steps):
        editor.act_undo.trigger()
    assert editor.doc.flow == before
    assert editor.scene.nodes["ext:100"].pos() == moved_from
    for _ in range(steps):
        editor.act_redo.trigger()
    assert editor.doc.flow == after
    assert editor.scene.nodes["ext:100"].pos() == moved_to


def test_restart_mid_edit_finds_the_edit(window: Any, qtbot: Any, arun: Any) -> None:
    editor = open_editor(window, arun)
    build_two_levels(editor, qtbot)
    edited = editor.doc.flow.copy()

    async def saved() -> None:
        await until(lambda: editor.store is not None
                    and editor.store.load_edit(STAR) is not None
                    and editor.store.load_edit(STAR).edited == edited,  # type: ignore[union-attr]
                    message="edit saved")

    arun(saved())
    # a new editor, as after a restart, on the same files
    again = FlowEditor(lambda factory, **o: window.page("pbx").run(factory, **o),
                       editor.store)
    again.open(editor.backend)
    arun(until(lambda: bool(again.doc.flow.menus), message="reloaded"))
    assert again.doc.flow == edited
    assert "unapplied edit" in again.status.text()
    again.deleteLater()


def test_fault_on_the_third_call_then_a_second_apply(window: Any, qtbot: Any,
                                                     arun: Any) -> None:
    editor = open_editor(window, arun)
    build_two_levels(editor, qtbot)
    dialog = editor.review()
    assert dialog is not None and len(dialog.calls) == 4
    window.ctx.emulator.set_faults(skip=2, writes=1, drop_after_apply=1)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: editor.last_report is not None and not editor.busy
               and editor.server.menus.keys() != {editor.doc.flow.main}, message="stopped"))
    window.ctx.emulator.set_faults()
    report = editor.last_report
    assert report is not None and not report.complete
    assert [c.kind for c in report.applied] == ["create_menu", "create_scenario",
                                                "create_scenario"]
    assert [c.kind for c in report.not_applied] == ["forward"]
    text = dialog.outcome.text()
    assert "Applied (3)" in text and "Not applied (1)" in text and "Forward extension 102" in text
    arun(until(lambda: editor.status.text() != "", message="reloaded"))
    # nothing lost: the rest is the edit, and a second apply finishes the job
    rest = editor.current_plan()
    assert [c.kind for c in rest] == ["forward"]
    second = editor.review()
    assert second is not None
    qtbot.mouseClick(second.apply_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: "All 1 calls were applied" in second.outcome.text()
               and editor.doc.flow == editor.server, message="finished"))
    assert editor.doc.flow.extensions["ext:102"].forward_menu is not None


def test_change_from_a_second_console_is_shown(window: Any, qtbot: Any, arun: Any) -> None:
    editor = open_editor(window, arun)
    build_two_levels(editor, qtbot)
    dialog = editor.review()
    assert dialog is not None

    async def elsewhere() -> None:
        api = await api_for(window)
        async with api:
            server = await read_flow(api, user_id=STAR)
            [default] = server.scenarios_of(server.main or "")
            await api.ivr.edit_scenario(default.id or "", title="Changed elsewhere",
                                        user_id=STAR)

    arun(elsewhere())
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: getattr(editor, "conflict_dialog", None) is not None
               and editor.conflict_dialog.isVisible(), message="conflict shown"))
    conflict = editor.conflict_dialog
    theirs = conflict.findChild(type(dialog.list), "theirs")
    ours = conflict.findChild(type(dialog.list), "ours")
    assert theirs is not None and ours is not None
    assert theirs.count() == 1 and "Changed elsewhere" in theirs.item(0).text()
    assert ours.count() == 4
    assert "Changed elsewhere" not in str(editor.server.scenarios)  # nothing overwritten yet


def test_editor_speaks_polish(window: Any, qtbot: Any, arun: Any) -> None:
    import asyncio

    from tests.gui.test_i18n import untranslated, visible_texts

    editor = open_editor(window, arun)
    editor.view.setFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    english = visible_texts(editor)
    problems_en = editor.problems.item(0).text()
    window.ctx.set_language("pl")
    try:
        arun(asyncio.sleep(0.05))
        polish = visible_texts(editor)
        assert editor.act_review.text() == "&Przejrzyj zmiany"
        assert editor.problems.item(0).text() != problems_en
        assert "nie ma scenariusza" in editor.problems.item(0).text()
    finally:
        window.ctx.set_language("en")
        arun(asyncio.sleep(0.05))
    problems = untranslated(english, polish)
    assert not problems, "\n".join(problems)


def test_keypad_walks_a_test_call(window: Any, qtbot: Any, arun: Any) -> None:
    editor = open_editor(window, arun)
    build_two_levels(editor, qtbot)
    editor.side.setCurrentWidget(editor.keypad)
    keypad = editor.keypad
    qtbot.mouseClick(keypad.start, Qt.MouseButton.LeftButton)
    main = editor.doc.flow.main or ""
    assert editor.simulation is not None and editor.simulation.steps[-1].kind == "wait"
    assert editor.scene.nodes[main].highlight is not None  # the path lights up
    qtbot.mouseClick(keypad.keys["1"], Qt.MouseButton.LeftButton)  # into the submenu
    assert editor.simulation.steps[-1].kind == "wait"
    assert editor.scene.nodes["ext:102"].highlight is not None
    qtbot.mouseClick(keypad.wait, Qt.MouseButton.LeftButton)  # nothing pressed there
    assert editor.simulation.rung() == ["101"]
    lines = [keypad.timeline.item(i).text() for i in range(keypad.timeline.count())]
    assert any("extension 101 rings for 20 s" in line for line in lines)
    assert editor.scene.nodes["ext:100"].highlight is None


def test_export_import_and_a_template_for_another_client(window: Any, qtbot: Any, arun: Any,
                                                         tmp_path: Any) -> None:
    editor = open_editor(window, arun)
    build_two_levels(editor, qtbot)
    path = tmp_path / "flow.json"
    editor.export_to(path)
    text = path.read_text(encoding="utf-8")
    assert '"positions"' in text and '"client": 210001' in text
    # the same client: the file comes back as it is
    before = editor.doc.flow.copy()
    planned = editor.current_plan()
    assert editor.import_from(path) == []
    assert editor.doc.flow == before and editor.current_plan() == planned
    # a broken file is refused with the exact place of each problem
    broken = tmp_path / "broken.json"
    broken.write_text(text.replace('"key": 1', '"key": 99'), encoding="utf-8")
    problems = editor.import_from(broken)
    assert problems and all(p.startswith("flow.scenarios[") for p in problems)
    assert "99 is not a key" in problems[0]
    # another client: a template, extension 102 mapped to that client's 100
    window.ctx.set_client(CurrentClient(210006, "Fryzury"))
    arun(until(lambda: editor.backend is not None and editor.backend.client_id == 210006
               and bool(editor.doc.flow.menus) and not editor.busy, message="other client"))
    arun(until(lambda: len(editor.server.extensions) >= 1, message="other flow"))
    editor.import_file(path)
    dialog = editor.findChild(QDialog, "template_mapping")
    assert dialog is not None and dialog.isVisible()
    for number in ("101", "102"):
        combo = dialog.findChild(QComboBox, f"map_{number}")
        assert combo is not None
        assert "create it" in combo.itemText(combo.findData(number))
        combo.setCurrentIndex(combo.findData("100"))
    dialog.accept()
    kinds = [c.kind for c in editor.current_plan()]
    assert kinds.count("create_menu") == 1 and "forward" in kinds
    assert "create_extension" not in kinds  # every number was mapped onto existing ones


def test_keyboard_moves_boxes_and_reaches_the_inspector(window: Any, qtbot: Any,
                                                        arun: Any) -> None:
    editor = open_editor(window, arun)
    view = editor.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)  # the first box, then on along the flow
    assert editor.scene.selected_refs() == ["call"]
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    main = editor.doc.flow.main or ""
    assert editor.scene.selected_refs() == [main]
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    [scenario] = editor.scene.selected_refs()
    assert scenario in editor.doc.flow.scenarios
    before = editor.doc.positions[scenario]
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert editor.doc.positions[scenario] == (before[0], before[1] + 20)
    assert editor.scene.nodes[scenario].pos().y() == before[1] + 20
    editor.act_undo.trigger()
    assert editor.doc.positions[scenario] == before
    assert editor.scene.nodes[scenario].pos().y() == before[1]
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert editor.inspector.currentWidget() is editor.inspector.scenario_page
    assert editor.inspector.scenario_page.isAncestorOf(focused())


def focused() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def test_versions_are_kept_compared_and_restored(window: Any, qtbot: Any, arun: Any) -> None:
    editor = open_editor(window, arun)
    original = editor.doc.flow.copy()
    build_two_levels(editor, qtbot)
    dialog = editor.review()
    assert dialog is not None
    qtbot.keyClicks(dialog.note, "with support")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: editor.last_report is not None and not editor.busy
               and editor.doc.flow == editor.server, message="applied"))
    # back to the original by hand, applied as a second version
    applied = editor.server.copy()
    editor.doc.change("back", lambda f: _replace(f, _revert(original, applied)))
    second = editor.review()
    assert second is not None
    qtbot.mouseClick(second.apply_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: editor.server.menus.keys() == original.menus.keys() and not editor.busy
               and editor.doc.flow == editor.server, message="second version"))
    versions = editor.versions_dialog()
    assert versions is not None
    listing = versions.findChild(type(dialog.list), "version_list")
    diff = versions.findChild(type(dialog.list), "version_diff")
    assert listing is not None and diff is not None and listing.count() == 2
    listing.setCurrentRow(1)  # the older one, with the support menu
    assert "with support" in listing.item(1).text()
    assert any("Create a voice menu" in diff.item(i).text() for i in range(diff.count()))
    restore = versions.findChild(QPushButton, "restore")
    assert restore is not None
    restore.click()
    kinds = [c.kind for c in editor.current_plan()]
    assert kinds.count("create_menu") == 1 and "forward" in kinds


def _revert(original: Flow, applied: Flow) -> Flow:
    """The applied flow without what was added: the original's items, today's extensions."""
    out = original.copy()
    for ref, ext in applied.extensions.items():
        out.extensions[ref] = original.extensions.get(ref, ext)
    return out


def _replace(target: Flow, source: Flow) -> None:
    target.menus, target.scenarios = dict(source.menus), dict(source.scenarios)
    target.extensions, target.main = dict(source.extensions), source.main


def test_keypad_asks_the_clients_call_info_url(window: Any, qtbot: Any, arun: Any) -> None:
    from tests.hookserver import hook_server
    from zaddesk.core.ivr.simulate import callinfo_signature

    editor = open_editor(window, arun)
    with hook_server(answer={"ivr_play": "77", "redirect": "101"}) as hook:

        async def prepare() -> str:
            api = await api_for(window)
            async with api:
                await api.webhooks.set_callinfo_url(hook.url, user_id=STAR)
                return (await api.reseller.get_api_key(user_id=STAR)).secret

        secret = arun(prepare())
        editor.side.setCurrentWidget(editor.keypad)
        editor.keypad.dynamic.setChecked(True)
        qtbot.mouseClick(editor.keypad.start, Qt.MouseButton.LeftButton)
        arun(until(lambda: editor.simulation is not None and editor.simulation.rung() == ["101"],
                   message="dynamic call"))
        [post] = hook.posts()
        assert post.form["event"] == "NOTIFY_START"
        assert post.headers["Signature"] == callinfo_signature(post.form, secret)
    assert editor.simulation is not None and editor.simulation.sounds == ["77"]
    lines = [editor.keypad.timeline.item(i).text() for i in range(editor.keypad.timeline.count())]
    assert any("Plays sound 77" in line for line in lines)


def test_a_delay_that_is_not_seconds_is_shown_at_its_cell(window: Any, arun: Any) -> None:
    editor = open_editor(window, arun)
    [default] = editor.doc.flow.scenarios_of(editor.doc.flow.main or "")
    editor.select(default.ref)
    table = editor.inspector.sc_numbers
    before = editor.doc.flow.copy()

    def cell(column: int) -> Any:
        item = table.item(0, column)
        assert item is not None
        return item

    cell(1).setText("soon")
    assert editor.inspector.numbers_error.isVisible()
    assert editor.inspector.numbers_error.text() == "Delays and ring times are whole seconds."
    assert cell(1).toolTip()
    assert editor.doc.flow == before  # nothing taken while it is wrong
    cell(1).setText("0")
    cell(2).setText("25")
    assert editor.doc.flow.scenarios[default.ref].targets[0].duration == 25
    assert editor.inspector.numbers_error.text() == ""
