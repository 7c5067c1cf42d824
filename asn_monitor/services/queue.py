"""The shared queue: which cases a view shows, in what order, a page at a time.

Every question is answered by SQL on the replica: a count, one page of rows, the
position of a case, counts per status. Nothing here loads the whole queue, so a view
over years of cases costs what one screenful costs. Sort keys and filters are
whitelisted; what a user types only ever reaches SQLite as a bound parameter (and the
search text through :func:`fts_query`, which makes it a literal).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from asn_monitor.domain import deadlines, lifecycle
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Platform, User
from asn_monitor.domain.roles import Permission
from asn_monitor.domain.search import fts_query
from asn_monitor.errors import NotFound, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.services.base import Service
from asn_monitor.services.settings import read_setting, write_setting
from asn_monitor.store.database import Database

DEADLINE_DAYS = "deadline_days"
VIEWS_PREFIX = "queue_views/"
MAX_VIEW_NAME = 40


class Holder(str, Enum):
    ANY = "any"
    MINE = "mine"  # held by me and still in my hands
    UNCLAIMED = "unclaimed"  # new, nobody has taken it


@dataclass(frozen=True)
class QueueFilter:
    status: Status | None = None
    holder: Holder = Holder.ANY
    platform: Platform | None = None
    agency: str = ""
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    act_from: dt.date | None = None
    act_to: dt.date | None = None
    overdue: bool = False
    text: str = ""
    sort: str = "received"
    descending: bool = True

    def replace(self, **changes: Any) -> QueueFilter:
        return dataclasses.replace(self, **changes)

    def is_filtered(self) -> bool:
        """Whether anything narrows the queue (the order does not)."""
        return self.without_order() != QueueFilter()

    def without_order(self) -> QueueFilter:
        return self.replace(sort="received", descending=True)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if value == field.default:
                continue
            if isinstance(value, Enum):
                value = value.value
            elif isinstance(value, dt.date):
                value = value.isoformat()
            out[field.name] = value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QueueFilter:
        """Read a saved view; values this release does not understand are ignored, so a
        view saved by a newer release still opens."""
        kwargs: dict[str, Any] = {}
        converters: dict[str, Any] = {
            "status": Status,
            "holder": Holder,
            "platform": Platform,
            "received_from": dt.date.fromisoformat,
            "received_to": dt.date.fromisoformat,
            "act_from": dt.date.fromisoformat,
            "act_to": dt.date.fromisoformat,
            "overdue": bool,
            "descending": bool,
            "agency": str,
            "text": str,
            "sort": str,
        }
        for key, convert in converters.items():
            if key in data and data[key] is not None:
                try:
                    kwargs[key] = convert(data[key])
                except (ValueError, TypeError):
                    continue
        if kwargs.get("sort") not in SORT_KEYS:
            kwargs.pop("sort", None)
        return cls(**kwargs)


@dataclass(frozen=True)
class View:
    key: str
    name: str  # a marked label for built-in views, the user's own words otherwise
    filter: QueueFilter
    builtin: bool = False


BUILTIN_VIEWS: tuple[View, ...] = (
    View(
        "mine",
        QT_TRANSLATE_NOOP("asn_monitor", "Antrean saya"),
        QueueFilter(holder=Holder.MINE, sort="due", descending=False),
        True,
    ),
    View(
        "unclaimed",
        QT_TRANSLATE_NOOP("asn_monitor", "Belum diambil"),
        QueueFilter(holder=Holder.UNCLAIMED, sort="received", descending=False),
        True,
    ),
    View(
        "review",
        QT_TRANSLATE_NOOP("asn_monitor", "Menunggu review"),
        QueueFilter(status=Status.DINILAI, sort="due", descending=False),
        True,
    ),
    View(
        "overdue",
        QT_TRANSLATE_NOOP("asn_monitor", "Lewat tenggat"),
        QueueFilter(overdue=True, sort="due", descending=False),
        True,
    ),
    View("all", QT_TRANSLATE_NOOP("asn_monitor", "Semua kasus"), QueueFilter(), True),
    # Last, so that the shortcuts of the views above (Ctrl+1..5) stay what people learnt.
    View(
        "followup_overdue",
        QT_TRANSLATE_NOOP("asn_monitor", "Tindak lanjut lewat tenggat"),
        QueueFilter(status=Status.DITERUSKAN, overdue=True, sort="due", descending=False),
        True,
    ),
)

_DUE = "{due}"  # replaced by the deadline expression built from the office's settings
# key -> (ORDER BY expression, True when the column reads the other way round)
SORT_KEYS: dict[str, tuple[str, bool]] = {
    "number": ("c.number", False),
    "status": ("c.status", False),
    "subject": ("s.name COLLATE NOCASE", False),
    "nip": ("s.nip", False),
    "agency": ("s.agency COLLATE NOCASE", False),
    "platform": ("c.platform", False),
    "source": ("c.source", False),
    "received": ("c.received_date", False),
    "act": ("c.act_date", False),
    "due": (_DUE, False),
    # The level the worksheet proposes (or computed); levels sort by weight, not by name.
    "violation": (
        "CASE coalesce(w.proposed_level, w.computed_level) WHEN 'moral' THEN 1 "
        "WHEN 'ringan' THEN 2 WHEN 'sedang' THEN 3 WHEN 'berat' THEN 4 "
        "WHEN 'pemberhentian' THEN 5 END",
        False,
    ),
    "age": ("c.received_date", True),  # the oldest case has the greatest age
    "assignee": ("u.display_name COLLATE NOCASE", False),
    "updated": ("c.updated_at", False),
}

NOT_NULL_KEYS = frozenset({"number", "status", "source", "received", "age", "updated"})

_SELECT = """
SELECT c.id, c.number, c.number_final, c.status, c.source, c.platform, c.received_date,
       c.act_date, c.known_date, c.updated_at, c.version, c.assignee_id,
       s.name AS subject_name, s.nip AS subject_nip, s.agency AS agency,
       u.display_name AS assignee_name, k.status_at, k.holder_at, {due} AS due_date,
       coalesce(w.proposed_level, w.computed_level) AS violation
