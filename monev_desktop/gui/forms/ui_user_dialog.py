# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(560, 480)
        self.layout = QVBoxLayout(UserDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameLabel = QLabel(UserDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLabel(UserDialog)
        self.username.setObjectName(u"username")
        self.username.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.namaLabel = QLabel(UserDialog)
        self.namaLabel.setObjectName(u"namaLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.namaLabel)

        self.nama = QLineEdit(UserDialog)
        self.nama.setObjectName(u"nama")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nama)

        self.nipLabel = QLabel(UserDialog)
        self.nipLabel.setObjectName(u"nipLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nip = QLineEdit(UserDialog)
        self.nip.setObjectName(u"nip")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nip)

        self.pangkatLabel = QLabel(UserDialog)
        self.pangkatLabel.setObjectName(u"pangkatLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pangkatLabel)

        self.pangkatBox = QHBoxLayout()
        self.pangkatBox.setObjectName(u"pangkatBox")
        self.pangkat = QLineEdit(UserDialog)
        self.pangkat.setObjectName(u"pangkat")

        self.pangkatBox.addWidget(self.pangkat)

        self.golongan = QLineEdit(UserDialog)
        self.golongan.setObjectName(u"golongan")
        self.golongan.setMaximumWidth(90)

        self.pangkatBox.addWidget(self.golongan)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.pangkatBox)

        self.jabatanLabel = QLabel(UserDialog)
        self.jabatanLabel.setObjectName(u"jabatanLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.jabatanLabel)

        self.jabatan = QLineEdit(UserDialog)
        self.jabatan.setObjectName(u"jabatan")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.jabatan)

        self.rolesLabel = QLabel(UserDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.roles = QListWidget(UserDialog)
        self.roles.setObjectName(u"roles")
        self.roles.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roles)

        self.aktif = QCheckBox(UserDialog)
        self.aktif.setObjectName(u"aktif")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.aktif)

        self.passwordLabel = QLabel(UserDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(UserDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.password)

        self.hint = QLabel(UserDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hint)


        self.layout.addLayout(self.form)

        self.formEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.formEnd)

        self.error = QLabel(UserDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(UserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.namaLabel.setBuddy(self.nama)
        self.nipLabel.setBuddy(self.nip)
        self.pangkatLabel.setBuddy(self.pangkat)
        self.jabatanLabel.setBuddy(self.jabatan)
        self.rolesLabel.setBuddy(self.roles)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nama, self.nip)
        QWidget.setTabOrder(self.nip, self.pangkat)
        QWidget.setTabOrder(self.pangkat, self.golongan)
        QWidget.setTabOrder(self.golongan, self.jabatan)
        QWidget.setTabOrder(self.jabatan, self.roles)
        QWidget.setTabOrder(self.roles, self.aktif)
        QWidget.setTabOrder(self.aktif, self.password)
        QWidget.setTabOrder(self.password, self.buttons)

        self.retranslateUi(UserDialog)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Ubah pengguna", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserDialog", u"Nama pengguna", None))
        self.namaLabel.setText(QCoreApplication.translate("UserDialog", u"Nama &lengkap *", None))
        self.nipLabel.setText(QCoreApplication.translate("UserDialog", u"&NIP", None))
        self.pangkatLabel.setText(QCoreApplication.translate("UserDialog", u"&Pangkat / golongan", None))
        self.jabatanLabel.setText(QCoreApplication.translate("UserDialog", u"&Jabatan", None))
        self.rolesLabel.setText(QCoreApplication.translate("UserDialog", u"Pe&ran", None))
        self.aktif.setText(QCoreApplication.translate("UserDialog", u"Akun &aktif: dapat masuk dan menerima tugas", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserDialog", u"Kata &sandi baru", None))
        self.password.setPlaceholderText(QCoreApplication.translate("UserDialog", u"kosongkan bila tidak diganti", None))
        self.hint.setText(QCoreApplication.translate("UserDialog", u"Kata sandi baru juga membuka akun yang terkunci. Tugas yang tidak dapat lagi dikerjakan orang ini (akun nonaktif, peran dilepas) kembali ke kotak tugas perannya; menonaktifkan akun juga mengakhiri penunjukan Plt./Plh.-nya mulai hari ini.", None))
    # retranslateUi

