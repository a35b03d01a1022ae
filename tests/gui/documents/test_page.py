"""The documents page on the demo emulator: real drops, checks, the queue, the checklist."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from tests import media
from tests.gui.conftest import until
from tests.gui.drops import drop_files
from zaddesk.core.catalog import Catalog, CatalogCache, default_catalog_path
from zaddesk.core.uploads import UploadState
from zaddesk.gui.documents.page import DocumentsPage
from zaddesk.gui.uploads import thumbnail

STAR = 210001  # Anna Nowak: groups 2 (no files) and 3 (a passport)
PLAIN = 210002  # no groups


async def open_page(window: Any, user_id: int) -> DocumentsPage:
    window.ctx.set_client_id(user_id)
    page = window.show_page("documents")
    assert isinstance(page, DocumentsPage)
    await until(lambda: page.client is not None and page.client.user_id == user_id,
                message="client")
    await window.ctx.runner.wait_idle()
    return page


def type_into(qtbot: Any, field: Any, text: str) -> None:
    """Keystrokes for ASCII (QTest cannot type others); other letters as the input method would."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(field, char)
        else:
            field.insert(char)


def rows(page: DocumentsPage) -> dict[str, Any]:
    return {item.filename: item for item in page.queue.model.rows}


async def settled(page: DocumentsPage, count: int) -> None:
    await until(lambda: len(page.queue.model.rows) >= count
                and all(i.state not in (UploadState.WAITING, UploadState.UPLOADING,
                                        UploadState.SETTLING) for i in page.queue.model.rows),
                timeout=60, message=f"{count} rows settled")


async def server_files(window: Any, user_id: int, group: int) -> list[Any]:
    result: list[Any] = await window.ctx.api.documents.files(group, user_id=user_id)
    return result


def test_every_bad_file_gets_its_own_reason_and_the_good_ones_go_once(
        window: Any, arun: Any, tmp_path: Path) -> None:
    good = media.write(tmp_path, "paszport Łukasz Żółć.pdf", media.pdf_bytes())
    scan = media.write(tmp_path, "rachunek za prąd.png", media.png_bytes())
    photo = media.write(tmp_path, "zdjęcie z dowodem.jpg", media.jpeg_bytes(orientation=6))
    folder = tmp_path / "skany"
    folder.mkdir()
    dangling = tmp_path / "zniknął.pdf"
    dangling.symlink_to(tmp_path / "nie ma")
    bad = [
        media.write(tmp_path, "obraz.pdf", media.png_bytes(8, 8)),
        media.write(tmp_path, "pusty.pdf", b""),
        media.write(tmp_path, "za duży.pdf", media.pdf_bytes() + b"%" * (10 * 1024 * 1024)),
        media.write(tmp_path, "hasło.pdf", media.pdf_bytes(encrypted=True)),
        media.write(tmp_path, "ucięty.pdf", media.pdf_bytes()[:120]),
        folder,
        dangling,
    ]
    copy = media.write(tmp_path, "kopia paszportu.pdf", good.read_bytes())

    async def scenario() -> None:
        page = await open_page(window, STAR)
        group = page.current_group()
        assert group is not None
        before = len(await server_files(window, STAR, group))
        assert drop_files(page, [good, scan, photo, *bad, copy])
        await settled(page, 11)
        found = rows(page)
        assert {n: found[n].state for n in (good.name, scan.name, photo.name)} == {
            good.name: UploadState.DONE, scan.name: UploadState.DONE,
            photo.name: UploadState.DONE}
        assert found[good.name].document_type == "passport"
        assert found[scan.name].document_type == "phone_bill"
        assert found[photo.name].document_type == "photo_with_passport"
        assert {p.name: found[p.name].problem for p in bad} == {
            "obraz.pdf": "renamed", "pusty.pdf": "empty", "za duży.pdf": "too_big",
            "hasło.pdf": "pdf_encrypted", "ucięty.pdf": "pdf_damaged", "skany": "folder",
            "zniknął.pdf": "unreadable"}
        assert found[copy.name].problem == "duplicate"
        assert len(await server_files(window, STAR, group)) == before + 3
        # Every reason reads differently on screen (the three uploaded rows say the same).
        model = page.queue.model
        assert len({model.data(model.index(r, model.STATE)) for r in range(11)}) == 9

    arun(scenario())


def test_fifty_files_at_once_all_arrive(window: Any, arun: Any, tmp_path: Path) -> None:
    paths = [media.write(tmp_path, f"strona {i:02d}.png", media.png_bytes(8 + i, 8))
             for i in range(50)]

    async def scenario() -> None:
        page = await open_page(window, STAR)
        group = page.current_group()
        assert group is not None
        before = len(await server_files(window, STAR, group))
        assert drop_files(page, paths)
        await settled(page, 50)
        assert all(i.state == UploadState.DONE for i in page.queue.model.rows)
        assert len(await server_files(window, STAR, group)) == before + 50

    arun(scenario(), timeout=180)


