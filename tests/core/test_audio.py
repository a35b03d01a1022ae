"""Sound probing and conversion with real encoders; the original is never touched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests import media
from zaddesk.core import audio


def test_probe_reports_what_the_file_is(tmp_path: Path) -> None:
    info = audio.probe(media.write(tmp_path, "a.wav", media.wav_bytes(2.0, 48000, 2)))
    assert (info.format, info.samplerate, info.channels) == ("wav", 48000, 2)
    assert info.duration == pytest.approx(2.0)
    assert info.bitrate == pytest.approx(48000 * 2 * 16, rel=0.01)
    assert audio.conversion_reasons(info) == ["stereo", "high_rate"]
    mp3 = audio.probe(media.write(tmp_path, "a.mp3", media.mp3_bytes(3.0)))
    assert mp3.format == "mp3" and mp3.duration == pytest.approx(3.0, abs=0.1)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_conversion_fits_and_keeps_the_original(tmp_path: Path, index: int) -> None:
    source = media.write(tmp_path, "stereo 48k.wav", media.wav_bytes(40.0, 48000, 2))
    original = hashlib.sha256(source.read_bytes()).hexdigest()
    info = audio.probe(source)
    assert not info.fits and "too_big" in audio.conversion_reasons(info)
    targets = audio.plan(info)
    assert [(t.format, t.samplerate) for t in targets] == [
        ("wav", 16000), ("wav", 8000), ("mp3", 16000)]
    target = targets[index]
    out = audio.convert(source, tmp_path / f"out{target.suffix}", target)
    assert out.fits and out.channels == 1 and out.samplerate == target.samplerate
    assert out.duration == pytest.approx(40.0, abs=0.2)
    assert out.size <= target.estimated_size
    assert hashlib.sha256(source.read_bytes()).hexdigest() == original


def test_conversion_never_overwrites_the_source(tmp_path: Path) -> None:
    source = media.write(tmp_path, "a.wav", media.wav_bytes())
    with pytest.raises(ValueError):
        audio.convert(source, source, audio.Target("wav", 8000, 0))


def test_the_queue_and_the_decoder_share_the_limit() -> None:
    from zaddesk.core import uploads

    assert uploads.MAX_SOUND == audio.MAX_SOUND == 5 * 1024 * 1024
