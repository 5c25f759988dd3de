"""One place that turns an exception into a sentence for the user; the detail goes to the log."""

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from monev_desktop.domain.errors import MonevError, ValidationError

log = logging.getLogger(__name__)


def user_message(error: BaseException, *, nothing_saved: bool = True) -> str:
    """The sentence to show: the error's own for MonevError, a generic one otherwise (logged),
    which says that nothing was changed unless part of the work was saved before `error`."""
    if isinstance(error, MonevError):
        return str(error)
    log.error("unexpected error", exc_info=error)
    unchanged = "; tidak ada data yang diubah" if nothing_saved else ""
    return (
        f"Terjadi kesalahan yang tidak terduga{unchanged}. "
        "Rinciannya tercatat di berkas log; hubungi admin bila terulang."
    )


def sentences(error: BaseException) -> str:
    """`user_message`, or for a ValidationError its field sentences, one per line (for a
    message line that stands for the whole form)."""
    if isinstance(error, ValidationError):
        return "\n".join(error.errors.values())
    return user_message(error)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(
        parent, parent.tr("Tidak dapat diproses") if parent else "Galat", user_message(error)
    )


def report_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """The desktop app's sys.excepthook, the last net under every handler (a Qt slot's error
    ends here): the traceback goes to the log, the person gets a sentence in a message box.
    An error raised while that box is open (a paint that keeps failing) is only logged."""
    if not isinstance(error, Exception):  # Ctrl+C, SystemExit: as Python does
        sys.__excepthook__(kind, error, trace)
        return
    sentence = user_message(error.with_traceback(trace), nothing_saved=False)
    if _telling.is_set():
        return
    _telling.set()
    try:
        QMessageBox.warning(QApplication.activeWindow(), "Tidak dapat diproses", sentence)
    finally:
        _telling.clear()


_telling = threading.Event()  # report_uncaught's message box is open
