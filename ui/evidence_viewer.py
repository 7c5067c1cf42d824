"""The evidence viewer: zoom about the cursor, fit and 100 %, pan, rotate by quarter turns,
and the keyboard of the annotation canvas while it has the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from ui.annotation_scene import TOOL_KEYS, AnnotationScene, Tool

MIN_ZOOM = 0.02
MAX_ZOOM = 32.0
ZOOM_STEP = 1.25

# What the keyboard does when the canvas has the focus; the tooltips quote these.
FIT_KEYS = ("Ctrl+0", "0")
ACTUAL_SIZE_KEYS = ("1",)
ROTATE_LEFT_KEYS = ("[",)
ROTATE_RIGHT_KEYS = ("]",)
_EDIT_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
)


class EvidenceViewer(QGraphicsView):
    """Shows an :class:`AnnotationScene`. ``zoom_changed`` carries the zoom factor."""

    zoom_changed = Signal(float)

    def __init__(self, scene: AnnotationScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.annotation_scene = scene
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        # set_zoom keeps the point under the cursor itself; an anchor would move it twice.
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.quarter_turns = 0
        self.fitted = True
        self._pan_from: QPoint | None = None
        self._space = False
        scene.tool_changed.connect(self._tool_changed)

    # -- zoom and rotation ----------------------------------------------------------------

    def zoom(self) -> float:
        t = self.transform()
        return float((t.m11() ** 2 + t.m12() ** 2) ** 0.5) or 1.0

    def _after_transform(self) -> None:
        self.annotation_scene.pixel_size = 1.0 / self.zoom()
        self.annotation_scene.selection_item.update()
        self.zoom_changed.emit(self.zoom())

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self.fitted = False
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        scene_anchor = self.mapToScene(anchor.toPoint())
        self.resetTransform()
        self.rotate(90 * self.quarter_turns)
        self.scale(factor, factor)
        # Keep the image point under the cursor (or the centre) where it was.
        moved = self.mapFromScene(scene_anchor) - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._after_transform()

    def zoom_by(self, step: float, anchor: QPointF | None = None) -> None:
        self.set_zoom(self.zoom() * step, anchor)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        rect = self.annotation_scene.sceneRect()
        self.fitted = True
        if rect.isEmpty():
            return
        self.resetTransform()
        self.rotate(90 * self.quarter_turns)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._after_transform()

    def rotate_view(self, quarter_turns: int) -> None:
        """Turn the view (never the picture or its shapes) by quarter turns clockwise."""
        self.quarter_turns = (self.quarter_turns + quarter_turns) % 4
        if self.fitted:
            self.fit()
        else:
            self.set_zoom(self.zoom())

    def reset_view(self) -> None:
        self.quarter_turns = 0
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            super().wheelEvent(event)
            return
        self.zoom_by(ZOOM_STEP ** (delta / 120), event.position())
        event.accept()

    # -- panning --------------------------------------------------------------------------

    def _tool_changed(self, tool: str) -> None:
        hand = tool == Tool.PAN.value or self._space
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag if hand else QGraphicsView.DragMode.NoDrag
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- keyboard -------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # The window's Edit menu has the same shortcuts for text fields; while the canvas
        # has the focus they act on the annotations instead.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (any(event.matches(key) for key in _EDIT_KEYS) or self._plain_key(event))
        ):
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _plain_key(event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier) and bool(
            event.text().strip()
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        scene = self.annotation_scene
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if event.matches(QKeySequence.StandardKey.Undo):
            scene.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            scene.undo_stack.redo()
        elif event.matches(QKeySequence.StandardKey.Copy):
            scene.copy_selected()
        elif event.matches(QKeySequence.StandardKey.Paste):
            scene.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            scene.select_all()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            scene.delete_selected()
        elif key == Qt.Key.Key_Escape:
            scene.cancel()
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0 and mods in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ControlModifier,
        ):
            self.fit()
        elif ctrl:
            return False
        elif key == Qt.Key.Key_1:
            self.actual_size()
        elif key == Qt.Key.Key_BracketLeft:
            self.rotate_view(-1)
        elif key == Qt.Key.Key_BracketRight:
            self.rotate_view(1)
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key in _ARROWS:
            step = 10.0 if mods & Qt.KeyboardModifier.ShiftModifier else 1.0
            dx, dy = _ARROWS[key]
            scene.nudge(dx * step, dy * step)
        else:
            tool = _TOOL_BY_KEY.get(event.text().upper())
            if tool is None:
                return False
            scene.set_tool(tool)
        return True

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)


_TOOL_BY_KEY = {key: tool for tool, key in TOOL_KEYS.items()}
_ARROWS: dict[int, tuple[float, float]] = {
    Qt.Key.Key_Left.value: (-1.0, 0.0),
    Qt.Key.Key_Right.value: (1.0, 0.0),
    Qt.Key.Key_Up.value: (0.0, -1.0),
    Qt.Key.Key_Down.value: (0.0, 1.0),
}
