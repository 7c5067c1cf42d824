"""The supervisor's dashboard: how many cases, where they are, who holds them, what is late.

Every figure is an aggregate computed by SQLite on the replica (a handful of GROUP BY
queries, each reading only the tables it needs), so the dashboard costs about the same
with years of cases as with a month's. Labels are returned as the marked Indonesian
source text (or, for agencies and people, as written): the UI and the CLI translate them.

Who sees what: supervisors and admins (who keep the office running, read-only here) see
the whole office. A monitor sees the same office-wide counts the shared queue already
shows them, but only their own row of the workload table: colleagues' workloads are the
supervisor's business.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from asn_monitor.domain import deadlines, lifecycle
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Platform, User
from asn_monitor.domain.roles import Permission, Role
from asn_monitor.errors import ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service
from asn_monitor.services.queue import QueueService
from asn_monitor.services.referral import ReferralService
from asn_monitor.store.database import Database
from asn_monitor.worksheet.model import Category, Level

# Roles that see every monitor's workload (the admin only reads it).
OFFICE_WIDE_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})
DEFAULT_TOP_AGENCIES = 10
OTHER_KEY = "*"  # the bucket that sums the agencies beyond the top N
UNKNOWN_KEY = ""  # no subject identified / no platform recorded

NO_AGENCY = QT_TRANSLATE_NOOP("asn_monitor", "ASN belum diidentifikasi")
OTHER_AGENCIES = QT_TRANSLATE_NOOP("asn_monitor", "Instansi lainnya")
NO_PLATFORM = QT_TRANSLATE_NOOP("asn_monitor", "Platform belum diisi")
# Levels sort by weight in SQL the same way the queue sorts its "Pelanggaran" column.
_IN_HAND = tuple(sorted(s.value for s in lifecycle.IN_HAND))
_STAGE_STATUSES = tuple(sorted(s.value for stage in deadlines.STAGES for s in stage.statuses))


@dataclass(frozen=True)
class Bucket:
    """One bar of a chart: a code (status, platform, level, agency name), its label and
    how many cases. ``translatable`` is False when the label is someone's own words."""

    key: str
    label: str
    count: int
    translatable: bool = True


@dataclass(frozen=True)
class MonitorLoad:
    """What one person holds now (statuses in :data:`lifecycle.IN_HAND`) and how old it is.

    Ages count days since the report was received, as the queue's "Umur" column does."""

    user_id: str
    name: str
    role: Role
    active: bool
    in_hand: int
    overdue: int
    oldest_days: int | None
    median_days: float | None


@dataclass(frozen=True)
class StageLoad:
    """Cases waiting in one deadline stage, and how many of them are past the deadline."""

    key: str
    label: str
    days: int  # the office's deadline for the stage
    open: int
    overdue: int


@dataclass(frozen=True)
class OverdueFollowup:
    case_id: str
    number: str
    subject_name: str
    agency: str
    addressee: str
    letter_number: str
    letter_date: dt.date
    followup_due: dt.date
    days_overdue: int
    escalated: bool


