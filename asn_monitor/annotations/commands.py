"""Editing an evidence item's annotations as undoable commands, without Qt.

A :class:`Document` holds the shapes (in z order) and region comments of one evidence item.
Each command works out its before and after values when it is made, so ``do`` and ``undo``
only swap values and can be repeated any number of times. The canvas wraps a command in a
``QUndoCommand`` whose ``redo``/``undo``/``mergeWith``/``id`` call the methods here; the
:class:`History` is the same idea for code that runs without Qt (tests, the CLI).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from asn_monitor.annotations.geometry import (
    MIN_SIZE,
    Handle,
    bounds_of,
    clamp_delta,
    move,
    next_marker_number,
    renumber_markers,
    resize,
)
from asn_monitor.annotations.serialise import shape_from_dict, shape_to_dict
from asn_monitor.annotations.shapes import (
    Point,
    RedactionMode,
    RegionComment,
    Shape,
    ShapeKind,
    new_shape_id,
)
from asn_monitor.errors import NotFound, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP

# How far a pasted copy lands from its original, so that it is visibly a new shape.
PASTE_OFFSET = 16.0


class ShapeLocked(ValidationError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "Anotasi ini terkunci; buka kuncinya dahulu untuk mengubahnya."
    )


@dataclass(frozen=True)
class Change:
    """What a document edit touched, for views that redraw only that."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    reordered: bool = False
    comments: tuple[str, ...] = ()


Listener = Callable[[Change], None]


class Document:
    """The annotations of one evidence item: shapes bottom to top, and region comments.

    A shape's ``z`` always equals its index in :attr:`shapes`; the document renumbers it
    whenever the order changes, so stored and displayed order cannot disagree.
    """

    def __init__(
        self,
        evidence_id: str,
        shapes: Iterable[Shape] = (),
        comments: Iterable[RegionComment] = (),
        *,
        image_size: tuple[int, int] | None = None,
    ) -> None:
        self.evidence_id = evidence_id
        self.image_size = image_size
        ordered = sorted(enumerate(shapes), key=lambda item: (item[1].z, item[0]))
        self._shapes: list[Shape] = [s for _, s in ordered]
        self._comments: list[RegionComment] = list(comments)
        self._listeners: list[Listener] = []
        self._restack()

    # -- reading

    @property
    def shapes(self) -> tuple[Shape, ...]:
        return tuple(self._shapes)

    @property
    def comments(self) -> tuple[RegionComment, ...]:
        return tuple(self._comments)

    def ids(self) -> list[str]:
        return [s.id for s in self._shapes]

    def __contains__(self, shape_id: object) -> bool:
        return any(s.id == shape_id for s in self._shapes)

    def __len__(self) -> int:
        return len(self._shapes)

    def index(self, shape_id: str) -> int:
        for i, shape in enumerate(self._shapes):
            if shape.id == shape_id:
                return i
        raise NotFound(
            QT_TRANSLATE_NOOP("asn_monitor", "Anotasi {id} tidak ditemukan."), id=shape_id
        )

    def get(self, shape_id: str) -> Shape:
        return self._shapes[self.index(shape_id)]

    def comment(self, comment_id: str) -> RegionComment:
        for comment in self._comments:
            if comment.id == comment_id:
                return comment
        raise NotFound(
            QT_TRANSLATE_NOOP("asn_monitor", "Komentar {id} tidak ditemukan."), id=comment_id
        )

    # -- listening

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- low-level edits, used by the commands

    def _restack(self) -> list[str]:
        changed = []
        for i, shape in enumerate(self._shapes):
            if shape.z != i:
                self._shapes[i] = replace(shape, z=i)
                changed.append(shape.id)
        return changed

    def insert(self, items: Sequence[tuple[int, Shape]]) -> None:
        """Insert shapes at the given final indices (apply in ascending index order)."""
        for index, shape in sorted(items, key=lambda item: item[0]):
            if shape.id in self:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("asn_monitor", "Dua anotasi memakai id yang sama.")
                )
            self._shapes.insert(index, shape)
        self._restack()
        self._emit(Change(added=tuple(s.id for _, s in items), reordered=True))

    def remove(self, ids: Iterable[str]) -> list[tuple[int, Shape]]:
        """Remove shapes; returns them with the indices they had, for re-inserting."""
        wanted = set(ids)
        removed = [(i, s) for i, s in enumerate(self._shapes) if s.id in wanted]
        self._shapes = [s for s in self._shapes if s.id not in wanted]
        self._restack()
        self._emit(Change(removed=tuple(s.id for _, s in removed), reordered=True))
        return removed

    def replace_shapes(self, shapes: Iterable[Shape]) -> None:
        """Put new values of existing shapes in place; their z follows their position."""
        changed = []
        for shape in shapes:
            i = self.index(shape.id)
            self._shapes[i] = replace(shape, z=i)
            changed.append(shape.id)
        self._emit(Change(changed=tuple(changed)))

    def set_order(self, ids: Sequence[str]) -> None:
        by_id = {s.id: s for s in self._shapes}
        if sorted(ids) != sorted(by_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Urutan anotasi tidak cocok dengan isinya.")
            )
        self._shapes = [by_id[i] for i in ids]
        changed = self._restack()
        self._emit(Change(changed=tuple(changed), reordered=True))

    def put_comment(self, comment: RegionComment) -> RegionComment | None:
        """Add or replace a comment; returns the value it replaced."""
        for i, existing in enumerate(self._comments):
            if existing.id == comment.id:
                self._comments[i] = comment
                self._emit(Change(comments=(comment.id,)))
                return existing
        self._comments.append(comment)
        self._emit(Change(comments=(comment.id,)))
        return None

    def drop_comment(self, comment_id: str) -> None:
        self._comments = [c for c in self._comments if c.id != comment_id]
        self._emit(Change(comments=(comment_id,)))


