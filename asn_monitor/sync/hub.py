"""The hub: one SQLite file in the office's shared folder, touched only by sync code.

Rules from SQLite's own advice on network files (DESIGN.md, "Storage and sync"): rollback
journal (a hub that reports ``wal`` is refused), ``synchronous=FULL``, a connection per
batch, every write a short ``BEGIN IMMEDIATE`` with no other I/O inside, and the file is
never created by a plain open (a share remounted empty must not grow a fresh, empty hub).

The hub keeps the same tables as a replica. Its ``changes`` table is the office-wide log:
every record any replica pushed, exactly once (``UNIQUE(origin, seq)``), each with the
outcome the hub gave it; ``id`` is the position replicas pull by.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_monitor.errors import DatabaseCorrupt, DatabaseTooNew, HubRefused, HubUnavailable
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.paths import unsafe_lock_options
from asn_monitor.store import schema
from asn_monitor.store.changelog import GENESIS, entry_hash
from asn_monitor.store.database import iso, new_id, utc_now
from asn_monitor.sync.merge import Entry, Merger, PushResult, later

HUB_FILE = "hub.db"
EVIDENCE_DIR = "evidence"
BACKUP_DIR = "backups"
# Long enough for a weekend with the PC switched off; a PC that is gone for good frees its
# cases after that. Kept in the hub (replica_meta.lease_seconds) so the office can change it.
DEFAULT_LEASE_SECONDS = 72 * 3600
_HUB_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS hub_position AFTER INSERT ON changes
WHEN NEW.hub_id IS NULL
BEGIN
    UPDATE changes SET hub_id = NEW.id, pushed = 1 WHERE id = NEW.id;
END;
"""

HUB_DAMAGED = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "Hub {path} rusak ({detail}). Tidak ada yang ditulis ke sana; pekerjaan tetap di komputer "
    "ini. Admin: pulihkan dengan \u201cpython main.py restore\u201d memakai cadangan di {backups}.",
)

Clock = Callable[[], dt.datetime]


@dataclass
class PullBatch:
    entries: list[Entry]
    hub_id: str
    epoch: str
    hub_origin: str
    high: int  # the hub's newest position when the batch was read


@dataclass
class HubInfo:
    hub_id: str
    epoch: str
    hub_origin: str
    lease_seconds: int
    meta: dict[str, str] = field(default_factory=dict)


class HubSession:
    """One connection to the hub for one batch; the host a ChangeWriter writes through."""

    def __init__(self, conn: sqlite3.Connection, origin: str, clock: Clock) -> None:
        self.conn = conn
        self.origin = origin
        self._clock = clock

    def now(self) -> str:
        return iso(self._clock())


def _unavailable(path: Path, exc: BaseException) -> HubUnavailable:
    detail = getattr(exc, "strerror", None) or str(exc)
    return HubUnavailable(path=str(path), detail=detail)


def is_transient(exc: sqlite3.Error) -> bool:
    """Errors that mean "the share is not there or busy now", not "the file is bad"."""
    text = str(exc).lower()
    return any(
        word in text
        for word in ("disk i/o", "unable to open", "locked", "busy", "no such file", "full")
    )


