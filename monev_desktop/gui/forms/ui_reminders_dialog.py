# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reminders_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

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

