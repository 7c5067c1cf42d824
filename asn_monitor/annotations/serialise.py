"""Annotations to and from plain JSON-able dicts, as they are stored in the database.

The reader is lenient about what it does not know (keys added by a newer release are
ignored, so an older PC can still show the shapes it understands) and strict about what it
does: a shape whose geometry is wrong is refused with a :class:`ValidationError` rather than
drawn somewhere misleading on evidence.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from asn_monitor.annotations.shapes import (
    CommentStatus,
    Point,
    Rect,
    RedactionMode,
    RegionComment,
    Shape,
    ShapeKind,
)
from asn_monitor.errors import ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP

FORMAT = "asn-monitor-annotations"
FORMAT_VERSION = 1


def _invalid(template: str, **params: Any) -> ValidationError:
    return ValidationError(template, **params)


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid(
            QT_TRANSLATE_NOOP("asn_monitor", "Koordinat {what} anotasi tidak valid: {value}."),
            what=what,
            value=repr(value),
        )
    return float(value)


def _rect(value: Any) -> Rect:
    if not isinstance(value, list | tuple) or len(value) != 4:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Kotak anotasi harus berupa empat angka [x, y, w, h]: {value}."
            ),
            value=repr(value)[:80],
        )
    x, y, w, h = (_number(v, name) for v, name in zip(value, "xywh", strict=True))
    return Rect(x, y, w, h)


def _point(value: Any) -> Point:
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Titik anotasi harus berupa dua angka [x, y]: {value}."
            ),
            value=repr(value)[:80],
        )
    return Point(_number(value[0], "x"), _number(value[1], "y"))


def _text(data: Mapping[str, Any], key: str, default: str = "") -> str:
    value = data.get(key, default)
    return value if isinstance(value, str) else default


def _optional_text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def _num(r: float) -> float | int:
    # Whole numbers are written as ints: the stored JSON stays short and easy to read.
    return int(r) if float(r).is_integer() else r


def shape_to_dict(shape: Shape) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": shape.id,
        "kind": shape.kind.value,
        "colour": shape.colour,
        "width": _num(shape.width),
        "opacity": _num(shape.opacity),
        "locked": shape.locked,
        "hidden": shape.hidden,
        "z": shape.z,
        "created_by": shape.created_by,
        "created_at": shape.created_at,
    }
    if shape.box is not None:
        b = shape.box
        data["box"] = [_num(b.x), _num(b.y), _num(b.w), _num(b.h)]
    if shape.points:
        data["points"] = [[_num(p.x), _num(p.y)] for p in shape.points]
    if shape.kind is ShapeKind.CALLOUT:
        data["text"] = shape.text
    if shape.number is not None:
        data["number"] = shape.number
    if shape.redaction_mode is not None:
        data["redaction_mode"] = shape.redaction_mode.value
    if shape.updated_by is not None:
        data["updated_by"] = shape.updated_by
        data["updated_at"] = shape.updated_at
    return data


def shape_from_dict(data: Any) -> Shape:
    if not isinstance(data, Mapping):
        raise _invalid(QT_TRANSLATE_NOOP("asn_monitor", "Data anotasi harus berupa objek JSON."))
    try:
        kind = ShapeKind(data.get("kind"))
    except ValueError:
        raise _invalid(
            QT_TRANSLATE_NOOP("asn_monitor", "Jenis anotasi {kind} tidak dikenal."),
            kind=repr(data.get("kind")),
        ) from None
    raw_points = data.get("points", [])
    if not isinstance(raw_points, list | tuple):
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Titik anotasi harus berupa dua angka [x, y]: {value}."
            ),
            value=repr(raw_points)[:80],
        )
    mode_value = data.get("redaction_mode")
    mode = None
    if mode_value is not None or kind is ShapeKind.REDACTION:
        try:
            mode = RedactionMode(mode_value)
        except ValueError:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Kotak sensor harus berjenis blok hitam atau piksel (solid/pixelate).",
                )
            ) from None
    number = data.get("number")
    z = data.get("z", 0)
    return Shape(
        kind=kind,
        id=_text(data, "id"),
        box=_rect(data["box"]) if data.get("box") is not None else None,
        points=tuple(_point(p) for p in raw_points),
        text=_text(data, "text"),
        number=number if isinstance(number, int) and not isinstance(number, bool) else None,
        redaction_mode=mode,
        colour=_text(data, "colour", "#e53935"),
        width=_number(data.get("width", 3.0), "width"),
        opacity=_number(data.get("opacity", 1.0), "opacity"),
        locked=bool(data.get("locked", False)),
        hidden=bool(data.get("hidden", False)),
        z=z if isinstance(z, int) and not isinstance(z, bool) else 0,
        created_by=_text(data, "created_by"),
        created_at=_text(data, "created_at"),
        updated_by=_optional_text(data, "updated_by"),
        updated_at=_optional_text(data, "updated_at"),
    )


def comment_to_dict(comment: RegionComment) -> dict[str, Any]:
    b = comment.box
    data: dict[str, Any] = {
        "id": comment.id,
        "box": [_num(b.x), _num(b.y), _num(b.w), _num(b.h)],
        "body": comment.body,
        "author": comment.author,
        "created_at": comment.created_at,
        "status": comment.status.value,
    }
    for key in ("resolved_by", "resolved_at", "reopened_by", "reopened_at"):
        if getattr(comment, key) is not None:
            data[key] = getattr(comment, key)
    return data


def comment_from_dict(data: Any) -> RegionComment:
    if not isinstance(data, Mapping):
        raise _invalid(QT_TRANSLATE_NOOP("asn_monitor", "Data anotasi harus berupa objek JSON."))
    try:
        status = CommentStatus(data.get("status", "open"))
    except ValueError:
        raise _invalid(
            QT_TRANSLATE_NOOP("asn_monitor", "Status komentar {status} tidak dikenal."),
            status=repr(data.get("status")),
        ) from None
    return RegionComment(
        id=_text(data, "id"),
        box=_rect(data.get("box")),
        body=_text(data, "body"),
        author=_text(data, "author"),
        created_at=_text(data, "created_at"),
        status=status,
        resolved_by=_optional_text(data, "resolved_by"),
        resolved_at=_optional_text(data, "resolved_at"),
        reopened_by=_optional_text(data, "reopened_by"),
        reopened_at=_optional_text(data, "reopened_at"),
    )


def annotations_to_dict(
    shapes: list[Shape] | tuple[Shape, ...],
    comments: list[RegionComment] | tuple[RegionComment, ...] = (),
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "shapes": [shape_to_dict(s) for s in shapes],
        "comments": [comment_to_dict(c) for c in comments],
    }


def annotations_from_dict(data: Any) -> tuple[list[Shape], list[RegionComment]]:
    """Shapes (in stored order) and comments; refuses a newer format version or a bad shape."""
    if not isinstance(data, Mapping) or data.get("format", FORMAT) != FORMAT:
        raise _invalid(QT_TRANSLATE_NOOP("asn_monitor", "Data ini bukan anotasi ASN Monitor."))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _invalid(
            QT_TRANSLATE_NOOP("asn_monitor", "Versi format anotasi {version} tidak valid."),
            version=repr(version),
        )
    if version > FORMAT_VERSION:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Anotasi ini dibuat oleh versi ASN Monitor yang lebih baru (format {version}, "
                "aplikasi ini mengenal sampai {supported}). Perbarui aplikasi.",
            ),
            version=version,
            supported=FORMAT_VERSION,
        )
    shapes_data = data.get("shapes", [])
    comments_data = data.get("comments", [])
    if not isinstance(shapes_data, list) or not isinstance(comments_data, list):
        raise _invalid(QT_TRANSLATE_NOOP("asn_monitor", "Data ini bukan anotasi ASN Monitor."))
    shapes = [shape_from_dict(s) for s in shapes_data]
    comments = [comment_from_dict(c) for c in comments_data]
    ids = [s.id for s in shapes] + [c.id for c in comments]
    if len(set(ids)) != len(ids):
        raise _invalid(QT_TRANSLATE_NOOP("asn_monitor", "Dua anotasi memakai id yang sama."))
    return shapes, comments


def dumps(
    shapes: list[Shape] | tuple[Shape, ...],
    comments: list[RegionComment] | tuple[RegionComment, ...] = (),
) -> str:
    """Compact JSON text; keys sorted so that equal annotations give equal text."""
    return json.dumps(
        annotations_to_dict(shapes, comments),
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )


def loads(text: str) -> tuple[list[Shape], list[RegionComment]]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _invalid(
            QT_TRANSLATE_NOOP("asn_monitor", "Data anotasi bukan JSON yang sah: {detail}."),
            detail=str(exc),
        ) from exc
    return annotations_from_dict(data)
