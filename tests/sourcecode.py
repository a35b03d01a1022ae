"""Parse our own source files for tests that read code (layers, texts, parsing rules).

``ast.parse`` runs in a fresh thread: on CPython 3.11 the AST constructor checks the calling
thread's recursion depth, and after a test that changed the recursion limit (hypothesis does)
or recursed deeply it can fail with "AST constructor recursion depth mismatch" on a file that
parses fine. A new thread starts from a clean count.
"""

from __future__ import annotations

import ast
import threading
from pathlib import Path

__all__ = ["parse"]


def parse(path: Path) -> ast.Module:
    found: list[ast.Module] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            found.append(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        except BaseException as exc:  # re-raised in the caller's thread
            failed.append(exc)

    worker = threading.Thread(target=run, name="parse-source")
    worker.start()
    worker.join()
    if failed:
        raise failed[0]
    return found[0]
