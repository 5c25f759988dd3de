# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_cycle_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSpinBox, QVBoxLayout, QWidget)

class Ui_StartCycleDialog(object):
    def setupUi(self, StartCycleDialog):
        if not StartCycleDialog.objectName():
            StartCycleDialog.setObjectName(u"StartCycleDialog")
        StartCycleDialog.resize(520, 280)
        self.layout = QVBoxLayout(StartCycleDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(StartCycleDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.tahunLabel = QLabel(StartCycleDialog)
        self.tahunLabel.setObjectName(u"tahunLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tahunLabel)

        self.tahun = QSpinBox(StartCycleDialog)
        self.tahun.setObjectName(u"tahun")
        self.tahun.setMinimum(2000)
        self.tahun.setMaximum(2100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tahun)

        self.periodeLabel = QLabel(StartCycleDialog)
        self.periodeLabel.setObjectName(u"periodeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodeLabel)

        self.periode = QSpinBox(StartCycleDialog)
        self.periode.setObjectName(u"periode")
        self.periode.setMinimum(1)
        self.periode.setMaximum(12)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periode)

        self.kepwalNomorLabel = QLabel(StartCycleDialog)
        self.kepwalNomorLabel.setObjectName(u"kepwalNomorLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kepwalNomorLabel)

        self.kepwalNomor = QLineEdit(StartCycleDialog)
        self.kepwalNomor.setObjectName(u"kepwalNomor")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kepwalNomor)

        self.kepwalTanggalLabel = QLabel(StartCycleDialog)
        self.kepwalTanggalLabel.setObjectName(u"kepwalTanggalLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kepwalTanggalLabel)

        self.kepwalTanggal = QDateEdit(StartCycleDialog)
        self.kepwalTanggal.setObjectName(u"kepwalTanggal")
        self.kepwalTanggal.setCalendarPopup(True)
        self.kepwalTanggal.setDisplayFormat(u"dd-MM-yyyy")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kepwalTanggal)


        self.layout.addLayout(self.form)

        self.error = QLabel(StartCycleDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(StartCycleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.tahunLabel.setBuddy(self.tahun)
        self.periodeLabel.setBuddy(self.periode)
        self.kepwalNomorLabel.setBuddy(self.kepwalNomor)
        self.kepwalTanggalLabel.setBuddy(self.kepwalTanggal)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tahun, self.periode)
        QWidget.setTabOrder(self.periode, self.kepwalNomor)
        QWidget.setTabOrder(self.kepwalNomor, self.kepwalTanggal)
        QWidget.setTabOrder(self.kepwalTanggal, self.buttons)

        self.retranslateUi(StartCycleDialog)

        QMetaObject.connectSlotsByName(StartCycleDialog)
    # setupUi

    def retranslateUi(self, StartCycleDialog):
        StartCycleDialog.setWindowTitle(QCoreApplication.translate("StartCycleDialog", u"Mulai kegiatan monev", None))
        self.intro.setText(QCoreApplication.translate("StartCycleDialog", u"Kegiatan baru dimulai dari langkah 1 (Surat Perintah). Dasarnya Keputusan Wali Kota tentang TKKSD.", None))
        self.tahunLabel.setText(QCoreApplication.translate("StartCycleDialog", u"&Tahun *", None))
        self.periodeLabel.setText(QCoreApplication.translate("StartCycleDialog", u"&Periode *", None))
        self.kepwalNomorLabel.setText(QCoreApplication.translate("StartCycleDialog", u"&Nomor Kepwal TKKSD *", None))
        self.kepwalNomor.setPlaceholderText(QCoreApplication.translate("StartCycleDialog", u"mis. 100.3.3.2/Kep.112-Huk/2025", None))
        self.kepwalTanggalLabel.setText(QCoreApplication.translate("StartCycleDialog", u"Tanggal &Kepwal TKKSD *", None))
    # retranslateUi