# ---------------------------------------------------------------------------- commands


class Command:
    """An undoable edit. ``text`` names it in the Edit menu (a marked Indonesian string)."""

    text: str = QT_TRANSLATE_NOOP("asn_monitor", "Ubah anotasi")
    # Commands with the same non-negative merge id may be merged (as QUndoCommand.id()).
    merge_id: int = -1

    def do(self, document: Document) -> None:
        raise NotImplementedError

    def undo(self, document: Document) -> None:
        raise NotImplementedError

    def merge_with(self, other: Command) -> bool:
        """Absorb ``other`` (already done) into this command; True if it did."""
        del other
        return False


def _require_unlocked(shapes: Iterable[Shape]) -> None:
    if any(s.locked for s in shapes):
        raise ShapeLocked()


def _require_ids(ids: Sequence[str]) -> list[str]:
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise ValidationError(QT_TRANSLATE_NOOP("asn_monitor", "Tidak ada anotasi yang dipilih."))
    return ids


class AddShapes(Command):
    """Add shapes on top of the others; numbered markers get the next free numbers."""

    text = QT_TRANSLATE_NOOP("asn_monitor", "Tambah anotasi")

    def __init__(self, document: Document, shapes: Sequence[Shape]) -> None:
        if not shapes:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Tidak ada anotasi yang dipilih.")
            )
        number = next_marker_number(document.shapes)
        numbered = []
        for shape in shapes:
            if shape.kind is ShapeKind.MARKER:
                shape = replace(shape, number=number)
                number += 1
            numbered.append(shape)
        start = len(document)
        self.items = [(start + i, s) for i, s in enumerate(numbered)]

    def do(self, document: Document) -> None:
        document.insert(self.items)

    def undo(self, document: Document) -> None:
        document.remove(s.id for _, s in self.items)


class RemoveShapes(Command):
    text = QT_TRANSLATE_NOOP("asn_monitor", "Hapus anotasi")

    def __init__(self, document: Document, ids: Sequence[str]) -> None:
        shapes = [document.get(i) for i in _require_ids(ids)]
        _require_unlocked(shapes)
        self.items = sorted(((document.index(s.id), s) for s in shapes), key=lambda x: x[0])

    def do(self, document: Document) -> None:
        document.remove(s.id for _, s in self.items)

    def undo(self, document: Document) -> None:
        document.insert(self.items)


