# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout)

class Ui_DocumentsPage(object):
    def setupUi(self, DocumentsPage):
        if not DocumentsPage.objectName():
            DocumentsPage.setObjectName(u"DocumentsPage")
        self.layout = QVBoxLayout(DocumentsPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(DocumentsPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.cycleLabel = QLabel(DocumentsPage)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.toolbar.addWidget(self.cycleLabel)

        self.cycle = QComboBox(DocumentsPage)
        self.cycle.setObjectName(u"cycle")
        self.cycle.setMinimumWidth(220)

        self.toolbar.addWidget(self.cycle)

        self.search = QLineEdit(DocumentsPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.search)

        self.oldVersions = QCheckBox(DocumentsPage)
        self.oldVersions.setObjectName(u"oldVersions")

        self.toolbar.addWidget(self.oldVersions)

        self.openDocument = QPushButton(DocumentsPage)
        self.openDocument.setObjectName(u"openDocument")

        self.toolbar.addWidget(self.openDocument)

        self.previewDocument = QPushButton(DocumentsPage)
        self.previewDocument.setObjectName(u"previewDocument")

        self.toolbar.addWidget(self.previewDocument)

        self.exportPdf = QPushButton(DocumentsPage)
        self.exportPdf.setObjectName(u"exportPdf")

        self.toolbar.addWidget(self.exportPdf)

        self.printDocument = QPushButton(DocumentsPage)
        self.printDocument.setObjectName(u"printDocument")

        self.toolbar.addWidget(self.printDocument)


        self.layout.addLayout(self.toolbar)

        self.summary = QLabel(DocumentsPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.table = QTableView(DocumentsPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)

        self.layout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.cycleLabel.setBuddy(self.cycle)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentsPage)

        QMetaObject.connectSlotsByName(DocumentsPage)
    # setupUi

    def retranslateUi(self, DocumentsPage):
        self.title.setText(QCoreApplication.translate("DocumentsPage", u"Dokumen", None))
        self.cycleLabel.setText(QCoreApplication.translate("DocumentsPage", u"&Kegiatan:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("DocumentsPage", u"Cari jenis, nomor\u2026 (Ctrl+F)", None))
        self.oldVersions.setText(QCoreApplication.translate("DocumentsPage", u"Versi &lama", None))
#if QT_CONFIG(tooltip)
        self.oldVersions.setToolTip(QCoreApplication.translate("DocumentsPage", u"Tampilkan juga versi lama dokumen yang dibuat ulang", None))
#endif // QT_CONFIG(tooltip)
        self.openDocument.setText(QCoreApplication.translate("DocumentsPage", u"&Buka", None))
        self.previewDocument.setText(QCoreApplication.translate("DocumentsPage", u"&Pratinjau", None))
        self.exportPdf.setText(QCoreApplication.translate("DocumentsPage", u"Simpan &PDF\u2026", None))
        self.printDocument.setText(QCoreApplication.translate("DocumentsPage", u"&Cetak", None))
        pass
    # retranslateUi

