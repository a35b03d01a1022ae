"""Initial state: the shop catalogue plus either just the dealer (``empty``) or a demo dealership.

Everything comes from a fixed random seed, so two emulators seeded ``demo`` hold the same
clients, numbers and prices (only the dealer key and secret differ unless given).
The catalogue (countries, directions, prices) is part of both seeds: it is the shop, not state.
"""

from __future__ import annotations

import json
import random
import sqlite3
from decimal import Decimal
from typing import Any

from zaddesk.emulator.catalog import (
    COMPANIES,
    COUNTRIES,
    DOC_RULES,
    FIRST_NAMES,
    LAST_NAMES,
    RATES,
    SMS_COUNTRIES,
    US_MORE,
    US_MORE_RULES,
    surname_for,
)
from zaddesk.emulator.core import Clock
from zaddesk.emulator.handlers import documents, numbers, pbx
from zaddesk.emulator.handlers.reseller import create_client, create_main_group
from zaddesk.emulator.store import Store

__all__ = ["DEALER_ID", "SEEDS", "seed"]

SEEDS = ("demo", "empty")
DEALER_ID = 100001
FIRST_CLIENT_ID = 210001
TOLL_FREE = {"ES": "900", "FR": "80", "US": "", "CA": "", "GB": "800", "IT": "800"}
BIG_DIRECTIONS = {("PL", "Warszawa"): 25_000, ("GB", "London"): 12_000, ("DE", "Berlin"): 10_500}


def seed(store: Store, kind: str, key: str, secret: str, clock: Clock) -> None:
    if kind not in SEEDS:
        raise ValueError(f"unknown seed {kind!r}; choose one of {', '.join(SEEDS)}")
    rng = random.Random(20260401)
    with store.tx() as db:
        _catalogue(db, rng)
        db.execute(
            "INSERT INTO accounts (id, kind, email, first_name, last_name, organization,"
            " country, city, phone, language, currency, balance, credit, state, created,"
            " last_login, api_key, api_secret) VALUES (?, 'dealer', ?, ?, ?, ?, 'PL', 'Warszawa',"
            " '48223456789', 'pl', 'USD', ?, '500', 'active', ?, ?, ?, ?)",
            (
                DEALER_ID, "biuro@telepartner.example.pl", "Marek", "Zawadzki",
                "TelePartner Sp. z o.o.", "2500.00" if kind == "demo" else "1000.00",
                "2024-03-01 09:00:00", clock.stamp(-3600), key, secret,
            ),
        )
        db.execute(
            "INSERT INTO sips (id, account_id, display_name, lines, password)"
            " VALUES ('40000', ?, 'TelePartner', 3, ?)",
            (DEALER_ID, f"{rng.getrandbits(48):x}"),
        )
        create_main_group(db, DEALER_ID)
        if kind == "demo":
            _demo(db, rng, clock)


def _catalogue(db: sqlite3.Connection, rng: random.Random) -> None:
    direction_id = 1000
    for position, (iso, code, name_en, name_pl, fee_currency, cities) in enumerate(COUNTRIES):
        db.execute(
            "INSERT INTO countries (iso, code, name_en, name_pl, position) VALUES (?,?,?,?,?)",
            (iso, code, name_en, name_pl, position),
        )
        upload, specify = DOC_RULES.get(iso, ([], []))
        entries = list(cities)
        toll = TOLL_FREE.get(iso, "800")
        if toll:
            entries.append(("Toll-free", toll))
        for city, area in entries:
            direction_id += 1
            is_toll = city == "Toll-free"
            base = Decimal(rng.choice(["1.5", "2", "2.5", "3", "4", "5", "6", "8", "10"]))
            if is_toll:
                base *= 4
            monthly = (base / RATES[fee_currency] * Decimal("1.0")).quantize(Decimal("1"))
            connect = (monthly * Decimal(rng.choice(["0", "0", "1", "2"]))).quantize(
                Decimal("1")
            )
            available = BIG_DIRECTIONS.get(
                (iso, city), rng.choice([0, 4, 12, 35, 80, 150, 400, 1200, 3000])
            )
            db.execute(
                "INSERT INTO directions (id, country, country_code, area_code, name,"
                " connect_fee, monthly_fee, currency, upload, specify, receive_sms, is_toll,"
                " feature, connect_time, available, salt) VALUES"
                " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    direction_id, iso, code, area, city, str(connect), str(monthly),
                    fee_currency, json.dumps(upload), json.dumps(specify),
                    int(iso in SMS_COUNTRIES and not is_toll), int(is_toll),
                    "toll-free" if is_toll else None,
                    "instantly" if not upload else rng.choice(["1-3 days", "3-5 days"]),
                    available, rng.randrange(1_000_000),
                ),
            )
    _more_us(db, direction_id)


