"""Annotations on an evidence item as synced data: shapes, region comments, renditions.

Each shape is one row (``annotations``) so that two people marking up the same screenshot
merge shape by shape, field by field; its box and points are one JSON ``geometry`` value
(edited as a whole). The original file never changes.

Autosave (:meth:`AnnotationService.save`) writes what *this user* changed since the shapes
were loaded or last saved by this service object: a shape someone else moved meanwhile
(pulled in by the sync) keeps their move unless this user changed it too, and a shape
someone else added is not deleted because this user's document lacks it. Keep one service
object per open editor for that reason (the UI's AppContext hands out one).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from asn_monitor.annotations.commands import Document
from asn_monitor.annotations.serialise import comment_from_dict, shape_from_dict, shape_to_dict
from asn_monitor.annotations.shapes import CommentStatus, Rect, RegionComment, Shape
from asn_monitor.capture.sniff import FileKind, sniff
from asn_monitor.domain.lifecycle import SIGNED, Status
from asn_monitor.domain.models import Case, Rendition, User
from asn_monitor.domain.roles import Permission, Role
from asn_monitor.errors import AsnError, NotFound, PermissionDenied, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service
from asn_monitor.services.cases import CaseService, require_editable
from asn_monitor.services.notifications import notify_comment
from asn_monitor.store.changelog import ChangeWriter
from asn_monitor.store.database import Database, new_id
from asn_monitor.sync.evidence import EvidenceStore

# The columns that say what a shape looks like; who made it and when are written once.
CONTENT_FIELDS = (
    "kind",
    "geometry",
    "text",
    "number",
    "redaction_mode",
    "colour",
    "width",
    "opacity",
    "locked",
    "hidden",
    "z",
)
# What a rendition shows: locking a shape or its author does not change the picture.
_DRAWN_FIELDS = tuple(f for f in CONTENT_FIELDS if f != "locked")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def shape_content(shape: Shape) -> dict[str, Any]:
    """The stored columns of a shape's appearance, in the types SQLite gives back."""
    data = shape_to_dict(shape)
    geometry = {key: data[key] for key in ("box", "points") if key in data}
    return {
        "kind": shape.kind.value,
        "geometry": _dumps(geometry),
        "text": shape.text,
        "number": shape.number,
        "redaction_mode": shape.redaction_mode.value if shape.redaction_mode else None,
        "colour": shape.colour,
        "width": float(shape.width),
        "opacity": float(shape.opacity),
        "locked": int(shape.locked),
        "hidden": int(shape.hidden),
        "z": int(shape.z),
    }


def _row_content(row: dict[str, Any]) -> dict[str, Any]:
    content = {key: row[key] for key in CONTENT_FIELDS}
    content["width"] = float(content["width"])
    content["opacity"] = float(content["opacity"])
    return content


def shape_from_row(row: dict[str, Any], updated_by: str | None = None) -> Shape:
    try:
        geometry = json.loads(row["geometry"])
    except ValueError:
        geometry = None
    if not isinstance(geometry, dict):
        raise ValidationError(
            QT_TRANSLATE_NOOP("asn_monitor", "Data anotasi bukan JSON yang sah: {detail}."),
            detail=str(row["geometry"])[:60],
        )
    data: dict[str, Any] = {
        **geometry,
        "id": row["id"],
        "kind": row["kind"],
        "text": row["text"],
        "number": row["number"],
        "redaction_mode": row["redaction_mode"],
        "colour": row["colour"],
        "width": row["width"],
        "opacity": row["opacity"],
        "locked": bool(row["locked"]),
        "hidden": bool(row["hidden"]),
        "z": row["z"],
        "created_by": row["created_by"],
        "created_at": row["created_at"],
    }
    if updated_by is not None:
        data["updated_by"] = updated_by
        data["updated_at"] = row["updated_at"]
    return shape_from_dict(data)


def shapes_digest(shapes: Sequence[Shape]) -> str:
    """SHA-256 of what the shapes draw (hidden ones included: a hidden redaction is still
    burned into a rendition), independent of their order in the sequence."""
    drawn = sorted(
        ({"id": s.id, **{k: shape_content(s)[k] for k in _DRAWN_FIELDS}} for s in shapes),
        key=lambda d: (d["z"], d["id"]),
    )
    return hashlib.sha256(_dumps(drawn).encode("utf-8")).hexdigest()


