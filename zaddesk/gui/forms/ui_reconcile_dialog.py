# generated from ui/reconcile_dialog.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ReconcileDialogForm(object):
    def setupUi(self, ReconcileDialogForm):
        if not ReconcileDialogForm.objectName():
            ReconcileDialogForm.setObjectName(u"ReconcileDialogForm")
        ReconcileDialogForm.resize(560, 320)
        self.outer_layout = QVBoxLayout(ReconcileDialogForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.reconcile_intro = QLabel(ReconcileDialogForm)
        self.reconcile_intro.setObjectName(u"reconcile_intro")
        self.reconcile_intro.setWordWrap(True)

        self.outer_layout.addWidget(self.reconcile_intro)

        self.requested = QLabel(ReconcileDialogForm)
        self.requested.setObjectName(u"requested")
        self.requested.setWordWrap(True)

        self.outer_layout.addWidget(self.requested)

        self.balances_grid = QGridLayout()
        self.balances_grid.setObjectName(u"balances_grid")
        self.balances_grid.setHorizontalSpacing(18)
        self.before_header = QLabel(ReconcileDialogForm)
        self.before_header.setObjectName(u"before_header")

        self.balances_grid.addWidget(self.before_header, 0, 1, 1, 1)

        self.now_header = QLabel(ReconcileDialogForm)
        self.now_header.setObjectName(u"now_header")

        self.balances_grid.addWidget(self.now_header, 0, 2, 1, 1)

        self.change_header = QLabel(ReconcileDialogForm)
        self.change_header.setObjectName(u"change_header")

        self.balances_grid.addWidget(self.change_header, 0, 3, 1, 1)

        self.dealer_row_label = QLabel(ReconcileDialogForm)
        self.dealer_row_label.setObjectName(u"dealer_row_label")

        self.balances_grid.addWidget(self.dealer_row_label, 1, 0, 1, 1)

        self.dealer_before = QLabel(ReconcileDialogForm)
        self.dealer_before.setObjectName(u"dealer_before")

        self.balances_grid.addWidget(self.dealer_before, 1, 1, 1, 1)

        self.dealer_now = QLabel(ReconcileDialogForm)
        self.dealer_now.setObjectName(u"dealer_now")

        self.balances_grid.addWidget(self.dealer_now, 1, 2, 1, 1)

        self.dealer_change = QLabel(ReconcileDialogForm)
        self.dealer_change.setObjectName(u"dealer_change")

        self.balances_grid.addWidget(self.dealer_change, 1, 3, 1, 1)

        self.client_row_label = QLabel(ReconcileDialogForm)
        self.client_row_label.setObjectName(u"client_row_label")

        self.balances_grid.addWidget(self.client_row_label, 2, 0, 1, 1)

        self.client_before = QLabel(ReconcileDialogForm)
        self.client_before.setObjectName(u"client_before")

        self.balances_grid.addWidget(self.client_before, 2, 1, 1, 1)

        self.client_now = QLabel(ReconcileDialogForm)
        self.client_now.setObjectName(u"client_now")

        self.balances_grid.addWidget(self.client_now, 2, 2, 1, 1)

        self.client_change = QLabel(ReconcileDialogForm)
        self.client_change.setObjectName(u"client_change")

        self.balances_grid.addWidget(self.client_change, 2, 3, 1, 1)


        self.outer_layout.addLayout(self.balances_grid)

        self.verdict = QLabel(ReconcileDialogForm)
        self.verdict.setObjectName(u"verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setProperty(u"role", u"warning")

        self.outer_layout.addWidget(self.verdict)

        self.explanation = QLabel(ReconcileDialogForm)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.outer_layout.addWidget(self.explanation)

        self.decide_row = QHBoxLayout()
        self.decide_row.setObjectName(u"decide_row")
        self.applied_button = QPushButton(ReconcileDialogForm)
        self.applied_button.setObjectName(u"applied_button")

        self.decide_row.addWidget(self.applied_button)

        self.not_applied_button = QPushButton(ReconcileDialogForm)
        self.not_applied_button.setObjectName(u"not_applied_button")

        self.decide_row.addWidget(self.not_applied_button)

        self.decide_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decide_row.addItem(self.decide_spacer)

        self.later_button = QPushButton(ReconcileDialogForm)
        self.later_button.setObjectName(u"later_button")

        self.decide_row.addWidget(self.later_button)


        self.outer_layout.addLayout(self.decide_row)

        QWidget.setTabOrder(self.applied_button, self.not_applied_button)
        QWidget.setTabOrder(self.not_applied_button, self.later_button)

        self.retranslateUi(ReconcileDialogForm)

        QMetaObject.connectSlotsByName(ReconcileDialogForm)
    # setupUi

    def retranslateUi(self, ReconcileDialogForm):
        ReconcileDialogForm.setWindowTitle(QCoreApplication.translate("ReconcileDialogForm", u"Money move with a lost answer", None))
        self.reconcile_intro.setText(QCoreApplication.translate("ReconcileDialogForm", u"The answer to this money move was lost: it may or may not have been applied. Nothing will be sent again by itself. Here is what the balances show; decide what happened.", None))
        self.before_header.setText(QCoreApplication.translate("ReconcileDialogForm", u"Before", None))
        self.now_header.setText(QCoreApplication.translate("ReconcileDialogForm", u"Now", None))
        self.change_header.setText(QCoreApplication.translate("ReconcileDialogForm", u"Change", None))
        self.dealer_row_label.setText(QCoreApplication.translate("ReconcileDialogForm", u"Dealer:", None))
        self.client_row_label.setText(QCoreApplication.translate("ReconcileDialogForm", u"Client:", None))
        self.applied_button.setText(QCoreApplication.translate("ReconcileDialogForm", u"It &was applied", None))
        self.not_applied_button.setText(QCoreApplication.translate("ReconcileDialogForm", u"It was &not applied", None))
        self.later_button.setText(QCoreApplication.translate("ReconcileDialogForm", u"Decide &later", None))
    # retranslateUi
