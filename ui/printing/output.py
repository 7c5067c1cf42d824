"""Putting a laid-out document on a printer, into a PDF file, or into a preview."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QPagedPaintDevice, QPainter
from PySide6.QtPrintSupport import QPrinter

from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from ui.printing.layout import Layout
from ui.printing.paper import set_up_printer


class Printable(Protocol):
    @property
    def title(self) -> str: ...

    def layout(self, device: QPagedPaintDevice) -> Layout: ...


class OutputError(AsnError):
    """The PDF cannot be written where the user asked."""

    exit_code = 8


def print_to(printer: QPrinter, document: Printable) -> int:
    """Lay ``document`` out for ``printer`` and paint it; the number of pages (0 when the
    printer could not be started)."""
    layout = document.layout(printer)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        layout.paint(painter, printer.newPage)
    finally:
        painter.end()
    return len(layout.pages)


def pdf_printer(path: Path, paper: str, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCreator("ASN Monitor")
    set_up_printer(printer, paper, title)
    return printer


def check_target(path: Path) -> None:
    """Refuse, before any work, a PDF path that is a folder or lies in a folder that does
    not exist or cannot be written."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(
            QT_TRANSLATE_NOOP("asn_monitor", "{path} adalah folder; sebutkan nama berkas PDF."),
            path=str(path),
        )
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(
            QT_TRANSLATE_NOOP("asn_monitor", "PDF tidak dapat ditulis ke {path}: {detail}"),
            path=str(path),
            detail=QT_TRANSLATE_NOOP("asn_monitor", "folder tidak ada atau tidak dapat ditulisi"),
        )


def _file_mode(path: Path) -> int:
    """The mode a new file gets here (the umask applied), or the mode of the file replaced:
    a PDF saved to a shared folder must open for colleagues, not only for its writer."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_pdf(document: Printable, path: Path, paper: str = "A4") -> int:
    """Write ``document`` to ``path`` through a temporary file beside it, so a failed
    export never leaves half a PDF (nor replaces a good one); the number of pages."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    check_target(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".cetak-", suffix=".pdf", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise OutputError(
            QT_TRANSLATE_NOOP("asn_monitor", "PDF tidak dapat ditulis ke {path}: {detail}"),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    try:
        pages = print_to(pdf_printer(Path(temporary), paper, document.title), document)
        if pages == 0 or os.path.getsize(temporary) == 0:
            raise OutputError(
                QT_TRANSLATE_NOOP("asn_monitor", "PDF tidak dapat ditulis ke {path}: {detail}"),
                path=str(path),
                detail="QPrinter",
            )
        os.chmod(temporary, _file_mode(path))
        os.replace(temporary, path)
    except OSError as exc:
        raise OutputError(
            QT_TRANSLATE_NOOP("asn_monitor", "PDF tidak dapat ditulis ke {path}: {detail}"),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return pages
