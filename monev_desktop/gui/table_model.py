"""A read-only table model over a list of frozen dataclass rows, with declared columns; and
the one way the app sizes a table's columns."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from monev_desktop.domain.dates import format_date, format_datetime

Index = QModelIndex | QPersistentModelIndex
SIZED_ROWS = 40  # column widths follow the first rows, not every row of a long table


@dataclass(frozen=True)
class Column:
    """A column's title and its cell's value (which it sorts by); `text` words the value
    when plain formatting (`display`) would not read well."""

    title: str
    value: Callable[[Any], object]
    optional: bool = False  # shown only when someone chooses it (see column_chooser)
    text: Callable[[Any], str] | None = None


def display(value: object) -> str:
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return "" if value is None else str(value)


def size_columns(table: QTableView, widest: int = 360) -> None:
    """Fit the columns to the first rows' contents, none wider than `widest` pixels."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(SIZED_ROWS)
    table.resizeColumnsToContents()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column), widest))


class RowTableModel(QAbstractTableModel):
    """Rows are dataclasses; `highlight(row)` may return a background colour for a row.

    Sorting (by the raw value, so dates sort as dates) and filtering (`set_filter`: the text
    in any column, ignoring case) happen here over cells formatted once per row, so a
    register of 10,000 agreements sorts and filters in milliseconds; a QSortFilterProxyModel
    would call `data()` hundreds of thousands of times for the same work.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        highlight: Callable[[Any], QColor | None] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self.highlight = highlight
        self._all: list = []
        self._shown: list[int] = []  # positions in _all, in display order
        self._texts: dict[int, tuple[str, ...]] = {}
        self._needle = ""
        self._order: tuple[int, Qt.SortOrder] | None = None

    @property
    def optional_titles(self) -> list[str]:
        """The titles of the columns hidden until someone chooses to show them."""
        return [c.title for c in self.columns if c.optional]

    @property
    def rows(self) -> list:
        """The rows as shown (filtered and sorted)."""
        return [self._all[i] for i in self._shown]

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._all, self._texts = list(rows), {}
        self._shown = self._arrange()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only rows with `text` in some column (case-insensitive); '' shows all."""
        self.beginResetModel()
        self._needle = text.strip().casefold()
        self._shown = self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._order = (column, order)
        self._shown = self._arrange()
        self.endResetModel()

    def row_at(self, row: int):
        return self._all[self._shown[row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(self._shown[index.row()])[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight:
            colour = self.highlight(self.row_at(index.row()))
            return QBrush(colour) if colour else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def _cells(self, position: int) -> tuple[str, ...]:
        cells = self._texts.get(position)
        if cells is None:
            row = self._all[position]
            cells = self._texts[position] = tuple(
                (c.text or display)(c.value(row)) for c in self.columns
            )
        return cells

    def _arrange(self) -> list[int]:
        shown = range(len(self._all))
        if self._needle:
            shown = [i for i in shown if self._needle in "\t".join(self._cells(i)).casefold()]
        if self._order is not None:
            column, order = self._order
            value = self.columns[column].value
            shown = sorted(
                shown,
                key=lambda i: _sort_key(value(self._all[i])),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        return list(shown)


def _sort_key(value: object) -> tuple:
    """Numbers and dates, then text without regard to case (a "-" placeholder), then blanks."""
    if value is None or value == "":
        return (2, "")
    if isinstance(value, str):
        return (1, value.casefold())
    return (0, value)
