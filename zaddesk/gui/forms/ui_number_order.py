# generated from ui/number_order.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_OrderDialogForm(object):
    def setupUi(self, OrderDialogForm):
        if not OrderDialogForm.objectName():
            OrderDialogForm.setObjectName(u"OrderDialogForm")
        OrderDialogForm.resize(560, 620)
        self.outer_layout = QVBoxLayout(OrderDialogForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.order_summary = QLabel(OrderDialogForm)
        self.order_summary.setObjectName(u"order_summary")
        self.order_summary.setWordWrap(True)

        self.outer_layout.addWidget(self.order_summary)

        self.order_steps = QStackedWidget(OrderDialogForm)
        self.order_steps.setObjectName(u"order_steps")
        self.order_page = QWidget()
        self.order_page.setObjectName(u"order_page")
        self.order_layout = QVBoxLayout(self.order_page)
        self.order_layout.setObjectName(u"order_layout")
        self.order_form = QFormLayout()
        self.order_form.setObjectName(u"order_form")
        self.number_label = QLabel(self.order_page)
        self.number_label.setObjectName(u"number_label")

        self.order_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number = QLabel(self.order_page)
        self.number.setObjectName(u"number")
        self.number.setWordWrap(True)

        self.order_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.documents_group_id_label = QLabel(self.order_page)
        self.documents_group_id_label.setObjectName(u"documents_group_id_label")

        self.order_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.documents_group_id_label)

        self.documents_group_id = QComboBox(self.order_page)
        self.documents_group_id.setObjectName(u"documents_group_id")

        self.order_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.documents_group_id)

        self.documents_group_id_error = QLabel(self.order_page)
        self.documents_group_id_error.setObjectName(u"documents_group_id_error")
        self.documents_group_id_error.setWordWrap(True)
        self.documents_group_id_error.setVisible(False)
        self.documents_group_id_error.setProperty(u"role", u"error")

        self.order_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.documents_group_id_error)

        self.period_label = QLabel(self.order_page)
        self.period_label.setObjectName(u"period_label")

        self.order_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period = QComboBox(self.order_page)
        self.period.setObjectName(u"period")

        self.order_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.period)

        self.period_error = QLabel(self.order_page)
        self.period_error.setObjectName(u"period_error")
        self.period_error.setWordWrap(True)
        self.period_error.setVisible(False)
        self.period_error.setProperty(u"role", u"error")

        self.order_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.period_error)

        self.autorenew_period_label = QLabel(self.order_page)
        self.autorenew_period_label.setObjectName(u"autorenew_period_label")

        self.order_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.autorenew_period_label)

        self.autorenew_period = QComboBox(self.order_page)
        self.autorenew_period.setObjectName(u"autorenew_period")

        self.order_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.autorenew_period)

        self.receive_sms = QCheckBox(self.order_page)
        self.receive_sms.setObjectName(u"receive_sms")

        self.order_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.receive_sms)

        self.purpose_label = QLabel(self.order_page)
        self.purpose_label.setObjectName(u"purpose_label")

        self.order_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose = QLineEdit(self.order_page)
        self.purpose.setObjectName(u"purpose")

        self.order_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.purpose_error = QLabel(self.order_page)
        self.purpose_error.setObjectName(u"purpose_error")
        self.purpose_error.setWordWrap(True)
        self.purpose_error.setVisible(False)
        self.purpose_error.setProperty(u"role", u"error")

        self.order_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.purpose_error)


        self.order_layout.addLayout(self.order_form)

        self.checklist_box = QVBoxLayout()
        self.checklist_box.setObjectName(u"checklist_box")
        self.checklist_title = QLabel(self.order_page)
        self.checklist_title.setObjectName(u"checklist_title")

        self.checklist_box.addWidget(self.checklist_title)

        self.checklist = QListWidget(self.order_page)
        self.checklist.setObjectName(u"checklist")
        self.checklist.setSelectionMode(QAbstractItemView.NoSelection)

        self.checklist_box.addWidget(self.checklist)

        self.checklist_buttons = QHBoxLayout()
        self.checklist_buttons.setObjectName(u"checklist_buttons")
        self.open_documents = QPushButton(self.order_page)
        self.open_documents.setObjectName(u"open_documents")

        self.checklist_buttons.addWidget(self.open_documents)

        self.recheck = QPushButton(self.order_page)
        self.recheck.setObjectName(u"recheck")

        self.checklist_buttons.addWidget(self.recheck)

        self.checklist_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checklist_buttons.addItem(self.checklist_spacer)


        self.checklist_box.addLayout(self.checklist_buttons)


        self.order_layout.addLayout(self.checklist_box)

        self.money_form = QFormLayout()
        self.money_form.setObjectName(u"money_form")
        self.total_label = QLabel(self.order_page)
        self.total_label.setObjectName(u"total_label")

        self.money_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.total_label)

        self.total = QLabel(self.order_page)
        self.total.setObjectName(u"total")
        self.total.setWordWrap(True)

        self.money_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.total)

        self.balance_label = QLabel(self.order_page)
        self.balance_label.setObjectName(u"balance_label")

        self.money_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.balance_label)

        self.balance = QLabel(self.order_page)
        self.balance.setObjectName(u"balance")
        self.balance.setWordWrap(True)

        self.money_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.balance)


        self.order_layout.addLayout(self.money_form)

        self.topup_row = QWidget(self.order_page)
        self.topup_row.setObjectName(u"topup_row")
        self.topup_layout = QHBoxLayout(self.topup_row)
        self.topup_layout.setObjectName(u"topup_layout")
        self.topup_layout.setContentsMargins(0, 0, 0, 0)
        self.topup_text = QLabel(self.topup_row)
        self.topup_text.setObjectName(u"topup_text")
        self.topup_text.setWordWrap(True)

        self.topup_layout.addWidget(self.topup_text)

        self.topup_amount = QLineEdit(self.topup_row)
        self.topup_amount.setObjectName(u"topup_amount")

        self.topup_layout.addWidget(self.topup_amount)

        self.topup = QPushButton(self.topup_row)
        self.topup.setObjectName(u"topup")

        self.topup_layout.addWidget(self.topup)


        self.order_layout.addWidget(self.topup_row)

        self.number_error = QLabel(self.order_page)
        self.number_error.setObjectName(u"number_error")
        self.number_error.setWordWrap(True)
        self.number_error.setVisible(False)
        self.number_error.setProperty(u"role", u"error")

        self.order_layout.addWidget(self.number_error)

        self.order_steps.addWidget(self.order_page)
        self.route_page = QWidget()
        self.route_page.setObjectName(u"route_page")
        self.route_layout = QVBoxLayout(self.route_page)
        self.route_layout.setObjectName(u"route_layout")
        self.route_intro = QLabel(self.route_page)
        self.route_intro.setObjectName(u"route_intro")
        self.route_intro.setWordWrap(True)

        self.route_layout.addWidget(self.route_intro)

        self.route_pbx = QRadioButton(self.route_page)
        self.route_pbx.setObjectName(u"route_pbx")

        self.route_layout.addWidget(self.route_pbx)

        self.route_extension_row = QHBoxLayout()
        self.route_extension_row.setObjectName(u"route_extension_row")
        self.route_extension = QRadioButton(self.route_page)
        self.route_extension.setObjectName(u"route_extension")

        self.route_extension_row.addWidget(self.route_extension)

        self.extension = QComboBox(self.route_page)
        self.extension.setObjectName(u"extension")

        self.route_extension_row.addWidget(self.extension)

        self.route_extension_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.route_extension_row.addItem(self.route_extension_spacer)


        self.route_layout.addLayout(self.route_extension_row)

        self.route_sip = QRadioButton(self.route_page)
        self.route_sip.setObjectName(u"route_sip")

        self.route_layout.addWidget(self.route_sip)

        self.sip_id = QLineEdit(self.route_page)
        self.sip_id.setObjectName(u"sip_id")

        self.route_layout.addWidget(self.sip_id)

        self.sip_id_error = QLabel(self.route_page)
        self.sip_id_error.setObjectName(u"sip_id_error")
        self.sip_id_error.setWordWrap(True)
        self.sip_id_error.setVisible(False)
        self.sip_id_error.setProperty(u"role", u"error")

        self.route_layout.addWidget(self.sip_id_error)

        self.test_mode = QCheckBox(self.route_page)
        self.test_mode.setObjectName(u"test_mode")

        self.route_layout.addWidget(self.test_mode)

        self.route_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.route_layout.addItem(self.route_spacer)

        self.order_steps.addWidget(self.route_page)
        self.lost_page = QWidget()
        self.lost_page.setObjectName(u"lost_page")
        self.lost_layout = QVBoxLayout(self.lost_page)
        self.lost_layout.setObjectName(u"lost_layout")
        self.lost_text = QLabel(self.lost_page)
        self.lost_text.setObjectName(u"lost_text")
        self.lost_text.setWordWrap(True)

        self.lost_layout.addWidget(self.lost_text)

        self.lost_finding = QLabel(self.lost_page)
        self.lost_finding.setObjectName(u"lost_finding")
        self.lost_finding.setWordWrap(True)

        self.lost_layout.addWidget(self.lost_finding)

        self.lost_buttons = QHBoxLayout()
        self.lost_buttons.setObjectName(u"lost_buttons")
        self.lost_applied = QPushButton(self.lost_page)
        self.lost_applied.setObjectName(u"lost_applied")

        self.lost_buttons.addWidget(self.lost_applied)

        self.lost_not_applied = QPushButton(self.lost_page)
        self.lost_not_applied.setObjectName(u"lost_not_applied")

        self.lost_buttons.addWidget(self.lost_not_applied)

        self.lost_check = QPushButton(self.lost_page)
        self.lost_check.setObjectName(u"lost_check")

        self.lost_buttons.addWidget(self.lost_check)

        self.lost_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lost_buttons.addItem(self.lost_spacer)


        self.lost_layout.addLayout(self.lost_buttons)

        self.lost_vspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lost_layout.addItem(self.lost_vspacer)

        self.order_steps.addWidget(self.lost_page)

        self.outer_layout.addWidget(self.order_steps)

        self.dialog_buttons = QHBoxLayout()
        self.dialog_buttons.setObjectName(u"dialog_buttons")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dialog_buttons.addItem(self.buttons_spacer)

        self.send_order = QPushButton(OrderDialogForm)
        self.send_order.setObjectName(u"send_order")

        self.dialog_buttons.addWidget(self.send_order)

        self.route = QPushButton(OrderDialogForm)
        self.route.setObjectName(u"route")

        self.dialog_buttons.addWidget(self.route)

        self.close_button = QPushButton(OrderDialogForm)
        self.close_button.setObjectName(u"close_button")

        self.dialog_buttons.addWidget(self.close_button)


        self.outer_layout.addLayout(self.dialog_buttons)

