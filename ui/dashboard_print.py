"""The dashboard on paper (print preview, printer or PDF): figures, tables and charts.

Laid out by the printing module's :class:`~ui.printing.layout.Layout`, as the other
printouts are: the first page opens with the title, the office, the date range and the
print date; every page carries its number. Charts are drawn from fresh copies at a fixed
size, so the print-out does not depend on the window's size and stays vector in a PDF.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrinter

from asn_monitor.reports.letterhead import Letterhead
from asn_monitor.services.dashboard import DashboardFigures, range_text
from ui.dashboard_charts import bucket_label, dashboard_charts
from ui.printing.furniture import DocumentFurniture
from ui.printing.layout import GREY, Column, Layout
from ui.printing.output import print_to
from ui.printing.recap_doc import followups_table
from ui.texts import tr_domain


def _note(layout: Layout, text: str) -> None:
    layout.text(text, 8, color=GREY)


class DashboardReport:
    """Paints ``figures``; connect :meth:`paint` to ``QPrintPreviewDialog.paintRequested``
    or call it with a PDF printer."""

    def __init__(self, figures: DashboardFigures, office: str, printed_at: dt.datetime) -> None:
        self.figures = figures
        self.office = office
        self.printed_at = printed_at

    @property
    def title(self) -> str:
        return QCoreApplication.translate("DashboardReport", "Dasbor Pemantauan Netralitas ASN")

    def paint(self, printer: QPrinter) -> bool:
        return print_to(printer, self) > 0

    def layout(self, device: QPagedPaintDevice) -> Layout:
        furniture = DocumentFurniture(
            title=self.title + (" · " + self.office if self.office else ""),
            letterhead=Letterhead((), "", "", "", "", "", ""),
            printed="",
            kop=False,
        )
        layout = Layout(device, furniture)
        f = self.figures
        layout.text(self.title, 14, bold=True, after_mm=0)
        if self.office:
            layout.text(self.office, 10, after_mm=0)
        layout.text(
            QCoreApplication.translate(
                "DashboardReport",
                "Kasus diterima: {range} · keadaan per {today} · dicetak {printed}",
            ).format(
                range=range_text(tr_domain, f.received_from, f.received_to),
                today=f.today.strftime("%d/%m/%Y"),
                printed=self.printed_at.strftime("%d/%m/%Y %H:%M"),
            ),
            8.5,
            color=GREY,
        )
        layout.rule()
        self.lay_out(layout)
        return layout

    def lay_out(self, layout: Layout) -> None:
        f = self.figures
        layout.heading(QCoreApplication.translate("DashboardReport", "Ringkasan"))
        in_hand = sum(m.in_hand for m in f.by_monitor)
        late = sum(s.overdue for s in f.stages)
        layout.text(
            QCoreApplication.translate(
                "DashboardReport",
                "Jumlah kasus: {total} · sedang dipegang: {held} · lewat tenggat: {late} · "
                "tindak lanjut PPK lewat tenggat: {followups}",
            ).format(total=f.total, held=in_hand, late=late, followups=len(f.overdue_followups))
        )
        layout.heading(QCoreApplication.translate("DashboardReport", "Tenggat per tahap"))
        layout.table(
            [
                Column(QCoreApplication.translate("DashboardReport", "Tahap"), 4),
                Column(QCoreApplication.translate("DashboardReport", "Tenggat (hari)"), 1.5, True),
                Column(QCoreApplication.translate("DashboardReport", "Dalam tahap"), 1.5, True),
                Column(QCoreApplication.translate("DashboardReport", "Lewat tenggat"), 1.5, True),
            ],
            [[tr_domain(s.label), str(s.days), str(s.open), str(s.overdue)] for s in f.stages],
        )
        layout.heading(QCoreApplication.translate("DashboardReport", "Kasus per status"))
        layout.table(
            [
                Column(QCoreApplication.translate("DashboardReport", "Status"), 4),
                Column(QCoreApplication.translate("DashboardReport", "Jumlah"), 1.5, True),
            ],
            [[bucket_label(b), str(b.count)] for b in f.by_status],
        )
        for spec in dashboard_charts(f):
            layout.chart(spec)
        layout.heading(
            QCoreApplication.translate("DashboardReport", "Beban kerja (kasus dipegang)")
            if f.office_wide
            else QCoreApplication.translate("DashboardReport", "Beban kerja Anda (kasus dipegang)")
        )
        layout.table(
            [
                Column(QCoreApplication.translate("DashboardReport", "Nama"), 3.2),
                Column(QCoreApplication.translate("DashboardReport", "Dipegang"), 1.2, True),
                Column(QCoreApplication.translate("DashboardReport", "Lewat tenggat"), 1.6, True),
                Column(QCoreApplication.translate("DashboardReport", "Tertua (hari)"), 1.6, True),
                Column(
                    QCoreApplication.translate("DashboardReport", "Median umur (hari)"), 2.2, True
                ),
            ],
            [
                [
                    m.name
                    if m.active
                    else m.name + " " + QCoreApplication.translate("DashboardReport", "(nonaktif)"),
                    str(m.in_hand),
                    str(m.overdue),
                    "–" if m.oldest_days is None else str(m.oldest_days),
                    "–" if m.median_days is None else f"{m.median_days:g}",
                ]
                for m in f.by_monitor
            ],
        )
        _note(
            layout,
            QCoreApplication.translate(
                "DashboardReport", "Umur kasus dihitung sejak tanggal laporan diterima."
            ),
        )
        layout.heading(
            QCoreApplication.translate(
                "DashboardReport", "Tindak lanjut PPK lewat tenggat ({n})"
            ).format(n=len(f.overdue_followups))
        )
        if not f.overdue_followups:
            layout.text(QCoreApplication.translate("DashboardReport", "Tidak ada."))
        else:
            followups_table(layout, f.overdue_followups)
