"""Document groups of the current client: the group form, a direction's checklist, the files.

Files dropped on the page (or picked) are checked on the desk and queued in the shared upload
queue (``zaddesk.gui.uploads``) for the group on screen. Choosing a direction (or arriving from
the number shop with one) turns the form into a checklist of what is still missing; the
service's reported problems (``checking-wrongs``) appear next to the file or field concerned.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import msgspec
from PySide6.QtCore import QCollator, QCoreApplication, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zaddesk.api.resources.documents import DocumentFile, DocumentGroup, DocumentGroupForm
from zaddesk.api.resources.numbers import CheckingWrongs, Direction
from zaddesk.core import docgroups
from zaddesk.core.uploads import Target, UploadItem, UploadState
from zaddesk.gui.context import CurrentClient
from zaddesk.gui.messages import issue_text
from zaddesk.gui.page import ClientPage
from zaddesk.gui.uploads import UploadQueueView, document_type_name, dropped_paths, uploads_for

translate = QCoreApplication.translate

__all__ = ["DocumentsPage"]

log = logging.getLogger("zaddesk.gui.documents")


def file_filter() -> str:
    return translate("Documents", "Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)")


def field_label(name: str) -> str:
    labels = {
        "salutation": translate("Documents", "&Salutation"),
        "first_name": translate("Documents", "&First name"),
        "middle_name": translate("Documents", "Middle na&me"),
        "last_name": translate("Documents", "&Last name"),
        "date_of_birth": translate("Documents", "Date of &birth"),
        "nationality": translate("Documents", "Nationalit&y"),
        "email": translate("Documents", "&E-mail"),
        "phone": translate("Documents", "&Phone"),
        "organization": translate("Documents", "&Organisation"),
        "organization_description": translate("Documents", "Organisation &description"),
        "organization_reg_number": translate("Documents", "&Registration number"),
        "country": translate("Documents", "&Country"),
        "region": translate("Documents", "Re&gion"),
        "city": translate("Documents", "C&ity"),
        "zip_code": translate("Documents", "&Postal code"),
        "street": translate("Documents", "S&treet"),
        "building_number": translate("Documents", "B&uilding number"),
        "building_letter": translate("Documents", "Building &letter"),
        "address": translate("Documents", "Full &address"),
        "street_code": translate("Documents", "Street code (Denmark)"),
        "municipality_code": translate("Documents", "Municipality code (Denmark)"),
        "type_of_id": translate("Documents", "&ID document"),
        "id_number": translate("Documents", "ID &number"),
        "issuing_authority": translate("Documents", "Issuing aut&hority"),
        "issuing_date": translate("Documents", "Issue &date"),
    }
    return labels.get(name, name)


def salutation_name(code: str) -> str:
    return {
        "MR": translate("Documents", "Mr"),
        "MS": translate("Documents", "Ms"),
        "COMPANY": translate("Documents", "Company"),
    }.get(code, code)


def id_type_name(code: str) -> str:
    return {
        "": translate("Documents", "(none)"),
        "PASSPORT": translate("Documents", "Passport"),
        "DNI": translate("Documents", "DNI (Spain)"),
        "NIE": translate("Documents", "NIE (Spain)"),
        "RESIDENCE_PERMIT": translate("Documents", "Residence permit"),
        "NATIONAL_ID_CARD": translate("Documents", "National ID card"),
        "BUSINESS_REGISTRATION": translate("Documents", "Business registration"),
    }.get(code, code)


# Messages of zaddesk.core.docgroups, listed so lupdate extracts them (issue_text's context).
_CORE_TEXTS = (
    QCoreApplication.translate("OnboardingMessages", "Type the date as YYYY-MM-DD."),
    QCoreApplication.translate("OnboardingMessages", "There is no such date."),
    QCoreApplication.translate("OnboardingMessages", "The date cannot be in the future."),
    QCoreApplication.translate("OnboardingMessages", "Choose one of the options."),
    QCoreApplication.translate("OnboardingMessages", "This is not a postal code."),
    QCoreApplication.translate(
        "OnboardingMessages", "The document cannot be older than its holder."
    ),
)


def territory_names(language: str) -> dict[str, str]:
    """Country names in the UI language (CLDR through babel); empty if babel has none."""
    try:
        from babel import Locale

        return {str(k): str(v) for k, v in Locale.parse(language).territories.items()}
    except Exception:
        log.debug("no country names for %s", language, exc_info=True)
        return {}


class DocumentsPage(ClientPage):
    page_id = "documents"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        self.service = uploads_for(ctx)
        self.groups: list[DocumentGroup] = []
        self.files: list[DocumentFile] = []
        self.wrongs = CheckingWrongs()
        self.directions: list[Direction] = []
        self.direction: Direction | None = None
        self.direction_id: int | None = None
        self.pending_group: int | None = None
        self.new_group = False
        self._loading = False

        # -- top row: group and direction
        top = QHBoxLayout()
        self.group_label = QLabel(self)
        self.group_box = QComboBox(self)
        self.group_box.setObjectName("group_id")
        self.group_box.setMinimumWidth(150)
        self.group_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group_box.setMinimumContentsLength(14)
        self.group_label.setBuddy(self.group_box)
        self.new_group_button = QPushButton(self)
        self.new_group_button.setObjectName("new_group")
        self.country_label = QLabel(self)
        self.country_box = QComboBox(self)
        self.country_box.setObjectName("direction_country")
        self.country_label.setBuddy(self.country_box)
        self.direction_box = QComboBox(self)
        self.direction_box.setObjectName("direction_id")
        self.country_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.country_box.setMinimumContentsLength(10)
        self.direction_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.direction_box.setMinimumContentsLength(8)
        for w in (self.group_label, self.group_box, self.new_group_button):
            top.addWidget(w)
        top.addStretch(1)
        self.body.addLayout(top)

        # -- the group form (every field of the spec; objectName = parameter)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        form_host = QWidget()
        form_layout = QVBoxLayout(form_host)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        for name in docgroups.FIELDS:
            widget: QLineEdit | QComboBox
            if name == "salutation":
                widget = QComboBox(form_host)
                for code in docgroups.SALUTATIONS:
                    widget.addItem(code, code)
                widget.currentIndexChanged.connect(lambda _i, n=name: self._typed(n))
            elif name == "type_of_id":
                widget = QComboBox(form_host)
                for code in ("", *docgroups.ID_TYPES):
                    widget.addItem(code, code)
                widget.currentIndexChanged.connect(lambda _i, n=name: self._typed(n))
            else:
                widget = QLineEdit(form_host)
                if name in ("country", "nationality"):
                    widget.setMaxLength(2)
                widget.textEdited.connect(lambda _t, n=name: self._typed(n))
            widget.setObjectName(name)
            label = QLabel(form_host)
            label.setBuddy(widget)
            error = QLabel(form_host)
            error.setObjectName(f"{name}_error")
            error.setWordWrap(True)
            error.setStyleSheet("color: palette(highlight);")
            error.hide()
            self.inputs[name] = widget
            self.labels[name] = label
            self.form.addRow(label, widget)
            self.form.addRow(error)
        form_layout.addLayout(self.form)
        self.save_button = QPushButton(form_host)
        self.save_button.setObjectName("save_group")
        form_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        form_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("group_form")
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        scroll.setMinimumWidth(200)
        splitter.addWidget(scroll)

        # -- right: checklist, files in the group, the upload queue
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right_layout = right
        self.checklist_box = QGroupBox(right)
        checklist_layout = QVBoxLayout(self.checklist_box)
        self.missing_label = QLabel(self.checklist_box)
        self.missing_label.setObjectName("missing")
        self.missing_label.setWordWrap(True)
        self.checklist = QListWidget(self.checklist_box)
        self.checklist.setObjectName("checklist")
        self.checklist.setMinimumHeight(40)
        self.checklist.setWordWrap(True)
        self.checklist.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.validity = QListWidget(self.checklist_box)
        self.validity.setObjectName("validity")
        self.validity.setMinimumHeight(40)
        self.validity.setWordWrap(True)
        self.validity.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        checklist_row = QHBoxLayout()
        checklist_row.addWidget(self.checklist, 3)
        checklist_row.addWidget(self.validity, 2)
        direction_row = QHBoxLayout()
        direction_row.addWidget(self.country_label)
        direction_row.addWidget(self.country_box, 3)
        direction_row.addWidget(self.direction_box, 2)
        checklist_layout.addLayout(direction_row)
        checklist_layout.addWidget(self.missing_label)
        checklist_layout.addLayout(checklist_row)
        right_layout.addWidget(self.checklist_box)

        self.files_box = QGroupBox(right)
        files_layout = QVBoxLayout(self.files_box)
        self.file_list = QListWidget(self.files_box)
        self.file_list.setObjectName("files")
        self.file_list.setMinimumHeight(40)
        self.file_list.setWordWrap(True)
        self.file_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.wrongs_label = QLabel(self.files_box)
        self.wrongs_label.setObjectName("wrongs")
        self.wrongs_label.setWordWrap(True)
        self.wrongs_label.hide()
        files_row = QHBoxLayout()
        self.replace_button = QPushButton(self.files_box)
        self.replace_button.setObjectName("replace_file")
        self.replace_button.setEnabled(False)
        files_row.addWidget(self.wrongs_label, 1)
        files_row.addWidget(self.replace_button, 0, Qt.AlignmentFlag.AlignTop)
        files_layout.addWidget(self.file_list)
        files_layout.addLayout(files_row)
        right_layout.addWidget(self.files_box)

        self.uploads_box = QGroupBox(right)
        uploads_layout = QVBoxLayout(self.uploads_box)
        self.queue = UploadQueueView(self.service, [Target.DOCUMENT], self.uploads_box)
        self.drop_hint = QLabel(self.uploads_box)
        self.drop_hint.setObjectName("drop_hint")
        self.drop_hint.setWordWrap(True)
        uploads_layout.addWidget(self.drop_hint)
        uploads_layout.addWidget(self.queue, 1)
        right_layout.addWidget(self.uploads_box)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 2)
        right.setStretchFactor(2, 3)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 480])
        self.body.addWidget(splitter, 1)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.body.addWidget(self.empty_label)
        self.splitter = splitter
        self.top_row = top

        # -- wiring
        self.group_box.currentIndexChanged.connect(self._group_chosen)
        self.new_group_button.clicked.connect(self._start_new_group)
        self.save_button.clicked.connect(self.save_group)
        self.country_box.activated.connect(lambda _i: self._country_chosen())
        self.direction_box.activated.connect(lambda _i: self._direction_chosen())
        self.queue.add_button.clicked.connect(self.pick_files)
        self.file_list.currentRowChanged.connect(lambda _r: self._file_selected())
        self.replace_button.clicked.connect(self.replace_selected)
        self.service.changed.connect(self._upload_changed)
        self.queue.emptied.connect(self.drop_hint.setVisible)
        self._typed_name = ""
        self._type_timer = QTimer(self)
        self._type_timer.setSingleShot(True)
        self._type_timer.setInterval(350)  # a message while the date is half typed helps no one
        self._type_timer.timeout.connect(self._check_typed)
        self._show_empty(True)

    # ------------------------------------------------------------------ texts

    def retranslate(self) -> None:
        super().retranslate()
        self.group_label.setText(translate("Documents", "&Group:"))
        self.new_group_button.setText(translate("Documents", "&New group"))
        self.country_label.setText(translate("Documents", "Dire&ction:"))
        self.save_button.setText(translate("Documents", "&Save group"))
        self.checklist_box.setTitle(translate("Documents", "What the direction needs"))
        self.files_box.setTitle(translate("Documents", "Files in the group"))
        self.uploads_box.setTitle(translate("Documents", "Uploads"))
        self.replace_button.setText(translate("Documents", "Re&place this file…"))
        self.drop_hint.setText(
            translate(
                "Documents",
                "Drop scans (PDF, JPEG, PNG) here or add them; each is "
                "checked before it is uploaded to the group on the left.",
            )
        )
        self.empty_label.setText(
            translate("Documents", "Choose a client in the header to see their documents.")
        )
        for name in ("country", "nationality"):
            field = self.inputs[name]
            assert isinstance(field, QLineEdit)
            field.setPlaceholderText(translate("Documents", "e.g. PL"))
        for name in ("date_of_birth", "issuing_date"):
            field = self.inputs[name]
            assert isinstance(field, QLineEdit)
            field.setPlaceholderText(translate("Documents", "YYYY-MM-DD"))
        for name, label in self.labels.items():
            suffix = " *" if name in docgroups.REQUIRED else ""
            label.setText(field_label(name) + suffix)
        salutation = self.inputs["salutation"]
        assert isinstance(salutation, QComboBox)
        for i in range(salutation.count()):
            salutation.setItemText(i, salutation_name(str(salutation.itemData(i))))
        id_types = self.inputs["type_of_id"]
        assert isinstance(id_types, QComboBox)
        for i in range(id_types.count()):
            id_types.setItemText(i, id_type_name(str(id_types.itemData(i))))
        self._fill_groups()
        self._render_checklist()
        self._render_files()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)

    # ------------------------------------------------------------------ client

    def _show_empty(self, empty: bool) -> None:
        self.splitter.setVisible(not empty)
        self.empty_label.setVisible(empty)
        for i in range(self.top_row.count()):
            item = self.top_row.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(not empty)

    def client_changed(self, client: CurrentClient | None) -> None:
        self.groups, self.files, self.wrongs = [], [], CheckingWrongs()
        self.direction = None
        self._show_empty(client is None)
        self.queue.set_scope(client, self.current_group())
        if self.banner.level == "info":
            self.banner.clear()
        others = self.service.active_for_others(client)
        if others and client is not None:
            names = sorted({o.client_name or str(o.user_id) for o in others})
            self.show_banner(
                translate(
                    "Documents",
                    "{count} upload(s) continue for {names}; they finish for that client.",
                ).format(count=len(others), names=", ".join(names)),
                "info",
            )
        if client is None:
            return
        self.load_groups()
        if self.country_box.count() == 0:
            self.load_countries()

    def load_groups(self) -> None:
        client = self.client
        api = self.ctx.api
        if client is None or api is None:
            return
        self._loading = True
        self.run(
            lambda: api.documents.list_groups(user_id=client.user_id),
            title=translate("Documents", "Read the document groups"),
            name="groups",
            on_success=self._groups_loaded,
        )

    def _groups_loaded(self, groups: list[DocumentGroup]) -> None:
        self.groups = groups
        self._loading = False
        self._fill_groups()
        wanted = self.pending_group
        if wanted is not None:
            index = self.group_box.findData(wanted)
            if index >= 0:
                self.group_box.setCurrentIndex(index)
        self._group_chosen()

    def _fill_groups(self) -> None:
        current = self.current_group()
        self.group_box.blockSignals(True)
        self.group_box.clear()
        for group in self.groups:
            who = group.organization or f"{group.first_name} {group.last_name}".strip()
            self.group_box.addItem(f"{group.id}: {who}", group.id)
        if not self.groups:
            self.group_box.addItem(
                translate("Documents", "(no groups yet: fill in the form)"), None
            )
        index = self.group_box.findData(current) if current is not None else 0
        self.group_box.setCurrentIndex(max(0, index))
        self.group_box.blockSignals(False)

    def current_group(self) -> int | None:
        if self.new_group:
            return None
        data = self.group_box.currentData()
        return int(data) if isinstance(data, int) else None

    def group(self) -> DocumentGroup | None:
        wanted = self.current_group()
        return next((g for g in self.groups if g.id == wanted), None)

    def _group_chosen(self, *_args: object) -> None:
        self.new_group = False
        self.pending_group = None
        self.clear_errors()
        group = self.group()
        self._fill_form(group)
        self.queue.set_scope(self.client, self.current_group())
        self.files, self.wrongs = [], CheckingWrongs()
        self._render_files()
        self._render_checklist()
        if group is not None:
            self.load_group_state()

    def _start_new_group(self) -> None:
        self.new_group = True
        self.clear_errors()
        self._fill_form(None)
        self.files = []
        self._render_files()
        self._render_checklist()
        self.queue.set_scope(self.client, -1)
        self.inputs["first_name"].setFocus()

    def _fill_form(self, group: DocumentGroup | None) -> None:
        for name, widget in self.inputs.items():
            value = "" if group is None else str(getattr(group, name, "") or "")
            if isinstance(widget, QComboBox):
                widget.blockSignals(True)
                widget.setCurrentIndex(max(0, widget.findData(value)))
                widget.blockSignals(False)
            else:
                widget.setText(value)
        readonly = group is not None and group.is_readonly
        for widget in self.inputs.values():
            widget.setEnabled(not readonly)
        self.save_button.setEnabled(not readonly)

    def values(self) -> dict[str, str]:
        out = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[name] = str(widget.currentData() or "")
            else:
                out[name] = widget.text()
        return out

    def _typed(self, name: str) -> None:
        """Check a field as it is typed, once typing pauses; the checklist follows."""
        self._typed_name = name
        self._type_timer.start()

    def _check_typed(self) -> None:
        name = self._typed_name
        if not name:
            return
        values = self.values()
        issue = docgroups.validate_field(name, values[name], values)
        self.errors.clear(name)
        if issue is not None and values[name].strip():
            self.errors.show(name, issue_text(issue))
        self._render_checklist()

    # ------------------------------------------------------------------ saving

    def save_group(self) -> None:
        client, api = self.client, self.ctx.api
        if client is None or api is None:
            return
        values = self.values()
        issues = docgroups.validate_group(values)
        self.clear_errors()
        if issues:
            first = True
            for name in docgroups.FIELDS:
                if name in issues:
                    self.errors.show(name, issue_text(issues[name]), focus=first)
                    first = False
            return
        sent = docgroups.form_values(values)
        if self.direction_id is not None:
            sent["direction_id"] = str(self.direction_id)
        fields: dict[str, Any] = {
            k: (int(v) if k == "direction_id" else v) for k, v in sent.items()
        }
        form = msgspec.convert(fields, DocumentGroupForm)
        group_id = self.current_group()

        async def save() -> DocumentGroup:
            if group_id is None:
                return await api.documents.create_group(form, user_id=client.user_id)
            return await api.documents.update_group(group_id, form, user_id=client.user_id)

        def saved(group: DocumentGroup) -> None:
            self.new_group = False
            self.pending_group = group.id
            self.show_banner(translate("Documents", "The group is saved."), "info")
            self.ctx.client_updated.emit(client.user_id or 0)
            self.load_groups()

        self.run(
            save,
            title=translate("Documents", "Save the document group"),
            on_success=saved,
            field_map={n: n for n in docgroups.FIELDS},
        )

    # ------------------------------------------------------------------ group state

    def load_group_state(self) -> None:
        client, api, group_id = self.client, self.ctx.api, self.current_group()
        if client is None or api is None or group_id is None:
            return
        direction_id = self.direction_id

        async def read() -> tuple[list[DocumentFile], CheckingWrongs, Any]:
            files = await api.documents.files(group_id, user_id=client.user_id)
            wrongs = await api.numbers.checking_wrongs(group_id, user_id=client.user_id)
            validity = None
            if direction_id is not None:
                validity = await api.documents.validate_group(
                    group_id, direction_id, user_id=client.user_id
                )
            return files, wrongs, validity

        def done(result: tuple[list[DocumentFile], CheckingWrongs, Any]) -> None:
            if group_id != self.current_group():
                return
            self.files, self.wrongs, validity = result
            self._render_files()
            self._render_checklist()
            self._render_validity(validity)

        self.run(
            read,
            title=translate("Documents", "Read the group's files and checks"),
            name="group-state",
            on_success=done,
        )

    def _render_files(self) -> None:
        self.file_list.clear()
        wrong = self.wrongs.wrong_document
        marked = False
        for document in self.files:
            text = f"{document_type_name(document.type)} — {document.name}"
            state = (
                translate("Documents", "verified")
                if document.is_verified
                else translate("Documents", "being checked")
            )
            item = QListWidgetItem(f"{text} ({state})")
            item.setData(Qt.ItemDataRole.UserRole, document.type)
            if wrong is not None and wrong.document_type == document.type and not marked:
                item.setText(
                    f"⚠ {text}: " + translate("Documents", "the service reports a problem")
                )
                item.setToolTip(
                    translate("Documents", "Details: {text}").format(text=wrong.message)
                )
                marked = True
            self.file_list.addItem(item)
        if wrong is not None and wrong.document_type and not marked:
            item = QListWidgetItem(
                "⚠ "
                + translate("Documents", "Missing: {kind}").format(
                    kind=document_type_name(wrong.document_type)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, wrong.document_type)
            item.setToolTip(translate("Documents", "Details: {text}").format(text=wrong.message))
            self.file_list.addItem(item)
        lines = []
        if wrong is not None and (wrong.document_type or wrong.message):
            lines.append(
                translate(
                    "Documents",
                    "The service reports a problem with a {kind}. Select it and replace the file.",
                ).format(kind=document_type_name(wrong.document_type))
            )
            lines.append(translate("Documents", "Details: {text}").format(text=wrong.message))
        address = self.wrongs.wrong_address
        if address is not None:
            self.errors.show(
                "address",
                translate(
                    "Documents",
                    "The service reports a problem with the address; check it and save the group.",
                ),
            )
            lines.append(translate("Documents", "Details: {text}").format(text=address.message))
        self.wrongs_label.setText("\n".join(lines))
        self.wrongs_label.setVisible(bool(lines))
        self._file_selected()

    def _file_selected(self) -> None:
        item = self.file_list.currentItem()
        self.replace_button.setEnabled(item is not None and self.current_group() is not None)

    def replace_selected(self) -> None:
        item = self.file_list.currentItem()
        if item is None:
            return
        kind = str(item.data(Qt.ItemDataRole.UserRole))
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("Documents", "Replace this file"), "", file_filter()
        )
        self.add_paths([Path(p) for p in paths], document_type=kind)

    # ------------------------------------------------------------------ directions

    def load_countries(self) -> None:
        api = self.ctx.api
        if api is None:
            return

        def done(countries: list[Any]) -> None:
            self.country_box.clear()
            self.country_box.addItem(translate("Documents", "(choose a country)"), "")
            names = territory_names(self.ctx.language)
            collator = QCollator(QLocale(self.ctx.language))
            rows = sorted(
                ((names.get(c.country_code_iso.upper()) or c.name, c.country_code_iso)
                 for c in countries),
                key=lambda row: collator.sortKey(row[0]),
            )
            for name, iso in rows:
                self.country_box.addItem(f"{name} ({iso})", iso)
            if self.direction is not None:
                self._select_country(self.direction_country)

        self.run(
            lambda: api.numbers.countries(),
            title=translate("Documents", "Read the countries"),
            name="countries",
            on_success=done,
        )

    direction_country: str = ""

    def _select_country(self, iso: str) -> None:
        index = self.country_box.findData(iso)
        if index >= 0:
            self.country_box.setCurrentIndex(index)

    def _country_chosen(self, direction_id: int | None = None, iso: str = "") -> None:
        iso = iso or str(self.country_box.currentData() or "")
        api, client = self.ctx.api, self.client
        if not iso or api is None or client is None:
            return
        self.direction_country = iso

        def done(directions: list[Direction]) -> None:
            self.directions = [d for d in directions if d.restrictions is not None]
            self.direction_box.clear()
            self.direction_box.addItem(translate("Documents", "(choose a direction)"), None)
            for direction in self.directions:
                self.direction_box.addItem(direction.name, int(direction.id))
            if direction_id is not None:
                index = self.direction_box.findData(direction_id)
                if index >= 0:
                    self.direction_box.setCurrentIndex(index)
            self._direction_chosen()

        self.run(
            lambda: api.numbers.country(iso, user_id=client.user_id),
            title=translate("Documents", "Read the directions"),
            name="directions",
            on_success=done,
        )

    def _direction_chosen(self) -> None:
        data = self.direction_box.currentData()
        self.direction_id = int(data) if isinstance(data, int) else self.direction_id
        self.direction = next((d for d in self.directions if int(d.id) == self.direction_id), None)
        self._render_checklist()
        self.load_group_state()

    def open_with(self, **args: Any) -> None:
        """From the number shop: ``direction_id`` and ``documents_group_id`` (``country``).

        Without ``country``, the direction is looked up in the shop's catalogue cache, where
        the shop left it; the service's own check needs only the id anyway.
        """
        group = args.get("documents_group_id", args.get("group_id"))
        if group is not None:
            self.pending_group = int(group)
            index = self.group_box.findData(int(group))
            if index >= 0 and index != self.group_box.currentIndex():
                self.group_box.setCurrentIndex(index)
        direction = args.get("direction_id")
        if direction is None:
            return
        self.direction_id = int(direction)
        country = str(args.get("country", "") or "")
        if not country:
            found = self._cached_direction(self.direction_id)
            if found is not None:
                country, self.direction = found
                self.directions = [found[1]]
                self.direction_country = country
        if country:
            self._select_country(country)
            self._country_chosen(self.direction_id, country)
        else:
            self._render_checklist()
            self.load_group_state()

    def _cached_direction(self, direction_id: int) -> tuple[str, Direction] | None:
        from zaddesk.core.catalog import CatalogCache, default_catalog_path

        profile = self.ctx.profile.name if self.ctx.profile is not None else ""
        path = default_catalog_path(profile)
        if not path.exists():
            return None
        cache = CatalogCache(path)
        try:
            return cache.find_direction(direction_id)
        except Exception:
            log.debug("the shop's catalogue could not be read", exc_info=True)
            return None
        finally:
            cache.close()

    # ------------------------------------------------------------------ checklist

    def checklist_items(self) -> list[docgroups.CheckItem]:
        if self.direction is None or self.direction.restrictions is None:
            return []
        r = self.direction.restrictions
        uploaded = {f.type for f in self.files}
        uploaded |= {
            i.document_type
            for i in self.service.items()
            if i.state == UploadState.DONE
            and i.group_id == self.current_group()
            and self.client is not None
            and i.user_id == self.client.user_id
        }
        return docgroups.checklist(
            r.upload, r.specify, self.values(), uploaded, country=self.direction_country or None
        )

    def _render_checklist(self) -> None:
        self.checklist.clear()
        items = self.checklist_items()
        if self.direction is None:
            self.missing_label.setText(
                translate("Documents", "Choose a direction to see what it needs.")
                if self.direction_id is None
                else translate(
                    "Documents", "Direction {id}: the service's check is on the right."
                ).format(id=self.direction_id)
            )
            return
        for item in items:
            if item.kind == "document":
                text = translate("Documents", "Upload: {kind}").format(
                    kind=document_type_name(item.name)
                )
            elif item.kind == "address":
                text = translate("Documents", "An address in {country}").format(
                    country=self.direction_country
                )
            elif item.name == "information":
                text = translate("Documents", "The required fields of the form")
            else:
                text = translate("Documents", "Fill in: {field}").format(
                    field=field_label(item.name).replace("&", "")
                )
            row = QListWidgetItem(("✔ " if item.done else "✘ ") + text)
            row.setData(Qt.ItemDataRole.UserRole, item.name)
            self.checklist.addItem(row)
        count = docgroups.missing(items)
        if count == 0:
            text = translate("Documents", "Nothing missing for {direction}.")
        elif count == 1:
            text = translate("Documents", "One thing missing for {direction}.")
        else:
            text = translate("Documents", "{count} things missing for {direction}.")
        self.missing_label.setText(text.format(count=count, direction=self.direction.name))

    def _render_validity(self, validity: Any) -> None:
        self.validity.clear()
        if validity is None:
            return
        checks = [
            (validity.is_information_match, translate("Documents", "Information matches")),
            (validity.is_documents_uploaded, translate("Documents", "Documents uploaded")),
            (validity.is_documents_verified, translate("Documents", "Documents verified")),
            (validity.is_address_match, translate("Documents", "Address matches")),
        ]
        for ok, text in checks:
            self.validity.addItem(("✔ " if ok else "✘ ") + text)

    # ------------------------------------------------------------------ files

    def pick_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("Documents", "Add scans"), "", file_filter()
        )
        self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: list[Path], document_type: str = "") -> None:
        client, group_id = self.client, self.current_group()
        if not paths or client is None:
            return
        if group_id is None:
            self.show_banner(
                translate("Documents", "Save the group first; files are uploaded into a group."),
                "warning",
            )
            return
        self.service.add_paths(
            paths, Target.DOCUMENT, client, group_id=group_id, document_type=document_type
        )

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
        self.add_paths(paths)

    def _upload_changed(self, item: UploadItem | None) -> None:
        if (
            item is not None
            and item.state == UploadState.DONE
            and item.target == Target.DOCUMENT
            and self.client is not None
            and item.user_id == self.client.user_id
            and item.group_id == self.current_group()
        ):
            self.load_group_state()

    # ------------------------------------------------------------------ screenshots

    async def open_for_screenshot(self, what: str) -> None:
        """``--page documents --open demo``: the showcase client, a direction with needs,
        and a few scans in the queue (made here with Qt, in a temporary folder)."""
        import asyncio
        import tempfile

        from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter

        if what != "demo":
            return
        self.ctx.set_client_id(210001)
        await self.ctx.runner.wait_idle()
        folder = Path(tempfile.mkdtemp(prefix="zaddesk-docs-"))
        pdf = folder / "umowa najmu lokalu.pdf"
        writer = QPdfWriter(str(pdf))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        painter = QPainter(writer)
        painter.drawText(400, 800, "Umowa najmu lokalu użytkowego")
        painter.end()
        scan = QImage(300, 200, QImage.Format.Format_RGB32)
        scan.fill(QColor("#dde6f0"))
        scan.save(str(folder / "rachunek za telefon 11-2026.jpg"))
        scan.save(str(folder / "skan dowodu.pdf"), "PNG")  # type: ignore[call-overload]
        await self.ctx.runner.wait_idle()
        self._select_country("DE")
        self._country_chosen()
        await self.ctx.runner.wait_idle()
        index = self.direction_box.findText("Berlin")
        if index >= 0:
            self.direction_box.setCurrentIndex(index)
            self._direction_chosen()
        self.add_paths(sorted(folder.iterdir()))
        for _ in range(50):
            await asyncio.sleep(0.05)
            if not self.service.uploader.busy and len(self.queue.model.rows) >= 3:
                break
        await self.ctx.runner.wait_idle()
