"""Page headers and footers: the office's letterhead (kop surat) on a document's first page,
a running title on the pages after it, and a footer with who printed it, when, and the
page number."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from asn_monitor.reports.letterhead import Letterhead
from ui.printing.layout import BLACK, GREY, RULE, Layout
from ui.printing.words import Words

LOGO_HEIGHT_MM = 22.0
LOGO_WIDTH_MM = 24.0
MIN_KOP_POINTS = 9.0


@dataclass(frozen=True)
class KopLine:
    text: str
    font: QFont
    cut: bool  # too long even at the smallest size: printed cut short


def logo_image(letterhead: Letterhead) -> QImage | None:
    if not letterhead.logo_png:
        return None
    image = QImage.fromData(letterhead.logo_png)
    return None if image.isNull() else image


@dataclass
class DocumentFurniture:
    """``kop``: the first page carries the letterhead. ``corner``: lines set at the top
    right of the first page (an attachment's "Lampiran surat nomor …")."""

    title: str
    letterhead: Letterhead
    printed: str  # "Dicetak oleh …, 24/11/2026 14:50"; empty for none
    kop: bool = True
    corner: Sequence[str] = ()
    numbered: bool = True
    number_single: bool = True  # False: a one-page section carries no page number
    watermark: str = ""  # across every page, e.g. "KONSEP" on a draft letter
    words: Words = field(default_factory=Words)
    _logo: QImage | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._logo = logo_image(self.letterhead) if self.kop else None

    # -- sizes -----------------------------------------------------------------------------

    def kop_lines(self, layout: Layout) -> list[KopLine]:
        """Each letterhead line with the font it prints in: its own size (the office's
        name larger) or smaller, down to a floor, until it fits beside the logo; a line
        that still does not fit is cut short with "…"."""
        width = self._text_width(layout)
        out = []
        for index, line in enumerate(self.letterhead.lines):
            points = 13.0 if index else 12.0
            font = layout.font(points, True)
            while layout.metrics(font).horizontalAdvance(line) > width and points > MIN_KOP_POINTS:
                points -= 0.5
                font = layout.font(points, True)
            cut = layout.metrics(font).horizontalAdvance(line) > width
            out.append(KopLine(line, font, cut))
        return out

    def _kop_height(self, layout: Layout) -> float:
        height = sum(layout.metrics(k.font).lineSpacing() for k in self.kop_lines(layout))
        if self.letterhead.address:
            lines = layout.lines(
                self.letterhead.address,
                layout.font(8),
                self._text_width(layout),
                Qt.AlignmentFlag.AlignHCenter,
            )
            height += len(lines) * layout.metrics(layout.font(8)).lineSpacing()
        return max(height, layout.mm(LOGO_HEIGHT_MM) if self._logo else 0.0) + layout.mm(4)

    def _corner_height(self, layout: Layout) -> float:
        return len(self.corner) * layout.metrics(layout.font(9)).lineSpacing() + (
            layout.mm(3) if self.corner else 0
        )

    def _text_left(self, layout: Layout) -> float:
        return layout.mm(LOGO_WIDTH_MM + 2) if self._logo else 0.0

    def _text_width(self, layout: Layout) -> float:
        # The text is centred in the room beside the logo.
        return layout.width - self._text_left(layout)

    def header_height(self, layout: Layout, page: int) -> float:
        if page == 1:
            kop = self._kop_height(layout) if self.kop else 0.0
            return kop + self._corner_height(layout)
        return layout.metrics(layout.font(8)).lineSpacing() + layout.mm(4)

    def footer_height(self, layout: Layout) -> float:
        if not (self.numbered or self.printed):
            return 0.0
        return layout.metrics(layout.font(8)).lineSpacing() + layout.mm(4)

    # -- painting --------------------------------------------------------------------------

    def paint(self, layout: Layout, painter: QPainter, page: int, pages: int) -> None:
        y = 0.0
        if page == 1:
            if self.kop:
                y = self._paint_kop(layout, painter)
            y = self._paint_corner(layout, painter, y)
        else:
            font = layout.font(8)
            metrics = layout.metrics(font)
            painter.setFont(font)
            painter.setPen(GREY)
            painter.drawText(
                QPointF(0, metrics.ascent()),
                metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, layout.width),
            )
            y = metrics.lineSpacing() + layout.mm(1)
            painter.setPen(QPen(RULE, layout.mm(0.2)))
            painter.drawLine(QPointF(0, y), QPointF(layout.width, y))
        self._paint_footer(layout, painter, page, pages)
        if self.watermark:
            self._paint_watermark(layout, painter)

    def _paint_watermark(self, layout: Layout, painter: QPainter) -> None:
        painter.save()
        font = layout.font(72, True)
        painter.setFont(font)
        painter.setPen(QColor(0, 0, 0, 40))
        painter.translate(layout.width / 2, layout.height / 2)
        painter.rotate(-35)
        advance = layout.metrics(font).horizontalAdvance(self.watermark)
        painter.drawText(QPointF(-advance / 2, 0), self.watermark)
        painter.restore()

    def _paint_kop(self, layout: Layout, painter: QPainter) -> float:
        height = self._kop_height(layout) - layout.mm(4)
        if self._logo is not None:
            box_h = layout.mm(LOGO_HEIGHT_MM)
            box_w = layout.mm(LOGO_WIDTH_MM)
            scale = min(box_w / self._logo.width(), box_h / self._logo.height())
            w, h = self._logo.width() * scale, self._logo.height() * scale
            painter.drawImage(
                QRectF((box_w - w) / 2, (height - h) / 2, w, h),
                self._logo.scaledToHeight(
                    max(1, int(h / layout.dpi * 300)), Qt.TransformationMode.SmoothTransformation
                ),
            )
        width = self._text_width(layout)
        left = self._text_left(layout)
        y = 0.0
        painter.setPen(BLACK)
        for kop in self.kop_lines(layout):
            metrics = layout.metrics(kop.font)
            painter.setFont(kop.font)
            text = metrics.elidedText(kop.text, Qt.TextElideMode.ElideRight, width)
            x = left + (width - metrics.horizontalAdvance(text)) / 2
            painter.drawText(QPointF(x, y + metrics.ascent()), text)
            y += metrics.lineSpacing()
        if self.letterhead.address:
            font = layout.font(8)
            metrics = layout.metrics(font)
            painter.setFont(font)
            for piece in layout.lines(
                self.letterhead.address, font, width, Qt.AlignmentFlag.AlignHCenter
            ):
                painter.drawText(QPointF(left + piece.x, y + metrics.ascent()), piece.text)
                y += metrics.lineSpacing()
        rule_y = height + layout.mm(1)
        painter.setPen(QPen(BLACK, layout.mm(0.7)))
        painter.drawLine(QPointF(0, rule_y), QPointF(layout.width, rule_y))
        painter.setPen(QPen(BLACK, layout.mm(0.25)))
        painter.drawLine(
            QPointF(0, rule_y + layout.mm(1)), QPointF(layout.width, rule_y + layout.mm(1))
        )
        return height + layout.mm(4)

    def _paint_corner(self, layout: Layout, painter: QPainter, y: float) -> float:
        if not self.corner:
            return y
        font = layout.font(9)
        metrics = layout.metrics(font)
        painter.setFont(font)
        painter.setPen(BLACK)
        left = layout.width * 0.55
        for line in self.corner:
            painter.drawText(
                QPointF(left, y + metrics.ascent()),
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, layout.width - left),
            )
            y += metrics.lineSpacing()
        return y + layout.mm(3)

    def _paint_footer(self, layout: Layout, painter: QPainter, page: int, pages: int) -> None:
        if not (self.numbered or self.printed):
            return
        number = ""
        if self.numbered and (pages > 1 or self.number_single):
            number = self.words.translate("Printing", "Halaman {page} dari {pages}").format(
                page=page, pages=pages
            )
        if not (number or self.printed):
            return
        font = layout.font(8)
        metrics = layout.metrics(font)
        top = layout.height - metrics.lineSpacing() - layout.mm(1)
        painter.setPen(QPen(RULE, layout.mm(0.2)))
        painter.drawLine(QPointF(0, top), QPointF(layout.width, top))
        painter.setFont(font)
        painter.setPen(GREY)
        baseline = layout.height - metrics.descent()
        if number:
            painter.drawText(
                QPointF(layout.width - metrics.horizontalAdvance(number), baseline), number
            )
        if self.printed:
            room = layout.width - metrics.horizontalAdvance(number) - layout.mm(4)
            painter.drawText(
                QPointF(0, baseline),
                metrics.elidedText(self.printed, Qt.TextElideMode.ElideRight, room),
            )
