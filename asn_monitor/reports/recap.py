"""What a printed periodic recap (Rekapitulasi) says, gathered without Qt.

The recap covers the cases *received* in a period, as the dashboard's date range does:
the grouped figures are the dashboard's own (:class:`DashboardService`), to which the
recap adds the list of the cases and what each monitor handled in the period.

Nothing here reads the reporter tables: a recap is handed round the office and beyond,
and no printout may show who reported a case.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Platform, User
from asn_monitor.errors import ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service
from asn_monitor.services.dashboard import (
    NO_PLATFORM,
    UNKNOWN_KEY,
    Bucket,
    DashboardFigures,
    DashboardService,
    OverdueFollowup,
)
from asn_monitor.store.database import Database
from asn_monitor.worksheet.model import Level

# Agencies named one by one in the recap's table and chart; the rest share one row.
RECAP_TOP_AGENCIES = 15
NOBODY = QT_TRANSLATE_NOOP("asn_monitor", "Belum dipegang")

# The stages of handling a monitor's cases are counted in, for the table and its chart.
IN_PROGRESS = frozenset(
    {Status.MASUK, Status.DIVERIFIKASI, Status.DINILAI, Status.DIKEMBALIKAN, Status.DISETUJUI}
)
REFERRED = frozenset({Status.DITERUSKAN, Status.DITINDAKLANJUTI, Status.SELESAI})

_LEVELS = {level.value: level for level in Level}
_STATUSES = {status.value: status for status in Status}
_PLATFORMS = {platform.value: platform for platform in Platform}


@dataclass(frozen=True)
class RecapCase:
    """One row of the recap's case list. Labels are marked source text (translated
    where printed); an unknown code (from a newer release) is its own label."""

    case_id: str
    number: str
    received_date: dt.date
    subject_name: str  # empty: nobody identified yet
    nip: str
    agency: str
    platform: str  # code; empty when not recorded
    platform_label: str
    level: str  # code of the level the worksheet proposes (or computes); empty for none
    level_label: str
    status: str
    status_label: str
    monitor: str  # who holds the case, else who submitted it; empty for nobody


@dataclass(frozen=True)
class MonitorRecap:
    """The cases of the period one person handled (held now, or submitted for review)."""

    user_id: str  # empty: the cases nobody has taken yet
    name: str
    translatable: bool  # False: a person's name
    total: int
    in_progress: int  # still being worked or awaiting referral
    referred: int  # referred to the PPK, followed up or finished
    refused: int  # ditolak


@dataclass(frozen=True)
class Recap:
    low: dt.date
    high: dt.date
    today: dt.date
    figures: DashboardFigures
    cases: tuple[RecapCase, ...]
    by_monitor: tuple[MonitorRecap, ...]

    @property
    def total(self) -> int:
        return len(self.cases)

    @property
    def empty(self) -> bool:
        return not self.cases

    @property
    def office_wide(self) -> bool:
        return self.figures.office_wide

    @property
    def by_status(self) -> tuple[Bucket, ...]:
        return self.figures.by_status

    @property
    def by_agency(self) -> tuple[Bucket, ...]:
        return self.figures.by_agency

    @property
    def by_level(self) -> tuple[Bucket, ...]:
        return self.figures.by_level

    @property
    def by_platform(self) -> tuple[Bucket, ...]:
        return self.figures.by_platform

    @property
    def overdue_followups(self) -> tuple[OverdueFollowup, ...]:
        return self.figures.overdue_followups

    def count(self, statuses: frozenset[Status]) -> int:
        return sum(b.count for b in self.figures.by_status if b.key in {s.value for s in statuses})


# The whole list in one pass: the range is read through the (received_date) index and
# each case finds its subject, worksheet and people by primary key or unique index.
_LIST = """
SELECT c.id AS id, c.number AS number, c.received_date AS received, c.status AS status,
       coalesce(c.platform, '') AS platform,
       coalesce(s.name, '') AS name, coalesce(s.nip, '') AS nip,
       trim(coalesce(s.agency, '')) AS agency,
       coalesce(w.proposed_level, w.computed_level, '') AS level,
       CASE WHEN c.assignee_id IS NOT NULL THEN c.assignee_id ELSE c.submitted_by END AS uid,
       coalesce(ua.display_name, us.display_name, '') AS monitor
