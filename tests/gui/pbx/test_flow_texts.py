"""Every sentence the call-flow editor shows is known to the translation tools.

The editor translates through small helpers and the core's sentence templates, which
``lupdate`` cannot see; ``zaddesk/gui/pbx/flow_texts.py`` lists them all. This test finds them
in the code, so a new sentence cannot be left out of the translations.
"""

from __future__ import annotations

import ast
from pathlib import Path

from zaddesk.gui.pbx import flow_texts
from zaddesk.gui.pbx.flow_panels import ARG_WORDS

ROOT = Path(__file__).resolve().parents[3]
GUI = [ROOT / "zaddesk/gui/pbx" / f"{name}.py"
       for name in ("flow_editor", "flow_panels", "flow_scene", "flow_doc", "flow_tab")]
CORE = [ROOT / "zaddesk/core/ivr" / f"{name}.py" for name in ("plan", "validate", "simulate")]


def _text(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _details(node: ast.AST) -> set[str]:
    """Templates in ``changes.append((template, args))``, also inside ``a if c else b``."""
    if isinstance(node, ast.IfExp):
        return _details(node.body) | _details(node.orelse)
    if (isinstance(node, ast.Tuple) and len(node.elts) == 2
            and isinstance(node.elts[1], ast.Tuple)):
        first = node.elts[0]
        if isinstance(first, ast.IfExp):
            return {t for t in (_text(first.body), _text(first.orelse)) if t}
        text = _text(first)
        return {text} if text else set()
    return set()


def sentences() -> set[str]:
    found: set[str] = set(ARG_WORDS)
    for path in GUI + CORE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                args = node.args
                position = {"_tr": 0, "tr_widget": 1, "_label": 0, "_action": 1, "add": 3,
                            "step": 2, "set_status": 0}.get(name or "")
                if position is not None and len(args) > position:
                    text = _text(args[position])
                    if text and (name != "add" or path.name == "validate.py"):
                        found.add(text)
                for keyword in node.keywords:
                    if keyword.arg == "template" and _text(keyword.value):
                        found.add(_text(keyword.value) or "")
                if name == "append" and args:
                    found.update(_details(args[0]))
            tabs = isinstance(node, ast.Assign) and any(
                getattr(t, "attr", None) == "tab_sources" for t in node.targets)
            if tabs and isinstance(node, ast.Assign) and isinstance(node.value, ast.List):
                found.update(t for t in map(_text, node.value.elts) if t)
    return found


def test_every_sentence_is_listed_for_translation() -> None:
    missing = sorted(sentences() - {str(t) for t in flow_texts.TEXTS})
    assert not missing, "add to zaddesk/gui/pbx/flow_texts.py:\n" + "\n".join(
        f'    QT_TRANSLATE_NOOP("FlowEditor", {m!r}),' for m in missing)
