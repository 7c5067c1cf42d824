"""The office-share commands as an admin runs them: init-shared, sync, check, backup,
restore and evidence, in real processes against one shared folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.unit.test_cli import run

PASSWORD = "rahasia-kuat"


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A shared folder made from PC 1, joined by PC 2; returns (share, pc1, pc2)."""
    share, pc1, pc2 = tmp_path / "share", tmp_path / "pc1", tmp_path / "pc2"
    made = run(
        "init-shared",
        str(share),
        "--workspace",
        str(pc1),
        "--office",
        "Diskominfotik NTB",
        "--prefix",
        "NTB",
        "--username",
        "kepala",
        password=PASSWORD,
    )
    assert made.returncode == 0, made.stderr
    assert (share / "hub.db").is_file() and (share / "backups").is_dir()
    joined = run("sync", "--workspace", str(pc2), "--shared", str(share))
    assert joined.returncode == 0, joined.stderr
    assert "Bergabung" in joined.stdout
    return share, pc1, pc2


def _hub_users(share: Path) -> list[str]:
    conn = sqlite3.connect(share / "hub.db")
    try:
        return [r[0] for r in conn.execute("SELECT username FROM users ORDER BY username")]
    finally:
        conn.close()


def test_an_account_added_on_one_pc_reaches_the_other(office: tuple[Path, Path, Path]) -> None:
    share, pc1, pc2 = office
    added = run(
        "user",
        "add",
        "rina",
        "--user",
        "kepala",
        "--workspace",
        str(pc2),
        password=PASSWORD,
        new_password="pemantau-rahasia",
    )
    assert added.returncode == 0, added.stderr
    assert _hub_users(share) == ["kepala", "rina"]  # sent at once
    synced = run("sync", "--workspace", str(pc1))
    assert synced.returncode == 0 and "diterima 1" in synced.stdout
    listed = run("user", "list", "--workspace", str(pc1))
    assert "rina" in listed.stdout
    checked = run("check", "--workspace", str(pc1))
    assert checked.returncode == 0, checked.stderr
    assert "Hub sehat" in checked.stdout


def test_check_finds_a_hub_row_edited_outside_the_app(office: tuple[Path, Path, Path]) -> None:
    share, pc1, _ = office
    conn = sqlite3.connect(share / "hub.db")
    conn.execute("UPDATE users SET role = 'supervisor', display_name = 'Peretas'")
    conn.commit()
    conn.close()
    checked = run("check", "--workspace", str(pc1))
    assert checked.returncode == 20
    assert "Hub di folder bersama" in checked.stderr and "display_name" in checked.stderr


def test_backup_keeps_the_newest_and_restore_is_guarded(office: tuple[Path, Path, Path]) -> None:
    share, pc1, pc2 = office
    for _ in range(3):
        made = run("backup", "--workspace", str(pc1), "--keep", "2")
        assert made.returncode == 0, made.stderr
    kept = sorted((share / "backups").glob("hub-*.db"))
    assert len(kept) == 2
    backup = kept[-1]
    added = run(
        "user",
        "add",
        "agus",
        "--user",
        "kepala",
        "--workspace",
        str(pc2),
        password=PASSWORD,
        new_password="pemantau-rahasia",
    )
    assert added.returncode == 0 and _hub_users(share) == ["agus", "kepala"]

    refused = run("restore", str(backup), "--workspace", str(pc1))
    assert refused.returncode != 0 and "--yes" in refused.stderr
    assert _hub_users(share) == ["agus", "kepala"]
    restored = run("restore", str(backup), "--workspace", str(pc1), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert _hub_users(share) == ["kepala"]  # the backup predates agus
    assert list((share / "backups").glob("replaced-*.db"))  # the old hub is kept
    # PC 2 still has agus and sends him again; PC 1 then receives him.
    assert run("sync", "--workspace", str(pc2)).returncode == 0
    assert _hub_users(share) == ["agus", "kepala"]
    assert run("sync", "--workspace", str(pc1)).returncode == 0
    assert "agus" in run("user", "list", "--workspace", str(pc1)).stdout
    for pc in (pc1, pc2):
        checked = run("check", "--workspace", str(pc))
        assert checked.returncode == 0, checked.stderr


def test_a_damaged_hub_stops_sync_and_points_to_restore(office: tuple[Path, Path, Path]) -> None:
    share, pc1, _ = office
    hub = share / "hub.db"
    data = bytearray(hub.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)  # wreck two pages after the header
    hub.write_bytes(bytes(data))
    synced = run("sync", "--workspace", str(pc1))
    assert synced.returncode != 0
    assert "restore" in synced.stderr and "backups" in synced.stderr
    assert hub.read_bytes() == bytes(data)  # nothing written to it


def test_evidence_is_uploaded_verified_and_fetched(office: tuple[Path, Path, Path]) -> None:
    share, pc1, pc2 = office
    # A case to attach to, made through the application's own services.
    import sys

    script = (
        "from asn_monitor.workspace import Workspace\n"
        "from asn_monitor.services.auth import AuthService\n"
        "from asn_monitor.services.cases import CaseService\n"
        "from asn_monitor.domain.passwords import PasswordHasher\n"
        "from tests.unit.factories import case_fields\n"
        f"ws = Workspace({str(pc1)!r}); db = ws.open()\n"
        f"user = AuthService(db, PasswordHasher()).login('kepala', {PASSWORD!r})\n"
        "CaseService(db, user).create(case_fields()); ws.sync_once(db); db.close()\n"
    )
    import subprocess

    from tests.unit.test_cli import ROOT

    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=120)
    photo = pc1.parent / "tangkapan.png"
    from tests.unit.test_sniff import make_png

    photo.write_bytes(make_png(64, 48))
    added = run(
        "evidence",
        "add",
        "NTB-2024-0001",
        str(photo),
        "--user",
        "kepala",
        "--workspace",
        str(pc1),
        password=PASSWORD,
    )
    assert added.returncode == 0, added.stderr
    stored = list((share / "evidence").rglob("*"))
    files = [p for p in stored if p.is_file()]
    assert len(files) == 1 and files[0].read_bytes() == photo.read_bytes()
    assert run("sync", "--workspace", str(pc2)).returncode == 0
    listed = run(
        "evidence",
        "list",
        "NTB-2024-0001",
        "--user",
        "kepala",
        "--workspace",
        str(pc2),
        password=PASSWORD,
    )
    assert "tangkapan.png" in listed.stdout and "utuh" in listed.stdout
    assert list((pc2 / "evidence").rglob("*.png")) == [] and any(
        p.is_file() for p in (pc2 / "evidence").rglob("*")
    )
    files[0].write_bytes(photo.read_bytes() + b"x")  # altered on the share
    checked = run("check", "--workspace", str(pc1))
    assert checked.returncode == 20 and "Berkas bukti" in checked.stderr


def test_a_wrong_share_path_is_a_clear_message(tmp_path: Path) -> None:
    missing = run("sync", "--workspace", str(tmp_path / "pc"), "--shared", str(tmp_path / "x"))
    assert missing.returncode != 0
    assert "tidak dapat dijangkau" in missing.stderr or "belum berisi hub" in missing.stderr
    assert "Traceback" not in missing.stderr
