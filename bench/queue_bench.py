"""Queue benchmark: the shared queue over years of cases.

    python bench/queue_bench.py [--cases 100000] [--repeat 5] [--keep DIR]

Builds a replica with ``--cases`` cases (fictitious people, agencies, accounts, notes;
about a fifth of the cases open), then measures, each as the median of ``--repeat`` runs:

- ``first_page_ms``: creating the queue model (COUNT + first page) and painting it in a
  ``QTableView`` with the app's deadline badges. Floor ``floor_page_ms``: the same SELECT
  (the same SQL text) through a bare sqlite3 connection, put in a ``QStandardItemModel``
  and painted in a plain ``QTableView`` of the same size (DESIGN.md, "Benchmarks").
- ``sort_ms``, ``filter_ms``, ``search_ms``: the same, after changing the order (by the
  civil servant's name), a filter (status + platform) and a search ("nur", a common name
  prefix); each with its own floor and ratio.
- ``memory_growth_mb``: resident memory after the runs and after scrolling through the
  whole queue, against before the model existed.

Targets (issue 4): first page <= 3x floor and < 150 ms; search < 100 ms; memory < 100 MB.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from asn_monitor.domain.lifecycle import Status  # noqa: E402
from asn_monitor.domain.models import Platform, User  # noqa: E402
from asn_monitor.domain.passwords import PasswordHasher  # noqa: E402
from asn_monitor.domain.roles import Role  # noqa: E402
from asn_monitor.services.queue import QueueFilter, QueueService  # noqa: E402
from asn_monitor.services.users import UserService  # noqa: E402
from asn_monitor.store import queue_index  # noqa: E402
from asn_monitor.store.database import Database  # noqa: E402
from asn_monitor.workspace import Workspace  # noqa: E402
from tests.unit.factories import PASSWORD  # noqa: E402
from ui.case_table_model import CaseTableModel  # noqa: E402
from ui.deadline_delegate import DeadlineDelegate  # noqa: E402

VIEW_SIZE = (900, 700)
# Mostly closed history, a fifth still being worked, as in an office after a few elections.
STATUS_WEIGHTS = {
    Status.SELESAI: 45,
    Status.DITOLAK: 20,
    Status.DITINDAKLANJUTI: 8,
    Status.DITERUSKAN: 6,
    Status.DISETUJUI: 3,
    Status.DINILAI: 4,
    Status.DIKEMBALIKAN: 2,
    Status.DIVERIFIKASI: 7,
    Status.MASUK: 5,
}
HELD = {Status.DIVERIFIKASI, Status.DINILAI, Status.DIKEMBALIKAN}


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def build(folder: Path, cases: int, seed: int) -> tuple[Database, User, float]:
    started = time.perf_counter()
    workspace = Workspace(folder)
    db, supervisor = workspace.create(
        office_name="Diskominfotik NTB (benchmark)",
        prefix="NTB",
        username="supervisor",
        display_name="Supervisor",
        password=PASSWORD,
        hasher=PasswordHasher(n=2**8),
    )
    users = UserService(db, supervisor, PasswordHasher(n=2**8))
    monitors = [
        users.add_user(f"pemantau{i}", f"Pemantau {i}", Role.MONITOR, PASSWORD) for i in range(5)
    ]
    seed_data = json.loads((ROOT / "resources" / "demo" / "seed.json").read_text("utf-8"))
    rng = random.Random(seed)
    given = seed_data["given_names_male"] + seed_data["given_names_female"]
    family = seed_data["family_names"]
    agencies = [
        a["name"]
        for a in json.loads((ROOT / "resources" / "agencies" / "ntb.json").read_text("utf-8"))[
            "agencies"
        ]
    ]
    now = "2026-11-01T00:00:00.000Z"
    subjects = []
    for _ in range(max(1, int(cases * 0.7))):
        born = f"{rng.randint(1965, 1998)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        nip = f"{born}{rng.randint(1990, 2022)}{rng.randint(1, 12):02d}{rng.randint(1, 2)}"
        nip += f"{rng.randint(1, 999):03d}"
        subjects.append(
            (
                str(uuid.uuid4()),
                f"{rng.choice(given)} {rng.choice(family)}",
                "PNS",
                nip,
                rng.choice(agencies),
                now,
                now,
            )
        )
    statuses = list(STATUS_WEIGHTS)
    weights = list(STATUS_WEIGHTS.values())
    platforms = [p.value for p in Platform]
    rows = []
    notes = []
    for n in range(cases):
        status = rng.choices(statuses, weights)[0]
        subject = rng.choice(subjects) if status is not Status.MASUK or rng.random() < 0.6 else None
        received = time.strftime(
            "%Y-%m-%d",
            time.gmtime(
                time.mktime((2020, 1, 1, 0, 0, 0, 0, 0, 0)) + rng.random() * 6.8 * 365 * 86400
            ),
        )
        handle = (
            f"@{(subject[1] if subject else 'akun anonim').split()[0].lower()}{rng.randint(1, 999)}"
        )
        case_id = str(uuid.uuid4())
        holder = rng.choice(monitors).id if status in HELD or status is not Status.MASUK else None
        rows.append(
            (
                case_id,
                f"NTB-{received[:4]}-{n + 1:06d}",
                1,
                status.value,
                rng.choice(("laporan_masyarakat", "patroli", "portal_lain")),
                rng.choice(platforms),
                json.dumps(
                    [f"https://www.facebook.com/{handle[1:]}/posts/{rng.randint(10**8, 10**9)}"]
                ),
                handle,
                received,
                received,
                received,
                rng.choice(seed_data["case_summaries"])[:160],
                subject[0] if subject else None,
                holder,
                supervisor.id,
                f"{received}T01:00:00.000Z",
                f"{received}T02:00:00.000Z",
            )
        )
        if rng.random() < 0.3:
            notes.append(
                (
                    str(uuid.uuid4()),
                    case_id,
                    "catatan",
                    rng.choice(seed_data["notes"]),
                    supervisor.id,
                    now,
                    now,
                )
            )
    conn = db.conn
    # Bulk data goes in without the derived queue index, which is then built in one pass,
    # as it is on a PC that joins an office with years of history.
    queue_index.drop(conn)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO subjects (id, name, employment_type, nip, agency, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        subjects,
    )
    conn.executemany(
        "INSERT INTO cases (id, number, number_final, status, source, platform, post_urls, "
        "account_handle, act_date, known_date, received_date, summary, subject_id, assignee_id, "
        "created_by, created_at, updated_at) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany(
        "INSERT INTO notes (id, case_id, kind, body, author_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        notes,
    )
    conn.execute("COMMIT")
    queue_index.ensure(conn)
    conn.execute("ANALYZE")
    return db, monitors[0], time.perf_counter() - started


def paint(view: QTableView) -> None:
    view.viewport().repaint()


def time_ms(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


class Bench:
    def __init__(self, db: Database, user: User, repeat: int) -> None:
        self.db = db
        self.user = user
        self.repeat = repeat
        self.service = QueueService(db, user)
        self.bare = sqlite3.connect(db.path)  # the floor reads through plain sqlite3
        self.view = QTableView()
        self.view.resize(*VIEW_SIZE)
        self.view.show()
        self.plain = QTableView()
        self.plain.resize(*VIEW_SIZE)
        self.plain.show()

    def floor(self, flt: QueueFilter) -> float:
        sql, params = self.service.page_sql(flt, 0, CaseTableModel.PAGE_SIZE)

        def run() -> None:
            cursor = self.bare.execute(sql, params)
            names = [c[0] for c in cursor.description]
            model = QStandardItemModel(0, len(names))
            for values in cursor.fetchall():
                model.appendRow([QStandardItem("" if v is None else str(v)) for v in values])
            self.plain.setModel(model)
            paint(self.plain)

        return statistics.median(time_ms(run) for _ in range(self.repeat))

    def first_page(self) -> float:
        def run() -> None:
            model = CaseTableModel(lambda: self.service)
            self.view.setModel(model)
            self.view.setItemDelegateForColumn(model.column_of("due"), DeadlineDelegate(self.view))
            paint(self.view)

        return statistics.median(time_ms(run) for _ in range(self.repeat))

    def change(self, model: CaseTableModel, flt: QueueFilter) -> float:
        def run() -> None:
            model.set_filter(QueueFilter())  # back to the start, not timed separately
            paint(self.view)
            started = time.perf_counter()
            model.set_filter(flt)
            paint(self.view)
            times.append((time.perf_counter() - started) * 1000)

        times: list[float] = []
        for _ in range(self.repeat):
            run()
        return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--keep", metavar="DIR", help="build the replica here and keep it")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="queue-bench-"))
    if folder.exists() and args.keep:
        shutil.rmtree(folder)
    try:
        db, user, build_s = build(folder, args.cases, args.seed)
        bench = Bench(db, user, args.repeat)
        app.processEvents()
        rss_before = rss_mb()
        result: dict[str, Any] = {"cases": args.cases, "build_s": round(build_s, 1)}
        base = QueueFilter()
        result["floor_page_ms"] = bench.floor(base)
        result["first_page_ms"] = bench.first_page()
        model = bench.view.model()
        assert isinstance(model, CaseTableModel)
        cases = {
            "sort": base.replace(sort="subject", descending=False),
            "filter": base.replace(status=Status.DIVERIFIKASI, platform=Platform.FACEBOOK),
            "search": base.replace(text="nur"),
            "search_nip": base.replace(text="1985 03"),
        }
        for name, flt in cases.items():
            result[f"{name}_ms"] = bench.change(model, flt)
            result[f"floor_{name}_ms"] = bench.floor(flt)
        model.set_filter(base)
        app.processEvents()  # lay the rows out: the scroll bar gets its range
        # Scroll through the whole queue, a screenful at a time from the bottom up, as a
        # user dragging the scroll bar would: every page is read once, few are kept.
        bar = bench.view.verticalScrollBar()
        started = time.perf_counter()
        for value in range(bar.maximum(), -1, -max(1, bar.maximum() // 400)):
            bar.setValue(value)
            paint(bench.view)
        result["scroll_through_ms"] = (time.perf_counter() - started) * 1000
        result["cached_rows"] = model.cached_rows()
        result["memory_growth_mb"] = rss_mb() - rss_before
        result["first_page_ratio"] = result["first_page_ms"] / result["floor_page_ms"]
        for name in cases:
            result[f"{name}_ratio"] = result[f"{name}_ms"] / result[f"floor_{name}_ms"]
        result["targets_met"] = {
            "first_page_ratio<=3": result["first_page_ratio"] <= 3,
            "first_page_ms<150": result["first_page_ms"] < 150,
            "search_ms<100": result["search_ms"] < 100,
            "memory_growth_mb<100": result["memory_growth_mb"] < 100,
        }
        rounded = {k: round(v, 2) if isinstance(v, float) else v for k, v in result.items()}
        print(json.dumps(rounded, indent=2))
        bench.bare.close()
        db.close()
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
