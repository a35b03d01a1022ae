"""Request signing exactly as Zadarma's PHP server computes it.

The server rebuilds the query with ``http_build_query(ksort($params), '', '&',
PHP_QUERY_RFC1738)`` and compares HMACs, so every byte of that string matters: we
reproduce PHP's encoder rather than Python's ``urlencode`` (which keeps ``~`` bare).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

__all__ = ["build_query", "flatten", "php_urlencode", "scalar", "sign", "signature"]

_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")


def php_urlencode(text: str) -> str:
    """PHP ``urlencode``: RFC 1738, space as ``+``, everything else but ``A-Za-z0-9-_.`` as %XX."""
    out: list[str] = []
    for byte in text.encode():
        if byte in _UNRESERVED:
            out.append(chr(byte))
        elif byte == 0x20:
            out.append("+")
        else:
            out.append(f"%{byte:02X}")
    return "".join(out)


def scalar(value: Any) -> str:
    """A parameter value as PHP would print it (``True`` -> ``1``, ``10.0`` -> ``10``)."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"  # fixed point: 1E+3 is sent as 1000
    return str(value)


def flatten(params: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Yield ``(key, value)`` pairs in PHP order: top level byte-sorted, nested kept as given.

    ``None`` is dropped at every depth, like PHP's ``http_build_query`` drops ``null``;
    lists and dicts become ``key[0][sub]`` keys.
    """
    # Code-point order is UTF-8 byte order, which is how PHP compares non-numeric keys.
    for key in sorted(params):
        yield from _walk(str(key), params[key])


def _walk(prefix: str, value: Any) -> Iterator[tuple[str, str]]:
    if value is None:
        return
    if isinstance(value, Mapping):
        for sub, item in value.items():
            yield from _walk(f"{prefix}[{sub}]", item)
    elif isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray):
        for index, item in enumerate(value):
            yield from _walk(f"{prefix}[{index}]", item)
    else:
        yield prefix, scalar(value)


def build_query(params: Mapping[str, Any] | None) -> str:
    """The exact query string that is both signed and sent."""
    if not params:
        return ""
    return "&".join(f"{php_urlencode(k)}={php_urlencode(v)}" for k, v in flatten(params))


def signature(path: str, query: str, secret: str) -> str:
    """base64 of the lowercase hex HMAC-SHA1 of ``path + query + md5(query)``."""
    digest_md5 = hashlib.md5(query.encode()).hexdigest()
    mac = hmac.new(secret.encode(), (path + query + digest_md5).encode(), hashlib.sha1)
    return base64.b64encode(mac.hexdigest().encode()).decode()


def sign(path: str, params: Mapping[str, Any] | None, key: str, secret: str) -> tuple[str, str]:
    """Return ``(query, authorization_header_value)`` for a request to ``path``."""
    query = build_query(params)
    return query, f"{key}:{signature(path, query, secret)}"
