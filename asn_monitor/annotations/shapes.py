"""The shapes a monitor draws on a piece of evidence, and the supervisor's region comments.

Shapes are immutable values in image pixel coordinates: the viewer may zoom or rotate, but
what is stored never depends on how the picture was shown. An edit makes a new shape (see
:mod:`asn_monitor.annotations.commands`), which keeps undo a matter of swapping values.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from asn_monitor.errors import ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP


class ShapeKind(str, Enum):
    RECTANGLE = "rectangle"
    ELLIPSE = "ellipse"
    ARROW = "arrow"
    LINE = "line"
    HIGHLIGHTER = "highlighter"
    CALLOUT = "callout"
    MARKER = "marker"
    REDACTION = "redaction"


class RedactionMode(str, Enum):
    SOLID = "solid"
    PIXELATE = "pixelate"


class CommentStatus(str, Enum):
    OPEN = "open"
    RESOLVED = "resolved"


# Kinds whose geometry is a box; a callout adds its anchor point, a marker is the circle
# inscribed in a square box (so the same eight handles resize it).
BOX_KINDS = frozenset(
    {
        ShapeKind.RECTANGLE,
        ShapeKind.ELLIPSE,
        ShapeKind.CALLOUT,
        ShapeKind.MARKER,
        ShapeKind.REDACTION,
    }
)
SEGMENT_KINDS = frozenset({ShapeKind.ARROW, ShapeKind.LINE})

DEFAULT_COLOUR = "#e53935"
HIGHLIGHTER_COLOUR = "#ffeb3b"
# Translucent enough to read the text under it, opaque enough to see on a white page.
HIGHLIGHTER_OPACITY = 0.4
REDACTION_COLOUR = "#000000"

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def moved(self, dx: float, dy: float) -> Point:
        return Point(self.x + dx, self.y + dy)


@dataclass(frozen=True)
class Rect:
    """An axis-aligned box; width and height are never negative (see :meth:`from_corners`)."""

    x: float
    y: float
    w: float
    h: float

    @classmethod
    def from_corners(cls, a: Point, b: Point) -> Rect:
        """The box spanned by two opposite corners given in any order."""
        return cls(min(a.x, b.x), min(a.y, b.y), abs(b.x - a.x), abs(b.y - a.y))

    @property
    def left(self) -> float:
        return self.x

    @property
    def top(self) -> float:
        return self.y

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> Point:
        return Point(self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, p: Point, tolerance: float = 0.0) -> bool:
        return (
            self.left - tolerance <= p.x <= self.right + tolerance
            and self.top - tolerance <= p.y <= self.bottom + tolerance
        )

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)

    def inflated(self, by: float) -> Rect:
        return Rect(self.x - by, self.y - by, self.w + 2 * by, self.h + 2 * by)

    def union(self, other: Rect) -> Rect:
        left, top = min(self.left, other.left), min(self.top, other.top)
        right, bottom = max(self.right, other.right), max(self.bottom, other.bottom)
        return Rect(left, top, right - left, bottom - top)

    def intersection(self, other: Rect) -> Rect | None:
        left, top = max(self.left, other.left), max(self.top, other.top)
        right, bottom = min(self.right, other.right), min(self.bottom, other.bottom)
        if right < left or bottom < top:
            return None
        return Rect(left, top, right - left, bottom - top)


def points_bounds(points: Iterable[Point]) -> Rect:
    pts = list(points)
    xs = [p.x for p in pts]
    ys = [p.y for p in pts]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def new_shape_id() -> str:
    return str(uuid.uuid4())


def _bad(template: str, **params: Any) -> ValidationError:
    return ValidationError(template, **params)


def _check_number(value: float, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _bad(
            QT_TRANSLATE_NOOP("asn_monitor", "Koordinat {what} anotasi tidak valid: {value}."),
            what=what,
            value=repr(value),
        )


def _check_colour(colour: str) -> None:
    if not isinstance(colour, str) or not _COLOUR.match(colour):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Warna anotasi {value} tidak valid; gunakan bentuk #rrggbb."
            ),
            value=repr(colour),
        )


@dataclass(frozen=True)
class Shape:
    """One annotation. ``box`` and ``points`` carry the geometry, as the kind requires:

    - rectangle, ellipse, redaction, marker: ``box`` (a marker's box is square);
    - callout: ``box`` for the text and one point, the anchor the leader line points at;
    - arrow, line: two points, tail then tip;
    - highlighter: two or more points of a polyline.
    """

    kind: ShapeKind
    box: Rect | None = None
    points: tuple[Point, ...] = ()
    id: str = field(default_factory=new_shape_id)
    text: str = ""
    number: int | None = None
    redaction_mode: RedactionMode | None = None
    colour: str = DEFAULT_COLOUR
    width: float = 3.0
    opacity: float = 1.0
    locked: bool = False
    hidden: bool = False
    z: int = 0
    created_by: str = ""
    created_at: str = ""
    updated_by: str | None = None
    updated_at: str | None = None

    def __post_init__(self) -> None:
        validate_shape(self)

    @property
    def anchor(self) -> Point | None:
        """A callout's anchor point (None for other kinds)."""
        return self.points[0] if self.kind is ShapeKind.CALLOUT and self.points else None

    def touched(self, by: str | None, at: str | None) -> Shape:
        """The shape stamped as last changed by ``by`` at ``at`` (unchanged without ``by``)."""
        if by is None:
            return self
        return replace(self, updated_by=by, updated_at=at)


def validate_shape(shape: Shape) -> None:
    """Raise :class:`ValidationError` unless the geometry suits the kind."""
    kind = shape.kind
    if not isinstance(kind, ShapeKind):
        raise _bad(
            QT_TRANSLATE_NOOP("asn_monitor", "Jenis anotasi {kind} tidak dikenal."),
            kind=repr(kind),
        )
    if not shape.id:
        raise _bad(QT_TRANSLATE_NOOP("asn_monitor", "Anotasi tanpa id."))
    for i, p in enumerate(shape.points):
        if not isinstance(p, Point):
            raise _bad(
                QT_TRANSLATE_NOOP("asn_monitor", "Titik ke-{index} anotasi {kind} tidak valid."),
                index=i + 1,
                kind=kind.value,
            )
        _check_number(p.x, "x")
        _check_number(p.y, "y")
    if kind in BOX_KINDS:
        if shape.box is None:
            raise _bad(
                QT_TRANSLATE_NOOP("asn_monitor", "Anotasi {kind} memerlukan kotak (x, y, w, h)."),
                kind=kind.value,
            )
        for name in ("x", "y", "w", "h"):
            _check_number(getattr(shape.box, name), name)
        if shape.box.w < 0 or shape.box.h < 0:
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Lebar dan tinggi kotak anotasi tidak boleh negatif."
                )
            )
    elif shape.box is not None:
        raise _bad(
            QT_TRANSLATE_NOOP("asn_monitor", "Anotasi {kind} tidak memakai kotak."),
            kind=kind.value,
        )
    expected = {
        ShapeKind.CALLOUT: (1, 1),
        ShapeKind.ARROW: (2, 2),
        ShapeKind.LINE: (2, 2),
        ShapeKind.HIGHLIGHTER: (2, None),
    }.get(kind, (0, 0))
    low, high = expected
    count = len(shape.points)
    if count < low or (high is not None and count > high):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Anotasi {kind} mempunyai {count} titik; jumlah itu tidak sah."
            ),
            kind=kind.value,
            count=count,
        )
    if kind is ShapeKind.MARKER and (
        isinstance(shape.number, bool) or not isinstance(shape.number, int) or shape.number < 1
    ):
        raise _bad(
            QT_TRANSLATE_NOOP("asn_monitor", "Penanda bernomor harus mempunyai nomor 1 atau lebih.")
        )
    if kind is ShapeKind.REDACTION and not isinstance(shape.redaction_mode, RedactionMode):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Kotak sensor harus berjenis blok hitam atau piksel (solid/pixelate).",
            )
        )
    _check_colour(shape.colour)
    _check_number(shape.width, "width")
    if shape.width <= 0:
        raise _bad(QT_TRANSLATE_NOOP("asn_monitor", "Tebal garis anotasi harus lebih dari nol."))
    _check_number(shape.opacity, "opacity")
    if not 0 < shape.opacity <= 1:
        raise _bad(QT_TRANSLATE_NOOP("asn_monitor", "Keburaman anotasi harus di antara 0 dan 1."))


