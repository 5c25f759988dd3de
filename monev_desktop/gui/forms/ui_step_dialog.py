# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_StepDialog(object):
    def setupUi(self, StepDialog):
        if not StepDialog.objectName():
            StepDialog.setObjectName(u"StepDialog")
        StepDialog.resize(1000, 760)
        self.layout = QVBoxLayout(StepDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(StepDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 14pt; font-weight: bold;")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.sopInfo = QLabel(StepDialog)
        self.sopInfo.setObjectName(u"sopInfo")
        self.sopInfo.setWordWrap(True)
        self.sopInfo.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.sopInfo)

        self.notice = QLabel(StepDialog)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(u"background: #fff3cd; padding: 6px;")

        self.layout.addWidget(self.notice)

        self.formArea = QScrollArea(StepDialog)
        self.formArea.setObjectName(u"formArea")
        self.formArea.setWidgetResizable(True)
        self.formHost = QWidget()
        self.formHost.setObjectName(u"formHost")
        self.formArea.setWidget(self.formHost)

        self.layout.addWidget(self.formArea)

        self.documentsBox = QGroupBox(StepDialog)
        self.documentsBox.setObjectName(u"documentsBox")
        self.documentsLayout = QVBoxLayout(self.documentsBox)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documents = QListWidget(self.documentsBox)
        self.documents.setObjectName(u"documents")
        self.documents.setMaximumSize(QSize(16777215, 72))
        self.documents.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.documentsLayout.addWidget(self.documents)

        self.documentButtons = QHBoxLayout()
        self.documentButtons.setObjectName(u"documentButtons")
        self.previewDraft = QPushButton(self.documentsBox)
        self.previewDraft.setObjectName(u"previewDraft")

        self.documentButtons.addWidget(self.previewDraft)

        self.generate = QPushButton(self.documentsBox)
        self.generate.setObjectName(u"generate")

        self.documentButtons.addWidget(self.generate)

        self.openDocument = QPushButton(self.documentsBox)
        self.openDocument.setObjectName(u"openDocument")

        self.documentButtons.addWidget(self.openDocument)

        self.previewDocument = QPushButton(self.documentsBox)
        self.previewDocument.setObjectName(u"previewDocument")

        self.documentButtons.addWidget(self.previewDocument)

        self.printDocument = QPushButton(self.documentsBox)
        self.printDocument.setObjectName(u"printDocument")

        self.documentButtons.addWidget(self.printDocument)

        self.documentButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentButtons.addItem(self.documentButtonsSpacer)


        self.documentsLayout.addLayout(self.documentButtons)


        self.layout.addWidget(self.documentsBox)

        self.message = QLabel(StepDialog)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"QLabel { color: #b00020; } QLabel[masalah=\"false\"] { color: palette(window-text); }")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.returnTask = QPushButton(StepDialog)
        self.returnTask.setObjectName(u"returnTask")

        self.actions.addWidget(self.returnTask)

        self.releaseTask = QPushButton(StepDialog)
        self.releaseTask.setObjectName(u"releaseTask")

        self.actions.addWidget(self.releaseTask)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)

        self.claim = QPushButton(StepDialog)
        self.claim.setObjectName(u"claim")

        self.actions.addWidget(self.claim)

        self.saveDraft = QPushButton(StepDialog)
        self.saveDraft.setObjectName(u"saveDraft")

        self.actions.addWidget(self.saveDraft)

        self.complete = QPushButton(StepDialog)
        self.complete.setObjectName(u"complete")

        self.actions.addWidget(self.complete)

        self.closeDialog = QPushButton(StepDialog)
        self.closeDialog.setObjectName(u"closeDialog")

        self.actions.addWidget(self.closeDialog)


        self.layout.addLayout(self.actions)

        self.layout.setStretch(3, 1)

        self.retranslateUi(StepDialog)

        QMetaObject.connectSlotsByName(StepDialog)
    # setupUi

    def retranslateUi(self, StepDialog):
        StepDialog.setWindowTitle(QCoreApplication.translate("StepDialog", u"Langkah SOP", None))
        self.documentsBox.setTitle(QCoreApplication.translate("StepDialog", u"Dokumen keluaran langkah ini", None))
#if QT_CONFIG(tooltip)
        self.documents.setToolTip(QCoreApplication.translate("StepDialog", u"Versi terbaru setiap dokumen langkah ini; semuanya terpilih. Ctrl+klik atau Shift+klik memilih sebagian. Versi lama ada di halaman Dokumen.", None))
#endif // QT_CONFIG(tooltip)
        self.previewDraft.setText(QCoreApplication.translate("StepDialog", u"Pratinjau dra&f", None))
#if QT_CONFIG(tooltip)
        self.previewDraft.setToolTip(QCoreApplication.translate("StepDialog", u"Lihat dokumen keluaran dari isian saat ini sebelum langkah diselesaikan; tidak ada nomor yang diambil dan tidak ada yang disimpan", None))
#endif // QT_CONFIG(tooltip)
        self.generate.setText(QCoreApplication.translate("StepDialog", u"&Buat dokumen", None))
        self.openDocument.setText(QCoreApplication.translate("StepDialog", u"B&uka di Word", None))
        self.previewDocument.setText(QCoreApplication.translate("StepDialog", u"&Pratinjau PDF", None))
        self.printDocument.setText(QCoreApplication.translate("StepDialog", u"C&etak", None))
        self.returnTask.setText(QCoreApplication.translate("StepDialog", u"&Kembalikan ke langkah sebelumnya\u2026", None))
        self.releaseTask.setText(QCoreApplication.translate("StepDialog", u"&Lepaskan tugas\u2026", None))
#if QT_CONFIG(tooltip)
        self.releaseTask.setToolTip(QCoreApplication.translate("StepDialog", u"Kembalikan tugas ke kotak tugas peran agar dapat diambil rekan lain; drafnya tetap tersimpan.", None))
#endif // QT_CONFIG(tooltip)
        self.claim.setText(QCoreApplication.translate("StepDialog", u"&Ambil tugas", None))
        self.saveDraft.setText(QCoreApplication.translate("StepDialog", u"&Simpan draf", None))
        self.complete.setText(QCoreApplication.translate("StepDialog", u"Selesaikan && &teruskan", None))
        self.closeDialog.setText(QCoreApplication.translate("StepDialog", u"&Tutup", None))
    # retranslateUi

