"""Add or edit a connection profile; test it before saving.

The form comes from ``ui/profile_editor.ui`` (composed, not inherited); its inputs are named
after the profile attributes (``name``, ``kind``, ``base_url``, ``ca_bundle``, ``key``,
``secret``) so validation errors from ``zaddesk.core.profiles`` land on the right widget.
When editing, empty key and secret fields mean "keep what is stored". Saving and keyring access
run as tasks (worker thread), so an unlock prompt never freezes the window. The dialog is
opened with ``open()`` and reports through ``saved``; it never runs a nested event loop.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from zaddesk.core import profiles
from zaddesk.core.profiles import Profile, ProfileError, ProfileKind, SecretStorage
from zaddesk.gui.context import AppContext, Balance, format_balance, test_connection
from zaddesk.gui.forms.ui_profile_editor import Ui_ProfileEditor
from zaddesk.gui.messages import describe_error
from zaddesk.gui.page import FieldErrors
from zaddesk.gui.tasks import TaskKind

__all__ = ["ProfileDialog"]

KINDS: tuple[ProfileKind, ...] = ("production", "sandbox", "custom")


class ProfileDialog(QDialog):
    saved = Signal(object, object)  # Profile, SecretStorage | None (None: secret unchanged)

    def __init__(self, ctx: AppContext, profile: Profile | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = profile
        self.ui = Ui_ProfileEditor()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.errors = FieldErrors(self, None)
        for label in (self.ui.name_error, self.ui.base_url_error, self.ui.ca_bundle_error,
                      self.ui.key_error, self.ui.secret_error, self.ui.banner_text):
            label.setProperty("role", "error")
            label.setMinimumWidth(320)  # wrapped labels in a form otherwise wrap word by word
        # Room for a full API address and the CA bundle hint without clipping.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.ui.kind.currentIndexChanged.connect(self._kind_changed)
        self.ui.ca_browse.clicked.connect(self._browse_ca)
        self.ui.test_button.clicked.connect(self.test)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        if profile is not None:
            self.ui.name.setText(profile.name)
            self.ui.kind.setCurrentIndex(KINDS.index(profile.kind)
                                         if profile.kind in KINDS else 2)
            self.ui.base_url.setText(profile.base_url)
            self.ui.ca_bundle.setText(profile.ca_bundle or "")
        else:
            self.ui.kind.setCurrentIndex(0)
        self._kind_changed(self.ui.kind.currentIndex())
        self.retranslate()

    # ------------------------------------------------------------------ ErrorSurface

    def show_field_error(self, name: str, message: str) -> bool:
        return self.errors.show(name, message)

    def show_banner(self, message: str, level: str = "error") -> None:
        self.ui.banner_text.setText(message)
        self.ui.banner_text.setVisible(bool(message))

    def clear_errors(self) -> None:
        self.errors.clear()
        self.show_banner("")

    # ------------------------------------------------------------------ form

    def kind(self) -> ProfileKind:
        return KINDS[max(0, self.ui.kind.currentIndex())]

    def profile(self) -> Profile:
        return Profile(self.ui.name.text().strip(), self.kind(),
                       self.ui.base_url.text().strip(), self.ui.ca_bundle.text().strip() or None)

    def _kind_changed(self, _index: int) -> None:
        default = profiles.default_base_url(self.kind())
        if default:
            self.ui.base_url.setText(default)
        elif self.ui.base_url.text() in (profiles.PRODUCTION_URL, profiles.SANDBOX_URL):
            self.ui.base_url.setText("http://127.0.0.1:8000")
        self.ui.base_url.setReadOnly(bool(default))

    def _browse_ca(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a CA bundle"))
        dialog.setNameFilter(self.tr("Certificates (*.pem *.crt);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.ui.ca_bundle.setText)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _local_problems(self, *, need_secret: bool) -> bool:
        """Mark every problem the form can see without the network; True if any."""
        self.clear_errors()
        problems = profiles.validate_profile(self.profile())
        if need_secret:
            if not self.ui.key.text().strip():
                problems.append(ProfileError("Enter the API key.", "key"))
            if not self.ui.secret.text().strip():
                problems.append(ProfileError("Enter the API secret.", "secret"))
        for problem in problems:
            self.errors.show(problem.field, describe_error(problem))
        if problems:
            self.findChild(QWidget, problems[0].field).setFocus()  # type: ignore[union-attr]
        return bool(problems)

    # ------------------------------------------------------------------ actions

    def test(self) -> None:
        editing = self.original is not None
        typed = bool(self.ui.key.text().strip() and self.ui.secret.text().strip())
        problems = [e for e in profiles.validate_profile(self.profile()) if e.field != "name"]
        self.clear_errors()
        for problem in problems:
            self.errors.show(problem.field, describe_error(problem))
        if not typed and not editing:
            self.errors.show("key" if not self.ui.key.text().strip() else "secret",
                             self.tr("Enter the API key and secret to test them."))
            return
        if problems:
            return
        profile = self.profile()
        key, secret = self.ui.key.text().strip(), self.ui.secret.text().strip()
        stored_name = self.original.name if self.original else ""

        async def run() -> Balance:
            if not typed:
                pair = await asyncio.to_thread(profiles.get_secret, stored_name)
                if pair is None:
                    raise ProfileError(self.tr("No key is stored for this profile; enter the "
                                               "key and secret."), "key")
                k, s = pair
            else:
                k, s = key, secret
            return await test_connection(profile.base_url, k, s, profile.ca_bundle)

        self._show_test(self.tr("Connecting to {0}…").format(profile.base_url), None)
        self.ctx.runner.run(run, title=self.tr("Test connection"), owner=self,
                            name="test", on_success=self._tested, on_error=self._test_failed)

    def _tested(self, balance: Balance) -> None:
        self._show_test(self.tr("Connected. Dealer balance: {0}").format(
            format_balance(balance)), True)

    def _test_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ProfileError):
            self.errors.show(exc.field, str(exc))
            self._show_test("", None)
            return True
        self._show_test(self.tr("Connection failed: {0}").format(describe_error(exc)), False)
        return True

    def _show_test(self, text: str, ok: bool | None) -> None:
        self.ui.test_result.setText(text)
        self.ui.test_result.setProperty("role", "" if ok is None else ("ok" if ok else "error"))
        self.ui.test_result.style().unpolish(self.ui.test_result)
        self.ui.test_result.style().polish(self.ui.test_result)

    def save(self) -> None:
        new = self.original is None
        key, secret = self.ui.key.text().strip(), self.ui.secret.text().strip()
        if self._local_problems(need_secret=new or bool(key) or bool(secret)):
            return
        profile = self.profile()
        previous = self.original.name if self.original else None

        async def run() -> tuple[Profile, SecretStorage | None]:
            await asyncio.to_thread(profiles.save_profile, profile, previous_name=previous)
            storage = None
            if key and secret:
                storage = await asyncio.to_thread(profiles.store_secret, profile.name, key,
                                                  secret)
            return profile, storage

        def done(result: tuple[Profile, SecretStorage | None]) -> None:
            self.saved.emit(*result)
            self.accept()

        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        info = self.ctx.runner.run(run, title=self.tr("Save profile"), owner=self,
                                   name="save", on_success=done, kind=TaskKind.INTERACTIVE)
        info.task.add_done_callback(  # type: ignore[union-attr]
            lambda _t: self._enable_save())

    def _enable_save(self) -> None:
        import shiboken6

        if shiboken6.isValid(self):
            self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    # ------------------------------------------------------------------ language

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)  # type: ignore[no-untyped-call]
        editing = self.original is not None
        self.setWindowTitle(self.tr("Edit profile") if editing else self.tr("New profile"))
        hint = self.tr("unchanged (stored)") if editing else ""
        self.ui.key.setPlaceholderText(hint)
        self.ui.secret.setPlaceholderText(hint)
        if self.ctx.storage is SecretStorage.SESSION and self.ctx.keyring_hung:
            note = self.tr("The system keyring did not answer (is it locked?): the key and "
                           "secret will be kept only until Zaddesk closes, never written to "
                           "disk.")
        elif self.ctx.storage is SecretStorage.SESSION:
            note = self.tr("No working system keyring was found: the key and secret will be "
                           "kept only until Zaddesk closes, never written to disk.")
        else:
            note = self.tr("The key and secret are stored in the system keyring.")
        self.ui.storage_note.setText(note)
        self.ui.storage_note.setProperty("role", "warning" if self.ctx.storage
                                         is SecretStorage.SESSION else "")
        self.ui.storage_note.setForegroundRole(QPalette.ColorRole.WindowText)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "production": QCoreApplication.translate("ProfileKinds", "Zadarma (production)"),
        "sandbox": QCoreApplication.translate("ProfileKinds", "Zadarma sandbox"),
        "custom": QCoreApplication.translate("ProfileKinds", "Custom address"),
        "demo": QCoreApplication.translate("ProfileKinds", "Demo (local emulator)"),
    }.get(kind, kind)
