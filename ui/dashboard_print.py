"""The dashboard on paper (print preview, printer or PDF): figures, tables and charts.

Pages are laid out top to bottom in device pixels of the printer; every page carries the
title, the office, the date range and the print date, and its number. Charts are drawn
from fresh copies at a fixed size, scaled onto the page, so the print-out does not depend
on the size of the window on screen and stays vector (sharp) in a PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QGraphicsScene

from asn_monitor.services.dashboard import DashboardFigures, range_text
from ui.dashboard_charts import RENDER_HINTS, ChartSpec, bucket_label, dashboard_charts
from ui.texts import tr_domain

# F4 (folio) is the paper Indonesian offices print on besides A4.
PAPERS: dict[str, QPageSize] = {
    "A4": QPageSize(QPageSize.PageSizeId.A4),
    "F4": QPageSize(
        QSizeF(215, 330), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch
    ),
}
MARGIN_MM = 15.0
CHART_WIDTH = 760  # the chart's own pixels across, drawn ...
CHART_WIDTH_MM = 175.0  # ... this wide on paper (narrower if the page is)


def set_up_printer(printer: QPrinter, paper: str) -> None:
    printer.setPageLayout(
        QPageLayout(
            PAPERS.get(paper, PAPERS["A4"]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(QCoreApplication.translate("DashboardReport", "Dasbor ASN Monitor"))


@dataclass
class Column:
    title: str
    weight: float  # share of the table's width
    right: bool = False  # numbers are right-aligned


class DashboardReport:
    """Paints ``figures`` onto a printer; connect :meth:`paint` to
    ``QPrintPreviewDialog.paintRequested`` or call it with a PDF printer."""

    def __init__(self, figures: DashboardFigures, office: str, printed_at: dt.datetime) -> None:
        self.figures = figures
        self.office = office
        self.printed_at = printed_at

    # -- the document ------------------------------------------------------------------

    def paint(self, printer: QPrinter) -> bool:
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            self._printer = printer
            self._painter = painter
            painter.setRenderHints(RENDER_HINTS)
            rect = printer.pageLayout().paintRectPixels(printer.resolution())
            self._width = float(rect.width())
            self._height = float(rect.height())
            self._dpi = float(printer.resolution())
            self._page = 0
            self._start_page()
            self._document()
        finally:
            painter.end()
        return True

    def _document(self) -> None:
        f = self.figures
        self._heading(QCoreApplication.translate("DashboardReport", "Ringkasan"))
        in_hand = sum(m.in_hand for m in f.by_monitor)
        late = sum(s.overdue for s in f.stages)
        self._paragraph(
            QCoreApplication.translate(
                "DashboardReport",
                "Jumlah kasus: {total} · sedang dipegang: {held} · lewat tenggat: {late} · "
                "tindak lanjut PPK lewat tenggat: {followups}",
            ).format(total=f.total, held=in_hand, late=late, followups=len(f.overdue_followups))
        )
        self._heading(QCoreApplication.translate("DashboardReport", "Tenggat per tahap"))
        self._table(
            [
                Column(QCoreApplication.translate("DashboardReport", "Tahap"), 4),
                Column(QCoreApplication.translate("DashboardReport", "Tenggat (hari)"), 1.5, True),
                Column(QCoreApplication.translate("DashboardReport", "Dalam tahap"), 1.5, True),
                Column(QCoreApplication.translate("DashboardReport", "Lewat tenggat"), 1.5, True),
            ],
            [[tr_domain(s.label), str(s.days), str(s.open), str(s.overdue)] for s in f.stages],
        )
        self._heading(QCoreApplication.translate("DashboardReport", "Kasus per status"))
        self._table(
            [
                Column(QCoreApplication.translate("DashboardReport", "Status"), 4),
                Column(QCoreApplication.translate("DashboardReport", "Jumlah"), 1.5, True),
            ],
            [[bucket_label(b), str(b.count)] for b in f.by_status],
        )
        for spec in dashboard_charts(f):
            self._chart(spec)
        self._heading(
            QCoreApplication.translate("DashboardReport", "Beban kerja (kasus dipegang)")
            if f.office_wide
            else QCoreApplication.translate("DashboardReport", "Beban kerja Anda (kasus dipegang)")
        )
        self._table(
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
        self._note(
            QCoreApplication.translate(
                "DashboardReport", "Umur kasus dihitung sejak tanggal laporan diterima."
            )
        )
        self._heading(
            QCoreApplication.translate(
                "DashboardReport", "Tindak lanjut PPK lewat tenggat ({n})"
            ).format(n=len(f.overdue_followups))
        )
        if not f.overdue_followups:
            self._paragraph(QCoreApplication.translate("DashboardReport", "Tidak ada."))
        else:
            self._table(
                [
                    Column(QCoreApplication.translate("DashboardReport", "Nomor kasus"), 1.7),
                    Column(QCoreApplication.translate("DashboardReport", "ASN"), 2.3),
                    Column(QCoreApplication.translate("DashboardReport", "Tujuan surat"), 2.8),
                    Column(QCoreApplication.translate("DashboardReport", "Batas"), 1.3),
                    Column(
                        QCoreApplication.translate("DashboardReport", "Lewat (hari)"), 1.6, True
                    ),
                    Column(QCoreApplication.translate("DashboardReport", "Eskalasi"), 1.0),
                ],
                [
                    [
                        o.number,
                        o.subject_name,
                        o.addressee,
                        o.followup_due.strftime("%d/%m/%Y"),
                        str(o.days_overdue),
                        QCoreApplication.translate("DashboardReport", "sudah")
                        if o.escalated
                        else QCoreApplication.translate("DashboardReport", "belum"),
                    ]
                    for o in f.overdue_followups
                ],
            )

    # -- page furniture ----------------------------------------------------------------

    def mm(self, value: float) -> float:
        return value * self._dpi / 25.4

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def _start_page(self) -> None:
        if self._page:
            self._printer.newPage()
        self._page += 1
        p = self._painter
        y = 0.0
        y = self._text_line(
            QCoreApplication.translate("DashboardReport", "Dasbor Pemantauan Netralitas ASN"),
            y,
            self._font(14, True),
        )
        if self.office:
            y = self._text_line(self.office, y, self._font(10))
        f = self.figures
        y = self._text_line(
            QCoreApplication.translate(
                "DashboardReport",
                "Kasus diterima: {range} · keadaan per {today} · dicetak {printed}",
            ).format(
                range=range_text(tr_domain, f.received_from, f.received_to),
                today=f.today.strftime("%d/%m/%Y"),
                printed=self.printed_at.strftime("%d/%m/%Y %H:%M"),
            ),
            y,
            self._font(8.5),
            QColor("#555555"),
        )
        y += self.mm(1.5)
        p.setPen(QPen(QColor("#9e9e9e"), self.mm(0.3)))
        p.drawLine(0, int(y), int(self._width), int(y))
        p.setFont(self._font(8))
        p.setPen(QColor("#555555"))
        p.drawText(
            QRectF(0, self._height - self.mm(5), self._width, self.mm(5)),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            QCoreApplication.translate("DashboardReport", "Halaman {n}").format(n=self._page),
        )
        self._y = y + self.mm(4)
        self._bottom = self._height - self.mm(8)

    def _text_line(self, text: str, y: float, font: QFont, color: QColor | None = None) -> float:
        p = self._painter
        p.setFont(font)
        p.setPen(color or QColor("#000000"))
        metrics = QFontMetricsF(font, self._printer)
        height = metrics.height()
        p.drawText(
            QRectF(0, y, self._width, height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, self._width),
        )
        return y + height

    def _room(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one."""
        if self._y + height > self._bottom:
            self._start_page()

    # -- blocks ------------------------------------------------------------------------

    def _heading(self, text: str) -> None:
        font = self._font(11, True)
        height = QFontMetricsF(font, self._printer).height()
        # A heading never ends a page alone: keep room for a few lines after it.
        self._room(height * 4)
        self._y += self.mm(2)
        self._y = self._text_line(text, self._y, font) + self.mm(1)

    def _paragraph(self, text: str, points: float = 9.5, color: QColor | None = None) -> None:
        font = self._font(points)
        p = self._painter
        p.setFont(font)
        p.setPen(color or QColor("#000000"))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        bounds = p.boundingRect(QRectF(0, 0, self._width, self._height), flags, text)
        self._room(bounds.height())
        p.drawText(QRectF(0, self._y, self._width, bounds.height()), flags, text)
        self._y += bounds.height() + self.mm(1)

    def _note(self, text: str) -> None:
        self._paragraph(text, 8, QColor("#555555"))

    def _table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> None:
        p = self._painter
        font = self._font(9)
        bold = self._font(9, True)
        metrics = QFontMetricsF(font, self._printer)
        line = metrics.height() + self.mm(1.6)
        pad = self.mm(1.2)
        total = sum(c.weight for c in columns)
        widths = [self._width * c.weight / total for c in columns]

        def row(values: Sequence[str], header: bool) -> None:
            y = self._y
            if header:
                p.fillRect(QRectF(0, y, self._width, line), QColor("#eceff1"))
            p.setFont(bold if header else font)
            p.setPen(QColor("#000000"))
            x = 0.0
            for column, width, value in zip(columns, widths, values, strict=True):
                align = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
                shown = QFontMetricsF(bold if header else font, self._printer).elidedText(
                    value, Qt.TextElideMode.ElideRight, width - 2 * pad
                )
                p.drawText(
                    QRectF(x + pad, y, width - 2 * pad, line),
                    int(align | Qt.AlignmentFlag.AlignVCenter),
                    shown,
                )
                x += width
            p.setPen(QPen(QColor("#cfd8dc"), self.mm(0.2)))
            p.drawLine(0, int(y + line), int(self._width), int(y + line))
            self._y += line

        titles = [c.title for c in columns]
        self._room(line * 2)
        row(titles, True)
        for values in rows:
            if self._y + line > self._bottom:
                self._start_page()
                row(titles, True)  # the header again on every page the table spans
            row(values, False)
        self._y += self.mm(2)

    def _chart(self, spec: ChartSpec) -> None:
        size = QSizeF(CHART_WIDTH, spec.height)
        # The chart's own pixels become millimetres at a fixed ratio, so every chart's
        # lettering prints at the same size whatever its height.
        width = min(self._width, self.mm(CHART_WIDTH_MM))
        height = width * size.height() / size.width()
        self._room(height)
        scene = QGraphicsScene()
        scene.addItem(spec.chart)
        spec.chart.setGeometry(QRectF(QPointF(0, 0), size))
        layout = spec.chart.layout()
        if layout is not None:
            layout.activate()  # lay the axes and bars out now, not at the next event loop
        target = QRectF((self._width - width) / 2, self._y, width, height)
        scene.render(self._painter, target, QRectF(QPointF(0, 0), size))
        scene.removeItem(spec.chart)
        self._y += height + self.mm(4)
