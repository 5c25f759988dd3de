"""Take the README's screenshots offscreen from a fresh demo database: python docs/tools/screenshots.py"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from monev_desktop.app import open_services  # noqa: E402
from monev_desktop.gui.login import LoginDialog  # noqa: E402
from monev_desktop.gui.main_window import MainWindow  # noqa: E402
from monev_desktop.services.demo import DEMO_PASSWORD, seed_demo  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "screenshots"


def main() -> int:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(f"sqlite:///{folder}/demo.sqlite3")
        seed_demo(services.ctx)
        login = LoginDialog(services.accounts)
        login.ui.username.setText("kabag")
        login.show()
        app.processEvents()
        login.grab().save(str(OUT / "login.png"))
        for username, page, name in (("analis1", 0, "inbox.png"), ("kabag", 1, "register.png")):
            window = MainWindow(services, services.accounts.login(username, DEMO_PASSWORD))
            window.resize(1280, 720)
            window.ui.navigation.setCurrentRow(page)
            window.show()
            app.processEvents()
            window.grab().save(str(OUT / name))
        services.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
