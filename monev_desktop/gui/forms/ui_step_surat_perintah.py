# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_surat_perintah.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QVBoxLayout)

class Ui_SuratPerintahForm(object):
    def setupUi(self, SuratPerintahForm):
        if not SuratPerintahForm.objectName():
            SuratPerintahForm.setObjectName(u"SuratPerintahForm")
        self.layout = QVBoxLayout(SuratPerintahForm)
        self.layout.setObjectName(u"layout")
        self.nomorLabel = QLabel(SuratPerintahForm)
        self.nomorLabel.setObjectName(u"nomorLabel")

        self.layout.addWidget(self.nomorLabel)

        self.nomor = QLineEdit(SuratPerintahForm)
        self.nomor.setObjectName(u"nomor")

        self.layout.addWidget(self.nomor)

        self.nomorError = QLabel(SuratPerintahForm)
        self.nomorError.setObjectName(u"nomorError")
        self.nomorError.setStyleSheet(u"color: #b00020;")
        self.nomorError.setWordWrap(True)

        self.layout.addWidget(self.nomorError)

        self.tanggalLabel = QLabel(SuratPerintahForm)
        self.tanggalLabel.setObjectName(u"tanggalLabel")

        self.layout.addWidget(self.tanggalLabel)

        self.tanggal = QDateEdit(SuratPerintahForm)
        self.tanggal.setObjectName(u"tanggal")
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setDisplayFormat(u"dd-MM-yyyy")

        self.layout.addWidget(self.tanggal)

        self.tanggalError = QLabel(SuratPerintahForm)
        self.tanggalError.setObjectName(u"tanggalError")
        self.tanggalError.setStyleSheet(u"color: #b00020;")
        self.tanggalError.setWordWrap(True)

        self.layout.addWidget(self.tanggalError)

        self.ketuaTimIdLabel = QLabel(SuratPerintahForm)
        self.ketuaTimIdLabel.setObjectName(u"ketuaTimIdLabel")

        self.layout.addWidget(self.ketuaTimIdLabel)

        self.ketuaTimId = QComboBox(SuratPerintahForm)
        self.ketuaTimId.setObjectName(u"ketuaTimId")

        self.layout.addWidget(self.ketuaTimId)

        self.ketuaTimIdError = QLabel(SuratPerintahForm)
        self.ketuaTimIdError.setObjectName(u"ketuaTimIdError")
        self.ketuaTimIdError.setStyleSheet(u"color: #b00020;")
        self.ketuaTimIdError.setWordWrap(True)

        self.layout.addWidget(self.ketuaTimIdError)

        self.analisIdsLabel = QLabel(SuratPerintahForm)
        self.analisIdsLabel.setObjectName(u"analisIdsLabel")

        self.layout.addWidget(self.analisIdsLabel)

        self.analisIds = QListWidget(SuratPerintahForm)
        self.analisIds.setObjectName(u"analisIds")
        self.analisIds.setMinimumSize(QSize(0, 90))

        self.layout.addWidget(self.analisIds)

        self.analisIdsError = QLabel(SuratPerintahForm)
        self.analisIdsError.setObjectName(u"analisIdsError")
        self.analisIdsError.setStyleSheet(u"color: #b00020;")
        self.analisIdsError.setWordWrap(True)

        self.layout.addWidget(self.analisIdsError)

        self.untukLabel = QLabel(SuratPerintahForm)
        self.untukLabel.setObjectName(u"untukLabel")

        self.layout.addWidget(self.untukLabel)

        self.untuk = QPlainTextEdit(SuratPerintahForm)
        self.untuk.setObjectName(u"untuk")
        self.untuk.setMinimumSize(QSize(0, 70))
        self.untuk.setTabChangesFocus(True)

        self.layout.addWidget(self.untuk)

        self.untukError = QLabel(SuratPerintahForm)
        self.untukError.setObjectName(u"untukError")
        self.untukError.setStyleSheet(u"color: #b00020;")
        self.untukError.setWordWrap(True)

        self.layout.addWidget(self.untukError)

#if QT_CONFIG(shortcut)
        self.nomorLabel.setBuddy(self.nomor)
        self.tanggalLabel.setBuddy(self.tanggal)
        self.ketuaTimIdLabel.setBuddy(self.ketuaTimId)
        self.analisIdsLabel.setBuddy(self.analisIds)
        self.untukLabel.setBuddy(self.untuk)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SuratPerintahForm)

        QMetaObject.connectSlotsByName(SuratPerintahForm)
    # setupUi

    def retranslateUi(self, SuratPerintahForm):
        self.nomorLabel.setText(QCoreApplication.translate("SuratPerintahForm", u"Nomor surat (isi bila nomor dari SRIKANDI; kosongkan untuk nomor register)", None))
        self.tanggalLabel.setText(QCoreApplication.translate("SuratPerintahForm", u"Tanggal surat *", None))
        self.ketuaTimIdLabel.setText(QCoreApplication.translate("SuratPerintahForm", u"Ketua tim kerja yang ditugaskan *", None))
        self.analisIdsLabel.setText(QCoreApplication.translate("SuratPerintahForm", u"Analis kerja sama yang ditugaskan *", None))
        self.untukLabel.setText(QCoreApplication.translate("SuratPerintahForm", u"Untuk: tugas yang diperintahkan, satu tugas per baris *", None))
        pass
    # retranslateUi

