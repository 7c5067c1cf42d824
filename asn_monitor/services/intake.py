"""Registering public reports: one by one from the intake form, or many from an import.

An import is read and checked first (:meth:`IntakeService.preview`) and nothing is written
until the user commits that preview. Rows with errors are skipped and reported by line;
rows with warnings import. Each imported case carries its row's ``import_key``, so the
same rows imported again are recognised and create nothing new. A row that looks like an
existing case (same post, same screenshot, same NIP and act date) is, by the user's
choice, linked to it, merged into it, created anyway or left out.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

from asn_monitor.domain.models import Case, Source, User
from asn_monitor.domain.roles import Permission
from asn_monitor.domain.validation import (
    CASE_FIELDS,
    normalize_case_fields,
    validate_case,
    validate_reporter,
)
from asn_monitor.errors import AsnError, PermissionDenied, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.intake import endpoint as http
from asn_monitor.intake import problems
from asn_monitor.intake.columns import load_columns
from asn_monitor.intake.problems import Problem, Severity, SourceUnreadable
from asn_monitor.intake.reports import Knowledge, ReportRow, parse_report
from asn_monitor.intake.sources import is_url, read_file, read_table
from asn_monitor.intake.table import Table
from asn_monitor.intake.urls import normalise_url
from asn_monitor.services.base import Service
from asn_monitor.services.cases import CaseService
from asn_monitor.services.duplicates import DuplicateFinder, DuplicateMatch
from asn_monitor.services.registry import CHUNK, Progress, RegistryService
from asn_monitor.services.settings import read_setting, write_setting
from asn_monitor.store.database import Database, new_id

ENDPOINT_URL = "import_endpoint_url"
ENDPOINT_TOKEN = "import_endpoint_token"
ENDPOINT_SOURCE = "endpoint"  # what the CLI and the dialog pass to mean "the configured one"
MERGE_NOTE = "gabungan"


class EvidenceAdder(Protocol):
    """What intake needs from the evidence service: adding a file to a case."""

    def add_file(self, case_id: str, path: Path, description: str = "") -> Any: ...


class DuplicateAction(str, Enum):
    LINK = "link"  # a case of its own, marked as duplicating the existing one
    MERGE = "merge"  # add links, evidence and a note to the existing case
    CREATE = "create"  # a case of its own, unrelated
    SKIP = "skip"  # leave the row out

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    DuplicateAction.LINK: QT_TRANSLATE_NOOP("asn_monitor", "Tautkan ke kasus yang ada"),
    DuplicateAction.MERGE: QT_TRANSLATE_NOOP("asn_monitor", "Gabungkan ke kasus yang ada"),
    DuplicateAction.CREATE: QT_TRANSLATE_NOOP("asn_monitor", "Buat kasus baru saja"),
    DuplicateAction.SKIP: QT_TRANSLATE_NOOP("asn_monitor", "Lewati"),
}


class RowState(str, Enum):
    ERROR = "error"
    ALREADY = "already"
    DUPLICATE = "duplicate"
    WARNING = "warning"
    OK = "ok"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    RowState.ERROR: QT_TRANSLATE_NOOP("asn_monitor", "Galat — dilewati"),
    RowState.ALREADY: QT_TRANSLATE_NOOP("asn_monitor", "Sudah diimpor"),
    RowState.DUPLICATE: QT_TRANSLATE_NOOP("asn_monitor", "Kemungkinan duplikat"),
    RowState.WARNING: QT_TRANSLATE_NOOP("asn_monitor", "Siap diimpor, ada peringatan"),
    RowState.OK: QT_TRANSLATE_NOOP("asn_monitor", "Siap diimpor"),
}


@dataclass
class PreviewRow:
    report: ReportRow
    duplicates: list[DuplicateMatch] = field(default_factory=list)
    already: str | None = None  # number of the case an earlier import made from this row
    same_as_line: int | None = None  # an earlier row of this import reports the same post
    action: DuplicateAction | None = None  # the user's choice for this row, if any

    @property
    def line(self) -> int:
        return self.report.line

    @property
    def state(self) -> RowState:
        if self.report.has_errors:
            return RowState.ERROR
        if self.already:
            return RowState.ALREADY
        if self.duplicates or self.same_as_line:
            return RowState.DUPLICATE
        if any(x.severity is Severity.WARNING for x in self.report.problems):
            return RowState.WARNING
        return RowState.OK


@dataclass
class ReportPreview:
    source: str
    table: Table
    rows: list[PreviewRow]
    unknown_columns: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # about the source as a whole
    cancelled: bool = False

    def count(self, state: RowState) -> int:
        return sum(1 for r in self.rows if r.state is state)

    @property
    def importable(self) -> int:
        return sum(1 for r in self.rows if r.state not in (RowState.ERROR, RowState.ALREADY))


@dataclass
class ImportResult:
    created: list[tuple[int, str]] = field(default_factory=list)  # (line, case number)
    linked: list[tuple[int, str, str]] = field(default_factory=list)  # (line, new, existing)
    merged: list[tuple[int, str]] = field(default_factory=list)  # (line, existing number)
    already: list[tuple[int, str]] = field(default_factory=list)
    declined: list[int] = field(default_factory=list)  # duplicates the user chose to skip
    skipped: list[tuple[int, AsnError]] = field(default_factory=list)  # errors: not imported
    cancelled: bool = False
    case_ids: list[str] = field(default_factory=list)  # the cases this import made


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


class IntakeService(Service):
    def __init__(
        self,
        database: Database,
        actor: User,
        cases: CaseService | None = None,
        evidence: EvidenceAdder | None = None,
        fetch: Callable[..., http.Fetched] = http.fetch,
        registry: RegistryService | None = None,
    ) -> None:
        super().__init__(database, actor)
        self.cases = cases or CaseService(database, actor)
        self.evidence = evidence
        self.fetch = fetch
        self.registry = registry or RegistryService(database, actor)
        self.finder = DuplicateFinder(database)

    # -- the endpoint ---------------------------------------------------------------

    def endpoint(self) -> tuple[str, str]:
        """The configured endpoint's URL and token ("" when not set)."""
        return read_setting(self.db, ENDPOINT_URL), read_setting(self.db, ENDPOINT_TOKEN)

    def set_endpoint(self, url: str, token: str) -> None:
        self.require(Permission.MANAGE_SETTINGS)
        url = url.strip()
        if url:
            http.check_url(url)
        with self.db.transaction(self.actor.id) as tx:
            write_setting(tx, self.db, ENDPOINT_URL, url)
            write_setting(tx, self.db, ENDPOINT_TOKEN, token.strip())

    # -- reading and checking ----------------------------------------------------------

    def resolve(self, source: str) -> tuple[str, str]:
        """Where ``source`` (a file path, a URL, or "endpoint") points, and the token to
        send with it ("" for files and for any host but the configured endpoint's)."""
        self.require(Permission.CREATE_CASE)
        configured, token = self.endpoint()
        if source.strip() in ("", ENDPOINT_SOURCE):
            if not configured:
                raise SourceUnreadable(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Endpoint impor belum diatur. Supervisor mengaturnya di Impor laporan "
                        "→ Pengaturan endpoint (atau \u201cpython main.py import endpoint URL\u201d).",
                    )
                )
            source = configured
        if is_url(source):
            # The token is the office's secret for its own endpoint: never sent elsewhere.
            secret = token if configured and http.same_host(source, configured) else ""
            return source.strip(), secret
        return str(Path(source).expanduser()), ""

    def read(self, resolved: str, token: str = "") -> Table:
        """Fetch or read what :meth:`resolve` gave. Touches no database, so the UI may run
        it in a worker thread while the window stays responsive."""
        if is_url(resolved):
            fetched = self.fetch(resolved, token)
            return read_table(fetched.data, "", fetched.content_type or "application/json")
        path = Path(resolved)
        return read_table(read_file(path), path.name)

    def load(self, source: str) -> tuple[Table, str]:
        resolved, token = self.resolve(source)
        return self.read(resolved, token), resolved

    def preview(self, source: str, progress: Progress | None = None) -> ReportPreview:
        table, name = self.load(source)
        return self.preview_table(table, name, progress)

    def preview_table(
        self, table: Table, source: str = "", progress: Progress | None = None
    ) -> ReportPreview:
        self.require(Permission.CREATE_CASE)
        mapping, unknown = load_columns("reports").resolve(table.headers)
        if "summary" not in mapping.values():
            raise SourceUnreadable(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Kolom ringkasan laporan (mis. \u201cringkasan\u201d, \u201curaian\u201d, "
                    "\u201csummary\u201d) tidak ditemukan. Kolom yang ada: {found}.",
                ),
                found=", ".join(table.headers) or "-",
            )
        notes = list(table.problems)
        for column in unknown:
            notes.append(
                problems.notice(
                    0,
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Kolom \u201c{column}\u201d tidak dikenal dan tidak diimpor (lihat "
                        "resources/import/columns.json).",
                    ),
                    column=column,
                )
            )
        knowledge = Knowledge(self.today(), self.registry.agency_list(), self.registry.lookup)
        preview = ReportPreview(source, table, [], unknown, notes)
        reports = []
        for i, raw in enumerate(table.rows):
            reports.append(parse_report(raw, mapping, knowledge))
            if progress and (i + 1) % CHUNK == 0 and not progress(i + 1, 2 * len(table.rows)):
                preview.cancelled = True
                return preview
        imported = self._imported([r.import_key for r in reports])
        seen_keys: dict[str, int] = {}
        seen_urls: dict[str, int] = {}
        for i, report in enumerate(reports):
            row = PreviewRow(report)
            preview.rows.append(row)
            if (
                progress
                and (i + 1) % CHUNK == 0
                and not progress(len(reports) + i + 1, 2 * len(reports))
            ):
                preview.cancelled = True
                return preview
            if report.has_errors:
                continue
            if report.import_key in seen_keys:
                report.problems.append(
                    problems.error(
                        report.line,
                        QT_TRANSLATE_NOOP(
                            "asn_monitor",
                            "Sama persis dengan baris {line}; baris ini tidak diimpor dua kali.",
                        ),
                        line=seen_keys[report.import_key],
                    )
                )
                continue
            seen_keys[report.import_key] = report.line
            if report.import_key in imported:
                row.already = imported[report.import_key]
                report.problems.append(
                    problems.notice(
                        report.line,
                        QT_TRANSLATE_NOOP(
                            "asn_monitor",
                            "Sudah diimpor sebelumnya ({number}); tidak dibuat lagi.",
                        ),
                        number=row.already,
                    )
                )
                continue
            row.duplicates = self.finder.find(
                report.urls, nip=report.nip or None, act_date=report.case.get("act_date")
            )
            if row.duplicates:
                report.problems.append(
                    problems.warning(
                        report.line,
                        QT_TRANSLATE_NOOP(
                            "asn_monitor", "Kemungkinan duplikat kasus {numbers} ({reasons})."
                        ),
                        numbers=", ".join(m.number for m in row.duplicates),
                        reasons=sorted({r for m in row.duplicates for r in m.reasons}),
                    )
                )
            for url in report.urls:
                if url in seen_urls and not row.duplicates:
                    row.same_as_line = seen_urls[url]
                    report.problems.append(
                        problems.warning(
                            report.line,
                            QT_TRANSLATE_NOOP(
                                "asn_monitor",
                                "Tautan unggahan sama dengan baris {line} (laporan kedua atas "
                                "unggahan yang sama).",
                            ),
                            line=row.same_as_line,
                        )
                    )
                    break
            for url in report.urls:
                seen_urls.setdefault(url, report.line)
        return preview

    def _imported(self, keys: list[str]) -> dict[str, str]:
        """Import keys already in this office's cases (or merged notes), with case numbers."""
        out: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            marks = ",".join("?" for _ in part)
            for r in self.db.query(
                f"SELECT import_key, number FROM cases WHERE import_key IN ({marks})", tuple(part)
            ):
                out[r["import_key"]] = r["number"]
            kinds = [f"{MERGE_NOTE}:{k}" for k in part]
            for r in self.db.query(
                f"SELECT n.kind, c.number FROM notes n JOIN cases c ON c.id = n.case_id "
                f"WHERE n.kind IN ({marks})",
                tuple(kinds),
            ):
                out[r["kind"].split(":", 1)[1]] = r["number"]
        return out

    # -- committing ------------------------------------------------------------------

    def commit(
        self,
        preview: ReportPreview,
        on_duplicate: DuplicateAction = DuplicateAction.LINK,
        progress: Progress | None = None,
        chunk: int = CHUNK,
    ) -> ImportResult:
        """Write the preview's importable rows, ``chunk`` rows per transaction (so each
        sync batch stays small), calling ``progress`` after each chunk."""
        self.require(Permission.CREATE_CASE)
        result = ImportResult()
        for row in preview.rows:
            if row.state is RowState.ERROR:
                first = next(x for x in row.report.problems if x.severity is Severity.ERROR)
                result.skipped.append((row.line, first.message))
            elif row.state is RowState.ALREADY:
                result.already.append((row.line, row.already or ""))
        todo = [r for r in preview.rows if r.state not in (RowState.ERROR, RowState.ALREADY)]
        made: dict[int, str] = {}  # line -> case id, for rows that repeat an earlier row
        for start in range(0, len(todo), chunk):
            with self.db.transaction(self.actor.id):
                for row in todo[start : start + chunk]:
                    self._commit_row(row, on_duplicate, made, result)
            done = min(start + chunk, len(todo))
            if progress is not None and not progress(done, len(todo)) and done < len(todo):
                result.cancelled = True
                break
        return result

    def _commit_row(
        self,
        row: PreviewRow,
        default: DuplicateAction,
        made: dict[int, str],
        result: ImportResult,
    ) -> None:
        report = row.report
        target: str | None = None
        if row.duplicates:
            target = row.duplicates[0].case_id
        elif row.same_as_line is not None:
            target = made.get(row.same_as_line)
        action = row.action or (default if target else DuplicateAction.CREATE)
        if action is not DuplicateAction.CREATE and target is None:
            action = DuplicateAction.CREATE
        try:
            if action is DuplicateAction.SKIP:
                result.declined.append(row.line)
                return
            if action is DuplicateAction.MERGE and target:
                case = self.merge_into(
                    target, report.case, report.reporter, import_key=report.import_key
                )
                result.merged.append((row.line, case.number))
                result.case_ids.append(case.id)
                return
            case = self.cases.create(
                report.case,
                subject=report.subject,
                reporter=report.reporter,
                import_key=report.import_key,
                duplicate_of=target if action is DuplicateAction.LINK else None,
            )
        except sqlite3.IntegrityError:
            # Another PC imported the same row meanwhile and it has synced here.
            number = self._imported([report.import_key]).get(report.import_key, "?")
            result.already.append((row.line, number))
            return
        except AsnError as exc:
            result.skipped.append((row.line, exc))
            return
        made[row.line] = case.id
        result.case_ids.append(case.id)
        if action is DuplicateAction.LINK and target:
            existing = self.cases.get(target).number
            result.linked.append((row.line, case.number, existing))
        else:
            result.created.append((row.line, case.number))

    # -- one report at a time (the intake form) ------------------------------------------

    def duplicates_for(
        self,
        fields: dict[str, Any],
        subject: dict[str, Any] | None = None,
        screenshots: Iterable[Path] = (),
    ) -> list[DuplicateMatch]:
        values = normalize_case_fields({k: fields.get(k) for k in CASE_FIELDS if k in fields})
        nip = "".join(str((subject or {}).get("nip") or "").split()) or None
        shas = [file_sha256(p) for p in screenshots if p.is_file()]
        return self.finder.find(
            values.get("post_urls") or [], shas, nip=nip, act_date=values.get("act_date")
        )

    def register(
        self,
        fields: dict[str, Any],
        subject: dict[str, Any] | None = None,
        reporter: dict[str, Any] | None = None,
        screenshots: Iterable[Path] = (),
        action: DuplicateAction = DuplicateAction.CREATE,
        target: str | None = None,
    ) -> Case:
        """Save a report typed in the intake form, as the user chose about a duplicate."""
        shots = list(screenshots)
        if shots and self.evidence is None:
            raise AsnError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Penyimpanan bukti tidak tersedia; tangkapan layar belum disimpan.",
                )
            )
        for shot in shots:
            if not shot.is_file():
                raise AsnError(
                    QT_TRANSLATE_NOOP("asn_monitor", "Berkas {path} tidak ditemukan."),
                    path=str(shot),
                )
        if action is DuplicateAction.MERGE and target:
            case = self.merge_into(target, fields, reporter, subject=subject)
        else:
            case = self.cases.create(
                fields,
                subject=subject,
                reporter=reporter,
                duplicate_of=target if action is DuplicateAction.LINK else None,
            )
        if self.evidence is not None:
            for shot in shots:
                self.evidence.add_file(
                    case.id, shot, QT_TRANSLATE_NOOP("asn_monitor", "Tangkapan layar dari pelapor")
                )
        return self.cases.get(case.id)

    def merge_into(
        self,
        case_id: str,
        report: dict[str, Any],
        reporter: dict[str, Any] | None = None,
        subject: dict[str, Any] | None = None,
        import_key: str | None = None,
    ) -> Case:
        """Add a report to an existing case: its new links, the dates and account the case
        lacks, its reporter (if the case has none), and its account of events as a note."""
        self.require(Permission.EDIT_CASE)
        case = self.cases.get(case_id)
        if not self.cases.may_edit(case):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Kasus {number} tidak dapat Anda ubah saat ini; pilih \u201cTautkan\u201d agar "
                    "laporan ini menjadi kasus sendiri yang tertaut ke {number}.",
                ),
                number=case.number,
            )
        values = normalize_case_fields({k: report.get(k) for k in CASE_FIELDS if k in report})
        values.setdefault("source", Source.PUBLIC_REPORT.value)
        values["received_date"] = values.get("received_date") or self.today().isoformat()
        validate_case({**values, "summary": values.get("summary") or "-"}, self.today())
        has_reporter = bool(reporter and any(str(v or "").strip() for v in reporter.values()))
        if has_reporter:
            assert reporter is not None
            validate_reporter(reporter)
            if case.has_reporter:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Kasus {number} sudah memiliki pelapor; pilih \u201cTautkan\u201d agar "
                        "identitas pelapor ini tetap tersimpan.",
                    ),
                    number=case.number,
                )
        known = {normalise_url(u) for u in case.post_urls}
        urls = list(case.post_urls)
        for url in values.get("post_urls") or []:
            if normalise_url(url) not in known:
                known.add(normalise_url(url))
                urls.append(url)
        changes: dict[str, Any] = {}
        if urls != list(case.post_urls):
            changes["post_urls"] = json.dumps(urls, ensure_ascii=False)
        for name in ("act_date", "known_date", "platform", "account_handle"):
            if values.get(name) and not getattr(case, name):
                changes[name] = values[name]
        body = self._merge_note(values, subject)
        with self.db.transaction(self.actor.id) as tx:
            if has_reporter:
                assert reporter is not None
                reporter_id = new_id()
                tx.insert(
                    "reporter",
                    {
                        "id": reporter_id,
                        "name": str(reporter.get("name") or "").strip(),
                        "contact": str(reporter.get("contact") or "").strip(),
                        "nik": "".join(str(reporter.get("nik") or "").split()) or None,
                    },
                )
                changes["reporter_id"] = reporter_id
            if changes:
                tx.update("case", case.id, case.version, changes)
            tx.insert(
                "note",
                {
                    "id": new_id(),
                    "case_id": case.id,
                    "kind": f"{MERGE_NOTE}:{import_key}" if import_key else MERGE_NOTE,
                    "body": body,
                    "author_id": self.actor.id,
                },
            )
        if subject and not case.subject_id:
            fresh = self.cases.get(case.id)
            self.cases.update(case.id, fresh.version, {}, subject=subject)
        return self.cases.get(case.id)

    def _merge_note(self, values: dict[str, Any], subject: dict[str, Any] | None) -> str:
        # Notes are seen by everyone: the reporter's identity never goes here.
        lines = [f"Laporan serupa digabungkan (diterima {values.get('received_date')})."]
        if values.get("summary"):
            lines.append(str(values["summary"]))
        if values.get("post_urls"):
            lines.append("Tautan: " + " ".join(values["post_urls"]))
        if subject and any(str(v or "").strip() for v in subject.values()):
            said = ", ".join(f"{k}: {v}" for k, v in subject.items() if str(v or "").strip())
            lines.append(f"Terlapor menurut laporan ini: {said}")
        return "\n".join(lines)
