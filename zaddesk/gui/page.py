"""What every page shares: a banner, inline field errors, ``run()`` and re-translation.

A page is a ``QWidget`` built with an ``AppContext`` (no globals). It puts its content in
``self.body``; above it sits a banner for page-level messages. Field errors follow the rule
"an input's objectName is the API parameter it feeds": ``show_field_error("email", ...)`` marks
the child widget named ``email`` (property ``invalid``, tooltip, focus) and fills a label named
``email_error`` when the form has one; without such a label the banner carries the text too.

A ``ClientPage`` acts for the console's current client (``ctx.client``): it shows the
client header above its banner, cancels its running tasks when the rep picks another client,
drops results that arrive for a client no longer current, and calls ``client_changed()`` so
the page reloads (at once when visible, else the next time it is shown).

Pages set their texts in ``retranslate()``, which ``create_page`` calls once after construction
and ``changeEvent(LanguageChange)`` calls on every language switch;
``page_shown()`` is called each time the page becomes the current one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zaddesk.gui.tasks import TaskInfo, TaskKind

if TYPE_CHECKING:
    from zaddesk.gui.context import AppContext, CurrentClient

__all__ = [
    "Banner",
    "ClientPage",
    "ClientPlaceholderPage",
    "ErrorSurfaceMixin",
    "FieldErrors",
    "Page",
    "PlaceholderPage",
]


class Banner(QFrame):
    """A dismissible strip for page-level messages (error, warning, info)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setObjectName("banner_text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("banner_close")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        # Out of the Tab chain: focus must never land on a banner that may be hidden.
        self.close_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.level = ""
        self.hide()
        self.retranslate()

    def show_message(self, message: str, level: str = "error") -> None:
        self.level = level
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(message)
        self.show()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def clear(self) -> None:
        self.label.clear()
        self.level = ""
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setToolTip(QCoreApplication.translate("Page", "Dismiss"))
        self.close_button.setAccessibleName(QCoreApplication.translate("Page", "Dismiss message"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _error_row(label: QWidget) -> tuple[QFormLayout, int] | None:
    """The form row an ``*_error`` label has to itself, if it sits in one."""
    parent = label.parentWidget()
    if parent is None:
        return None
    for form in parent.findChildren(QFormLayout):
        position: Any = form.getWidgetPosition(label)  # (row, role); stubs say object
        row = int(position[0])
        if row >= 0:
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                         QFormLayout.ItemRole.SpanningRole):
                item = form.itemAt(row, role)
                if item is not None and item.widget() not in (None, label):
                    return None  # shares its row: hiding the row would hide more
            return form, row
    return None


def set_error_label_visible(label: QWidget, visible: bool) -> None:
    """Show or hide an error label; in a form its empty row then takes no spacing either."""
    found = _error_row(label)
    if found is not None:
        form, row = found
        form.setRowVisible(row, visible)
    label.setVisible(visible)


class _CollapseOnShow(QObject):
    """The first time the root is shown, rows of hidden error labels stop taking room."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self._root = root
        root.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._root and event.type() == QEvent.Type.Show:
            self._root.removeEventFilter(self)
            for label in self._root.findChildren(QLabel):
                if label.objectName().endswith("_error") and label.isHidden():
                    set_error_label_visible(label, False)
        return False


class FieldErrors:
    """Marks inputs by objectName; shared by pages and dialogs."""

    def __init__(self, root: QWidget, banner: Banner | None) -> None:
        self._root = root
        self._banner = banner
        self._marked: dict[str, QWidget] = {}
        self._collapse = _CollapseOnShow(root)

    def show(self, name: str, message: str, *, focus: bool = False) -> bool:
        """Mark the input; ``focus`` moves the keyboard focus there (never while typing)."""
        widget = self._root.findChild(QWidget, name)
        if widget is None:
            return False
        widget.setProperty("invalid", True)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.setToolTip(message)
        self._marked[name] = widget
        label = self._root.findChild(QLabel, f"{name}_error")
        if label is not None:
            label.setText(message)
            set_error_label_visible(label, True)
        elif self._banner is not None:
            self._banner.show_message(message)
        if focus:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        for signal_name in ("textEdited", "currentIndexChanged", "valueChanged", "toggled"):
            signal = getattr(widget, signal_name, None)
            if signal is not None and not widget.property("zaddesk_clears"):
                signal.connect(lambda *_a, n=name: self.clear(n))
        widget.setProperty("zaddesk_clears", True)
        return True

    def clear(self, name: str | None = None) -> None:
        names = list(self._marked) if name is None else [name]
        for n in names:
            widget = self._marked.pop(n, None)
            if widget is None:
                continue
            widget.setProperty("invalid", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setToolTip("")
            label = self._root.findChild(QLabel, f"{n}_error")
            if label is not None:
                label.clear()
                set_error_label_visible(label, False)

    def marked(self) -> dict[str, str]:
        """Field name → message currently shown (for tests and accessibility)."""
        return {n: w.toolTip() for n, w in self._marked.items()}


class ErrorSurfaceMixin:
    """The task runner's ``ErrorSurface`` for any widget with ``errors`` and ``banner``:
    one way, on pages, wizard steps and dialogs alike, to put a message where it belongs."""

    errors: FieldErrors
    banner: Banner

    def show_field_error(self, name: str, message: str) -> bool:
        return self.errors.show(name, message)

    def show_banner(self, message: str, level: str = "error") -> None:
        self.banner.show_message(message, level)

    def clear_errors(self) -> None:
        self.errors.clear()
        if self.banner.level == "error":
            self.banner.clear()


class Page(ErrorSurfaceMixin, QWidget):
    page_id: ClassVar[str] = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.page_id}")
        outer = QVBoxLayout(self)
        self.outer = outer
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)
        self.heading = QLabel(self)
        self.heading.setObjectName("page_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        outer.addWidget(self.heading)
        self.banner = Banner(self)
        outer.addWidget(self.banner)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        outer.addLayout(self.body, 1)
        self.errors = FieldErrors(self, self.banner)

    @classmethod
    def title(cls) -> str:
        from zaddesk.gui.pages import spec_for

        return spec_for(cls.page_id).title()

    # --------------------------------------------------------------- work

    def run(
        self,
        coro_factory: Callable[[], Awaitable[Any]],
        *,
        title: str,
        kind: TaskKind = TaskKind.INTERACTIVE,
        **options: Any,
    ) -> TaskInfo:
        """Run API work owned by this page (cancelled when the page goes away)."""
        return self.ctx.runner.run(coro_factory, title=title, owner=self, kind=kind, **options)

    def page_shown(self) -> None:
        """Called each time the page becomes current; refresh data here."""

    def open_with(self, **args: Any) -> None:
        """Another page handed over (``ctx.open_page(page_id, **args)``); shown already."""

    # --------------------------------------------------------------- language

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.banner.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlaceholderPage(Page):
    """An empty state that says what the page will hold, until the real page lands."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.body.addStretch(1)
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        from zaddesk.gui.icons import icon
        from zaddesk.gui.pages import spec_for

        colour = self.palette().color(QPalette.ColorRole.Mid)
        self.icon_label.setPixmap(icon(spec_for(self.page_id).icon, colour).pixmap(64, 64))
        self.description = QLabel(self)
        self.description.setObjectName("placeholder_text")
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description.setMinimumWidth(320)
        self.description.setMaximumWidth(560)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.description, 3)
        row.addStretch(1)
        self.body.addWidget(self.icon_label)
        self.body.addLayout(row)
        self.body.addStretch(2)

    def placeholder_text(self) -> str:
        return ""

    def retranslate(self) -> None:
        super().retranslate()
        self.description.setText(self.placeholder_text())


class ClientPage(Page):
    """A page that acts for the current client, shown in its header."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from zaddesk.gui.workspace import ClientHeader

        self.header = ClientHeader(ctx, self)
        self.outer.insertWidget(1, self.header)
        self.client: CurrentClient | None = ctx.client  # what this page shows now
        self._loaded = False
        ctx.client_changed.connect(self._client_switched)
        ctx.client_details_changed.connect(self._client_details)

    def _client_switched(self, client: CurrentClient | None) -> None:
        self.ctx.runner.cancel_owner(self)  # nothing more is sent or shown for the previous
        self.clear_errors()
        self.client = client
        self._loaded = False
        if self.isVisible():
            self._load()

    def _client_details(self, client: CurrentClient) -> None:
        self.client = client

    def _load(self) -> None:
        self._loaded = True
        self.client_changed(self.client)

    def page_shown(self) -> None:
        if not self._loaded:
            self._load()

    def client_changed(self, client: CurrentClient | None) -> None:
        """Reload for ``client`` (None: no client chosen; show the empty state)."""

    def run(
        self,
        coro_factory: Callable[[], Awaitable[Any]],
        *,
        title: str,
        kind: TaskKind = TaskKind.INTERACTIVE,
        **options: Any,
    ) -> TaskInfo:
        """As ``Page.run``; a result for a client that is no longer current is dropped."""
        started_for = self.client
        on_success = options.pop("on_success", None)

        def delivered(result: Any) -> None:
            current = self.client
            same = (started_for is None and current is None) or (
                started_for is not None and started_for.same_account(current))
            if same and on_success is not None:
                on_success(result)

        return super().run(coro_factory, title=title, kind=kind, on_success=delivered,
                           **options)


class ClientPlaceholderPage(ClientPage, PlaceholderPage):
    """A client-scoped page not built yet: the header, and what will appear here."""
