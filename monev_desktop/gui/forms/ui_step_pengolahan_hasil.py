# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_pengolahan_hasil.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_PengolahanHasilForm(object):
    def setupUi(self, PengolahanHasilForm):
        if not PengolahanHasilForm.objectName():
            PengolahanHasilForm.setObjectName(u"PengolahanHasilForm")
        self.layout = QVBoxLayout(PengolahanHasilForm)
        self.layout.setObjectName(u"layout")
        self.ringkasanLabel = QLabel(PengolahanHasilForm)
        self.ringkasanLabel.setObjectName(u"ringkasanLabel")

        self.layout.addWidget(self.ringkasanLabel)

        self.ringkasan = QPlainTextEdit(PengolahanHasilForm)
        self.ringkasan.setObjectName(u"ringkasan")
        self.ringkasan.setMinimumSize(QSize(0, 70))
        self.ringkasan.setTabChangesFocus(True)

        self.layout.addWidget(self.ringkasan)

        self.ringkasanError = QLabel(PengolahanHasilForm)
        self.ringkasanError.setObjectName(u"ringkasanError")
        self.ringkasanError.setStyleSheet(u"color: #b00020;")
        self.ringkasanError.setWordWrap(True)

        self.layout.addWidget(self.ringkasanError)

#if QT_CONFIG(shortcut)
        self.ringkasanLabel.setBuddy(self.ringkasan)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PengolahanHasilForm)

        QMetaObject.connectSlotsByName(PengolahanHasilForm)
    # setupUi

    def retranslateUi(self, PengolahanHasilForm):
        self.ringkasanLabel.setText(QCoreApplication.translate("PengolahanHasilForm", u"Ringkasan hasil olah data untuk Kepala Bagian *", None))
        pass
    # retranslateUi

