"""Files dropped on the desk: checked before they leave it, queued on disk, sent exactly once.

Why each part:

- **Checks** run before anything is sent, each with its own key so the rep reads why (a PNG
  renamed ``.pdf``, an encrypted PDF, an empty file...). Content decides, never the name.
- **The queue** is a SQLite file (WAL, ``synchronous=FULL``): what was dropped survives a
  crash or a restart, and a row is marked ``uploading`` *before* its bytes leave, so a
  console that died mid-upload knows it must look before it sends again.
- **Sending** streams the file from disk in 64 KiB chunks (:class:`StreamedFile`), so at
  most one chunk of each file is in memory. A body cut before its end was provably not
  applied (failed, Retry). A lost answer after the whole body left is an unknown outcome,
  settled by reading the server (the group's files, the sound list), never by re-sending.
- Uploads keep the client (``user_id``) they were queued for, whoever is on screen now.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from zaddesk.api.errors import ApiError, NetworkError, UnknownOutcome, ZadarmaError
from zaddesk.api.ratelimit import Priority
from zaddesk.api.streams import StreamedFile

if TYPE_CHECKING:  # numpy and libsndfile load only when a sound is checked
    from zaddesk.core import audio

__all__ = [
    "DOCUMENT_TYPES",
    "MAX_DOCUMENT",
    "MAX_SOUND",
    "Checked",
    "Target",
    "UploadItem",
    "UploadQueue",
    "UploadState",
    "Uploader",
    "check_document",
    "check_sound",
    "file_sha256",
    "guess_document_type",
]

log = logging.getLogger("zaddesk.core.uploads")

MAX_DOCUMENT = 10 * 1024 * 1024
MAX_SOUND = 5 * 1024 * 1024  # as zaddesk.core.audio.MAX_SOUND
_CHUNK = 65536
# Queued uploads yield the rate budget to what the rep is waiting for on screen.
_BACKGROUND = Priority.BACKGROUND

DOCUMENT_TYPES = (
    "passport", "photo_with_passport", "photo_with_doc", "phone_bill", "contract",
    "company_letter", "certificate", "receipt", "inn_ua", "driver_id_us_ca", "driver_id_other",
)
_MIME = {"pdf": "application/pdf", "jpeg": "image/jpeg", "png": "image/png",
         "mp3": "audio/mpeg", "wav": "audio/wav"}
_EXTENSIONS = {"pdf": {".pdf"}, "jpeg": {".jpg", ".jpeg", ".jpe", ".jfif"}, "png": {".png"},
               "mp3": {".mp3"}, "wav": {".wav", ".wave"}}


class Target(StrEnum):
    DOCUMENT = "document"  # a document group's file (/v1/documents/upload/)
    SOUND = "sound"  # an IVR sound (/v1/pbx/ivr/sounds/upload/)
    HOLD = "hold"  # the hold music (/v1/pbx/waitmelody/upload/)


class UploadState(StrEnum):
    REFUSED = "refused"  # a check failed; nothing will be sent
    HELD = "held"  # a sound over the limit: waits for the rep to convert it
    WAITING = "waiting"
    UPLOADING = "uploading"  # marked before the first byte leaves
    SETTLING = "settling"  # the answer was lost; the server is being read
    DONE = "done"
    FAILED = "failed"  # provably not applied: Retry sends it again


ACTIVE = (UploadState.WAITING, UploadState.UPLOADING, UploadState.SETTLING)


@dataclass(frozen=True)
class Checked:
    """The outcome of the checks: ``problem`` is None when the file may be sent."""

    path: Path
    kind: str = ""  # pdf, jpeg, png, mp3, wav
    size: int = 0
    sha256: str = ""
    problem: str | None = None
    detail: str = ""
    sound: audio.AudioInfo | None = None
    advice: tuple[str, ...] = ()  # sounds: why a conversion is worth it (stereo, high_rate)


@dataclass(frozen=True)
class UploadItem:
    id: int
    profile: str
    target: Target
    user_id: int | None
    client_name: str
    path: str
    filename: str
    size: int
    sha256: str
    kind: str
    state: UploadState
    group_id: int | None = None
    document_type: str = ""
    sound_name: str = ""
    problem: str = ""
    detail: str = ""
    baseline: int | None = None
    info: str = ""  # sounds: the probe as JSON (duration, rate, channels, bit rate)
    created: float = field(default=0.0, compare=False)

    @property
    def sound(self) -> audio.AudioInfo | None:
        if not self.info:
            return None
        from zaddesk.core import audio

        return audio.AudioInfo(**json.loads(self.info))

    @property
    def key(self) -> tuple[Any, ...]:
        """Uploads sharing a key go one at a time, so a lost answer can be settled by counting."""
        if self.target == Target.DOCUMENT:
            return (self.profile, self.user_id, "group", self.group_id)
        return (self.profile, self.user_id, self.target.value)


# --- checks ---------------------------------------------------------------------------


def sniff(head: bytes) -> str:
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:3] == b"ID3" or (len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0):
        return "mp3"
    return ""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _tail(path: Path, size: int, count: int) -> bytes:
    with path.open("rb") as file:
        file.seek(max(0, size - count))
        return file.read(count)


def pdf_problem(path: Path, size: int) -> tuple[str, str] | None:
    """A light look without rendering: the end-of-file marker, and an /Encrypt dictionary."""
    tail = _tail(path, size, 2048)
    if b"%%EOF" not in tail or b"startxref" not in tail:
        return "pdf_damaged", ""
    encrypt = re.compile(rb"/Encrypt[\s<\d]")
    with path.open("rb") as file:
        previous = b""
        while chunk := file.read(_CHUNK):
            if encrypt.search(previous + chunk):
                return "pdf_encrypted", ""
            previous = chunk[-16:]
    return None


def _image_complete(path: Path, size: int, kind: str) -> bool:
    tail = _tail(path, size, 1024)
    if kind == "png":
        return tail.rstrip(b"\0")[-8:] == b"IEND\xaeB`\x82"
    return b"\xff\xd9" in tail


def _basics(path: Path, limit: int | None) -> tuple[Checked, bytes]:
    if path.is_dir():
        return Checked(path, problem="folder"), b""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(16)
    except OSError as exc:
        return Checked(path, problem="unreadable", detail=exc.strerror or str(exc)), b""
    if size == 0:
        return Checked(path, problem="empty"), b""
    if limit is not None and size > limit:
        return Checked(path, size=size, problem="too_big", detail=str(limit)), head
    return Checked(path, size=size), head


def _renamed(path: Path, kind: str) -> bool:
    suffix = path.suffix.lower()
    known = set().union(*_EXTENSIONS.values())
    return suffix in known and suffix not in _EXTENSIONS[kind]


def check_document(path: str | os.PathLike[str]) -> Checked:
    """JPEG, PNG or PDF by content, at most 10 MB, not damaged, not encrypted, not renamed."""
    path = Path(path)
    checked, head = _basics(path, MAX_DOCUMENT)
    if checked.problem:
        return checked
    kind = sniff(head)
    try:
        if kind not in ("pdf", "jpeg", "png"):
            return replace(checked, kind=kind, problem="wrong_type", detail=kind)
        if _renamed(path, kind):
            return replace(checked, kind=kind, problem="renamed", detail=kind)
        if kind == "pdf" and (found := pdf_problem(path, checked.size)):
            return replace(checked, kind=kind, problem=found[0], detail=found[1])
        if kind != "pdf" and not _image_complete(path, checked.size, kind):
            return replace(checked, kind=kind, problem="image_damaged")
        return replace(checked, kind=kind, sha256=file_sha256(path))
    except OSError as exc:
        return replace(checked, problem="unreadable", detail=exc.strerror or str(exc))


def check_sound(path: str | os.PathLike[str]) -> Checked:
    """MP3 or WAV decoded in full; over 5 MB is not refused but held for a conversion."""
    from zaddesk.core import audio

    path = Path(path)
    checked, head = _basics(path, None)
    if checked.problem:
        return checked
    kind = sniff(head)
    if kind not in ("mp3", "wav"):
        return replace(checked, kind=kind, problem="not_audio", detail=kind)
    if _renamed(path, kind):
        return replace(checked, kind=kind, problem="renamed", detail=kind)
    try:
        info = audio.probe(path)
        digest = file_sha256(path)
    except audio.AudioProblem as problem:
        return replace(checked, kind=kind, problem=problem.key, detail=problem.detail)
    except OSError as exc:
        return replace(checked, problem="unreadable", detail=exc.strerror or str(exc))
    advice = tuple(audio.conversion_reasons(info))
    return replace(checked, kind=kind, sha256=digest, sound=info, advice=advice)


_GUESSES = [
    (r"selfie|photo.?with|zdj(ę|e)cie.?z", "photo_with_passport"),
    (r"pass?port|paszport|dow(ó|o)d|id.?card", "passport"),
    (r"bill|rachunek|faktura|invoice", "phone_bill"),
    (r"contract|umowa|agreement", "contract"),
    (r"krs|ceidg|certificate|za(ś|s)wiadczenie|regon", "certificate"),
    (r"letter|pismo", "company_letter"),
    (r"receipt|paragon|potwierdzenie", "receipt"),
    (r"driv|prawo.?jazdy", "driver_id_other"),
    (r"\binn\b", "inn_ua"),
]


def guess_document_type(filename: str) -> str:
    """A first guess from the file name; the rep can always change it."""
    name = filename.lower()
    for pattern, kind in _GUESSES:
        if re.search(pattern, name):
            return kind
    return "passport"


def _held_reason(checked: Checked, state: UploadState) -> str:
    if state != UploadState.HELD:
        return ""
    return "too_big" if checked.size > MAX_SOUND else "advice"


# --- the queue on disk ------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE IF NOT EXISTS uploads (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    created       REAL NOT NULL,
    profile       TEXT NOT NULL,
    target        TEXT NOT NULL,
    user_id       INTEGER,
    client_name   TEXT NOT NULL DEFAULT '',
    path          TEXT NOT NULL,
    filename      TEXT NOT NULL,
    size          INTEGER NOT NULL DEFAULT 0,
    sha256        TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL,
    group_id      INTEGER,
    document_type TEXT NOT NULL DEFAULT '',
    sound_name    TEXT NOT NULL DEFAULT '',
    problem       TEXT NOT NULL DEFAULT '',
    detail        TEXT NOT NULL DEFAULT '',
    baseline      INTEGER,
    info          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS uploads_state ON uploads(state, id);
"""
_COLUMNS = ("created", "profile", "target", "user_id", "client_name", "path", "filename", "size",
            "sha256", "kind", "state", "group_id", "document_type", "sound_name", "problem",
            "detail", "baseline", "info")


