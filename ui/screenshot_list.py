"""Screenshots a reporter sent, chosen at intake and stored as evidence with the case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ScreenshotList(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tangkapan layar dari pelapor"))
        self.list = QListWidget()
        self.list.setMaximumHeight(64)
        self.add_button = QPushButton(self.tr("Tambah…"))
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Pilih tangkapan layar"),
            "",
            self.tr("Gambar (*.png *.jpg *.jpeg *.webp *.gif);;Semua berkas (*)"),
        )
        self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        known = set(self.paths())
        for path in paths:
            if path not in known:
                item = QListWidgetItem(path.name)
                item.setToolTip(str(path))
                item.setData(256, str(path))
                self.list.addItem(item)
                known.add(path)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def paths(self) -> list[Path]:
        return [Path(str(self.list.item(i).data(256))) for i in range(self.list.count())]
