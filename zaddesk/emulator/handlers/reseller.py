"""Dealer methods: registration (three outcomes), clients, contact phones, money and API keys.

Registration outcome is chosen from the e-mail's local part, so a test or a demo can get each:
``name+link@...`` waits for the client's e-mail link (``POST /_emulator/click_link``),
``name+code@...`` waits for the dealer to confirm with the e-mailed code, anything else is
active at once.
"""

from __future__ import annotations

import math
import re
import secrets
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from zaddesk.emulator.catalog import LANGUAGES, PACKAGE_TARIFFS, RATES, TARIFFS, convert
from zaddesk.emulator.core import Clock, Ctx, Fail, new_code, route
from zaddesk.emulator.handlers import documents
from zaddesk.emulator.handlers.common import (
    USER_COLUMNS,
    charge,
    client_of,
    credit,
    fmt_money,
    new_keys,
    num,
    user_counts,
    user_json,
)

PAGE_SIZE = 50
FIRST_CLIENT_ID = 210001
CODE_TTL = 600.0
MAX_PHONES = 5
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def registration_outcome(email: str) -> str:
    """``immediate``, ``link`` or ``code``: the tag after the last ``+`` of the local part."""
    local = email.split("@", 1)[0].lower()
    if "+" in local:
        tag = local.rsplit("+", 1)[1]
        if tag in ("link", "code"):
            return tag
    return "immediate"


def tariff_ids() -> set[int]:
    ids = {t[0] for t in TARIFFS}
    for _pid, _name, items in PACKAGE_TARIFFS:
        ids.update(t[0] for t in items)
    return ids


def create_client(
    db: sqlite3.Connection,
    clock: Clock,
    dealer_id: int,
    *,
    email: str,
    first_name: str,
    last_name: str = "",
    organization: str = "",
    country: str = "PL",
    city: str = "",
    phone: str = "",
    language: str = "pl",
    currency: str = "USD",
    tariff_id: int = 1,
    state: str = "active",
    reg_code: str | None = None,
    keys: tuple[str, str] | None = None,
    created: str | None = None,
) -> int:
    """Insert a client account with one SIP login; return its id."""
    key, secret = keys or new_keys()
    top = db.execute("SELECT MAX(id) FROM accounts").fetchone()[0] or 0
    cur = db.execute(
        "INSERT INTO accounts (id, kind, dealer_id, email, first_name, last_name, organization,"
        " country, city, phone, language, currency, tariff_id, balance, state, reg_code,"
        " created, api_key, api_secret) VALUES (?,'client',?,?,?,?,?,?,?,?,?,?,?,'0',?,?,?,?,?)",
        (
            max(int(top) + 1, FIRST_CLIENT_ID), dealer_id, email, first_name, last_name,
            organization, country, city, phone,
            language, currency, tariff_id, state, reg_code, created or clock.stamp(), key, secret,
        ),
    )
    account_id = int(cur.lastrowid or 0)
    row = db.execute("SELECT MAX(CAST(id AS INTEGER)) FROM sips").fetchone()
    sip_id = str(max(int(row[0] or 0) + 1, 40001))
    display = (f"{first_name} {last_name}".strip() or email)[:40]
    db.execute(
        "INSERT INTO sips (id, account_id, display_name, lines, password) VALUES (?,?,?,3,?)",
        (sip_id, account_id, display, secrets.token_urlsafe(9)),
    )
    create_main_group(db, account_id)
    return account_id


def create_main_group(db: sqlite3.Connection, account_id: int) -> None:
    """Every account has a main document group (id 0 in the API), prefilled from the account."""
    row = db.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()
    data = {
        "email": row["email"],
        "salutation": "COMPANY" if row["organization"] else "MR",
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "organization": row["organization"],
        "country": row["country"],
        "city": row["city"],
        "phone": row["phone"],
    }
    documents.create_group(db, account_id, {k: v for k, v in data.items() if v})


