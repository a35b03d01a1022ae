"""What the editor keeps on disk per client: the edit in progress, and applied versions.

The edit (the flow as the server had it when the edit began, the edited flow and the canvas
positions) is written after every change by replacing the file atomically, so a crash or a
restart finds it as it was; it is dropped once applied or discarded. Every applied flow is
kept as a version with its time and an optional note, to compare with and to restore through
the same plan and apply. All files are the layout file's JSON, readable in a diff.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from zaddesk.core.ivr.model import Flow
from zaddesk.core.ivr.serial import (
    LayoutFile,
    LayoutFileError,
    dumps,
    flow_from_json,
    flow_to_json,
    loads,
)

__all__ = ["Edit", "FlowStore", "Version"]


@dataclass
class Edit:
    base: Flow  # the server's flow when the edit began (for conflicts and the plan)
    edited: Flow
    positions: dict[str, tuple[float, float]]
    saved: float = 0.0


@dataclass(frozen=True)
class Version:
    path: Path
    when: float
    note: str

    def load(self) -> LayoutFile:
        return loads(self.path.read_text(encoding="utf-8"))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class FlowStore:
    """Files under ``root/<profile>/<client>/``; ``client`` None is the dealer's own PBX."""

    def __init__(self, root: Path, profile: str = "") -> None:
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", profile) or "default"
        self.root = root / safe

    def _dir(self, client: int | None) -> Path:
        return self.root / ("dealer" if client is None else str(client))

    # --- the edit in progress -------------------------------------------------------------
    def save_edit(self, client: int | None, edit: Edit) -> None:
        doc = LayoutFile(edit.edited, edit.positions, {"saved": time.time()})
        text = json.dumps({"base": flow_to_json(edit.base), "edit": json.loads(dumps(doc))},
                          indent=2, sort_keys=True, ensure_ascii=False)
        _write(self._dir(client) / "edit.json", text + "\n")

    def load_edit(self, client: int | None) -> Edit | None:
        path = self._dir(client) / "edit.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            layout = loads(json.dumps(raw["edit"]))
            base = flow_from_json(raw["base"], "base")
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError, LayoutFileError):
            broken = path.with_suffix(f".broken-{int(time.time())}.json")
            path.replace(broken)  # kept for a person to look at, never silently lost
            return None
        return Edit(base, layout.flow, layout.positions,
                    float(layout.meta.get("saved", 0.0) or 0.0))

    def drop_edit(self, client: int | None) -> None:
        (self._dir(client) / "edit.json").unlink(missing_ok=True)

    # --- applied versions -----------------------------------------------------------------
    def add_version(self, client: int | None, flow: Flow,
                    positions: dict[str, tuple[float, float]], note: str = "") -> Version:
        when = time.time()
        millis = int(when * 1000) % 1000
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(when)) + f"-{millis:03d}"
        path = self._dir(client) / "versions" / f"{stamp}.json"
        _write(path, dumps(LayoutFile(flow, positions, {"when": when, "note": note})))
        return Version(path, when, note)

    def versions(self, client: int | None) -> list[Version]:
        """Newest first."""
        out = []
        for path in sorted((self._dir(client) / "versions").glob("*.json"), reverse=True):
            try:
                meta = json.loads(path.read_text(encoding="utf-8")).get("meta", {})
            except (OSError, ValueError):
                continue
            out.append(Version(path, float(meta.get("when", 0.0)), str(meta.get("note", ""))))
        return out
