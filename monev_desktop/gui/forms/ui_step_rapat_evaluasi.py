# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_rapat_evaluasi.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QVBoxLayout)

class Ui_RapatEvaluasiForm(object):
    def setupUi(self, RapatEvaluasiForm):
        if not RapatEvaluasiForm.objectName():
            RapatEvaluasiForm.setObjectName(u"RapatEvaluasiForm")
        self.layout = QVBoxLayout(RapatEvaluasiForm)
        self.layout.setObjectName(u"layout")
        self.tanggalLabel = QLabel(RapatEvaluasiForm)
        self.tanggalLabel.setObjectName(u"tanggalLabel")

        self.layout.addWidget(self.tanggalLabel)

        self.tanggal = QDateEdit(RapatEvaluasiForm)
        self.tanggal.setObjectName(u"tanggal")
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setDisplayFormat(u"dd-MM-yyyy")

        self.layout.addWidget(self.tanggal)

        self.tanggalError = QLabel(RapatEvaluasiForm)
        self.tanggalError.setObjectName(u"tanggalError")
        self.tanggalError.setStyleSheet(u"color: #b00020;")
        self.tanggalError.setWordWrap(True)

        self.layout.addWidget(self.tanggalError)

        self.waktuLabel = QLabel(RapatEvaluasiForm)
        self.waktuLabel.setObjectName(u"waktuLabel")

        self.layout.addWidget(self.waktuLabel)

        self.waktu = QLineEdit(RapatEvaluasiForm)
        self.waktu.setObjectName(u"waktu")

        self.layout.addWidget(self.waktu)

        self.waktuError = QLabel(RapatEvaluasiForm)
        self.waktuError.setObjectName(u"waktuError")
        self.waktuError.setStyleSheet(u"color: #b00020;")
        self.waktuError.setWordWrap(True)

        self.layout.addWidget(self.waktuError)

        self.tempatLabel = QLabel(RapatEvaluasiForm)
        self.tempatLabel.setObjectName(u"tempatLabel")

        self.layout.addWidget(self.tempatLabel)

        self.tempat = QLineEdit(RapatEvaluasiForm)
        self.tempat.setObjectName(u"tempat")

        self.layout.addWidget(self.tempat)

        self.tempatError = QLabel(RapatEvaluasiForm)
        self.tempatError.setObjectName(u"tempatError")
        self.tempatError.setStyleSheet(u"color: #b00020;")
        self.tempatError.setWordWrap(True)

        self.layout.addWidget(self.tempatError)

        self.pesertaIdsLabel = QLabel(RapatEvaluasiForm)
        self.pesertaIdsLabel.setObjectName(u"pesertaIdsLabel")

        self.layout.addWidget(self.pesertaIdsLabel)

        self.pesertaIds = QListWidget(RapatEvaluasiForm)
        self.pesertaIds.setObjectName(u"pesertaIds")
        self.pesertaIds.setMinimumSize(QSize(0, 90))

        self.layout.addWidget(self.pesertaIds)

        self.pesertaIdsError = QLabel(RapatEvaluasiForm)
        self.pesertaIdsError.setObjectName(u"pesertaIdsError")
        self.pesertaIdsError.setStyleSheet(u"color: #b00020;")
        self.pesertaIdsError.setWordWrap(True)

        self.layout.addWidget(self.pesertaIdsError)

        self.temuanLabel = QLabel(RapatEvaluasiForm)
        self.temuanLabel.setObjectName(u"temuanLabel")

        self.layout.addWidget(self.temuanLabel)

        self.temuanButtons = QHBoxLayout()
        self.temuanButtons.setObjectName(u"temuanButtons")
        self.temuanTambah = QPushButton(RapatEvaluasiForm)
        self.temuanTambah.setObjectName(u"temuanTambah")

        self.temuanButtons.addWidget(self.temuanTambah)

        self.temuanHapus = QPushButton(RapatEvaluasiForm)
        self.temuanHapus.setObjectName(u"temuanHapus")

        self.temuanButtons.addWidget(self.temuanHapus)

        self.temuanSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.temuanButtons.addItem(self.temuanSpacer)


        self.layout.addLayout(self.temuanButtons)

        self.temuan = QTableWidget(RapatEvaluasiForm)
        self.temuan.setObjectName(u"temuan")
        self.temuan.setMinimumSize(QSize(0, 160))
        self.temuan.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.layout.addWidget(self.temuan)

        self.temuanError = QLabel(RapatEvaluasiForm)
        self.temuanError.setObjectName(u"temuanError")
        self.temuanError.setStyleSheet(u"color: #b00020;")
        self.temuanError.setWordWrap(True)

        self.layout.addWidget(self.temuanError)

        self.kesimpulanLabel = QLabel(RapatEvaluasiForm)
        self.kesimpulanLabel.setObjectName(u"kesimpulanLabel")

        self.layout.addWidget(self.kesimpulanLabel)

        self.kesimpulan = QPlainTextEdit(RapatEvaluasiForm)
        self.kesimpulan.setObjectName(u"kesimpulan")
        self.kesimpulan.setMinimumSize(QSize(0, 70))
        self.kesimpulan.setTabChangesFocus(True)

        self.layout.addWidget(self.kesimpulan)

        self.kesimpulanError = QLabel(RapatEvaluasiForm)
        self.kesimpulanError.setObjectName(u"kesimpulanError")
        self.kesimpulanError.setStyleSheet(u"color: #b00020;")
        self.kesimpulanError.setWordWrap(True)

        self.layout.addWidget(self.kesimpulanError)

#if QT_CONFIG(shortcut)
        self.tanggalLabel.setBuddy(self.tanggal)
        self.waktuLabel.setBuddy(self.waktu)
        self.tempatLabel.setBuddy(self.tempat)
        self.pesertaIdsLabel.setBuddy(self.pesertaIds)
        self.temuanLabel.setBuddy(self.temuan)
        self.kesimpulanLabel.setBuddy(self.kesimpulan)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RapatEvaluasiForm)

        QMetaObject.connectSlotsByName(RapatEvaluasiForm)
    # setupUi

    def retranslateUi(self, RapatEvaluasiForm):
        self.tanggalLabel.setText(QCoreApplication.translate("RapatEvaluasiForm", u"Tanggal rapat *", None))
        self.waktuLabel.setText(QCoreApplication.translate("RapatEvaluasiForm", u"Waktu rapat *", None))
        self.tempatLabel.setText(QCoreApplication.translate("RapatEvaluasiForm", u"Tempat rapat *", None))
        self.pesertaIdsLabel.setText(QCoreApplication.translate("RapatEvaluasiForm", u"Peserta rapat *", None))
        self.temuanLabel.setText(QCoreApplication.translate("RapatEvaluasiForm", u"Temuan dan evaluasinya *", None))
        self.temuanTambah.setText(QCoreApplication.translate("RapatEvaluasiForm", u"Tambah temuan", None))
        self.temuanHapus.setText(QCoreApplication.translate("RapatEvaluasiForm", u"Hapus temuan terpilih", None))
        self.kesimpulanLabel.setText(QCoreApplication.translate("RapatEvaluasiForm", u"Kesimpulan rapat *", None))
        pass
    # retranslateUi

