"""“Kop surat dan penanda tangan…”: a supervisor sets the office's letterhead, logo and the
signer of its letters, with a preview drawn by the same code that prints the kop.

Nothing is stored until *Simpan*; :meth:`LetterheadService.save` checks the rules and its
messages appear under the fields they concern, the typed values staying as they are.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.roles import Permission
from asn_monitor.errors import AsnError, PermissionDenied, ValidationError
from asn_monitor.reports.letterhead import Letterhead, LetterheadService, check_logo
from ui.field_errors import FieldErrors
from ui.long_dates import long_date
from ui.printing.furniture import DocumentFurniture
from ui.printing.layout import BLACK, GREY, Layout
from ui.printing.paper import DEFAULT_PAPER, MARGINS_MM, PAPERS
from ui.texts import error_text, show_error
from ui.widgets import Banner

FIELD_WIDTH = 400
PREVIEW_WIDTH = 560  # pixels across the printed text width (165 mm on A4)
THUMB = QSize(72, 80)
PAD_MM = 6.0
PREVIEW_LOGO_PX = 240  # the preview's logo is some 90 px high
PRINT_DPI = 1200  # what QPrinter.HighResolution writes a PDF at  # white paper shown around the text in the preview


def _text_rows(edit: QPlainTextEdit, rows: int) -> None:
    metrics = edit.fontMetrics()
    margins = edit.contentsMargins()
    edit.setFixedHeight(
        rows * metrics.lineSpacing()
        + int(edit.document().documentMargin() * 2)
        + margins.top()
        + margins.bottom()
        + 4
    )


@dataclass
class KopPreview:
    """The top of a printed A4 page (the kop) and a letter's signature block, laid out
    by :class:`DocumentFurniture` itself against a PDF device at the resolution a PDF is
    written at, then drawn scaled down to ``width`` pixels across the text. (Laid out at
    screen resolution, hinted fonts run narrower and the preview would fit lines that the
    printout cuts short.)"""

    letterhead: Letterhead
    today: dt.date
    width: int = PREVIEW_WIDTH

    def __post_init__(self) -> None:
        page = PAPERS[DEFAULT_PAPER]
        text_mm = page.size(page.Unit.Millimeter).width() - MARGINS_MM.left() - MARGINS_MM.right()
        self.scale = self.width * 25.4 / text_mm / PRINT_DPI
        self._buffer = QBuffer(QByteArray())
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._writer = QPdfWriter(self._buffer)
        self._writer.setResolution(PRINT_DPI)
        self._writer.setPageLayout(
            QPageLayout(
                page, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
            )
        )
        self.furniture = DocumentFurniture(
            title="", letterhead=self.letterhead, printed="", numbered=False
        )
        self.layout = Layout(self._writer, self.furniture)

    def cut_lines(self) -> list[int]:
        """Numbers (from 1) of the kop lines too long for the paper even at the smallest
        size the printout shrinks them to: those are cut short with "…"."""
        lines = self.furniture.kop_lines(self.layout)
        return [index + 1 for index, line in enumerate(lines) if line.cut]

    def image(self) -> QImage:
        layout = self.layout
        kop = self.furniture.header_height(layout, 1)
        signer = _signer_lines(self.letterhead, self.today, layout)
        rows_h = sum(layout.metrics(font).lineSpacing() for _t, font, _p in signer)
        pad = layout.mm(PAD_MM)
        top = kop + layout.mm(8)
        image = QImage(
            round((layout.width + 2 * pad) * self.scale),
            round((top + rows_h + 2 * pad) * self.scale),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        # Fonts in points are sized by the device's resolution: the layout's, then scaled.
        dots_per_metre = round(PRINT_DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(self.scale, self.scale)
        painter.translate(pad, pad)
        self.furniture.paint(layout, painter, 1, 1)
        _paint_signer(layout, painter, signer, top)
        painter.end()
        return image


SIGNER_LEFT = 0.5  # the signature block starts at the middle of the text width


def _signer_lines(
    letterhead: Letterhead, today: dt.date, layout: Layout
) -> list[tuple[str, QFont, bool]]:
    """(text, font, placeholder) rows of the block under a letter, right of centre."""
    width = layout.width * (1 - SIGNER_LEFT)
    regular = layout.font(11)
    bold = layout.font(11, True)
    rows: list[tuple[str, QFont, bool]] = []

    def wrapped(text: str, font: QFont, placeholder: bool = False) -> None:
        for piece in layout.lines(text, font, width, Qt.AlignmentFlag.AlignLeft):
            rows.append((piece.text, font, placeholder))

    place = letterhead.place.strip()
    wrapped(f"{place}, {long_date(today)}" if place else long_date(today), regular)
    title = letterhead.signer_title.strip()
    if title:
        wrapped(title + ",", regular)
    else:
        rows.append(
            (
                QCoreApplication.translate("LetterheadDialog", "(jabatan penanda tangan)"),
                regular,
                True,
            )
        )
    rows += [("", regular, False)] * 3
    name = letterhead.signer_name.strip()
    if name:
        underlined = layout.font(11, True)
        underlined.setUnderline(True)
        wrapped(name, underlined)
    else:
        rows.append(
            (QCoreApplication.translate("LetterheadDialog", "(nama penanda tangan)"), bold, True)
        )
    if letterhead.signer_rank.strip():
        wrapped(letterhead.signer_rank.strip(), regular)
    nip = letterhead.signer_nip.strip()
    if nip:
        shown = QCoreApplication.translate("LetterheadDialog", "NIP. {nip}").format(nip=nip)
    else:
        shown = QCoreApplication.translate("LetterheadDialog", "NIP. (belum diisi)")
    rows.append((shown, regular, not nip))
    return rows


def _paint_signer(
    layout: Layout, painter: QPainter, rows: list[tuple[str, QFont, bool]], top: float
) -> None:
    left = layout.width * SIGNER_LEFT
    y = top
    for text, font, placeholder in rows:
        metrics = layout.metrics(font)
        painter.setFont(font)
        painter.setPen(QPen(GREY if placeholder else BLACK))
        if text:
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, layout.width - left)
            painter.drawText(QPointF(left, y + metrics.ascent()), shown)
        y += metrics.lineSpacing()


def _small_png(image: QImage, height: int = PREVIEW_LOGO_PX) -> bytes:
    if image.height() > height:
        image = image.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes, Qt str
    buffer.close()
    return bytes(data.data())


class LetterheadDialog(QDialog):
    """Edit the office's letterhead; ``saved`` is True once it was stored."""

    def __init__(self, service: LetterheadService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.saved = False
        self.setWindowTitle(self.tr("Kop surat dan penanda tangan"))
        current = service.letterhead()
        self._default_logo = service.default().logo_png
        self._logo: bytes | None = current.logo_png
        self._logo_changed = False
        self._logo_name = ""  # the file a new logo came from
        self._preview_logo: bytes | None = None

        self.banner = Banner()
        self.errors = FieldErrors(self.banner)
        intro = QLabel(
            self.tr(
                "Kop surat, logo dan penanda tangan dipakai pada semua cetakan kantor "
                "(ringkasan kasus, surat penerusan, rekap). Perubahan berlaku di semua PC "
                "setelah sinkronisasi."
            )
        )
        intro.setWordWrap(True)

        self.lines = QPlainTextEdit("\n".join(current.lines))
        self.lines.setObjectName("lines")
        self.lines.setTabChangesFocus(True)
        self.lines.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.lines.setPlaceholderText(self.tr("satu baris per baris kop, dari atas"))
        _text_rows(self.lines, 3)
        self.address = QPlainTextEdit(current.address)
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        _text_rows(self.address, 3)
        self.place = QLineEdit(current.place)
        self.place.setObjectName("place")
        self.place.setPlaceholderText(self.tr("kota tempat surat ditandatangani"))
        self.signer_title = QLineEdit(current.signer_title)
        self.signer_title.setObjectName("signer_title")
        self.signer_name = QLineEdit(current.signer_name)
        self.signer_name.setObjectName("signer_name")
        self.signer_name.setPlaceholderText(self.tr("nama lengkap dengan gelar"))
        self.signer_rank = QLineEdit(current.signer_rank)
        self.signer_rank.setObjectName("signer_rank")
        self.signer_rank.setPlaceholderText(self.tr("misalnya Pembina Utama Muda (IV/c)"))
        self.signer_nip = QLineEdit(current.signer_nip)
        self.signer_nip.setObjectName("signer_nip")
        self.signer_nip.setPlaceholderText(self.tr("18 angka, misalnya 19700101 199503 1 001"))
        for widget in (
            self.lines,
            self.address,
            self.place,
            self.signer_title,
            self.signer_name,
            self.signer_rank,
            self.signer_nip,
        ):
            widget.setMinimumWidth(FIELD_WIDTH)

        # Logo: a thumbnail, where it comes from, and three ways to change it.
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("logo_thumbnail")
        self.thumbnail.setFixedSize(THUMB)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_state = QLabel()
        self.logo_state.setObjectName("logo_state")
        self.logo_state.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Pilih berkas…"))
        self.choose_button.setObjectName("choose_logo")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_logo)
        self.default_button = QPushButton(self.tr("Pakai logo bawaan"))
        self.default_button.setObjectName("default_logo")
        self.default_button.setAutoDefault(False)
        self.default_button.clicked.connect(self.use_default_logo)
        self.none_button = QPushButton(self.tr("Tanpa logo"))
        self.none_button.setObjectName("no_logo")
        self.none_button.setAutoDefault(False)
        self.none_button.clicked.connect(self.remove_logo)
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        logo_side = QVBoxLayout()
        logo_side.addWidget(self.logo_state)
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(self.choose_button)
        logo_buttons.addWidget(self.default_button)
        logo_buttons.addWidget(self.none_button)
        logo_buttons.addStretch(1)
        logo_side.addLayout(logo_buttons)
        logo_side.addStretch(1)
        logo_layout.addLayout(logo_side, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Baris kop:"), self.errors.wrap("lines", self.lines))
        form.addRow(self.tr("Alamat:"), self.errors.wrap("address", self.address))
        form.addRow(self.tr("Logo:"), self.errors.wrap("logo", self.choose_button, logo_row))
        form.addRow(self.tr("Tempat surat:"), self.errors.wrap("place", self.place))
        form.addRow(self.tr("Jabatan:"), self.errors.wrap("signer_title", self.signer_title))
        form.addRow(self.tr("Nama:"), self.errors.wrap("signer_name", self.signer_name))
        form.addRow(self.tr("Pangkat/golongan:"), self.errors.wrap("signer_rank", self.signer_rank))
        form.addRow(self.tr("NIP:"), self.errors.wrap("signer_nip", self.signer_nip))
        signer_note = QLabel(self.tr("Penanda tangan surat:"))
        signer_note.setStyleSheet("font-weight:600; margin-top:6px;")
        form.insertRow(3, signer_note)

        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        preview_box = QGroupBox(self.tr("Pratinjau"))
        preview_layout = QVBoxLayout(preview_box)
        scroller = QScrollArea()
        scroller.setObjectName("preview_scroller")
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.preview)
        scroller.setMinimumSize(PREVIEW_WIDTH + 60, 340)
        preview_layout.addWidget(scroller, 1)
        self.cut_warning = QLabel()
        self.cut_warning.setObjectName("cut_warning")
        self.cut_warning.setWordWrap(True)
        self.cut_warning.setStyleSheet(
            "background:#fff4e5; color:#663c00; border:1px solid #ffd8a8; padding:4px;"
        )
        self.cut_warning.hide()
        preview_layout.addWidget(self.cut_warning)
        hint = QLabel(self.tr("Bagian atas halaman pertama dan blok tanda tangan surat, A4."))
        hint.setStyleSheet("color:#555;")
        hint.setWordWrap(True)
        preview_layout.addWidget(hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        columns.addLayout(left, 0)
        columns.addWidget(preview_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        # Said up front, and it stays: the service refuses the save anyway.
        self.read_only_note = Banner()
        self.read_only_note.setObjectName("read_only_note")
        if not service.can(Permission.MANAGE_SETTINGS):
            self.read_only_note.show_message(
                self.tr("Hanya supervisor atau admin yang dapat menyimpan perubahan kop surat."),
                "info",
            )
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        chain: list[QWidget] = [
            self.lines,
            self.address,
            self.choose_button,
            self.default_button,
            self.none_button,
            self.place,
            self.signer_title,
            self.signer_name,
            self.signer_rank,
            self.signer_nip,
            self.save_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        for text_edit in (self.lines, self.address):
            text_edit.textChanged.connect(self.refresh_preview)
        for line_edit in (
            self.place,
            self.signer_title,
            self.signer_name,
            self.signer_rank,
            self.signer_nip,
        ):
            line_edit.textChanged.connect(self.refresh_preview)
        for line_edit in (
            self.place,
            self.signer_title,
            self.signer_name,
            self.signer_rank,
            self.signer_nip,
        ):
            line_edit.setCursorPosition(0)  # a long title shows its beginning
        self._show_logo()
        self.refresh_preview()
        self.lines.setFocus()

    # -- the letterhead as typed -----------------------------------------------------------

    def letterhead(self) -> Letterhead:
        return Letterhead(
            lines=tuple(self.lines.toPlainText().split("\n")),
            address=self.address.toPlainText().strip(),
            place=self.place.text(),
            signer_title=self.signer_title.text(),
            signer_name=self.signer_name.text(),
            signer_rank=self.signer_rank.text(),
            signer_nip=self.signer_nip.text(),
            logo_png=self._logo,
        )

    def refresh_preview(self) -> None:
        typed = self.letterhead()
        shown = Letterhead(
            lines=tuple(line.strip() for line in typed.lines if line.strip()),
            address=typed.address,
            place=typed.place,
            signer_title=typed.signer_title,
            signer_name=typed.signer_name,
            signer_rank=typed.signer_rank,
            signer_nip=typed.signer_nip,
            logo_png=self._preview_logo,
        )
        preview = KopPreview(shown, self.service.today())
        self.preview.setPixmap(QPixmap.fromImage(preview.image()))
        cut = preview.cut_lines()
        if cut:
            self.cut_warning.setText(
                self.tr(
                    "Baris kop ke-{lines} terlalu panjang untuk lebar kertas dan akan "
                    "terpotong (…) di cetakan: pendekkan, atau bagi menjadi dua baris."
                ).format(lines=", ".join(str(n) for n in cut))
            )
        self.cut_warning.setVisible(bool(cut))

    # -- logo --------------------------------------------------------------------------------

    def _show_logo(self) -> None:
        image = QImage.fromData(self._logo) if self._logo else QImage()
        # The preview redraws on every key typed: it gets a small copy of the logo, not a
        # photo-sized picture to decode each time.
        self._preview_logo = _small_png(image) if not image.isNull() else None
        if image.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText("—")
        else:
            self.thumbnail.setPixmap(
                QPixmap.fromImage(
                    image.scaled(
                        THUMB - QSize(8, 8),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )
        if not self._logo:
            state = self.tr("Tanpa logo: kop surat hanya berisi teks.")
        elif self._logo == self._default_logo:
            state = self.tr("Logo bawaan aplikasi (lambang umum, bukan lambang daerah).")
        elif self._logo_name:
            state = self.tr("Logo dari berkas {name} (belum disimpan).").format(
                name=self._logo_name
            )
        else:
            state = self.tr("Logo kantor yang tersimpan.")
        self.logo_state.setText(state)
        self.default_button.setEnabled(
            bool(self._default_logo) and self._logo != self._default_logo
        )
        self.none_button.setEnabled(bool(self._logo))

    def _set_logo(self, data: bytes | None, name: str = "") -> None:
        self._logo = data
        self._logo_name = name
        self._logo_changed = True
        self.errors.clear()
        self._show_logo()
        self.refresh_preview()

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih logo kop surat"),
            "",
            self.tr("Gambar PNG atau JPEG (*.png *.jpg *.jpeg)"),
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._logo_refused(
                self.tr("Berkas {name} tidak dapat dibaca: {detail}").format(
                    name=Path(path).name, detail=exc.strerror or str(exc)
                )
            )
            return
        try:
            check_logo(data)
        except ValidationError as exc:
            self._logo_refused(error_text(exc))
            return
        if QImage.fromData(data).isNull():
            self._logo_refused(
                self.tr("Berkas {name} tidak dapat dibuka sebagai gambar.").format(
                    name=Path(path).name
                )
            )
            return
        self._set_logo(data, Path(path).name)

    def _logo_refused(self, message: str) -> None:
        """The previous logo stays; the reason shows under the logo row."""
        self.errors.show(
            ValidationError(
                self.tr("Logo tidak diganti."),
                field_errors={"logo": AsnError("{detail}", detail=message)},
            )
        )

    def use_default_logo(self) -> None:
        self._set_logo(self._default_logo)

    def remove_logo(self) -> None:
        self._set_logo(None)

    # -- saving ------------------------------------------------------------------------------

    def accept(self) -> None:
        try:
            self.service.save(self.letterhead(), logo_changed=self._logo_changed)
        except PermissionDenied as exc:
            self.errors.clear()
            show_error(self, exc, self.windowTitle())
            return
        except AsnError as exc:
            self.errors.show(exc)
            return
        self.saved = True
        super().accept()
