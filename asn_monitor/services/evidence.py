"""Evidence on a case: taking files, pasted images and URLs in, checking links again,
proving files unaltered, and editing what is recorded about them.

The file goes into the content-addressed store (this PC's cache first; the sync engine
uploads it to the share before the record that names it). The record is data like any
other and syncs to every PC; a PC that lacks the file fetches and verifies it on first read.

Messages for the person adding evidence come back as :class:`~asn_monitor.capture.sniff.Notice`
objects (template + parameters, translated when shown: ``notice.message(tr)``); refusals are
:class:`~asn_monitor.errors.AsnError` subclasses, as everywhere.
"""

from __future__ import annotations

import builtins
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import requests

from asn_monitor.capture import url as capture
from asn_monitor.capture.sniff import (
    DEFAULT_MAX_PIXELS,
    FileKind,
    Intake,
    IntakeError,
    Notice,
    UnsupportedImage,
    intake_check,
)
from asn_monitor.domain.lifecycle import SIGNED
from asn_monitor.domain.models import Case, EvidenceItem, EvidenceSource, User
from asn_monitor.domain.roles import Permission, Role
from asn_monitor.errors import AsnError, NotFound, PermissionDenied, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service
from asn_monitor.services.cases import CaseService, require_editable
from asn_monitor.services.evidence_integrity import Integrity, verify_files, verify_sha
from asn_monitor.services.evidence_records import (
    item_from_row,
    normalise_metadata,
)
from asn_monitor.store.database import Database, new_id
from asn_monitor.sync.evidence import EvidenceStore

# Item kinds: what the viewer can show, and what it offers to open elsewhere.
IMAGE, DOCUMENT, PAGE = "image", "document", "page"
_DOCUMENT_KINDS = frozenset({FileKind.PDF, FileKind.HTML})
_EXTENSION = {
    FileKind.PNG: "png",
    FileKind.JPEG: "jpg",
    FileKind.GIF: "gif",
    FileKind.WEBP: "webp",
    FileKind.BMP: "bmp",
    FileKind.TIFF: "tif",
    FileKind.PDF: "pdf",
    FileKind.HTML: "html",
}


class DuplicateEvidence(AsnError):
    """The same bytes are already evidence on this case."""

    exit_code = 21
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Berkas {name} sudah ada pada kasus ini sebagai \u201c{existing}\u201d (ditambahkan "
        "{at}); tidak ditambahkan lagi.",
    )

    @property
    def existing_id(self) -> str:
        return str(self.params["existing_id"])


class NotEvidenceFile(IntakeError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Berkas {name} tidak dapat dijadikan bukti: isinya {found}. Tambahkan gambar (PNG, "
        "JPEG, GIF, WebP, BMP atau TIFF), dokumen PDF, atau halaman web tersimpan (HTML).",
    )


ALSO_ON_CASE = QT_TRANSLATE_NOOP(
    "asn_monitor", "Berkas {name} yang sama juga menjadi bukti pada kasus {numbers}."
)
REDIRECTED = QT_TRANSLATE_NOOP("asn_monitor", "Tautan dialihkan: {chain}.")
RECHECK_NOTE = QT_TRANSLATE_NOOP("asn_monitor", "Cek ulang tautan {url}: {outcome}{status}.")
RECHECK_CHANGED = QT_TRANSLATE_NOOP(
    "asn_monitor", "Sidik isi sekarang {sha}; tangkap ulang tautan bila isi barunya diperlukan."
)


@dataclass(frozen=True)
class AddResult:
    """The stored item, and what the person adding it should be told (may be empty)."""

    item: EvidenceItem
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True)
class LinkCheck:
    id: str
    evidence_id: str
    url: str
    outcome: capture.RecheckOutcome
    http_status: int | None
    sha256: str | None
    detail: str
    checked_by: str
    checked_at: str


