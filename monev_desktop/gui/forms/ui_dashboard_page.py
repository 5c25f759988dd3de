# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.layout = QVBoxLayout(DashboardPage)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.title = QLabel(DashboardPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.header.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.refresh = QPushButton(DashboardPage)
        self.refresh.setObjectName(u"refresh")

        self.header.addWidget(self.refresh)


        self.layout.addLayout(self.header)

        self.charts = QGridLayout()
        self.charts.setObjectName(u"charts")
        self.typeHost = QWidget(DashboardPage)
        self.typeHost.setObjectName(u"typeHost")
        self.typeHost.setMinimumSize(QSize(300, 240))

        self.charts.addWidget(self.typeHost, 0, 0, 1, 1)

        self.statusHost = QWidget(DashboardPage)
        self.statusHost.setObjectName(u"statusHost")
        self.statusHost.setMinimumSize(QSize(300, 240))

        self.charts.addWidget(self.statusHost, 0, 1, 1, 1)

        self.opdHost = QWidget(DashboardPage)
        self.opdHost.setObjectName(u"opdHost")
        self.opdHost.setMinimumSize(QSize(300, 260))

        self.charts.addWidget(self.opdHost, 1, 0, 1, 1)

        self.stepsHost = QWidget(DashboardPage)
        self.stepsHost.setObjectName(u"stepsHost")
        self.stepsHost.setMinimumSize(QSize(300, 260))

        self.charts.addWidget(self.stepsHost, 1, 1, 1, 1)


        self.layout.addLayout(self.charts)

        self.expiringLabel = QLabel(DashboardPage)
        self.expiringLabel.setObjectName(u"expiringLabel")
        self.expiringLabel.setStyleSheet(u"font-weight: bold;")

        self.layout.addWidget(self.expiringLabel)

        self.expiring = QTableView(DashboardPage)
        self.expiring.setObjectName(u"expiring")
        self.expiring.setMaximumSize(QSize(16777215, 180))
        self.expiring.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.layout.addWidget(self.expiring)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.title.setText(QCoreApplication.translate("DashboardPage", u"Dasbor", None))
        self.refresh.setText(QCoreApplication.translate("DashboardPage", u"&Muat ulang", None))
        self.expiringLabel.setText(QCoreApplication.translate("DashboardPage", u"Kerja sama yang berakhir dalam 90 hari", None))
        pass
    # retranslateUi