@route("POST", "/v1/reseller/users/registration/new/", dealer_only=True)
def registration_new(ctx: Ctx) -> dict[str, Any]:
    email = ctx.text("email")
    if not EMAIL_RE.fullmatch(email):
        raise Fail("Parameter 'email' is not a valid e-mail address")
    first_name = ctx.text("first_name")
    country = ctx.text("country").upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise Fail("Parameter 'country' must be an ISO 3166-1 alpha-2 code")
    currency = ctx.text("currency", ctx.caller["currency"]).upper()
    if currency not in RATES:
        raise Fail(f"Currency {currency} is not available; see /v1/info/lists/currencies/")
    language = ctx.choice("language", LANGUAGES, "en")
    tariff_id = ctx.integer("tariff", 1)
    if tariff_id not in tariff_ids():
        raise Fail(f"Unknown price plan {tariff_id}; see /v1/info/lists/tariffs/")
    phone = ""
    if ctx.has("phone"):
        phone = ctx.phone("phone")
    taken = ctx.db.execute(
        "SELECT 1 FROM accounts WHERE lower(email) = lower(?)", (email,)
    ).fetchone()
    if taken:
        raise Fail(f"A user with e-mail {email} is already registered")
    outcome = registration_outcome(email)
    code = new_code() if outcome == "code" else secrets.token_hex(8) if outcome == "link" else None
    user_id = create_client(
        ctx.db,
        ctx.clock,
        ctx.caller["id"],
        email=email,
        first_name=first_name,
        last_name=ctx.text("last_name", ""),
        organization=ctx.text("organization", ""),
        country=country,
        city=ctx.text("city", ""),
        phone=phone,
        language=language,
        currency=currency,
        tariff_id=tariff_id,
        state={"immediate": "active", "link": "wait_link", "code": "wait_code"}[outcome],
        reg_code=code,
    )
    if outcome == "immediate":
        return {
            "status": "success",
            "user_id": user_id,
            "message": "You registered a new user in the system.",
        }
    assert code is not None
    if outcome == "link":
        link = f"{ctx.base_url}/_emulator/click_link?email={quote(email)}"
        ctx.send(
            email, "email",
            f"Welcome to Zadarma! Confirm your registration by opening {link}", "",
        )  # nothing to type: the token is in the link
        return {
            "status": "success",
            "message": "A confirmation link has been sent to the user's e-mail; the account"
            " becomes active when the user opens it.",
        }
    ctx.send(email, "email", f"Your Zadarma registration code is {code}", code)
    return {
        "status": "success",
        "message": "A confirmation code has been sent to the user's e-mail; confirm the"
        " registration with /v1/reseller/users/registration/confirm/.",
    }


@route("POST", "/v1/reseller/users/registration/confirm/", dealer_only=True)
def registration_confirm(ctx: Ctx) -> dict[str, Any]:
    email = ctx.text("email")
    code = ctx.text("code")
    row = ctx.db.execute(
        "SELECT * FROM accounts WHERE lower(email) = lower(?) AND dealer_id = ?",
        (email, ctx.caller["id"]),
    ).fetchone()
    if row is None:
        raise Fail(f"No registration for {email}")
    if row["state"] == "active":
        raise Fail(f"The registration of {email} is already confirmed")
    if row["state"] != "wait_code":
        raise Fail(f"{email} confirms by the link in the e-mail, not with a code")
    if code != row["reg_code"]:
        raise Fail("Wrong confirmation code")
    ctx.db.execute("UPDATE accounts SET state='active', reg_code=NULL WHERE id = ?", (row["id"],))
    return {"status": "success", "user_id": int(row["id"])}


@route("GET", "/v1/reseller/users/list/", dealer_only=True)
def users_list(ctx: Ctx) -> dict[str, Any]:
    page = ctx.integer("page", 1)
    if page < 1:
        raise Fail("Parameter 'page' must be 1 or more")
    total = int(
        ctx.db.execute(
            "SELECT COUNT(*) FROM accounts WHERE dealer_id = ?", (ctx.caller["id"],)
        ).fetchone()[0]
    )
    rows = ctx.db.execute(
        f"SELECT {USER_COLUMNS} FROM accounts WHERE dealer_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (ctx.caller["id"], PAGE_SIZE, min(page - 1, total) * PAGE_SIZE),
    ).fetchall()
    counts = user_counts(ctx.db, [r["id"] for r in rows])
    return {
        "status": "success",
        "total": total,
        "total_pages": max(1, math.ceil(total / PAGE_SIZE)),
        "page": page,
        "users": [user_json(ctx.db, r, counts[r["id"]]) for r in rows],
    }


