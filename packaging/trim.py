"""What the one-folder build leaves out: Qt parts the app never loads, other languages' data,
test data. Used by ``zaddesk.spec`` on PyInstaller's analysis, before anything is copied.

PyInstaller's Qt hook collects every plugin of a used module (and every shared library those
plugins need, e.g. the GTK stack for the GTK theme plugin) and every Qt translation. We drop
the plugins listed below, then every library that only the dropped files needed (read from
the ELF ``DT_NEEDED`` entries, so nothing still linked is removed), Qt's translations other
than Polish and English, Babel's locale data other than Polish and English, and test data.

QtPdf and Qt Multimedia are not touched: their plugins (``multimedia/``) are kept whenever the
app imports them.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

__all__ = ["needed_libraries", "strip_interpreter", "trim"]

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (name in bundle, source path, kind)

LANGUAGES = ("pl", "en")

# Qt plugins the app never loads: embedded-device platforms (eglfs, linuxfb, VNC, Vulkan
# display), their input plugins, the GTK3 theme (it drags in GTK, cairo and pango; the XDG
# portal theme gives native dialogs instead), network reachability (httpx does the HTTP) and
# Qt's on-screen keyboard (it drags in Qt Virtual Keyboard's QML).
DROPPED_PLUGINS = re.compile(
    r"PySide6/Qt/plugins/("
    r"egldeviceintegrations/|generic/|networkinformation/|"
    r"platforms/libq(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay)\.so|"
    r"platformthemes/libqgtk3\.so|"
    r"platforminputcontexts/libqtvirtualkeyboardplugin\.so)"
)
QT_TRANSLATION = re.compile(r"PySide6/Qt/translations/(?P<catalog>\w+?)_(?P<lang>[a-z]{2,3})"
                            r"(_[A-Za-z]+)?\.qm$")
BABEL_LOCALE = re.compile(r"babel/locale-data/(?P<name>[^/]+)\.dat$")
BABEL_KEPT = re.compile(r"^(root|en|pl)(_(US|GB|PL|001))?$")
TEST_DATA = re.compile(r"(^|/)(tests?|benchmarks)/")


def keep_data(name: str) -> bool:
    name = name.replace("\\", "/")
    if match := QT_TRANSLATION.search(name):
        return match["lang"] in LANGUAGES
    if match := BABEL_LOCALE.search(name):
        return BABEL_KEPT.match(match["name"]) is not None
    return not TEST_DATA.search(name)


def keep_module(name: str) -> bool:
    """Pure-Python modules: test and benchmark packages that libraries ship inside."""
    return not any(part in ("tests", "test", "benchmarks") for part in name.split(".")[1:])


@cache
def needed_libraries(path: str) -> frozenset[str]:
    """The ``DT_NEEDED`` names of a 64-bit little-endian ELF file (empty for anything else)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return frozenset()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return frozenset()
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads: list[tuple[int, int, int]] = []
    dynamic: tuple[int, int] | None = None
    for i in range(phnum):
        p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + i * phentsize)
        if p_type == 1:  # PT_LOAD
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == 2:  # PT_DYNAMIC
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return frozenset()

    def offset_of(vaddr: int) -> int:
        for start, offset, size in loads:
            if start <= vaddr < start + size:
                return offset + vaddr - start
        return vaddr

    needed: list[int] = []
    strtab = 0
    for pos in range(dynamic[0], dynamic[0] + dynamic[1], 16):
        tag, value = struct.unpack_from("<qQ", data, pos)
        if tag == 0:
            break
        if tag == 1:
            needed.append(value)
        elif tag == 5:
            strtab = offset_of(value)
    names = set()
    for index in needed:
        end = data.index(b"\0", strtab + index)
        names.add(data[strtab + index:end].decode("utf-8", "replace"))
    return frozenset(names)


def _needed_by(entries: Iterable[Entry]) -> set[str]:
    out: set[str] = set()
    for _name, source, _kind in entries:
        out |= needed_libraries(str(source))
    return out


def trim(pure: list[Entry], binaries: list[Entry], datas: list[Entry]
         ) -> tuple[list[Entry], list[Entry], list[Entry], list[Entry]]:
    """The kept modules, binaries and data files, and what was dropped."""
    dropped = [e for e in binaries if DROPPED_PLUGINS.search(e[0].replace("\\", "/"))]
    dropped += [e for e in datas if not keep_data(e[0])]
    dropped += [e for e in pure if not keep_module(e[0])]
    gone = {id(e) for e in dropped}
    kept_bins = [e for e in binaries if id(e) not in gone]
    # A shared library that some dropped file needed and nothing kept needs goes too. One
    # that nothing needed before (loaded with dlopen or ctypes) stays.
    was_needed = _needed_by(binaries)
    while True:
        now_needed = _needed_by(kept_bins)
        orphans = [e for e in kept_bins
                   if e[2] == "BINARY" and "/plugins/" not in e[0].replace("\\", "/")
                   and Path(e[0]).name in was_needed and Path(e[0]).name not in now_needed]
        if not orphans:
            break
        dropped += orphans
        gone |= {id(e) for e in orphans}
        kept_bins = [e for e in kept_bins if id(e) not in gone]
    return ([e for e in pure if id(e) not in gone], kept_bins,
            [e for e in datas if id(e) not in gone], dropped)


def _interpreter_binary(source: Path) -> bool:
    base = Path(sys.base_exec_prefix).resolve()
    return source.is_relative_to(base) and (
        "lib-dynload" in source.parts or source.name.startswith("libpython"))


def strip_interpreter(binaries: list[Entry], into: Path) -> list[Entry]:
    """The interpreter's library and extension modules, stripped of their symbol tables.

    Interpreters built from source (pyenv, the CI's setup-python) keep them: libpython
    shrinks from 23 to 6 MB. Only these are stripped; stripping everything (PyInstaller's
    ``strip=True``) breaks numpy's OpenBLAS ("ELF load command address/offset not
    page-aligned"), and Qt and the wheels' libraries are stripped already.
    """
    tool = shutil.which("strip")
    if tool is None:
        return binaries
    out: list[Entry] = []
    for name, source, kind in binaries:
        src = Path(source).resolve() if source else None
        if src is None or not _interpreter_binary(src):
            out.append((name, source, kind))
            continue
        target = into / name
        if not target.exists() or target.stat().st_mtime < src.stat().st_mtime:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
            subprocess.run([tool, "--strip-unneeded", str(target)], check=True)
        out.append((name, str(target), kind))
    return out
