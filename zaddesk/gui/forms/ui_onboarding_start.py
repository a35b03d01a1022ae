# generated from ui/onboarding_start.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OnboardingStartForm(object):
    def setupUi(self, OnboardingStartForm):
        if not OnboardingStartForm.objectName():
            OnboardingStartForm.setObjectName(u"OnboardingStartForm")
        self.outer_layout = QVBoxLayout(OnboardingStartForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.start_intro = QLabel(OnboardingStartForm)
        self.start_intro.setObjectName(u"start_intro")
        self.start_intro.setWordWrap(True)

        self.outer_layout.addWidget(self.start_intro)

        self.new_row = QHBoxLayout()
        self.new_row.setObjectName(u"new_row")
        self.new_onboarding = QPushButton(OnboardingStartForm)
        self.new_onboarding.setObjectName(u"new_onboarding")

        self.new_row.addWidget(self.new_onboarding)

        self.new_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.new_row.addItem(self.new_spacer)


        self.outer_layout.addLayout(self.new_row)

        self.sessions_label = QLabel(OnboardingStartForm)
        self.sessions_label.setObjectName(u"sessions_label")

        self.outer_layout.addWidget(self.sessions_label)

        self.sessions_view = QListView(OnboardingStartForm)
        self.sessions_view.setObjectName(u"sessions_view")
        self.sessions_view.setAlternatingRowColors(True)

        self.outer_layout.addWidget(self.sessions_view)

        self.session_buttons = QHBoxLayout()
        self.session_buttons.setObjectName(u"session_buttons")
        self.resume_session = QPushButton(OnboardingStartForm)
        self.resume_session.setObjectName(u"resume_session")

        self.session_buttons.addWidget(self.resume_session)

        self.abandon_session = QPushButton(OnboardingStartForm)
        self.abandon_session.setObjectName(u"abandon_session")

        self.session_buttons.addWidget(self.abandon_session)

        self.session_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.session_buttons.addItem(self.session_spacer)


        self.outer_layout.addLayout(self.session_buttons)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

        self.outer_layout.setStretch(3, 1)
        QWidget.setTabOrder(self.new_onboarding, self.sessions_view)
        QWidget.setTabOrder(self.sessions_view, self.resume_session)
        QWidget.setTabOrder(self.resume_session, self.abandon_session)

        self.retranslateUi(OnboardingStartForm)

        QMetaObject.connectSlotsByName(OnboardingStartForm)
    # setupUi

    def retranslateUi(self, OnboardingStartForm):
        self.start_intro.setText(QCoreApplication.translate("OnboardingStartForm", u"Register a new client step by step: data, registration, contact phone, first top-up. Nothing is lost if the console closes: an unfinished onboarding can be resumed here.", None))
        self.new_onboarding.setText(QCoreApplication.translate("OnboardingStartForm", u"&New onboarding", None))
        self.sessions_label.setText(QCoreApplication.translate("OnboardingStartForm", u"Unfinished onboardings:", None))
        self.resume_session.setText(QCoreApplication.translate("OnboardingStartForm", u"&Resume", None))
        self.abandon_session.setText(QCoreApplication.translate("OnboardingStartForm", u"&Abandon\u2026", None))
        pass
    # retranslateUi
