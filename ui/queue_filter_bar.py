"""The queue's filters as widgets: search, holder and status always in sight; platform,
agency, date ranges and "overdue" one click away. Reads and writes a :class:`QueueFilter`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Platform
from asn_monitor.services.queue import Holder, QueueFilter
from ui import icons
from ui.texts import tr_domain
from ui.widgets import OptionalDateEdit, select_data

SEARCH_DELAY_MS = 150  # results as you type, without a query per keystroke


class QueueFilterBar(QWidget):
    """Emits ``changed`` when the user changes a filter (search after a short pause)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sort = QueueFilter().sort
        self._descending = QueueFilter().descending
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Cari nama, NIP, akun, tautan, catatan, nomor… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr(
                "Cari sambil mengetik: awal kata cukup, huruf besar/kecil dan tanda aksen "
                "diabaikan. Esc mengosongkan."
            )
        )
        self.holder = QComboBox()
        self.holder.addItem(self.tr("Semua pemegang"), Holder.ANY.value)
        self.holder.addItem(self.tr("Dipegang saya"), Holder.MINE.value)
        self.holder.addItem(self.tr("Belum diambil"), Holder.UNCLAIMED.value)
        self.holder.setToolTip(self.tr("Siapa yang memegang kasus"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        for status in Status:
            self.status.addItem(tr_domain(status.label), status.value)
        self.more = QToolButton()
        self.more.setText(self.tr("Saringan lain"))
        self.more.setIcon(icons.icon("filter"))
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setCheckable(True)
        self.more.setToolTip(self.tr("Platform, instansi, rentang tanggal, lewat tenggat"))

        self.platform = QComboBox()
        self.platform.addItem(self.tr("Semua platform"), None)
        for platform in Platform:
            self.platform.addItem(tr_domain(platform.label), platform.value)
        self.agency = QComboBox()
        self.agency.setEditable(True)
        self.agency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor = self.agency.lineEdit()
        if editor is not None:  # always, for an editable combo box
            editor.setPlaceholderText(self.tr("Semua instansi"))
        self.agency.setMinimumContentsLength(18)
        self.received_from, self.received_to = OptionalDateEdit(), OptionalDateEdit()
        self.act_from, self.act_to = OptionalDateEdit(), OptionalDateEdit()
        self.overdue = QCheckBox(self.tr("Lewat tenggat"))

        self.advanced = QWidget()
        grid = QGridLayout(self.advanced)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Platform")), 0, 0)
        grid.addWidget(self.platform, 0, 1)
        grid.addWidget(QLabel(self.tr("Instansi")), 0, 2)
        grid.addWidget(self.agency, 0, 3, 1, 3)
        grid.addWidget(QLabel(self.tr("Diterima")), 1, 0)
        grid.addWidget(self.received_from, 1, 1)
        grid.addWidget(QLabel(self.tr("s.d.")), 1, 2, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.received_to, 1, 3)
        grid.addWidget(self.overdue, 1, 4, 1, 2)
        grid.addWidget(QLabel(self.tr("Tgl perbuatan")), 2, 0)
        grid.addWidget(self.act_from, 2, 1)
        grid.addWidget(QLabel(self.tr("s.d.")), 2, 2, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.act_to, 2, 3)
        grid.setColumnStretch(5, 1)
        self.advanced.hide()

        # The search gets a row of its own: it is what people use most, and a NIP or a
        # URL needs the width.
        second = QHBoxLayout()
        second.addWidget(self.holder, 1)
        second.addWidget(self.status, 1)
        second.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addLayout(second)
        layout.addWidget(self.advanced)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.more.toggled.connect(self.advanced.setVisible)
        for combo in (self.holder, self.status, self.platform):
            combo.currentIndexChanged.connect(self._emit)
        self.agency.currentTextChanged.connect(lambda _t: self._timer.start())
        for edit in (self.received_from, self.received_to, self.act_from, self.act_to):
            edit.dateChanged.connect(self._emit)
        self.overdue.toggled.connect(self._emit)

    def _emit(self, *_: object) -> None:
        self._timer.stop()
        self.changed.emit()

    def flush(self) -> None:
        """Apply a search still waiting for its pause (Enter in the search box)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def set_agencies(self, agencies: Sequence[str]) -> None:
        current = self.agency.currentText()
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem("")
        self.agency.addItems(list(agencies))
        self.agency.setEditText(current)
        completer = QCompleter(list(agencies), self.agency)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.agency.setCompleter(completer)
        self.agency.blockSignals(False)

    # -- filter <-> widgets -------------------------------------------------------------

    def filter(self) -> QueueFilter:
        status = self.status.currentData()
        platform = self.platform.currentData()
        return QueueFilter(
            status=Status(status) if status else None,
            holder=Holder(self.holder.currentData()),
            platform=Platform(platform) if platform else None,
            agency=self.agency.currentText().strip(),
            received_from=self.received_from.value(),
            received_to=self.received_to.value(),
            act_from=self.act_from.value(),
            act_to=self.act_to.value(),
            overdue=self.overdue.isChecked(),
            text=self.search.text(),
            sort=self._sort,
            descending=self._descending,
        )

    def set_filter(self, flt: QueueFilter) -> None:
        """Show ``flt`` in the widgets without emitting ``changed``."""
        widgets = self._widgets()
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self._sort, self._descending = flt.sort, flt.descending
            select_data(self.status, flt.status.value if flt.status else None)
            select_data(self.holder, flt.holder.value)
            select_data(self.platform, flt.platform.value if flt.platform else None)
            self.agency.setEditText(flt.agency)
            for edit, value in (
                (self.received_from, flt.received_from),
                (self.received_to, flt.received_to),
                (self.act_from, flt.act_from),
                (self.act_to, flt.act_to),
            ):
                edit.set_value(value)
            self.overdue.setChecked(flt.overdue)
            if self.search.text() != flt.text:
                self.search.setText(flt.text)
            self._timer.stop()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        advanced = self.advanced_count(flt)
        self.more.setText(
            self.tr("Saringan lain ({n})").format(n=advanced)
            if advanced
            else self.tr("Saringan lain")
        )
        if advanced and not self.more.isChecked():
            self.more.setChecked(True)

    def set_order(self, sort: str, descending: bool) -> None:
        self._sort, self._descending = sort, descending

    @staticmethod
    def advanced_count(flt: QueueFilter) -> int:
        return sum(
            1
            for value in (
                flt.platform,
                flt.agency,
                flt.received_from or flt.received_to,
                flt.act_from or flt.act_to,
                flt.overdue,
            )
            if value
        )

    def _widgets(self) -> list[QWidget]:
        return [
            self.search,
            self.holder,
            self.status,
            self.platform,
            self.agency,
            self.received_from,
            self.received_to,
            self.act_from,
            self.act_to,
            self.overdue,
        ]
