"""What the build leaves out: unused Qt plugins and what only they needed, other languages,
test data; and never a library something kept still links."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("zaddesk_build_trim",
                                                  ROOT / "packaging" / "trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


trim = _load()
QT = "PySide6/Qt"


@pytest.mark.parametrize(("name", "kept"), [
    (f"{QT}/translations/qtbase_pl.qm", True),
    (f"{QT}/translations/qtbase_en.qm", True),
    (f"{QT}/translations/qtmultimedia_pl.qm", True),
    (f"{QT}/translations/qtbase_de.qm", False),
    (f"{QT}/translations/qt_zh_TW.qm", False),
    ("babel/locale-data/pl.dat", True),
    ("babel/locale-data/en_GB.dat", True),
    ("babel/locale-data/root.dat", True),
    ("babel/locale-data/de_AT.dat", False),
    ("babel/global.dat", True),
    ("jsonschema/benchmarks/issue232/issue.json", False),
    ("somelib/tests/data.json", False),
    ("resources/i18n/zaddesk_pl.qm", True),
    ("resources/api/zadarma-openapi.json", True),
])
def test_data_kept(name: str, kept: bool) -> None:
    assert trim.keep_data(name) is kept


def test_test_packages_are_left_out_but_not_top_level_names() -> None:
    assert not trim.keep_module("numpy.tests.test_x")
    assert not trim.keep_module("jsonschema.benchmarks.nested")
    assert trim.keep_module("zaddesk.gui.tasks")
    assert trim.keep_module("test")  # a top-level name is the user's business


def test_needed_libraries_reads_a_real_elf() -> None:
    import PySide6

    qtcore = next(Path(PySide6.__file__).parent.glob("QtCore.abi3.so"))
    assert any(name.startswith("libQt6Core.so") for name in trim.needed_libraries(str(qtcore)))
    assert trim.needed_libraries(__file__) == frozenset()


def test_dropping_a_plugin_drops_what_only_it_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    links = {
        "/w/libqxcb.so": {"libQt6Gui.so.6", "libxcb.so.1"},
        "/w/libqgtk3.so": {"libQt6Gui.so.6", "libgtk-3.so.0"},
        "/w/libgtk-3.so.0": {"libcairo.so.2", "libxcb.so.1"},
        "/w/libcairo.so.2": {"libpixman.so.0"},
        "/w/libpixman.so.0": set(),
        "/w/libxcb.so.1": set(),
        "/w/libQt6Gui.so.6": set(),
        "/w/libloadedbyctypes.so": set(),  # nothing links it: it stays
    }
    monkeypatch.setattr(trim, "needed_libraries", lambda path: frozenset(links[path]))
    binaries = [
        (f"{QT}/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", "/w/libqgtk3.so", "BINARY"),
        *((Path(src).name, src, "BINARY") for src in links if "libq" not in src),
    ]
    _pure, kept, _datas, dropped = trim.trim([], binaries, [])
    kept_names = {Path(e[0]).name for e in kept}
    assert kept_names == {"libqxcb.so", "libQt6Gui.so.6", "libxcb.so.1",
                          "libloadedbyctypes.so"}
    assert {Path(e[0]).name for e in dropped} == {"libqgtk3.so", "libgtk-3.so.0",
                                                  "libcairo.so.2", "libpixman.so.0"}


def test_multimedia_and_pdf_plugins_stay() -> None:
    for name in (f"{QT}/plugins/multimedia/libffmpegmediaplugin.so",
                 f"{QT}/plugins/platforms/libqxcb.so",
                 f"{QT}/plugins/platforms/libqwayland.so",
                 f"{QT}/plugins/platforms/libqoffscreen.so",
                 f"{QT}/plugins/imageformats/libqsvg.so"):
        assert not trim.DROPPED_PLUGINS.search(name)
    assert trim.DROPPED_PLUGINS.search(
        f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so")