@dataclass(frozen=True)
class DashboardFigures:
    received_from: dt.date | None
    received_to: dt.date | None
    today: dt.date
    office_wide: bool  # False: ``by_monitor`` holds only the actor's own row
    total: int
    by_status: tuple[Bucket, ...]
    by_monitor: tuple[MonitorLoad, ...]
    by_agency: tuple[Bucket, ...]
    by_level: tuple[Bucket, ...]
    by_category: tuple[Bucket, ...]
    by_platform: tuple[Bucket, ...]
    stages: tuple[StageLoad, ...]
    overdue_followups: tuple[OverdueFollowup, ...]

    def status_count(self, status: Status) -> int:
        return next((b.count for b in self.by_status if b.key == status.value), 0)

    def stage(self, key: str) -> StageLoad:
        return next(s for s in self.stages if s.key == key)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (dates as ISO text, enums as their codes)."""

        def plain(value: Any) -> Any:
            if isinstance(value, dt.date):
                return value.isoformat()
            if isinstance(value, Role):
                return value.value
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list | tuple):
                return [plain(v) for v in value]
            return value

        return {k: plain(v) for k, v in asdict(self).items()}


class DashboardService(Service):
    def __init__(
        self,
        database: Database,
        actor: User,
        referrals: ReferralService | None = None,
        queue: QueueService | None = None,
    ) -> None:
        super().__init__(database, actor)
        self.queue = queue or QueueService(database, actor)
        self.referrals = referrals or ReferralService(database, actor)

    def figures(
        self,
        received_from: dt.date | None = None,
        received_to: dt.date | None = None,
        *,
        top_agencies: int = DEFAULT_TOP_AGENCIES,
        today: dt.date | None = None,
    ) -> DashboardFigures:
        """Every figure for the cases received from ``received_from`` to ``received_to``
        (both included; None: no bound). Workload and deadlines are as of ``today`` (the
        replica's clock when None; a printed recap may be dated otherwise)."""
        self.require(Permission.READ_CASES)
        if received_from and received_to and received_from > received_to:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Rentang tanggal terbalik: tanggal awal {start} sesudah tanggal akhir {end}.",
                ),
                start=received_from.strftime("%d/%m/%Y"),
                end=received_to.strftime("%d/%m/%Y"),
            )
        office_wide = self.require_active().role in OFFICE_WIDE_ROLES
        today = today or self.today()
        where, params = _received_range(received_from, received_to)
        with self._snapshot():
            by_status = self._statuses(where, params)
            by_level = self._levels(where, params)
            stages, by_monitor = self._deadlines(where, params, today, office_wide)
            return DashboardFigures(
                received_from=received_from,
                received_to=received_to,
                today=today,
                office_wide=office_wide,
                total=sum(b.count for b in by_status),
                by_status=by_status,
                by_monitor=by_monitor,
                by_agency=self._agencies(where, params, max(1, top_agencies)),
                by_level=by_level,
                by_category=_categories(by_level),
                by_platform=self._platforms(where, params),
                stages=stages,
                overdue_followups=self._overdue_followups(where, params, today),
            )

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Every query reads the replica as of one moment, so that the totals agree with
        each other while sync writes (through its own connection; WAL lets both run)."""
        conn = self.db.conn
        if conn.in_transaction:  # inside a caller's transaction: that is the snapshot
            yield
            return
        conn.execute("BEGIN")
        try:
            yield
        finally:
            conn.execute("COMMIT")

    # -- the parts ---------------------------------------------------------------------

    def _statuses(self, where: str, params: tuple[Any, ...]) -> tuple[Bucket, ...]:
        # Read from the (status, received_date) index alone: no case row is opened.
        rows = self.db.query(
            f"SELECT c.status AS status, count(*) AS n FROM cases c WHERE {where} "
            "GROUP BY c.status",
            params,
        )
        counts = {r["status"]: int(r["n"]) for r in rows}
        out = [Bucket(s.value, s.label, counts.pop(s.value, 0)) for s in Status]
        # A status this release does not know (written by a newer one) is still counted.
        out += [Bucket(k, k, n, False) for k, n in sorted(counts.items())]
        return tuple(out)

    def _platforms(self, where: str, params: tuple[Any, ...]) -> tuple[Bucket, ...]:
        # One pass with a sum per platform: grouping 100,000 rows by a column without an
        # index would sort them all first, which costs more than reading them.
        codes = [p.value for p in Platform]
        sums = ", ".join(f"sum(c.platform = '{code}')" for code in codes)
        row = self.db.conn.execute(
            f"SELECT {sums}, sum(c.platform IS NULL), count(*) FROM cases c WHERE {where}",
            params,
        ).fetchone()
        counts = [int(v or 0) for v in row]
        known = counts[: len(codes)]
        missing, total = counts[len(codes)], counts[len(codes) + 1]
        # A platform code from a newer release counts as "other".
        known[codes.index(Platform.OTHER.value)] += total - sum(known) - missing
        out = [Bucket(p.value, p.label, n) for p, n in zip(Platform, known, strict=True)]
        if missing:
            out.append(Bucket(UNKNOWN_KEY, NO_PLATFORM, missing))
        return tuple(out)

    def _levels(self, where: str, params: tuple[Any, ...]) -> tuple[Bucket, ...]:
        """Cases by the level the worksheet proposes (the computed one when none is
        proposed). Cases refused or dismissed (``ditolak``) found no violation to count."""
        # The worksheets are read in their own order; the cases are consulted only through
        # in-memory lists of ids, never one lookup per worksheet.
        if params:  # a range: the cases in it, without the refused ones
            cases = f"w.case_id IN (SELECT c.id FROM cases c WHERE {where} AND c.status != ?)"
            values: tuple[Any, ...] = (*params, Status.DITOLAK.value)
        else:  # all time: fewer ids to hold are the refused ones
            cases = "w.case_id NOT IN (SELECT id FROM cases WHERE status = ?)"
            values = (Status.DITOLAK.value,)
        rows = self.db.query(
            "SELECT coalesce(w.proposed_level, w.computed_level) AS level, count(*) AS n "
            "FROM worksheets w WHERE coalesce(w.proposed_level, w.computed_level) IS NOT NULL "
            f"AND {cases} GROUP BY level",
            values,
        )
        counts = {r["level"]: r["n"] for r in rows}
        out = [Bucket(level.value, level.label, counts.pop(level.value, 0)) for level in Level]
        out += [Bucket(k, k, n, False) for k, n in sorted(counts.items())]
        return tuple(out)

    def _agencies(self, where: str, params: tuple[Any, ...], top: int) -> tuple[Bucket, ...]:
        # Grouped by subject first: the join to subjects then runs once per person, not
        # once per case.
        rows = self.db.query(
            "SELECT coalesce(s.agency, '') AS agency, sum(per.n) AS n FROM "
            f"(SELECT c.subject_id AS sid, count(*) AS n FROM cases c WHERE {where} "
            "GROUP BY c.subject_id) per LEFT JOIN subjects s ON s.id = per.sid "
            "GROUP BY trim(coalesce(s.agency, '')) COLLATE NOCASE ORDER BY n DESC, agency",
            params,
        )
        unknown = sum(r["n"] for r in rows if not r["agency"].strip())
        named = [r for r in rows if r["agency"].strip()]
        out = [Bucket(r["agency"].strip(), r["agency"].strip(), r["n"], False) for r in named[:top]]
        rest = sum(r["n"] for r in named[top:])
        if rest:
            out.append(Bucket(OTHER_KEY, OTHER_AGENCIES, rest))
        if unknown:
            out.append(Bucket(UNKNOWN_KEY, NO_AGENCY, unknown))
        return tuple(out)

    def _deadlines(
        self, where: str, params: tuple[Any, ...], today: dt.date, office_wide: bool
    ) -> tuple[tuple[StageLoad, ...], tuple[MonitorLoad, ...]]:
        """Cases per deadline stage with how many are late, and per holder what they hold,
        how many of those are late and how old they are: one pass over the cases that
        have a deadline (their due date is the costly part), aggregated twice."""
        due = self.queue.due_expression()
        stage_marks = ", ".join("?" for _ in _STAGE_STATUSES)
        hand_marks = ", ".join("?" for _ in _IN_HAND)
        mine = "" if office_wide else "AND c.assignee_id = ?"
        rows = self.db.query(
            f"""
            WITH staged AS MATERIALIZED (
                SELECT c.status AS status,
                       CASE WHEN c.status IN ({hand_marks}) {mine} THEN c.assignee_id END AS uid,
                       CAST(julianday(?) - julianday(c.received_date) AS INTEGER) AS age,
                       CASE WHEN {due} < ? THEN 1 ELSE 0 END AS late
                FROM cases c LEFT JOIN case_clock k ON k.case_id = c.id
                WHERE c.status IN ({stage_marks}) AND {where}
            ), ranked AS (
                SELECT uid, age, late,
                       row_number() OVER (PARTITION BY uid ORDER BY age) AS rn,
                       count(*) OVER (PARTITION BY uid) AS n
                FROM staged WHERE uid IS NOT NULL
            )
            SELECT 0 AS holder, status AS k, count(*) AS n, sum(late) AS late,
                   NULL AS oldest, NULL AS median
            FROM staged GROUP BY status
            UNION ALL
            SELECT 1, uid, max(n), sum(late), max(age),
                   avg(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN age END)
            FROM ranked GROUP BY uid
            """,
            (
                *_IN_HAND,
                *(() if office_wide else (self.actor.id,)),
                today.isoformat(),
                today.isoformat(),
                *_STAGE_STATUSES,
                *params,
            ),
        )
        per_status = {r["k"]: r for r in rows if not r["holder"]}
        held = {r["k"]: r for r in rows if r["holder"]}
        days = self.queue.deadline_days()
        stages = []
        for stage in deadlines.STAGES:
            mine_rows = [per_status[s.value] for s in stage.statuses if s.value in per_status]
            stages.append(
                StageLoad(
                    stage.key,
                    stage.label,
                    days[stage.key],
                    sum(int(r["n"]) for r in mine_rows),
                    sum(int(r["late"] or 0) for r in mine_rows),
                )
            )
        return tuple(stages), self._people(held, office_wide)

    def _people(
        self, held: dict[str, dict[str, Any]], office_wide: bool
    ) -> tuple[MonitorLoad, ...]:
        # Everyone who works cases is listed, with nothing in hand too; a deactivated
        # account that still holds cases is listed so that its cases get reassigned.
        people = self.db.query(
            "SELECT id, display_name, role, active FROM users "
            "WHERE role IN (?, ?) OR id IN (SELECT value FROM json_each(?)) "
            "ORDER BY display_name COLLATE NOCASE",
            (Role.MONITOR.value, Role.SUPERVISOR.value, json.dumps(list(held))),
        )
        out = []
        for p in people:
            if not office_wide and p["id"] != self.actor.id:
                continue
            r = held.get(p["id"])
            if r is None and not p["active"]:
                continue
            out.append(
                MonitorLoad(
                    user_id=p["id"],
                    name=p["display_name"],
                    role=Role(p["role"]),
                    active=bool(p["active"]),
                    in_hand=int(r["n"]) if r else 0,
                    overdue=int(r["late"] or 0) if r else 0,
                    oldest_days=max(0, int(r["oldest"])) if r else None,
                    median_days=max(0.0, float(r["median"])) if r else None,
                )
            )
        return tuple(out)

    def _overdue_followups(
        self, where: str, params: tuple[Any, ...], today: dt.date
    ) -> tuple[OverdueFollowup, ...]:
        rows = self.referrals.overdue(today)
        if params:
            # The referral service lists the whole office; keep the cases in the range.
            wanted = {
                r["id"]
                for r in self.db.query(
                    f"SELECT c.id AS id FROM cases c WHERE c.status = ? AND {where}",
                    (Status.DITERUSKAN.value, *params),
                )
            }
            rows = [r for r in rows if r["case_id"] in wanted]
        return tuple(
            OverdueFollowup(
                case_id=r["case_id"],
                number=r["number"],
                subject_name=r["subject_name"],
                agency=r["agency"],
                addressee=r["addressee"],
                letter_number=r["letter_number"],
                letter_date=dt.date.fromisoformat(r["letter_date"]),
                followup_due=dt.date.fromisoformat(r["followup_due"]),
                days_overdue=int(r["days_overdue"]),
                escalated=bool(r["escalated_at"]),
            )
            for r in rows
        )


def range_text(translate: Callable[[str], str], low: dt.date | None, high: dt.date | None) -> str:
    """How a received-date range reads ("semua waktu", "sejak 01/01/2024", ...)."""
    if low is None and high is None:
        return translate(QT_TRANSLATE_NOOP("asn_monitor", "semua waktu"))
    if high is None:
        assert low is not None
        return translate(QT_TRANSLATE_NOOP("asn_monitor", "sejak {date}")).format(
            date=low.strftime("%d/%m/%Y")
        )
    if low is None:
        return translate(QT_TRANSLATE_NOOP("asn_monitor", "sampai {date}")).format(
            date=high.strftime("%d/%m/%Y")
        )
    return f"{low.strftime('%d/%m/%Y')} \u2013 {high.strftime('%d/%m/%Y')}"


def _received_range(low: dt.date | None, high: dt.date | None) -> tuple[str, tuple[Any, ...]]:
    where = ["1"]
    params: list[Any] = []
    if low is not None:
        where.append("c.received_date >= ?")
        params.append(low.isoformat())
    if high is not None:
        where.append("c.received_date <= ?")
        params.append(high.isoformat())
    return " AND ".join(where), tuple(params)


def _categories(levels: tuple[Bucket, ...]) -> tuple[Bucket, ...]:
    """Cases per category: each level belongs to exactly one (see :class:`Level`)."""
    totals = dict.fromkeys(Category, 0)
    for bucket in levels:
        try:
            totals[Level(bucket.key).category] += bucket.count
        except ValueError:
            continue
    return tuple(Bucket(c.value, c.label, n) for c, n in totals.items())