FROM cases c
LEFT JOIN subjects s ON s.id = c.subject_id
LEFT JOIN worksheets w ON w.case_id = c.id
LEFT JOIN users ua ON ua.id = c.assignee_id
LEFT JOIN users us ON us.id = c.submitted_by AND c.assignee_id IS NULL
WHERE c.received_date >= ? AND c.received_date <= ?
ORDER BY c.received_date, c.number
"""


class RecapService(Service):
    def __init__(self, database: Database, actor: User) -> None:
        super().__init__(database, actor)
        self.dashboard = DashboardService(database, actor)

    def build(self, low: dt.date, high: dt.date, today: dt.date | None = None) -> Recap:
        """The recap of the cases received from ``low`` to ``high`` (both included);
        deadlines and overdue follow-ups as of ``today`` (the replica's date if None)."""
        if low > high:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Rentang tanggal terbalik: tanggal awal {start} sesudah tanggal akhir {end}.",
                ),
                start=low.strftime("%d/%m/%Y"),
                end=high.strftime("%d/%m/%Y"),
            )
        today = today or self.today()
        conn = self.db.conn
        # One snapshot for the figures and the list, so that the totals agree with it.
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")
        try:
            figures = self.dashboard.figures(
                low, high, top_agencies=RECAP_TOP_AGENCIES, today=today
            )
            rows = self.db.query(_LIST, (low.isoformat(), high.isoformat()))
        finally:
            if own:
                conn.execute("COMMIT")
        cases = tuple(_case(r) for r in rows)
        people = _monitors(rows)
        if not figures.office_wide:
            # As on the dashboard: a colleague's workload is the supervisor's business.
            people = [p for p in people if p.user_id == self.actor.id]
        return Recap(low, high, today, figures, cases, tuple(people))


def _case(r: dict[str, Any]) -> RecapCase:
    status = _STATUSES.get(r["status"])
    platform = _PLATFORMS.get(r["platform"])
    level = _LEVELS.get(r["level"]) if r["status"] != Status.DITOLAK.value else None
    # A refused case found no violation: the dashboard does not count its level either.
    level_code = r["level"] if r["status"] != Status.DITOLAK.value else ""
    return RecapCase(
        case_id=r["id"],
        number=r["number"],
        received_date=dt.date.fromisoformat(r["received"]),
        subject_name=r["name"],
        nip=r["nip"],
        agency=r["agency"],
        platform=r["platform"],
        platform_label=(platform.label if platform else (r["platform"] or NO_PLATFORM)),
        level=level_code,
        level_label=level.label if level else level_code,
        status=r["status"],
        status_label=status.label if status else r["status"],
        monitor=r["monitor"],
    )


def _monitors(rows: list[dict[str, Any]]) -> list[MonitorRecap]:
    counts: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for r in rows:
        uid = r["uid"] or UNKNOWN_KEY
        names.setdefault(uid, r["monitor"])
        tally = counts.setdefault(uid, [0, 0, 0])
        status = _STATUSES.get(r["status"])
        if status is Status.DITOLAK:
            tally[2] += 1
        elif status in REFERRED:
            tally[1] += 1
        else:  # a status from a newer release counts as still in progress
            tally[0] += 1
    out = [
        MonitorRecap(uid, names[uid], False, sum(t), t[0], t[1], t[2])
        for uid, t in counts.items()
        if uid
    ]
    out.sort(key=lambda m: (-m.total, m.name.casefold()))
    nobody = counts.get(UNKNOWN_KEY)
    if nobody:
        out.append(MonitorRecap(UNKNOWN_KEY, NOBODY, True, sum(nobody), *nobody))
    return out
