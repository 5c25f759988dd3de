# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cycles_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView, QTreeWidget, QVBoxLayout)

class Ui_CyclesPage(object):
    def setupUi(self, CyclesPage):
        if not CyclesPage.objectName():
            CyclesPage.setObjectName(u"CyclesPage")
        self.layout = QVBoxLayout(CyclesPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(CyclesPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.startCycle = QPushButton(CyclesPage)
        self.startCycle.setObjectName(u"startCycle")

        self.toolbar.addWidget(self.startCycle)

        self.correctKepwal = QPushButton(CyclesPage)
        self.correctKepwal.setObjectName(u"correctKepwal")

        self.toolbar.addWidget(self.correctKepwal)

        self.stopCycle = QPushButton(CyclesPage)
        self.stopCycle.setObjectName(u"stopCycle")

        self.toolbar.addWidget(self.stopCycle)

        self.openStep = QPushButton(CyclesPage)
        self.openStep.setObjectName(u"openStep")

        self.toolbar.addWidget(self.openStep)

        self.controlSheet = QPushButton(CyclesPage)
        self.controlSheet.setObjectName(u"controlSheet")

        self.toolbar.addWidget(self.controlSheet)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)


        self.layout.addLayout(self.toolbar)

        self.splitter = QSplitter(CyclesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.cycles = QTableView(self.splitter)
        self.cycles.setObjectName(u"cycles")
        self.cycles.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.cycles.setSelectionMode(QAbstractItemView.SingleSelection)
        self.cycles.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.splitter.addWidget(self.cycles)
        self.timeline = QTableView(self.splitter)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.timeline.setSelectionMode(QAbstractItemView.SingleSelection)
        self.timeline.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.timeline.setWordWrap(True)
        self.splitter.addWidget(self.timeline)
        self.history = QTreeWidget(self.splitter)
        self.history.setObjectName(u"history")
        self.history.setHeaderHidden(True)
        self.history.setUniformRowHeights(True)
        self.history.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.splitter.addWidget(self.history)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(CyclesPage)

        QMetaObject.connectSlotsByName(CyclesPage)
    # setupUi

    def retranslateUi(self, CyclesPage):
        self.title.setText(QCoreApplication.translate("CyclesPage", u"Kegiatan Monev", None))
        self.startCycle.setText(QCoreApplication.translate("CyclesPage", u"&Mulai kegiatan baru\u2026", None))
        self.correctKepwal.setText(QCoreApplication.translate("CyclesPage", u"Ubah &Kepwal\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctKepwal.setToolTip(QCoreApplication.translate("CyclesPage", u"Membetulkan nomor atau tanggal Keputusan Wali Kota tentang TKKSD pada kegiatan terpilih yang sedang berjalan (Kepala Bagian). Dokumen yang sudah terbit tetap di arsip; versi barunya menyebut Kepwal yang dibetulkan.", None))
#endif // QT_CONFIG(tooltip)
        self.stopCycle.setText(QCoreApplication.translate("CyclesPage", u"&Hentikan kegiatan\u2026", None))
#if QT_CONFIG(tooltip)
        self.stopCycle.setToolTip(QCoreApplication.translate("CyclesPage", u"Menghentikan kegiatan terpilih sebelum langkah terakhirnya (Kepala Bagian): tugas yang belum selesai dibatalkan, dan periodenya dapat dimulai lagi.", None))
#endif // QT_CONFIG(tooltip)
        self.openStep.setText(QCoreApplication.translate("CyclesPage", u"&Buka langkah terpilih", None))
        self.controlSheet.setText(QCoreApplication.translate("CyclesPage", u"&Lembar kendali\u2026", None))
        ___qtreewidgetitem = self.history.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CyclesPage", u"Riwayat", None))
        pass
    # retranslateUi

