"""Every message the PBX core can give is listed for translation (and translated to Polish)."""

from __future__ import annotations

import ast
from pathlib import Path

import zaddesk
from zaddesk.gui.pbx.texts import CORE_TEXTS

CORE = Path(zaddesk.__file__).parent / "core"


def core_messages() -> set[str]:
    found: set[str] = set()
    for name in ("pbx.py", "webhooks.py"):
        tree = ast.parse((CORE / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("_issue", "_step"):
                found.update(a.value for a in node.args
                             if isinstance(a, ast.Constant) and isinstance(a.value, str)
                             and " " in a.value)
            if isinstance(node, ast.Dict):
                found.update(v.value for v in node.values
                             if isinstance(v, ast.Constant) and isinstance(v.value, str)
                             and v.value.startswith("Add at least"))
    return found


def test_every_core_message_is_listed() -> None:
    assert core_messages() - set(CORE_TEXTS) == set()


def test_messages_are_translated_with_their_parameters(qapp: object) -> None:
    from zaddesk.core.pbx import check_email_list
    from zaddesk.core.validation import Issue
    from zaddesk.gui.i18n import Translations
    from zaddesk.gui.pbx.texts import issue_text

    translations = Translations(qapp)  # type: ignore[arg-type]
    issue = check_email_list("a@f.pl b@f.pl c@f.pl d@f.pl")
    assert isinstance(issue, Issue)
    try:
        translations.apply("pl")
        assert issue_text(issue) == "Najwyżej 3 adresy (tu jest 4)."
    finally:
        translations.apply("en")
    assert issue_text(issue) == "At most 3 addresses (this has 4)."
