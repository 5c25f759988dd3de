# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_monitoring.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QTableWidget, QVBoxLayout)

class Ui_MonitoringForm(object):
    def setupUi(self, MonitoringForm):
        if not MonitoringForm.objectName():
            MonitoringForm.setObjectName(u"MonitoringForm")
        self.layout = QVBoxLayout(MonitoringForm)
        self.layout.setObjectName(u"layout")
        self.hasilLabel = QLabel(MonitoringForm)
        self.hasilLabel.setObjectName(u"hasilLabel")

        self.layout.addWidget(self.hasilLabel)

        self.hasil = QTableWidget(MonitoringForm)
        self.hasil.setObjectName(u"hasil")
        self.hasil.setMinimumSize(QSize(0, 160))
        self.hasil.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.layout.addWidget(self.hasil)

        self.hasilError = QLabel(MonitoringForm)
        self.hasilError.setObjectName(u"hasilError")
        self.hasilError.setStyleSheet(u"color: #b00020;")
        self.hasilError.setWordWrap(True)

        self.layout.addWidget(self.hasilError)

#if QT_CONFIG(shortcut)
        self.hasilLabel.setBuddy(self.hasil)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MonitoringForm)

        QMetaObject.connectSlotsByName(MonitoringForm)
    # setupUi

    def retranslateUi(self, MonitoringForm):
        self.hasilLabel.setText(QCoreApplication.translate("MonitoringForm", u"Hasil monitoring per kerja sama: isi setiap kolom dari daftar pilihan *", None))
        pass
    # retranslateUi

