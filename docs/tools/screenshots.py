"""Take the README's screenshots offscreen from a fresh demo database: python docs/tools/screenshots.py"""

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QComboBox  # noqa: E402

from monev_desktop.app import open_services  # noqa: E402
from monev_desktop.gui.login import LoginDialog  # noqa: E402
from monev_desktop.gui.main_window import MainWindow  # noqa: E402
from monev_desktop.gui.pdf_preview import PdfPreviewDialog  # noqa: E402
from monev_desktop.gui.runner import Runner  # noqa: E402
from monev_desktop.services.demo import DEMO_PASSWORD, seed_demo  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "screenshots"


def shoot(app: QApplication, widget, name: str, size=(1280, 760), settle_s: float = 0) -> None:
    """Save `widget` at `size`; `settle_s` lets work Qt does in the background (rendering a
    PDF's pages) finish first."""
    widget.resize(*size)
    widget.show()
    app.processEvents()
    until = time.monotonic() + settle_s
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.02)
    widget.grab().save(str(OUT / name))


def answer_every_question(table) -> None:
    """Step 4's checklist filled with each question's first answer."""
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            if isinstance(combo := table.cellWidget(row, column), QComboBox):
                combo.setCurrentIndex(1)


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
        step = analyst.open_task(task)
        shoot(app, step, "step_form.png", (1180, 860))
        answer_every_question(step.form.ui.hasil)
        step._on_preview_draft()  # Pratinjau draf of the Laporan Monitoring
        if (preview := step.findChild(PdfPreviewDialog)) is not None:
            shoot(app, preview, "draft_preview.png", (760, 900), settle_s=2)
        else:
            print("draft_preview.png not taken: the draft preview needs LibreOffice")
        step.close_discarding()  # the checklist filled for the picture is not kept
        kabag = MainWindow(
            services, services.accounts.login("kabag", DEMO_PASSWORD), Runner(synchronous=True)
        )
        finished = services.workflow.cycles()[1]
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
