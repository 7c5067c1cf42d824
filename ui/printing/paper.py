"""Paper sizes and margins the office prints on."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

# F4 (folio, 215 × 330 mm) is what Indonesian offices print on besides A4.
PAPERS: dict[str, QPageSize] = {
    "A4": QPageSize(QPageSize.PageSizeId.A4),
    "F4": QPageSize(
        QSizeF(215, 330), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch
    ),
}
DEFAULT_PAPER = "A4"
# Official letters keep a wider left margin for binding (Tata Naskah Dinas); the same
# margins serve every document so an attachment lines up with its letter.
MARGINS_MM = QMarginsF(25, 15, 20, 15)


def set_up_printer(printer: QPrinter, paper: str, title: str = "") -> None:
    printer.setPageLayout(
        QPageLayout(
            PAPERS.get(paper.upper(), PAPERS[DEFAULT_PAPER]),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    if title:
        printer.setDocName(title)


def paper_of(printer: QPrinter) -> str:
    """ "A4" or "F4" as the printer is set up now (A4 for anything else)."""
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    for name, page in PAPERS.items():
        known = page.size(QPageSize.Unit.Millimeter)
        if abs(known.width() - size.width()) < 1 and abs(known.height() - size.height()) < 1:
            return name
    return DEFAULT_PAPER
