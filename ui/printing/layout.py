"""Flowing blocks (text, label-value rows, tables, images, charts) onto printed pages.

Layout and painting are two passes: blocks are measured against the printer's own font
metrics and placed on pages as small paint operations, and only then painted. So every
page's header and footer know the page count ("Halaman 2 dari 5"), and a table that runs
over a page repeats its header row on the next.

A document may have several *sections* with their own header and footer (a letter, then
its attachment); pages are numbered within their section.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsScene

from ui.dashboard_charts import RENDER_HINTS, ChartSpec

Op = Callable[[QPainter], None]
BLACK = QColor("#000000")
GREY = QColor("#555555")
RULE = QColor("#9e9e9e")
GRID = QColor("#cfd8dc")
HEADER_FILL = QColor("#eceff1")
# Fonts every office PC with LibreOffice or Windows has; the first one found is used so
# that a printout looks the same from every PC.
FAMILIES = ("Liberation Sans", "Arial", "DejaVu Sans")
# Hashes are read character by character: a fixed-width face keeps them on one line.
MONO_FAMILIES = ("Liberation Mono", "Consolas", "Courier New", "DejaVu Sans Mono")
IMAGE_DPI = 200  # images are scaled to this many dots per inch of paper before painting
MIN_SHRUNK_MM = 90.0  # a picture is shrunk to fit what is left of a page down to this height
CHART_WIDTH = 760  # a chart's own pixels across ...
CHART_WIDTH_MM = 165.0  # ... drawn this wide on paper (narrower if the page is)


def document_family(families: Sequence[str] = FAMILIES) -> str:
    available = set(QFontDatabase.families())
    return next((f for f in families if f in available), QFont().family())


class Furniture(Protocol):
    """A section's header and footer."""

    def header_height(self, layout: Layout, page: int) -> float: ...

    def footer_height(self, layout: Layout) -> float: ...

    def paint(self, layout: Layout, painter: QPainter, page: int, pages: int) -> None: ...


@dataclass
class Page:
    section: int
    number: int  # within its section, from 1
    furniture: Furniture
    ops: list[Op] = field(default_factory=list)


@dataclass
class Column:
    title: str
    weight: float  # share of the table's width
    right: bool = False  # numbers are right-aligned


@dataclass
class Line:
    text: str
    x: float  # offset from the block's left edge
    width: float


