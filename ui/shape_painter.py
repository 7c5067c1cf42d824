"""Drawing one annotation with a QPainter, in image pixel coordinates.

The canvas and the exported rendition both draw through :func:`paint_shape`, so what the
monitor sees while marking up is what the supervisor gets on paper. Redaction boxes are
the exception: in a rendition they are burned into the pixels (see :mod:`ui.redaction`),
here they are only drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF

from asn_monitor.annotations.geometry import arrow_head, callout_leader
from asn_monitor.annotations.shapes import Point, Rect, RedactionMode, Shape, ShapeKind

CALLOUT_FILL = QColor(255, 255, 255, 235)


def qpoint(p: Point) -> QPointF:
    return QPointF(p.x, p.y)


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def _pen(shape: Shape, *, cap: Qt.PenCapStyle = Qt.PenCapStyle.RoundCap) -> QPen:
    pen = QPen(QColor(shape.colour), shape.width)
    pen.setCapStyle(cap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def callout_font(shape: Shape) -> QFont:
    font = QFont()
    # Readable on a full-size screenshot: the text grows with the stroke the user chose.
    font.setPixelSize(max(12, round(shape.width * 6)))
    return font


def marker_font(box: Rect) -> QFont:
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, round(min(box.w, box.h) * 0.55)))
    return font


def paint_shape(painter: QPainter, shape: Shape, *, pixelated: QImage | None = None) -> None:
    """Draw ``shape``. ``pixelated`` is the already pixelated patch under a pixelating
    redaction box; without it such a box is drawn as a hatched placeholder."""
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setOpacity(painter.opacity() * shape.opacity)
        _DRAW[shape.kind](painter, shape, pixelated)
    finally:
        painter.restore()


def _rectangle(painter: QPainter, shape: Shape, _patch: QImage | None) -> None:
    assert shape.box is not None
    painter.setPen(_pen(shape, cap=Qt.PenCapStyle.SquareCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(qrect(shape.box))


def _ellipse(painter: QPainter, shape: Shape, _patch: QImage | None) -> None:
    assert shape.box is not None
    painter.setPen(_pen(shape))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(qrect(shape.box))


def _line(painter: QPainter, shape: Shape, _patch: QImage | None) -> None:
    painter.setPen(_pen(shape))
    painter.drawLine(qpoint(shape.points[0]), qpoint(shape.points[1]))


def _arrow(painter: QPainter, shape: Shape, _patch: QImage | None) -> None:
    tail, tip = shape.points
    left, point, right = arrow_head(tail, tip, shape.width)
    # The shaft stops inside the head so its round cap does not poke out of the point.
    base = Point((left.x + right.x) / 2, (left.y + right.y) / 2)
    painter.setPen(_pen(shape))
    painter.drawLine(qpoint(tail), qpoint(base))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(shape.colour))
    painter.drawPolygon(QPolygonF([qpoint(left), qpoint(point), qpoint(right)]))


def _highlighter(painter: QPainter, shape: Shape, _patch: QImage | None) -> None:
    # One path, so the strokes' overlaps are not darker than the rest (a real marker).
    path = QPainterPath(qpoint(shape.points[0]))
    for p in shape.points[1:]:
        path.lineTo(qpoint(p))
    painter.setPen(_pen(shape))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _callout(painter: QPainter, shape: Shape, _patch: QImage | None) -> None:
    assert shape.box is not None
    leader = callout_leader(shape)
    colour = QColor(shape.colour)
    if leader is not None:
        painter.setPen(_pen(shape))
        painter.drawLine(qpoint(leader[0]), qpoint(leader[1]))
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = max(2.0, shape.width)
        painter.drawEllipse(qpoint(leader[1]), radius, radius)
    rect = qrect(shape.box)
    painter.setPen(_pen(shape, cap=Qt.PenCapStyle.SquareCap))
    painter.setBrush(CALLOUT_FILL)
    painter.drawRoundedRect(rect, 4, 4)
    painter.setPen(colour)
    painter.setFont(callout_font(shape))
    margin = max(3.0, shape.width * 2)
    painter.drawText(
        rect.adjusted(margin, margin, -margin, -margin),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
        shape.text,
    )


def _marker(painter: QPainter, shape: Shape, _patch: QImage | None) -> None:
    assert shape.box is not None
    rect = qrect(shape.box)
    painter.setPen(QPen(QColor("white"), max(1.0, shape.box.w / 14)))
    painter.setBrush(QColor(shape.colour))
    painter.drawEllipse(rect)
    painter.setPen(QColor("white"))
    painter.setFont(marker_font(shape.box))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(shape.number or ""))


def _redaction(painter: QPainter, shape: Shape, patch: QImage | None) -> None:
    assert shape.box is not None
    rect = qrect(shape.box)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    if shape.redaction_mode is RedactionMode.PIXELATE:
        if patch is not None:
            painter.drawImage(rect, patch)
        else:
            painter.fillRect(rect, QBrush(QColor("#777777"), Qt.BrushStyle.DiagCrossPattern))
        return
    painter.fillRect(rect, QColor(shape.colour))


_DRAW = {
    ShapeKind.RECTANGLE: _rectangle,
    ShapeKind.ELLIPSE: _ellipse,
    ShapeKind.LINE: _line,
    ShapeKind.ARROW: _arrow,
    ShapeKind.HIGHLIGHTER: _highlighter,
    ShapeKind.CALLOUT: _callout,
    ShapeKind.MARKER: _marker,
    ShapeKind.REDACTION: _redaction,
}
