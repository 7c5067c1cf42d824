"""Pure geometry over shapes: bounds, hit testing, moving, resizing, clamping, arrow heads.

Everything is in image pixel coordinates. The canvas converts the mouse position with
:func:`view_to_image` (for a view rotated by quarter turns) and then calls these functions,
so a shape drawn on a rotated view lands where it belongs on the original picture.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from asn_monitor.annotations.shapes import (
    BOX_KINDS,
    SEGMENT_KINDS,
    Point,
    Rect,
    RedactionMode,
    Shape,
    ShapeKind,
    points_bounds,
)

# Smallest box a resize may leave, in image pixels: small enough for a single character on
# a phone screenshot, large enough that the handles stay apart and the shape stays visible.
MIN_SIZE = 4.0
DEFAULT_TOLERANCE = 4.0


class Handle(str, Enum):
    TOP_LEFT = "top_left"
    TOP = "top"
    TOP_RIGHT = "top_right"
    RIGHT = "right"
    BOTTOM_RIGHT = "bottom_right"
    BOTTOM = "bottom"
    BOTTOM_LEFT = "bottom_left"
    LEFT = "left"

    @property
    def moves_left(self) -> bool:
        return self in (Handle.TOP_LEFT, Handle.LEFT, Handle.BOTTOM_LEFT)

    @property
    def moves_right(self) -> bool:
        return self in (Handle.TOP_RIGHT, Handle.RIGHT, Handle.BOTTOM_RIGHT)

    @property
    def moves_top(self) -> bool:
        return self in (Handle.TOP_LEFT, Handle.TOP, Handle.TOP_RIGHT)

    @property
    def moves_bottom(self) -> bool:
        return self in (Handle.BOTTOM_LEFT, Handle.BOTTOM, Handle.BOTTOM_RIGHT)

    @property
    def is_corner(self) -> bool:
        return (self.moves_left or self.moves_right) and (self.moves_top or self.moves_bottom)


# ---------------------------------------------------------------------------- bounds


def geometry_rect(shape: Shape) -> Rect:
    """The box the resize handles sit on: the shape's box, or its points' bounds."""
    if shape.box is not None:
        return shape.box
    return points_bounds(shape.points)


def bounding_box(shape: Shape, *, include_stroke: bool = False) -> Rect:
    """Everything the shape covers: box, callout anchor, and (optionally) stroke and arrow head."""
    rect = geometry_rect(shape)
    if shape.kind is ShapeKind.CALLOUT and shape.anchor is not None:
        rect = rect.union(Rect(shape.anchor.x, shape.anchor.y, 0, 0))
    if include_stroke:
        if shape.kind is ShapeKind.ARROW:
            rect = rect.union(
                points_bounds(arrow_head(shape.points[0], shape.points[1], shape.width))
            )
        rect = rect.inflated(shape.width / 2)
    return rect


def bounds_of(shapes: Iterable[Shape], *, include_stroke: bool = False) -> Rect | None:
    result: Rect | None = None
    for shape in shapes:
        box = bounding_box(shape, include_stroke=include_stroke)
        result = box if result is None else result.union(box)
    return result


# ---------------------------------------------------------------------------- hit testing


def distance_to_segment(p: Point, a: Point, b: Point) -> float:
    dx, dy = b.x - a.x, b.y - a.y
    length2 = dx * dx + dy * dy
    if length2 == 0:
        return math.hypot(p.x - a.x, p.y - a.y)
    t = max(0.0, min(1.0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2))
    return math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy))


def distance_to_polyline(p: Point, points: Sequence[Point]) -> float:
    if len(points) == 1:
        return math.hypot(p.x - points[0].x, p.y - points[0].y)
    return min(distance_to_segment(p, a, b) for a, b in itertools.pairwise(points))


def inside_ellipse(p: Point, box: Rect, tolerance: float = 0.0) -> bool:
    rx, ry = box.w / 2 + tolerance, box.h / 2 + tolerance
    if rx <= 0 or ry <= 0:
        return False
    c = box.centre
    return ((p.x - c.x) / rx) ** 2 + ((p.y - c.y) / ry) ** 2 <= 1.0


def callout_leader(shape: Shape) -> tuple[Point, Point] | None:
    """The leader line of a callout: from the box edge nearest the anchor to the anchor.

    None when the anchor lies inside the box (nothing to draw).
    """
    if shape.kind is not ShapeKind.CALLOUT or shape.box is None or shape.anchor is None:
        return None
    box, anchor = shape.box, shape.anchor
    if box.contains(anchor):
        return None
    start = Point(min(max(anchor.x, box.left), box.right), min(max(anchor.y, box.top), box.bottom))
    return start, anchor


def hit_test(shape: Shape, p: Point, tolerance: float = DEFAULT_TOLERANCE) -> bool:
    """Whether a click at ``p`` picks this shape.

    Closed shapes are picked anywhere inside (they are usually drawn hollow, but aiming at a
    two-pixel outline on a large screenshot is needlessly hard); open shapes within
    ``tolerance`` plus half the stroke.
    """
    reach = tolerance + shape.width / 2
    kind = shape.kind
    if kind in SEGMENT_KINDS or kind is ShapeKind.HIGHLIGHTER:
        return distance_to_polyline(p, shape.points) <= reach
    assert shape.box is not None
    if kind is ShapeKind.ELLIPSE:
        if shape.box.w == 0 or shape.box.h == 0:
            return shape.box.contains(p, reach)
        return inside_ellipse(p, shape.box, reach)
    if kind is ShapeKind.MARKER:
        c = shape.box.centre
        return math.hypot(p.x - c.x, p.y - c.y) <= max(shape.box.w, shape.box.h) / 2 + tolerance
    if kind is ShapeKind.CALLOUT:
        leader = callout_leader(shape)
        near_leader = leader is not None and distance_to_segment(p, *leader) <= reach
        return near_leader or shape.box.contains(p, reach)
    return shape.box.contains(p, reach)


def shape_at(
    shapes: Iterable[Shape],
    p: Point,
    tolerance: float = DEFAULT_TOLERANCE,
    *,
    include_hidden: bool = False,
) -> Shape | None:
    """The topmost shape (highest z, later in the list on a tie) under ``p``."""
    best: Shape | None = None
    for shape in shapes:
        if shape.hidden and not include_hidden:
            continue
        if hit_test(shape, p, tolerance) and (best is None or shape.z >= best.z):
            best = shape
    return best


def shapes_in(shapes: Iterable[Shape], area: Rect, *, include_hidden: bool = False) -> list[Shape]:
    """Shapes wholly inside ``area`` (rubber-band selection)."""
    result = []
    for shape in shapes:
        if shape.hidden and not include_hidden:
            continue
        box = bounding_box(shape)
        if area.contains(Point(box.left, box.top)) and area.contains(Point(box.right, box.bottom)):
            result.append(shape)
    return result


# ---------------------------------------------------------------------------- handles


def handle_points(rect: Rect) -> dict[Handle, Point]:
    cx, cy = rect.centre.x, rect.centre.y
    return {
        Handle.TOP_LEFT: Point(rect.left, rect.top),
        Handle.TOP: Point(cx, rect.top),
        Handle.TOP_RIGHT: Point(rect.right, rect.top),
        Handle.RIGHT: Point(rect.right, cy),
        Handle.BOTTOM_RIGHT: Point(rect.right, rect.bottom),
        Handle.BOTTOM: Point(cx, rect.bottom),
        Handle.BOTTOM_LEFT: Point(rect.left, rect.bottom),
        Handle.LEFT: Point(rect.left, cy),
    }


def handle_at(rect: Rect, p: Point, tolerance: float = DEFAULT_TOLERANCE) -> Handle | None:
    """The handle under ``p``; corners win over edge midpoints on a tiny box."""
    nearest: tuple[float, int, Handle] | None = None
    for handle, hp in handle_points(rect).items():
        d = math.hypot(p.x - hp.x, p.y - hp.y)
        if d <= tolerance:
            key = (d, 0 if handle.is_corner else 1, handle)
            if nearest is None or key[:2] < nearest[:2]:
                nearest = key
    return nearest[2] if nearest else None


# ---------------------------------------------------------------------------- editing


def move(shape: Shape, dx: float, dy: float) -> Shape:
    return replace(
        shape,
        box=shape.box.moved(dx, dy) if shape.box is not None else None,
        points=tuple(p.moved(dx, dy) for p in shape.points),
    )


def _axis(
    lo: float, hi: float, moves_lo: bool, moves_hi: bool, target: float, min_size: float
) -> tuple[float, float]:
    """Where the old low and high edges go; the result is reversed when the drag crosses over."""
    if moves_hi:
        span = target - lo
        if abs(span) < min_size:
            span = min_size if span >= 0 else -min_size
        return lo, lo + span
    if moves_lo:
        span = target - hi
        if abs(span) < min_size:
            span = -min_size if span <= 0 else min_size
        return hi + span, hi
    return lo, hi


def _map(value: float, lo: float, hi: float, new_lo: float, new_hi: float) -> float:
    if hi == lo:
        # A flat axis (a horizontal line's height) has nothing to scale; it just follows.
        return value + (new_lo - lo)
    return new_lo + (value - lo) * (new_hi - new_lo) / (hi - lo)


def resize_rect(
    rect: Rect,
    handle: Handle,
    target: Point,
    *,
    min_size: float = MIN_SIZE,
    keep_square: bool = False,
) -> Rect:
    """The box after dragging ``handle`` to ``target``: the opposite side stays put, a drag
    past it flips the box (normalised, never negative), and no side ends below ``min_size``.
    """
    x0, x1 = _axis(rect.left, rect.right, handle.moves_left, handle.moves_right, target.x, min_size)
    y0, y1 = _axis(rect.top, rect.bottom, handle.moves_top, handle.moves_bottom, target.y, min_size)
    result = Rect.from_corners(Point(x0, y0), Point(x1, y1))
    if not keep_square:
        return result
    moves_x = handle.moves_left or handle.moves_right
    moves_y = handle.moves_top or handle.moves_bottom
    side = max(result.w, result.h) if handle.is_corner else (result.w if moves_x else result.h)

    def place(lo: float, hi: float, moved: bool, fixed_is_lo: bool, centre: float) -> float:
        if not moved:
            return centre - side / 2
        return lo if fixed_is_lo else hi - side

    # The fixed side is the one the handle does not move; after a flip it is on the other end.
    fixed_left = (handle.moves_right and x1 >= x0) or (handle.moves_left and x0 > x1)
    fixed_top = (handle.moves_bottom and y1 >= y0) or (handle.moves_top and y0 > y1)
    left = place(result.left, result.right, moves_x, fixed_left, rect.centre.x)
    top = place(result.top, result.bottom, moves_y, fixed_top, rect.centre.y)
    return Rect(left, top, side, side)


def resize(shape: Shape, handle: Handle, target: Point, *, min_size: float = MIN_SIZE) -> Shape:
    """The shape after dragging one of the eight handles of its geometry box.

    Boxes are resized (a marker stays a circle); a callout's anchor stays where it points;
    lines and highlighter strokes are scaled with their bounds, mirrored if the drag crosses.
    """
    if shape.kind in BOX_KINDS:
        assert shape.box is not None
        box = resize_rect(
            shape.box, handle, target, min_size=min_size, keep_square=shape.kind is ShapeKind.MARKER
        )
        return replace(shape, box=box)
    old = points_bounds(shape.points)
    # A flat axis is not given a minimum: a horizontal line must stay horizontal.
    x0, x1 = _axis(
        old.left,
        old.right,
        handle.moves_left and old.w > 0,
        handle.moves_right and old.w > 0,
        target.x,
        min_size,
    )
    y0, y1 = _axis(
        old.top,
        old.bottom,
        handle.moves_top and old.h > 0,
        handle.moves_bottom and old.h > 0,
        target.y,
        min_size,
    )
    points = tuple(
        Point(_map(p.x, old.left, old.right, x0, x1), _map(p.y, old.top, old.bottom, y0, y1))
        for p in shape.points
    )
    return replace(shape, points=points)


def move_point(shape: Shape, index: int, target: Point) -> Shape:
    """Drag one point (a line's end, a callout's anchor, a highlighter vertex)."""
    points = list(shape.points)
    points[index] = target
    return replace(shape, points=tuple(points))


def clamp_delta(
    shape_bounds: Rect, dx: float, dy: float, image_width: float, image_height: float
) -> tuple[float, float]:
    """Limit a move so that bounds already inside the image stay inside it."""

    def limit(lo: float, hi: float, d: float, size: float) -> float:
        low, high = -lo, size - hi
        if low > high:  # larger than the image: keep its leading edge on the image
            return low
        return min(max(d, min(0.0, low)), max(0.0, high))

    return (
        limit(shape_bounds.left, shape_bounds.right, dx, image_width),
        limit(shape_bounds.top, shape_bounds.bottom, dy, image_height),
    )


def clamp_to_image(shape: Shape, image_width: float, image_height: float) -> Shape:
    """The shape with every coordinate brought inside the image (boxes are clipped)."""

    def clip(p: Point) -> Point:
        return Point(min(max(p.x, 0.0), image_width), min(max(p.y, 0.0), image_height))

    box = shape.box
    if box is not None:
        box = Rect.from_corners(clip(Point(box.left, box.top)), clip(Point(box.right, box.bottom)))
    return replace(shape, box=box, points=tuple(clip(p) for p in shape.points))


# ---------------------------------------------------------------------------- drawing aids


def arrow_head(
    tail: Point, tip: Point, width: float, *, angle_degrees: float = 25.0
) -> tuple[Point, Point, Point]:
    """The arrow head's triangle (left barb, tip, right barb), sized from the stroke width."""
    length = max(10.0, 4.0 * width)
    dx, dy = tail.x - tip.x, tail.y - tip.y
    norm = math.hypot(dx, dy)
    if norm == 0:
        return tip, tip, tip
    ux, uy = dx / norm, dy / norm
    a = math.radians(angle_degrees)
    cos_a, sin_a = math.cos(a), math.sin(a)
    left = Point(
        tip.x + length * (ux * cos_a - uy * sin_a), tip.y + length * (ux * sin_a + uy * cos_a)
    )
    right = Point(
        tip.x + length * (ux * cos_a + uy * sin_a), tip.y + length * (-ux * sin_a + uy * cos_a)
    )
    return left, tip, right


