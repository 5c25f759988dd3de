# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reason_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ReasonDialog(object):
    def setupUi(self, ReasonDialog):
        if not ReasonDialog.objectName():
            ReasonDialog.setObjectName(u"ReasonDialog")
        ReasonDialog.resize(480, 240)
        self.layout = QVBoxLayout(ReasonDialog)
        self.layout.setObjectName(u"layout")
        self.question = QLabel(ReasonDialog)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)

        self.layout.addWidget(self.question)

        self.reason = QPlainTextEdit(ReasonDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.layout.addWidget(self.reason)

        self.error = QLabel(ReasonDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(ReasonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.question.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.buttons)

        self.retranslateUi(ReasonDialog)

        QMetaObject.connectSlotsByName(ReasonDialog)
    # setupUi

    def retranslateUi(self, ReasonDialog):
        pass
    # retranslateUi

