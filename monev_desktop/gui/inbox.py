"""The inbox: a lazily fetched table model over the task lists, and the page around it.

Rows come from the database a page at a time (`canFetchMore`/`fetchMore`); typing in the
search box re-queries in SQL after a short pause, so a list of 100,000 tasks stays instant.
"""

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from monev_desktop.domain.dates import format_datetime
from monev_desktop.gui.forms.ui_inbox_page import Ui_InboxPage
from monev_desktop.gui.labels import status_label
from monev_desktop.gui.table_model import size_columns
from monev_desktop.services.dto import TaskRow
from monev_desktop.services.inbox import InboxList

PAGE = 200
OVERDUE_BRUSH = QBrush(QColor("#f8d7da"))
DUE_SOON_BRUSH = QBrush(QColor("#fff3cd"))
Index = QModelIndex | QPersistentModelIndex
LIST_TITLES = {
    InboxList.MINE: "Tugas saya",
    InboxList.ROLE: "Belum diambil (untuk peran saya)",
    InboxList.OVERDUE: "Terlambat",
    InboxList.ALL: "Semua tugas terbuka",
    InboxList.DONE: "Selesai oleh saya",
}
# What decides the next move first (due, time left, status), then where a task came from: on
# a narrow screen the columns cut off at the right are the ones least needed.
COLUMNS = (
    ("Langkah", lambda t: f"{t.step}. {t.step_title}"),
    ("Kegiatan", lambda t: t.cycle_label),
    ("Tenggat", lambda t: format_datetime(t.due) if t.due else "-"),
    ("Sisa waktu", lambda t: t.time_left),
    ("Status", lambda t: ("Terlambat — " if t.overdue else "") + status_label(t.status)),
    ("Dari", lambda t: t.from_name),
    ("Diterima", lambda t: format_datetime(t.received)),
    ("Ditujukan kepada", lambda t: t.assigned_to or t.role.title),
)
SORT_ORDERS = {  # a column's header sorts the whole list in SQL by
    "Langkah": "langkah",
    "Kegiatan": "siklus",
    "Tenggat": "tenggat",
    "Sisa waktu": "tenggat",
    "Diterima": "diterima",
}

Fetch = Callable[[int, int], list[TaskRow]]


class InboxTableModel(QAbstractTableModel):
    """Task rows fetched `PAGE` at a time through `fetch(offset, limit)`."""

    def __init__(self, fetch: Fetch, parent=None):
        super().__init__(parent)
        self.fetch, self.rows, self._exhausted = fetch, [], False
        self._shown: dict[int, tuple[str, ...]] = {}

    def reset(self, fetch: Fetch | None = None) -> None:
        self.beginResetModel()
        self.fetch = fetch or self.fetch
        self.rows, self._exhausted, self._shown = [], False, {}
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self.fetch(len(self.rows), PAGE)
        self._exhausted = len(page) < PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            task = self.rows[index.row()]
            return OVERDUE_BRUSH if task.overdue else DUE_SOON_BRUSH if task.due_soon else None
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()]
        return None

    def _texts(self, row: int) -> tuple[str, ...]:
        """The row's cells as shown, formatted once."""
        texts = self._shown.get(row)
        if texts is None:
            task = self.rows[row]
            texts = self._shown[row] = tuple(show(task) for _, show in COLUMNS)
        return texts

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][0]
        return None


class InboxPage(QWidget):
    """The lists of the logged-in user. `sig_task_opened(task_id)` asks to open a task."""

    sig_task_opened = Signal(int)

    def __init__(self, services, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_InboxPage()
        self.ui.setupUi(self)
        self.services, self.session = services, session
        self.order = "tenggat"
        self._columns_sized = False
        self.model = InboxTableModel(self._fetch, self)
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._on_header_clicked)
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.ui.openTask.clicked.connect(lambda: self._open(self.ui.table.currentIndex().row()))
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.ui.table,
            lambda: self._open(self.ui.table.currentIndex().row()),
        )
        QShortcut(QKeySequence.StandardKey.Find, self, self.ui.search.setFocus)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.reload)
        self.ui.search.textChanged.connect(lambda _: self._search_timer.start())
        self.ui.listChoice.currentIndexChanged.connect(lambda _: self.reload())
        self.ui.refresh.clicked.connect(self.refresh)
        self.refresh()

    def current_list(self) -> InboxList:
        return InboxList(self.ui.listChoice.currentData() or InboxList.MINE)  # Qt gives back a str

    def refresh(self) -> None:
        """Re-read the counts and the current list (after any change to tasks)."""
        counts = self.services.workflow.lists.counts(self.session)
        chosen = self.current_list()
        combo = self.ui.listChoice
        combo.blockSignals(True)
        combo.clear()
        for which, title in LIST_TITLES.items():
            combo.addItem(f"{self.tr(title)} ({counts[which]})", which)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        self.ui.summary.setText(
            self.tr("%d tugas saya, %d belum diambil untuk peran saya, %d terlambat.")
            % (counts[InboxList.MINE], counts[InboxList.ROLE], counts[InboxList.OVERDUE])
        )
        self.reload()

    def reload(self) -> None:
        """Re-read the current list's first page with the search text (not the counts)."""
        self.model.reset()
        if not self._columns_sized and self.model.rowCount():
            # Once, from the first rows: later the columns keep the widths the person chose.
            size_columns(self.ui.table)
            self._columns_sized = True

    def _fetch(self, offset: int, limit: int) -> list[TaskRow]:
        return self.services.workflow.lists.page(
            self.session,
            self.current_list(),
            self.ui.search.text(),
            offset=offset,
            limit=limit,
            order=self.order,
        )

    def _on_header_clicked(self, section: int) -> None:
        order = SORT_ORDERS.get(COLUMNS[section][0])
        if order:
            self.order = order
            self.reload()

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.sig_task_opened.emit(self.model.rows[row].id)
