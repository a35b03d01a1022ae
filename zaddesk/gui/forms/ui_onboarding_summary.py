# generated from ui/onboarding_summary.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OnboardingSummaryForm(object):
    def setupUi(self, OnboardingSummaryForm):
        if not OnboardingSummaryForm.objectName():
            OnboardingSummaryForm.setObjectName(u"OnboardingSummaryForm")
        self.outer_layout = QVBoxLayout(OnboardingSummaryForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.summary_intro = QLabel(OnboardingSummaryForm)
        self.summary_intro.setObjectName(u"summary_intro")
        self.summary_intro.setWordWrap(True)

        self.outer_layout.addWidget(self.summary_intro)

        self.summary_text = QPlainTextEdit(OnboardingSummaryForm)
        self.summary_text.setObjectName(u"summary_text")
        self.summary_text.setReadOnly(True)

        self.outer_layout.addWidget(self.summary_text)

        self.summary_buttons = QHBoxLayout()
        self.summary_buttons.setObjectName(u"summary_buttons")
        self.copy_summary = QPushButton(OnboardingSummaryForm)
        self.copy_summary.setObjectName(u"copy_summary")

        self.summary_buttons.addWidget(self.copy_summary)

        self.save_pdf = QPushButton(OnboardingSummaryForm)
        self.save_pdf.setObjectName(u"save_pdf")

        self.summary_buttons.addWidget(self.save_pdf)

        self.save_text = QPushButton(OnboardingSummaryForm)
        self.save_text.setObjectName(u"save_text")

        self.summary_buttons.addWidget(self.save_text)

        self.summary_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summary_buttons.addItem(self.summary_spacer)


        self.outer_layout.addLayout(self.summary_buttons)

        QWidget.setTabOrder(self.summary_text, self.copy_summary)
        QWidget.setTabOrder(self.copy_summary, self.save_pdf)
        QWidget.setTabOrder(self.save_pdf, self.save_text)

        self.retranslateUi(OnboardingSummaryForm)

        QMetaObject.connectSlotsByName(OnboardingSummaryForm)
    # setupUi

    def retranslateUi(self, OnboardingSummaryForm):
        self.summary_intro.setText(QCoreApplication.translate("OnboardingSummaryForm", u"Hand this over to the client, or keep it.", None))
        self.copy_summary.setText(QCoreApplication.translate("OnboardingSummaryForm", u"&Copy", None))
        self.save_pdf.setText(QCoreApplication.translate("OnboardingSummaryForm", u"Save as P&DF\u2026", None))
        self.save_text.setText(QCoreApplication.translate("OnboardingSummaryForm", u"Save as &text\u2026", None))
        pass
    # retranslateUi
