"""The server side of Zadarma request signing, written independently of ``zaddesk.api.signing``.

The real server is PHP: it parses the received query or form into ``$_GET``/``$_POST`` (with
``a[0][b]`` keys becoming nested arrays), sorts the top level by key and rebuilds the string with
``http_build_query(..., PHP_QUERY_RFC1738)``. We do the same, so a client whose string differs by a
single byte from PHP's (``~`` left bare, keys unsorted, brackets unencoded) fails here as it would
there. Two implementations that agree are the point; do not import the client's.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from typing import Any
from urllib.parse import unquote_plus, unquote_to_bytes

__all__ = [
    "expected_signature",
    "parse_pairs",
    "parse_pairs_bytes",
    "php_build_query",
    "php_parse",
    "split_header",
]

_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")
_BRACKETS = re.compile(r"\[([^\]]*)\]")
_INT_KEY = re.compile(r"-?[0-9]{1,18}")

# PHP's parsed arrays keep insertion order; a nested node is a dict with string keys.
Nested = dict[str, Any]


def parse_pairs(raw: str) -> list[tuple[str, str]]:
    """Split a urlencoded string into decoded pairs, keeping blanks and order, as PHP reads it."""
    pairs: list[tuple[str, str]] = []
    if not raw:
        return pairs
    for part in raw.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        pairs.append((unquote_plus(name), unquote_plus(value)))
    return pairs


def parse_pairs_bytes(raw: bytes) -> list[tuple[str, str]]:
    """``parse_pairs`` over the bytes on the wire (a query may hold raw UTF-8, as browsers and
    nginx allow); raises ``UnicodeDecodeError`` unless every name and value is UTF-8."""
    pairs: list[tuple[str, str]] = []
    for part in raw.split(b"&"):
        if not part:
            continue
        name, _, value = part.partition(b"=")
        pairs.append((_unquote(name), _unquote(value)))
    return pairs


def _unquote(raw: bytes) -> str:
    return unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")


def _mangle(head: str) -> str:
    """PHP turns spaces and dots in a top-level name into underscores (``a.b`` -> ``a_b``)."""
    return head.lstrip(" ").replace(" ", "_").replace(".", "_")


def _split_key(name: str) -> list[str] | None:
    """``a[0][b]`` -> ``["a", "0", "b"]``; None for a name PHP drops (empty)."""
    head, bracket, rest = name.partition("[")
    if not head.strip(" "):
        return None
    if not bracket:
        return [_mangle(head)]
    parts = [_mangle(head)]
    pos = 0
    rest = "[" + rest
    for match in _BRACKETS.finditer(rest):
        if match.start() != pos:
            break
        parts.append(match.group(1))
        pos = match.end()
    if pos == 0:
        # An unmatched "[" becomes "_" and the rest of the name is kept as it is.
        return [_mangle(head) + "_" + rest[1:]]
    return parts


def php_parse(pairs: list[tuple[str, str]]) -> Nested:
    """Rebuild PHP's ``parse_str`` result: nested dicts, ``[]`` appends, later keys win."""
    root: Nested = {}
    for name, value in pairs:
        keys = _split_key(name)
        if keys is None:
            continue
        node: Nested = root
        for depth, key in enumerate(keys):
            last = depth == len(keys) - 1
            if key == "" and depth > 0:
                key = str(_next_index(node))
            if last:
                node[key] = value
            else:
                child = node.get(key)
                if not isinstance(child, dict):
                    child = {}
                    node[key] = child
                node = child
    return root


def _next_index(node: Nested) -> int:
    # PHP's integer keys: ASCII digits within 64 bits ("²" or a 30-digit key is a string key).
    numeric = [int(k) for k in node if _INT_KEY.fullmatch(k)]
    return max(numeric) + 1 if numeric else 0


def _encode(text: str) -> str:
    out: list[str] = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        if char in _SAFE:
            out.append(char)
        elif byte == 0x20:
            out.append("+")
        else:
            out.append(f"%{byte:02X}")
    return "".join(out)


def _emit(prefix: str, value: Any, out: list[str]) -> None:
    if isinstance(value, dict):
        for sub, item in value.items():
            _emit(f"{prefix}[{sub}]", item, out)
    else:
        out.append(f"{_encode(prefix)}={_encode(str(value))}")


def php_build_query(params: Nested) -> str:
    """``http_build_query(ksort($params), '', '&', PHP_QUERY_RFC1738)`` over parsed params."""
    out: list[str] = []
    for key in sorted(params, key=lambda k: k.encode("utf-8")):
        _emit(key, params[key], out)
    return "&".join(out)


def expected_signature(path: str, query: str, secret: str) -> str:
    md5 = hashlib.md5(query.encode("utf-8")).hexdigest()
    mac = hmac.new(secret.encode("utf-8"), (path + query + md5).encode("utf-8"), hashlib.sha1)
    return base64.b64encode(mac.hexdigest().encode("ascii")).decode("ascii")


def split_header(header: str | None) -> tuple[str, str] | None:
    """``key:signature`` -> the two halves; None when the header is absent or malformed."""
    if not header:
        return None
    key, sep, sig = header.strip().partition(":")
    if not sep or not key or not sig:
        return None
    return key.strip(), sig.strip()


def signature_ok(path: str, params: Nested, secret: str, given: str) -> bool:
    expected = expected_signature(path, php_build_query(params), secret)
    return hmac.compare_digest(expected.encode("ascii"), given.encode("utf-8", "replace"))
