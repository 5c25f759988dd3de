# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_pengumpulan_data.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_PengumpulanDataForm(object):
    def setupUi(self, PengumpulanDataForm):
        if not PengumpulanDataForm.objectName():
            PengumpulanDataForm.setObjectName(u"PengumpulanDataForm")
        self.layout = QVBoxLayout(PengumpulanDataForm)
        self.layout.setObjectName(u"layout")
        self.cariLabel = QLabel(PengumpulanDataForm)
        self.cariLabel.setObjectName(u"cariLabel")

        self.layout.addWidget(self.cariLabel)

        self.cari = QLineEdit(PengumpulanDataForm)
        self.cari.setObjectName(u"cari")

        self.layout.addWidget(self.cari)

        self.cariError = QLabel(PengumpulanDataForm)
        self.cariError.setObjectName(u"cariError")
        self.cariError.setStyleSheet(u"color: #b00020;")
        self.cariError.setWordWrap(True)

        self.layout.addWidget(self.cariError)

        self.kerjaSamaIdsLabel = QLabel(PengumpulanDataForm)
        self.kerjaSamaIdsLabel.setObjectName(u"kerjaSamaIdsLabel")

        self.layout.addWidget(self.kerjaSamaIdsLabel)

        self.kerjaSamaIdsButtons = QHBoxLayout()
        self.kerjaSamaIdsButtons.setObjectName(u"kerjaSamaIdsButtons")
        self.kerjaSamaIdsSemua = QPushButton(PengumpulanDataForm)
        self.kerjaSamaIdsSemua.setObjectName(u"kerjaSamaIdsSemua")

        self.kerjaSamaIdsButtons.addWidget(self.kerjaSamaIdsSemua)

        self.kerjaSamaIdsKosongkan = QPushButton(PengumpulanDataForm)
        self.kerjaSamaIdsKosongkan.setObjectName(u"kerjaSamaIdsKosongkan")

        self.kerjaSamaIdsButtons.addWidget(self.kerjaSamaIdsKosongkan)

        self.kerjaSamaIdsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kerjaSamaIdsButtons.addItem(self.kerjaSamaIdsSpacer)


        self.layout.addLayout(self.kerjaSamaIdsButtons)

        self.kerjaSamaIds = QListWidget(PengumpulanDataForm)
        self.kerjaSamaIds.setObjectName(u"kerjaSamaIds")
        self.kerjaSamaIds.setMinimumSize(QSize(0, 90))

        self.layout.addWidget(self.kerjaSamaIds)

        self.kerjaSamaIdsError = QLabel(PengumpulanDataForm)
        self.kerjaSamaIdsError.setObjectName(u"kerjaSamaIdsError")
        self.kerjaSamaIdsError.setStyleSheet(u"color: #b00020;")
        self.kerjaSamaIdsError.setWordWrap(True)

        self.layout.addWidget(self.kerjaSamaIdsError)

        self.catatanLabel = QLabel(PengumpulanDataForm)
        self.catatanLabel.setObjectName(u"catatanLabel")

        self.layout.addWidget(self.catatanLabel)

        self.catatan = QPlainTextEdit(PengumpulanDataForm)
        self.catatan.setObjectName(u"catatan")
        self.catatan.setMinimumSize(QSize(0, 70))
        self.catatan.setTabChangesFocus(True)

        self.layout.addWidget(self.catatan)

        self.catatanError = QLabel(PengumpulanDataForm)
        self.catatanError.setObjectName(u"catatanError")
        self.catatanError.setStyleSheet(u"color: #b00020;")
        self.catatanError.setWordWrap(True)

        self.layout.addWidget(self.catatanError)

#if QT_CONFIG(shortcut)
        self.cariLabel.setBuddy(self.cari)
        self.kerjaSamaIdsLabel.setBuddy(self.kerjaSamaIds)
        self.catatanLabel.setBuddy(self.catatan)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PengumpulanDataForm)

        QMetaObject.connectSlotsByName(PengumpulanDataForm)
    # setupUi

    def retranslateUi(self, PengumpulanDataForm):
        self.cariLabel.setText(QCoreApplication.translate("PengumpulanDataForm", u"Cari kerja sama (nomor, judul)", None))
        self.kerjaSamaIdsLabel.setText(QCoreApplication.translate("PengumpulanDataForm", u"Kerja sama yang dimonitor dalam kegiatan ini *", None))
        self.kerjaSamaIdsSemua.setText(QCoreApplication.translate("PengumpulanDataForm", u"Pilih semua", None))
        self.kerjaSamaIdsKosongkan.setText(QCoreApplication.translate("PengumpulanDataForm", u"Kosongkan pilihan", None))
        self.catatanLabel.setText(QCoreApplication.translate("PengumpulanDataForm", u"Catatan", None))
        pass
    # retranslateUi

