"""Print preview with the office's choices added: paper (A4 or F4) and "Simpan PDF…".

The preview's own print button opens the system print dialog. The chosen paper is
remembered on this PC for the next printout.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from asn_monitor.errors import AsnError
from ui import icons
from ui.printing.output import Printable, print_to, write_pdf
from ui.printing.paper import DEFAULT_PAPER, PAPERS, set_up_printer
from ui.texts import show_error

PAPER_SETTING = "print/paper"


def remembered_paper(settings: QSettings) -> str:
    paper = str(settings.value(PAPER_SETTING, DEFAULT_PAPER))
    return paper if paper in PAPERS else DEFAULT_PAPER


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where to save a PDF, asked with the save dialog. ".pdf" is added to a name without
    it (never put in place of what was typed: "rekap.v2" is "rekap.v2.pdf"), and a file
    of that name the dialog did not ask about is only replaced when the user agrees."""
    title = QCoreApplication.translate("PrintPreview", "Simpan PDF")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        QCoreApplication.translate("PrintPreview", "Dokumen PDF (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
        if path.exists():
            answer = QMessageBox.question(
                parent,
                title,
                QCoreApplication.translate(
                    "PrintPreview", "{name} sudah ada. Ganti berkas itu?"
                ).format(name=path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
    return path


class PrintPreview(QPrintPreviewDialog):
    def __init__(
        self,
        document: Printable,
        settings: QSettings,
        parent: QWidget | None = None,
        file_stem: str = "cetakan",
    ) -> None:
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.paper = remembered_paper(settings)
        set_up_printer(self._printer, self.paper, document.title)
        super().__init__(self._printer, parent)
        self.document = document
        self.settings = settings
        self.file_stem = file_stem
        self.pages = 0
        self.saved: Path | None = None
        self.setWindowTitle(document.title)
        self.paintRequested.connect(self._paint)
        self.preview = self.findChild(QPrintPreviewWidget)
        toolbar = self.findChild(QToolBar)
        self.paper_box = QComboBox(self)
        self.paper_box.setObjectName("paper")
        self.paper_box.addItem(self.tr("A4"), "A4")
        self.paper_box.addItem(self.tr("F4 (215 × 330 mm)"), "F4")
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(self.paper)))
        self.paper_box.currentIndexChanged.connect(self._paper_changed)
        self.paper_box.setToolTip(self.tr("Ukuran kertas"))
        self.pdf_action = QAction(icons.icon("save"), self.tr("Simpan PDF…"), self)
        self.pdf_action.setShortcut(QKeySequence.StandardKey.Save)
        self.pdf_action.setToolTip(self.tr("Simpan sebagai PDF (Ctrl+S)"))
        self.pdf_action.triggered.connect(lambda _=False: self.save_pdf())
        if toolbar is not None and toolbar.actions():
            # First on the bar: Qt's own buttons (zoom, page views) can fold away on a
            # narrow screen, the office's choices must not.
            first = toolbar.actions()[0]
            toolbar.insertAction(first, self.pdf_action)
            button = toolbar.widgetForAction(self.pdf_action)
            if isinstance(button, QToolButton):  # the words, not only a disk icon
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toolbar.insertWidget(first, QLabel(self.tr(" Kertas: "), self))
            toolbar.insertWidget(first, self.paper_box)
            toolbar.insertSeparator(first)
        else:  # a Qt without the usual toolbar: the shortcut still works
            self.addAction(self.pdf_action)
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1180, 820
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def _paint(self, printer: QPrinter) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pages = print_to(printer, self.document)
        finally:
            QApplication.restoreOverrideCursor()

    def _paper_changed(self) -> None:
        self.paper = str(self.paper_box.currentData())
        self.settings.setValue(PAPER_SETTING, self.paper)
        set_up_printer(self._printer, self.paper, self.document.title)
        if self.preview is not None:
            self.preview.updatePreview()

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the document as a PDF to ``path`` (asked for when None)."""
        if path is None:
            path = ask_pdf_path(
                self, Path.home() / f"{self.file_stem}-{dt.date.today().isoformat()}.pdf"
            )
            if path is None:
                return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_pdf(self.document, path, self.paper)
        except AsnError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc, self.tr("PDF tidak tersimpan"))
            return None
        QApplication.restoreOverrideCursor()
        self.saved = path
        self.setWindowTitle(
            self.tr("{title} — disimpan ke {path}").format(title=self.document.title, path=path)
        )
        return path
