"""One office PC as an OS process: its own replica, its own sync engine, a person at work.

Started by the harness (``python -m tests.sync.worker MODE ...``), never imported by the
app. Modes:

``run``
    Edits shared cases at random (several workers on the same fields of the same few
    cases, so that real conflicts happen), claims and releases cases, adds notes and now
    and then a new case, while the engine syncs in the background. Stops cleanly on
    SIGTERM; the harness also kills it with SIGKILL at random and starts it again.
``pause-push``
    Makes a few edits, then pushes them with the hub transaction held open (and the
    hub's page cache made tiny, so pages reach the file before COMMIT) until the harness
    says go: the harness kills the process or takes the share away at that moment.
``pause-local``
    Starts a local edit transaction and waits in it: the harness kills the process.

Each mode appends JSON lines to ``--log``: what the person believed happened, written
only after the call returned, so a line in the log is a promise the data must keep.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import User
from asn_monitor.domain.roles import Role
from asn_monitor.errors import (
    AsnError,
    NotFound,
    Offline,
    PermissionDenied,
    SyncError,
    TransitionRefused,
    VersionConflict,
)
from asn_monitor.services.base import user_from_row
from asn_monitor.services.cases import CaseService
from asn_monitor.services.referral import ReferralService
from asn_monitor.store.database import Database
from asn_monitor.sync.engine import SyncEngine, SyncState
from asn_monitor.sync.hub import Hub
from asn_monitor.workspace import Workspace
from tests.unit.factories import case_fields

EDIT_FIELDS = ("summary", "portal", "account_handle")


class Journal:
    """The worker's log: one JSON object a line, safe from the engine's thread too."""

    def __init__(self, path: Path, worker: int) -> None:
        self._file = open(path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115
        self._lock = threading.Lock()
        self.worker = worker

    def write(self, event: str, **data: Any) -> None:
        line = json.dumps(
            {"t": time.time(), "w": self.worker, "pid": os.getpid(), "e": event, **data}
        )
        with self._lock:
            self._file.write(line + "\n")


def _user(db: Database, username: str) -> User:
    row = db.query_one("SELECT * FROM users WHERE username = ?", (username,))
    if row is None:
        raise SystemExit(f"no user {username} in {db.path}")
    return user_from_row(row)


def _open(args: argparse.Namespace) -> tuple[Workspace, Database, User]:
    workspace = Workspace(Path(args.workspace))
    db = workspace.open()
    return workspace, db, _user(db, args.user)


class Person:
    """The random office worker of ``run`` mode."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.rng = random.Random(args.seed)
        self.journal = Journal(Path(args.log), args.worker)
        self.workspace, self.db, self.user = _open(args)
        cases = json.loads(Path(args.cases).read_text(encoding="utf-8"))
        self.hot: list[str] = cases["hot"]
        self.claimable: list[str] = cases["claim"]
        self.approved: list[str] = cases.get("approved", [])
        self.engine = self.workspace.engine(
            self.db, poll_seconds=args.poll, lease_seconds=args.lease, on_state=self._state
        )
        self.engine.user_id = self.user.id
        rebase = self.engine.link.rebase

        def logged_rebase(high: int) -> None:
            # Only a restored hub should cause one; the harness counts them.
            self.journal.write("rebase", high=high, hwm=self.engine.link.hwm())
            rebase(high)

        self.engine.link.rebase = logged_rebase  # type: ignore[method-assign]
        self.db.on_commit.append(self.engine.wake)
        self.cases = CaseService(self.db, self.user, self.engine)
        self.referrals = ReferralService(self.db, self.user, self.engine)
        self.counter = 0
        self.stop = threading.Event()
        self._link = ""

    def _state(self, state: SyncState) -> None:
        if state.link.value != self._link:
            self._link = state.link.value
            error = str(state.error) if state.error else ""
            self.journal.write("link", link=self._link, error=error[:200])

    def value(self) -> str:
        self.counter += 1
        return f"w{self.args.worker}-{os.getpid()}-{self.counter}"

    def run(self) -> None:
        self.journal.write("start", origin=self.db.origin, user=self.user.id)
        self.engine.start()
        deadline = time.monotonic() + self.args.seconds if self.args.seconds else None
        while not self.stop.is_set() and (deadline is None or time.monotonic() < deadline):
            try:
                self.step()
            except (VersionConflict, NotFound) as exc:
                # The engine rebuilt the row between reading and saving: the form would
                # say "changed meanwhile", and the person tries again.
                self.journal.write("stale", error=type(exc).__name__)
            except AsnError as exc:
                # Anything else is worth a look: the harness counts these lines.
                self.journal.write("error", error=type(exc).__name__, detail=str(exc)[:300])
            self.stop.wait(self.rng.uniform(0.02, 0.25))
        self.journal.write("stopping")
        self.engine.close()
        self.db.close()
        self.journal.write("stopped")

    def step(self) -> None:
        roll = self.rng.random()
        if self.approved and self.user.role is Role.SUPERVISOR and self.rng.random() < 0.15:
            self.refer()
        elif roll < 0.55:
            self.edit(self.rng.choice(self.hot))
        elif roll < 0.85:
            self.claim_or_release()
        elif roll < 0.95:
            case_id = self.rng.choice(self.hot + self.claimable)
            try:
                note = self.cases.add_note(case_id, f"catatan {self.value()}")
                self.journal.write("note", case=case_id, id=note.id)
            except PermissionDenied:
                pass
        else:
            case = self.cases.create(case_fields(summary=f"baru {self.value()}"))
            self.journal.write("create", case=case.id)

    def refer(self) -> None:
        """Forward an approved case with the next letter number from the hub's sequence
        (the other supervisor may be doing the same to the same case)."""
        waiting = [
            c for c in (self.cases.get(i) for i in self.approved) if c.status == Status.DISETUJUI
        ]
        if not waiting:
            return
        case = self.rng.choice(waiting)
        draft = self.referrals.draft(case.id)
        draft.ppk_name = draft.ppk_name or "Dr. H. Lalu Wirasakti, M.Si."
        try:
            self.referrals.refer(case.id, case.version, draft)
        except Offline:
            self.journal.write("refer-offline", case=case.id)
            return
        except TransitionRefused as exc:
            self.journal.write("refer-lost", case=case.id, error=str(exc)[:120])
            return
        letter = self.referrals.get(case.id)
        self.journal.write(
            "refer",
            case=case.id,
            letter=letter.letter_number if letter else "",
            origin=self.db.origin,
        )

    def edit(self, case_id: str) -> None:
        case = self.cases.get(case_id)
        name = self.rng.choice(EDIT_FIELDS)
        value = self.value()
        try:
            self.cases.update(case_id, case.version, {name: value})
        except PermissionDenied:
            self.journal.write("denied", case=case_id, field=name)
            return
        self.journal.write("edit", case=case_id, field=name, value=value)

    def claim_or_release(self) -> None:
        mine = [
            c
            for c in (self.cases.get(i) for i in self.claimable)
            if c.assignee_id == self.user.id and c.status == Status.DIVERIFIKASI
        ]
        if mine:
            case = self.rng.choice(mine)
            if self.rng.random() < 0.5:
                self.edit(case.id)  # work on it
                return
            try:
                self.cases.transition(case.id, case.version, "release")
                self.journal.write("release", case=case.id)
            except PermissionDenied:
                self.journal.write("release-refused", case=case.id)
            return
        free = [c for c in (self.cases.get(i) for i in self.claimable) if c.status == Status.MASUK]
        if not free:
            if self.rng.random() < 0.5:
                self.edit(self.rng.choice(self.claimable))  # a supervisor may; a monitor is refused
            return
        case = self.rng.choice(free)
        try:
            self.cases.transition(case.id, case.version, "claim")
        except TransitionRefused as exc:
            self.journal.write("claim-lost", case=case.id, error=str(exc)[:120])
            return
        except Offline:
            # The local step is kept and goes up later; the hub decides then.
            self.journal.write("claim-offline", case=case.id)
            return
        except PermissionDenied:
            self.journal.write("claim-refused", case=case.id)
            return
        self.journal.write("claim", case=case.id, user=self.user.id, origin=self.db.origin)


