"""One editor per kind of office setting: a list for the paper size, a path with a "Pilih…"
button for folders and the logo, a line of text for the rest. Each shows and returns the
setting as text, as the settings service keeps it."""

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from monev_desktop.domain.settings import PAPER_SIZES, SettingKey


class LineEditor(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineEdit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)


class ChoiceEditor(QWidget):
    def __init__(self, choices: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.addItems(list(choices))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch()

    def text(self) -> str:
        return self.combo.currentText()

    def setText(self, text: str) -> None:
        self.combo.setCurrentIndex(max(self.combo.findText(text), 0))


class PathEditor(LineEditor):
    """A folder (`image` False) or an image file, typed or chosen with "Pilih…"."""

    def __init__(self, title: str, *, image: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.title, self.image = title, image
        self.pick = QPushButton(self.tr("Pilih…"), self)
        self.pick.clicked.connect(self._on_pick)
        self.layout().addWidget(self.pick)

    def _on_pick(self) -> None:
        if self.image:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.title, self.text(), self.tr("Gambar (*.png *.jpg *.jpeg)")
            )
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.title, self.text())
        if chosen:
            self.setText(chosen)


def editor_for(setting: SettingKey, parent: QWidget | None = None) -> LineEditor | ChoiceEditor:
    if setting.kind == "paper":
        return ChoiceEditor(PAPER_SIZES, parent)
    if setting.kind in ("folder", "image"):
        return PathEditor(setting.label, image=setting.kind == "image", parent=parent)
    return LineEditor(parent)
