"""The annotation canvas: the picture, its shapes, and what the mouse does with them.

Scene coordinates are image pixels. The view zooms and rotates; the shapes never move
with it. Every edit is a command of :mod:`asn_monitor.annotations.commands` pushed on the
scene's QUndoStack; drags draw a preview and push one command when the button is released.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import replace
from enum import Enum

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QPointF,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPen, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QWidget,
)

from asn_monitor.annotations.commands import (
    AddShapes,
    Command,
    Document,
    EditShape,
    MoveShapes,
    Paste,
    RemoveShapes,
    ResizeShape,
    Restyle,
    SetHidden,
    SetLocked,
    copy_shapes,
)
from asn_monitor.annotations.geometry import (
    Handle,
    bounds_of,
    clamp_delta,
    geometry_rect,
    handle_at,
    move,
    move_point,
    resize,
    shape_at,
    shapes_in,
)
from asn_monitor.annotations.shapes import (
    SEGMENT_KINDS,
    Point,
    Rect,
    RedactionMode,
    Shape,
    ShapeKind,
    make_shape,
)
from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from ui.annotation_undo import DocumentCommand
from ui.redaction import pixelated
from ui.shape_items import (
    HANDLE_PIXELS,
    SELECTION_COLOUR,
    CommentItem,
    ImageItem,
    SelectionItem,
    ShapeItem,
)
from ui.shape_painter import qrect
from ui.texts import error_text, format_timestamp

SHAPES_MIME = "application/x-asn-monitor-shapes"
# A drag shorter than this many screen pixels is a click.
CLICK_PIXELS = 4.0


class Tool(str, Enum):
    SELECT = "select"
    PAN = "pan"
    RECTANGLE = "rectangle"
    ELLIPSE = "ellipse"
    ARROW = "arrow"
    LINE = "line"
    HIGHLIGHTER = "highlighter"
    CALLOUT = "callout"
    MARKER = "marker"
    REDACTION = "redaction"
    COMMENT = "comment"

    @property
    def shape_kind(self) -> ShapeKind | None:
        try:
            return ShapeKind(self.value)
        except ValueError:
            return None


# Single-key shortcuts while the canvas has the keyboard focus.
TOOL_KEYS: dict[Tool, str] = {
    Tool.SELECT: "V",
    Tool.PAN: "P",
    Tool.RECTANGLE: "R",
    Tool.ELLIPSE: "E",
    Tool.ARROW: "A",
    Tool.LINE: "L",
    Tool.HIGHLIGHTER: "H",
    Tool.CALLOUT: "T",
    Tool.MARKER: "N",
    Tool.REDACTION: "X",
    Tool.COMMENT: "K",
}
# Tools that still work on a case the user may not edit.
READ_ONLY_TOOLS = frozenset({Tool.SELECT, Tool.PAN, Tool.COMMENT})


class _Drag(Enum):
    NONE = 0
    DRAW = 1
    MOVE = 2
    RESIZE = 3
    POINT = 4
    RUBBER = 5
    COMMENT = 6
    # Pressed, with nothing to drag (a click that selected, a locked shape).
    CLICK = 7


class DrawStyle:
    """What new shapes look like (the toolbar edits it)."""

    def __init__(self) -> None:
        self.colour = "#e53935"
        self.width = 4.0
        self.redaction_mode = RedactionMode.SOLID
        self.callout_text = ""


class AnnotationScene(QGraphicsScene):
    """Emits ``selection_changed_ids`` when the selection changes, ``message`` with a short
    status text (a refused edit), and ``comment_requested`` with the area the user marked
    with the comment tool (the tab asks for the text and calls the service)."""

    selection_changed_ids = Signal()
    message = Signal(str)
    comment_requested = Signal(object)
    tool_changed = Signal(str)
    text_edit_requested = Signal(str)
    document_changed = Signal()

    def __init__(
        self,
        actor_id: str,
        now: Callable[[], str],
        names: Callable[[], dict[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor_id = actor_id
        self.now = now
        self.names = names or dict
        self.undo_stack = QUndoStack(self)
        self.draw_style = DrawStyle()
        self.document: Document | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.read_only = False
        self.tool = Tool.SELECT
        # Scene units per screen pixel, kept up to date by the view for hit tolerances.
        self.pixel_size = 1.0
        self.image_item = ImageItem()
        self.addItem(self.image_item)
        self.selection_item = SelectionItem()
        self.addItem(self.selection_item)
        self.items_by_id: dict[str, ShapeItem] = {}
        self.comment_items: list[CommentItem] = []
        self.selected: list[str] = []
        self._patches: dict[tuple[str, Rect], QImage] = {}
        self._gesture = 0
        self._nudge_gesture: int | None = None
        self._drag = _Drag.NONE
        self._press = Point(0, 0)
        self._originals: list[Shape] = []
        self._handle: Handle | None = None
        self._point_index = 0
        self._draft: ShapeItem | None = None
        self._draft_points: list[Point] = []
        self._band = QGraphicsRectItem()
        self._band.setPen(QPen(SELECTION_COLOUR, 0, Qt.PenStyle.DashLine))
        self._band.setBrush(QColor(30, 136, 229, 40))
        self._band.setZValue(2_000_000)
        self._band.hide()
        self.addItem(self._band)

    # -- content --------------------------------------------------------------------------

    @property
    def image_size(self) -> tuple[int, int]:
        return self.image_item.full_width, self.image_item.full_height

    def set_preview(self, preview: QImage, width: int, height: int) -> None:
        self.image_item.set_preview(preview, width, height)
        self._patches.clear()
        self.setSceneRect(QRectF(0, 0, width, height))
        self._refresh_redactions()

    def set_image(self, image: QImage) -> None:
        self.image_item.set_full(image)
        self._patches.clear()
        self.setSceneRect(QRectF(0, 0, image.width(), image.height()))
        if self.document is not None:
            self.document.image_size = self.image_size
        self._refresh_redactions()

    def full_image(self) -> QImage | None:
        return self.image_item.full_image()

    def set_document(self, document: Document | None) -> None:
        """Show ``document`` (None to show nothing); the undo history starts afresh."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._cancel_drag()
        self.undo_stack.clear()
        for item in self.items_by_id.values():
            self.removeItem(item)
        self.items_by_id.clear()
        self.selected = []
        self.document = document
        if document is not None:
            if self.image_item.full_width:
                document.image_size = self.image_size
            for shape in document.shapes:
                self._add_item(shape)
            self._unsubscribe = document.subscribe(self._on_change)
        self._show_comments()
        self._update_selection()
        self.undo_stack.setClean()

    def clear_content(self) -> None:
        self.set_document(None)
        self.image_item.clear()
        self.setSceneRect(QRectF())

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if read_only and self.tool not in READ_ONLY_TOOLS:
            self.set_tool(Tool.SELECT)
        self._update_selection()

    def set_tool(self, tool: Tool) -> bool:
        if self.read_only and tool not in READ_ONLY_TOOLS:
            self.message.emit(self.tr("Hanya baca: anotasi kasus ini tidak dapat Anda ubah."))
            return False
        self._cancel_drag()
        self.tool = tool
        self.tool_changed.emit(tool.value)
        return True

    # -- items ----------------------------------------------------------------------------

    def _add_item(self, shape: Shape) -> None:
        item = ShapeItem(shape, self.pixelated_patch)
        item.setVisible(not shape.hidden)
        item.setToolTip(self.describe(shape))
        self.addItem(item)
        self.items_by_id[shape.id] = item

    def _on_change(self, change: object) -> None:
        document = self.document
        assert document is not None
        current = {s.id: s for s in document.shapes}
        for shape_id in list(self.items_by_id):
            if shape_id not in current:
                self.removeItem(self.items_by_id.pop(shape_id))
        for shape in document.shapes:
            item = self.items_by_id.get(shape.id)
            if item is None:
                self._add_item(shape)
            elif item.shape_value != shape:
                item.set_shape(shape)
                item.setToolTip(self.describe(shape))
        self.selected = [i for i in self.selected if i in current]
        self._show_comments()
        self._update_selection()
        self.document_changed.emit()

    def _show_comments(self) -> None:
        for item in self.comment_items:
            self.removeItem(item)
        self.comment_items = []
        if self.document is None:
            return
        for number, comment in enumerate(self.document.comments, start=1):
            item = CommentItem(comment, number)
            self.addItem(item)
            self.comment_items.append(item)

    def describe(self, shape: Shape) -> str:
        names = self.names()
        text = self.tr("{kind} · dibuat oleh {name}, {when}").format(
            kind=kind_label(shape.kind),
            name=names.get(shape.created_by, shape.created_by or "?"),
            when=format_timestamp(shape.created_at),
        )
        if shape.updated_by:
            text += "\n" + self.tr("diubah oleh {name}, {when}").format(
                name=names.get(shape.updated_by, shape.updated_by),
                when=format_timestamp(shape.updated_at),
            )
        if shape.locked:
            text += "\n" + self.tr("Terkunci")
        return text

    def pixelated_patch(self, shape: Shape) -> QImage | None:
        """The pixelated pixels under a redaction box, from the full image once it is in."""
        image = self.full_image()
        if image is None or shape.box is None:
            return None
        key = (shape.id, shape.box)
        patch = self._patches.get(key)
        if patch is None:
            box = shape.box
            area = QRect(
                math.floor(box.left),
                math.floor(box.top),
                math.ceil(box.w) or 1,
                math.ceil(box.h) or 1,
            ).intersected(image.rect())
            if area.isEmpty():
                return None
            patch = pixelated(image, area)
            if len(self._patches) > 64:
                self._patches.clear()
            self._patches[key] = patch
        return patch

    def _refresh_redactions(self) -> None:
        for item in self.items_by_id.values():
            if item.shape_value.kind is ShapeKind.REDACTION:
                item.update()

    # -- selection ------------------------------------------------------------------------

    def selected_shapes(self) -> list[Shape]:
        if self.document is None:
            return []
        return [self.document.get(i) for i in self.selected if i in self.document]

    def set_selection(self, ids: list[str]) -> None:
        self.selected = list(dict.fromkeys(ids))
        self._nudge_gesture = None
        self._update_selection()

    def select_all(self) -> None:
        if self.document is not None:
            self.set_selection([s.id for s in self.document.shapes if not s.hidden])

    def _update_selection(self) -> None:
        shapes = self.selected_shapes()
        self.selection_item.show_for(
            shapes, handles=self.tool is Tool.SELECT and not self.read_only
        )
        self.selection_changed_ids.emit()

    # -- editing --------------------------------------------------------------------------

    def push(self, make: Callable[[Document], Command], gesture: int | None = None) -> bool:
        """Build a command against the document and push it; a refusal becomes a message."""
        if self.document is None:
            return False
        if self.read_only:
            self.message.emit(self.tr("Hanya baca: anotasi kasus ini tidak dapat Anda ubah."))
            return False
        try:
            command = make(self.document)
        except AsnError as exc:
            self.message.emit(error_text(exc))
            return False
        self.undo_stack.push(DocumentCommand(self.document, command, gesture))
        return True

    def add_shape(self, shape: Shape) -> bool:
        ok = self.push(lambda d: AddShapes(d, [shape]))
        if ok and self.document is not None:
            # AddShapes may renumber a marker; select what was really added.
            self.set_selection([self.document.shapes[-1].id])
        return ok

    def delete_selected(self) -> bool:
        ids = list(self.selected)
        return bool(ids) and self.push(lambda d: RemoveShapes(d, ids))

    def set_locked(self, locked: bool) -> bool:
        ids = list(self.selected)
        ok = bool(ids) and self.push(
            lambda d: SetLocked(d, ids, locked, by=self.actor_id, at=self.now())
        )
        self._update_selection()
        return ok

    def set_all_hidden(self, hidden: bool) -> bool:
        if self.document is None or not any(s.hidden != hidden for s in self.document.shapes):
            return False
        if hidden:
            self.set_selection([])
        return self.push(lambda d: SetHidden(d, hidden))

    def restyle_selected(self, **changes: object) -> bool:
        ids = list(self.selected)
        return bool(ids) and self.push(
            lambda d: Restyle(d, ids, by=self.actor_id, at=self.now(), **changes)  # type: ignore[arg-type]
        )

    def edit_text(self, shape_id: str, text: str) -> bool:
        if self.document is None or shape_id not in self.document:
            return False
        shape = replace(self.document.get(shape_id), text=text)
        return self.push(lambda d: EditShape(d, shape, by=self.actor_id, at=self.now()))

    def nudge(self, dx: float, dy: float) -> bool:
        ids = list(self.selected)
        if not ids:
            return False
        if self._nudge_gesture is None:
            self._gesture += 1
            self._nudge_gesture = self._gesture
        return self.push(
            lambda d: MoveShapes(d, ids, dx, dy, by=self.actor_id, at=self.now()),
            gesture=self._nudge_gesture,
        )

    def copy_selected(self) -> bool:
        if self.document is None or not self.selected:
            return False
        data = QMimeData()
        data.setData(SHAPES_MIME, json.dumps(copy_shapes(self.document, self.selected)).encode())
        QApplication.clipboard().setMimeData(data)
        return True

    def paste(self) -> bool:
        mime = QApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(SHAPES_MIME):
            return False
        try:
            clipboard = json.loads(bytes(mime.data(SHAPES_MIME).data()).decode())
        except ValueError:
            return False
        holder: list[Paste] = []

        def make(document: Document) -> Command:
            command = Paste(document, clipboard, by=self.actor_id, at=self.now())
            holder.append(command)
            return command

        if not self.push(make):
            return False
        self.set_selection(holder[0].pasted_ids)
        return True

    # -- mouse ----------------------------------------------------------------------------

    def _tolerance(self) -> float:
        return HANDLE_PIXELS * self.pixel_size

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.document is None:
            event.ignore()
            return
        if self.tool is Tool.PAN:
            event.ignore()
            return
        event.accept()
        p = _point(event.scenePos())
        self._press = p
        self._gesture += 1
        self._nudge_gesture = None
        self._drag = _Drag.CLICK
        if self.tool is Tool.SELECT:
            self._press_select(p, event.modifiers())
        elif self.tool is Tool.COMMENT:
            self._drag = _Drag.COMMENT
            self._band.setRect(QRectF(p.x, p.y, 0, 0))
            self._band.show()
        elif not self.read_only:
            self._drag = _Drag.DRAW
            self._draft_points = [p]
            self._update_draft(p)

    def _press_select(self, p: Point, modifiers: Qt.KeyboardModifier) -> None:
        assert self.document is not None
        tolerance = self._tolerance()
        selected = self.selected_shapes()
        if len(selected) == 1 and not selected[0].locked and not self.read_only:
            shape = selected[0]
            if shape.kind in SEGMENT_KINDS:
                for index, q in enumerate(shape.points):
                    if math.hypot(p.x - q.x, p.y - q.y) <= tolerance:
                        self._drag, self._point_index, self._originals = _Drag.POINT, index, [shape]
                        return
            handle = handle_at(geometry_rect(shape), p, tolerance)
            if handle is not None:
                self._drag, self._handle, self._originals = _Drag.RESIZE, handle, [shape]
                return
        hit = shape_at(self.document.shapes, p, tolerance)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if hit is None:
            if not shift:
                self.set_selection([])
            self._drag = _Drag.RUBBER
            self._band.setRect(QRectF(p.x, p.y, 0, 0))
            self._band.show()
            return
        if shift:
            ids = [i for i in self.selected if i != hit.id]
            if hit.id not in self.selected:
                ids.append(hit.id)
            self.set_selection(ids)
            return
        if hit.id not in self.selected:
            self.set_selection([hit.id])
        if self.read_only:
            return
        shapes = self.selected_shapes()
        if any(s.locked for s in shapes):
            self.message.emit(
                self.tr("Anotasi terkunci; buka kuncinya dahulu untuk memindahkannya.")
            )
            return
        self._drag, self._originals = _Drag.MOVE, shapes

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is _Drag.NONE:
            event.ignore()
            return
        event.accept()
        p = _point(event.scenePos())
        if self._drag is _Drag.CLICK:
            return
        if self._drag is _Drag.DRAW:
            if self.tool is Tool.HIGHLIGHTER:
                last = self._draft_points[-1]
                if math.hypot(p.x - last.x, p.y - last.y) >= self.pixel_size * 2:
                    self._draft_points.append(p)
            self._update_draft(p)
        elif self._drag is _Drag.MOVE:
            dx, dy = self._move_delta(p)
            for shape in self._originals:
                self.items_by_id[shape.id].set_shape(move(shape, dx, dy))
            self.selection_item.show_for([move(s, dx, dy) for s in self._originals], handles=False)
        elif self._drag is _Drag.RESIZE:
            assert self._handle is not None
            shape = resize(self._originals[0], self._handle, p)
            self.items_by_id[shape.id].set_shape(shape)
            self.selection_item.show_for([shape], handles=True)
        elif self._drag is _Drag.POINT:
            shape = move_point(self._originals[0], self._point_index, p)
            self.items_by_id[shape.id].set_shape(shape)
            self.selection_item.show_for([shape], handles=True)
        elif self._drag in (_Drag.RUBBER, _Drag.COMMENT):
            self._band.setRect(qrect(Rect.from_corners(self._press, p)))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is _Drag.NONE or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        p = _point(event.scenePos())
        drag, self._drag = self._drag, _Drag.NONE
        self._band.hide()
        if drag is _Drag.DRAW:
            self._finish_draw(p)
        elif drag is _Drag.MOVE:
            dx, dy = self._move_delta(p)
            ids = [s.id for s in self._originals]
            if (dx, dy) != (0.0, 0.0):
                self.push(lambda d: MoveShapes(d, ids, dx, dy, by=self.actor_id, at=self.now()))
            self._restore_items()
        elif drag is _Drag.RESIZE:
            handle = self._handle
            assert handle is not None
            shape_id = self._originals[0].id
            self._restore_items()
            if not self._is_click(p):
                self.push(
                    lambda d: ResizeShape(d, shape_id, handle, p, by=self.actor_id, at=self.now())
                )
        elif drag is _Drag.POINT:
            new = move_point(self._originals[0], self._point_index, p)
            self._restore_items()
            if not self._is_click(p):
                self.push(lambda d: EditShape(d, new, by=self.actor_id, at=self.now()))
        elif drag is _Drag.RUBBER:
            if self.document is not None and not self._is_click(p):
                area = Rect.from_corners(self._press, p)
                found = [s.id for s in shapes_in(self.document.shapes, area)]
                keep = (
                    self.selected if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else []
                )
                self.set_selection(keep + found)
        elif drag is _Drag.COMMENT and not self._is_click(p):
            self.comment_requested.emit(Rect.from_corners(self._press, p))
        self._originals = []
        self._update_selection()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.tool is not Tool.SELECT or self.document is None or self.read_only:
            event.ignore()
            return
        hit = shape_at(self.document.shapes, _point(event.scenePos()), self._tolerance())
        if hit is not None and hit.kind is ShapeKind.CALLOUT and not hit.locked:
            event.accept()
            self.text_edit_requested.emit(hit.id)
        else:
            event.ignore()

    def _is_click(self, p: Point) -> bool:
        return math.hypot(p.x - self._press.x, p.y - self._press.y) < CLICK_PIXELS * self.pixel_size

    def _move_delta(self, p: Point) -> tuple[float, float]:
        dx, dy = p.x - self._press.x, p.y - self._press.y
        bounds = bounds_of(self._originals)
        width, height = self.image_size
        if bounds is not None and width:
            dx, dy = clamp_delta(bounds, dx, dy, width, height)
        return dx, dy

    def _restore_items(self) -> None:
        """Put dragged items back to the document's values (a refused edit leaves no trace)."""
        if self.document is None:
            return
        for shape in self._originals:
            if shape.id in self.document and shape.id in self.items_by_id:
                self.items_by_id[shape.id].set_shape(self.document.get(shape.id))

    def _cancel_drag(self) -> None:
        if self._drag in (_Drag.MOVE, _Drag.RESIZE, _Drag.POINT):
            self._restore_items()
        self._drag = _Drag.NONE
        self._originals = []
        self._band.hide()
        if self._draft is not None:
            self.removeItem(self._draft)
            self._draft = None

    def cancel(self) -> None:
        """Escape: drop a drag in progress, else the selection."""
        if self._drag is not _Drag.NONE:
            self._cancel_drag()
            self._update_selection()
        else:
            self.set_selection([])

    # -- drawing --------------------------------------------------------------------------

    def _build(self, p: Point, *, final: bool) -> Shape | None:
        kind = self.tool.shape_kind
        if kind is None:
            return None
        start = self._press
        style = self.draw_style
        attributes: dict[str, object] = {}
        if kind is not ShapeKind.HIGHLIGHTER and kind is not ShapeKind.REDACTION:
            attributes["colour"] = style.colour
        if kind is not ShapeKind.HIGHLIGHTER:
            attributes["width"] = style.width
        else:
            attributes["width"] = max(8.0, style.width * 4)
        click = self._is_click(p)
        box: Rect | None = None
        points: list[Point] = []
        if kind is ShapeKind.MARKER:
            side = max(24.0, 28 * self.pixel_size)
            box = Rect(p.x - side / 2, p.y - side / 2, side, side)
        elif kind is ShapeKind.CALLOUT:
            attributes["text"] = style.callout_text or self.tr("Catatan")
            if click:
                # A click places a default box up and to the right of the anchor.
                w, h = 220 * self.pixel_size, 60 * self.pixel_size
                box = Rect(start.x + 30 * self.pixel_size, start.y - h - 30 * self.pixel_size, w, h)
            else:
                w, h = max(160 * self.pixel_size, 40.0), max(48 * self.pixel_size, 24.0)
                box = Rect(p.x, p.y - h / 2, w, h)
            points = [start]
        elif kind in SEGMENT_KINDS:
            if final and click:
                return None
            points = [start, p]
        elif kind is ShapeKind.HIGHLIGHTER:
            points = list(self._draft_points)
            if len(points) < 2:
                if final and click:
                    return None
                points = [start, p]
        else:
            if final and click:
                return None
            box = Rect.from_corners(start, p)
            if kind is ShapeKind.REDACTION:
                attributes["redaction_mode"] = style.redaction_mode
        try:
            return make_shape(
                kind,
                created_by=self.actor_id,
                created_at=self.now(),
                box=box,
                points=points,
                **attributes,
            )
        except AsnError:
            return None

    def _update_draft(self, p: Point) -> None:
        shape = self._build(p, final=False)
        if shape is None:
            return
        if self._draft is None:
            self._draft = ShapeItem(shape, self.pixelated_patch)
            self._draft.setZValue(1_500_000)
            self.addItem(self._draft)
        else:
            self._draft.set_shape(shape)

    def _finish_draw(self, p: Point) -> None:
        if self._draft is not None:
            self.removeItem(self._draft)
            self._draft = None
        shape = self._build(p, final=True)
        if shape is not None:
            self.add_shape(shape)


def _point(p: QPointF) -> Point:
    return Point(p.x(), p.y())


def kind_label(kind: ShapeKind) -> str:
    return QCoreApplication.translate("annotations", _KIND_LABELS[kind])


_KIND_LABELS: dict[ShapeKind, str] = {
    ShapeKind.RECTANGLE: QT_TRANSLATE_NOOP("annotations", "Persegi"),
    ShapeKind.ELLIPSE: QT_TRANSLATE_NOOP("annotations", "Elips"),
    ShapeKind.ARROW: QT_TRANSLATE_NOOP("annotations", "Panah"),
    ShapeKind.LINE: QT_TRANSLATE_NOOP("annotations", "Garis"),
    ShapeKind.HIGHLIGHTER: QT_TRANSLATE_NOOP("annotations", "Stabilo"),
    ShapeKind.CALLOUT: QT_TRANSLATE_NOOP("annotations", "Keterangan teks"),
    ShapeKind.MARKER: QT_TRANSLATE_NOOP("annotations", "Penanda bernomor"),
    ShapeKind.REDACTION: QT_TRANSLATE_NOOP("annotations", "Kotak sensor"),
}
