"""The shared queue: side panel (views, counts per status), filter bar and the case table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.lifecycle import Status
from asn_monitor.errors import AsnError
from asn_monitor.services.queue import BUILTIN_VIEWS, QueueFilter, QueueService, View
from ui import icons
from ui.case_table_model import CaseTableModel
from ui.deadline_delegate import DeadlineDelegate
from ui.queue_filter_bar import QueueFilterBar
from ui.queue_side_panel import QueueSidePanel, view_title
from ui.texts import show_error, tr_domain

# Shown when a user has no column layout of their own yet.
HIDDEN_BY_DEFAULT = ("nip", "source", "act", "updated")


class CaseListPanel(QWidget):
    """Emits ``case_selected(id or "")`` when the current row changes and
    ``open_requested(id)`` on Enter or a double click."""

    case_selected = Signal(str)
    open_requested = Signal(str)
    views_changed = Signal()

    def __init__(
        self, service_factory: Callable[[], QueueService], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service_factory = service_factory
        self._fit_pending = False
        self._view_key: str | None = None
        self.view_actions: list[QAction] = []
        self.model = CaseTableModel(service_factory, lambda: service_factory().today())
        self.filters = QueueFilterBar()
        self.search = self.filters.search
        self.side = QueueSidePanel()

        self.view = QTableView()
        self.view.setObjectName("queue")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Sorting is a new query (SQL ORDER BY), made here so that the selected case stays
        # selected; the view's own sortingEnabled would reset the model behind our back.
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSectionsClickable(True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        # Rows are all the same height: Qt need not measure 100,000 of them.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setItemDelegateForColumn(self.model.column_of("due"), DeadlineDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Klik untuk mengurutkan; klik kanan untuk memilih kolom"))
        header.setSortIndicator(
            self.model.column_of(self.model.filter.sort),
            Qt.SortOrder.DescendingOrder,
        )
        header.sortIndicatorChanged.connect(self._on_sort)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.doubleClicked.connect(lambda _i: self._request_open())
        self.view.installEventFilter(self)
        self.search.installEventFilter(self)

        self.count = QLabel()
        self.count.setObjectName("queue_count")
        self.count.setStyleSheet("color:#555;")
        self.clear_button = QPushButton(icons.icon("clear"), self.tr("Hapus saringan"))
        self.clear_button.setToolTip(self.tr("Tampilkan semua kasus lagi"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.clear_button.hide()

        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.filters)
        table_layout.addWidget(self.view, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addWidget(self.clear_button)
        footer.addStretch(1)
        table_layout.addLayout(footer)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(table_side)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([160, 600])
        self.splitter.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.filters.changed.connect(self.apply_filter)
        self.search.returnPressed.connect(self.focus_results)
        self.side.view_chosen.connect(self.apply_view)
        self.side.status_chosen.connect(self._on_status_chosen)
        self.side.save_requested.connect(self.save_view)
        self.side.delete_requested.connect(self.delete_view)
        self.reload_views()

    # -- events ---------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        self.filters.flush()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._request_open()
                return True
            if watched is self.search and key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.apply_filter()
                return True
            if watched is self.search and key == Qt.Key.Key_Down:
                self.focus_results()
                return True
        return super().eventFilter(watched, event)

    # -- filters and views ------------------------------------------------------------

    def current_filter(self) -> QueueFilter:
        return self.filters.filter()

    def is_filtered(self) -> bool:
        return self.current_filter().is_filtered()

    def set_filter(self, flt: QueueFilter, view_key: str | None = None) -> None:
        self.filters.set_filter(flt)
        self._set_sort_indicator(flt)
        self._view_key = view_key
        self.apply_filter(keep_view=True)

    def apply_filter(self, keep_view: bool = False) -> None:
        current = self.current_case_id()
        flt = self.current_filter()
        if not keep_view:
            self._view_key = self._matching_view(flt)
        try:
            self.model.set_filter(flt)
        except AsnError as exc:
            show_error(self, exc)
            return
        self.side.mark_view(self._view_key)
        self._after_refresh(current)

    def apply_view(self, key: str) -> None:
        view = next((v for v in self.views() if v.key == key), None)
        if view is not None:
            self.set_filter(view.filter, view.key)

    def clear_filters(self) -> None:
        flt = self.current_filter()
        self.set_filter(QueueFilter(sort=flt.sort, descending=flt.descending))

    def views(self) -> list[View]:
        try:
            return self._service_factory().views()
        except AsnError:
            return list(BUILTIN_VIEWS)

    def reload_views(self) -> None:
        views = self.views()
        self.side.set_views(views, self._view_key)
        sizes = self.splitter.sizes()
        if sizes and sizes[0] < self.side.preferred_width():
            # Long view names ("Tindak lanjut lewat tenggat") are read whole.
            wanted = self.side.preferred_width()
            self.splitter.setSizes([wanted, max(sum(sizes) - wanted, 400)])
        for action in self.view_actions:
            action.deleteLater()
        self.view_actions = []
        for number, view in enumerate(views, start=1):
            action = QAction(icons.icon("view"), view_title(view), self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=view.key: self.apply_view(key))
            self.view_actions.append(action)
        self.views_changed.emit()

    def save_view(self) -> None:
        current = next((v for v in self.views() if v.key == self._view_key), None)
        name, ok = QInputDialog.getText(
            self,
            self.tr("Simpan tampilan"),
            self.tr("Nama tampilan (saringan dan urutan sekarang disimpan untuk akun Anda):"),
            text=current.name if current is not None and not current.builtin else "",
        )
        if not ok:
            return
        try:
            view = self._service_factory().save_view(name, self.current_filter())
        except AsnError as exc:
            show_error(self, exc)
            return
        self._view_key = view.key
        self.reload_views()

    def delete_view(self, key: str) -> None:
        view = next((v for v in self.views() if v.key == key), None)
        if view is None or view.builtin:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus tampilan"),
            self.tr("Hapus tampilan \u201c{name}\u201d? Kasusnya tidak terpengaruh.").format(
                name=view.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service_factory().delete_view(view.name)
        except AsnError as exc:
            show_error(self, exc)
            return
        if self._view_key == key:
            self._view_key = None
        self.reload_views()

    def _matching_view(self, flt: QueueFilter) -> str | None:
        for view in self.views():
            if view.filter.without_order() == flt.without_order():
                return view.key
        return None

    def _on_status_chosen(self, value: str) -> None:
        flt = self.current_filter()
        status = Status(value) if value else None
        if flt.status == status and status is not None:
            status = None  # a second click lifts the narrowing again
        self.filters.set_filter(flt.replace(status=status))
        self.apply_filter()

    def _on_sort(self, column: int, order: Qt.SortOrder) -> None:
        key = self.model.columns[column].key
        self.filters.set_order(key, order == Qt.SortOrder.DescendingOrder)
        self.apply_filter(keep_view=True)

    def _set_sort_indicator(self, flt: QueueFilter) -> None:
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        order = Qt.SortOrder.DescendingOrder if flt.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(self.model.column_of(flt.sort), order)
        header.blockSignals(False)

    # -- refreshing -------------------------------------------------------------------

    def focus_results(self) -> None:
        self.filters.flush()
        if self.model.rowCount():
            if self.view.currentIndex().row() < 0:
                self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus()

    def refresh(self, keep: str | None = None) -> None:
        current = keep or self.current_case_id()
        self.model.reload()
        self._after_refresh(current)

    def refresh_live(self) -> None:
        """Reload after a change from another PC without disturbing the user: the same
        case stays selected and the list stays where it was scrolled to. If the case left
        the list (its status no longer matches the filter), the open case stays open."""
        scroll = self.view.verticalScrollBar()
        position = scroll.value()
        self.model.refresh()
        self._update_count()
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
        flt = self.model.filter
        if n and self._fit_pending:
            self.fit_columns()
        if n:
            self.count.setText(self.tr("{n} kasus").format(n=f"{n:,}".replace(",", ".")))
        elif flt.text.strip() and not flt.replace(text="").is_filtered():
            self.count.setText(
                self.tr("Tidak ada kasus yang cocok dengan \u201c{text}\u201d.").format(
                    text=flt.text.strip()
                )
            )
        elif flt.is_filtered():
            self.count.setText(self.tr("Tidak ada kasus yang cocok dengan saringan."))
        else:
            self.count.setText(self.tr("Belum ada kasus. Buat kasus baru dengan Ctrl+N."))
        self.clear_button.setVisible(n == 0 and flt.is_filtered())
        try:
            counts = self._service_factory().status_counts(flt)
        except AsnError:
            counts = {}
        self.side.set_counts(counts, flt.status)

    # -- selection --------------------------------------------------------------------

    def select_case(self, case_id: str) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def current_case_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def selected_case_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.case_id(r) for r in rows]
        return [i for i in ids if i]

    def _request_open(self) -> None:
        case_id = self.current_case_id()
        if case_id:
            self.open_requested.emit(case_id)

    def _on_current(self, *_: object) -> None:
        self.case_selected.emit(self.current_case_id() or "")

    # -- columns ----------------------------------------------------------------------

    def fit_columns(self) -> None:
        # Fitting an empty list sizes columns to their headers only; fit again once the
        # first rows arrive (on a new PC they come from the shared folder a moment later).
        self._fit_pending = self.model.rowCount() == 0
        # Only the rows on screen are measured: never the whole queue.
        self.view.horizontalHeader().setResizeContentsPrecision(50)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column) + 12, 260))
        # Rows further down may hold a longer status or deadline than the ones measured.
        metrics = self.view.fontMetrics()
        for key, texts in (
            ("status", [tr_domain(s.label) for s in Status]),
            ("due", [self.model.deadline_text(-99), self.model.deadline_text(99)]),
        ):
            column = self.model.column_of(key)
            widest = max(metrics.horizontalAdvance(t) for t in texts) + 28
            self.view.setColumnWidth(column, max(self.view.columnWidth(column), widest))

    def default_columns(self) -> None:
        self.fit_columns()
        header = self.view.horizontalHeader()
        for key in HIDDEN_BY_DEFAULT:
            header.setSectionHidden(self.model.column_of(key), True)

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
            header = self.view.horizontalHeader()
            if not header.restoreState(state) or header.count() != self.model.columnCount():
                return False
            # The saved state carries the sort indicator too: keep the model's order.
            self._set_sort_indicator(self.model.filter)
            return True
        return False
