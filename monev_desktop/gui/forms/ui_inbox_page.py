# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inbox_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

class Ui_InboxPage(object):
    def setupUi(self, InboxPage):
        if not InboxPage.objectName():
            InboxPage.setObjectName(u"InboxPage")
        self.layout = QVBoxLayout(InboxPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(InboxPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.listLabel = QLabel(InboxPage)
        self.listLabel.setObjectName(u"listLabel")

        self.toolbar.addWidget(self.listLabel)

        self.listChoice = QComboBox(InboxPage)
        self.listChoice.setObjectName(u"listChoice")
        self.listChoice.setMinimumWidth(260)

        self.toolbar.addWidget(self.listChoice)

        self.search = QLineEdit(InboxPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.search)

        self.openTask = QPushButton(InboxPage)
        self.openTask.setObjectName(u"openTask")

        self.toolbar.addWidget(self.openTask)

        self.refresh = QPushButton(InboxPage)
        self.refresh.setObjectName(u"refresh")

        self.toolbar.addWidget(self.refresh)


        self.layout.addLayout(self.toolbar)

        self.summary = QLabel(InboxPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.table = QTableView(InboxPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.layout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.listChoice)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.listChoice, self.search)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.openTask)
        QWidget.setTabOrder(self.openTask, self.refresh)

        self.retranslateUi(InboxPage)

        QMetaObject.connectSlotsByName(InboxPage)
    # setupUi

    def retranslateUi(self, InboxPage):
        self.title.setText(QCoreApplication.translate("InboxPage", u"Kotak Tugas", None))
        self.listLabel.setText(QCoreApplication.translate("InboxPage", u"&Daftar:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("InboxPage", u"Cari langkah, tahun, nama pengirim\u2026 (Ctrl+F)", None))
        self.openTask.setText(QCoreApplication.translate("InboxPage", u"&Buka tugas", None))
        self.refresh.setText(QCoreApplication.translate("InboxPage", u"&Muat ulang", None))
        pass
    # retranslateUi

