"""Importing public reports or the BKD personnel list: read, preview every row, then commit.

Reading a file or the endpoint runs in a worker thread (the network may be slow); checking
and committing run here in chunks, with a progress dialog that keeps the window painted
and can cancel between chunks. Nothing is written before the user presses "Impor".
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.roles import Permission
from asn_monitor.errors import AsnError
from asn_monitor.intake.problems import Problem, Severity
from asn_monitor.intake.sources import read_file, read_table
from asn_monitor.intake.table import Table
from asn_monitor.services.intake import (
    ENDPOINT_SOURCE,
    DuplicateAction,
    IntakeService,
    PreviewRow,
    ReportPreview,
    RowState,
)
from asn_monitor.services.registry import RegistryPreview, RegistryService, row_state
from ui.context import AppContext
from ui.endpoint_dialog import EndpointDialog
from ui.import_preview_model import PreviewLine, PreviewTableModel
from ui.texts import error_text, format_date, tr_domain
from ui.widgets import Banner

# Above this many rows, checking and committing show a progress dialog.
PROGRESS_THRESHOLD = 300


class ImportKind(str, Enum):
    REPORTS = "reports"
    REGISTRY = "registry"


class ReadThread(QThread):
    """Reads the source off the UI thread; touches no database."""

    def __init__(self, read: Callable[[], Table], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self.table: Table | None = None
        self.error: AsnError | None = None

    def run(self) -> None:
        try:
            self.table = self._read()
        except AsnError as exc:
            self.error = exc


class ChunkProgress:
    """A progress callback for the services: shows a dialog for big imports, lets the
    window repaint between chunks, and reports a press of "Batal"."""

    def __init__(self, parent: QWidget, label: str, cancel: str, rows: int) -> None:
        self.dialog: QProgressDialog | None = None
        if rows > PROGRESS_THRESHOLD:
            self.dialog = QProgressDialog(label, cancel, 0, rows, parent)
            self.dialog.setWindowTitle(parent.windowTitle())
            self.dialog.setMinimumDuration(0)
            self.dialog.setValue(0)
            self.dialog.setMinimumWidth(380)

    def __call__(self, done: int, total: int) -> bool:
        if self.dialog is None:
            return True
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None


def _problems_text(problems: list[Problem]) -> str:
    return "; ".join(error_text(p.message) for p in problems)


def _problems_tooltip(problems: list[Problem]) -> str:
    return "\n".join(f"[{tr_domain(p.severity.label)}] {error_text(p.message)}" for p in problems)


_REPORT_STATES = {
    RowState.ERROR: "error",
    RowState.ALREADY: "muted",
    RowState.DUPLICATE: "duplicate",
    RowState.WARNING: "warning",
    RowState.OK: "ok",
}


class ImportDialog(QDialog):
    imported = Signal(list)  # ids of the cases created or changed

    def __init__(self, ctx: AppContext, kind: ImportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.intake: IntakeService = ctx.intake()
        self.registry: RegistryService = ctx.registry()
        self.preview: ReportPreview | RegistryPreview | None = None
        self._thread: ReadThread | None = None
        reports = kind is ImportKind.REPORTS
        self.setWindowTitle(
            self.tr("Impor laporan masyarakat") if reports else self.tr("Impor data ASN (BKD)")
        )
        self.resize(1060, 640)

        intro = QLabel(
            self.tr(
                "Pilih berkas CSV atau JSON (atau ambil dari endpoint kantor). Setiap baris "
                "diperiksa dulu; belum ada yang disimpan sampai Anda menekan Impor. Baris "
                "bergalat dilewati, baris dengan peringatan tetap diimpor."
            )
            if reports
            else self.tr(
                "Pilih berkas CSV dari BKD (kolom NIP, nama, instansi, jabatan, pangkat). Data "
                "dengan NIP yang sudah ada diperbarui. Belum ada yang disimpan sampai Anda "
                "menekan Impor."
            )
        )
        intro.setWordWrap(True)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Berkas .csv / .json, atau alamat https://"))
        self.source.returnPressed.connect(lambda: self.load_source(self.source.text()))
        self.browse = QPushButton(self.tr("Pilih berkas…"))
        self.browse.clicked.connect(self.choose_file)
        self.check_button = QPushButton(self.tr("Periksa"))
        self.check_button.clicked.connect(lambda: self.load_source(self.source.text()))
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.browse)
        source_row.addWidget(self.check_button)
        self.endpoint_button = QPushButton(self.tr("Ambil dari endpoint"))
        self.endpoint_button.clicked.connect(lambda: self.load_source(ENDPOINT_SOURCE))
        self.settings_button = QPushButton(self.tr("Pengaturan endpoint…"))
        self.settings_button.clicked.connect(self.edit_endpoint)
        self.settings_button.setEnabled(self.intake.can(Permission.MANAGE_SETTINGS))
        if reports:
            source_row.addWidget(self.endpoint_button)
            source_row.addWidget(self.settings_button)
        else:
            self.endpoint_button.hide()
            self.settings_button.hide()

        self.banner = Banner()
        self.summary = QLabel(self.tr("Belum ada berkas yang dibaca."))
        self.summary.setWordWrap(True)
        self.only_problems = QCheckBox(self.tr("Hanya baris bermasalah"))
        self.only_problems.toggled.connect(self._show_rows)
        headers = (
            [
                self.tr("Baris"),
                self.tr("Keadaan"),
                self.tr("Diterima"),
                self.tr("Ringkasan"),
                self.tr("ASN terlapor"),
                self.tr("Mirip kasus"),
                self.tr("Tindakan"),
                self.tr("Masalah"),
            ]
            if reports
            else [
                self.tr("Baris"),
                self.tr("Keadaan"),
                self.tr("NIP"),
                self.tr("Nama"),
                self.tr("Instansi"),
                self.tr("Jabatan"),
                self.tr("Pangkat"),
                self.tr("Masalah"),
            ]
        )
        self.model = PreviewTableModel(headers)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # A row like an existing case may get its own choice (right-click).
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self._shown: list[PreviewRow] = []
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = [48, 160, 80, 150, 110, 165, 200] if reports else [54, 150, 150, 200, 200, 130, 70]
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

        # The selected row's problems in full: the table cell shows only their start.
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(36)
        self.detail.setStyleSheet("color:#333;")
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_detail(current.row())
        )

        self.duplicate_action = QComboBox()
        for action in DuplicateAction:
            self.duplicate_action.addItem(tr_domain(action.label), action.value)
        self.duplicate_action.currentIndexChanged.connect(lambda _i: self._show_rows())
        duplicate_row = QHBoxLayout()
        self.duplicate_label = QLabel(self.tr("Baris yang mirip kasus yang ada:"))
        duplicate_row.addWidget(self.duplicate_label)
        duplicate_row.addWidget(self.duplicate_action)
        duplicate_row.addStretch(1)
        duplicate_row.addWidget(self.only_problems)
        self.duplicate_label.setVisible(reports)
        self.duplicate_action.setVisible(reports)

        self.import_button = QPushButton(self.tr("Impor"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.commit)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(source_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addLayout(duplicate_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

    # -- reading ---------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas impor"),
            "",
            self.tr("CSV atau JSON (*.csv *.json *.txt);;Semua berkas (*)"),
        )
        if path:
            self.source.setText(path)
            self.load_source(path)

    def edit_endpoint(self) -> None:
        EndpointDialog(self.intake, self).exec()

    def load_source(self, source: str) -> None:
        """Read ``source`` in a worker thread; the preview follows when it is read."""
        if self._thread is not None:
            return
        self.banner.clear()
        self.preview = None
        self.model.set_lines([])
        self.import_button.setEnabled(False)
        try:
            if self.kind is ImportKind.REPORTS:
                resolved, token = self.intake.resolve(source)
            else:
                resolved, token = str(Path(source.strip()).expanduser()), ""
        except AsnError as exc:
            self.banner.show_message(error_text(exc))
            return
        self.source.setText(resolved)
        self.summary.setText(self.tr("Membaca {source}…").format(source=resolved))
        self._set_busy(True)
        thread = ReadThread(lambda: self._read(resolved, token), self)
        thread.finished.connect(lambda: self._on_read(thread, resolved))
        self._thread = thread
        thread.start()

    def _read(self, resolved: str, token: str) -> Table:
        # Runs in the worker thread: file or network only, never the database.
        if self.kind is ImportKind.REPORTS:
            return self.intake.read(resolved, token)
        return read_table(read_file(Path(resolved)), Path(resolved).name)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.browse,
            self.check_button,
            self.endpoint_button,
            self.source,
        ):
            widget.setEnabled(not busy)
        self.settings_button.setEnabled(not busy and self.intake.can(Permission.MANAGE_SETTINGS))

    def _on_read(self, thread: ReadThread, name: str) -> None:
        self._thread = None
        thread.deleteLater()
        self._set_busy(False)
        if thread.error is not None or thread.table is None:
            self.summary.setText(self.tr("Tidak ada yang dibaca."))
            if thread.error is not None:
                self.banner.show_message(error_text(thread.error))
            return
        self.show_table(thread.table, name)

    def show_table(self, table: Table, name: str) -> None:
        """Check every row of ``table`` and show the preview."""
        progress = ChunkProgress(
            self, self.tr("Memeriksa baris…"), self.tr("Batal"), len(table.rows)
        )
        try:
            if self.kind is ImportKind.REPORTS:
                self.preview = self.intake.preview_table(table, name, progress)
            else:
                self.preview = self.registry.preview(table, name)
        except AsnError as exc:
            self.summary.setText(self.tr("Tidak ada yang dibaca."))
            self.banner.show_message(error_text(exc))
            return
        finally:
            progress.close()
        if isinstance(self.preview, ReportPreview) and self.preview.cancelled:
            self.preview = None
            self.summary.setText(self.tr("Pemeriksaan dibatalkan; tidak ada yang diimpor."))
            return
        notes = list(self.preview.problems)
        if notes:
            kind = "warning" if any(p.severity is not Severity.NOTICE for p in notes) else "info"
            self.banner.show_message("\n".join(error_text(p.message) for p in notes), kind)
        self._show_rows()
        self._update_summary()

    # -- showing ---------------------------------------------------------------------

    def _show_rows(self) -> None:
        preview = self.preview
        if preview is None:
            return
        only = self.only_problems.isChecked()
        lines: list[PreviewLine] = []
        self._shown = []
        if isinstance(preview, ReportPreview):
            for row in preview.rows:
                if only and row.state is RowState.OK:
                    continue
                self._shown.append(row)
                lines.append(self._report_line(row))
        else:
            for reg in preview.rows:
                state = row_state(reg)
                if only and not reg.problems:
                    continue
                labels = {
                    "error": self.tr("Galat — dilewati"),
                    "new": self.tr("Baru"),
                    "update": self.tr("Diperbarui"),
                    "same": self.tr("Tidak berubah"),
                }
                v = reg.values
                lines.append(
                    PreviewLine(
                        (
                            str(reg.line),
                            labels[state],
                            v["nip"],
                            v["name"],
                            v["agency"],
                            v["position"],
                            v["rank"],
                            _problems_text(reg.problems),
                        ),
                        {"error": "error", "same": "muted"}.get(
                            state, "warning" if reg.problems else "ok"
                        ),
                        _problems_tooltip(reg.problems),
                    )
                )
        self.model.set_lines(lines)
        if lines:
            self.table.selectRow(0)

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.detail.clear()
            return
        line = self.model.line(row)
        text = self.tr("Baris {line}:").format(line=line.cells[0])
        self.detail.setText(
            text + " " + (line.tooltip.replace("\n", "  ") or self.tr("tanpa masalah"))
        )

    def _row_menu(self, pos: QPoint) -> None:
        rows = [
            self._shown[i.row()]
            for i in self.table.selectionModel().selectedRows()
            if i.row() < len(self._shown) and self._shown[i.row()].state is RowState.DUPLICATE
        ]
        if not rows:
            return
        menu = QMenu(self)
        default = menu.addAction(self.tr("Ikuti pilihan untuk semua baris mirip"))
        default.triggered.connect(lambda: self.set_row_action(rows, None))
        for action in DuplicateAction:
            item = menu.addAction(tr_domain(action.label))
            item.triggered.connect(lambda _checked=False, a=action: self.set_row_action(rows, a))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def set_row_action(self, rows: list[PreviewRow], action: DuplicateAction | None) -> None:
        """Choose for these rows what the import does with them (None: the general choice)."""
        for row in rows:
            row.action = action
        current = self.table.currentIndex().row()
        self._show_rows()
        if current >= 0:
            self.table.selectRow(current)

    def _action_text(self, row: PreviewRow) -> str:
        if row.state is not RowState.DUPLICATE:
            return ""
        if row.action is not None:
            return tr_domain(row.action.label)
        general = DuplicateAction(self.duplicate_action.currentData())
        return tr_domain(general.label) + " " + self.tr("(umum)")

    def _report_line(self, row: PreviewRow) -> PreviewLine:
        report = row.report
        subject = report.subject or {}
        who = " · ".join(x for x in (subject.get("name"), report.nip) if x)
        similar = ", ".join(m.number for m in row.duplicates)
        if row.same_as_line:
            similar = self.tr("baris {line}").format(line=row.same_as_line)
        if row.already:
            similar = row.already
        return PreviewLine(
            (
                str(row.line),
                tr_domain(row.state.label),
                format_date(report.case.get("received_date")),
                (report.case.get("summary") or "")[:160],
                who,
                similar,
                self._action_text(row),
                _problems_text(report.problems),
            ),
            _REPORT_STATES[row.state],
            _problems_tooltip(report.problems),
        )

    def _update_summary(self) -> None:
        preview = self.preview
        if isinstance(preview, ReportPreview):
            count = preview.importable
            self.summary.setText(
                self.tr(
                    "{total} baris dibaca dari {source}: {ok} siap, {warnings} dengan peringatan, "
                    "{duplicates} kemungkinan duplikat, {already} sudah diimpor, {errors} "
                    "bergalat (dilewati). Belum ada yang disimpan."
                ).format(
                    total=len(preview.rows),
                    source=preview.source,
                    ok=preview.count(RowState.OK),
                    warnings=preview.count(RowState.WARNING),
                    duplicates=preview.count(RowState.DUPLICATE),
                    already=preview.count(RowState.ALREADY),
                    errors=preview.count(RowState.ERROR),
                )
            )
            allowed = self.intake.can(Permission.CREATE_CASE)
        elif isinstance(preview, RegistryPreview):
            count = sum(preview.count(s) for s in ("new", "update"))
            self.summary.setText(
                self.tr(
                    "{total} baris dibaca dari {source}: {new} baru, {update} diperbarui, "
                    "{same} tidak berubah, {errors} bergalat (dilewati). Belum ada yang disimpan."
                ).format(
                    total=len(preview.rows),
                    source=preview.source,
                    new=preview.count("new"),
                    update=preview.count("update"),
                    same=preview.count("same"),
                    errors=preview.count("error"),
                )
            )
            allowed = self.registry.can(Permission.MANAGE_SETTINGS)
            if not allowed:
                self.import_button.setToolTip(
                    self.tr("Hanya supervisor atau admin yang dapat mengimpor daftar ASN.")
                )
        else:
            return
        self.import_button.setText(self.tr("Impor {n} baris").format(n=count))
        self.import_button.setEnabled(allowed and count > 0)

    # -- committing ------------------------------------------------------------------

    def commit(self) -> None:
        preview = self.preview
        if preview is None:
            return
        self.import_button.setEnabled(False)
        progress = ChunkProgress(self, self.tr("Mengimpor…"), self.tr("Batal"), len(preview.rows))
        try:
            if isinstance(preview, ReportPreview):
                action = DuplicateAction(self.duplicate_action.currentData())
                result = self.intake.commit(preview, action, progress)
                text = self.tr(
                    "Selesai: {created} kasus baru, {linked} tertaut ke kasus yang ada, {merged} "
                    "digabungkan, {already} sudah diimpor sebelumnya, {declined} duplikat "
                    "dilewati, {skipped} baris bergalat dilewati."
                ).format(
                    created=len(result.created),
                    linked=len(result.linked),
                    merged=len(result.merged),
                    already=len(result.already),
                    declined=len(result.declined),
                    skipped=len(result.skipped),
                )
                cancelled = result.cancelled
                changed = result.case_ids
            else:
                reg = self.registry.commit(preview, progress)
                text = self.tr(
                    "Selesai: {added} ditambahkan, {updated} diperbarui, {unchanged} tidak "
                    "berubah, {skipped} baris bergalat dilewati."
                ).format(
                    added=reg.added,
                    updated=reg.updated,
                    unchanged=reg.unchanged,
                    skipped=len(reg.skipped),
                )
                cancelled = reg.cancelled
                changed = []
        except AsnError as exc:
            self.banner.show_message(error_text(exc))
            self.import_button.setEnabled(True)
            return
        finally:
            progress.close()
        if cancelled:
            text += " " + self.tr(
                "Dibatalkan: bagian yang sudah tersimpan tetap ada; impor lagi untuk sisanya."
            )
        self.banner.show_message(text, "warning" if cancelled else "info")
        self.summary.setText(text)
        self.preview = None
        self.imported.emit(changed)
