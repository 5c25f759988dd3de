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
from monev_desktop.gui.runner import Runner  # noqa: E402
from monev_desktop.services.demo import DEMO_PASSWORD, seed_demo  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "screenshots"


def shoot(app: QApplication, widget, name: str, size=(1280, 760)) -> None:
    widget.resize(*size)
    widget.show()
    app.processEvents()
    widget.grab().save(str(OUT / name))


def main() -> int:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["MONEV_DATA_DIR"] = folder
        services = open_services(f"sqlite:///{folder}/demo.sqlite3")
        seed_demo(services.ctx)
        login = LoginDialog(services.accounts)
        login.ui.username.setText("kabag")
        shoot(app, login, "login.png", (420, 260))
        analyst = MainWindow(
            services, services.accounts.login("analis1", DEMO_PASSWORD), Runner(synchronous=True)
        )
        shoot(app, analyst, "inbox.png")
        task = analyst.inbox.model.rows[0].id
        shoot(app, analyst.open_task(task), "step_form.png", (1180, 860))
        kabag = MainWindow(
            services, services.accounts.login("kabag", DEMO_PASSWORD), Runner(synchronous=True)
        )
        finished = services.workflow.cycles()[1]
        for task in services.workflow.cycle_tasks(
            finished.id
        ):  # its documents, as the office would
            services.documents.generate(kabag.session, task.id)
        services.documents.generate_control_sheet(kabag.session, finished.id)
        kabag.ui.navigation.setCurrentRow(1)
        kabag.page("cycles").ui.cycles.selectRow(1)
        shoot(app, kabag, "cycles.png")
        documents = kabag.page("documents")
        documents.refresh()
        documents.ui.cycle.setCurrentIndex(documents.ui.cycle.findData(finished.id))
        for row, name in ((2, "register.png"), (3, "documents.png"), (4, "dashboard.png")):
            kabag.ui.navigation.setCurrentRow(row)
            shoot(app, kabag, name)
        admin = MainWindow(
            services, services.accounts.login("admin", DEMO_PASSWORD), Runner(synchronous=True)
        )
        admin.ui.navigation.setCurrentRow(5)
        shoot(app, admin, "settings.png")
        services.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
