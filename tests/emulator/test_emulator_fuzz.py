"""Property: whatever a signed client sends to any route, the emulator answers with the API's
JSON (the error shape when it refuses), never a 500, and a refused request changes nothing.

The budget is fixed (derandomized examples, see tests/conftest.py) so it fits in CI; for a
wider search run it with ``HYPOTHESIS_PROFILE=explore`` and ``FUZZ_EXAMPLES=5000``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import quote

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import EmulatorFactory
from zaddesk.api.signing import flatten, sign
from zaddesk.api.spec import known_parameters, operation_for
from zaddesk.emulator.core import ROUTES
from zaddesk.emulator.server import EmulatorServer

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
STAR = "210001"

NASTY = [
    str(2**63), str(2**63 - 1), str(-(2**63)), "9" * 5000, "²", "١٢٣", "٣", "1_0", "0x1A", "+5",
    "1e27", "1e309", "1e999999999", "-1e309", "NaN", "Infinity", "-0", "1.005", "10,50", "0.001",
    "9999-12-31 23:59:59", "0000-00-00 00:00:00", "2026-02-30 12:00:00", "2026-01-01",
    "", " ", "\x00", "true", "false", "null", "[]", "{}", "a" * 3000, "Łódź", "😀", "%00",
    "../../etc/passwd", "<script>", "'; DROP TABLE accounts; --",
]
PLAUSIBLE = [
    "1", "2", "3", "10", "100", "101", "999", "0", "-1", STAR, "210002", "210003", "PLN", "USD",
    "EUR", "on", "off", "true", "false", "json", "xml", "2026-01-01 00:00:00",
    "2026-01-02 00:00:00", "48221234567", "+48600100200", "x@example.com", "pl", "en", "Welcome",
]
JUNK_NAMES = ["id", "user_id", "format", "amount", "number", "page", "sip", "a[b]", "x[][]",
              "numbers", "menu_id", "group_id", "start", "end", "months", "direction_id"]

# Explicit alphabets: hypothesis' full Unicode tables take seconds to build in every run.
ALPHABET = list("aZz09 -_.,+/@:=&?[]%~*'\"\\\t\n\x00łóźŁÓ²³١٢٣٠𝟘😀€\u200b\ufeff")
DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=25)

scalars = st.one_of(
    st.sampled_from(NASTY),
    st.sampled_from(PLAUSIBLE),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.floats().map(repr),
    st.tuples(DIGITS, st.text(alphabet="0123456789", max_size=4)).map(lambda t: ".".join(t)),
    DIGITS,
    st.text(alphabet=ALPHABET, max_size=12),
)
values: st.SearchStrategy[Any] = st.one_of(
    scalars,
    scalars,
    scalars,
    st.lists(scalars, max_size=3),
    st.dictionaries(st.sampled_from(["0", "1", "number", "delay", "x"]),
                    st.one_of(scalars, st.dictionaries(st.sampled_from(["number", "delay"]),
                                                       scalars, max_size=2)),
                    max_size=3),
)


def _names(method: str, template: str) -> list[str]:
    path = re.sub(r"\{\w+\}", "1", template)
    operation = operation_for(method, path)
    names = set(JUNK_NAMES)
    if operation is not None:
        schema, files = operation.request_schema()
        names |= set(known_parameters(schema)) - set(files)
    return sorted(names)


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    params: dict[str, Any]
    encoding: str


PATH_ARGS = st.one_of(
    st.sampled_from(PLAUSIBLE[:11]),
    st.sampled_from(NASTY),
    st.text(alphabet=[c for c in ALPHABET if c not in "/?#%"], min_size=1, max_size=8),
)
ENCODINGS = st.sampled_from(["form", "form", "json", "multipart"])


@cache
def _params_for(method: str, template: str) -> st.SearchStrategy[dict[str, Any]]:
    """Built once per route: building strategies per draw costs more than the requests."""
    return st.dictionaries(st.sampled_from(_names(method, template)), values, max_size=6)


@st.composite
def calls(draw: st.DrawFn) -> Call:
    route = draw(st.sampled_from(ROUTES))
    path = route.template
    for name in re.findall(r"\{(\w+)\}", route.template):
        arg = draw(PATH_ARGS)
        path = path.replace("{" + name + "}", arg.strip() or "x")
    params = dict(draw(_params_for(route.method, route.template)))
    if draw(st.booleans()):
        params["user_id"] = STAR  # act on a real client, to get deep into the handlers
    encoding = "query" if route.method == "GET" else draw(ENCODINGS)
    return Call(route.method, path, params, encoding)


def digest(server: EmulatorServer) -> str:
    """Everything the emulator keeps, as one hash."""
    hashed = hashlib.sha256()
    with server.store.tx() as db:
        # emu_*: worker processes' shared counters (a refused request still counts against
        # the rate limit, as it does in one process's memory); not the API's state.
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'emu_%'"
            " ORDER BY name")]
        for table in tables:
            for row in db.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                hashed.update(repr(tuple(row)).encode())
    return hashed.hexdigest()


def send(http: httpx.Client, server: EmulatorServer, call: Call) -> httpx.Response:
    query, authorization = sign(call.path, call.params, server.key, server.secret)
    headers = {"Authorization": authorization}
    url = server.base_url + quote(call.path, safe="/")
    if call.encoding == "query":
        return http.request(call.method, url + (f"?{query}" if query else ""), headers=headers)
    if call.encoding == "json":
        headers["Content-Type"] = "application/json"
        return http.request(call.method, url, headers=headers,
                            content=json.dumps(call.params).encode())
    if call.encoding == "multipart":
        data = dict(flatten(call.params))
        return http.request(call.method, url, headers=headers, data=data,
                            files={"file": ("x.bin", b"\x00\x01", "application/octet-stream")})
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return http.request(call.method, url, headers=headers, content=query.encode())


def check_answer(server: EmulatorServer, response: httpx.Response, before: str,
                 what: object) -> None:
    assert response.status_code < 500, (what, response.text)
    assert response.headers["content-type"].startswith("application/json"), what
    body = response.json()
    assert isinstance(body, dict) and body.get("status") in ("success", "error"), what
    refused = response.status_code != 200 or body["status"] == "error"
    if refused:
        assert isinstance(body.get("message"), str) and body["message"], what
        assert digest(server) == before, (what, body)


SWEEP = ["²", str(2**63), "1e999999999", "9999-12-31 23:59:59"]


def test_every_parameter_of_every_route_refuses_hostile_values(
    emulator_factory: EmulatorFactory,
) -> None:
    """A fixed sweep, so no route is left to chance: every parameter the spec names for a route
    (and every path argument) at once set to each hostile value, acting on a real client."""
    server = emulator_factory()
    with httpx.Client(timeout=30) as http:
        for route in ROUTES:
            names = _names(route.method, route.template)
            for value in SWEEP:
                path = re.sub(r"\{\w+\}", value, route.template)
                params = {name: value for name in names}
                params["user_id"] = STAR  # a real client, so the handler itself runs
                call = Call(route.method, path, params,
                            "query" if route.method == "GET" else "form")
                before = digest(server)
                check_answer(server, send(http, server, call), before, call)
    assert server.problems == []


def test_every_route_answers_json_and_refusals_change_nothing(
    emulator_factory: EmulatorFactory,
) -> None:
    server = emulator_factory()
    seen: dict[int, int] = {}

    with httpx.Client(timeout=30) as http:

        state: list[str] = []  # the digest after the last request, while known

        @settings(max_examples=EXAMPLES, suppress_health_check=list(HealthCheck))
        @given(call=calls())
        def check(call: Call) -> None:
            # One test thread: the state before a request is the state after the last one,
            # unless that one succeeded (a success may change it).
            before = state.pop() if state else digest(server)
            response = send(http, server, call)
            seen[response.status_code] = seen.get(response.status_code, 0) + 1
            check_answer(server, response, before, call)
            if response.status_code != 200 or response.json()["status"] == "error":
                state.append(before)  # unchanged, as check_answer has just proved

        check()
    assert seen.get(200, 0) > 0 and seen.get(400, 0) > 0, seen  # the search reached handlers
    assert server.problems == []


CONTENT_TYPES = ["application/json", "application/x-www-form-urlencoded", "multipart/form-data",
                 "multipart/form-data; boundary=x", "multipart/form-data; boundary=", "text/plain",
                 "application/json; charset=utf-16", ""]


def test_raw_bodies_before_any_signature_check(emulator_factory: EmulatorFactory) -> None:
    """Bytes from nowhere, unsigned, to every route: still the JSON error, nothing changed."""
    server = emulator_factory()
    with httpx.Client(timeout=30) as http:

        @settings(max_examples=EXAMPLES // 3, suppress_health_check=list(HealthCheck))
        @given(route=st.sampled_from(ROUTES), body=st.binary(max_size=300),
               content_type=st.sampled_from(CONTENT_TYPES), query=st.binary(max_size=60))
        def check(route: Any, body: bytes, content_type: str, query: bytes) -> None:
            before = digest(server)
            path = re.sub(r"\{\w+\}", "1", route.template)
            url = server.base_url + path + "?" + quote(query, safe="=&[]")
            headers = {"Authorization": "nobody:nothing"}
            if content_type:
                headers["Content-Type"] = content_type
            response = http.request(route.method, url, content=body, headers=headers)
            check_answer(server, response, before, (route.template, body, content_type, query))

        check()
    assert server.problems == []
