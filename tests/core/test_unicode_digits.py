"""Digits of other scripts are text, not numbers: ``str.isdigit`` says yes to ``²`` and ``١``,
and ``int()`` then raises or reads what the rep did not mean."""

from __future__ import annotations

import pytest

from zaddesk.core.clients import lookup_candidates


@pytest.mark.parametrize("text", ["²", "١٢٣", "𝟘1", "9" * 30])
def test_lookup_of_non_ascii_or_huge_digits_is_a_sip_login(text: str) -> None:
    assert lookup_candidates(text) == [{"sip": text}]
