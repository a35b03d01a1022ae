"""Helpers handlers share: money on accounts, the dealer's clients, user rows for the API.

Parameters are read only through the strict parsers (``ctx.integer``, ``ctx.identifier``,
``ctx.path_id``, ``ctx.amount``, ``ctx.stamp``, or ``parse_*`` re-exported here for values found
inside nested parameters): never ``int()``, ``Decimal()`` or ``str.isdigit()`` on request text,
which accept other scripts' digits and numbers SQLite cannot hold.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from decimal import Decimal
from typing import Any

from zaddesk.emulator.core import Ctx, Fail, parse_amount, parse_id, parse_int, parse_stamp

__all__ = [
    "USER_COLUMNS",
    "charge",
    "client_of",
    "fmt_money",
    "new_keys",
    "parse_amount",
    "parse_id",
    "parse_int",
    "parse_stamp",
    "settings",
    "update_settings",
    "user_json",
]


def fmt_money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


def num(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.01")))


def balance_of(db: sqlite3.Connection, account_id: int) -> Decimal:
    row = db.execute("SELECT balance FROM accounts WHERE id = ?", (account_id,)).fetchone()
    return Decimal(row["balance"])


def charge(db: sqlite3.Connection, account_id: int, amount: Decimal, what: str) -> None:
    """Take money from an account; 400 if it has too little (nothing is changed then)."""
    balance = balance_of(db, account_id)
    if balance < amount:
        raise Fail(
            f"Insufficient funds for {what}: {fmt_money(amount)} needed,"
            f" balance is {fmt_money(balance)}"
        )
    db.execute(
        "UPDATE accounts SET balance = ? WHERE id = ?", (str(balance - amount), account_id)
    )


def credit(db: sqlite3.Connection, account_id: int, amount: Decimal) -> None:
    balance = balance_of(db, account_id)
    db.execute(
        "UPDATE accounts SET balance = ? WHERE id = ?", (str(balance + amount), account_id)
    )


def client_of(ctx: Ctx, user_id: int | None = None, *, active: bool = True) -> sqlite3.Row:
    """The dealer's client named by ``user_id`` (400 if it is not theirs)."""
    uid = ctx.identifier("user_id") if user_id is None else user_id
    row: sqlite3.Row | None = ctx.db.execute(
        "SELECT * FROM accounts WHERE id = ? AND dealer_id = ?", (uid, ctx.caller["id"])
    ).fetchone()
    if row is None:
        raise Fail(f"User {uid} not found among your clients")
    if active and row["state"] != "active":
        raise Fail(f"User {uid} has not confirmed the registration yet")
    return row


def new_keys() -> tuple[str, str]:
    return secrets.token_hex(10), secrets.token_hex(10)


def settings(ctx: Ctx, account_id: int | None = None) -> dict[str, Any]:
    aid = ctx.account["id"] if account_id is None else account_id
    row = ctx.db.execute("SELECT settings FROM accounts WHERE id = ?", (aid,)).fetchone()
    data: dict[str, Any] = json.loads(row["settings"])
    return data


def update_settings(ctx: Ctx, changes: dict[str, Any], account_id: int | None = None) -> None:
    aid = ctx.account["id"] if account_id is None else account_id
    data = settings(ctx, aid)
    data.update(changes)
    ctx.db.execute("UPDATE accounts SET settings = ? WHERE id = ?", (json.dumps(data), aid))


def user_counts(db: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[int, int]]:
    """SIP accounts and confirmed phones of each of ``ids``, in two queries for a whole page."""
    marks = ",".join("?" * len(ids))
    sips = dict(db.execute(
        f"SELECT account_id, COUNT(*) FROM sips WHERE account_id IN ({marks})"
        " GROUP BY account_id", ids).fetchall())
    proved = dict(db.execute(
        f"SELECT account_id, COUNT(*) FROM phones WHERE account_id IN ({marks})"
        " AND is_proved = 1 GROUP BY account_id", ids).fetchall())
    return {i: (int(sips.get(i, 0)), int(proved.get(i, 0))) for i in ids}


# What ``user_json`` reads of a client: a page of clients asks for these, not for the
# settings, keys and codes every row also holds.
USER_COLUMNS = ("id, email, first_name, last_name, organization, created, balance, currency,"
                " state, phone, last_login")


def user_json(db: sqlite3.Connection, row: sqlite3.Row,
              counts: tuple[int, int] | None = None) -> dict[str, Any]:
    """A client as ``users/list`` and ``users/find`` describe it (optional fields only if set).

    ``row``: the client's ``USER_COLUMNS``, in that order (read by position: a page of fifty
    clients took twice as long by name). ``counts``: the client's SIP accounts and confirmed
    phones, if already counted."""
    (user_id, email, first_name, last_name, organization, created, balance, currency, state,
     phone, last_login) = row
    sips, proved = counts if counts is not None else user_counts(db, [user_id])[user_id]
    active = state == "active"
    user: dict[str, Any] = {
        "id": str(user_id),
        "email": email,
        "first_name": first_name,
        "last_name": last_name,
        "organization": organization,
        "created": created,
        "balance": fmt_money(Decimal(balance)),
        "currency": currency,
        "sips_count": str(sips),
        "is_active": active,
        "allow_topup": active and proved > 0,
        "allow_api_requests": active,
    }
    if phone:
        user["phone"] = phone
    if last_login:
        user["last_login"] = last_login
    return user
