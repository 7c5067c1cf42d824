"""The flattened picture of an evidence item: redactions burned in, annotations drawn on.

:func:`render` is pure (an image and shapes in, a new image out) so that exporting,
printing and the tests share it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter, QPainter

from asn_monitor.annotations.shapes import Shape, ShapeKind
from ui.redaction import burn_redactions
from ui.shape_painter import paint_shape


def render(
    image: QImage, shapes: Iterable[Shape], *, include_hidden_redactions: bool = True
) -> QImage:
    """``image`` with redactions burned into its pixels and visible annotations drawn on.

    Redactions go first and read only the original pixels, so a pixelated box never
    averages in an arrow drawn across it; annotations above then follow their z order.
    Hidden shapes are not drawn, but a hidden redaction is still burned in unless
    ``include_hidden_redactions`` is False: hiding is a viewing aid, not a decision to
    publish what the box covered.
    """
    ordered = sorted(shapes, key=lambda s: s.z)
    redactions = [
        s
        for s in ordered
        if s.kind is ShapeKind.REDACTION and (include_hidden_redactions or not s.hidden)
    ]
    result = burn_redactions(image, redactions)
    painter = QPainter(result)
    try:
        for shape in ordered:
            if shape.kind is not ShapeKind.REDACTION and not shape.hidden:
                paint_shape(painter, shape)
    finally:
        painter.end()
    if not image.hasAlphaChannel() and result.hasAlphaChannel():
        # A screenshot has no transparency; without the alpha channel its PNG is written
        # in half the time and is smaller (a 1080 × 2400 rendition: 0.29 s → 0.13 s).
        result = result.convertToFormat(QImage.Format.Format_RGB32)
    return result


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise OSError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())
