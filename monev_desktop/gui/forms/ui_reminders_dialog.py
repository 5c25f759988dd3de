# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reminders_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QTextBrowser, QVBoxLayout)

class Ui_RemindersDialog(object):
    def setupUi(self, RemindersDialog):
        if not RemindersDialog.objectName():
            RemindersDialog.setObjectName(u"RemindersDialog")
        RemindersDialog.resize(760, 520)
        self.layout = QVBoxLayout(RemindersDialog)
        self.layout.setObjectName(u"layout")
        self.text = QTextBrowser(RemindersDialog)
        self.text.setObjectName(u"text")

        self.layout.addWidget(self.text)

        self.buttons = QDialogButtonBox(RemindersDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(RemindersDialog)

        QMetaObject.connectSlotsByName(RemindersDialog)
    # setupUi

    def retranslateUi(self, RemindersDialog):
        RemindersDialog.setWindowTitle(QCoreApplication.translate("RemindersDialog", u"Yang perlu diperhatikan", None))
    # retranslateUi