def run(args: argparse.Namespace) -> int:
    person = Person(args)
    signal.signal(signal.SIGTERM, lambda *_: person.stop.set())
    person.run()
    return 0


def _wait_for(path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {path}")
        time.sleep(0.02)


def pause_push(args: argparse.Namespace) -> int:
    """Push with the hub transaction held open at the harness's signal."""
    journal = Journal(Path(args.log), args.worker)
    workspace, db, user = _open(args)
    marker = Path(args.marker)
    cases = CaseService(db, user)
    case_ids = json.loads(Path(args.cases).read_text(encoding="utf-8"))["hot"]
    for n in range(args.edits):
        case_id = case_ids[n % len(case_ids)]
        value = f"w{args.worker}-pause-{n}"
        cases.update(case_id, cases.get(case_id).version, {"summary": value})
        journal.write("edit", case=case_id, field="summary", value=value)
    db.close()

    original_prepare = Hub._prepare
    original_push = Hub._push_locked

    def small_cache(self: Hub, conn: Any, *args: Any) -> None:
        original_prepare(self, conn, *args)
        conn.execute("PRAGMA cache_size = 4")  # spill pages to the file before COMMIT

    def held(self: Hub, *a: Any, **kw: Any) -> Any:
        results = original_push(self, *a, **kw)
        (marker / "in-tx").write_text(str(os.getpid()))
        _wait_for(marker / "go")
        return results

    Hub._prepare = small_cache  # type: ignore[method-assign]
    Hub._push_locked = held  # type: ignore[method-assign]
    engine = SyncEngine(workspace.db_path, workspace.hub(Database(workspace.db_path)))
    try:
        engine.sync_once()
        journal.write("pushed")
    except SyncError as exc:
        journal.write("push-failed", error=type(exc).__name__, detail=str(exc)[:200])
    (marker / "done").write_text("1")
    engine.close()
    return 0


def pause_local(args: argparse.Namespace) -> int:
    """Hold a local write transaction open (one field written, not committed)."""
    _, db, user = _open(args)
    marker = Path(args.marker)
    case_id = json.loads(Path(args.cases).read_text(encoding="utf-8"))["hot"][0]
    version = CaseService(db, user).get(case_id).version
    with db.transaction(user.id) as tx:
        tx.update("case", case_id, version, {"summary": "never committed"})
        tx.insert(
            "note",
            {
                "id": "half-written-note",
                "case_id": case_id,
                "kind": "catatan",
                "body": "never committed",
                "author_id": user.id,
            },
        )
        (marker / "in-tx").write_text(str(os.getpid()))
        _wait_for(marker / "go", timeout=120)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.sync.worker")
    parser.add_argument("mode", choices=("run", "pause-push", "pause-local"))
    parser.add_argument("--workspace", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--cases", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--worker", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--poll", type=float, default=0.3)
    parser.add_argument("--lease", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=0.0, help="0: until SIGTERM")
    parser.add_argument("--marker", default="")
    parser.add_argument("--edits", type=int, default=60)
    args = parser.parse_args(argv)
    try:
        if args.mode == "run":
            return run(args)
        if args.mode == "pause-push":
            return pause_push(args)
        return pause_local(args)
    except AsnError as exc:
        print(f"worker {args.worker}: {type(exc).__name__}: {exc}", file=sys.stderr)
        raise


if __name__ == "__main__":
    sys.exit(main())
