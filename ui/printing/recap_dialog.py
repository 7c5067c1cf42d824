"""Choosing the period of a recap (Rekapitulasi) before its preview opens."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.reports.recap import RecapService
from ui.context import AppContext
from ui.long_dates import to_date, to_qdate
from ui.printing.open_preview import preview, print_sources
from ui.printing.preview import PrintPreview
from ui.printing.recap_doc import RecapDocument


def preset_range(key: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The period a preset names, as of ``today``."""
    first = today.replace(day=1)
    if key == "last_month":
        end = first - dt.timedelta(days=1)
        return end.replace(day=1), end
    if key == "quarter":
        month = 3 * ((today.month - 1) // 3) + 1
        return today.replace(month=month, day=1), today
    if key == "year":
        return today.replace(month=1, day=1), today
    return first, today


class RecapDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: PrintPreview | None = None
        self.setWindowTitle(self.tr("Rekapitulasi periodik"))
        today = dt.date.today()
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        for key, text in (
            ("this_month", self.tr("Bulan ini")),
            ("last_month", self.tr("Bulan lalu")),
            ("quarter", self.tr("Triwulan ini")),
            ("year", self.tr("Tahun ini")),
            ("custom", self.tr("Rentang lain")),
        ):
            self.preset.addItem(text, key)
        low, high = preset_range("this_month", today)
        self.date_from = self._date_edit(low, "date_from")
        self.date_to = self._date_edit(high, "date_to")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color:#c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        intro = QLabel(
            self.tr(
                "Kasus yang diterima pada periode ini: jumlah per status, instansi, pelanggaran, "
                "platform dan pemantau, daftar kasus, dan tindak lanjut PPK yang lewat tenggat."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Periode:"), self.preset)
        form.addRow(self.tr("Dari tanggal:"), self.date_from)
        form.addRow(self.tr("Sampai tanggal:"), self.date_to)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Pratinjau…"))
        ok.setObjectName("preview")
        buttons.accepted.connect(self.show_preview)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.preset.currentIndexChanged.connect(self._on_preset)
        self.date_from.dateChanged.connect(self._on_edit)
        self.date_to.dateChanged.connect(self._on_edit)
        self._setting = False
        self.resize(460, self.sizeHint().height())

    def _date_edit(self, value: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(to_qdate(value))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMaximumDate(QDate(2100, 12, 31))
        return edit

    def _on_preset(self) -> None:
        key = str(self.preset.currentData())
        if key == "custom":
            return
        low, high = preset_range(key, dt.date.today())
        self._setting = True
        self.date_from.setDate(to_qdate(low))
        self.date_to.setDate(to_qdate(high))
        self._setting = False
        self.error.hide()

    def _on_edit(self) -> None:
        self.error.hide()
        if not self._setting:
            self.preset.setCurrentIndex(self.preset.findData("custom"))

    def period(self) -> tuple[dt.date, dt.date]:
        return to_date(self.date_from.date()), to_date(self.date_to.date())

    def show_preview(self) -> None:
        low, high = self.period()
        if low > high:
            self.error.setText(
                self.tr("Rentang tanggal kosong: tanggal awal sesudah tanggal akhir.")
            )
            self.error.show()
            self.date_from.setFocus()
            return
        sources = print_sources(self.ctx)

        def build() -> RecapDocument:
            recap = RecapService(sources.database, sources.actor).build(low, high)
            return RecapDocument(
                recap,
                sources.letterhead(),
                sources.actor.display_name,
                sources.now(),
                sources.language,
            )

        self.shown = preview(self.ctx, self, build, f"rekap-{low.isoformat()}-{high.isoformat()}")
        if self.shown is not None:
            self.accept()
