"""Sync benchmark: pushing 1,000 changes, and how soon an edit shows on another PC.

    python bench/sync_bench.py [--poll 1.0] [--edits 30] [--json]

1. ``push_1000_ms``: 1,000 change records made by real service edits wait in a replica's
   outbox; the engine's push (outbox batches -> ``Hub.push`` -> recording the outcome in the
   replica) sends them to a hub file on local disk (rollback journal, synchronous=FULL).
   The floor, ``raw_push_1000_ms``, is ``executemany`` of the same rows into the ``changes``
   table of a copy of the same hub file, in the same number of transactions (DESIGN.md,
   "Benchmarks"). ``push_ratio`` = push / floor (target <= 3).
2. ``latency``: two PCs as two OS processes, each with its engine's background thread
   polling every ``--poll`` seconds. One edits a case; the other notes when its replica
   shows the new value. Median and p95 over ``--edits`` edits (target p95 <= 2 x poll + 1 s).

Prints the figures, then one JSON object with all of them.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from asn_monitor.domain.models import User  # noqa: E402
from asn_monitor.domain.passwords import PasswordHasher  # noqa: E402
from asn_monitor.services.cases import CaseService  # noqa: E402
from asn_monitor.store.database import Database  # noqa: E402
from asn_monitor.sync.merge import ENTRY_COLUMNS  # noqa: E402
from asn_monitor.workspace import Workspace  # noqa: E402
from tests.unit.factories import PASSWORD, case_fields  # noqa: E402

FIELDS = ("summary", "portal", "account_handle")


def office(root: Path) -> tuple[Workspace, Database, User]:
    workspace = Workspace(root / "pc-a", shared=root / "share")
    db, user = workspace.create(
        office_name="Diskominfotik NTB",
        prefix="NTB",
        username="spv",
        display_name="Baiq Supervisor",
        password=PASSWORD,
        hasher=PasswordHasher(n=2**8),
    )
    return workspace, db, user


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


# -- 1. pushing 1,000 changes -----------------------------------------------------------


def push_bench(root: Path, changes: int = 1000) -> dict[str, Any]:
    workspace, db, user = office(root)
    try:
        cases = CaseService(db, user)
        ids = [cases.create(case_fields(summary=f"kasus {i}")).id for i in range(10)]
        workspace.sync_once(db)
        base = int(db.scalar("SELECT count(*) FROM changes WHERE hub_id IS NULL"))
        assert base == 0
        for n in range(changes):
            case_id = ids[n % len(ids)]
            version = cases.get(case_id).version
            cases.update(case_id, version, {FIELDS[n % len(FIELDS)]: f"nilai {n}"})
        waiting = int(db.scalar("SELECT count(*) FROM changes WHERE hub_id IS NULL"))
        assert waiting == changes, waiting
        hub_file = workspace.shared_dir(db) / "hub.db"
        floor_file = root / "floor.db"
        shutil.copyfile(hub_file, floor_file)  # the same hub, before the push

        engine = workspace.engine(db)
        try:
            link, hub = engine.link, engine.hub
            batches: list[list[dict[str, Any]]] = []
            started = time.perf_counter()
            while True:  # what SyncEngine._push does, through the public calls
                txs = link.outbox()
                if not txs:
                    break
                results = hub.push(db.origin, txs)
                link.record_push(results)
                batches.append([entry for tx in txs for entry in tx])
            push_s = time.perf_counter() - started
            applied = sum(1 for b in batches for _ in b)
            started = time.perf_counter()
            engine.sync_once()  # the rest of a round: quick_check, pull back, leases
            round_s = time.perf_counter() - started
        finally:
            engine.close()
        assert applied == changes
        outcomes = dict(
            sqlite3.connect(hub_file)
            .execute("SELECT outcome, count(*) FROM changes GROUP BY outcome")
            .fetchall()
        )
        raw_s = raw_push(floor_file, batches)
    finally:
        db.close()
    return {
        "changes": changes,
        "transactions": len(batches),
        "push_1000_ms": round(push_s * 1000, 1),
        "raw_push_1000_ms": round(raw_s * 1000, 1),
        "push_ratio": round(push_s / raw_s, 2),
        "changes_per_s": round(changes / push_s),
        "rest_of_round_ms": round(round_s * 1000, 1),
        "hub_outcomes": outcomes,
    }


def raw_push(path: Path, batches: list[list[dict[str, Any]]]) -> float:
    """The floor: the same rows, executemany'd, one transaction per engine batch."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        sql = (
            f"INSERT INTO changes ({', '.join(ENTRY_COLUMNS)}, outcome, pushed) "
            f"VALUES ({', '.join('?' for _ in ENTRY_COLUMNS)}, 'applied', 1)"
        )
        started = time.perf_counter()
        for batch in batches:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(sql, [tuple(e[c] for c in ENTRY_COLUMNS) for e in batch])
            conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


