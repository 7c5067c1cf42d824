"""Alat → "Log akses data pribadi…": who looked at a reporter's identity, when and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.errors import AsnError
from asn_monitor.services.access_log import AccessEntry, AccessLogService
from ui.texts import error_text, format_timestamp, tr_domain

Index = QModelIndex | QPersistentModelIndex


class AccessLogModel(QAbstractTableModel):
    """The access log's entries as rows: when, who, case number, what, purpose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AccessEntry] = []
        self._headers = [
            self.tr("Waktu"),
            self.tr("Oleh"),
            self.tr("Nomor kasus"),
            self.tr("Data yang dilihat"),
            self.tr("Tujuan"),
        ]

    def set_entries(self, entries: list[AccessEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

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
        e = self.entries[index.row()]
        values = (
            format_timestamp(e.at),
            e.user_name,
            e.case_number or "—",
            tr_domain(e.what_text),
            e.purpose or (self.tr("(tidak diisi)") if role == Qt.ItemDataRole.DisplayRole else ""),
        )
        return values[index.column()]


class AccessLogDialog(QDialog):
    """``open_case_requested(case_id)`` when a row is double-clicked or Enter is pressed."""

    open_case_requested = Signal(str)

    def __init__(self, service: AccessLogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        service.require_reader()  # refused before anything is shown
        self.service = service
        self.setWindowTitle(self.tr("Log akses data pribadi"))
        self.resize(820, 460)
        intro = QLabel(
            self.tr(
                "Setiap kali identitas pelapor ditampilkan, siapa, kapan dan untuk apa dicatat "
                "di sini. Catatan ini tersinkron ke semua komputer dan tidak dapat diubah."
            )
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("mis. NTB-2024-0042 atau bagiannya"))
        self.filter.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Nomor kasus:"))
        label.setBuddy(self.filter)
        self.count = QLabel()
        self.count.setStyleSheet("color:#555;")
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        row.addWidget(self.count)
        self.model = AccessLogModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 170)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._open_row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#c62828;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Typing filters after a short pause, not on every key.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self.filter.returnPressed.connect(self.reload)
        self.reload()
        self.filter.setFocus()

    def reload(self) -> None:
        self._timer.stop()
        text = self.filter.text().strip()
        try:
            entries = self.service.entries(case_number=text)
        except AsnError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.error.hide()
        self.model.set_entries(entries)
        if entries:
            self.count.setText(self.tr("%n catatan", "", len(entries)))
        elif text:
            self.count.setText(
                self.tr("Tidak ada catatan untuk \u201c{text}\u201d").format(text=text)
            )
        else:
            self.count.setText(self.tr("Belum ada catatan"))

    def _open_row(self, index: QModelIndex) -> None:
        entry = self.model.entries[index.row()]
        if entry.case_id:
            self.open_case_requested.emit(entry.case_id)
            self.accept()
