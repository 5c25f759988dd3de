# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QMenu, QMenuBar,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionPassword = QAction(MainWindow)
        self.actionPassword.setObjectName(u"actionPassword")
        self.actionSignOut = QAction(MainWindow)
        self.actionSignOut.setObjectName(u"actionSignOut")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.layout = QHBoxLayout(self.central)
        self.layout.setObjectName(u"layout")
        self.navigation = QListWidget(self.central)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMaximumWidth(170)
        self.navigation.setMinimumWidth(150)

        self.layout.addWidget(self.navigation)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.layout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionPassword)
        self.menuFile.addAction(self.actionSignOut)
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Monev Kerja Sama Daerah \u2014 Bagian Pemerintahan Setda Kota Tangerang", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Cadangkan sekarang", None))
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"&Pulihkan dari cadangan\u2026", None))
        self.actionPassword.setText(QCoreApplication.translate("MainWindow", u"Ubah kata &sandi\u2026", None))
        self.actionSignOut.setText(QCoreApplication.translate("MainWindow", u"&Ganti pengguna", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Keluar", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&Tentang aplikasi", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"Ban&tuan", None))
    # retranslateUi