#if QT_CONFIG(shortcut)
        self.documents_group_id_label.setBuddy(self.documents_group_id)
        self.period_label.setBuddy(self.period)
        self.autorenew_period_label.setBuddy(self.autorenew_period)
        self.purpose_label.setBuddy(self.purpose)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrderDialogForm)

        self.send_order.setDefault(True)


        QMetaObject.connectSlotsByName(OrderDialogForm)
    # setupUi

    def retranslateUi(self, OrderDialogForm):
        OrderDialogForm.setWindowTitle(QCoreApplication.translate("OrderDialogForm", u"Order a number", None))
        self.number_label.setText(QCoreApplication.translate("OrderDialogForm", u"Number:", None))
        self.documents_group_id_label.setText(QCoreApplication.translate("OrderDialogForm", u"Document &group:", None))
        self.period_label.setText(QCoreApplication.translate("OrderDialogForm", u"&Prepay:", None))
        self.autorenew_period_label.setText(QCoreApplication.translate("OrderDialogForm", u"Auto-re&newal:", None))
        self.receive_sms.setText(QCoreApplication.translate("OrderDialogForm", u"Receive &SMS on this number", None))
        self.purpose_label.setText(QCoreApplication.translate("OrderDialogForm", u"P&urpose:", None))
        self.purpose.setPlaceholderText(QCoreApplication.translate("OrderDialogForm", u"e.g. customer hotline", None))
        self.checklist_title.setText(QCoreApplication.translate("OrderDialogForm", u"Documents for this city:", None))
        self.open_documents.setText(QCoreApplication.translate("OrderDialogForm", u"Open &Documents\u2026", None))
        self.recheck.setText(QCoreApplication.translate("OrderDialogForm", u"Chec&k again", None))
        self.total_label.setText(QCoreApplication.translate("OrderDialogForm", u"Total:", None))
        self.balance_label.setText(QCoreApplication.translate("OrderDialogForm", u"Balance:", None))
        self.topup.setText(QCoreApplication.translate("OrderDialogForm", u"&Top up from dealer", None))
        self.route_pbx.setText(QCoreApplication.translate("OrderDialogForm", u"To the client's &PBX", None))
        self.route_extension.setText(QCoreApplication.translate("OrderDialogForm", u"To an e&xtension:", None))
        self.route_sip.setText(QCoreApplication.translate("OrderDialogForm", u"To a SIP login or SIP &URI:", None))
        self.sip_id.setPlaceholderText(QCoreApplication.translate("OrderDialogForm", u"e.g. 40012 or 100@pbx.example.com", None))
        self.test_mode.setText(QCoreApplication.translate("OrderDialogForm", u"&Test mode (callers hear Zadarma's test message)", None))
        self.lost_applied.setText(QCoreApplication.translate("OrderDialogForm", u"It &was ordered", None))
        self.lost_not_applied.setText(QCoreApplication.translate("OrderDialogForm", u"It was &not ordered", None))
        self.lost_check.setText(QCoreApplication.translate("OrderDialogForm", u"&Read again", None))
        self.send_order.setText(QCoreApplication.translate("OrderDialogForm", u"&Order now", None))
        self.route.setText(QCoreApplication.translate("OrderDialogForm", u"&Route", None))
        self.close_button.setText(QCoreApplication.translate("OrderDialogForm", u"&Close", None))
    # retranslateUi
