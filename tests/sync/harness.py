"""Several office PCs as OS processes on one hub, with faults, and the checks that follow.

Shared by ``tests/sync/test_sync_processes.py`` (about a minute) and ``bench/soak.py``
(as long as asked). The pieces:

- :class:`Office` sets up one shared folder (on a FUSE pass-through that can fail with
  EIO on demand, when FUSE is available; a plain folder otherwise), creates the hub, the
  accounts and a few shared cases, and gives each worker its own replica joined to it.
- :meth:`Office.soak` starts one ``tests.sync.worker run`` process per PC and, while they
  work, kills workers with SIGKILL at random (and starts them again on the same replica),
  makes every call on the share fail with EIO for a few seconds, and renames the shared
  folder away and back.
- :meth:`Office.settle` stops the workers, reopens every replica, and syncs them all until
  a whole round brings nothing new from the hub.
- :meth:`Office.check` checks the invariants from the data (see :class:`Summary`).
"""

from __future__ import annotations

import bisect
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_monitor.domain.models import User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.domain.roles import Role
from asn_monitor.errors import AsnError
from asn_monitor.services.cases import CaseService
from asn_monitor.services.users import UserService
from asn_monitor.store.changelog import ENTITIES
from asn_monitor.store.database import Database
from asn_monitor.store.integrity import check_connection
from asn_monitor.workspace import Workspace
from tests.sync.faultfs import FaultFs, fuse_unavailable
from tests.unit.factories import (
    PASSWORD,
    approve,
    case_fields,
    prepare_for_review,
    subject_fields,
)

ROOT = Path(__file__).resolve().parents[2]
SHARED_NAME = "office"
_UNCOMPARED = ("version", "updated_at")


@dataclass
class Faults:
    kills: int = 0
    eio: int = 0  # share outages: every call fails with EIO
    renames: int = 0  # share outages: the shared folder is renamed away

    @property
    def outages(self) -> int:
        return self.eio + self.renames


@dataclass
class Summary:
    """What the checks found. Every count but the first three, ``conflicts`` and the
    worker activity must be zero."""

    committed: int = 0  # change records the replicas made (own origin), all replicas
    in_hub: int = 0  # of those, found in the hub exactly once with the same hash
    hub_changes: int = 0  # every record in the hub's log (the hub's own included)
    lost: int = 0  # committed on a replica, not in the hub (or with another hash)
    duplicated: int = 0  # one record twice in the hub (same origin and seq, or same hash)
    pending: int = 0  # still waiting in an outbox after the final sync
    diverged: int = 0  # replicas whose synced tables differ from the hub's
    double_claims: int = 0  # a case going from one holder to another without release
    conflicts: int = 0  # conflict records in the hub
    missed_conflicts: int = 0  # concurrent same-field edits without a conflict record
    unhealthy: int = 0  # stores (hub or replica) that fail check_connection
    broken_promises: int = 0  # a worker saw a save or claim succeed that the data lacks
    bad_numbers: int = 0  # cases without an office number, or sharing one
    worker_errors: int = 0  # unexpected errors a worker logged
    crashes: int = 0  # workers that exited on their own with a failure
    activity: dict[str, int] = field(default_factory=dict)  # what the workers did
    faults: Faults = field(default_factory=Faults)
    problems: list[str] = field(default_factory=list)  # the first few, in words

    @property
    def ok(self) -> bool:
        return not (
            self.lost
            or self.duplicated
            or self.pending
            or self.diverged
            or self.double_claims
            or self.missed_conflicts
            or self.unhealthy
            or self.broken_promises
            or self.bad_numbers
            or self.worker_errors
            or self.crashes
        )

    def problem(self, text: str) -> None:
        if len(self.problems) < 30:
            self.problems.append(text)

    def line(self) -> str:
        a = self.activity
        return (
            f"soak: {'OK' if self.ok else 'FAILED'} | changes committed {self.committed}, "
            f"in hub {self.in_hub} (hub log {self.hub_changes}), lost {self.lost}, "
            f"duplicated {self.duplicated}, pending {self.pending}, "
            f"diverged replicas {self.diverged}, double claims {self.double_claims}, "
            f"conflicts {self.conflicts} (missed {self.missed_conflicts}), "
            f"unhealthy stores {self.unhealthy}, broken promises {self.broken_promises}, "
            f"bad numbers {self.bad_numbers}, worker errors {self.worker_errors}, "
            f"crashes {self.crashes} | faults {self.faults.kills + self.faults.outages}: "
            f"kills {self.faults.kills}, share outages {self.faults.outages} "
            f"(EIO {self.faults.eio}, renamed {self.faults.renames}) | "
            f"edits {a.get('edit', 0)}, claims {a.get('claim', 0)} "
            f"(lost races {a.get('claim-lost', 0)}), releases {a.get('release', 0)}, "
            f"notes {a.get('note', 0)}, new cases {a.get('create', 0)}, "
            f"stale forms {a.get('stale', 0)}, rebases {a.get('rebase', 0)}, "
            f"letters {a.get('refer', 0)} (lost races {a.get('refer-lost', 0)}, "
            f"offline {a.get('refer-offline', 0)})"
        )


