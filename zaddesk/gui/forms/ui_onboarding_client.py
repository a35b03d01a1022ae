# generated from ui/onboarding_client.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OnboardingClientForm(object):
    def setupUi(self, OnboardingClientForm):
        if not OnboardingClientForm.objectName():
            OnboardingClientForm.setObjectName(u"OnboardingClientForm")
        self.outer_layout = QVBoxLayout(OnboardingClientForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.client_intro = QLabel(OnboardingClientForm)
        self.client_intro.setObjectName(u"client_intro")
        self.client_intro.setWordWrap(True)

        self.outer_layout.addWidget(self.client_intro)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        self.columns.setObjectName(u"columns")
        self.left_form = QFormLayout()
        self.left_form.setObjectName(u"left_form")
        self.left_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.email_label = QLabel(OnboardingClientForm)
        self.email_label.setObjectName(u"email_label")

        self.left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(OnboardingClientForm)
        self.email.setObjectName(u"email")

        self.left_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.email)

        self.email_error = QLabel(OnboardingClientForm)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setVisible(False)
        self.email_error.setWordWrap(True)
        self.email_error.setProperty(u"role", u"error")

        self.left_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.email_error)

        self.first_name_label = QLabel(OnboardingClientForm)
        self.first_name_label.setObjectName(u"first_name_label")

        self.left_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(OnboardingClientForm)
        self.first_name.setObjectName(u"first_name")

        self.left_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.first_name_error = QLabel(OnboardingClientForm)
        self.first_name_error.setObjectName(u"first_name_error")
        self.first_name_error.setVisible(False)
        self.first_name_error.setWordWrap(True)
        self.first_name_error.setProperty(u"role", u"error")

        self.left_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.first_name_error)

        self.last_name_label = QLabel(OnboardingClientForm)
        self.last_name_label.setObjectName(u"last_name_label")

        self.left_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(OnboardingClientForm)
        self.last_name.setObjectName(u"last_name")

        self.left_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.last_name_error = QLabel(OnboardingClientForm)
        self.last_name_error.setObjectName(u"last_name_error")
        self.last_name_error.setVisible(False)
        self.last_name_error.setWordWrap(True)
        self.last_name_error.setProperty(u"role", u"error")

        self.left_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.last_name_error)

        self.middle_name_label = QLabel(OnboardingClientForm)
        self.middle_name_label.setObjectName(u"middle_name_label")

        self.left_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.middle_name_label)

        self.middle_name = QLineEdit(OnboardingClientForm)
        self.middle_name.setObjectName(u"middle_name")

        self.left_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.middle_name)

        self.middle_name_error = QLabel(OnboardingClientForm)
        self.middle_name_error.setObjectName(u"middle_name_error")
        self.middle_name_error.setVisible(False)
        self.middle_name_error.setWordWrap(True)
        self.middle_name_error.setProperty(u"role", u"error")

        self.left_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.middle_name_error)

        self.organization_label = QLabel(OnboardingClientForm)
        self.organization_label.setObjectName(u"organization_label")

        self.left_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.organization_label)

        self.organization = QLineEdit(OnboardingClientForm)
        self.organization.setObjectName(u"organization")

        self.left_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.organization)

        self.organization_error = QLabel(OnboardingClientForm)
        self.organization_error.setObjectName(u"organization_error")
        self.organization_error.setVisible(False)
        self.organization_error.setWordWrap(True)
        self.organization_error.setProperty(u"role", u"error")

        self.left_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.organization_error)

        self.password_label = QLabel(OnboardingClientForm)
        self.password_label.setObjectName(u"password_label")

        self.left_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(OnboardingClientForm)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.left_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.password)

        self.password_error = QLabel(OnboardingClientForm)
        self.password_error.setObjectName(u"password_error")
        self.password_error.setVisible(False)
        self.password_error.setWordWrap(True)
        self.password_error.setProperty(u"role", u"error")

        self.left_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.password_error)


        self.columns.addLayout(self.left_form)

        self.right_form = QFormLayout()
        self.right_form.setObjectName(u"right_form")
        self.right_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.country_label = QLabel(OnboardingClientForm)
        self.country_label.setObjectName(u"country_label")

        self.right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = QComboBox(OnboardingClientForm)
        self.country.setObjectName(u"country")
        self.country.setEditable(True)

        self.right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.country)

        self.country_error = QLabel(OnboardingClientForm)
        self.country_error.setObjectName(u"country_error")
        self.country_error.setVisible(False)
        self.country_error.setWordWrap(True)
        self.country_error.setProperty(u"role", u"error")

        self.right_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.country_error)

        self.city_label = QLabel(OnboardingClientForm)
        self.city_label.setObjectName(u"city_label")

        self.right_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city = QLineEdit(OnboardingClientForm)
        self.city.setObjectName(u"city")

        self.right_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.city)

        self.city_error = QLabel(OnboardingClientForm)
        self.city_error.setObjectName(u"city_error")
        self.city_error.setVisible(False)
        self.city_error.setWordWrap(True)
        self.city_error.setProperty(u"role", u"error")

        self.right_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.city_error)

        self.address_label = QLabel(OnboardingClientForm)
        self.address_label.setObjectName(u"address_label")

        self.right_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(OnboardingClientForm)
        self.address.setObjectName(u"address")

        self.right_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)

        self.address_error = QLabel(OnboardingClientForm)
        self.address_error.setObjectName(u"address_error")
        self.address_error.setVisible(False)
        self.address_error.setWordWrap(True)
        self.address_error.setProperty(u"role", u"error")

        self.right_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address_error)

        self.phone_label = QLabel(OnboardingClientForm)
        self.phone_label.setObjectName(u"phone_label")

        self.right_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(OnboardingClientForm)
        self.phone.setObjectName(u"phone")

        self.right_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phone_error = QLabel(OnboardingClientForm)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setVisible(False)
        self.phone_error.setWordWrap(True)
        self.phone_error.setProperty(u"role", u"error")

        self.right_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phone_error)

        self.language_label = QLabel(OnboardingClientForm)
        self.language_label.setObjectName(u"language_label")

        self.right_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(OnboardingClientForm)
        self.language.setObjectName(u"language")

        self.right_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.language)

        self.language_error = QLabel(OnboardingClientForm)
        self.language_error.setObjectName(u"language_error")
        self.language_error.setVisible(False)
        self.language_error.setWordWrap(True)
        self.language_error.setProperty(u"role", u"error")

        self.right_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.language_error)

        self.currency_label = QLabel(OnboardingClientForm)
        self.currency_label.setObjectName(u"currency_label")

        self.right_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.currency_label)

        self.currency = QComboBox(OnboardingClientForm)
        self.currency.setObjectName(u"currency")

        self.right_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.currency)

        self.currency_error = QLabel(OnboardingClientForm)
        self.currency_error.setObjectName(u"currency_error")
        self.currency_error.setVisible(False)
        self.currency_error.setWordWrap(True)
        self.currency_error.setProperty(u"role", u"error")

        self.right_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.currency_error)

        self.tariff_label = QLabel(OnboardingClientForm)
        self.tariff_label.setObjectName(u"tariff_label")

        self.right_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.tariff_label)

        self.tariff = QComboBox(OnboardingClientForm)
        self.tariff.setObjectName(u"tariff")

        self.right_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.tariff)

        self.tariff_error = QLabel(OnboardingClientForm)
        self.tariff_error.setObjectName(u"tariff_error")
        self.tariff_error.setVisible(False)
        self.tariff_error.setWordWrap(True)
        self.tariff_error.setProperty(u"role", u"error")

        self.right_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.tariff_error)


        self.columns.addLayout(self.right_form)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.outer_layout.addLayout(self.columns)

        self.phone_hint = QLabel(OnboardingClientForm)
        self.phone_hint.setObjectName(u"phone_hint")
        self.phone_hint.setWordWrap(True)

        self.outer_layout.addWidget(self.phone_hint)

        self.password_note = QLabel(OnboardingClientForm)
        self.password_note.setObjectName(u"password_note")
        self.password_note.setVisible(False)
        self.password_note.setWordWrap(True)
        self.password_note.setProperty(u"role", u"warning")

        self.outer_layout.addWidget(self.password_note)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.email_label.setBuddy(self.email)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.middle_name_label.setBuddy(self.middle_name)
        self.organization_label.setBuddy(self.organization)
        self.password_label.setBuddy(self.password)
        self.country_label.setBuddy(self.country)
        self.city_label.setBuddy(self.city)
        self.address_label.setBuddy(self.address)
        self.phone_label.setBuddy(self.phone)
        self.language_label.setBuddy(self.language)
        self.currency_label.setBuddy(self.currency)
        self.tariff_label.setBuddy(self.tariff)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.email, self.first_name)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.middle_name)
        QWidget.setTabOrder(self.middle_name, self.organization)
        QWidget.setTabOrder(self.organization, self.password)
        QWidget.setTabOrder(self.password, self.country)
        QWidget.setTabOrder(self.country, self.city)
        QWidget.setTabOrder(self.city, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.language)
        QWidget.setTabOrder(self.language, self.currency)
        QWidget.setTabOrder(self.currency, self.tariff)

        self.retranslateUi(OnboardingClientForm)

        QMetaObject.connectSlotsByName(OnboardingClientForm)
    # setupUi

    def retranslateUi(self, OnboardingClientForm):
        self.client_intro.setText(QCoreApplication.translate("OnboardingClientForm", u"Type the client's data. Fields marked with * are required; mistakes are shown as you type.", None))
        self.email_label.setText(QCoreApplication.translate("OnboardingClientForm", u"&E-mail:", None))
        self.email.setPlaceholderText(QCoreApplication.translate("OnboardingClientForm", u"client@example.com", None))
        self.first_name_label.setText(QCoreApplication.translate("OnboardingClientForm", u"Firs&t name:", None))
        self.last_name_label.setText(QCoreApplication.translate("OnboardingClientForm", u"&Last name:", None))
        self.middle_name_label.setText(QCoreApplication.translate("OnboardingClientForm", u"&Middle name:", None))
        self.organization_label.setText(QCoreApplication.translate("OnboardingClientForm", u"Organi&sation:", None))
        self.password_label.setText(QCoreApplication.translate("OnboardingClientForm", u"Pass&word:", None))
        self.password.setPlaceholderText(QCoreApplication.translate("OnboardingClientForm", u"leave empty: the server makes one", None))
        self.country_label.setText(QCoreApplication.translate("OnboardingClientForm", u"C&ountry:", None))
        self.city_label.setText(QCoreApplication.translate("OnboardingClientForm", u"C&ity:", None))
        self.address_label.setText(QCoreApplication.translate("OnboardingClientForm", u"&Address:", None))
        self.phone_label.setText(QCoreApplication.translate("OnboardingClientForm", u"Contact &phone:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("OnboardingClientForm", u"e.g. 601 234 567", None))
        self.language_label.setText(QCoreApplication.translate("OnboardingClientForm", u"Interface lan&guage:", None))
        self.currency_label.setText(QCoreApplication.translate("OnboardingClientForm", u"C&urrency:", None))
        self.tariff_label.setText(QCoreApplication.translate("OnboardingClientForm", u"P&rice plan:", None))
        pass
    # retranslateUi
