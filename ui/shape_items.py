"""The graphics items of the evidence canvas: the picture, each shape, the selection frame
and the supervisor's region comments. Items only draw; the scene decides what changes."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from asn_monitor.annotations.geometry import bounding_box, geometry_rect, handle_points
from asn_monitor.annotations.shapes import RedactionMode, RegionComment, Shape, ShapeKind
from ui.shape_painter import paint_shape, qrect

SELECTION_COLOUR = QColor("#1e88e5")
COMMENT_COLOUR = QColor("#f9a825")
RESOLVED_COLOUR = QColor("#43a047")
HANDLE_PIXELS = 8.0


def view_scale(painter: QPainter) -> float:
    """Screen pixels per image pixel under the painter's current (possibly rotated) transform."""
    t = painter.worldTransform()
    return math.hypot(t.m11(), t.m12()) or 1.0


class ImageItem(QGraphicsItem):
    """The evidence picture, drawn from the smallest copy that is still sharp at the current
    zoom, and only where it is exposed: panning a 12-megapixel screenshot then costs about
    one screenful of pixels per frame, not a rescale of the whole picture."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.full_width = 0
        self.full_height = 0
        # (scale relative to the full picture, image), finest first.
        self.levels: list[tuple[float, QImage]] = []
        self.has_full = False

    def set_preview(self, preview: QImage, full_width: int, full_height: int) -> None:
        self.prepareGeometryChange()
        self.full_width, self.full_height = full_width, full_height
        self.levels = [(preview.width() / full_width, preview)]
        self.has_full = False
        self.update()

    def set_full(self, image: QImage) -> None:
        self.prepareGeometryChange()
        self.full_width, self.full_height = image.width(), image.height()
        self.levels = [(1.0, image)]
        self.has_full = True
        self.update()

    def clear(self) -> None:
        self.prepareGeometryChange()
        self.levels = []
        self.full_width = self.full_height = 0
        self.has_full = False

    def full_image(self) -> QImage | None:
        return self.levels[0][1] if self.has_full else None

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.full_width, self.full_height)

    def level_for(self, scale: float) -> tuple[float, QImage]:
        """The coarsest level at least as fine as ``scale``; halved copies are made on demand."""
        if not self.levels:
            raise LookupError("no image")
        if self.has_full:
            while self.levels[-1][0] / 2 >= scale and min(self.levels[-1][1].size().toTuple()) > 64:
                image = self.levels[-1][1]
                half = image.scaled(
                    max(1, image.width() // 2),
                    max(1, image.height() // 2),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                self.levels.append((half.width() / self.full_width, half))
        chosen = self.levels[0]
        for candidate in self.levels:
            if candidate[0] >= scale:
                chosen = candidate
        return chosen

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.levels:
            return
        scale, image = self.level_for(view_scale(painter))
        exposed = option.exposedRect.intersected(self.boundingRect())
        if exposed.isEmpty():
            return
        source = QRectF(
            exposed.x() * scale,
            exposed.y() * scale,
            exposed.width() * scale,
            exposed.height() * scale,
        )
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(exposed, image, source)


class ShapeItem(QGraphicsItem):
    def __init__(self, shape: Shape, patch: Callable[[Shape], QImage | None]) -> None:
        super().__init__()
        self._patch = patch
        self.shape_value = shape
        self.setZValue(10 + shape.z)

    def set_shape(self, shape: Shape) -> None:
        self.prepareGeometryChange()
        self.shape_value = shape
        self.setZValue(10 + shape.z)
        self.setVisible(not shape.hidden)
        self.update()

    def boundingRect(self) -> QRectF:
        box = bounding_box(self.shape_value, include_stroke=True)
        margin = 2.0 + (8.0 if self.shape_value.kind is ShapeKind.CALLOUT else 0.0)
        return qrect(box).adjusted(-margin, -margin, margin, margin)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        shape = self.shape_value
        patch = None
        if shape.kind is ShapeKind.REDACTION and shape.redaction_mode is RedactionMode.PIXELATE:
            patch = self._patch(shape)
        paint_shape(painter, shape, pixelated=patch)


class SelectionItem(QGraphicsItem):
    """A dashed frame around each selected shape; the eight handles on a single one."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(1_000_000)
        self.shapes: list[Shape] = []
        self.handles = False

    def show_for(self, shapes: list[Shape], handles: bool) -> None:
        self.prepareGeometryChange()
        self.shapes = shapes
        self.handles = handles
        self.update()

    def boundingRect(self) -> QRectF:
        rect = QRectF()
        for shape in self.shapes:
            rect = rect.united(qrect(bounding_box(shape, include_stroke=True)))
        # Handles are a fixed size on screen; at a small zoom that is many image pixels.
        return rect.adjusted(-400, -400, 400, 400) if not rect.isNull() else rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scale = view_scale(painter)
        pen = QPen(SELECTION_COLOUR, 0, Qt.PenStyle.DashLine)  # cosmetic: one screen pixel
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for shape in self.shapes:
            painter.setPen(pen)
            rect = qrect(bounding_box(shape, include_stroke=True))
            painter.drawRect(rect)
            if shape.locked:
                painter.setPen(QPen(QColor("#c62828"), 0))
                size = 10 / scale
                painter.drawRect(QRectF(rect.right() - size, rect.top(), size, size))
        if self.handles and len(self.shapes) == 1 and not self.shapes[0].locked:
            half = HANDLE_PIXELS / 2 / scale
            painter.setPen(QPen(SELECTION_COLOUR, 0))
            painter.setBrush(QColor("white"))
            for p in handle_points(geometry_rect(self.shapes[0])).values():
                painter.drawRect(QRectF(p.x - half, p.y - half, 2 * half, 2 * half))


class CommentItem(QGraphicsItem):
    """A region comment: a dashed frame with its number, faded once resolved."""

    def __init__(self, comment: RegionComment, number: int) -> None:
        super().__init__()
        self.comment = comment
        self.number = number
        self.setZValue(500_000)
        self.setToolTip(comment.body)

    def boundingRect(self) -> QRectF:
        return qrect(self.comment.box).adjusted(-300, -300, 300, 300)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scale = view_scale(painter)
        colour = COMMENT_COLOUR if self.comment.is_open else RESOLVED_COLOUR
        if not self.comment.is_open:
            painter.setOpacity(0.55)
        rect = qrect(self.comment.box)
        painter.setPen(QPen(colour, 2 / scale, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        radius = 11 / scale
        centre = QPointF(rect.left(), rect.top())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(1, round(13 / scale)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
            int(Qt.AlignmentFlag.AlignCenter),
            str(self.number),
        )
