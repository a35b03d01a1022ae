"""Sound files for voice menus and the PBX's hold music (MP3 or WAV, at most 5 MB)."""

from __future__ import annotations

from typing import Literal

import msgspec

from zaddesk.api.resources._base import Resource, decode, on_off
from zaddesk.api.streams import StreamedFile
from zaddesk.api.transport import Priority

__all__ = ["HoldMusic", "Sound", "SoundList", "SoundsResource"]


class Sound(msgspec.Struct, kw_only=True):
    id: int
    name: str


class SoundList(msgspec.Struct, kw_only=True):
    pbx_id: int
    sounds: list[Sound] = []


class HoldMusic(msgspec.Struct, kw_only=True):
    pbx_id: int
    sound: Sound | None = None


class SoundsResource(Resource):
    async def list_sounds(
        self, *, user_id: int | None = None, priority: Priority = Priority.INTERACTIVE
    ) -> SoundList:
        data = await self._call(
            "GET", "/v1/pbx/ivr/sounds/list/", user_id=user_id, priority=priority
        )
        return decode(data, SoundList)

    async def upload(
        self,
        name: str,
        filename: str,
        content: bytes | StreamedFile,
        mime: str = "audio/mpeg",
        *,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> None:
        await self._call(
            "POST",
            "/v1/pbx/ivr/sounds/upload/",
            {"name": name},
            user_id=user_id,
            files={"file": (filename, content, mime)},
            priority=priority,
        )

    async def delete(self, sound_id: int | str, *, user_id: int | None = None) -> None:
        await self._call(
            "DELETE", "/v1/pbx/ivr/sounds/delete/", {"id": str(sound_id)}, user_id=user_id
        )

    async def upload_hold_music(
        self,
        filename: str,
        content: bytes | StreamedFile,
        mime: str = "audio/mpeg",
        *,
        user_id: int | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> HoldMusic:
        data = await self._call(
            "POST",
            "/v1/pbx/waitmelody/upload/",
            user_id=user_id,
            files={"file": (filename, content, mime)},
            priority=priority,
        )
        return decode(data, HoldMusic)

    async def switch_hold_music(
        self,
        enabled: bool,
        melody: Literal["none", "mymelody"] = "mymelody",
        *,
        user_id: int | None = None,
    ) -> HoldMusic:
        """Play the uploaded melody (``mymelody``) or the default one (``none``) on hold."""
        data = await self._call(
            "PUT",
            "/v1/pbx/waitmelody/switch/",
            {"state": on_off(enabled), "melody": melody},
            user_id=user_id,
        )
        if "waitmelody" in data and "sound" not in data:
            data = {**data, "sound": data["waitmelody"]}
        return decode(data, HoldMusic)

    async def delete_hold_music(self, *, user_id: int | None = None) -> None:
        await self._call("DELETE", "/v1/pbx/waitmelody/delete/", user_id=user_id)
