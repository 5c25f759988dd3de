# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_disposisi.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout)

class Ui_DisposisiForm(object):
    def setupUi(self, DisposisiForm):
        if not DisposisiForm.objectName():
            DisposisiForm.setObjectName(u"DisposisiForm")
        self.layout = QVBoxLayout(DisposisiForm)
        self.layout.setObjectName(u"layout")
        self.sifatLabel = QLabel(DisposisiForm)
        self.sifatLabel.setObjectName(u"sifatLabel")

        self.layout.addWidget(self.sifatLabel)

        self.sifat = QComboBox(DisposisiForm)
        self.sifat.setObjectName(u"sifat")

        self.layout.addWidget(self.sifat)

        self.sifatError = QLabel(DisposisiForm)
        self.sifatError.setObjectName(u"sifatError")
        self.sifatError.setStyleSheet(u"color: #b00020;")
        self.sifatError.setWordWrap(True)

        self.layout.addWidget(self.sifatError)

        self.isiRingkasLabel = QLabel(DisposisiForm)
        self.isiRingkasLabel.setObjectName(u"isiRingkasLabel")

        self.layout.addWidget(self.isiRingkasLabel)

        self.isiRingkas = QLineEdit(DisposisiForm)
        self.isiRingkas.setObjectName(u"isiRingkas")

        self.layout.addWidget(self.isiRingkas)

        self.isiRingkasError = QLabel(DisposisiForm)
        self.isiRingkasError.setObjectName(u"isiRingkasError")
        self.isiRingkasError.setStyleSheet(u"color: #b00020;")
        self.isiRingkasError.setWordWrap(True)

        self.layout.addWidget(self.isiRingkasError)

        self.instruksiLabel = QLabel(DisposisiForm)
        self.instruksiLabel.setObjectName(u"instruksiLabel")

        self.layout.addWidget(self.instruksiLabel)

        self.instruksi = QListWidget(DisposisiForm)
        self.instruksi.setObjectName(u"instruksi")
        self.instruksi.setMinimumSize(QSize(0, 90))

        self.layout.addWidget(self.instruksi)

        self.instruksiError = QLabel(DisposisiForm)
        self.instruksiError.setObjectName(u"instruksiError")
        self.instruksiError.setStyleSheet(u"color: #b00020;")
        self.instruksiError.setWordWrap(True)

        self.layout.addWidget(self.instruksiError)

        self.diteruskanKepadaLabel = QLabel(DisposisiForm)
        self.diteruskanKepadaLabel.setObjectName(u"diteruskanKepadaLabel")

        self.layout.addWidget(self.diteruskanKepadaLabel)

        self.diteruskanKepada = QListWidget(DisposisiForm)
        self.diteruskanKepada.setObjectName(u"diteruskanKepada")
        self.diteruskanKepada.setMinimumSize(QSize(0, 90))

        self.layout.addWidget(self.diteruskanKepada)

        self.diteruskanKepadaError = QLabel(DisposisiForm)
        self.diteruskanKepadaError.setObjectName(u"diteruskanKepadaError")
        self.diteruskanKepadaError.setStyleSheet(u"color: #b00020;")
        self.diteruskanKepadaError.setWordWrap(True)

        self.layout.addWidget(self.diteruskanKepadaError)

        self.arahanLabel = QLabel(DisposisiForm)
        self.arahanLabel.setObjectName(u"arahanLabel")

        self.layout.addWidget(self.arahanLabel)

        self.arahan = QPlainTextEdit(DisposisiForm)
        self.arahan.setObjectName(u"arahan")
        self.arahan.setMinimumSize(QSize(0, 70))
        self.arahan.setTabChangesFocus(True)

        self.layout.addWidget(self.arahan)

        self.arahanError = QLabel(DisposisiForm)
        self.arahanError.setObjectName(u"arahanError")
        self.arahanError.setStyleSheet(u"color: #b00020;")
        self.arahanError.setWordWrap(True)

        self.layout.addWidget(self.arahanError)

        self.tindakLanjutLabel = QLabel(DisposisiForm)
        self.tindakLanjutLabel.setObjectName(u"tindakLanjutLabel")

        self.layout.addWidget(self.tindakLanjutLabel)

        self.tindakLanjutButtons = QHBoxLayout()
        self.tindakLanjutButtons.setObjectName(u"tindakLanjutButtons")
        self.tindakLanjutTambah = QPushButton(DisposisiForm)
        self.tindakLanjutTambah.setObjectName(u"tindakLanjutTambah")

        self.tindakLanjutButtons.addWidget(self.tindakLanjutTambah)

        self.tindakLanjutHapus = QPushButton(DisposisiForm)
        self.tindakLanjutHapus.setObjectName(u"tindakLanjutHapus")

        self.tindakLanjutButtons.addWidget(self.tindakLanjutHapus)

        self.tindakLanjutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tindakLanjutButtons.addItem(self.tindakLanjutSpacer)


        self.layout.addLayout(self.tindakLanjutButtons)

        self.tindakLanjut = QTableWidget(DisposisiForm)
        self.tindakLanjut.setObjectName(u"tindakLanjut")
        self.tindakLanjut.setMinimumSize(QSize(0, 160))
        self.tindakLanjut.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.layout.addWidget(self.tindakLanjut)

        self.tindakLanjutError = QLabel(DisposisiForm)
        self.tindakLanjutError.setObjectName(u"tindakLanjutError")
        self.tindakLanjutError.setStyleSheet(u"color: #b00020;")
        self.tindakLanjutError.setWordWrap(True)

        self.layout.addWidget(self.tindakLanjutError)

        self.suratBox = QGroupBox(DisposisiForm)
        self.suratBox.setObjectName(u"suratBox")
        self.suratBox.setCheckable(False)
        self.suratGrid = QGridLayout(self.suratBox)
        self.suratGrid.setObjectName(u"suratGrid")
        self.indeksLabel = QLabel(self.suratBox)
        self.indeksLabel.setObjectName(u"indeksLabel")

        self.suratGrid.addWidget(self.indeksLabel, 0, 0, 1, 1)

        self.indeks = QLineEdit(self.suratBox)
        self.indeks.setObjectName(u"indeks")

        self.suratGrid.addWidget(self.indeks, 0, 1, 1, 1)

        self.kodeLabel = QLabel(self.suratBox)
        self.kodeLabel.setObjectName(u"kodeLabel")

        self.suratGrid.addWidget(self.kodeLabel, 0, 2, 1, 1)

        self.kode = QLineEdit(self.suratBox)
        self.kode.setObjectName(u"kode")

        self.suratGrid.addWidget(self.kode, 0, 3, 1, 1)

        self.nomorUrutLabel = QLabel(self.suratBox)
        self.nomorUrutLabel.setObjectName(u"nomorUrutLabel")

        self.suratGrid.addWidget(self.nomorUrutLabel, 1, 0, 1, 1)

        self.nomorUrut = QLineEdit(self.suratBox)
        self.nomorUrut.setObjectName(u"nomorUrut")

        self.suratGrid.addWidget(self.nomorUrut, 1, 1, 1, 1)

        self.tglPenyelesaianLabel = QLabel(self.suratBox)
        self.tglPenyelesaianLabel.setObjectName(u"tglPenyelesaianLabel")

        self.suratGrid.addWidget(self.tglPenyelesaianLabel, 1, 2, 1, 1)

        self.tglPenyelesaian = QDateEdit(self.suratBox)
        self.tglPenyelesaian.setObjectName(u"tglPenyelesaian")
        self.tglPenyelesaian.setCalendarPopup(True)
        self.tglPenyelesaian.setDisplayFormat(u"dd-MM-yyyy")

        self.suratGrid.addWidget(self.tglPenyelesaian, 1, 3, 1, 1)

        self.asalSuratLabel = QLabel(self.suratBox)
        self.asalSuratLabel.setObjectName(u"asalSuratLabel")

        self.suratGrid.addWidget(self.asalSuratLabel, 2, 0, 1, 1)

        self.asalSurat = QLineEdit(self.suratBox)
        self.asalSurat.setObjectName(u"asalSurat")

        self.suratGrid.addWidget(self.asalSurat, 2, 1, 1, 1)

        self.tanggalSuratLabel = QLabel(self.suratBox)
        self.tanggalSuratLabel.setObjectName(u"tanggalSuratLabel")

        self.suratGrid.addWidget(self.tanggalSuratLabel, 2, 2, 1, 1)

        self.tanggalSurat = QDateEdit(self.suratBox)
        self.tanggalSurat.setObjectName(u"tanggalSurat")
        self.tanggalSurat.setCalendarPopup(True)
        self.tanggalSurat.setDisplayFormat(u"dd-MM-yyyy")

        self.suratGrid.addWidget(self.tanggalSurat, 2, 3, 1, 1)

        self.nomorSuratLabel = QLabel(self.suratBox)
        self.nomorSuratLabel.setObjectName(u"nomorSuratLabel")

        self.suratGrid.addWidget(self.nomorSuratLabel, 3, 0, 1, 1)

        self.nomorSurat = QLineEdit(self.suratBox)
        self.nomorSurat.setObjectName(u"nomorSurat")

        self.suratGrid.addWidget(self.nomorSurat, 3, 1, 1, 1)

        self.lampiranLabel = QLabel(self.suratBox)
        self.lampiranLabel.setObjectName(u"lampiranLabel")

        self.suratGrid.addWidget(self.lampiranLabel, 3, 2, 1, 1)

        self.lampiran = QLineEdit(self.suratBox)
        self.lampiran.setObjectName(u"lampiran")

        self.suratGrid.addWidget(self.lampiran, 3, 3, 1, 1)

        self.diterimaTglLabel = QLabel(self.suratBox)
        self.diterimaTglLabel.setObjectName(u"diterimaTglLabel")

        self.suratGrid.addWidget(self.diterimaTglLabel, 4, 0, 1, 1)

        self.diterimaTgl = QDateEdit(self.suratBox)
        self.diterimaTgl.setObjectName(u"diterimaTgl")
        self.diterimaTgl.setCalendarPopup(True)
        self.diterimaTgl.setDisplayFormat(u"dd-MM-yyyy")

        self.suratGrid.addWidget(self.diterimaTgl, 4, 1, 1, 1)

        self.noAgendaLabel = QLabel(self.suratBox)
        self.noAgendaLabel.setObjectName(u"noAgendaLabel")

        self.suratGrid.addWidget(self.noAgendaLabel, 4, 2, 1, 1)

        self.noAgenda = QLineEdit(self.suratBox)
        self.noAgenda.setObjectName(u"noAgenda")

        self.suratGrid.addWidget(self.noAgenda, 4, 3, 1, 1)


        self.layout.addWidget(self.suratBox)

