"""Score one mutmut run: mutants killed per kind, message-only changes counted apart.

A mutant "changes only a message" when everything it alters is the text of a string literal
written for people (words separated by spaces: an error text, not an error key, a parameter
name, a separator or an SQL statement), the arguments of an exception raised (its type
still counts) or of a logging call.
The score that counts is the share of the other, behaviour-changing mutants that the
module's tests kill; a mutant whose code no test reaches counts as survived. A mutant that
changes only the case of an SQL statement's keywords or names, or of a column read from a
``row`` (a ``sqlite3.Row``), is equivalent (SQLite ignores it) and left out; so is one that
changes only the case of an HTTP method name ("POST" to "post"): the journal writes it in
capitals and HTTP reads it so.

    python scripts/mutation_score.py NAME WORK_DIR SOURCE
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

_PROSE = re.compile(r"[A-Za-z]{2,}[,.:;]?\s+\S")
# Words for people rarely hold SQL keywords in capitals; a query is behaviour, not a message.
_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|PRAGMA|FROM|WHERE|VALUES|JOIN)\b")
_HTTP_METHODS = frozenset({"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"})
_LOG_METHODS = frozenset({"debug", "info", "warning", "error", "exception", "critical"})
_KILLED = {1, 3, 36, 24, -24, 152, 255}  # failed, pytest error, timeout (the mutant hung)
_NO_TESTS = {5, 33}


def _is_prose(text: str) -> bool:
    return bool(_PROSE.search(text)) and not _SQL.search(text)


def _is_log_call(node: ast.AST) -> bool:
    """``log.info(...)`` and the like: what it writes is a message."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in _LOG_METHODS
    )


def _same_sql(a: str, b: str) -> bool:
    """The same SQL but for the case of keywords and names, which SQLite ignores; the
    quoted literals ('unknown') must be the same."""
    return bool(_SQL.search(a)) and a.lower() == b.lower() and (
        re.findall(r"'[^']*'", a) == re.findall(r"'[^']*'", b)
    )


def _only_prose_differs(a: object, b: object) -> bool | None:
    """None: identical (or equivalent SQL); True: only prose strings differ; False: anything
    else differs."""
    if type(a) is not type(b):
        return False
    if isinstance(a, ast.Constant) and isinstance(b, ast.Constant):
        if a.value == b.value and type(a.value) is type(b.value):
            return None
        if isinstance(a.value, str) and isinstance(b.value, str) and _same_sql(a.value, b.value):
            return None
        if (
            isinstance(a.value, str)
            and isinstance(b.value, str)
            and a.value in _HTTP_METHODS
            and b.value.upper() == a.value
        ):
            return None  # an HTTP method in another case
        return isinstance(a.value, str) and isinstance(b.value, str) and _is_prose(a.value)
    if (
        isinstance(a, ast.Subscript)
        and isinstance(b, ast.Subscript)
        and isinstance(a.value, ast.Name)
        and a.value.id == "row"
        and isinstance(a.slice, ast.Constant)
        and isinstance(b.slice, ast.Constant)
        and isinstance(a.slice.value, str)
        and isinstance(b.slice.value, str)
        and a.slice.value.lower() == b.slice.value.lower()
        and ast.dump(a.value) == ast.dump(b.value)
    ):
        return None  # a sqlite3.Row column: its name is looked up ignoring case
    if isinstance(a, ast.AST) and isinstance(b, ast.AST) and _is_log_call(a) and _is_log_call(b):
        assert isinstance(a, ast.Call) and isinstance(b, ast.Call)
        if ast.dump(a.func) != ast.dump(b.func):
            return False
        return None if ast.dump(a) == ast.dump(b) else True
    if (
        isinstance(a, ast.Raise)
        and isinstance(b, ast.Raise)
        and isinstance(a.exc, ast.Call)
        and isinstance(b.exc, ast.Call)
        and ast.dump(a.exc.func) == ast.dump(b.exc.func)
    ):
        # The words of an exception raised (its arguments) are a message; its type is not.
        cause = _only_prose_differs(a.cause, b.cause)
        if cause is False:
            return False
        same = ast.dump(a.exc) == ast.dump(b.exc)
        return None if same and cause is None else True
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return False
        parts = [_only_prose_differs(x, y) for x, y in zip(a, b, strict=True)]
    elif isinstance(a, ast.AST) and isinstance(b, ast.AST):
        parts = [
            _only_prose_differs(getattr(a, f, None), getattr(b, f, None))
            for f in a._fields
            if not (isinstance(a, ast.FunctionDef | ast.AsyncFunctionDef) and f == "name")
        ]
    else:
        return None if a == b else False
    if any(p is False for p in parts):
        return False
    return True if any(p is True for p in parts) else None


def _functions(path: Path) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(path.read_text("utf-8"))
    return {
        node.name: node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def main() -> int:
    name, work, source = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    mutated = work / "mutants" / source
    meta = json.loads(Path(f"{mutated}.meta").read_text("utf-8"))
    codes: dict[str, int | None] = meta["exit_code_by_key"]
    functions = _functions(mutated)
    counts = {kind: {"total": 0, "killed": 0} for kind in ("behaviour", "message")}
    survivors: list[str] = []
    unchecked = 0
    equivalent = 0
    for key, code in sorted(codes.items()):
        func = key.rsplit(".", 1)[-1]
        orig = functions.get(func.rsplit("__mutmut_", 1)[0] + "__mutmut_orig")
        mutant = functions.get(func)
        differs = None if orig is None or mutant is None else _only_prose_differs(orig, mutant)
        if orig is not None and mutant is not None and differs is None:
            equivalent += 1  # e.g. SQL keywords in another case: no test can tell
            continue
        kind = "message" if differs is True else "behaviour"
        if code is None:
            unchecked += 1
            continue
        counts[kind]["total"] += 1
        if code in _KILLED:
            counts[kind]["killed"] += 1
        elif kind == "behaviour":
            why = "no test reaches it" if code in _NO_TESTS else f"exit {code}"
            survivors.append(f"{key} ({why})" if code != 0 else key)
    b, m = counts["behaviour"], counts["message"]
    share = 100.0 * b["killed"] / b["total"] if b["total"] else 100.0
    print(
        f"{name:<11} behaviour: {b['killed']:>4}/{b['total']:<4} killed ({share:5.1f}%)"
        f"   message only: {m['killed']}/{m['total']} killed"
        + (f"   equivalent: {equivalent}" if equivalent else "")
        + (f"   not run: {unchecked}" if unchecked else "")
    )
    for key in survivors:
        print(f"    survived: {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