class ReplaceShapes(Command):
    """Swap shapes for new values of themselves; the base of every in-place edit."""

    def __init__(self, before: Sequence[Shape], after: Sequence[Shape]) -> None:
        self.before = list(before)
        self.after = list(after)

    def do(self, document: Document) -> None:
        document.replace_shapes(self.after)

    def undo(self, document: Document) -> None:
        document.replace_shapes(self.before)


class MoveShapes(ReplaceShapes):
    """Move shapes by (dx, dy); with the document's image size, the move stops at its edge."""

    text = QT_TRANSLATE_NOOP("asn_monitor", "Pindahkan anotasi")
    merge_id = 1

    def __init__(
        self,
        document: Document,
        ids: Sequence[str],
        dx: float,
        dy: float,
        *,
        by: str | None = None,
        at: str | None = None,
    ) -> None:
        before = [document.get(i) for i in _require_ids(ids)]
        _require_unlocked(before)
        if document.image_size is not None:
            bounds = bounds_of(before)
            assert bounds is not None
            dx, dy = clamp_delta(bounds, dx, dy, *document.image_size)
        self.dx, self.dy = dx, dy
        super().__init__(before, [move(s, dx, dy).touched(by, at) for s in before])

    def merge_with(self, other: Command) -> bool:
        if not isinstance(other, MoveShapes):
            return False
        if [s.id for s in other.before] != [s.id for s in self.before]:
            return False
        self.after = other.after
        self.dx += other.dx
        self.dy += other.dy
        return True


class ResizeShape(ReplaceShapes):
    text = QT_TRANSLATE_NOOP("asn_monitor", "Ubah ukuran anotasi")

    def __init__(
        self,
        document: Document,
        shape_id: str,
        handle: Handle,
        target: Point,
        *,
        min_size: float = MIN_SIZE,
        by: str | None = None,
        at: str | None = None,
    ) -> None:
        before = document.get(shape_id)
        _require_unlocked([before])
        after = resize(before, handle, target, min_size=min_size).touched(by, at)
        super().__init__([before], [after])


class EditShape(ReplaceShapes):
    """Replace one shape with an edited value of it (a dragged end point, a callout's text)."""

    text = QT_TRANSLATE_NOOP("asn_monitor", "Ubah anotasi")

    def __init__(
        self, document: Document, new: Shape, *, by: str | None = None, at: str | None = None
    ) -> None:
        before = document.get(new.id)
        _require_unlocked([before])
        if new.kind is not before.kind:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Jenis anotasi tidak dapat diubah.")
            )
        super().__init__([before], [new.touched(by, at)])


class Restyle(ReplaceShapes):
    text = QT_TRANSLATE_NOOP("asn_monitor", "Ubah gaya anotasi")

    def __init__(
        self,
        document: Document,
        ids: Sequence[str],
        *,
        colour: str | None = None,
        width: float | None = None,
        opacity: float | None = None,
        redaction_mode: RedactionMode | None = None,
        by: str | None = None,
        at: str | None = None,
    ) -> None:
        before = [document.get(i) for i in _require_ids(ids)]
        _require_unlocked(before)
        after = []
        for shape in before:
            changes: dict[str, Any] = {}
            if colour is not None:
                changes["colour"] = colour
            if width is not None:
                changes["width"] = width
            if opacity is not None:
                changes["opacity"] = opacity
            if redaction_mode is not None and shape.kind is ShapeKind.REDACTION:
                changes["redaction_mode"] = redaction_mode
            after.append(replace(shape, **changes).touched(by, at))
        super().__init__(before, after)


