"""Free numbers of a direction, computed by formula instead of stored.

A direction with 25,000 free numbers would be 25,000 rows; instead slot ``i`` of a direction maps
to a subscriber number through an affine permutation (distinct for every slot), and only numbers
that were ordered are stored. The number id the API hands out encodes direction and slot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

__all__ = ["NATIONAL_LENGTH", "decode_id", "number_at", "number_id", "slots"]

# Digits after the country code (area code + subscriber), per country; 9 if not listed.
NATIONAL_LENGTH: dict[str, int] = {
    "US": 10, "CA": 10, "GB": 10, "DE": 11, "IT": 10, "AT": 10, "BR": 10, "MX": 10, "AR": 10,
    "JP": 10, "KZ": 10, "TR": 10, "ZA": 9, "BE": 9, "EE": 7, "LT": 8, "LV": 8, "DK": 8,
    "NO": 8, "CY": 8, "MD": 8, "GE": 9, "SI": 8, "IL": 9, "IE": 9, "CO": 10, "GR": 10, "FI": 9,
}
_STEP = 7919  # odd and not a multiple of 5: coprime with 8 * 10**k


def subscriber_length(country: str, area_code: str) -> int:
    return max(4, NATIONAL_LENGTH.get(country, 9) - len(area_code))


def number_at(direction: Any, slot: int) -> str:
    """The full number (country code first, no ``+``) of a direction's free slot."""
    length = subscriber_length(direction["country"], direction["area_code"])
    span = 8 * 10 ** (length - 1)
    subscriber = 2 * 10 ** (length - 1) + (int(direction["salt"]) + slot * _STEP) % span
    return f"{direction['country_code']}{direction['area_code']}{subscriber}"


def number_id(direction_id: int, slot: int) -> str:
    return str(direction_id * 1_000_000 + slot)


def decode_id(raw: str) -> tuple[int, int] | None:
    if not re.fullmatch(r"[0-9]{7,18}", raw):
        return None
    value = int(raw)
    return value // 1_000_000, value % 1_000_000


def slots(
    direction: Any, taken: set[int], mask: str = "", limit: int = 50
) -> Iterator[tuple[int, str]]:
    """Free ``(slot, number)`` pairs in slot order, those containing ``mask`` if given."""
    length = subscriber_length(direction["country"], direction["area_code"])
    span = 8 * 10 ** (length - 1)
    low = 2 * 10 ** (length - 1)
    salt = int(direction["salt"])
    prefix = f"{direction['country_code']}{direction['area_code']}"
    found = 0
    for slot in range(int(direction["available"])):
        if slot in taken:
            continue
        number = prefix + str(low + (salt + slot * _STEP) % span)
        if mask and mask not in number:
            continue
        yield slot, number
        found += 1
        if found >= limit:
            return
