# generated from ui/onboarding_topup.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OnboardingTopupForm(object):
    def setupUi(self, OnboardingTopupForm):
        if not OnboardingTopupForm.objectName():
            OnboardingTopupForm.setObjectName(u"OnboardingTopupForm")
        self.outer_layout = QVBoxLayout(OnboardingTopupForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.topup_intro = QLabel(OnboardingTopupForm)
        self.topup_intro.setObjectName(u"topup_intro")
        self.topup_intro.setWordWrap(True)

        self.outer_layout.addWidget(self.topup_intro)

        self.amount_form = QFormLayout()
        self.amount_form.setObjectName(u"amount_form")
        self.amount_label = QLabel(OnboardingTopupForm)
        self.amount_label.setObjectName(u"amount_label")

        self.amount_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_row = QHBoxLayout()
        self.amount_row.setObjectName(u"amount_row")
        self.amount = QLineEdit(OnboardingTopupForm)
        self.amount.setObjectName(u"amount")

        self.amount_row.addWidget(self.amount)

        self.currency = QComboBox(OnboardingTopupForm)
        self.currency.setObjectName(u"currency")

        self.amount_row.addWidget(self.currency)

        self.amount_limit = QLabel(OnboardingTopupForm)
        self.amount_limit.setObjectName(u"amount_limit")

        self.amount_row.addWidget(self.amount_limit)


        self.amount_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.amount_row)

        self.amount_error = QLabel(OnboardingTopupForm)
        self.amount_error.setObjectName(u"amount_error")
        self.amount_error.setVisible(False)
        self.amount_error.setWordWrap(True)
        self.amount_error.setProperty(u"role", u"error")

        self.amount_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amount_error)

        self.currency_error = QLabel(OnboardingTopupForm)
        self.currency_error.setObjectName(u"currency_error")
        self.currency_error.setVisible(False)
        self.currency_error.setWordWrap(True)
        self.currency_error.setProperty(u"role", u"error")

        self.amount_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.currency_error)

        self.dealer_before_label = QLabel(OnboardingTopupForm)
        self.dealer_before_label.setObjectName(u"dealer_before_label")

        self.amount_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dealer_before_label)

        self.dealer_before = QLabel(OnboardingTopupForm)
        self.dealer_before.setObjectName(u"dealer_before")

        self.amount_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dealer_before)

        self.dealer_after_label = QLabel(OnboardingTopupForm)
        self.dealer_after_label.setObjectName(u"dealer_after_label")

        self.amount_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dealer_after_label)

        self.dealer_after = QLabel(OnboardingTopupForm)
        self.dealer_after.setObjectName(u"dealer_after")

        self.amount_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dealer_after)

        self.client_before_label = QLabel(OnboardingTopupForm)
        self.client_before_label.setObjectName(u"client_before_label")

        self.amount_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.client_before_label)

        self.client_before = QLabel(OnboardingTopupForm)
        self.client_before.setObjectName(u"client_before")

        self.amount_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.client_before)


        self.outer_layout.addLayout(self.amount_form)

        self.topup_row = QHBoxLayout()
        self.topup_row.setObjectName(u"topup_row")
        self.topup_button = QPushButton(OnboardingTopupForm)
        self.topup_button.setObjectName(u"topup_button")

        self.topup_row.addWidget(self.topup_button)

        self.reconcile_button = QPushButton(OnboardingTopupForm)
        self.reconcile_button.setObjectName(u"reconcile_button")
        self.reconcile_button.setVisible(False)

        self.topup_row.addWidget(self.reconcile_button)

        self.topup_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topup_row.addItem(self.topup_spacer)


        self.outer_layout.addLayout(self.topup_row)

        self.topup_result = QLabel(OnboardingTopupForm)
        self.topup_result.setObjectName(u"topup_result")
        self.topup_result.setWordWrap(True)

        self.outer_layout.addWidget(self.topup_result)

        self.skip_row = QHBoxLayout()
        self.skip_row.setObjectName(u"skip_row")
        self.skip_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.skip_row.addItem(self.skip_spacer)

        self.skip_topup = QPushButton(OnboardingTopupForm)
        self.skip_topup.setObjectName(u"skip_topup")

        self.skip_row.addWidget(self.skip_topup)


        self.outer_layout.addLayout(self.skip_row)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.amount_label.setBuddy(self.amount)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amount, self.currency)
        QWidget.setTabOrder(self.currency, self.topup_button)
        QWidget.setTabOrder(self.topup_button, self.reconcile_button)
        QWidget.setTabOrder(self.reconcile_button, self.skip_topup)

        self.retranslateUi(OnboardingTopupForm)

        QMetaObject.connectSlotsByName(OnboardingTopupForm)
    # setupUi

    def retranslateUi(self, OnboardingTopupForm):
        self.topup_intro.setText(QCoreApplication.translate("OnboardingTopupForm", u"Move money from your dealer balance to the client.", None))
        self.amount_label.setText(QCoreApplication.translate("OnboardingTopupForm", u"&Amount:", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("OnboardingTopupForm", u"e.g. 20,00", None))
        self.dealer_before_label.setText(QCoreApplication.translate("OnboardingTopupForm", u"Dealer balance now:", None))
        self.dealer_after_label.setText(QCoreApplication.translate("OnboardingTopupForm", u"Dealer balance after:", None))
        self.client_before_label.setText(QCoreApplication.translate("OnboardingTopupForm", u"Client balance now:", None))
        self.topup_button.setText(QCoreApplication.translate("OnboardingTopupForm", u"&Top up\u2026", None))
        self.reconcile_button.setText(QCoreApplication.translate("OnboardingTopupForm", u"Check ba&lances and decide\u2026", None))
        self.skip_topup.setText(QCoreApplication.translate("OnboardingTopupForm", u"S&kip for now", None))
        pass
    # retranslateUi
