"""The periodic recap (Rekapitulasi) on paper: summary counts, a table and a bar chart for
each grouping (status, agency, violation level, platform, monitor), the list of the cases
and the overdue follow-ups.

The charts are the dashboard's own builders, drawn at a fixed size, so the recap and the
dashboard show a figure the same way. A period with no case prints one clear sentence
instead of empty tables and charts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPagedPaintDevice

from asn_monitor.domain.lifecycle import Status
from asn_monitor.reports.letterhead import Letterhead
from asn_monitor.reports.recap import IN_PROGRESS, REFERRED, MonitorRecap, Recap
from asn_monitor.services.dashboard import Bucket, OverdueFollowup
from ui.dashboard_charts import (
    BLUE,
    ORANGE,
    PURPLE,
    RED,
    ROW_HEIGHT,
    TEAL,
    ChartSpec,
    bar_chart,
    bucket_label,
    grouped_bar_chart,
)
from ui.long_dates import long_date
from ui.printing.furniture import DocumentFurniture
from ui.printing.layout import GREY, Column, Layout
from ui.printing.words import Words
from ui.texts import tr_domain

GREEN = "#2e7d32"
LIST_POINTS = 7.5  # the case list has eight columns: a size smaller than other tables
TABLE_PAD_MM = 1.2  # a table cell's padding (``Layout.table``)
TABLE_POINTS = 8.5  # ``Layout.table``'s default size


def chart_height(rows: int, sets: int = 1) -> int:
    """The chart's own pixels its category rows need (as the dashboard sizes its charts)."""
    legend = 26 if sets > 1 else 0
    return 78 + legend + max(rows, 2) * (ROW_HEIGHT + 12 * (sets - 1))


def fit_columns(
    layout: Layout, columns: Sequence[Column], rows: Sequence[Sequence[str]], points: float
) -> list[Column]:
    """``columns`` with weights in device pixels: each column at least as wide as its
    longest word (a case number, a date, a NIP must not break), and the width left over
    shared by the columns' own weights (0: no more than needed)."""
    font = layout.font(points)
    bold = layout.font(points, True)
    metrics = layout.metrics(font)
    bold_metrics = layout.metrics(bold)
    cell_pad = 2 * layout.mm(TABLE_PAD_MM) + layout.mm(0.6)
    seen: dict[str, float] = {}

    def word(text: str) -> float:
        width = seen.get(text)
        if width is None:
            width = seen[text] = metrics.horizontalAdvance(text)
        return width

    needs = []
    for index, column in enumerate(columns):
        widest = max((bold_metrics.horizontalAdvance(w) for w in column.title.split()), default=0)
        for cell in {row[index] for row in rows}:
            for piece in cell.replace("\n", " ").split(" "):  # not at no-break spaces
                widest = max(widest, word(piece))
        needs.append(widest + cell_pad)
    spare = layout.width - sum(needs)
    shares = sum(c.weight for c in columns)
    if spare < 0 or not shares:  # too many words: shrink all alike (long words then break)
        scale = layout.width / sum(needs)
        widths = [n * scale for n in needs]
    else:
        widths = [n + spare * c.weight / shares for n, c in zip(needs, columns, strict=True)]
    return [Column(c.title, w, c.right) for c, w in zip(columns, widths, strict=True)]


def nip_spaced(nip: str) -> str:
    """ "19810615 200303 2 215" as the BKD prints a NIP (birth date, appointment, sex,
    serial), with no-break spaces: a NIP is read, and copied, in one piece."""
    if len(nip) != 18:
        return nip
    return "\u00a0".join((nip[:8], nip[8:14], nip[14], nip[15:]))


def percent(count: int, total: int) -> str:
    """ "12,5%" as Indonesian writes it."""
    if not total:
        return "–"
    return f"{100 * count / total:.1f}".replace(".", ",") + "%"


