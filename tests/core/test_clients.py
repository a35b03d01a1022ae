"""The clients cache: instant load and search over what the server last said."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from zaddesk.api.client import Zadarma
from zaddesk.api.ratelimit import RateLimits
from zaddesk.core.clients import (
    COLUMNS,
    ClientRow,
    ClientsCache,
    RefreshProgress,
    lookup_candidates,
    lookup_params,
    matches,
)


def user(i: int, **over: object) -> dict[str, object]:
    data: dict[str, object] = {
        "id": str(1000 + i),
        "email": f"client{i}@example.com",
        "first_name": f"Name{i}",
        "last_name": f"Surname{i}",
        "organization": f"Org {i % 7}",
        "phone": f"4860{i:07d}",
        "created": "2024-01-02 03:04:05",
        "last_login": "2024-02-02 03:04:05",
        "balance": f"{i % 50}.5000",
        "currency": "USD",
        "sips_count": "1",
        "is_active": "true",
        "allow_topup": True,
        "allow_api_requests": "false",
    }
    data.update(over)
    return data


@pytest.fixture
def cache(tmp_path: Path):
    with ClientsCache(tmp_path / "clients.sqlite3") as c:
        yield c


def test_upsert_and_load(cache: ClientsCache) -> None:
    assert cache.upsert([user(i) for i in range(120)]) == 120
    rows = cache.load_all()
    assert len(rows) == 120 == cache.count()
    first = rows[0]
    assert isinstance(first, ClientRow)
    assert first.id == 1000 and first.is_active == 1 and first.allow_api_requests == 0
    assert first.name == "Name0 Surname0"
    assert COLUMNS[0] == "id"
    # an update replaces, never duplicates
    cache.upsert([user(0, email="new@example.com")])
    assert cache.count() == 120
    row = cache.get(1000)
    assert row is not None and row.email == "new@example.com"
    assert cache.get(5) is None


def test_sort_by_any_column(cache: ClientsCache) -> None:
    cache.upsert([user(i) for i in range(30)])
    by_balance = cache.load_all("balance", descending=True)
    balances = [float(r.balance) for r in by_balance]
    assert balances == sorted(balances, reverse=True)
    by_email = cache.load_all("email")
    assert [r.email for r in by_email] == sorted(r.email for r in by_email)
    for column in ("name", "organization", "last_login", "is_active", "phone"):
        assert len(cache.load_all(column)) == 30
    with pytest.raises(ValueError):
        cache.load_all("id; DROP TABLE clients")


def test_search(cache: ClientsCache) -> None:
    cache.upsert([user(i) for i in range(60)])
    cache.upsert(
        [
            user(
                100,
                first_name="Łukasz",
                last_name="Żółć",
                organization="Kowalski & Syn",
                email="lukasz@firma.pl",
                phone="48601234567",
            )
        ]
    )
    assert [r.id for r in cache.search("firma.pl")] == [1100]
    assert [r.id for r in cache.search("łukasz")] == [1100]
    assert [r.id for r in cache.search("ŻÓŁĆ")] == [1100]
    assert [r.id for r in cache.search("kowalski syn")] == [1100]  # every word somewhere
    assert [r.id for r in cache.search("601 234 567")] == [1100]  # digits of a phone
    assert [r.id for r in cache.search("+48 601-234-567")] == [1100]
    assert [r.id for r in cache.search("1100")] == [1100]
    assert len(cache.search("")) == 61
    assert cache.search("100%") == []  # LIKE wildcards are literal
    assert cache.search("_") == []
    assert len(cache.search("org 3", limit=2)) == 2
    for text in ("łukasz", "601 234", "client1@", "org 3", "nothing"):
        expected = {r.id for r in cache.search(text)}
        assert {r.id for r in cache.load_all() if matches(r, text)} == expected, text


def test_lookup_params() -> None:
    assert lookup_params(" a@b.pl ") == {"email": "a@b.pl"}
    assert lookup_params("1234") == {"id": 1234}
    assert lookup_candidates("1234") == [{"id": 1234}, {"sip": "1234"}]
    assert lookup_candidates("  ") == []
    assert lookup_params("00001") == {"sip": "00001"}
    assert lookup_params("123456-100") == {"sip": "123456-100"}


def test_reopen_keeps_rows(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with ClientsCache(path) as c:
        c.upsert([user(1)])
    with ClientsCache(path) as c:
        assert [r.id for r in c.load_all()] == [1001]
        assert c.last_refresh() is None


def test_refresh_from_the_emulator(emulator: Any, tmp_path: Path) -> None:
    """All pages at background priority, progress per page, vanished clients dropped."""
    cache = ClientsCache(tmp_path / "c.sqlite3")
    cache.upsert([user(999_000)])  # a client the server does not know (any more)

    async def go() -> list[RefreshProgress]:
        async with Zadarma(
            emulator.base_url,
            emulator.key,
            emulator.secret,
            rate_limits=RateLimits(general=10_000, statistics=10_000),
        ) as api:
            return [p async for p in cache.refresh(api)]

    progress = asyncio.run(go())
    total = progress[-1].total
    assert total > 50  # the demo dealership needs more than one page
    pages = (total + 49) // 50
    assert [(p.page, p.pages) for p in progress] == [(k, pages) for k in [*range(1, pages), pages]]
    assert progress[-1].done and progress[-1].fraction == 1.0
    assert not any(p.done for p in progress[:-1])
    assert cache.count() == total
    assert cache.get(1_000_000) is None  # user(999_000) has id 1_000_000: dropped
    assert cache.last_refresh() is not None
    cache.close()


def test_refresh_cut_short_keeps_the_table(emulator: Any, tmp_path: Path) -> None:
    cache = ClientsCache(tmp_path / "c.sqlite3")
    cache.upsert([user(999_000)])

    async def go() -> None:
        async with Zadarma(
            emulator.base_url,
            emulator.key,
            emulator.secret,
            rate_limits=RateLimits(general=10_000, statistics=10_000),
        ) as api:
            async for _ in cache.refresh(api):
                break  # the page was closed after the first page

    asyncio.run(go())
    assert cache.get(1_000_000) is not None  # nothing dropped on an incomplete refresh
    assert cache.count() == 51
    assert cache.last_refresh() is None
    cache.close()


def test_find_remote(emulator: Any, tmp_path: Path) -> None:
    cache = ClientsCache(tmp_path / "c.sqlite3")

    async def go() -> None:
        async with Zadarma(
            emulator.base_url,
            emulator.key,
            emulator.secret,
            rate_limits=RateLimits(general=10_000, statistics=10_000),
        ) as api:
            first = (await api.reseller.list_users(1)).users[0]
            found = await cache.find_remote(api, **lookup_params(first.email))
            assert found is not None and found.id == first.id
            assert cache.get(first.id) == found
            by_id = await cache.find_remote(api, **lookup_params(str(first.id)))
            assert by_id is not None and by_id.email == first.email
            assert await cache.find_remote(api, email="nobody@nowhere.example") is None
            assert await cache.lookup(api, "nobody@nowhere.example") is None
            # a SIP login is all digits too: tried after the id
            sip = (await api.sip.list_sips(user_id=first.id)).sips[0].id
            by_sip = await cache.lookup(api, sip)
            assert by_sip is not None and by_sip.id == first.id

    asyncio.run(go())
    cache.close()
