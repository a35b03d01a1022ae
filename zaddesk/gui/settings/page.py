"""Settings: connection profiles, language, log folder.

Profiles are shown through ``ProfileTableModel`` + a filter proxy (never filled widget by
widget); the list is read in a worker thread because the file may sit on a slow disk and
keyring calls may block. Deleting asks for confirmation with ``dialogs.ask`` (non-blocking)
inside the task. "Test" proves address, TLS, key and secret by reading the dealer balance and
shows the balance or the exact reason it failed.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from zaddesk.core import profiles
from zaddesk.core.profiles import Profile, SecretStorage
from zaddesk.gui.context import (
    AppContext,
    Balance,
    MissingSecret,
    format_balance,
    test_connection,
)
from zaddesk.gui.dialogs import ask
from zaddesk.gui.elide import elide, set_text
from zaddesk.gui.forms.ui_settings_page import Ui_SettingsForm
from zaddesk.gui.i18n import LANGUAGES
from zaddesk.gui.messages import describe_error
from zaddesk.gui.page import Page
from zaddesk.gui.settings.profile_dialog import ProfileDialog, kind_label
from zaddesk.gui.tasks import TaskKind

__all__ = ["ProfileTableModel", "SettingsPage"]


class ProfileTableModel(QAbstractTableModel):
    COLUMNS = 3  # name, server kind, address
    ProfileRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profiles: list[Profile] = []
        self.active = ""

    def set_profiles(self, items: list[Profile]) -> None:
        self.beginResetModel()
        self.profiles = list(items)
        self.endResetModel()

    def set_active(self, name: str) -> None:
        self.active = name
        if self.profiles:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.profiles) - 1, self.COLUMNS - 1))

    def row_of(self, name: str) -> int:
        for row, profile in enumerate(self.profiles):
            if profile.name == name:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.profiles)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Server"), self.tr("Address"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        profile = self.profiles[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                if profile.name == self.active:
                    return self.tr("{0} (in use)").format(profile.name)
                return profile.name
            return kind_label(profile.kind) if col == 1 else profile.base_url
        if role == Qt.ItemDataRole.EditRole:  # what the proxy sorts and filters on
            return (profile.name, kind_label(profile.kind), profile.base_url)[col]
        if role == Qt.ItemDataRole.FontRole and profile.name == self.active:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and profile.ca_bundle:
            return self.tr("CA bundle: {0}").format(profile.ca_bundle)
        if role == self.ProfileRole:
            return profile
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        self.set_active(self.active)


class SettingsPage(Page):
    page_id = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = QWidget(self)
        self.ui = Ui_SettingsForm()
        self.ui.setupUi(self.form)  # type: ignore[no-untyped-call]
        self.ui.profiles_empty.hide()  # until the profiles are read
        self.body.addWidget(self.form, 1)

        self.model = ProfileTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)
        self.proxy.setFilterRole(Qt.ItemDataRole.EditRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        table = self.ui.profile_table
        table.setModel(self.proxy)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.doubleClicked.connect(lambda _i: self.edit_profile())
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.ui.profile_filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.ui.profile_add.clicked.connect(self.add_profile)
        self.ui.profile_edit.clicked.connect(self.edit_profile)
        self.ui.profile_delete.clicked.connect(self.delete_profile)
        self.ui.profile_test.clicked.connect(self.test_profile)
        self.ui.profile_use.clicked.connect(self.use_profile)
        self.ui.profile_demo.clicked.connect(self.use_demo)
        self.ui.open_logs.clicked.connect(self.open_logs)
        self.ui.profile_test_result.setProperty("role", "")
        # A long log path must not widen the window: "…" in its middle, the tooltip has it.
        elide(self.ui.log_folder, Qt.TextElideMode.ElideMiddle)
        policy = self.ui.log_folder.sizePolicy()
        policy.setHorizontalStretch(1)
        self.ui.log_folder.setSizePolicy(policy)

        self.ui.language.addItem("", "")
        for code, name in LANGUAGES.items():
            self.ui.language.addItem(name, code)
        saved = str(ctx.settings.value("ui/language", "") or "")
        self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(saved)))
        self.ui.language.currentIndexChanged.connect(self._language_chosen)

        ctx.profile_changed.connect(self._profile_changed)
        ctx.storage_changed.connect(lambda _s: self.retranslate())
        self._profile_changed(ctx.profile)
        self._update_buttons()
        self.reload()

    # ------------------------------------------------------------------ data

    def reload(self, select: str | None = None) -> None:
        def loaded(items: list[Profile]) -> None:
            self.model.set_profiles(items)
            self._show_empty_state()
            if select:
                self.select(select)
            self._update_buttons()

        self.run(lambda: asyncio.to_thread(profiles.list_profiles),
                 title=self.tr("Read profiles"), kind=TaskKind.BACKGROUND, name="reload",
                 on_success=loaded)

    def page_shown(self) -> None:
        self.ctx.ensure_keyring_checked()  # demo mode probes it only after start-up
        self.reload()

    def _show_empty_state(self) -> None:
        """No saved profile yet (the demo needs none): say so, and what to do."""
        empty = self.model.rowCount() == 0
        self.ui.profile_table.setVisible(not empty)
        self.ui.profiles_empty.setVisible(empty)

    def selected(self) -> Profile | None:
        index = self.ui.profile_table.currentIndex()
        if not index.isValid():
            return None
        profile = index.data(ProfileTableModel.ProfileRole)
        return profile if isinstance(profile, Profile) else None

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row >= 0:
            source = self.model.index(row, 0)
            self.ui.profile_table.setCurrentIndex(self.proxy.mapFromSource(source))

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.ui.profile_edit, self.ui.profile_delete, self.ui.profile_test,
                       self.ui.profile_use):
            button.setEnabled(has)
        self.ui.profile_demo.setEnabled(not self.ctx.demo)

    def _profile_changed(self, profile: Profile | None) -> None:
        self.model.set_active("" if profile is None or profile.is_demo else profile.name)
        self._update_buttons()

    # ------------------------------------------------------------------ actions

    def add_profile(self) -> ProfileDialog:
        return self._open_editor(None)

    def edit_profile(self) -> ProfileDialog | None:
        profile = self.selected()
        return self._open_editor(profile) if profile else None

    def _open_editor(self, profile: Profile | None) -> ProfileDialog:
        dialog = ProfileDialog(self.ctx, profile, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, profile: Profile, storage: SecretStorage | None) -> None:
        if storage is SecretStorage.SESSION:
            self.ctx.storage = storage
            self.ctx.keyring_hung = profiles.keyring_timed_out()
            self.ctx.storage_changed.emit(storage)
        self.show_banner(self.tr("Profile “{0}” saved.").format(profile.name), "info")
        self.reload(select=profile.name)

    def delete_profile(self) -> None:
        profile = self.selected()
        if profile is None:
            return

        async def run() -> bool:
            answer = await ask(
                self, self.tr("Delete profile"),
                self.tr("Delete the profile “{0}” and its stored key and secret?").format(
                    profile.name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            await asyncio.to_thread(profiles.delete_profile, profile.name)
            return True

        def done(deleted: bool) -> None:
            if deleted:
                self.show_banner(self.tr("Profile “{0}” deleted.").format(profile.name), "info")
                self.reload()

        self.run(run, title=self.tr("Delete profile"), name="delete", on_success=done)

    def test_profile(self) -> None:
        profile = self.selected()
        if profile is None:
            return

        async def run() -> Balance:
            pair = await asyncio.to_thread(profiles.get_secret, profile.name)
            if pair is None:
                raise MissingSecret(profile.name)
            return await test_connection(profile.base_url, pair[0], pair[1], profile.ca_bundle)

        def done(balance: Balance) -> None:
            self._show_test(self.tr("“{0}”: connected. Dealer balance: {1}").format(
                profile.name, format_balance(balance)), True)

        def failed(exc: BaseException) -> bool:
            self._show_test(self.tr("“{0}”: connection failed: {1}").format(
                profile.name, self._reason(exc)), False)
            return True

        self._show_test(self.tr("Testing “{0}”…").format(profile.name), None)
        self.run(run, title=self.tr("Test connection"), name="test", on_success=done,
                 on_error=failed)

    def use_profile(self) -> None:
        profile = self.selected()
        if profile is None:
            return

        def failed(exc: BaseException) -> bool:
            self.show_banner(self.tr("Cannot use “{0}”: {1}").format(profile.name,
                                                                      self._reason(exc)))
            return True

        self.run(lambda: self.ctx.use_profile(profile), title=self.tr("Switch profile"),
                 name="use", on_error=failed)

    def use_demo(self) -> None:
        self.run(self.ctx.start_demo, title=self.tr("Start demo mode"), name="use")

    def open_logs(self) -> None:
        folder = profiles.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _language_chosen(self, index: int) -> None:
        self.ctx.set_language(str(self.ui.language.itemData(index) or ""))

    def _reason(self, exc: BaseException) -> str:
        if isinstance(exc, MissingSecret):
            return self.tr("no key and secret are stored for it (edit the profile to enter "
                           "them)")
        return describe_error(exc)

    def _show_test(self, text: str, ok: bool | None) -> None:
        label = self.ui.profile_test_result
        label.setText(text)
        label.setProperty("role", "" if ok is None else ("ok" if ok else "error"))
        label.style().unpolish(label)
        label.style().polish(label)

    # ------------------------------------------------------------------ language

    async def open_for_screenshot(self, what: str) -> None:
        """``zaddesk --screenshot … --page settings --open profile``: the profile editor."""
        if what == "profile":
            self.add_profile()

    def retranslate(self) -> None:
        super().retranslate()
        self.ui.retranslateUi(self.form)  # type: ignore[no-untyped-call]
        self.ui.language.setItemText(0, self.tr("System default"))
        set_text(self.ui.log_folder, str(profiles.log_dir()))
        if self.ctx.storage is SecretStorage.SESSION and self.ctx.keyring_hung:
            self.ui.keyring_status.setText(self.tr(
                "The system keyring did not answer within a few seconds (is it locked?). Keys "
                "and secrets you enter are kept only until Zaddesk closes; they are never "
                "written to disk."))
            self.ui.keyring_status.setProperty("role", "warning")
        elif self.ctx.storage is SecretStorage.SESSION:
            self.ui.keyring_status.setText(self.tr(
                "No working system keyring was found. Keys and secrets you enter are kept "
                "only until Zaddesk closes; they are never written to disk."))
            self.ui.keyring_status.setProperty("role", "warning")
        else:
            self.ui.keyring_status.setText(self.tr("Keys and secrets are kept in: {0}").format(
                self.ctx.keyring_name))
            self.ui.keyring_status.setProperty("role", "")
        self.ui.keyring_status.style().unpolish(self.ui.keyring_status)
        self.ui.keyring_status.style().polish(self.ui.keyring_status)
        self.model.retranslate()
        self.ui.profiles_empty.setText(self.tr(
            "No connection profiles yet. You are working on the demo data of the built-in "
            "emulator. Add a profile with your Zadarma API key to work with your dealer "
            "account, or Zadarma's sandbox to try it safely."))
