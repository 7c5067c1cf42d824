"""The annotation canvas driven with the mouse and keyboard, as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from asn_monitor.annotations.commands import Document
from asn_monitor.annotations.shapes import Rect, RedactionMode, ShapeKind, make_shape
from ui.annotation_scene import AnnotationScene, Tool
from ui.evidence_viewer import EvidenceViewer

NOW = "2026-11-24T09:00:00.000Z"


@pytest.fixture
def canvas(qtbot):
    scene = AnnotationScene("u-rina", lambda: NOW, lambda: {"u-rina": "Rina"})
    viewer = EvidenceViewer(scene)
    qtbot.addWidget(viewer)
    viewer.resize(900, 700)
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    scene.set_image(image)
    scene.set_document(Document("ev1", image_size=(800, 600)))
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.actual_size()
    viewer.centerOn(400, 300)
    viewer.setFocus()
    return scene, viewer


def at(viewer: EvidenceViewer, x: float, y: float) -> QPoint:
    return viewer.mapFromScene(QPointF(x, y))


def drag(viewer, start, end, steps=4, modifier=Qt.KeyboardModifier.NoModifier):
    port = viewer.viewport()
    a, b = at(viewer, *start), at(viewer, *end)
    QTest.mousePress(port, Qt.MouseButton.LeftButton, modifier, a)
    for i in range(1, steps + 1):
        p = a + (b - a) * (i / steps)
        QTest.mouseMove(port, p)
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, modifier, b)


def click(viewer, point):
    QTest.mouseClick(
        viewer.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        at(viewer, *point),
    )


def key(viewer, k, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(viewer, k, modifier)


def approx_box(box: Rect, x, y, w, h, tol=1.5):
    assert abs(box.x - x) <= tol and abs(box.y - y) <= tol, box
    assert abs(box.w - w) <= tol and abs(box.h - h) <= tol, box


@pytest.mark.parametrize(
    ("tool", "kind"),
    [
        (Tool.RECTANGLE, ShapeKind.RECTANGLE),
        (Tool.ELLIPSE, ShapeKind.ELLIPSE),
        (Tool.REDACTION, ShapeKind.REDACTION),
    ],
)
def test_box_tools_make_the_dragged_box(canvas, tool, kind):
    scene, viewer = canvas
    scene.set_tool(tool)
    drag(viewer, (100, 120), (300, 220))
    (shape,) = scene.document.shapes
    assert shape.kind is kind
    approx_box(shape.box, 100, 120, 200, 100)
    assert shape.created_by == "u-rina" and shape.created_at == NOW


def test_a_drag_backwards_still_makes_a_normal_box(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.RECTANGLE)
    drag(viewer, (300, 220), (100, 120))
    approx_box(scene.document.shapes[0].box, 100, 120, 200, 100)


def test_arrow_and_line_go_from_press_to_release(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.ARROW)
    drag(viewer, (50, 60), (250, 160))
    scene.set_tool(Tool.LINE)
    drag(viewer, (400, 400), (500, 400))
    arrow, line = scene.document.shapes
    assert arrow.kind is ShapeKind.ARROW and line.kind is ShapeKind.LINE
    tail, tip = arrow.points
    assert abs(tail.x - 50) <= 1 and abs(tip.x - 250) <= 1 and abs(tip.y - 160) <= 1
    assert abs(line.points[1].x - 500) <= 1


def test_a_click_with_a_box_tool_makes_nothing(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.RECTANGLE)
    click(viewer, (100, 100))
    assert len(scene.document) == 0
    assert scene.undo_stack.count() == 0


def test_highlighter_keeps_the_path_and_is_translucent(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.HIGHLIGHTER)
    drag(viewer, (100, 300), (400, 320), steps=6)
    (shape,) = scene.document.shapes
    assert shape.kind is ShapeKind.HIGHLIGHTER
    assert len(shape.points) >= 4
    assert shape.opacity < 1


def test_markers_are_numbered_in_order(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.MARKER)
    click(viewer, (100, 100))
    click(viewer, (200, 100))
    numbers = [s.number for s in scene.document.shapes]
    assert numbers == [1, 2]
    centre = scene.document.shapes[0].box.centre
    assert abs(centre.x - 100) <= 1 and abs(centre.y - 100) <= 1


def test_callout_points_at_where_the_drag_started_with_the_typed_text(canvas):
    scene, viewer = canvas
    scene.draw_style.callout_text = "Ajakan memilih"
    scene.set_tool(Tool.CALLOUT)
    drag(viewer, (200, 300), (400, 150))
    (shape,) = scene.document.shapes
    assert shape.kind is ShapeKind.CALLOUT
    assert shape.text == "Ajakan memilih"
    assert abs(shape.anchor.x - 200) <= 1 and abs(shape.anchor.y - 300) <= 1
    assert abs(shape.box.x - 400) <= 1


def test_redaction_mode_comes_from_the_toolbar_style(canvas):
    scene, viewer = canvas
    scene.draw_style.redaction_mode = RedactionMode.PIXELATE
    scene.set_tool(Tool.REDACTION)
    drag(viewer, (10, 10), (110, 60))
    assert scene.document.shapes[0].redaction_mode is RedactionMode.PIXELATE


def test_single_keys_choose_tools_when_the_canvas_has_focus(canvas):
    scene, viewer = canvas
    for k, tool in [
        (Qt.Key.Key_R, Tool.RECTANGLE),
        (Qt.Key.Key_E, Tool.ELLIPSE),
        (Qt.Key.Key_A, Tool.ARROW),
        (Qt.Key.Key_L, Tool.LINE),
        (Qt.Key.Key_H, Tool.HIGHLIGHTER),
        (Qt.Key.Key_T, Tool.CALLOUT),
        (Qt.Key.Key_N, Tool.MARKER),
        (Qt.Key.Key_X, Tool.REDACTION),
        (Qt.Key.Key_K, Tool.COMMENT),
        (Qt.Key.Key_P, Tool.PAN),
        (Qt.Key.Key_V, Tool.SELECT),
    ]:
        key(viewer, k)
        assert scene.tool is tool


def test_undo_and_redo_with_the_usual_shortcuts(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.RECTANGLE)
    drag(viewer, (10, 10), (60, 60))
    drag(viewer, (100, 100), (160, 160))
    assert len(scene.document) == 2
    key(viewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(scene.document) == 1
    key(viewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(scene.document) == 0
    key(viewer, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(scene.document) == 1
    key(
        viewer,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(scene.document) == 2
    # The items on the canvas follow the document.
    assert set(scene.items_by_id) == set(scene.document.ids())


def test_drag_moves_a_shape_and_undo_puts_it_back(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.RECTANGLE)
    drag(viewer, (100, 100), (200, 200))
    scene.set_tool(Tool.SELECT)
    drag(viewer, (150, 150), (190, 170))
    box = scene.document.shapes[0].box
    approx_box(box, 140, 120, 100, 100)
    assert scene.document.shapes[0].updated_by == "u-rina"
    key(viewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    approx_box(scene.document.shapes[0].box, 100, 100, 100, 100)
    item = scene.items_by_id[scene.document.shapes[0].id]
    assert item.shape_value == scene.document.shapes[0]


def test_two_drags_are_two_undo_steps(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.RECTANGLE)
    drag(viewer, (100, 100), (200, 200))
    scene.set_tool(Tool.SELECT)
    drag(viewer, (150, 150), (160, 150))
    drag(viewer, (160, 150), (170, 150))
    assert scene.undo_stack.count() == 3
    scene.undo_stack.undo()
    approx_box(scene.document.shapes[0].box, 110, 100, 100, 100)


def test_resize_by_the_bottom_right_handle(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.RECTANGLE)
    drag(viewer, (100, 100), (200, 200))
    scene.set_tool(Tool.SELECT)
    scene.set_selection([scene.document.shapes[0].id])
    drag(viewer, (200, 200), (260, 280))
    approx_box(scene.document.shapes[0].box, 100, 100, 160, 180)
    scene.undo_stack.undo()
    approx_box(scene.document.shapes[0].box, 100, 100, 100, 100)


def test_arrow_keys_nudge_and_merge_into_one_step(canvas):
    scene, viewer = canvas
    scene.add_shape(
        make_shape(ShapeKind.RECTANGLE, created_by="x", created_at=NOW, box=Rect(10, 10, 20, 20))
    )
    for _ in range(3):
        key(viewer, Qt.Key.Key_Right)
    key(viewer, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    approx_box(scene.document.shapes[0].box, 13, 20, 20, 20, tol=0.01)
    assert scene.undo_stack.count() == 2  # the add, then one merged nudge
    scene.undo_stack.undo()
    approx_box(scene.document.shapes[0].box, 10, 10, 20, 20, tol=0.01)


def test_a_locked_shape_does_not_move_or_go(canvas):
    scene, viewer = canvas
    messages = []
    scene.message.connect(messages.append)
    scene.set_tool(Tool.RECTANGLE)
    drag(viewer, (100, 100), (200, 200))
    scene.set_tool(Tool.SELECT)
    click(viewer, (150, 150))
    scene.set_locked(True)
    assert scene.document.shapes[0].locked
    drag(viewer, (150, 150), (300, 300))
    approx_box(scene.document.shapes[0].box, 100, 100, 100, 100)
    assert any("terkunci" in m for m in messages)
    key(viewer, Qt.Key.Key_Delete)
    assert len(scene.document) == 1
    assert "dibuka" in " ".join(messages) or "kunci" in " ".join(messages)
    scene.set_locked(False)
    key(viewer, Qt.Key.Key_Delete)
    assert len(scene.document) == 0


def test_copy_and_paste_make_an_offset_copy(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.RECTANGLE)
    drag(viewer, (100, 100), (200, 200))
    scene.set_tool(Tool.SELECT)
    key(viewer, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(viewer, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    key(viewer, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    first, copy = scene.document.shapes
    assert copy.id != first.id
    approx_box(copy.box, first.box.x + 16, first.box.y + 16, 100, 100, tol=0.01)
    assert scene.selected == [copy.id]
    scene.undo_stack.undo()
    assert len(scene.document) == 1


def test_hide_and_show_all(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.RECTANGLE)
    drag(viewer, (100, 100), (200, 200))
    drag(viewer, (300, 100), (400, 200))
    scene.set_all_hidden(True)
    assert all(s.hidden for s in scene.document.shapes)
    assert not any(item.isVisible() for item in scene.items_by_id.values())
    # A hidden shape cannot be picked.
    scene.set_tool(Tool.SELECT)
    click(viewer, (150, 150))
    assert scene.selected == []
    scene.set_all_hidden(False)
    assert all(item.isVisible() for item in scene.items_by_id.values())
    scene.undo_stack.undo()
    assert all(s.hidden for s in scene.document.shapes)


def test_rubber_band_selects_what_it_encloses(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.RECTANGLE)
    drag(viewer, (100, 100), (150, 150))
    drag(viewer, (400, 400), (450, 450))
    scene.set_tool(Tool.SELECT)
    drag(viewer, (80, 80), (200, 200))
    assert scene.selected == [scene.document.shapes[0].id]


def test_shapes_stay_in_image_coordinates_on_a_rotated_view(canvas):
    scene, viewer = canvas
    viewer.rotate_view(1)
    viewer.set_zoom(1.0)
    viewer.centerOn(400, 300)
    scene.set_tool(Tool.RECTANGLE)
    drag(viewer, (100, 120), (300, 220))
    approx_box(scene.document.shapes[0].box, 100, 120, 200, 100)
    # On screen the box is turned: it is taller than wide.
    a, b = at(viewer, 100, 120), at(viewer, 300, 220)
    assert abs(a.y() - b.y()) > abs(a.x() - b.x())


def test_read_only_canvas_refuses_edits(canvas):
    scene, viewer = canvas
    scene.add_shape(
        make_shape(
            ShapeKind.RECTANGLE, created_by="x", created_at=NOW, box=Rect(100, 100, 100, 100)
        )
    )
    scene.set_read_only(True)
    assert not scene.set_tool(Tool.RECTANGLE)
    assert scene.tool is Tool.SELECT
    drag(viewer, (150, 150), (300, 300))
    approx_box(scene.document.shapes[0].box, 100, 100, 100, 100)
    key(viewer, Qt.Key.Key_Delete)
    assert len(scene.document) == 1
    assert scene.set_tool(Tool.COMMENT)  # supervisors comment on cases they may not edit


def test_comment_tool_asks_for_the_marked_area(canvas):
    scene, viewer = canvas
    areas = []
    scene.comment_requested.connect(areas.append)
    scene.set_tool(Tool.COMMENT)
    drag(viewer, (50, 60), (250, 160))
    (area,) = areas
    approx_box(area, 50, 60, 200, 100)
    assert len(scene.document) == 0


def test_tooltip_names_who_made_the_shape(canvas):
    scene, viewer = canvas
    scene.set_tool(Tool.RECTANGLE)
    drag(viewer, (100, 100), (200, 200))
    item = scene.items_by_id[scene.document.shapes[0].id]
    assert "Rina" in item.toolTip()
    assert "Persegi" in item.toolTip()


def test_zoom_keys_and_wheel(canvas):
    scene, viewer = canvas
    viewer.set_zoom(1.0)
    key(viewer, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom() == pytest.approx(1.25)
    key(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom() == pytest.approx(1.0)
    key(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.fitted
    key(viewer, Qt.Key.Key_1)
    assert viewer.zoom() == pytest.approx(1.0)
    assert scene.pixel_size == pytest.approx(1.0)


def test_wheel_zooms_about_the_cursor(canvas, qtbot):
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent

    _scene, viewer = canvas
    viewer.set_zoom(2.0)
    viewer.centerOn(400, 300)
    target = at(viewer, 350, 280)
    before = viewer.mapToScene(target)
    event = QWheelEvent(
        QPointF(target),
        QPointF(viewer.viewport().mapToGlobal(target)),
        P(0, 0),
        P(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    viewer.wheelEvent(event)
    assert viewer.zoom() == pytest.approx(2.5)
    after = viewer.mapToScene(target)
    assert abs(after.x() - before.x()) <= 2 and abs(after.y() - before.y()) <= 2


def test_pan_with_the_middle_button(canvas):
    scene, viewer = canvas
    viewer.set_zoom(3.0)
    port = viewer.viewport()
    start = viewer.horizontalScrollBar().value()
    QTest.mousePress(
        port, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 300)
    )
    QTest.mouseMove(port, QPoint(200, 300))
    QTest.mouseRelease(
        port, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(200, 300)
    )
    assert viewer.horizontalScrollBar().value() == start + 100
    assert len(scene.document) == 0


def test_toolbar_lock_and_hide_are_toggles(canvas):
    from ui.annotation_toolbar import AnnotationToolbar

    scene, viewer = canvas
    toolbar = AnnotationToolbar(scene, viewer)
    scene.add_shape(
        make_shape(ShapeKind.RECTANGLE, created_by="x", created_at=NOW, box=Rect(1, 1, 9, 9))
    )
    toolbar.lock_action.trigger()
    assert scene.document.shapes[0].locked and toolbar.lock_action.isChecked()
    toolbar.lock_action.trigger()
    assert not scene.document.shapes[0].locked
    toolbar.hide_action.trigger()
    assert scene.document.shapes[0].hidden and toolbar.hide_action.isChecked()
    toolbar.hide_action.trigger()
    assert not scene.document.shapes[0].hidden
    toolbar.tool_actions[Tool.ARROW].trigger()
    assert scene.tool is Tool.ARROW
    toolbar.deleteLater()
