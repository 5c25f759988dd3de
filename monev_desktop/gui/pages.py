"""A searchable list page (the agreement register) over a RowTableModel.

Each page is a Designer list form (title, summary, search, table) over a RowTableModel
behind a QSortFilterProxyModel that filters on every column as the user types.
"""

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from monev_desktop.domain.agreements import Status
from monev_desktop.gui.forms.ui_list_page import Ui_ListPage
from monev_desktop.gui.table_model import Column, RowTableModel
from monev_desktop.services.dto import Agreement

DUE_SOON = QColor("#fff3cd")


class ListPage(QWidget):
    """A searchable, sortable table. `sig_row_activated` carries the activated row's dataclass."""

    sig_row_activated = Signal(object)

    MAX_COLUMN_WIDTH = 360

    def __init__(
        self, title: str, model: RowTableModel, sort_column: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_ListPage()
        self.ui.setupUi(self)
        self.ui.title.setText(title)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.ui.table.setModel(self.proxy)
        self.ui.table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        self.ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.table.horizontalHeader().setStretchLastSection(True)
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.table.doubleClicked.connect(self._on_double_clicked)
        QShortcut(QKeySequence.StandardKey.Find, self, self.ui.search.setFocus)

    def set_rows(self, rows, summary: str) -> None:
        self.model.set_rows(rows)
        self.ui.summary.setText(summary)
        self.ui.table.resizeColumnsToContents()
        header = self.ui.table.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), self.MAX_COLUMN_WIDTH))

    def _on_double_clicked(self, index) -> None:
        source = self.proxy.mapToSource(index)
        self.sig_row_activated.emit(self.model.row_at(source.row()))


REGISTER_SORT_COLUMN = 7  # Berakhir


def register_model(parent=None) -> RowTableModel:
    def highlight(agreement: Agreement):
        return DUE_SOON if agreement.status == Status.AKAN_BERAKHIR else None

    return RowTableModel(
        [
            Column("Nomor", lambda a: a.nomor),
            Column("Judul", lambda a: a.judul),
            Column("Mitra", lambda a: a.mitra),
            Column("Jenis", lambda a: a.jenis),
            Column("Bentuk", lambda a: a.bentuk),
            Column("OPD Pelaksana", lambda a: ", ".join(a.opd_names)),
            Column("Mulai", lambda a: a.tanggal_mulai),
            Column("Berakhir", lambda a: a.tanggal_berakhir),
            Column("Status", lambda a: a.status),
        ],
        highlight,
        parent,
    )
