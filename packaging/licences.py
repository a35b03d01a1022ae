"""Licences of what a build bundles: the third-party notices file, and a refusal of GPL/AGPL.

    python packaging/licences.py check   --sources FILE [--path DIR ...]
    python packaging/licences.py notices --sources FILE --out FILE [--path DIR ...]

``FILE`` lists the files the bundle is made from, one path a line (the PyInstaller spec writes
it from its analysis). Each is traced to the installed distribution whose ``RECORD`` owns it,
so the notices and the check cover exactly what ships, including what hidden imports and
hooks pull in, and nothing that is merely installed beside it (pytest, mypy). ``--path``
replaces ``sys.path`` as the place distributions are looked for (tests use a fake one).

``check`` exits 1 when a bundled distribution is under the GPL or AGPL with no permissive
alternative, or declares no licence at all; LGPL is fine (Qt and the rest are loaded as
shared libraries from the one-folder build, so they stay replaceable). A dual licence such
as ``LGPL-3.0-only OR GPL-2.0-only`` passes on its non-GPL branch. ``REVIEWED`` holds the
few distributions a person has read and cleared, each with the reason.
"""

from __future__ import annotations

import argparse
import re
import sys
import sysconfig
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import Distribution, distributions
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OWN = "zaddesk"

# Read and cleared by hand; the reason is printed in the notices.
REVIEWED: dict[str, str] = {
    "pyinstaller": "only its bootloader and runtime hooks ship, which its licence's "
                   "bootloader exception allows in programs under any licence",
    "pyinstaller-hooks-contrib": "only runtime hooks ship, which are Apache-2.0 (the GPL part "
                                 "covers the build-time hooks, which do not ship)",
}

# Distributions that ship no licence text of their own: the text of the licence they name.
FALLBACK_TEXTS: dict[str, tuple[str, ...]] = {
    "LGPL-3.0": ("LGPL-3.0.txt", "GPL-3.0.txt"),  # the LGPL-3.0 is the GPL-3.0 plus permissions
}

# Shared libraries taken from the build machine whose licence forbids shipping them with us.
GPL_SYSTEM_LIBRARIES = ("libreadline", "libgdbm", "libhistory")

_TEXT_NAMES = re.compile(r"(?i)^(licen[cs]e|copying|notice|authors|copyright)")
_GPL_ID = re.compile(r"(?<![A-Za-z])A?GPL")  # GPL-2.0, AGPL-3.0, GPLv3; never LGPL
_GPL_WORDS = re.compile(r"(?i)GNU (Affero )?General Public License|\bAffero\b")


@dataclass
class Bundled:
    dist: Distribution
    files: int = 0

    @property
    def name(self) -> str:
        return str(self.dist.metadata["Name"])

    @property
    def version(self) -> str:
        return self.dist.version


@dataclass
class Inventory:
    """Everything the sources list traced back to where it came from."""

    dists: dict[str, Bundled] = field(default_factory=dict)
    stdlib: int = 0
    own: int = 0
    system: list[Path] = field(default_factory=list)
    unknown: list[Path] = field(default_factory=list)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def inventory(sources: Iterable[Path], path: Sequence[str] | None = None) -> Inventory:
    owner: dict[Path, Distribution] = {}
    for candidate in distributions(path=list(path) if path is not None else sys.path):
        for entry in candidate.files or ():
            try:
                owner.setdefault(Path(str(candidate.locate_file(entry))).resolve(), candidate)
            except OSError:
                continue
    stdlib_dirs = {Path(sysconfig.get_paths()[k]).resolve() for k in ("stdlib", "platstdlib")}
    stdlib_dirs.add(Path(sys.base_prefix).resolve() / "lib")
    found = Inventory()
    for source in sources:
        resolved = source.resolve()
        dist = owner.get(resolved)
        if dist is not None:
            if _key(str(dist.metadata["Name"])) == OWN:
                found.own += 1
                continue
            item = found.dists.setdefault(_key(str(dist.metadata["Name"])), Bundled(dist))
            item.files += 1
        elif resolved.is_relative_to(ROOT) and not resolved.is_relative_to(ROOT / ".venv"):
            found.own += 1
        elif "site-packages" in resolved.parts:
            found.unknown.append(resolved)
        elif any(resolved.is_relative_to(d) for d in stdlib_dirs) and ".so" not in resolved.name:
            found.stdlib += 1
        elif ".so" in resolved.name:
            if any(resolved.is_relative_to(d) for d in stdlib_dirs) and (
                    "lib-dynload" in resolved.parts or "config" in resolved.name):
                found.stdlib += 1
            else:
                found.system.append(resolved)
        else:
            found.unknown.append(resolved)
    return found


def licence_of(dist: Distribution) -> str:
    """The licence as declared: the SPDX expression, else the licence classifiers, else the
    free-text field when it is a name rather than a whole licence."""
    meta = dist.metadata
    expression = (meta.get_all("License-Expression") or [""])[0]
    if expression:
        return str(expression).strip()
    classifiers = [str(c).split(" :: ")[-1] for c in meta.get_all("Classifier") or ()
                   if str(c).startswith("License :: ") and str(c).count(" :: ") >= 2]
    if classifiers:
        return " OR ".join(classifiers)
    text = str((meta.get_all("License") or [""])[0]).strip()
    if text and "\n" not in text and len(text) <= 200:
        return text
    return ""


def _alternatives(licence: str) -> list[str]:
    return [part.strip(" ()") for part in re.split(r"\s+OR\s+|\s+or\s+(?=[A-Z])", licence)
            if part.strip(" ()")]


