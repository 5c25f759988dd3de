# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout,
    QWidget)

class Ui_AgreementDialog(object):
    def setupUi(self, AgreementDialog):
        if not AgreementDialog.objectName():
            AgreementDialog.setObjectName(u"AgreementDialog")
        AgreementDialog.resize(760, 760)
        self.layout = QVBoxLayout(AgreementDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nomorLabel = QLabel(AgreementDialog)
        self.nomorLabel.setObjectName(u"nomorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nomorLabel)

        self.nomorBox = QVBoxLayout()
        self.nomorBox.setObjectName(u"nomorBox")
        self.nomor = QLineEdit(AgreementDialog)
        self.nomor.setObjectName(u"nomor")

        self.nomorBox.addWidget(self.nomor)

        self.nomorError = QLabel(AgreementDialog)
        self.nomorError.setObjectName(u"nomorError")
        self.nomorError.setStyleSheet(u"color: #b00020;")
        self.nomorError.setWordWrap(True)

        self.nomorBox.addWidget(self.nomorError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nomorBox)

        self.nomorMitraLabel = QLabel(AgreementDialog)
        self.nomorMitraLabel.setObjectName(u"nomorMitraLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nomorMitraLabel)

        self.nomorMitraBox = QVBoxLayout()
        self.nomorMitraBox.setObjectName(u"nomorMitraBox")
        self.nomorMitra = QLineEdit(AgreementDialog)
        self.nomorMitra.setObjectName(u"nomorMitra")

        self.nomorMitraBox.addWidget(self.nomorMitra)

        self.nomorMitraError = QLabel(AgreementDialog)
        self.nomorMitraError.setObjectName(u"nomorMitraError")
        self.nomorMitraError.setStyleSheet(u"color: #b00020;")
        self.nomorMitraError.setWordWrap(True)

        self.nomorMitraBox.addWidget(self.nomorMitraError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nomorMitraBox)

        self.judulLabel = QLabel(AgreementDialog)
        self.judulLabel.setObjectName(u"judulLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.judulLabel)

        self.judulBox = QVBoxLayout()
        self.judulBox.setObjectName(u"judulBox")
        self.judul = QLineEdit(AgreementDialog)
        self.judul.setObjectName(u"judul")

        self.judulBox.addWidget(self.judul)

        self.judulError = QLabel(AgreementDialog)
        self.judulError.setObjectName(u"judulError")
        self.judulError.setStyleSheet(u"color: #b00020;")
        self.judulError.setWordWrap(True)

        self.judulBox.addWidget(self.judulError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.judulBox)

        self.mitraLabel = QLabel(AgreementDialog)
        self.mitraLabel.setObjectName(u"mitraLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mitraLabel)

        self.mitraBox = QVBoxLayout()
        self.mitraBox.setObjectName(u"mitraBox")
        self.mitra = QLineEdit(AgreementDialog)
        self.mitra.setObjectName(u"mitra")

        self.mitraBox.addWidget(self.mitra)

        self.mitraError = QLabel(AgreementDialog)
        self.mitraError.setObjectName(u"mitraError")
        self.mitraError.setStyleSheet(u"color: #b00020;")
        self.mitraError.setWordWrap(True)

        self.mitraBox.addWidget(self.mitraError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.mitraBox)

        self.jenisLabel = QLabel(AgreementDialog)
        self.jenisLabel.setObjectName(u"jenisLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.jenisLabel)

        self.jenisBox = QVBoxLayout()
        self.jenisBox.setObjectName(u"jenisBox")
        self.jenis = QComboBox(AgreementDialog)
        self.jenis.setObjectName(u"jenis")

        self.jenisBox.addWidget(self.jenis)

        self.jenisError = QLabel(AgreementDialog)
        self.jenisError.setObjectName(u"jenisError")
        self.jenisError.setStyleSheet(u"color: #b00020;")
        self.jenisError.setWordWrap(True)

        self.jenisBox.addWidget(self.jenisError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.jenisBox)

        self.sifatKsddLabel = QLabel(AgreementDialog)
        self.sifatKsddLabel.setObjectName(u"sifatKsddLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sifatKsddLabel)

        self.sifatKsddBox = QVBoxLayout()
        self.sifatKsddBox.setObjectName(u"sifatKsddBox")
        self.sifatKsdd = QComboBox(AgreementDialog)
        self.sifatKsdd.setObjectName(u"sifatKsdd")

        self.sifatKsddBox.addWidget(self.sifatKsdd)

        self.sifatKsddError = QLabel(AgreementDialog)
        self.sifatKsddError.setObjectName(u"sifatKsddError")
        self.sifatKsddError.setStyleSheet(u"color: #b00020;")
        self.sifatKsddError.setWordWrap(True)

        self.sifatKsddBox.addWidget(self.sifatKsddError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.sifatKsddBox)

        self.bentukLabel = QLabel(AgreementDialog)
        self.bentukLabel.setObjectName(u"bentukLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bentukLabel)

        self.bentukBox = QVBoxLayout()
        self.bentukBox.setObjectName(u"bentukBox")
        self.bentuk = QComboBox(AgreementDialog)
        self.bentuk.setObjectName(u"bentuk")

        self.bentukBox.addWidget(self.bentuk)

        self.bentukError = QLabel(AgreementDialog)
        self.bentukError.setObjectName(u"bentukError")
        self.bentukError.setStyleSheet(u"color: #b00020;")
        self.bentukError.setWordWrap(True)

        self.bentukBox.addWidget(self.bentukError)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.bentukBox)

        self.indukIdLabel = QLabel(AgreementDialog)
        self.indukIdLabel.setObjectName(u"indukIdLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.indukIdLabel)

        self.indukIdBox = QVBoxLayout()
        self.indukIdBox.setObjectName(u"indukIdBox")
        self.indukId = QComboBox(AgreementDialog)
        self.indukId.setObjectName(u"indukId")

        self.indukIdBox.addWidget(self.indukId)

        self.indukIdError = QLabel(AgreementDialog)
        self.indukIdError.setObjectName(u"indukIdError")
        self.indukIdError.setStyleSheet(u"color: #b00020;")
        self.indukIdError.setWordWrap(True)

        self.indukIdBox.addWidget(self.indukIdError)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.indukIdBox)

        self.tanggalMulaiLabel = QLabel(AgreementDialog)
        self.tanggalMulaiLabel.setObjectName(u"tanggalMulaiLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.tanggalMulaiLabel)

        self.tanggalMulaiBox = QVBoxLayout()
        self.tanggalMulaiBox.setObjectName(u"tanggalMulaiBox")
        self.tanggalMulai = QDateEdit(AgreementDialog)
        self.tanggalMulai.setObjectName(u"tanggalMulai")
        self.tanggalMulai.setCalendarPopup(True)
        self.tanggalMulai.setDisplayFormat(u"dd-MM-yyyy")

        self.tanggalMulaiBox.addWidget(self.tanggalMulai)

        self.tanggalMulaiError = QLabel(AgreementDialog)
        self.tanggalMulaiError.setObjectName(u"tanggalMulaiError")
        self.tanggalMulaiError.setStyleSheet(u"color: #b00020;")
        self.tanggalMulaiError.setWordWrap(True)

        self.tanggalMulaiBox.addWidget(self.tanggalMulaiError)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.tanggalMulaiBox)

        self.tanggalBerakhirLabel = QLabel(AgreementDialog)
        self.tanggalBerakhirLabel.setObjectName(u"tanggalBerakhirLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.tanggalBerakhirLabel)

        self.tanggalBerakhirBox = QVBoxLayout()
        self.tanggalBerakhirBox.setObjectName(u"tanggalBerakhirBox")
        self.tanggalBerakhir = QDateEdit(AgreementDialog)
        self.tanggalBerakhir.setObjectName(u"tanggalBerakhir")
        self.tanggalBerakhir.setCalendarPopup(True)
        self.tanggalBerakhir.setDisplayFormat(u"dd-MM-yyyy")

        self.tanggalBerakhirBox.addWidget(self.tanggalBerakhir)

        self.tanggalBerakhirError = QLabel(AgreementDialog)
        self.tanggalBerakhirError.setObjectName(u"tanggalBerakhirError")
        self.tanggalBerakhirError.setStyleSheet(u"color: #b00020;")
        self.tanggalBerakhirError.setWordWrap(True)

        self.tanggalBerakhirBox.addWidget(self.tanggalBerakhirError)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.tanggalBerakhirBox)

        self.opdIdsLabel = QLabel(AgreementDialog)
        self.opdIdsLabel.setObjectName(u"opdIdsLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.opdIdsLabel)

        self.opdIdsBox = QVBoxLayout()
        self.opdIdsBox.setObjectName(u"opdIdsBox")
        self.opdIds = QListWidget(AgreementDialog)
        self.opdIds.setObjectName(u"opdIds")
        self.opdIds.setMinimumSize(QSize(0, 120))

        self.opdIdsBox.addWidget(self.opdIds)

        self.opdIdsError = QLabel(AgreementDialog)
        self.opdIdsError.setObjectName(u"opdIdsError")
        self.opdIdsError.setStyleSheet(u"color: #b00020;")
        self.opdIdsError.setWordWrap(True)

        self.opdIdsBox.addWidget(self.opdIdsError)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.opdIdsBox)

        self.ruangLingkupLabel = QLabel(AgreementDialog)
        self.ruangLingkupLabel.setObjectName(u"ruangLingkupLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.ruangLingkupLabel)

        self.ruangLingkupBox = QVBoxLayout()
        self.ruangLingkupBox.setObjectName(u"ruangLingkupBox")
        self.ruangLingkup = QPlainTextEdit(AgreementDialog)
        self.ruangLingkup.setObjectName(u"ruangLingkup")
        self.ruangLingkup.setTabChangesFocus(True)

        self.ruangLingkupBox.addWidget(self.ruangLingkup)

        self.ruangLingkupError = QLabel(AgreementDialog)
        self.ruangLingkupError.setObjectName(u"ruangLingkupError")
        self.ruangLingkupError.setStyleSheet(u"color: #b00020;")
        self.ruangLingkupError.setWordWrap(True)

        self.ruangLingkupBox.addWidget(self.ruangLingkupError)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.ruangLingkupBox)

        self.berkasLabel = QLabel(AgreementDialog)
        self.berkasLabel.setObjectName(u"berkasLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.berkasLabel)

        self.berkasBox = QHBoxLayout()
        self.berkasBox.setObjectName(u"berkasBox")
        self.berkas = QLineEdit(AgreementDialog)
        self.berkas.setObjectName(u"berkas")

        self.berkasBox.addWidget(self.berkas)

        self.pilihBerkas = QPushButton(AgreementDialog)
        self.pilihBerkas.setObjectName(u"pilihBerkas")

        self.berkasBox.addWidget(self.pilihBerkas)


        self.form.setLayout(12, QFormLayout.ItemRole.FieldRole, self.berkasBox)

        self.statusManualLabel = QLabel(AgreementDialog)
        self.statusManualLabel.setObjectName(u"statusManualLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.statusManualLabel)

        self.statusManualBox = QVBoxLayout()
        self.statusManualBox.setObjectName(u"statusManualBox")
        self.statusManual = QComboBox(AgreementDialog)
        self.statusManual.setObjectName(u"statusManual")

        self.statusManualBox.addWidget(self.statusManual)

        self.statusManualError = QLabel(AgreementDialog)
        self.statusManualError.setObjectName(u"statusManualError")
        self.statusManualError.setStyleSheet(u"color: #b00020;")
        self.statusManualError.setWordWrap(True)

        self.statusManualBox.addWidget(self.statusManualError)


        self.form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.statusManualBox)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(AgreementDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nomorLabel.setBuddy(self.nomor)
        self.nomorMitraLabel.setBuddy(self.nomorMitra)
        self.judulLabel.setBuddy(self.judul)
        self.mitraLabel.setBuddy(self.mitra)
        self.jenisLabel.setBuddy(self.jenis)
        self.sifatKsddLabel.setBuddy(self.sifatKsdd)
        self.bentukLabel.setBuddy(self.bentuk)
        self.indukIdLabel.setBuddy(self.indukId)
        self.tanggalMulaiLabel.setBuddy(self.tanggalMulai)
        self.tanggalBerakhirLabel.setBuddy(self.tanggalBerakhir)
        self.opdIdsLabel.setBuddy(self.opdIds)
        self.ruangLingkupLabel.setBuddy(self.ruangLingkup)
        self.berkasLabel.setBuddy(self.berkas)
        self.statusManualLabel.setBuddy(self.statusManual)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nomor, self.nomorMitra)
        QWidget.setTabOrder(self.nomorMitra, self.judul)
        QWidget.setTabOrder(self.judul, self.mitra)
        QWidget.setTabOrder(self.mitra, self.jenis)
        QWidget.setTabOrder(self.jenis, self.sifatKsdd)
        QWidget.setTabOrder(self.sifatKsdd, self.bentuk)
        QWidget.setTabOrder(self.bentuk, self.indukId)
        QWidget.setTabOrder(self.indukId, self.tanggalMulai)
        QWidget.setTabOrder(self.tanggalMulai, self.tanggalBerakhir)
        QWidget.setTabOrder(self.tanggalBerakhir, self.opdIds)
        QWidget.setTabOrder(self.opdIds, self.ruangLingkup)
        QWidget.setTabOrder(self.ruangLingkup, self.berkas)
        QWidget.setTabOrder(self.berkas, self.statusManual)
        QWidget.setTabOrder(self.statusManual, self.buttons)

        self.retranslateUi(AgreementDialog)

        QMetaObject.connectSlotsByName(AgreementDialog)
    # setupUi

    def retranslateUi(self, AgreementDialog):
        AgreementDialog.setWindowTitle(QCoreApplication.translate("AgreementDialog", u"Kerja sama", None))
        self.nomorLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Nomor *", None))
        self.nomorMitraLabel.setText(QCoreApplication.translate("AgreementDialog", u"Nomor &mitra", None))
        self.judulLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Judul *", None))
        self.mitraLabel.setText(QCoreApplication.translate("AgreementDialog", u"M&itra *", None))
        self.jenisLabel.setText(QCoreApplication.translate("AgreementDialog", u"J&enis *", None))
        self.sifatKsddLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Sifat KSDD", None))
        self.bentukLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Bentuk *", None))
        self.indukIdLabel.setText(QCoreApplication.translate("AgreementDialog", u"In&duk (KB/NK/PKS)", None))
        self.tanggalMulaiLabel.setText(QCoreApplication.translate("AgreementDialog", u"Tanggal &mulai *", None))
        self.tanggalBerakhirLabel.setText(QCoreApplication.translate("AgreementDialog", u"Tanggal be&rakhir *", None))
        self.opdIdsLabel.setText(QCoreApplication.translate("AgreementDialog", u"&OPD pelaksana *", None))
        self.ruangLingkupLabel.setText(QCoreApplication.translate("AgreementDialog", u"Ruang &lingkup", None))
        self.berkasLabel.setText(QCoreApplication.translate("AgreementDialog", u"Ber&kas dokumen", None))
        self.pilihBerkas.setText(QCoreApplication.translate("AgreementDialog", u"Pilih\u2026", None))
        self.statusManualLabel.setText(QCoreApplication.translate("AgreementDialog", u"S&tatus keputusan", None))
    # retranslateUi

