"""The official OpenAPI spec as a checker of what goes over the wire.

Both sides use it: tests prove that every request the client sends and every answer the
emulator gives fits Zadarma's published description. Wire values are strings (form bodies and
query strings carry no types), so parameters are coerced to the schema's types before
validation, the way the PHP server reads them.

Where the spec is looser than the wire: query parameters are sometimes described as one
``params`` object (OpenAPI ``style: form, explode: true``), whose properties are the real
query keys; ``user_id`` (dealer acting for a client, NOTES.md) and ``format`` (added by the
official SDKs) are accepted on every operation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from openapi_schema_validator import OAS30Validator

from zaddesk.paths import spec_path

__all__ = [
    "Operation",
    "load_spec",
    "operation_for",
    "parse_php_query",
    "validate_request",
    "validate_response",
]

ALWAYS_ALLOWED = frozenset({"user_id", "format"})


@dataclass(frozen=True)
class Operation:
    method: str
    template: str
    pattern: re.Pattern[str]
    raw: Mapping[str, Any] = field(repr=False)

    @property
    def operation_id(self) -> str:
        return str(self.raw.get("operationId", f"{self.method} {self.template}"))

    def path_params(self, path: str) -> dict[str, str]:
        match = self.pattern.fullmatch(_normalise(path))
        return dict(match.groupdict()) if match else {}

    def request_schema(self) -> tuple[dict[str, Any], frozenset[str]]:
        """One object schema for the non-path parameters, and the names of file fields.

        A body described as ``oneOf`` variants (forwarding on/off) becomes ``anyOf`` the variants,
        each with the query parameters merged in; ``properties`` then lists every name any
        variant knows, for the "not in the spec" check.
        """
        query_props: dict[str, Any] = {}
        query_required: list[str] = []
        for param in self.raw.get("parameters", []):
            if param.get("in") != "query":
                continue
            schema = param.get("schema", {})
            if schema.get("type") == "object" and "properties" in schema:
                query_props.update(schema["properties"])
                query_required.extend(schema.get("required", []))
            else:
                query_props[param["name"]] = schema
                if param.get("required"):
                    query_required.append(param["name"])
        variants: list[Mapping[str, Any]] = [{}]
        body = self.raw.get("requestBody")
        if body:
            for content in body.get("content", {}).values():
                schema = content.get("schema", {})
                variants = list(schema.get("oneOf") or schema.get("anyOf") or [schema])
                break
        files: set[str] = set()
        shapes: list[dict[str, Any]] = []
        for variant in variants:
            props = dict(query_props)
            for name, prop in variant.get("properties", {}).items():
                if prop.get("format") == "binary":
                    files.add(name)
                props[name] = prop
            required = sorted(set(query_required) | set(variant.get("required", [])))
            shapes.append({"type": "object", "properties": props, "required": required})
        if len(shapes) == 1:
            return shapes[0], frozenset(files)
        return {"type": "object", "anyOf": shapes}, frozenset(files)


def known_parameters(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Every parameter name a request schema (or any of its variants) describes."""
    names: dict[str, Any] = {}
    for shape in schema.get("anyOf", [schema]):
        for name, prop in shape.get("properties", {}).items():
            names.setdefault(name, prop)
    return names


def _normalise(path: str) -> str:
    path = path.split("?", 1)[0]
    if len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    return path


@cache
def load_spec() -> dict[str, Any]:
    with spec_path().open(encoding="utf-8") as handle:
        spec: dict[str, Any] = json.load(handle)
    return spec


@cache
def _operations() -> tuple[Operation, ...]:
    found: list[Operation] = []
    for template, item in load_spec()["paths"].items():
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
        for method, raw in item.items():
            if method.lower() in {"get", "post", "put", "delete", "patch"}:
                found.append(Operation(method.upper(), template, re.compile(regex), raw))
    # Literal templates before templated ones, so /v1/sip/callerid beats /v1/sip/{sip}.
    found.sort(key=lambda op: op.template.count("{"))
    return tuple(found)


def operation_for(method: str, path: str) -> Operation | None:
    clean = _normalise(path)
    for op in _operations():
        if op.method == method.upper() and op.pattern.fullmatch(clean):
            return op
    return None


