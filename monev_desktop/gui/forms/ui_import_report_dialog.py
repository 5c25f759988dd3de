# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_report_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_ImportReportDialog(object):
    def setupUi(self, ImportReportDialog):
        if not ImportReportDialog.objectName():
            ImportReportDialog.setObjectName(u"ImportReportDialog")
        ImportReportDialog.resize(760, 480)
        self.layout = QVBoxLayout(ImportReportDialog)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(ImportReportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.problems = QTableWidget(ImportReportDialog)
        if (self.problems.columnCount() < 3):
            self.problems.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.problems.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.problems.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.problems.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.problems.setObjectName(u"problems")
        self.problems.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problems.setColumnCount(3)

        self.layout.addWidget(self.problems)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.addOpds = QPushButton(ImportReportDialog)
        self.addOpds.setObjectName(u"addOpds")

        self.buttons.addWidget(self.addOpds)

        self.importGood = QPushButton(ImportReportDialog)
        self.importGood.setObjectName(u"importGood")

        self.buttons.addWidget(self.importGood)

        self.closeReport = QPushButton(ImportReportDialog)
        self.closeReport.setObjectName(u"closeReport")

        self.buttons.addWidget(self.closeReport)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ImportReportDialog)

        QMetaObject.connectSlotsByName(ImportReportDialog)
    # setupUi

    def retranslateUi(self, ImportReportDialog):
        ImportReportDialog.setWindowTitle(QCoreApplication.translate("ImportReportDialog", u"Laporan impor register", None))
        ___qtablewidgetitem = self.problems.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportReportDialog", u"Baris", None))
        ___qtablewidgetitem1 = self.problems.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportReportDialog", u"Kolom", None))
        ___qtablewidgetitem2 = self.problems.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportReportDialog", u"Masalah", None))
        self.addOpds.setText(QCoreApplication.translate("ImportReportDialog", u"Tambahkan sebagai &OPD baru, lalu periksa lagi", None))
#if QT_CONFIG(tooltip)
        self.addOpds.setToolTip(QCoreApplication.translate("ImportReportDialog", u"OPD yang belum ada di Daftar OPD ditambahkan saat impor (dapat diubah namanya atau diberi singkatan kemudian di Daftar OPD).", None))
#endif // QT_CONFIG(tooltip)
        self.importGood.setText(QCoreApplication.translate("ImportReportDialog", u"&Impor baris yang benar saja", None))
        self.closeReport.setText(QCoreApplication.translate("ImportReportDialog", u"&Tutup tanpa mengimpor", None))
    # retranslateUi