def test_network_failure_mid_upload_then_retry(window: Any, arun: Any, tmp_path: Path) -> None:
    scan = media.write(tmp_path, "umowa.pdf", media.pdf_bytes("Umowa", padding=3_000_000))

    async def scenario() -> None:
        page = await open_page(window, STAR)
        group = page.current_group()
        assert group is not None
        before = len(await server_files(window, STAR, group))
        window.ctx.emulator.set_faults(cut_upload=10, path="/v1/documents/upload/")
        assert drop_files(page, [scan])
        await settled(page, 1)
        [item] = page.queue.model.rows
        assert item.state == UploadState.FAILED and item.problem == "network"
        assert len(await server_files(window, STAR, group)) == before
        window.ctx.emulator.set_faults()
        page.queue.table.selectRow(0)
        assert page.queue.retry_button.isEnabled()
        page.queue.retry_button.click()
        await until(lambda: page.queue.model.rows[0].state == UploadState.DONE, timeout=30,
                    message="retried upload done")
        assert len(await server_files(window, STAR, group)) == before + 1

    arun(scenario())


def test_uploads_finish_for_their_client_when_the_rep_switches(
        window: Any, arun: Any, tmp_path: Path) -> None:
    scan = media.write(tmp_path, "paszport.pdf", media.pdf_bytes())

    async def scenario() -> None:
        page = await open_page(window, STAR)
        group = page.current_group()
        assert group is not None
        before = len(await server_files(window, STAR, group))
        emulator = window.ctx.emulator
        emulator.set_faults(hold=1, path="/v1/documents/upload/")
        assert drop_files(page, [scan])
        await until(lambda: bool(page.queue.model.rows)
                    and page.queue.model.rows[0].state == UploadState.UPLOADING,
                    message="upload on the wire")
        window.ctx.set_client_id(PLAIN)
        await until(lambda: page.client is not None and page.client.user_id == PLAIN,
                    message="switched")
        assert "continue" in page.banner.text() and "Anna" in page.banner.text()
        [row] = page.queue.model.rows  # still shown, with the client it belongs to
        assert "for Anna Nowak" in page.queue.model.data(page.queue.model.index(0, 0))
        emulator.set_faults()
        await until(lambda: page.service.queue.get(row.id).state == UploadState.DONE,
                    message="upload done for the first client")
        assert len(await server_files(window, STAR, group)) == before + 1

    arun(scenario())


def test_checklist_goes_from_three_missing_to_valid(
        window: Any, arun: Any, tmp_path: Path, qtbot: Any) -> None:
    passport = media.write(tmp_path, "paszport.pdf", media.pdf_bytes())
    bill = media.write(tmp_path, "rachunek.pdf", media.pdf_bytes("Bill"))

    async def scenario() -> None:
        page = await open_page(window, PLAIN)
        page.new_group_button.click()
        values = {"first_name": "Piotr", "last_name": "Kowalski", "email": "piotr@example.pl",
                  "phone": "+48 602 345 678", "country": "PL", "city": "Poznań",
                  "zip_code": "60-001", "street": "Święty Marcin", "building_number": "7",
                  "address": "ul. Święty Marcin 7, 60-001 Poznań"}
        for name, value in values.items():
            type_into(qtbot, page.inputs[name], value)
        page.save_button.click()
        await until(lambda: bool(page.groups) and page.current_group() is not None,
                    message="saved")
        await window.ctx.runner.wait_idle()
        # The number shop read Germany's directions (into its catalogue cache) and hands over
        # only the direction's id and the group, as its order dialog does.
        cache = CatalogCache(default_catalog_path(window.ctx.profile.name))
        cached = await Catalog(window.ctx.api, cache).directions("DE", "en", "USD")
        cache.close()
        berlin = int(next(d.id for d in cached.value if d.name == "Berlin"))
        window.ctx.open_page("documents", direction_id=berlin,
                             documents_group_id=page.current_group())
        await until(lambda: page.direction is not None, message="direction")
        await window.ctx.runner.wait_idle()
        assert page.missing_label.text().startswith("3 "), page.missing_label.text()
        for name, value in {"country": "DE", "city": "Berlin", "zip_code": "10115",
                            "street": "Unter den Linden", "building_number": "1",
                            "address": "Unter den Linden 1, 10115 Berlin"}.items():
            field = page.inputs[name]
            assert isinstance(field, QLineEdit)
            field.clear()
            type_into(qtbot, field, value)
        page.save_button.click()
        await window.ctx.runner.wait_idle()
        assert drop_files(page, [passport, bill])
        await settled(page, 2)
        await until(lambda: page.missing_label.text().startswith("Nothing missing"),
                    message="nothing missing")
        await until(lambda: page.validity.count() == 4
                    and all(page.validity.item(i).text().startswith("✔") for i in range(4)),
                    message="the service says valid")

    arun(scenario())


