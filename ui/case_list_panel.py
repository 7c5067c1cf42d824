"""The case list with its filter bar (status, mine, search)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.lifecycle import Status
from asn_monitor.services.cases import CaseService
from ui.case_table_model import CaseTableModel
from ui.texts import tr_domain


class CaseListPanel(QWidget):
    """Emits ``case_selected(id or "")`` when the current row changes."""

    case_selected = Signal(str)

    def __init__(
        self, service_factory: Callable[[], CaseService], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._fit_pending = False
        self._service_factory = service_factory
        self.model = CaseTableModel(service_factory)
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        for status in Status:
            self.status.addItem(tr_domain(status.label), status.value)
        self.mine = QCheckBox(self.tr("Milik saya"))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cari nomor, nama, NIP, instansi, akun… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setStyleSheet("color:#555;")
        self.clear_button = QPushButton(self.tr("Hapus saringan"))
        self.clear_button.setToolTip(self.tr("Tampilkan semua kasus lagi"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.clear_button.hide()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filter)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setHighlightSections(False)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Klik kanan untuk memilih kolom yang ditampilkan"))
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        # Newest arrivals first, as the model's default query already orders them.
        self.view.horizontalHeader().setSortIndicator(6, Qt.SortOrder.DescendingOrder)

        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.mine)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addWidget(self.clear_button)
        footer.addStretch(1)
        layout.addLayout(footer)

        self.status.currentIndexChanged.connect(self.apply_filter)
        self.mine.toggled.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        # Enter in the search box goes to the results, ready for the arrow keys.
        self.search.returnPressed.connect(self.focus_results)

    def hideEvent(self, event: QHideEvent) -> None:
        self._search_timer.stop()
        super().hideEvent(event)

    def is_filtered(self) -> bool:
        return bool(self.status.currentData() or self.mine.isChecked() or self.search.text())

    def clear_filters(self) -> None:
        for widget in (self.status, self.mine, self.search):
            widget.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.mine.setChecked(False)
        self.search.clear()
        for widget in (self.status, self.mine, self.search):
            widget.blockSignals(False)
        self.apply_filter()

    def focus_results(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            if self.view.currentIndex().row() < 0:
                self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        current = self.current_case_id()
        value = self.status.currentData()
        self.model.set_filter(
            Status(value) if value else None, self.mine.isChecked(), self.search.text()
        )
        self._after_refresh(current)

    def refresh(self, keep: str | None = None) -> None:
        current = keep or self.current_case_id()
        self.model.refresh()
        self._after_refresh(current)

    def refresh_live(self) -> None:
        """Reload after a change from another PC without disturbing the user: the same
        case stays selected and the list stays where it was scrolled to. If the case left
        the list (its status no longer matches the filter), the open case stays open."""
        current = self.current_case_id()
        scroll = self.view.verticalScrollBar()
        position = scroll.value()
        self.model.refresh()
        self._update_count()
        row = self.model.row_of(current) if current else -1
        if row >= 0 and self.view.currentIndex().row() != row:
            self.view.setCurrentIndex(self.model.index(row, 0))
        # Lay the rows out now, or the scroll bar still has the old range to clamp to.
        self.view.doItemsLayout()
        scroll.setValue(position)

    def _after_refresh(self, current: str | None) -> None:
        self._update_count()
        if current:
            self.select_case(current)
        if self.view.currentIndex().row() < 0:
            self.case_selected.emit("")

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if n and self._fit_pending:
            self.fit_columns()
        if n:
            self.count.setText(self.tr("{n} kasus").format(n=n))
        elif self.is_filtered():
            self.count.setText(self.tr("Tidak ada kasus yang cocok dengan saringan."))
        else:
            self.count.setText(self.tr("Belum ada kasus. Buat kasus baru dengan Ctrl+N."))
        self.clear_button.setVisible(n == 0 and self.is_filtered())

    def select_case(self, case_id: str) -> None:
        row = self.model.row_of(case_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def current_case_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def fit_columns(self) -> None:
        # Fitting an empty list sizes columns to their headers only; fit again once the
        # first rows arrive (on a new PC they come from the shared folder a moment later).
        self._fit_pending = self.model.rowCount() == 0
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column) + 12, 260))

    def _column_menu(self, position: QPoint) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        visible = [c for c in range(self.model.columnCount()) if not header.isSectionHidden(c)]
        for column in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # The last visible column cannot be hidden: an empty table helps nobody.
            action.setEnabled(not (len(visible) == 1 and column in visible))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(position))

    def header_state(self) -> QByteArray:
        return self.view.horizontalHeader().saveState()

    def restore_header(self, state: object) -> bool:
        if isinstance(state, QByteArray) and not state.isEmpty():
            return bool(self.view.horizontalHeader().restoreState(state))
        return False

    def _on_current(self, *_: object) -> None:
        self.case_selected.emit(self.current_case_id() or "")