@dataclass
class Pc:
    index: int
    workspace: Path
    username: str
    origin: str = ""
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


class Office:
    def __init__(
        self,
        root: Path,
        *,
        workers: int = 6,
        hot_cases: int = 3,
        claim_cases: int = 4,
        approved_cases: int = 0,
        poll: float = 0.3,
        lease: int = 4,
        use_fuse: bool | None = None,
        seed: int | None = None,
    ) -> None:
        self.root = root
        self.workers = workers
        self.hot_count = hot_cases
        self.claim_count = claim_cases
        # Approved cases the supervisors (PC 0, and PC 1 as a second supervisor) race to
        # refer, each letter numbered by the hub.
        self.approved_count = approved_cases
        self.poll = poll
        self.lease = lease
        self.seed = seed if seed is not None else random.randrange(1 << 30)
        self.rng = random.Random(self.seed)
        reason = fuse_unavailable()
        if use_fuse and reason:
            raise RuntimeError(f"FUSE asked for but unavailable: {reason}")
        self._fuse_optional = use_fuse is None
        self.use_fuse = reason is None if use_fuse is None else use_fuse
        self.fs: FaultFs | None = None
        if self.use_fuse:
            self.fs = FaultFs(root / "backing", root / "mnt", root / "eio", root / "faultfs.log")
        self._place_share()
        self.logs = root / "logs"
        self.cases_file = root / "cases.json"
        self.pcs: list[Pc] = []
        self.faults = Faults()
        self.crashes: list[str] = []

    # -- set-up -------------------------------------------------------------------

    def _place_share(self) -> None:
        self.share_parent = self.root / ("mnt" if self.fs is not None else "share")
        self.shared = self.share_parent / SHARED_NAME
        self.away = self.share_parent / (SHARED_NAME + ".away")

    def __enter__(self) -> Office:
        self.root.mkdir(parents=True, exist_ok=True)
        self.logs.mkdir(exist_ok=True)
        if self.fs is not None:
            try:
                self.fs.mount()
            except RuntimeError:
                if not self._fuse_optional:
                    raise
                # FUSE is installed but cannot mount here: the rename faults still run.
                self.fs, self.use_fuse = None, False
                self._place_share()
        if self.fs is None:
            self.share_parent.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_workers(kill=True)
        if self.fs is not None:
            self.fs.unmount()

    def setup(self) -> None:
        """Hub, a supervisor and monitors (one account per PC), and the shared cases."""
        hasher = PasswordHasher(n=2**8)
        names = ["spv"] + [f"monitor{i}" for i in range(1, self.workers)]
        first = Workspace(self.root / "pc-0", shared=self.shared)
        db, supervisor = first.create(
            office_name="Diskominfotik NTB",
            prefix="NTB",
            username=names[0],
            display_name="Baiq Supervisor",
            password=PASSWORD,
            hasher=hasher,
        )
        try:
            users = UserService(db, supervisor, hasher)
            if self.approved_count:
                names[1] = "spv2"
            added = {
                name: users.add_user(
                    name,
                    name.title(),
                    Role.SUPERVISOR if name == "spv2" else Role.MONITOR,
                    PASSWORD,
                )
                for name in names[1:]
            }
            cases = CaseService(db, supervisor)
            hot = [
                cases.create(case_fields(summary=f"panas {i}")).id for i in range(self.hot_count)
            ]
            claim = [
                cases.create(case_fields(summary=f"antrean {i}")).id
                for i in range(self.claim_count)
            ]
            monitor = next((u for u in added.values() if u.role is Role.MONITOR), None)
            approved = [
                _approved_case(db, supervisor, monitor, i) for i in range(self.approved_count)
            ]
            first.sync_once(db)
            self.pcs.append(Pc(0, first.directory, names[0], db.origin))
        finally:
            db.close()
        self.cases_file.write_text(
            json.dumps({"hot": hot, "claim": claim, "approved": approved}), encoding="utf-8"
        )
        for i in range(1, self.workers):
            workspace = Workspace(self.root / f"pc-{i}", shared=self.shared)
            joined = workspace.join()
            self.pcs.append(Pc(i, workspace.directory, names[i], joined.origin))
            joined.close()

    @property
    def case_ids(self) -> dict[str, list[str]]:
        data: dict[str, list[str]] = json.loads(self.cases_file.read_text(encoding="utf-8"))
        return data

    # -- workers ------------------------------------------------------------------

    def worker_command(self, pc: Pc, mode: str = "run", **extra: Any) -> list[str]:
        command = [
            sys.executable,
            "-m",
            "tests.sync.worker",
            mode,
            "--workspace",
            str(pc.workspace),
            "--user",
            pc.username,
            "--cases",
            str(self.cases_file),
            "--log",
            str(self.log_path(pc)),
            "--worker",
            str(pc.index),
            "--seed",
            str(self.seed * 1000 + pc.index * 50 + pc.starts),
            "--poll",
            str(self.poll),
            "--lease",
            str(self.lease),
        ]
        for key, value in extra.items():
            command += [f"--{key.replace('_', '-')}", str(value)]
        return command

    def log_path(self, pc: Pc) -> Path:
        return self.logs / f"worker-{pc.index}.jsonl"

    def start(self, pc: Pc, mode: str = "run", **extra: Any) -> subprocess.Popen[bytes]:
        pc.starts += 1
        with open(self.logs / f"worker-{pc.index}.err", "ab") as err:
            pc.process = subprocess.Popen(
                self.worker_command(pc, mode, **extra),
                cwd=ROOT,
                stdout=err,
                stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
        return pc.process

    def kill(self, pc: Pc) -> None:
        if pc.process is not None and pc.process.poll() is None:
            pc.process.send_signal(signal.SIGKILL)
            pc.process.wait(30)
            self.faults.kills += 1
        pc.process = None

    def _reap(self, pc: Pc) -> None:
        """Note a worker that ended on its own (it should not)."""
        if pc.process is not None and pc.process.poll() is not None:
            self.crashes.append(f"worker {pc.index} exited with {pc.process.returncode}")
            pc.process = None

    def stop_workers(self, kill: bool = False, timeout: float = 60.0) -> None:
        for pc in self.pcs:
            if pc.running and pc.process is not None:
                pc.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        for pc in self.pcs:
            if pc.process is None:
                continue
            try:
                code = pc.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.crashes.append(f"worker {pc.index} did not stop within {timeout:.0f} s")
                pc.process.kill()
                code = pc.process.wait(30)
            if code != 0 and not kill:
                self.crashes.append(f"worker {pc.index} exited with {code} when stopped")
            pc.process = None

    # -- the share going away ------------------------------------------------------

    @contextmanager
    def share_fails(self) -> Iterator[None]:
        """Every call on the share fails with EIO (FUSE only)."""
        assert self.fs is not None, "EIO needs the FUSE mount"
        self.fs.fail()
        self.faults.eio += 1
        try:
            yield
        finally:
            self.fs.heal()

    @contextmanager
    def share_renamed(self) -> Iterator[None]:
        """The shared folder is not there (renamed away), then comes back."""
        for _ in range(50):
            try:
                self.shared.rename(self.away)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("could not rename the shared folder away")
        self.faults.renames += 1
        try:
            yield
        finally:
            for _ in range(300):
                try:
                    self.away.rename(self.shared)
                    break
                except OSError:
                    time.sleep(0.1)
            else:
                raise RuntimeError("could not bring the shared folder back")

    # -- the soak -----------------------------------------------------------------

    def soak(self, seconds: float, *, progress: bool = False) -> None:
        """All workers at work for ``seconds`` while faults come and go."""
        for pc in self.pcs:
            self.start(pc)
        deadline = time.monotonic() + seconds
        restart_at: dict[int, float] = {}
        next_fault = time.monotonic() + self.rng.uniform(1.0, 3.0)
        outage_end: float | None = None
        outage: Any = None
        last_report = time.monotonic()
        while time.monotonic() < deadline:
            now = time.monotonic()
            for pc in self.pcs:
                if pc.index in restart_at and now >= restart_at[pc.index]:
                    del restart_at[pc.index]
                    self.start(pc)
                elif pc.index not in restart_at:
                    self._reap(pc)
                    if pc.process is None:
                        self.start(pc)
            if outage is not None and outage_end is not None and now >= outage_end:
                outage.__exit__(None, None, None)
                outage, outage_end = None, None
            if now >= next_fault:
                next_fault = now + self.rng.uniform(1.0, 3.0)
                roll = self.rng.random()
                running = [pc for pc in self.pcs if pc.running]
                if roll < 0.5 and running:
                    victim = self.rng.choice(running)
                    self.kill(victim)
                    restart_at[victim.index] = now + self.rng.uniform(0.2, 2.0)
                elif outage is None:
                    outage = (
                        self.share_fails()
                        if self.fs is not None and roll < 0.78
                        else self.share_renamed()
                    )
                    outage.__enter__()
                    outage_end = now + self.rng.uniform(0.5, 4.0)
            if progress and now - last_report > 30:
                last_report = now
                print(
                    f"  … {deadline - now:.0f} s left; kills {self.faults.kills}, "
                    f"outages {self.faults.outages}",
                    flush=True,
                )
            time.sleep(0.05)
        if outage is not None:
            outage.__exit__(None, None, None)
        for index in list(restart_at):
            self.start(self.pcs[index])
        for pc in self.pcs:
            self._wait_started(pc)  # SIGTERM before its handler is set would kill it
            self._reap(pc)
        self.stop_workers()

    def _wait_started(self, pc: Pc, timeout: float = 60.0) -> None:
        if pc.process is None:
            return
        pid = pc.process.pid
        deadline = time.monotonic() + timeout
        while pc.process.poll() is None and time.monotonic() < deadline:
            if any(e["pid"] == pid and e["e"] == "start" for e in self.events_of(pc)):
                return
            time.sleep(0.1)

    # -- after the work ------------------------------------------------------------

    def settle(self, max_rounds: int = 8) -> int:
        """Reopen every replica and sync them in turn until a whole round (at least two)
        brings nothing new; returns the number of rounds."""
        last = -1
        for rounds in range(1, max_rounds + 1):
            for pc in self.pcs:
                self.sync_pc(pc)
            high = self.hub_high()
            if rounds >= 2 and high == last:
                return rounds
            last = high
        raise AssertionError(f"replicas still moving after {max_rounds} rounds")

    def sync_pc(self, pc: Pc) -> None:
        """One sync round for ``pc``, in this process (a second if the first left work)."""
        workspace = Workspace(pc.workspace)
        db = workspace.open()
        try:
            engine = workspace.engine(db)
            try:
                engine.sync_once()
                if engine.link.pending_count():
                    engine.sync_once()
            finally:
                engine.close()
        finally:
            db.close()

    def hub_path(self) -> Path:
        return self.shared / "hub.db"

    def hub_high(self) -> int:
        with _readonly(self.hub_path()) as conn:
            return int(conn.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()[0])

    def hub_count(self, sql: str, *params: Any) -> int:
        with _readonly(self.hub_path()) as conn:
            return int(conn.execute(sql, params).fetchone()[0])

    def events_of(self, pc: Pc) -> list[dict[str, Any]]:
        path = self.log_path(pc)
        if not path.exists():
            return []
        events = []
        for line in path.read_text(encoding="utf-8").splitlines():
            with suppress(json.JSONDecodeError):  # a line cut by SIGKILL
                events.append(json.loads(line))
        return events

    def worker_events(self) -> list[dict[str, Any]]:
        return [event for pc in self.pcs for event in self.events_of(pc)]

    def check(self) -> Summary:
        summary = Summary(faults=self.faults)
        for crash in self.crashes:
            summary.crashes += 1
            summary.problem(crash)
        events = self.worker_events()
        for event in events:
            summary.activity[event["e"]] = summary.activity.get(event["e"], 0) + 1
            if event["e"] == "error":
                summary.worker_errors += 1
                summary.problem(f"worker {event['w']}: {event['error']}: {event['detail']}")
        with _readonly(self.hub_path()) as hub:
            check_store(summary, "hub", hub)
            hub_log = _rows(hub, "SELECT * FROM changes ORDER BY id")
            summary.hub_changes = len(hub_log)
            hub_origin = str(
                hub.execute("SELECT value FROM replica_meta WHERE key = 'hub_origin'").fetchone()[0]
            )
            check_duplicates(summary, hub_log)
            check_claims(summary, hub_log)
            check_conflicts(summary, hub, hub_log, hub_origin)
            check_numbers(summary, hub)
            check_letters(summary, hub, events)
            hub_tables = dump(hub)
            by_key = {(r["origin"], r["seq"]): r for r in hub_log}
            for pc in self.pcs:
                with _readonly(pc.workspace / "local.db") as local:
                    name = f"replica {pc.index}"
                    check_store(summary, name, local)
                    check_replica(summary, name, local, by_key)
                    if dump(local) != hub_tables:
                        summary.diverged += 1
                        summary.problem(
                            f"{name} differs from the hub: {_diff(dump(local), hub_tables)}"
                        )
                    check_promises(summary, pc, local, hub_log, events)
        summary.conflicts = len(_rows_of(self.hub_path(), "SELECT id FROM conflicts"))
        return summary


# -- the checks, each from the data ---------------------------------------------------


@contextmanager
def _readonly(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def _rows_of(path: Path, sql: str) -> list[dict[str, Any]]:
    with _readonly(path) as conn:
        return _rows(conn, sql)


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table in a stable order, without the per-store bookkeeping."""
    out = {}
    for spec in ENTITIES.values():
        cursor = conn.execute(f"SELECT * FROM {spec.table} ORDER BY id")
        names = [c[0] for c in cursor.description]
        keep = [i for i, n in enumerate(names) if n not in _UNCOMPARED]
        out[spec.table] = [tuple(r[i] for i in keep) for r in cursor.fetchall()]
    return out


def _diff(a: dict[str, list[tuple[Any, ...]]], b: dict[str, list[tuple[Any, ...]]]) -> str:
    for table in a:
        if a[table] != b.get(table):
            only_a = set(a[table]) - set(b.get(table, []))
            only_b = set(b.get(table, [])) - set(a[table])
            return f"{table}: replica-only {sorted(only_a)[:2]}, hub-only {sorted(only_b)[:2]}"
    return "?"


def check_store(summary: Summary, name: str, conn: sqlite3.Connection) -> None:
    report = check_connection(conn)
    if not report.healthy:
        summary.unhealthy += 1
        summary.problem(f"{name} fails its check: {[str(p) for p in report.problems[:3]]}")


def check_duplicates(summary: Summary, hub_log: list[dict[str, Any]]) -> None:
    seen_keys: set[tuple[str, int]] = set()
    seen_hashes: set[str] = set()
    for row in hub_log:
        key = (row["origin"], row["seq"])
        if key in seen_keys or row["hash"] in seen_hashes:
            summary.duplicated += 1
            summary.problem(f"hub holds {key} twice")
        seen_keys.add(key)
        seen_hashes.add(row["hash"])


def check_replica(
    summary: Summary,
    name: str,
    local: sqlite3.Connection,
    hub_by_key: dict[tuple[str, int], dict[str, Any]],
) -> None:
    """(a) Every record this replica committed is in the hub once, with the same hash
    and the same outcome; and the hub has nothing of this origin the replica lacks."""
    origin = str(local.execute("SELECT value FROM replica_meta WHERE key = 'origin'").fetchone()[0])
    own = _rows(
        local,
        "SELECT origin, seq, hash, hub_id, outcome FROM changes WHERE origin = ?",
        (origin,),
    )
    summary.committed += len(own)
    lost = []
    for row in own:
        theirs = hub_by_key.get((row["origin"], row["seq"]))
        if theirs is None or theirs["hash"] != row["hash"]:
            lost.append(row["seq"])
            continue
        summary.in_hub += 1
        if row["hub_id"] is None:
            summary.pending += 1
        elif row["hub_id"] != theirs["id"] or row["outcome"] != theirs["outcome"]:
            summary.diverged += 1
            summary.problem(f"{name}: seq {row['seq']} recorded differently from the hub")
    if lost:
        summary.lost += len(lost)
        summary.problem(f"{name}: {len(lost)} records not in the hub as committed: {lost[:5]}…")
    extra = sum(1 for key in hub_by_key if key[0] == origin) - len(own)
    if extra > 0:
        summary.lost += extra
        summary.problem(f"{name}: the hub has {extra} records of this origin the replica lost")


def check_claims(summary: Summary, hub_log: list[dict[str, Any]]) -> None:
    """(c) Replayed in hub order, a case's holder only ever changes to or from nobody."""
    holder: dict[str, str | None] = {}
    for row in hub_log:
        if row["entity"] != "case" or row["outcome"] != "applied":
            continue
        if row["op"] == "insert":
            holder[row["entity_id"]] = json.loads(row["new_value"]).get("assignee_id")
        elif row["op"] == "update" and row["field"] == "assignee_id":
            before = holder.get(row["entity_id"])
            after = json.loads(row["new_value"])
            if before is not None and after is not None and before != after:
                summary.double_claims += 1
                summary.problem(f"case {row['entity_id']}: {before} -> {after} at hub {row['id']}")
            holder[row["entity_id"]] = after


def check_conflicts(
    summary: Summary,
    hub: sqlite3.Connection,
    hub_log: list[dict[str, Any]],
    hub_origin: str,
) -> None:
    """(d) An update E made without seeing an applied change F by someone else to the
    same field (E.base_hwm < F.id < E.id, different value) is a conflict or rejected,
    and a conflict record names E's transaction. Conversely, every conflict record
    names a record the hub did not apply."""
    conflicts = _rows(hub, "SELECT lost_origin, lost_seq FROM conflicts")
    named = {(c["lost_origin"], c["lost_seq"]) for c in conflicts}
    tx_seqs: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_key = {}
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in hub_log:
        tx_seqs[(row["origin"], row["tx_id"])].append(row["seq"])
        by_key[(row["origin"], row["seq"])] = row
        if row["op"] == "update":
            groups[(row["entity_id"], row["field"])].append(row)
    for group in groups.values():
        ids = [r["id"] for r in group]  # hub order: ascending
        for e in group:
            if e["origin"] == hub_origin:
                continue  # the hub's own steps are taken on the state as it is
            start = bisect.bisect_right(ids, e["base_hwm"])
            stop = bisect.bisect_left(ids, e["id"])
            unseen = [
                f
                for f in group[start:stop]
                if f["origin"] != e["origin"]
                and f["outcome"] == "applied"
                and f["new_value"] != e["new_value"]
            ]
            if not unseen:
                continue
            if e["outcome"] not in ("conflict", "rejected"):
                summary.missed_conflicts += 1
                summary.problem(
                    f"hub {e['id']} ({e['field']}) overwrote hub {unseen[-1]['id']} unseen "
                    f"(base {e['base_hwm']}) and was {e['outcome']}"
                )
            elif not any((e["origin"], s) in named for s in tx_seqs[(e["origin"], e["tx_id"])]):
                summary.missed_conflicts += 1
                summary.problem(f"hub {e['id']} was {e['outcome']} without a conflict record")
    for key in named:
        row = by_key.get(key)
        if row is None or row["outcome"] == "applied":
            summary.missed_conflicts += 1
            summary.problem(f"conflict record names {key}, which the hub applied or lacks")


def check_numbers(summary: Summary, hub: sqlite3.Connection) -> None:
    rows = _rows(hub, "SELECT id, number, number_final FROM cases")
    numbers = [r["number"] for r in rows]
    for row in rows:
        if not row["number_final"]:
            summary.bad_numbers += 1
            summary.problem(f"case {row['id']} has no office number ({row['number']})")
    dupes = len(numbers) - len(set(numbers))
    if dupes:
        summary.bad_numbers += dupes
        summary.problem(f"{dupes} case numbers used twice")


def check_letters(summary: Summary, hub: sqlite3.Connection, events: list[dict[str, Any]]) -> None:
    """Every referred case has one letter with a final number of its own, every letter
    belongs to a referred case, and a number a supervisor was shown is the case's."""
    rows = _rows(
        hub,
        "SELECT r.case_id, r.letter_number, r.letter_number_final, r.letter_year, "
        "r.letter_seq, c.status FROM referrals r JOIN cases c ON c.id = r.case_id",
    )
    for row in rows:
        if not row["letter_number_final"] or row["status"] != "diteruskan":
            summary.bad_numbers += 1
            summary.problem(f"letter of case {row['case_id']}: {row}")
    numbers = [r["letter_number"] for r in rows]
    places = [(r["letter_year"], r["letter_seq"]) for r in rows]
    if len(set(numbers)) != len(numbers) or len(set(places)) != len(places):
        summary.bad_numbers += 1
        summary.problem(f"letter numbers used twice: {sorted(numbers)}")
    referred = _rows(hub, "SELECT id FROM cases WHERE status = 'diteruskan'")
    if len(referred) != len(rows):
        summary.bad_numbers += 1
        summary.problem(f"{len(referred)} referred cases but {len(rows)} letters")
    letter_of = {r["case_id"]: r["letter_number"] for r in rows}
    for event in events:
        shown = event.get("letter", "")
        final = event["e"] == "refer" and shown and not shown.startswith("SEMENTARA")
        if final and letter_of.get(event["case"]) != shown:
            summary.broken_promises += 1
            summary.problem(f"worker {event['w']} was told letter {shown} for {event['case']}")


def _approved_case(db: Database, supervisor: User, monitor: User | None, index: int) -> str:
    """A case a monitor prepared and the supervisor approved: ready to be referred."""
    assert monitor is not None, "an approved case needs a monitor to prepare it"
    cases = CaseService(db, monitor)
    case = cases.create(
        case_fields(summary=f"disetujui {index}"),
        subject=subject_fields(nip=f"1986092620150510{index + 10:02d}"),
    )
    case = cases.transition(case.id, case.version, "claim")
    prepare_for_review(db, monitor, case.id)
    cases.transition(case.id, case.version, "submit")
    return str(approve(db, supervisor, case.id).id)


def check_promises(
    summary: Summary,
    pc: Pc,
    local: sqlite3.Connection,
    hub_log: list[dict[str, Any]],
    events: list[dict[str, Any]],
) -> None:
    """What a worker saw succeed is in the data: each saved edit in its replica's log
    (and so, by (a), in the hub), each confirmed claim applied by the hub."""
    origin = str(local.execute("SELECT value FROM replica_meta WHERE key = 'origin'").fetchone()[0])
    saved = {
        (r[0], r[1], r[2])
        for r in local.execute(
            "SELECT entity_id, field, new_value FROM changes WHERE origin = ? AND op = 'update'",
            (origin,),
        )
    }
    notes = {
        r[0]
        for r in local.execute(
            "SELECT entity_id FROM changes WHERE origin = ? AND entity = 'note' AND op = 'insert'",
            (origin,),
        )
    }
    claims = {
        (r["entity_id"], r["new_value"])
        for r in hub_log
        if r["origin"] == origin
        and r["field"] == "assignee_id"
        and r["outcome"] == "applied"
        and r["new_value"] != "null"
    }
    for event in events:
        if event["w"] != pc.index:
            continue
        if event["e"] == "edit":
            key = (event["case"], event["field"], json.dumps(event["value"]))
            if key not in saved:
                summary.broken_promises += 1
                summary.problem(f"worker {pc.index}: saved edit {key} is not in its replica")
        elif event["e"] == "note" and event["id"] not in notes:
            summary.broken_promises += 1
            summary.problem(f"worker {pc.index}: note {event['id']} is not in its replica")
        elif event["e"] == "claim" and (event["case"], json.dumps(event["user"])) not in claims:
            summary.broken_promises += 1
            summary.problem(f"worker {pc.index}: claim of {event['case']} not applied by the hub")


def run_soak(
    root: Path,
    *,
    seconds: float,
    workers: int = 6,
    use_fuse: bool | None = None,
    seed: int | None = None,
    progress: bool = False,
) -> Summary:
    """Set up an office in ``root``, soak it, settle it and check it."""
    with Office(root, workers=workers, approved_cases=8, use_fuse=use_fuse, seed=seed) as office:
        office.setup()
        office.soak(seconds, progress=progress)
        try:
            office.settle()
        except (AsnError, AssertionError) as exc:
            summary = office.check()
            summary.problems.insert(0, f"final sync failed: {exc}")
            summary.crashes += 1
            return summary
        return office.check()


def open_replica(pc: Pc) -> Database:
    return Workspace(pc.workspace).open()
