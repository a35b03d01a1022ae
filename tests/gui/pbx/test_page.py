"""The PBX page against the embedded emulator, as a rep uses it with the client beside them."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
import zxingcpp
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import until
from tests.hookserver import hook_server
from zaddesk.api.transport import Priority
from zaddesk.core.webhooks import event_signature
from zaddesk.gui.context import CurrentClient
from zaddesk.gui.pbx.dialogs import (
    PasswordDialog,
    RecordingDialog,
    RedirectionDialog,
    SipSettingsDialog,
)
from zaddesk.gui.pbx.page import CREATE, TABS, PbxPage

STAR = 210001  # demo client with a PBX: extensions 100-102
CREATE_PATH = "/v1/pbx/internal/create/"


def decode_qr(image: QImage) -> str:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = gray.width(), gray.height()
    line = gray.bytesPerLine()
    raw = bytes(gray.constBits())[: line * height]
    pixels = b"".join(raw[y * line: y * line + width] for y in range(height))
    # QR codes only, as a phone's camera app looks for: with every format on, a random
    # password now and then also reads as some other barcode inside the QR pattern.
    found = zxingcpp.read_barcodes(memoryview(pixels).cast("B", (height, width)),
                                   formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    assert len(found) == 1 and found[0].format == zxingcpp.BarcodeFormat.QRCode
    return str(found[0].text)


async def open_page(window: Any, user_id: int) -> PbxPage:
    ctx = window.ctx
    ctx.set_client(CurrentClient(user_id, f"Client {user_id}"))
    page = window.show_page("pbx")
    assert isinstance(page, PbxPage)
    await until(lambda: page.state is not None, message="the PBX read")
    await ctx.runner.wait_idle()
    return page


def banner(page: PbxPage) -> str:
    return page.banner.text()


def server_numbers(window: Any, user_id: int) -> list[int]:
    from tests.conftest import signed

    answer = signed(window.ctx.emulator, "GET", "/v1/pbx/internal/", {"user_id": user_id})
    assert answer.status_code == 200, answer.text
    return [int(n) for n in answer.json()["numbers"]]


def test_new_client_pbx_extensions_recording_sip_qr_webhooks_and_webrtc(
    window: Any, arun: Any, qtbot: Any, tmp_path: Path
) -> None:
    ctx = window.ctx

    async def scenario() -> None:
        assert ctx.api is not None
        made = await ctx.api.reseller.register("nowy.klient@example.pl", "Jan", "PL",
                                               last_name="Nowy", organization="Nowy Sklep",
                                               currency="PLN")
        uid = int(made.user_id)
        page = await open_page(window, uid)
        assert page.stack.currentIndex() == CREATE
        panel = page.create_panel
        generated = panel.password.text()
        assert len(generated) == 16

        # A weak password is refused on its field, before any request.
        panel.password.setText("haslo123")
        qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
        assert "password" in page.errors.marked()
        assert "digit" not in page.errors.marked()["password"]
        assert page.stack.currentIndex() == CREATE
        await ctx.runner.wait_idle()

        # The generated one is used and shown once, with Copy.
        qtbot.mouseClick(panel.generate, Qt.MouseButton.LeftButton)
        password = panel.password.text()
        qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
        await until(lambda: page.stack.currentIndex() == TABS, message="the PBX tabs")
        await ctx.runner.wait_idle()
        assert page.password_once.isVisible()
        assert page.password_once.value.text() == password
        qtbot.mouseClick(page.password_once.copy, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == password
        qtbot.mouseClick(page.password_once.done, Qt.MouseButton.LeftButton)
        assert not page.password_once.isVisible() and page.password_once.value.text() == ""
        assert panel.password.text() == ""

        tab = page.extensions
        assert [r.number for r in tab.model.rows] == [100]

        # Bad extension numbers are refused on the field.
        for bad, field in (("99", "start_number"), ("100", "start_number"), ("abc",
                                                                              "start_number")):
            tab.start_number.setText(bad)
            qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
            assert field in page.errors.marked(), bad
        assert server_numbers(window, uid) == [100]

        tab.start_number.setText("101")
        tab.quantity.setValue(3)
        qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
        await until(lambda: len(tab.model.rows) == 4, message="four extensions")
        await ctx.runner.wait_idle()
        assert [r.number for r in tab.model.rows] == [100, 101, 102, 103]
        assert server_numbers(window, uid) == [100, 101, 102, 103]
        assert "101–103" in banner(page)

        # Recording by e-mail for 101: four addresses refused, three accepted.
        tab.table.selectRow(1)
        tab.open_recording()
        dialog = page.dialog
        assert isinstance(dialog, RecordingDialog)
        dialog.record_email.setChecked(True)
        dialog.email.setText("a@firma.pl, b@firma.pl, c@firma.pl, d@firma.pl")
        dialog.submit()
        assert "email" in dialog.errors.marked()
        assert "4" in dialog.errors.marked()["email"]
        dialog.email.setText("a@firma.pl, b@firma.pl")
        dialog.submit()
        await until(lambda: not shiboken6.isValid(dialog), message="the recording dialog closes")
        await ctx.runner.wait_idle()
        row = tab.model.rows[1]
        assert row.number == 101 and row.record_email == "a@firma.pl,b@firma.pl"
        assert "a@firma.pl" in tab.model.recording_text(row)

        # SIP settings: the QR code decodes back to the text shown; a PDF hand-out.
        tab.table.selectRow(1)
        tab.open_sip_settings()
        sip = page.dialog
        assert isinstance(sip, SipSettingsDialog)
        assert "Password" not in sip.text.toPlainText()
        qtbot.mouseClick(sip.show_password, Qt.MouseButton.LeftButton)
        await until(lambda: sip.sip.password is not None, message="the SIP password")
        text = sip.text.toPlainText()
        assert sip.sip.password is not None
        assert sip.sip.login in text and sip.sip.password in text
        assert "pbx.zadarma.com" in text
        assert decode_qr(sip.qr.image()) == text
        sip.kind.setCurrentIndex(sip.kind.findData("sip_uri"))
        assert decode_qr(sip.qr.image()) == sip.sip.payload("sip_uri")
        pdf = tmp_path / "extension-101.pdf"
        sip.save_pdf(str(pdf))
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(
            b"/Type /Page ") + data.count(b"/Type /Page>") >= 1
        sip.close()

        # Webhooks: a URL that answers the echo, with a dynamic-menu answer explained.
        page.tabs.setCurrentWidget(page.webhooks)
        await ctx.runner.wait_idle()
        group = page.webhooks.callinfo
        group.url.setText("crm.example.pl/zadarma")
        qtbot.mouseClick(group.save, Qt.MouseButton.LeftButton)
        assert "url" in group.errors.marked() and "https://" in group.errors.marked()["url"]
        menu = {"ivr_play": "5f3a", "wait_dtmf": {"timeout": 5, "attempts": 2,
                                                   "maxdigits": 1, "name": "menu",
                                                   "default": "777"}, "colour": "red"}
        with hook_server("right", menu) as crm:
            group.url.setText(crm.url)
            qtbot.mouseClick(group.save, Qt.MouseButton.LeftButton)
            await ctx.runner.wait_idle()
            # Plain http: the precise reason, saved only when asked again.
            assert "not HTTPS" in group.result.text()
            assert group.saved_url == ""
            qtbot.mouseClick(group.save, Qt.MouseButton.LeftButton)
            await until(lambda: group.saved_url == crm.url, message="the URL saved")
            info = await ctx.api.webhooks.callinfo(user_id=uid)
            assert info.url == crm.url
            # The emulator checked it too, as Zadarma does.
            assert sum(1 for h in crm.hits if h.method == "GET") == 3

            qtbot.mouseClick(page.webhooks.send_test, Qt.MouseButton.LeftButton)
            await until(lambda: crm.posts(), message="the test event")
            await ctx.runner.wait_idle()
            hit = crm.posts()[0]
            keys = await ctx.api.reseller.get_api_key(user_id=uid)
            assert hit.form["event"] == "NOTIFY_START"
            assert hit.headers["Signature"] == event_signature("NOTIFY_START", hit.form,
                                                               keys.secret)
            shown = page.webhooks.test_result.toPlainText()
            assert "HTTP 200" in shown
            assert "Play the sound file 5f3a." in shown
            assert "Wait up to 5 s" in shown
            assert "“colour” is not a key Zadarma knows" in shown
            assert "777 is neither a scenario nor an extension" in shown

        # A server that answers the echo wrongly is refused with its reason.
        with hook_server("wrong") as liar:
            group.url.setText(liar.url + "/wrong")
            qtbot.mouseClick(group.save, Qt.MouseButton.LeftButton)
            await ctx.runner.wait_idle()
            assert "“OK” instead of the zd_echo value" in group.result.text()
            assert "url" in group.errors.marked()
            qtbot.mouseClick(group.save, Qt.MouseButton.LeftButton)  # "try anyway"
            await ctx.runner.wait_idle()
            # The emulator refused it as Zadarma would; its reason lands on the field.
            assert "zd_echo" in group.errors.marked()["url"]
            assert "zd_echo" in group.result.text()
        assert (await ctx.api.webhooks.callinfo(user_id=uid)).url == crm.url

        # WebRTC widget with two domains; the snippet is copied with the current key.
        page.tabs.setCurrentWidget(page.webrtc)
        await ctx.runner.wait_idle()
        web = page.webrtc
        web.domain.setText("https://nowysklep.example.pl")
        qtbot.mouseClick(web.add_domain, Qt.MouseButton.LeftButton)
        assert "domain" in page.errors.marked()
        assert "without https://" in page.errors.marked()["domain"]
        web.domain.setText("nowysklep.example.pl")
        qtbot.mouseClick(web.add_domain, Qt.MouseButton.LeftButton)
        await until(lambda: web.info is not None and web.info.is_exists,
                    message="the widget created")
        web.domain.setText("nowysklep.example.pl/kontakt")
        qtbot.mouseClick(web.add_domain, Qt.MouseButton.LeftButton)
        assert "without a path" in page.errors.marked()["domain"]
        web.domain.setText("crm.nowysklep.example.pl")
        qtbot.mouseClick(web.add_domain, Qt.MouseButton.LeftButton)
        await until(lambda: web.domains.count() == 2, message="two domains")
        await until(lambda: bool(web.key), message="a key")
        assert "71 h" in web.expiry.text()
        qtbot.mouseClick(web.copy, Qt.MouseButton.LeftButton)
        copied = QGuiApplication.clipboard().text()
        assert copied == web.snippet.toPlainText()
        assert web.key in copied and "zadarmaWidgetFn" in copied
        widget = await ctx.api.webrtc.get(user_id=uid)
        assert widget.domains == ["nowysklep.example.pl", "crm.nowysklep.example.pl"]

    arun(scenario(), timeout=120)


@pytest.mark.parametrize("fault", ["status_5xx", "drop_after_apply"])
def test_fault_on_the_third_of_four_creations_shows_exactly_which_exist(
    window: Any, arun: Any, qtbot: Any, fault: str
) -> None:
    ctx = window.ctx

    async def scenario() -> None:
        page = await open_page(window, STAR)
        tab = page.extensions
        assert [r.number for r in tab.model.rows] == [100, 101, 102]
        ctx.emulator.set_faults(**{fault: 1}, skip=2, path=CREATE_PATH)
        tab.start_number.setText("110")
        tab.quantity.setValue(4)
        qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
        await until(lambda: "110" in banner(page) or "111" in banner(page), message="report")
        await ctx.runner.wait_idle()
        ctx.emulator.set_faults()
        shown = [r.number for r in tab.model.rows]
        text = banner(page)
        if fault == "status_5xx":
            assert shown == [100, 101, 102, 110, 111]
            assert "Creating extension 112 failed" in text
            assert "shows it was not created" in text  # a 500 to a POST is read back too
            assert "Exist now: 110, 111." in text
            assert "Not created: 112, 113." in text
            assert (tab.start_number.text(), tab.quantity.value()) == ("112", 2)
        else:
            # The answer was lost: reading the server back settles it, nothing is re-sent.
            assert shown == [100, 101, 102, 110, 111, 112]
            assert "created after all" in text
            assert "Exist now: 110–112." in text
            assert "Not created: 113." in text
        assert server_numbers(window, STAR) == shown
        assert page.desk is not None and page.desk.unsettled() == []

    arun(scenario())


def test_status_is_polled_in_the_background_within_budget(window: Any, arun: Any) -> None:
    ctx = window.ctx

    async def scenario() -> None:
        tab = (await extensions_with_status(window)).extensions
        assert [r.online for r in tab.model.rows] == [False, False, False]
        assert tab.timer.isActive()
        # A round is one BACKGROUND read per extension, sent again on request.
        with status_reads(ctx) as calls:
            tab.poll_status()
            await until(lambda: len(calls) == 3, message="one background round")
            assert calls == ["100:BACKGROUND", "101:BACKGROUND", "102:BACKGROUND"]

    arun(scenario())


async def extensions_with_status(window: Any) -> PbxPage:
    """STAR's PBX page with every extension's online status read and no round still running."""
    page = await open_page(window, STAR)
    tab = page.extensions
    await until(lambda: all(r.online is not None for r in tab.model.rows)
                and not any(t.name == "pbx_status" and t.running
                            for t in window.ctx.runner.tasks()),
                message="online status, every round done")
    return page


@contextlib.contextmanager
def status_reads(ctx: Any) -> Iterator[list[str]]:
    """Each extension status read sent meanwhile, as ``number:PRIORITY``."""
    calls: list[str] = []
    original = ctx.api.pbx.extension_status

    async def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(f"{args[0]}:{Priority(kwargs['priority']).name}")
        return await original(*args, **kwargs)

    ctx.api.pbx.extension_status = counting
    try:
        yield calls
    finally:
        del ctx.api.pbx.extension_status


def test_a_round_skipped_for_budget_is_tried_again_soon(window: Any, arun: Any) -> None:
    ctx = window.ctx

    async def scenario() -> None:
        page = await extensions_with_status(window)
        tab = page.extensions
        transport = ctx.api.transport
        real = transport.rate_snapshot()
        tight = dataclasses.replace(real, general=dataclasses.replace(real.general, remaining=2))
        transport.rate_snapshot = lambda: tight
        try:
            with status_reads(ctx) as calls:
                tab.poll_status()  # 2 left of 100: the rep's clicks come first
                assert calls == [] and tab.retry.isActive()
                assert tab.retry.interval() < tab.timer.interval() / 10
                del transport.rate_snapshot  # room again
                tab.retry.start(10)
                await until(lambda: len(calls) == 3, message="the round tried again")
        finally:
            if "rate_snapshot" in vars(transport):
                del transport.rate_snapshot
        page.extensions.stop()
        assert not tab.retry.isActive()

    arun(scenario())


def test_a_round_skipped_while_hidden_goes_when_the_tab_shows(window: Any, arun: Any) -> None:
    async def scenario() -> None:
        page = await extensions_with_status(window)
        tab = page.extensions
        page.tabs.setCurrentWidget(page.webhooks)
        assert not tab.isVisible()
        # New state while the tab is hidden: its round is skipped, nobody sees the dots.
        fresh = [dataclasses.replace(r, online=None) for r in tab.model.rows]
        tab.model.set_rows([])  # as on a first state: no dot known yet
        tab.model.set_rows(fresh)
        tab.poll_status()
        await asyncio.sleep(0.2)
        assert all(r.online is None for r in tab.model.rows)
        page.tabs.setCurrentWidget(tab)
        await until(lambda: all(r.online is not None for r in tab.model.rows),
                    message="a round once shown")

    arun(scenario())


def test_no_client_shows_the_empty_state(window: Any, arun: Any) -> None:
    ctx = window.ctx
    ctx.set_client(None)
    page = window.show_page("pbx")
    assert isinstance(page, PbxPage)
    assert page.stack.currentIndex() == 0
    assert "Choose a client" in page.empty.text()
    QApplication.processEvents()


def test_a_lost_answer_to_create_pbx_is_settled_by_reading_not_resending(
    window: Any, arun: Any, qtbot: Any
) -> None:
    ctx = window.ctx
    plain = 210002  # demo client without a PBX

    async def scenario() -> None:
        page = await open_page(window, plain)
        assert page.stack.currentIndex() == CREATE
        password = page.create_panel.password.text()
        ctx.emulator.set_faults(drop_after_apply=1, path="/v1/pbx/create/")
        qtbot.mouseClick(page.create_panel.create_button, Qt.MouseButton.LeftButton)
        await until(lambda: page.stack.currentIndex() == TABS, message="settled by reading")
        await ctx.runner.wait_idle()
        ctx.emulator.set_faults()
        assert "may have been applied" in banner(page)
        assert page.password_once.value.text() == password  # it may be the PBX's password now
        assert page.desk is not None and page.desk.unsettled() == []
        once = page.once()
        ledger = once.journal.ledger(plain, profile=once.profile)
        sent = [s for s in once.journal.steps(ledger.id) if s.action == "pbx_create"]
        assert len(sent) == 1 and sent[0].applied  # sent once, settled as applied by reading
        assert server_numbers(window, plain) == [100]

    arun(scenario())


def test_password_and_forwarding_dialogs_refuse_bad_input_then_apply(
    window: Any, arun: Any, qtbot: Any
) -> None:
    ctx = window.ctx

    async def scenario() -> None:
        page = await open_page(window, STAR)
        tab = page.extensions
        tab.table.selectRow(1)  # extension 101
        tab.open_password()
        dialog = page.dialog
        assert isinstance(dialog, PasswordDialog)
        dialog.value.setText("password1")
        dialog.submit()
        assert "common" in dialog.errors.marked()["value"]
        dialog.value.setText("15001-101Xyz9")
        dialog.submit()
        assert "login" in dialog.errors.marked()["value"]
        qtbot.mouseClick(dialog.generate, Qt.MouseButton.LeftButton)
        chosen = dialog.value.text()
        dialog.submit()
        await until(lambda: not shiboken6.isValid(dialog), message="the password dialog")
        await ctx.runner.wait_idle()
        assert (await ctx.api.pbx.get_password(101, user_id=STAR)).password == chosen
        assert "101" in banner(page)

        async def forwarding() -> RedirectionDialog:
            tab.open_redirection()
            await until(lambda: isinstance(page.dialog, RedirectionDialog)
                        and shiboken6.isValid(page.dialog), message="the forwarding dialog")
            found = page.dialog
            assert isinstance(found, RedirectionDialog)
            return found

        dialog2 = await forwarding()
        assert not dialog2.status.isChecked()
        dialog2.status.setChecked(True)
        dialog2.destination.setText("12 34")
        dialog2.submit()
        assert "international format" in dialog2.errors.marked()["destination"]
        dialog2.kind.setCurrentIndex(dialog2.kind.findData("voicemail"))
        dialog2.destination.setText("biuro(at)example.pl")
        dialog2.submit()
        assert "e-mail" in dialog2.errors.marked()["destination"]
        dialog2.kind.setCurrentIndex(dialog2.kind.findData("phone"))
        dialog2.destination.setText("+48 601 234 567")
        dialog2.condition.setCurrentIndex(dialog2.condition.findData("noanswer"))
        dialog2.submit()
        await until(lambda: not shiboken6.isValid(dialog2), message="forwarding saved")
        now = await ctx.api.pbx.get_redirection(101, user_id=STAR)
        assert (now.current_status, now.type, now.condition) == ("on", "phone", "noanswer")
        assert now.destination == "48601234567"
        dialog3 = await forwarding()
        assert dialog3.status.isChecked()
        assert dialog3.destination.text() == "48601234567"
        dialog3.status.setChecked(False)
        dialog3.submit()
        await until(lambda: not shiboken6.isValid(dialog3), message="forwarding off")
        assert (await ctx.api.pbx.get_redirection(101, user_id=STAR)).current_status == "off"

    arun(scenario())


def test_lost_answers_are_read_back_or_left_to_the_rep(
    window: Any, arun: Any, qtbot: Any
) -> None:
    ctx = window.ctx

    async def scenario() -> None:
        page = await open_page(window, STAR)
        desk = page.desk
        assert desk is not None
        # A webhook switch whose answer is lost: read back, settled, nothing re-sent.
        page.tabs.setCurrentWidget(page.webhooks)
        await ctx.runner.wait_idle()
        box = page.webhooks.callinfo.switches["notify_end"]
        ctx.emulator.set_faults(drop_after_apply=1, path="/v1/pbx/callinfo/notifications/")
        # On its box, not the middle of a wide row: a check box toggles on its indicator/text.
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        await ctx.runner.wait_idle()
        ctx.emulator.set_faults()
        assert "was lost" in banner(page)
        assert len(desk.unsettled()) == 1
        page.reload()
        await ctx.runner.wait_idle()
        assert desk.unsettled() == [] and not page.unsettled.isVisible()
        assert (await ctx.api.webhooks.callinfo(user_id=STAR)).notifications.notify_end

        # A new password whose answer is lost: the server cannot show it; the rep decides.
        page.tabs.setCurrentWidget(page.extensions)
        page.extensions.table.selectRow(0)
        page.extensions.open_password()
        dialog = page.dialog
        assert isinstance(dialog, PasswordDialog)
        ctx.emulator.set_faults(drop_after_apply=1, path="/v1/pbx/internal/100/password/")
        dialog.submit()
        await ctx.runner.wait_idle()
        ctx.emulator.set_faults()
        assert "was lost" in dialog.banner.text()
        dialog.close()
        page.reload()
        await ctx.runner.wait_idle()
        assert page.unsettled.isVisible()
        assert "password of extension 100" in page.unsettled.label.text()
        # Nothing more is sent for this PBX meanwhile.
        page.extensions.start_number.setText("150")
        qtbot.mouseClick(page.extensions.create_button, Qt.MouseButton.LeftButton)
        await ctx.runner.wait_idle()
        assert "Nothing was sent" in banner(page) and 150 not in server_numbers(window, STAR)
        qtbot.mouseClick(page.unsettled.applied, Qt.MouseButton.LeftButton)
        assert not page.unsettled.isVisible() and desk.unsettled() == []
        qtbot.mouseClick(page.extensions.create_button, Qt.MouseButton.LeftButton)
        await until(lambda: 150 in [r.number for r in page.extensions.model.rows],
                    message="extension 150 after the decision")

    arun(scenario())


def test_the_open_page_and_its_dialogs_in_polish(window: Any, arun: Any) -> None:
    import asyncio

    from tests.gui.test_i18n import untranslated, visible_texts

    ctx = window.ctx

    async def scenario() -> None:
        page = await open_page(window, STAR)
        tab = page.extensions
        tab.table.selectRow(0)
        dialogs: dict[str, Any] = {}
        for name, opener in (("sip", tab.open_sip_settings), ("password", tab.open_password),
                             ("recording", tab.open_recording)):
            opener()
            dialogs[name] = page.dialog
        page.unsettled.show_steps([])

        def collect() -> dict[str, str]:
            texts = {f"page/{k}": v for k, v in visible_texts(page).items()}
            for name, dialog in dialogs.items():
                texts.update({f"{name}/{k}": v for k, v in visible_texts(dialog).items()})
                texts[f"{name}/title"] = dialog.windowTitle()
            for index in range(page.tabs.count()):
                texts[f"tab/{index}"] = page.tabs.tabText(index)
            model = tab.model
            for column in range(model.columnCount()):
                texts[f"header/{column}"] = model.headerData(column, Qt.Orientation.Horizontal)
            return texts

        english = collect()
        ctx.set_language("pl")
        try:
            await asyncio.sleep(0.05)
            polish = collect()
            # The settings text (and so the QR code) speaks the rep's language too.
            assert "Serwer: pbx.zadarma.com" in dialogs["sip"].text.toPlainText()
        finally:
            ctx.set_language("en")
            await asyncio.sleep(0.05)
        skip = ("client_title", "email_label", "sip_text", "snippet", "#ok.")  # data; "OK"
        for key in [k for k in english if any(s in k for s in skip)]:
            del english[key]
        problems = untranslated(english, polish)
        assert not problems, "\n".join(problems)
        assert polish["tab/0"] == "Nu&mery wewnętrzne"

    arun(scenario())


def test_another_page_opens_a_tab(window: Any, arun: Any) -> None:
    async def scenario() -> None:
        page = await open_page(window, STAR)
        window.ctx.open_page("pbx", tab="webrtc")
        await until(lambda: page.tabs.currentWidget() is page.webrtc, message="WebRTC tab")
        page.open_with(tab="webhooks")
        assert page.tabs.currentWidget() is page.webhooks

    arun(scenario())