def default_queue_path() -> Path:
    from zaddesk.core import profiles

    return profiles.data_dir() / "uploads.sqlite3"


class UploadQueue:
    """The rows of the upload queue, durable on every change."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_queue_path()
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(self.path), isolation_level=None,
                                   check_same_thread=False, timeout=10.0)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        with self._tx() as db:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def add(self, item: UploadItem) -> UploadItem:
        values = {name: getattr(item, name) for name in _COLUMNS}
        values["created"] = time.time()
        values["target"] = item.target.value
        values["state"] = item.state.value
        with self._tx() as db:
            cur = db.execute(
                f"INSERT INTO uploads ({', '.join(_COLUMNS)}) VALUES "
                f"({', '.join('?' for _ in _COLUMNS)})",
                [values[name] for name in _COLUMNS],
            )
            row_id = int(cur.lastrowid or 0)
        return self.get(row_id)

    def get(self, item_id: int) -> UploadItem:
        with self._lock:
            row = self._db.execute("SELECT * FROM uploads WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise KeyError(item_id)
        return _item(row)

    def find(self, item_id: int) -> UploadItem | None:
        try:
            return self.get(item_id)
        except KeyError:
            return None

    def items(self, profile: str | None = None) -> list[UploadItem]:
        sql: str = "SELECT * FROM uploads"
        args: tuple[str, ...] = ()
        if profile is not None:
            sql, args = sql + " WHERE profile = ?", (profile,)
        with self._lock:
            return [_item(r) for r in self._db.execute(sql + " ORDER BY id", args)]

    def update(self, item_id: int, **changes: Any) -> UploadItem:
        for name, value in list(changes.items()):
            if name not in _COLUMNS:
                raise ValueError(f"unknown column {name}")
            if isinstance(value, StrEnum):
                changes[name] = value.value
        if changes:
            sets = ", ".join(f"{name} = ?" for name in changes)
            with self._tx() as db:
                db.execute(f"UPDATE uploads SET {sets} WHERE id = ?", [*changes.values(), item_id])
        return self.get(item_id)

    def remove(self, item_id: int) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM uploads WHERE id = ?", (item_id,))

    def duplicate_of(self, item: UploadItem) -> UploadItem | None:
        """A queued or sent row with the same content for the same destination."""
        states = [s.value for s in (*ACTIVE, UploadState.DONE)]
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM uploads WHERE profile = ? AND target = ? AND user_id IS ? AND"
                " group_id IS ? AND sha256 = ? AND sha256 != '' AND id != ?"
                f" AND state IN ({', '.join('?' for _ in states)}) ORDER BY id LIMIT 1",
                (item.profile, item.target.value, item.user_id, item.group_id, item.sha256,
                 item.id, *states),
            ).fetchone()
        return _item(row) if row is not None else None


def _item(row: sqlite3.Row) -> UploadItem:
    return UploadItem(
        id=int(row["id"]), profile=row["profile"], target=Target(row["target"]),
        user_id=row["user_id"], client_name=row["client_name"], path=row["path"],
        filename=row["filename"], size=int(row["size"]), sha256=row["sha256"], kind=row["kind"],
        state=UploadState(row["state"]), group_id=row["group_id"],
        document_type=row["document_type"], sound_name=row["sound_name"],
        problem=row["problem"], detail=row["detail"], baseline=row["baseline"],
        info=row["info"], created=float(row["created"]),
    )


# --- sending ----------------------------------------------------------------------------


class _Documents(Protocol):
    async def upload(self, group_id: int, document_type: Any, filename: str,
                     content: bytes | StreamedFile, mime: str = ..., *,
                     user_id: int | None = None, priority: Priority = ...) -> Any: ...

    async def files(self, group_id: int | None = None, *, user_id: int | None = None,
                    priority: Priority = ...) -> Sequence[Any]: ...


class _Sounds(Protocol):
    async def upload(self, name: str, filename: str, content: bytes | StreamedFile,
                     mime: str = ..., *, user_id: int | None = None,
                     priority: Priority = ...) -> None: ...

    async def upload_hold_music(self, filename: str, content: bytes | StreamedFile,
                                mime: str = ..., *, user_id: int | None = None,
                                priority: Priority = ...) -> Any: ...

    async def list_sounds(self, *, user_id: int | None = None,
                          priority: Priority = ...) -> Any: ...


class Api(Protocol):
    """The part of :class:`zaddesk.api.client.Zadarma` the uploader uses."""

    @property
    def documents(self) -> _Documents: ...

    @property
    def sounds(self) -> _Sounds: ...


Listener = Callable[[UploadItem | None], None]
Progress = Callable[[int, int, int], None]  # item id, bytes sent, size


class Uploader:
    """Runs the queue: a few uploads at a time, one at a time per group (or sound list).

    ``api()`` gives the client of the current profile (None while there is none). Changes are
    told to ``listeners`` (an item, or None after a removal); progress to ``progress``.
    """

    def __init__(self, queue: UploadQueue, api: Callable[[], Api | None], *,
                 profile: str = "", concurrency: int = 2) -> None:
        self.queue = queue
        self._api = api
        self.profile = profile
        self.concurrency = concurrency
        self.listeners: list[Listener] = []
        self.progress: list[Progress] = []
        self.sent: dict[int, int] = {}  # item id -> bytes sent, while uploading
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._pump: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._closed = False
        self._recovered = False

    # -- adding ---------------------------------------------------------------------------

    def add(self, checked: Checked, *, target: Target, user_id: int | None, client_name: str,
            group_id: int | None = None, document_type: str = "",
            sound_name: str = "") -> UploadItem:
        """Queue a checked file (refused ones are kept with their reason, to be shown)."""
        state = UploadState.WAITING
        if checked.problem:
            state = UploadState.REFUSED
        elif target != Target.DOCUMENT and (checked.size > MAX_SOUND or checked.advice):
            state = UploadState.HELD  # the rep chooses: convert, or (if it fits) send as is
        item = UploadItem(
            id=0, profile=self.profile, target=target, user_id=user_id,
            client_name=client_name, path=str(checked.path), filename=checked.path.name,
            size=checked.size, sha256=checked.sha256, kind=checked.kind, state=state,
            group_id=group_id, document_type=document_type or (
                guess_document_type(checked.path.name) if target == Target.DOCUMENT else ""),
            sound_name=sound_name or (checked.path.stem if target == Target.SOUND else ""),
            problem=checked.problem or _held_reason(checked, state),
            detail=checked.detail,
            info=json.dumps(asdict(checked.sound)) if checked.sound is not None else "",
        )
        if state == UploadState.WAITING and self.queue.duplicate_of(item) is not None:
            item = replace(item, state=UploadState.REFUSED, problem="duplicate")
        added = self.queue.add(item)
        self._tell(added)
        self.kick()
        return added

    def set_document_type(self, item_id: int, document_type: str) -> UploadItem:
        item = self.queue.get(item_id)
        if item.state not in (UploadState.WAITING, UploadState.FAILED, UploadState.REFUSED):
            return item
        item = self.queue.update(item_id, document_type=document_type)
        self._tell(item)
        return item

    def retry(self, item_id: int) -> UploadItem:
        """Send a failed row again, after looking once more whether its last try landed late
        (a server may finish a request whose answer never came back)."""
        item = self.queue.get(item_id)
        if item.state == UploadState.FAILED:
            if item.baseline is not None and item.target != Target.HOLD:
                item = self.queue.update(item_id, state=UploadState.SETTLING, problem="",
                                         detail="retry")
            else:
                item = self.queue.update(item_id, state=UploadState.WAITING, problem="",
                                         detail="")
            self._tell(item)
            self.kick()
        return item

    def replace_file(self, item_id: int, checked: Checked) -> UploadItem:
        """Swap a held, failed or refused row's file for another (a converted copy, a rescan)."""
        item = self.queue.get(item_id)
        if item.state in ACTIVE or item.state == UploadState.DONE:
            return item
        state = UploadState.REFUSED if checked.problem else UploadState.WAITING
        item = self.queue.update(
            item_id, path=str(checked.path), filename=checked.path.name, size=checked.size,
            sha256=checked.sha256, kind=checked.kind, state=state,
            problem=checked.problem or "", detail=checked.detail,
            info=json.dumps(asdict(checked.sound)) if checked.sound is not None else "",
        )
        if state == UploadState.WAITING and self.queue.duplicate_of(item) is not None:
            item = self.queue.update(item_id, state=UploadState.REFUSED, problem="duplicate")
        self._tell(item)
        self.kick()
        return item

    def release(self, item_id: int) -> UploadItem:
        """Send a held sound as it is (the rep declined the conversion); not when over 5 MB."""
        item = self.queue.get(item_id)
        if item.state == UploadState.HELD and item.size <= MAX_SOUND:
            state = UploadState.WAITING
            problem = ""
            if self.queue.duplicate_of(item) is not None:
                state, problem = UploadState.REFUSED, "duplicate"
            item = self._set(item_id, state=state, problem=problem)
            self.kick()
        return item

    def remove(self, item_id: int) -> None:
        """Forget a row; one being sent is cancelled first (a cut body is never applied)."""
        task = self._tasks.get(item_id)
        if task is not None:
            task.cancel()
        item = self.queue.find(item_id)
        if item is not None and item.state in (UploadState.UPLOADING, UploadState.SETTLING):
            return  # removed once settled: its outcome must be known first
        self.queue.remove(item_id)
        self._tell(None)

    def cancel(self, item_id: int) -> None:
        """Stop a row: one being sent is cut (never applied), one waiting is not started."""
        task = self._tasks.get(item_id)
        if task is not None:
            task.cancel()
            return
        item = self.queue.find(item_id)
        if item is not None and item.state == UploadState.WAITING:
            self._set(item_id, state=UploadState.FAILED, problem="cancelled")

    def items(self) -> list[UploadItem]:
        return self.queue.items(self.profile)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    # -- running --------------------------------------------------------------------------

    def kick(self) -> None:
        """Wake the pump (started on first use; needs a running event loop)."""
        if self._closed:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        if self._pump is None or self._pump.done():
            self._wake = asyncio.Event()
            self._pump = asyncio.ensure_future(self._run())
        self._wake.set()

    async def aclose(self) -> None:
        self._closed = True
        tasks = [*self._tasks.values(), *([self._pump] if self._pump else [])]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def idle(self) -> None:
        """Wait until nothing is waiting or in flight (tests, benchmarks)."""
        while any(i.state in ACTIVE for i in self.items()) or self._tasks:
            await asyncio.sleep(0.01)

    async def _run(self) -> None:
        while not self._closed:
            self._wake.clear()
            self._start_what_fits()
            await self._wake.wait()

    def _start_what_fits(self) -> None:
        api = self._api()
        if api is None:
            return
        items = self.items()
        if not self._recovered:
            self._recovered = True  # left mid-flight by a previous run: settle, never re-send
            for item in items:
                if item.state == UploadState.UPLOADING:
                    self.queue.update(item.id, state=UploadState.SETTLING)
            items = self.items()
        busy = {i.key for i in items if i.id in self._tasks}
        for item in items:
            if len(self._tasks) >= self.concurrency:
                break
            if item.state not in (UploadState.WAITING, UploadState.SETTLING):
                continue
            if item.key in busy or item.id in self._tasks:
                continue
            busy.add(item.key)
            task = asyncio.ensure_future(self._one(api, item))
            self._tasks[item.id] = task
            task.add_done_callback(functools.partial(self._finished, item.id))

    def _finished(self, item_id: int, _task: object = None) -> None:
        self._tasks.pop(item_id, None)
        self.sent.pop(item_id, None)
        if not self._closed:
            self._wake.set()

    def _tell(self, item: UploadItem | None) -> None:
        for listener in list(self.listeners):
            listener(item)

    def _set(self, item_id: int, **changes: Any) -> UploadItem:
        item = self.queue.update(item_id, **changes)
        self._tell(item)
        return item

    async def _one(self, api: Api, item: UploadItem) -> None:
        try:
            if item.state == UploadState.SETTLING:
                await self._settle(api, item)
            else:
                await self._send(api, item)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug must not stop the queue
            log.exception("upload %d failed unexpectedly", item.id)
            with contextlib.suppress(Exception):
                self._set(item.id, state=UploadState.FAILED, problem="error", detail=str(exc))

    async def _count(self, api: Api, item: UploadItem) -> int:
        """What the server has now that a successful upload of ``item`` adds one to."""
        if item.target == Target.DOCUMENT:
            files = await api.documents.files(item.group_id, user_id=item.user_id,
                                              priority=_BACKGROUND)
            return len(files)
        if item.target == Target.SOUND:
            listing = await api.sounds.list_sounds(user_id=item.user_id, priority=_BACKGROUND)
            return sum(1 for s in listing.sounds if s.name == item.sound_name)
        return 0  # hold music replaces the one melody: sending it again adds nothing

    async def _send(self, api: Api, item: UploadItem) -> None:
        path = Path(item.path)
        try:
            baseline = await self._count(api, item)
            stream = StreamedFile(path, progress=lambda sent, size: self._progress(
                item.id, sent, size))
        except asyncio.CancelledError:
            if not self._closed:  # the rep cancelled before a byte left
                self._set(item.id, state=UploadState.FAILED, problem="cancelled")
            raise
        except FileNotFoundError:
            self._set(item.id, state=UploadState.FAILED, problem="gone")
            return
        except OSError as exc:
            self._set(item.id, state=UploadState.FAILED, problem="unreadable",
                      detail=exc.strerror or str(exc))
            return
        except ZadarmaError as exc:
            self._set(item.id, state=UploadState.FAILED, problem="network", detail=str(exc))
            return
        if stream.size != item.size:
            self._set(item.id, state=UploadState.FAILED, problem="changed")
            return
        item = self._set(item.id, state=UploadState.UPLOADING, baseline=baseline, problem="",
                         detail="")
        mime = _MIME.get(item.kind, "application/octet-stream")
        try:
            if item.target == Target.DOCUMENT:
                await api.documents.upload(item.group_id or 0, item.document_type,
                                           item.filename, stream, mime, user_id=item.user_id,
                                           priority=_BACKGROUND)
            elif item.target == Target.SOUND:
                await api.sounds.upload(item.sound_name, item.filename, stream, mime,
                                        user_id=item.user_id, priority=_BACKGROUND)
            else:
                await api.sounds.upload_hold_music(item.filename, stream, mime,
                                                   user_id=item.user_id, priority=_BACKGROUND)
        except asyncio.CancelledError:
            stream.close()
            if stream.finished:  # the whole body left: look before saying anything
                self._set(item.id, state=UploadState.SETTLING)
            elif self._closed:  # the console is closing: sent again at the next start
                self._set(item.id, state=UploadState.WAITING)
            else:
                self._set(item.id, state=UploadState.FAILED, problem="cancelled")
            raise
        except UnknownOutcome as exc:
            self._set(item.id, state=UploadState.SETTLING, detail=str(exc))
            self._wake.set()
            return
        except NetworkError as exc:
            self._set(item.id, state=UploadState.FAILED, problem="network", detail=str(exc))
            return
        except ApiError as exc:
            self._set(item.id, state=UploadState.FAILED, problem="refused_by_server",
                      detail=exc.message)
            return
        finally:
            stream.close()
        self._set(item.id, state=UploadState.DONE)

    async def _settle(self, api: Api, item: UploadItem) -> None:
        """Read the server to learn whether a lost upload landed; never send it again."""
        if item.target == Target.HOLD or item.baseline is None:
            self._set(item.id, state=UploadState.FAILED, problem="network_unknown")
            return
        try:
            now = await self._count(api, item)
        except ZadarmaError:
            await asyncio.sleep(2.0)  # still SETTLING: tried again on the next round
            self._wake.set()
            return
        if now > item.baseline:
            self._set(item.id, state=UploadState.DONE, problem="", detail="")
        elif item.detail == "retry":  # the rep asked to send it again, and it is not there
            self._set(item.id, state=UploadState.WAITING, detail="")
        else:
            self._set(item.id, state=UploadState.FAILED, problem="network")

    def _progress(self, item_id: int, sent: int, size: int) -> None:
        self.sent[item_id] = sent
        for callback in list(self.progress):
            callback(item_id, sent, size)
