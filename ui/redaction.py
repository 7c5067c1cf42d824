"""Redaction burned into image data: the covered pixels are replaced, not painted over.

A rendition is what leaves the office (printouts, letters to the BKD), so a name under a
redaction box must not survive in it in any form: a solid box writes its colour over the
pixels; a pixelated box writes blocks whose colour is the average of the original block,
computed from a downscaled copy, so no detail finer than a block remains.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from asn_monitor.annotations.geometry import RedactionArea, redaction_areas
from asn_monitor.annotations.shapes import RedactionMode, Shape

# The smallest block a pixelated redaction uses, in image pixels: large enough that a line
# of screenshot text (12-20 px high) becomes one or two rows of blurs.
MIN_BLOCK = 12
# A box is cut into at most this many blocks along its longer side.
MAX_BLOCKS = 24


def block_size(width: int, height: int) -> int:
    return max(MIN_BLOCK, -(-max(width, height) // MAX_BLOCKS))


def pixelated(image: QImage, area: QRect) -> QImage:
    """The pixels of ``area`` as blocks of their average colour, the size of ``area``."""
    patch = image.copy(area)
    block = block_size(area.width(), area.height())
    small = patch.scaled(
        max(1, -(-area.width() // block)),
        max(1, -(-area.height() // block)),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    # Nearest-neighbour enlargement keeps every block one flat colour.
    return small.scaled(
        area.width(),
        area.height(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


def _area_rect(area: RedactionArea) -> QRect:
    return QRect(area.left, area.top, area.width, area.height)


def burn_redactions(image: QImage, shapes: Iterable[Shape]) -> QImage:
    """A copy of ``image`` with every redaction box (hidden ones too) burned in."""
    result = image.convertToFormat(QImage.Format.Format_ARGB32)
    areas = redaction_areas(list(shapes), result.width(), result.height())
    if not areas:
        return result
    painter = QPainter(result)
    try:
        # Source mode writes the new pixels as they are: no blending with what was there.
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        colours = {s.id: s.colour for s in shapes}
        for area in areas:
            rect = _area_rect(area)
            if area.mode is RedactionMode.PIXELATE:
                patch = pixelated(result, rect).convertToFormat(QImage.Format.Format_RGB32)
                painter.drawImage(rect.topLeft(), patch)
            else:
                painter.fillRect(rect, QColor(colours.get(area.shape_id, "#000000")))
    finally:
        painter.end()
    return result
