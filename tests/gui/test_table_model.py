"""The row table model sorts by raw values and filters on the text shown, without a proxy."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt

from monev_desktop.gui.table_model import Column, RowTableModel


@dataclass(frozen=True)
class Row:
    number: str
    ends: date
    step: int | None


ROWS = [
    Row("b/2", date(2025, 12, 1), 2),
    Row("A/10", date(2024, 1, 31), None),
    Row("c/1", date(2025, 3, 1), 10),
]


def model() -> RowTableModel:
    table = RowTableModel(
        [
            Column("Nomor", lambda r: r.number),
            Column("Berakhir", lambda r: r.ends),
            Column("Langkah", lambda r: r.step or "-"),
        ]
    )
    table.set_rows(ROWS)
    return table


def test_the_model_passes_qt_model_checks(qtmodeltester):
    table = model()
    qtmodeltester.check(table)
    table.set_filter("2025")
    qtmodeltester.check(table)


def test_sorting_uses_raw_values_and_text_ignores_case():
    table = model()
    table.sort(1)  # dates as dates, not as "31 Januari 2024" text
    assert [r.number for r in table.rows] == ["A/10", "c/1", "b/2"]
    table.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r.number for r in table.rows] == ["c/1", "b/2", "A/10"]
    table.sort(2)  # numbers, then the "-" placeholder
    assert [r.step for r in table.rows] == [2, 10, None]


def test_filtering_matches_the_text_shown_in_any_column_and_keeps_the_order():
    table = model()
    table.sort(1)
    table.set_filter("  MARET ")  # 1 Maret 2025, as displayed
    assert [r.number for r in table.rows] == ["c/1"]
    table.set_filter("2025")
    assert [r.number for r in table.rows] == ["c/1", "b/2"]
    assert table.data(table.index(0, 1)) == "1 Maret 2025"
    assert table.row_at(1) is ROWS[0]
    table.set_filter("")
    assert table.rowCount() == 3
