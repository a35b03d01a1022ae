"""Nothing below the GUI may import Qt: the layers must stay visible in the tree."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import zaddesk
from tests.sourcecode import parse

PACKAGE = Path(zaddesk.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "qasync", "PyQt5", "PyQt6")
QT_FREE = ("api", "emulator", "core")


def _imports(path: Path) -> set[str]:
    tree = parse(path)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_imports_below_gui() -> None:
    offenders = []
    for layer in QT_FREE:
        for path in (PACKAGE / layer).rglob("*.py"):
            bad = _imports(path) & set(QT_MODULES)
            if bad:
                offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    assert offenders == []


def test_lower_layers_import_without_loading_qt() -> None:
    modules = [
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        for layer in QT_FREE
        for p in (PACKAGE / layer).rglob("*.py")
        if p.name != "__main__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"loaded = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(loaded); sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


FEATURES = ("clients", "onboarding", "numbers", "documents", "sounds", "pbx", "settings")


def _imported_modules(path: Path) -> set[str]:
    """Every absolute module name a file imports (``from a.b import c`` gives a.b and a.b.c)."""
    tree = parse(path)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_gui_features_do_not_import_each_other() -> None:
    """Features talk through the application context, never through each other's code."""
    gui = PACKAGE / "gui"
    offenders = []
    for feature in FEATURES:
        folder = gui / feature
        assert (folder / "__init__.py").exists(), f"gui/{feature} is not a package"
        for path in folder.rglob("*.py"):
            for name in _imported_modules(path):
                parts = name.split(".")
                if parts[:2] == ["zaddesk", "gui"] and len(parts) > 2 and (
                        parts[2] in FEATURES and parts[2] != feature):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_shell_does_not_import_features() -> None:
    """The shell reaches pages only through the registry (imported by name on first use)."""
    gui = PACKAGE / "gui"
    offenders = []
    for path in gui.glob("*.py"):
        for name in _imported_modules(path):
            parts = name.split(".")
            if parts[:2] == ["zaddesk", "gui"] and len(parts) > 2 and parts[2] in FEATURES:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_gui_root_holds_only_the_shell() -> None:
    """Each feature's widgets live in its package; the root keeps the shell and shared parts."""
    gui = PACKAGE / "gui"
    folders = {p.name for p in gui.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= {*FEATURES, "forms"}
    for feature in FEATURES:
        assert not (gui / f"{feature}.py").exists(), f"gui/{feature}.py belongs in gui/{feature}/"
