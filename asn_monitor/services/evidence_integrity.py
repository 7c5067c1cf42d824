"""Whether stored evidence files and renditions still match the hashes they were recorded
with. Never raises for a bad or missing file: that is what it reports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from asn_monitor.store.database import Database
from asn_monitor.sync.evidence import EvidenceStore, sha256_of


@dataclass(frozen=True)
class Integrity:
    """Whether a stored file still matches the SHA-256 it was recorded with.

    ``found`` is None when no copy exists (or it could not be read); ``path`` is the copy
    that was checked (the first bad one when some copy is bad).
    """

    evidence_id: str
    filename: str
    ok: bool
    expected: str
    found: str | None
    path: Path | None
    rendition_id: str | None = None


def verify_sha(store: EvidenceStore, sha: str) -> tuple[bool, str | None, Path | None]:
    """Re-hash every copy of ``sha`` that exists now; never raises."""
    try:
        copies = store.copies(sha)
    except OSError:
        copies = []
    if not copies:
        return False, None, None
    for path in copies:
        try:
            found: str | None = sha256_of(path)
        except OSError:
            found = None
        if found != sha:
            return False, found, path
    return True, sha, copies[0]


def verify_files(database: Database, store: EvidenceStore) -> list[Integrity]:
    """Every evidence file, rendition and changed link's new content whose copies do not
    match, or that has none.

    No permission check: this is the admin's ``evidence verify`` (like ``check``).
    """
    problems = []
    rows = database.query(
        "SELECT id AS evidence_id, NULL AS rendition_id, coalesce(filename, '') AS filename, "
        "sha256 FROM evidence WHERE sha256 IS NOT NULL "
        "UNION ALL SELECT r.evidence_id, r.id, coalesce(e.filename, '') || ' (rendisi)', "
        "r.sha256 FROM renditions r LEFT JOIN evidence e ON e.id = r.evidence_id "
        "UNION ALL SELECT l.evidence_id, NULL, coalesce(e.filename, '') || ' (cek tautan)', "
        "l.sha256 FROM link_checks l LEFT JOIN evidence e ON e.id = l.evidence_id "
        "WHERE l.outcome = 'changed' AND l.sha256 IS NOT NULL "
        "ORDER BY 1, 2"
    )
    for row in rows:
        ok, found, path = verify_sha(store, str(row["sha256"]))
        if not ok:
            problems.append(
                Integrity(
                    evidence_id=str(row["evidence_id"]),
                    filename=str(row["filename"]),
                    ok=False,
                    expected=str(row["sha256"]),
                    found=found,
                    path=path,
                    rendition_id=row["rendition_id"],
                )
            )
    return problems


def count_files(database: Database) -> int:
    return int(
        database.scalar(
            "SELECT (SELECT count(*) FROM evidence WHERE sha256 IS NOT NULL) + "
            "(SELECT count(*) FROM renditions)"
        )
    )
