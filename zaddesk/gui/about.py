"""Help → About: what a dealer's IT person asks for when something goes wrong.

The dialog shows the version, the Qt and Python versions and the folders the console uses, and
copies a diagnostics text to paste into a ticket. That text is built from a fixed list of
facts (versions, platform, folders, which kind of profile, the API host) and never from the
profile's key or secret; it also passes through the log file's redactor, so a secret that
ended up in a URL or a name is scrubbed as it is in the log. *Licences* shows zaddesk's licence
and the third-party notices the build bundles.
"""

from __future__ import annotations

import platform
import sys
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, Qt, QUrl, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zaddesk.core.profiles import config_dir, data_dir, log_dir
from zaddesk.gui.logsetup import redactor
from zaddesk.paths import is_frozen, licence_file, notices_file, resources_dir

if TYPE_CHECKING:
    from zaddesk.gui.context import AppContext

__all__ = ["AboutDialog", "LicencesDialog", "diagnostics"]


def _glibc() -> str:
    name, version = platform.libc_ver()
    return f"{name} {version}".strip() or "unknown"


def _host(url: str) -> str:
    """Scheme, host and port only: no user, password, path or query."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.hostname:
        return "(not a URL)"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}"


def diagnostics(ctx: AppContext) -> str:
    """The text "Copy diagnostics" puts on the clipboard (English: it goes into tickets)."""
    from zaddesk import __version__

    app = QGuiApplication.instance()
    profile = ctx.profile
    if profile is None:
        connection = "not connected"
    else:
        connection = f"{profile.kind} profile, API {_host(profile.base_url)}"
        if profile.ca_bundle:
            connection += ", own CA bundle"
    lines = [
        f"Zaddesk {__version__} ({'packaged' if is_frozen() else 'from source'})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"System: {platform.system()} {platform.release()} {platform.machine()}, {_glibc()}",
        f"Qt platform: {QGuiApplication.platformName() if app else 'none'}",
        f"Language: {ctx.language}",
        f"Connection: {connection}",
        f"Secrets stored in: {ctx.storage.value} ({ctx.keyring_name or 'not probed'})",
        f"Data folder: {data_dir()}",
        f"Log folder: {log_dir()}",
        f"Settings folder: {config_dir()}",
    ]
    return redactor.scrub("\n".join(lines)) + "\n"


def _folder_link(path: str) -> str:
    url = QUrl.fromLocalFile(path).toString()
    return f'<a href="{url}">{path}</a>'


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("about_dialog")
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "zaddesk.svg")))
        from zaddesk import __version__

        self.logo = QLabel(self)
        self.logo.setPixmap(QIcon(str(resources_dir() / "icons" / "zaddesk.svg")).pixmap(64, 64))
        self.heading = QLabel(self)
        self.heading.setObjectName("about_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self._version = __version__
        top = QHBoxLayout()
        top.addWidget(self.logo)
        top.addWidget(self.heading, 1)

        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        folders = {"data_folder": str(data_dir()), "log_folder": str(log_dir())}
        facts = {
            "version": __version__,
            "qt_version": f"{qVersion()} (PySide6 {pyside_version})",
            "python_version": f"{platform.python_version()} ({sys.platform})",
            **{name: _folder_link(path) for name, path in folders.items()},
        }
        for name, text in facts.items():
            value = QLabel(text, self)
            value.setObjectName(name)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            value.setOpenExternalLinks(name in folders)
            caption = QLabel(self)
            caption.setBuddy(value)
            self.values[name] = value
            self.captions[name] = caption
            self.form.addRow(caption, value)

        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy_diagnostics")
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.licences_button = QPushButton(self)
        self.licences_button.setObjectName("licences")
        self.licences_button.clicked.connect(self.show_licences)
        self.copied = QLabel(self)
        self.copied.setObjectName("copied")
        self.copied.setProperty("role", "ok")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addWidget(self.copied)
        layout.addWidget(self.buttons)
        self.licences: LicencesDialog | None = None
        self.retranslate()
        self.copy_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Zaddesk"))
        tagline = self.tr("A console for Zadarma dealers.")
        self.heading.setText(f"<h2>Zaddesk {self._version}</h2><p>{tagline}</p>")
        captions = {
            "version": self.tr("&Version:"),
            "qt_version": self.tr("&Qt:"),
            "python_version": self.tr("&Python:"),
            "data_folder": self.tr("&Data folder:"),
            "log_folder": self.tr("Lo&g folder:"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        self.copy_button.setText(self.tr("&Copy diagnostics"))
        self.copy_button.setToolTip(self.tr(
            "Versions, system and folders for a support ticket; never keys or secrets"))
        self.licences_button.setText(self.tr("&Licences…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy_diagnostics(self) -> str:
        text = diagnostics(self.ctx)
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(self.tr("Diagnostics copied to the clipboard."))
        return text

    def show_licences(self) -> LicencesDialog:
        if self.licences is None:
            self.licences = LicencesDialog(self)
        self.licences.show()
        self.licences.raise_()
        return self.licences


class LicencesDialog(QDialog):
    """Zaddesk's licence, then the notices of everything the build bundles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licences_dialog")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("licence_text")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.setWindowTitle(self.tr("Licences"))
        self.text.setPlainText(self.contents())
        self.text.setFocus()

    def contents(self) -> str:
        parts: list[str] = []
        licence = licence_file()
        if licence.exists():
            parts.append(licence.read_text(encoding="utf-8"))
        notices = notices_file()
        if notices.exists():
            parts.append(notices.read_text(encoding="utf-8"))
        else:
            parts.append(self.tr(
                "The list of the third-party software bundled with Zaddesk, with their "
                "licences, is written when the app is packaged (packaging/build.sh). This "
                "copy runs from the source code and bundles nothing."))
        return ("\n" + "=" * 78 + "\n\n").join(parts)
