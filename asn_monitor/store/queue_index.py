"""Indexes the queue needs on a replica, derived from the synced tables.

Nothing here is synced or part of the audit trail; all of it can be rebuilt from the
tables and the change log at any time, and is when its definition changes (``VERSION``).
The hub never carries it: the hub's job is to take pushes quickly, and only replicas
answer the queue's questions.

- ``case_search``: FTS5 over what people search a case by (number, the civil servant's
  name as written and with its apostrophes dropped ("Nur'aini" is also found as
  "nuraini"), NIP whole and in its parts (birth date, appointment month), agency, account handles, post URLs, notes, summary), diacritics removed.
  Its rowid is the case row's rowid, which is stable because the replica never runs
  VACUUM and rebuilds rows with an upsert.
- ``case_clock``: when a case entered its current status and when its holder last
  changed, taken from the change log (applied entries only, so a claim the hub refused
  does not restart the clock). Deadlines and "held since" are computed from it.
- Composite indexes for the queue's common orders and filters.

Triggers keep both up to date whether a row is written by this PC or rebuilt by sync.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from asn_monitor.store.schema import run_script

VERSION = "1"
META_KEY = "queue_index"

# The indexed text of the cases chosen by ``{where}`` (an expression over ``c``).
_DOCUMENT = """
INSERT INTO case_search (rowid, number, name, name_joined, nip, nip_parts, agency, handles,
                         urls, notes, summary)
