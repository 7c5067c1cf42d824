"""Schema as numbered migrations, recorded in ``PRAGMA user_version``.

Each step runs in its own ``BEGIN IMMEDIATE`` transaction together with the version
bump, so a crash leaves the database at the previous step, never half-way. A database
whose version is above the newest step known here was written by a newer release and
is refused untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

Migration = Callable[[sqlite3.Connection], None]

# Rows that people edit carry ``version`` (compare-and-swap) and timestamps. Values that
# several PCs will merge field by field later are plain columns, never JSON blobs, except
# lists that are edited as a whole (post URLs).
_V1 = """
CREATE TABLE replica_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE settings (
    id         TEXT PRIMARY KEY,
    value      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL COLLATE NOCASE UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('monitor', 'supervisor', 'admin')),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE subjects (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    employment_type TEXT NOT NULL CHECK (employment_type IN ('PNS', 'PPPK')),
    nip             TEXT,
    agency          TEXT NOT NULL DEFAULT '',
    position        TEXT NOT NULL DEFAULT '',
    rank            TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX subjects_nip ON subjects (nip);
CREATE INDEX subjects_name ON subjects (name COLLATE NOCASE);
CREATE TABLE subject_accounts (
    id         TEXT PRIMARY KEY,
    subject_id TEXT NOT NULL REFERENCES subjects (id),
    platform   TEXT NOT NULL,
    handle     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX subject_accounts_subject ON subject_accounts (subject_id);
CREATE TABLE reporters (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    contact    TEXT NOT NULL DEFAULT '',
    nik        TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE cases (
    id              TEXT PRIMARY KEY,
    number          TEXT NOT NULL,
    number_final    INTEGER NOT NULL DEFAULT 0,
    status          TEXT NOT NULL,
    source          TEXT NOT NULL,
    portal          TEXT NOT NULL DEFAULT '',
    platform        TEXT,
    post_urls       TEXT NOT NULL DEFAULT '[]',
    account_handle  TEXT NOT NULL DEFAULT '',
    act_date        TEXT,
    known_date      TEXT,
    received_date   TEXT NOT NULL,
    candidacy_stage TEXT,
    summary         TEXT NOT NULL DEFAULT '',
    subject_id      TEXT REFERENCES subjects (id),
    reporter_id     TEXT REFERENCES reporters (id),
    assignee_id     TEXT REFERENCES users (id),
    submitted_by    TEXT REFERENCES users (id),
    created_by      TEXT NOT NULL REFERENCES users (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cases_status ON cases (status);
CREATE INDEX cases_assignee ON cases (assignee_id);
CREATE INDEX cases_subject ON cases (subject_id);
CREATE INDEX cases_received ON cases (received_date);
CREATE TABLE evidence (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    kind        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    sha256      TEXT,
    filename    TEXT,
    captured_at TEXT,
    captured_by TEXT NOT NULL REFERENCES users (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX evidence_case ON evidence (case_id);
CREATE TABLE notes (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases (id),
    kind       TEXT NOT NULL,
    body       TEXT NOT NULL,
    author_id  TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX notes_case ON notes (case_id);

-- The change log: one row per changed field (or per inserted/deleted record), written in
-- the same transaction as the state change. It is the audit trail and, with ``pushed``,
-- the outbox that the sync engine sends to the hub. ``seq`` counts per origin (replica);
-- ``hash`` chains each origin's entries so that edits made outside the app show up.
CREATE TABLE changes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    origin       TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    tx_id        TEXT NOT NULL,
    at           TEXT NOT NULL,
    user_id      TEXT,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    op           TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    field        TEXT NOT NULL,
    old_value    TEXT,
    new_value    TEXT,
    base_version INTEGER NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL,
    pushed       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (origin, seq)
);
CREATE INDEX changes_entity ON changes (entity_id, id);
CREATE INDEX changes_outbox ON changes (pushed, origin, seq);

-- Local-only bookkeeping, never synced.
CREATE TABLE login_failures (
    username        TEXT PRIMARY KEY COLLATE NOCASE,
    failures        INTEGER NOT NULL,
    last_failure_at TEXT NOT NULL,
    locked_until    TEXT
);
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
"""


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: ``executescript`` would COMMIT our open transaction."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement: {buffer.strip()[:60]}")


def _v1(conn: sqlite3.Connection) -> None:
    run_script(conn, _V1)


def _v2(conn: sqlite3.Connection) -> None:
    """Case numbers are what people quote in letters: make a duplicate impossible."""
    run_script(conn, "CREATE UNIQUE INDEX cases_number ON cases (number);")


_V3 = """
-- Sync bookkeeping on the change log, outside the hash chain (it is not what happened but
-- where the record has travelled): ``hub_id`` is the record's position in the hub's log
-- (NULL while it waits in this replica's outbox), ``outcome`` what the hub made of it, and
-- ``base_hwm`` the hub position this replica had seen when the edit was made.
ALTER TABLE changes ADD COLUMN hub_id INTEGER;
ALTER TABLE changes ADD COLUMN outcome TEXT NOT NULL DEFAULT 'applied'
    CHECK (outcome IN ('applied', 'conflict', 'rejected'));
ALTER TABLE changes ADD COLUMN base_hwm INTEGER NOT NULL DEFAULT 0;
CREATE INDEX changes_hub ON changes (hub_id);
CREATE INDEX changes_field ON changes (entity_id, field, id);

-- A concurrent edit the hub could not merge: the same field changed by two people, or a
-- workflow step refused because someone else moved the case first. Synced like any record.
CREATE TABLE conflicts (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('value', 'step', 'rejected')),
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    field       TEXT NOT NULL,
    case_id     TEXT,
    kept_value  TEXT,
    kept_by     TEXT,
    kept_at     TEXT,
    lost_value  TEXT,
    lost_by     TEXT,
    lost_at     TEXT,
    lost_origin TEXT NOT NULL,
    lost_seq    INTEGER NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution  TEXT,
    resolved_by TEXT,
    resolved_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX conflicts_open ON conflicts (status, case_id);

-- Hub only: who works which case, until when. ``token`` is the hub position of the change
-- that gave the case to its holder (a fencing token: it only grows).
CREATE TABLE claims (
    case_id    TEXT PRIMARY KEY,
    holder_id  TEXT NOT NULL,
    origin     TEXT NOT NULL,
    token      INTEGER NOT NULL,
    claimed_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
"""


def _v3(conn: sqlite3.Connection) -> None:
    """Sync: hub positions on the change log, conflict records, claims."""
    run_script(conn, _V3)


_V4 = """
-- Evidence as captured (issue 5): where it came from and what it is. Headers are kept as
-- one JSON object, as the server sent them; nothing else here is edited as a whole.
ALTER TABLE evidence ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence ADD COLUMN source_url TEXT;
ALTER TABLE evidence ADD COLUMN final_url TEXT;
ALTER TABLE evidence ADD COLUMN http_status INTEGER;
ALTER TABLE evidence ADD COLUMN content_type TEXT;
ALTER TABLE evidence ADD COLUMN http_headers TEXT;
ALTER TABLE evidence ADD COLUMN retrieved_at TEXT;
ALTER TABLE evidence ADD COLUMN platform TEXT;
ALTER TABLE evidence ADD COLUMN account TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence ADD COLUMN posted_at TEXT;
ALTER TABLE evidence ADD COLUMN media_type TEXT;
ALTER TABLE evidence ADD COLUMN width INTEGER;
ALTER TABLE evidence ADD COLUMN height INTEGER;
ALTER TABLE evidence ADD COLUMN size INTEGER;
ALTER TABLE evidence ADD COLUMN intake_note TEXT NOT NULL DEFAULT '';
CREATE INDEX evidence_sha ON evidence (sha256);

-- Shapes drawn on an evidence item, one row each so that two people marking up the same
-- screenshot merge shape by shape. ``geometry`` (box and points) is edited as a whole.
CREATE TABLE annotations (
    id             TEXT PRIMARY KEY,
    evidence_id    TEXT NOT NULL REFERENCES evidence (id),
    kind           TEXT NOT NULL,
    geometry       TEXT NOT NULL,
    text           TEXT NOT NULL DEFAULT '',
    number         INTEGER,
    redaction_mode TEXT,
    colour         TEXT NOT NULL,
    width          REAL NOT NULL,
    opacity        REAL NOT NULL,
    locked         INTEGER NOT NULL DEFAULT 0,
    hidden         INTEGER NOT NULL DEFAULT 0,
    z              INTEGER NOT NULL DEFAULT 0,
    created_by     TEXT NOT NULL REFERENCES users (id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX annotations_evidence ON annotations (evidence_id);
-- A supervisor's comment pinned to an area of an evidence item.
CREATE TABLE region_comments (
    id          TEXT PRIMARY KEY,
    evidence_id TEXT NOT NULL REFERENCES evidence (id),
    geometry    TEXT NOT NULL,
    body        TEXT NOT NULL,
    author_id   TEXT NOT NULL REFERENCES users (id),
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolved_by TEXT REFERENCES users (id),
    resolved_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX region_comments_evidence ON region_comments (evidence_id);
-- A flattened copy with annotations and redactions burned in: what prints and exports.
CREATE TABLE renditions (
    id                 TEXT PRIMARY KEY,
    evidence_id        TEXT NOT NULL REFERENCES evidence (id),
    sha256             TEXT NOT NULL,
    source_sha256      TEXT NOT NULL,
    annotations_digest TEXT NOT NULL,
    width              INTEGER NOT NULL,
    height             INTEGER NOT NULL,
    created_by         TEXT NOT NULL REFERENCES users (id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX renditions_evidence ON renditions (evidence_id);
-- A captured URL checked again later: still there, changed, or gone.
CREATE TABLE link_checks (
    id          TEXT PRIMARY KEY,
    evidence_id TEXT NOT NULL REFERENCES evidence (id),
    outcome     TEXT NOT NULL CHECK (outcome IN ('same', 'changed', 'gone', 'error')),
    http_status INTEGER,
    sha256      TEXT,
    detail      TEXT NOT NULL DEFAULT '',
    checked_by  TEXT NOT NULL REFERENCES users (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX link_checks_evidence ON link_checks (evidence_id);

-- The sanction worksheet (issue 6): one per case (its id is the case's), the acts found
-- with the evidence that shows each, and the catalogue as the office has corrected it.
CREATE TABLE worksheets (
    id                TEXT PRIMARY KEY,
    case_id           TEXT NOT NULL UNIQUE REFERENCES cases (id),
    factors           TEXT NOT NULL DEFAULT '{}',
    choices           TEXT NOT NULL DEFAULT '{}',
    proposed_level    TEXT,
    proposed_option   TEXT,
    justification     TEXT NOT NULL DEFAULT '',
    level_reason      TEXT NOT NULL DEFAULT '',
    computed_category TEXT,
    computed_level    TEXT,
    regime            TEXT,
    catalogue_version TEXT,
    prepared_by       TEXT REFERENCES users (id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE worksheet_acts (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases (id),
    act            TEXT NOT NULL,
    detail         TEXT NOT NULL DEFAULT '',
    evidence_ids   TEXT NOT NULL DEFAULT '[]',
    annotation_ids TEXT NOT NULL DEFAULT '[]',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX worksheet_acts_case ON worksheet_acts (case_id);
-- Each saved catalogue is a new row: the history of every correction, newest in force.
CREATE TABLE catalogues (
    id                TEXT PRIMARY KEY,
    catalogue_version TEXT NOT NULL,
    content           TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT '',
    created_by        TEXT NOT NULL REFERENCES users (id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);

-- Intake (issue 9): the personnel list the BKD exports, and what ties an imported row to
-- the case it made (so importing the same rows again makes nothing new).
CREATE TABLE registry (
    id              TEXT PRIMARY KEY,
    nip             TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    employment_type TEXT NOT NULL DEFAULT 'PNS',
    agency          TEXT NOT NULL DEFAULT '',
    position        TEXT NOT NULL DEFAULT '',
    rank            TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX registry_name ON registry (name COLLATE NOCASE);
ALTER TABLE cases ADD COLUMN import_key TEXT;
CREATE UNIQUE INDEX cases_import_key ON cases (import_key) WHERE import_key IS NOT NULL;
ALTER TABLE cases ADD COLUMN duplicate_of TEXT REFERENCES cases (id);
"""


def _v4(conn: sqlite3.Connection) -> None:
    """Evidence capture and markup, the sanction worksheet, intake and the registry."""
    run_script(conn, _V4)


_V5 = """
-- Supervisor review (issue 7): each decision with the checklist as ticked and the comment.
CREATE TABLE reviews (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id),
    decision    TEXT NOT NULL CHECK (decision IN ('approve', 'return', 'dismiss', 'reopen')),
    checklist   TEXT NOT NULL DEFAULT '{}',
    comment     TEXT NOT NULL DEFAULT '',
    reviewer_id TEXT NOT NULL REFERENCES users (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX reviews_case ON reviews (case_id);
-- The letter that forwards an approved case, and what the PPK did about it. One per case
-- (its id is the case's). ``letter_pattern`` travels with the record so that the hub, which
-- gives the final number from its own sequence, formats it as the office had set it.
CREATE TABLE referrals (
    id                  TEXT PRIMARY KEY,
    case_id             TEXT NOT NULL UNIQUE REFERENCES cases (id),
    letter_number       TEXT NOT NULL,
    letter_number_final INTEGER NOT NULL DEFAULT 0,
    letter_pattern      TEXT NOT NULL DEFAULT '',
    letter_year         INTEGER NOT NULL,
    letter_seq          INTEGER,
    letter_date         TEXT NOT NULL,
    addressee_code      TEXT NOT NULL,
    addressee           TEXT NOT NULL,
    addressee_place     TEXT NOT NULL DEFAULT '',
    ppk_name            TEXT NOT NULL DEFAULT '',
    ppk_title           TEXT NOT NULL,
    followup_due        TEXT NOT NULL,
    referred_by         TEXT NOT NULL REFERENCES users (id),
    outcome             TEXT CHECK (outcome IN ('imposed', 'none', 'other')),
    sanction_imposed    TEXT NOT NULL DEFAULT '',
    decree_number       TEXT NOT NULL DEFAULT '',
    decree_date         TEXT,
    outcome_date        TEXT,
    outcome_note        TEXT NOT NULL DEFAULT '',
    recorded_by         TEXT REFERENCES users (id),
    escalated_at        TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1
);
-- "800/12/Diskominfotik/…" and "800/12/DISKOMINFOTIK/…" are the same letter.
CREATE UNIQUE INDEX referrals_letter ON referrals (letter_number COLLATE NOCASE);
CREATE INDEX referrals_due ON referrals (outcome, followup_due);
-- In-app notifications, one row per recipient; they reach other PCs as any record does.
CREATE TABLE notifications (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    kind       TEXT NOT NULL,
    case_id    TEXT REFERENCES cases (id),
    actor_id   TEXT REFERENCES users (id),
    body       TEXT NOT NULL DEFAULT '',
    read_at    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX notifications_user ON notifications (user_id, read_at, created_at);
-- Who looked at personal data kept confidential (the reporter's identity), when, and why.
CREATE TABLE access_log (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    case_id    TEXT REFERENCES cases (id),
    what       TEXT NOT NULL,
    purpose    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX access_log_case ON access_log (case_id, created_at);
CREATE INDEX access_log_time ON access_log (created_at);
"""


def _v5(conn: sqlite3.Connection) -> None:
    """Supervisor review, referral and follow-up, notifications, the access log."""
    run_script(conn, _V5)


MIGRATIONS: tuple[Migration, ...] = (_v1, _v2, _v3, _v4, _v5)
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Apply the steps the database has not seen yet; return their numbers."""
    applied = []
    for number, step in enumerate(migrations, start=1):
        if current_version(conn) >= number:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the lock: another process may have migrated meanwhile.
            if current_version(conn) >= number:
                conn.execute("ROLLBACK")
                continue
            step(conn)
            conn.execute(f"PRAGMA user_version = {number:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied
