"""What every step form shares: load/collect/validate, inline errors, and input helpers."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from monev_desktop.domain.errors import ValidationError
from monev_desktop.domain.forms import validate_form
from monev_desktop.services.step_options import Choice, StepOptions

EMPTY_DATE = QDate(2000, 1, 1)
NOT_CHOSEN = "— pilih —"  # a choice cell's blank when the blank is not an answer


class StepForm(QWidget):
    """A step's form. Subclasses set `form_name` and `ui_class` and define `load(data)`
    (fill the widgets from form data) and `collect() -> dict` (read them back).

    `validate()` runs the domain validator on `collect()` and shows each message under its
    field (the label named `<field>Error` in the Designer file); returns the messages.
    """

    form_name = ""
    ui_class: type = object

    def __init__(self, options: StepOptions, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = self.ui_class()
        self.ui.setupUi(self)
        self.options = options
        self._errors = {
            name.removesuffix("Error"): label
            for name, label in vars(self.ui).items()
            if name.endswith("Error") and isinstance(label, QLabel)
        }
        self.show_errors({})

    def validate(self) -> dict[str, str]:
        try:
            validate_form(self.form_name, self.collect())
        except ValidationError as error:
            self.show_errors(error.errors)
            return error.errors
        self.show_errors({})
        return {}

    def show_errors(self, errors: dict[str, str]) -> None:
        """Put each message under its field; `jadwal[2].opd_id` goes under `jadwal`."""
        by_field: dict[str, list[str]] = {}
        for key, message in errors.items():
            field = widget_name(key.split("[")[0].split(".")[0])
            by_field.setdefault(field, []).append(message)
        for field, label in self._errors.items():
            messages = by_field.get(field, [])
            label.setText("\n".join(messages[:5]) + ("\n…" if len(messages) > 5 else ""))
            label.setVisible(bool(messages))


def widget_name(field: str) -> str:
    """The Designer widget name of a form field: `kerja_sama_ids` -> `kerjaSamaIds`."""
    head, *rest = field.split("_")
    return head + "".join(p.title() for p in rest)


# --- input helpers ---------------------------------------------------------------------------


def fill_combo(
    combo: QComboBox, choices: Iterable[Choice], selected: object = None, *, blank: str = ""
) -> None:
    combo.clear()
    if blank:
        combo.addItem(blank, None)
    for choice in choices:
        combo.addItem(choice.label, choice.id)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))


def fill_texts(
    combo: QComboBox, texts: Iterable[str], selected: str = "", *, blank: str = ""
) -> None:
    combo.clear()
    if blank:
        combo.addItem(blank, None)
    for text in texts:
        combo.addItem(text, text)
    combo.setCurrentIndex(max(combo.findData(selected), 0))


def fill_checks(widget: QListWidget, choices: Iterable[Choice], checked: Iterable[object]) -> None:
    wanted = set(checked or ())
    widget.clear()
    for choice in choices:
        item = QListWidgetItem(choice.label, widget)
        item.setData(Qt.ItemDataRole.UserRole, choice.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if choice.id in wanted else Qt.CheckState.Unchecked
        )


def checked(widget: QListWidget) -> list:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_all_checked(widget: QListWidget, state: bool, *, visible_only: bool = True) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        if not (visible_only and item.isHidden()):
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


def set_date(edit: QDateEdit, value: object, *, optional: bool = False) -> None:
    if optional:
        edit.setMinimumDate(EMPTY_DATE)
        edit.setSpecialValueText(" ")
    if value:
        edit.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
    else:
        edit.setDate(EMPTY_DATE if optional else QDate.currentDate())


def date_of(edit: QDateEdit) -> str | None:
    """ISO date, or None when an optional date is left empty."""
    if edit.specialValueText() and edit.date() == EMPTY_DATE:
        return None
    return edit.date().toString("yyyy-MM-dd")


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@dataclass(frozen=True)
class Column:
    """A column of a RowTable: `kind` is "choice", "text", "date", "fixed" (read-only text)
    or "label" (read-only: shows the label of the choice whose id the row holds)."""

    key: str
    title: str
    kind: str = "text"
    choices: Sequence[Choice] = ()
    blank: str = NOT_CHOSEN

    @property
    def fillable(self) -> bool:
        """A choice column whose blank means "not answered yet": it can be filled at once."""
        return self.kind == "choice" and self.blank == NOT_CHOSEN


class RowTable:
    """A QTableWidget edited row by row: combos for choices, date editors, plain cells."""

    def __init__(self, table: QTableWidget, columns: Sequence[Column]):
        self.table, self.columns = table, list(columns)
        table.setColumnCount(len(self.columns))
        table.setHorizontalHeaderLabels([c.title for c in self.columns])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setDefaultSectionSize(28)
        if any(c.fillable for c in self.columns):
            header = table.horizontalHeader()
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(self._on_header_menu)
            header.setToolTip(
                QCoreApplication.translate(
                    "RowTable",
                    "Klik kanan judul kolom pilihan untuk mengisi sekaligus semua baris yang "
                    "belum dipilih.",
                )
            )

    def fill_menu(self, col: int) -> QMenu | None:
        """For a fillable column: one entry per answer, each filling the rows not answered
        yet (rows already answered keep their answer). None for other columns."""
        column = self.columns[col]
        if not column.fillable:
            return None
        menu = QMenu(self.table)
        for choice in column.choices:
            label = QCoreApplication.translate("RowTable", "Isi yang belum dipilih: %s")
            action = menu.addAction(label % choice.label)
            action.triggered.connect(lambda _=False, value=choice.id: self.fill_blanks(col, value))
        return menu

    def fill_blanks(self, col: int, value: object) -> int:
        """Set column `col` to `value` in every row not answered yet; how many were set."""
        filled = 0
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, col)
            if isinstance(combo, QComboBox) and combo.currentData() is None:
                combo.setCurrentIndex(combo.findData(value))
                filled += 1
        return filled

    def _on_header_menu(self, at: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = self.fill_menu(header.logicalIndexAt(at))
        if menu is not None:
            menu.exec(header.mapToGlobal(at))

    def set_rows(self, rows: Iterable[dict]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)
        self.table.resizeColumnsToContents()

    def add_row(self, values: dict | None = None) -> None:
        values = values or {}
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, column in enumerate(self.columns):
            value = values.get(column.key)
            if column.kind == "choice":
                combo = QComboBox()
                fill_combo(combo, column.choices, value, blank=column.blank)
                self.table.setCellWidget(row, col, combo)
            elif column.kind == "date":
                edit = QDateEdit()
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("dd-MM-yyyy")
                set_date(edit, value)
                self.table.setCellWidget(row, col, edit)
            elif column.kind == "label":
                labels = {c.id: c.label for c in column.choices}
                item = QTableWidgetItem(labels.get(value, ""))
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
            else:
                item = QTableWidgetItem("" if value is None else str(value))
                if column.kind == "fixed":
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def rows(self) -> list[dict]:
        result = []
        for row in range(self.table.rowCount()):
            values = {}
            for col, column in enumerate(self.columns):
                widget = self.table.cellWidget(row, col)
                if isinstance(widget, QComboBox):
                    values[column.key] = widget.currentData()
                elif isinstance(widget, QDateEdit):
                    values[column.key] = date_of(widget)
                elif column.kind == "label":
                    values[column.key] = self.table.item(row, col).data(Qt.ItemDataRole.UserRole)
                else:
                    item = self.table.item(row, col)
                    values[column.key] = item.text().strip() if item else ""
            result.append(values)
        return result
