# generated from ui/topup_dialog.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_TopupDialogForm(object):
    def setupUi(self, TopupDialogForm):
        if not TopupDialogForm.objectName():
            TopupDialogForm.setObjectName(u"TopupDialogForm")
        TopupDialogForm.resize(460, 300)
        self.outer_layout = QVBoxLayout(TopupDialogForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.topup_intro = QLabel(TopupDialogForm)
        self.topup_intro.setObjectName(u"topup_intro")
        self.topup_intro.setWordWrap(True)

        self.outer_layout.addWidget(self.topup_intro)

        self.amount_form = QFormLayout()
        self.amount_form.setObjectName(u"amount_form")
        self.amount_label = QLabel(TopupDialogForm)
        self.amount_label.setObjectName(u"amount_label")

        self.amount_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_row = QHBoxLayout()
        self.amount_row.setObjectName(u"amount_row")
        self.amount = QLineEdit(TopupDialogForm)
        self.amount.setObjectName(u"amount")

        self.amount_row.addWidget(self.amount)

        self.currency = QComboBox(TopupDialogForm)
        self.currency.setObjectName(u"currency")

        self.amount_row.addWidget(self.currency)

        self.amount_limit = QLabel(TopupDialogForm)
        self.amount_limit.setObjectName(u"amount_limit")

        self.amount_row.addWidget(self.amount_limit)


        self.amount_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.amount_row)

        self.amount_error = QLabel(TopupDialogForm)
        self.amount_error.setObjectName(u"amount_error")
        self.amount_error.setVisible(False)
        self.amount_error.setWordWrap(True)
        self.amount_error.setProperty(u"role", u"error")

        self.amount_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amount_error)

        self.currency_error = QLabel(TopupDialogForm)
        self.currency_error.setObjectName(u"currency_error")
        self.currency_error.setVisible(False)
        self.currency_error.setWordWrap(True)
        self.currency_error.setProperty(u"role", u"error")

        self.amount_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.currency_error)

        self.dealer_label = QLabel(TopupDialogForm)
        self.dealer_label.setObjectName(u"dealer_label")

        self.amount_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dealer_label)

        self.dealer_balance = QLabel(TopupDialogForm)
        self.dealer_balance.setObjectName(u"dealer_balance")

        self.amount_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dealer_balance)

        self.client_label = QLabel(TopupDialogForm)
        self.client_label.setObjectName(u"client_label")

        self.amount_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.client_label)

        self.client_balance = QLabel(TopupDialogForm)
        self.client_balance.setObjectName(u"client_balance")

        self.amount_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.client_balance)


        self.outer_layout.addLayout(self.amount_form)

        self.confirm_amount = QCheckBox(TopupDialogForm)
        self.confirm_amount.setObjectName(u"confirm_amount")

        self.outer_layout.addWidget(self.confirm_amount)

        self.topup_result = QLabel(TopupDialogForm)
        self.topup_result.setObjectName(u"topup_result")
        self.topup_result.setWordWrap(True)

        self.outer_layout.addWidget(self.topup_result)

        self.buttons = QDialogButtonBox(TopupDialogForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.amount_label.setBuddy(self.amount)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amount, self.currency)
        QWidget.setTabOrder(self.currency, self.confirm_amount)
        QWidget.setTabOrder(self.confirm_amount, self.buttons)

        self.retranslateUi(TopupDialogForm)

        QMetaObject.connectSlotsByName(TopupDialogForm)
    # setupUi

    def retranslateUi(self, TopupDialogForm):
        TopupDialogForm.setWindowTitle(QCoreApplication.translate("TopupDialogForm", u"Move money", None))
        self.amount_label.setText(QCoreApplication.translate("TopupDialogForm", u"&Amount:", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("TopupDialogForm", u"e.g. 20,00", None))
        self.dealer_label.setText(QCoreApplication.translate("TopupDialogForm", u"Dealer balance:", None))
        self.client_label.setText(QCoreApplication.translate("TopupDialogForm", u"Client balance:", None))
        self.confirm_amount.setText("")
    # retranslateUi
