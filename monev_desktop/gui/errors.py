"""One place that turns an exception into a sentence for the user; the detail goes to the log."""

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from monev_desktop.domain.errors import MonevError

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


def show_error(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(
        parent, parent.tr("Tidak dapat diproses") if parent else "Galat", user_message(error)
    )
