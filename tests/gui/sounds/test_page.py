"""The sounds page on the demo emulator: decoded checks, conversion, preview, hold music."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from tests import media
from tests.gui.conftest import until
from tests.gui.drops import drop_files
from zaddesk.core.uploads import Target, UploadState
from zaddesk.gui.sounds.page import SoundsPage

STAR = 210001  # has a PBX


async def open_page(window: Any) -> SoundsPage:
    window.ctx.set_client_id(STAR)
    page = window.show_page("sounds")
    assert isinstance(page, SoundsPage)
    await until(lambda: page.library is not None, message="sound library")
    await window.ctx.runner.wait_idle()
    return page


async def settled(page: SoundsPage, count: int) -> None:
    await until(lambda: len(page.queue.model.rows) >= count
                and all(i.state not in (UploadState.WAITING, UploadState.UPLOADING,
                                        UploadState.SETTLING) for i in page.queue.model.rows),
                timeout=60, message=f"{count} rows settled")


def test_bad_sounds_each_get_their_reason(window: Any, arun: Any, tmp_path: Path) -> None:
    half = media.mp3_bytes(4.0)
    folder = tmp_path / "nagrania"
    folder.mkdir()
    files = {
        "powitanie główne.wav": (media.wav_bytes(2.0), "", UploadState.DONE),
        "muzyczka.mp3": (media.mp3_bytes(2.0, rate=16000), "", UploadState.DONE),
        "obrazek.mp3": (media.png_bytes(), "not_audio", UploadState.REFUSED),
        "śmieci.mp3": (b"ID3\x03\x00\x00\x00\x00\x00\x10" + bytes(range(256)) * 8, "damaged",
                       UploadState.REFUSED),
        "ucięty.wav": (media.wav_bytes(1.0)[:6000], "truncated", UploadState.REFUSED),
        "połowa.mp3": (half[: len(half) // 2], "truncated", UploadState.REFUSED),
        "pusty.wav": (b"", "empty", UploadState.REFUSED),
        # 5 MB + 1 byte of real audio: held, to be converted before upload
        "długi.wav": (None, "too_big", UploadState.HELD),
    }
    paths = []
    for name, (data, _problem, _state) in files.items():
        if data is None:
            header = media.wav_bytes(0.01, 8000)[:44]
            size = 5 * 1024 * 1024 + 1 - 44
            size -= size % 2  # whole samples; the one spare byte is padding after the data
            data = (header[:4] + (36 + size).to_bytes(4, "little") + header[8:40]
                    + size.to_bytes(4, "little") + b"\x01\x00" * (size // 2))
            data += b"\x00" * (5 * 1024 * 1024 + 1 - len(data))
        paths.append(media.write(tmp_path, name, data))
    paths.append(folder)

    async def scenario() -> None:
        page = await open_page(window)
        before = [s.name for s in page.library.sounds] if page.library else []
        assert drop_files(page, paths)
        await settled(page, len(paths))
        found = {i.filename: i for i in page.queue.model.rows}
        for name, (_data, problem, state) in files.items():
            assert (found[name].state, found[name].problem) == (state, problem), name
        assert found["nagrania"].problem == "folder"
        info = found["muzyczka.mp3"].sound
        assert info is not None and info.format == "mp3" and round(info.duration) == 2
        await until(lambda: page.library is not None and len(page.library.sounds)
                    == len(before) + 2, message="library has the two good sounds")
        assert "powitanie główne" in [s.name for s in page.library.sounds] if page.library \
            else False
        # The same file again is caught by its content.
        again = media.write(tmp_path, "kopia.wav", files["powitanie główne.wav"][0] or b"")
        assert drop_files(page, [again])
        await settled(page, len(paths) + 1)
        assert {i.filename: i for i in page.queue.model.rows}["kopia.wav"].problem \
            == "duplicate"

    arun(scenario())


def test_stereo_48k_is_offered_a_conversion_and_the_original_stays(
        window: Any, arun: Any, tmp_path: Path) -> None:
    source = media.write(tmp_path, "studio 48k stereo.wav", media.wav_bytes(60.0, 48000, 2))
    original = hashlib.sha256(source.read_bytes()).hexdigest()

    async def scenario() -> None:
        page = await open_page(window)
        page.name_edit.setText("Muzyka na powitanie")
        assert drop_files(page, [source])
        await until(lambda: len(page.queue.model.rows) == 1, message="queued")
        [item] = page.queue.model.rows
        assert item.state == UploadState.HELD and item.problem == "too_big"
        model = page.queue.model
        assert "48 kHz stereo" in model.data(model.index(0, model.DETAIL))
        page.queue.table.selectRow(0)
        assert page.convert_button.isEnabled() and not page.as_is_button.isEnabled()
        page.convert_target.setCurrentIndex(0)  # mono 16 kHz WAV
        page.convert_button.click()
        await until(lambda: page.send_converted.isEnabled(), timeout=30, message="converted")
        assert "1:00" in page.convert_result.text() and "16 kHz" in page.convert_result.text()
        page.send_converted.click()
        await until(lambda: page.queue.model.rows[0].state == UploadState.DONE,
                    message="converted copy uploaded")
        [done] = page.queue.model.rows
        assert done.state == UploadState.DONE and done.sound_name == "Muzyka na powitanie"
        assert done.sound is not None and (done.sound.channels, done.sound.samplerate) == (1,
                                                                                       16000)
        assert hashlib.sha256(source.read_bytes()).hexdigest() == original
        await until(lambda: page.library is not None and "Muzyka na powitanie" in [
            s.name for s in page.library.sounds], message="in the library")

    arun(scenario())


def test_preview_says_why_it_is_off_or_plays(window: Any, arun: Any, tmp_path: Path) -> None:
    sound = media.write(tmp_path, "podgląd.wav", media.wav_bytes(1.0))

    async def scenario() -> None:
        page = await open_page(window)
        window.ctx.emulator.set_faults(hold=1, path="/v1/pbx/ivr/sounds/upload/")
        assert drop_files(page, [sound])
        await until(lambda: len(page.queue.model.rows) == 1, message="queued")
        page.queue.table.selectRow(0)
        if page.player is None:
            assert "no audio output" in page.preview_status.text()
            assert not page.play_button.isEnabled()
        else:
            assert page.play_button.isEnabled()
            page.play_button.click()
            page.stop_button.click()
        window.ctx.emulator.set_faults()
        await settled(page, 1)

    arun(scenario())


def test_hold_music_dropped_on_its_box_then_switched(
        window: Any, arun: Any, tmp_path: Path) -> None:
    melody = media.write(tmp_path, "melodia.mp3", media.mp3_bytes(3.0, rate=16000))

    async def scenario() -> None:
        page = await open_page(window)
        assert drop_files(page, [melody], at=page.hold_box)
        await settled(page, 1)
        [item] = page.queue.model.rows
        assert item.target == Target.HOLD and item.state == UploadState.DONE
        page.hold_switch.click()
        await window.ctx.runner.wait_idle()
        assert page.hold_status.text() == "The uploaded melody plays on hold."
        page.hold_delete.click()
        await window.ctx.runner.wait_idle()
        assert page.hold_status.text() == "The standard melody plays on hold."

    arun(scenario())