def _more_us(db: sqlite3.Connection, direction_id: int) -> None:
    """The extra US cities, with a random stream of their own so nothing else changes."""
    rng = random.Random(20261202)
    for index, (city, area) in enumerate(US_MORE):
        direction_id += 1
        upload, specify = US_MORE_RULES[index % len(US_MORE_RULES)]
        monthly = Decimal(rng.choice(["2", "3", "4", "5", "6"]))
        connect = monthly * Decimal(rng.choice(["0", "0", "1"]))
        db.execute(
            "INSERT INTO directions (id, country, country_code, area_code, name,"
            " connect_fee, monthly_fee, currency, upload, specify, receive_sms, is_toll,"
            " feature, connect_time, available, salt) VALUES"
            " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                direction_id, "US", "1", area, city, str(connect), str(monthly), "USD",
                json.dumps(upload), json.dumps(specify), int(index % 3 != 2), 0, None,
                "instantly" if not upload else rng.choice(["1-3 days", "3-5 days"]),
                rng.choice([40, 150, 600, 2500, 8000]), rng.randrange(1_000_000),
            ),
        )


def _direction(db: sqlite3.Connection, iso: str, city: str) -> sqlite3.Row:
    row: sqlite3.Row = db.execute(
        "SELECT * FROM directions WHERE country = ? AND name = ?", (iso, city)
    ).fetchone()
    return row