class RecapDocument:
    """Lays a :class:`Recap` out under the office's letterhead."""

    def __init__(
        self,
        recap: Recap,
        letterhead: Letterhead,
        printed_by: str,
        printed_at: dt.datetime,
        language: str = "id",
    ) -> None:
        self.recap = recap
        self.letterhead = letterhead
        self.printed_by = printed_by
        self.printed_at = printed_at
        self.language = language

    @property
    def title(self) -> str:
        return QCoreApplication.translate(
            "RecapDoc", "Rekapitulasi penanganan kasus {start} s.d. {end}"
        ).format(
            start=self.recap.low.strftime("%d/%m/%Y"), end=self.recap.high.strftime("%d/%m/%Y")
        )

    def furniture(self) -> DocumentFurniture:
        return DocumentFurniture(
            title=self.title,
            letterhead=self.letterhead,
            printed=Words(self.language).printed_line(self.printed_by, self.printed_at),
        )

    def layout(self, device: QPagedPaintDevice) -> Layout:
        layout = Layout(device, self.furniture())
        self.lay_out(layout)
        return layout

    # -- the document ------------------------------------------------------------------

    def lay_out(self, layout: Layout) -> None:
        r = self.recap
        layout.text(
            QCoreApplication.translate(
                "RecapDoc", "REKAPITULASI PENANGANAN DUGAAN PELANGGARAN NETRALITAS ASN"
            ),
            13,
            bold=True,
            align=Qt.AlignmentFlag.AlignHCenter,
            after_mm=0.5,
        )
        period = (
            long_date(r.low)
            if r.low == r.high
            else QCoreApplication.translate("RecapDoc", "{start} s.d. {end}").format(
                start=long_date(r.low), end=long_date(r.high)
            )
        )
        layout.text(
            QCoreApplication.translate("RecapDoc", "Laporan yang diterima {period}").format(
                period=period
            ),
            10,
            align=Qt.AlignmentFlag.AlignHCenter,
            after_mm=0.5,
        )
        layout.text(
            QCoreApplication.translate(
                "RecapDoc", "Status dan tenggat sebagaimana keadaan pada {date}"
            ).format(date=long_date(r.today)),
            8.5,
            color=GREY,
            align=Qt.AlignmentFlag.AlignHCenter,
            after_mm=3,
        )
        if r.empty:
            layout.space(6)
            layout.text(
                QCoreApplication.translate(
                    "RecapDoc", "Tidak ada kasus yang diterima pada periode ini."
                ),
                11,
                bold=True,
                align=Qt.AlignmentFlag.AlignHCenter,
                after_mm=3,
            )
            return
        self._summary(layout)
        self._by_status(layout)
        self._by_agency(layout)
        self._by_level(layout)
        self._by_platform(layout)
        self._by_monitor(layout)
        self._case_list(layout)
        self._followups(layout)

    def _summary(self, layout: Layout) -> None:
        r = self.recap
        layout.heading(QCoreApplication.translate("RecapDoc", "A. Ringkasan"))
        layout.fields(
            [
                (
                    QCoreApplication.translate("RecapDoc", "Kasus diterima"),
                    str(r.total),
                ),
                (
                    QCoreApplication.translate("RecapDoc", "Masih dalam penanganan"),
                    self._count_text(r.count(IN_PROGRESS)),
                ),
                (
                    QCoreApplication.translate("RecapDoc", "Diteruskan ke PPK atau selesai"),
                    self._count_text(r.count(REFERRED)),
                ),
                (
                    QCoreApplication.translate("RecapDoc", "Ditolak"),
                    self._count_text(r.count(frozenset({Status.DITOLAK}))),
                ),
                (
                    QCoreApplication.translate("RecapDoc", "Tindak lanjut PPK lewat tenggat"),
                    str(len(r.overdue_followups)),
                ),
            ],
            label_mm=62,
        )

    def _count_text(self, count: int) -> str:
        return f"{count} ({percent(count, self.recap.total)})"

    # -- groupings ---------------------------------------------------------------------

    def _heading_with_table(self, layout: Layout, title: str, rows: int) -> None:
        """A heading, kept on the page its table starts on; a short table (one line a
        row) is kept whole on one page rather than split a few rows from its end."""
        row = layout.metrics(layout.font(TABLE_POINTS)).lineSpacing() + 2 * layout.mm(TABLE_PAD_MM)
        heading = layout.metrics(layout.font(11.5, True)).lineSpacing() + layout.mm(4)
        whole = heading + (rows + 1) * row
        if whole < layout.body_height * 0.6:
            layout.room(whole)
        layout.heading(title)

    def _bucket_table(
        self, layout: Layout, first: str, buckets: Sequence[Bucket], total: int
    ) -> None:
        layout.table(
            [
                Column(QCoreApplication.translate("RecapDoc", "No."), 0.5, True),
                Column(first, 5),
                Column(QCoreApplication.translate("RecapDoc", "Jumlah"), 1.1, True),
                Column(QCoreApplication.translate("RecapDoc", "Persen"), 1.1, True),
            ],
            [
                [str(i), bucket_label(b), str(b.count), percent(b.count, total)]
                for i, b in enumerate(buckets, 1)
            ]
            + [
                [
                    "",
                    QCoreApplication.translate("RecapDoc", "Jumlah"),
                    str(sum(b.count for b in buckets)),
                    percent(sum(b.count for b in buckets), total),
                ]
            ],
        )

    def _bucket_chart(
        self, layout: Layout, key: str, title: str, buckets: Sequence[Bucket], color: str
    ) -> None:
        chart = bar_chart(
            title, [bucket_label(b) for b in buckets], [b.count for b in buckets], color=color
        )
        layout.chart(ChartSpec(key, chart, chart_height(len(buckets))))

    def _by_status(self, layout: Layout) -> None:
        r = self.recap
        self._heading_with_table(
            layout,
            QCoreApplication.translate("RecapDoc", "B. Kasus menurut status"),
            len(r.by_status) + 1,
        )
        self._bucket_table(
            layout, QCoreApplication.translate("RecapDoc", "Status"), r.by_status, r.total
        )
        self._bucket_chart(
            layout,
            "status",
            QCoreApplication.translate("RecapDoc", "Kasus menurut status"),
            r.by_status,
            BLUE,
        )

    def _by_agency(self, layout: Layout) -> None:
        r = self.recap
        self._heading_with_table(
            layout,
            QCoreApplication.translate("RecapDoc", "C. Kasus menurut instansi"),
            len(r.by_agency) + 1,
        )
        self._bucket_table(
            layout, QCoreApplication.translate("RecapDoc", "Instansi"), r.by_agency, r.total
        )
        self._bucket_chart(
            layout,
            "agency",
            QCoreApplication.translate("RecapDoc", "Kasus menurut instansi"),
            r.by_agency,
            TEAL,
        )

    def _by_level(self, layout: Layout) -> None:
        r = self.recap
        self._heading_with_table(
            layout,
            QCoreApplication.translate("RecapDoc", "D. Kasus menurut tingkat pelanggaran"),
            len(r.by_level) + 3,
        )
        judged = sum(b.count for b in r.by_level)
        refused = r.count(frozenset({Status.DITOLAK}))
        self._bucket_table(
            layout,
            QCoreApplication.translate("RecapDoc", "Tingkat pelanggaran (lembar sanksi)"),
            r.by_level,
            judged,
        )
        layout.text(
            QCoreApplication.translate(
                "RecapDoc",
                "Tingkat yang diusulkan lembar sanksi (atau hasil hitungannya bila belum "
                "diusulkan); persen dari {judged} kasus yang sudah bertingkat. Kasus ditolak "
                "({refused}) tidak dihitung; {unjudged} kasus lain belum memiliki tingkat.",
            ).format(judged=judged, refused=refused, unjudged=max(0, r.total - refused - judged)),
            8,
            color=GREY,
            after_mm=2,
        )
        self._bucket_chart(
            layout,
            "violation",
            QCoreApplication.translate("RecapDoc", "Kasus menurut tingkat pelanggaran"),
            r.by_level,
            PURPLE,
        )

    def _by_platform(self, layout: Layout) -> None:
        r = self.recap
        self._heading_with_table(
            layout,
            QCoreApplication.translate("RecapDoc", "E. Kasus menurut platform"),
            len(r.by_platform) + 1,
        )
        self._bucket_table(
            layout, QCoreApplication.translate("RecapDoc", "Platform"), r.by_platform, r.total
        )
        self._bucket_chart(
            layout,
            "platform",
            QCoreApplication.translate("RecapDoc", "Kasus menurut platform"),
            r.by_platform,
            ORANGE,
        )

    def _monitor_name(self, m: MonitorRecap) -> str:
        return tr_domain(m.name) if m.translatable else m.name

    def _by_monitor(self, layout: Layout) -> None:
        r = self.recap
        people = r.by_monitor
        self._heading_with_table(
            layout,
            QCoreApplication.translate("RecapDoc", "F. Kasus menurut pemantau"),
            len(people) + 3,  # header of two lines
        )
        layout.table(
            [
                Column(QCoreApplication.translate("RecapDoc", "No."), 0.5, True),
                Column(QCoreApplication.translate("RecapDoc", "Pemantau"), 3.6),
                Column(QCoreApplication.translate("RecapDoc", "Jumlah"), 1.1, True),
                Column(QCoreApplication.translate("RecapDoc", "Dalam penanganan"), 1.5, True),
                Column(QCoreApplication.translate("RecapDoc", "Diteruskan/ selesai"), 1.5, True),
                Column(QCoreApplication.translate("RecapDoc", "Ditolak"), 1.1, True),
            ],
            [
                [
                    str(i),
                    self._monitor_name(m),
                    str(m.total),
                    str(m.in_progress),
                    str(m.referred),
                    str(m.refused),
                ]
                for i, m in enumerate(people, 1)
            ]
            + [
                [
                    "",
                    QCoreApplication.translate("RecapDoc", "Jumlah"),
                    str(sum(m.total for m in people)),
                    str(sum(m.in_progress for m in people)),
                    str(sum(m.referred for m in people)),
                    str(sum(m.refused for m in people)),
                ]
            ],
        )
        notes = [
            QCoreApplication.translate(
                "RecapDoc",
                "Pemantau: pemegang kasus saat ini, atau yang mengajukannya untuk review bila "
                "kasus sudah tidak dipegang.",
            )
        ]
        if not r.office_wide:
            notes.append(
                QCoreApplication.translate(
                    "RecapDoc", "Hanya baris Anda sendiri yang ditampilkan di bagian ini."
                )
            )
        layout.text(" ".join(notes), 8, color=GREY, after_mm=2)
        if not people:
            return
        chart = grouped_bar_chart(
            QCoreApplication.translate("RecapDoc", "Kasus menurut pemantau"),
            [self._monitor_name(m) for m in people],
            [
                (
                    QCoreApplication.translate("RecapDoc", "Dalam penanganan"),
                    [m.in_progress for m in people],
                    BLUE,
                ),
                (
                    QCoreApplication.translate("RecapDoc", "Diteruskan/selesai"),
                    [m.referred for m in people],
                    GREEN,
                ),
                (
                    QCoreApplication.translate("RecapDoc", "Ditolak"),
                    [m.refused for m in people],
                    RED,
                ),
            ],
        )
        layout.chart(ChartSpec("monitor", chart, chart_height(len(people), 3)))

    # -- lists -------------------------------------------------------------------------

    def _case_list(self, layout: Layout) -> None:
        r = self.recap
        layout.page_break()
        layout.heading(
            QCoreApplication.translate("RecapDoc", "G. Daftar kasus ({n})").format(n=r.total)
        )
        columns = [
            Column(QCoreApplication.translate("RecapDoc", "No."), 0, True),
            Column(QCoreApplication.translate("RecapDoc", "Nomor kasus / Diterima"), 0),
            Column(QCoreApplication.translate("RecapDoc", "ASN terlapor / NIP"), 3),
            Column(QCoreApplication.translate("RecapDoc", "Instansi"), 3),
            Column(QCoreApplication.translate("RecapDoc", "Platform"), 0),
            Column(QCoreApplication.translate("RecapDoc", "Status / Pelanggaran"), 0),
            Column(QCoreApplication.translate("RecapDoc", "Pemantau"), 2.4),
        ]
        unknown = QCoreApplication.translate("RecapDoc", "(belum dikenali)")
        rows = [
            [
                str(i),
                c.number + "\n" + c.received_date.strftime("%d/%m/%Y"),
                (c.subject_name + ("\n" + nip_spaced(c.nip) if c.nip else ""))
                if c.subject_name
                else unknown,
                c.agency or "–",
                tr_domain(c.platform_label),
                tr_domain(c.status_label)
                + "\n"
                + (tr_domain(c.level_label) if c.level_label else "–"),
                c.monitor or "–",
            ]
            for i, c in enumerate(r.cases, 1)
        ]
        layout.table(fit_columns(layout, columns, rows, LIST_POINTS), rows, points=LIST_POINTS)

    def _followups(self, layout: Layout) -> None:
        late = self.recap.overdue_followups
        layout.heading(
            QCoreApplication.translate(
                "RecapDoc", "H. Tindak lanjut PPK lewat tenggat ({n})"
            ).format(n=len(late))
        )
        if not late:
            layout.text(
                QCoreApplication.translate(
                    "RecapDoc", "Tidak ada tindak lanjut yang lewat tenggat."
                ),
                9.5,
            )
            return
        followups_table(layout, late)


def followups_table(layout: Layout, late: Sequence[OverdueFollowup]) -> None:
    """The referral letters whose follow-up deadline has passed: the recap's and the
    dashboard's printout share it."""
    columns = [
        Column(QCoreApplication.translate("RecapDoc", "Nomor kasus"), 0),
        Column(QCoreApplication.translate("RecapDoc", "ASN terlapor"), 2),
        Column(QCoreApplication.translate("RecapDoc", "Tujuan surat"), 3),
        Column(QCoreApplication.translate("RecapDoc", "Batas tindak lanjut"), 0),
        Column(QCoreApplication.translate("RecapDoc", "Lewat (hari)"), 0, True),
        Column(QCoreApplication.translate("RecapDoc", "Eskalasi"), 0),
    ]
    rows = [
        [
            o.number,
            o.subject_name,
            o.addressee,
            o.followup_due.strftime("%d/%m/%Y"),
            str(o.days_overdue),
            QCoreApplication.translate("RecapDoc", "sudah")
            if o.escalated
            else QCoreApplication.translate("RecapDoc", "belum"),
        ]
        for o in late
    ]
    layout.table(fit_columns(layout, columns, rows, TABLE_POINTS), rows)
