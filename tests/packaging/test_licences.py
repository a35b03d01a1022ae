"""The build's licence check refuses GPL/AGPL in the bundle, and the notices name every part.

A fake site-packages folder (metadata, RECORD, one module each) stands in for the installed
distributions, so the check is proved without depending on what happens to be installed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "licences.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("zaddesk_build_licences", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


licences = _load()


def fake_dist(site: Path, name: str, headers: dict[str, str | list[str]],
              licence_text: str | None = None) -> Path:
    """Install a one-module distribution into ``site``; returns its module file."""
    module = site / name / "__init__.py"
    module.parent.mkdir(parents=True)
    module.write_text("VALUE = 1\n", encoding="utf-8")
    info = site / f"{name}-1.0.dist-info"
    info.mkdir()
    lines = ["Metadata-Version: 2.4", f"Name: {name}", "Version: 1.0"]
    for key, value in headers.items():
        lines += [f"{key}: {v}" for v in ([value] if isinstance(value, str) else value)]
    (info / "METADATA").write_text("\n".join(lines) + "\n", encoding="utf-8")
    record = [f"{name}/__init__.py,,", f"{info.name}/METADATA,,", f"{info.name}/RECORD,,"]
    if licence_text is not None:
        (info / "licenses").mkdir()
        (info / "licenses" / "LICENSE").write_text(licence_text, encoding="utf-8")
        record.append(f"{info.name}/licenses/LICENSE,,")
    (info / "RECORD").write_text("\n".join(record) + "\n", encoding="utf-8")
    return module


def run(command: str, site: Path, sources: list[Path], *extra: str
        ) -> subprocess.CompletedProcess[str]:
    listing = site.parent / "sources.txt"
    listing.write_text("".join(f"{p}\n" for p in sources), encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(SCRIPT), command, "--sources", str(listing), "--path", str(site),
         "--app-version", "9.9", *extra],
        capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    path = tmp_path / "site-packages"
    path.mkdir()
    return path


def test_check_fails_when_a_gpl_distribution_is_bundled(site: Path) -> None:
    fine = fake_dist(site, "permissive", {"License-Expression": "MIT"})
    gpl = fake_dist(site, "copyleft", {"License-Expression": "GPL-2.0-or-later"})
    result = run("check", site, [fine, gpl])
    assert result.returncode == 1
    assert "copyleft 1.0: GPL-2.0-or-later" in result.stderr
    assert "permissive" not in result.stderr


def test_check_fails_on_agpl_declared_by_classifier_only(site: Path) -> None:
    agpl = fake_dist(site, "network", {
        "Classifier": "License :: OSI Approved :: GNU Affero General Public License v3"})
    result = run("check", site, [agpl])
    assert result.returncode == 1
    assert "network 1.0" in result.stderr


def test_check_passes_lgpl_dual_licences_and_permissive(site: Path) -> None:
    sources = [
        fake_dist(site, "qtlike", {"License": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"}),
        fake_dist(site, "lesser", {"Classifier": "License :: OSI Approved :: GNU Lesser "
                                                 "General Public License v3 (LGPLv3)"}),
        fake_dist(site, "dual", {"License-Expression": "GPL-2.0-only OR EPL-1.0"}),
        fake_dist(site, "plain", {"License-Expression": "BSD-3-Clause"}),
    ]
    result = run("check", site, sources)
    assert result.returncode == 0, result.stderr
    assert "4 distributions bundled" in result.stdout


def test_only_bundled_files_count(site: Path) -> None:
    """A GPL tool installed beside the app (a linter, say) is not in the bundle."""
    fine = fake_dist(site, "permissive", {"License-Expression": "MIT"})
    fake_dist(site, "devtool", {"License-Expression": "GPL-3.0-only"})
    assert run("check", site, [fine]).returncode == 0


def test_undeclared_licence_fails(site: Path) -> None:
    silent = fake_dist(site, "silent", {})
    result = run("check", site, [silent])
    assert result.returncode == 1
    assert "declares no licence" in result.stderr


def test_notices_hold_name_version_licence_and_text(site: Path, tmp_path: Path) -> None:
    sources = [
        fake_dist(site, "permissive", {"License-Expression": "MIT"},
                  licence_text="Copyright (c) Permissive Authors"),
        fake_dist(site, "qtlike", {"License": "LGPL-3.0-only OR GPL-2.0-only"}),
    ]
    out = tmp_path / "NOTICES.txt"
    result = run("notices", site, sources, "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "Zaddesk 9.9" in text
    assert "permissive 1.0: MIT" in text
    assert "Copyright (c) Permissive Authors" in text
    # No text of its own: the LGPL (and the GPL it builds on) are appended.
    assert "qtlike 1.0: LGPL-3.0-only OR GPL-2.0-only" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "Python " in text


@pytest.mark.parametrize(("licence", "refused"), [
    ("GPL-2.0-or-later", True),
    ("AGPL-3.0-only", True),
    ("GNU General Public License v2 or later (GPLv2+)", True),
    ("GPLv3", True),
    ("LGPL-2.1-or-later", False),
    ("GNU Library or Lesser General Public License (LGPL)", False),
    ("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", False),
    ("(GPL-2.0-only OR MIT)", False),
    ("MIT", False),
    ("Apache-2.0 OR BSD-2-Clause", False),
    ("MPL-2.0", False),
])
def test_copyleft_detection(licence: str, refused: bool) -> None:
    assert licences.is_copyleft(licence) is refused
