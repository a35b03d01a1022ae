"""The current client: chosen on Clients, in a page's header or by the wizard; whose account
every client-scoped page acts for, remembered per profile, and never mixed up mid-request."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWizard

from tests.gui.conftest import settle, until
from zaddesk.gui.context import DEALER, AppContext, CurrentClient
from zaddesk.gui.page import ClientPage

CLIENT_PAGES = ("numbers", "documents", "sounds", "pbx")


class Recorder(httpx.AsyncBaseTransport):
    """The real socket transport, keeping the path and parameters of every request sent."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.sent: list[tuple[str, dict[str, str]]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = (await request.aread()).decode("latin-1")
        params = dict(request.url.params)
        if body and request.headers.get("content-type", "").startswith("application/x-www"):
            params.update(parse_qsl(body, keep_blank_values=True))
        self.sent.append((request.url.path, params))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def header_text(page: Any) -> str:
    title = page.header.ui.client_title  # elided when narrow: the tooltip has it whole
    return f"{title.toolTip() or title.text()} {page.header.ui.client_details.text()}"


@pytest.fixture
def clients(window: Any, arun: Callable[..., Any]) -> Any:
    page = window.show_page("clients")
    arun(until(lambda: page.cache is not None and page.cache.last_refresh() is not None
               and not (page.refresh_task and page.refresh_task.running),
               message="first refresh"))
    return page


def test_work_with_this_client_reaches_every_client_page(window: Any, clients: Any,
                                                         qtbot: Any, arun: Any) -> None:
    ctx: AppContext = window.ctx
    row = next(r for r in clients.model.rows if r.is_active and r.name)

    async def scenario() -> None:
        assert clients.select(row.id)
        assert clients.ui.work_with_client.isEnabled()
        qtbot.mouseClick(clients.ui.work_with_client, Qt.MouseButton.LeftButton)
        assert ctx.client is not None and ctx.client.user_id == row.id
        for page_id in CLIENT_PAGES:
            page = window.show_page(page_id)
            assert isinstance(page, ClientPage)
            assert str(row.id) in header_text(page) and row.name in header_text(page)
            assert page.header.property("mode") == "client"
            assert page.findChild(type(page.header.ui.user_id), "user_id") is not None
        page = window.page("numbers")
        await until(lambda: ctx.facts is not None, message="facts read")
        assert "reading" not in header_text(page)
        assert "number" in header_text(page) and "document group" in header_text(page)
        assert "PBX" in header_text(page)

    arun(scenario())


