# generated from ui/client_list.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_ClientListForm(object):
    def setupUi(self, ClientListForm):
        if not ClientListForm.objectName():
            ClientListForm.setObjectName(u"ClientListForm")
        self.outer_layout = QVBoxLayout(ClientListForm)
        self.outer_layout.setObjectName(u"outer_layout")
        self.outer_layout.setContentsMargins(0, 0, 0, 0)
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search = QLineEdit(ClientListForm)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search)

        self.find_remote = QPushButton(ClientListForm)
        self.find_remote.setObjectName(u"find_remote")

        self.search_row.addWidget(self.find_remote)

        self.refresh_button = QPushButton(ClientListForm)
        self.refresh_button.setObjectName(u"refresh_button")

        self.search_row.addWidget(self.refresh_button)

        self.work_with_client = QPushButton(ClientListForm)
        self.work_with_client.setObjectName(u"work_with_client")
        self.work_with_client.setEnabled(False)

        self.search_row.addWidget(self.work_with_client)


        self.outer_layout.addLayout(self.search_row)

        self.status_row = QHBoxLayout()
        self.status_row.setObjectName(u"status_row")
        self.count_label = QLabel(ClientListForm)
        self.count_label.setObjectName(u"count_label")

        self.status_row.addWidget(self.count_label)

        self.status_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.status_row.addItem(self.status_spacer)

        self.refresh_progress = QProgressBar(ClientListForm)
        self.refresh_progress.setObjectName(u"refresh_progress")
        self.refresh_progress.setVisible(False)
        self.refresh_progress.setMaximumWidth(220)
        self.refresh_progress.setTextVisible(True)

        self.status_row.addWidget(self.refresh_progress)


        self.outer_layout.addLayout(self.status_row)

        self.splitter = QSplitter(ClientListForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.clients_table = QTableView(self.splitter)
        self.clients_table.setObjectName(u"clients_table")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.clients_table.sizePolicy().hasHeightForWidth())
        self.clients_table.setSizePolicy(sizePolicy)
        self.clients_table.setAlternatingRowColors(True)
        self.clients_table.setSortingEnabled(True)
        self.clients_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clients_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clients_table.setWordWrap(False)
        self.splitter.addWidget(self.clients_table)

        self.outer_layout.addWidget(self.splitter)

        self.outer_layout.setStretch(2, 1)
        QWidget.setTabOrder(self.search, self.find_remote)
        QWidget.setTabOrder(self.find_remote, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.clients_table)

        self.retranslateUi(ClientListForm)

        QMetaObject.connectSlotsByName(ClientListForm)
    # setupUi

    def retranslateUi(self, ClientListForm):
        self.search.setPlaceholderText(QCoreApplication.translate("ClientListForm", u"Search by id, name, e-mail, organisation or phone", None))
        self.find_remote.setText(QCoreApplication.translate("ClientListForm", u"F&ind on server", None))
        self.refresh_button.setText(QCoreApplication.translate("ClientListForm", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.work_with_client.setToolTip(QCoreApplication.translate("ClientListForm", u"Make the selected client current: the number shop, documents, sounds and PBX pages then work for this client (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.work_with_client.setText(QCoreApplication.translate("ClientListForm", u"Work with this c&lient", None))
        pass
    # retranslateUi
