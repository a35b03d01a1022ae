"""The Clients page on the demo emulator: cache first, background refresh, search, detail."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox

from tests.gui.conftest import until
from tests.gui.onboarding.test_wizard import Requests, answer_box, settle
from zaddesk.core.clients import ClientRow, ClientsCache, profile_cache_path
from zaddesk.core.onboarding import Step
from zaddesk.gui.clients.detail import MoneyDialog
from zaddesk.gui.clients.models import ClientFilterProxy, ClientTableModel
from zaddesk.gui.clients.page import ClientsPage
from zaddesk.gui.mainwindow import MainWindow
from zaddesk.gui.onboarding.wizard import guess_country, phone_placeholder

STAR = "kontakt@zlotyklos.example.pl"


def row(i: int, **over: Any) -> ClientRow:
    values: dict[str, Any] = dict(
        id=50_000 + i, email=f"cached{i}@firma.example.pl", first_name=f"Jan{i}",
        last_name="Cached", organization=f"Firma {i % 7}", phone=f"+48601{i:06d}",
        balance=f"{i}.50", currency="USD", is_active=True, created="2025-01-01",
        last_login="", sips_count=0, allow_topup=True, allow_api_requests=True)
    values.update(over)
    return ClientRow(**values)


@pytest.fixture
def clients(window: Any, arun: Any) -> ClientsPage:
    page = window.show_page("clients")
    assert isinstance(page, ClientsPage)
    arun(until(lambda: page.cache is not None and page.cache.last_refresh() is not None
               and not (page.refresh_task and page.refresh_task.running),
               message="first refresh"))
    return page


def select(page: ClientsPage, email: str) -> ClientRow:
    page.ui.search.clear()
    client = next(r for r in page.model.rows if r.email == email)
    assert page.select(client.id)
    return client


# ------------------------------------------------------------------ models


def test_filter_proxy_searches_every_field_and_sorts() -> None:
    model = ClientTableModel()
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([row(i) for i in range(300)] + [
        row(900, first_name="Żaneta", last_name="Ąbacka", organization="Łódzka Piekarnia",
            phone="+48 22 123 45 67", email="zaneta@lodz.example.pl", balance="-3.00")])
    assert proxy.rowCount() == 301
    proxy.set_text("łódzka")
    assert [proxy.client_at(0).id] == [50_900]  # type: ignore[union-attr]
    proxy.set_text("22 123 45")  # phone digits, typed with spaces
    assert proxy.rowCount() == 1
    proxy.set_text("50900")  # id
    assert proxy.rowCount() == 1
    proxy.set_text("jan1 firma")  # every word somewhere
    assert all("jan1" in model.keys[model.row_of(proxy.client_at(r).id)]  # type: ignore[union-attr]
               for r in range(proxy.rowCount()))
    proxy.set_text("")
    proxy.sort(5, Qt.SortOrder.AscendingOrder)  # balance as a number
    assert proxy.client_at(0).id == 50_900  # type: ignore[union-attr]
    assert proxy.client_at(1).balance == "0.50"  # type: ignore[union-attr]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.client_at(0).id == 50_900  # type: ignore[union-attr]
    assert proxy.row_of(50_000) == 300


def test_cached_clients_show_at_once_then_refresh_in_the_background(
        make_ctx: Any, arun: Any, qtbot: Any) -> None:
    cache = ClientsCache(profile_cache_path("Demo"), profile="Demo")
    cache.upsert([row(i) for i in range(120)])
    cache.close()
    ctx = make_ctx()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()

    async def scenario() -> None:
        await ctx.use_startup_profile()  # demo
        page = window.show_page("clients")
        assert isinstance(page, ClientsPage)
        # Shown from the cache before any answer from the server.
        assert page.model.rowCount() == 120
        assert "120" in page.ui.count_label.text()
        task = page.refresh_task
        assert task is not None and task.running and task.kind.value == "background"
        await until(lambda: not task.running, message="refresh done")
        await settle()
        emails = {r.email for r in page.model.rows}
        assert STAR in emails
        assert not any(e.startswith("cached") for e in emails)  # gone from the server
        assert page.model.rowCount() == page.cache.count()  # type: ignore[union-attr]
        assert page.ui.refresh_progress.isHidden()

    arun(scenario())


def test_search_sort_and_find_a_client_not_cached(window: Any, clients: ClientsPage,
                                                  qtbot: Any, arun: Any) -> None:
    page = clients
    total = page.model.rowCount()
    assert total > 50  # more than one page of the list
    qtbot.keyClicks(page.ui.search, "zlotyklos")
    assert page.proxy.rowCount() == 1
    assert page.detail.client is not None and page.detail.client.email == STAR
    assert page.ui.count_label.text().startswith("1 client found · 6")
    page.ui.search.clear()
    assert page.proxy.rowCount() == total
    header = page.ui.clients_table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_point(header, 2))
    assert page.proxy.sort_column() == 2
    first = page.proxy.client_at(0)
    emails = sorted(r.email.casefold() for r in page.model.rows)
    assert first is not None and first.email.casefold() in (emails[0], emails[-1])

    # A client registered elsewhere is not in the cache until found.
    api = window.ctx.api

    async def register_elsewhere() -> int:
        result = await api.reseller.register("found.later@example.com", "Ewa", "PL")
        assert result.user_id
        return int(result.user_id)

    client_id = arun(register_elsewhere())
    assert page.model.row_of(client_id) < 0
    page.ui.search.setText("found.later@example.com")
    assert page.proxy.rowCount() == 0
    qtbot.mouseClick(page.ui.find_remote, Qt.MouseButton.LeftButton)
    arun(until(lambda: page.model.row_of(client_id) >= 0, message="found on the server"))
    assert page.proxy.rowCount() == 1
    assert page.selected_client() is not None and page.selected_client().id == client_id  # type: ignore[union-attr]
    assert page.cache is not None and page.cache.get(client_id) is not None


def _section_point(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + 10, 5)


def test_detail_shows_phones_balance_and_keys_masked(window: Any, clients: ClientsPage,
                                                     qtbot: Any, arun: Any) -> None:
    page = clients
    requests = Requests(window.ctx.emulator)
    detail = page.detail
    select(page, STAR)
    arun(until(lambda: detail.phones.rowCount() > 0, message="phones"))
    assert "confirmed" in detail.phones.item(0).text()
    assert "412.50" in detail.ui.balance_value.text()
    # Keys are read on request only, with GET, and shown masked.
    assert detail.ui.api_key.text() == ""
    qtbot.mouseClick(detail.ui.load_keys, Qt.MouseButton.LeftButton)
    arun(until(lambda: detail.ui.api_key.text() != "", message="keys"))
    assert requests.changing() == []
    assert detail.ui.api_secret.echoMode() is QLineEdit.EchoMode.Password
    assert detail.ui.api_key.echoMode() is QLineEdit.EchoMode.Password
    qtbot.mouseClick(detail.ui.show_keys, Qt.MouseButton.LeftButton)
    assert detail.ui.api_secret.echoMode() is QLineEdit.EchoMode.Normal
    qtbot.mouseClick(detail.ui.copy_secret, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == detail.ui.api_secret.text()
    old_key = detail.ui.api_key.text()

    async def regenerate(answer: QMessageBox.StandardButton) -> str:
        qtbot.mouseClick(detail.ui.regenerate_keys, Qt.MouseButton.LeftButton)
        text = await answer_box(qtbot, answer)
        await window.ctx.runner.wait_idle()
        return text

    text = arun(regenerate(QMessageBox.StandardButton.No))
    assert "stop working" in text  # the confirmation names the consequence
    assert requests.changing() == [] and detail.ui.api_key.text() == old_key
    arun(regenerate(QMessageBox.StandardButton.Yes))
    assert requests.changing() == [("POST", "/v1/reseller/users/api_key/")]
    assert detail.ui.api_key.text() != old_key


def money_dialog(detail: Any) -> MoneyDialog:
    dialog = detail.money_dialog
    assert dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()
    return dialog  # type: ignore[no-any-return]


async def move(qtbot: Any, dialog: MoneyDialog, amount: str) -> None:
    await until(lambda: dialog.before is not None, message="balances")
    qtbot.keyClicks(dialog.ui.amount, amount)
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # not before the explicit confirmation
    qtbot.mouseClick(dialog.ui.confirm_amount, Qt.MouseButton.LeftButton)
    assert ok.isEnabled()
    qtbot.mouseDClick(ok, Qt.MouseButton.LeftButton)  # a double click sends once
    dialog.ui.buttons.accepted.emit()


def test_top_up_and_move_money_back_once_each(window: Any, clients: ClientsPage, qtbot: Any,
                                              arun: Any) -> None:
    page = clients
    requests = Requests(window.ctx.emulator)
    client = select(page, "piotr.kowalski@autoserwis.example.pl")
    api = window.ctx.api

    async def scenario() -> None:
        start = (await api.reseller.find_user(id=client.id)).balance
        qtbot.mouseClick(page.detail.ui.topup_client, Qt.MouseButton.LeftButton)
        dialog = money_dialog(page.detail)
        await move(qtbot, dialog, "15")
        await until(lambda: dialog.completed, message="top-up done")
        assert "15.00" in dialog.ui.topup_result.text()
        assert "→" in dialog.ui.client_balance.text()
        dialog.close()
        assert requests.count("/v1/reseller/users/topup/") == 1
        assert (await api.reseller.find_user(id=client.id)).balance == start + 15
        qtbot.mouseClick(page.detail.ui.transfer_back, Qt.MouseButton.LeftButton)
        dialog = money_dialog(page.detail)
        await move(qtbot, dialog, "5")
        await until(lambda: dialog.completed, message="transfer done")
        dialog.close()
        assert requests.count("/v1/reseller/account/money_transfer/") == 1
        assert (await api.reseller.find_user(id=client.id)).balance == start + 10
        await window.ctx.runner.wait_idle()
        await settle()
        # The table shows the new balance; nothing is left to resume.
        shown = page.model.rows[page.model.row_of(client.id)]
        assert Decimal(shown.balance) == start + 10
        assert page.detail.ui.continue_onboarding.isHidden()

    arun(scenario())


def test_lost_transfer_answer_opens_reconcile_and_is_not_resent(
        window: Any, clients: ClientsPage, qtbot: Any, arun: Any) -> None:
    page = clients
    requests = Requests(window.ctx.emulator)
    client = select(page, "piotr.kowalski@autoserwis.example.pl")
    window.ctx.emulator.set_faults(drop_after_apply=1, path="/v1/reseller/account/money_transfer/")

    async def scenario() -> None:
        qtbot.mouseClick(page.detail.ui.transfer_back, Qt.MouseButton.LeftButton)
        dialog = money_dialog(page.detail)
        await move(qtbot, dialog, "20")

        def reconcile() -> Any:
            found = dialog.reconcile_dialog
            return found if found is not None and shiboken6.isValid(found) \
                and found.isVisible() else None

        await until(lambda: reconcile() is not None and reconcile().found is not None,
                    message="reconcile dialog")
        shown = reconcile()
        assert "WAS applied" in shown.ui.verdict.text()
        assert "back to you" in shown.ui.requested.text()
        # Decide later: the client's detail keeps it in view and blocks new moves.
        qtbot.mouseClick(shown.ui.later_button, Qt.MouseButton.LeftButton)
        dialog.close()
        await settle()
        detail = page.detail
        assert detail.ui.decide_move.isVisibleTo(detail)
        assert "was lost" in detail.banner.text()
        qtbot.mouseClick(detail.ui.transfer_back, Qt.MouseButton.LeftButton)
        blocked = money_dialog(detail)
        await move(qtbot, blocked, "1")
        await until(lambda: blocked.reconcile_dialog is not None, message="blocked")
        assert "unknown outcome" in blocked.banner.text()
        blocked.reconcile_dialog.close()  # type: ignore[union-attr]
        blocked.close()
        await settle()
        assert requests.count("/v1/reseller/account/money_transfer/") == 1
        qtbot.mouseClick(detail.ui.decide_move, Qt.MouseButton.LeftButton)
        again = detail.reconcile_dialog
        assert again is not None
        await until(lambda: again.found is not None, message="balances read again")
        qtbot.mouseClick(again.ui.applied_button, Qt.MouseButton.LeftButton)
        await settle()
        assert detail.ui.decide_move.isHidden() and not detail.banner.text()
        assert requests.count("/v1/reseller/account/money_transfer/") == 1

    arun(scenario())
    user = arun(window.ctx.api.reseller.find_user(id=client.id))
    assert user.balance == Decimal("100.00")


def test_continue_onboarding_and_phone_from_the_detail(window: Any, clients: ClientsPage,
                                                       qtbot: Any, arun: Any) -> None:
    page = clients
    client = select(page, "biuro@kancelaria-nowak.example.pl")
    assert page.detail.ui.continue_onboarding.isHidden()
    requests = Requests(window.ctx.emulator)
    qtbot.mouseClick(page.detail.ui.phone_action, Qt.MouseButton.LeftButton)
    onboarding = window.pages["onboarding"]
    assert window.current_page_id() == "onboarding"
    wizard = onboarding.wizard
    assert wizard is not None and wizard.current_step() is Step.PHONE
    assert wizard.flow.client_id == client.id
    # Kancelaria Nowak's phone is Polish: a local number can be typed without +.
    assert wizard.flow.form.country == "PL"
    placeholder = wizard.phone_step.ui.number.placeholderText()
    assert "+" in placeholder and "PL" in placeholder
    # Leave it for later: the client's detail now offers to continue it.
    wizard.reject()
    arun(settle())
    window.show_page("clients")  # shows the selected client again
    assert page.detail.ui.continue_onboarding.isVisibleTo(page.detail)
    assert "unfinished onboarding" in page.banner.text()
    qtbot.mouseClick(page.detail.ui.continue_onboarding, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "onboarding"
    assert onboarding.wizard is not None
    assert onboarding.wizard.session_id == wizard.session_id
    arun(window.ctx.runner.wait_idle())
    assert requests.changing() == []


def test_money_dialog_refuses_a_bad_amount_at_the_field(window: Any, clients: ClientsPage,
                                                         qtbot: Any, arun: Any) -> None:
    page = clients
    select(page, STAR)
    qtbot.mouseClick(page.detail.ui.topup_client, Qt.MouseButton.LeftButton)
    dialog = money_dialog(page.detail)
    qtbot.keyClicks(dialog.ui.amount, "1,234")
    qtbot.mouseClick(dialog.ui.confirm_amount, Qt.MouseButton.LeftButton)
    dialog.send()
    assert "amount" in dialog.errors.marked()
    assert dialog.task is None
    dialog.close()
    arun(asyncio.sleep(0))


def test_money_dialog_says_why_an_amount_is_refused_while_it_is_typed(
        window: Any, clients: ClientsPage, qtbot: Any, arun: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    page = clients
    select(page, STAR)
    qtbot.mouseClick(page.detail.ui.topup_client, Qt.MouseButton.LeftButton)
    dialog = money_dialog(page.detail)
    dialog.ui.currency.setCurrentIndex(dialog.ui.currency.findData("USD"))
    assert dialog.ui.amount_limit.text() == "at most 10,000 USD per move"
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for typed, words in [
        ("1_0", "Type an amount such as 10,50."),
        ("1e3", "without an exponent"),
        ("10001", "At most 10 000 USD in one move."),
        ("1,005", "At most 2 decimal places."),
    ]:
        dialog.ui.amount.clear()
        qtbot.keyClicks(dialog.ui.amount, typed)
        assert words in dialog.errors.marked().get("amount", ""), typed
        assert dialog.ui.amount_error.text() == dialog.errors.marked()["amount"]
        qtbot.mouseClick(dialog.ui.confirm_amount, Qt.MouseButton.LeftButton)
        assert not ok.isEnabled()
    dialog.ui.amount.setText("\u0661\u0660")  # Arabic-Indic 10, as pasted
    assert "digits 0-9" in dialog.errors.marked()["amount"]
    dialog.ui.amount.clear()
    qtbot.keyClicks(dialog.ui.amount, "1 000,50")
    assert "amount" not in dialog.errors.marked()
    qtbot.mouseClick(dialog.ui.confirm_amount, Qt.MouseButton.LeftButton)
    assert ok.isEnabled()
    assert "1,000.50 USD" in dialog.ui.confirm_amount.text()
    dialog.close()
    arun(asyncio.sleep(0))


def test_a_refresh_with_the_same_clients_keeps_scroll_and_selection(qtbot: Any) -> None:
    from PySide6.QtWidgets import QTableView

    model = ClientTableModel()
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(600, 300)
    view.show()
    model.set_rows([row(i) for i in range(500)])
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    view.selectRow(250)
    view.scrollTo(proxy.index(250, 0))
    scroll = view.verticalScrollBar().value()
    assert scroll > 0
    proxy.set_text("jan2")
    proxy.set_text("")
    model.set_rows([row(i, balance="9.99") if i == 250 else row(i) for i in range(500)])
    assert resets == []
    assert view.verticalScrollBar().value() == scroll
    assert proxy.client_at(view.currentIndex().row()).balance == "9.99"  # type: ignore[union-attr]
    model.set_rows([row(i) for i in range(501)])  # a new client: a real reset
    assert resets == [1]


def test_guess_country_from_known_numbers_else_the_dealers() -> None:
    assert guess_country(["", "+49 30 1234567"], "pl") == "DE"
    assert guess_country(["48501234567"], "en") == "PL"
    assert guess_country(["12"], "pl") == "PL"  # too short to tell: the dealer's country
    assert guess_country([], "pl") == "PL"
    assert "+" in phone_placeholder("") and "+" in phone_placeholder("PL")
    assert "601 234 567" in phone_placeholder("PL") or "PL" in phone_placeholder("PL")