@route("GET", "/v1/reseller/users/find/", dealer_only=True)
def users_find(ctx: Ctx) -> dict[str, Any]:
    dealer = ctx.caller["id"]
    row: sqlite3.Row | None
    if ctx.has("id"):
        row = ctx.db.execute(
            f"SELECT {USER_COLUMNS} FROM accounts WHERE id = ? AND dealer_id = ?",
            (ctx.integer("id"), dealer),
        ).fetchone()
    elif ctx.has("email"):
        row = ctx.db.execute(
            f"SELECT {USER_COLUMNS} FROM accounts WHERE lower(email) = lower(?)"
            " AND dealer_id = ?",
            (ctx.text("email"), dealer),
        ).fetchone()
    elif ctx.has("sip"):
        row = ctx.db.execute(
            f"SELECT {USER_COLUMNS} FROM accounts"
            " WHERE id = (SELECT account_id FROM sips WHERE id = ?) AND dealer_id = ?",
            (ctx.text("sip"), dealer),
        ).fetchone()
    else:
        raise Fail("Give one of the parameters 'id', 'email' or 'sip'")
    if row is None:
        raise Fail("User not found")
    return {"status": "success", "user": user_json(ctx.db, row)}


@route("GET", "/v1/reseller/account/info/", dealer_only=True)
def account_info(ctx: Ctx) -> dict[str, Any]:
    dealer = ctx.db.execute("SELECT * FROM accounts WHERE id = ?", (ctx.caller["id"],)).fetchone()
    return {
        "status": "success",
        "balance": num(Decimal(dealer["balance"])),
        "credit": num(Decimal(dealer["credit"])),
        "currency": dealer["currency"],
        "reseller_fee": 20.0,
        "user_fee": 0.0,
    }


def _currency(ctx: Ctx) -> str:
    currency = ctx.text("currency").upper()
    if currency not in RATES:
        raise Fail(f"Currency {currency} is not supported")
    return currency


def _require_proved_phone(ctx: Ctx, client: sqlite3.Row) -> None:
    proved = ctx.db.execute(
        "SELECT 1 FROM phones WHERE account_id = ? AND is_proved = 1", (client["id"],)
    ).fetchone()
    if not proved:
        raise Fail(
            f"User {client['id']} has no confirmed contact phone; add one and confirm it"
            " (phones/add, phones/prove_by_sms, phones/confirm) before topping up"
        )


def _move(
    ctx: Ctx, payer: sqlite3.Row, payee: sqlite3.Row, amount: Decimal, currency: str, what: str
) -> tuple[Decimal, Decimal]:
    paid = convert(amount, currency, payer["currency"])
    got = convert(amount, currency, payee["currency"])
    if paid <= 0 or got <= 0:
        raise Fail("Amount is too small")
    charge(ctx.db, payer["id"], paid, what)
    credit(ctx.db, payee["id"], got)
    return paid, got


def _dealer(ctx: Ctx) -> sqlite3.Row:
    row: sqlite3.Row = ctx.db.execute(
        "SELECT * FROM accounts WHERE id = ?", (ctx.caller["id"],)
    ).fetchone()
    return row


@route("POST", "/v1/reseller/users/topup/", dealer_only=True)
def topup(ctx: Ctx) -> dict[str, Any]:
    client = client_of(ctx)
    amount = ctx.amount("amount")
    currency = _currency(ctx)
    _require_proved_phone(ctx, client)
    dealer = _dealer(ctx)
    paid, got = _move(ctx, dealer, client, amount, currency, "the top-up")
    return {
        "status": "success",
        "user_topup": {"amount": num(got), "currency": client["currency"]},
        "reseller_withdraw": {"amount": num(paid), "currency": dealer["currency"]},
    }