def parse_php_query(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Turn ``a[0][b]=x`` pairs back into nested values, as PHP's ``$_POST`` does."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        head, _, rest = key.partition("[")
        parts = [head] + (re.findall(r"([^\[\]]*)\]", "[" + rest) if rest else [])
        node: Any = result
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            if isinstance(node, dict):
                if last:
                    node[part] = value
                else:
                    node = node.setdefault(part, {})
    # Lists arrive as dicts keyed "0", "1"... and become lists here.
    nested: dict[str, Any] = _lists(result)
    return nested


def _lists(value: Any) -> Any:
    if isinstance(value, dict):
        converted = {k: _lists(v) for k, v in value.items()}
        keys = list(converted)
        if keys and all(k.isdigit() for k in keys) and sorted(map(int, keys)) == list(
            range(len(keys))
        ):
            return [converted[str(i)] for i in range(len(keys))]
        return converted
    return value


def _coerce(value: Any, schema: Mapping[str, Any]) -> Any:
    """Read a wire string the way the schema says it is meant (integers, numbers, booleans)."""
    kind = schema.get("type")
    if isinstance(value, str):
        try:
            if kind == "integer" and re.fullmatch(r"-?\d+", value):
                return int(value)
            if kind == "number" and re.fullmatch(r"-?\d+(\.\d+)?", value):
                return float(value) if "." in value else int(value)
        except ValueError:
            return value
        if kind == "boolean" and value in {"1", "0", "true", "false"}:
            return value in {"1", "true"}
        return value
    if isinstance(value, list) and kind == "array":
        items = schema.get("items", {})
        return [_coerce(item, items) for item in value]
    if isinstance(value, dict) and kind == "object":
        props = schema.get("properties", {})
        return {k: _coerce(v, props.get(k, {})) for k, v in value.items()}
    if isinstance(value, dict) and kind == "array":
        return [_coerce(v, schema.get("items", {})) for v in value.values()]
    return value


def _errors(validator: OAS30Validator, instance: Any) -> list[str]:
    messages = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in error.path) or "(root)"
        messages.append(f"{where}: {error.message}")
    return messages


def validate_request(
    method: str,
    path: str,
    params: Mapping[str, Any] | list[tuple[str, str]] | None,
    *,
    file_fields: frozenset[str] | set[str] = frozenset(),
) -> list[str]:
    """Problems with a request as it went over the wire; an empty list means it fits the spec.

    ``params`` may be the nested values the client meant or the raw ``(key, value)`` pairs parsed
    from a query string or form body.
    """
    op = operation_for(method, path)
    if op is None:
        return [f"{method.upper()} {path}: no such operation in the spec"]
    values = parse_php_query(params) if isinstance(params, list) else dict(params or {})
    schema, files = op.request_schema()
    props = known_parameters(schema)
    problems = [
        f"{name}: parameter not in the spec"
        for name in values
        if name not in props and name not in ALWAYS_ALLOWED
    ]
    instance = {k: _coerce(v, props.get(k, {})) for k, v in values.items() if k in props}
    for name in files:
        if name in file_fields:
            instance[name] = "<file>"
    problems.extend(_errors(OAS30Validator(schema), instance))
    return problems


def validate_response(method: str, path: str, status: int, body: Any) -> list[str]:
    """Problems with an answer; the error shape is checked even where the spec names no schema."""
    op = operation_for(method, path)
    if op is None:
        return [f"{method.upper()} {path}: no such operation in the spec"]
    response = op.raw.get("responses", {}).get(str(status))
    if response is None:
        return [f"{op.operation_id}: HTTP {status} is not a documented answer"]
    content: dict[str, Any] = response.get("content", {})
    schema: dict[str, Any] | None = None
    for media in content.values():
        schema = media.get("schema")
        break
    if schema is None:
        if status >= 400:
            schema = _ERROR_SCHEMA
        else:
            return []
    return _errors(OAS30Validator(_lenient(schema)), body)


def _lenient(schema: Any) -> Any:
    """Read ``oneOf`` as ``anyOf``: the spec uses it for "one of these shapes", and an answer
    that happens to fit two of them (an empty list fits several) is still a valid answer."""
    if isinstance(schema, dict):
        return {("anyOf" if k == "oneOf" else k): _lenient(v) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_lenient(item) for item in schema]
    return schema


_ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["status", "message"],
    "properties": {
        "status": {"type": "string", "enum": ["error"]},
        "message": {"type": "string"},
    },
}
