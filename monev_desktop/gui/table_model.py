"""A read-only table model over a list of frozen dataclass rows, with declared columns."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from monev_desktop.domain.dates import format_date, format_datetime

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], object]


def display(value: object) -> str:
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return "" if value is None else str(value)


class RowTableModel(QAbstractTableModel):
    """Rows are dataclasses; `highlight(row)` may return a background colour for a row.

    Sorting uses the raw value (UserRole), so dates sort as dates.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        highlight: Callable[[Any], QColor | None] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list = []
        self.highlight = highlight

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        value = self.columns[index.column()].value(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value)
        if role == Qt.ItemDataRole.UserRole:
            return value.isoformat() if isinstance(value, date | datetime) else value
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight:
            colour = self.highlight(item)
            return QBrush(colour) if colour else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None
