"""Per-key rate limits with the real error JSON and X-RateLimit headers; the clock is injected."""

from __future__ import annotations

from tests.conftest import EmulatorFactory, signed
from zaddesk.emulator import Clock

PERIOD = {"start": "2026-01-01 00:00:00", "end": "2026-01-02 00:00:00"}


def test_general_limit_headers_and_reset(emulator_factory: EmulatorFactory) -> None:
    clock = Clock()
    server = emulator_factory(rate_limit=(3, 60.0), clock=clock)
    remaining = []
    for _ in range(3):
        response = signed(server, "GET", "/v1/info/balance/")
        assert response.status_code == 200
        assert response.headers["X-RateLimit-Limit"] == "3"
        assert 0 < int(response.headers["X-RateLimit-Reset"]) <= 60
        remaining.append(int(response.headers["X-RateLimit-Remaining"]))
    assert remaining == [2, 1, 0]
    refused = signed(server, "GET", "/v1/info/balance/")
    assert refused.status_code == 429
    assert refused.json()["status"] == "error" and refused.json()["message"]
    assert refused.headers["X-RateLimit-Remaining"] == "0"
    clock.advance(30)
    assert 0 < int(signed(server, "GET", "/v1/info/balance/").headers["X-RateLimit-Reset"]) <= 30
    clock.advance(31)
    again = signed(server, "GET", "/v1/info/balance/")
    assert again.status_code == 200 and again.headers["X-RateLimit-Remaining"] == "2"


def test_statistics_have_their_own_lower_limit(emulator_factory: EmulatorFactory) -> None:
    server = emulator_factory(rate_limit=(100, 60.0), stats_rate_limit=(3, 60.0))
    for _ in range(3):
        response = signed(server, "GET", "/v1/statistics/", PERIOD)
        assert response.status_code == 200
        assert response.headers["X-RateLimit-Limit"] == "3"
    assert signed(server, "GET", "/v1/statistics/", PERIOD).status_code == 429
    assert signed(server, "GET", "/v1/statistics/pbx/", {**PERIOD, "version": 2}).status_code == 429
    ordinary = signed(server, "GET", "/v1/info/balance/")
    assert ordinary.status_code == 200 and ordinary.headers["X-RateLimit-Limit"] == "100"


def test_limits_are_per_key_and_bad_signatures_do_not_count(
    emulator_factory: EmulatorFactory,
) -> None:
    server = emulator_factory(rate_limit=(2, 60.0))
    for _ in range(5):
        assert signed(server, "GET", "/v1/info/balance/", secret="wrong").status_code == 401
    keys = signed(server, "GET", "/v1/reseller/users/api_key/", {"user_id": 210001}).json()
    assert signed(server, "GET", "/v1/info/balance/").status_code == 200
    assert signed(server, "GET", "/v1/info/balance/").status_code == 429
    client = signed(server, "GET", "/v1/info/balance/", key=keys["key"], secret=keys["secret"])
    assert client.status_code == 200 and client.headers["X-RateLimit-Remaining"] == "1"