class SetLocked(ReplaceShapes):
    def __init__(
        self,
        document: Document,
        ids: Sequence[str],
        locked: bool,
        *,
        by: str | None = None,
        at: str | None = None,
    ) -> None:
        self.text = (
            QT_TRANSLATE_NOOP("asn_monitor", "Kunci anotasi")
            if locked
            else QT_TRANSLATE_NOOP("asn_monitor", "Buka kunci anotasi")
        )
        before = [document.get(i) for i in _require_ids(ids)]
        after = [replace(s, locked=locked).touched(by, at) for s in before]
        super().__init__(before, after)


class SetHidden(ReplaceShapes):
    """Hide or show the given shapes, or all of them when ``ids`` is None.

    Locked shapes are included: hiding changes only what the viewer shows.
    """

    def __init__(self, document: Document, hidden: bool, ids: Sequence[str] | None = None) -> None:
        self.text = (
            QT_TRANSLATE_NOOP("asn_monitor", "Sembunyikan anotasi")
            if hidden
            else QT_TRANSLATE_NOOP("asn_monitor", "Tampilkan anotasi")
        )
        before = list(document.shapes) if ids is None else [document.get(i) for i in ids]
        before = [s for s in before if s.hidden != hidden]
        super().__init__(before, [replace(s, hidden=hidden) for s in before])


class ReorderOp(str, Enum):
    RAISE = "raise"
    LOWER = "lower"
    TO_FRONT = "to_front"
    TO_BACK = "to_back"


def reordered(order: Sequence[str], ids: Iterable[str], op: ReorderOp) -> list[str]:
    """The id order after moving ``ids`` one step or all the way up or down, keeping their
    relative order."""
    chosen = set(ids)
    rest = [i for i in order if i not in chosen]
    picked = [i for i in order if i in chosen]
    if op is ReorderOp.TO_FRONT:
        return rest + picked
    if op is ReorderOp.TO_BACK:
        return picked + rest
    result = list(order)
    # One step: swap each chosen shape with the unchosen neighbour above (or below) it.
    indices = range(len(result) - 2, -1, -1) if op is ReorderOp.RAISE else range(1, len(result))
    step = 1 if op is ReorderOp.RAISE else -1
    for i in indices:
        j = i + step
        if result[i] in chosen and result[j] not in chosen:
            result[i], result[j] = result[j], result[i]
    return result


class Reorder(Command):
    text = QT_TRANSLATE_NOOP("asn_monitor", "Ubah urutan anotasi")

    def __init__(self, document: Document, ids: Sequence[str], op: ReorderOp) -> None:
        wanted = _require_ids(ids)
        for i in wanted:
            document.index(i)
        self.before = document.ids()
        self.after = reordered(self.before, wanted, op)

    def do(self, document: Document) -> None:
        document.set_order(self.after)

    def undo(self, document: Document) -> None:
        document.set_order(self.before)


def copy_shapes(document: Document, ids: Sequence[str]) -> list[dict[str, Any]]:
    """The chosen shapes as JSON-able dicts (bottom to top), for the clipboard."""
    wanted = set(ids)
    return [shape_to_dict(s) for s in document.shapes if s.id in wanted]


class Paste(AddShapes):
    """Add copies of clipboard shapes: new ids, shifted by ``offset``, unlocked and visible,
    credited to the person pasting, markers numbered after the document's last one."""

    text = QT_TRANSLATE_NOOP("asn_monitor", "Tempel anotasi")

    def __init__(
        self,
        document: Document,
        clipboard: Sequence[dict[str, Any]],
        *,
        by: str,
        at: str,
        offset: tuple[float, float] = (PASTE_OFFSET, PASTE_OFFSET),
    ) -> None:
        originals = [shape_from_dict(data) for data in clipboard]
        dx, dy = offset
        if document.image_size is not None and originals:
            bounds = bounds_of(originals)
            assert bounds is not None
            dx, dy = clamp_delta(bounds, dx, dy, *document.image_size)
        copies = [
            replace(
                move(shape, dx, dy),
                id=new_shape_id(),
                locked=False,
                hidden=False,
                created_by=by,
                created_at=at,
                updated_by=None,
                updated_at=None,
            )
            for shape in originals
        ]
        super().__init__(document, copies)
        self.pasted_ids = [s.id for _, s in self.items]


