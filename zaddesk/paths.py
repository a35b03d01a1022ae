"""Where zaddesk finds its bundled files, in a checkout, an install or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def _bundle_root() -> Path:
    """The frozen app's data folder (PyInstaller's ``_internal``), or the checkout's root."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    return getattr(sys, "_MEIPASS", None) is not None


def resources_dir() -> Path:
    """The top-level ``resources/`` folder (PyInstaller unpacks it beside the app)."""
    return _bundle_root() / "resources"


def spec_path() -> Path:
    return resources_dir() / "api" / "zadarma-openapi.json"


def licence_file() -> Path:
    """Zaddesk's own licence (MIT)."""
    return _bundle_root() / "LICENSE"


def notices_file() -> Path:
    """The third-party notices the build writes (packaging/licences.py); in a checkout it
    exists only after ``packaging/build.sh``."""
    if is_frozen():
        return _bundle_root() / "THIRD-PARTY-NOTICES.txt"
    return _bundle_root() / "build" / "THIRD-PARTY-NOTICES.txt"
