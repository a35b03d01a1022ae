"""A file sent from disk in chunks, never whole in memory, reporting how far it got.

httpx reads multipart file parts 64 KiB at a time from any object with ``read``/``seek``/
``tell``. This one opens the file only when the body is rendered, tells each chunk to a
progress callback, and remembers whether the whole file left: a body cut before its end
cannot have been applied by the server, which decides whether a lost answer is "unknown".
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["StreamedFile"]


class StreamedFile:
    """``files={"file": (name, StreamedFile(path), mime)}``: read lazily, chunk by chunk."""

    def __init__(self, path: str | os.PathLike[str],
                 progress: Callable[[int, int], None] | None = None) -> None:
        self.path = Path(path)
        self.size = self.path.stat().st_size
        self.progress = progress  # (bytes read so far, size)
        self.sent = 0
        self.peak_chunk = 0
        self._file: BinaryIO | None = None
        self._virtual = 0  # position seen by httpx's length probe before the file is opened

    @property
    def finished(self) -> bool:
        """True once every byte of the file was handed to the connection."""
        return self.sent >= self.size

    def _open(self) -> BinaryIO:
        if self._file is None:
            self._file = self.path.open("rb")
            self._file.seek(self._virtual)
        return self._file

    def tell(self) -> int:
        return self._file.tell() if self._file is not None else self._virtual

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if self._file is not None:
            position = self._file.seek(offset, whence)
        else:  # httpx's length probe and rewind: no need to open the file yet
            base = {os.SEEK_SET: 0, os.SEEK_CUR: self._virtual, os.SEEK_END: self.size}[whence]
            position = self._virtual = base + offset
        if position == 0:
            self.sent = 0  # rendered again from the start (a retry)
        return position

    def read(self, size: int = -1) -> bytes:
        chunk = self._open().read(size)
        if not chunk:
            self.close()
            return b""
        self.sent += len(chunk)
        self.peak_chunk = max(self.peak_chunk, len(chunk))
        if self.progress is not None:
            self.progress(self.sent, self.size)
        return chunk

    def close(self) -> None:
        if self._file is not None:
            self._virtual = self._file.tell()
            self._file.close()
            self._file = None

    def __repr__(self) -> str:
        return f"<StreamedFile {self.path.name} {self.sent}/{self.size}>"
