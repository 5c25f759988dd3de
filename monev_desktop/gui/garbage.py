"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate. A Qt window kept
alive only by a reference cycle (its slots are lambdas that name it) would then be freed, and
its C++ object deleted, on a worker thread of the Runner, which crashes Qt. So the desktop app
turns automatic collection off and the GUI thread collects, on Python's own thresholds, a few
times a second."""

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200


def collect_on_gui_thread(parent: QObject) -> QTimer:
    """Called once on the GUI thread with the application as `parent`; returns the timer."""
    gc.disable()
    timer = QTimer(parent)
    timer.timeout.connect(collect_due)
    timer.start(INTERVAL_MS)
    return timer


def collect_due() -> int:
    """Collect the oldest generation whose count passed its threshold, as the automatic
    collector would; how many objects were unreachable (0 when none was due)."""
    thresholds, counts = gc.get_threshold(), gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0
