"""The case summary and the referral letter as PDF files (issue 8): what they say, what they
never say, and that their pages carry something.

The PDFs are read back with poppler's ``pdftotext`` and drawn with ``pdftoppm``, as a
person would see them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from asn_monitor.annotations.shapes import Rect, RedactionMode, Shape, ShapeKind
from asn_monitor.domain.models import Case
from asn_monitor.reports.letter import LetterNotReady
from asn_monitor.services.annotations import AnnotationService
from asn_monitor.services.evidence import EvidenceService
from asn_monitor.services.referral import Outcome, ReferralService
from asn_monitor.workspace import Workspace
from tests.ui.sample_images import social_post
from tests.unit.factories import (
    approve,
    case_fields,
    prepare_for_review,
    referral_draft,
    reporter_fields,
    subject_fields,
)
from ui.context import AppContext
from ui.printing.builders import PrintSources, case_summary_document, letter_document
from ui.printing.layout import Column, Layout
from ui.printing.output import OutputError, pdf_printer, write_pdf
from ui.rendition import png_bytes

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) not installed",
)

NIP = "198609262015051009"
REPORTER = "Baiq Pelapor Rahasia"
SECRET_CONTACT = "0812-3456-7890"
# Where the sample post writes its author's name: the redaction covers it.
NAME_BOX = Rect(130, 110, 700, 60)


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    command = ["pdftotext", "-layout"]
    if first is not None:
        command += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run(
        [*command, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return next(x for x in info.stdout.splitlines() if x.startswith("Page size:"))


def ink(path: Path, page: int, folder: Path) -> float:
    """The share of a page's pixels that are not white."""
    stem = folder / f"page-{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "30",
            "-png",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(stem),
        ],
        check=True,
    )
    image = QImage(str(stem) + ".png")
    assert not image.isNull()
    dark = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if QColor(image.pixel(x, y)).lightness() < 240:
                dark += 1
    return dark / ((image.height() // 2) * (image.width() // 2))


def referred_case(ctx: AppContext, login) -> Case:
    """A case taken from report to referral: a reporter on record, a screenshot with a
    redaction over a name and a box around the post, a worksheet, an approval, a letter."""
    monitor = login("rina")
    case = annotated_case(ctx, login)
    cases = monitor.cases()
    prepare_for_review(ctx.database, monitor.user, case.id)
    case = cases.transition(case.id, case.version, "submit")
    case = approve(ctx.database, ctx.user, case.id)
    referrals = ReferralService(ctx.database, ctx.user)
    referrals.refer(case.id, case.version, referral_draft(ctx.database, ctx.user, case.id))
    return synced(ctx, case.id)


def synced(ctx: AppContext, case_id: str) -> Case:
    """The case after a round with the shared folder, which gives the final case and
    letter numbers (a provisional one is printed as such)."""
    Workspace(ctx.workspace_dir).sync_once(ctx.database)
    return ctx.cases().get(case_id)


def annotated_case(ctx: AppContext, login) -> Case:
    """A claimed case with a reporter on record and a marked-up screenshot."""
    monitor = login("rina")
    cases = monitor.cases()
    case = cases.create(
        case_fields(act_date="2024-09-10", known_date="2024-09-11", received_date="2024-09-12"),
        subject=subject_fields(nip=NIP),
        reporter=reporter_fields(),
    )
    case = cases.transition(case.id, case.version, "claim")
    evidence = EvidenceService(ctx.database, monitor.user, monitor.evidence().store)
    item = evidence.add_bytes(
        case.id, png_bytes(social_post()), "unggahan.png", "Tangkapan layar unggahan"
    ).item
    AnnotationService(ctx.database, monitor.user).save(
        item.id,
        [
            Shape(ShapeKind.REDACTION, box=NAME_BOX, redaction_mode=RedactionMode.SOLID),
            Shape(ShapeKind.RECTANGLE, box=Rect(40, 300, 1000, 700), z=1),
        ],
    )
    return cases.get(case.id)


def sources(ctx: AppContext) -> PrintSources:
    return PrintSources(ctx.database, ctx.user, ctx.evidence().store)


def test_case_summary_has_the_facts_and_never_the_reporter(qtbot, login, tmp_path):
    ctx = login("supervisor")
    case = referred_case(ctx, login)
    document = case_summary_document(sources(ctx), number=case.number.lower())
    path = tmp_path / "ringkasan.pdf"
    pages = write_pdf(document, path)
    assert pages == page_count(path) >= 2
    text = pdf_text(path)
    flat = " ".join(text.split())
    assert case.number in text
    assert NIP in text
    item = document.summary.evidence[0].item
    assert item.sha256 and item.sha256 in flat
    picture = document.pictures[0]
    assert picture.sha256 and picture.sha256 in flat and picture.recorded
    result = document.summary.recommendation
    assert result is not None and result.basis
    for line in result.basis:
        assert " ".join(line.split()) in flat
    assert ctx.referrals().get(case.id).letter_number in text  # type: ignore[union-attr]
    assert "Disetujui" in text and ctx.user.display_name in text
    assert f"Halaman 1 dari {pages}" in text
    assert "Dicetak oleh" in text
    assert REPORTER not in flat and SECRET_CONTACT not in flat
    assert "belum lengkap" not in flat
    for page in range(1, pages + 1):
        assert ink(path, page, tmp_path) > 0.01, f"page {page} is blank"


def test_only_the_redacted_rendition_is_printed(qtbot, login):
    ctx = login("supervisor")
    case = referred_case(ctx, login)
    document = case_summary_document(sources(ctx), case_id=case.id)
    printed = document.pictures[0].image
    assert printed is not None
    original = social_post()
    box = QRect(int(NAME_BOX.x), int(NAME_BOX.y), int(NAME_BOX.w), int(NAME_BOX.h))
    # Where the author's name was written, the printed picture is one flat colour.
    colours = {
        printed.pixel(x, y)
        for x in range(box.left() + 4, box.right() - 4, 7)
        for y in range(box.top() + 4, box.bottom() - 4, 5)
    }
    assert len(colours) == 1
    assert any(
        original.pixel(x, y) != printed.pixel(x, y)
        for x in range(box.left(), box.right(), 5)
        for y in range(box.top(), box.bottom(), 5)
    )
    # The rendition printed is on record for the item, with the hash printed under it.
    stored = ctx.annotations().rendition(document.summary.evidence[0].item.id)
    assert stored is not None and stored.sha256 == document.pictures[0].sha256


def test_a_case_without_evidence_or_worksheet_prints_what_exists(qtbot, login, tmp_path):
    ctx = login("supervisor")
    case = ctx.cases().create(
        case_fields(), subject=subject_fields(nip=NIP), reporter=reporter_fields()
    )
    early = case_summary_document(sources(ctx), case_id=case.id)
    assert early.missing_texts()[0].startswith("nomor kasus masih sementara")
    case = synced(ctx, case.id)
    document = case_summary_document(sources(ctx), case_id=case.id)
    missing = document.missing_texts()
    assert missing[0] == "belum ada bukti" and "lembar sanksi belum diisi" in missing
    path = tmp_path / "awal.pdf"
    write_pdf(document, path)
    flat = " ".join(pdf_text(path).split())
    assert "Ringkasan ini belum lengkap: belum ada bukti; lembar sanksi belum diisi" in flat
    assert case.number in flat and NIP in flat
    assert REPORTER not in flat


def test_referral_letter_in_official_form_with_the_summary_attached(qtbot, login, tmp_path):
    ctx = login("supervisor")
    case = referred_case(ctx, login)
    referral = ctx.referrals().get(case.id)
    assert referral is not None
    document = letter_document(sources(ctx), case_id=case.id)
    path = tmp_path / "surat.pdf"
    pages = write_pdf(document, path, "F4")
    width, height = (float(x) for x in page_size(path).split()[2:5:2])
    assert abs(width - 609.4) < 1 and abs(height - 935.4) < 1  # 215 × 330 mm
    letter = " ".join(pdf_text(path, 1).split())
    for fact in (
        f"Nomor : {referral.letter_number}",
        "Lampiran : 1 (satu) berkas",
        f"Yth. {referral.addressee}",
        referral.addressee_place,
        NIP,
        case.number,
        "Tembusan:",
        "Kepala Dinas Komunikasi, Informatika dan Statistik",
    ):
        assert fact in letter, fact
    assert "KONSEP" not in letter
    attachment = " ".join(pdf_text(path, 2, pages).split())
    assert "Lampiran surat" in attachment and referral.letter_number in attachment
    assert "RINGKASAN KASUS" in attachment
    everything = " ".join(pdf_text(path).split())
    assert REPORTER not in everything and SECRET_CONTACT not in everything
    for page in range(1, pages + 1):
        assert ink(path, page, tmp_path) > 0.01


def test_a_draft_letter_is_marked_and_an_unreferred_case_has_none(qtbot, login, tmp_path):
    ctx = login("supervisor")
    monitor = login("rina")
    cases = monitor.cases()
    case = cases.create(case_fields(), subject=subject_fields(nip=NIP))
    case = cases.transition(case.id, case.version, "claim")
    prepare_for_review(ctx.database, monitor.user, case.id)
    case = cases.transition(case.id, case.version, "submit")
    approve(ctx.database, ctx.user, case.id)
    with pytest.raises(LetterNotReady) as refused:
        letter_document(sources(ctx), case_id=case.id)
    assert refused.value.exit_code == 9
    draft = referral_draft(ctx.database, ctx.user, case.id)
    document = letter_document(sources(ctx), case_id=case.id, draft=draft)
    path = tmp_path / "konsep.pdf"
    write_pdf(document, path)
    text = pdf_text(path, 1)
    assert "KONSEP" in text and "(diberikan saat diteruskan)" in text


def test_long_tables_repeat_their_header_on_every_page(qtbot, tmp_path):
    path = tmp_path / "tabel.pdf"
    printer = pdf_printer(path, "A4", "tabel")
    from asn_monitor.reports.letterhead import load_default
    from ui.printing.furniture import DocumentFurniture

    class Long:
        title = "Tabel panjang"

        def layout(self, device):  # type: ignore[no-untyped-def]
            layout = Layout(device, DocumentFurniture("Tabel panjang", load_default(), "x"))
            layout.table(
                [Column("Kolom Nomor", 1), Column("Kolom Uraian", 4)],
                [[str(i), f"baris {i} " + "kata " * (i % 30)] for i in range(300)],
            )
            return layout

    pages = write_pdf(Long(), path)
    del printer
    assert pages > 3
    for page in range(1, pages + 1):
        text = pdf_text(path, page)
        assert "Kolom Nomor" in text and "Kolom Uraian" in text, page
        assert f"Halaman {page} dari {pages}" in text
    everything = pdf_text(path)
    assert all(re.search(rf"baris {i}\b", everything) for i in range(300))


def test_an_unwritable_path_is_refused_and_leaves_nothing(qtbot, login, tmp_path):
    ctx = login("supervisor")
    case = ctx.cases().create(case_fields(), subject=subject_fields(nip=NIP))
    document = case_summary_document(sources(ctx), case_id=case.id)
    with pytest.raises(OutputError) as missing_folder:
        write_pdf(document, tmp_path / "tidak-ada" / "x.pdf")
    assert missing_folder.value.exit_code == 8
    with pytest.raises(OutputError):
        write_pdf(document, tmp_path)  # a folder, not a file
    good = tmp_path / "lama.pdf"
    good.write_bytes(b"%PDF-1.4 keep me")
    if os.geteuid() != 0:  # root writes into a read-only folder all the same
        locked = tmp_path / "terkunci"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(OutputError):
                write_pdf(document, locked / "x.pdf")
        finally:
            locked.chmod(0o700)
        locked.rmdir()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == ["lama.pdf"]
    assert good.read_bytes() == b"%PDF-1.4 keep me"


def test_the_ppk_follow_up_is_printed(qtbot, login, tmp_path):
    ctx = login("supervisor")
    case = referred_case(ctx, login)
    referrals = ReferralService(ctx.database, ctx.user)
    letter_date = referrals.get(case.id).letter_date  # type: ignore[union-attr]
    referrals.record_followup(
        case.id,
        case.version,
        Outcome.IMPOSED,
        outcome_date=letter_date,
        sanction_imposed="Pernyataan secara tertutup",
        decree_number="800/123/BKPSDM/2026",
        decree_date=letter_date,
    )
    path = tmp_path / "tindak-lanjut.pdf"
    write_pdf(case_summary_document(sources(ctx), case_id=case.id), path)
    flat = " ".join(pdf_text(path).split())
    assert "keputusan 800/123/BKPSDM/2026" in flat
    assert "Sanksi dijatuhkan : Pernyataan secara tertutup" in flat


def test_a_redaction_arriving_while_printing_is_in_every_later_print(qtbot, login, monkeypatch):
    """The rendition recorded is that of the shapes drawn: a colleague's redaction that
    syncs in while the picture is being made leaves it stale, never current."""
    import ui.printing.pictures as pictures

    ctx = login("supervisor")
    case = annotated_case(ctx, login)
    case_summary_document(sources(ctx), case_id=case.id)  # its rendition is on record
    item_id = ctx.evidence().list(case.id)[0].id
    colleague = AnnotationService(ctx.database, login("rina").user)
    late_box = Rect(100, 1200, 600, 200)
    real_render = pictures.render

    def render_while_sync_arrives(image, shapes):  # type: ignore[no-untyped-def]
        out = real_render(image, shapes)
        monkeypatch.setattr(pictures, "render", real_render)
        document = colleague.load(item_id)
        added = Shape(ShapeKind.REDACTION, box=late_box, redaction_mode=RedactionMode.SOLID, z=9)
        colleague.save(item_id, [*document.shapes, added])
        return out

    # A new mark makes the recorded rendition stale, so the next print draws anew.
    document = colleague.load(item_id)
    colleague.save(
        item_id, [*document.shapes, Shape(ShapeKind.ELLIPSE, box=Rect(5, 5, 40, 40), z=5)]
    )
    monkeypatch.setattr(pictures, "render", render_while_sync_arrives)
    case_summary_document(sources(ctx), case_id=case.id)
    later = case_summary_document(sources(ctx), case_id=case.id)
    assert later.summary.evidence[0].redactions == 2
    image = later.pictures[0].image
    assert image is not None
    colours = {
        image.pixel(x, y)
        for x in range(int(late_box.x) + 4, int(late_box.x + late_box.w) - 4, 9)
        for y in range(int(late_box.y) + 4, int(late_box.y + late_box.h) - 4, 9)
    }
    assert len(colours) == 1, "the late redaction is burned into the later print"


def test_a_letter_with_a_provisional_number_prints_as_a_draft(qtbot, office, tmp_path):
    """Referred while the shared folder was gone: the number is the PC's own until the hub
    numbers the letter, so the printout says KONSEP and why (found by review)."""
    from asn_monitor.domain.lifecycle import Status

    ctx = office.ctx
    row = ctx.database.query_one(
        "SELECT id FROM cases WHERE status = ? ORDER BY number LIMIT 1",
        (Status.DISETUJUI.value,),
    )
    case = ctx.cases().get(row["id"])
    office.hub_away()
    ctx.referrals().refer(case.id, case.version, referral_draft(ctx.database, ctx.user, case.id))
    referral = ctx.referrals().get(case.id)
    assert referral is not None and not referral.letter_number_final
    path = tmp_path / "sementara.pdf"
    write_pdf(letter_document(sources(ctx), case_id=case.id), path)
    letter = " ".join(pdf_text(path, 1).split())
    assert "KONSEP — nomor surat masih sementara" in letter
    assert referral.letter_number in letter
    everything = " ".join(pdf_text(path).split())
    assert f"{referral.letter_number} (sementara)" in everything
    office.hub_back()
    office.engine_a.sync_once()
    final = ctx.referrals().get(case.id)
    assert final is not None and final.letter_number_final
    write_pdf(letter_document(sources(ctx), case_id=case.id), path)
    letter = " ".join(pdf_text(path, 1).split())
    assert "KONSEP" not in letter and final.letter_number in letter


def test_a_table_row_taller_than_a_page_is_split_not_lost(qtbot, tmp_path):
    from asn_monitor.reports.letterhead import load_default
    from ui.printing.furniture import DocumentFurniture

    words = [f"kata{i:04d}" for i in range(2500)]

    class Tall:
        title = "Baris panjang"

        def layout(self, device):  # type: ignore[no-untyped-def]
            layout = Layout(device, DocumentFurniture("Baris panjang", load_default(), "x"))
            layout.table(
                [Column("Waktu", 1), Column("Alasan", 4)],
                [["pertama", "pendek"], ["kedua", " ".join(words)], ["ketiga", "akhir"]],
            )
            self.pages = layout.pages
            return layout

    tall = Tall()
    path = tmp_path / "baris.pdf"
    pages = write_pdf(tall, path)
    assert pages >= 3
    text = pdf_text(path)
    assert all(w in text for w in words), "every word of the long cell is printed"
    assert "ketiga" in text and "akhir" in text
    for page in range(1, pages + 1):
        assert "Alasan" in pdf_text(path, page), page  # the header on every page


def test_a_rendition_exported_from_the_evidence_tab_is_the_one_printed(qtbot, login, tmp_path):
    """Export and print record renditions under the same digest: the print reuses the
    exported picture rather than making another."""
    import hashlib

    from ui.main_window import MainWindow

    ctx = login("rina")
    case = annotated_case(ctx, login)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.detail.show_case(case.id)
    tab = window.detail.evidence
    window.detail.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.current is not None and tab.scene.full_image() is not None)
    target = tmp_path / "rendisi.png"
    assert tab.export_rendition(target) == target
    document = case_summary_document(sources(ctx), case_id=case.id)
    assert document.pictures[0].sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
