# generated from ui/onboarding_phone.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OnboardingPhoneForm(object):
    def setupUi(self, OnboardingPhoneForm):
        if not OnboardingPhoneForm.objectName():
            OnboardingPhoneForm.setObjectName(u"OnboardingPhoneForm")
        self.outer_layout = QVBoxLayout(OnboardingPhoneForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.phone_intro = QLabel(OnboardingPhoneForm)
        self.phone_intro.setObjectName(u"phone_intro")
        self.phone_intro.setWordWrap(True)

        self.outer_layout.addWidget(self.phone_intro)

        self.number_form = QFormLayout()
        self.number_form.setObjectName(u"number_form")
        self.number_label = QLabel(OnboardingPhoneForm)
        self.number_label.setObjectName(u"number_label")

        self.number_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number = QLineEdit(OnboardingPhoneForm)
        self.number.setObjectName(u"number")

        self.number_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.number_error = QLabel(OnboardingPhoneForm)
        self.number_error.setObjectName(u"number_error")
        self.number_error.setVisible(False)
        self.number_error.setWordWrap(True)
        self.number_error.setProperty(u"role", u"error")

        self.number_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.number_error)


        self.outer_layout.addLayout(self.number_form)

        self.send_row = QHBoxLayout()
        self.send_row.setObjectName(u"send_row")
        self.send_sms = QPushButton(OnboardingPhoneForm)
        self.send_sms.setObjectName(u"send_sms")

        self.send_row.addWidget(self.send_sms)

        self.send_callback = QPushButton(OnboardingPhoneForm)
        self.send_callback.setObjectName(u"send_callback")

        self.send_row.addWidget(self.send_callback)

        self.send_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.send_row.addItem(self.send_spacer)


        self.outer_layout.addLayout(self.send_row)

        self.resend_note = QLabel(OnboardingPhoneForm)
        self.resend_note.setObjectName(u"resend_note")
        self.resend_note.setWordWrap(True)

        self.outer_layout.addWidget(self.resend_note)

        self.code_form = QFormLayout()
        self.code_form.setObjectName(u"code_form")
        self.code_label = QLabel(OnboardingPhoneForm)
        self.code_label.setObjectName(u"code_label")

        self.code_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_row = QHBoxLayout()
        self.code_row.setObjectName(u"code_row")
        self.code = QLineEdit(OnboardingPhoneForm)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(12)

        self.code_row.addWidget(self.code)

        self.confirm_phone_button = QPushButton(OnboardingPhoneForm)
        self.confirm_phone_button.setObjectName(u"confirm_phone_button")

        self.code_row.addWidget(self.confirm_phone_button)


        self.code_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.code_row)

        self.code_error = QLabel(OnboardingPhoneForm)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setVisible(False)
        self.code_error.setWordWrap(True)
        self.code_error.setProperty(u"role", u"error")

        self.code_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_error)


        self.outer_layout.addLayout(self.code_form)

        self.phone_status = QLabel(OnboardingPhoneForm)
        self.phone_status.setObjectName(u"phone_status")
        self.phone_status.setWordWrap(True)

        self.outer_layout.addWidget(self.phone_status)

        self.skip_row = QHBoxLayout()
        self.skip_row.setObjectName(u"skip_row")
        self.skip_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.skip_row.addItem(self.skip_spacer)

        self.skip_phone = QPushButton(OnboardingPhoneForm)
        self.skip_phone.setObjectName(u"skip_phone")

        self.skip_row.addWidget(self.skip_phone)


        self.outer_layout.addLayout(self.skip_row)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number)
        self.code_label.setBuddy(self.code)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number, self.send_sms)
        QWidget.setTabOrder(self.send_sms, self.send_callback)
        QWidget.setTabOrder(self.send_callback, self.code)
        QWidget.setTabOrder(self.code, self.confirm_phone_button)
        QWidget.setTabOrder(self.confirm_phone_button, self.skip_phone)

        self.retranslateUi(OnboardingPhoneForm)

        QMetaObject.connectSlotsByName(OnboardingPhoneForm)
    # setupUi

    def retranslateUi(self, OnboardingPhoneForm):
        self.phone_intro.setText(QCoreApplication.translate("OnboardingPhoneForm", u"The client's contact phone must be confirmed before test credit and top-ups. Send a code, then type the code the client reads out.", None))
        self.number_label.setText(QCoreApplication.translate("OnboardingPhoneForm", u"Contact &phone:", None))
        self.number.setPlaceholderText(QCoreApplication.translate("OnboardingPhoneForm", u"e.g. +48 601 234 567", None))
        self.send_sms.setText(QCoreApplication.translate("OnboardingPhoneForm", u"Send code by &SMS", None))
        self.send_callback.setText(QCoreApplication.translate("OnboardingPhoneForm", u"Call the client with the code", None))
        self.code_label.setText(QCoreApplication.translate("OnboardingPhoneForm", u"&Code:", None))
        self.code.setPlaceholderText(QCoreApplication.translate("OnboardingPhoneForm", u"code the client reads out", None))
        self.confirm_phone_button.setText(QCoreApplication.translate("OnboardingPhoneForm", u"C&onfirm", None))
        self.skip_phone.setText(QCoreApplication.translate("OnboardingPhoneForm", u"S&kip for now", None))
        pass
    # retranslateUi