# -- 2. change-to-visible latency between two processes -------------------------------


def watch(args: argparse.Namespace) -> int:
    """The second PC: its engine polls; report each new value of the case as it lands."""
    workspace = Workspace(Path(args.watch))
    db = workspace.open()
    engine = workspace.engine(db, poll_seconds=args.poll)
    engine.start()
    print("ready", flush=True)
    seen = ""
    try:
        while seen != f"akhir {args.edits - 1}":
            value = db.scalar("SELECT summary FROM cases WHERE id = ?", (args.case,))
            if value != seen:
                seen = str(value)
                print(json.dumps({"value": seen, "t": time.time()}), flush=True)
            time.sleep(0.005)
    finally:
        engine.close()
        db.close()
    return 0


def latency_bench(root: Path, poll: float, edits: int) -> dict[str, Any]:
    workspace, db, user = office(root)
    other = Workspace(root / "pc-b", shared=root / "share")
    case_id = CaseService(db, user).create(case_fields(summary="awal")).id
    workspace.sync_once(db)
    other.join().close()
    engine = workspace.engine(db, poll_seconds=poll)
    engine.user_id = user.id
    db.on_commit.append(engine.wake)  # as the app does: a saved edit wakes the sync
    engine.start()
    watcher = subprocess.Popen(
        [
            *(sys.executable, __file__, "--watch", str(other.directory), "--case", case_id),
            *("--poll", str(poll), "--edits", str(edits)),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert watcher.stdout is not None
    try:
        assert watcher.stdout.readline().strip() == "ready"
        time.sleep(poll * 2)
        cases = CaseService(db, user)
        made: dict[str, float] = {}
        rng = random.Random(7)
        for n in range(edits):
            value = f"akhir {n}" if n == edits - 1 else f"nilai {n}"
            version = cases.get(case_id).version
            made[value] = time.time()
            cases.update(case_id, version, {"summary": value})
            time.sleep(rng.uniform(0.5, 1.5) * poll)  # out of step with the polling
        seen: dict[str, float] = {}
        for line in watcher.stdout:
            event = json.loads(line)
            seen[event["value"]] = event["t"]
        watcher.wait(60)
    finally:
        if watcher.poll() is None:
            watcher.kill()
            watcher.wait()
        engine.close()
        db.close()
    # A value overwritten before the other PC polled is never seen there; its successor
    # is, and counts as the time the older edit became visible too (superseded).
    delays = []
    for value, at in made.items():
        later = [t for v, t in seen.items() if t >= at and (v == value or made.get(v, 0) > at)]
        if later:
            delays.append(min(later) - at)
    return {
        "poll_s": poll,
        "edits": edits,
        "seen": len(delays),
        "latency_median_s": round(statistics.median(delays), 3),
        "latency_p95_s": round(percentile(delays, 0.95), 3),
        "latency_max_s": round(max(delays), 3),
        "latency_target_p95_s": 2 * poll + 1,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--poll", type=float, default=1.0)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--watch", help=argparse.SUPPRESS)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.watch:
        return watch(args)
    root = Path(tempfile.mkdtemp(prefix="asn-sync-bench-"))
    try:
        push = push_bench(root / "push", args.changes)
        print(
            f"push {push['changes']} changes in {push['transactions']} transactions: "
            f"engine {push['push_1000_ms']} ms, raw executemany {push['raw_push_1000_ms']} ms, "
            f"ratio {push['push_ratio']} (target <= 3); {push['changes_per_s']} changes/s"
        )
        latency = latency_bench(root / "latency", args.poll, args.edits)
        print(
            f"change to visible on the other PC (poll {latency['poll_s']} s, "
            f"{latency['edits']} edits): median {latency['latency_median_s']} s, "
            f"p95 {latency['latency_p95_s']} s, max {latency['latency_max_s']} s "
            f"(target p95 <= {latency['latency_target_p95_s']} s)"
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(json.dumps({**push, **latency}))
    ok = push["push_ratio"] <= 3 and latency["latency_p95_s"] <= latency["latency_target_p95_s"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
