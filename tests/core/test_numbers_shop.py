"""The shop's core: the catalogue cache and its age, the local filter, the whole-country search."""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from zaddesk.api.client import Zadarma
from zaddesk.core.catalog import AVAILABLE_TTL, CATALOGUE_TTL, Catalog, CatalogCache
from zaddesk.core.numbers import (
    FilterError,
    NumberFilter,
    NumberIndex,
    ShopNumber,
    check_mask,
    nice_spans,
    search_country,
)
from zaddesk.emulator.server import EmulatorServer

STAR = 210001


class Counting(httpx.AsyncBaseTransport):
    """Counts requests by path, so "a second look costs no request" can be checked."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.paths: Counter[str] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths[request.url.path] += 1
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def counting() -> Counting:
    return Counting()


@pytest_asyncio.fixture
async def api(emulator: EmulatorServer, counting: Counting) -> AsyncIterator[Zadarma]:
    async with Zadarma(
        emulator.base_url, emulator.key, emulator.secret, http_transport=counting
    ) as client:
        yield client


def row(number: str, cc: int = 2, area: int = 4) -> ShopNumber:
    return ShopNumber(number, "1", 1001, cc, area)


# -- the local filter ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("", {"48221234567", "48227770000", "48225121212", "48612345600"}),
        ("777", {"48227770000"}),
        ("22 12", {"48221234567"}),
        ("^512", {"48225121212"}),  # the subscriber part starts with 512
        ("22*", {"48221234567", "48227770000", "48225121212"}),  # national part starts 22
        ("*00", {"48227770000", "48612345600"}),
        ("600$", {"48612345600"}),
        ("34x6", {"48221234567", "48612345600"}),
        ("2?2?", {"48221234567", "48225121212"}),  # 2123 and 2121
        ("^61*00", {"48612345600"}),
    ],
)
def test_filter_kinds(text: str, hits: set[str]) -> None:
    rows = [row("48221234567"), row("48227770000"), row("48225121212"), row("48612345600")]
    found = {rows[i].number for i in NumberFilter.parse(text).select(rows)}
    assert found == hits


def test_nice_numbers_and_their_spans() -> None:
    rows = [row("48221234567"), row("48227770000"), row("48225121212"), row("48229305718"),
            row("48229876301"), row("48223388100")]
    nice = NumberFilter.parse("", nice=True)
    assert [rows[i].number for i in nice.select(rows)] == [
        "48221234567", "48227770000", "48225121212", "48229876301", "48223388100"]
    assert nice_spans("48227770000", 4) == [(4, 7), (7, 11)]
    assert nice.spans(rows[0]) == [(4, 11)]  # 1234567, one ladder
    both = NumberFilter.parse("*00", nice=True)
    assert [rows[i].number for i in both.select(rows)] == ["48227770000", "48223388100"]
    assert both.spans(rows[1]) == [(4, 11)]


def test_highlight_spans_of_each_kind() -> None:
    assert NumberFilter.parse("12").spans(row("48121212")) == [(2, 8)]
    assert NumberFilter.parse("2x4").spans(row("48221234567")) == [(5, 8)]
    assert NumberFilter.parse("^123").spans(row("48221234567")) == [(4, 7)]
    assert NumberFilter.parse("*67").spans(row("48221234567")) == [(9, 11)]


@pytest.mark.parametrize("text", ["22a", "abc", "2-2!", "ł"])
def test_bad_filter_text_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(FilterError) as caught:
        NumberFilter.parse(text)
    assert caught.value.reason == "filter_chars"


def test_mask_is_digits_only() -> None:
    assert check_mask(" +48 22 ") == "4822"
    with pytest.raises(FilterError):
        check_mask("22x")


def test_filter_over_ten_thousand_numbers_matches_a_plain_scan() -> None:
    rng = random.Random(7)
    rows = [row(f"4822{rng.randrange(10**7):07d}") for _ in range(6_000)]
    rows += [ShopNumber(f"1{rng.choice(['212', '907'])}{rng.randrange(10**7):07d}", "1", 5, 1, 4)
             for _ in range(6_000)]
    index = NumberIndex(rows[:100])
    index.extend(rows[100:])  # streamed in, as a search does
    for text in ("77", "^5", "*00", "1x1", "12*34", "^22*00", "x", "^9", "0$", "^1212"):
        for nice in (False, True):
            flt = NumberFilter.parse(text, nice=nice)
            plain = [i for i, r in enumerate(rows) if flt.matches(r)]
            assert flt.select(rows) == plain
            assert flt.select(index.rows, index) == plain, (text, nice)
    assert NumberFilter.parse("77").select(rows) == [
        i for i, r in enumerate(rows) if "77" in r.number]


# -- the catalogue cache ---------------------------------------------------------------------


@pytest.mark.asyncio
async def test_second_look_costs_no_request_until_it_expires(
    api: Zadarma, counting: Counting, tmp_path: Path
) -> None:
    clock = Clock()
    catalog = Catalog(api, CatalogCache(tmp_path / "c.sqlite3", clock=clock))
    first = await catalog.countries("pl")
    assert not first.from_cache and "Polska" in {c.name for c in first.value}
    again = await catalog.countries("pl")
    assert again.from_cache and again.value == first.value
    assert again.fetched_at == first.fetched_at == clock.now
    assert counting.paths["/v1/direct_numbers/countries/"] == 1
    english = await catalog.countries("en")
    assert not english.from_cache and "Poland" in {c.name for c in english.value}

    pln = await catalog.directions("PL", "pl", "PLN", user_id=STAR)
    assert {d.currency for d in pln.value} == {"PLN"}
    usd = await catalog.directions("PL", "pl", "USD")
    assert {d.currency for d in usd.value} == {"USD"}  # the dealer's own prices
    assert (await catalog.directions("PL", "pl", "PLN", user_id=STAR)).from_cache
    free = await catalog.available(1001, "22")
    assert (await catalog.available(1001, "22")).value == free.value
    assert counting.paths["/v1/direct_numbers/available/1001/"] == 1

    clock.now += AVAILABLE_TTL + 1
    assert not (await catalog.available(1001, "22")).from_cache
    assert (await catalog.directions("PL", "pl", "PLN", user_id=STAR)).from_cache
    clock.now += CATALOGUE_TTL
    assert not (await catalog.directions("PL", "pl", "PLN", user_id=STAR)).from_cache
    assert (await catalog.available(1001, "22", refresh=False)).from_cache is False
    refreshed = await catalog.available(1001, "22", refresh=True)
    assert not refreshed.from_cache
    catalog.forget_available(1001)
    assert catalog.peek_available(1001, "22") is None


@pytest.mark.asyncio
async def test_cache_survives_a_reopen(api: Zadarma, tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = CatalogCache(path)
    await Catalog(api, cache).countries("en")
    cache.close()
    reopened = Catalog(api, CatalogCache(path))
    assert (await reopened.countries("en")).from_cache


# -- the whole-country search ----------------------------------------------------------------


@pytest.mark.asyncio
async def test_country_search_streams_cancels_and_reruns_from_cache(
    api: Zadarma, counting: Counting, tmp_path: Path
) -> None:
    catalog = Catalog(api, CatalogCache(tmp_path / "c.sqlite3"))
    directions = (await catalog.directions("US", "en", "USD")).value
    assert len(directions) >= 50
    seen = []
    async with contextlib.aclosing(search_country(catalog, directions, "5", workers=3)) as run:
        async for update in run:
            seen.append(update)
            if update.done == 12:
                break  # the rep pressed Cancel
    await asyncio.sleep(0.5)  # what was on the wire lands (in the cache), nothing more goes
    assert [u.done for u in seen] == list(range(1, 13))
    assert all(u.total == len(directions) and not u.cached for u in seen)
    asked = counting.paths.copy()
    searched = sum(v for k, v in asked.items() if k.startswith("/v1/direct_numbers/available/"))
    assert 12 <= searched <= 15  # the workers stopped; at most one request each was in flight

    rest = [u async for u in search_country(catalog, directions, "5", workers=3)]
    assert len(rest) == len(directions)
    assert sum(1 for u in rest if u.cached) >= 12
    assert rest[-1].done == rest[-1].total == len(directions)
    assert rest[-1].found == sum(len(u.numbers) for u in rest) > 0
    assert all("5" in n.number for u in rest for n in u.numbers)
    assert {u.direction.id for u in rest} == {d.id for d in directions}
    assert all(u.eta is not None for u in rest if not u.cached)
    assert rest[-1].eta == 0

    before = sum(counting.paths.values())
    again = [u async for u in search_country(catalog, directions, "5")]
    assert all(u.cached for u in again) and sum(counting.paths.values()) == before
    assert again[-1].found == rest[-1].found
