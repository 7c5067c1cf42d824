"""The periodic recap as a PDF: what it says, on which paper, and that it is drawn."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from asn_monitor.reports.letterhead import LetterheadService
from asn_monitor.reports.recap import Recap, RecapService
from asn_monitor.services.base import user_from_row
from asn_monitor.store.database import Database
from ui.long_dates import long_date
from ui.printing.output import write_pdf
from ui.printing.recap_doc import RecapDocument

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdftoppm")),
    reason="poppler-utils (pdftotext, pdfinfo, pdftoppm) not installed",
)
PRINTED_AT = dt.datetime(2026, 11, 24, 15, 0)


def _document(db: Database, low: dt.date, high: dt.date) -> tuple[Recap, RecapDocument]:
    row = db.query_one("SELECT * FROM users WHERE role = 'supervisor'")
    assert row is not None
    supervisor = user_from_row(row)
    recap = RecapService(db, supervisor).build(low, high)
    letterhead = LetterheadService(db, supervisor).letterhead()
    return recap, RecapDocument(recap, letterhead, supervisor.display_name, PRINTED_AT)


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    # No-break spaces (inside a NIP) read as spaces.
    return [" ".join(page.replace("\u00a0", " ").split()) for page in text.split("\f")]


def _page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert found, info
    return float(found.group(1)), float(found.group(2))


def test_the_recap_pdf_lists_every_case_of_the_period(
    demo: tuple[Database, dict[str, str], Path], tmp_path: Path
) -> None:
    db, _passwords, _folder = demo
    span = db.query_one("SELECT min(received_date) AS a, max(received_date) AS b FROM cases")
    assert span is not None
    low, high = dt.date.fromisoformat(span["a"]), dt.date.fromisoformat(span["b"])
    recap, document = _document(db, low, high)
    assert recap.total == 40
    pdf = tmp_path / "rekap.pdf"
    pages = write_pdf(document, pdf, "A4")
    texts = _pages(pdf)
    assert pages >= 4
    whole = " ".join(texts)
    assert "REKAPITULASI PENANGANAN DUGAAN PELANGGARAN NETRALITAS ASN" in whole
    assert f"{long_date(low)} s.d. {long_date(high)}" in whole
    for case in recap.cases:
        assert case.number in whole
    first = recap.cases[0]
    assert first.subject_name in whole and first.agency in whole
    top_agency = next(b for b in recap.by_agency if b.count)
    assert top_agency.label in whole
    # The case list runs over several pages, each starting with the header row again.
    headed = [i for i, t in enumerate(texts) if "ASN terlapor / NIP" in t]
    assert len(headed) >= 2, headed
    assert headed == list(range(headed[0], headed[-1] + 1))
    assert "Status / Pelanggaran" in texts[headed[-1]]
    assert recap.cases[-1].number in texts[headed[-1]]
    assert f"Halaman {pages} dari {pages}" in texts[pages - 1]
    # Never who reported a case.
    for row in db.query("SELECT name, contact FROM reporters"):
        assert row["name"] not in whole
        if row["contact"]:
            assert row["contact"] not in whole

    # F4 is longer than A4, and the same recap then needs no more pages.
    folio = tmp_path / "rekap-f4.pdf"
    folio_pages = write_pdf(document, folio, "F4")
    a4_w, a4_h = _page_size(pdf)
    f4_w, f4_h = _page_size(folio)
    assert round(a4_w / 72 * 25.4) == 210 and round(a4_h / 72 * 25.4) == 297
    assert round(f4_w / 72 * 25.4) == 215 and round(f4_h / 72 * 25.4) == 330
    assert folio_pages <= pages

    # A page is drawn, not blank: the first (letterhead, tables, a chart) has ink on it.
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    assert not image.isNull()
    inked = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).lightness() < 200
    )
    assert inked > 800, inked


def test_an_empty_period_says_so_on_one_page(
    demo: tuple[Database, dict[str, str], Path], tmp_path: Path
) -> None:
    db, _passwords, _folder = demo
    recap, document = _document(db, dt.date(2031, 1, 1), dt.date(2031, 3, 31))
    assert recap.empty
    pdf = tmp_path / "kosong.pdf"
    assert write_pdf(document, pdf, "A4") == 1
    text = _pages(pdf)[0]
    assert "Tidak ada kasus yang diterima pada periode ini." in text
    assert "01 Januari 2031 s.d. 31 Maret 2031" in text
    assert "Daftar kasus" not in text and "Kasus menurut status" not in text