@route("POST", "/v1/reseller/account/money_transfer/", dealer_only=True)
def money_transfer(ctx: Ctx) -> dict[str, Any]:
    client = client_of(ctx)
    amount = ctx.amount("amount")
    currency = _currency(ctx)
    kind = ctx.choice("type", ["to_user", "to_reseller"])
    dealer = _dealer(ctx)
    if kind == "to_user":
        _require_proved_phone(ctx, client)
        _move(ctx, dealer, client, amount, currency, "the transfer")
    else:
        _move(ctx, client, dealer, amount, currency, "the transfer")
    after = {
        r["id"]: r
        for r in ctx.db.execute(
            "SELECT id, balance, currency FROM accounts WHERE id IN (?, ?)",
            (client["id"], dealer["id"]),
        )
    }
    return {
        "status": "success",
        "user": {
            "balance": fmt_money(Decimal(after[client["id"]]["balance"])),
            "currency": client["currency"],
        },
        "reseller": {
            "balance": fmt_money(Decimal(after[dealer["id"]]["balance"])),
            "currency": dealer["currency"],
        },
    }


# --- contact phones -----------------------------------------------------------------------


def _phone_row(ctx: Ctx, client: sqlite3.Row, number: str) -> sqlite3.Row:
    row: sqlite3.Row | None = ctx.db.execute(
        "SELECT * FROM phones WHERE account_id = ? AND number = ?", (client["id"], number)
    ).fetchone()
    if row is None:
        raise Fail(f"Number {number} is not among the user's contact phones; add it first")
    return row


def _phone_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": int(row["id"]), "number": row["number"], "is_proved": bool(row["is_proved"])}


@route("GET", "/v1/reseller/users/phones/", dealer_only=True)
def phones_list(ctx: Ctx) -> dict[str, Any]:
    client = client_of(ctx, active=False)
    rows = ctx.db.execute(
        "SELECT * FROM phones WHERE account_id = ? ORDER BY id", (client["id"],)
    ).fetchall()
    return {"status": "success", "list": [_phone_json(r) for r in rows]}


@route("POST", "/v1/reseller/users/phones/add/", dealer_only=True)
def phones_add(ctx: Ctx) -> dict[str, Any]:
    client = client_of(ctx)
    number = ctx.phone()
    rows = ctx.db.execute(
        "SELECT number FROM phones WHERE account_id = ?", (client["id"],)
    ).fetchall()
    if any(r["number"] == number for r in rows):
        raise Fail(f"Number {number} is already among the user's contact phones")
    if len(rows) >= MAX_PHONES:
        raise Fail(f"A user can have at most {MAX_PHONES} contact phones")
    cur = ctx.db.execute(
        "INSERT INTO phones (account_id, number) VALUES (?, ?)", (client["id"], number)
    )
    if not client["phone"]:
        ctx.db.execute("UPDATE accounts SET phone = ? WHERE id = ?", (number, client["id"]))
    return {"status": "success", "id": int(cur.lastrowid or 0), "number": number,
            "is_proved": False}


@route("POST", "/v1/reseller/users/phones/update/", dealer_only=True)
def phones_update(ctx: Ctx) -> dict[str, Any]:
    client = client_of(ctx)
    phone_id = ctx.integer("id")
    number = ctx.phone()
    row = ctx.db.execute(
        "SELECT * FROM phones WHERE id = ? AND account_id = ?", (phone_id, client["id"])
    ).fetchone()
    if row is None:
        raise Fail(f"Contact phone {phone_id} not found for user {client['id']}")
    clash = ctx.db.execute(
        "SELECT 1 FROM phones WHERE account_id = ? AND number = ? AND id != ?",
        (client["id"], number, phone_id),
    ).fetchone()
    if clash:
        raise Fail(f"Number {number} is already among the user's contact phones")
    if row["number"] != number:
        ctx.db.execute(
            "UPDATE phones SET number = ?, is_proved = 0, code = NULL, code_expires = NULL"
            " WHERE id = ?",
            (number, phone_id),
        )
    updated = ctx.db.execute("SELECT * FROM phones WHERE id = ?", (phone_id,)).fetchone()
    return {"status": "success", **_phone_json(updated)}


