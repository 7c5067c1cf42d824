"""Sync across real OS processes on one hub, with SIGKILL and a share that goes away.

Each PC is a ``tests.sync.worker`` process with its own replica and sync engine; the
shared folder is a FUSE pass-through that fails with EIO on demand (see faultfs.py), or a
plain folder renamed away and back when FUSE is not available. The invariants are checked
from the data (harness.py, ``Office.check``), not just with ``integrity_check``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from asn_monitor.services.base import user_from_row
from asn_monitor.services.cases import CaseService
from asn_monitor.store.integrity import check_database
from tests.sync.faultfs import fuse_unavailable
from tests.sync.harness import Office, Summary, open_replica

pytestmark = pytest.mark.slow

NO_FUSE = fuse_unavailable()


def assert_sound(summary: Summary) -> None:
    assert summary.ok, summary.line() + "\n" + "\n".join(summary.problems)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    with Office(tmp_path / "office", workers=3, poll=0.3, lease=4) as made:
        made.setup()
        yield made


def wait_for(path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.02)


def journal_of(office: Office) -> Path:
    folder = office.fs.backing / "office" if office.fs is not None else office.shared
    return folder / "hub.db-journal"


def log_events(office: Office, index: int) -> list[dict[str, object]]:
    path = office.log_path(office.pcs[index])
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_six_pcs_with_kills_and_share_outages(tmp_path: Path) -> None:
    """Six worker processes edit the same fields of the same cases, race for claims and
    (two supervisors) refer approved cases with hub-numbered letters for 45 s while workers
    are killed and restarted and the share fails and vanishes."""
    with Office(tmp_path / "office", workers=6, approved_cases=6, poll=0.3, lease=4) as office:
        office.setup()
        office.soak(45)
        office.settle()
        summary = office.check()
    print(summary.line())
    assert_sound(summary)
    # The run really exercised what it claims to.
    assert summary.committed > 300 and summary.in_hub == summary.committed
    assert summary.conflicts > 0, "no concurrent same-field edit happened"
    assert summary.activity.get("claim", 0) > 0 and summary.activity.get("claim-lost", 0) > 0
    # Two supervisors forwarded cases, each letter numbered once by the hub.
    assert summary.activity.get("refer", 0) + summary.activity.get("refer-offline", 0) > 0
    assert summary.faults.kills >= 3 and summary.faults.outages >= 3
    if office.use_fuse:
        assert summary.faults.eio >= 1


def test_a_pc_killed_while_it_holds_the_hub_write_lock(office: Office) -> None:
    pc = office.pcs[1]
    markers = office.root / "markers"
    markers.mkdir()
    process = office.start(pc, "pause-push", marker=markers, edits=60)
    wait_for(markers / "in-tx")
    office.kill(pc)
    assert process.returncode == -9
    journal = journal_of(office)
    assert journal.exists() and journal.stat().st_size > 0, "no hot journal left behind"

    # Another PC syncs: SQLite rolls the hub back from the hot journal first.
    office.sync_pc(office.pcs[2])
    assert not journal.exists()
    assert office.hub_count("SELECT count(*) FROM changes WHERE origin = ?", pc.origin) == 0
    # The killed PC's edits were not in the hub; its next sync sends them, once.
    office.settle()
    summary = office.check()
    assert_sound(summary)
    assert summary.activity["edit"] == 60
    assert office.hub_count("SELECT count(*) FROM changes WHERE origin = ?", pc.origin) == 60


def test_a_pc_killed_in_the_middle_of_a_local_write(office: Office) -> None:
    pc = office.pcs[1]
    markers = office.root / "markers"
    markers.mkdir()
    office.start(pc, "pause-local", marker=markers)
    wait_for(markers / "in-tx")
    office.kill(pc)
    db = open_replica(pc)
    try:
        report = check_database(db)
        assert report.healthy, report.problems
        hot = office.case_ids["hot"][0]
        row = db.query_one("SELECT * FROM users WHERE username = ?", (pc.username,))
        assert row is not None
        case = CaseService(db, user_from_row(row)).get(hot)
        assert case.summary == "panas 0"
        assert db.scalar("SELECT count(*) FROM notes WHERE id = 'half-written-note'") == 0
        assert db.scalar("SELECT count(*) FROM changes WHERE hub_id IS NULL") == 0
    finally:
        db.close()
    office.settle()
    assert_sound(office.check())


@pytest.mark.parametrize("fault", ["eio", "rename"])
def test_the_share_vanishes_in_the_middle_of_a_push(office: Office, fault: str) -> None:
    if fault == "eio" and office.fs is None:
        pytest.skip(f"no FUSE here: {NO_FUSE}")
    pc = office.pcs[2]
    markers = office.root / "markers"
    markers.mkdir()
    office.start(pc, "pause-push", marker=markers, edits=60)
    wait_for(markers / "in-tx")
    outage = office.share_fails() if fault == "eio" else office.share_renamed()
    with outage:
        (markers / "go").write_text("1")
        wait_for(markers / "done")
        assert pc.process is not None and pc.process.wait(30) == 0
        pc.process = None
    outcome = [e for e in log_events(office, 2) if e["e"] in ("pushed", "push-failed")]
    assert outcome[-1]["e"] == "push-failed" and outcome[-1]["error"] == "HubUnavailable"
    # Half the batch reached the file; the journal that can undo it is still there.
    journal = journal_of(office)
    assert journal.exists() and journal.stat().st_size > 0
    office.sync_pc(office.pcs[0])  # the next PC to open the hub rolls it back
    assert not journal.exists()
    assert office.hub_count("SELECT count(*) FROM changes WHERE origin = ?", pc.origin) == 0
    office.settle()  # and the PC whose push failed sends it again, once
    summary = office.check()
    assert_sound(summary)
    assert summary.activity["edit"] == 60
    assert office.hub_count("SELECT count(*) FROM changes WHERE origin = ?", pc.origin) == 60
