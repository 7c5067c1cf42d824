"""The supervisor's dashboard window: figures, charts and overdue lists, printable.

Opened from the main window (*Alat → Dasbor*, Ctrl+D). It reads everything through
:class:`DashboardService` (SQL aggregates on this PC's replica), refreshes on request, when
the date range changes and when sync brings changes that move the figures, and prints or
saves a PDF through :class:`DashboardReport`.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShowEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.errors import AsnError
from asn_monitor.services.dashboard import (
    DashboardFigures,
    MonitorLoad,
    OverdueFollowup,
    StageLoad,
    range_text,
)
from asn_monitor.sync.replica import Touched
from ui.context import AppContext
from ui.dashboard_charts import ChartSpec, dashboard_charts
from ui.dashboard_print import DashboardReport
from ui.dashboard_tables import RecordTableModel, TableColumn
from ui.printing.output import OutputError, write_pdf
from ui.printing.paper import set_up_printer
from ui.printing.preview import ask_pdf_path
from ui.texts import error_text, tr_domain
from ui.widgets import Banner, OptionalDateEdit

# Records whose change moves a figure (a case's status or holder, a subject's agency, a
# worksheet's level, a referral's deadline or outcome, a user's name, the deadlines).
FIGURE_ENTITIES = frozenset({"case", "subject", "worksheet", "referral", "user", "setting"})
AUTO_REFRESH_MS = 1500  # several sync rounds in a row cost one refresh ...
AUTO_REFRESH_SHARE = 10  # ... and a slow refresh (years of cases) waits 10x its own time
RANGE_DELAY_MS = 400  # typing a date refreshes once, after the pause
PAPER_KEY = "dashboard/paper"


class Tile(QFrame):
    """One headline number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#dashboardTile { background:#f5f7fa; border:1px solid #d5dde5; border-radius:4px; }"
        )
        self.number = QLabel("–")
        self.number.setStyleSheet("font-size:20pt; font-weight:600;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, value: int, alarm: bool = False) -> None:
        self.number.setText(QLocale().toString(value))  # 100.000 in Indonesian
        color = "#c62828" if alarm and value else "#212121"
        self.number.setStyleSheet(f"font-size:20pt; font-weight:600; color:{color};")


class DashboardView(QDialog):
    """``open_case_requested(case_id)`` asks the main window to show a case."""

    open_case_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: DashboardFigures | None = None
        self._shown_before = False
        self.setWindowTitle(self.tr("Dasbor"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._fit_to_screen()

        # -- the range and the commands ------------------------------------------------
        self.date_from = OptionalDateEdit()
        self.date_to = OptionalDateEdit()
        self.date_from.setToolTip(self.tr("Kasus yang diterima sejak tanggal ini (kosong: semua)"))
        self.date_to.setToolTip(self.tr("Kasus yang diterima sampai tanggal ini (kosong: semua)"))
        self.all_time = QPushButton(self.tr("Semua waktu"))
        self.all_time.clicked.connect(self.clear_range)
        self.refresh_button = QPushButton(self.tr("&Muat ulang"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.clicked.connect(self.refresh)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("F4 (215 × 330 mm)"), "F4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(ctx.settings.value(PAPER_KEY, "A4"))))
        self.paper.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.paper.currentIndexChanged.connect(
            lambda _i: ctx.settings.setValue(PAPER_KEY, self.paper.currentData())
        )
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton(self.tr("Simpan &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Diterima dari")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("sampai")))
        bar.addWidget(self.date_to)
        bar.addWidget(self.all_time)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Kertas")))
        bar.addWidget(self.paper)
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)

        self.banner = Banner()
        self.caption = QLabel()
        self.caption.setStyleSheet("color:#555;")

        # -- headline numbers ----------------------------------------------------------
        self.total_tile = Tile(self.tr("kasus"))
        self.held_tile = Tile(self.tr("sedang dipegang"))
        self.late_tile = Tile(self.tr("lewat tenggat (semua tahap)"))
        self.followup_tile = Tile(self.tr("tindak lanjut PPK lewat tenggat"))
        tiles = QHBoxLayout()
        for tile in (self.total_tile, self.held_tile, self.late_tile, self.followup_tile):
            tiles.addWidget(tile, 1)

        # -- charts --------------------------------------------------------------------
        self.chart_views: dict[str, QChartView] = {}
        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(8)
        self.chart_grid.setRowStretch(3, 1)  # spare height below the charts, not between
        charts_page = QWidget()
        charts_page.setLayout(self.chart_grid)
        charts_scroll = QScrollArea()
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(charts_page)

        # -- deadlines and workload ----------------------------------------------------
        self.stage_model: RecordTableModel[StageLoad] = RecordTableModel(
            [
                TableColumn(self.tr("Tahap"), lambda s: tr_domain(s.label)),
                TableColumn(self.tr("Tenggat"), lambda s: self.tr("%n hari", "", s.days), True),
                TableColumn(self.tr("Dalam tahap"), lambda s: str(s.open), True),
                TableColumn(self.tr("Lewat tenggat"), lambda s: str(s.overdue), True),
            ],
            key=lambda s: s.key,
        )
        self.workload_model: RecordTableModel[MonitorLoad] = RecordTableModel(
            [
                TableColumn(self.tr("Nama"), self._person),
                TableColumn(self.tr("Peran"), lambda m: tr_domain(m.role.label)),
                TableColumn(self.tr("Dipegang"), lambda m: str(m.in_hand), True),
                TableColumn(self.tr("Lewat tenggat"), lambda m: str(m.overdue), True),
                TableColumn(
                    self.tr("Tertua (hari)"),
                    lambda m: "–" if m.oldest_days is None else str(m.oldest_days),
                    True,
                ),
                TableColumn(
                    self.tr("Median umur (hari)"),
                    lambda m: "–" if m.median_days is None else f"{m.median_days:g}",
                    True,
                ),
            ],
            key=lambda m: m.user_id,
        )
        self.stage_table = self._table(self.stage_model)
        # Four stages: the table is as tall as its rows, the workload below takes the rest.
        self.stage_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stage_table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.workload_table = self._table(self.workload_model)
        self.workload_title = QLabel()
        self.workload_title.setStyleSheet("font-weight:600;")
        deadlines_page = QWidget()
        deadlines = QVBoxLayout(deadlines_page)
        stage_title = QLabel(self.tr("Tenggat per tahap"))
        stage_title.setStyleSheet("font-weight:600;")
        deadlines.addWidget(stage_title)
        deadlines.addWidget(self.stage_table)
        deadlines.addWidget(self.workload_title)
        deadlines.addWidget(self.workload_table, 1)
        age_note = QLabel(
            self.tr(
                "Umur kasus dihitung sejak tanggal laporan diterima; \u201cdipegang\u201d: kasus "
                "berstatus Diverifikasi, Dinilai atau Dikembalikan."
            )
        )
        age_note.setWordWrap(True)
        age_note.setStyleSheet("color:#555;")
        deadlines.addWidget(age_note)

        # -- overdue follow-ups --------------------------------------------------------
        self.followup_model: RecordTableModel[OverdueFollowup] = RecordTableModel(
            [
                TableColumn(self.tr("Nomor kasus"), lambda o: o.number),
                TableColumn(self.tr("ASN"), lambda o: o.subject_name, tip=lambda o: o.agency),
                TableColumn(
                    self.tr("Tujuan surat"),
                    lambda o: o.addressee,
                    tip=lambda o: f"{o.letter_number} ({o.letter_date.strftime('%d/%m/%Y')})",
                ),
                TableColumn(self.tr("Batas"), lambda o: o.followup_due.strftime("%d/%m/%Y")),
                TableColumn(self.tr("Lewat (hari)"), lambda o: str(o.days_overdue), True),
                TableColumn(
                    self.tr("Eskalasi"),
                    lambda o: self.tr("sudah") if o.escalated else self.tr("belum"),
                ),
            ],
            key=lambda o: o.case_id,
        )
        self.followup_table = self._table(self.followup_model)
        self.followup_table.setToolTip(self.tr("Klik dua kali untuk membuka kasus"))
        self.followup_table.doubleClicked.connect(self._open_followup)
        self.followup_table.activated.connect(self._open_followup)
        followups_page = QWidget()
        followups = QVBoxLayout(followups_page)
        hint = QLabel(
            self.tr(
                "Surat penerusan yang batas tindak lanjutnya sudah lewat tanpa tindak lanjut "
                "tercatat. Klik dua kali (atau Enter) untuk membuka kasusnya."
            )
        )
        hint.setWordWrap(True)
        followups.addWidget(hint)
        followups.addWidget(self.followup_table, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(charts_scroll, self.tr("Grafik"))
        self.tabs.addTab(deadlines_page, self.tr("Tenggat dan beban kerja"))
        self.tabs.addTab(followups_page, self.tr("Tindak lanjut lewat tenggat"))

        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.caption, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addLayout(tiles)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self._range_timer = QTimer(self)
        self._range_timer.setSingleShot(True)
        self._range_timer.setInterval(RANGE_DELAY_MS)
        self._range_timer.timeout.connect(self.refresh)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._range_timer.start())
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(AUTO_REFRESH_MS)
        self._sync_timer.timeout.connect(self._refresh_if_shown)
        if ctx.sync is not None:
            ctx.sync.rows_touched.connect(self._on_remote_change)
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _table(self, model: RecordTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return view

    def _person(self, m: MonitorLoad) -> str:
        return m.name if m.active else self.tr("{name} (nonaktif)").format(name=m.name)

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1180, 800
        if screen is not None:
            width = min(width, int(screen.width() * 0.95))
            height = min(height, int(screen.height() * 0.92))
        self.resize(width, height)

    # -- figures -----------------------------------------------------------------------

    def clear_range(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.clear_value()
            edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again for the range shown; a bad range is explained, and the
        figures last shown stay until it is corrected."""
        self._range_timer.stop()
        started = time.perf_counter()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            figures = self.ctx.dashboard().figures(self.date_from.value(), self.date_to.value())
        except AsnError as exc:
            self.banner.show_message(error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.banner.clear()
        self.show_figures(figures)
        # Refreshing blocks this window for as long as it takes; with years of cases that
        # is a noticeable moment, so changes arriving by sync wait proportionally longer.
        spent = (time.perf_counter() - started) * 1000
        self._sync_timer.setInterval(max(AUTO_REFRESH_MS, int(AUTO_REFRESH_SHARE * spent)))

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self.total_tile.set_value(figures.total)
        self.held_tile.set_value(sum(m.in_hand for m in figures.by_monitor))
        self.held_tile.caption.setText(
            self.tr("sedang dipegang") if figures.office_wide else self.tr("sedang Anda pegang")
        )
        self.late_tile.set_value(sum(s.overdue for s in figures.stages), alarm=True)
        self.followup_tile.set_value(len(figures.overdue_followups), alarm=True)
        self.stage_model.set_rows(figures.stages)
        self.workload_model.set_rows(figures.by_monitor)
        self.workload_title.setText(
            self.tr("Beban kerja (kasus dipegang)")
            if figures.office_wide
            else self.tr("Beban kerja Anda (kasus dipegang)")
        )
        self.followup_model.set_rows(figures.overdue_followups)
        self.tabs.setTabText(
            2, self.tr("Tindak lanjut lewat tenggat (%n)", "", len(figures.overdue_followups))
        )
        self._show_charts(dashboard_charts(figures))
        self.caption.setText(
            self.tr("Kasus diterima: {range} · keadaan per {today} · dimuat {time}").format(
                range=range_text(tr_domain, figures.received_from, figures.received_to),
                today=figures.today.strftime("%d/%m/%Y"),
                time=dt.datetime.now().strftime("%H:%M"),
            )
        )

    def _show_charts(self, specs: list[ChartSpec]) -> None:
        for index, spec in enumerate(specs):
            view = self.chart_views.get(spec.key)
            if view is None:
                view = QChartView()
                view.setRenderHint(QPainter.RenderHint.Antialiasing)
                view.setObjectName(f"chart_{spec.key}")
                self.chart_views[spec.key] = view
                self.chart_grid.addWidget(view, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
            old = view.chart()
            view.setChart(spec.chart)  # the view takes the new chart ...
            if old is not None:
                old.deleteLater()  # ... and the old one is no longer anyone's
            # Each chart as tall as its categories need; a short one beside a tall one
            # stays short instead of stretching its bars.
            view.setFixedHeight(spec.height)

    # -- sync --------------------------------------------------------------------------

    def _on_remote_change(self, touched: Touched) -> None:
        # Not restarted by every change: a busy office must not postpone it for ever.
        moved = {entity for entity, _id in touched.rows} & FIGURE_ENTITIES
        if moved and not self._sync_timer.isActive():
            self._sync_timer.start()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown again after being closed: this user's own work, or sync, may have moved
        # the figures meanwhile (the first showing has just read them).
        if self._shown_before:
            QTimer.singleShot(0, self.refresh)
        self._shown_before = True

    # -- cases -------------------------------------------------------------------------

    def _open_followup(self, index: QModelIndex) -> None:
        case_id = index.data(RecordTableModel.KEY_ROLE)
        if case_id:
            self.open_case_requested.emit(str(case_id))

    # -- printing ----------------------------------------------------------------------

    def report(self) -> DashboardReport | None:
        if self.figures is None:
            return None
        return DashboardReport(self.figures, self.ctx.office().office_name(), dt.datetime.now())

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up_printer(printer, str(self.paper.currentData()))
        return printer

    def print_preview(self) -> None:
        report = self.report()
        if report is None:
            return
        printer = self._printer()
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Cetak dasbor"))
        preview.paintRequested.connect(report.paint)
        preview.exec()

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the dashboard as a PDF to ``path`` (asked for when None); a failed export
        never leaves half a PDF behind (see :func:`write_pdf`)."""
        report = self.report()
        if report is None:
            return None
        if path is None:
            path = ask_pdf_path(self, Path.home() / f"dasbor-{dt.date.today().isoformat()}.pdf")
            if path is None:
                return None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._pdf_failed(path, exc.strerror or str(exc))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_pdf(report, path, str(self.paper.currentData()))
        except OutputError as exc:
            self._pdf_failed(path, str(exc.params.get("detail", "")) or error_text(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.banner.show_message(self.tr("PDF disimpan ke {path}.").format(path=path), "info")
        return path

    def _pdf_failed(self, path: Path, reason: str) -> None:
        self.banner.show_message(
            self.tr("PDF tidak dapat disimpan ke {path}: {reason}").format(path=path, reason=reason)
        )