def _start_proof(ctx: Ctx, kind: str, speak: Callable[[str], str]) -> dict[str, Any]:
    client = client_of(ctx)
    sent_to = ctx.text("number")
    number = ctx.phone()
    row = _phone_row(ctx, client, number)
    if row["is_proved"]:
        raise Fail(f"Number {number} is already confirmed")
    reuse = ctx.text("confirm_number_reuse", "0")
    elsewhere = ctx.db.execute(
        "SELECT 1 FROM phones WHERE number = ? AND is_proved = 1 AND account_id != ?",
        (number, client["id"]),
    ).fetchone()
    if elsewhere and reuse != "1":
        raise Fail(
            f"Number {number} is already confirmed on another account;"
            " send confirm_number_reuse=1 to confirm it here too"
        )
    code = new_code()
    ctx.db.execute(
        "UPDATE phones SET code = ?, code_expires = ? WHERE id = ?",
        (code, ctx.clock.now() + CODE_TTL, row["id"]),
    )
    ctx.send(sent_to, kind, speak(code), code)
    return {"status": "success", "number": number,
            "message": "Code sent" if kind == "sms" else "Call requested"}


@route("POST", "/v1/reseller/users/phones/prove_by_sms/", dealer_only=True)
def prove_by_sms(ctx: Ctx) -> dict[str, Any]:
    return _start_proof(ctx, "sms", lambda code: f"Zadarma confirmation code: {code}")


@route("POST", "/v1/reseller/users/phones/prove_by_callback/", dealer_only=True)
def prove_by_callback(ctx: Ctx) -> dict[str, Any]:
    if ctx.has("language"):
        ctx.choice("language", LANGUAGES)
    return _start_proof(
        ctx, "call",
        lambda code: "Voice call: your Zadarma confirmation code is " + " ".join(code),
    )


@route("POST", "/v1/reseller/users/phones/confirm/", dealer_only=True)
def phones_confirm(ctx: Ctx) -> dict[str, Any]:
    client = client_of(ctx)
    number = ctx.phone()
    code = ctx.text("code")
    row = _phone_row(ctx, client, number)
    if row["is_proved"]:
        raise Fail(f"Number {number} is already confirmed")
    if not row["code"]:
        raise Fail(f"No code was sent to {number}; call prove_by_sms or prove_by_callback")
    if ctx.clock.now() > float(row["code_expires"]):
        raise Fail("The confirmation code has expired; request a new one")
    if code != row["code"]:
        raise Fail("Wrong confirmation code")
    ctx.db.execute(
        "UPDATE phones SET is_proved = 1, code = NULL, code_expires = NULL WHERE id = ?",
        (row["id"],),
    )
    return {"status": "success", "message": "Phone number confirmed", "number": number}


# --- API keys -----------------------------------------------------------------------------


@route("GET", "/v1/reseller/users/api_key/", dealer_only=True)
def api_key_get(ctx: Ctx) -> dict[str, Any]:
    client = client_of(ctx)
    answer: dict[str, Any] = {
        "status": "success",
        "user_id": int(client["id"]),
        "allow_reset": True,
        "key": client["api_key"],
        "secret": client["api_secret"],
    }
    if client["key_last_request"]:
        answer["last_request_datetime"] = client["key_last_request"]
    return answer


@route("POST", "/v1/reseller/users/api_key/", dealer_only=True)
def api_key_regenerate(ctx: Ctx) -> dict[str, Any]:
    client = client_of(ctx)
    key, secret = new_keys()
    ctx.db.execute(
        "UPDATE accounts SET api_key = ?, api_secret = ?, key_last_request = NULL WHERE id = ?",
        (key, secret, client["id"]),
    )
    return {"status": "success", "user_id": int(client["id"]), "key": key, "secret": secret}
