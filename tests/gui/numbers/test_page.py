"""The number shop against the demo emulator: browse, filter, whole-country search, orders
(valid group and routing, invalid group, top-up first, lost answer), prolong once."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import settle, until
from tests.gui.onboarding.test_wizard import Requests
from zaddesk.gui.context import CurrentClient
from zaddesk.gui.numbers.models import SpansRole
from zaddesk.gui.numbers.order import LOST_PAGE, ROUTE_PAGE, OrderDialog
from zaddesk.gui.numbers.page import NumberShopPage

STAR = CurrentClient(210001, "Anna Nowak", "kontakt@zlotyklos.example.pl",
                     "Piekarnia Złoty Kłos", Decimal("412.50"), "PLN")
PLAIN = CurrentClient(210002, "Piotr Kowalski", "", "", Decimal("120"), "PLN")
ORDER = "/v1/direct_numbers/order/"
PROLONG = "/v1/direct_numbers/prolong/"


@pytest.fixture
def requests(window: Any) -> Requests:
    return Requests(window.ctx.emulator)


async def open_shop(window: Any, client: CurrentClient | None = STAR) -> NumberShopPage:
    page = window.show_page("numbers")
    assert isinstance(page, NumberShopPage)
    window.ctx.set_client(client)
    await until(lambda: page.country_iso == "PL" and page.direction is not None
               and len(page.number_model.rows) == 50, message="Warsaw's numbers")
    return page


def pick_country(page: NumberShopPage, qtbot: Any, text: str, iso: str) -> None:
    page.country_search.clear()
    qtbot.keyClicks(page.country_search, text)
    assert page.country_iso == iso


def pick_direction(page: NumberShopPage, name: str) -> None:
    row = next(i for i, d in enumerate(page.direction_model.rows) if d.name == name)
    page.select_direction(row)


def pick_number(page: NumberShopPage, row: int = 0) -> str:
    page.numbers_view.selectionModel().setCurrentIndex(
        page.number_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    return page.number_model.row_at(row).number


def order_dialog(page: NumberShopPage) -> OrderDialog:
    dialog = page.order_dialog
    assert dialog is not None
    return dialog


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isEnabled() and widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


async def balance(window: Any, uid: int) -> Decimal:
    answer = await window.ctx.api.info.balance(user_id=uid)
    return Decimal(answer.balance)


async def owned(window: Any, uid: int) -> dict[str, Any]:
    return {n.number: n for n in await window.ctx.api.numbers.list_numbers(user_id=uid)}


# ------------------------------------------------------------------ browse


def test_country_then_city_then_numbers(window: Any, arun: Any, qtbot: Any) -> None:
    async def scenario() -> None:
        page = await open_shop(window)
        assert page.findChild(QWidget, "country") is page.country_view
        assert page.direction is not None and page.direction.name == "Warszawa"
        assert page.number_model.rows[0].number.startswith("4822")
        assert page.catalogue_age.text().startswith("Prices from")
        assert "at most 50" in page.hint.text()
        warsaw_col = page.direction_model.index(0, 6).data()
        assert "passport" in warsaw_col and "address" in warsaw_col
        pick_country(page, qtbot, "germ", "DE")
        await until(lambda: page.direction is not None and page.direction.name == "Berlin"
                   and page.number_model.rows and page.number_model.rows[0].number.startswith(
                       "4930"), message="Berlin")
        assert {d.currency for d in page.direction_model.rows} == {"PLN"}  # the client's prices
        # Two cities selected: compared side by side.
        view = page.direction_view
        view.selectionModel().select(
            page.direction_model.index(1, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        assert page.compare.isVisible() and "Hamburg" in page.compare.text()
        # The mask digs deeper on the server.
        page.mask_edit.setText("777")
        click(qtbot, page.find_button)
        await until(lambda: page.number_model.rows and all(
            "777" in r.number for r in page.number_model.rows), message="masked numbers")

    arun(scenario())


def test_local_filter_highlights_and_copies(window: Any, arun: Any, qtbot: Any) -> None:
    async def scenario() -> None:
        page = await open_shop(window)
        all_rows = list(page.number_model.rows)
        qtbot.keyClicks(page.filter, "*1")
        shown = page.number_model.shown()
        assert shown and all(r.number.endswith("1") for r in shown)
        assert page.count_label.text() == f"{len(shown)} of 50 numbers"
        spans = page.number_model.index(0, 0).data(SpansRole)
        text = page.number_model.index(0, 0).data()
        assert spans and text[spans[-1][0]:spans[-1][1]] == "1" and spans[-1][1] == len(text)
        page.filter.clear()
        qtbot.keyClicks(page.filter, "2x")
        assert len(page.number_model.shown()) == sum(
            1 for r in all_rows if any(r.number[i] == "2" for i in range(len(r.number) - 1)))
        page.filter.clear()
        qtbot.keyClicks(page.filter, "ab")
        assert "filter" in page.errors.marked()
        page.filter.clear()
        qtbot.keyClicks(page.filter, "5")
        assert "filter" not in page.errors.marked()
        page.nice.setChecked(True)
        copied = page.copy_numbers(selected=False)
        assert copied.splitlines() == ["+" + r.number for r in page.number_model.shown()]
        assert QApplication.clipboard().text() == copied

    arun(scenario())


def test_whole_country_search_cancelled_then_run_to_the_end(
        window: Any, arun: Any, qtbot: Any, requests: Requests) -> None:
    async def scenario() -> None:
        page = await open_shop(window)
        pick_country(page, qtbot, "united st", "US")
        await until(lambda: len(page.direction_model.rows) >= 50, message="US cities")
        total = len(page.direction_model.rows)
        window.ctx.emulator.set_faults(latency=0.05)
        page.mask_edit.setText("5")
        click(qtbot, page.search_button)
        assert page.cancel_button.isVisible() and page.progress.isVisible()
        await until(lambda: page.last_search is not None and page.last_search.done >= 6,
                   message="a few cities searched")
        assert " of " in page.search_status.text() and "numbers found" in page.search_status.text()
        click(qtbot, page.cancel_button)
        await settle()
        assert page.search_state == "cancelled"
        assert page.search_status.text().startswith("Cancelled")
        assert not page.cancel_button.isVisible() and page.search_button.isVisible()
        done_before = page.last_search.done if page.last_search else 0
        assert done_before < total
        asked = sum(1 for _m, p in requests.seen if p.startswith("/v1/direct_numbers/available/"))
        window.ctx.emulator.set_faults()
        click(qtbot, page.search_button)
        await until(lambda: page.search_state == "done", message="the search to finish")
        assert page.last_search is not None and page.last_search.done == total
        assert page.search_status.text().startswith(f"All {total} cities searched")
        found = page.last_search.found
        assert found == len(page.number_model.rows) > 0
        assert all("5" in r.number for r in page.number_model.rows)
        assert {r.city for r in page.number_model.rows} > {"New York"}
        asked_again = sum(1 for _m, p in requests.seen
                          if p.startswith("/v1/direct_numbers/available/"))
        assert asked_again - asked <= total - done_before + 8  # cached cities cost nothing
        # A second run within the cache's lifetime: no request at all.
        click(qtbot, page.search_button)
        await until(lambda: page.search_state == "done", message="the cached search")
        assert page.last_search.found == found
        assert sum(1 for _m, p in requests.seen
                   if p.startswith("/v1/direct_numbers/available/")) == asked_again

    arun(scenario())


# ------------------------------------------------------------------ orders


def test_order_with_valid_group_then_route_to_the_pbx(
        window: Any, arun: Any, qtbot: Any, requests: Requests) -> None:
    async def scenario() -> None:
        page = await open_shop(window)
        before = await balance(window, 210001)
        number = pick_number(page, 3)
        click(qtbot, page.order_button)
        dialog = order_dialog(page)
        await until(lambda: dialog.check_result is not None and dialog.balance is not None,
                   message="the checklist")
        assert dialog.check_result is not None and dialog.check_result.ok
        assert dialog.ui.checklist.count() >= 3
        assert "PLN" in dialog.ui.total.text() and "PLN" in dialog.ui.balance.text()
        assert not dialog.ui.topup_row.isVisible()
        total = dialog.total().amount
        click(qtbot, dialog.ui.send_order)
        await until(lambda: dialog.ui.order_steps.currentIndex() == ROUTE_PAGE, message="routing")
        assert dialog.ui.route_pbx.isChecked()
        pbx_id = dialog.pbx_id
        click(qtbot, dialog.ui.route)
        await until(lambda: page.order_dialog is None, message="the dialog to close")
        mine = await owned(window, 210001)
        assert number in mine and mine[number].sip == str(pbx_id)
        assert before - await balance(window, 210001) == total
        assert requests.count(ORDER) == 1
        assert number not in {r.number for r in page.number_model.rows}
        page.tabs.setCurrentIndex(1)
        await until(lambda: number in {n.number for n in page.owned.model.rows},
                   message="the owned tab")

    arun(scenario())


def test_invalid_group_is_stopped_before_sending(
        window: Any, arun: Any, qtbot: Any, requests: Requests) -> None:
    async def scenario() -> None:
        page = await open_shop(window, PLAIN)
        pick_number(page, 0)
        click(qtbot, page.order_button)
        dialog = order_dialog(page)
        await until(lambda: dialog.check_result is not None, message="the checklist")
        lines = [dialog.ui.checklist.item(i).text() for i in range(dialog.ui.checklist.count())]
        assert any(line.startswith("✗") and "passport" in line for line in lines)
        assert any(line.startswith("✗") and "personal data" in line for line in lines)
        click(qtbot, dialog.ui.send_order)
        await settle()
        assert "documents_group_id" in dialog.errors.marked()
        assert requests.count(ORDER) == 0
        # Fixing it is a hand-over to the Documents page, and back.
        wanted: list[tuple[str, dict[str, Any]]] = []
        window.ctx.page_requested.connect(lambda pid, args: wanted.append((pid, args)))
        gid = dialog.group_id()
        click(qtbot, dialog.ui.open_documents)
        await settle()
        assert wanted == [("documents", {"direction_id": 1001, "documents_group_id": gid})]
        assert page.pending_order is not None
        window.show_page("numbers")
        await until(lambda: page.order_dialog is not None and page.order_dialog is not dialog,
                   message="the order reopened")

    arun(scenario())


def test_not_enough_money_top_up_then_order(
        window: Any, arun: Any, qtbot: Any, requests: Requests) -> None:
    async def scenario() -> None:
        api = window.ctx.api
        await api.reseller.money_transfer(Decimal("118"), "PLN", "to_reseller", user_id=210002)
        page = await open_shop(window, PLAIN)
        pick_country(page, qtbot, "united st", "US")
        await until(lambda: any(d.name == "New York" for d in page.direction_model.rows),
                   message="US cities")
        pick_direction(page, "New York")
        await until(lambda: page.direction is not None and page.direction.name == "New York",
                   message="New York")
        click(qtbot, page.order_any_button)
        dialog = order_dialog(page)
        await until(lambda: dialog.balance is not None and dialog.check_result is not None,
                   message="balance")
        assert dialog.ui.topup_row.isVisible() and "short" in dialog.ui.topup_text.text()
        click(qtbot, dialog.ui.send_order)
        await settle()
        assert "period" in dialog.errors.marked() and requests.count(ORDER) == 0
        click(qtbot, dialog.ui.topup)
        await until(lambda: not dialog.ui.topup_row.isVisible(), message="the top-up")
        assert requests.count("/v1/reseller/users/topup/") == 1
        await until(dialog.ui.send_order.isEnabled, message="the group checked again")
        click(qtbot, dialog.ui.send_order)
        await until(lambda: dialog.ui.order_steps.currentIndex() == ROUTE_PAGE, message="ordered")
        assert requests.count(ORDER) == 1
        assert any(n.startswith("1212") for n in await owned(window, 210002))

    arun(scenario())


def test_lost_order_answer_is_read_back_never_sent_again(
        window: Any, arun: Any, qtbot: Any, requests: Requests) -> None:
    async def scenario() -> None:
        page = await open_shop(window)
        before_numbers = await owned(window, 210001)
        before = await balance(window, 210001)
        number = pick_number(page, 5)
        click(qtbot, page.order_button)
        dialog = order_dialog(page)
        await until(lambda: dialog.check_result is not None, message="the checklist")
        total = dialog.total().amount
        window.ctx.emulator.set_faults(drop_after_apply=1, path=ORDER)
        click(qtbot, dialog.ui.send_order)
        await until(lambda: dialog.ui.order_steps.currentIndex() == LOST_PAGE, message="lost")
        await until(lambda: dialog.ui.lost_applied.isEnabled(), message="the read-back")
        assert f"+{number}" in dialog.ui.lost_finding.text()
        assert not dialog.ui.send_order.isVisible()
        assert requests.count(ORDER) == 1
        # Another order for this client is blocked until the rep decides, and the page says so.
        assert page.desk().unsettled(210001)
        page.client_changed(page.client)
        assert page.banner.level == "warning" and "may or may not" in page.banner.text()
        click(qtbot, dialog.ui.lost_applied)
        await until(lambda: dialog.ui.order_steps.currentIndex() == ROUTE_PAGE, message="routing")
        assert page.desk().unsettled(210001) == []
        click(qtbot, dialog.ui.close_button)
        after = await owned(window, 210001)
        assert set(after) - set(before_numbers) == {number}
        assert before - await balance(window, 210001) == total
        assert requests.count(ORDER) == 1

    arun(scenario())


def test_prolong_once_from_the_owned_tab(
        window: Any, arun: Any, qtbot: Any, requests: Requests) -> None:
    async def scenario() -> None:
        page = await open_shop(window)
        page.tabs.setCurrentIndex(1)
        tab = page.owned
        await until(lambda: tab.current is not None and tab.box.isEnabled(), message="owned")
        first = tab.current
        assert first is not None
        before = await balance(window, 210001)
        tab.months.setValue(2)
        click(qtbot, tab.prolong_button)
        await until(lambda: requests.count(PROLONG) == 1 and not page.banner.isHidden(),
                   message="prolonged")
        after = (await owned(window, 210001))[first.number]
        assert after.stop_date > (first.stop_date or "")
        assert before - await balance(window, 210001) == 2 * Decimal(first.monthly_fee or 0)
        assert requests.count(PROLONG) == 1
        # Caller name is checked as typed.
        tab.caller_name.clear()
        qtbot.keyClicks(tab.caller_name, "Kawa@Dom")
        assert "caller_name" in page.errors.marked()

    arun(scenario())


def test_no_client_browses_but_cannot_order(window: Any, arun: Any) -> None:
    async def scenario() -> None:
        page = window.show_page("numbers")
        window.ctx.set_client(None)
        await until(lambda: len(page.number_model.rows) == 50, message="numbers")
        assert not page.order_button.isEnabled() and not page.order_any_button.isEnabled()
        assert "Choose a client" in page.order_any_button.toolTip()

    arun(scenario())


def test_number_taken_meanwhile_is_said_at_the_number(
        window: Any, arun: Any, qtbot: Any, requests: Requests) -> None:
    async def scenario() -> None:
        page = await open_shop(window)
        before = await balance(window, 210001)
        taken = page.number_model.row_at(7)
        pick_number(page, 7)
        click(qtbot, page.order_button)
        dialog = order_dialog(page)
        await until(lambda: dialog.check_result is not None and dialog.ui.send_order.isEnabled(),
                    message="the checklist")
        # Another rep sells the same number to another client meanwhile.
        await window.ctx.api.numbers.order(1001, 0, number_id=taken.number_id, user_id=210002)
        click(qtbot, dialog.ui.send_order)
        await until(lambda: "number" in dialog.errors.marked(), message="the refusal")
        assert dialog.ui.number_error.isVisible()
        assert "took this number" in dialog.ui.number_error.text()
        assert dialog.ui.send_order.isEnabled() and page.desk().unsettled(210001) == []
        assert await balance(window, 210001) == before
        # Apply changes sends only what changed: a new caller name, nothing else.
        click(qtbot, dialog.ui.close_button)
        page.tabs.setCurrentIndex(1)
        tab = page.owned
        await until(lambda: tab.current is not None and tab.sms_on is not None,
                    message="the number's details")
        tab.caller_name.clear()
        qtbot.keyClicks(tab.caller_name, "Piekarnia 24")
        puts = len(requests.changing())
        click(qtbot, tab.apply_button)
        await until(lambda: len(requests.changing()) > puts, message="the change")
        await window.ctx.runner.wait_idle()
        assert requests.changing()[puts:] == [("PUT", "/v1/direct_numbers/set_caller_name/")]

    arun(scenario())
