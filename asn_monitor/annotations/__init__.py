"""Annotations on evidence: the shape model, its geometry, storage format and undoable edits.

Pure Python: the canvas in ``ui/`` draws these shapes and wraps the commands in Qt's undo
framework, but nothing here depends on Qt.
"""

from asn_monitor.annotations.geometry import Handle, RedactionArea, redaction_areas
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

__all__ = [
    "CommentStatus",
    "Handle",
    "Point",
    "Rect",
    "RedactionArea",
    "RedactionMode",
    "RegionComment",
    "Shape",
    "ShapeKind",
    "make_shape",
    "redaction_areas",
]
