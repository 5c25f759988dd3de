# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'list_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_ListPage(object):
    def setupUi(self, ListPage):
        if not ListPage.objectName():
            ListPage.setObjectName(u"ListPage")
        self.layout = QVBoxLayout(ListPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(ListPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.summary = QLabel(ListPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.search = QLineEdit(ListPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.search)

        self.refresh = QPushButton(ListPage)
        self.refresh.setObjectName(u"refresh")

        self.toolbar.addWidget(self.refresh)


        self.layout.addLayout(self.toolbar)

        self.table = QTableView(ListPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.layout.addWidget(self.table)


        self.retranslateUi(ListPage)

        QMetaObject.connectSlotsByName(ListPage)
    # setupUi

    def retranslateUi(self, ListPage):
        self.search.setPlaceholderText(QCoreApplication.translate("ListPage", u"Cari (Ctrl+F)\u2026", None))
        self.refresh.setText(QCoreApplication.translate("ListPage", u"&Muat ulang", None))
        pass
    # retranslateUi