def _comment_from_row(row: dict[str, Any], reopened: tuple[str, str] | None) -> RegionComment:
    geometry = json.loads(row["geometry"])
    data: dict[str, Any] = {
        "id": row["id"],
        "box": geometry.get("box") if isinstance(geometry, dict) else None,
        "body": row["body"],
        "author": row["author_id"],
        "created_at": row["created_at"],
        "status": row["status"],
        "resolved_by": row["resolved_by"],
        "resolved_at": row["resolved_at"],
    }
    if reopened is not None:
        data["reopened_by"], data["reopened_at"] = reopened
    return comment_from_dict(data)


def _rendition_from_row(row: dict[str, Any]) -> Rendition:
    return Rendition(
        id=row["id"],
        evidence_id=row["evidence_id"],
        sha256=row["sha256"],
        source_sha256=row["source_sha256"],
        annotations_digest=row["annotations_digest"],
        width=int(row["width"]),
        height=int(row["height"]),
        created_by=row["created_by"],
        created_at=row["created_at"],
        version=int(row["version"]),
    )


class AnnotationService(Service):
    def __init__(self, database: Database, actor: User) -> None:
        super().__init__(database, actor)
        self.cases = CaseService(database, actor)
        # Per evidence item: each shape's content as this user last loaded or saved it.
        self._baseline: dict[str, dict[str, dict[str, Any]]] = {}

    # -- shapes --------------------------------------------------------------------

    def load(self, evidence_id: str) -> Document:
        """The item's shapes (bottom to top) and region comments, as stored now."""
        self.require(Permission.READ_CASES)
        item = self._evidence(evidence_id)
        rows = self._shape_rows(evidence_id)
        editors = self._last_editors("annotation", [r["id"] for r in rows if r["version"] > 1])
        shapes = [shape_from_row(r, editors.get(r["id"])) for r in rows]
        self._baseline[evidence_id] = {r["id"]: _row_content(r) for r in rows}
        size = None
        if item["width"] and item["height"]:
            size = (int(item["width"]), int(item["height"]))
        return Document(evidence_id, shapes, self.comments(evidence_id), image_size=size)

    def save(self, evidence_id: str, shapes: Sequence[Shape]) -> int:
        """Autosave: write this user's inserts, edits and deletions since the last load or
        save, in one transaction; returns how many shapes were written. Only changed fields
        are written (and logged)."""
        self.require(Permission.EDIT_CASE)
        item = self._evidence(evidence_id)
        self._require_editable(self.cases.get(item["case_id"]))
        wanted: dict[str, tuple[Shape, dict[str, Any]]] = {}
        for shape in shapes:
            if shape.id in wanted:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("asn_monitor", "Dua anotasi memakai id yang sama.")
                )
            wanted[shape.id] = (shape, shape_content(shape))
        base = self._baseline.get(evidence_id)
        written = 0
        with self.db.transaction(self.actor.id) as tx:
            stored = {r["id"]: r for r in self._shape_rows(evidence_id)}
            for shape_id, (shape, content) in wanted.items():
                mine = base.get(shape_id) if base is not None else None
                if mine == content:
                    continue  # untouched here: whatever others did to it stands
                row = stored.get(shape_id)
                if row is None:
                    self._insert_shape(tx, evidence_id, shape, content)
                    written += 1
                    continue
                now = _row_content(row)
                reference = mine if mine is not None else now
                changes = {
                    k: v for k, v in content.items() if reference.get(k) != v and now[k] != v
                }
                if changes:
                    tx.update("annotation", shape_id, row["version"], changes)
                    written += 1
            for shape_id, row in stored.items():
                if shape_id in wanted or (base is not None and shape_id not in base):
                    continue  # kept, or added by someone else since this user loaded
                tx.delete("annotation", shape_id, row["version"])
                written += 1
        self._baseline[evidence_id] = {sid: content for sid, (_, content) in wanted.items()}
        return written

    def _insert_shape(
        self, tx: ChangeWriter, evidence_id: str, shape: Shape, content: dict[str, Any]
    ) -> None:
        clash = self.db.query_one("SELECT evidence_id FROM annotations WHERE id = ?", (shape.id,))
        if clash is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Dua anotasi memakai id yang sama.")
            )
        row: dict[str, Any] = {
            "id": shape.id,
            "evidence_id": evidence_id,
            **content,
            "created_by": shape.created_by or self.actor.id,
        }
        if shape.created_at:
            row["created_at"] = shape.created_at
        tx.insert("annotation", row)

    def annotations_digest(self, evidence_id: str) -> str:
        """Digest of the stored shapes (see :func:`shapes_digest`): a rendition made from
        other annotations is stale."""
        self.require(Permission.READ_CASES)
        rows = self._shape_rows(evidence_id)
        return shapes_digest([shape_from_row(r) for r in rows])

    # -- region comments -----------------------------------------------------------

    def comments(self, evidence_id: str) -> list[RegionComment]:
        self.require(Permission.READ_CASES)
        rows = self.db.query(
            "SELECT * FROM region_comments WHERE evidence_id = ? ORDER BY created_at, rowid",
            (evidence_id,),
        )
        reopened = self._reopeners([r["id"] for r in rows if r["version"] > 1])
        return [_comment_from_row(r, reopened.get(r["id"])) for r in rows]

    def add_comment(self, evidence_id: str, box: Rect, body: str) -> RegionComment:
        """A remark pinned to an area; by a supervisor or the monitor who holds the case."""
        item = self._evidence(evidence_id)
        case = self.cases.get(item["case_id"])
        self._require_commenter(case)
        comment = RegionComment(
            box=box, body=body.strip(), author=self.actor.id, created_at=self.db.now()
        )
        with self.db.transaction(self.actor.id) as tx:
            tx.insert(
                "region_comment",
                {
                    "id": comment.id,
                    "evidence_id": evidence_id,
                    "geometry": _dumps({"box": [box.x, box.y, box.w, box.h]}),
                    "body": comment.body,
                    "author_id": self.actor.id,
                    "status": CommentStatus.OPEN.value,
                    "created_at": comment.created_at,
                },
            )
            notify_comment(tx, case, self.actor.id, comment.body, kind="region_comment")
        return self._comment(comment.id)

    def resolve_comment(self, comment_id: str) -> RegionComment:
        return self._set_status(comment_id, resolve=True)

    def reopen_comment(self, comment_id: str) -> RegionComment:
        return self._set_status(comment_id, resolve=False)

    def _set_status(self, comment_id: str, *, resolve: bool) -> RegionComment:
        row = self._comment_row(comment_id)
        item = self._evidence(row["evidence_id"])
        self._require_commenter(self.cases.get(item["case_id"]))
        current = self._comment(comment_id)
        now = self.db.now()
        # The domain refuses resolving a resolved comment (or reopening an open one).
        if resolve:
            current.resolved(self.actor.id, now)
            changes: dict[str, Any] = {
                "status": CommentStatus.RESOLVED.value,
                "resolved_by": self.actor.id,
                "resolved_at": now,
            }
        else:
            current.reopened(self.actor.id, now)
            # Who had resolved it stays on record; who reopened it is in the change log.
            changes = {"status": CommentStatus.OPEN.value}
        with self.db.transaction(self.actor.id) as tx:
            tx.update("region_comment", comment_id, row["version"], changes)
        return self._comment(comment_id)

    # -- renditions ----------------------------------------------------------------

    def record_rendition(
        self,
        evidence_id: str,
        png: Path | bytes,
        *,
        source_sha256: str,
        annotations_digest: str,
        width: int,
        height: int,
        store: EvidenceStore,
    ) -> Rendition:
        """Keep a flattened PNG (annotations and redactions burned in) in the evidence store
        and record which original and which annotations it shows."""
        self.require(Permission.READ_CASES)
        if self.actor.role == Role.ADMIN:
            raise PermissionDenied()
        item = self._evidence(evidence_id)
        if source_sha256 != item["sha256"]:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Rendisi ini dibuat dari berkas lain ({found}), bukan dari bukti {name}.",
                ),
                found=source_sha256[:12],
                name=item["filename"] or evidence_id,
            )
        try:
            data = png if isinstance(png, bytes) else Path(png).read_bytes()
        except OSError as exc:
            raise AsnError(
                QT_TRANSLATE_NOOP("asn_monitor", "Berkas {path} tidak dapat dibaca: {detail}"),
                path=str(png),
                detail=exc.strerror or str(exc),
            ) from exc
        found = sniff(data)
        if (
            found.kind is not FileKind.PNG
            or found.problems
            or (found.width, found.height)
            != (
                width,
                height,
            )
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Rendisi harus berupa PNG utuh berukuran {width} × {height} piksel.",
                ),
                width=width,
                height=height,
            )
        # File before row, as for evidence: a row never names a file this PC lacks.
        sha = store.add_bytes(data)
        rendition_id = new_id()
        with self.db.transaction(self.actor.id) as tx:
            row = tx.insert(
                "rendition",
                {
                    "id": rendition_id,
                    "evidence_id": evidence_id,
                    "sha256": sha,
                    "source_sha256": source_sha256,
                    "annotations_digest": annotations_digest,
                    "width": width,
                    "height": height,
                    "created_by": self.actor.id,
                },
            )
        return _rendition_from_row(row)

    def rendition(self, evidence_id: str, digest: str | None = None) -> Rendition | None:
        """The newest rendition of the item as it is annotated now, or as the shapes whose
        :func:`shapes_digest` is ``digest`` (None if stale/none)."""
        self.require(Permission.READ_CASES)
        item = self._evidence(evidence_id)
        row = self.db.query_one(
            "SELECT * FROM renditions WHERE evidence_id = ? AND source_sha256 = ? "
            "AND annotations_digest = ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
            (evidence_id, item["sha256"], digest or self.annotations_digest(evidence_id)),
        )
        return _rendition_from_row(row) if row else None

    # -- helpers -------------------------------------------------------------------

    def _evidence(self, evidence_id: str) -> dict[str, Any]:
        row = self.db.query_one(
            "SELECT id, case_id, sha256, filename, width, height FROM evidence WHERE id = ?",
            (evidence_id,),
        )
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("asn_monitor", "Bukti {id} tidak ditemukan."), id=evidence_id
            )
        return row

    def _shape_rows(self, evidence_id: str) -> list[dict[str, Any]]:
        return self.db.query(
            "SELECT * FROM annotations WHERE evidence_id = ? ORDER BY z, created_at, id",
            (evidence_id,),
        )

    def _comment_row(self, comment_id: str) -> dict[str, Any]:
        row = self.db.query_one("SELECT * FROM region_comments WHERE id = ?", (comment_id,))
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("asn_monitor", "Komentar {id} tidak ditemukan."), id=comment_id
            )
        return row

    def _comment(self, comment_id: str) -> RegionComment:
        row = self._comment_row(comment_id)
        return _comment_from_row(row, self._reopeners([comment_id]).get(comment_id))

    def _last_editors(self, entity: str, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        marks = ",".join("?" for _ in ids)
        rows = self.db.query(
            "SELECT entity_id, user_id FROM changes WHERE entity = ? AND op = 'update' "
            f"AND entity_id IN ({marks}) ORDER BY id",
            (entity, *ids),
        )
        return {r["entity_id"]: r["user_id"] for r in rows if r["user_id"]}

    def _reopeners(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """Who last reopened each comment, and when, from the change log."""
        if not ids:
            return {}
        marks = ",".join("?" for _ in ids)
        rows = self.db.query(
            "SELECT entity_id, user_id, at, new_value FROM changes WHERE entity = "
            f"'region_comment' AND field = 'status' AND entity_id IN ({marks}) ORDER BY id",
            tuple(ids),
        )
        out: dict[str, tuple[str, str]] = {}
        for r in rows:
            if json.loads(r["new_value"]) == CommentStatus.OPEN.value and r["user_id"]:
                out[r["entity_id"]] = (r["user_id"], r["at"])
        return out

    def _require_editable(self, case: Case) -> None:
        if case.status in SIGNED:
            require_editable(self.cases, case)  # says that approval locked it
        if not self.cases.may_edit(case):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Anotasi pada kasus berstatus \u201c{status}\u201d tidak dapat Anda ubah.",
                ),
                status=case.status.label,
            )

    def _require_commenter(self, case: Case) -> None:
        self.require(Permission.READ_CASES)
        if self.actor.role == Role.SUPERVISOR and case.status is not Status.SELESAI:
            return
        if self.actor.role == Role.MONITOR and case.assignee_id == self.actor.id:
            return
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Komentar pada bukti hanya untuk supervisor dan pemantau yang memegang kasus.",
            )
        )