def make_shape(
    kind: ShapeKind,
    *,
    created_by: str,
    created_at: str,
    box: Rect | None = None,
    points: Iterable[Point] = (),
    **attributes: object,
) -> Shape:
    """A new shape with the defaults that suit its kind (colour, opacity, redaction mode)."""
    defaults: dict[str, object] = {}
    if kind is ShapeKind.HIGHLIGHTER:
        defaults = {"colour": HIGHLIGHTER_COLOUR, "opacity": HIGHLIGHTER_OPACITY, "width": 16.0}
    elif kind is ShapeKind.REDACTION:
        defaults = {"colour": REDACTION_COLOUR, "redaction_mode": RedactionMode.SOLID}
    elif kind is ShapeKind.MARKER:
        defaults = {"number": 1}
    defaults.update(attributes)
    return Shape(
        kind=kind,
        box=box,
        points=tuple(points),
        created_by=created_by,
        created_at=created_at,
        **defaults,  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class RegionComment:
    """A supervisor's remark pinned to an area of the image, open until someone resolves it."""

    box: Rect
    body: str
    author: str
    created_at: str
    id: str = field(default_factory=new_shape_id)
    status: CommentStatus = CommentStatus.OPEN
    resolved_by: str | None = None
    resolved_at: str | None = None
    reopened_by: str | None = None
    reopened_at: str | None = None

    def __post_init__(self) -> None:
        for name in ("x", "y", "w", "h"):
            _check_number(getattr(self.box, name), name)
        if self.box.w < 0 or self.box.h < 0:
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Lebar dan tinggi kotak anotasi tidak boleh negatif."
                )
            )
        if not self.body.strip():
            raise _bad(QT_TRANSLATE_NOOP("asn_monitor", "Komentar tidak boleh kosong."))
        if not isinstance(self.status, CommentStatus):
            raise _bad(
                QT_TRANSLATE_NOOP("asn_monitor", "Status komentar {status} tidak dikenal."),
                status=repr(self.status),
            )

    @property
    def is_open(self) -> bool:
        return self.status is CommentStatus.OPEN

    def resolved(self, by: str, at: str) -> RegionComment:
        if not self.is_open:
            raise _bad(QT_TRANSLATE_NOOP("asn_monitor", "Komentar ini sudah diselesaikan."))
        return replace(self, status=CommentStatus.RESOLVED, resolved_by=by, resolved_at=at)

    def reopened(self, by: str, at: str) -> RegionComment:
        # The resolver stays on record: a reopened comment shows who had closed it.
        if self.is_open:
            raise _bad(QT_TRANSLATE_NOOP("asn_monitor", "Komentar ini masih terbuka."))
        return replace(self, status=CommentStatus.OPEN, reopened_by=by, reopened_at=at)
