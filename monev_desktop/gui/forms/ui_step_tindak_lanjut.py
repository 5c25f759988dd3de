# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_tindak_lanjut.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QPlainTextEdit, QTableWidget,
    QVBoxLayout)

class Ui_TindakLanjutForm(object):
    def setupUi(self, TindakLanjutForm):
        if not TindakLanjutForm.objectName():
            TindakLanjutForm.setObjectName(u"TindakLanjutForm")
        self.layout = QVBoxLayout(TindakLanjutForm)
        self.layout.setObjectName(u"layout")
        self.statusLabel = QLabel(TindakLanjutForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.layout.addWidget(self.statusLabel)

        self.status = QTableWidget(TindakLanjutForm)
        self.status.setObjectName(u"status")
        self.status.setMinimumSize(QSize(0, 160))
        self.status.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.layout.addWidget(self.status)

        self.statusError = QLabel(TindakLanjutForm)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setStyleSheet(u"color: #b00020;")
        self.statusError.setWordWrap(True)

        self.layout.addWidget(self.statusError)

        self.kesimpulanLabel = QLabel(TindakLanjutForm)
        self.kesimpulanLabel.setObjectName(u"kesimpulanLabel")

        self.layout.addWidget(self.kesimpulanLabel)

        self.kesimpulan = QPlainTextEdit(TindakLanjutForm)
        self.kesimpulan.setObjectName(u"kesimpulan")
        self.kesimpulan.setMinimumSize(QSize(0, 70))
        self.kesimpulan.setTabChangesFocus(True)

        self.layout.addWidget(self.kesimpulan)

        self.kesimpulanError = QLabel(TindakLanjutForm)
        self.kesimpulanError.setObjectName(u"kesimpulanError")
        self.kesimpulanError.setStyleSheet(u"color: #b00020;")
        self.kesimpulanError.setWordWrap(True)

        self.layout.addWidget(self.kesimpulanError)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.status)
        self.kesimpulanLabel.setBuddy(self.kesimpulan)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TindakLanjutForm)

        QMetaObject.connectSlotsByName(TindakLanjutForm)
    # setupUi

    def retranslateUi(self, TindakLanjutForm):
        self.statusLabel.setText(QCoreApplication.translate("TindakLanjutForm", u"Status setiap tindak lanjut", None))
        self.kesimpulanLabel.setText(QCoreApplication.translate("TindakLanjutForm", u"Kesimpulan evaluasi kerja sama *", None))
        pass
    # retranslateUi

