"""Route lookup: the index of fixed paths finds exactly what trying every pattern finds."""

from __future__ import annotations

import pytest

import zaddesk.emulator.app  # noqa: F401  (registers every handler)
from zaddesk.emulator.core import ROUTES, Fail, RouteSpec, find_route

METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")


def every_pattern(method: str, path: str) -> tuple[RouteSpec, dict[str, str]] | None:
    """The lookup as it was: each route's pattern in turn, fixed paths first."""
    known = False
    for spec in ROUTES:
        match = spec.pattern.fullmatch(path)
        if match:
            known = True
            if spec.method == method:
                return spec, match.groupdict()
    if known:
        raise Fail("Method not allowed", 405)
    return None


def outcome(lookup: object, method: str, path: str) -> object:
    try:
        return lookup(method, path)  # type: ignore[operator]
    except Fail as fail:
        return fail.status


def paths() -> list[str]:
    found: set[str] = set()
    for spec in ROUTES:
        plain = spec.template.replace("{", "").replace("}", "")
        bare = plain.rstrip("/")
        found.update({plain, bare, bare + "/", bare + "//", plain.upper(),
                      spec.template.replace("{", "x").replace("}", "1")})
    return sorted(found)


@pytest.mark.parametrize("method", METHODS)
def test_the_index_finds_what_every_pattern_finds(method: str) -> None:
    for path in paths():
        assert outcome(find_route, method, path) == outcome(every_pattern, method, path), path


def test_fixed_paths_with_and_without_the_trailing_slash() -> None:
    found = find_route("GET", "/v1/info/balance/")
    assert found is not None and found[0].template.rstrip("/") == "/v1/info/balance"
    assert find_route("GET", "/v1/info/balance") == found
    assert find_route("GET", "/v1/info/balance//") is None
    with pytest.raises(Fail) as refused:
        find_route("DELETE", "/v1/info/balance/")
    assert refused.value.status == 405