def view_to_image(p: Point, quarter_turns: int, image_width: float, image_height: float) -> Point:
    """Map a point on a view rotated clockwise by ``quarter_turns`` × 90° back to the image."""
    turns = quarter_turns % 4
    if turns == 1:
        return Point(p.y, image_height - p.x)
    if turns == 2:
        return Point(image_width - p.x, image_height - p.y)
    if turns == 3:
        return Point(image_width - p.y, p.x)
    return p


def image_to_view(p: Point, quarter_turns: int, image_width: float, image_height: float) -> Point:
    turns = quarter_turns % 4
    if turns == 1:
        return Point(image_height - p.y, p.x)
    if turns == 2:
        return Point(image_width - p.x, image_height - p.y)
    if turns == 3:
        return Point(p.y, image_width - p.x)
    return p


# ---------------------------------------------------------------------------- markers


def next_marker_number(shapes: Iterable[Shape]) -> int:
    numbers = [s.number or 0 for s in shapes if s.kind is ShapeKind.MARKER]
    return max(numbers, default=0) + 1


def renumber_markers(shapes: Sequence[Shape]) -> list[Shape]:
    """Markers numbered 1, 2, 3… in their current order (by number, then z), gaps closed.

    Other shapes and the list order are left alone.
    """
    markers = sorted(
        (i for i, s in enumerate(shapes) if s.kind is ShapeKind.MARKER),
        key=lambda i: (shapes[i].number or 0, shapes[i].z, i),
    )
    result = list(shapes)
    for n, i in enumerate(markers, start=1):
        if result[i].number != n:
            result[i] = replace(result[i], number=n)
    return result


