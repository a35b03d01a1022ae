"""Where zaddesk finds its bundled files, in a checkout, an install or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The top-level ``resources/`` folder (PyInstaller unpacks it beside the app)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def spec_path() -> Path:
    return resources_dir() / "api" / "zadarma-openapi.json"