def is_copyleft(licence: str) -> bool:
    """GPL or AGPL with no alternative that is not (LGPL counts as an alternative)."""
    options = _alternatives(licence)
    if not options:
        return False

    def gpl(option: str) -> bool:
        return bool(_GPL_ID.search(option) or _GPL_WORDS.search(option))

    return all(gpl(option) for option in options)


def problems(found: Inventory) -> list[str]:
    out = []
    for key, item in sorted(found.dists.items()):
        licence = licence_of(item.dist)
        if key in REVIEWED:
            continue
        if not licence:
            out.append(f"{item.name} {item.version}: declares no licence; read it, then "
                       "list it in REVIEWED in packaging/licences.py or leave it out")
        elif is_copyleft(licence):
            out.append(f"{item.name} {item.version}: {licence} (GPL/AGPL may not ship with "
                       "zaddesk; replace it or leave it out of the bundle)")
    for lib in found.system:
        if lib.name.startswith(GPL_SYSTEM_LIBRARIES):
            out.append(f"{lib}: a GPL system library; exclude the module that loads it")
    return out


def licence_texts(dist: Distribution) -> list[tuple[str, str]]:
    """The licence files the distribution ships (in its metadata folder or as License-File)."""
    declared = {str(f) for f in dist.metadata.get_all("License-File") or ()}
    texts: list[tuple[str, str]] = []
    seen: set[str] = set()
    for entry in dist.files or ():
        parts = entry.parts
        in_meta = bool(parts) and parts[0].endswith((".dist-info", ".egg-info"))
        named = _TEXT_NAMES.match(entry.name) is not None
        if not ((in_meta and (named or "licenses" in parts)) or
                (declared and str(Path(*parts[1:])) in declared and in_meta)):
            continue
        try:
            text = Path(str(dist.locate_file(entry))).read_text(encoding="utf-8",
                                                                 errors="replace")
        except OSError:
            continue
        if text.strip() and text not in seen:
            seen.add(text)
            texts.append((str(Path(*parts[1:])), text.strip()))
    return texts


def _fallback(licence: str) -> tuple[str, ...]:
    for spdx, files in FALLBACK_TEXTS.items():
        if spdx in licence:
            return files
    return ()


def notices(found: Inventory, *, app_version: str) -> str:
    rule = "=" * 78
    out = [
        f"Zaddesk {app_version}: third-party software in this build",
        "",
        "Zaddesk itself is under the MIT licence (LICENSE). The build bundles the components",
        "below, each under its own licence. Qt and the other LGPL libraries are separate shared",
        "libraries in the _internal folder; you may replace them with your own builds of the",
        "same version. Qt's own third-party parts are listed at",
        "https://doc.qt.io/qt-6/licenses-used-in-qt.html.",
        "",
    ]
    appendix: dict[str, str] = {}
    py_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    entries: list[tuple[str, str, str, list[tuple[str, str]], str]] = []
    python_texts = ([("LICENSE.txt", py_licence.read_text(encoding="utf-8", errors="replace"))]
                    if py_licence.exists() else [])
    entries.append(("Python", sys.version.split()[0], "PSF-2.0", python_texts,
                    "the interpreter and its standard library"))
    for key, item in sorted(found.dists.items()):
        licence = licence_of(item.dist) or "(not declared)"
        texts = licence_texts(item.dist)
        note = f"reviewed: {REVIEWED[key]}" if key in REVIEWED else ""
        if not texts:
            for name in _fallback(licence):
                appendix[name] = (HERE / "licences" / name).read_text(encoding="utf-8")
            if _fallback(licence):
                note = (note + "; " if note else "") + "licence text: " + ", ".join(
                    _fallback(licence)) + " at the end of this file"
        entries.append((item.name, item.version, licence, texts, note))
    out.append("Contents")
    for name, version, licence, _texts, _note in entries:
        out.append(f"  {name} {version}: {licence}")
    if found.system:
        out.append("  System libraries of the build machine: "
                   + ", ".join(sorted({p.name for p in found.system})))
    out.append("")
    for name, version, licence, texts, note in entries:
        out += [rule, f"{name} {version}", f"Licence: {licence}"]
        if note:
            out.append(f"Note: {note}")
        for file_name, text in texts:
            out += ["", f"--- {file_name} ---", "", text]
        out.append("")
    for name, text in appendix.items():
        out += [rule, f"Licence text: {name}", "", text.rstrip(), ""]
    return "\n".join(out) + "\n"


def _read_sources(path: Path) -> list[Path]:
    return [Path(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("command", choices=("check", "notices"))
    parser.add_argument("--sources", type=Path, required=True,
                        help="file listing the bundle's source files, one a line")
    parser.add_argument("--path", action="append",
                        help="look for distributions here instead of sys.path (repeatable)")
    parser.add_argument("--out", type=Path, help="notices: where to write them")
    parser.add_argument("--app-version", default="")
    args = parser.parse_args(argv)
    found = inventory(_read_sources(args.sources), args.path)
    if found.unknown:
        print(f"note: {len(found.unknown)} bundled files belong to no installed distribution, "
              f"e.g. {found.unknown[0]}", file=sys.stderr)
    if args.command == "check":
        bad = problems(found)
        for line in bad:
            print(f"licence check: {line}", file=sys.stderr)
        if bad:
            return 1
        print(f"licence check: {len(found.dists)} distributions bundled, none GPL or AGPL")
        return 0
    if args.out is None:
        parser.error("notices needs --out")
    version = args.app_version
    if not version:
        sys.path.insert(0, str(ROOT))
        from zaddesk import __version__ as version
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(notices(found, app_version=version), encoding="utf-8")
    print(f"wrote {args.out} ({len(found.dists)} distributions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
