"""``check_database``: the change log must explain every state row (DESIGN.md, "Audit")."""

from __future__ import annotations

import json

import pytest

from asn_monitor.domain.models import Case
from asn_monitor.services.cases import CaseService
from asn_monitor.services.users import UserService
from asn_monitor.store.changelog import entry_hash
from asn_monitor.store.integrity import CheckReport, check_database
from tests.unit.conftest import Env
from tests.unit.factories import case_fields, prepare_for_review, reporter_fields, subject_fields


@pytest.fixture
def busy(env: Env) -> tuple[Env, Case]:
    """A workspace after ordinary work: cases created, claimed, noted, edited, submitted."""
    monitor = CaseService(env.db, env.monitor)
    case = monitor.create(case_fields(), subject=subject_fields(), reporter=reporter_fields())
    monitor.create(case_fields(summary="Kasus kedua", platform="instagram"))
    case = monitor.transition(case.id, case.version, "claim")
    monitor.add_note(case.id, "Akun benar milik terlapor.")
    case = monitor.update(case.id, case.version, {"summary": "Ringkasan diperbaiki"})
    prepare_for_review(monitor.db, monitor.actor, case.id)
    case = monitor.transition(case.id, case.version, "submit")
    UserService(env.db, env.supervisor, env.hasher).set_active(env.monitor2.id, False)
    return env, case


def _messages(report: CheckReport) -> list[str]:
    return [p.message() for p in report.problems]


def test_healthy_after_service_operations(busy: tuple[Env, Case]) -> None:
    env, _ = busy
    report = check_database(env.db)
    assert report.healthy, _messages(report)
    assert report.facts["cases"] == 2
    assert report.facts["users"] == 3
    assert report.facts["changes"] == env.db.scalar("SELECT count(*) FROM changes") > 10


def test_detects_a_state_row_changed_with_raw_sql(busy: tuple[Env, Case]) -> None:
    env, case = busy
    env.db.conn.execute("UPDATE cases SET summary = 'dihapus jejaknya' WHERE id = ?", (case.id,))
    report = check_database(env.db)
    assert not report.healthy
    assert any("cases" in m and case.id in m and "summary" in m for m in _messages(report))


def test_version_is_bookkeeping_not_data(busy: tuple[Env, Case]) -> None:
    # Each store keeps its own row versions (sync bumps them on arrival), so they are not
    # compared with the log; the values themselves are.
    env, case = busy
    env.db.conn.execute("UPDATE cases SET version = version + 1 WHERE id = ?", (case.id,))
    assert check_database(env.db).healthy
    env.db.conn.execute("UPDATE cases SET summary = 'diubah' WHERE id = ?", (case.id,))
    assert any("summary" in m for m in _messages(check_database(env.db)))


def test_detects_a_row_inserted_with_raw_sql(busy: tuple[Env, Case]) -> None:
    env, _ = busy
    env.db.conn.execute(
        "INSERT INTO users (id, username, display_name, role, password_hash, created_at, "
        "updated_at) VALUES ('backdoor', 'backdoor', 'Pintu Belakang', 'supervisor', 'x', "
        "'2024-01-01', '2024-01-01')"
    )
    messages = _messages(check_database(env.db))
    assert any("users" in m and "backdoor" in m and "tidak tercatat" in m for m in messages)


def test_detects_a_row_deleted_with_raw_sql(busy: tuple[Env, Case]) -> None:
    env, case = busy
    note_id = env.db.scalar("SELECT id FROM notes WHERE case_id = ?", (case.id,))
    env.db.conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    messages = _messages(check_database(env.db))
    assert any("notes" in m and note_id in m and "hilang" in m for m in messages)


def test_detects_an_edited_change_record(busy: tuple[Env, Case]) -> None:
    env, case = busy
    seq = env.db.scalar(
        "SELECT seq FROM changes WHERE entity_id = ? AND field = 'summary'", (case.id,)
    )
    env.db.conn.execute(
        "UPDATE changes SET new_value = ? WHERE seq = ?", (json.dumps("ditulis ulang"), seq)
    )
    messages = _messages(check_database(env.db))
    assert any("Rantai" in m and f"nomor {seq}" in m for m in messages)


def test_detects_an_edited_change_record_even_with_its_hash_recomputed(
    busy: tuple[Env, Case],
) -> None:
    env, case = busy
    row = env.db.query_one(
        "SELECT * FROM changes WHERE entity_id = ? AND field = 'summary'", (case.id,)
    )
    assert row is not None
    row["user_id"] = env.monitor2.id  # blame someone else
    forged = entry_hash(row)
    env.db.conn.execute(
        "UPDATE changes SET user_id = ?, hash = ? WHERE id = ?", (row["user_id"], forged, row["id"])
    )
    messages = _messages(check_database(env.db))
    # The forged record itself checks out; the next one no longer points at it.
    assert any("Rantai" in m and f"nomor {row['seq'] + 1}" in m for m in messages)
    assert not any(f"nomor {row['seq']}:" in m for m in messages)


