"""The case list: a thin Qt adapter over :meth:`CaseService.list_rows`.

Sorting and filtering happen in SQL; the model holds the rows of the current query only.
The full shared queue (windowed fetching, FTS search, live sync updates) replaces this
with its own issue.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Platform
from asn_monitor.services.cases import CaseFilter, CaseService
from ui.texts import format_date, format_timestamp, provisional_number_tip, tr_domain

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS: dict[Status, str] = {
    Status.MASUK: "#1565c0",
    Status.DIVERIFIKASI: "#6a1b9a",
    Status.DINILAI: "#ef6c00",
    Status.DIKEMBALIKAN: "#c62828",
    Status.DISETUJUI: "#2e7d32",
    Status.DITERUSKAN: "#00695c",
    Status.DITINDAKLANJUTI: "#37474f",
    Status.SELESAI: "#616161",
    Status.DITOLAK: "#8d6e63",
}


class CaseTableModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, service_factory: Callable[[], CaseService]) -> None:
        super().__init__()
        self._service_factory = service_factory
        self._rows: list[dict[str, Any]] = []
        self._filter = CaseFilter()
        # (header, sort key, cell text)
        self._columns: list[tuple[str, str, Callable[[dict[str, Any]], str]]] = [
            (self.tr("Nomor"), "number", lambda r: r["number"]),
            (self.tr("Status"), "status", lambda r: tr_domain(Status(r["status"]).label)),
            (
                self.tr("ASN terlapor"),
                "subject",
                lambda r: r["subject_name"] or self.tr("(belum diidentifikasi)"),
            ),
            (self.tr("NIP"), "nip", lambda r: r["subject_nip"] or ""),
            (self.tr("Instansi"), "agency", lambda r: r["agency"] or ""),
            (
                self.tr("Platform"),
                "platform",
                lambda r: tr_domain(Platform(r["platform"]).label) if r["platform"] else "",
            ),
            (self.tr("Diterima"), "received", lambda r: format_date(r["received_date"])),
            (self.tr("Tgl perbuatan"), "act", lambda r: format_date(r["act_date"])),
            (self.tr("Dipegang"), "assignee", lambda r: r["assignee_name"] or ""),
            (self.tr("Diubah"), "updated", lambda r: format_timestamp(r["updated_at"])),
        ]

    # -- Qt model API ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][2](row)
        if role == self.ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(QColor(STATUS_COLOURS[Status(row["status"])]))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return row["agency"] or None
        if index.column() == 0 and not row["number_final"]:
            # A provisional number (not yet numbered by the hub) looks and reads different.
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return provisional_number_tip()
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#666666"))
        return None

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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._filter = CaseFilter(
            status=self._filter.status,
            mine=self._filter.mine,
            text=self._filter.text,
            sort=self._columns[column][1],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        self.refresh()

    # -- our API ----------------------------------------------------------------------

    def set_filter(self, status: Status | None, mine: bool, text: str) -> None:
        self._filter = CaseFilter(
            status=status,
            mine=mine,
            text=text,
            sort=self._filter.sort,
            descending=self._filter.descending,
        )
        self.refresh()

    def refresh(self) -> None:
        rows = self._service_factory().list_rows(self._filter)
        if [r["id"] for r in rows] == [r["id"] for r in self._rows]:
            # Same cases in the same order: update cells in place, keeping the selection.
            self._rows = rows
            if rows:
                last = self.index(len(rows) - 1, len(self._columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, case_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row["id"] == case_id:
                return i
        return -1

    def case_id(self, row: int) -> str | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None
