"""The onboarding wizard walked through the GUI against the embedded emulator.

Every scenario clicks the real widgets (found by the API parameter they feed) and waits on
the real emulator over a socket; requests are counted by wrapping the emulator's dispatcher.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)

from tests.gui.conftest import until
from zaddesk.core.onboarding import Step
from zaddesk.gui.onboarding.page import OnboardingPage
from zaddesk.gui.onboarding.wizard import OnboardingWizard, summary_text
from zaddesk.gui.reconcile import ReconcileDialog


def unique_email(tag: str = "") -> str:
    local = f"gui.{uuid.uuid4().hex[:10]}"
    return f"{local}+{tag}@example.com" if tag else f"{local}@example.com"


def unique_phone() -> str:
    return f"60{uuid.uuid4().int % 10_000_000:07d}"


class Requests:
    """Every request the emulator dispatched: (method, path)."""

    def __init__(self, emulator: Any) -> None:
        self.seen: list[tuple[str, str]] = []
        app = emulator.app
        original = app._dispatch

        def dispatch(request: Any, method: str, path: str, *args: Any) -> Any:
            self.seen.append((method, path))
            return original(request, method, path, *args)

        app._dispatch = dispatch

    def count(self, path: str, method: str = "POST") -> int:
        return sum(1 for m, p in self.seen if p == path and m == method)

    def changing(self) -> list[tuple[str, str]]:
        return [(m, p) for m, p in self.seen if m != "GET"]


@pytest.fixture
def page(window: Any) -> OnboardingPage:
    page = window.show_page("onboarding")
    assert isinstance(page, OnboardingPage)
    return page


@pytest.fixture
def requests(window: Any) -> Requests:
    return Requests(window.ctx.emulator)


def field(wizard: Any, name: str, kind: type[QWidget] = QLineEdit) -> Any:
    found = wizard.currentPage().findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r} on the current page"
    return found


def button(wizard: Any, name: str) -> QPushButton:
    found = wizard.currentPage().findChild(QPushButton, name)
    assert isinstance(found, QPushButton), name
    return found


async def settle() -> None:
    for _ in range(3):
        await asyncio.sleep(0)


def codes_to(emulator: Any, to: str) -> list[str]:
    return [m["code"] for m in emulator.outbox()
            if m.get("code") and m["to"].lstrip("+") == to.lstrip("+")]


async def answer_box(qtbot: Any, which: QMessageBox.StandardButton) -> str:
    """Wait for the open confirmation box and press a button; returns its text."""

    def open_box() -> QMessageBox | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                return widget
        return None

    await until(lambda: open_box() is not None, message="a confirmation box")
    box = open_box()
    assert box is not None
    text = f"{box.text()}\n{box.informativeText()}"
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)
    await settle()
    return text


def fill_client(qtbot: Any, wizard: OnboardingWizard, email: str, phone: str) -> None:
    qtbot.keyClicks(field(wizard, "email"), email)
    qtbot.keyClicks(field(wizard, "first_name"), "Jan")
    qtbot.keyClicks(field(wizard, "last_name"), "Kowalski")
    qtbot.keyClicks(field(wizard, "organization"), "Kowalski sp. z o.o.")
    country = field(wizard, "country", QComboBox)
    country.setCurrentIndex(country.findData("PL"))
    qtbot.keyClicks(field(wizard, "city"), "Krakow")
    qtbot.keyClicks(field(wizard, "phone"), phone)
    currency = field(wizard, "currency", QComboBox)
    if currency.findData("USD") >= 0:
        currency.setCurrentIndex(currency.findData("USD"))


def next_button(wizard: QWizard) -> QPushButton:
    page = wizard.currentPage()
    which = (QWizard.WizardButton.CommitButton if page.isCommitPage()
             else QWizard.WizardButton.NextButton)
    found = wizard.button(which)
    assert isinstance(found, QPushButton)
    return found


async def press_next(qtbot: Any, wizard: QWizard, step: Step) -> None:
    await until(lambda: next_button(wizard).isEnabled(), message="Next enabled")
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    await settle()
    assert wizard.current_step() is step  # type: ignore[attr-defined]


async def register(qtbot: Any, wizard: OnboardingWizard) -> None:
    await press_next(qtbot, wizard, Step.REGISTRATION)
    qtbot.mouseClick(button(wizard, "register_button"), Qt.MouseButton.LeftButton)
    step = wizard.registration_step
    await until(lambda: step.result is not None or step.banner.text(),
                message="registration answer")


async def confirm_phone(qtbot: Any, wizard: OnboardingWizard, emulator: Any,
                        via: str = "sms") -> None:
    assert wizard.current_step() is Step.PHONE
    qtbot.mouseClick(button(wizard, "send_sms" if via == "sms" else "send_callback"),
                     Qt.MouseButton.LeftButton)
    step = wizard.phone_step

    def sent() -> bool:
        status = wizard.flow.phone_status()
        return status is not None and status.code_sent_via == via and not step.busy()

    await until(sent, message="code sent")
    await settle()
    number = wizard.flow.phone_status().number  # type: ignore[union-attr]
    [code] = codes_to(emulator, number)
    assert not button(wizard, "send_sms").isEnabled()  # cooldown
    assert "s." in field(wizard, "resend_note", QWidget).text()
    qtbot.keyClicks(field(wizard, "code"), code)
    qtbot.mouseClick(button(wizard, "confirm_phone_button"), Qt.MouseButton.LeftButton)
    await until(lambda: wizard.flow.phone_status().proved  # type: ignore[union-attr]
                and not step.busy(), message="phone confirmed")


async def top_up(qtbot: Any, wizard: OnboardingWizard, amount: str) -> str:
    await press_next(qtbot, wizard, Step.TOPUP)
    await until(lambda: wizard.topup_step.before is not None, message="balances read")
    qtbot.keyClicks(field(wizard, "amount"), amount)
    qtbot.mouseClick(button(wizard, "topup_button"), Qt.MouseButton.LeftButton)
    return await answer_box(qtbot, QMessageBox.StandardButton.Yes)


async def finish(qtbot: Any, page: OnboardingPage, wizard: OnboardingWizard) -> str:
    await press_next(qtbot, wizard, Step.NEXT_STEPS)
    await press_next(qtbot, wizard, Step.SUMMARY)
    text = wizard.summary_step.ui.summary_text.toPlainText()
    finish_button = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish_button, Qt.MouseButton.LeftButton)
    await settle()
    assert page.wizard is None
    return text


def client_listed(window: Any, arun: Callable[..., Any], client_id: int) -> Any:
    clients = window.show_page("clients")

    async def wait() -> None:
        await until(lambda: clients.model.row_of(client_id) >= 0, message="client listed")

    arun(wait())
    return clients.model.rows[clients.model.row_of(client_id)]


# ------------------------------------------------------------------ registration outcomes

@pytest.mark.parametrize("via", ["sms", "callback"])
def test_immediate_registration_phone_and_topup(window: Any, page: OnboardingPage, qtbot: Any,
                                                arun: Any, requests: Requests, via: str) -> None:
    emulator = window.ctx.emulator
    email = unique_email()

    async def scenario() -> tuple[int, str]:
        wizard = page.start_new()
        assert wizard is not None and wizard.current_step() is Step.CLIENT_DATA
        await until(lambda: wizard.client_step.choices is not None, message="price plans")
        fill_client(qtbot, wizard, email, unique_phone())
        await register(qtbot, wizard)
        assert wizard.flow.client_id is not None
        assert "Client id" in field(wizard, "registration_status", QWidget).text()
        await press_next(qtbot, wizard, Step.PHONE)
        await confirm_phone(qtbot, wizard, emulator, via)
        question = await top_up(qtbot, wizard, "12,50")
        assert "12.50 USD" in question
        await until(lambda: wizard.topup_step.result is not None, message="top-up result")
        result = field(wizard, "topup_result", QWidget).text()
        assert "12.50 USD debited" in result and "12.50 USD credited" in result
        client_id = wizard.flow.client_id
        text = await finish(qtbot, page, wizard)
        return client_id, text

    client_id, text = arun(scenario())
    assert str(client_id) in text and email in text
    assert requests.count("/v1/reseller/users/topup/") == 1
    assert requests.count("/v1/reseller/users/registration/new/") == 1
    row = client_listed(window, arun, client_id)
    assert Decimal(row.balance) == Decimal("12.5")
    assert page.journal.unfinished_sessions(profile="Demo") == []


def test_back_to_the_data_of_a_registered_client_only_shows_them(
        window: Any, page: OnboardingPage, qtbot: Any, arun: Any) -> None:
    """Back from the registration page once the client exists: the data are the server's;
    nothing can be typed, Next goes on, and nothing is kept or sent again."""
    email = unique_email()

    async def scenario() -> None:
        wizard = page.start_new()
        assert wizard is not None
        await until(lambda: wizard.client_step.choices is not None, message="price plans")
        fill_client(qtbot, wizard, email, unique_phone())
        await register(qtbot, wizard)
        assert wizard.flow.client_id is not None
        wizard.back()
        assert wizard.current_step() is Step.CLIENT_DATA
        step = wizard.client_step
        mail = field(wizard, "email")
        assert not mail.isEnabled() and not field(wizard, "currency", QComboBox).isEnabled()
        assert mail.text() == email
        assert "registered" in step.banner.text()
        await press_next(qtbot, wizard, Step.REGISTRATION)  # no refusal of the frozen form
        assert wizard.flow.form.email == email

    arun(scenario())


def test_link_registration_waits_then_continues(window: Any, page: OnboardingPage, qtbot: Any,
                                                arun: Any, requests: Requests) -> None:
    emulator = window.ctx.emulator
    email = unique_email("link")

    async def scenario() -> int:
        wizard = page.start_new()
        assert wizard is not None
        await until(lambda: wizard.client_step.choices is not None, message="price plans")
        fill_client(qtbot, wizard, email, unique_phone())
        await register(qtbot, wizard)
        assert wizard.flow.client_id is None
        box = field(wizard, "awaiting_box", QWidget)
        assert box.isVisible()
        assert not next_button(wizard).isEnabled()
        step = wizard.registration_step
        qtbot.mouseClick(button(wizard, "check_button"), Qt.MouseButton.LeftButton)
        await until(lambda: "Not confirmed yet" in step.banner.text(), message="not yet")
        async with httpx.AsyncClient() as http:
            answer = await http.post(f"{emulator.base_url}/_emulator/click_link",
                                     params={"email": email})
            assert answer.status_code == 200
        qtbot.mouseClick(button(wizard, "check_button"), Qt.MouseButton.LeftButton)
        await until(lambda: wizard.flow.client_id is not None and not step.busy(),
                    message="link clicked")
        await press_next(qtbot, wizard, Step.PHONE)
        await confirm_phone(qtbot, wizard, emulator, "sms")
        await top_up(qtbot, wizard, "5")
        await until(lambda: wizard.topup_step.result is not None, message="top-up result")
        client_id = wizard.flow.client_id
        assert client_id is not None
        await finish(qtbot, page, wizard)
        return client_id

    client_id = arun(scenario())
    assert requests.count("/v1/reseller/users/registration/new/") == 1
    row = client_listed(window, arun, client_id)
    assert Decimal(row.balance) == Decimal("5")


def test_code_registration_confirmed_by_the_rep(window: Any, page: OnboardingPage, qtbot: Any,
                                               arun: Any, requests: Requests) -> None:
    emulator = window.ctx.emulator
    email = unique_email("code")

    async def scenario() -> int:
        wizard = page.start_new()
        assert wizard is not None
        await until(lambda: wizard.client_step.choices is not None, message="price plans")
        fill_client(qtbot, wizard, email, unique_phone())
        await register(qtbot, wizard)
        step = wizard.registration_step
        assert wizard.flow.client_id is None and field(wizard, "awaiting_box", QWidget).isVisible()
        [code] = codes_to(emulator, email)
        qtbot.keyClicks(field(wizard, "code"), "000000" if code != "000000" else "111111")
        qtbot.mouseClick(button(wizard, "confirm_code_button"), Qt.MouseButton.LeftButton)
        # The error shows before the task ends; a click while it runs is ignored by design.
        await until(lambda: "code" in step.errors.marked() and not step.busy(),
                    message="wrong code marked")
        assert "not right" in step.errors.marked()["code"]
        assert wizard.flow.client_id is None
        field(wizard, "code").clear()
        qtbot.keyClicks(field(wizard, "code"), code)
        qtbot.mouseClick(button(wizard, "confirm_code_button"), Qt.MouseButton.LeftButton)
        await until(lambda: wizard.flow.client_id is not None and not step.busy(),
                    message="code accepted")
        await press_next(qtbot, wizard, Step.PHONE)
        await confirm_phone(qtbot, wizard, emulator, "callback")
        await top_up(qtbot, wizard, "7")
        await until(lambda: wizard.topup_step.result is not None, message="top-up result")
        client_id = wizard.flow.client_id
        assert client_id is not None
        await finish(qtbot, page, wizard)
        return client_id

    client_id = arun(scenario())
    assert requests.count("/v1/reseller/users/registration/confirm/") == 2
    row = client_listed(window, arun, client_id)
    assert Decimal(row.balance) == Decimal("7")


def test_wrong_sms_code_is_shown_at_the_field_and_changes_nothing(
        window: Any, page: OnboardingPage, qtbot: Any, arun: Any, requests: Requests) -> None:
    emulator = window.ctx.emulator

    async def scenario() -> None:
        wizard = page.start_new()
        assert wizard is not None
        await until(lambda: wizard.client_step.choices is not None, message="price plans")
        fill_client(qtbot, wizard, unique_email(), unique_phone())
        await register(qtbot, wizard)
        await press_next(qtbot, wizard, Step.PHONE)
        step = wizard.phone_step
        qtbot.mouseClick(button(wizard, "send_sms"), Qt.MouseButton.LeftButton)
        await until(lambda: bool(wizard.flow.phone_status()
                                 and wizard.flow.phone_status().code_sent_via)  # type: ignore[union-attr]
                    and not step.busy(), message="code sent")
        number = wizard.flow.phone_status().number  # type: ignore[union-attr]
        [code] = codes_to(emulator, number)
        before = list(requests.changing())
        outbox = len(emulator.outbox())
        qtbot.keyClicks(field(wizard, "code"), "999999" if code != "999999" else "888888")
        qtbot.mouseClick(button(wizard, "confirm_phone_button"), Qt.MouseButton.LeftButton)
        await until(lambda: "code" in step.errors.marked() and not step.busy(),
                    message="wrong code marked")
        message = step.errors.marked()["code"]
        assert "not right" in message
        assert field(wizard, "code_error", QWidget).text() == message
        assert not wizard.flow.phone_status().proved  # type: ignore[union-attr]
        assert not next_button(wizard).isEnabled()
        # One confirmation attempt was sent; no new code, nothing else.
        assert requests.changing()[len(before):] == [
            ("POST", "/v1/reseller/users/phones/confirm/")]
        assert len(emulator.outbox()) == outbox
        assert wizard.current_step() is Step.PHONE
        # Typing again clears the mark; the right code then works.
        field(wizard, "code").clear()
        qtbot.keyClicks(field(wizard, "code"), code)
        assert "code" not in step.errors.marked()
        qtbot.mouseClick(button(wizard, "confirm_phone_button"), Qt.MouseButton.LeftButton)
        await until(lambda: wizard.flow.phone_status().proved,  # type: ignore[union-attr]
                    message="phone confirmed")

    arun(scenario())


async def walk_to_topup(qtbot: Any, page: OnboardingPage, emulator: Any) -> OnboardingWizard:
    wizard = page.start_new()
    assert wizard is not None
    await until(lambda: wizard.client_step.choices is not None, message="price plans")
    fill_client(qtbot, wizard, unique_email(), unique_phone())
    await register(qtbot, wizard)
    await press_next(qtbot, wizard, Step.PHONE)
    await confirm_phone(qtbot, wizard, emulator, "sms")
    return wizard


def reconcile_dialog(wizard: OnboardingWizard) -> ReconcileDialog | None:
    dialog = wizard.topup_step.reconcile_dialog
    if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
        return None
    return dialog


def test_topup_shows_its_limit_and_refuses_what_is_not_an_amount(
        window: Any, page: OnboardingPage, qtbot: Any, arun: Any, requests: Requests) -> None:
    emulator = window.ctx.emulator

    async def scenario() -> None:
        wizard = await walk_to_topup(qtbot, page, emulator)
        await press_next(qtbot, wizard, Step.TOPUP)
        await until(lambda: wizard.topup_step.before is not None, message="balances read")
        currency = wizard.topup_step.ui.currency
        currency.setCurrentIndex(currency.findData("USD"))
        assert field(wizard, "amount_limit", QLabel).text() == "at most 10,000 USD per move"
        for typed, words in [("1_0", "such as 10,50"), ("2e1", "exponent"),
                             ("10 000,01", "At most 10 000 USD in one move.")]:
            field(wizard, "amount").clear()
            qtbot.keyClicks(field(wizard, "amount"), typed)
            qtbot.mouseClick(button(wizard, "topup_button"), Qt.MouseButton.LeftButton)
            await settle()
            assert words in wizard.topup_step.errors.marked().get("amount", ""), typed
        assert requests.count("/v1/reseller/users/topup/") == 0  # nothing was asked, or sent

    arun(scenario())


@pytest.mark.parametrize("decide_applied", [True, False])
def test_lost_topup_answer_applies_once_and_asks_the_rep(
        window: Any, page: OnboardingPage, qtbot: Any, arun: Any, requests: Requests,
        decide_applied: bool) -> None:
    emulator = window.ctx.emulator

    async def scenario() -> None:
        wizard = await walk_to_topup(qtbot, page, emulator)
        emulator.set_faults(drop_after_apply=1, path="/v1/reseller/users/topup/")
        await top_up(qtbot, wizard, "10")
        await until(lambda: reconcile_dialog(wizard) is not None, message="reconcile dialog")
        dialog = reconcile_dialog(wizard)
        assert dialog is not None
        await until(lambda: dialog.found is not None, message="balances read")
        assert requests.count("/v1/reseller/users/topup/") == 1
        client_id = wizard.flow.client_id
        user = await window.ctx.api.reseller.find_user(id=client_id)
        assert user.balance == Decimal("10")  # applied exactly once
        assert "WAS applied" in dialog.ui.verdict.text()
        assert dialog.ui.client_before.text().startswith("0")
        assert dialog.ui.client_now.text().startswith("10")
        assert not next_button(wizard).isEnabled()
        assert not button(wizard, "topup_button").isEnabled()  # blocked until decided
        target = dialog.ui.applied_button if decide_applied else dialog.ui.not_applied_button
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        await settle()
        assert reconcile_dialog(wizard) is None
        if decide_applied:
            assert next_button(wizard).isEnabled()
            assert "applied" in field(wizard, "topup_result", QWidget).text()
        else:
            assert button(wizard, "topup_button").isEnabled()
            assert not next_button(wizard).isEnabled()
        assert requests.count("/v1/reseller/users/topup/") == 1  # never re-sent by itself
        assert wizard.flow.journal.undecided(wizard.flow.session_id) == []

    arun(scenario())


def test_double_click_and_repeated_signal_send_one_request(
        window: Any, page: OnboardingPage, qtbot: Any, arun: Any, requests: Requests) -> None:
    emulator = window.ctx.emulator

    async def scenario() -> None:
        wizard = page.start_new()
        assert wizard is not None
        await until(lambda: wizard.client_step.choices is not None, message="price plans")
        fill_client(qtbot, wizard, unique_email(), unique_phone())
        await press_next(qtbot, wizard, Step.REGISTRATION)
        register_button = button(wizard, "register_button")
        qtbot.mouseDClick(register_button, Qt.MouseButton.LeftButton)
        register_button.clicked.emit()
        wizard.registration_step.register()
        await until(lambda: wizard.flow.client_id is not None
                    and not wizard.registration_step.busy(), message="registered")
        assert requests.count("/v1/reseller/users/registration/new/") == 1
        await press_next(qtbot, wizard, Step.PHONE)
        await confirm_phone(qtbot, wizard, emulator, "sms")
        await press_next(qtbot, wizard, Step.TOPUP)
        await until(lambda: wizard.topup_step.before is not None, message="balances read")
        qtbot.keyClicks(field(wizard, "amount"), "3")
        topup_button = button(wizard, "topup_button")
        qtbot.mouseDClick(topup_button, Qt.MouseButton.LeftButton)
        topup_button.clicked.emit()
        await answer_box(qtbot, QMessageBox.StandardButton.Yes)
        await until(lambda: wizard.topup_step.result is not None, message="top-up result")
        await settle()
        assert requests.count("/v1/reseller/users/topup/") == 1

    arun(scenario())


def test_client_data_is_checked_as_typed_and_errors_land_at_the_field(
        window: Any, page: OnboardingPage, qtbot: Any, arun: Any, requests: Requests) -> None:
    async def scenario() -> None:
        wizard = page.start_new()
        assert wizard is not None
        step = wizard.client_step
        await until(lambda: step.choices is not None, message="price plans")
        # Next with nothing typed: the required fields are marked, nothing is sent.
        qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
        await settle()
        assert wizard.current_step() is Step.CLIENT_DATA
        assert {"email", "first_name"} <= set(step.errors.marked())
        # The country starts where most of the dealer's clients are (the demo's: Poland).
        assert "country" not in step.errors.marked()
        assert field(wizard, "country", QComboBox).currentData() == "PL"
        assert field(wizard, "email_error", QWidget).text()
        # Typing clears the mark of that field; a bad e-mail is said when leaving it.
        qtbot.keyClicks(field(wizard, "email"), "jan@@example")
        assert "email" not in step.errors.marked()
        field(wizard, "email").editingFinished.emit()
        assert "not a valid e-mail" in step.errors.marked()["email"]
        # The phone is read for the chosen country with libphonenumber.
        country = field(wizard, "country", QComboBox)
        country.setCurrentIndex(country.findData("PL"))
        qtbot.keyClicks(field(wizard, "phone"), "601234567")
        assert field(wizard, "phone_hint", QWidget).text().endswith("+48 601 234 567")
        field(wizard, "phone").clear()
        qtbot.keyClicks(field(wizard, "phone"), "12")
        field(wizard, "phone").editingFinished.emit()
        assert "phone" in step.errors.marked()
        # A weak password is refused at its field.
        qtbot.keyClicks(field(wizard, "password"), "abc")
        field(wizard, "password").editingFinished.emit()
        assert "At least 8" in step.errors.marked()["password"]
        # Countries are named in the UI language and searchable by name.
        assert country.itemText(country.findData("DE")).startswith("Germany")
        assert requests.changing() == []

    arun(scenario())


def test_countries_follow_the_interface_language(window: Any, page: OnboardingPage,
                                                 arun: Any) -> None:
    window.ctx.set_language("pl")
    try:
        wizard = page.start_new()
        assert wizard is not None
        country = wizard.client_step.ui.country
        assert country.itemText(country.findData("DE")) == "Niemcy (DE)"
        assert wizard.client_step.title() == "Dane klienta"
    finally:
        window.ctx.set_language("en")
    arun(settle())
    assert country.itemText(country.findData("DE")) == "Germany (DE)"
    assert wizard.client_step.title() == "Client data"


def test_summary_copies_and_saves_pdf_and_text(window: Any, page: OnboardingPage, qtbot: Any,
                                                arun: Any, tmp_path: Path) -> None:
    emulator = window.ctx.emulator

    async def scenario() -> OnboardingWizard:
        wizard = await walk_to_topup(qtbot, page, emulator)
        await press_next(qtbot, wizard, Step.TOPUP)
        qtbot.mouseClick(button(wizard, "skip_topup"), Qt.MouseButton.LeftButton)
        await settle()
        assert wizard.current_step() is Step.NEXT_STEPS
        pbx = field(wizard, "create_pbx", QWidget)
        qtbot.mouseClick(pbx, Qt.MouseButton.LeftButton, pos=QPoint(8, pbx.height() // 2))
        assert pbx.isChecked()
        await press_next(qtbot, wizard, Step.SUMMARY)
        return wizard

    wizard = arun(scenario())
    summary = wizard.summary_step
    text = summary.ui.summary_text.toPlainText()
    assert f"Client id: {wizard.flow.client_id}" in text
    assert "Contact phone" in text and "confirmed" in text
    assert "Top up the client's balance." in text  # skipped: still pending
    assert "Create the client's PBX." in text
    window.ctx.set_language("pl")
    try:
        polish = summary_text(wizard.flow)
    finally:
        window.ctx.set_language("en")
    arun(settle())
    assert f"Id klienta: {wizard.flow.client_id}" in polish
    assert "Doładuj saldo klienta." in polish and "Do zrobienia:" in polish
    qtbot.mouseClick(button(wizard, "copy_summary"), Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == text
    summary.save_pdf(tmp_path / "summary.pdf")
    summary.save_text(tmp_path / "summary.txt")
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "summary.txt").read_text(encoding="utf-8") == text
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert page.wizard is None
    assert window.current_page_id() == "pbx"  # the chosen next step opens


def test_refused_registration_says_why_and_the_data_can_be_corrected(
        window: Any, page: OnboardingPage, qtbot: Any, arun: Any, requests: Requests) -> None:
    taken = "kontakt@zlotyklos.example.pl"  # a client of the demo dealer already

    async def scenario() -> None:
        wizard = page.start_new()
        assert wizard is not None
        await until(lambda: wizard.client_step.choices is not None, message="price plans")
        fill_client(qtbot, wizard, taken, unique_phone())
        await register(qtbot, wizard)
        step = wizard.registration_step
        assert "refused" in step.banner.text()
        assert wizard.flow.client_id is None and not next_button(wizard).isEnabled()
        # Nothing was registered: the rep goes back, corrects the e-mail, registers.
        back = wizard.button(QWizard.WizardButton.BackButton)
        qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
        assert wizard.current_step() is Step.CLIENT_DATA
        field(wizard, "email").clear()
        qtbot.keyClicks(field(wizard, "email"), unique_email())
        step.result = None
        await register(qtbot, wizard)
        assert wizard.flow.client_id is not None
        assert requests.count("/v1/reseller/users/registration/new/") == 2

    arun(scenario())


def test_closing_keeps_the_session_and_resuming_sends_nothing(
        window: Any, page: OnboardingPage, qtbot: Any, arun: Any, requests: Requests) -> None:
    async def scenario() -> None:
        wizard = page.start_new()
        assert wizard is not None
        await until(lambda: wizard.client_step.choices is not None, message="price plans")
        fill_client(qtbot, wizard, unique_email("link"), unique_phone())
        await register(qtbot, wizard)
        session_id = wizard.session_id
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton),
                         Qt.MouseButton.LeftButton)
        await settle()
        assert page.wizard is None and page.selected_session() == session_id
        sent = len(requests.changing())
        qtbot.mouseClick(page.ui.resume_session, Qt.MouseButton.LeftButton)
        again = page.wizard
        assert again is not None and again.current_step() is Step.REGISTRATION
        assert field(again, "awaiting_box", QWidget).isVisible()
        await window.ctx.runner.wait_idle()
        assert len(requests.changing()) == sent

    arun(scenario())


def test_a_pause_in_typing_checks_the_field(window: Any, page: OnboardingPage, qtbot: Any,
                                            arun: Any) -> None:
    async def scenario() -> None:
        wizard = page.start_new()
        assert wizard is not None
        step = wizard.client_step
        email = field(wizard, "email")
        email.setFocus()
        qtbot.keyClicks(email, "anna@firma")
        assert "email" not in step.errors.marked()
        await until(lambda: "email" in step.errors.marked(), message="checked after a pause")
        assert QApplication.focusWidget() is email  # the mark did not take the focus
        qtbot.keyClicks(email, ".pl")
        assert "email" not in step.errors.marked()
        await asyncio.sleep(0.9)
        assert "email" not in step.errors.marked()

    arun(scenario())