def test_fields_are_checked_as_typed(window: Any, arun: Any, qtbot: Any) -> None:
    async def scenario() -> None:
        page = await open_page(window, STAR)
        qtbot.keyClicks(page.inputs["date_of_birth"], "1990-02-30")
        await until(lambda: "date_of_birth" in page.errors.marked(), message="date checked")
        assert page.errors.marked()["date_of_birth"] == "There is no such date."
        nationality = page.inputs["nationality"]
        assert isinstance(nationality, QLineEdit)
        nationality.clear()
        qtbot.keyClicks(nationality, "XX")
        await until(lambda: "nationality" in page.errors.marked(), message="country checked")
        assert "ISO 3166" in page.errors.marked()["nationality"]

    arun(scenario())


def test_service_problems_show_at_the_file_with_replace(
        window: Any, arun: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    replacement = media.write(tmp_path, "nowy skan.pdf", media.pdf_bytes("Nowy"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(replacement)], ""))

    async def scenario() -> None:
        page = await open_page(window, STAR)
        # The seeded group 2 has no address: the service says so, at the address field.
        await until(lambda: "address" in page.errors.marked(), message="address problem")
        assert page.wrongs_label.isVisible()
        index = page.group_box.findData(3)  # group 3 holds the passport scan
        page.group_box.setCurrentIndex(index)
        await until(lambda: page.file_list.count() > 0, message="files")
        page.file_list.setCurrentRow(0)
        assert page.replace_button.isEnabled()
        page.replace_button.click()
        await settled(page, 1)
        [item] = page.queue.model.rows
        assert item.state == UploadState.DONE and item.document_type == "passport"

    arun(scenario())


def test_thumbnails_turn_by_exif_and_render_pdf_page_one(qapp: Any, tmp_path: Path) -> None:
    plain = thumbnail(media.write(tmp_path, "a.jpg", media.jpeg_bytes(40, 20)), "jpeg", 40)
    turned = thumbnail(media.write(tmp_path, "b.jpg", media.jpeg_bytes(40, 20, 6)), "jpeg", 40)
    assert plain is not None and plain.width() > plain.height()
    assert turned is not None and turned.height() > turned.width()
    pdf = thumbnail(media.write(tmp_path, "c.pdf", media.pdf_bytes()), "pdf", 40)
    assert pdf is not None and pdf.height() == 40
    assert thumbnail(media.write(tmp_path, "d.pdf", b"%PDF-1.4 broken"), "pdf") is None


def test_document_type_is_editable_in_the_queue(window: Any, arun: Any, tmp_path: Path) -> None:
    scan = media.write(tmp_path, "skan.pdf", media.pdf_bytes())

    async def scenario() -> None:
        page = await open_page(window, STAR)
        window.ctx.emulator.set_faults(hold=1, path="/v1/documents/files/")
        assert drop_files(page, [scan])
        await until(lambda: page.queue.model.rowCount() == 1, message="queued")
        model = page.queue.model
        index = model.index(0, model.DETAIL)
        assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert model.setData(index, "contract")
        window.ctx.emulator.set_faults()
        await settled(page, 1)
        assert model.rows[0].document_type == "contract"
        assert model.rows[0].state == UploadState.DONE

    arun(scenario())


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(window: Any, arun: Any, tmp_path: Path) -> None:
    locked = media.write(tmp_path, "zamknięty.pdf", media.pdf_bytes())
    locked.chmod(0)

    async def scenario() -> None:
        page = await open_page(window, STAR)
        assert drop_files(page, [locked])
        await settled(page, 1)
        assert page.queue.model.rows[0].problem == "unreadable"

    try:
        arun(scenario())
    finally:
        locked.chmod(0o644)


def test_cancel_mid_file_uploads_nothing(window: Any, arun: Any, tmp_path: Path) -> None:
    scan = media.write(tmp_path, "gruby skan.pdf", media.pdf_bytes(padding=9_000_000))

    async def scenario() -> None:
        page = await open_page(window, STAR)
        group = page.current_group()
        assert group is not None
        before = len(await server_files(window, STAR, group))
        window.ctx.emulator.set_faults(hold=1, path="/v1/documents/upload/")
        assert drop_files(page, [scan])
        await until(lambda: bool(page.queue.model.rows)
                    and page.service.uploader.sent.get(page.queue.model.rows[0].id, 0) > 0,
                    message="bytes on the wire")
        page.queue.table.selectRow(0)
        assert page.queue.cancel_button.isEnabled()
        page.queue.cancel_button.click()
        await settled(page, 1)
        window.ctx.emulator.set_faults()
        [item] = page.queue.model.rows
        assert item.state == UploadState.FAILED
        assert item.problem in ("cancelled", "network")  # cut mid-body, or looked up: absent
        await asyncio.sleep(0.3)  # the held request is released; it must not land
        assert len(await server_files(window, STAR, group)) == before
        page.queue.retry_button.click()
        await until(lambda: page.queue.model.rows[0].state == UploadState.DONE, timeout=30,
                    message="sent again on Retry")
        assert len(await server_files(window, STAR, group)) == before + 1

    arun(scenario())
