"""Sync between replicas and the hub, in one process (multi-process: test_sync_processes)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from asn_monitor.domain.models import User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.domain.roles import Role
from asn_monitor.errors import (
    DatabaseTooNew,
    HubRefused,
    HubUnavailable,
    Offline,
    TransitionRefused,
    VersionConflict,
)
from asn_monitor.services.cases import CaseService
from asn_monitor.services.users import UserService
from asn_monitor.store.database import Database
from asn_monitor.store.integrity import check_connection, check_database
from asn_monitor.sync.engine import Link, SyncEngine
from asn_monitor.workspace import Workspace
from tests.unit.factories import (
    PASSWORD,
    FakeClock,
    case_fields,
    prepare_for_review,
    subject_fields,
)


@dataclass
class Pc:
    """One office PC: its workspace, replica connection and sync engine."""

    workspace: Workspace
    db: Database
    engine: SyncEngine

    def sync(self) -> None:
        self.engine.sync_once()

    def cases(self, user: User) -> CaseService:
        return CaseService(self.db, user, self.engine)

    def close(self) -> None:
        self.engine.close()
        self.db.close()


@dataclass
class Office:
    shared: Path
    clock: FakeClock
    hasher: PasswordHasher
    a: Pc
    b: Pc
    supervisor: User
    rina: User
    agus: User

    def join(self, directory: Path) -> Pc:
        workspace = Workspace(directory, shared=self.shared)
        db = workspace.join(clock=self.clock)
        return Pc(workspace, db, workspace.engine(db, self.clock))


@pytest.fixture
def office(tmp_path: Path, hasher: PasswordHasher) -> Iterator[Office]:
    yield from two_pcs(tmp_path, hasher)


def two_pcs(tmp_path: Path, hasher: PasswordHasher) -> Iterator[Office]:
    """PC A made the office (a supervisor, monitors Rina and Agus); PC B joined it."""
    clock = FakeClock()
    shared = tmp_path / "share"
    ws_a = Workspace(tmp_path / "pc-a", shared=shared)
    db_a, supervisor = ws_a.create(
        office_name="Diskominfotik NTB",
        prefix="NTB",
        username="supervisor",
        display_name="Baiq Supervisor",
        password=PASSWORD,
        hasher=hasher,
        clock=clock,
    )
    users = UserService(db_a, supervisor, hasher)
    rina = users.add_user("rina", "Rina", Role.MONITOR, PASSWORD)
    agus = users.add_user("agus", "Agus", Role.MONITOR, PASSWORD)
    a = Pc(ws_a, db_a, ws_a.engine(db_a, clock))
    a.sync()
    ws_b = Workspace(tmp_path / "pc-b", shared=shared)
    db_b = ws_b.join(clock=clock)
    b = Pc(ws_b, db_b, ws_b.engine(db_b, clock))
    result = Office(shared, clock, hasher, a, b, supervisor, rina, agus)
    yield result
    a.close()
    b.close()


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every synced table, minus per-store bookkeeping, in a stable order."""
    out = {}
    for table in ("settings", "users", "subjects", "subject_accounts", "reporters", "cases"):
        cursor = conn.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [c[0] for c in cursor.description]
        keep = [i for i, n in enumerate(names) if n not in ("version", "updated_at")]
        out[table] = [tuple(r[i] for i in keep) for r in cursor.fetchall()]
    for table in ("notes", "evidence", "conflicts"):
        cursor = conn.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [c[0] for c in cursor.description]
        keep = [i for i, n in enumerate(names) if n not in ("version", "updated_at")]
        out[table] = [tuple(r[i] for i in keep) for r in cursor.fetchall()]
    return out


