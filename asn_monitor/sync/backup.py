"""Backups of the hub and restoring one.

A backup is ``VACUUM INTO`` a temporary name in ``backups/``, checked, fsynced and renamed
to ``hub-YYYYMMDD-HHMMSS.db``; the newest N are kept. ``VACUUM INTO`` reads one snapshot
under SQLite's own lock, so PCs may keep syncing meanwhile (copying the file would not be
safe while connections are open).

Restoring puts a backup in place of ``hub.db`` with a new *epoch*. Each replica notices the
new epoch on its next pull and sends again whatever of its own work the backup lacks, so
work saved on any PC after the backup was taken is not lost.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from asn_monitor.errors import AsnError, HubRefused, HubUnavailable
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.store.database import new_id, utc_now
from asn_monitor.sync.hub import HUB_FILE, Clock, Hub, fsync_dir, fsync_file

DEFAULT_KEEP = 14
_NAME = re.compile(r"^hub-\d{8}-\d{6}(-\d+)?\.db$")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    removed: tuple[Path, ...]


def backups(hub: Hub) -> list[Path]:
    """Finished backups, oldest first (temporary files are not listed)."""
    if not hub.backup_dir.is_dir():
        return []
    return sorted(p for p in hub.backup_dir.iterdir() if _NAME.match(p.name))


def backup(hub: Hub, keep: int = DEFAULT_KEEP, clock: Clock = utc_now) -> BackupResult:
    stamp = clock().astimezone(dt.timezone.utc).strftime("%Y%m%d-%H%M%S")
    try:
        hub.backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HubUnavailable(path=str(hub.backup_dir), detail=exc.strerror or str(exc)) from exc
    target = hub.backup_dir / f"hub-{stamp}.db"
    n = 1
    while target.exists():
        target = hub.backup_dir / f"hub-{stamp}-{n}.db"
        n += 1
    temp = hub.backup_dir / f".{target.name}.{uuid.uuid4().hex}.tmp"
    try:
        with hub.session() as s:
            s.conn.execute("VACUUM INTO ?", (str(temp),))
        problem = _check_file(temp)
        if problem:
            raise HubRefused(
                QT_TRANSLATE_NOOP(
                    "asn_monitor", "Cadangan {path} gagal diperiksa ({detail}); tidak disimpan."
                ),
                path=str(target),
                detail=problem,
            )
        fsync_file(temp)
        os.replace(temp, target)
        fsync_dir(hub.backup_dir)
    except OSError as exc:
        raise HubUnavailable(path=str(hub.backup_dir), detail=exc.strerror or str(exc)) from exc
    finally:
        temp.unlink(missing_ok=True)
    removed = []
    existing = backups(hub)
    for old in existing[: max(0, len(existing) - max(1, keep))]:
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            pass  # an old backup that cannot be removed now is removed next time
    return BackupResult(target, target.stat().st_size, tuple(removed))


def _check_file(path: Path) -> str | None:
    """None when ``path`` is a sound hub file; otherwise what is wrong with it."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            return "; ".join(str(r[0]) for r in rows[:3])
        row = conn.execute("SELECT value FROM replica_meta WHERE key = 'hub_id'").fetchone()
        if row is None:
            return "bukan hub ASN Monitor"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    return None


def _hub_id(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM replica_meta WHERE key = 'hub_id'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def restore(hub: Hub, source: Path, clock: Clock = utc_now) -> Path:
    """Put ``source`` (a backup) in place of the hub; returns where the old hub went.

    The old file is moved into ``backups/`` (never deleted), together with its journal if
    it has one. Refuses a file that is not a sound hub, or one of another office.
    """
    source = source.expanduser()
    if not source.is_file():
        raise AsnError(
            QT_TRANSLATE_NOOP("asn_monitor", "Berkas cadangan {path} tidak ditemukan."),
            path=str(source),
        )
    problem = _check_file(source)
    if problem:
        raise HubRefused(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "{path} tidak dapat dipakai untuk pemulihan: {detail}."
            ),
            path=str(source),
            detail=problem,
        )
    current = _hub_id(hub.path) if hub.path.exists() else None
    wanted = _hub_id(source)
    if current and wanted != current:
        raise HubRefused(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "{path} adalah cadangan hub kantor lain; pemulihan dibatalkan.",
            ),
            path=str(source),
        )
    stamp = clock().astimezone(dt.timezone.utc).strftime("%Y%m%d-%H%M%S")
    temp = hub.shared_dir / f".{HUB_FILE}.{uuid.uuid4().hex}.restore"
    aside = hub.backup_dir / f"replaced-{stamp}.db"
    hub.backup_dir.mkdir(parents=True, exist_ok=True)
    with source.open("rb") as src, temp.open("wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    try:
        conn = sqlite3.connect(temp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            # A new epoch tells every replica that the hub went back in time.
            conn.execute("UPDATE replica_meta SET value = ? WHERE key = 'epoch'", (new_id(),))
        finally:
            conn.close()
        fsync_file(temp)
        lock = _lock_current(hub)
        try:
            if hub.path.exists():
                os.replace(hub.path, aside)
                journal = hub.path.with_name(HUB_FILE + "-journal")
                if journal.exists():
                    os.replace(journal, aside.with_name(aside.name + "-journal"))
            os.replace(temp, hub.path)
            fsync_dir(hub.shared_dir)
        finally:
            if lock is not None:
                lock.close()
    finally:
        temp.unlink(missing_ok=True)
    return aside


def _lock_current(hub: Hub) -> sqlite3.Connection | None:
    """Hold the old hub exclusively while it is swapped, so no PC writes to it half-way
    (a damaged hub that cannot be locked is swapped anyway: nobody can write it either)."""
    if not hub.path.exists():
        return None
    try:
        conn = sqlite3.connect(hub.path, isolation_level=None, timeout=15)
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise HubRefused(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Hub {path} sedang ditulis komputer lain; pemulihan dibatalkan, coba lagi.",
                ),
                path=str(hub.path),
            ) from exc
        return None
    except sqlite3.Error:
        return None
