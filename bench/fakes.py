"""Made-up clients for the benchmarks: the same 5,000 rows wherever a bench needs them."""

from __future__ import annotations

from typing import Any


def fake_users(n: int) -> list[dict[str, Any]]:
    surnames = ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski")
    return [
        {
            "id": 10_000 + i,
            "email": f"client{i}@example.com",
            "first_name": f"Jan{i}",
            "last_name": surnames[i % len(surnames)],
            "organization": f"Org {i % 97}",
            "phone": f"+48601{i:06d}",
            "created": "2024-01-02 03:04:05",
            "last_login": "2024-02-02 03:04:05",
            "balance": f"{i % 500}.{i % 100:02d}",
            "currency": "PLN" if i % 3 else "USD",
            "sips_count": i % 4,
            "is_active": i % 5 != 0,
            "allow_topup": True,
            "allow_api_requests": False,
        }
        for i in range(n)
    ]