def test_ctrl_enter_on_clients_and_the_header_picker(window: Any, clients: Any, qtbot: Any,
                                                     arun: Any) -> None:
    ctx: AppContext = window.ctx
    rows = [r for r in clients.model.rows if r.email]
    first, second = rows[0], rows[1]
    page = window.page("pbx")
    header = page.header

    async def pick_by_typing() -> None:
        clients.select(first.id)
        clients.ui.clients_table.setFocus()
        qtbot.keyClick(clients.ui.clients_table, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
        assert ctx.client is not None and ctx.client.user_id == first.id
        window.show_page("pbx")
        # The dealer's own account: the first entry of the picker, shown unmistakably.
        header.choose("dealer")
        assert ctx.client == DEALER and ctx.client.api_args() == {}
        assert header.property("mode") == "dealer"
        assert "dealer" in header.ui.client_title.text().lower()
        await settle()
        qtbot.keyClick(page, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is header.ui.user_id
        qtbot.keyClicks(header.ui.user_id, second.email)
        await until(lambda: header.suggestions.rowCount() == 2, message="one suggestion")
        assert second.email in header.suggestions.item(0).text()
        assert header.suggestions.item(1).text() == "The dealer's own account"
        qtbot.keyClick(header.ui.user_id, Qt.Key.Key_Return)
        await settle()

    arun(pick_by_typing())
    assert ctx.client is not None and ctx.client.user_id == second.id
    assert header.property("mode") == "client"
    assert str(second.id) in header_text(page)


def test_the_current_client_is_remembered_per_profile(make_ctx: Callable[..., Any],
                                                      arun: Any) -> None:
    async def choose(ctx: AppContext, client: CurrentClient) -> None:
        await ctx.use_startup_profile()
        ctx.set_client(client)
        await ctx.aclose()

    first = make_ctx()
    arun(first.use_startup_profile())
    assert first.client is None  # nothing chosen yet
    arun(choose(first, CurrentClient(210_003)))

    again = make_ctx()
    arun(again.use_startup_profile())
    assert again.client is not None and again.client.user_id == 210_003
    arun(choose(again, DEALER))

    third = make_ctx()
    arun(third.use_startup_profile())
    assert third.client == DEALER


def test_restart_shows_the_same_client_in_the_header(window: Any, make_ctx: Any,
                                                     arun: Any) -> None:
    from zaddesk.gui.mainwindow import MainWindow

    async def first_run() -> None:
        window.ctx.set_client_id(210_002)
        window.show_page("documents")
        await settle()
        window.close()  # cancels what runs; let the cancellations finish in the loop
        await window.ctx.runner.wait_idle()

    arun(first_run())
    ctx = make_ctx()
    win = MainWindow(ctx)
    win.persist = False
    win.show()

    async def second_run() -> None:
        await ctx.use_startup_profile()
        page = win.show_page("documents")
        await until(lambda: "210002" in header_text(page), message="restored client")
        win.close()
        await ctx.runner.wait_idle()

    arun(second_run())
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Probe(ClientPage):
    """A client page that reads the account's numbers whenever its client changes."""

    page_id = "pbx"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.shown: list[int | None] = []

    def client_changed(self, client: CurrentClient | None) -> None:
        if client is None or self.ctx.api is None:
            return
        api, asked = self.ctx.api, client.user_id
        self.run(lambda: api.numbers.list_numbers(**client.api_args()), title="probe",
                 name="read", on_success=lambda _r: self.shown.append(asked))


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    yield Recorder()


def test_switching_client_mid_request_never_acts_for_the_previous(
        make_ctx: Callable[..., Any], recorder: Recorder, arun: Any, qtbot: Any) -> None:
    ctx: AppContext = make_ctx(client_options={"http_transport": recorder})
    arun(ctx.use_startup_profile())
    emulator = ctx.emulator
    assert emulator is not None
    probe = Probe(ctx)
    qtbot.addWidget(probe)
    probe.show()
    path = "/v1/direct_numbers/"

    async def scenario() -> int:
        emulator.set_faults(hold=1, path=path)
        ctx.set_client_id(210_002)  # client A: its read (and the header's) now hang
        await until(lambda: emulator.in_flight(path) >= 1, message="A's request held")
        switched_at = len(recorder.sent)
        ctx.set_client_id(210_003)  # client B
        await settle()
        emulator.set_faults()  # let everything go: A's answers arrive to no one
        await until(lambda: probe.shown == [210_003], message="B's answer shown")
        await until(lambda: ctx.facts is not None, message="B's facts")
        return switched_at

    switched_at = arun(scenario())
    assert probe.shown == [210_003]  # A's late answer was never shown
    assert "210003" in header_text(probe)
    after = [params.get("user_id") for p, params in recorder.sent[switched_at:]
             if p.startswith(("/v1/pbx", "/v1/direct_numbers", "/v1/documents"))]
    assert after and set(after) == {"210003"}
    assert ctx.facts is not None and ctx.facts.user_id == 210_003


def test_a_finished_onboarding_opens_the_next_page_for_its_client(
        window: Any, qtbot: Any, arun: Any) -> None:
    from tests.gui.onboarding.test_wizard import button, press_next, walk_to_topup
    from zaddesk.core.onboarding import Step

    ctx: AppContext = window.ctx
    ctx.set_client_id(210_002)
    page = window.show_page("onboarding")

    async def scenario() -> int:
        wizard = await walk_to_topup(qtbot, page, ctx.emulator)
        await press_next(qtbot, wizard, Step.TOPUP)
        qtbot.mouseClick(button(wizard, "skip_topup"), Qt.MouseButton.LeftButton)
        await settle()
        wizard.next_step.ui.create_pbx.setChecked(True)
        await press_next(qtbot, wizard, Step.SUMMARY)
        client_id = wizard.flow.client_id
        assert client_id is not None
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
        await settle()
        return client_id

    client_id = arun(scenario())
    assert window.current_page_id() == "pbx"
    assert ctx.client is not None and ctx.client.user_id == client_id
    pbx = window.page("pbx")
    arun(until(lambda: str(client_id) in header_text(pbx), message="header of the new client"))