def hub_dump(shared: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(shared / "hub.db")
    try:
        return dump(conn)
    finally:
        conn.close()


def test_join_copies_the_office_and_numbers_come_from_the_hub(office: Office) -> None:
    assert office.b.db.scalar("SELECT count(*) FROM users") == 3
    case = office.a.cases(office.rina).create(case_fields())
    assert not case.number_final and "-S" in case.number
    office.a.sync()
    numbered = office.a.cases(office.rina).get(case.id)
    assert numbered.number_final and numbered.number == "NTB-2024-0001"
    office.b.sync()
    assert office.b.cases(office.agus).get(case.id).number == "NTB-2024-0001"
    second = office.b.cases(office.agus).create(case_fields())
    office.b.sync()
    assert office.b.cases(office.agus).get(second.id).number == "NTB-2024-0002"
    assert dump(office.a.db.conn) != hub_dump(office.shared)
    office.a.sync()
    assert dump(office.a.db.conn) == dump(office.b.db.conn) == hub_dump(office.shared)
    for pc in (office.a, office.b):
        assert check_database(pc.db).healthy, check_database(pc.db).problems


def test_different_fields_merge_and_the_same_field_becomes_a_conflict(office: Office) -> None:
    case = office.a.cases(office.rina).create(case_fields(summary="awal"))
    office.a.sync()
    office.b.sync()
    on_a = office.a.cases(office.supervisor).get(case.id)
    on_b = office.b.cases(office.supervisor).get(case.id)
    office.a.cases(office.supervisor).update(case.id, on_a.version, {"portal": "LAPOR!"})
    office.b.cases(office.supervisor).update(case.id, on_b.version, {"account_handle": "@x"})
    office.a.sync()
    office.b.sync()
    office.a.sync()
    merged = office.a.cases(office.supervisor).get(case.id)
    assert merged.portal == "LAPOR!" and merged.account_handle == "@x"
    assert office.a.db.scalar("SELECT count(*) FROM conflicts") == 0

    v_a = office.a.cases(office.supervisor).get(case.id).version
    v_b = office.b.cases(office.supervisor).get(case.id).version
    office.a.cases(office.supervisor).update(case.id, v_a, {"summary": "versi A"})
    office.b.cases(office.supervisor).update(case.id, v_b, {"summary": "versi B"})
    office.a.sync()
    office.b.sync()
    office.a.sync()
    for pc in (office.a, office.b):
        assert pc.cases(office.supervisor).get(case.id).summary == "versi A"
        conflict = pc.db.query_one("SELECT * FROM conflicts")
        assert conflict is not None
        assert conflict["kind"] == "value" and conflict["field"] == "summary"
        assert conflict["kept_value"] == '"versi A"' and conflict["lost_value"] == '"versi B"'
        assert pc.engine.state.open_conflicts == 1
        assert check_database(pc.db).healthy, check_database(pc.db).problems
    assert dump(office.a.db.conn) == dump(office.b.db.conn) == hub_dump(office.shared)


def test_a_claim_is_exclusive_and_needs_the_hub(office: Office) -> None:
    case = office.a.cases(office.rina).create(case_fields())
    office.a.sync()
    office.b.sync()
    v = office.b.cases(office.agus).get(case.id).version
    office.a.cases(office.rina).transition(
        case.id, office.a.cases(office.rina).get(case.id).version, "claim"
    )
    with pytest.raises(TransitionRefused, match="sudah diambil oleh Rina"):
        office.b.cases(office.agus).transition(case.id, v, "claim")
    assert office.b.cases(office.agus).get(case.id).assignee_id == office.rina.id
    claims = office.a.engine.hub.claims()
    assert [(c["case_id"], c["holder_id"]) for c in claims] == [(case.id, office.rina.id)]
    step = office.b.db.query_one("SELECT * FROM conflicts")
    assert step is not None and step["kind"] == "step"

    second = office.b.cases(office.agus).create(case_fields())
    office.b.sync()
    (office.shared / "hub.db").rename(office.shared / "hub.db.away")
    with pytest.raises(HubUnavailable):
        office.b.sync()
    assert office.b.engine.state.link == Link.OFFLINE
    with pytest.raises(Offline, match="tidak dapat diambil saat luring"):
        office.b.cases(office.agus).transition(
            second.id, office.b.cases(office.agus).get(second.id).version, "claim"
        )
    (office.shared / "hub.db.away").rename(office.shared / "hub.db")
    office.b.sync()
    office.b.cases(office.agus).transition(
        second.id, office.b.cases(office.agus).get(second.id).version, "claim"
    )


def test_an_expired_lease_returns_the_case_to_the_pool(office: Office) -> None:
    case = office.a.cases(office.rina).create(case_fields(), subject=subject_fields())
    office.a.sync()
    office.a.cases(office.rina).transition(
        case.id, office.a.cases(office.rina).get(case.id).version, "claim"
    )
    office.a.engine.close()  # PC A is switched off: no more heartbeats
    office.clock.advance(hours=73)
    office.b.sync()
    back = office.b.cases(office.agus).get(case.id)
    assert back.status.value == "masuk" and back.assignee_id is None
    # Rina's PC comes back and tries to send the case for review: refused, case intact.
    office.a.engine = office.a.workspace.engine(office.a.db, office.clock)
    held = office.a.cases(office.rina).get(case.id)
    assert held.assignee_id == office.rina.id  # not pulled yet
    prepare_for_review(office.a.cases(office.rina).db, office.a.cases(office.rina).actor, case.id)
    office.a.cases(office.rina).transition(case.id, held.version, "submit")
    office.a.sync()
    after = office.a.cases(office.rina).get(case.id)
    assert after.status.value == "masuk"
    assert office.a.db.scalar("SELECT count(*) FROM conflicts WHERE kind = 'step'") == 1
    assert check_database(office.a.db).healthy, check_database(office.a.db).problems


def test_sync_is_idempotent_after_a_lost_reply(office: Office) -> None:
    case = office.a.cases(office.rina).create(case_fields())
    txs = office.a.engine.link.outbox()
    office.a.engine.hub.push(office.a.db.origin, txs)  # the reply never arrives
    office.a.sync()  # sends the same records again
    hub = sqlite3.connect(office.shared / "hub.db")
    try:
        count = hub.execute(
            "SELECT count(*) FROM changes WHERE entity_id = ? AND op = 'insert'", (case.id,)
        ).fetchone()[0]
        check = check_connection(hub)
    finally:
        hub.close()
    assert count == 1
    assert check.healthy, check.problems
    assert office.a.engine.link.pending_count() == 0


def test_the_hub_refuses_wal_and_newer_versions(office: Office) -> None:
    conn = sqlite3.connect(office.shared / "hub.db")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    with pytest.raises(HubRefused, match="WAL"):
        office.a.sync()
    assert office.a.engine.state.link == Link.STOPPED
    conn = sqlite3.connect(office.shared / "hub.db")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(DatabaseTooNew):
        office.a.sync()


def test_a_stale_form_save_is_still_refused_after_a_pull(office: Office) -> None:
    case = office.a.cases(office.rina).create(case_fields())
    office.a.sync()
    office.b.sync()
    stale = office.a.cases(office.supervisor).get(case.id).version
    v_b = office.b.cases(office.supervisor).get(case.id).version
    office.b.cases(office.supervisor).update(case.id, v_b, {"portal": "B"})
    office.b.sync()
    office.a.sync()
    with pytest.raises(VersionConflict):
        office.a.cases(office.supervisor).update(case.id, stale, {"summary": "A"})


def test_a_share_mounted_without_locks_is_refused(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asn_monitor.sync import hub as hub_module
    from asn_monitor.sync.hub import Hub

    monkeypatch.setattr(hub_module, "unsafe_lock_options", lambda path: ["nobrl"])
    with pytest.raises(HubRefused, match="nobrl"):
        Hub(office.shared).info()


def test_a_round_counts_what_came_from_other_pcs(office: Office) -> None:
    office.a.cases(office.rina).create(case_fields())
    report = office.a.engine.sync_once()
    assert report.pushed == 1 and report.pulled == 2  # only the hub's number (2 fields)
    report = office.b.engine.sync_once()
    assert report.pushed == 0 and report.pulled == 3  # the case and its number


def test_joining_reports_its_progress(office: Office, tmp_path: Path) -> None:
    for _ in range(3):
        office.a.cases(office.rina).create(case_fields())
    office.a.sync()
    seen: list[tuple[int, int]] = []
    workspace = Workspace(tmp_path / "pc-c", shared=office.shared)
    database = workspace.join(clock=office.clock, progress=lambda d, t: seen.append((d, t)))
    database.close()
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_an_evidence_file_reaches_the_share_before_its_record(
    office: Office, tmp_path: Path
) -> None:
    import shutil

    from asn_monitor.services.evidence import EvidenceService
    from tests.unit.test_sniff import make_png

    case = office.a.cases(office.rina).create(case_fields())
    office.a.sync()
    photo = tmp_path / "bukti.png"
    photo.write_bytes(make_png(40, 30))
    store = office.a.workspace.evidence(office.a.db)
    item = EvidenceService(office.a.db, office.rina, store).add_file(case.id, photo).item
    evidence_dir = office.shared / "evidence"
    shutil.rmtree(evidence_dir)
    evidence_dir.write_text("not a folder")  # the upload cannot land
    with pytest.raises(HubUnavailable):
        office.a.sync()
    hub = sqlite3.connect(office.shared / "hub.db")
    try:
        assert hub.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
    finally:
        hub.close()
    evidence_dir.unlink()
    office.a.sync()
    assert item.sha256 and (evidence_dir / item.sha256[:2] / item.sha256).is_file()
    office.b.sync()
    on_b = EvidenceService(office.b.db, office.agus, office.b.workspace.evidence(office.b.db))
    assert on_b.open_path(item.id).read_bytes() == photo.read_bytes()


def test_a_hub_from_an_older_release_is_upgraded_by_the_first_sync(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asn_monitor.store import schema

    def v4(conn: sqlite3.Connection) -> None:
        schema.run_script(conn, "CREATE INDEX cases_updated ON cases (updated_at);")

    steps = (*schema.MIGRATIONS, v4)
    monkeypatch.setattr(schema, "MIGRATIONS", steps)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(steps))
    monkeypatch.setattr(schema.migrate, "__defaults__", (steps,))
    office.a.engine.close()
    office.a.engine = office.a.workspace.engine(office.a.db, office.clock)
    office.a.sync()
    hub = sqlite3.connect(office.shared / "hub.db")
    try:
        assert hub.execute("PRAGMA user_version").fetchone()[0] == len(steps)
        assert hub.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'cases_updated'"
        ).fetchone()[0]
    finally:
        hub.close()
