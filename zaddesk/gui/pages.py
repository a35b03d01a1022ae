"""The page registry: the sidebar lists these, and a page's module is imported on first use.

To plug a page in, write ``zaddesk/gui/<feature>/page.py`` with a ``Page`` subclass named as
below, constructed as ``Cls(ctx)``; it replaces the placeholder of the same module. Titles live
here (not in the page modules) so the sidebar can show them without importing any page.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QWidget

if TYPE_CHECKING:
    from zaddesk.gui.context import AppContext
    from zaddesk.gui.page import Page

__all__ = ["PAGES", "PageSpec", "create_page", "spec_for", "tab_leaves_tables"]


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    title: Callable[[], str]
    icon: str
    module: str
    class_name: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("clients", lambda: QCoreApplication.translate("Pages", "Clients"),
             "clients", "zaddesk.gui.clients.page", "ClientsPage"),
    PageSpec("onboarding", lambda: QCoreApplication.translate("Pages", "Onboarding"),
             "onboarding", "zaddesk.gui.onboarding.page", "OnboardingPage"),
    PageSpec("numbers", lambda: QCoreApplication.translate("Pages", "Number shop"),
             "numbers", "zaddesk.gui.numbers.page", "NumberShopPage"),
    PageSpec("documents", lambda: QCoreApplication.translate("Pages", "Documents"),
             "documents", "zaddesk.gui.documents.page", "DocumentsPage"),
    PageSpec("sounds", lambda: QCoreApplication.translate("Pages", "Sounds"),
             "sounds", "zaddesk.gui.sounds.page", "SoundsPage"),
    PageSpec("pbx", lambda: QCoreApplication.translate("Pages", "PBX"),
             "pbx", "zaddesk.gui.pbx.page", "PbxPage"),
    PageSpec("settings", lambda: QCoreApplication.translate("Pages", "Settings"),
             "settings", "zaddesk.gui.settings.page", "SettingsPage"),
)


def spec_for(page_id: str) -> PageSpec:
    for spec in PAGES:
        if spec.page_id == page_id:
            return spec
    raise KeyError(page_id)


def create_page(spec: PageSpec, ctx: AppContext) -> Page:
    module = importlib.import_module(spec.module)
    page: Page = getattr(module, spec.class_name)(ctx)
    page.retranslate()
    tab_leaves_tables(page)
    return page


def tab_leaves_tables(root: QWidget) -> None:
    """Tab moves to the next widget, not to the next cell: a table is one stop, not a trap."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