"""
# SQLite 3.40 does not drop an unused LEFT JOIN here, and joining 100,000 rows to count
# them costs 100x the count itself: each query joins only the tables it reads.
_JOINS = {
    "s": "LEFT JOIN subjects s ON s.id = c.subject_id",
    "u": "LEFT JOIN users u ON u.id = c.assignee_id",
    "k": "LEFT JOIN case_clock k ON k.case_id = c.id",
    "w": "LEFT JOIN worksheets w ON w.case_id = c.id",
}
_SORT_JOINS = {
    "subject": "s",
    "nip": "s",
    "agency": "s",
    "assignee": "u",
    "due": "k",
    "violation": "w",
}


@dataclass(frozen=True)
class Query:
    where: str
    params: tuple[Any, ...]
    order: str
    filter_joins: frozenset[str]  # tables the WHERE reads besides ``cases``
    order_joins: frozenset[str]  # tables the ORDER BY reads

    def source(self, *, ordered: bool = True) -> str:
        """FROM with just the joins this query reads."""
        needed = self.filter_joins | (self.order_joins if ordered else frozenset())
        return "FROM cases c " + " ".join(_JOINS[j] for j in sorted(needed))


class QueueService(Service):
    def __init__(self, database: Database, actor: User) -> None:
        super().__init__(database, actor)
        self._due: str | None = None

    # -- deadlines --------------------------------------------------------------------

    def deadline_days(self) -> dict[str, int]:
        defaults = deadlines.load_default_days()
        stored = read_setting(self.db, DEADLINE_DAYS)
        if not stored:
            return defaults
        try:
            return deadlines.validate_days({**defaults, **json.loads(stored)})
        except (ValueError, TypeError, ValidationError):
            return defaults  # a damaged setting must not hide every deadline

    def set_deadline_days(self, days: Mapping[str, object]) -> dict[str, int]:
        self.require(Permission.MANAGE_SETTINGS)
        valid = deadlines.validate_days(days)
        with self.db.transaction(self.actor.id) as tx:
            write_setting(tx, self.db, DEADLINE_DAYS, json.dumps(valid, sort_keys=True))
        self._due = None
        return valid

    def due_expression(self) -> str:
        if self._due is None:
            self._due = deadlines.due_sql(self.deadline_days())
        return self._due

    # -- the queue ----------------------------------------------------------------------

    def build(self, flt: QueueFilter, *, with_status: bool = True) -> Query:
        due = self.due_expression()
        where: list[str] = []
        params: list[Any] = []
        joins: set[str] = set()
        if flt.status is not None and with_status:
            where.append("c.status = ?")
            params.append(flt.status.value)
        if flt.holder is Holder.MINE:
            in_hand = sorted(s.value for s in lifecycle.IN_HAND)
            where.append(f"c.assignee_id = ? AND c.status IN ({_marks(in_hand)})")
            params += [self.actor.id, *in_hand]
        elif flt.holder is Holder.UNCLAIMED:
            where.append("c.assignee_id IS NULL AND c.status = ?")
            params.append(Status.MASUK.value)
        if flt.platform is not None:
            where.append("c.platform = ?")
            params.append(flt.platform.value)
        if flt.agency.strip():
            where.append("s.agency = ? COLLATE NOCASE")
            params.append(flt.agency.strip())
            joins.add("s")
        for column, low, high in (
            ("c.received_date", flt.received_from, flt.received_to),
            ("c.act_date", flt.act_from, flt.act_to),
        ):
            if low is not None:
                where.append(f"{column} >= ?")
                params.append(low.isoformat())
            if high is not None:
                where.append(f"{column} <= ?")
                params.append(high.isoformat())
        if flt.overdue:
            where.append(f"{due} < ?")
            params.append(self.today().isoformat())
            joins.add("k")
        match = fts_query(flt.text)
        if match is not None:
            where.append("c.rowid IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
            params.append(match)
        elif flt.text.strip():
            where.append("0")  # only symbols typed: nothing can match them
        expression, inverted = SORT_KEYS.get(flt.sort, SORT_KEYS["received"])
        expression = expression.replace(_DUE, due)
        descending = flt.descending != inverted
        direction = "DESC" if descending else "ASC"
        # Cases without the sorted value go last whichever way the list is sorted, and
        # the id settles ties so that paging is stable. Columns that are never empty
        # sort plainly, so that SQLite can walk an index instead of sorting every case.
        if flt.sort in NOT_NULL_KEYS:
            order = f"{expression} {direction}, c.id {direction}"
        else:
            order = f"({expression}) IS NULL, {expression} {direction}, c.id {direction}"
        sort_join = _SORT_JOINS.get(flt.sort if flt.sort in SORT_KEYS else "received")
        return Query(
            " AND ".join(where) or "1",
            tuple(params),
            order,
            frozenset(joins),
            frozenset({sort_join} if sort_join else set()),
        )

    def count(self, flt: QueueFilter) -> int:
        q = self.build(flt)
        return int(
            self.db.scalar(f"SELECT count(*) {q.source(ordered=False)} WHERE {q.where}", q.params)
        )

    def page_sql(self, flt: QueueFilter, offset: int, limit: int) -> tuple[str, tuple[Any, ...]]:
        """The SELECT for one page of a view (the benchmark runs it bare as its floor).

        The page's rows are chosen first with only the joins the filter and order need,
        then joined for display: a page deep in the queue skips its predecessors without
        joining each of them."""
        q = self.build(flt)
        sql = (
            _SELECT.format(due=self.due_expression())
            + f"FROM (SELECT c.rowid AS pick {q.source()} WHERE {q.where} "
            + f"ORDER BY {q.order} LIMIT ? OFFSET ?) AS page "
            + "JOIN cases c ON c.rowid = page.pick "
            + " ".join(_JOINS.values())
            + f" ORDER BY {q.order}"
        )
        return sql, (*q.params, int(limit), int(offset))

    def page(self, flt: QueueFilter, offset: int, limit: int) -> list[dict[str, Any]]:
        return self.db.query(*self.page_sql(flt, offset, limit))

    def rows(
        self, flt: QueueFilter = QueueFilter(), limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Every row of a view (for scripts and small lists; the UI pages instead)."""
        return self.page(flt, 0, limit if limit is not None else -1)

    def position(self, flt: QueueFilter, case_id: str) -> int | None:
        """Where ``case_id`` stands in the view (0-based), None when the view hides it."""
        q = self.build(flt)
        found = self.db.scalar(
            f"SELECT rn FROM (SELECT c.id AS id, row_number() OVER (ORDER BY {q.order}) AS rn "
            f"{q.source()} WHERE {q.where}) WHERE id = ?",
            (*q.params, case_id),
        )
        return None if found is None else int(found) - 1

    def clock(self, case_id: str) -> dict[str, Any]:
        """When the case's holder took it, when it entered its status, and its due date."""
        row = self.db.query_one(
            f"SELECT k.status_at, k.holder_at, {self.due_expression()} AS due_date "
            "FROM cases c LEFT JOIN case_clock k ON k.case_id = c.id WHERE c.id = ?",
            (case_id,),
        )
        return row or {"status_at": None, "holder_at": None, "due_date": None}

    def status_counts(self, flt: QueueFilter) -> dict[Status, int]:
        """Cases per status under every filter of the view except the status itself."""
        q = self.build(flt, with_status=False)
        rows = self.db.query(
            f"SELECT c.status AS status, count(*) AS n {q.source(ordered=False)} "
            f"WHERE {q.where} GROUP BY c.status",
            q.params,
        )
        return {Status(r["status"]): int(r["n"]) for r in rows}

    def unclaimed_candidates(self, flt: QueueFilter, limit: int = 20) -> list[str]:
        """The oldest unclaimed cases the view shows, oldest first ("Ambil berikutnya")."""
        narrowed = flt.replace(holder=Holder.UNCLAIMED, status=None, sort="received")
        if flt.status not in (None, Status.MASUK) or flt.holder is Holder.MINE:
            return []  # the view shows no unclaimed case at all
        q = self.build(narrowed.replace(descending=False))
        rows = self.db.query(
            f"SELECT c.id AS id {q.source(ordered=False)} WHERE {q.where} "
            "ORDER BY coalesce(c.known_date, c.received_date), c.received_date, c.number "
            "LIMIT ?",
            (*q.params, int(limit)),
        )
        return [r["id"] for r in rows]

    def agencies(self) -> list[str]:
        rows = self.db.query(
            "SELECT DISTINCT agency FROM subjects WHERE agency != '' ORDER BY agency COLLATE NOCASE"
        )
        return [r["agency"] for r in rows]

    # -- saved views ----------------------------------------------------------------------

    def views(self) -> list[View]:
        return [*BUILTIN_VIEWS, *self.saved_views()]

    def saved_views(self) -> list[View]:
        stored = read_setting(self.db, VIEWS_PREFIX + self.actor.id)
        try:
            items = json.loads(stored) if stored else []
        except ValueError:
            return []
        views = []
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                flt = QueueFilter.from_dict(item.get("filter") or {})
                views.append(View("saved:" + item["name"], item["name"], flt))
        return views

    def save_view(self, name: str, flt: QueueFilter) -> View:
        name = " ".join(name.split())
        if not name or len(name) > MAX_VIEW_NAME:
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "Nama tampilan 1 sampai {max} karakter."),
                max=MAX_VIEW_NAME,
            )
        if any(tr_builtin == name for tr_builtin in (v.name for v in BUILTIN_VIEWS)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("asn_monitor", "\u201c{name}\u201d adalah tampilan bawaan."),
                name=name,
            )
        views = [v for v in self.saved_views() if v.name.casefold() != name.casefold()]
        views.append(View("saved:" + name, name, flt))
        self._store_views(views)
        return views[-1]

    def delete_view(self, name: str) -> None:
        views = self.saved_views()
        kept = [v for v in views if v.name != name]
        if len(kept) == len(views):
            raise NotFound(
                QT_TRANSLATE_NOOP("asn_monitor", "Tampilan \u201c{name}\u201d tidak ditemukan."),
                name=name,
            )
        self._store_views(kept)

    def _store_views(self, views: list[View]) -> None:
        self.require_active()
        data = [{"name": v.name, "filter": v.filter.to_dict()} for v in views]
        with self.db.transaction(self.actor.id) as tx:
            write_setting(
                tx, self.db, VIEWS_PREFIX + self.actor.id, json.dumps(data, ensure_ascii=False)
            )


def _marks(values: list[str]) -> str:
    return ", ".join("?" for _ in values)
