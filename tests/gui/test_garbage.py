"""Cyclic garbage is collected on the GUI thread, never on a worker thread."""

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication, QMainWindow

from monev_desktop.gui.garbage import collect_on_gui_thread


def test_a_window_in_a_reference_cycle_is_freed_by_the_gui_thread_only(qtbot):
    timer = collect_on_gui_thread(QApplication.instance())
    try:
        assert not gc.isenabled()
        window = QMainWindow()
        window.itself = window  # kept alive only by a cycle, as a window whose slots name it
        gone = weakref.ref(window)
        del window
        kept = []  # what the worker makes stays: Python counts allocations net of frees
        worker = threading.Thread(target=lambda: kept.extend([i] for i in range(10_000)))
        worker.start()
        worker.join()
        assert gone() is not None  # the worker's allocations collected nothing
        qtbot.waitUntil(lambda: gone() is None, timeout=5_000)  # the GUI thread's timer did
    finally:
        timer.stop()
        timer.deleteLater()