class Hub:
    def __init__(
        self,
        shared_dir: Path | str,
        *,
        clock: Clock = utc_now,
        busy_timeout_ms: int = 15000,
    ) -> None:
        self.shared_dir = Path(shared_dir).expanduser()
        self.path = self.shared_dir / HUB_FILE
        self.evidence_dir = self.shared_dir / EVIDENCE_DIR
        self.backup_dir = self.shared_dir / BACKUP_DIR
        self.clock = clock
        self.busy_timeout_ms = busy_timeout_ms
        self._merger = Merger()
        self._origin: str | None = None
        self._locks_checked = False

    # -- creating and opening ----------------------------------------------------------

    @classmethod
    def create(cls, shared_dir: Path | str, *, clock: Clock = utc_now) -> Hub:
        """Make a new shared folder's hub; refuses a folder that already has one."""
        hub = cls(shared_dir, clock=clock)
        if hub.path.exists():
            raise HubRefused(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Folder {path} sudah berisi hub kantor; gabung ke folder itu alih-alih "
                    "membuat yang baru.",
                ),
                path=str(hub.shared_dir),
            )
        try:
            for folder in (hub.shared_dir, hub.evidence_dir, hub.backup_dir):
                folder.mkdir(parents=True, exist_ok=True)
            probe = hub.shared_dir / f".probe-{uuid.uuid4().hex}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise HubUnavailable(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Folder bersama {path} tidak dapat ditulisi ({detail})."
                ),
                path=str(hub.shared_dir),
                detail=exc.strerror or str(exc),
            ) from exc
        # Built under a temporary name and renamed: a half-made hub never has the real name.
        temp = hub.shared_dir / f".{HUB_FILE}.{uuid.uuid4().hex}.tmp"
        conn = sqlite3.connect(temp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
            schema.migrate(conn)
            conn.execute(_HUB_TRIGGER)
            origin = new_id()
            meta = {
                "origin": origin,
                "hub_origin": origin,
                "hub_id": new_id(),
                "epoch": new_id(),
                "role": "hub",
                "lease_seconds": str(DEFAULT_LEASE_SECONDS),
            }
            conn.executemany(
                "INSERT INTO replica_meta (key, value) VALUES (?, ?)", list(meta.items())
            )
        finally:
            conn.close()
        fsync_file(temp)
        os.replace(temp, hub.path)
        fsync_dir(hub.shared_dir)
        return hub

    def exists(self) -> bool:
        return self.path.is_file()

    @contextmanager
    def session(self, *, migrate: bool = False, old_ok: bool = False) -> Iterator[HubSession]:
        """A connection for one batch, closed afterwards (never kept open on a share).

        A hub written by an older release is upgraded with ``migrate``, read as it is
        with ``old_ok`` (quick_check comes before the first write), refused otherwise.
        """
        if not self.shared_dir.is_dir():
            raise HubUnavailable(path=str(self.shared_dir), detail="folder tidak ada")
        if not self._locks_checked:
            options = unsafe_lock_options(self.shared_dir)
            if options:
                raise HubRefused(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Folder bersama {path} dipasang dengan opsi {options}: penguncian berkas "
                        "antarkomputer mati, sehingga hub akan rusak. Pasang ulang tanpa opsi itu "
                        "(minta admin jaringan).",
                    ),
                    path=str(self.shared_dir),
                    options=", ".join(options),
                )
            self._locks_checked = True
        if not self.path.is_file():
            raise HubUnavailable(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Berkas {path} tidak ada di folder bersama. Jika folder baru dipasang ulang, "
                    "tunggu; jika berkas hilang, pulihkan dari cadangan.",
                ),
                path=str(self.path),
            )
        try:
            conn = sqlite3.connect(
                self.path.resolve().as_uri() + "?mode=rw",
                uri=True,
                isolation_level=None,
                timeout=self.busy_timeout_ms / 1000,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise _unavailable(self.path, exc) from exc
        try:
            self._prepare(conn, migrate, old_ok)
            yield HubSession(conn, self._origin or "", self.clock)
        except sqlite3.DatabaseError as exc:
            if "readonly" in str(exc).lower():
                # A share mounted read-only or without write permission: nothing can be
                # sent until an admin fixes it, but the PC works on and keeps trying.
                raise HubUnavailable(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Folder bersama {path} menolak penulisan dari komputer ini (hanya dapat "
                        "dibaca, atau jaringan sedang terganggu); perubahan menunggu di komputer "
                        "ini dan dikirim setelah folder dapat ditulisi lagi.",
                    ),
                    path=str(self.shared_dir),
                ) from exc
            if isinstance(exc, sqlite3.OperationalError) and is_transient(exc):
                raise _unavailable(self.path, exc) from exc
            raise DatabaseCorrupt(
                HUB_DAMAGED, path=str(self.path), detail=str(exc), backups=str(self.backup_dir)
            ) from exc
        except OSError as exc:
            raise _unavailable(self.path, exc) from exc
        finally:
            conn.close()

    def _prepare(self, conn: sqlite3.Connection, migrate: bool, old_ok: bool) -> None:
        conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if mode == "wal":
            raise HubRefused(path=str(self.path), mode=mode)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        found = schema.current_version(conn)
        if found > schema.SCHEMA_VERSION:
            raise DatabaseTooNew(path=str(self.path), found=found, supported=schema.SCHEMA_VERSION)
        if found < schema.SCHEMA_VERSION and not old_ok:
            if not migrate:
                raise HubRefused(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Hub {path} masih versi lama ({found}); perbarui dengan "
                        "\u201cpython main.py sync\u201d.",
                    ),
                    path=str(self.path),
                    found=found,
                )
            schema.migrate(conn)
            conn.execute(_HUB_TRIGGER)
        if self._origin is None:
            row = conn.execute("SELECT value FROM replica_meta WHERE key = 'origin'").fetchone()
            if row is None:
                raise HubRefused(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor", "{path} bukan hub ASN Monitor (tanpa identitas hub)."
                    ),
                    path=str(self.path),
                )
            self._origin = str(row[0])

    def info(self) -> HubInfo:
        with self.session() as s:
            return _read_info(s.conn)

    def upgrade(self) -> None:
        """Bring a hub written by an older release up to this schema (each step is one
        transaction; a newer hub is refused, never touched)."""
        with self.session(migrate=True):
            pass

    def quick_check(self) -> str:
        """``PRAGMA quick_check`` result: "ok" or the first problem found."""
        with self.session(old_ok=True) as s:
            rows = s.conn.execute("PRAGMA quick_check").fetchall()
        return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])

    # -- push ----------------------------------------------------------------------------

    def push(
        self, origin: str, txs: Sequence[Sequence[Entry]], *, lease_seconds: int | None = None
    ) -> list[PushResult]:
        """Apply one batch of a replica's transactions; idempotent by (origin, seq)."""
        with self.session(migrate=True) as s:
            conn = s.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                results = self._push_locked(s, origin, txs, lease_seconds)
                conn.execute("COMMIT")
            except BaseException:
                _rollback_quietly(conn)
                raise
        return results

    def _push_locked(
        self,
        s: HubSession,
        origin: str,
        txs: Sequence[Sequence[Entry]],
        lease_seconds: int | None,
    ) -> list[PushResult]:
        conn = s.conn
        head = conn.execute(
            "SELECT seq, hash FROM changes WHERE origin = ? ORDER BY seq DESC LIMIT 1", (origin,)
        ).fetchone()
        last_seq, last_hash = (int(head[0]), str(head[1])) if head else (0, GENESIS)
        lease = lease_seconds or int(_meta(conn, "lease_seconds") or DEFAULT_LEASE_SECONDS)
        results: list[PushResult] = []
        for tx in txs:
            if not tx:
                continue
            if int(tx[-1]["seq"]) <= last_seq:
                results.extend(self._already_there(conn, origin, tx))
                continue
            self._check_link(origin, tx, last_seq, last_hash)
            results.extend(self._merger.apply_tx(s, tx, lease))
            last_seq, last_hash = int(tx[-1]["seq"]), str(tx[-1]["hash"])
        return results

    def _check_link(self, origin: str, tx: Sequence[Entry], last_seq: int, last_hash: str) -> None:
        expected_seq, prev = last_seq + 1, last_hash
        for entry in tx:
            if (
                entry["origin"] != origin
                or int(entry["seq"]) != expected_seq
                or entry["prev_hash"] != prev
                or entry_hash(entry) != entry["hash"]
            ):
                raise HubRefused(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Catatan perubahan dari komputer {origin} tidak bersambung dengan hub "
                        "(nomor {seq}; hub punya sampai {last}). Sinkronisasi komputer ini "
                        "dihentikan agar tidak ada yang tertimpa; jalankan \u201cpython main.py "
                        "check\u201d.",
                    ),
                    origin=origin[:8],
                    seq=entry["seq"],
                    last=last_seq,
                )
            expected_seq, prev = expected_seq + 1, entry["hash"]

    def _already_there(
        self, conn: sqlite3.Connection, origin: str, tx: Sequence[Entry]
    ) -> list[PushResult]:
        results = []
        for entry in tx:
            row = conn.execute(
                "SELECT id, outcome, hash FROM changes WHERE origin = ? AND seq = ?",
                (origin, entry["seq"]),
            ).fetchone()
            if row is None or row[2] != entry["hash"]:
                raise HubRefused(
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Hub menyimpan catatan lain untuk komputer {origin} nomor {seq}: salinan "
                        "lokal ini berbeda dari yang pernah dikirim (dipulihkan dari cadangan "
                        "lama?). Sinkronisasi dihentikan; hubungi admin.",
                    ),
                    origin=origin[:8],
                    seq=entry["seq"],
                )
            results.append(PushResult(int(entry["seq"]), int(row[0]), str(row[1])))
        return results

    # -- leases ------------------------------------------------------------------------

    def maintain(
        self, origin: str, holder_id: str | None = None, *, lease_seconds: int | None = None
    ) -> int:
        """Renew this PC's leases and return expired ones to the pool; returns how many
        cases went back."""
        with self.session() as s:
            conn = s.conn
            now = s.now()
            due = conn.execute(
                "SELECT count(*) FROM claims WHERE origin = ? OR holder_id = ? OR expires_at < ?",
                (origin, holder_id or "", now),
            ).fetchone()[0]
            if not due:
                return 0
            conn.execute("BEGIN IMMEDIATE")
            try:
                lease = lease_seconds or int(_meta(conn, "lease_seconds") or DEFAULT_LEASE_SECONDS)
                conn.execute(
                    "UPDATE claims SET expires_at = ? WHERE origin = ? OR holder_id = ?",
                    (later(now, lease), origin, holder_id or ""),
                )
                expired = [
                    str(r[0])
                    for r in conn.execute(
                        "SELECT case_id FROM claims WHERE expires_at < ?", (now,)
                    ).fetchall()
                ]
                for case_id in expired:
                    self._merger.release_expired(s, case_id)
                conn.execute("COMMIT")
            except BaseException:
                _rollback_quietly(conn)
                raise
        return len(expired)

    def claims(self) -> list[dict[str, Any]]:
        with self.session() as s:
            cursor = s.conn.execute("SELECT * FROM claims ORDER BY case_id")
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    # -- pull ------------------------------------------------------------------------

    def pull(self, after: int, limit: int = 2000) -> PullBatch:
        """Log records after position ``after``, read in one snapshot.

        Read under the write lock, and trusted only if no journal lies beside the hub
        afterwards: SQLite looks for a hot journal by path, so while the share's paths
        fail (renamed, EIO) a connection opened before can read a transaction whose
        COMMIT failed and which the journal rolls back later. A replica that took such
        records would skip the positions the hub then reuses.
        """
        with self.session() as s:
            conn = s.conn
            conn.execute("BEGIN IMMEDIATE")  # no writer of ours can have a journal now
            try:
                info = _read_info(conn)
                cursor = conn.execute(
                    "SELECT * FROM changes WHERE id > ? ORDER BY id LIMIT ?", (after, limit)
                )
                names = [c[0] for c in cursor.description]
                entries = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
                high = int(conn.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()[0])
                self._check_no_stale_journal()
            finally:
                _rollback_quietly(conn)
        return PullBatch(entries, info.hub_id, info.epoch, info.hub_origin, high)

    def _check_no_stale_journal(self) -> None:
        if not self.path.is_file():
            raise HubUnavailable(path=str(self.shared_dir), detail="folder tidak ada")
        journal = self.path.with_name(self.path.name + "-journal")
        with contextlib.suppress(FileNotFoundError), open(journal, "rb") as file:
            # SQLite's own test: a journal whose first byte is not zero is hot (one with a
            # zeroed header was left before any page of the hub changed, and stays
            # until the next write). The next connection that sees it rolls it back.
            if file.read(1) not in (b"", b"\0"):
                raise HubUnavailable(path=str(self.path), detail="jurnal belum dipulihkan")


def _rollback_quietly(conn: sqlite3.Connection) -> None:
    """Roll back without hiding the error that brought us here: after a COMMIT that failed
    on a failing share, SQLite may already have ended the transaction itself."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM replica_meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def _read_info(conn: sqlite3.Connection) -> HubInfo:
    meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM replica_meta")}
    return HubInfo(
        hub_id=meta.get("hub_id", ""),
        epoch=meta.get("epoch", ""),
        hub_origin=meta.get("hub_origin", meta.get("origin", "")),
        lease_seconds=int(meta.get("lease_seconds", DEFAULT_LEASE_SECONDS)),
        meta=meta,
    )


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # some network file systems cannot open a directory; the rename still holds
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
