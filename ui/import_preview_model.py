"""The import preview as a table: one row per imported line, coloured by its state.

A thin adapter: the dialog turns the service's preview into :class:`PreviewLine`s (plain
text and a state), and this model only shows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex

_BACKGROUNDS = {
    "error": QColor("#fdecea"),
    "warning": QColor("#fff4e5"),
    "duplicate": QColor("#ede7f6"),
    "muted": QColor("#eeeeee"),
}


@dataclass(frozen=True)
class PreviewLine:
    cells: tuple[str, ...]
    state: str  # "error", "warning", "duplicate", "muted" or "ok"
    tooltip: str = ""


class PreviewTableModel(QAbstractTableModel):
    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self._headers = headers
        self._lines: list[PreviewLine] = []

    def set_lines(self, lines: list[PreviewLine]) -> None:
        self.beginResetModel()
        self._lines = lines
        self.endResetModel()

    def line(self, row: int) -> PreviewLine:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = line.cells[index.column()] if index.column() < len(line.cells) else ""
            return text.replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.tooltip or None
        if role == Qt.ItemDataRole.BackgroundRole and line.state in _BACKGROUNDS:
            return QBrush(_BACKGROUNDS[line.state])
        if role == Qt.ItemDataRole.ForegroundRole and line.state in _BACKGROUNDS:
            # Our light backgrounds need dark text whatever the desktop theme says.
            return QBrush(QColor("#212121"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None
