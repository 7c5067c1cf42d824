"""Finding the existing case a new report may duplicate.

Three signs, each enough on its own: the same post (URLs compared after
:func:`normalise_url`), the same screenshot (evidence SHA-256), or the same civil servant
(NIP) on the same act date. The URL search narrows candidates with the queue's full-text
index (its ``urls`` column) on the most distinctive word of the link, then compares the
normalised forms exactly, so a lookup costs a few index probes even with years of cases.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.intake.urls import normalise_url
from asn_monitor.store.database import Database

_TOKEN = re.compile(r"[^\W_]+")

REASON_URL = QT_TRANSLATE_NOOP("asn_monitor", "tautan unggahan sama")
REASON_IMAGE = QT_TRANSLATE_NOOP("asn_monitor", "tangkapan layar sama")
REASON_NIP_DATE = QT_TRANSLATE_NOOP("asn_monitor", "NIP dan tanggal perbuatan sama")


@dataclass
class DuplicateMatch:
    case_id: str
    number: str
    status: str
    reasons: list[str] = field(default_factory=list)


def _needle(normal: str) -> str | None:
    """The longest ASCII word of the link's path and query: usually the post's own id.

    ASCII only, because a stored list written with ``ensure_ascii`` spells "é" as
    ``\u00e9`` and the index then holds other words than the link has.
    """
    rest = normal.split("://", 1)[-1]
    path = rest.split("/", 1)[1] if "/" in rest else ""
    words = [w for w in _TOKEN.findall(path) or _TOKEN.findall(rest) if w.isascii()]
    return max(words, key=len) if words else None


class DuplicateFinder:
    def __init__(self, database: Database) -> None:
        self.db = database
        self._fts = bool(
            database.scalar(
                "SELECT count(*) FROM sqlite_master WHERE name = 'case_search' AND type = 'table'"
            )
        )

    def find(
        self,
        urls: Iterable[str] = (),
        shas: Iterable[str] = (),
        nip: str | None = None,
        act_date: str | None = None,
        exclude: str | None = None,
    ) -> list[DuplicateMatch]:
        found: dict[str, DuplicateMatch] = {}

        def add(rows: list[dict[str, object]], reason: str) -> None:
            for row in rows:
                case_id = str(row["id"])
                if case_id == exclude:
                    continue
                match = found.setdefault(
                    case_id, DuplicateMatch(case_id, str(row["number"]), str(row["status"]))
                )
                if reason not in match.reasons:
                    match.reasons.append(reason)

        for url in urls:
            add(self.by_url(url), REASON_URL)
        for sha in shas:
            add(
                self.db.query(
                    "SELECT DISTINCT c.id, c.number, c.status FROM evidence e "
                    "JOIN cases c ON c.id = e.case_id WHERE e.sha256 = ?",
                    (sha,),
                ),
                REASON_IMAGE,
            )
        if nip and act_date:
            add(
                self.db.query(
                    "SELECT c.id, c.number, c.status FROM subjects s "
                    "JOIN cases c ON c.subject_id = s.id WHERE s.nip = ? AND c.act_date = ?",
                    (nip, act_date),
                ),
                REASON_NIP_DATE,
            )
        return self._originals(list(found.values()))

    def by_url(self, url: str) -> list[dict[str, object]]:
        normal = normalise_url(url)
        if not normal:
            return []
        needle = _needle(normal)
        if needle is None:
            # No ASCII word to look up (a link all in another script): scan instead.
            rows = self.db.query("SELECT id, number, status, post_urls FROM cases")
        elif self._fts:
            rows = self.db.query(
                "SELECT c.id, c.number, c.status, c.post_urls FROM case_search "
                "JOIN cases c ON c.rowid = case_search.rowid WHERE case_search MATCH ?",
                ('urls : "' + needle.replace('"', '""') + '"',),
            )
        else:
            rows = self.db.query(
                "SELECT id, number, status, post_urls FROM cases WHERE post_urls LIKE ?",
                (f"%{needle}%",),
            )
        out = []
        for row in rows:
            try:
                theirs = json.loads(str(row["post_urls"]) or "[]")
            except ValueError:
                continue
            if any(normalise_url(str(u)) == normal for u in theirs):
                out.append(row)
        return out

    def _originals(self, matches: list[DuplicateMatch]) -> list[DuplicateMatch]:
        """A match that is itself marked a duplicate points on to the case it duplicates."""
        out: dict[str, DuplicateMatch] = {}
        for match in matches:
            row = self.db.query_one(
                "SELECT o.id, o.number, o.status FROM cases c JOIN cases o ON o.id = c.duplicate_of "
                "WHERE c.id = ?",
                (match.case_id,),
            )
            if row:
                match = DuplicateMatch(
                    str(row["id"]), str(row["number"]), str(row["status"]), match.reasons
                )
            if match.case_id in out:
                for reason in match.reasons:
                    if reason not in out[match.case_id].reasons:
                        out[match.case_id].reasons.append(reason)
            else:
                out[match.case_id] = match
        return sorted(out.values(), key=lambda m: m.number)