class RenumberMarkers(ReplaceShapes):
    text = QT_TRANSLATE_NOOP("asn_monitor", "Nomori ulang penanda")

    def __init__(self, document: Document, *, by: str | None = None, at: str | None = None) -> None:
        current = list(document.shapes)
        renumbered = renumber_markers(current)
        changed = [(old, new) for old, new in zip(current, renumbered, strict=True) if old != new]
        super().__init__([o for o, _ in changed], [n.touched(by, at) for _, n in changed])


class AddComment(Command):
    text = QT_TRANSLATE_NOOP("asn_monitor", "Tambah komentar")

    def __init__(self, comment: RegionComment) -> None:
        self.comment = comment

    def do(self, document: Document) -> None:
        document.put_comment(self.comment)

    def undo(self, document: Document) -> None:
        document.drop_comment(self.comment.id)


class UpdateComment(Command):
    """Replace a comment with a new value of it (edited, resolved or reopened)."""

    text = QT_TRANSLATE_NOOP("asn_monitor", "Ubah komentar")

    def __init__(self, document: Document, new: RegionComment) -> None:
        self.before = document.comment(new.id)
        self.after = new

    def do(self, document: Document) -> None:
        document.put_comment(self.after)

    def undo(self, document: Document) -> None:
        document.put_comment(self.before)


def resolve_comment(document: Document, comment_id: str, *, by: str, at: str) -> UpdateComment:
    return UpdateComment(document, document.comment(comment_id).resolved(by, at))


def reopen_comment(document: Document, comment_id: str, *, by: str, at: str) -> UpdateComment:
    return UpdateComment(document, document.comment(comment_id).reopened(by, at))


# ---------------------------------------------------------------------------- history


class History:
    """Undo and redo for code without a QUndoStack (the canvas uses QUndoStack instead).

    Consecutive moves of the same shapes merge into one step, as arrow-key nudges should;
    call :meth:`break_merge` where a new gesture starts (a mouse press) to keep two drags
    apart. Reaching the saved state again makes the history clean.
    """

    def __init__(self, document: Document, *, limit: int = 200) -> None:
        self.document = document
        self.limit = limit
        self._undo: list[Command] = []
        self._redo: list[Command] = []
        self._mergeable = False
        self._clean_at: int | None = 0
        self._dropped = 0

    def push(self, command: Command) -> None:
        """Do ``command`` and record it. A command that fails to apply leaves no trace."""
        command.do(self.document)
        self._redo.clear()
        if self._clean_at is not None and self._clean_at > len(self._undo) + self._dropped:
            self._clean_at = None  # the saved state was in the redo list, now gone
        top = self._undo[-1] if self._undo else None
        if (
            self._mergeable
            and top is not None
            and top.merge_id >= 0
            and top.merge_id == command.merge_id
            and not self.is_clean()
            and top.merge_with(command)
        ):
            return
        self._undo.append(command)
        self._mergeable = True
        if len(self._undo) > self.limit:
            del self._undo[0]
            self._dropped += 1

    def break_merge(self) -> None:
        self._mergeable = False

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_text(self) -> str | None:
        return self._undo[-1].text if self._undo else None

    def redo_text(self) -> str | None:
        return self._redo[-1].text if self._redo else None

    def undo(self) -> None:
        if not self._undo:
            return
        command = self._undo.pop()
        command.undo(self.document)
        self._redo.append(command)
        self._mergeable = False

    def redo(self) -> None:
        if not self._redo:
            return
        command = self._redo.pop()
        command.do(self.document)
        self._undo.append(command)
        self._mergeable = False

    def set_clean(self) -> None:
        """Mark the current state as saved."""
        self._clean_at = len(self._undo) + self._dropped
        self._mergeable = False

    def is_clean(self) -> bool:
        return self._clean_at == len(self._undo) + self._dropped
