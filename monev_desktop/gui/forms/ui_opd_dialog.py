# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'opd_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_OpdDialog(object):
    def setupUi(self, OpdDialog):
        if not OpdDialog.objectName():
            OpdDialog.setObjectName(u"OpdDialog")
        OpdDialog.resize(680, 560)
        self.layout = QVBoxLayout(OpdDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(OpdDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.opds = QTableView(OpdDialog)
        self.opds.setObjectName(u"opds")
        self.opds.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.opds.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.opds.setSelectionMode(QAbstractItemView.SingleSelection)

        self.layout.addWidget(self.opds)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.namaLabel = QLabel(OpdDialog)
        self.namaLabel.setObjectName(u"namaLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.namaLabel)

        self.nama = QLineEdit(OpdDialog)
        self.nama.setObjectName(u"nama")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nama)

        self.singkatanLabel = QLabel(OpdDialog)
        self.singkatanLabel.setObjectName(u"singkatanLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.singkatanLabel)

        self.singkatan = QLineEdit(OpdDialog)
        self.singkatan.setObjectName(u"singkatan")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.singkatan)


        self.layout.addLayout(self.form)

        self.message = QLabel(OpdDialog)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"QLabel { color: #b00020; } QLabel[masalah=\"false\"] { color: palette(window-text); }")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.add = QPushButton(OpdDialog)
        self.add.setObjectName(u"add")

        self.buttons.addWidget(self.add)

        self.rename = QPushButton(OpdDialog)
        self.rename.setObjectName(u"rename")

        self.buttons.addWidget(self.rename)

        self.remove = QPushButton(OpdDialog)
        self.remove.setObjectName(u"remove")

        self.buttons.addWidget(self.remove)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.closeDialog = QPushButton(OpdDialog)
        self.closeDialog.setObjectName(u"closeDialog")

        self.buttons.addWidget(self.closeDialog)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.namaLabel.setBuddy(self.nama)
        self.singkatanLabel.setBuddy(self.singkatan)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.opds, self.nama)
        QWidget.setTabOrder(self.nama, self.singkatan)
        QWidget.setTabOrder(self.singkatan, self.add)
        QWidget.setTabOrder(self.add, self.rename)
        QWidget.setTabOrder(self.rename, self.remove)
        QWidget.setTabOrder(self.remove, self.closeDialog)

        self.retranslateUi(OpdDialog)

        QMetaObject.connectSlotsByName(OpdDialog)
    # setupUi

    def retranslateUi(self, OpdDialog):
        OpdDialog.setWindowTitle(QCoreApplication.translate("OpdDialog", u"Daftar OPD", None))
        self.intro.setText(QCoreApplication.translate("OpdDialog", u"OPD pelaksana yang dapat dipilih pada kerja sama dan jadwal monitoring. Pilih satu baris untuk mengubah namanya.", None))
        self.namaLabel.setText(QCoreApplication.translate("OpdDialog", u"&Nama OPD *", None))
        self.nama.setPlaceholderText(QCoreApplication.translate("OpdDialog", u"mis. Dinas Komunikasi dan Informatika", None))
        self.singkatanLabel.setText(QCoreApplication.translate("OpdDialog", u"&Singkatan", None))
        self.singkatan.setPlaceholderText(QCoreApplication.translate("OpdDialog", u"mis. Diskominfo", None))
        self.add.setText(QCoreApplication.translate("OpdDialog", u"&Tambah OPD", None))
        self.rename.setText(QCoreApplication.translate("OpdDialog", u"Simpan &perubahan", None))
        self.remove.setText(QCoreApplication.translate("OpdDialog", u"&Hapus", None))
        self.closeDialog.setText(QCoreApplication.translate("OpdDialog", u"&Tutup", None))
    # retranslateUi