def _demo(db: sqlite3.Connection, rng: random.Random, clock: Clock) -> None:
    """A dealership with 64 clients: every onboarding state, PBXs, numbers and documents."""
    keys = [(f"{rng.getrandbits(80):020x}", f"{rng.getrandbits(80):020x}") for _ in range(64)]
    currencies = ["PLN", "PLN", "PLN", "EUR", "USD"]

    def client(index: int, state: str, email: str, **extra: Any) -> int:
        first = FIRST_NAMES[index % len(FIRST_NAMES)]
        last = surname_for(first, LAST_NAMES[(index * 7) % len(LAST_NAMES)])
        day = 1 + index % 27
        return create_client(
            db,
            clock,
            DEALER_ID,
            email=email,
            first_name=extra.pop("first_name", first),
            last_name=extra.pop("last_name", last),
            organization=extra.pop("organization", COMPANIES[index % len(COMPANIES)]),
            country="PL",
            city=rng.choice(["Warszawa", "Kraków", "Gdańsk", "Poznań", "Wrocław", "Łódź"]),
            currency=extra.pop("currency", rng.choice(currencies)),
            tariff_id=rng.choice([1, 1, 5, 5, 7, 201]),
            state=state,
            keys=keys[index],
            created=f"2025-{1 + index % 12:02d}-{day:02d} 10:{index % 60:02d}:00",
            **extra,
        )

    def phone(account_id: int, number: str, proved: bool) -> None:
        db.execute(
            "INSERT INTO phones (account_id, number, is_proved) VALUES (?,?,?)",
            (account_id, number, int(proved)),
        )
        db.execute("UPDATE accounts SET phone = ? WHERE id = ?", (number, account_id))

    def money(account_id: int, amount: str) -> None:
        month, day, hour = rng.randint(1, 10), rng.randint(1, 28), rng.randint(7, 19)
        login = f"2026-{month:02d}-{day:02d} {hour:02d}:12:00"
        db.execute("UPDATE accounts SET balance = ?, last_login = ? WHERE id = ?",
                   (amount, login, account_id))

    # 1. The showcase: active, confirmed phone, money, PBX with menus, numbers, documents.
    star = client(0, "active", "kontakt@zlotyklos.example.pl", first_name="Anna",
                  last_name="Nowak", organization="Piekarnia Złoty Kłos", currency="PLN")
    phone(star, "48501234567", True)
    money(star, "412.50")
    group = documents.create_group(db, star, {
        "email": "kontakt@zlotyklos.example.pl", "salutation": "MS", "first_name": "Anna",
        "last_name": "Nowak", "organization": "Piekarnia Złoty Kłos", "country": "PL",
        "city": "Warszawa", "address": "ul. Chlebowa 12", "zip_code": "00-950",
        "street": "Chlebowa", "building_number": "12", "phone": "48501234567",
        "type_of_id": "PASSPORT", "id_number": "EA1234567",
    })
    documents.add_file(db, star, group, "passport", "paszport-anna-nowak.pdf", 184_223)
    for iso, city, slot in (("PL", "Warszawa", 7), ("PL", "Kraków", 1)):
        numbers.assign(db, clock, star, _direction(db, iso, city), slot, group, "on")
    pbx.create_pbx(db, clock, star, "Piekarnia2025!", extensions=(100, 101, 102))

    # 2. Active with a confirmed phone and some money, no PBX yet.
    c2 = client(1, "active", "piotr.kowalski@autoserwis.example.pl")
    phone(c2, "48602345678", True)
    money(c2, "120.00")
    # 3. Active, phone added but not confirmed (top-up refused until it is).
    c3 = client(2, "active", "biuro@kancelaria-nowak.example.pl")
    phone(c3, "48603456789", False)
    # 4. Waiting for the client to click the e-mail link.
    client(3, "wait_link", "tomasz.wisniewski+link@bilans.example.pl", reg_code="5f2c9a11d0e4b7aa")
    db.execute(
        "INSERT INTO outbox (to_addr, kind, text, code, created) VALUES (?,?,?,?,?)",
        ("tomasz.wisniewski+link@bilans.example.pl", "email",
         "Welcome to Zadarma! Confirm your registration by opening the link in this e-mail",
         "", clock.now()),
    )
    # 5. Waiting for the dealer to confirm with the e-mailed code.
    code = f"{rng.randrange(1_000_000):06d}"
    client(4, "wait_code", "magda.kowalczyk+code@hotelpodlipami.example.pl", reg_code=code)
    db.execute(
        "INSERT INTO outbox (to_addr, kind, text, code, created) VALUES (?,?,?,?,?)",
        ("magda.kowalczyk+code@hotelpodlipami.example.pl", "email",
         f"Your Zadarma registration code is {code}", code, clock.now()),
    )
    # 6. Active with a PBX but no numbers; 7. with numbers but no PBX.
    c6 = client(5, "active", "studio@fryzury-anna.example.pl")
    phone(c6, "48604567890", True)
    money(c6, "55.00")
    pbx.create_pbx(db, clock, c6, "Fryzury2025!", extensions=(100,))
    c7 = client(6, "active", "transport@kowalczyk.example.pl", currency="EUR")
    phone(c7, "48605678901", True)
    money(c7, "80.00")
    g7 = documents.create_group(db, c7, {
        "email": "transport@kowalczyk.example.pl", "salutation": "COMPANY",
        "first_name": "Paweł", "last_name": "Kowalczyk", "organization": "Transport Kowalczyk",
        "country": "PL", "city": "Gdańsk", "address": "ul. Portowa 3", "zip_code": "80-001",
        "street": "Portowa", "building_number": "3", "phone": "48605678901",
    })
    documents.add_file(db, c7, g7, "passport", "dowod.jpg", 402_111)
    numbers.assign(db, clock, c7, _direction(db, "PL", "Gdańsk"), 0, g7, "on")
    numbers.assign(db, clock, c7, _direction(db, "GB", "London"), 3, None, "on")
    # The rest: a realistic spread, enough to need a second page of the client list.
    for index in range(7, 64):
        roll = rng.random()
        state = "active" if roll < 0.85 else ("wait_link" if roll < 0.92 else "wait_code")
        first = FIRST_NAMES[index % len(FIRST_NAMES)]
        last = surname_for(first, LAST_NAMES[(index * 7) % len(LAST_NAMES)]).lower()
        first = first.lower()
        ascii_name = first.translate(_ASCII) + "." + last.translate(_ASCII)
        tag = {"active": "", "wait_link": "+link", "wait_code": "+code"}[state]
        cid = client(index, state, f"{ascii_name}{index}{tag}@klient.example.pl",
                     reg_code=None if state == "active" else f"{rng.randrange(1_000_000):06d}")
        if state == "active":
            number = f"48{rng.choice('5678')}{rng.randrange(10**7, 10**8)}"
            phone(cid, number, rng.random() < 0.8)
            money(cid, f"{rng.randint(0, 300)}.{rng.randint(0, 99):02d}")


_ASCII = str.maketrans("ąćęłńóśźż", "acelnoszz")
