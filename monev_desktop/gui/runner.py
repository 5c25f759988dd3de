"""Run service calls off the GUI thread; deliver the result or the error back on it.

`Runner.run(fn, on_done)` runs `fn` on a Python worker thread (Qt's own pool threads leave
Python state behind that crashes the interpreter at exit); `on_done(result)` runs on the GUI
thread, and an error goes to `on_error` (by default a sentence in a message box; the detail
in the log). `Runner(synchronous=True)` runs everything at once, for tests. Long jobs take a
`Progress` to report to and to learn that the user cancelled. `run_while_disabled` keeps the
button that asked disabled until the outcome arrives; `dispose_on_close` deletes a closed
window once no job can deliver to it any more. Only plain ints and strings cross threads in
signals; results wait in a locked table until the GUI thread collects them.
"""

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

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
    sig_finished = Signal(int)
    sig_progress = Signal(int, int, str)


def _work(runner: "Runner", job_id: int, fn: Callable[[], Any]) -> None:
    """The body of a worker thread: run `fn`, release its connection, hand back the outcome."""
    try:
        outcome = (True, fn())
    except BaseException as error:  # delivered to the GUI thread, never lost
        outcome = (False, error)
    finally:
        runner.release()
    runner._finish(job_id, outcome)


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
        self._threads: list[threading.Thread] = []
        self.signals = _Signals(self)
        self.signals.sig_finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._callbacks: dict[int, tuple[Callable, Callable]] = {}
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self._disposals: list[QDialog] = []

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] = lambda result: None,
        on_error: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
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
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, handle_error)
        thread = threading.Thread(target=_work, args=(self, job_id, fn), name=f"monev-job-{job_id}")
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def run_while_disabled(
        self,
        control: QWidget | QAction,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] = lambda result: None,
        on_error: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`run`, with `control` (the button or menu entry that asked) disabled until the
        outcome is delivered: a save waiting for another workstation's, a print or a letter
        being made cannot be sent twice."""
        handle_error = on_error or (lambda error: show_error(parent, error))
        control.setEnabled(False)
        self.run(
            fn,
            lambda result: (control.setEnabled(True), on_done(result)),
            lambda error: (control.setEnabled(True), handle_error(error)),
        )

    def dispose_on_close(self, dialog: QDialog) -> None:
        """Delete `dialog` once it is closed and no job is in flight (a job may still deliver
        to it): a window opened per task or per agreement would otherwise stay in memory,
        hidden, until the app exits."""

        def closed(_result: int) -> None:
            if self._callbacks:
                self._disposals.append(dialog)
            else:
                dialog.deleteLater()

        dialog.finished.connect(closed)

    def run_with_progress(
        self,
        title: str,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        parent: QWidget | None = None,
        *,
        control: QWidget | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Progress:
        """Run a long job behind a progress dialog with a Cancel button; `on_done(None)` when
        the user cancelled. `control` (the button that asked) stays disabled meanwhile, as
        in `run_while_disabled`; an error goes to `on_error`, by default a message box."""
        handle_error = on_error or (lambda error: show_error(parent, error))
        progress = Progress()
        dialog = QProgressDialog(title, parent.tr("Batal") if parent else "Batal", 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(progress.cancel)
        relay = _Signals(dialog)
        relay.sig_progress.connect(
            lambda done, total, text: (
                dialog.setMaximum(total),
                dialog.setValue(done),
                dialog.setLabelText(text),
            ),
            Qt.ConnectionType.QueuedConnection,
        )
        progress.report = relay.sig_progress.emit

        def close_dialog():
            progress.report = Progress().report  # drop the relay before Qt deletes it
            dialog.reset()
            dialog.deleteLater()
            if control is not None:
                control.setEnabled(True)

        def done(result):
            close_dialog()
            on_done(result)

        def failed(error):
            close_dialog()
            if isinstance(error, Cancelled):
                on_done(None)
            else:
                handle_error(error)

        if control is not None:
            control.setEnabled(False)
        self.run(lambda: fn(progress), done, failed, parent)
        return progress

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job finished (for closing the app and tests); False on timeout."""
        for thread in self._threads:
            thread.join(msecs / 1000)
        return not any(t.is_alive() for t in self._threads)

    def _finish(self, job_id: int, outcome: tuple[bool, Any]) -> None:
        with self._lock:
            self._outcomes[job_id] = outcome
        self.signals.sig_finished.emit(job_id)

    def _deliver(self, job_id: int) -> None:
        with self._lock:
            ok, value = self._outcomes.pop(job_id)
        on_done, on_error = self._callbacks.pop(job_id)
        try:
            (on_done if ok else on_error)(value)
        finally:
            if not self._callbacks:
                disposals, self._disposals = self._disposals, []
                for dialog in disposals:
                    dialog.deleteLater()
