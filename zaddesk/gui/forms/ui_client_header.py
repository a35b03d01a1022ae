# generated from ui/client_header.ui — do not edit; run scripts/build_ui.py
# ruff: noqa
# mypy: ignore-errors

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

class Ui_ClientHeaderForm(object):
    def setupUi(self, client_header):
        if not client_header.objectName():
            client_header.setObjectName(u"client_header")
        client_header.resize(760, 64)
        client_header.setFrameShape(QFrame.StyledPanel)
        self.header_layout = QHBoxLayout(client_header)
        self.header_layout.setObjectName(u"header_layout")
        self.header_layout.setContentsMargins(10, 6, 8, 6)
        self.text_layout = QVBoxLayout()
        self.text_layout.setSpacing(2)
        self.text_layout.setObjectName(u"text_layout")
        self.client_title = QLabel(client_header)
        self.client_title.setObjectName(u"client_title")
        self.client_title.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.text_layout.addWidget(self.client_title)

        self.client_details = QLabel(client_header)
        self.client_details.setObjectName(u"client_details")
        self.client_details.setWordWrap(True)
        self.client_details.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.text_layout.addWidget(self.client_details)


        self.header_layout.addLayout(self.text_layout)

        self.picker_layout = QVBoxLayout()
        self.picker_layout.setSpacing(2)
        self.picker_layout.setObjectName(u"picker_layout")
        self.user_id_label = QLabel(client_header)
        self.user_id_label.setObjectName(u"user_id_label")

        self.picker_layout.addWidget(self.user_id_label)

        self.user_id = QLineEdit(client_header)
        self.user_id.setObjectName(u"user_id")
        self.user_id.setMinimumSize(QSize(240, 0))
        self.user_id.setMaximumSize(QSize(320, 16777215))
        self.user_id.setClearButtonEnabled(True)

        self.picker_layout.addWidget(self.user_id)


        self.header_layout.addLayout(self.picker_layout)

        self.header_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.user_id_label.setBuddy(self.user_id)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(client_header)

        QMetaObject.connectSlotsByName(client_header)
    # setupUi

    def retranslateUi(self, client_header):
        self.user_id_label.setText(QCoreApplication.translate("ClientHeaderForm", u"Wor&k for:", None))
        self.user_id.setPlaceholderText(QCoreApplication.translate("ClientHeaderForm", u"Id, name, e-mail, organisation or phone", None))
        pass
    # retranslateUi
