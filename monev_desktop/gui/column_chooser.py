"""Each table's columns as this workstation's user left them: which are shown, in what order.

Right-click a header to show or hide columns or bring back the defaults; drag a header to
move its column. The choice is kept in QSettings under the table's key, by column title,
so a column added in a later version simply appears.
"""

import json
from collections.abc import Collection

from PySide6.QtCore import QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

SETTINGS_GROUP = "kolom"


class ColumnChooser(QObject):
    """Installed on `table` (whose model has its columns already); `settings` None keeps the
    choice for this window only. `hidden_by_default` are titles shown only when chosen."""

    def __init__(
        self,
        table: QTableView,
        settings: QSettings | None,
        key: str,
        hidden_by_default: Collection[str] = (),
    ):
        super().__init__(table)
        self.table, self.settings, self.hidden_by_default = table, settings, set(hidden_by_default)
        self.key = f"{SETTINGS_GROUP}/{key}"
        self._applying = False
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_menu_requested)
        header.setToolTip(
            self.tr(
                "Klik judul untuk mengurutkan; klik kanan untuk memilih kolom yang tampil; "
                "seret judul untuk memindahkan kolom."
            )
        )
        self._apply(*self._stored())
        header.sectionMoved.connect(lambda *_: self._applying or self._save())

    def titles(self) -> list[str]:
        """The columns' titles by model position."""
        model = self.table.model()
        return [
            str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())
        ]

    def shown(self) -> list[str]:
        """The titles of the shown columns, left to right."""
        header = self.table.horizontalHeader()
        titles = self.titles()
        order = [header.logicalIndex(v) for v in range(header.count())]
        return [titles[i] for i in order if not header.isSectionHidden(i)]

    def menu(self) -> QMenu:
        """A checkable entry per column (the last shown one cannot be hidden), then the
        defaults."""
        menu = QMenu(self.table)
        header = self.table.horizontalHeader()
        visible = len(self.shown())
        for logical, title in enumerate(self.titles()):
            action = QAction(title, menu, checkable=True)
            action.setChecked(not header.isSectionHidden(logical))
            action.setEnabled(header.isSectionHidden(logical) or visible > 1)
            action.toggled.connect(lambda on, column=logical: self._set_shown(column, on))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Kembalikan kolom bawaan"), self.reset)
        return menu

    def reset(self) -> None:
        """The columns as shipped: every one in its place, the optional ones hidden."""
        self._apply(set(self.hidden_by_default), [])
        if self.settings is not None:
            self.settings.remove(self.key)

    def _on_menu_requested(self, at: QPoint) -> None:
        self.menu().exec(self.table.horizontalHeader().mapToGlobal(at))

    def _set_shown(self, logical: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(logical, not shown)
        if shown:
            self.table.resizeColumnToContents(logical)
        self._save()

    def _stored(self) -> tuple[set[str], list[str]]:
        """(hidden titles, titles in order) as last left, else the defaults; an optional
        column the stored choice does not know yet stays hidden."""
        raw = self.settings.value(self.key) if self.settings is not None else None
        try:
            state = json.loads(raw) if raw else {}
            order = list(state["urutan"])
            return set(state["tersembunyi"]) | (self.hidden_by_default - set(order)), order
        except (TypeError, ValueError, KeyError):
            return set(self.hidden_by_default), []

    def _apply(self, hidden: set[str], order: list[str]) -> None:
        header = self.table.horizontalHeader()
        titles = self.titles()
        self._applying = True  # moving sections here is not a person's choice to save
        try:
            placed = [titles.index(t) for t in order if t in titles]
            wanted = placed + [i for i in range(len(titles)) if i not in placed]
            for visual, logical in enumerate(wanted):
                header.moveSection(header.visualIndex(logical), visual)
            for logical, title in enumerate(titles):
                header.setSectionHidden(logical, title in hidden)
        finally:
            self._applying = False

    def _save(self) -> None:
        if self.settings is None:
            return
        header = self.table.horizontalHeader()
        titles = self.titles()
        state = {
            "urutan": [titles[header.logicalIndex(v)] for v in range(header.count())],
            "tersembunyi": [t for i, t in enumerate(titles) if header.isSectionHidden(i)],
        }
        self.settings.setValue(self.key, json.dumps(state, ensure_ascii=False))
