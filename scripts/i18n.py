"""Update the translation sources and compile them.

    scripts/i18n.py            lupdate (zaddesk/gui + ui/*.ui) -> resources/i18n/zaddesk_*.ts,
                               then lrelease -> zaddesk_*.qm
    scripts/i18n.py --check    fail if the .ts files miss strings from the code, if a Polish
                               message is unfinished, or if a .qm is older than its .ts

English is the source language: ``zaddesk_en.ts`` holds only the plural forms (``%n``);
``zaddesk_pl.ts`` holds every string. Translate with Qt Linguist (``pyside6-linguist``) or by
editing the XML, then run this script again. Both .ts and .qm are committed, so a fresh
checkout runs without Qt's tools. Locations are left out of the .ts files to keep diffs small.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("pl", "en")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


def sources() -> list[str]:
    gui = ROOT / "zaddesk" / "gui"
    files = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.relative_to(gui).parts]
    files += sorted((ROOT / "ui").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def lupdate(ts: Path, lang: str) -> None:
    args = [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
            "-target-language", {"pl": "pl_PL", "en": "en_US"}[lang], "-source-language", "en_US"]
    if lang == "en":
        args.append("-pluralonly")
    subprocess.run([*args, "-ts", str(ts)], check=True, cwd=ROOT, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile beside the target, then rename over it: Qt memory-maps loaded .qm files, so a
    running console (or test) would crash if the file changed under it in place."""
    partial = qm.with_name(qm.name + ".tmp")
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(partial)], check=True,
                   capture_output=True)
    partial.replace(qm)


def unfinished(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text] if translation is not None else []
            if translation is not None and translation.findall("numerusform"):
                texts = [f.text for f in translation.findall("numerusform")]
            if (translation is None or translation.get("type") == "unfinished"
                    or not all(texts)):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def check() -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            ts = I18N / f"zaddesk_{lang}.ts"
            if not ts.exists():
                problems.append(f"{ts.name} is missing")
                continue
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            lupdate(copy, lang)
            if copy.read_text(encoding="utf-8") != ts.read_text(encoding="utf-8"):
                problems.append(f"{ts.name} is not current with the code (run scripts/i18n.py)")
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime - 1:
                # mtimes are unreliable after a checkout: compare compiled bytes instead
                fresh = Path(tmp) / qm.name
                lrelease(ts, fresh)
                if not qm.exists() or fresh.read_bytes() != qm.read_bytes():
                    problems.append(f"{qm.name} is not compiled from {ts.name}")
        pl = I18N / "zaddesk_pl.ts"
        if pl.exists():
            problems += [f"untranslated: {m}" for m in unfinished(pl)]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = I18N / f"zaddesk_{lang}.ts"
        lupdate(ts, lang)
        lrelease(ts, ts.with_suffix(".qm"))
        left = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(left)} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
