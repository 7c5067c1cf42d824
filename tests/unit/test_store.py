"""The local store: schema, opening odd files, migrations, audited transactions."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from asn_monitor.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    NotFound,
    VersionConflict,
    WorkspaceError,
)
from asn_monitor.store import queue_index, schema
from asn_monitor.store.changelog import GENESIS, entry_hash
from asn_monitor.store.database import Database
from asn_monitor.store.integrity import check_database
from tests.unit.factories import FakeClock


def _changes(db: Database) -> list[dict]:
    return db.query("SELECT * FROM changes ORDER BY seq")


def _setting(db: Database, key: str) -> dict | None:
    return db.query_one("SELECT * FROM settings WHERE id = ?", (key,))


def _raw_user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _rollback_journal_db(path: Path, user_version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future_table (a TEXT)")
    conn.execute("INSERT INTO future_table VALUES ('data of a newer release')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()


# -- opening ---------------------------------------------------------------------------


def test_new_store_has_current_schema_in_wal_mode(database: Database) -> None:
    assert database.scalar("PRAGMA user_version") == schema.SCHEMA_VERSION
    assert database.scalar("PRAGMA journal_mode") == "wal"
    assert database.scalar("PRAGMA foreign_keys") == 1
    tables = {
        r["name"] for r in database.query("SELECT name FROM sqlite_master WHERE type='table'")
    }
    assert {"users", "cases", "subjects", "reporters", "changes", "settings"} <= tables
    assert database.readonly is False
    assert len(database.origin) == 36


def test_reopening_keeps_the_origin(tmp_path: Path) -> None:
    first = Database(tmp_path / "a.db", create=True)
    origin = first.origin
    first.close()
    again = Database(tmp_path / "a.db")
    try:
        assert again.origin == origin
        assert again.scalar("SELECT count(*) FROM replica_meta WHERE key = 'origin'") == 1
    finally:
        again.close()
    other = Database(tmp_path / "b.db", create=True)
    try:
        assert other.origin != origin
    finally:
        other.close()


def test_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError):
        Database(tmp_path / "nowhere.db")
    assert not (tmp_path / "nowhere.db").exists()


def test_database_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    _rollback_journal_db(path, schema.SCHEMA_VERSION + 5)
    with pytest.raises(DatabaseTooNew) as info:
        Database(path)
    message = str(info.value)
    assert str(schema.SCHEMA_VERSION + 5) in message
    assert "Perbarui aplikasi" in message
    assert _raw_user_version(path) == schema.SCHEMA_VERSION + 5
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT a FROM future_table").fetchall() == [
            ("data of a newer release",)
        ]
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'cases'").fetchone()
    finally:
        conn.close()


def test_database_from_a_newer_release_is_left_byte_for_byte_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    _rollback_journal_db(path, schema.SCHEMA_VERSION + 1)
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew):
        Database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "newer.db"]


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01garbage that is not sqlite" * 200,
        b"SQLite format 3\x00" + b"\xff" * 4080,
        b"PK\x03\x04 a zip file named local.db" * 50,
    ],
    ids=["garbage", "damaged-header", "zip"],
)
def test_garbage_file_is_reported_corrupt_and_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "local.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseCorrupt) as info:
        Database(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content


def _assert_read_only_store(path: Path) -> None:
    db = Database(path)
    try:
        assert db.readonly is True
        # Reading works...
        assert db.scalar("SELECT value FROM settings WHERE id = 'k'") == "v"
        # ...writing is refused with the store's own error.
        with pytest.raises(DatabaseReadOnly) as info, db.transaction(None) as tx:
            tx.insert("setting", {"id": "k2", "value": "x"})
        assert str(path) in str(info.value)
    finally:
        db.close()
    assert _raw_user_version(path) == schema.SCHEMA_VERSION


@pytest.fixture
def store_with_a_row(tmp_path: Path) -> Path:
    path = tmp_path / "ro.db"
    db = Database(path, create=True)
    with db.transaction(None) as tx:
        tx.insert("setting", {"id": "k", "value": "v"})
    db.close()
    return path


def test_read_only_file_opens_read_only(store_with_a_row: Path) -> None:
    path = store_with_a_row
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as root: file permissions do not stop writes")
        _assert_read_only_store(path)
    finally:
        path.chmod(0o644)


def test_unwritable_file_opens_read_only_even_as_root(
    store_with_a_row: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same path as above with the permission check simulated (root ignores 0o444)."""
    import asn_monitor.store.database as database_module

    real_access = os.access

    def access(path: object, mode: int) -> bool:
        if Path(str(path)) == store_with_a_row and mode == os.W_OK:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(database_module.os, "access", access)
    _assert_read_only_store(store_with_a_row)


