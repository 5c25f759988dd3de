# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout)

class Ui_RegisterPage(object):
    def setupUi(self, RegisterPage):
        if not RegisterPage.objectName():
            RegisterPage.setObjectName(u"RegisterPage")
        self.layout = QVBoxLayout(RegisterPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(RegisterPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.summary = QLabel(RegisterPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.search = QLineEdit(RegisterPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.search)

        self.add = QPushButton(RegisterPage)
        self.add.setObjectName(u"add")

        self.toolbar.addWidget(self.add)

        self.edit = QPushButton(RegisterPage)
        self.edit.setObjectName(u"edit")

        self.toolbar.addWidget(self.edit)

        self.remove = QPushButton(RegisterPage)
        self.remove.setObjectName(u"remove")

        self.toolbar.addWidget(self.remove)

        self.opdList = QPushButton(RegisterPage)
        self.opdList.setObjectName(u"opdList")

        self.toolbar.addWidget(self.opdList)

        self.importExcel = QPushButton(RegisterPage)
        self.importExcel.setObjectName(u"importExcel")

        self.toolbar.addWidget(self.importExcel)

        self.exportExcel = QPushButton(RegisterPage)
        self.exportExcel.setObjectName(u"exportExcel")

        self.toolbar.addWidget(self.exportExcel)

        self.template = QPushButton(RegisterPage)
        self.template.setObjectName(u"template")

        self.toolbar.addWidget(self.template)

        self.refresh = QPushButton(RegisterPage)
        self.refresh.setObjectName(u"refresh")

        self.toolbar.addWidget(self.refresh)


        self.layout.addLayout(self.toolbar)

        self.table = QTableView(RegisterPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.layout.addWidget(self.table)


        self.retranslateUi(RegisterPage)

        QMetaObject.connectSlotsByName(RegisterPage)
    # setupUi

    def retranslateUi(self, RegisterPage):
        self.title.setText(QCoreApplication.translate("RegisterPage", u"Register Kerja Sama", None))
        self.search.setPlaceholderText(QCoreApplication.translate("RegisterPage", u"Cari (Ctrl+F)\u2026", None))
        self.add.setText(QCoreApplication.translate("RegisterPage", u"&Tambah\u2026", None))
        self.edit.setText(QCoreApplication.translate("RegisterPage", u"&Ubah\u2026", None))
        self.remove.setText(QCoreApplication.translate("RegisterPage", u"&Hapus\u2026", None))
#if QT_CONFIG(tooltip)
        self.remove.setToolTip(QCoreApplication.translate("RegisterPage", u"Hapus kerja sama yang salah dimasukkan; yang sudah dipakai dalam kegiatan monev tidak dapat dihapus.", None))
#endif // QT_CONFIG(tooltip)
        self.opdList.setText(QCoreApplication.translate("RegisterPage", u"Daftar &OPD\u2026", None))
        self.importExcel.setText(QCoreApplication.translate("RegisterPage", u"&Impor Excel\u2026", None))
        self.exportExcel.setText(QCoreApplication.translate("RegisterPage", u"&Ekspor Excel\u2026", None))
        self.template.setText(QCoreApplication.translate("RegisterPage", u"Templat &impor\u2026", None))
        self.refresh.setText(QCoreApplication.translate("RegisterPage", u"&Muat ulang", None))
        pass
    # retranslateUi

