# generated from ui/client_detail.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget

class Ui_ClientDetailForm(object):
    def setupUi(self, ClientDetailForm):
        if not ClientDetailForm.objectName():
            ClientDetailForm.setObjectName(u"ClientDetailForm")
        self.outer_layout = QVBoxLayout(ClientDetailForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.client_title = QLabel(ClientDetailForm)
        self.client_title.setObjectName(u"client_title")
        self.client_title.setWordWrap(True)

        self.outer_layout.addWidget(self.client_title)

        self.client_meta = QLabel(ClientDetailForm)
        self.client_meta.setObjectName(u"client_meta")
        self.client_meta.setWordWrap(True)
        self.client_meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer_layout.addWidget(self.client_meta)

        self.money_form = QFormLayout()
        self.money_form.setObjectName(u"money_form")
        self.balance_label = QLabel(ClientDetailForm)
        self.balance_label.setObjectName(u"balance_label")

        self.money_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.balance_label)

        self.balance_value = QLabel(ClientDetailForm)
        self.balance_value.setObjectName(u"balance_value")

        self.money_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.balance_value)


        self.outer_layout.addLayout(self.money_form)

        self.money_row = QHBoxLayout()
        self.money_row.setObjectName(u"money_row")
        self.topup_client = QPushButton(ClientDetailForm)
        self.topup_client.setObjectName(u"topup_client")

        self.money_row.addWidget(self.topup_client)

        self.transfer_back = QPushButton(ClientDetailForm)
        self.transfer_back.setObjectName(u"transfer_back")

        self.money_row.addWidget(self.transfer_back)

        self.money_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.money_row.addItem(self.money_spacer)


        self.outer_layout.addLayout(self.money_row)

        self.lost_row = QHBoxLayout()
        self.lost_row.setObjectName(u"lost_row")
        self.decide_move = QPushButton(ClientDetailForm)
        self.decide_move.setObjectName(u"decide_move")
        self.decide_move.setVisible(False)

        self.lost_row.addWidget(self.decide_move, 0, Qt.AlignmentFlag.AlignLeft)


        self.outer_layout.addLayout(self.lost_row)

        self.phones_box = QGroupBox(ClientDetailForm)
        self.phones_box.setObjectName(u"phones_box")
        self.phones_layout = QVBoxLayout(self.phones_box)
        self.phones_layout.setObjectName(u"phones_layout")
        self.phones_view = QListView(self.phones_box)
        self.phones_view.setObjectName(u"phones_view")
        self.phones_view.setMaximumHeight(90)

        self.phones_layout.addWidget(self.phones_view)

        self.phone_row = QHBoxLayout()
        self.phone_row.setObjectName(u"phone_row")
        self.phone_action = QPushButton(self.phones_box)
        self.phone_action.setObjectName(u"phone_action")

        self.phone_row.addWidget(self.phone_action)

        self.phone_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phone_row.addItem(self.phone_spacer)


        self.phones_layout.addLayout(self.phone_row)


        self.outer_layout.addWidget(self.phones_box)

        self.keys_box = QGroupBox(ClientDetailForm)
        self.keys_box.setObjectName(u"keys_box")
        self.keys_form = QFormLayout(self.keys_box)
        self.keys_form.setObjectName(u"keys_form")
        self.api_key_label = QLabel(self.keys_box)
        self.api_key_label.setObjectName(u"api_key_label")

        self.keys_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.api_key_label)

        self.key_row = QHBoxLayout()
        self.key_row.setObjectName(u"key_row")
        self.api_key = QLineEdit(self.keys_box)
        self.api_key.setObjectName(u"api_key")
        self.api_key.setReadOnly(True)
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)

        self.key_row.addWidget(self.api_key)

        self.copy_key = QToolButton(self.keys_box)
        self.copy_key.setObjectName(u"copy_key")

        self.key_row.addWidget(self.copy_key)


        self.keys_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.key_row)

        self.api_secret_label = QLabel(self.keys_box)
        self.api_secret_label.setObjectName(u"api_secret_label")

        self.keys_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.api_secret_label)

        self.secret_row = QHBoxLayout()
        self.secret_row.setObjectName(u"secret_row")
        self.api_secret = QLineEdit(self.keys_box)
        self.api_secret.setObjectName(u"api_secret")
        self.api_secret.setReadOnly(True)
        self.api_secret.setEchoMode(QLineEdit.EchoMode.Password)

        self.secret_row.addWidget(self.api_secret)

        self.copy_secret = QToolButton(self.keys_box)
        self.copy_secret.setObjectName(u"copy_secret")

        self.secret_row.addWidget(self.copy_secret)


        self.keys_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.secret_row)

        self.keys_row = QHBoxLayout()
        self.keys_row.setObjectName(u"keys_row")
        self.load_keys = QPushButton(self.keys_box)
        self.load_keys.setObjectName(u"load_keys")

        self.keys_row.addWidget(self.load_keys)

        self.show_keys = QCheckBox(self.keys_box)
        self.show_keys.setObjectName(u"show_keys")

        self.keys_row.addWidget(self.show_keys)

        self.keys_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keys_row.addItem(self.keys_spacer)

        self.regenerate_keys = QPushButton(self.keys_box)
        self.regenerate_keys.setObjectName(u"regenerate_keys")

        self.keys_row.addWidget(self.regenerate_keys)


        self.keys_form.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.keys_row)


        self.outer_layout.addWidget(self.keys_box)

        self.onboarding_row = QHBoxLayout()
        self.onboarding_row.setObjectName(u"onboarding_row")
        self.continue_onboarding = QPushButton(ClientDetailForm)
        self.continue_onboarding.setObjectName(u"continue_onboarding")

        self.onboarding_row.addWidget(self.continue_onboarding, 0, Qt.AlignmentFlag.AlignLeft)


        self.outer_layout.addLayout(self.onboarding_row)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

        QWidget.setTabOrder(self.topup_client, self.transfer_back)
        QWidget.setTabOrder(self.transfer_back, self.decide_move)
        QWidget.setTabOrder(self.decide_move, self.phones_view)
        QWidget.setTabOrder(self.phones_view, self.phone_action)
        QWidget.setTabOrder(self.phone_action, self.load_keys)
        QWidget.setTabOrder(self.load_keys, self.show_keys)
        QWidget.setTabOrder(self.show_keys, self.copy_key)
        QWidget.setTabOrder(self.copy_key, self.copy_secret)
        QWidget.setTabOrder(self.copy_secret, self.regenerate_keys)
        QWidget.setTabOrder(self.regenerate_keys, self.continue_onboarding)

        self.retranslateUi(ClientDetailForm)

        QMetaObject.connectSlotsByName(ClientDetailForm)
    # setupUi

    def retranslateUi(self, ClientDetailForm):
        self.balance_label.setText(QCoreApplication.translate("ClientDetailForm", u"Balance:", None))
        self.topup_client.setText(QCoreApplication.translate("ClientDetailForm", u"&Top up\u2026", None))
        self.transfer_back.setText(QCoreApplication.translate("ClientDetailForm", u"&Move money back\u2026", None))
        self.decide_move.setText(QCoreApplication.translate("ClientDetailForm", u"&Decide a lost money move\u2026", None))
        self.phones_box.setTitle(QCoreApplication.translate("ClientDetailForm", u"Contact phones", None))
        self.phone_action.setText(QCoreApplication.translate("ClientDetailForm", u"&Add or confirm a phone\u2026", None))
        self.keys_box.setTitle(QCoreApplication.translate("ClientDetailForm", u"API keys", None))
        self.api_key_label.setText(QCoreApplication.translate("ClientDetailForm", u"Key:", None))
        self.copy_key.setText(QCoreApplication.translate("ClientDetailForm", u"Copy", None))
        self.api_secret_label.setText(QCoreApplication.translate("ClientDetailForm", u"Secret:", None))
        self.copy_secret.setText(QCoreApplication.translate("ClientDetailForm", u"Copy", None))
        self.load_keys.setText(QCoreApplication.translate("ClientDetailForm", u"Read &keys", None))
        self.show_keys.setText(QCoreApplication.translate("ClientDetailForm", u"Sho&w", None))
        self.regenerate_keys.setText(QCoreApplication.translate("ClientDetailForm", u"Re&generate\u2026", None))
        self.continue_onboarding.setText(QCoreApplication.translate("ClientDetailForm", u"&Continue onboarding", None))
        pass
    # retranslateUi
