"""The typed client against the emulator: a dealer onboards a client end to end."""

from __future__ import annotations

import io
import wave
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest
import pytest_asyncio

from tests.hookserver import hook_server
from tests.media import pdf_bytes
from zaddesk.api.client import Zadarma
from zaddesk.api.errors import ApiError, AuthError
from zaddesk.api.resources.documents import DocumentGroupForm


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
        pdf_bytes(),
        "application/pdf",
        user_id=uid,
    )
    assert uploaded.doc_name
    files = await api.documents.files(group.id, user_id=uid)
    assert [f.type for f in files] == ["passport"]


def tiny_wav(seconds: float = 0.5) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * int(8000 * seconds))
    return buffer.getvalue()


async def funded_client(server: Any, api: Zadarma, email: str, phone: str) -> int:
    """A client as onboarding leaves it: registered, contact phone confirmed, money on it."""
    uid = (await api.reseller.register(email, "Firma", "PL")).user_id
    assert uid is not None
    await api.reseller.add_phone(phone, user_id=uid)
    await api.reseller.prove_phone_by_callback(phone, user_id=uid, language="pl")
    await api.reseller.confirm_phone(phone, code_for(server, phone), user_id=uid)
    user = await api.reseller.find_user(id=uid)
    await api.reseller.topup(Decimal("50"), user.currency, user_id=uid)
    return uid


@pytest.mark.asyncio
async def test_number_shop_order_and_settings(server: Any, api: Zadarma) -> None:
    uid = await funded_client(server, api, "sklep.numerow@example.pl", "48699111222")
    countries = await api.numbers.countries(language="pl", user_id=uid)
    assert "PL" in {c.country_code_iso for c in countries}
    directions = await api.numbers.country("PL", user_id=uid)
    warsaw = next(d for d in directions if d.area_code == "22")
    assert warsaw.monthly_fee > 0 and warsaw.restrictions is not None
    free = await api.numbers.available(warsaw.id, user_id=uid)
    groups = await api.documents.list_groups(user_id=uid)
    assert groups and groups[0].id is not None
    order = await api.numbers.order(int(warsaw.id), groups[0].id, number_id=free[0].id, user_id=uid)
    assert order.number == free[0].number
    owned = await api.numbers.list_numbers(user_id=uid)
    assert order.number in {n.number for n in owned}
    info = await api.numbers.number(order.number, user_id=uid)
    assert info.number == order.number
    switched = await api.numbers.set_autoprolongation(order.number, False, user_id=uid)
    assert switched.enabled is False
    assert (await api.numbers.autoprolongation(order.number, user_id=uid)).enabled is False
    named = await api.numbers.set_caller_name(order.number, "Sklep", user_id=uid)
    assert named.caller_name == "Sklep"
    await api.numbers.checking_wrongs(groups[0].id, user_id=uid)


@pytest.mark.asyncio
async def test_pbx_extensions_menus_sounds_and_webhooks(server: Any, api: Zadarma) -> None:
    uid = await funded_client(server, api, "centrala@example.pl", "48699333444")
    await api.pbx.create("Centrala-2026!", user_id=uid)
    assert (await api.pbx.list_extensions(user_id=uid)).numbers == [100]
    created = await api.pbx.create_extensions(101, 2, user_id=uid)
    assert created.numbers == [101, 102]
    info = await api.pbx.extension_info(101, user_id=uid)
    assert info.number == 101
    await api.pbx.set_password(101, "N0we~Hasło*&+=?/", user_id=uid)
    password = await api.pbx.get_password(101, user_id=uid)
    assert password.password == "N0we~Hasło*&+=?/"
    assert "N0we" not in repr(password)
    recording = await api.pbx.set_recording(101, "on", user_id=uid)
    assert recording.internal_number == 101

    menus = await api.ivr.list_menus(user_id=uid)
    menu_id = menus.ivrs[0].menu_id
    [default] = await api.ivr.list_scenarios(menu_id, user_id=uid)
    assert default.push_button == -1
    await api.sounds.upload("Powitanie", "powitanie.wav", tiny_wav(), "audio/wav", user_id=uid)
    assert [s.name for s in (await api.sounds.list_sounds(user_id=uid)).sounds] == ["Powitanie"]
    made = await api.ivr.create_scenario(menu_id, 1, "Dział sprzedaży", 101, user_id=uid)
    scenarios = await api.ivr.list_scenarios(menu_id, user_id=uid)
    assert "Dział sprzedaży" in {s.title for s in scenarios}
    await api.ivr.delete_scenario(made.scenario_id, user_id=uid)

    hold = await api.sounds.upload_hold_music("muzyka.wav", tiny_wav(), "audio/wav", user_id=uid)
    assert hold.sound is not None
    await api.sounds.switch_hold_music(True, user_id=uid)
    await api.sounds.delete_hold_music(user_id=uid)

    with hook_server("right") as crm:  # saving the URL makes the emulator check it
        await api.webhooks.set_callinfo_url(crm.url + "?x=1", user_id=uid)
    await api.webhooks.set_callinfo_notifications(notify_start=True, notify_end=True, user_id=uid)
    settings = await api.webhooks.callinfo(user_id=uid)
    assert settings.url == crm.url + "?x=1"
    assert settings.notifications.notify_start is True
    assert settings.notifications.notify_internal is False
    await api.webhooks.delete_callinfo_url(user_id=uid)
    assert (await api.webhooks.callinfo(user_id=uid)).url == ""
