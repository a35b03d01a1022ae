"""Upload checks, the queue on disk, and sending against the emulator over a real socket."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests import media
from tests.conftest import EmulatorFactory
from zaddesk.api.client import Zadarma
from zaddesk.core import uploads
from zaddesk.core.uploads import Target, Uploader, UploadQueue, UploadState, check_document

STAR = 210001  # has document groups and a PBX


@pytest.mark.parametrize(("name", "data", "problem"), [
    ("paszport skan ąę.pdf", media.pdf_bytes(), None),
    ("skan.png", media.png_bytes(), None),
    ("zdjęcie.jpg", media.jpeg_bytes(orientation=6), None),
    ("obraz.pdf", media.png_bytes(), "renamed"),
    ("dźwięk.pdf", media.mp3_bytes(), "wrong_type"),
    ("notatka.txt", b"hello", "wrong_type"),
    ("pusty.pdf", b"", "empty"),
    ("ucięty.pdf", media.pdf_bytes()[:150], "pdf_damaged"),
    ("hasło.pdf", media.pdf_bytes(encrypted=True), "pdf_encrypted"),
    ("ucięty.png", media.png_bytes()[:-30], "image_damaged"),
    ("duży.pdf", media.pdf_bytes() + b"%" * (10 * 1024 * 1024), "too_big"),
])
def test_document_checks(tmp_path: Path, name: str, data: bytes, problem: str | None) -> None:
    checked = check_document(media.write(tmp_path, name, data))
    assert checked.problem == problem
    if problem is None:
        assert len(checked.sha256) == 64 and checked.size == len(data)


def test_folder_and_unreadable(tmp_path: Path) -> None:
    assert check_document(tmp_path).problem == "folder"
    assert uploads.check_sound(tmp_path).problem == "folder"
    dangling = tmp_path / "zniknął.pdf"
    dangling.symlink_to(tmp_path / "nie ma")
    assert check_document(dangling).problem == "unreadable"
    locked = media.write(tmp_path, "zamknięty.pdf", media.pdf_bytes())
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: every file is readable")
        assert check_document(locked).problem == "unreadable"
    finally:
        locked.chmod(0o644)


@pytest.mark.parametrize(("name", "data", "problem"), [
    ("powitanie.wav", media.wav_bytes(), None),
    ("powitanie.mp3", media.mp3_bytes(), None),
    ("obraz.mp3", media.png_bytes(), "not_audio"),
    ("id3.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x10" + bytes(range(256)) * 8, "damaged"),
    ("ucięty.wav", media.wav_bytes(1.0)[:6000], "truncated"),
    ("połowa.mp3", media.mp3_bytes(4.0)[: len(media.mp3_bytes(4.0)) // 2], "truncated"),
    ("mp3.wav", media.mp3_bytes(), "renamed"),
    ("pusty.mp3", b"", "empty"),
])
def test_sound_checks(tmp_path: Path, name: str, data: bytes, problem: str | None) -> None:
    assert uploads.check_sound(media.write(tmp_path, name, data)).problem == problem


def test_guess_document_type() -> None:
    assert uploads.guess_document_type("Paszport Jan.pdf") == "passport"
    assert uploads.guess_document_type("rachunek_orange_03.pdf") == "phone_bill"
    assert uploads.guess_document_type("selfie z paszportem.jpg") == "photo_with_passport"
    assert uploads.guess_document_type("scan0001.pdf") == "passport"


@pytest_asyncio.fixture
async def api(emulator_factory: EmulatorFactory) -> AsyncIterator[tuple[Any, Zadarma]]:
    server = emulator_factory()
    async with Zadarma(server.base_url, server.key, server.secret) as client:
        yield server, client


async def _group(api: Zadarma) -> int:
    groups = await api.documents.list_groups(user_id=STAR)
    assert groups[0].id is not None
    return groups[0].id


@pytest.mark.asyncio
async def test_queue_sends_each_file_once_and_survives_a_restart(
        tmp_path: Path, api: tuple[Any, Zadarma]) -> None:
    _server, client = api
    group = await _group(client)
    before = len(await client.documents.files(group, user_id=STAR))
    db = tmp_path / "uploads.sqlite3"
    queue = UploadQueue(db)
    uploader = Uploader(queue, lambda: client)
    files = [media.write(tmp_path, f"skan {i}.pdf", media.pdf_bytes(f"Strona {i}"))
             for i in range(5)]
    for path in files:
        uploader.add(check_document(path), target=Target.DOCUMENT, user_id=STAR,
                     client_name="Star", group_id=group)
    twice = uploader.add(check_document(files[0]), target=Target.DOCUMENT, user_id=STAR,
                         client_name="Star", group_id=group)
    assert twice.state == UploadState.REFUSED and twice.problem == "duplicate"
    await asyncio.wait_for(uploader.idle(), 30)
    await uploader.aclose()
    assert [i.state for i in queue.items() if i.id != twice.id] == [UploadState.DONE] * 5
    assert len(await client.documents.files(group, user_id=STAR)) == before + 5
    queue.close()

    # A restart: the rows are still there, nothing is sent again.
    again = Uploader(UploadQueue(db), lambda: client)
    again.kick()
    await asyncio.sleep(0.1)
    await asyncio.wait_for(again.idle(), 10)
    assert len(await client.documents.files(group, user_id=STAR)) == before + 5
    await again.aclose()


@pytest.mark.asyncio
async def test_crash_mid_upload_is_settled_by_reading_the_server(
        tmp_path: Path, api: tuple[Any, Zadarma]) -> None:
    """A row left 'uploading' by a dead console is looked up, never sent again."""
    _server, client = api
    group = await _group(client)
    queue = UploadQueue(tmp_path / "q.sqlite3")
    count = len(await client.documents.files(group, user_id=STAR))
    path = media.write(tmp_path, "umowa.pdf", media.pdf_bytes("Umowa"))
    checked = check_document(path)
    landed = queue.add(uploads.UploadItem(
        id=0, profile="", target=Target.DOCUMENT, user_id=STAR, client_name="Star",
        path=str(path), filename=path.name, size=checked.size, sha256=checked.sha256,
        kind="pdf", state=UploadState.UPLOADING, group_id=group, document_type="contract",
        baseline=count))
    # It did land before the crash (the answer was lost with the process).
    await client.documents.upload(group, "contract", path.name, path.read_bytes(),
                                  user_id=STAR)
    lost = queue.add(uploads.UploadItem(
        id=0, profile="", target=Target.SOUND, user_id=STAR, client_name="Star",
        path=str(path), filename="x.wav", size=1, sha256="x", kind="wav",
        state=UploadState.UPLOADING, sound_name="Nigdy nie dotarł", baseline=0))
    uploader = Uploader(queue, lambda: client)
    uploader.kick()
    await asyncio.sleep(0.05)
    await asyncio.wait_for(uploader.idle(), 10)
    assert queue.get(landed.id).state == UploadState.DONE
    assert queue.get(lost.id).state == UploadState.FAILED
    assert len(await client.documents.files(group, user_id=STAR)) == count + 1
    await uploader.aclose()


@pytest.mark.asyncio
async def test_network_cut_mid_body_fails_with_retry_and_applies_nothing(
        tmp_path: Path, api: tuple[Any, Zadarma]) -> None:
    server, client = api
    path = media.write(tmp_path, "długie powitanie.wav", media.wav_bytes(120.0, 16000))
    uploader = Uploader(UploadQueue(tmp_path / "q.sqlite3"), lambda: client)
    before = (await client.sounds.list_sounds(user_id=STAR)).sounds
    server.set_faults(cut_upload=10, path="/v1/pbx/ivr/sounds/upload/")
    item = uploader.add(uploads.check_sound(path), target=Target.SOUND, user_id=STAR,
                        client_name="Star", sound_name="Powitanie")
    await asyncio.wait_for(uploader.idle(), 30)
    failed = uploader.queue.get(item.id)
    assert failed.state == UploadState.FAILED and failed.problem == "network"
    assert (await client.sounds.list_sounds(user_id=STAR)).sounds == before
    server.set_faults()
    uploader.retry(item.id)
    await asyncio.wait_for(uploader.idle(), 30)
    assert uploader.queue.get(item.id).state == UploadState.DONE
    names = [s.name for s in (await client.sounds.list_sounds(user_id=STAR)).sounds]
    assert names.count("Powitanie") == sum(s.name == "Powitanie" for s in before) + 1
    await uploader.aclose()


@pytest.mark.asyncio
async def test_cancel_mid_file(tmp_path: Path, api: tuple[Any, Zadarma]) -> None:
    server, client = api
    path = media.write(tmp_path, "muzyka.wav", media.wav_bytes(150.0, 16000))
    uploader = Uploader(UploadQueue(tmp_path / "q.sqlite3"), lambda: client)
    sent: list[int] = []
    uploader.progress.append(lambda _i, n, _s: sent.append(n))
    server.set_faults(hold=1, path="/v1/pbx/ivr/sounds/list/")  # the upload waits its turn
    item = uploader.add(uploads.check_sound(path), target=Target.SOUND, user_id=STAR,
                        client_name="Star", sound_name="Anulowany")
    await asyncio.sleep(0.1)
    server.set_faults(latency=0)
    while not sent:
        await asyncio.sleep(0)
    uploader.cancel(item.id)
    await asyncio.wait_for(uploader.idle(), 10)
    cancelled = uploader.queue.get(item.id)
    assert cancelled.state in (UploadState.FAILED, UploadState.DONE)
    if cancelled.state == UploadState.FAILED:
        assert cancelled.problem in ("cancelled", "network")
        names = [s.name for s in (await client.sounds.list_sounds(user_id=STAR)).sounds]
        assert "Anulowany" not in names
    await uploader.aclose()


@pytest.mark.asyncio
async def test_closing_mid_upload_resumes_at_the_next_start_and_sends_once(
        tmp_path: Path, api: tuple[Any, Zadarma]) -> None:
    server, client = api
    group = await _group(client)
    before = len(await client.documents.files(group, user_id=STAR))
    db = tmp_path / "q.sqlite3"
    path = media.write(tmp_path, "duży skan.pdf", media.pdf_bytes(padding=9_000_000))
    uploader = Uploader(UploadQueue(db), lambda: client)
    server.set_faults(hold=1, path="/v1/documents/upload/")
    item = uploader.add(check_document(path), target=Target.DOCUMENT, user_id=STAR,
                        client_name="Star", group_id=group)
    while not uploader.sent.get(item.id):
        await asyncio.sleep(0.01)
    await uploader.aclose()  # the console closes with the file half sent
    left = uploader.queue.get(item.id)
    assert left.state in (UploadState.WAITING, UploadState.SETTLING)
    uploader.queue.close()
    server.set_faults()
    await asyncio.sleep(0.3)
    again = Uploader(UploadQueue(db), lambda: client)
    again.kick()
    await asyncio.sleep(0.05)
    await asyncio.wait_for(again.idle(), 30)
    assert again.queue.get(item.id).state == UploadState.DONE
    assert len(await client.documents.files(group, user_id=STAR)) == before + 1
    await again.aclose()