# -- migrations ------------------------------------------------------------------------


def test_migrate_applies_only_the_new_step(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    Database(path, create=True).close()
    calls: list[str] = []
    known = tuple(
        (lambda conn, step=step: (calls.append("old"), step(conn))) for step in schema.MIGRATIONS
    )

    def extra(conn: sqlite3.Connection) -> None:
        calls.append("new")
        conn.execute("ALTER TABLE cases ADD COLUMN priority INTEGER NOT NULL DEFAULT 0")

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        steps = (*known, extra)
        assert schema.migrate(conn, steps) == [schema.SCHEMA_VERSION + 1]
        assert calls == ["new"]
        assert schema.current_version(conn) == schema.SCHEMA_VERSION + 1
        columns = [r[1] for r in conn.execute("PRAGMA table_info(cases)")]
        assert "priority" in columns
        # Running again does nothing.
        assert schema.migrate(conn, steps) == []
        assert calls == ["new"]
    finally:
        conn.close()


def test_v1_store_with_data_migrates_to_unique_case_numbers(tmp_path: Path, hasher) -> None:
    """Step 2 (unique case numbers) on a store written by a version-1 release."""
    from asn_monitor.services.cases import CaseService
    from asn_monitor.workspace import Workspace
    from tests.unit.factories import PASSWORD, case_fields

    folder = tmp_path / "ws"
    folder.mkdir()
    conn = sqlite3.connect(folder / "local.db", isolation_level=None)
    schema.migrate(conn, schema.MIGRATIONS[:1])
    conn.close()
    db, supervisor = Workspace(folder).create(
        office_name="Kantor",
        prefix="NTB",
        username="kepala",
        display_name="Kepala",
        password=PASSWORD,
        hasher=hasher,
    )
    CaseService(db, supervisor).create(case_fields())
    db.close()
    conn = sqlite3.connect(folder / "local.db", isolation_level=None)
    conn.execute("DROP INDEX cases_number")
    queue_index.drop(conn)  # a version-1 release had no queue index either
    # Undo steps 5, 4 and 3 as well, so the file is what a version-1 release left behind.
    step4 = [
        *(
            f"DROP TABLE {table}"
            for table in ("reviews", "referrals", "notifications", "access_log")
        ),
        "DROP INDEX cases_import_key",
        "ALTER TABLE cases DROP COLUMN import_key",
        "ALTER TABLE cases DROP COLUMN duplicate_of",
        "DROP INDEX evidence_sha",
        *(
            f"DROP TABLE {table}"
            for table in (
                "annotations",
                "region_comments",
                "renditions",
                "link_checks",
                "worksheet_acts",
                "worksheets",
                "catalogues",
                "registry",
            )
        ),
        *(
            f"ALTER TABLE evidence DROP COLUMN {column}"
            for column in (
                "source",
                "source_url",
                "final_url",
                "http_status",
                "content_type",
                "http_headers",
                "retrieved_at",
                "platform",
                "account",
                "posted_at",
                "media_type",
                "width",
                "height",
                "size",
                "intake_note",
            )
        ),
    ]
    for statement in (
        *step4,
        "DROP INDEX changes_hub",
        "DROP INDEX changes_field",
        "DROP TABLE conflicts",
        "DROP TABLE claims",
        "ALTER TABLE changes DROP COLUMN hub_id",
        "ALTER TABLE changes DROP COLUMN outcome",
        "ALTER TABLE changes DROP COLUMN base_hwm",
    ):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    db = Database(folder / "local.db")
    try:
        assert schema.current_version(db.conn) == schema.SCHEMA_VERSION
        assert db.scalar("SELECT count(*) FROM cases") == 1
        row = db.query_one("SELECT * FROM cases")
        row["id"] = "another-case-id"
        marks = ", ".join("?" for _ in row)
        with pytest.raises(sqlite3.IntegrityError, match=r"cases\.number"):
            db.conn.execute(
                f"INSERT INTO cases ({', '.join(row)}) VALUES ({marks})", tuple(row.values())
            )
    finally:
        db.close()


def test_failing_migration_step_rolls_back_to_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    Database(path, create=True).close()

    def step2(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (a TEXT)")
        conn.execute("INSERT INTO half_done VALUES ('x')")
        raise RuntimeError("power cut")

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        with pytest.raises(RuntimeError, match="power cut"):
            schema.migrate(conn, (*schema.MIGRATIONS, step2))
        assert schema.current_version(conn) == schema.SCHEMA_VERSION
        assert not conn.in_transaction
        assert (
            conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
        )
    finally:
        conn.close()
    # The store still opens normally afterwards.
    Database(path).close()


def test_migrate_from_empty_applies_every_step(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "empty.db", isolation_level=None)
    try:
        assert schema.migrate(conn) == list(range(1, schema.SCHEMA_VERSION + 1))
        assert schema.current_version(conn) == schema.SCHEMA_VERSION
    finally:
        conn.close()


def test_run_script_refuses_an_incomplete_statement(database: Database) -> None:
    with pytest.raises(ValueError, match="incomplete"):
        schema.run_script(database.conn, "CREATE TABLE t (a TEXT)")


# -- transactions and the change log ----------------------------------------------------


def test_insert_and_update_write_chained_change_records(
    database: Database, clock: FakeClock
) -> None:
    with database.transaction("user-1") as tx:
        row = tx.insert("setting", {"id": "office", "value": "Diskominfo"})
    assert row["version"] == 1
    clock.advance(minutes=5)
    with database.transaction("user-2") as tx:
        assert tx.update("setting", "office", 1, {"value": "Diskominfotik NTB"}) == 2

    state = _setting(database, "office")
    assert state is not None
    assert state["value"] == "Diskominfotik NTB"
    assert state["version"] == 2
    assert state["updated_at"] > state["created_at"]

    changes = _changes(database)
    assert [c["seq"] for c in changes] == [1, 2]
    assert {c["origin"] for c in changes} == {database.origin}
    assert changes[0]["prev_hash"] == GENESIS
    assert changes[1]["prev_hash"] == changes[0]["hash"]
    for c in changes:
        assert c["hash"] == entry_hash(c)
    insert, update = changes
    assert (insert["op"], insert["field"], insert["base_version"]) == ("insert", "*", 0)
    assert json.loads(insert["new_value"])["value"] == "Diskominfo"
    assert json.loads(insert["old_value"]) is None
    assert (update["op"], update["field"], update["base_version"]) == ("update", "value", 1)
    assert json.loads(update["old_value"]) == "Diskominfo"
    assert json.loads(update["new_value"]) == "Diskominfotik NTB"
    assert (insert["user_id"], update["user_id"]) == ("user-1", "user-2")
    assert insert["tx_id"] != update["tx_id"]
    assert insert["at"] == "2024-10-15T04:00:00.000Z"
    assert update["at"] == "2024-10-15T04:05:00.000Z"
    assert update["at"] == state["updated_at"]
    assert check_database(database).healthy


def test_one_change_record_per_changed_field_in_one_transaction(database: Database) -> None:
    with database.transaction(None) as tx:
        tx.insert("setting", {"id": "a", "value": "1"})
    with database.transaction(None) as tx:
        # Unchanged values are not logged; an update with nothing new keeps the version.
        assert tx.update("setting", "a", 1, {"value": "1"}) == 1
        assert tx.update("setting", "a", 1, {"value": "2", "version": 99, "id": "zz"}) == 2
    changes = _changes(database)
    assert [(c["op"], c["field"]) for c in changes] == [("insert", "*"), ("update", "value")]
    assert _setting(database, "a")["version"] == 2  # type: ignore[index]


def test_update_with_a_stale_version_is_refused_and_writes_nothing(database: Database) -> None:
    with database.transaction("u1") as tx:
        tx.insert(
            "user",
            {
                "id": "u1",
                "username": "lalu",
                "display_name": "Lalu Ahmad",
                "role": "monitor",
                "password_hash": "x",
                "active": 1,
            },
        )
        tx.insert("setting", {"id": "k", "value": "old"})
    with database.transaction("u1") as tx:
        tx.update("setting", "k", 1, {"value": "newer"})
    before = _changes(database)

    with pytest.raises(VersionConflict) as info, database.transaction(None) as tx:
        tx.update("setting", "k", 1, {"value": "lost update"})
    assert "Lalu Ahmad" in str(info.value)  # who changed it meanwhile
    assert _setting(database, "k")["value"] == "newer"  # type: ignore[index]
    assert _changes(database) == before


def test_update_or_delete_of_a_missing_row_is_not_found(database: Database) -> None:
    with pytest.raises(NotFound), database.transaction(None) as tx:
        tx.update("setting", "missing", 1, {"value": "x"})
    with pytest.raises(NotFound), database.transaction(None) as tx:
        tx.delete("setting", "missing", 1)
    assert _changes(database) == []


def test_delete_is_logged_with_the_old_row(database: Database) -> None:
    with database.transaction(None) as tx:
        tx.insert("setting", {"id": "k", "value": "v"})
    with pytest.raises(VersionConflict), database.transaction(None) as tx:
        tx.delete("setting", "k", 7)
    with database.transaction(None) as tx:
        tx.delete("setting", "k", 1)
    assert _setting(database, "k") is None
    last = _changes(database)[-1]
    assert (last["op"], last["seq"]) == ("delete", 2)
    assert json.loads(last["old_value"])["value"] == "v"
    assert check_database(database).healthy


def test_exception_rolls_back_state_and_change_log(database: Database) -> None:
    with database.transaction(None) as tx:
        tx.insert("setting", {"id": "kept", "value": "1"})
    with pytest.raises(RuntimeError), database.transaction(None) as tx:
        tx.insert("setting", {"id": "lost", "value": "2"})
        tx.update("setting", "kept", 1, {"value": "changed"})
        raise RuntimeError("crash in the middle")
    assert _setting(database, "lost") is None
    assert _setting(database, "kept")["value"] == "1"  # type: ignore[index]
    assert [c["seq"] for c in _changes(database)] == [1]
    assert not database.conn.in_transaction
    # The next write continues the chain without a gap.
    with database.transaction(None) as tx:
        tx.insert("setting", {"id": "after", "value": "3"})
    assert [c["seq"] for c in _changes(database)] == [1, 2]
    assert check_database(database).healthy


def test_nested_transaction_failure_rolls_back_only_the_inner_part(database: Database) -> None:
    with database.transaction("outer") as tx:
        tx.insert("setting", {"id": "a", "value": "1"})
        outer_tx_id = tx.tx_id
        with pytest.raises(RuntimeError), database.transaction("inner") as inner:
            assert inner is tx
            assert inner.tx_id != outer_tx_id
            inner.insert("setting", {"id": "b", "value": "2"})
            inner.update("setting", "a", 1, {"value": "changed by inner"})
            raise RuntimeError("inner step failed")
        assert tx.tx_id == outer_tx_id
        assert tx.user_id == "outer"
        tx.insert("setting", {"id": "c", "value": "3"})

    assert _setting(database, "a")["value"] == "1"  # type: ignore[index]
    assert _setting(database, "b") is None
    assert _setting(database, "c") is not None
    changes = _changes(database)
    assert [(c["seq"], c["entity_id"]) for c in changes] == [(1, "a"), (2, "c")]
    assert changes[1]["prev_hash"] == changes[0]["hash"]
    assert {c["tx_id"] for c in changes} == {outer_tx_id}
    assert check_database(database).healthy


def test_nested_transaction_success_is_its_own_logical_operation(database: Database) -> None:
    with database.transaction("outer") as tx:
        tx.insert("setting", {"id": "a", "value": "1"})
        with database.transaction("inner") as inner:
            inner.insert("setting", {"id": "b", "value": "2"})
        tx.insert("setting", {"id": "c", "value": "3"})
    changes = {c["entity_id"]: c for c in _changes(database)}
    assert changes["b"]["user_id"] == "inner"
    assert changes["a"]["user_id"] == changes["c"]["user_id"] == "outer"
    assert changes["a"]["tx_id"] == changes["c"]["tx_id"] != changes["b"]["tx_id"]
    assert [c["seq"] for c in _changes(database)] == [1, 2, 3]


def test_outer_failure_also_undoes_a_committed_inner_part(database: Database) -> None:
    with pytest.raises(RuntimeError), database.transaction(None) as tx:
        with database.transaction(None) as inner:
            inner.insert("setting", {"id": "b", "value": "2"})
        tx.insert("setting", {"id": "c", "value": "3"})
        raise RuntimeError
    assert database.scalar("SELECT count(*) FROM settings") == 0
    assert _changes(database) == []


def test_write_while_another_connection_holds_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    Database(path, create=True).close()
    db = Database(path, busy_timeout_ms=100)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseLocked) as info, db.transaction(None) as tx:
            tx.insert("setting", {"id": "k", "value": "v"})
        assert "dikunci" in str(info.value)
        assert not db.conn.in_transaction
        other.execute("COMMIT")
        # Once the other writer is done, the same write goes through.
        with db.transaction(None) as tx:
            tx.insert("setting", {"id": "k", "value": "v"})
        assert _setting(db, "k") is not None
        assert [c["seq"] for c in _changes(db)] == [1]
    finally:
        other.close()
        db.close()


def test_counters_count_up_inside_transactions(database: Database) -> None:
    with database.transaction(None):
        assert database.next_counter("case:NTB:2024") == 1
        assert database.next_counter("case:NTB:2024") == 2
        assert database.next_counter("case:NTB:2023") == 1
    with pytest.raises(RuntimeError), database.transaction(None):
        assert database.next_counter("case:NTB:2024") == 3
        raise RuntimeError
    with database.transaction(None):
        assert database.next_counter("case:NTB:2024") == 3
