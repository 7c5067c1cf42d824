"""The civil-servant registry: the BKD's personnel list, imported and searched as you type.

Importing upserts by NIP (the BKD list is the authority on who someone is and where they
work). Search answers from an in-memory index of folded names, rebuilt only when the
registry changed, so each keystroke costs a bisection rather than a table scan.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from asn_monitor.domain.models import User
from asn_monitor.domain.reference import ReferenceLists, load_reference
from asn_monitor.domain.roles import Permission
from asn_monitor.errors import PermissionDenied
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.intake import problems
from asn_monitor.intake.agencies import AgencyList
from asn_monitor.intake.columns import fold, load_columns
from asn_monitor.intake.problems import Problem, SourceUnreadable
from asn_monitor.intake.registry import REGISTRY_FIELDS, RegistryRow, parse_registry_row
from asn_monitor.intake.table import Table
from asn_monitor.services.base import Service
from asn_monitor.store.database import Database, new_id

# (done, total) -> whether to go on; returning False cancels between chunks.
Progress = Callable[[int, int], bool]
CHUNK = 200
_APOSTROPHES = re.compile(r"['’`´]")
_WORD_SPLIT = re.compile(r"[\s,.;:()/\-]+")


def fold_name(text: str) -> str:
    """How names compare in search: no accents, no case, "Nur'aini" as "nuraini"."""
    return " ".join(w for w in _WORD_SPLIT.split(_APOSTROPHES.sub("", fold(text))) if w)


@dataclass(frozen=True)
class RegistryEntry:
    id: str
    nip: str
    name: str
    employment_type: str
    agency: str
    position: str
    rank: str
    version: int = 1

    def as_subject(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "employment_type": self.employment_type,
            "nip": self.nip,
            "agency": self.agency,
            "position": self.position,
            "rank": self.rank,
        }


def _entry(row: dict[str, Any]) -> RegistryEntry:
    return RegistryEntry(
        id=row["id"],
        nip=row["nip"],
        name=row["name"],
        employment_type=row["employment_type"],
        agency=row["agency"],
        position=row["position"],
        rank=row["rank"],
        version=row["version"],
    )


@dataclass
class RegistryPreview:
    source: str
    table: Table
    rows: list[RegistryRow]
    unknown_columns: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return self.table.problems

    def count(self, state: str) -> int:
        return sum(1 for r in self.rows if row_state(r) == state)


def row_state(row: RegistryRow) -> str:
    if row.has_errors:
        return "error"
    if row.existing is None:
        return "new"
    return "update" if row.changes else "same"


@dataclass
class RegistryResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[RegistryRow] = field(default_factory=list)
    cancelled: bool = False


class RegistryService(Service):
    def __init__(
        self, database: Database, actor: User, reference: ReferenceLists | None = None
    ) -> None:
        super().__init__(database, actor)
        self.reference = reference or load_reference()
        self._index_stamp: tuple[Any, ...] | None = None
        self._keys: list[tuple[str, int]] = []
        self._entries: list[RegistryEntry] = []

    # -- reading -----------------------------------------------------------------

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM registry"))

    def by_nip(self, nip: str) -> RegistryEntry | None:
        row = self.db.query_one("SELECT * FROM registry WHERE nip = ?", ("".join(nip.split()),))
        return _entry(row) if row else None

    def lookup(self, nip: str) -> dict[str, Any] | None:
        entry = self.by_nip(nip)
        return entry.as_subject() if entry else None

    def agencies(self) -> list[str]:
        rows = self.db.query("SELECT DISTINCT agency FROM registry WHERE agency != ''")
        return sorted(str(r["agency"]) for r in rows)

    def agency_list(self) -> AgencyList:
        return AgencyList([*self.reference.agencies, *self.agencies()], self.reference.agency_codes)

    def search(self, text: str, limit: int = 15) -> list[RegistryEntry]:
        """People whose NIP starts with the digits typed, or whose name (any word of it)
        starts with the text typed, ignoring case, accents and apostrophes."""
        self.require(Permission.READ_CASES)
        digits = "".join(text.split())
        if digits.isdigit():
            rows = self.db.query(
                "SELECT * FROM registry WHERE nip >= ? AND nip < ? ORDER BY nip LIMIT ?",
                (digits, digits + ":", limit),
            )
            return [_entry(r) for r in rows]
        query = fold_name(text)
        if not query:
            return []
        self._refresh_index()
        start = bisect.bisect_left(self._keys, (query, -1))
        seen: dict[int, None] = {}
        for key, index in self._keys[start:]:
            if not key.startswith(query):
                break
            seen.setdefault(index, None)
            if len(seen) >= limit:
                break
        found = [self._entries[i] for i in seen]
        return sorted(found, key=lambda e: (not fold_name(e.name).startswith(query), e.name))

    def _refresh_index(self) -> None:
        row = self.db.query_one("SELECT count(*) AS n, max(updated_at) AS at FROM registry")
        stamp = (row or {}).get("n"), (row or {}).get("at")
        if stamp == self._index_stamp:
            return
        entries = [_entry(r) for r in self.db.query("SELECT * FROM registry")]
        keys: list[tuple[str, int]] = []
        for i, entry in enumerate(entries):
            words = fold_name(entry.name).split()
            # Every word may begin the search: "wayan" finds "I Wayan Sudarma".
            keys += [(" ".join(words[j:]), i) for j in range(len(words))]
        keys.sort()
        self._entries, self._keys, self._index_stamp = entries, keys, stamp

    # -- importing ---------------------------------------------------------------

    def preview(self, table: Table, source: str = "") -> RegistryPreview:
        self.require(Permission.READ_CASES)
        mapping, unknown = load_columns("registry").resolve(table.headers)
        missing = [name for name in ("nip", "name") if name not in mapping.values()]
        if missing:
            raise SourceUnreadable(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Kolom wajib tidak ditemukan: {missing}. Kolom yang ada: {found}. Judul "
                    "kolom yang dikenali ada di resources/import/columns.json.",
                ),
                missing=", ".join("NIP" if m == "nip" else "Nama" for m in missing),
                found=", ".join(table.headers) or "-",
            )
        agencies = self.agency_list()
        existing = {r["nip"]: r for r in self.db.query("SELECT * FROM registry")}
        first_line: dict[str, int] = {}
        rows = []
        today = self.today()
        for raw in table.rows:
            row = parse_registry_row(raw, mapping, today, agencies)
            nip = row.values["nip"]
            if nip and not row.has_errors:
                if nip in first_line:
                    row.problems.append(
                        problems.error(
                            row.line,
                            QT_TRANSLATE_NOOP(
                                "asn_monitor",
                                "NIP {nip} sudah ada di baris {line}; baris ini dilewati.",
                            ),
                            "nip",
                            nip=nip,
                            line=first_line[nip],
                        )
                    )
                else:
                    first_line[nip] = row.line
            current = existing.get(nip)
            if current is not None:
                row.existing = current
                row.changes = {
                    k: v for k, v in row.values.items() if k != "nip" and v and current.get(k) != v
                }
            rows.append(row)
        return RegistryPreview(source, table, rows, unknown)

    def commit(
        self, preview: RegistryPreview, progress: Progress | None = None, chunk: int = CHUNK
    ) -> RegistryResult:
        """Add new people and update changed ones, ``chunk`` rows per transaction."""
        if not self.can(Permission.MANAGE_SETTINGS):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Hanya supervisor atau admin yang dapat mengimpor daftar ASN."
                )
            )
        result = RegistryResult()
        todo = [r for r in preview.rows if not r.has_errors]
        result.skipped = [r for r in preview.rows if r.has_errors]
        source = preview.source[:200]
        for start in range(0, len(todo), chunk):
            with self.db.transaction(self.actor.id) as tx:
                for row in todo[start : start + chunk]:
                    values = {k: row.values[k] for k in REGISTRY_FIELDS}
                    current = self.db.query_one(
                        "SELECT * FROM registry WHERE nip = ?", (values["nip"],)
                    )
                    if current is None:
                        tx.insert("registry", {"id": new_id(), **values, "source": source})
                        result.added += 1
                        continue
                    changes = {
                        k: v for k, v in values.items() if k != "nip" and v and current[k] != v
                    }
                    if changes:
                        tx.update("registry", current["id"], current["version"], changes)
                        result.updated += 1
                    else:
                        result.unchanged += 1
            done = min(start + chunk, len(todo))
            if progress is not None and not progress(done, len(todo)) and done < len(todo):
                result.cancelled = True
                break
        return result
