"""The annotation model without Qt: geometry, storage format and undoable edits."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_monitor.annotations.commands import (
    AddComment,
    AddShapes,
    Change,
    Document,
    EditShape,
    History,
    MoveShapes,
    Paste,
    RemoveShapes,
    RenumberMarkers,
    Reorder,
    ReorderOp,
    ResizeShape,
    Restyle,
    SetHidden,
    SetLocked,
    ShapeLocked,
    copy_shapes,
    reopen_comment,
    reordered,
    resolve_comment,
)
from asn_monitor.annotations.geometry import (
    MIN_SIZE,
    Handle,
    RedactionArea,
    arrow_head,
    bounding_box,
    callout_leader,
    clamp_delta,
    clamp_to_image,
    handle_at,
    hit_test,
    image_to_view,
    move,
    move_point,
    next_marker_number,
    redaction_areas,
    renumber_markers,
    resize,
    resize_rect,
    shape_at,
    shapes_in,
    view_to_image,
)
from asn_monitor.annotations.serialise import (
    FORMAT_VERSION,
    annotations_from_dict,
    annotations_to_dict,
    dumps,
    loads,
    shape_from_dict,
    shape_to_dict,
)
from asn_monitor.annotations.shapes import (
    CommentStatus,
    Point,
    Rect,
    RedactionMode,
    RegionComment,
    Shape,
    ShapeKind,
    make_shape,
)
from asn_monitor.errors import NotFound, ValidationError

T0 = "2024-10-15T04:00:00.000Z"
T1 = "2024-10-15T04:05:00.000Z"


def rect(x: float = 10, y: float = 20, w: float = 100, h: float = 50, **kw) -> Shape:
    return make_shape(
        ShapeKind.RECTANGLE, box=Rect(x, y, w, h), created_by="ani", created_at=T0, **kw
    )


def line(a: tuple[float, float], b: tuple[float, float], kind=ShapeKind.LINE, **kw) -> Shape:
    return make_shape(kind, points=[Point(*a), Point(*b)], created_by="ani", created_at=T0, **kw)


def marker(x: float, y: float, number: int = 1) -> Shape:
    return make_shape(
        ShapeKind.MARKER, box=Rect(x, y, 24, 24), number=number, created_by="ani", created_at=T0
    )


def redaction(box: Rect, mode: RedactionMode = RedactionMode.SOLID, **kw) -> Shape:
    return make_shape(
        ShapeKind.REDACTION, box=box, redaction_mode=mode, created_by="ani", created_at=T0, **kw
    )


def callout(box: Rect, anchor: Point, text: str = "NIP terlihat di sini") -> Shape:
    return make_shape(
        ShapeKind.CALLOUT, box=box, points=[anchor], text=text, created_by="ani", created_at=T0
    )


def one_of_each() -> list[Shape]:
    return [
        rect(),
        make_shape(ShapeKind.ELLIPSE, box=Rect(0, 0, 40, 20), created_by="ani", created_at=T0),
        line((0, 0), (50, 50), ShapeKind.ARROW),
        line((5, 5), (60, 5)),
        make_shape(
            ShapeKind.HIGHLIGHTER,
            points=[Point(0, 0), Point(10, 2), Point(20, 0)],
            created_by="ani",
            created_at=T0,
        ),
        callout(Rect(100, 100, 80, 30), Point(40, 40)),
        marker(200, 200, 3),
        redaction(Rect(1.5, 2.5, 10, 10), RedactionMode.PIXELATE),
    ]


# ---------------------------------------------------------------------------- shapes


def test_kind_defaults() -> None:
    hl = make_shape(
        ShapeKind.HIGHLIGHTER, points=[Point(0, 0), Point(1, 1)], created_by="a", created_at=T0
    )
    assert hl.opacity < 1 and hl.colour == "#ffeb3b"
    red = make_shape(ShapeKind.REDACTION, box=Rect(0, 0, 1, 1), created_by="a", created_at=T0)
    assert red.redaction_mode is RedactionMode.SOLID and red.colour == "#000000"
    assert rect().id != rect().id


@pytest.mark.parametrize(
    "kwargs",
    [
        {"kind": ShapeKind.RECTANGLE},  # no box
        {"kind": ShapeKind.RECTANGLE, "box": Rect(0, 0, -1, 5)},
        {"kind": ShapeKind.RECTANGLE, "box": Rect(0, math.nan, 1, 5)},
        {"kind": ShapeKind.LINE, "points": (Point(0, 0),)},
        {"kind": ShapeKind.ARROW, "points": (Point(0, 0), Point(1, 1), Point(2, 2))},
        {"kind": ShapeKind.HIGHLIGHTER, "points": (Point(0, 0),)},
        {"kind": ShapeKind.LINE, "points": (Point(0, 0), Point(1, 1)), "box": Rect(0, 0, 1, 1)},
        {"kind": ShapeKind.CALLOUT, "box": Rect(0, 0, 1, 1)},  # no anchor
        {"kind": ShapeKind.MARKER, "box": Rect(0, 0, 1, 1)},  # no number
        {"kind": ShapeKind.MARKER, "box": Rect(0, 0, 1, 1), "number": 0},
        {"kind": ShapeKind.REDACTION, "box": Rect(0, 0, 1, 1)},  # no mode
        {"kind": ShapeKind.RECTANGLE, "box": Rect(0, 0, 1, 1), "colour": "red"},
        {"kind": ShapeKind.RECTANGLE, "box": Rect(0, 0, 1, 1), "width": 0},
        {"kind": ShapeKind.RECTANGLE, "box": Rect(0, 0, 1, 1), "opacity": 1.5},
        {"kind": ShapeKind.RECTANGLE, "box": Rect(0, 0, 1, 1), "id": ""},
    ],
)
def test_bad_geometry_is_refused(kwargs) -> None:
    with pytest.raises(ValidationError):
        Shape(**kwargs)


def test_comment_resolve_and_reopen_keep_who_and_when() -> None:
    c = RegionComment(Rect(0, 0, 10, 10), "Wajah perlu disensor", "supervisor", T0)
    assert c.is_open
    done = c.resolved("ani", T1)
    assert done.status is CommentStatus.RESOLVED and done.resolved_by == "ani"
    assert done.resolved_at == T1
    with pytest.raises(ValidationError):
        done.resolved("ani", T1)
    again = done.reopened("supervisor", T1)
    assert again.is_open and again.reopened_by == "supervisor" and again.resolved_by == "ani"
    with pytest.raises(ValidationError):
        again.reopened("x", T1)
    with pytest.raises(ValidationError):
        RegionComment(Rect(0, 0, 1, 1), "   ", "s", T0)


# ---------------------------------------------------------------------------- geometry


def test_bounding_boxes() -> None:
    assert bounding_box(rect()) == Rect(10, 20, 100, 50)
    assert bounding_box(line((50, 5), (10, 25))) == Rect(10, 5, 40, 20)
    c = callout(Rect(100, 100, 80, 30), Point(40, 40))
    assert bounding_box(c) == Rect(40, 40, 140, 90)
    arrow = line((0, 0), (100, 0), ShapeKind.ARROW, width=4)
    stroked = bounding_box(arrow, include_stroke=True)
    assert stroked.left < 0 and stroked.top < 0 and stroked.right >= 102


def test_hit_testing_per_kind() -> None:
    r = rect()
    assert hit_test(r, Point(50, 40))
    assert hit_test(r, Point(8, 20), tolerance=2)
    assert not hit_test(r, Point(0, 0), tolerance=2)

    ell = make_shape(ShapeKind.ELLIPSE, box=Rect(0, 0, 100, 50), created_by="a", created_at=T0)
    assert hit_test(ell, Point(50, 25), 0)
    # The box's corner is outside the ellipse.
    assert not hit_test(ell, Point(2, 2), 0)

    ln = line((0, 0), (100, 0), width=2)
    assert hit_test(ln, Point(50, 4), tolerance=3)  # 3 + half stroke
    assert not hit_test(ln, Point(50, 5), tolerance=3)
    assert not hit_test(ln, Point(110, 0), tolerance=3)

    hl = make_shape(
        ShapeKind.HIGHLIGHTER,
        points=[Point(0, 0), Point(100, 0), Point(100, 100)],
        width=10,
        created_by="a",
        created_at=T0,
    )
    assert hit_test(hl, Point(104, 50), tolerance=0)
    assert not hit_test(hl, Point(50, 50), tolerance=4)

    c = callout(Rect(100, 100, 80, 30), Point(0, 115))
    assert hit_test(c, Point(150, 110), 0)
    assert hit_test(c, Point(50, 115), 2)  # on the leader line
    assert not hit_test(c, Point(50, 140), 2)

    m = marker(0, 0)
    assert hit_test(m, Point(12, 12), 0)
    assert not hit_test(m, Point(0, 0), 0)  # the box corner is outside the circle


def test_callout_leader_starts_on_the_box_edge() -> None:
    c = callout(Rect(100, 100, 80, 30), Point(0, 115))
    assert callout_leader(c) == (Point(100, 115), Point(0, 115))
    assert callout_leader(callout(Rect(0, 0, 10, 10), Point(5, 5))) is None


def test_shape_at_prefers_the_top_and_skips_hidden() -> None:
    low = replace(rect(), z=0)
    high = replace(rect(), z=1)
    assert shape_at([high, low], Point(50, 40)) == high
    hidden = replace(high, hidden=True)
    assert shape_at([low, hidden], Point(50, 40)) == low
    assert shape_at([low, hidden], Point(50, 40), include_hidden=True) == hidden
    assert shape_at([low], Point(500, 500)) is None


def test_shapes_in_area() -> None:
    inside = rect(10, 10, 10, 10)
    across = rect(15, 15, 100, 10)
    assert shapes_in([inside, across], Rect(0, 0, 50, 50)) == [inside]


def test_move_moves_every_point() -> None:
    c = move(callout(Rect(0, 0, 10, 10), Point(20, 20)), 5, -5)
    assert c.box == Rect(5, -5, 10, 10) and c.anchor == Point(25, 15)
    assert move(line((0, 0), (1, 1)), 1, 1).points == (Point(1, 1), Point(2, 2))


def test_resize_keeps_the_opposite_side_and_normalises() -> None:
    r = Rect(10, 10, 100, 50)
    assert resize_rect(r, Handle.BOTTOM_RIGHT, Point(200, 100)) == Rect(10, 10, 190, 90)
    assert resize_rect(r, Handle.TOP, Point(999, 0)) == Rect(10, 0, 100, 60)
    assert resize_rect(r, Handle.LEFT, Point(0, 999)) == Rect(0, 10, 110, 50)
    # Dragging the right edge past the left edge flips the box, never a negative width.
    assert resize_rect(r, Handle.RIGHT, Point(0, 0)) == Rect(0, 10, 10, 50)
    assert resize_rect(r, Handle.TOP_LEFT, Point(200, 100)) == Rect(110, 60, 90, 40)
    # And no side ends up below the minimum.
    assert resize_rect(r, Handle.RIGHT, Point(11, 0), min_size=4) == Rect(10, 10, 4, 50)
    assert resize_rect(r, Handle.BOTTOM, Point(0, 10), min_size=4) == Rect(10, 10, 100, 4)


def test_markers_stay_round() -> None:
    m = resize(marker(0, 0), Handle.BOTTOM_RIGHT, Point(60, 40))
    assert m.box == Rect(0, 0, 60, 60)
    m = resize(marker(0, 0), Handle.RIGHT, Point(48, 0))
    assert m.box is not None and m.box.w == m.box.h == 48
    assert m.box.centre.y == 12  # centred on the axis the handle does not move


def test_resizing_lines_scales_and_mirrors_them() -> None:
    ln = line((0, 0), (100, 50))
    scaled = resize(ln, Handle.BOTTOM_RIGHT, Point(200, 100))
    assert scaled.points == (Point(0, 0), Point(200, 100))
    flipped = resize(ln, Handle.RIGHT, Point(-100, 0))
    assert flipped.points == (Point(0, 0), Point(-100, 50))
    # A horizontal line has no height to give a minimum to: it stays flat.
    flat = resize(line((0, 5), (100, 5)), Handle.BOTTOM_RIGHT, Point(50, 80))
    assert flat.points == (Point(0, 5), Point(50, 5))
    # A callout's box resizes; its anchor keeps pointing where it did.
    c = resize(callout(Rect(0, 0, 10, 10), Point(50, 50)), Handle.BOTTOM_RIGHT, Point(20, 20))
    assert c.box == Rect(0, 0, 20, 20) and c.anchor == Point(50, 50)


@given(
    x=st.floats(-1000, 1000),
    y=st.floats(-1000, 1000),
    w=st.floats(0, 1000),
    h=st.floats(0, 1000),
    tx=st.floats(-3000, 3000),
    ty=st.floats(-3000, 3000),
    handle=st.sampled_from(list(Handle)),
)
def test_resize_never_goes_negative_or_below_the_minimum(x, y, w, h, tx, ty, handle) -> None:
    r = Rect(x, y, w, h)
    out = resize_rect(r, handle, Point(tx, ty))
    assert out.w >= 0 and out.h >= 0
    if handle.moves_left or handle.moves_right:
        assert out.w >= MIN_SIZE - 1e-6
    else:
        # Untouched sides stay put (up to float rounding of right - left).
        assert out.left == r.left and math.isclose(out.w, r.w, abs_tol=1e-9)
    if handle.moves_top or handle.moves_bottom:
        assert out.h >= MIN_SIZE - 1e-6
    square = resize_rect(r, handle, Point(tx, ty), keep_square=True)
    assert math.isclose(square.w, square.h)


def test_handles() -> None:
    r = Rect(0, 0, 100, 50)
    assert handle_at(r, Point(99, 1)) is Handle.TOP_RIGHT
    assert handle_at(r, Point(50, 51)) is Handle.BOTTOM
    assert handle_at(r, Point(50, 25)) is None
    # On a tiny box the corner wins over the edge's midpoint at the same distance.
    assert handle_at(Rect(0, 0, 2, 2), Point(0, 0)) is Handle.TOP_LEFT


def test_move_point() -> None:
    ln = move_point(line((0, 0), (10, 10)), 1, Point(5, 0))
    assert ln.points == (Point(0, 0), Point(5, 0))


def test_clamping_to_the_image() -> None:
    bounds = Rect(10, 10, 20, 20)
    assert clamp_delta(bounds, -50, 500, 100, 100) == (-10, 70)
    assert clamp_delta(bounds, 5, 5, 100, 100) == (5, 5)
    # A shape already partly outside may still be moved back towards the image.
    assert clamp_delta(Rect(-10, 0, 20, 20), 5, 0, 100, 100) == (5, 0)
    clipped = clamp_to_image(rect(-10, 90, 50, 50), 100, 100)
    assert clipped.box == Rect(0, 90, 40, 10)
    ln = clamp_to_image(line((-5, 50), (150, 50)), 100, 100)
    assert ln.points == (Point(0, 50), Point(100, 50))


def test_arrow_head_is_symmetric_around_the_shaft() -> None:
    left, tip, right = arrow_head(Point(0, 0), Point(100, 0), width=3)
    assert tip == Point(100, 0)
    assert left.x < 100 and right.x < 100
    assert math.isclose(left.y, -right.y)
    assert math.isclose(math.hypot(left.x - 100, left.y), 12.0)  # 4 × width
    assert arrow_head(Point(1, 1), Point(1, 1), 3) == (Point(1, 1),) * 3


@pytest.mark.parametrize("turns", [0, 1, 2, 3, -1, 5])
def test_view_rotation_round_trips(turns: int) -> None:
    p = Point(30, 10)
    v = image_to_view(p, turns, 200, 100)
    assert view_to_image(v, turns, 200, 100) == p


def test_a_quarter_turn_puts_the_top_left_corner_top_right() -> None:
    # Image 200 × 100 turned clockwise is 100 wide: its top-left corner is at (100, 0).
    assert image_to_view(Point(0, 0), 1, 200, 100) == Point(100, 0)


def test_marker_numbering() -> None:
    shapes = [marker(0, 0, 5), rect(), marker(0, 0, 2), marker(0, 0, 9)]
    assert next_marker_number(shapes) == 10
    assert next_marker_number([rect()]) == 1
    renumbered = renumber_markers(shapes)
    assert [s.number for s in renumbered] == [2, None, 1, 3]
    assert renumbered[1] is shapes[1]


def test_redaction_rectangles_round_outward_and_clip() -> None:
    red = redaction(Rect(1.2, 2.7, 3.1, 0.2))
    assert redaction_areas([red], 100, 100) == [
        RedactionArea(red.id, RedactionMode.SOLID, 1, 2, 5, 3)
    ]
    off_edge = redaction(Rect(-5, 95.5, 20, 20), RedactionMode.PIXELATE)
    outside = redaction(Rect(200, 200, 5, 5))
    hidden = redaction(Rect(10, 10, 5, 5), hidden=True)
    areas = redaction_areas([off_edge, outside, rect(), hidden], 100, 100)
    assert [(a.left, a.top, a.right, a.bottom, a.mode) for a in areas] == [
        (0, 95, 15, 100, RedactionMode.PIXELATE),
        (10, 10, 15, 15, RedactionMode.SOLID),  # hidden in the viewer, still burned
    ]
    assert areas[0].width == 15 and areas[0].height == 5


@given(
    x=st.floats(-50, 150),
    y=st.floats(-50, 150),
    w=st.floats(0, 100),
    h=st.floats(0, 100),
)
def test_redaction_covers_every_pixel_the_box_touches(x, y, w, h) -> None:
    areas = redaction_areas([redaction(Rect(x, y, w, h))], 100, 80)
    for area in areas:
        assert 0 <= area.left < area.right <= 100 and 0 <= area.top < area.bottom <= 80
        assert area.left <= max(x, 0) and area.top <= max(y, 0)
        assert area.right >= min(x + w, 100) and area.bottom >= min(y + h, 80)


# ---------------------------------------------------------------------------- serialisation


def test_round_trip_of_every_kind() -> None:
    shapes = [replace(s, z=i) for i, s in enumerate(one_of_each())]
    shapes[0] = replace(shapes[0], updated_by="budi", updated_at=T1, locked=True, hidden=True)
    comments = [RegionComment(Rect(0, 0, 5, 5), "Periksa", "sup", T0).resolved("ani", T1)]
    data = annotations_to_dict(shapes, comments)
    assert data["version"] == FORMAT_VERSION
    assert annotations_from_dict(data) == (shapes, comments)
    assert loads(dumps(shapes, comments)) == (shapes, comments)
    assert dumps(shapes, comments) == dumps(*loads(dumps(shapes, comments)))


def test_unknown_keys_are_ignored() -> None:
    data = shape_to_dict(rect())
    data["glow"] = {"radius": 4}
    assert shape_from_dict(data) == rect(id=data["id"])
    doc = annotations_to_dict([rect()])
    doc["reviewed"] = True
    assert len(annotations_from_dict(doc)[0]) == 1


@pytest.mark.parametrize(
    "change",
    [
        {"box": [0, 0, 10]},
        {"box": [0, 0, "10", 10]},
        {"box": [0, 0, -1, 10]},
        {"box": [0, 0, True, 10]},
        {"kind": "hexagon"},
        {"colour": "#12345"},
        {"width": "thick"},
        {"id": None},
    ],
)
def test_bad_stored_shapes_are_refused(change) -> None:
    data = shape_to_dict(rect()) | change
    with pytest.raises(ValidationError):
        shape_from_dict(data)


def test_bad_stored_points_are_refused() -> None:
    data = shape_to_dict(line((0, 0), (1, 1)))
    for points in ([[0, 0]], [[0, 0], [1]], "0,0 1,1", [[0, 0], [None, 1]]):
        with pytest.raises(ValidationError):
            shape_from_dict(data | {"points": points})
    with pytest.raises(ValidationError):
        loads(
            '{"format":"asn-monitor-annotations","version":1,"shapes":[{"kind":"line",'
            '"id":"x","points":[[0,0],[NaN,1]]}]}'
        )


def test_stored_documents_from_a_newer_release_are_refused_in_indonesian() -> None:
    with pytest.raises(ValidationError, match="versi ASN Monitor yang lebih baru"):
        annotations_from_dict({"format": "asn-monitor-annotations", "version": 99})
    for bad in ({"format": "other", "version": 1}, [], {"version": "1"}):
        with pytest.raises(ValidationError):
            annotations_from_dict(bad)
    with pytest.raises(ValidationError, match="JSON"):
        loads("{not json")
    same = rect()
    with pytest.raises(ValidationError, match="id yang sama"):
        annotations_from_dict(annotations_to_dict([same, same]))


# ---------------------------------------------------------------------------- commands


def make_doc(*shapes: Shape, image_size: tuple[int, int] | None = None) -> Document:
    return Document("ev-1", shapes, image_size=image_size)


def test_document_keeps_z_equal_to_position() -> None:
    a, b, c = replace(rect(), z=5), replace(rect(), z=1), replace(rect(), z=3)
    doc = make_doc(a, b, c)
    assert doc.ids() == [b.id, c.id, a.id]
    assert [s.z for s in doc.shapes] == [0, 1, 2]
    with pytest.raises(NotFound):
        doc.get("nope")


def test_add_and_remove_undo_to_the_same_place() -> None:
    a, b, c = rect(), rect(), rect()
    doc = make_doc(a, b, c)
    history = History(doc)
    history.push(RemoveShapes(doc, [b.id, a.id]))
    assert doc.ids() == [c.id]
    history.undo()
    assert doc.ids() == [a.id, b.id, c.id]
    d = rect()
    history.push(AddShapes(doc, [d]))
    assert doc.ids()[-1] == d.id and doc.get(d.id).z == 3
    history.undo()
    assert d.id not in doc
    history.redo()
    assert d.id in doc


def test_new_markers_are_numbered_after_the_last() -> None:
    doc = make_doc(marker(0, 0, 1), marker(0, 0, 4))
    cmd = AddShapes(doc, [marker(5, 5), rect(), marker(9, 9)])
    cmd.do(doc)
    assert [s.number for s in doc.shapes] == [1, 4, 5, None, 6]


def test_moves_merge_until_a_new_gesture() -> None:
    r = rect(0, 0, 10, 10)
    doc = make_doc(r)
    history = History(doc)
    for _ in range(3):
        history.push(MoveShapes(doc, [r.id], 1, 2, by="budi", at=T1))
    assert doc.get(r.id).box == Rect(3, 6, 10, 10)
    assert doc.get(r.id).updated_by == "budi"
    history.break_merge()
    history.push(MoveShapes(doc, [r.id], 10, 0))
    history.undo()
    assert doc.get(r.id).box == Rect(3, 6, 10, 10)
    history.undo()
    assert doc.get(r.id) == replace(r, z=0)
    assert not history.can_undo()
    history.redo()
    assert doc.get(r.id).box == Rect(3, 6, 10, 10)


def test_moves_of_different_shapes_do_not_merge() -> None:
    a, b = rect(), rect()
    doc = make_doc(a, b)
    history = History(doc)
    history.push(MoveShapes(doc, [a.id], 1, 0))
    history.push(MoveShapes(doc, [b.id], 1, 0))
    history.undo()
    assert doc.get(a.id).box == Rect(11, 20, 100, 50)
    assert doc.get(b.id).box == Rect(10, 20, 100, 50)


def test_moves_stop_at_the_image_edge() -> None:
    r = rect(10, 10, 20, 20)
    doc = make_doc(r, image_size=(100, 100))
    MoveShapes(doc, [r.id], -50, 200).do(doc)
    assert doc.get(r.id).box == Rect(0, 80, 20, 20)


def test_locked_shapes_refuse_edits_but_can_be_unlocked() -> None:
    r = rect(locked=True)
    doc = make_doc(r)
    for make in (
        lambda: MoveShapes(doc, [r.id], 1, 1),
        lambda: ResizeShape(doc, r.id, Handle.RIGHT, Point(500, 0)),
        lambda: Restyle(doc, [r.id], colour="#00ff00"),
        lambda: RemoveShapes(doc, [r.id]),
        lambda: EditShape(doc, replace(r, colour="#00ff00")),
    ):
        with pytest.raises(ShapeLocked, match="terkunci"):
            make()
    history = History(doc)
    history.push(SetLocked(doc, [r.id], False, by="sup", at=T1))
    assert not doc.get(r.id).locked
    history.push(MoveShapes(doc, [r.id], 1, 1))
    history.undo()
    history.undo()
    assert doc.get(r.id).locked


def test_resize_restyle_and_edit_undo() -> None:
    r = redaction(Rect(0, 0, 10, 10))
    c = callout(Rect(50, 50, 40, 20), Point(0, 0))
    doc = make_doc(r, c)
    history = History(doc)
    history.push(ResizeShape(doc, r.id, Handle.BOTTOM_RIGHT, Point(30, 40)))
    assert doc.get(r.id).box == Rect(0, 0, 30, 40)
    history.push(
        Restyle(doc, [r.id, c.id], colour="#0000ff", width=5, redaction_mode=RedactionMode.PIXELATE)
    )
    assert doc.get(r.id).redaction_mode is RedactionMode.PIXELATE
    assert doc.get(c.id).redaction_mode is None and doc.get(c.id).width == 5
    history.push(EditShape(doc, replace(doc.get(c.id), text="Logo partai")))
    assert doc.get(c.id).text == "Logo partai"
    with pytest.raises(ValidationError):
        EditShape(doc, Shape(kind=ShapeKind.RECTANGLE, box=Rect(0, 0, 1, 1), id=c.id))
    for _ in range(3):
        history.undo()
    assert doc.shapes == (replace(r, z=0), replace(c, z=1))


def test_hide_and_show_all() -> None:
    a, b = rect(), rect(hidden=True, locked=True)
    doc = make_doc(a, b)
    history = History(doc)
    history.push(SetHidden(doc, True))
    assert all(s.hidden for s in doc.shapes)
    history.push(SetHidden(doc, False))
    assert not any(s.hidden for s in doc.shapes)
    history.undo()
    history.undo()
    assert [s.hidden for s in doc.shapes] == [False, True]


def test_copy_and_paste_make_new_shapes_offset() -> None:
    r = rect(0, 0, 10, 10, locked=True)
    m = marker(50, 50, 1)
    doc = make_doc(r, m, image_size=(100, 100))
    clip = copy_shapes(doc, [r.id, m.id])
    paste = Paste(doc, clip, by="budi", at=T1)
    history = History(doc)
    history.push(paste)
    assert len(doc) == 4
    new_r, new_m = (doc.get(i) for i in paste.pasted_ids)
    assert new_r.id != r.id and new_r.box == Rect(16, 16, 10, 10)
    assert not new_r.locked and new_r.created_by == "budi" and new_r.created_at == T1
    assert new_m.number == 2
    # A second paste of the same clipboard does not collide with the first.
    history.push(Paste(doc, clip, by="budi", at=T1, offset=(200, 0)))
    assert len(doc) == 6 and len(set(doc.ids())) == 6
    assert doc.shapes[-1].box is not None and doc.shapes[-1].box.right <= 100
    history.undo()
    history.undo()
    assert doc.ids() == [r.id, m.id]


def test_reorder() -> None:
    ids = ["a", "b", "c", "d"]
    assert reordered(ids, ["b"], ReorderOp.RAISE) == ["a", "c", "b", "d"]
    assert reordered(ids, ["d"], ReorderOp.RAISE) == ids
    assert reordered(ids, ["a", "b"], ReorderOp.RAISE) == ["c", "a", "b", "d"]
    assert reordered(ids, ["c"], ReorderOp.LOWER) == ["a", "c", "b", "d"]
    assert reordered(ids, ["a"], ReorderOp.LOWER) == ids
    assert reordered(ids, ["a", "c"], ReorderOp.TO_FRONT) == ["b", "d", "a", "c"]
    assert reordered(ids, ["b", "d"], ReorderOp.TO_BACK) == ["b", "d", "a", "c"]

    a, b, c = rect(), rect(), rect()
    doc = make_doc(a, b, c)
    history = History(doc)
    history.push(Reorder(doc, [a.id], ReorderOp.TO_FRONT))
    assert doc.ids() == [b.id, c.id, a.id]
    assert [s.z for s in doc.shapes] == [0, 1, 2]
    history.undo()
    assert doc.ids() == [a.id, b.id, c.id] and doc.get(a.id).z == 0


def test_renumber_markers_command() -> None:
    doc = make_doc(marker(0, 0, 1), marker(0, 0, 2), marker(0, 0, 3))
    RemoveShapes(doc, [doc.shapes[1].id]).do(doc)
    cmd = RenumberMarkers(doc, by="ani", at=T1)
    cmd.do(doc)
    assert [s.number for s in doc.shapes] == [1, 2]
    cmd.undo(doc)
    assert [s.number for s in doc.shapes] == [1, 3]


def test_comments_in_the_document() -> None:
    doc = make_doc()
    history = History(doc)
    c = RegionComment(Rect(0, 0, 5, 5), "Sensor nomor HP", "sup", T0)
    history.push(AddComment(c))
    history.push(resolve_comment(doc, c.id, by="ani", at=T1))
    assert doc.comment(c.id).status is CommentStatus.RESOLVED
    history.push(reopen_comment(doc, c.id, by="sup", at=T1))
    assert doc.comment(c.id).reopened_by == "sup"
    history.undo()
    history.undo()
    assert doc.comment(c.id) == c
    history.undo()
    assert doc.comments == ()


def test_listeners_hear_each_change() -> None:
    r = rect()
    doc = make_doc(r)
    heard: list[Change] = []
    unsubscribe = doc.subscribe(heard.append)
    MoveShapes(doc, [r.id], 1, 1).do(doc)
    assert heard[-1].changed == (r.id,)
    RemoveShapes(doc, [r.id]).do(doc)
    assert heard[-1].removed == (r.id,)
    unsubscribe()
    AddShapes(doc, [rect()]).do(doc)
    assert len(heard) == 2


def test_history_clean_state() -> None:
    r = rect()
    doc = make_doc(r)
    history = History(doc)
    assert history.is_clean()
    history.push(MoveShapes(doc, [r.id], 1, 0))
    assert not history.is_clean()
    history.set_clean()
    # A move right after saving is its own step, so undo returns to the saved state.
    history.push(MoveShapes(doc, [r.id], 1, 0))
    history.undo()
    assert history.is_clean() and doc.get(r.id).box == Rect(11, 20, 100, 50)
    history.undo()
    history.push(MoveShapes(doc, [r.id], 0, 5))  # the saved state can no longer be reached
    assert not history.is_clean()
    history.undo()
    assert not history.is_clean()
    assert history.undo_text() is None and history.redo_text() == "Pindahkan anotasi"


def test_history_limit_drops_the_oldest() -> None:
    r = rect()
    doc = make_doc(r)
    history = History(doc, limit=2)
    for _ in range(3):
        history.break_merge()
        history.push(MoveShapes(doc, [r.id], 1, 0))
    while history.can_undo():
        history.undo()
    assert doc.get(r.id).box == Rect(11, 20, 100, 50)


def test_a_failing_command_leaves_the_history_alone() -> None:
    doc = make_doc()
    history = History(doc)
    with pytest.raises(NotFound):
        history.push(MoveShapes(doc, ["missing"], 1, 1))
    with pytest.raises(ValidationError):
        RemoveShapes(doc, [])
    assert not history.can_undo()


@given(st.lists(st.tuples(st.floats(-50, 50), st.floats(-50, 50)), min_size=1, max_size=8))
def test_undoing_everything_restores_the_document(moves) -> None:
    shapes = [replace(s, z=i) for i, s in enumerate(one_of_each())]
    doc = make_doc(*shapes)
    history = History(doc)
    for i, (dx, dy) in enumerate(moves):
        target = shapes[i % len(shapes)].id
        history.push(MoveShapes(doc, [target], dx, dy))
        if i % 3 == 2:
            history.push(Reorder(doc, [target], ReorderOp.TO_BACK))
    while history.can_undo():
        history.undo()
    assert doc.shapes == tuple(shapes)
