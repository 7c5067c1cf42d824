"""Import benchmark: 10,000 public reports into a replica that already holds 100,000 cases.

    python bench/import_bench.py [--cases 100000] [--rows 10000] [--keep DIR]

Builds the replica as ``bench/queue_bench.py`` does, writes a CSV of ``--rows`` reports
(a quarter naming a civil servant by NIP, a quarter with a reporter, 2 % repeating a post
already in the replica under another form of its link), then measures:

- ``preview_ms``: reading the CSV and checking every row (dates, NIPs, agencies, import
  keys already present, duplicate search over the 100,000 cases).
- ``commit_ms``: writing the rows through the services (``CaseService.create`` with the
  change log, subjects, reporters, duplicate links), 200 rows per transaction.
- Floors, on copies of the same replica file taken before the import (same schema,
  indexes and triggers, WAL, ``synchronous=FULL``): ``floor_ms``, a raw ``executemany``
  of the same rows into ``cases`` in one transaction, and ``floor_chunked_ms``, the same
  in as many transactions as the import used (DESIGN.md, "Benchmarks"). The replica's
  queue index (FTS5 triggers) is part of "the same kind of file" and dominates those
  floors, so ``floor_plain_ms`` also gives the bare insert with that index dropped.

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from asn_monitor.intake.sources import read_table  # noqa: E402
from asn_monitor.services.intake import CHUNK, IntakeService  # noqa: E402
from asn_monitor.store import queue_index  # noqa: E402
from bench.queue_bench import build  # noqa: E402

AGENCIES = [
    "Dinas Pendidikan dan Kebudayaan",
    "Dinas Kesehatan",
    "Dinas Sosial",
    "DINKES",
    "Dinas Perhubungan",
]


def report_rows(db: Any, rows: int, rng: random.Random) -> bytes:
    seed = json.loads((ROOT / "resources" / "demo" / "seed.json").read_text("utf-8"))
    names = seed["given_names_male"] + seed["given_names_female"]
    summaries = seed["case_summaries"]
    existing = [
        json.loads(r["post_urls"])[0]
        for r in db.query("SELECT post_urls FROM cases ORDER BY random() LIMIT ?", (rows // 50,))
    ]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(
        [
            "id_laporan",
            "tanggal_laporan",
            "nama_pelapor",
            "kontak",
            "ringkasan",
            "tempat",
            "tautan",
            "nip",
            "nama_terlapor",
            "instansi",
            "tanggal_kejadian",
        ]
    )
    for i in range(rows):
        day = rng.randint(1, 28)
        if existing and i % 50 == 0:
            # The same post as an existing case, as a phone would share it.
            url = existing.pop().replace("https://www.", "https://m.") + "?fbclid=IwAR" + str(i)
        else:
            url = f"https://www.facebook.com/akun{i}/posts/{rng.randint(10**9, 10**10)}"
        nip = name = agency = ""
        if i % 4 == 0:
            born = f"{rng.randint(1965, 1998)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            nip = f"{born}{rng.randint(2000, 2022)}{rng.randint(1, 12):02d}{rng.randint(1, 2)}"
            nip += f"{rng.randint(1, 999):03d}"
            name = rng.choice(names)
            agency = rng.choice(AGENCIES)
        reporter = rng.choice(names) if i % 4 == 1 else ""
        writer.writerow(
            [
                f"WEB-{i:06d}",
                f"{day:02d}/10/2024",
                reporter,
                "0812-000-" + str(i) if reporter else "",
                rng.choice(summaries)[:200],
                "Mataram",
                url,
                nip,
                name,
                agency,
                f"{max(1, day - 1):02d}/10/2024",
            ]
        )
    return out.getvalue().encode("utf-8")


def floor(path: Path, rows: list[tuple[Any, ...]], chunk: int | None) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    sql = (
        "INSERT INTO cases (id, number, number_final, status, source, portal, platform, "
        "post_urls, account_handle, act_date, known_date, received_date, summary, created_by, "
        "created_at, updated_at, import_key) VALUES (?, ?, 0, 'masuk', ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?)"
    )
    size = chunk or len(rows)
    started = time.perf_counter()
    for start in range(0, len(rows), size):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, rows[start : start + size])
        conn.execute("COMMIT")
    elapsed = (time.perf_counter() - started) * 1000
    conn.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--keep", metavar="DIR", help="build the replica here and keep it")
    args = parser.parse_args(argv)
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="import-bench-"))
    if folder.exists() and args.keep:
        shutil.rmtree(folder)
    try:
        db, user, build_s = build(folder / "replica", args.cases, args.seed)
        rng = random.Random(args.seed)
        data = report_rows(db, args.rows, rng)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copies = [folder / "floor-one.db", folder / "floor-chunked.db", folder / "floor-plain.db"]
        for copy in copies:
            shutil.copy(db.path, copy)
        service = IntakeService(db, user)

        started = time.perf_counter()
        table = read_table(data, "laporan.csv")
        preview = service.preview_table(table, "laporan.csv")
        preview_ms = (time.perf_counter() - started) * 1000

        transactions = 0

        def progress(done: int, total: int) -> bool:
            nonlocal transactions
            transactions += 1
            return True

        started = time.perf_counter()
        result = service.commit(preview, progress=progress)
        commit_ms = (time.perf_counter() - started) * 1000

        now = db.now()
        floor_rows = [
            (
                str(uuid.uuid4()),
                f"BENCH-{i:06d}",
                r.report.case["source"],
                r.report.case["portal"],
                r.report.case["platform"],
                json.dumps(r.report.case["post_urls"]),
                r.report.case["account_handle"],
                r.report.case["act_date"],
                r.report.case["known_date"],
                r.report.case["received_date"],
                r.report.case["summary"],
                user.id,
                now,
                now,
                r.report.import_key,
            )
            for i, r in enumerate(preview.rows)
        ]
        floor_ms = floor(copies[0], floor_rows, None)
        floor_chunked_ms = floor(copies[1], floor_rows, CHUNK)
        plain = sqlite3.connect(copies[2], isolation_level=None)
        queue_index.drop(plain)
        plain.close()
        floor_plain_ms = floor(copies[2], floor_rows, None)
        total_ms = preview_ms + commit_ms
        out = {
            "cases_before": args.cases,
            "rows": args.rows,
            "build_s": round(build_s, 1),
            "preview_ms": round(preview_ms, 1),
            "commit_ms": round(commit_ms, 1),
            "total_ms": round(total_ms, 1),
            "rows_per_second": round(args.rows / (total_ms / 1000), 1),
            "transactions": transactions,
            "created": len(result.created),
            "linked_duplicates": len(result.linked),
            "skipped": len(result.skipped),
            "floor_ms": round(floor_ms, 1),
            "floor_chunked_ms": round(floor_chunked_ms, 1),
            "floor_plain_ms": round(floor_plain_ms, 1),
            "ratio": round(total_ms / floor_ms, 1),
            "ratio_chunked": round(total_ms / floor_chunked_ms, 1),
            "commit_ratio_chunked": round(commit_ms / floor_chunked_ms, 1),
            "ratio_plain": round(total_ms / floor_plain_ms, 1),
        }
        db.close()
        print(json.dumps(out, indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
