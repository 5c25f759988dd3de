"""The desktop app's start: the login window as soon as Qt has loaded, the composition root
(`app`) loading behind it on a worker thread, then the main window where this workstation's
user left it (QSettings); the automatic backup on exit.

Imports only Qt and the login window's modules, so that `monev-desktop` shows its first
window without waiting for peewee, argon2 or the services.
"""

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from monev_desktop.db.urls import sqlite_file
from monev_desktop.gui.application import application, run_main_window
from monev_desktop.gui.errors import report_uncaught
from monev_desktop.gui.startup import Recovery, sign_in
from monev_desktop.locations import APP_AUTHOR, APP_NAME, data_dir

if TYPE_CHECKING:
    from monev_desktop.services.container import Services


def run_gui(url: str, argv: list[str]) -> int:
    """Run the desktop app over the database at `url` until its window closes (after a
    restore, the login window comes again)."""
    app = application(argv)
    sys.excepthook = report_uncaught
    file = sqlite_file(url)
    load, recovery = (lambda: open_in_background(url)), _recovery(url)
    signed_in = sign_in(app, load, recovery, new_database=file is not None and not file.exists())
    while signed_in is not None:
        services = signed_in.services
        try:
            note = run_main_window(
                app, services, signed_in.session, QSettings(APP_AUTHOR, APP_NAME)
            )
        finally:
            services.backup.automatic()
            services.close()
        signed_in = None if note is None else sign_in(app, load, recovery, note=note)
    return 0


def open_in_background(url: str) -> "Services":
    """Load the composition root and open the services (on the loading thread), releasing
    this thread's database connection: the GUI thread opens its own on first use.

    SQLite's integrity check of the file begins first, on a thread of its own, so that it runs
    on the other core while the app's modules load."""
    from monev_desktop.db import early_check  # with sqlite3: not before the login window

    early_check.begin(url)
    from monev_desktop.app import open_services  # the heavy part: loads while the person types

    services = open_services(url)
    services.close()
    return services


def _recovery(url: str) -> Recovery:
    def newest_backup():
        from monev_desktop.services.backup import newest_sound_backup

        return newest_sound_backup(data_dir())

    def restore(file):
        from monev_desktop.app import restore_backup

        return restore_backup(url, file)

    return Recovery(newest_backup, restore)
