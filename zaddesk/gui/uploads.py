"""The upload queue on screen, shared by the documents and sounds pages (feature-neutral).

One :class:`UploadService` per context runs ``zaddesk.core.uploads.Uploader`` for the whole
console, not for a page: uploads go on for the client they were queued for when the rep picks
another client or another page. :class:`UploadQueueView` shows the rows a page cares about,
with thumbnails, states, progress, and Retry / Remove / Cancel.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zaddesk.core import uploads as core
from zaddesk.core.uploads import Target, Uploader, UploadItem, UploadQueue, UploadState
from zaddesk.gui.context import AppContext, CurrentClient

translate = QCoreApplication.translate

__all__ = [
    "UploadQueueView",
    "UploadService",
    "document_type_name",
    "dropped_paths",
    "human_size",
    "problem_text",
    "thumbnail",
    "uploads_for",
]

Index = QModelIndex | QPersistentModelIndex


def human_size(size: int) -> str:
    if size < 1024:
        return translate("Uploads", "{n} B").format(n=size)
    if size < 1024 * 1024:
        return translate("Uploads", "{n} KB").format(n=f"{size / 1024:.0f}")
    return translate("Uploads", "{n} MB").format(n=f"{size / 1024 / 1024:.1f}")


def duration_text(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def client_label(user_id: int | None, name: str) -> str:
    if user_id is None:
        return translate("Uploads", "your own account")
    return f"{name} ({user_id})" if name else str(user_id)


_KINDS = {"pdf": "PDF", "jpeg": "JPEG", "png": "PNG", "mp3": "MP3", "wav": "WAV"}


def problem_text(item: UploadItem) -> str:
    """Why a row is refused, held or failed, in the UI language (server text stays apart)."""
    kind = _KINDS.get(item.detail, "")
    texts: dict[str, Callable[[], str]] = {
        "folder": lambda: translate("Uploads", "This is a folder; drop the files inside it."),
        "unreadable": lambda: translate(
            "Uploads", "The file cannot be read (no permission, or it is gone)."
        ),
        "empty": lambda: translate("Uploads", "The file is empty (0 bytes)."),
        "too_big": lambda: (
            translate("Uploads", "Larger than 5 MB: convert it to a smaller file before uploading.")
            if item.target != Target.DOCUMENT
            else translate("Uploads", "Larger than 10 MB, the service's limit.")
        ),
        "wrong_type": lambda: (
            translate(
                "Uploads", "This is a {kind} file, not a scan: upload a PDF, JPEG or PNG."
            ).format(kind=kind)
            if kind
            else translate("Uploads", "Not a PDF, JPEG or PNG file.")
        ),
        "renamed": lambda: translate(
            "Uploads",
            "This is really a {kind} file with another extension; "
            "rename it or pick the right file.",
        ).format(kind=kind or "?"),
        "pdf_damaged": lambda: translate("Uploads", "The PDF is damaged or incomplete."),
        "pdf_encrypted": lambda: translate(
            "Uploads", "The PDF is password-protected; save it without a password first."
        ),
        "image_damaged": lambda: translate("Uploads", "The image is damaged or incomplete."),
        "duplicate": lambda: translate(
            "Uploads", "The same file is already uploaded or queued here."
        ),
        "not_audio": lambda: (
            translate(
                "Uploads", "This is a {kind} file, not a sound: upload an MP3 or WAV."
            ).format(kind=kind)
            if kind
            else translate("Uploads", "Not an MP3 or WAV file.")
        ),
        "damaged": lambda: translate(
            "Uploads", "The sound cannot be decoded: the file is damaged."
        ),
        "truncated": lambda: translate(
            "Uploads", "The sound is cut short: it ends before its header says."
        ),
        "advice": lambda: translate(
            "Uploads",
            "Stereo or high sample rate: phone lines carry mono 8 kHz. "
            "Convert it, or upload it as it is.",
        ),
        "cancelled": lambda: translate("Uploads", "Cancelled; nothing was uploaded."),
        "network": lambda: translate(
            "Uploads", "The connection failed; nothing was uploaded. Retry sends it."
        ),
        "network_unknown": lambda: translate(
            "Uploads",
            "The connection failed after the file was sent; "
            "sending it again replaces the same melody.",
        ),
        "refused_by_server": lambda: translate("Uploads", "The service refused the file."),
        "gone": lambda: translate("Uploads", "The file is no longer where it was."),
        "changed": lambda: translate(
            "Uploads", "The file changed since it was checked; add it again."
        ),
        "error": lambda: translate("Uploads", "Something went wrong; see the log."),
    }
    make = texts.get(item.problem)
    return make() if make is not None else item.problem


def state_text(item: UploadItem, sent: int | None = None) -> str:
    if item.state == UploadState.UPLOADING:
        percent = int(100 * (sent or 0) / item.size) if item.size else 0
        return translate("Uploads", "Uploading {percent}%").format(percent=percent)
    names = {
        UploadState.REFUSED: translate("Uploads", "Refused"),
        UploadState.HELD: translate("Uploads", "Needs a decision"),
        UploadState.WAITING: translate("Uploads", "Waiting"),
        UploadState.SETTLING: translate("Uploads", "Checking whether it arrived"),
        UploadState.DONE: translate("Uploads", "Uploaded"),
        UploadState.FAILED: translate("Uploads", "Failed"),
    }
    return names[item.state]


def document_type_name(kind: str) -> str:
    names = {
        "passport": translate("Uploads", "Passport or ID card"),
        "photo_with_passport": translate("Uploads", "Photo with the passport"),
        "photo_with_doc": translate("Uploads", "Photo with the document"),
        "phone_bill": translate("Uploads", "Utility or phone bill"),
        "contract": translate("Uploads", "Contract"),
        "company_letter": translate("Uploads", "Company letter"),
        "certificate": translate("Uploads", "Company registration certificate"),
        "receipt": translate("Uploads", "Receipt"),
        "inn_ua": translate("Uploads", "Ukrainian tax number (INN)"),
        "driver_id_us_ca": translate("Uploads", "Driver's licence (US, Canada)"),
        "driver_id_other": translate("Uploads", "Driver's licence"),
    }
    return names.get(kind, kind)


def dropped_paths(mime: QMimeData) -> list[Path]:
    """Local files (and folders, refused later with a reason) in a drop from a file manager."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def thumbnail(path: str | Path, kind: str, size: int = 48) -> QPixmap | None:
    """Images with their EXIF rotation applied; the first page of a PDF through QtPdf."""
    image = QImage()
    if kind in ("jpeg", "png"):
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        stored = reader.size()  # before rotation; fitting a square box, that does not matter
        if stored.isValid():
            reader.setScaledSize(stored.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
    elif kind == "pdf":
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument()
        if document.load(str(path)) == QPdfDocument.Error.None_ and document.pageCount() > 0:
            page = document.pagePointSize(0)
            scale = size / max(page.width(), page.height(), 1.0)
            image = document.render(
                0, QSize(max(1, int(page.width() * scale)), max(1, int(page.height() * scale)))
            )
        document.close()
    if image.isNull():
        return None
    return QPixmap.fromImage(image)


# --- the service ---------------------------------------------------------------------------


class UploadService(QObject):
    """The console's upload queue; rows keep the client they were queued for."""

    changed = Signal(object)  # UploadItem, or None after a removal
    progress = Signal(int, int, int)  # item id, bytes sent, size

    def __init__(self, ctx: AppContext, queue: UploadQueue | None = None) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        # Real profiles queue on disk; the demo (an in-memory emulator, gone at exit) queues
        # in memory, so a restart never settles rows against a server that no longer exists.
        self._disk_queue = queue
        self._uploaders: dict[bool, Uploader] = {}
        self._checks: set[asyncio.Task[Any]] = set()
        ctx.profile_changed.connect(self._profile_changed)
        ctx.on_close.append(self.aclose)
        self._closed = False
        self.uploader.kick()

    @property
    def uploader(self) -> Uploader:
        """The queue of the current profile (the demo's, or the one on disk)."""
        demo = self.ctx.demo
        uploader = self._uploaders.get(demo)
        if uploader is None:
            if demo:
                queue = UploadQueue(":memory:")
            else:
                queue = self._disk_queue or UploadQueue(core.default_queue_path())

            def api(demo: bool = demo) -> Any:
                return self.ctx.api if self.ctx.demo == demo else None

            uploader = Uploader(queue, api, profile=self._profile())
            uploader.listeners.append(self.changed.emit)
            uploader.progress.append(self.progress.emit)
            self._uploaders[demo] = uploader
        return uploader

    @property
    def queue(self) -> UploadQueue:
        return self.uploader.queue

    def _profile(self) -> str:
        return self.ctx.profile.name if self.ctx.profile is not None else ""

    def _profile_changed(self, _profile: object) -> None:
        self.uploader.profile = self._profile()
        self.uploader.kick()
        self.changed.emit(None)

    async def aclose(self) -> None:
        self._closed = True
        for task in list(self._checks):
            task.cancel()
        for uploader in self._uploaders.values():
            await uploader.aclose()
            uploader.queue.close()

    def items(self) -> list[UploadItem]:
        return self.uploader.items()

    def add_paths(
        self,
        paths: Iterable[Path],
        target: Target,
        client: CurrentClient,
        *,
        group_id: int | None = None,
        document_type: str = "",
        sound_name: str = "",
        done: Callable[[list[UploadItem]], None] | None = None,
    ) -> asyncio.Task[list[UploadItem]]:
        """Check each file off the GUI thread, then queue it; one bad file stops nothing."""
        check = core.check_document if target == Target.DOCUMENT else core.check_sound
        files = list(paths)

        async def work() -> list[UploadItem]:
            added = []
            for path in files:
                checked = await asyncio.to_thread(check, path)
                if self._closed:
                    break
                name = sound_name if (sound_name and len(files) == 1) else ""
                added.append(
                    self.uploader.add(
                        checked,
                        target=target,
                        user_id=client.user_id,
                        client_name=client.name,
                        group_id=group_id,
                        document_type=document_type,
                        sound_name=name,
                    )
                )
            if done is not None:
                done(added)
            return added

        task = asyncio.ensure_future(work())
        self._checks.add(task)
        task.add_done_callback(self._checks.discard)
        return task

    def replace_path(self, item_id: int, path: Path) -> asyncio.Task[UploadItem]:
        item = self.queue.get(item_id)
        check = core.check_document if item.target == Target.DOCUMENT else core.check_sound

        async def work() -> UploadItem:
            checked = await asyncio.to_thread(check, path)
            return self.uploader.replace_file(item_id, checked)

        task = asyncio.ensure_future(work())
        self._checks.add(task)
        task.add_done_callback(self._checks.discard)
        return task

    def active_for_others(self, client: CurrentClient | None) -> list[UploadItem]:
        """Rows still going for an account other than ``client``."""
        return [
            i
            for i in self.items()
            if i.state in core.ACTIVE and (client is None or i.user_id != client.user_id)
        ]


_services: weakref.WeakKeyDictionary[AppContext, UploadService] = weakref.WeakKeyDictionary()


def uploads_for(ctx: AppContext) -> UploadService:
    service = _services.get(ctx)
    if service is None:
        service = UploadService(ctx)
        _services[ctx] = service
    return service


# --- the view --------------------------------------------------------------------------------


class UploadModel(QAbstractTableModel):
    """Rows of the queue a page shows; plain Python data under a table model."""

    NAME, DETAIL, STATE = range(3)

    def __init__(
        self, service: UploadService, targets: Sequence[Target], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.targets = tuple(targets)
        self.client: CurrentClient | None = None
        self.group_id: int | None = None
        self.rows: list[UploadItem] = []
        self._thumbs: dict[tuple[int, str], QPixmap | None] = {}
        service.changed.connect(self._changed)
        service.progress.connect(self._progress)
        self.reload()

    def wanted(self, item: UploadItem) -> bool:
        if item.target not in self.targets:
            return False
        if item.state in core.ACTIVE and (
            self.client is None or item.user_id != self.client.user_id
        ):
            return True  # still going for another client: shown, and said so
        if self.client is None or item.user_id != self.client.user_id:
            return False
        return not (
            self.group_id is not None
            and item.target == Target.DOCUMENT
            and item.group_id != self.group_id
        )

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = [i for i in self.service.items() if self.wanted(i)]
        self.endResetModel()

    def _changed(self, item: UploadItem | None) -> None:
        if item is None:
            self.reload()
            return
        for row, old in enumerate(self.rows):
            if old.id == item.id:
                if self.wanted(item):
                    self.rows[row] = item
                    self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
                else:
                    self.reload()
                return
        if self.wanted(item):
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append(item)
            self.endInsertRows()

    def _progress(self, item_id: int, _sent: int, _size: int) -> None:
        for row, item in enumerate(self.rows):
            if item.id == item_id:
                index = self.index(row, self.STATE)
                self.dataChanged.emit(index, index)
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        documents = Target.DOCUMENT in self.targets
        return [
            translate("Uploads", "File"),
            translate("Uploads", "Document type") if documents else translate("Uploads", "Sound"),
            translate("Uploads", "State"),
        ][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        item = self.rows[index.row()]
        if (
            index.column() == self.DETAIL
            and item.target == Target.DOCUMENT
            and item.state in (UploadState.WAITING, UploadState.FAILED)
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def thumb(self, item: UploadItem) -> QPixmap | None:
        key = (item.id, item.path)
        if key not in self._thumbs:
            self._thumbs[key] = (
                thumbnail(item.path, item.kind, 40) if item.kind in ("pdf", "jpeg", "png") else None
            )
        return self._thumbs[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return item
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return self.thumb(item)
        if role == Qt.ItemDataRole.EditRole and column == self.DETAIL:
            return item.document_type
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [item.path]
            if item.problem:
                parts.append(problem_text(item))
            if item.problem == "refused_by_server" and item.detail:
                parts.append(translate("Uploads", "Details: {text}").format(text=item.detail))
            return "\n".join(parts)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NAME:
            name = item.filename
            if item.size:
                name += "\n" + human_size(item.size)
            if self.client is None or item.user_id != self.client.user_id:
                name += "\n" + translate("Uploads", "for {client}").format(
                    client=client_label(item.user_id, item.client_name)
                )
            return name
        if column == self.DETAIL:
            if item.target == Target.DOCUMENT:
                return document_type_name(item.document_type)
            return self.sound_text(item)
        text = state_text(item, self.service.uploader.sent.get(item.id))
        if item.problem and item.state != UploadState.UPLOADING:
            text += "\n" + problem_text(item)
        return text

    @staticmethod
    def sound_text(item: UploadItem) -> str:
        head = item.sound_name or (
            translate("Uploads", "hold music") if item.target == Target.HOLD else ""
        )
        info = item.sound
        if info is None:
            return head
        channels = (
            translate("Uploads", "mono") if info.channels == 1 else translate("Uploads", "stereo")
        )
        facts = translate("Uploads", "{duration}, {rate} kHz {channels}, {kbps} kbit/s").format(
            duration=duration_text(info.duration),
            rate=f"{info.samplerate / 1000:g}",
            channels=channels,
            kbps=round(info.bitrate / 1000),
        )
        return f"{head}\n{facts}" if head else facts

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.DETAIL:
            return False
        item = self.rows[index.row()]
        self.service.uploader.set_document_type(item.id, str(value))
        return True


class _TypeDelegate(QStyledItemDelegate):
    """``document_type`` picked from the spec's list; progress drawn in the state column."""

    def __init__(self, model: UploadModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() != UploadModel.DETAIL:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("document_type")
        for kind in core.DOCUMENT_TYPES:
            combo.addItem(document_type_name(kind), kind)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(Qt.ItemDataRole.UserRole)
        if (
            index.column() == UploadModel.STATE
            and isinstance(item, UploadItem)
            and item.state == UploadState.UPLOADING
        ):
            bar = QStyleOptionProgressBar()
            bar.rect = option.rect.adjusted(2, 4, -2, -4)
            bar.minimum, bar.maximum = 0, 1000
            sent = self.model.service.uploader.sent.get(item.id, 0)
            bar.progress = int(1000 * sent / item.size) if item.size else 0
            bar.text = str(index.data())
            bar.textVisible = True
            style = option.widget.style() if option.widget else None
            if style is not None:
                style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
                return
        super().paint(painter, option, index)


class UploadQueueView(QWidget):
    """The queue table with Add files, Retry, Remove and Cancel."""

    selection_changed = Signal(object)  # UploadItem | None
    emptied = Signal(bool)  # whether the view shows no rows (pages show a drop hint then)

    def __init__(
        self, service: UploadService, targets: Sequence[Target], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("uploads")
        self.service = service
        self.model = UploadModel(service, targets, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self)
        self.table.setObjectName("upload_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(_TypeDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setIconSize(QSize(40, 40))
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(UploadModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UploadModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UploadModel.STATE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_files")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retry")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel_upload")
        for button in (self.add_button, self.retry_button, self.cancel_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.extra = buttons  # pages add their own buttons here
        layout.addLayout(buttons)
        self.retry_button.clicked.connect(lambda: self._each(service.uploader.retry))
        self.remove_button.clicked.connect(lambda: self._each(service.uploader.remove))
        self.cancel_button.clicked.connect(lambda: self._each(service.uploader.cancel))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.model.modelReset.connect(self._selected)
        self.model.dataChanged.connect(self._selected)
        self.model.modelReset.connect(self._count)
        self.model.rowsInserted.connect(self._count)
        self.retranslate()
        self._selected()

    def selected(self) -> list[UploadItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if r < len(self.model.rows)]

    def current(self) -> UploadItem | None:
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def select_id(self, item_id: int) -> None:
        for row, item in enumerate(self.model.rows):
            if item.id == item_id:
                self.table.selectRow(row)
                return

    def _each(self, action: Callable[[int], object]) -> None:
        for item in self.selected():
            action(item.id)

    def _count(self, *_args: object) -> None:
        self.emptied.emit(self.model.rowCount() == 0)

    def _selected(self, *_args: object) -> None:
        chosen = self.selected()
        states = {i.state for i in chosen}
        self.retry_button.setEnabled(UploadState.FAILED in states)
        self.cancel_button.setEnabled(
            UploadState.UPLOADING in states or UploadState.WAITING in states
        )
        self.remove_button.setEnabled(
            bool(chosen) and not states <= {UploadState.UPLOADING, UploadState.SETTLING}
        )
        self.selection_changed.emit(chosen[0] if len(chosen) == 1 else None)

    def set_scope(self, client: CurrentClient | None, group_id: int | None = None) -> None:
        self.model.client = client
        self.model.group_id = group_id
        self.model.reload()

    def retranslate(self) -> None:
        self.add_button.setText(translate("Uploads", "&Add files…"))
        self.retry_button.setText(translate("Uploads", "Re&try"))
        self.remove_button.setText(translate("Uploads", "Re&move"))
        self.cancel_button.setText(translate("Uploads", "Ca&ncel"))
        self.cancel_button.setToolTip(
            translate(
                "Uploads", "Stop the selected uploads; a file cut off mid-way is never applied"
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
