"""Compile ``ui/*.ui`` into ``zaddesk/gui/forms/ui_*.py`` with ``pyside6-uic``.

``--check`` compiles into memory and fails (exit 1) when a generated module is missing or
differs from what is committed, so a test can keep the forms current. The uic banner (which
names the Qt version) is replaced by a fixed header, so the output only changes with the form.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "zaddesk" / "gui" / "forms"

HEADER = '''# generated from ui/{name} — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors
'''


def _uic() -> str:
    beside = Path(sys.executable).parent / "pyside6-uic"
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found; install PySide6")
    return found


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([_uic(), "-g", "python", "--from-imports", str(ui_file)],
                            check=True, capture_output=True, text=True)
    lines = result.stdout.splitlines()
    # Drop uic's banner comment block (it names the Qt version and the date).
    body_start = 0
    for i, line in enumerate(lines):
        if line.startswith("from ") or line.startswith("import "):
            body_start = i
            break
    body = "\n".join(lines[body_start:]).rstrip() + "\n"
    return HEADER.format(name=ui_file.name) + "\n" + _used_imports_only(body)


_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def _used_imports_only(body: str) -> str:
    """uic imports every class a form could need (gradients, fonts, the Qt namespace...);
    PySide6 initialises each class named, enums and all, at import time: keep only those
    the form uses, so that opening a page costs what it shows."""
    code = _IMPORT.sub("", body)
    kept: list[str] = []
    for match in _IMPORT.finditer(body):
        names = [n.strip() for n in match[2].replace("\n", " ").split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{re.escape(n)}\b", code)]
        if used:
            kept.append(f"from {match[1]} import {', '.join(used)}\n")
    return "".join(kept) + "\n" + code.lstrip("\n") if kept else code


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a form is out of date")
    args = parser.parse_args(argv)
    stale: list[str] = []
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    init_text = '"""Modules generated from ui/*.ui by scripts/build_ui.py — do not edit."""\n'
    if not init.exists() or init.read_text(encoding="utf-8") != init_text:
        if args.check:
            stale.append(str(init.relative_to(ROOT)))
        else:
            init.write_text(init_text, encoding="utf-8")
    expected = set()
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = target_for(ui_file)
        expected.add(target.name)
        code = compile_form(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == code:
            continue
        if args.check:
            stale.append(str(target.relative_to(ROOT)))
        else:
            target.write_text(code, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    for orphan in FORMS_DIR.glob("ui_*.py"):
        if orphan.name not in expected:
            if args.check:
                stale.append(f"{orphan.relative_to(ROOT)} (no ui file)")
            else:
                orphan.unlink()
                print(f"removed {orphan.relative_to(ROOT)}")
    if stale:
        print("out of date (run scripts/build_ui.py):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
