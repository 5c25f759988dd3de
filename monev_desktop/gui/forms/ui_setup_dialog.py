# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(520, 380)
        self.layout = QVBoxLayout(SetupDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SetupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.namaLabel = QLabel(SetupDialog)
        self.namaLabel.setObjectName(u"namaLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.namaLabel)

        self.nama = QLineEdit(SetupDialog)
        self.nama.setObjectName(u"nama")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nama)

        self.nipLabel = QLabel(SetupDialog)
        self.nipLabel.setObjectName(u"nipLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nip = QLineEdit(SetupDialog)
        self.nip.setObjectName(u"nip")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nip)

        self.usernameLabel = QLabel(SetupDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(SetupDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(SetupDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(SetupDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(SetupDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(SetupDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.layout.addLayout(self.form)

        self.error = QLabel(SetupDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(SetupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.namaLabel.setBuddy(self.nama)
        self.nipLabel.setBuddy(self.nip)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nama, self.nip)
        QWidget.setTabOrder(self.nip, self.username)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.repeat)
        QWidget.setTabOrder(self.repeat, self.buttons)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Persiapan pertama \u2014 Monev Kerja Sama Daerah", None))
        self.intro.setText(QCoreApplication.translate("SetupDialog", u"Basis data masih kosong. Buat akun administrator pertama; akun pegawai lain dibuat kemudian di Pengaturan.", None))
        self.namaLabel.setText(QCoreApplication.translate("SetupDialog", u"Nama &lengkap*", None))
        self.nama.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"dengan gelar, mis. Rina Marlina, S.Kom.", None))
        self.nipLabel.setText(QCoreApplication.translate("SetupDialog", u"&NIP", None))
        self.nip.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"18 angka, mis. 19880512 201402 2 003", None))
        self.usernameLabel.setText(QCoreApplication.translate("SetupDialog", u"Nama &pengguna*", None))
        self.passwordLabel.setText(QCoreApplication.translate("SetupDialog", u"&Kata sandi*", None))
        self.repeatLabel.setText(QCoreApplication.translate("SetupDialog", u"&Ulangi kata sandi*", None))
    # retranslateUi

