# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_penyerahan_hasil.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDateEdit, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_PenyerahanHasilForm(object):
    def setupUi(self, PenyerahanHasilForm):
        if not PenyerahanHasilForm.objectName():
            PenyerahanHasilForm.setObjectName(u"PenyerahanHasilForm")
        self.layout = QVBoxLayout(PenyerahanHasilForm)
        self.layout.setObjectName(u"layout")
        self.tanggalLabel = QLabel(PenyerahanHasilForm)
        self.tanggalLabel.setObjectName(u"tanggalLabel")

        self.layout.addWidget(self.tanggalLabel)

        self.tanggal = QDateEdit(PenyerahanHasilForm)
        self.tanggal.setObjectName(u"tanggal")
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setDisplayFormat(u"dd-MM-yyyy")

        self.layout.addWidget(self.tanggal)

        self.tanggalError = QLabel(PenyerahanHasilForm)
        self.tanggalError.setObjectName(u"tanggalError")
        self.tanggalError.setStyleSheet(u"color: #b00020;")
        self.tanggalError.setWordWrap(True)

        self.layout.addWidget(self.tanggalError)

        self.catatanLabel = QLabel(PenyerahanHasilForm)
        self.catatanLabel.setObjectName(u"catatanLabel")

        self.layout.addWidget(self.catatanLabel)

        self.catatan = QPlainTextEdit(PenyerahanHasilForm)
        self.catatan.setObjectName(u"catatan")
        self.catatan.setMinimumSize(QSize(0, 70))
        self.catatan.setTabChangesFocus(True)

        self.layout.addWidget(self.catatan)

        self.catatanError = QLabel(PenyerahanHasilForm)
        self.catatanError.setObjectName(u"catatanError")
        self.catatanError.setStyleSheet(u"color: #b00020;")
        self.catatanError.setWordWrap(True)

        self.layout.addWidget(self.catatanError)

#if QT_CONFIG(shortcut)
        self.tanggalLabel.setBuddy(self.tanggal)
        self.catatanLabel.setBuddy(self.catatan)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PenyerahanHasilForm)

        QMetaObject.connectSlotsByName(PenyerahanHasilForm)
    # setupUi

    def retranslateUi(self, PenyerahanHasilForm):
        self.tanggalLabel.setText(QCoreApplication.translate("PenyerahanHasilForm", u"Tanggal penyerahan hasil ke Ketua Tim Kerja *", None))
        self.catatanLabel.setText(QCoreApplication.translate("PenyerahanHasilForm", u"Catatan", None))
        pass
    # retranslateUi

