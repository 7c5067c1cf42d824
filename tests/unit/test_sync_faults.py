"""A share that is full, read-only or not there: clear messages, nothing lost.

The full and read-only shares are real mounts (tmpfs, a read-only bind mount), so these
tests need root; they are skipped elsewhere.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.errors import HubUnavailable, WorkspaceError
from asn_monitor.services.cases import CaseService
from asn_monitor.sync.engine import Link
from asn_monitor.workspace import Workspace
from tests.unit.factories import PASSWORD, FakeClock, case_fields

needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to mount"
)


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"mount failed: {result.stderr.strip()}")


@pytest.fixture
def small_share(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "share"
    point.mkdir()
    _mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point))
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


@needs_root
def test_a_full_share_goes_offline_and_nothing_is_lost(
    small_share: Path, tmp_path: Path, hasher: PasswordHasher
) -> None:
    clock = FakeClock()
    ws = Workspace(tmp_path / "pc", shared=small_share)
    db, kepala = ws.create(
        office_name="Kantor",
        prefix="NTB",
        username="kepala",
        display_name="Kepala",
        password=PASSWORD,
        hasher=hasher,
        clock=clock,
    )
    engine = ws.engine(db, clock)
    try:
        filler = small_share / "filler.bin"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass  # the share is full now
        finally:
            os.close(fd)
        cases = CaseService(db, kepala, engine)
        made = [cases.create(case_fields(summary="x" * 4000)) for _ in range(20)]
        with pytest.raises(HubUnavailable) as raised:
            engine.sync_once()
        assert "penuh" in str(raised.value) or "full" in str(raised.value)
        assert engine.state.link == Link.OFFLINE and engine.state.pending > 0
        filler.unlink()
        engine.sync_once()
        assert engine.state.link == Link.ONLINE and engine.state.pending == 0
        numbers = [cases.get(c.id).number for c in made]
        assert all(n.startswith("NTB-2024-0") for n in numbers)
    finally:
        engine.close()
        db.close()


@needs_root
def test_a_read_only_share_keeps_work_waiting(tmp_path: Path, hasher: PasswordHasher) -> None:
    clock = FakeClock()
    share = tmp_path / "share"
    ws = Workspace(tmp_path / "pc", shared=share)
    db, kepala = ws.create(
        office_name="Kantor",
        prefix="NTB",
        username="kepala",
        display_name="Kepala",
        password=PASSWORD,
        hasher=hasher,
        clock=clock,
    )
    engine = ws.engine(db, clock)
    _mount("--bind", str(share), str(share))
    try:
        _mount("-o", "remount,bind,ro", str(share))
        case = CaseService(db, kepala, engine).create(case_fields())
        with pytest.raises(HubUnavailable, match="menolak penulisan"):
            engine.sync_once()
        assert engine.state.pending > 0
    finally:
        subprocess.run(["umount", str(share)], check=False)
    engine.sync_once()
    assert CaseService(db, kepala).get(case.id).number == "NTB-2024-0001"
    engine.close()
    db.close()


def test_an_unwritable_or_missing_share_path_is_refused_clearly(
    tmp_path: Path, hasher: PasswordHasher
) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    with pytest.raises(HubUnavailable, match="tidak dapat ditulisi"):
        Workspace(tmp_path / "pc", shared=a_file / "share").create(
            office_name="Kantor",
            prefix="NTB",
            username="kepala",
            display_name="Kepala",
            password=PASSWORD,
            hasher=hasher,
        )
    with pytest.raises((HubUnavailable, WorkspaceError)):
        Workspace(tmp_path / "pc2", shared=tmp_path / "nowhere").join()
    assert not (tmp_path / "nowhere").exists()  # joining never creates a hub
