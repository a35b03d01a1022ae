# generated from ui/profile_editor.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget

class Ui_ProfileEditor(object):
    def setupUi(self, ProfileEditor):
        if not ProfileEditor.objectName():
            ProfileEditor.setObjectName(u"ProfileEditor")
        ProfileEditor.resize(520, 460)
        self.outer_layout = QVBoxLayout(ProfileEditor)
        self.outer_layout.setObjectName(u"outer_layout")
        self.banner_text = QLabel(ProfileEditor)
        self.banner_text.setObjectName(u"banner_text")
        self.banner_text.setVisible(False)
        self.banner_text.setWordWrap(True)

        self.outer_layout.addWidget(self.banner_text)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(ProfileEditor)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(ProfileEditor)
        self.name.setObjectName(u"name")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_error = QLabel(ProfileEditor)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setVisible(False)
        self.name_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.kind_label = QLabel(ProfileEditor)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(ProfileEditor)
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.setObjectName(u"kind")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.base_url_label = QLabel(ProfileEditor)
        self.base_url_label.setObjectName(u"base_url_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.base_url_label)

        self.base_url = QLineEdit(ProfileEditor)
        self.base_url.setObjectName(u"base_url")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.base_url)

        self.base_url_error = QLabel(ProfileEditor)
        self.base_url_error.setObjectName(u"base_url_error")
        self.base_url_error.setVisible(False)
        self.base_url_error.setWordWrap(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.base_url_error)

        self.ca_bundle_label = QLabel(ProfileEditor)
        self.ca_bundle_label.setObjectName(u"ca_bundle_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ca_bundle_label)

        self.ca_layout = QHBoxLayout()
        self.ca_layout.setObjectName(u"ca_layout")
        self.ca_bundle = QLineEdit(ProfileEditor)
        self.ca_bundle.setObjectName(u"ca_bundle")

        self.ca_layout.addWidget(self.ca_bundle)

        self.ca_browse = QToolButton(ProfileEditor)
        self.ca_browse.setObjectName(u"ca_browse")

        self.ca_layout.addWidget(self.ca_browse)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.ca_layout)

        self.ca_bundle_error = QLabel(ProfileEditor)
        self.ca_bundle_error.setObjectName(u"ca_bundle_error")
        self.ca_bundle_error.setVisible(False)
        self.ca_bundle_error.setWordWrap(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ca_bundle_error)

        self.key_label = QLabel(ProfileEditor)
        self.key_label.setObjectName(u"key_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.key_label)

        self.key = QLineEdit(ProfileEditor)
        self.key.setObjectName(u"key")
        self.key.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase|Qt.InputMethodHint.ImhNoPredictiveText)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.key)

        self.key_error = QLabel(ProfileEditor)
        self.key_error.setObjectName(u"key_error")
        self.key_error.setVisible(False)
        self.key_error.setWordWrap(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.key_error)

        self.secret_label = QLabel(ProfileEditor)
        self.secret_label.setObjectName(u"secret_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.secret_label)

        self.secret = QLineEdit(ProfileEditor)
        self.secret.setObjectName(u"secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText|Qt.InputMethodHint.ImhNoAutoUppercase|Qt.InputMethodHint.ImhNoPredictiveText|Qt.InputMethodHint.ImhSensitiveData)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.secret)

        self.secret_error = QLabel(ProfileEditor)
        self.secret_error.setObjectName(u"secret_error")
        self.secret_error.setVisible(False)
        self.secret_error.setWordWrap(True)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.secret_error)


        self.outer_layout.addLayout(self.form_layout)

        self.storage_note = QLabel(ProfileEditor)
        self.storage_note.setObjectName(u"storage_note")
        self.storage_note.setWordWrap(True)

        self.outer_layout.addWidget(self.storage_note)

        self.test_layout = QHBoxLayout()
        self.test_layout.setObjectName(u"test_layout")
        self.test_button = QPushButton(ProfileEditor)
        self.test_button.setObjectName(u"test_button")

        self.test_layout.addWidget(self.test_button)

        self.test_result = QLabel(ProfileEditor)
        self.test_result.setObjectName(u"test_result")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.test_result.sizePolicy().hasHeightForWidth())
        self.test_result.setSizePolicy(sizePolicy)

        self.test_layout.addWidget(self.test_result)


        self.outer_layout.addLayout(self.test_layout)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

        self.buttons = QDialogButtonBox(ProfileEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.base_url_label.setBuddy(self.base_url)
        self.ca_bundle_label.setBuddy(self.ca_bundle)
        self.key_label.setBuddy(self.key)
        self.secret_label.setBuddy(self.secret)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.base_url)
        QWidget.setTabOrder(self.base_url, self.ca_bundle)
        QWidget.setTabOrder(self.ca_bundle, self.ca_browse)
        QWidget.setTabOrder(self.ca_browse, self.key)
        QWidget.setTabOrder(self.key, self.secret)
        QWidget.setTabOrder(self.secret, self.test_button)

        self.retranslateUi(ProfileEditor)

        QMetaObject.connectSlotsByName(ProfileEditor)
    # setupUi

    def retranslateUi(self, ProfileEditor):
        ProfileEditor.setWindowTitle(QCoreApplication.translate("ProfileEditor", u"Connection profile", None))
        self.name_label.setText(QCoreApplication.translate("ProfileEditor", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ProfileEditor", u"e.g. Production", None))
        self.kind_label.setText(QCoreApplication.translate("ProfileEditor", u"&Server:", None))
        self.kind.setItemText(0, QCoreApplication.translate("ProfileEditor", u"Zadarma (production)", None))
        self.kind.setItemText(1, QCoreApplication.translate("ProfileEditor", u"Zadarma sandbox", None))
        self.kind.setItemText(2, QCoreApplication.translate("ProfileEditor", u"Custom address", None))

        self.base_url_label.setText(QCoreApplication.translate("ProfileEditor", u"&Address:", None))
        self.base_url.setPlaceholderText(QCoreApplication.translate("ProfileEditor", u"https://api.zadarma.com", None))
        self.ca_bundle_label.setText(QCoreApplication.translate("ProfileEditor", u"CA &bundle:", None))
        self.ca_bundle.setPlaceholderText(QCoreApplication.translate("ProfileEditor", u"optional: PEM file for a private certificate authority", None))
        self.ca_browse.setText(QCoreApplication.translate("ProfileEditor", u"\u2026", None))
#if QT_CONFIG(tooltip)
        self.ca_browse.setToolTip(QCoreApplication.translate("ProfileEditor", u"Choose a PEM file", None))
#endif // QT_CONFIG(tooltip)
        self.key_label.setText(QCoreApplication.translate("ProfileEditor", u"API &key:", None))
        self.secret_label.setText(QCoreApplication.translate("ProfileEditor", u"API &secret:", None))
        self.test_button.setText(QCoreApplication.translate("ProfileEditor", u"&Test connection", None))
    # retranslateUi
