"""Printing benchmark: a case summary with six screenshots, and a recap of many cases.

    python bench/print_bench.py [--cases 10000] [--repeat 3] [--keep DIR]

Measures, as PDFs on A4 through the app's own ``write_pdf``:

- ``case_summary``: one case holding six phone screenshots (1080 × 2400 PNG, a photo in
  each, so not tiny files), annotated with a redaction, a rectangle, an arrow and a
  callout, with its worksheet filled. ``first_s`` is the first print (every rendition made
  from the original and its shapes, then recorded), ``again_s`` the median of the prints
  after it (stored renditions read back). Floor ``floor_s``: a bare ``QPrinter`` PDF of
  the six originals, each decoded with ``QImageReader``, scaled to the same 200 dpi and
  drawn on its own page; ``ratio = again_s / floor_s`` and ``first_ratio``.
- ``recap``: ``--cases`` cases over seven years (the queue benchmark's replica, with the
  dashboard benchmark's worksheets and referral letters), all in the period.
  ``build_s``: ``RecapService.build`` (the dashboard's figures and the case list);
  floor ``floor_query_s``: the same case-list SELECT through a bare sqlite3 connection;
  ``build_ratio``. ``layout_s`` and ``paint_s``: ``RecapDocument`` laid out, then painted
  into the PDF; floor ``floor_draw_s``: the same rows drawn as plain ``drawText`` lines
  (one line a case, no table, no chart) into a bare ``QPrinter`` PDF;
  ``print_ratio = (layout_s + paint_s) / floor_draw_s``.

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
for entry in (ROOT, ROOT / "bench"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from dashboard_bench import add_worksheets_and_referrals  # noqa: E402
from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QImage,
    QImageReader,
    QPainter,
)
from PySide6.QtWidgets import QApplication  # noqa: E402
from queue_bench import build as build_cases  # noqa: E402

from asn_monitor.annotations.shapes import (  # noqa: E402
    Point,
    Rect,
    RedactionMode,
    Shape,
    ShapeKind,
)
from asn_monitor.domain.passwords import PasswordHasher  # noqa: E402
from asn_monitor.domain.roles import Role  # noqa: E402
from asn_monitor.reports.recap import _LIST, RecapService  # noqa: E402
from asn_monitor.services.annotations import AnnotationService  # noqa: E402
from asn_monitor.services.base import user_from_row  # noqa: E402
from asn_monitor.services.cases import CaseService  # noqa: E402
from asn_monitor.services.evidence import EvidenceService  # noqa: E402
from asn_monitor.services.users import UserService  # noqa: E402
from asn_monitor.workspace import Workspace  # noqa: E402
from tests.ui.sample_images import social_post  # noqa: E402
from tests.unit.factories import PASSWORD, case_fields, prepare_for_review, subject_fields  # noqa: E402
from ui.printing.builders import PrintSources, case_summary_document  # noqa: E402
from ui.printing.case_summary_doc import PICTURE_HEIGHT_MM, PICTURE_WIDTH_MM  # noqa: E402
from ui.printing.layout import IMAGE_DPI  # noqa: E402
from ui.printing.output import pdf_printer, write_pdf  # noqa: E402
from ui.printing.recap_doc import RecapDocument  # noqa: E402
from ui.rendition import png_bytes  # noqa: E402

SHOTS = 6
SHOT_SIZE = (1080, 2400)


def median_s(action: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


# -- the case summary ----------------------------------------------------------------------


def screenshot(seed: int) -> bytes:
    """A tall phone screenshot: the test suite's drawn post on top, then a photo (smooth
    colour blobs with grain, as a camera picture compresses) and comments under it."""
    rng = random.Random(seed)
    width, height = SHOT_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f0f2f5"))
    p = QPainter(image)
    p.drawImage(QPointF(0, 0), social_post(width, 1300))
    small = QImage(36, 24, QImage.Format.Format_RGB32)
    for y in range(small.height()):
        for x in range(small.width()):
            small.setPixelColor(
                x, y, QColor(rng.randint(40, 220), rng.randint(40, 200), rng.randint(30, 180))
            )
    photo = small.scaled(
        width - 60,
        700,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    grain = QImage(
        os.urandom((width - 60) * 700 * 4), width - 60, 700, QImage.Format.Format_RGB32
    ).copy()
    p.drawImage(QPointF(30, 1340), photo)
    p.setOpacity(0.06)
    p.drawImage(QPointF(30, 1340), grain)
    p.setOpacity(1.0)
    font = QFont("DejaVu Sans")
    font.setPixelSize(28)
    p.setFont(font)
    p.setPen(QColor("#050505"))
    for i in range(8):
        words = " ".join(
            rng.choice(("mantap", "setuju", "pilih", "nomor", "dua", "ayo")) for _ in range(9)
        )
        p.drawText(QRectF(40, 2080 + i * 38, width - 80, 36), 0, f"Warga {i + 1}: {words}")
    p.end()
    return png_bytes(image)


def summary_case(folder: Path, seed: int) -> tuple[PrintSources, str, list[Path], int]:
    """A workspace with one case, six annotated screenshots and a worksheet."""
    workspace = Workspace(folder)
    hasher = PasswordHasher(n=2**8)
    db, supervisor = workspace.create(
        office_name="Diskominfotik NTB (benchmark)",
        prefix="NTB",
        username="supervisor",
        display_name="Supervisor",
        password=PASSWORD,
        hasher=hasher,
    )
    monitor = UserService(db, supervisor, hasher).add_user(
        "pemantau", "Pemantau Satu", Role.MONITOR, PASSWORD
    )
    cases = CaseService(db, monitor)
    case = cases.create(case_fields(), subject=subject_fields())
    case = cases.transition(case.id, case.version, "claim")
    store = workspace.evidence(db)
    evidence = EvidenceService(db, monitor, store)
    annotations = AnnotationService(db, monitor)
    total_bytes = 0
    for n in range(SHOTS):
        data = screenshot(seed + n)
        total_bytes += len(data)
        item = evidence.add_bytes(
            case.id, data, f"tangkapan-{n + 1}.png", f"Tangkapan {n + 1}"
        ).item
        annotations.load(item.id)
        annotations.save(
            item.id,
            [
                # The account name of a bystander, hidden.
                Shape(
                    ShapeKind.REDACTION, Rect(130, 110, 520, 60), redaction_mode=RedactionMode.SOLID
                ),
                Shape(ShapeKind.RECTANGLE, Rect(20, 230, 1040, 160), colour="#d32f2f", width=6),
                Shape(ShapeKind.ARROW, points=(Point(900, 700), Point(700, 480)), width=8),
                Shape(
                    ShapeKind.CALLOUT,
                    Rect(560, 1500, 460, 120),
                    points=(Point(540, 1000),),
                    text="Ajakan memilih pasangan nomor 2",
                ),
            ],
        )
    prepare_for_review(db, monitor, case.id)
    sources = PrintSources(db, supervisor, store)
    # The originals as the summary finds them on this PC (checked against their hashes).
    entries = sources.summaries().build(case.id).evidence
    files = [e.original for e in entries if e.original is not None]
    return sources, case.id, files, total_bytes


def bare_pictures_pdf(files: list[Path], path: Path) -> int:
    """The floor: the originals decoded and drawn one a page, at the same size and dpi."""
    printer = pdf_printer(path, "A4", "floor")
    painter = QPainter()
    painter.begin(printer)
    dpi = printer.resolution()
    for n, file in enumerate(files):
        if n:
            printer.newPage()
        image = QImageReader(str(file)).read()
        # Fitted in the box the summary prints a picture in, scaled to the same dpi.
        mm = min(PICTURE_WIDTH_MM / image.width(), PICTURE_HEIGHT_MM / image.height())
        width, height = image.width() * mm / 25.4 * dpi, image.height() * mm / 25.4 * dpi
        picture = image.scaledToWidth(
            int(image.width() * mm / 25.4 * IMAGE_DPI), Qt.TransformationMode.SmoothTransformation
        )
        painter.drawImage(QRectF(0, 0, width, height), picture)
    painter.end()
    return len(files)


def bench_summary(folder: Path, repeat: int, seed: int) -> dict[str, Any]:
    made, (sources, case_id, files, total_bytes) = timed(
        lambda: summary_case(folder / "summary", seed)
    )
    pdf = folder / "ringkasan.pdf"

    def print_summary() -> int:
        return write_pdf(case_summary_document(sources, case_id=case_id), pdf, "A4")

    first_s, pages = timed(print_summary)
    again_s = median_s(print_summary, repeat)
    result: dict[str, Any] = {
        "screenshots": SHOTS,
        "screenshot_px": f"{SHOT_SIZE[0]}x{SHOT_SIZE[1]}",
        "screenshots_mb": total_bytes / 1e6,
        "setup_s": made,
        "first_s": first_s,
        "again_s": again_s,
        "pages": pages,
        "pdf_mb": pdf.stat().st_size / 1e6,
    }
    if len(files) == SHOTS:
        floor_pdf = folder / "floor-pictures.pdf"
        result["floor_s"] = median_s(lambda: bare_pictures_pdf(files, floor_pdf), repeat)
        result["floor_pdf_mb"] = floor_pdf.stat().st_size / 1e6
        result["ratio"] = again_s / result["floor_s"]
        result["first_ratio"] = first_s / result["floor_s"]
    sources.database.close()
    return result


# -- the recap -----------------------------------------------------------------------------


def bare_lines_pdf(rows: list[tuple[Any, ...]], path: Path) -> int:
    """The floor: one plain line of text a case, as many as fit a page."""
    printer = pdf_printer(path, "A4", "floor")
    painter = QPainter()
    painter.begin(printer)
    rect = printer.pageLayout().paintRectPixels(printer.resolution())
    font = QFont("Liberation Sans")
    font.setPointSizeF(7.5)
    painter.setFont(font)
    step = painter.fontMetrics().lineSpacing()
    y = step
    pages = 1
    for row in rows:
        if y > rect.height():
            printer.newPage()
            pages += 1
            y = step
        painter.drawText(QPointF(0, y), " · ".join(str(v) for v in row[1:9]))
        y += step
    painter.end()
    return pages


def bench_recap(folder: Path, cases: int, repeat: int, seed: int) -> dict[str, Any]:
    db, _monitor, made = build_cases(folder / "recap", cases, seed)
    add_worksheets_and_referrals(db, seed)
    row = db.query_one("SELECT * FROM users WHERE role = 'supervisor'")
    assert row is not None
    supervisor = user_from_row(row)
    sources = PrintSources(db, supervisor, Workspace(folder / "recap").evidence(db))
    low, high = dt.date(2020, 1, 1), dt.date(2026, 12, 31)
    service = RecapService(db, supervisor)
    build_s = median_s(lambda: service.build(low, high), repeat)
    recap = service.build(low, high)
    bare = sqlite3.connect(db.path)
    query = (low.isoformat(), high.isoformat())
    floor_query_s = median_s(lambda: bare.execute(_LIST, query).fetchall(), repeat)
    rows = bare.execute(_LIST, query).fetchall()
    bare.close()
    document = RecapDocument(
        recap, sources.letterhead(), supervisor.display_name, dt.datetime(2026, 11, 24, 15, 0)
    )
    pdf = folder / "rekap.pdf"
    printer = pdf_printer(pdf, "A4", document.title)
    layout_s, layout = timed(lambda: document.layout(printer))
    painter = QPainter()
    painter.begin(printer)
    paint_s, _ = timed(lambda: layout.paint(painter, printer.newPage))
    painter.end()
    write_s, pages = timed(lambda: write_pdf(document, folder / "rekap2.pdf", "A4"))
    floor_pdf = folder / "floor-lines.pdf"
    floor_draw_s = median_s(lambda: bare_lines_pdf(rows, floor_pdf), repeat)
    result = {
        "cases": recap.total,
        "setup_s": made,
        "build_s": build_s,
        "floor_query_s": floor_query_s,
        "build_ratio": build_s / floor_query_s,
        "layout_s": layout_s,
        "paint_s": paint_s,
        "write_pdf_s": write_s,
        "pages": pages,
        "pdf_mb": pdf.stat().st_size / 1e6,
        "floor_draw_s": floor_draw_s,
        "floor_pages": bare_lines_pdf(rows, floor_pdf),
        "floor_pdf_mb": floor_pdf.stat().st_size / 1e6,
        "print_ratio": (layout_s + paint_s) / floor_draw_s,
    }
    db.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--keep", metavar="DIR", help="build the workspaces here and keep them")
    args = parser.parse_args(argv)
    _app = QApplication.instance() or QApplication([])
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="print-bench-"))
    if folder.exists() and args.keep:
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        result = {
            "case_summary": bench_summary(folder, args.repeat, args.seed),
            "recap": bench_recap(folder, args.cases, args.repeat, args.seed),
        }
        print(json.dumps(_rounded(result), indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


if __name__ == "__main__":
    raise SystemExit(main())
