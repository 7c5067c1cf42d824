"""The office's sanction catalogue: the shipped file until a supervisor corrects it, then
the newest saved version in the shared database, with every earlier version kept.

A correction is a new ``catalogues`` row (a synced record), so it reaches every PC with
the next sync and the history of who changed what stays in the audit trail. Nothing is
saved that ``parse_catalogue`` refuses, and a stored version that fails to parse (written
by a newer release, say) is skipped for the last good one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn_monitor.domain.models import User
from asn_monitor.domain.roles import Permission
from asn_monitor.errors import AsnError, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service
from asn_monitor.store.database import Database, new_id
from asn_monitor.worksheet import Catalogue, CatalogueError, load_catalogue, parse_catalogue
from asn_monitor.worksheet.catalogue import default_catalogue_path
from asn_monitor.worksheet.editing import bump_version
from asn_monitor.worksheet.errors import CatalogueUnreadable

MAX_NOTE = 500


@dataclass(frozen=True)
class CatalogueVersion:
    id: str
    catalogue_version: int
    note: str
    created_by: str  # display name
    created_at: str


class CatalogueService(Service):
    def __init__(self, database: Database, actor: User, shipped: Path | None = None) -> None:
        super().__init__(database, actor)
        self.shipped_path = shipped or default_catalogue_path()
        self._cache: tuple[str, Catalogue] | None = None

    def current(self) -> Catalogue:
        """The catalogue in force: the newest saved version that parses, else the file."""
        for row in self._rows():
            if self._cache is not None and self._cache[0] == row["id"]:
                return self._cache[1]
            try:
                catalogue = parse_catalogue(row["content"], f"database:{row['id']}")
            except CatalogueError:
                continue
            self._cache = (str(row["id"]), catalogue)
            return catalogue
        return self.shipped()

    def shipped(self) -> Catalogue:
        return load_catalogue(self.shipped_path)

    def data(self) -> dict[str, Any]:
        """The catalogue in force as JSON data, for the editor."""
        for row in self._rows():
            try:
                parse_catalogue(row["content"], f"database:{row['id']}")
            except CatalogueError:
                continue
            return dict(json.loads(row["content"]))
        return dict(json.loads(self.shipped_path.read_text(encoding="utf-8-sig")))

    def shipped_is_newer(self) -> bool:
        """A release brought a catalogue newer than the office's corrected one."""
        try:
            return self.shipped().version > self.current().version and bool(self._rows())
        except CatalogueError:
            return False

    def history(self) -> list[CatalogueVersion]:
        rows = self.db.query(
            "SELECT c.id, c.catalogue_version, c.note, c.created_at, "
            "coalesce(u.display_name, '?') AS who FROM catalogues c "
            "LEFT JOIN users u ON u.id = c.created_by ORDER BY CAST(c.catalogue_version AS INTEGER) DESC, c.created_at DESC, c.id DESC"
        )
        return [
            CatalogueVersion(
                r["id"], int(r["catalogue_version"]), r["note"], r["who"], r["created_at"]
            )
            for r in rows
        ]

    def content(self, version_id: str) -> str:
        value = self.db.scalar("SELECT content FROM catalogues WHERE id = ?", (version_id,))
        if value is None:
            raise AsnError(QT_TRANSLATE_NOOP("asn_monitor", "Versi katalog tidak ditemukan."))
        return str(value)

    def save(self, data: dict[str, Any], note: str) -> Catalogue:
        """Check and save a corrected catalogue as the new version in force."""
        self.require(Permission.EDIT_CATALOGUE)
        note = note.strip()
        if not note:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Tulis catatan perubahan: apa yang dikoreksi dan dasarnya."
                )
            )
        if len(note) > MAX_NOTE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Catatan perubahan paling banyak {max} karakter."),
                max=MAX_NOTE,
            )
        data = bump_version(data, self.current().version)
        text = json.dumps(data, ensure_ascii=False, indent=2)
        catalogue = parse_catalogue(text, "editor")  # refuses before anything is written
        with self.db.transaction(self.actor.id) as tx:
            tx.insert(
                "catalogue",
                {
                    "id": new_id(),
                    "catalogue_version": str(catalogue.version),
                    "content": text,
                    "note": note,
                    "created_by": self.actor.id,
                },
            )
        self._cache = None
        return catalogue

    def import_file(self, path: Path, note: str) -> Catalogue:
        """Take a catalogue file (a corrected copy, or a newer shipped one) as the new
        version; a bad file is refused naming its line and column, nothing changes."""
        self.require(Permission.EDIT_CATALOGUE)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise CatalogueUnreadable(path=str(path), detail=exc.strerror or str(exc)) from exc
        parse_catalogue(raw, str(path))
        return self.save(dict(json.loads(raw.decode("utf-8-sig"))), note)

    def _rows(self) -> list[dict[str, Any]]:
        return self.db.query(
            "SELECT id, content FROM catalogues "
            "ORDER BY CAST(catalogue_version AS INTEGER) DESC, created_at DESC, id DESC"
        )
