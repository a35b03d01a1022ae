"""The current client's IVR sounds and hold music, with checks, conversion and a preview.

Dropped MP3 and WAV files are decoded on the desk (``zaddesk.core.audio``) and queued in the
shared upload queue. A file over 5 MB, stereo or sampled above 16 kHz waits for the rep: convert
it to mono 8 or 16 kHz WAV or MP3 (a new file; the original stays as it was), or send it as it
is when it fits. The preview plays through Qt Multimedia; without an audio output it says so and
everything else works.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zaddesk.api.resources.sounds import SoundList
from zaddesk.core import audio, profiles
from zaddesk.core.uploads import Target, UploadItem, UploadState
from zaddesk.gui.context import CurrentClient
from zaddesk.gui.page import ClientPage
from zaddesk.gui.uploads import (
    UploadQueueView,
    dropped_paths,
    duration_text,
    human_size,
    uploads_for,
)

translate = QCoreApplication.translate

__all__ = ["SoundsPage"]

log = logging.getLogger("zaddesk.gui.sounds")


def file_filter() -> str:
    return translate("Sounds", "Sounds (*.mp3 *.wav);;All files (*)")


def target_text(target: audio.Target) -> str:
    kind = "WAV" if target.format == "wav" else "MP3"
    return translate("Sounds", "Mono {rate} kHz {kind}, about {size}").format(
        rate=target.samplerate // 1000, kind=kind, size=human_size(target.estimated_size)
    )


class SoundsPage(ClientPage):
    page_id = "sounds"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        self.service = uploads_for(ctx)
        self.library: SoundList | None = None
        self.converted: dict[int, Path] = {}  # item id -> converted copy waiting to be sent
        self.player: Any = None
        self.audio_output: Any = None
        self.preview_reason = ""
        self._converting: asyncio.Task[Any] | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        # -- left: the library and the hold music
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.library_box = QGroupBox(left)
        library_layout = QVBoxLayout(self.library_box)
        self.sound_list = QListWidget(self.library_box)
        self.sound_list.setObjectName("sounds")
        library_layout.addWidget(self.sound_list, 1)
        library_buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.library_box)
        self.delete_button.setObjectName("delete_sound")
        self.delete_button.setEnabled(False)
        self.refresh_button = QPushButton(self.library_box)
        self.refresh_button.setObjectName("refresh_sounds")
        library_buttons.addWidget(self.refresh_button)
        library_buttons.addStretch(1)
        library_buttons.addWidget(self.delete_button)
        library_layout.addLayout(library_buttons)
        left_layout.addWidget(self.library_box, 1)

        self.hold_box = QGroupBox(left)
        self.hold_box.setObjectName("waitmelody")
        hold_layout = QVBoxLayout(self.hold_box)
        self.hold_status = QLabel(self.hold_box)
        self.hold_status.setObjectName("waitmelody_status")
        self.hold_status.setWordWrap(True)
        self.hold_switch = QCheckBox(self.hold_box)
        self.hold_switch.setObjectName("state")
        hold_buttons = QHBoxLayout()
        self.hold_upload = QPushButton(self.hold_box)
        self.hold_upload.setObjectName("upload_hold")
        self.hold_delete = QPushButton(self.hold_box)
        self.hold_delete.setObjectName("delete_hold")
        hold_buttons.addWidget(self.hold_upload)
        hold_buttons.addWidget(self.hold_delete)
        hold_buttons.addStretch(1)
        hold_layout.addWidget(self.hold_status)
        hold_layout.addWidget(self.hold_switch)
        hold_layout.addLayout(hold_buttons)
        left_layout.addWidget(self.hold_box)
        splitter.addWidget(left)

        # -- right: new sounds (name, queue, conversion) and the preview
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.uploads_box = QGroupBox(right)
        uploads_layout = QVBoxLayout(self.uploads_box)
        name_row = QHBoxLayout()
        self.name_label = QLabel(self.uploads_box)
        self.name_edit = QLineEdit(self.uploads_box)
        self.name_edit.setObjectName("name")
        self.name_label.setBuddy(self.name_edit)
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name_edit, 1)
        uploads_layout.addLayout(name_row)
        self.drop_hint = QLabel(self.uploads_box)
        self.drop_hint.setObjectName("drop_hint")
        self.drop_hint.setWordWrap(True)
        uploads_layout.addWidget(self.drop_hint)
        self.queue = UploadQueueView(self.service, [Target.SOUND, Target.HOLD], self.uploads_box)
        uploads_layout.addWidget(self.queue, 1)

        convert_row = QHBoxLayout()
        self.convert_target = QComboBox(self.uploads_box)
        self.convert_target.setObjectName("convert_target")
        self.convert_button = QPushButton(self.uploads_box)
        self.convert_button.setObjectName("convert")
        self.as_is_button = QPushButton(self.uploads_box)
        self.as_is_button.setObjectName("upload_as_is")
        self.convert_target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.convert_target.setMinimumContentsLength(10)
        convert_row.addWidget(self.convert_target, 1)
        convert_row.addWidget(self.convert_button)
        convert_row.addWidget(self.as_is_button)
        uploads_layout.addLayout(convert_row)
        result_row = QHBoxLayout()
        self.convert_result = QLabel(self.uploads_box)
        self.convert_result.setObjectName("convert_result")
        self.convert_result.setWordWrap(True)
        self.send_converted = QPushButton(self.uploads_box)
        self.send_converted.setObjectName("upload_converted")
        result_row.addWidget(self.convert_result, 1)
        result_row.addWidget(self.send_converted)
        uploads_layout.addLayout(result_row)
        right_layout.addWidget(self.uploads_box, 1)

        self.preview_box = QGroupBox(right)
        preview_layout = QHBoxLayout(self.preview_box)
        self.play_button = QPushButton(self.preview_box)
        self.play_button.setObjectName("play")
        self.stop_button = QPushButton(self.preview_box)
        self.stop_button.setObjectName("stop")
        self.position = QSlider(Qt.Orientation.Horizontal, self.preview_box)
        self.position.setObjectName("position")
        self.preview_status = QLabel(self.preview_box)
        self.preview_status.setObjectName("preview_status")
        self.preview_status.setWordWrap(True)
        preview_layout.addWidget(self.play_button)
        preview_layout.addWidget(self.stop_button)
        preview_layout.addWidget(self.position, 1)
        preview_layout.addWidget(self.preview_status, 1)
        right_layout.addWidget(self.preview_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([280, 560])
        self.splitter = splitter
        self.body.addWidget(splitter, 1)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.body.addWidget(self.empty_label)

        self.refresh_button.clicked.connect(self.load_library)
        self.delete_button.clicked.connect(self.delete_selected)
        self.sound_list.currentRowChanged.connect(
            lambda _r: self.delete_button.setEnabled(self.sound_list.currentItem() is not None)
        )
        self.queue.add_button.clicked.connect(self.pick_files)
        self.queue.selection_changed.connect(self._queue_selected)
        self.convert_button.clicked.connect(self.convert_selected)
        self.as_is_button.clicked.connect(self.upload_as_is)
        self.send_converted.clicked.connect(self.upload_converted)
        self.hold_upload.clicked.connect(self.pick_hold_music)
        self.hold_switch.clicked.connect(self.switch_hold_music)
        self.hold_delete.clicked.connect(self.delete_hold_music)
        self.play_button.clicked.connect(self.play)
        self.stop_button.clicked.connect(self.stop)
        self.position.sliderMoved.connect(self._seek)
        self.service.changed.connect(self._upload_changed)
        self.queue.emptied.connect(self.drop_hint.setVisible)
        self._hold_known: bool | None = None
        self._show_empty(True)
        self._queue_selected(None)

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        super().retranslate()
        self.library_box.setTitle(translate("Sounds", "Voice menu sounds"))
        self.delete_button.setText(translate("Sounds", "&Delete"))
        self.refresh_button.setText(translate("Sounds", "Re&fresh"))
        self.hold_box.setTitle(translate("Sounds", "Hold music"))
        self.hold_switch.setText(translate("Sounds", "&Play it on hold"))
        self.hold_upload.setText(translate("Sounds", "&Upload…"))
        self.hold_upload.setToolTip(
            translate("Sounds", "Upload an MP3 or WAV file as the hold music")
        )
        self.hold_delete.setText(translate("Sounds", "Dele&te"))
        self.hold_delete.setToolTip(translate("Sounds", "Delete the uploaded hold music"))
        self.uploads_box.setTitle(translate("Sounds", "New sounds"))
        self.name_label.setText(translate("Sounds", "&Name:"))
        self.name_edit.setPlaceholderText(translate("Sounds", "the file name, if left empty"))
        self.drop_hint.setText(
            translate(
                "Sounds",
                "Drop MP3 or WAV files here (drop on Hold music for the "
                "melody); each is decoded and checked before it is "
                "uploaded. At most 5 MB.",
            )
        )
        self.convert_button.setText(translate("Sounds", "Con&vert"))
        self.as_is_button.setText(translate("Sounds", "Upload &as it is"))
        self.send_converted.setText(translate("Sounds", "Upload &converted"))
        self.preview_box.setTitle(translate("Sounds", "Preview"))
        self.play_button.setText(translate("Sounds", "P&lay"))
        self.stop_button.setText(translate("Sounds", "St&op"))
        self.empty_label.setText(
            translate("Sounds", "Choose a client in the header to see their sounds.")
        )
        self._render_hold()
        self._queue_selected(self.queue.current())

    # ------------------------------------------------------------------ client

    def _show_empty(self, empty: bool) -> None:
        self.splitter.setVisible(not empty)
        self.empty_label.setVisible(empty)

    def client_changed(self, client: CurrentClient | None) -> None:
        self.stop()
        self.library = None
        self.sound_list.clear()
        self._hold_known = None
        self._render_hold()
        self._show_empty(client is None)
        self.queue.set_scope(client)
        if self.banner.level == "info":
            self.banner.clear()
        others = self.service.active_for_others(client)
        if others and client is not None:
            names = sorted({o.client_name or str(o.user_id) for o in others})
            self.show_banner(
                translate(
                    "Sounds", "{count} upload(s) continue for {names}; they finish for that client."
                ).format(count=len(others), names=", ".join(names)),
                "info",
            )
        if client is not None:
            self.load_library()
            self._check_audio_output()

    def load_library(self) -> None:
        client, api = self.client, self.ctx.api
        if client is None or api is None:
            return
        self.run(
            lambda: api.sounds.list_sounds(user_id=client.user_id),
            title=translate("Sounds", "Read the sound library"),
            name="sounds",
            on_success=self._library_loaded,
        )

    def _library_loaded(self, library: SoundList) -> None:
        self.library = library
        self.sound_list.clear()
        for sound in library.sounds:
            item = QListWidgetItem(f"{sound.name}  (id {sound.id})")
            item.setData(Qt.ItemDataRole.UserRole, sound.id)
            self.sound_list.addItem(item)
        if not library.sounds:
            self.sound_list.addItem(translate("Sounds", "(no sounds yet)"))
            self.sound_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def delete_selected(self) -> None:
        client, api = self.client, self.ctx.api
        item = self.sound_list.currentItem()
        if client is None or api is None or item is None:
            return
        sound_id = item.data(Qt.ItemDataRole.UserRole)
        if sound_id is None:
            return
        self.run(
            lambda: api.sounds.delete(sound_id, user_id=client.user_id),
            title=translate("Sounds", "Delete a sound"),
            on_success=lambda _r: self.load_library(),
        )

    # ------------------------------------------------------------------ hold music

    def _render_hold(self) -> None:
        if self._hold_known is None:
            text = translate(
                "Sounds",
                "The service does not tell which melody plays now; it shows here after "
                "an upload or a switch.",
            )
        elif self._hold_known:
            text = translate("Sounds", "The uploaded melody plays on hold.")
        else:
            text = translate("Sounds", "The standard melody plays on hold.")
        self.hold_status.setText(text)

    def pick_hold_music(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("Sounds", "Hold music"), "", file_filter()
        )
        if paths:
            self.add_paths([Path(paths[0])], Target.HOLD)

    def switch_hold_music(self) -> None:
        client, api = self.client, self.ctx.api
        if client is None or api is None:
            return
        enabled = self.hold_switch.isChecked()

        def done(_result: Any) -> None:
            self._hold_known = enabled
            self._render_hold()

        def failed(_exc: BaseException) -> bool:
            self.hold_switch.setChecked(not enabled)
            return False

        self.run(
            lambda: api.sounds.switch_hold_music(
                enabled, "mymelody" if enabled else "none", user_id=client.user_id
            ),
            title=translate("Sounds", "Switch the hold music"),
            on_success=done,
            on_error=failed,
        )

    def delete_hold_music(self) -> None:
        client, api = self.client, self.ctx.api
        if client is None or api is None:
            return

        def done(_result: Any) -> None:
            self._hold_known = False
            self.hold_switch.setChecked(False)
            self._render_hold()

        self.run(
            lambda: api.sounds.delete_hold_music(user_id=client.user_id),
            title=translate("Sounds", "Delete the hold music"),
            on_success=done,
        )

    # ------------------------------------------------------------------ adding files

    def pick_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("Sounds", "Add sounds"), "", file_filter()
        )
        self.add_paths([Path(p) for p in paths], Target.SOUND)

    def add_paths(self, paths: list[Path], target: Target) -> None:
        client = self.client
        if not paths or client is None:
            return
        name = self.name_edit.text().strip()
        self.service.add_paths(paths, target, client, sound_name=name)
        self.name_edit.clear()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()) and self.client is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        where = self.hold_box.mapFrom(self, event.position().toPoint())
        on_hold = self.hold_box.isVisible() and self.hold_box.rect().contains(QPoint(where))
        self.add_paths(paths[:1] if on_hold else paths, Target.HOLD if on_hold else Target.SOUND)

    def _upload_changed(self, item: UploadItem | None) -> None:
        if item is None or self.client is None or item.user_id != self.client.user_id:
            return
        if item.state == UploadState.DONE and item.target == Target.SOUND:
            self.load_library()
        if item.state == UploadState.DONE and item.target == Target.HOLD:
            self.show_banner(
                translate("Sounds", "The hold music is uploaded; switch it on to play it."), "info"
            )

    # ------------------------------------------------------------------ conversion

    def _queue_selected(self, item: UploadItem | None) -> None:
        self.convert_target.clear()
        info = item.sound if item is not None else None
        held = item is not None and item.state in (
            UploadState.HELD,
            UploadState.FAILED,
            UploadState.WAITING,
        )
        targets = audio.plan(info) if (info is not None and held) else []
        for target in targets:
            self.convert_target.addItem(target_text(target), target)
        reasons = audio.conversion_reasons(info) if info is not None else []
        self.convert_target.setEnabled(bool(targets) and bool(reasons))
        self.convert_button.setEnabled(bool(targets) and bool(reasons))
        self.as_is_button.setEnabled(
            item is not None and item.state == UploadState.HELD and item.size <= audio.MAX_SOUND
        )
        copy = self.converted.get(item.id) if item is not None else None
        self.send_converted.setEnabled(copy is not None and held)
        if copy is None:
            self.convert_result.setText(
                translate(
                    "Sounds",
                    "Select a sound to convert it to mono 8 or 16 kHz; the original file "
                    "stays as it is.",
                )
                if not reasons
                else ""
            )
        self._preview_source(item)

    def convert_selected(self) -> None:
        item = self.queue.current()
        target = self.convert_target.currentData()
        if item is None or not isinstance(target, audio.Target):
            return
        folder = profiles.data_dir() / "converted"
        folder.mkdir(parents=True, exist_ok=True)
        stem = Path(item.filename).stem
        destination = folder / f"{stem} (mono {target.samplerate // 1000} kHz){target.suffix}"
        self.convert_result.setText(translate("Sounds", "Converting…"))
        self.convert_button.setEnabled(False)

        async def work() -> audio.AudioInfo:
            return await asyncio.to_thread(audio.convert, Path(item.path), destination, target)

        def done(info: audio.AudioInfo) -> None:
            self.converted[item.id] = destination
            self.convert_result.setText(
                translate(
                    "Sounds",
                    "Converted: {size}, {duration}, mono {rate} kHz. "
                    "Upload it, or pick another form.",
                ).format(
                    size=human_size(info.size),
                    duration=duration_text(info.duration),
                    rate=f"{info.samplerate / 1000:g}",
                )
            )
            self.send_converted.setEnabled(True)
            self.convert_button.setEnabled(True)

        def failed(exc: BaseException) -> bool:
            self.convert_result.setText(
                translate("Sounds", "The conversion failed: {error}").format(error=exc)
            )
            self.convert_button.setEnabled(True)
            return True

        self.run(
            work, title=translate("Sounds", "Convert a sound"), on_success=done, on_error=failed
        )

    def upload_converted(self) -> None:
        item = self.queue.current()
        if item is None or item.id not in self.converted:
            return
        path = self.converted.pop(item.id)
        self.service.replace_path(item.id, path)
        self.convert_result.setText(
            translate("Sounds", "The converted copy is queued: {name}").format(name=path.name)
        )

    def upload_as_is(self) -> None:
        item = self.queue.current()
        if item is not None:
            self.service.uploader.release(item.id)

    # ------------------------------------------------------------------ preview

    def _check_audio_output(self) -> bool:
        if self.player is not None:
            return True
        if self.preview_reason:
            return False
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
        except ImportError as exc:  # Qt Multimedia missing from the installation
            self.preview_reason = translate(
                "Sounds", "Qt Multimedia is not installed: {error}"
            ).format(error=exc)
        else:
            if not QMediaDevices.audioOutputs():
                self.preview_reason = translate(
                    "Sounds",
                    "This machine has no audio output, so the preview "
                    "is off; everything else works.",
                )
            else:
                self.player = QMediaPlayer(self)
                self.audio_output = QAudioOutput(self)
                self.player.setAudioOutput(self.audio_output)
                self.player.positionChanged.connect(self._position)
                self.player.durationChanged.connect(lambda ms: self.position.setRange(0, int(ms)))
                self.player.errorOccurred.connect(self._player_error)
                self.player.playbackStateChanged.connect(lambda _s: self._preview_buttons())
        if self.player is None:
            self.preview_status.setText(self.preview_reason)
        self._preview_buttons()
        return self.player is not None

    def _preview_buttons(self) -> None:
        item = self.queue.current()
        usable = self.player is not None and item is not None and item.kind in ("mp3", "wav")
        self.play_button.setEnabled(usable)
        self.stop_button.setEnabled(self.player is not None and item is not None)
        self.position.setEnabled(usable)

    def _preview_source(self, item: UploadItem | None) -> None:
        if self.player is None:
            self._preview_buttons()
            return
        self.player.stop()
        if item is not None and item.kind in ("mp3", "wav"):
            self.player.setSource(QUrl.fromLocalFile(item.path))
            self.preview_status.setText(item.filename)
        self._preview_buttons()

    def play(self) -> None:
        if self._check_audio_output() and self.player is not None:
            self.player.play()

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()

    def _seek(self, value: int) -> None:
        if self.player is not None:
            self.player.setPosition(value)

    def _position(self, ms: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(int(ms))

    def _player_error(self, _error: Any, text: str) -> None:
        self.preview_status.setText(
            translate("Sounds", "The file cannot be played: {error}").format(error=text)
        )

    # ------------------------------------------------------------------ screenshots

    async def open_for_screenshot(self, what: str) -> None:
        """``--page sounds --open demo``: the showcase client and a few sounds in the queue:
        one fine, one stereo 48 kHz offered a conversion, one cut short."""
        import tempfile

        import numpy as np
        import soundfile

        if what != "demo":
            return
        self.ctx.set_client_id(210001)
        await self.ctx.runner.wait_idle()
        folder = Path(tempfile.mkdtemp(prefix="zaddesk-sounds-"))
        t = np.arange(8000 * 6) / 8000
        soundfile.write(
            str(folder / "powitanie.wav"),
            (0.2 * np.sin(2 * np.pi * 440 * t)).astype("float32"),
            8000,
        )
        t = np.arange(48000 * 30) / 48000
        tone = (0.2 * np.sin(2 * np.pi * 330 * t)).astype("float32")
        soundfile.write(str(folder / "muzyka studio 48k.wav"), np.stack([tone, tone], 1), 48000)
        cut = (folder / "powitanie.wav").read_bytes()
        (folder / "menu główne (ucięte).wav").write_bytes(cut[: len(cut) // 3])
        task = self.service.add_paths(
            sorted(folder.iterdir()), Target.SOUND, self.client or CurrentClient(210001)
        )
        await task
        await self.ctx.runner.wait_idle()
        for _ in range(50):
            await asyncio.sleep(0.05)
            if not self.service.uploader.busy:
                break
        for row, item in enumerate(self.queue.model.rows):
            if item.state == UploadState.HELD:
                self.queue.table.selectRow(row)
        await self.ctx.runner.wait_idle()
