# generated from ui/onboarding_registration.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OnboardingRegistrationForm(object):
    def setupUi(self, OnboardingRegistrationForm):
        if not OnboardingRegistrationForm.objectName():
            OnboardingRegistrationForm.setObjectName(u"OnboardingRegistrationForm")
        self.outer_layout = QVBoxLayout(OnboardingRegistrationForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.registration_intro = QLabel(OnboardingRegistrationForm)
        self.registration_intro.setObjectName(u"registration_intro")
        self.registration_intro.setWordWrap(True)

        self.outer_layout.addWidget(self.registration_intro)

        self.register_row = QHBoxLayout()
        self.register_row.setObjectName(u"register_row")
        self.register_button = QPushButton(OnboardingRegistrationForm)
        self.register_button.setObjectName(u"register_button")

        self.register_row.addWidget(self.register_button)

        self.register_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.register_row.addItem(self.register_spacer)


        self.outer_layout.addLayout(self.register_row)

        self.registration_status = QLabel(OnboardingRegistrationForm)
        self.registration_status.setObjectName(u"registration_status")
        self.registration_status.setWordWrap(True)

        self.outer_layout.addWidget(self.registration_status)

        self.awaiting_box = QGroupBox(OnboardingRegistrationForm)
        self.awaiting_box.setObjectName(u"awaiting_box")
        self.awaiting_box.setVisible(False)
        self.awaiting_layout = QVBoxLayout(self.awaiting_box)
        self.awaiting_layout.setObjectName(u"awaiting_layout")
        self.awaiting_text = QLabel(self.awaiting_box)
        self.awaiting_text.setObjectName(u"awaiting_text")
        self.awaiting_text.setWordWrap(True)

        self.awaiting_layout.addWidget(self.awaiting_text)

        self.check_row = QHBoxLayout()
        self.check_row.setObjectName(u"check_row")
        self.check_button = QPushButton(self.awaiting_box)
        self.check_button.setObjectName(u"check_button")

        self.check_row.addWidget(self.check_button)

        self.check_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.check_row.addItem(self.check_spacer)


        self.awaiting_layout.addLayout(self.check_row)

        self.code_form = QFormLayout()
        self.code_form.setObjectName(u"code_form")
        self.code_label = QLabel(self.awaiting_box)
        self.code_label.setObjectName(u"code_label")

        self.code_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_row = QHBoxLayout()
        self.code_row.setObjectName(u"code_row")
        self.code = QLineEdit(self.awaiting_box)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(12)

        self.code_row.addWidget(self.code)

        self.confirm_code_button = QPushButton(self.awaiting_box)
        self.confirm_code_button.setObjectName(u"confirm_code_button")

        self.code_row.addWidget(self.confirm_code_button)


        self.code_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.code_row)

        self.code_error = QLabel(self.awaiting_box)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setVisible(False)
        self.code_error.setWordWrap(True)
        self.code_error.setProperty(u"role", u"error")

        self.code_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_error)


        self.awaiting_layout.addLayout(self.code_form)


        self.outer_layout.addWidget(self.awaiting_box)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.register_button, self.check_button)
        QWidget.setTabOrder(self.check_button, self.code)
        QWidget.setTabOrder(self.code, self.confirm_code_button)

        self.retranslateUi(OnboardingRegistrationForm)

        QMetaObject.connectSlotsByName(OnboardingRegistrationForm)
    # setupUi

    def retranslateUi(self, OnboardingRegistrationForm):
        self.register_button.setText(QCoreApplication.translate("OnboardingRegistrationForm", u"&Register the client", None))
        self.awaiting_box.setTitle(QCoreApplication.translate("OnboardingRegistrationForm", u"Waiting for the client", None))
        self.check_button.setText(QCoreApplication.translate("OnboardingRegistrationForm", u"&Check now", None))
        self.code_label.setText(QCoreApplication.translate("OnboardingRegistrationForm", u"Code from the e-mail:", None))
        self.code.setPlaceholderText(QCoreApplication.translate("OnboardingRegistrationForm", u"e.g. 123456", None))
        self.confirm_code_button.setText(QCoreApplication.translate("OnboardingRegistrationForm", u"C&onfirm code", None))
        pass
    # retranslateUi
