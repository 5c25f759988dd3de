# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kepwal_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

class Ui_KepwalDialog(object):
    def setupUi(self, KepwalDialog):
        if not KepwalDialog.objectName():
            KepwalDialog.setObjectName(u"KepwalDialog")
        KepwalDialog.resize(560, 300)
        self.layout = QVBoxLayout(KepwalDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(KepwalDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kepwalNomorLabel = QLabel(KepwalDialog)
        self.kepwalNomorLabel.setObjectName(u"kepwalNomorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kepwalNomorLabel)

        self.kepwalNomor = QLineEdit(KepwalDialog)
        self.kepwalNomor.setObjectName(u"kepwalNomor")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kepwalNomor)

        self.kepwalTanggalLabel = QLabel(KepwalDialog)
        self.kepwalTanggalLabel.setObjectName(u"kepwalTanggalLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kepwalTanggalLabel)

        self.kepwalTanggal = QDateEdit(KepwalDialog)
        self.kepwalTanggal.setObjectName(u"kepwalTanggal")
        self.kepwalTanggal.setCalendarPopup(True)
        self.kepwalTanggal.setDisplayFormat(u"dd-MM-yyyy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kepwalTanggal)


        self.layout.addLayout(self.form)

        self.documents = QLabel(KepwalDialog)
        self.documents.setObjectName(u"documents")
        self.documents.setWordWrap(True)

        self.layout.addWidget(self.documents)

        self.error = QLabel(KepwalDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(KepwalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kepwalNomorLabel.setBuddy(self.kepwalNomor)
        self.kepwalTanggalLabel.setBuddy(self.kepwalTanggal)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kepwalNomor, self.kepwalTanggal)
        QWidget.setTabOrder(self.kepwalTanggal, self.buttons)

        self.retranslateUi(KepwalDialog)

        QMetaObject.connectSlotsByName(KepwalDialog)
    # setupUi

    def retranslateUi(self, KepwalDialog):
        KepwalDialog.setWindowTitle(QCoreApplication.translate("KepwalDialog", u"Ubah Kepwal TKKSD", None))
        self.kepwalNomorLabel.setText(QCoreApplication.translate("KepwalDialog", u"&Nomor Kepwal TKKSD *", None))
        self.kepwalNomor.setPlaceholderText(QCoreApplication.translate("KepwalDialog", u"mis. 100.3.3.2/Kep.112-Huk/2025", None))
        self.kepwalTanggalLabel.setText(QCoreApplication.translate("KepwalDialog", u"Tanggal &Kepwal TKKSD *", None))
    # retranslateUi

