"""Languages: English (the source strings) and Polish, switchable while the window is open.

Installing a translator makes Qt send ``LanguageChange`` to every widget; pages re-translate
in ``changeEvent`` and models are told through ``AppContext.language_changed``. Qt's own
strings (standard buttons, context menus) come from the ``qtbase_*.qm`` files shipped with
PySide6.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from zaddesk.paths import resources_dir

__all__ = ["LANGUAGES", "Translations", "system_language"]

log = logging.getLogger("zaddesk.gui")

LANGUAGES: dict[str, str] = {"en": "English", "pl": "Polski"}


def system_language() -> str:
    """The system locale's language when we have it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


class Translations:
    """Owns the installed translators, so switching removes exactly what it added."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str | None) -> str:
        """Install ``language`` ("en", "pl", or None/"" for the system's); returns the code used."""
        code = language if language in LANGUAGES else system_language()
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        ours = QTranslator(self._app)
        # English is the source language, but its plural forms (%n) live in zaddesk_en.
        if ours.load(f"zaddesk_{code}", str(resources_dir() / "i18n")):
            self._installed.append(ours)
        else:
            log.warning("no translation file for %s", code)
        if code != "en":
            qt = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{code}", qt_dir):
                self._installed.append(qt)
        for translator in self._installed:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(code))
        self.language = code
        return code
