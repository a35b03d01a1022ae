"""The typed client against the emulator: a dealer onboards a client end to end."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import pytest
import pytest_asyncio

from zaddesk.api.client import Zadarma
from zaddesk.api.errors import ApiError, AuthError
from zaddesk.api.resources.documents import DocumentGroupForm

server_module = pytest.importorskip("zaddesk.emulator.server")


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    emulator = server_module.EmulatorServer(
        rate_limit=(100_000, 60.0), stats_rate_limit=(10_000, 60.0), seed="demo"
    )
    emulator.start()
    yield emulator
    emulator.stop()


@pytest_asyncio.fixture
async def api(server: Any) -> AsyncIterator[Zadarma]:
    async with Zadarma(server.base_url, server.key, server.secret) as client:
        yield client


def code_for(server: Any, to: str) -> str:
    [*_, last] = [m for m in server.outbox() if m["to"].lstrip("+") == to.lstrip("+")]
    return str(last["code"])


@pytest.mark.asyncio
async def test_dealer_account_and_reference_lists(api: Zadarma) -> None:
    account = await api.reseller.account_info()
    assert isinstance(account.balance, Decimal) and account.currency
    assert "PLN" in await api.info.currencies()
    assert "pl" in await api.info.languages()
    tariffs = await api.info.tariffs(account.currency)
    assert tariffs.tariffs and all(t.tariff_id > 0 for t in tariffs.tariffs)


@pytest.mark.asyncio
async def test_registration_with_code_phone_proof_and_topup(server: Any, api: Zadarma) -> None:
    email = "ewa.lecka+code@example.pl"
    registration = await api.reseller.register(
        email, "Ewa", "PL", last_name="Łęcka", organization="Kwiaciarnia „Róża”"
    )
    assert registration.user_id is None and registration.message
    confirmed = await api.reseller.confirm_registration(email, code_for(server, email))
    uid = confirmed.user_id

    phone = await api.reseller.add_phone("48601234567", user_id=uid)
    assert phone.is_proved is False
    await api.reseller.prove_phone_by_sms(phone.number, user_id=uid)
    await api.reseller.confirm_phone(phone.number, code_for(server, phone.number), user_id=uid)
    [listed] = await api.reseller.list_phones(user_id=uid)
    assert listed.is_proved is True

    before = await api.reseller.find_user(id=uid)
    topup = await api.reseller.topup(Decimal("12.50"), before.currency, user_id=uid)
    assert topup.user_topup.amount == Decimal("12.50")
    after = await api.reseller.find_user(email=email)
    assert after.id == uid and after.last_name == "Łęcka"
    assert after.balance is not None and before.balance is not None
    assert after.balance - before.balance == Decimal("12.50")


@pytest.mark.asyncio
async def test_wrong_confirmation_code_is_an_api_error(api: Zadarma) -> None:
    email = "jan.bledny+code@example.pl"
    await api.reseller.register(email, "Jan", "PL")
    with pytest.raises(ApiError) as caught:
        await api.reseller.confirm_registration(email, "000000-wrong")
    assert not isinstance(caught.value, AuthError)


@pytest.mark.asyncio
async def test_iter_users_covers_every_client_once(api: Zadarma) -> None:
    pages = [page async for page in api.reseller.iter_users()]
    ids = [user.id for page in pages for user in page.users]
    assert len(ids) == len(set(ids)) == pages[0].total
    assert all(len(page.users) <= 50 for page in pages)


@pytest.mark.asyncio
async def test_api_keys_read_without_changing_and_hidden_in_repr(api: Zadarma) -> None:
    first = (await api.reseller.list_users()).users[0]
    keys = await api.reseller.get_api_key(user_id=first.id)
    again = await api.reseller.get_api_key(user_id=first.id)
    assert (keys.key, keys.secret) == (again.key, again.secret)
    assert keys.secret not in repr(keys)


@pytest.mark.asyncio
async def test_document_group_round_trip_and_upload(api: Zadarma) -> None:
    email = "adam.zielinski@example.pl"
    uid = (await api.reseller.register(email, "Adam", "PL")).user_id
    assert uid is not None
    form = DocumentGroupForm(
        email=email,
        salutation="MR",
        first_name="Adam",
        last_name="Zieliński",
        country="PL",
        city="Gdańsk",
        address="ul. Długa 12",
        zip_code="80-827",
        street="Długa",
        building_number="12",
        phone="48583012345",
        type_of_id="PASSPORT",
        id_number="EA1234567",
    )
    group = await api.documents.create_group(form, user_id=uid)
    assert group.id is not None and group.city == "Gdańsk"
    fetched = await api.documents.get_group(group.id, user_id=uid)
    assert fetched.last_name == "Zieliński"
    uploaded = await api.documents.upload(
        group.id,
        "passport",
        "paszport.pdf",
        b"%PDF-1.4\n" + b"\x00" * 2048,
        "application/pdf",
        user_id=uid,
    )
    assert uploaded.doc_name
    files = await api.documents.files(group.id, user_id=uid)
    assert [f.type for f in files] == ["passport"]
