"""Generated form modules and translation files match their sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_script(name: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / name), "--check"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_forms_are_current() -> None:
    result = run_script("build_ui.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_translations_are_current_and_complete() -> None:
    result = run_script("i18n.py")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("form", sorted(p.stem for p in (ROOT / "ui").glob("*.ui")))
def test_every_form_has_a_generated_module(form: str) -> None:
    generated = ROOT / "zaddesk" / "gui" / "forms" / f"ui_{form}.py"
    assert generated.read_text(encoding="utf-8").startswith(
        f"# generated from ui/{form}.ui — do not edit")


def test_profile_inputs_are_named_after_their_fields() -> None:
    text = (ROOT / "ui" / "profile_editor.ui").read_text(encoding="utf-8")
    for name in ("name", "kind", "base_url", "ca_bundle", "key", "secret"):
        assert f'name="{name}"' in text
        if name != "kind":
            assert f'name="{name}_error"' in text or name == "kind"
