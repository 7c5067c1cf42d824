"""In-memory stand-ins for the evidence and annotation services, for the widget tests.

They keep the promises the widgets rely on (see ui/evidence_ports.py): files are hashed
and stored, a tampered file fails verification, the same file twice is refused, shapes
and comments round-trip, and every call is recorded for the tests to inspect.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImageReader

from asn_monitor.annotations.commands import Document
from asn_monitor.annotations.serialise import dumps
from asn_monitor.annotations.shapes import Rect, RegionComment, Shape
from asn_monitor.capture.sniff import EmptyFile
from asn_monitor.errors import AsnError, ValidationError

_ids = itertools.count(1)


@dataclass(frozen=True)
class Item:
    id: str
    case_id: str
    kind: str
    description: str
    sha256: str | None
    filename: str | None
    captured_at: str | None
    captured_by: str
    version: int = 1
    source: str = ""
    source_url: str | None = None
    final_url: str | None = None
    http_status: int | None = None
    content_type: str | None = None
    retrieved_at: str | None = None
    platform: str | None = None
    account: str = ""
    posted_at: str | None = None
    media_type: str | None = None
    width: int | None = None
    height: int | None = None
    size: int | None = None
    intake_note: str = ""


@dataclass(frozen=True)
class Added:
    item: Item
    notices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Check:
    outcome: str
    http_status: int | None
    sha256: str | None
    detail: str = ""


@dataclass(frozen=True)
class Integrity:
    ok: bool
    expected: str
    found: str | None
    path: Path | None


@dataclass(frozen=True)
class Rendition:
    sha256: str
    data: bytes = field(repr=False)
    source_sha256: str = ""
    annotations_digest: str = ""
    width: int = 0
    height: int = 0


def _image_info(data: bytes) -> tuple[str | None, int | None, int | None]:
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    fmt = bytes(reader.format().data()).decode()
    size = reader.size()
    if not fmt:
        return None, None, None
    return f"image/{'jpeg' if fmt == 'jpg' else fmt}", size.width(), size.height()


class FakeEvidence:
    def __init__(self, folder: Path, actor_id: str) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.actor_id = actor_id
        self.items: list[Item] = []
        self.store = object()
        self.calls: list[tuple[str, Any]] = []
        self.capture_result: Added | AsnError | None = None
        self.recheck_result = Check("same", 200, None)
        self.notices_for: dict[str, tuple[str, ...]] = {}

    def list(self, case_id: str) -> list[Item]:
        return [i for i in self.items if i.case_id == case_id]

    def add_file(self, case_id: str, path: Path, description: str = "", **meta: Any) -> Added:
        self.calls.append(("add_file", path))
        if not path.is_file():
            raise AsnError("Berkas {path} tidak ditemukan.", path=str(path))
        return self.add_bytes(case_id, path.read_bytes(), path.name, description, **meta)

    def add_bytes(
        self, case_id: str, data: bytes, filename: str, description: str = "", **meta: Any
    ) -> Added:
        self.calls.append(("add_bytes", filename))
        if not data:
            raise EmptyFile(name=filename)
        sha = hashlib.sha256(data).hexdigest()
        if any(i.sha256 == sha and i.case_id == case_id for i in self.items):
            raise ValidationError("Berkas {name} sudah ada pada kasus ini.", name=filename)
        (self.folder / sha).write_bytes(data)
        media, width, height = _image_info(data)
        item = Item(
            id=f"ev{next(_ids)}",
            case_id=case_id,
            kind="image" if media else "file",
            description=description,
            sha256=sha,
            filename=filename,
            captured_at="2026-11-24T09:00:00.000Z",
            captured_by=self.actor_id,
            media_type=media,
            width=width,
            height=height,
            size=len(data),
            **meta,
        )
        self.items.append(item)
        return Added(item, self.notices_for.get(filename, ()))

    def capture_url(self, case_id: str, url: str, description: str = "", **meta: Any) -> Added:
        self.calls.append(("capture_url", url))
        result = self.capture_result
        if isinstance(result, AsnError):
            raise result
        assert result is not None
        self.items.append(result.item)
        return result

    max_bytes = 50 * 1024 * 1024

    def fetch_url(self, url: str, *, max_bytes: int, cancel: Any = None) -> str:
        """The network half: here it only fails when told to (or, with ``hang``, waits
        like a slow server until the dialog cancels it)."""
        self.calls.append(("capture_url", url))
        if getattr(self, "hang", False) and cancel is not None:
            self.calls.append(("cancel_seen", str(cancel.wait(5.0))))
            raise AsnError("dibatalkan")
        if isinstance(self.capture_result, AsnError):
            raise self.capture_result
        return url

    def add_capture(self, case_id: str, got: Any, description: str = "") -> Added:
        result = self.capture_result
        assert isinstance(result, Added)
        self.items.append(result.item)
        return result

    def fetch_recheck(self, url: str, sha256: str, *, max_bytes: int) -> Check:
        return self.recheck_result

    def record_recheck(self, evidence_id: str, result: Check) -> Check:
        self.calls.append(("recheck", evidence_id))
        return result

    def _get(self, evidence_id: str) -> Item:
        return next(i for i in self.items if i.id == evidence_id)

    def verify_item(self, evidence_id: str) -> Integrity:
        item = self._get(evidence_id)
        assert item.sha256
        path = self.folder / item.sha256
        found = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
        return Integrity(found == item.sha256, item.sha256, found, path if path.exists() else None)

    def open_path(self, evidence_id: str) -> Path:
        result = self.verify_item(evidence_id)
        assert result.ok and result.path
        return result.path

    def update_metadata(self, evidence_id: str, version: int, **fields: Any) -> Item:
        self.calls.append(("update_metadata", fields))
        item = self._get(evidence_id)
        if item.version != version:
            raise AsnError("Versi berubah.")
        new = replace(item, version=version + 1, **fields)
        self.items[self.items.index(item)] = new
        return new


class FakeAnnotations:
    def __init__(self, actor_id: str) -> None:
        self.actor_id = actor_id
        self.shapes: dict[str, list[Shape]] = {}
        self.comments: dict[str, list[RegionComment]] = {}
        self.saves: list[tuple[str, list[Shape]]] = []
        self.renditions: dict[str, Rendition] = {}
        self.fail_save: AsnError | None = None

    def load(self, evidence_id: str) -> Document:
        return Document(
            evidence_id, self.shapes.get(evidence_id, []), self.comments.get(evidence_id, [])
        )

    def save(self, evidence_id: str, shapes: Any) -> int:
        if self.fail_save is not None:
            raise self.fail_save
        self.shapes[evidence_id] = list(shapes)
        self.saves.append((evidence_id, list(shapes)))
        return len(shapes)

    def add_comment(self, evidence_id: str, box: Rect, body: str) -> RegionComment:
        comment = RegionComment(box, body, self.actor_id, "2026-11-24T09:30:00.000Z")
        self.comments.setdefault(evidence_id, []).append(comment)
        return comment

    def _replace(self, comment_id: str, change: Any) -> RegionComment:
        for comments in self.comments.values():
            for i, c in enumerate(comments):
                if c.id == comment_id:
                    comments[i] = change(c)
                    return comments[i]
        raise AsnError("Komentar tidak ditemukan.")

    def resolve_comment(self, comment_id: str) -> RegionComment:
        return self._replace(
            comment_id, lambda c: c.resolved(self.actor_id, "2026-11-24T10:00:00Z")
        )

    def reopen_comment(self, comment_id: str) -> RegionComment:
        return self._replace(
            comment_id, lambda c: c.reopened(self.actor_id, "2026-11-24T10:05:00Z")
        )

    def annotations_digest(self, evidence_id: str) -> str:
        text = dumps(self.shapes.get(evidence_id, []))
        return hashlib.sha256(text.encode()).hexdigest()

    def record_rendition(
        self,
        evidence_id: str,
        png_bytes: bytes,
        *,
        source_sha256: str,
        annotations_digest: str,
        width: int,
        height: int,
        store: Any,
    ) -> Rendition:
        rendition = Rendition(
            hashlib.sha256(png_bytes).hexdigest(),
            png_bytes,
            source_sha256,
            annotations_digest,
            width,
            height,
        )
        self.renditions[evidence_id] = rendition
        return rendition

    def rendition(self, evidence_id: str) -> Rendition | None:
        return self.renditions.get(evidence_id)
