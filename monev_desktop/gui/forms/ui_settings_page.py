# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

# Imports trimmed to the names this form uses (docs/tools/make_forms.py).
from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.layout = QVBoxLayout(SettingsPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(SettingsPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.layout.addWidget(self.title)

        self.tabs = QTabWidget(SettingsPage)
        self.tabs.setObjectName(u"tabs")
        self.officeTab = QWidget()
        self.officeTab.setObjectName(u"officeTab")
        self.officeLayout = QVBoxLayout(self.officeTab)
        self.officeLayout.setObjectName(u"officeLayout")
        self.officeArea = QScrollArea(self.officeTab)
        self.officeArea.setObjectName(u"officeArea")
        self.officeArea.setWidgetResizable(True)
        self.officeForm = QWidget()
        self.officeForm.setObjectName(u"officeForm")
        self.officeFields = QFormLayout(self.officeForm)
        self.officeFields.setObjectName(u"officeFields")
        self.officeArea.setWidget(self.officeForm)

        self.officeLayout.addWidget(self.officeArea)

        self.officeMessage = QLabel(self.officeTab)
        self.officeMessage.setObjectName(u"officeMessage")
        self.officeMessage.setStyleSheet(u"QLabel { color: #b00020; } QLabel[masalah=\"false\"] { color: palette(window-text); }")
        self.officeMessage.setWordWrap(True)

        self.officeLayout.addWidget(self.officeMessage)

        self.officeButtons = QHBoxLayout()
        self.officeButtons.setObjectName(u"officeButtons")
        self.officeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.officeButtons.addItem(self.officeSpacer)

        self.saveOffice = QPushButton(self.officeTab)
        self.saveOffice.setObjectName(u"saveOffice")

        self.officeButtons.addWidget(self.saveOffice)


        self.officeLayout.addLayout(self.officeButtons)

        self.tabs.addTab(self.officeTab, "")
        self.usersTab = QWidget()
        self.usersTab.setObjectName(u"usersTab")
        self.usersLayout = QVBoxLayout(self.usersTab)
        self.usersLayout.setObjectName(u"usersLayout")
        self.users = QTableView(self.usersTab)
        self.users.setObjectName(u"users")
        self.users.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.users.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.usersLayout.addWidget(self.users)

        self.usersButtons = QHBoxLayout()
        self.usersButtons.setObjectName(u"usersButtons")
        self.usersMessage = QLabel(self.usersTab)
        self.usersMessage.setObjectName(u"usersMessage")
        self.usersMessage.setStyleSheet(u"QLabel { color: #b00020; } QLabel[masalah=\"false\"] { color: palette(window-text); }")
        self.usersMessage.setWordWrap(True)

        self.usersButtons.addWidget(self.usersMessage)

        self.editUser = QPushButton(self.usersTab)
        self.editUser.setObjectName(u"editUser")

        self.usersButtons.addWidget(self.editUser)

        self.usersButtons.setStretch(0, 1)

        self.usersLayout.addLayout(self.usersButtons)

        self.newUserBox = QGroupBox(self.usersTab)
        self.newUserBox.setObjectName(u"newUserBox")
        self.newUserForm = QFormLayout(self.newUserBox)
        self.newUserForm.setObjectName(u"newUserForm")
        self.userNamaLabel = QLabel(self.newUserBox)
        self.userNamaLabel.setObjectName(u"userNamaLabel")

        self.newUserForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userNamaLabel)

        self.userNama = QLineEdit(self.newUserBox)
        self.userNama.setObjectName(u"userNama")

        self.newUserForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userNama)

        self.userNipLabel = QLabel(self.newUserBox)
        self.userNipLabel.setObjectName(u"userNipLabel")

        self.newUserForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userNipLabel)

        self.userNip = QLineEdit(self.newUserBox)
        self.userNip.setObjectName(u"userNip")

        self.newUserForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userNip)

        self.userPangkatLabel = QLabel(self.newUserBox)
        self.userPangkatLabel.setObjectName(u"userPangkatLabel")

        self.newUserForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.userPangkatLabel)

        self.pangkatBox = QHBoxLayout()
        self.pangkatBox.setObjectName(u"pangkatBox")
        self.userPangkat = QLineEdit(self.newUserBox)
        self.userPangkat.setObjectName(u"userPangkat")

        self.pangkatBox.addWidget(self.userPangkat)

        self.userGolongan = QLineEdit(self.newUserBox)
        self.userGolongan.setObjectName(u"userGolongan")
        self.userGolongan.setMaximumWidth(90)

        self.pangkatBox.addWidget(self.userGolongan)


        self.newUserForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.pangkatBox)

        self.userJabatanLabel = QLabel(self.newUserBox)
        self.userJabatanLabel.setObjectName(u"userJabatanLabel")

        self.newUserForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userJabatanLabel)

        self.userJabatan = QLineEdit(self.newUserBox)
        self.userJabatan.setObjectName(u"userJabatan")

        self.newUserForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userJabatan)

        self.userUsernameLabel = QLabel(self.newUserBox)
        self.userUsernameLabel.setObjectName(u"userUsernameLabel")

        self.newUserForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.userUsernameLabel)

        self.userUsername = QLineEdit(self.newUserBox)
        self.userUsername.setObjectName(u"userUsername")

        self.newUserForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.userUsername)

        self.userPasswordLabel = QLabel(self.newUserBox)
        self.userPasswordLabel.setObjectName(u"userPasswordLabel")

        self.newUserForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.userPasswordLabel)

        self.userPassword = QLineEdit(self.newUserBox)
        self.userPassword.setObjectName(u"userPassword")
        self.userPassword.setEchoMode(QLineEdit.Password)

        self.newUserForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.userPassword)

        self.userRolesLabel = QLabel(self.newUserBox)
        self.userRolesLabel.setObjectName(u"userRolesLabel")

        self.newUserForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.userRolesLabel)

        self.userRoles = QListWidget(self.newUserBox)
        self.userRoles.setObjectName(u"userRoles")
        self.userRoles.setMaximumSize(QSize(16777215, 90))

        self.newUserForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.userRoles)

        self.userMessage = QLabel(self.newUserBox)
        self.userMessage.setObjectName(u"userMessage")
        self.userMessage.setStyleSheet(u"QLabel { color: #b00020; } QLabel[masalah=\"false\"] { color: palette(window-text); }")
        self.userMessage.setWordWrap(True)

        self.newUserForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.userMessage)

        self.addUser = QPushButton(self.newUserBox)
        self.addUser.setObjectName(u"addUser")

        self.newUserForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.addUser)


        self.usersLayout.addWidget(self.newUserBox)

        self.tabs.addTab(self.usersTab, "")
        self.actingTab = QWidget()
        self.actingTab.setObjectName(u"actingTab")
        self.actingForm = QFormLayout(self.actingTab)
        self.actingForm.setObjectName(u"actingForm")
        self.actingPersonLabel = QLabel(self.actingTab)
        self.actingPersonLabel.setObjectName(u"actingPersonLabel")

        self.actingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actingPersonLabel)

        self.actingPerson = QComboBox(self.actingTab)
        self.actingPerson.setObjectName(u"actingPerson")

        self.actingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actingPerson)

        self.actingRoleLabel = QLabel(self.actingTab)
        self.actingRoleLabel.setObjectName(u"actingRoleLabel")

        self.actingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.actingRoleLabel)

        self.actingRole = QComboBox(self.actingTab)
        self.actingRole.setObjectName(u"actingRole")

        self.actingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.actingRole)

        self.actingKindLabel = QLabel(self.actingTab)
        self.actingKindLabel.setObjectName(u"actingKindLabel")

        self.actingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.actingKindLabel)

        self.actingKind = QComboBox(self.actingTab)
        self.actingKind.setObjectName(u"actingKind")

        self.actingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.actingKind)

        self.actingForLabel = QLabel(self.actingTab)
        self.actingForLabel.setObjectName(u"actingForLabel")

        self.actingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.actingForLabel)

        self.actingFor = QComboBox(self.actingTab)
        self.actingFor.setObjectName(u"actingFor")

        self.actingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.actingFor)

        self.actingStartLabel = QLabel(self.actingTab)
        self.actingStartLabel.setObjectName(u"actingStartLabel")

        self.actingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.actingStartLabel)

        self.actingStart = QDateEdit(self.actingTab)
        self.actingStart.setObjectName(u"actingStart")
        self.actingStart.setCalendarPopup(True)
        self.actingStart.setDisplayFormat(u"dd-MM-yyyy")

        self.actingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.actingStart)

        self.actingEndLabel = QLabel(self.actingTab)
        self.actingEndLabel.setObjectName(u"actingEndLabel")

        self.actingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.actingEndLabel)

        self.actingEnd = QDateEdit(self.actingTab)
        self.actingEnd.setObjectName(u"actingEnd")
        self.actingEnd.setCalendarPopup(True)
        self.actingEnd.setDisplayFormat(u"dd-MM-yyyy")

        self.actingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.actingEnd)

        self.actingMessage = QLabel(self.actingTab)
        self.actingMessage.setObjectName(u"actingMessage")
        self.actingMessage.setStyleSheet(u"QLabel { color: #b00020; } QLabel[masalah=\"false\"] { color: palette(window-text); }")
        self.actingMessage.setWordWrap(True)

        self.actingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.actingMessage)

        self.addActing = QPushButton(self.actingTab)
        self.addActing.setObjectName(u"addActing")

        self.actingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addActing)

        self.actingList = QListWidget(self.actingTab)
        self.actingList.setObjectName(u"actingList")

        self.actingForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.actingList)

        self.endActing = QPushButton(self.actingTab)
        self.endActing.setObjectName(u"endActing")

        self.actingForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.endActing)

        self.tabs.addTab(self.actingTab, "")
        self.daysTab = QWidget()
        self.daysTab.setObjectName(u"daysTab")
        self.daysForm = QFormLayout(self.daysTab)
        self.daysForm.setObjectName(u"daysForm")
        self.dayDateLabel = QLabel(self.daysTab)
        self.dayDateLabel.setObjectName(u"dayDateLabel")

        self.daysForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayDateLabel)

        self.dayDate = QDateEdit(self.daysTab)
        self.dayDate.setObjectName(u"dayDate")
        self.dayDate.setCalendarPopup(True)
        self.dayDate.setDisplayFormat(u"dd-MM-yyyy")

        self.daysForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayDate)

        self.dayKindLabel = QLabel(self.daysTab)
        self.dayKindLabel.setObjectName(u"dayKindLabel")

        self.daysForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayKindLabel)

        self.dayKind = QComboBox(self.daysTab)
        self.dayKind.setObjectName(u"dayKind")

        self.daysForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayKind)

        self.dayNoteLabel = QLabel(self.daysTab)
        self.dayNoteLabel.setObjectName(u"dayNoteLabel")

        self.daysForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dayNoteLabel)

        self.dayNote = QLineEdit(self.daysTab)
        self.dayNote.setObjectName(u"dayNote")

        self.daysForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dayNote)

        self.dayMessage = QLabel(self.daysTab)
        self.dayMessage.setObjectName(u"dayMessage")
        self.dayMessage.setStyleSheet(u"QLabel { color: #b00020; } QLabel[masalah=\"false\"] { color: palette(window-text); }")
        self.dayMessage.setWordWrap(True)

        self.daysForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dayMessage)

        self.dayButtons = QHBoxLayout()
        self.dayButtons.setObjectName(u"dayButtons")
        self.addDay = QPushButton(self.daysTab)
        self.addDay.setObjectName(u"addDay")

        self.dayButtons.addWidget(self.addDay)

        self.removeDay = QPushButton(self.daysTab)
        self.removeDay.setObjectName(u"removeDay")

        self.dayButtons.addWidget(self.removeDay)


        self.daysForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.dayButtons)

        self.dayList = QListWidget(self.daysTab)
        self.dayList.setObjectName(u"dayList")

        self.daysForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.dayList)

        self.tabs.addTab(self.daysTab, "")
        self.backupTab = QWidget()
        self.backupTab.setObjectName(u"backupTab")
        self.backupForm = QFormLayout(self.backupTab)
        self.backupForm.setObjectName(u"backupForm")
        self.backupFolderLabel = QLabel(self.backupTab)
        self.backupFolderLabel.setObjectName(u"backupFolderLabel")

        self.backupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backupFolderLabel)

        self.backupFolderBox = QHBoxLayout()
        self.backupFolderBox.setObjectName(u"backupFolderBox")
        self.backupFolder = QLineEdit(self.backupTab)
        self.backupFolder.setObjectName(u"backupFolder")

        self.backupFolderBox.addWidget(self.backupFolder)

        self.pickBackupFolder = QPushButton(self.backupTab)
        self.pickBackupFolder.setObjectName(u"pickBackupFolder")

        self.backupFolderBox.addWidget(self.pickBackupFolder)


        self.backupForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.backupFolderBox)

        self.backupKeepLabel = QLabel(self.backupTab)
        self.backupKeepLabel.setObjectName(u"backupKeepLabel")

        self.backupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupKeepLabel)

        self.backupKeep = QSpinBox(self.backupTab)
        self.backupKeep.setObjectName(u"backupKeep")
        self.backupKeep.setMinimum(1)
        self.backupKeep.setMaximum(1000)

        self.backupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backupKeep)

        self.backupStatus = QLabel(self.backupTab)
        self.backupStatus.setObjectName(u"backupStatus")
        self.backupStatus.setStyleSheet(u"QLabel { color: #b00020; } QLabel[masalah=\"false\"] { color: palette(window-text); }")
        self.backupStatus.setWordWrap(True)

        self.backupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backupStatus)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.saveBackup = QPushButton(self.backupTab)
        self.saveBackup.setObjectName(u"saveBackup")

        self.backupButtons.addWidget(self.saveBackup)

        self.backupNow = QPushButton(self.backupTab)
        self.backupNow.setObjectName(u"backupNow")

        self.backupButtons.addWidget(self.backupNow)


        self.backupForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.backupButtons)

        self.tabs.addTab(self.backupTab, "")

        self.layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.userNamaLabel.setBuddy(self.userNama)
        self.userNipLabel.setBuddy(self.userNip)
        self.userPangkatLabel.setBuddy(self.userPangkat)
        self.userJabatanLabel.setBuddy(self.userJabatan)
        self.userUsernameLabel.setBuddy(self.userUsername)
        self.userPasswordLabel.setBuddy(self.userPassword)
        self.userRolesLabel.setBuddy(self.userRoles)
        self.actingPersonLabel.setBuddy(self.actingPerson)
        self.actingRoleLabel.setBuddy(self.actingRole)
        self.actingKindLabel.setBuddy(self.actingKind)
        self.actingForLabel.setBuddy(self.actingFor)
        self.actingStartLabel.setBuddy(self.actingStart)
        self.actingEndLabel.setBuddy(self.actingEnd)
        self.dayDateLabel.setBuddy(self.dayDate)
        self.dayKindLabel.setBuddy(self.dayKind)
        self.dayNoteLabel.setBuddy(self.dayNote)
        self.backupFolderLabel.setBuddy(self.backupFolder)
        self.backupKeepLabel.setBuddy(self.backupKeep)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title.setText(QCoreApplication.translate("SettingsPage", u"Pengaturan", None))
        self.saveOffice.setText(QCoreApplication.translate("SettingsPage", u"&Simpan pengaturan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.officeTab), QCoreApplication.translate("SettingsPage", u"Kantor dan dokumen", None))
        self.editUser.setText(QCoreApplication.translate("SettingsPage", u"&Ubah pengguna terpilih\u2026", None))
        self.newUserBox.setTitle(QCoreApplication.translate("SettingsPage", u"Tambah pengguna", None))
        self.userNamaLabel.setText(QCoreApplication.translate("SettingsPage", u"Nama lengkap *", None))
        self.userNipLabel.setText(QCoreApplication.translate("SettingsPage", u"NIP", None))
        self.userPangkatLabel.setText(QCoreApplication.translate("SettingsPage", u"Pangkat / golongan", None))
        self.userJabatanLabel.setText(QCoreApplication.translate("SettingsPage", u"Jabatan", None))
        self.userUsernameLabel.setText(QCoreApplication.translate("SettingsPage", u"Nama pengguna *", None))
        self.userPasswordLabel.setText(QCoreApplication.translate("SettingsPage", u"Kata sandi awal *", None))
        self.userRolesLabel.setText(QCoreApplication.translate("SettingsPage", u"Peran", None))
        self.addUser.setText(QCoreApplication.translate("SettingsPage", u"&Tambah pengguna", None))
        self.tabs.setTabText(self.tabs.indexOf(self.usersTab), QCoreApplication.translate("SettingsPage", u"Pengguna dan peran", None))
        self.actingPersonLabel.setText(QCoreApplication.translate("SettingsPage", u"Pegawai yang ditunjuk *", None))
        self.actingRoleLabel.setText(QCoreApplication.translate("SettingsPage", u"Sebagai *", None))
        self.actingKindLabel.setText(QCoreApplication.translate("SettingsPage", u"Jenis *", None))
        self.actingForLabel.setText(QCoreApplication.translate("SettingsPage", u"Menggantikan", None))
        self.actingStartLabel.setText(QCoreApplication.translate("SettingsPage", u"Mulai *", None))
        self.actingEndLabel.setText(QCoreApplication.translate("SettingsPage", u"Selesai *", None))
        self.addActing.setText(QCoreApplication.translate("SettingsPage", u"Tunjuk &Plt./Plh.", None))
        self.endActing.setText(QCoreApplication.translate("SettingsPage", u"A&khiri penunjukan terpilih", None))
#if QT_CONFIG(tooltip)
        self.endActing.setToolTip(QCoreApplication.translate("SettingsPage", u"Penunjukan yang belum berlaku dihapus; yang sedang berlaku berakhir kemarin, sehingga mulai hari ini tidak berlaku.", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.actingTab), QCoreApplication.translate("SettingsPage", u"Plt./Plh.", None))
        self.dayDateLabel.setText(QCoreApplication.translate("SettingsPage", u"Tanggal *", None))
        self.dayKindLabel.setText(QCoreApplication.translate("SettingsPage", u"Jenis *", None))
        self.dayNoteLabel.setText(QCoreApplication.translate("SettingsPage", u"Keterangan", None))
        self.addDay.setText(QCoreApplication.translate("SettingsPage", u"&Simpan hari", None))
        self.removeDay.setText(QCoreApplication.translate("SettingsPage", u"&Hapus hari terpilih", None))
        self.tabs.setTabText(self.tabs.indexOf(self.daysTab), QCoreApplication.translate("SettingsPage", u"Hari libur kantor", None))
        self.backupFolderLabel.setText(QCoreApplication.translate("SettingsPage", u"Folder cadangan (drive bersama)", None))
        self.pickBackupFolder.setText(QCoreApplication.translate("SettingsPage", u"Pilih\u2026", None))
        self.backupKeepLabel.setText(QCoreApplication.translate("SettingsPage", u"Jumlah cadangan yang disimpan", None))
        self.saveBackup.setText(QCoreApplication.translate("SettingsPage", u"&Simpan", None))
        self.backupNow.setText(QCoreApplication.translate("SettingsPage", u"&Cadangkan sekarang", None))
        self.tabs.setTabText(self.tabs.indexOf(self.backupTab), QCoreApplication.translate("SettingsPage", u"Cadangan", None))
        pass
    # retranslateUi