def _item_kind(intake: Intake) -> str:
    """``image`` or ``document``; refuses what is neither (HEIC says so by name)."""
    kind = intake.sniffed.kind
    if kind.is_image and not kind.is_supported_image:
        raise UnsupportedImage(name=intake.name, format=kind.label)
    if kind.is_image:
        return IMAGE
    if kind in _DOCUMENT_KINDS:
        return DOCUMENT
    raise NotEvidenceFile(name=intake.name, found=kind.label)


def _url_filename(url: str, kind: FileKind) -> str:
    segment = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    segment = re.sub(r"[^\w.\-]+", "_", segment).strip("._")[:80]
    extension = _EXTENSION.get(kind, "bin")
    if not segment:
        segment = "halaman" if kind is FileKind.HTML else "unduhan"
    if "." not in segment or (kind is FileKind.HTML and not segment.endswith((".html", ".htm"))):
        segment = f"{segment}.{extension}"
    return segment


class EvidenceService(Service):
    def __init__(
        self,
        database: Database,
        actor: User,
        store: EvidenceStore,
        *,
        max_bytes: int | None = None,
        max_pixels: int = DEFAULT_MAX_PIXELS,
    ) -> None:
        super().__init__(database, actor)
        self.store = store
        self.cases = CaseService(database, actor)
        self._max_bytes = max_bytes
        self.max_pixels = max_pixels

    @property
    def max_bytes(self) -> int:
        """The size cap: the constructor's, else the office setting (MB), else 50 MB."""
        if self._max_bytes is not None:
            return self._max_bytes
        return int(self.cases.settings.evidence_max_mb() * 1024 * 1024)

    # -- reading -----------------------------------------------------------------

    def list(self, case_id: str) -> list[EvidenceItem]:
        self.require(Permission.READ_CASES)
        rows = self.db.query(
            "SELECT * FROM evidence WHERE case_id = ? ORDER BY created_at, id", (case_id,)
        )
        return [item_from_row(r) for r in rows]

    def get(self, evidence_id: str) -> EvidenceItem:
        self.require(Permission.READ_CASES)
        row = self.db.query_one("SELECT * FROM evidence WHERE id = ?", (evidence_id,))
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("asn_monitor", "Bukti {id} tidak ditemukan."), id=evidence_id
            )
        return item_from_row(row)

    def open_path(self, evidence_id: str) -> Path:
        """A local copy of the file, checked against its SHA-256 before it is returned."""
        item = self.get(evidence_id)
        if not item.sha256:
            raise NotFound(
                QT_TRANSLATE_NOOP("asn_monitor", "Bukti {id} tidak ditemukan."), id=evidence_id
            )
        return self.store.open_path(item.sha256)

    def link_checks(self, evidence_id: str) -> builtins.list[LinkCheck]:
        self.require(Permission.READ_CASES)
        rows = self.db.query(
            "SELECT l.*, coalesce(e.source_url, '') AS url FROM link_checks l "
            "JOIN evidence e ON e.id = l.evidence_id WHERE l.evidence_id = ? "
            "ORDER BY l.created_at, l.rowid",
            (evidence_id,),
        )
        return [
            LinkCheck(
                id=r["id"],
                evidence_id=r["evidence_id"],
                url=r["url"],
                outcome=capture.RecheckOutcome(r["outcome"]),
                http_status=r["http_status"],
                sha256=r["sha256"],
                detail=r["detail"],
                checked_by=r["checked_by"],
                checked_at=r["created_at"],
            )
            for r in rows
        ]

    # -- taking evidence in --------------------------------------------------------

    def add_file(
        self,
        case_id: str,
        path: Path,
        description: str = "",
        *,
        source: str = EvidenceSource.MONITOR.value,
        platform: str | None = None,
        account: str = "",
        posted_at: str | None = None,
    ) -> AddResult:
        """Check a file (size cap, real type, soundness, pixel count) and add it to the case.

        Images become ``image`` items, PDF and HTML files ``document`` items; anything
        else, HEIC, an empty or cut-off file and the same file twice are refused with a
        message saying why. A mislabelled or animated image is taken, with a notice.
        """
        case = self._editable_case(case_id)
        path = Path(path)
        if not path.is_file():
            raise AsnError(
                QT_TRANSLATE_NOOP("asn_monitor", "Berkas {path} tidak ditemukan."), path=str(path)
            )
        meta = normalise_metadata(
            {
                "description": description,
                "source": source,
                "platform": platform,
                "account": account,
                "posted_at": posted_at,
            }
        )
        intake = intake_check(path, path.name, self.max_bytes, self.max_pixels, expect_image=False)
        return self._store(case, intake, _item_kind(intake), meta, {})

    def add_bytes(
        self, case_id: str, data: bytes, filename: str, description: str = "", **meta: Any
    ) -> AddResult:
        """Evidence from memory, e.g. a screenshot pasted from the clipboard
        (``filename`` like ``tempel-20241015-120000.png``); the same checks as a file."""
        case = self._editable_case(case_id)
        fields = normalise_metadata(
            {"description": description, "source": EvidenceSource.MONITOR.value, **meta}
        )
        intake = intake_check(
            bytes(data), filename, self.max_bytes, self.max_pixels, expect_image=False
        )
        return self._store(case, intake, _item_kind(intake), fields, {})

    def capture_url(
        self,
        case_id: str,
        url: str,
        description: str = "",
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = capture.DEFAULT_TIMEOUT,
        deadline: float | None = capture.DEFAULT_DEADLINE,
        **meta: Any,
    ) -> AddResult:
        """Fetch ``url`` and keep the raw bytes with their provenance: an HTML page becomes a
        ``page`` item, an image an ``image`` item (checked like a file). Raises a
        :class:`~asn_monitor.capture.url.CaptureError` subclass when the URL cannot be
        captured (time-out, 404, redirect loop, too large, wrong content type).

        This blocks for the whole fetch. A window should fetch in a worker thread with
        :meth:`fetch_url` (no database use there) and then call :meth:`add_capture` on
        the thread that owns the database.
        """
        self._editable_case(case_id)  # refuse before going to the network
        got = self.fetch_url(
            url, session=session, timeout=timeout, deadline=deadline, max_bytes=self.max_bytes
        )
        return self.add_capture(case_id, got, description, **meta)

    def fetch_url(
        self,
        url: str,
        *,
        max_bytes: int,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = capture.DEFAULT_TIMEOUT,
        deadline: float | None = capture.DEFAULT_DEADLINE,
        cancel: capture.Cancel | None = None,
    ) -> capture.Capture:
        """The network half of :meth:`capture_url`; touches no database, so it may run
        in a worker thread (read :attr:`max_bytes` before, on the database's thread).
        ``cancel``, set from the window's thread, stops it at the next read."""
        return capture.capture_url(
            url,
            session=session,
            timeout=timeout,
            deadline=deadline,
            max_bytes=max_bytes,
            clock=self.db.clock,
            cancel=cancel,
        )

    def add_capture(
        self, case_id: str, got: capture.Capture, description: str = "", **meta: Any
    ) -> AddResult:
        """Store what :meth:`fetch_url` brought back, with its provenance."""
        case = self._editable_case(case_id)
        fields = normalise_metadata(
            {"description": description, "source": EvidenceSource.URL.value, **meta}
        )
        filename = _url_filename(got.final_url, got.sniffed.kind)
        if got.kind is capture.CaptureKind.IMAGE:
            intake = intake_check(got.data, filename, self.max_bytes, self.max_pixels)
            kind = _item_kind(intake)
        else:
            intake = Intake(data=got.data, name=filename, sniffed=got.sniffed)
            kind = PAGE
        notices = list(intake.notices)
        if got.redirects:
            chain = " \u2192 ".join(f"{r.url} ({r.status})" for r in got.redirects)
            notices.append(Notice(REDIRECTED, {"chain": f"{chain} \u2192 {got.final_url}"}))
        provenance = {
            "source_url": got.url,
            "final_url": got.final_url,
            "http_status": got.status,
            "content_type": got.content_type or None,
            "http_headers": json.dumps(got.headers, ensure_ascii=False, sort_keys=True),
            "retrieved_at": got.retrieved_at,
        }
        return self._store(
            case, Intake(got.data, filename, got.sniffed, tuple(notices)), kind, fields, provenance
        )

    def _store(
        self,
        case: Case,
        intake: Intake,
        kind: str,
        meta: dict[str, Any],
        provenance: dict[str, Any],
    ) -> AddResult:
        # The file goes in before the row, so no row ever names a file this PC lacks. If
        # the row then fails (duplicate, disk full, a crash), the file stays without a row:
        # harmless in a content-addressed store — it is only ever reached through a row,
        # the same bytes added later reuse it, and the sync uploads only what rows name.
        sha = self.store.add_bytes(intake.data)
        notices = list(intake.notices)
        with self.db.transaction(self.actor.id) as tx:
            existing = self.db.query_one(
                "SELECT id, filename, description, created_at FROM evidence "
                "WHERE case_id = ? AND sha256 = ? ORDER BY created_at LIMIT 1",
                (case.id, sha),
            )
            if existing is not None:
                raise DuplicateEvidence(
                    name=intake.name,
                    existing=existing["filename"] or existing["description"] or existing["id"],
                    at=str(existing["created_at"])[:16].replace("T", " "),
                    existing_id=existing["id"],
                )
            elsewhere = [
                str(r["number"])
                for r in self.db.query(
                    "SELECT DISTINCT c.number FROM evidence e JOIN cases c ON c.id = e.case_id "
                    "WHERE e.sha256 = ? AND e.case_id != ? ORDER BY c.number",
                    (sha, case.id),
                )
            ]
            found = intake.sniffed
            row = tx.insert(
                "evidence",
                {
                    "id": new_id(),
                    "case_id": case.id,
                    "kind": kind,
                    "sha256": sha,
                    "filename": intake.name,
                    "captured_at": self.db.now(),
                    "captured_by": self.actor.id,
                    "media_type": found.mime,
                    "width": found.width,
                    "height": found.height,
                    "size": len(intake.data),
                    "intake_note": "\n".join(n.message() for n in notices),
                    **meta,
                    **provenance,
                },
            )
        if elsewhere:
            notices.append(
                Notice(ALSO_ON_CASE, {"name": intake.name, "numbers": ", ".join(elsewhere)})
            )
        return AddResult(item_from_row(row), tuple(notices))

    # -- editing -------------------------------------------------------------------

    def update_metadata(self, evidence_id: str, version: int, **fields: Any) -> EvidenceItem:
        """Change what is recorded about the item (never the file): description, source,
        platform, account, post time as seen."""
        item = self.get(evidence_id)
        self._editable_case(item.case_id)
        changes = normalise_metadata(fields)
        with self.db.transaction(self.actor.id) as tx:
            tx.update("evidence", evidence_id, version, changes)
        return self.get(evidence_id)

    # -- links ---------------------------------------------------------------------

    def recheck(
        self,
        evidence_id: str,
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = capture.DEFAULT_TIMEOUT,
        deadline: float | None = capture.DEFAULT_DEADLINE,
    ) -> LinkCheck:
        """Fetch a captured URL again; record the outcome (same, changed, gone, error) as a
        link check and as a note on the case's timeline. Nothing is raised for a URL that
        fails: that is the ``error`` outcome, with the reason in ``detail``.

        Blocks for the fetch; a window runs ``asn_monitor.capture.url.recheck(item.source_url,
        item.sha256, ...)`` in a worker thread and then calls :meth:`record_recheck`.
        """
        item = self._linked_item(evidence_id)
        result = capture.recheck(
            item.source_url or "",
            item.sha256 or "",
            session=session,
            timeout=timeout,
            deadline=deadline,
            max_bytes=self.max_bytes,
            clock=self.db.clock,
        )
        return self.record_recheck(evidence_id, result)

    def fetch_recheck(
        self,
        url: str,
        sha256: str,
        *,
        max_bytes: int,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = capture.DEFAULT_TIMEOUT,
        deadline: float | None = capture.DEFAULT_DEADLINE,
    ) -> capture.RecheckResult:
        """The network half of :meth:`recheck`; touches no database (the caller reads
        the item and the size limit first), so it may run in a worker thread."""
        return capture.recheck(
            url,
            sha256,
            session=session,
            timeout=timeout,
            deadline=deadline,
            max_bytes=max_bytes,
            clock=self.db.clock,
        )

    def record_recheck(self, evidence_id: str, result: capture.RecheckResult) -> LinkCheck:
        """Record a re-check's outcome: a link check row and a ``cek_tautan`` note."""
        item = self._linked_item(evidence_id)
        if result.error is not None:
            detail = result.error.message()
        elif result.outcome is capture.RecheckOutcome.CHANGED and result.sha256:
            detail = RECHECK_CHANGED.format(sha=result.sha256[:12])
        else:
            detail = result.final_url or ""
        status = f" (HTTP {result.status})" if result.status else ""
        body = RECHECK_NOTE.format(url=result.url, outcome=result.outcome.label, status=status)
        if (
            result.outcome is capture.RecheckOutcome.CHANGED
            and result.capture is not None
            and result.capture.data
        ):
            # What the link shows now is evidence too (a post edited after a warning):
            # keep its bytes, content-addressed like the original; sync uploads the file
            # before the record that names it.
            self.store.add_bytes(result.capture.data)
        check_id = new_id()
        with self.db.transaction(self.actor.id) as tx:
            tx.insert(
                "link_check",
                {
                    "id": check_id,
                    "evidence_id": item.id,
                    "outcome": result.outcome.value,
                    "http_status": result.status,
                    "sha256": result.sha256,
                    "detail": detail,
                    "checked_by": self.actor.id,
                    "created_at": result.checked_at,
                },
            )
            tx.insert(
                "note",
                {
                    "id": new_id(),
                    "case_id": item.case_id,
                    "kind": "cek_tautan",
                    "body": f"{body} {detail}".strip() if detail else body,
                    "author_id": self.actor.id,
                },
            )
        return next(c for c in self.link_checks(item.id) if c.id == check_id)

    def _linked_item(self, evidence_id: str) -> EvidenceItem:
        item = self.get(evidence_id)
        self._require_worker()
        if not item.source_url or not item.sha256:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Bukti {name} tidak diambil dari tautan; tidak ada yang dapat diperiksa ulang.",
                ),
                name=item.filename or item.id,
            )
        return item

    # -- integrity -----------------------------------------------------------------

    def verify_item(self, evidence_id: str) -> Integrity:
        """Re-hash the item's copies (this PC's cache, the share's); never raises for a
        bad or missing file: that is ``ok=False`` with what was found."""
        item = self.get(evidence_id)
        expected = item.sha256 or ""
        if not expected:
            return Integrity(item.id, item.filename or "", False, expected, None, None)
        ok, found, path = verify_sha(self.store, expected)
        return Integrity(item.id, item.filename or "", ok, expected, found, path)

    def verify_all(self) -> builtins.list[Integrity]:
        """Every stored item and rendition that does not match its hash or has no copy."""
        self.require(Permission.READ_CASES)
        return verify_files(self.db, self.store)

    # -- helpers -------------------------------------------------------------------

    def _editable_case(self, case_id: str) -> Case:
        self.require(Permission.EDIT_CASE)
        case = self.cases.get(case_id)
        if case.status in SIGNED:
            require_editable(self.cases, case)  # says that approval locked it
        if not self.cases.may_edit(case):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Bukti kasus berstatus {status} tidak dapat ditambah atau diubah.",
                ),
                status=case.status.label,
            )
        return case

    def _require_worker(self) -> None:
        """Monitors and supervisors: the admin keeps the system running, not cases."""
        self.require(Permission.READ_CASES)
        if self.actor.role == Role.ADMIN:
            raise PermissionDenied()
