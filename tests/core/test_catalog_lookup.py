"""A direction the shop cached can be found by id alone (the documents page's hand-over)."""

from __future__ import annotations

from pathlib import Path

import msgspec

from zaddesk.api.resources.numbers import Direction
from zaddesk.core.catalog import CatalogCache


def direction(id_: str, name: str) -> Direction:
    return msgspec.convert({"id": id_, "countryCode": "49", "areaCode": "30", "name": name,
                            "connect_fee": "1", "monthly_fee": "2", "currency": "USD",
                            "restrictions": {"upload": ["passport"], "specify": ["address"]}},
                           Direction)


def test_find_direction_by_id(tmp_path: Path) -> None:
    cache = CatalogCache(tmp_path / "catalog.sqlite3")
    cache.put("directions", "DE:en:USD",
              msgspec.json.encode([direction("5", "Berlin"), direction("6", "Hamburg")]))
    cache.put("directions", "PL:en:USD", msgspec.json.encode([direction("7", "Kraków")]))
    cache.put("countries", "en", b"not a direction list")
    found = cache.find_direction(6)
    assert found is not None and found[0] == "DE" and found[1].name == "Hamburg"
    assert found[1].restrictions is not None and found[1].restrictions.upload == ["passport"]
    assert cache.find_direction("7") is not None
    assert cache.find_direction(99) is None
    cache.close()
