"""Run service calls off the GUI thread; deliver the result or the error back on it.

`Runner.run(fn, on_done)` hands `fn` to Qt's thread pool; `on_done(result)` runs on the GUI
thread, and an error goes to `on_error` (by default a sentence in a message box; the detail
in the log). `Runner(synchronous=True)` runs everything at once, for tests. Long jobs take a
`Progress` to report to and to learn that the user cancelled.
"""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from monev_desktop.gui.errors import show_error


class Cancelled(Exception):
    """The user cancelled a long job; whatever it finished stays finished."""


class Progress:
    """Thread-safe progress of one long job: `step(done, total, text)` raises Cancelled once
    the user pressed Cancel."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self.report: Callable[[int, int, str], None] = lambda done, total, text: None

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, done: int, total: int, text: str = "") -> None:
        if self.cancelled:
            raise Cancelled
        self.report(done, total, text)


class _Signals(QObject):
    sig_done = Signal(object)
    sig_failed = Signal(object)
    sig_progress = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals, release: Callable[[], None]):
        super().__init__()
        self.fn, self.signals, self.release = fn, signals, release

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as error:  # delivered to the GUI thread, never lost
            self.signals.sig_failed.emit(error)
        else:
            self.signals.sig_done.emit(result)
        finally:
            self.release()


class Runner(QObject):
    """Runs callables off the GUI thread (or at once when `synchronous`)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        synchronous: bool = False,
        release: Callable[[], None] = lambda: None,
    ):
        """`release` runs on the worker thread after each job (closes its database connection)."""
        super().__init__(parent)
        self.synchronous, self.release = synchronous, release
        self.pool = QThreadPool.globalInstance()
        self._alive: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] = lambda result: None,
        on_error: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        signals: "_Signals | None" = None,
    ) -> None:
        handle_error = on_error or (lambda error: show_error(parent, error))
        if self.synchronous:
            try:
                result = fn()
            except Exception as error:  # same contract as the threaded path
                handle_error(error)
                return
            on_done(result)
            return
        signals = signals or _Signals()
        self._alive.add(signals)

        def finish(callback, value):
            self._alive.discard(signals)
            callback(value)

        signals.sig_done.connect(
            lambda result: finish(on_done, result), Qt.ConnectionType.QueuedConnection
        )
        signals.sig_failed.connect(
            lambda error: finish(handle_error, error), Qt.ConnectionType.QueuedConnection
        )
        self.pool.start(_Job(fn, signals, self.release))

    def run_with_progress(
        self,
        title: str,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> Progress:
        """Run a long job behind a progress dialog with a Cancel button."""
        progress = Progress()
        dialog = QProgressDialog(title, parent.tr("Batal") if parent else "Batal", 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(progress.cancel)
        signals = _Signals()
        signals.sig_progress.connect(
            lambda done, total, text: (
                dialog.setMaximum(total),
                dialog.setValue(done),
                dialog.setLabelText(text),
            ),
            Qt.ConnectionType.QueuedConnection,
        )
        progress.report = signals.sig_progress.emit

        def done(result):
            dialog.reset()
            on_done(result)

        def failed(error):
            dialog.reset()
            if isinstance(error, Cancelled):
                on_done(None)
            else:
                show_error(parent, error)

        self.run(lambda: fn(progress), done, failed, parent, signals)
        return progress

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job of the pool finished (for closing the app and tests)."""
        return self.pool.waitForDone(msecs)
