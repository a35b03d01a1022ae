# generated from ui/onboarding_start.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

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

        self.steps_box = QGroupBox(OnboardingStartForm)
        self.steps_box.setObjectName(u"steps_box")
        self.steps_layout = QVBoxLayout(self.steps_box)
        self.steps_layout.setObjectName(u"steps_layout")
        self.step_client = QLabel(self.steps_box)
        self.step_client.setObjectName(u"step_client")
        self.step_client.setTextFormat(Qt.TextFormat.RichText)
        self.step_client.setWordWrap(True)

        self.steps_layout.addWidget(self.step_client)

        self.step_registration = QLabel(self.steps_box)
        self.step_registration.setObjectName(u"step_registration")
        self.step_registration.setTextFormat(Qt.TextFormat.RichText)
        self.step_registration.setWordWrap(True)

        self.steps_layout.addWidget(self.step_registration)

        self.step_phone = QLabel(self.steps_box)
        self.step_phone.setObjectName(u"step_phone")
        self.step_phone.setTextFormat(Qt.TextFormat.RichText)
        self.step_phone.setWordWrap(True)

        self.steps_layout.addWidget(self.step_phone)

        self.step_topup = QLabel(self.steps_box)
        self.step_topup.setObjectName(u"step_topup")
        self.step_topup.setTextFormat(Qt.TextFormat.RichText)
        self.step_topup.setWordWrap(True)

        self.steps_layout.addWidget(self.step_topup)


        self.outer_layout.addWidget(self.steps_box)

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

        self.recent_label = QLabel(OnboardingStartForm)
        self.recent_label.setObjectName(u"recent_label")

        self.outer_layout.addWidget(self.recent_label)

        self.recent_view = QListView(OnboardingStartForm)
        self.recent_view.setObjectName(u"recent_view")
        self.recent_view.setAlternatingRowColors(True)

        self.outer_layout.addWidget(self.recent_view)

        self.recent_buttons = QHBoxLayout()
        self.recent_buttons.setObjectName(u"recent_buttons")
        self.open_client = QPushButton(OnboardingStartForm)
        self.open_client.setObjectName(u"open_client")

        self.recent_buttons.addWidget(self.open_client)

        self.recent_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recent_buttons.addItem(self.recent_spacer)


        self.outer_layout.addLayout(self.recent_buttons)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

        self.outer_layout.setStretch(4, 1)
        self.outer_layout.setStretch(7, 1)
#if QT_CONFIG(shortcut)
        self.sessions_label.setBuddy(self.sessions_view)
        self.recent_label.setBuddy(self.recent_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.new_onboarding, self.sessions_view)
        QWidget.setTabOrder(self.sessions_view, self.resume_session)
        QWidget.setTabOrder(self.resume_session, self.abandon_session)
        QWidget.setTabOrder(self.abandon_session, self.recent_view)
        QWidget.setTabOrder(self.recent_view, self.open_client)

        self.retranslateUi(OnboardingStartForm)

        QMetaObject.connectSlotsByName(OnboardingStartForm)
    # setupUi

    def retranslateUi(self, OnboardingStartForm):
        self.start_intro.setText(QCoreApplication.translate("OnboardingStartForm", u"Register a new client step by step. Nothing is lost if the console closes: an unfinished onboarding can be resumed here, and a request whose answer was lost is settled before anything is sent again.", None))
        self.steps_box.setTitle(QCoreApplication.translate("OnboardingStartForm", u"What the client needs at hand", None))
        self.step_client.setText(QCoreApplication.translate("OnboardingStartForm", u"<b>1. Client data</b> \u2014 the client's e-mail address and name, the country, the account's currency and language; a company name if there is one.", None))
        self.step_registration.setText(QCoreApplication.translate("OnboardingStartForm", u"<b>2. Registration</b> \u2014 Zadarma e-mails the client: either a code the client reads out to you, or a link the client clicks.", None))
        self.step_phone.setText(QCoreApplication.translate("OnboardingStartForm", u"<b>3. Contact phone</b> \u2014 a phone the client has at hand, confirmed by an SMS code or a voice call. Money can be moved only to a client with a confirmed phone.", None))
        self.step_topup.setText(QCoreApplication.translate("OnboardingStartForm", u"<b>4. First top-up</b> \u2014 an amount from your dealer balance to the client's; then the client's API keys and the next steps (numbers, PBX).", None))
        self.new_onboarding.setText(QCoreApplication.translate("OnboardingStartForm", u"&New onboarding", None))
        self.sessions_label.setText(QCoreApplication.translate("OnboardingStartForm", u"&Unfinished onboardings:", None))
        self.resume_session.setText(QCoreApplication.translate("OnboardingStartForm", u"&Resume", None))
        self.abandon_session.setText(QCoreApplication.translate("OnboardingStartForm", u"&Abandon\u2026", None))
        self.recent_label.setText(QCoreApplication.translate("OnboardingStartForm", u"Recently &onboarded:", None))
        self.open_client.setText(QCoreApplication.translate("OnboardingStartForm", u"Open in &Clients", None))
        pass
    # retranslateUi
