# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_monitoring.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

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