def test_detects_a_deleted_change_record(busy: tuple[Env, Case]) -> None:
    env, _ = busy
    last = env.db.scalar("SELECT max(seq) FROM changes")
    gone = last // 2
    env.db.conn.execute("DELETE FROM changes WHERE seq = ?", (gone,))
    messages = _messages(check_database(env.db))
    assert any(f"melompat dari {gone} ke {gone + 1}" in m for m in messages)


def test_detects_a_state_change_together_with_a_forged_last_record(busy: tuple[Env, Case]) -> None:
    """Editing the state and the log's new_value without re-chaining is still caught."""
    env, case = busy
    env.db.conn.execute("UPDATE cases SET summary = 'palsu' WHERE id = ?", (case.id,))
    env.db.conn.execute(
        "UPDATE changes SET new_value = ? WHERE entity_id = ? AND field = 'summary'",
        (json.dumps("palsu"), case.id),
    )
    report = check_database(env.db)
    assert not report.healthy
    assert any("Rantai" in m for m in _messages(report))


def test_many_problems_are_capped(busy: tuple[Env, Case]) -> None:
    env, _ = busy
    env.db.conn.executemany(
        "INSERT INTO settings (id, value, created_at, updated_at) VALUES (?, 'x', 'a', 'a')",
        [(f"forged-{i}",) for i in range(30)],
    )
    report = check_database(env.db)
    assert len(report.problems) == 21
    assert "lainnya" in report.problems[-1].message()


def test_a_well_chained_forged_approval_is_still_caught(busy: tuple[Env, Case]) -> None:
    """Appending correctly hashed records is easy; the life-cycle replay still objects."""
    env, case = busy
    # Written through the store itself, so the chain and the state agree perfectly:
    # only the rules of the life cycle can tell it is not a real approval.
    with env.db.transaction(env.monitor.id) as tx:
        tx.update("case", case.id, case.version, {"status": "disetujui"})
    messages = _messages(check_database(env.db))
    assert any("tidak sah menurut alur kasus" in m for m in messages), messages


def test_a_self_approval_written_outside_the_services_is_caught(env: Env) -> None:
    supervisor = CaseService(env.db, env.supervisor)
    case = supervisor.create(case_fields(), subject=subject_fields())
    case = supervisor.transition(case.id, case.version, "claim")
    prepare_for_review(supervisor.db, supervisor.actor, case.id)
    case = supervisor.transition(case.id, case.version, "submit")
    with env.db.transaction(env.supervisor.id) as tx:
        tx.update("case", case.id, case.version, {"status": "disetujui"})
    messages = _messages(check_database(env.db))
    assert any("empat mata" in m for m in messages), messages


def test_a_case_inserted_already_closed_is_caught(env: Env) -> None:
    with env.db.transaction(env.supervisor.id) as tx:
        tx.insert(
            "case",
            {
                "id": "forged",
                "number": "NTB-2024-9999",
                "status": "selesai",
                "source": "patroli",
                "received_date": "2024-10-01",
                "created_by": env.supervisor.id,
            },
        )
    messages = _messages(check_database(env.db))
    assert any("NTB-2024-9999" in m for m in messages), messages


def test_check_reads_one_snapshot_while_another_process_writes(
    busy: tuple[Env, Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save committed by another PC between the log replay and the table comparison
    must not look like tampering: the check reads one snapshot."""
    from asn_monitor.store import integrity
    from asn_monitor.store.database import Database

    env, case = busy
    other = Database(env.db.path)
    original = integrity._compare_tables

    def commit_meanwhile(*args, **kwargs):
        service = CaseService(other, env.supervisor)
        fresh = service.get(case.id)
        service.update(fresh.id, fresh.version, {"summary": "Disimpan oleh PC lain"})
        return original(*args, **kwargs)

    monkeypatch.setattr(integrity, "_compare_tables", commit_meanwhile)
    try:
        report = check_database(env.db)
    finally:
        other.close()
    assert report.healthy, _messages(report)
    monkeypatch.undo()
    assert CaseService(env.db, env.supervisor).get(case.id).summary == "Disimpan oleh PC lain"
    assert check_database(env.db).healthy


def test_damage_inside_the_file_is_reported_not_raised(tmp_path, hasher) -> None:
    import shutil

    from asn_monitor.demo import create_demo
    from asn_monitor.store.database import Database

    folder = tmp_path / "demo"
    create_demo(folder, cases=60, hasher=hasher)
    damaged = tmp_path / "damaged.db"
    shutil.copy(folder / "local.db", damaged)
    data = bytearray(damaged.read_bytes())
    page = 4096
    for start in range(page * 3, len(data) - page, page * 7):
        data[start + 100 : start + 300] = b"\xa5" * 200
    damaged.write_bytes(bytes(data))
    db = Database(damaged)
    try:
        report = check_database(db)
    finally:
        db.close()
    assert not report.healthy
    assert report.problems
