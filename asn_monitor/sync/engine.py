"""The sync engine: rounds of push, lease upkeep and pull, in a background thread.

The UI never waits on the share: it reads and writes only the replica, and learns what the
engine did through callbacks (the Qt side turns them into queued signals). The one
exception is a claim, which must reach the hub before it counts (:meth:`push_now`).

Faults of the share (gone, I/O error, lock timeout) put the engine *offline*: it retries
with growing pauses, and after every reconnect runs ``PRAGMA quick_check`` on the hub
before writing to it. A hub that is damaged, in WAL mode, from a newer release or that
does not match this replica stops sync with a message; the replica keeps every edit.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

from asn_monitor.errors import (
    AsnError,
    DatabaseCorrupt,
    HubRefused,
    HubUnavailable,
    Offline,
    StoreError,
    SyncError,
)
from asn_monitor.store.changelog import FILE_ENTITIES
from asn_monitor.store.database import Clock, Database, translate_sqlite_error, utc_now
from asn_monitor.sync.evidence import EvidenceStore
from asn_monitor.sync.hub import HUB_DAMAGED, Entry, Hub
from asn_monitor.sync.replica import ReplicaLink, Touched

log = logging.getLogger(__name__)

DEFAULT_POLL_SECONDS = 2.0
MAX_BACKOFF_SECONDS = 60.0


class Link(str, Enum):
    STARTING = "starting"
    ONLINE = "online"
    OFFLINE = "offline"
    STOPPED = "stopped"  # the hub must not be written (damaged, WAL, newer, foreign)


@dataclass(frozen=True)
class SyncState:
    link: Link = Link.STARTING
    since: dt.datetime | None = None  # when the current link state began
    pending: int = 0  # own changes waiting for the hub
    open_conflicts: int = 0
    last_sync: dt.datetime | None = None
    error: AsnError | None = None


@dataclass
class RoundReport:
    pushed: int = 0
    applied: int = 0
    conflicts: int = 0
    pulled: int = 0
    expired: int = 0
    uploaded: int = 0
    touched: Touched = field(default_factory=Touched)


class SyncEngine:
    def __init__(
        self,
        replica_path: Path,
        hub: Hub,
        evidence: EvidenceStore | None = None,
        *,
        poll_seconds: float = DEFAULT_POLL_SECONDS,
        clock: Clock = utc_now,
        lease_seconds: int | None = None,
        on_state: Callable[[SyncState], None] | None = None,
        on_touched: Callable[[Touched], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.hub = hub
        self.evidence = evidence
        self.poll_seconds = poll_seconds
        self.clock = clock
        self.lease_seconds = lease_seconds
        self.on_state = on_state
        self.on_touched = on_touched
        # (hub position reached, hub's newest position) after each pulled batch: joining
        # a large office copies its whole log.
        self.on_progress = on_progress
        self.user_id: str | None = None
        self._db = Database(replica_path, clock=clock)
        self.link = ReplicaLink(self._db)
        self._lock = threading.RLock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._verified = False  # quick_check passed since the last reconnect
        self._failures = 0
        self.state = SyncState(pending=self.link.pending_count(), open_conflicts=self._conflicts())

    # -- one round ---------------------------------------------------------------------

    def sync_once(self) -> RoundReport:
        """Push everything waiting, renew leases, pull everything new. Raises on faults
        (after recording them in :attr:`state`)."""
        with self._lock:
            try:
                report = self._round()
            except HubUnavailable as exc:
                self._went_offline(exc)
                raise
            except (HubRefused, DatabaseCorrupt, StoreError) as exc:
                if isinstance(exc, DatabaseCorrupt) and exc.params.get("path") == str(
                    self._db.path
                ):
                    raise
                if isinstance(exc, DatabaseCorrupt) and self._verified:
                    # The hub passed quick_check since the last reconnect: an error in the
                    # middle of a batch is the share failing (SQLite reports a read that
                    # fails with EIO as "malformed"). Offline; the next round checks again.
                    error = HubUnavailable(
                        path=str(self.hub.shared_dir), detail=str(exc.params.get("detail", exc))
                    )
                    self._went_offline(error)
                    raise error from exc
                self._stopped(exc)
                raise
            except (sqlite3.OperationalError, OSError) as exc:
                error = HubUnavailable(path=str(self.hub.shared_dir), detail=str(exc))
                self._went_offline(error)
                raise error from exc
            except sqlite3.Error as exc:
                # Not the share: something this replica cannot fold in. Say so in the status
                # bar instead of failing silently round after round.
                stopped = translate_sqlite_error(exc, self._db.path)
                self._stopped(stopped)
                raise stopped from exc
            self._online()
        if self.on_touched and (report.touched.rows or report.touched.conflicts):
            self.on_touched(report.touched)
        return report

    def _round(self) -> RoundReport:
        report = RoundReport()
        if not self._verified:
            try:
                result = self.hub.quick_check()
            except DatabaseCorrupt:
                result = "?"
            if result != "ok":
                # SQLite reports a read that fails with EIO as damage ("malformed", "unable
                # to get the page"): a damaged hub fails again on a fresh connection, a
                # failing share is then out of reach (HubUnavailable) or answers "ok".
                result = self.hub.quick_check()
            if result != "ok":
                raise DatabaseCorrupt(
                    HUB_DAMAGED,
                    path=str(self.hub.path),
                    detail=result,
                    backups=str(self.hub.backup_dir),
                )
            self.hub.upgrade()  # a hub from an older release, now that it is known sound
            self._verified = True
        # A restored hub is noticed before anything is pushed to it. Push comes before pull:
        # the hub judges our waiting records (say, a user name someone else took) before
        # rows that would collide with them locally arrive.
        self.link.check_hub_identity(self.hub.pull(self.link.hwm(), limit=0))
        self._push(report)
        report.expired = self.hub.maintain(
            self._db.origin, self.user_id, lease_seconds=self.lease_seconds
        )
        self._pull(report)
        return report

    def _push(self, report: RoundReport) -> None:
        while True:
            txs = self.link.outbox()
            if not txs:
                return
            if self.evidence is not None:
                report.uploaded += self._upload_evidence(txs)
            results = self.hub.push(self._db.origin, txs, lease_seconds=self.lease_seconds)
            touched = self.link.record_push(results)
            report.pushed += len(results)
            report.applied += sum(1 for r in results if r.outcome == "applied")
            report.conflicts += touched.conflicts
            report.touched.merge(touched)

    def _upload_evidence(self, txs: list[list[Entry]]) -> int:
        # Files go up before the change that names them, never inside a hub transaction.
        assert self.evidence is not None
        count = 0
        for tx in txs:
            for entry in tx:
                if entry["entity"] not in FILE_ENTITIES:
                    continue
                if entry["op"] == "insert":
                    sha = json.loads(entry["new_value"]).get("sha256")
                elif entry["field"] == "sha256":
                    sha = json.loads(entry["new_value"])
                else:
                    sha = None
                if sha:
                    count += int(self.evidence.upload(str(sha)))
        return count

    def _pull(self, report: RoundReport) -> None:
        while True:
            batch = self.hub.pull(self.link.hwm())
            if self.link.check_hub_identity(batch):
                continue  # rebased onto a restored hub: pull again from the new position
            if not batch.entries:
                return
            touched = self.link.apply_pull(batch)
            # What came from other PCs (our own records come back with their positions).
            report.pulled += sum(1 for e in batch.entries if e["origin"] != self._db.origin)
            report.touched.merge(touched)
            if self.on_progress:
                self.on_progress(int(batch.entries[-1]["id"]), batch.high)
            if batch.entries[-1]["id"] >= batch.high:
                return

    # -- state ----------------------------------------------------------------------

    def _conflicts(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM conflicts WHERE status = 'open'") or 0)

    def _publish(self, state: SyncState) -> None:
        self.state = state
        if self.on_state:
            self.on_state(state)

    def _counted(self, state: SyncState) -> SyncState:
        return replace(state, pending=self.link.pending_count(), open_conflicts=self._conflicts())

    def _online(self) -> None:
        self._failures = 0
        now = self.clock()
        since = self.state.since if self.state.link == Link.ONLINE else now
        self._publish(
            self._counted(SyncState(link=Link.ONLINE, since=since, last_sync=now, error=None))
        )

    def _went_offline(self, error: AsnError) -> None:
        self._failures += 1
        self._verified = False
        since = self.state.since if self.state.link == Link.OFFLINE else self.clock()
        log.info("sync offline: %s", error)
        self._publish(
            self._counted(replace(self.state, link=Link.OFFLINE, since=since, error=error))
        )

    def _stopped(self, error: AsnError) -> None:
        self._verified = False
        log.warning("sync stopped: %s", error)
        self._publish(
            self._counted(replace(self.state, link=Link.STOPPED, since=self.clock(), error=error))
        )

    def refresh_counts(self) -> None:
        """After a local edit: sync soon (the round publishes the new counts).

        Called on the UI thread after every save, so it must not wait for the engine's
        lock: a round may be stuck on a slow share for the length of the busy timeout.
        """
        self._wake.set()

    def next_delay(self) -> float:
        if self.state.link == Link.ONLINE or self._failures == 0:
            return self.poll_seconds
        return float(min(MAX_BACKOFF_SECONDS, self.poll_seconds * 2 ** min(self._failures - 1, 6)))

    # -- claims ---------------------------------------------------------------------

    def require_online(self) -> None:
        """Refuse a step that must reach the hub when the share is known to be gone."""
        if self.state.link in (Link.OFFLINE, Link.STOPPED):
            since = self.state.since.astimezone().strftime("%H:%M") if self.state.since else "?"
            raise Offline(since=since)

    def push_now(self) -> None:
        """Send what is waiting at once (a claim); raises :class:`Offline` on failure."""
        try:
            self.sync_once()
        except SyncError as exc:
            since = self.state.since.astimezone().strftime("%H:%M") if self.state.since else "?"
            raise Offline(since=since) from exc

    # -- the thread -------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="asn-sync", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 20.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def close(self) -> None:
        self.stop()
        with self._lock:
            self._db.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.sync_once()
            except AsnError:
                pass  # recorded in the state; the status bar shows it
            except Exception:
                log.exception("sync round failed")
                self._failures += 1
            delay = MAX_BACKOFF_SECONDS if self.state.link == Link.STOPPED else self.next_delay()
            self._wake.wait(delay)
            self._wake.clear()
