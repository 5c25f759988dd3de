"""At 125% and 150% display scaling the windows still fit a 1920×1080 office screen."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from monev_desktop.app import open_services
from monev_desktop.gui.main_window import MainWindow
from monev_desktop.gui.runner import Runner
from monev_desktop.services.demo import DEMO_PASSWORD, seed_demo
services = open_services(sys.argv[1])
seed_demo(services.ctx)
window = MainWindow(services, services.accounts.login("admin", DEMO_PASSWORD), Runner(synchronous=True))
sizes = [window.minimumSizeHint()]
for cycle in services.workflow.cycles():
    for row in services.workflow.timeline(cycle.id):
        if row.task_id:
            sizes.append(window.open_task(row.task_id).minimumSizeHint())
print(max(s.width() for s in sizes), max(s.height() for s in sizes))
"""


@pytest.mark.parametrize("scale", ["1.25", "1.5"])
def test_windows_fit_the_screen_when_scaled(tmp_path, scale):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": scale,
        "MONEV_DATA_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, f"sqlite:///{tmp_path / 'demo.sqlite3'}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    width, height = map(int, result.stdout.split()[-2:])
    logical_screen = (1920 / float(scale), 1080 / float(scale) - 48)  # less the taskbar
    assert width <= logical_screen[0] and height <= logical_screen[1], (width, height)
