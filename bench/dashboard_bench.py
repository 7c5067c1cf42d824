"""Dashboard benchmark: the supervisor's figures over years of cases.

    python bench/dashboard_bench.py [--cases 100000] [--repeat 5] [--keep DIR]

Builds the queue benchmark's replica (``bench/queue_bench.py``: fictitious people,
agencies, accounts, about a fifth of the cases open), adds a worksheet with a level to
every case that reached review and a referral letter to every referred case (a third of
those still waiting with their deadline past), then measures, each as the median of
``--repeat`` runs:

- ``figures_ms``: ``DashboardService.figures()`` for all time (every count, the workload
  with median ages, the overdue stages and the overdue follow-up list).
  Floor ``floor_ms``: ``SELECT status, count(*) FROM cases GROUP BY status`` through a
  bare sqlite3 connection (the cheapest question the dashboard asks);
  ``figures_ratio = figures_ms / floor_ms``.
- ``figures_range_ms``: the same for the cases received in one year.
- ``parts_ms``: each query of the service on its own, to show where the time goes.
- ``view_refresh_ms``: the dashboard window reading the figures and redrawing its charts
  and tables (offscreen).

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
for entry in (ROOT, ROOT / "bench"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from queue_bench import build  # noqa: E402

from asn_monitor.domain.lifecycle import Status  # noqa: E402
from asn_monitor.domain.passwords import PasswordHasher  # noqa: E402
from asn_monitor.services.base import user_from_row  # noqa: E402
from asn_monitor.services.dashboard import DashboardService, _received_range  # noqa: E402
from asn_monitor.store.database import Database  # noqa: E402
from asn_monitor.worksheet.model import Level  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.dashboard_view import DashboardView  # noqa: E402

REVIEWED = {
    Status.DINILAI,
    Status.DISETUJUI,
    Status.DITERUSKAN,
    Status.DITINDAKLANJUTI,
    Status.SELESAI,
    Status.DIKEMBALIKAN,
}
REFERRED = {Status.DITERUSKAN, Status.DITINDAKLANJUTI, Status.SELESAI}


def add_worksheets_and_referrals(db: Database, seed: int) -> tuple[int, int]:
    """What the queue benchmark's replica lacks for the dashboard, written in bulk."""
    rng = random.Random(seed)
    now = "2026-11-01T00:00:00.000Z"
    levels = [level.value for level in Level]
    supervisor = db.scalar("SELECT id FROM users WHERE role = 'supervisor'")
    sheets = []
    letters = []
    for case_id, status, received, holder in db.conn.execute(
        "SELECT id, status, received_date, assignee_id FROM cases"
    ):
        if Status(status) not in REVIEWED:
            continue
        level = rng.choices(levels, (25, 30, 20, 20, 5))[0]
        sheets.append((case_id, case_id, level, level, holder, now, now))
        if Status(status) not in REFERRED:
            continue
        letter = dt.date.fromisoformat(received) + dt.timedelta(days=rng.randint(5, 30))
        waiting = Status(status) is Status.DITERUSKAN
        outcome = None if waiting else "imposed"
        # Most letters still waiting are recent; a third have their deadline past.
        due = letter + dt.timedelta(days=10)
        if waiting and rng.random() > 0.33:
            due = dt.date.today() + dt.timedelta(days=rng.randint(1, 30))
        letters.append(
            (
                case_id,
                case_id,
                f"800/{len(letters) + 1:06d}/BENCH/{letter.year}",
                letter.year,
                letter.isoformat(),
                "bkd_prov",
                "Kepala BKD Provinsi",
                "Kepala Badan Kepegawaian Daerah",
                due.isoformat(),
                supervisor,
                outcome,
                now,
                now,
            )
        )
    conn = db.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO worksheets (id, case_id, proposed_level, computed_level, prepared_by, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        sheets,
    )
    conn.executemany(
        "INSERT INTO referrals (id, case_id, letter_number, letter_number_final, letter_year, "
        "letter_date, addressee_code, addressee, ppk_title, followup_due, referred_by, outcome, "
        "created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        letters,
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    return len(sheets), len(letters)


def median_ms(action: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def parts(service: DashboardService, repeat: int) -> dict[str, float]:
    """Each query of the service alone (private methods: a benchmark may look inside)."""
    where, params = _received_range(None, None)
    today = service.today()
    return {
        "statuses": median_ms(lambda: service._statuses(where, params), repeat),
        "platforms": median_ms(lambda: service._platforms(where, params), repeat),
        "levels": median_ms(lambda: service._levels(where, params), repeat),
        "agencies": median_ms(lambda: service._agencies(where, params, 10), repeat),
        "stages_and_workload": median_ms(
            lambda: service._deadlines(where, params, today, True), repeat
        ),
        "overdue_followups": median_ms(
            lambda: service._overdue_followups(where, params, today), repeat
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--keep", metavar="DIR", help="build the replica here and keep it")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="dashboard-bench-"))
    if folder.exists() and args.keep:
        shutil.rmtree(folder)
    try:
        db, _monitor, build_s = build(folder, args.cases, args.seed)
        sheets, letters = add_worksheets_and_referrals(db, args.seed)
        row = db.query_one("SELECT * FROM users WHERE role = 'supervisor'")
        assert row is not None
        supervisor = user_from_row(row)
        service = DashboardService(db, supervisor)
        bare = sqlite3.connect(db.path)
        result: dict[str, Any] = {
            "cases": args.cases,
            "worksheets": sheets,
            "referrals": letters,
            "build_s": round(build_s, 1),
        }
        result["floor_ms"] = median_ms(
            lambda: bare.execute("SELECT status, count(*) FROM cases GROUP BY status").fetchall(),
            args.repeat,
        )
        figures = service.figures()
        result["figures_ms"] = median_ms(service.figures, args.repeat)
        year = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
        result["figures_range_ms"] = median_ms(lambda: service.figures(*year), args.repeat)
        result["parts_ms"] = parts(service, args.repeat)
        result["figures_ratio"] = result["figures_ms"] / result["floor_ms"]
        result["overdue_followups"] = len(figures.overdue_followups)
        result["in_hand"] = sum(m.in_hand for m in figures.by_monitor)
        settings = QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(db, supervisor, PasswordHasher(n=2**8), settings, folder)
        view = DashboardView(ctx)
        view.resize(1280, 800)
        view.show()
        app.processEvents()

        def refresh() -> None:
            view.refresh()
            view.repaint()

        result["view_refresh_ms"] = median_ms(refresh, args.repeat)
        view.close()
        result["targets_met"] = {"figures_ms<500": result["figures_ms"] < 500}
        print(json.dumps(_rounded(result), indent=2))
        bare.close()
        db.close()
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


if __name__ == "__main__":
    raise SystemExit(main())