class Layout:
    """Places blocks top to bottom; :meth:`paint` then draws every page."""

    def __init__(self, device: QPagedPaintDevice, furniture: Furniture) -> None:
        self.device = device
        resolution = device.logicalDpiY()
        rect = device.pageLayout().paintRectPixels(resolution)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.dpi = float(resolution)
        self.family = document_family()
        self.mono_family = document_family(MONO_FAMILIES)
        self.pages: list[Page] = []
        self._section = -1
        self._furniture = furniture
        self.y = 0.0
        self.bottom = 0.0
        self.new_section(furniture)

    # -- units and fonts ----------------------------------------------------------------

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def font(
        self, points: float, bold: bool = False, italic: bool = False, mono: bool = False
    ) -> QFont:
        font = QFont(self.mono_family if mono else self.family)
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    # -- pages ---------------------------------------------------------------------------

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_section(self, furniture: Furniture) -> None:
        self._section += 1
        self._furniture = furniture
        self._new_page()

    def _new_page(self) -> None:
        number = 1
        if self.pages and self.pages[-1].section == self._section:
            number = self.pages[-1].number + 1
        self.pages.append(Page(self._section, number, self._furniture))
        self.y = self._furniture.header_height(self, number)
        self.bottom = self.height - self._furniture.footer_height(self)

    def page_break(self) -> None:
        self._new_page()

    def room(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one (or the page is
        still empty, where nothing would be gained)."""
        if self.y + height > self.bottom and self.page.ops:
            self._new_page()

    def space(self, millimetres: float) -> None:
        self.y = min(self.y + self.mm(millimetres), self.bottom)

    def add(self, op: Op) -> None:
        self.page.ops.append(op)

    @property
    def body_height(self) -> float:
        return self.bottom - self._furniture.header_height(self, 2)

    # -- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, new_page: Callable[[], object]) -> None:
        """Draw every page; ``new_page`` advances the device (``QPrinter.newPage``)."""
        totals: dict[int, int] = {}
        for page in self.pages:
            totals[page.section] = page.number
        painter.setRenderHints(RENDER_HINTS)
        for index, page in enumerate(self.pages):
            if index:
                new_page()
            page.furniture.paint(self, painter, page.number, totals[page.section])
            for op in page.ops:
                painter.save()
                op(painter)
                painter.restore()

    # -- text ----------------------------------------------------------------------------

    def lines(self, text: str, font: QFont, width: float, align: Qt.AlignmentFlag) -> list[Line]:
        """``text`` broken into lines at word boundaries to fit ``width``."""
        metrics = self.metrics(font)
        out: list[Line] = []
        # Flag arithmetic is slow in PySide: decided once, not per line (a 10,000-case
        # recap asks for some 80,000 cells).
        right = bool(align & Qt.AlignmentFlag.AlignRight)
        centre = bool(align & Qt.AlignmentFlag.AlignHCenter)
        for paragraph in text.split("\n"):
            if metrics.horizontalAdvance(paragraph) <= width:
                pieces = [paragraph]
            else:
                layout = QTextLayout(paragraph, font, self.device)
                option = QTextOption()
                option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
                layout.setTextOption(option)
                layout.beginLayout()
                pieces = []
                while True:
                    line = layout.createLine()
                    if not line.isValid():
                        break
                    line.setLineWidth(width)
                    start = line.textStart()
                    pieces.append(paragraph[start : start + line.textLength()])
                layout.endLayout()
            for piece in pieces:
                piece = piece.rstrip()
                advance = metrics.horizontalAdvance(piece)
                x = 0.0
                if right:
                    x = width - advance
                elif centre:
                    x = (width - advance) / 2
                out.append(Line(piece, x, advance))
        return out

    def text(
        self,
        text: str,
        points: float = 10,
        *,
        bold: bool = False,
        italic: bool = False,
        mono: bool = False,
        underline: bool = False,
        color: QColor = BLACK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        indent_mm: float = 0,
        width_mm: float | None = None,
        after_mm: float = 1.2,
        keep_lines: int = 2,
    ) -> None:
        """A paragraph; it may run over onto the next page, but never leaves fewer than
        ``keep_lines`` lines behind."""
        font = self.font(points, bold, italic, mono)
        font.setUnderline(underline)
        metrics = self.metrics(font)
        left = self.mm(indent_mm)
        width = (self.mm(width_mm) if width_mm is not None else self.width) - left
        if align & Qt.AlignmentFlag.AlignRight and width_mm is not None:
            left = self.width - self.mm(width_mm)
        lines = self.lines(text, font, width, align)
        step = metrics.lineSpacing()
        self.room(step * min(len(lines), keep_lines))
        for line in lines:
            self.room(step)
            baseline = self.y + metrics.ascent()
            self.add(_text_op(line.text, font, color, QPointF(left + line.x, baseline)))
            self.y += step
        self.y += self.mm(after_mm)

    def heading(self, text: str, points: float = 11.5, after_mm: float = 1.5) -> None:
        font = self.font(points, True)
        step = self.metrics(font).lineSpacing()
        # A heading never ends a page alone: keep room for a few lines after it.
        self.room(step * 4)
        self.space(2.5)
        self.text(text, points, bold=True, after_mm=after_mm, keep_lines=1)

    def rule(self, thickness_mm: float = 0.3, color: QColor = RULE, double: bool = False) -> None:
        y = self.y
        width = self.width
        pen = QPen(color, self.mm(thickness_mm))
        gap = self.mm(0.8)

        def op(p: QPainter) -> None:
            p.setPen(pen)
            p.drawLine(QPointF(0, y), QPointF(width, y))
            if double:
                thin = QPen(color, self.mm(thickness_mm / 3))
                p.setPen(thin)
                p.drawLine(QPointF(0, y + gap), QPointF(width, y + gap))

        self.add(op)
        self.y += self.mm(thickness_mm) + (gap if double else 0) + self.mm(1.5)

    # -- label and value rows --------------------------------------------------------------

    def fields(
        self,
        rows: Sequence[tuple[str, str]],
        points: float = 10,
        label_mm: float = 46,
        indent_mm: float = 0,
        after_mm: float = 1.5,
    ) -> None:
        """ "Nama    : Budi" rows as official letters write them; long values wrap under
        themselves."""
        font = self.font(points)
        metrics = self.metrics(font)
        step = metrics.lineSpacing()
        indent = self.mm(indent_mm)
        label_width = self.mm(label_mm)
        colon = metrics.horizontalAdvance(" : ")
        value_x = indent + label_width + colon
        value_width = self.width - value_x
        for label, value in rows:
            lines = self.lines(value or "–", font, value_width, Qt.AlignmentFlag.AlignLeft)
            label_lines = self.lines(label, font, label_width, Qt.AlignmentFlag.AlignLeft)
            self.room(step * min(max(len(lines), len(label_lines)), 3))
            top = self.y
            for i, line in enumerate(label_lines):
                self.add(
                    _text_op(
                        line.text, font, BLACK, QPointF(indent, top + i * step + metrics.ascent())
                    )
                )
            self.add(
                _text_op(
                    ":",
                    font,
                    BLACK,
                    QPointF(indent + label_width + colon / 4, top + metrics.ascent()),
                )
            )
            for line in lines:
                self.room(step)
                if self.y < top:  # continued on a new page
                    top = self.y
                self.add(
                    _text_op(line.text, font, BLACK, QPointF(value_x, self.y + metrics.ascent()))
                )
                self.y += step
            self.y = max(self.y, top + len(label_lines) * step) + self.mm(0.4)
        self.y += self.mm(after_mm)

    # -- tables --------------------------------------------------------------------------

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        points: float = 8.5,
        after_mm: float = 2.5,
    ) -> None:
        """A ruled table whose cells wrap; a row never splits, and a page the table runs
        onto starts with the header row again."""
        font = self.font(points)
        bold = self.font(points, True)
        metrics = self.metrics(font)
        step = metrics.lineSpacing()
        pad = self.mm(1.2)
        total = sum(c.weight for c in columns)
        widths = [self.width * c.weight / total for c in columns]
        lefts = [sum(widths[:i]) for i in range(len(widths))]

        def measure(values: Sequence[str], cell_font: QFont) -> tuple[list[list[Line]], float]:
            cells = []
            for column, width, value in zip(columns, widths, values, strict=True):
                align = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
                cells.append(self.lines(value, cell_font, width - 2 * pad, align))
            height = max(len(c) for c in cells) * step + 2 * pad
            return cells, height

        header_cells, header_height = measure([c.title for c in columns], bold)
        width = self.width

        def draw_row(cells: list[list[Line]], height: float, header: bool) -> None:
            y = self.y
            cell_font = bold if header else font

            def op(p: QPainter) -> None:
                if header:
                    p.fillRect(QRectF(0, y, width, height), HEADER_FILL)
                p.setFont(cell_font)
                p.setPen(BLACK)
                for left, lines in zip(lefts, cells, strict=True):
                    for i, line in enumerate(lines):
                        p.drawText(
                            QPointF(left + pad + line.x, y + pad + i * step + metrics.ascent()),
                            line.text,
                        )
                p.setPen(QPen(GRID, self.mm(0.2)))
                p.drawLine(QPointF(0, y + height), QPointF(width, y + height))

            self.add(op)
            self.y += height

        def next_page() -> None:
            self._new_page()
            draw_row(header_cells, header_height, True)  # the header again

        first_cells, first_height = measure(rows[0], font) if rows else ([], 0.0)
        self.room(header_height + min(first_height, 2 * step + 2 * pad))
        draw_row(header_cells, header_height, True)
        for index, values in enumerate(rows):
            cells, height = (first_cells, first_height) if index == 0 else measure(values, font)
            fresh_page = self.body_height - header_height
            if self.y + height > self.bottom and height <= fresh_page:
                next_page()
            if self.y + height <= self.bottom:
                draw_row(cells, height, False)
                continue
            # A row taller than a page (a long comment) is split by its lines, so nothing
            # runs off the paper; each part starts on a page under the header.
            start, lines = 0, max(len(c) for c in cells)
            while start < lines:
                fit = int((self.bottom - self.y - 2 * pad) // step)
                if fit < min(2, lines - start):
                    next_page()
                    continue
                part = [c[start : start + fit] for c in cells]
                draw_row(part, max(len(c) for c in part) * step + 2 * pad, False)
                start += fit
        self.y += self.mm(after_mm)

    # -- pictures ------------------------------------------------------------------------

    def image(
        self,
        image: QImage,
        max_width_mm: float,
        max_height_mm: float,
        frame: bool = True,
    ) -> QRectF:
        """``image`` scaled to fit, centred; returns where it went on its page."""
        max_w = min(self.mm(max_width_mm), self.width)
        max_h = min(self.mm(max_height_mm), self.body_height)
        scale = min(max_w / max(image.width(), 1), max_h / max(image.height(), 1))
        size = QSizeF(image.width() * scale, image.height() * scale)
        left = self.bottom - self.y
        if size.height() > left >= self.mm(MIN_SHRUNK_MM) and self.page.ops:
            # Shrink a little rather than leave half a page empty before the picture.
            size *= left / size.height()
        self.room(size.height())
        target = QRectF(QPointF((self.width - size.width()) / 2, self.y), size)
        # Scaled once to print resolution: a phone screenshot's full pixels would make
        # the PDF large without making the paper any sharper.
        wanted = int(size.width() / self.dpi * IMAGE_DPI)
        picture = image
        if image.width() > wanted > 0:
            picture = image.scaledToWidth(wanted, Qt.TransformationMode.SmoothTransformation)
        pen = QPen(GRID, self.mm(0.25))

        def op(p: QPainter) -> None:
            p.drawImage(target, picture)
            if frame:
                p.setPen(pen)
                p.drawRect(target)

        self.add(op)
        self.y += size.height() + self.mm(1.5)
        return target

    def placeholder(self, text: str, height_mm: float = 20) -> None:
        """A framed box saying why a picture is not there."""
        height = self.mm(height_mm)
        self.room(height)
        rect = QRectF(0, self.y, self.width, height)
        font = self.font(9, italic=True)

        def op(p: QPainter) -> None:
            p.setPen(QPen(GRID, self.mm(0.3), Qt.PenStyle.DashLine))
            p.drawRect(rect)
            p.setFont(font)
            p.setPen(GREY)
            p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)

        self.add(op)
        self.y += height + self.mm(1.5)

    def chart(self, spec: ChartSpec) -> None:
        size = QSizeF(CHART_WIDTH, spec.height)
        # The chart's own pixels become millimetres at a fixed ratio, so every chart's
        # lettering prints at the same size whatever its height.
        width = min(self.width, self.mm(CHART_WIDTH_MM))
        height = min(width * size.height() / size.width(), self.body_height)
        self.room(height)
        target = QRectF((self.width - width) / 2, self.y, width, height)
        chart = spec.chart

        def op(p: QPainter) -> None:
            scene = QGraphicsScene()
            scene.addItem(chart)
            chart.setGeometry(QRectF(QPointF(0, 0), size))
            layout = chart.layout()
            if layout is not None:
                layout.activate()  # lay the axes and bars out now, not at the next event loop
            scene.render(p, target, QRectF(QPointF(0, 0), size))
            scene.removeItem(chart)

        self.add(op)
        self.y += height + self.mm(4)


def _text_op(text: str, font: QFont, color: QColor, at: QPointF) -> Op:
    def op(p: QPainter) -> None:
        p.setFont(font)
        p.setPen(color)
        p.drawText(at, text)

    return op
