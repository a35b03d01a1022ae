# generated from ui/settings_page.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_SettingsForm(object):
    def setupUi(self, SettingsForm):
        if not SettingsForm.objectName():
            SettingsForm.setObjectName(u"SettingsForm")
        SettingsForm.resize(760, 560)
        self.settings_layout = QVBoxLayout(SettingsForm)
        self.settings_layout.setObjectName(u"settings_layout")
        self.settings_layout.setContentsMargins(0, 0, 0, 0)
        self.profiles_group = QGroupBox(SettingsForm)
        self.profiles_group.setObjectName(u"profiles_group")
        self.profiles_layout = QVBoxLayout(self.profiles_group)
        self.profiles_layout.setObjectName(u"profiles_layout")
        self.profiles_help = QLabel(self.profiles_group)
        self.profiles_help.setObjectName(u"profiles_help")
        self.profiles_help.setWordWrap(True)

        self.profiles_layout.addWidget(self.profiles_help)

        self.profile_filter = QLineEdit(self.profiles_group)
        self.profile_filter.setObjectName(u"profile_filter")
        self.profile_filter.setClearButtonEnabled(True)

        self.profiles_layout.addWidget(self.profile_filter)

        self.profiles_row = QHBoxLayout()
        self.profiles_row.setObjectName(u"profiles_row")
        self.profile_list_layout = QVBoxLayout()
        self.profile_list_layout.setObjectName(u"profile_list_layout")
        self.profile_table = QTableView(self.profiles_group)
        self.profile_table.setObjectName(u"profile_table")
        self.profile_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.profile_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.profile_table.setSortingEnabled(True)
        self.profile_table.setAlternatingRowColors(True)
        self.profile_table.horizontalHeader().setStretchLastSection(True)
        self.profile_table.verticalHeader().setVisible(False)

        self.profile_list_layout.addWidget(self.profile_table)

        self.profiles_empty = QLabel(self.profiles_group)
        self.profiles_empty.setObjectName(u"profiles_empty")
        self.profiles_empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.profiles_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.profiles_empty.setWordWrap(True)
        self.profiles_empty.setMargin(16)

        self.profile_list_layout.addWidget(self.profiles_empty)


        self.profiles_row.addLayout(self.profile_list_layout)

        self.profile_buttons = QVBoxLayout()
        self.profile_buttons.setObjectName(u"profile_buttons")
        self.profile_add = QPushButton(self.profiles_group)
        self.profile_add.setObjectName(u"profile_add")

        self.profile_buttons.addWidget(self.profile_add)

        self.profile_edit = QPushButton(self.profiles_group)
        self.profile_edit.setObjectName(u"profile_edit")

        self.profile_buttons.addWidget(self.profile_edit)

        self.profile_test = QPushButton(self.profiles_group)
        self.profile_test.setObjectName(u"profile_test")

        self.profile_buttons.addWidget(self.profile_test)

        self.profile_use = QPushButton(self.profiles_group)
        self.profile_use.setObjectName(u"profile_use")

        self.profile_buttons.addWidget(self.profile_use)

        self.profile_delete = QPushButton(self.profiles_group)
        self.profile_delete.setObjectName(u"profile_delete")

        self.profile_buttons.addWidget(self.profile_delete)

        self.profile_buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.profile_buttons.addItem(self.profile_buttons_spacer)

        self.profile_demo = QPushButton(self.profiles_group)
        self.profile_demo.setObjectName(u"profile_demo")

        self.profile_buttons.addWidget(self.profile_demo)


        self.profiles_row.addLayout(self.profile_buttons)

        self.profiles_row.setStretch(0, 1)

        self.profiles_layout.addLayout(self.profiles_row)

        self.profile_test_result = QLabel(self.profiles_group)
        self.profile_test_result.setObjectName(u"profile_test_result")
        self.profile_test_result.setWordWrap(True)
        self.profile_test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profiles_layout.addWidget(self.profile_test_result)

        self.keyring_status = QLabel(self.profiles_group)
        self.keyring_status.setObjectName(u"keyring_status")
        self.keyring_status.setWordWrap(True)

        self.profiles_layout.addWidget(self.keyring_status)


        self.settings_layout.addWidget(self.profiles_group)

        self.appearance_group = QGroupBox(SettingsForm)
        self.appearance_group.setObjectName(u"appearance_group")
        self.appearance_layout = QFormLayout(self.appearance_group)
        self.appearance_layout.setObjectName(u"appearance_layout")
        self.appearance_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_label = QLabel(self.appearance_group)
        self.language_label.setObjectName(u"language_label")

        self.appearance_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.appearance_group)
        self.language.setObjectName(u"language")

        self.appearance_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)


        self.settings_layout.addWidget(self.appearance_group)

        self.logs_group = QGroupBox(SettingsForm)
        self.logs_group.setObjectName(u"logs_group")
        self.logs_layout = QHBoxLayout(self.logs_group)
        self.logs_layout.setObjectName(u"logs_layout")
        self.log_folder = QLabel(self.logs_group)
        self.log_folder.setObjectName(u"log_folder")
        self.log_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.log_folder.sizePolicy().hasHeightForWidth())
        self.log_folder.setSizePolicy(sizePolicy)

        self.logs_layout.addWidget(self.log_folder)

        self.open_logs = QPushButton(self.logs_group)
        self.open_logs.setObjectName(u"open_logs")

        self.logs_layout.addWidget(self.open_logs)


        self.settings_layout.addWidget(self.logs_group)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.profile_filter, self.profile_table)
        QWidget.setTabOrder(self.profile_table, self.profile_add)
        QWidget.setTabOrder(self.profile_add, self.profile_edit)
        QWidget.setTabOrder(self.profile_edit, self.profile_test)
        QWidget.setTabOrder(self.profile_test, self.profile_use)
        QWidget.setTabOrder(self.profile_use, self.profile_delete)
        QWidget.setTabOrder(self.profile_delete, self.profile_demo)
        QWidget.setTabOrder(self.profile_demo, self.language)
        QWidget.setTabOrder(self.language, self.open_logs)

        self.retranslateUi(SettingsForm)

        QMetaObject.connectSlotsByName(SettingsForm)
    # setupUi

    def retranslateUi(self, SettingsForm):
        self.profiles_group.setTitle(QCoreApplication.translate("SettingsForm", u"Connection profiles", None))
        self.profiles_help.setText(QCoreApplication.translate("SettingsForm", u"A profile says which server to use and with which API key. Keys and secrets are kept in the system keyring, never in a file.", None))
        self.profile_filter.setPlaceholderText(QCoreApplication.translate("SettingsForm", u"Filter profiles", None))
        self.profile_add.setText(QCoreApplication.translate("SettingsForm", u"&Add\u2026", None))
        self.profile_edit.setText(QCoreApplication.translate("SettingsForm", u"&Edit\u2026", None))
        self.profile_test.setText(QCoreApplication.translate("SettingsForm", u"&Test", None))
        self.profile_use.setText(QCoreApplication.translate("SettingsForm", u"&Use", None))
        self.profile_delete.setText(QCoreApplication.translate("SettingsForm", u"&Delete", None))
        self.profile_demo.setText(QCoreApplication.translate("SettingsForm", u"Demo &mode", None))
#if QT_CONFIG(tooltip)
        self.profile_demo.setToolTip(QCoreApplication.translate("SettingsForm", u"Work on the built-in emulator with invented data", None))
#endif // QT_CONFIG(tooltip)
        self.appearance_group.setTitle(QCoreApplication.translate("SettingsForm", u"Language", None))
        self.language_label.setText(QCoreApplication.translate("SettingsForm", u"&Language:", None))
        self.logs_group.setTitle(QCoreApplication.translate("SettingsForm", u"Log files", None))
        self.open_logs.setText(QCoreApplication.translate("SettingsForm", u"&Open folder", None))
        pass
    # retranslateUi
