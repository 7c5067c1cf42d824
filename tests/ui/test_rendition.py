"""The exported rendition: redacted pixels are really replaced, checked pixel by pixel."""

from __future__ import annotations

import random
import struct

from PySide6.QtGui import QColor, QImage

from asn_monitor.annotations.shapes import Point, Rect, RedactionMode, ShapeKind, make_shape
from ui.redaction import block_size
from ui.rendition import png_bytes, render

NOW = "2026-11-24T09:00:00.000Z"


def from_values(width: int, height: int, values: list[int]) -> QImage:
    # Built from bytes: a loop of QImage.setPixel trips a reference-count bug in PySide6 6.12.
    data = struct.pack(f"<{width * height}I", *(0xFF000000 | v for v in values))
    return QImage(data, width, height, width * 4, QImage.Format.Format_RGB32).copy()


def noise(width=300, height=200, seed=7) -> QImage:
    """Every pixel a random colour (never pure black), so a surviving value is easy to spot."""
    rng = random.Random(seed)
    return from_values(width, height, [rng.randrange(1, 1 << 24) for _ in range(width * height)])


def checkerboard(width=300, height=200) -> QImage:
    return from_values(
        width,
        height,
        [0xFFFFFF if (x + y) % 2 else 0 for y in range(height) for x in range(width)],
    )


def pixels(image: QImage, left, top, right, bottom) -> list[int]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width = image.width()
    values = struct.unpack(
        f"<{width * image.height()}I", bytes(image.constBits())[: width * image.height() * 4]
    )
    return [
        values[y * width + x] & 0xFFFFFF for y in range(top, bottom) for x in range(left, right)
    ]


def redaction(box: Rect, mode=RedactionMode.SOLID, **kw):
    return make_shape(
        ShapeKind.REDACTION, created_by="u", created_at=NOW, box=box, redaction_mode=mode, **kw
    )


def test_solid_redaction_replaces_every_pixel_under_it():
    source = noise()
    original = pixels(source, 40, 30, 140, 90)
    result = render(source, [redaction(Rect(40.3, 30.6, 99.4, 59.1))])
    covered = pixels(result, 40, 30, 140, 90)
    assert set(covered) == {0x000000}
    # None of the original values survive anywhere in the area (the noise has no black).
    assert 0 not in original
    assert not set(original) & set(covered)
    # Outside the box nothing changed, and the source image itself is untouched.
    assert pixels(result, 0, 0, 300, 29) == pixels(source, 0, 0, 300, 29)
    assert pixels(result, 141, 30, 300, 90) == pixels(source, 141, 30, 300, 90)
    assert pixels(source, 40, 30, 140, 90) == original


def test_solid_redaction_uses_its_colour_and_survives_a_png_round_trip():
    source = noise()
    result = render(source, [redaction(Rect(0, 0, 50, 50), colour="#ffffff")])
    decoded = QImage.fromData(png_bytes(result), "PNG")
    assert set(pixels(decoded, 0, 0, 50, 50)) == {0xFFFFFF}


def test_pixelated_redaction_leaves_no_fine_detail():
    source = checkerboard()
    left, top, right, bottom = 60, 40, 180, 100
    result = render(
        source, [redaction(Rect(left, top, right - left, bottom - top), RedactionMode.PIXELATE)]
    )
    covered = pixels(result, left, top, right, bottom)
    # A one-pixel checkerboard averages to grey: not a single pure black or white pixel is left.
    assert 0x000000 not in covered and 0xFFFFFF not in covered
    block = block_size(right - left, bottom - top)
    # Every block is one flat colour.
    for by in range(top, bottom, block):
        for bx in range(left, right, block):
            values = set(pixels(result, bx, by, min(bx + block, right), min(by + block, bottom)))
            assert len(values) == 1, (bx, by, values)
    # Fewer distinct colours than blocks: nothing of the pattern's own detail remains.
    blocks = -(-(right - left) // block) * -(-(bottom - top) // block)
    assert len(set(covered)) <= blocks


def test_pixelated_redaction_of_noise_keeps_no_original_pixel_value():
    source = noise(seed=3)
    box = (100, 50, 220, 170)
    original = set(pixels(source, *box))
    result = render(source, [redaction(Rect(100, 50, 120, 120), RedactionMode.PIXELATE)])
    covered = pixels(result, *box)
    assert len(set(covered)) <= (120 // block_size(120, 120) + 1) ** 2
    # Block averages of random noise are not among the 14,400 original values
    # (at most a chance coincidence or two).
    assert len(set(covered) & original) <= 2


def test_hidden_redaction_is_still_burned_in_unless_asked_otherwise():
    source = noise()
    hidden = redaction(Rect(10, 10, 40, 40), hidden=True)
    assert set(pixels(render(source, [hidden]), 10, 10, 50, 50)) == {0}
    kept = render(source, [hidden], include_hidden_redactions=False)
    assert pixels(kept, 10, 10, 50, 50) == pixels(source, 10, 10, 50, 50)


def test_annotations_are_drawn_over_the_picture_and_hidden_ones_are_not():
    source = QImage(200, 200, QImage.Format.Format_RGB32)
    source.fill(QColor("white"))
    rect = make_shape(
        ShapeKind.RECTANGLE, created_by="u", created_at=NOW, box=Rect(20, 20, 100, 100), width=6
    )
    hidden_line = make_shape(
        ShapeKind.LINE,
        created_by="u",
        created_at=NOW,
        points=[Point(0, 180), Point(200, 180)],
        width=6,
        colour="#1e88e5",
        hidden=True,
    )
    result = render(source, [rect, hidden_line])
    assert QColor(result.pixel(20, 70)).name() == "#e53935"
    assert QColor(result.pixel(70, 70)).name() == "#ffffff"
    assert QColor(result.pixel(100, 180)).name() == "#ffffff"


def test_a_redaction_under_an_arrow_is_burned_from_the_original_only():
    """Redactions go first: the arrow stays visible on top, the covered pixels stay black."""
    source = noise()
    box = redaction(Rect(50, 50, 100, 100))
    arrow = make_shape(
        ShapeKind.LINE,
        created_by="u",
        created_at=NOW,
        points=[Point(0, 100), Point(300, 100)],
        width=4,
        z=1,
    )
    result = render(source, [box, arrow])
    assert QColor(result.pixel(100, 100)).name() == "#e53935"
    assert set(pixels(result, 50, 50, 150, 95)) == {0}


def test_redaction_partly_outside_the_image_is_clipped():
    source = noise(100, 80)
    result = render(source, [redaction(Rect(-20, 60, 200, 100))])
    assert result.size() == source.size()
    assert set(pixels(result, 0, 60, 100, 80)) == {0}
