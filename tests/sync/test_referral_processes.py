"""Two office PCs, as two OS processes (``python main.py referral refer``), forwarding
cases against one hub at the same moment: the hub's letter sequence gives each letter its
own consecutive number, and the same number typed on two PCs while the share was away ends
as one letter applied and the other rejected with a conflict record (issue 7, item 3)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.domain.roles import Role
from asn_monitor.services.cases import CaseService
from asn_monitor.services.users import UserService
from asn_monitor.workspace import Workspace
from tests.unit.factories import PASSWORD, approve, case_fields, prepare_for_review, subject_fields

ROOT = Path(__file__).resolve().parents[2]


def _main(*args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASN_MONITOR_")}
    env["ASN_MONITOR_PASSWORD"] = PASSWORD
    return subprocess.Popen(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _together(*commands: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """Start every command before waiting for any: they run at the same time."""
    processes = [_main(*c) for c in commands]
    results = []
    for p in processes:
        out, err = p.communicate(timeout=120)
        results.append((p.returncode, out, err))
    return results


def _hub_rows(hub: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(hub.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, Path, list[str]]:
    """Hub, PC A (where the cases were prepared) and PC B (joined afterwards); four
    approved cases, by number."""
    shared = tmp_path / "share" / "office"
    hasher = PasswordHasher(n=2**8)
    pc_a = Workspace(tmp_path / "pc-a", shared=shared)
    db, supervisor = pc_a.create(
        office_name="Diskominfotik NTB",
        prefix="NTB",
        username="spv",
        display_name="Baiq Supervisor",
        password=PASSWORD,
        hasher=hasher,
    )
    try:
        monitor = UserService(db, supervisor, hasher).add_user(
            "monitor1", "Monitor Satu", Role.MONITOR, PASSWORD
        )
        UserService(db, supervisor, hasher).add_user(
            "spv2", "Supervisor Dua", Role.SUPERVISOR, PASSWORD
        )
        mon, sup = CaseService(db, monitor), CaseService(db, supervisor)
        ids = []
        for i in range(4):
            case = mon.create(
                case_fields(summary=f"kasus {i}"),
                subject=subject_fields(nip=f"19860926201505100{i + 1}"),
            )
            case = mon.transition(case.id, case.version, "claim")
            prepare_for_review(db, monitor, case.id)
            case = mon.transition(case.id, case.version, "submit")
            ids.append(approve(db, supervisor, case.id).id)
        pc_a.sync_once(db)
        numbers = [sup.get(i).number for i in ids]
    finally:
        db.close()
    Workspace(tmp_path / "pc-b", shared=shared).join().close()
    return shared, tmp_path / "pc-a", tmp_path / "pc-b", numbers


def _refer(workspace: Path, user: str, number: str, *extra: str) -> tuple[str, ...]:
    return (
        "referral",
        "refer",
        number,
        "--workspace",
        str(workspace),
        "--user",
        user,
        "--ppk-name",
        "Dr. H. Lalu Wirasakti, M.Si.",
        *extra,
    )


def test_two_pcs_refer_at_once_and_type_the_same_number_offline(
    office: tuple[Path, Path, Path, list[str]],
) -> None:
    shared, pc_a, pc_b, numbers = office
    hub = shared / "hub.db"

    # Automatic numbers, both PCs at the same moment: consecutive, never the same.
    results = _together(_refer(pc_a, "spv", numbers[0]), _refer(pc_b, "spv2", numbers[1]))
    for code, out, err in results:
        assert code == 0, err
        assert "diteruskan dengan surat nomor" in out, out
    rows = _hub_rows(
        hub,
        "SELECT c.number, r.letter_number, r.letter_seq, r.letter_number_final "
        "FROM referrals r JOIN cases c ON c.id = r.case_id ORDER BY r.letter_seq",
    )
    assert [r[2] for r in rows] == [1, 2]
    assert all(r[3] == 1 for r in rows)
    assert {r[0] for r in rows} == {numbers[0], numbers[1]}
    assert len({r[1] for r in rows}) == 2
    assert all(str(r[1]).startswith(f"800/00{r[2]}/Diskominfotik/") for r in rows)
    for (_code, out, _err), number in zip(results, (numbers[0], numbers[1]), strict=True):
        letter = next(r[1] for r in rows if r[0] == number)
        assert str(letter) in out  # each PC was told its own final number

    # The share goes away; both PCs type the same number from the agenda book.
    away = shared.with_name("office.away")
    shared.rename(away)
    typed = "800/500/Diskominfotik/XI/2026"
    results = _together(
        _refer(pc_a, "spv", numbers[2], "--letter-number", typed),
        _refer(pc_b, "spv2", numbers[3], "--letter-number", typed),
    )
    for code, out, err in results:
        assert code == 0, err
        assert "Tersimpan di komputer ini" in out, out
    away.rename(shared)

    results = _together(("sync", "--workspace", str(pc_a)), ("sync", "--workspace", str(pc_b)))
    assert all(code == 0 for code, _out, _err in results), results
    holders = _hub_rows(
        hub,
        "SELECT c.number FROM referrals r JOIN cases c ON c.id = r.case_id "
        "WHERE r.letter_number = ?",
        (typed,),
    )
    assert len(holders) == 1
    winner = str(holders[0][0])
    loser = numbers[3] if winner == numbers[2] else numbers[2]
    statuses = dict(_hub_rows(hub, "SELECT number, status FROM cases"))
    assert statuses[winner] == "diteruskan" and statuses[loser] == "disetujui"
    conflicts = _hub_rows(
        hub,
        "SELECT f.kind, f.detail FROM conflicts f JOIN cases c ON c.id = f.case_id "
        "WHERE c.number = ?",
        (loser,),
    )
    assert len(conflicts) == 1
    kind, detail = conflicts[0]
    assert kind == "rejected" and "letter_number" in str(detail)
    outcomes = _hub_rows(
        hub,
        "SELECT DISTINCT outcome FROM changes WHERE entity = 'referral' AND op = 'insert' "
        "AND json_extract(new_value, '$.letter_number') = ?",
        (typed,),
    )
    assert sorted(o[0] for o in outcomes) == ["applied", "rejected"]

    # Both replicas come to agree with the hub: the losing PC's case is approved again.
    results = _together(("sync", "--workspace", str(pc_a)), ("sync", "--workspace", str(pc_b)))
    assert all(code == 0 for code, _out, _err in results), results
    for pc in (pc_a, pc_b):
        conn = sqlite3.connect(pc / "local.db")
        try:
            local = dict(conn.execute("SELECT number, status FROM cases").fetchall())
            letters = conn.execute(
                "SELECT count(*) FROM referrals WHERE letter_number = ?", (typed,)
            ).fetchone()[0]
        finally:
            conn.close()
        assert local[winner] == "diteruskan" and local[loser] == "disetujui"
        assert letters == 1
