"""Handlers read request values only through the strict parsers (``zaddesk/emulator/core.py``).

A static check, so an endpoint added later cannot slip back into ``int(raw)`` after
``raw.isdigit()`` (true for ``²``) or ``Decimal(text)`` (reads ``1_0`` and ``1e999999999``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import zaddesk.emulator

EMULATOR = Path(zaddesk.emulator.__file__).parent
LAX_TESTS = {"isdigit", "isdecimal", "isnumeric"}
CONVERTERS = {"int", "float", "Decimal"}
REQUEST = {"text", "params", "path_args"}  # ctx.text(...), ctx.params[...], ctx.path_args[...]


def _reads_request(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Attribute) and n.attr in REQUEST for n in ast.walk(node))


def test_no_lax_number_parsing_of_request_values() -> None:
    found: list[str] = []
    for source in sorted(EMULATOR.rglob("*.py")):
        if source.name == "core.py" and source.parent == EMULATOR:
            continue  # the strict parsers themselves
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{source.relative_to(EMULATOR)}:{node.lineno}"
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in LAX_TESTS:
                found.append(f"{where}: .{func.attr}() accepts other scripts' digits")
            name = func.id if isinstance(func, ast.Name) else None
            if name in CONVERTERS and any(_reads_request(arg) for arg in node.args):
                found.append(f"{where}: {name}() on a request value; use ctx.integer/amount")
    assert found == []
