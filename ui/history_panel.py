"""The "Riwayat" tab: every recorded change to the case, from the change log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from asn_monitor.domain.models import HistoryEntry
from asn_monitor.domain.validation import FIELD_LABELS
from asn_monitor.services.access_log import WHAT_TEXTS
from ui.texts import field_value_text, format_timestamp, format_value, tr_domain

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._entries: list[HistoryEntry] = []
        self._users: dict[str, str] = {}
        self._headers = [
            self.tr("Waktu"),
            self.tr("Oleh"),
            self.tr("Data"),
            self.tr("Kolom"),
            self.tr("Semula"),
            self.tr("Menjadi"),
        ]
        self._entities = {
            "case": self.tr("Kasus"),
            "subject": self.tr("ASN terlapor"),
            "reporter": self.tr("Pelapor"),
            "note": self.tr("Catatan"),
            "evidence": self.tr("Bukti"),
            "account": self.tr("Akun media sosial"),
            "access": self.tr("Akses data pribadi"),
        }

    def set_entries(self, entries: list[HistoryEntry], user_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._entries = list(reversed(entries))  # newest first
        self._users = user_names
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        e = self._entries[index.row()]
        column = index.column()
        if column == 0:
            return format_timestamp(e.at)
        if column == 1:
            return e.user_name
        if column == 2:
            return self._entities.get(e.entity, e.entity)
        if e.entity == "access":
            return self._access(e, column)
        if column == 3:
            if e.op == "insert":
                return self.tr("(dibuat)")
            if e.op == "delete":
                return self.tr("(dihapus)")
            return tr_domain(FIELD_LABELS.get(e.field, e.field))
        value = e.old_value if column == 4 else e.new_value
        if e.op != "update":
            return "" if column == 4 or not isinstance(value, dict) else self._summary(value)
        return self._display(e.field, value)

    def _access(self, entry: HistoryEntry, column: int) -> str:
        """A look at confidential data: what was seen, and the purpose given."""
        if column == 3:
            return self.tr("(dilihat)")
        if column == 4:
            return ""
        row = entry.new_value if isinstance(entry.new_value, dict) else {}
        what = str(row.get("what") or "")
        text = tr_domain(WHAT_TEXTS.get(what, what))
        purpose = str(row.get("purpose") or "")
        return (
            self.tr("{what}; tujuan: {purpose}").format(what=text, purpose=purpose)
            if purpose
            else text
        )

    def _display(self, field: str, value: object) -> str:
        return field_value_text(field, value, self._users)

    def _summary(self, row: dict[str, Any]) -> str:
        for key in ("number", "name", "body", "username", "value"):
            if row.get(key):
                return format_value(row[key])
        return ""


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        # Who/when/what fit their text; the old and new values share what is left, so
        # both stay in sight on a narrow screen (full text in the tooltip).
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 150)  # names with titles are long; the tooltip has them whole
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def show_entries(self, entries: list[HistoryEntry], user_names: dict[str, str]) -> None:
        self.model.set_entries(entries, user_names)
