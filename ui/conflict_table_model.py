"""Open sync conflicts as a table: a thin Qt adapter over :class:`ConflictItem` records."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from asn_monitor.services.conflicts import ConflictItem
from ui.texts import field_value_text, format_timestamp, tr_domain

Index = QModelIndex | QPersistentModelIndex


def record_text(item: ConflictItem) -> str:
    """Which record: the case number, or the kind of data and its name."""
    if item.case_number:
        return item.case_number
    label = tr_domain(item.entity_label)
    return f"{label}: {item.record_name}" if item.record_name else label


# What names a whole record (a refused insert), most telling first.
_NAMING_KEYS = ("number", "username", "display_name", "name", "handle", "body", "value")


def value_text(item: ConflictItem, value: Any, users: Mapping[str, str]) -> str:
    if isinstance(value, dict):
        names = [str(value[k]) for k in _NAMING_KEYS if value.get(k)]
        return " · ".join(dict.fromkeys(names[:2])) or "—"
    return field_value_text(item.field, value, users)


class ConflictTableModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._items: list[ConflictItem] = []
        self._users: Mapping[str, str] = {}
        self._kinds = {
            "value": self.tr("Nilai"),
            "step": self.tr("Langkah"),
            "rejected": self.tr("Ditolak"),
        }
        system = self.tr("sistem")
        # (header, cell text)
        self._columns: list[tuple[str, Callable[[ConflictItem], str]]] = [
            (self.tr("Kasus / data"), record_text),
            (self.tr("Kolom"), lambda i: tr_domain(i.field_label)),
            (self.tr("Jenis"), lambda i: self._kinds.get(i.kind, i.kind)),
            (
                self.tr("Nilai berlaku"),
                lambda i: value_text(i, i.kept_value, self._users) if i.kind == "value" else "",
            ),
            (
                self.tr("Nilai lain"),
                lambda i: value_text(i, i.lost_value, self._users) if i.kind == "value" else "",
            ),
            (
                self.tr("Orang"),
                lambda i: f"{i.kept_by_name or system} / {i.lost_by_name or system}",
            ),
            (self.tr("Waktu"), lambda i: format_timestamp(i.lost_at or i.created_at)),
        ]

    def set_items(self, items: list[ConflictItem], users: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._users = users
        self.endResetModel()

    def item(self, row: int) -> ConflictItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, conflict_id: str) -> int:
        for row, item in enumerate(self._items):
            if item.id == conflict_id:
                return row
        return -1

    # -- Qt model API ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._columns[index.column()][1](item)
            # One line per cell; the detail pane below shows values whole.
            return text.replace("\n", " ") if role == Qt.ItemDataRole.DisplayRole else text
        if role == self.ID_ROLE:
            return item.id
        if (
            role == Qt.ItemDataRole.FontRole
            and index.column() == 0
            and item.case_number
            and not item.case_number_final
        ):
            font = QFont()
            font.setItalic(True)
            return font
        return None
