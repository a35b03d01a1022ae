"""The current-client header every client-scoped page shows, with its picker.

The header says whose account the page acts for: the client's id, name, e-mail and balance,
and, read lazily in the background, whether it has a PBX, numbers and document groups. The
dealer's own account is shown in another colour and in words, because an action there spends
the dealer's money. The picker (``user_id``) completes from the clients cache exactly like the
Clients page search (``ClientsCache.search``); a number not in the cache is looked up on the
server when the rep presses Enter.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QFrame, QWidget

from zaddesk.gui.context import DEALER, ClientFacts, CurrentClient, client_from_row
from zaddesk.gui.elide import elide, set_text
from zaddesk.gui.forms.ui_client_header import Ui_ClientHeaderForm
from zaddesk.gui.page import FieldErrors

if TYPE_CHECKING:
    from zaddesk.gui.context import AppContext

__all__ = ["ClientHeader"]

log = logging.getLogger("zaddesk.gui")

DEALER_KEY = "dealer"
_IdRole = Qt.ItemDataRole.UserRole + 1
SUGGESTIONS = 20  # completions shown at most; more words narrow them


def _money(amount: Any, currency: str) -> str:
    return f"{QLocale().toString(float(amount), 'f', 2)} {currency}".strip()


class ClientHeader(QFrame):
    """Whose account the page acts for, and the picker to change it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ClientHeaderForm()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.errors = FieldErrors(self, None)  # the picker's "no such client", cleared on typing
        elide(self.ui.client_title)  # a long name and organisation end in "…", whole in the tooltip
        font = self.ui.client_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.ui.client_title.setFont(font)
        self.suggestions = QStandardItemModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.setWidget(self.ui.user_id)
        completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.completer = completer
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(80)
        self._debounce.timeout.connect(self.suggest)
        self.ui.user_id.textEdited.connect(lambda _t: self._debounce.start())
        self.ui.user_id.returnPressed.connect(self._entered)
        self.ui.user_id.installEventFilter(self)
        shortcut = QShortcut(QKeySequence("Ctrl+K"), self.parentWidget() or self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.focus_picker)
        ctx.client_changed.connect(lambda _c: self.update_view())
        ctx.client_details_changed.connect(lambda _c: self.update_view())
        ctx.client_facts_changed.connect(lambda _f: self.update_view())
        ctx.language_changed.connect(lambda _code: self.update_view())
        self.update_view()

    # ------------------------------------------------------------------ view

    def describe(self, client: CurrentClient | None,
                 facts: ClientFacts | None) -> tuple[str, str]:
        """The header's title and detail line, in the UI language."""
        if client is None:
            return (self.tr("No client chosen"),
                    self.tr("Pick a client here (Ctrl+K) or on the Clients page with “Work "
                            "with this client”."))
        if client.is_dealer:
            return (self.tr("The dealer's own account"),
                    self.tr("Orders and payments made here are charged to the dealer's "
                            "balance, not to a client's."))
        title = f"{client.user_id}"
        if client.name or client.organization:
            title += " · " + " · ".join(v for v in (client.name, client.organization) if v)
        parts = [client.email] if client.email else []
        if client.balance is not None:
            parts.append(self.tr("balance {0}").format(_money(client.balance, client.currency)))
        if facts is None or facts.user_id != client.user_id:
            parts.append(self.tr("reading PBX, numbers and documents…"))
        else:
            if facts.has_pbx is not None:
                parts.append(self.tr("has a PBX") if facts.has_pbx else self.tr("no PBX yet"))
            if facts.numbers is not None:
                parts.append(self.tr("%n number(s)", "", facts.numbers))
            if facts.document_groups is not None:
                parts.append(self.tr("%n document group(s)", "", facts.document_groups))
        return title, " · ".join(parts)

    def update_view(self) -> None:
        client = self.ctx.client
        mode = "none" if client is None else ("dealer" if client.is_dealer else "client")
        if self.property("mode") != mode:
            self.setProperty("mode", mode)
            self.style().unpolish(self)
            self.style().polish(self)
            for label in (self.ui.client_title, self.ui.client_details):
                label.style().unpolish(label)
                label.style().polish(label)
        title, details = self.describe(client, self.ctx.facts)
        set_text(self.ui.client_title, title)
        self.ui.client_details.setText(details)
        self.ui.client_details.setVisible(bool(details))
        self.setAccessibleName(self.tr("Current client"))
        self.setAccessibleDescription(f"{title}. {details}")
        self.ui.user_id.setToolTip(self.tr("Choose the client this page works for (Ctrl+K); "
                                           "the first entry is the dealer's own account."))

    def focus_picker(self) -> None:
        self.ui.user_id.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.user_id.selectAll()
        self.suggest()

    # ------------------------------------------------------------------ picking

    def suggest(self) -> None:
        """Fill the completer with matching cached clients and the dealer's own account.

        The dealer's account comes first while nothing is typed, last once the rep types, so
        Enter takes the best match.
        """
        text = self.ui.user_id.text().strip()
        self.suggestions.clear()
        dealer = QStandardItem(self.tr("The dealer's own account"))
        dealer.setData(DEALER_KEY, _IdRole)
        cache = self.ctx.clients_cache()
        rows = cache.search(text, limit=SUGGESTIONS) if cache is not None else []
        if not text:
            self.suggestions.appendRow(dealer)
        for row in rows:
            label = " · ".join(v for v in (str(row.id), row.name, row.email, row.organization)
                               if v)
            item = QStandardItem(label)
            item.setData(int(row.id), _IdRole)
            self.suggestions.appendRow(item)
        if text:
            self.suggestions.appendRow(dealer)
        if self.ui.user_id.hasFocus():
            self.completer.complete()

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a QCompleter always has one
        return popup

    def _chosen(self, index: QModelIndex) -> None:
        self.choose(index.data(_IdRole))

    def choose(self, key: Any) -> None:
        """Make the picked entry current (``"dealer"`` or a client id)."""
        self._popup().hide()
        self.ui.user_id.clear()
        if key == DEALER_KEY:
            self.ctx.set_client(DEALER)
        elif key is not None:
            self.ctx.set_client_id(int(key))

    def _entered(self) -> None:
        """Enter without a pick: the only match, or an id/e-mail looked up on the server."""
        popup = self._popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._chosen(popup.currentIndex())
            return
        text = self.ui.user_id.text().strip()
        if not text:
            return
        cache = self.ctx.clients_cache()
        rows = cache.search(text, limit=2) if cache is not None else []
        if len(rows) == 1:
            self.choose(rows[0].id)
            return
        api = self.ctx.api
        if cache is None or api is None:
            return

        def found(row: Any) -> None:
            if row is None:
                self.errors.show("user_id", self.tr("No client “{0}” on the server.").format(text))
                return
            self.errors.clear("user_id")
            self.ui.user_id.clear()
            self.ctx.set_client(client_from_row(row))

        self.ctx.runner.run(lambda: cache.lookup(api, text), title=self.tr("Find a client"),
                            owner=self, name="lookup", on_success=found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.user_id and event.type() == QEvent.Type.KeyPress:
            key = getattr(event, "key", lambda: None)()
            if key == Qt.Key.Key_Down and not self._popup().isVisible():
                self.suggest()
                return True
            if key == Qt.Key.Key_Escape and self.ui.user_id.text():
                self.ui.user_id.clear()
                return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)  # type: ignore[no-untyped-call]
            self.update_view()
        super().changeEvent(event)