SELECT c.rowid, c.number, coalesce(s.name, ''),
       replace(replace(replace(coalesce(s.name, ''), '''', ''), '’', ''), '`', ''),
       coalesce(s.nip, ''),
       CASE WHEN length(s.nip) = 18 THEN substr(s.nip, 1, 8) || ' ' || substr(s.nip, 9, 6)
            || ' ' || substr(s.nip, 15, 1) || ' ' || substr(s.nip, 16, 3) ELSE '' END,
       coalesce(s.agency, ''),
       c.account_handle || ' ' || coalesce(
           (SELECT group_concat(a.handle, ' ') FROM subject_accounts a
            WHERE a.subject_id = c.subject_id), ''),
       c.post_urls,
       coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.case_id = c.id), ''),
       c.summary
FROM cases c LEFT JOIN subjects s ON s.id = c.subject_id
WHERE {where};
"""


def _refresh(where: str) -> str:
    return (
        f"DELETE FROM case_search WHERE rowid IN (SELECT c.rowid FROM cases c WHERE {where});"
        + _DOCUMENT.format(where=where)
    )


_CLOCK_RECOMPUTE = """
UPDATE case_clock SET
    status_at = coalesce((SELECT max(at) FROM changes WHERE entity = 'case'
        AND entity_id = {id} AND outcome = 'applied' AND (op = 'insert' OR field = 'status')),
        status_at),
    holder_at = coalesce((SELECT max(at) FROM changes WHERE entity = 'case'
        AND entity_id = {id} AND outcome = 'applied'
        AND (op = 'insert' OR field = 'assignee_id')), holder_at)
WHERE case_id = {id};
"""

_OBJECTS = f"""
CREATE VIRTUAL TABLE case_search USING fts5(
    number, name, name_joined, nip, nip_parts, agency, handles, urls, notes, summary,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER case_search_case_insert AFTER INSERT ON cases BEGIN
    {_DOCUMENT.format(where="c.id = NEW.id")}
END;
CREATE TRIGGER case_search_case_update
AFTER UPDATE OF number, subject_id, account_handle, post_urls, summary ON cases BEGIN
    DELETE FROM case_search WHERE rowid = OLD.rowid;
    {_DOCUMENT.format(where="c.id = NEW.id")}
END;
CREATE TRIGGER case_search_case_delete AFTER DELETE ON cases BEGIN
    DELETE FROM case_search WHERE rowid = OLD.rowid;
END;
CREATE TRIGGER case_search_subject_insert AFTER INSERT ON subjects BEGIN
    {_refresh("c.subject_id = NEW.id")}
END;
CREATE TRIGGER case_search_subject_update AFTER UPDATE OF name, nip, agency ON subjects BEGIN
    {_refresh("c.subject_id = NEW.id")}
END;
CREATE TRIGGER case_search_account_insert AFTER INSERT ON subject_accounts BEGIN
    {_refresh("c.subject_id = NEW.subject_id")}
END;
CREATE TRIGGER case_search_account_update AFTER UPDATE ON subject_accounts BEGIN
    {_refresh("c.subject_id IN (OLD.subject_id, NEW.subject_id)")}
END;
CREATE TRIGGER case_search_account_delete AFTER DELETE ON subject_accounts BEGIN
    {_refresh("c.subject_id = OLD.subject_id")}
END;
CREATE TRIGGER case_search_note_insert AFTER INSERT ON notes BEGIN
    {_refresh("c.id = NEW.case_id")}
END;
CREATE TRIGGER case_search_note_update AFTER UPDATE ON notes BEGIN
    {_refresh("c.id IN (OLD.case_id, NEW.case_id)")}
END;
CREATE TRIGGER case_search_note_delete AFTER DELETE ON notes BEGIN
    {_refresh("c.id = OLD.case_id")}
END;

CREATE TABLE case_clock (
    case_id   TEXT PRIMARY KEY,
    status_at TEXT NOT NULL,
    holder_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER case_clock_logged AFTER INSERT ON changes
WHEN NEW.entity = 'case' AND NEW.outcome = 'applied'
     AND (NEW.op = 'insert' OR NEW.field IN ('status', 'assignee_id')) BEGIN
    INSERT INTO case_clock (case_id, status_at, holder_at) VALUES (NEW.entity_id, NEW.at, NEW.at)
    ON CONFLICT (case_id) DO UPDATE SET
        status_at = CASE WHEN NEW.op = 'insert' OR NEW.field = 'status'
                         THEN max(status_at, NEW.at) ELSE status_at END,
        holder_at = CASE WHEN NEW.op = 'insert' OR NEW.field = 'assignee_id'
                         THEN max(holder_at, NEW.at) ELSE holder_at END;
END;
CREATE TRIGGER case_clock_outcome AFTER UPDATE OF outcome ON changes
WHEN NEW.entity = 'case' AND OLD.outcome IS NOT NEW.outcome
     AND (NEW.op = 'insert' OR NEW.field IN ('status', 'assignee_id')) BEGIN
    {_CLOCK_RECOMPUTE.format(id="NEW.entity_id")}
END;

CREATE INDEX IF NOT EXISTS queue_received ON cases (received_date, id);
CREATE INDEX IF NOT EXISTS queue_status ON cases (status, received_date);
CREATE INDEX IF NOT EXISTS queue_holder ON cases (assignee_id, status);
CREATE INDEX IF NOT EXISTS queue_act ON cases (act_date);
CREATE INDEX IF NOT EXISTS queue_updated ON cases (updated_at);
"""

_POPULATE = (
    _DOCUMENT.format(where="1")
    + """
INSERT INTO case_clock (case_id, status_at, holder_at)
SELECT entity_id,
       coalesce(max(CASE WHEN op = 'insert' OR field = 'status' THEN at END), min(at)),
       coalesce(max(CASE WHEN op = 'insert' OR field = 'assignee_id' THEN at END), min(at))
FROM changes
WHERE entity = 'case' AND outcome = 'applied'
  AND (op = 'insert' OR field IN ('status', 'assignee_id'))
GROUP BY entity_id;
INSERT OR IGNORE INTO case_clock (case_id, status_at, holder_at)
SELECT id, created_at, created_at FROM cases;
"""
)

_DROP = """
DROP TABLE IF EXISTS case_search;
DROP TABLE IF EXISTS case_clock;
"""


def is_current(conn: sqlite3.Connection) -> bool:
    found = conn.execute("SELECT value FROM replica_meta WHERE key = ?", (META_KEY,)).fetchone()
    return found is not None and found[0] == VERSION


def ensure(conn: sqlite3.Connection, log: Callable[[str], None] | None = None) -> bool:
    """Create (or rebuild) the queue's indexes if they are missing or out of date.
    Returns True when it built them. Runs in one transaction: all or nothing."""
    if is_current(conn):
        return False
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    try:
        if is_current(conn):  # another process built them while we waited
            conn.execute("ROLLBACK")
            return False
        drop(conn)
        run_script(conn, _OBJECTS)
        run_script(conn, _POPULATE)
        conn.execute(
            "INSERT INTO replica_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (META_KEY, VERSION),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if log is not None:
        log(f"queue index built in {time.perf_counter() - started:.1f} s")
    return True


def drop(conn: sqlite3.Connection) -> None:
    """Remove the derived tables and their triggers (the indexes on ``cases`` stay)."""
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' "
        "AND (name LIKE 'case_search_%' OR name LIKE 'case_clock_%')"
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    run_script(conn, _DROP)
    conn.execute("DELETE FROM replica_meta WHERE key = ?", (META_KEY,))


def rebuild(conn: sqlite3.Connection) -> None:
    """Throw the derived indexes away and build them again."""
    conn.execute("DELETE FROM replica_meta WHERE key = ?", (META_KEY,))
    ensure(conn)
