"""The case summary (Ringkasan Kasus) on paper.

What is missing (no evidence yet, a worksheet not filled, no review decision) is printed
as a notice under the title, so a summary handed over early says itself that it is early.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPagedPaintDevice

from asn_monitor.reports.case_summary import CaseSummary, EvidenceEntry
from asn_monitor.reports.letterhead import Letterhead
from asn_monitor.services.referral import Outcome
from ui.long_dates import long_date
from ui.printing.furniture import DocumentFurniture
from ui.printing.layout import GREY, Column, Layout
from ui.printing.pictures import PrintedPicture
from ui.printing.words import Words
from ui.texts import format_timestamp

WARNING = QColor("#b71c1c")
PICTURE_WIDTH_MM = 120.0
PICTURE_HEIGHT_MM = 150.0


class CaseSummaryDocument:
    """Lays a :class:`CaseSummary` out; ``pictures`` go with ``summary.evidence`` one to one."""

    def __init__(
        self,
        summary: CaseSummary,
        pictures: Sequence[PrintedPicture],
        letterhead: Letterhead,
        printed_by: str,
        printed_at: dt.datetime,
        language: str = "id",
    ) -> None:
        self.summary = summary
        self.pictures = list(pictures)
        self.letterhead = letterhead
        self.printed_by = printed_by
        self.printed_at = printed_at
        self.language = language
        # The document's own language: an attachment to a letter stays Indonesian.
        self.words = Words(language)
        self._sections = 0

    @property
    def title(self) -> str:
        return self.words.translate("CaseSummaryDoc", "Ringkasan Kasus {number}").format(
            number=self.summary.case.number
        )

    def furniture(self, *, kop: bool = True, corner: Sequence[str] = ()) -> DocumentFurniture:
        return DocumentFurniture(
            title=self.title,
            letterhead=self.letterhead,
            printed=self.words.printed_line(self.printed_by, self.printed_at),
            words=self.words,
            kop=kop,
            corner=corner,
        )

    def layout(self, device: QPagedPaintDevice) -> Layout:
        layout = Layout(device, self.furniture())
        self.lay_out(layout)
        return layout

    def missing_texts(self) -> list[str]:
        out = [m.text(self.words.domain) for m in self.summary.missing]
        for entry, picture in zip(self.summary.evidence, self.pictures, strict=True):
            if entry.is_image and picture.problem and entry.problem is None:
                out.append(
                    self.words.translate(
                        "CaseSummaryDoc", "gambar bukti {n} tidak dapat dicetak"
                    ).format(n=entry.number)
                )
        return out

    # -- the document ------------------------------------------------------------------

    def lay_out(self, layout: Layout) -> None:
        s = self.summary
        case = s.case
        self._sections = 0
        layout.text(
            self.words.translate("CaseSummaryDoc", "RINGKASAN KASUS"),
            14,
            bold=True,
            align=Qt.AlignmentFlag.AlignHCenter,
            after_mm=0.5,
        )
        layout.text(
            self.words.translate(
                "CaseSummaryDoc", "Dugaan pelanggaran netralitas ASN · Nomor {number}"
            ).format(number=case.number),
            10,
            align=Qt.AlignmentFlag.AlignHCenter,
            after_mm=3,
        )
        missing = self.missing_texts()
        if missing:
            layout.text(
                self.words.translate(
                    "CaseSummaryDoc", "Ringkasan ini belum lengkap: {items}."
                ).format(items="; ".join(missing)),
                9.5,
                bold=True,
                color=WARNING,
                after_mm=2,
            )
        self._case(layout)
        self._subject(layout)
        self._act(layout)
        self._evidence(layout)
        self._worksheet(layout)
        self._review(layout)
        self._referral(layout)
        self._timeline(layout)

    def _heading(self, layout: Layout, title: str) -> None:
        """Sections are lettered A, B, C… in the order printed (a case without a referral
        has no section for it, and no gap in the letters)."""
        letter = chr(ord("A") + self._sections)
        self._sections += 1
        layout.heading(f"{letter}. {title}")

    def _case(self, layout: Layout) -> None:
        s = self.summary
        case = s.case
        self._heading(layout, self.words.translate("CaseSummaryDoc", "Data kasus"))
        rows = [
            (self.words.translate("CaseSummaryDoc", "Nomor kasus"), case.number),
            (
                self.words.translate("CaseSummaryDoc", "Status"),
                self.words.domain(case.status.label),
            ),
            (
                self.words.translate("CaseSummaryDoc", "Tanggal diterima"),
                long_date(case.received_date),
            ),
            (
                self.words.translate("CaseSummaryDoc", "Sumber"),
                self.words.domain(case.source.label),
            ),
            (self.words.translate("CaseSummaryDoc", "Pemegang kasus"), s.holder or "–"),
        ]
        if s.submitted_by:
            rows.append(
                (
                    self.words.translate("CaseSummaryDoc", "Diajukan untuk review oleh"),
                    s.submitted_by,
                )
            )
        layout.fields(rows)

    def _subject(self, layout: Layout) -> None:
        subject = self.summary.subject
        self._heading(layout, self.words.translate("CaseSummaryDoc", "ASN terlapor"))
        if subject is None:
            layout.text(
                self.words.translate("CaseSummaryDoc", "ASN terlapor belum dikenali."),
                10,
                color=WARNING,
            )
            return
        layout.fields(
            [
                (self.words.translate("CaseSummaryDoc", "Nama"), subject.name),
                (
                    self.words.translate("CaseSummaryDoc", "NIP"),
                    subject.nip or self.words.translate("CaseSummaryDoc", "(tidak ada)"),
                ),
                (
                    self.words.translate("CaseSummaryDoc", "Jenis kepegawaian"),
                    self.words.domain(subject.employment_type.label),
                ),
                (self.words.translate("CaseSummaryDoc", "Jabatan"), subject.position),
                (self.words.translate("CaseSummaryDoc", "Pangkat/golongan"), subject.rank),
                (self.words.translate("CaseSummaryDoc", "Instansi"), subject.agency),
            ]
        )

    def _act(self, layout: Layout) -> None:
        case = self.summary.case
        self._heading(layout, self.words.translate("CaseSummaryDoc", "Perbuatan yang dilaporkan"))
        rows = [
            (
                self.words.translate("CaseSummaryDoc", "Platform"),
                self.words.domain(case.platform.label) if case.platform else "–",
            ),
            (self.words.translate("CaseSummaryDoc", "Akun"), case.account_handle),
            (
                self.words.translate("CaseSummaryDoc", "Tautan unggahan"),
                "\n".join(case.post_urls),
            ),
            (
                self.words.translate("CaseSummaryDoc", "Tanggal perbuatan"),
                long_date(case.act_date) or self.words.translate("CaseSummaryDoc", "belum diisi"),
            ),
            (
                self.words.translate("CaseSummaryDoc", "Tanggal diketahui"),
                long_date(case.known_date) or "–",
            ),
            (
                self.words.translate("CaseSummaryDoc", "Tahapan pencalonan"),
                self.words.domain(case.candidacy_stage.label)
                if case.candidacy_stage
                else self.words.translate("CaseSummaryDoc", "belum diisi"),
            ),
        ]
        layout.fields(rows)
        if case.summary:
            layout.text(
                self.words.translate("CaseSummaryDoc", "Uraian:"),
                10,
                italic=True,
                after_mm=0.5,
            )
            layout.text(case.summary, 10)

    def _evidence(self, layout: Layout) -> None:
        entries = self.summary.evidence
        self._heading(
            layout,
            self.words.translate("CaseSummaryDoc", "Bukti ({n})").format(n=len(entries)),
        )
        if not entries:
            layout.text(
                self.words.translate("CaseSummaryDoc", "Belum ada bukti pada kasus ini."),
                10,
                color=WARNING,
            )
            return
        layout.text(
            self.words.translate(
                "CaseSummaryDoc",
                "Gambar dicetak sebagai rendisi: anotasi digambar dan bagian yang disamarkan "
                "sudah dihitamkan. SHA-256 berkas asli menunjukkan berkas yang disimpan; "
                "SHA-256 rendisi menunjukkan gambar yang dicetak.",
            ),
            8.5,
            color=GREY,
        )
        for entry, picture in zip(entries, self.pictures, strict=True):
            self._evidence_item(layout, entry, picture)

    def _evidence_item(self, layout: Layout, entry: EvidenceEntry, picture: PrintedPicture) -> None:
        item = entry.item
        title = self.words.translate("CaseSummaryDoc", "Bukti {n}").format(n=entry.number)
        if item.description:
            title += " — " + item.description
        layout.heading(title, points=10.5, after_mm=1)
        rows = [
            (self.words.translate("CaseSummaryDoc", "Berkas"), item.filename or "–"),
            (
                self.words.translate("CaseSummaryDoc", "Diambil"),
                self.words.translate("CaseSummaryDoc", "{when} oleh {name}").format(
                    when=format_timestamp(item.captured_at or item.created_at),
                    name=entry.captured_by,
                ),
            ),
        ]
        if item.source_url:
            rows.append((self.words.translate("CaseSummaryDoc", "Tautan"), item.source_url))
        if item.platform or item.account:
            rows.append(
                (
                    self.words.translate("CaseSummaryDoc", "Platform / akun"),
                    " · ".join(x for x in (item.platform, item.account) if x),
                )
            )
        if item.posted_at:
            rows.append(
                (
                    self.words.translate("CaseSummaryDoc", "Diunggah"),
                    format_timestamp(item.posted_at),
                )
            )
        layout.fields(rows, points=9, label_mm=38, after_mm=0.5)
        layout.text(self.words.translate("CaseSummaryDoc", "SHA-256 berkas asli:"), 9, after_mm=0)
        layout.text(item.sha256 or "–", 8, mono=True, indent_mm=4, after_mm=1.5)
        if not entry.is_image:
            layout.text(
                self.words.translate(
                    "CaseSummaryDoc",
                    "Bukti ini bukan gambar; berkasnya tersimpan dan tidak dicetak.",
                ),
                9,
                italic=True,
                color=GREY,
            )
            return
        if picture.image is None:
            layout.placeholder(
                picture.problem
                or self.words.translate(
                    "CaseSummaryDoc", "Gambar bukti tidak tersedia di komputer ini."
                )
            )
            return
        layout.image(picture.image, PICTURE_WIDTH_MM, PICTURE_HEIGHT_MM)
        layout.text(
            self.words.translate("CaseSummaryDoc", "SHA-256 rendisi yang dicetak:"),
            8.5,
            color=GREY,
            after_mm=0,
        )
        layout.text(picture.sha256 or "–", 8, mono=True, color=GREY, indent_mm=4, after_mm=0.5)
        notes: list[str] = []
        if entry.redactions:
            notes.append(
                self.words.translate(
                    "CaseSummaryDoc", "{n} bagian disamarkan sebelum dicetak."
                ).format(n=entry.redactions)
            )
        if not picture.recorded:
            notes.append(
                self.words.translate("CaseSummaryDoc", "Rendisi ini belum tercatat pada bukti.")
            )
        if notes:
            layout.text("\n".join(notes), 8.5, color=GREY, after_mm=2)
        else:
            layout.space(2)

    def _worksheet(self, layout: Layout) -> None:
        s = self.summary
        sheet = s.worksheet
        result = s.recommendation
        self._heading(layout, self.words.translate("CaseSummaryDoc", "Lembar sanksi"))
        if sheet.version == 0 and not sheet.acts:
            layout.text(
                self.words.translate("CaseSummaryDoc", "Lembar sanksi belum diisi."),
                10,
                color=WARNING,
            )
            return
        numbers = {e.item.id: e.number for e in s.evidence}
        catalogue = s.catalogue
        acts: list[str] = []
        for index, act in enumerate(sheet.acts, start=1):
            known = catalogue.acts.get(act.act) if catalogue is not None else None
            label = known.label.get(self.language) if known is not None else act.act
            line = f"{index}. {label}"
            if act.detail:
                line += " — " + act.detail
            shown = [
                self.words.translate("CaseSummaryDoc", "Bukti {n}").format(n=numbers[e])
                for e in act.evidence_ids
                if e in numbers
            ]
            if shown:
                line += " (" + ", ".join(shown) + ")"
            acts.append(line)
        rows = [
            (
                self.words.translate("CaseSummaryDoc", "Perbuatan"),
                "\n".join(acts) or self.words.translate("CaseSummaryDoc", "belum ada"),
            )
        ]
        if result is not None:
            rows.append(
                (
                    self.words.translate("CaseSummaryDoc", "Aturan yang berlaku"),
                    self.words.translate("CaseSummaryDoc", "pada {date}: {regime}").format(
                        date=long_date(result.act_date),
                        regime=result.regime.name.get(self.language),
                    ),
                )
            )
            computed = (
                self.words.domain(result.level.label)
                if result.level
                else self.words.translate("CaseSummaryDoc", "belum dapat ditentukan")
            )
            if result.category is not None:
                computed += " · " + self.words.domain(result.category.label)
            rows.append(
                (self.words.translate("CaseSummaryDoc", "Tingkat hasil hitungan"), computed)
            )
        if sheet.proposed_level is not None:
            rows.append(
                (
                    self.words.translate("CaseSummaryDoc", "Tingkat diusulkan"),
                    self.words.domain(sheet.proposed_level.label),
                )
            )
            if sheet.level_reason:
                rows.append(
                    (
                        self.words.translate("CaseSummaryDoc", "Alasan tingkat"),
                        sheet.level_reason,
                    )
                )
        option = sheet.proposed_option
        if option and catalogue is not None and option in catalogue.sanctions:
            option = catalogue.sanctions[option].text.get(self.language)
        rows.append(
            (
                self.words.translate("CaseSummaryDoc", "Sanksi diusulkan"),
                option or self.words.translate("CaseSummaryDoc", "belum dipilih"),
            )
        )
        rows.append(
            (
                self.words.translate("CaseSummaryDoc", "Alasan usulan"),
                sheet.justification or self.words.translate("CaseSummaryDoc", "belum ditulis"),
            )
        )
        layout.fields(rows)
        if result is not None and result.basis:
            layout.text(
                self.words.translate("CaseSummaryDoc", "Dasar hukum:"),
                10,
                bold=True,
                after_mm=0.5,
            )
            layout.text("\n".join(f"• {line}" for line in result.basis), 9.5, indent_mm=4)

    def _review(self, layout: Layout) -> None:
        s = self.summary
        self._heading(layout, self.words.translate("CaseSummaryDoc", "Keputusan review"))
        decision = s.decision
        if decision is None:
            layout.text(
                self.words.translate("CaseSummaryDoc", "Belum ada keputusan review."),
                10,
                color=GREY,
            )
            return
        layout.fields(
            [
                (
                    self.words.translate("CaseSummaryDoc", "Keputusan"),
                    self.words.domain(decision.decision.label),
                ),
                (self.words.translate("CaseSummaryDoc", "Peninjau"), decision.reviewer_name),
                (
                    self.words.translate("CaseSummaryDoc", "Waktu"),
                    format_timestamp(decision.created_at),
                ),
                (self.words.translate("CaseSummaryDoc", "Catatan"), decision.comment or "–"),
            ]
        )
        if len(s.reviews) > 1:
            layout.text(
                self.words.translate("CaseSummaryDoc", "Keputusan sebelumnya:"),
                9.5,
                italic=True,
                after_mm=0.5,
            )
            layout.table(
                [
                    Column(self.words.translate("CaseSummaryDoc", "Waktu"), 2.2),
                    Column(self.words.translate("CaseSummaryDoc", "Keputusan"), 2.2),
                    Column(self.words.translate("CaseSummaryDoc", "Peninjau"), 2.4),
                    Column(self.words.translate("CaseSummaryDoc", "Catatan"), 5),
                ],
                [
                    [
                        format_timestamp(r.created_at),
                        self.words.domain(r.decision.label),
                        r.reviewer_name,
                        r.comment,
                    ]
                    for r in reversed(s.reviews[:-1])
                ],
            )

    def _referral(self, layout: Layout) -> None:
        referral = self.summary.referral
        if referral is None:
            return
        self._heading(layout, self.words.translate("CaseSummaryDoc", "Penerusan kepada PPK"))
        rows = [
            (
                self.words.translate("CaseSummaryDoc", "Nomor surat"),
                referral.letter_number
                + (
                    ""
                    if referral.letter_number_final
                    else " " + self.words.translate("CaseSummaryDoc", "(sementara)")
                ),
            ),
            (
                self.words.translate("CaseSummaryDoc", "Tanggal surat"),
                long_date(referral.letter_date),
            ),
            (self.words.translate("CaseSummaryDoc", "Kepada"), referral.addressee),
            (
                self.words.translate("CaseSummaryDoc", "Batas tindak lanjut"),
                long_date(referral.followup_due),
            ),
        ]
        if referral.outcome is not None:
            outcome = self.words.domain(referral.outcome.label)
            if referral.outcome is Outcome.IMPOSED and referral.decree_number:
                outcome += " — " + self.words.translate(
                    "CaseSummaryDoc", "keputusan {number} tanggal {date}"
                ).format(number=referral.decree_number, date=long_date(referral.decree_date))
            rows.append((self.words.translate("CaseSummaryDoc", "Tindak lanjut PPK"), outcome))
            if referral.sanction_imposed:
                rows.append(
                    (
                        self.words.translate("CaseSummaryDoc", "Sanksi dijatuhkan"),
                        referral.sanction_imposed,
                    )
                )
        layout.fields(rows)

    def _timeline(self, layout: Layout) -> None:
        s = self.summary
        self._heading(layout, self.words.translate("CaseSummaryDoc", "Riwayat kasus"))
        if s.timeline_left_out:
            layout.text(
                self.words.translate(
                    "CaseSummaryDoc",
                    "{n} langkah terdahulu tidak dicetak; lihat riwayat lengkap di aplikasi.",
                ).format(n=s.timeline_left_out),
                8.5,
                color=GREY,
            )
        layout.table(
            [
                Column(self.words.translate("CaseSummaryDoc", "Waktu"), 2.2),
                Column(self.words.translate("CaseSummaryDoc", "Menjadi"), 2.4),
                Column(self.words.translate("CaseSummaryDoc", "Oleh"), 2.4),
                Column(self.words.translate("CaseSummaryDoc", "Alasan"), 5),
            ],
            [
                [
                    format_timestamp(step.at),
                    self.words.domain(step.status.label),
                    step.user_name,
                    step.reason,
                ]
                for step in s.timeline
            ],
        )
