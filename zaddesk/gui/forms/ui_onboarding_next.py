# generated from ui/onboarding_next.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OnboardingNextForm(object):
    def setupUi(self, OnboardingNextForm):
        if not OnboardingNextForm.objectName():
            OnboardingNextForm.setObjectName(u"OnboardingNextForm")
        self.outer_layout = QVBoxLayout(OnboardingNextForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.next_intro = QLabel(OnboardingNextForm)
        self.next_intro.setObjectName(u"next_intro")
        self.next_intro.setWordWrap(True)

        self.outer_layout.addWidget(self.next_intro)

        self.create_pbx = QCheckBox(OnboardingNextForm)
        self.create_pbx.setObjectName(u"create_pbx")

        self.outer_layout.addWidget(self.create_pbx)

        self.open_number_shop = QCheckBox(OnboardingNextForm)
        self.open_number_shop.setObjectName(u"open_number_shop")

        self.outer_layout.addWidget(self.open_number_shop)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

        QWidget.setTabOrder(self.create_pbx, self.open_number_shop)

        self.retranslateUi(OnboardingNextForm)

        QMetaObject.connectSlotsByName(OnboardingNextForm)
    # setupUi

    def retranslateUi(self, OnboardingNextForm):
        self.next_intro.setText(QCoreApplication.translate("OnboardingNextForm", u"What would you like to do for this client next? The pages open when you finish the wizard.", None))
        self.create_pbx.setText(QCoreApplication.translate("OnboardingNextForm", u"Create the &PBX and extensions", None))
        self.open_number_shop.setText(QCoreApplication.translate("OnboardingNextForm", u"Open the number &shop for this client", None))
        pass
    # retranslateUi