# ---------------------------------------------------------------------------- redaction


@dataclass(frozen=True)
class RedactionArea:
    """A redaction in whole image pixels, ``left``/``top`` inclusive, ``right``/``bottom`` exclusive."""

    shape_id: str
    mode: RedactionMode
    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top


def redaction_areas(
    shapes: Iterable[Shape], image_width: int, image_height: int
) -> list[RedactionArea]:
    """The redaction boxes to burn into a rendition, in integer pixels clipped to the image.

    Edges are rounded outward, so a pixel the box touches at all is covered. Hidden
    redactions are included: hiding is a viewing aid, and an export must never show what a
    monitor once decided to cover. Returned bottom-most first, as they are painted.
    """
    areas = []
    ordered = sorted(enumerate(shapes), key=lambda item: (item[1].z, item[0]))
    for _, shape in ordered:
        if shape.kind is not ShapeKind.REDACTION or shape.box is None:
            continue
        box = shape.box
        left = max(0, math.floor(box.left))
        top = max(0, math.floor(box.top))
        right = min(image_width, math.ceil(box.right))
        bottom = min(image_height, math.ceil(box.bottom))
        if right <= left or bottom <= top:
            continue
        mode = shape.redaction_mode or RedactionMode.SOLID
        areas.append(RedactionArea(shape.id, mode, left, top, right, bottom))
    return areas