#if QT_CONFIG(shortcut)
        self.sifatLabel.setBuddy(self.sifat)
        self.isiRingkasLabel.setBuddy(self.isiRingkas)
        self.instruksiLabel.setBuddy(self.instruksi)
        self.diteruskanKepadaLabel.setBuddy(self.diteruskanKepada)
        self.arahanLabel.setBuddy(self.arahan)
        self.tindakLanjutLabel.setBuddy(self.tindakLanjut)
        self.indeksLabel.setBuddy(self.indeks)
        self.kodeLabel.setBuddy(self.kode)
        self.nomorUrutLabel.setBuddy(self.nomorUrut)
        self.tglPenyelesaianLabel.setBuddy(self.tglPenyelesaian)
        self.asalSuratLabel.setBuddy(self.asalSurat)
        self.tanggalSuratLabel.setBuddy(self.tanggalSurat)
        self.nomorSuratLabel.setBuddy(self.nomorSurat)
        self.lampiranLabel.setBuddy(self.lampiran)
        self.diterimaTglLabel.setBuddy(self.diterimaTgl)
        self.noAgendaLabel.setBuddy(self.noAgenda)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DisposisiForm)

        QMetaObject.connectSlotsByName(DisposisiForm)
    # setupUi

    def retranslateUi(self, DisposisiForm):
        self.sifatLabel.setText(QCoreApplication.translate("DisposisiForm", u"Sifat *", None))
        self.isiRingkasLabel.setText(QCoreApplication.translate("DisposisiForm", u"Isi ringkas *", None))
        self.instruksiLabel.setText(QCoreApplication.translate("DisposisiForm", u"Informasi / instruksi", None))
        self.diteruskanKepadaLabel.setText(QCoreApplication.translate("DisposisiForm", u"Diteruskan kepada", None))
        self.arahanLabel.setText(QCoreApplication.translate("DisposisiForm", u"Arahan Kepala Bagian *", None))
        self.tindakLanjutLabel.setText(QCoreApplication.translate("DisposisiForm", u"Rencana tindak lanjut: tindakan, penanggung jawab, batas waktu *", None))
        self.tindakLanjutTambah.setText(QCoreApplication.translate("DisposisiForm", u"Tambah tindakan", None))
        self.tindakLanjutHapus.setText(QCoreApplication.translate("DisposisiForm", u"Hapus tindakan terpilih", None))
        self.suratBox.setTitle(QCoreApplication.translate("DisposisiForm", u"Data surat yang didisposisikan (boleh dikosongkan)", None))
        self.indeksLabel.setText(QCoreApplication.translate("DisposisiForm", u"Index", None))
        self.kodeLabel.setText(QCoreApplication.translate("DisposisiForm", u"Kode", None))
        self.nomorUrutLabel.setText(QCoreApplication.translate("DisposisiForm", u"Nomor urut", None))
        self.tglPenyelesaianLabel.setText(QCoreApplication.translate("DisposisiForm", u"Tgl. penyelesaian", None))
        self.asalSuratLabel.setText(QCoreApplication.translate("DisposisiForm", u"Asal surat", None))
        self.tanggalSuratLabel.setText(QCoreApplication.translate("DisposisiForm", u"Tanggal surat", None))
        self.nomorSuratLabel.setText(QCoreApplication.translate("DisposisiForm", u"Nomor surat", None))
        self.lampiranLabel.setText(QCoreApplication.translate("DisposisiForm", u"Lampiran", None))
        self.diterimaTglLabel.setText(QCoreApplication.translate("DisposisiForm", u"Diterima tgl.", None))
        self.noAgendaLabel.setText(QCoreApplication.translate("DisposisiForm", u"No. agenda", None))
        pass
    # retranslateUi

