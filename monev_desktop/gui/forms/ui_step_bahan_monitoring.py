# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_bahan_monitoring.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout)

class Ui_BahanMonitoringForm(object):
    def setupUi(self, BahanMonitoringForm):
        if not BahanMonitoringForm.objectName():
            BahanMonitoringForm.setObjectName(u"BahanMonitoringForm")
        self.layout = QVBoxLayout(BahanMonitoringForm)
        self.layout.setObjectName(u"layout")
        self.jadwalLabel = QLabel(BahanMonitoringForm)
        self.jadwalLabel.setObjectName(u"jadwalLabel")

        self.layout.addWidget(self.jadwalLabel)

        self.jadwalButtons = QHBoxLayout()
        self.jadwalButtons.setObjectName(u"jadwalButtons")
        self.jadwalTambah = QPushButton(BahanMonitoringForm)
        self.jadwalTambah.setObjectName(u"jadwalTambah")

        self.jadwalButtons.addWidget(self.jadwalTambah)

        self.jadwalHapus = QPushButton(BahanMonitoringForm)
        self.jadwalHapus.setObjectName(u"jadwalHapus")

        self.jadwalButtons.addWidget(self.jadwalHapus)

        self.jadwalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.jadwalButtons.addItem(self.jadwalSpacer)


        self.layout.addLayout(self.jadwalButtons)

        self.jadwal = QTableWidget(BahanMonitoringForm)
        self.jadwal.setObjectName(u"jadwal")
        self.jadwal.setMinimumSize(QSize(0, 160))
        self.jadwal.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.layout.addWidget(self.jadwal)

        self.jadwalError = QLabel(BahanMonitoringForm)
        self.jadwalError.setObjectName(u"jadwalError")
        self.jadwalError.setStyleSheet(u"color: #b00020;")
        self.jadwalError.setWordWrap(True)

        self.layout.addWidget(self.jadwalError)

        self.bahanLabel = QLabel(BahanMonitoringForm)
        self.bahanLabel.setObjectName(u"bahanLabel")

        self.layout.addWidget(self.bahanLabel)

        self.bahan = QPlainTextEdit(BahanMonitoringForm)
        self.bahan.setObjectName(u"bahan")
        self.bahan.setMinimumSize(QSize(0, 70))
        self.bahan.setTabChangesFocus(True)

        self.layout.addWidget(self.bahan)

        self.bahanError = QLabel(BahanMonitoringForm)
        self.bahanError.setObjectName(u"bahanError")
        self.bahanError.setStyleSheet(u"color: #b00020;")
        self.bahanError.setWordWrap(True)

        self.layout.addWidget(self.bahanError)

#if QT_CONFIG(shortcut)
        self.jadwalLabel.setBuddy(self.jadwal)
        self.bahanLabel.setBuddy(self.bahan)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BahanMonitoringForm)

        QMetaObject.connectSlotsByName(BahanMonitoringForm)
    # setupUi

    def retranslateUi(self, BahanMonitoringForm):
        self.jadwalLabel.setText(QCoreApplication.translate("BahanMonitoringForm", u"Jadwal monitoring per OPD *", None))
        self.jadwalTambah.setText(QCoreApplication.translate("BahanMonitoringForm", u"Tambah baris", None))
        self.jadwalHapus.setText(QCoreApplication.translate("BahanMonitoringForm", u"Hapus baris terpilih", None))
        self.bahanLabel.setText(QCoreApplication.translate("BahanMonitoringForm", u"Bahan monitoring (catatan)", None))
        pass
    # retranslateUi

