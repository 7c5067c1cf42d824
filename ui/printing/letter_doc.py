"""The referral letter in Indonesian official form (Tata Naskah Dinas), its case summary
attached behind it.

Page one carries the letterhead; the date stands at the right; Nomor, Sifat, Lampiran and
Hal at the left; the addressee follows ("Yth. …, di …"), then the body from the office's
template, the signature block on the right, and the copies (tembusan). The attachment is a
section of its own with "Lampiran surat nomor …" in its corner and its own page numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPagedPaintDevice

from asn_monitor.reports.letter import LetterFacts, LetterTemplate, fill, letter_values
from asn_monitor.reports.letterhead import Letterhead
from ui.long_dates import long_date
from ui.printing.case_summary_doc import CaseSummaryDocument
from ui.printing.furniture import DocumentFurniture
from ui.printing.layout import Layout
from ui.printing.words import Words

BODY_POINTS = 10.5
DRAFT = QColor("#b71c1c")
SIGNATURE_LEFT_MM = 85.0
SIGNATURE_SPACE_MM = 18.0


class ReferralLetterDocument:
    def __init__(
        self,
        attachment: CaseSummaryDocument,
        facts: LetterFacts,
        template: LetterTemplate,
        letterhead: Letterhead,
        office: str,
    ) -> None:
        self.attachment = attachment
        self.facts = facts
        self.template = template
        self.letterhead = letterhead
        # An official letter is Indonesian whatever the screen's language.
        self.words = Words("id")
        self.values = letter_values(attachment.summary, facts, office, letterhead.place, long_date)

    @property
    def title(self) -> str:
        return self.words.translate("LetterDoc", "Surat {number}").format(
            number=self.facts.number or self.attachment.summary.case.number
        )

    def _draft_mark(self) -> str:
        return "" if self.facts.final else self.words.translate("LetterDoc", "KONSEP")

    def layout(self, device: QPagedPaintDevice) -> Layout:
        furniture = DocumentFurniture(
            title=self.title,
            letterhead=self.letterhead,
            printed="",
            number_single=False,
            watermark=self._draft_mark(),
            words=self.words,
        )
        layout = Layout(device, furniture)
        self.lay_out_letter(layout)
        layout.new_section(self._attachment_furniture())
        self.attachment.lay_out(layout)
        return layout

    def _attachment_furniture(self) -> DocumentFurniture:
        corner: Sequence[str] = (
            self.words.translate("LetterDoc", "Lampiran surat"),
            self.words.translate("LetterDoc", "Nomor   : {number}").format(
                number=self.values["nomor_surat"]
            ),
            self.words.translate("LetterDoc", "Tanggal : {date}").format(
                date=self.values["tanggal_surat"]
            ),
        )
        furniture = self.attachment.furniture(kop=False, corner=corner)
        furniture.watermark = self._draft_mark()
        return furniture

    def lay_out_letter(self, layout: Layout) -> None:
        t = self.template
        v = self.values
        place = self.letterhead.place
        dated = f"{place}, {v['tanggal_surat']}" if place else v["tanggal_surat"]
        layout.text(dated, BODY_POINTS, align=Qt.AlignmentFlag.AlignRight, width_mm=80, after_mm=2)
        if not self.facts.final:
            notice = (
                self.words.translate(
                    "LetterDoc",
                    "KONSEP — nomor surat masih sementara; nomor tetap diberikan saat komputer "
                    "ini tersinkron dengan folder bersama. Cetak ulang sesudahnya.",
                )
                if self.facts.number
                else self.words.translate(
                    "LetterDoc",
                    "KONSEP — belum diteruskan; nomor surat diberikan saat kasus diteruskan.",
                )
            )
            layout.text(
                notice,
                9,
                bold=True,
                color=DRAFT,
                after_mm=2,
            )
        number = v["nomor_surat"]
        if not self.facts.final and not self.facts.number:
            number = self.words.translate("LetterDoc", "(diberikan saat diteruskan)")
        rows = [(self.words.translate("LetterDoc", "Nomor"), number)]
        if t.nature:
            rows.append((self.words.translate("LetterDoc", "Sifat"), fill(t.nature, v)))
        if t.attachment:
            rows.append((self.words.translate("LetterDoc", "Lampiran"), fill(t.attachment, v)))
        rows.append((self.words.translate("LetterDoc", "Hal"), fill(t.subject, v)))
        layout.fields(rows, BODY_POINTS, label_mm=24, after_mm=4)
        layout.text(fill(t.salutation, v), BODY_POINTS, after_mm=0)
        layout.text(self.words.translate("LetterDoc", "di"), BODY_POINTS, after_mm=0)
        layout.text(v["tempat_tujuan"], BODY_POINTS, indent_mm=8, after_mm=4)
        for paragraph in t.opening:
            layout.text(fill(paragraph, v), BODY_POINTS, after_mm=2)
        if t.identity:
            layout.fields(
                [(fill(label, v), fill(value, v)) for label, value in t.identity],
                BODY_POINTS,
                label_mm=40,
                indent_mm=10,
                after_mm=2,
            )
        for paragraph in t.body:
            layout.text(fill(paragraph, v), BODY_POINTS, after_mm=2)
        # The closing goes with the signature: a page holding only a signature is no letter.
        closing = fill(t.closing, v) if t.closing else ""
        closing_lines = layout.lines(
            closing, layout.font(BODY_POINTS), layout.width, Qt.AlignmentFlag.AlignLeft
        )
        layout.room(self._signature_height(layout) + len(closing_lines) * self._line(layout))
        if closing:
            layout.text(closing, BODY_POINTS, after_mm=4)
        self._signature(layout)
        self._copies(layout)

    @staticmethod
    def _line(layout: Layout) -> float:
        return layout.metrics(layout.font(BODY_POINTS)).lineSpacing()

    def _signature_height(self, layout: Layout) -> float:
        title_lines = layout.lines(
            self.letterhead.signer_title + ",",
            layout.font(BODY_POINTS),
            layout.width - layout.mm(SIGNATURE_LEFT_MM),
            Qt.AlignmentFlag.AlignLeft,
        )
        return self._line(layout) * (len(title_lines) + 3) + layout.mm(SIGNATURE_SPACE_MM + 4)

    def _signature(self, layout: Layout) -> None:
        head = self.letterhead
        # The whole block on one page: a signature apart from its title is no signature.
        layout.room(self._signature_height(layout))
        layout.text(head.signer_title + ",", BODY_POINTS, indent_mm=SIGNATURE_LEFT_MM, after_mm=0)
        layout.space(SIGNATURE_SPACE_MM)
        name = head.signer_name or "(" + "." * 40 + ")"
        layout.text(
            name, BODY_POINTS, bold=True, underline=True, indent_mm=SIGNATURE_LEFT_MM, after_mm=0
        )
        if head.signer_rank:
            layout.text(head.signer_rank, BODY_POINTS, indent_mm=SIGNATURE_LEFT_MM, after_mm=0)
        nip = head.signer_nip or "." * 30
        layout.text(
            self.words.translate("LetterDoc", "NIP {nip}").format(nip=nip),
            BODY_POINTS,
            indent_mm=SIGNATURE_LEFT_MM,
            after_mm=4,
        )

    def _copies(self, layout: Layout) -> None:
        copies = [fill(c, self.values) for c in self.template.copies]
        if not copies:
            return
        layout.room(layout.metrics(layout.font(9.5)).lineSpacing() * (len(copies) + 1))
        layout.text(self.words.translate("LetterDoc", "Tembusan:"), 9.5, after_mm=0)
        layout.text("\n".join(f"{i}. {c}" for i, c in enumerate(copies, start=1)), 9.5, after_mm=0)
