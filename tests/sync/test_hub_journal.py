"""A pull must never return a transaction whose COMMIT failed (found by bench/soak.py).

SQLite finds a hot journal by path. When the shared folder is renamed away (or its paths
fail) while connections stay open, a writer's COMMIT fails at deleting its journal with
every page already written, and a reader whose connection was open before still reads
those pages as if committed. When the folder is back the journal rolls them back and the
hub hands the same positions to other records, which a replica that read the phantoms
would never pull.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.errors import HubUnavailable
from asn_monitor.services.cases import CaseService
from asn_monitor.store.database import Database
from asn_monitor.sync.hub import Hub
from asn_monitor.workspace import Workspace
from tests.unit.factories import PASSWORD, case_fields


@pytest.fixture
def pc(tmp_path: Path, hasher: PasswordHasher) -> Iterator[tuple[Workspace, Database]]:
    workspace = Workspace(tmp_path / "pc", shared=tmp_path / "share" / "office")
    db, user = workspace.create(
        office_name="Diskominfotik NTB",
        prefix="NTB",
        username="spv",
        display_name="Baiq Supervisor",
        password=PASSWORD,
        hasher=hasher,
    )
    cases = CaseService(db, user)
    case_id = cases.create(case_fields()).id
    workspace.sync_once(db)
    for n in range(5):
        cases.update(case_id, cases.get(case_id).version, {"summary": f"belum terkirim {n}"})
    yield workspace, db
    db.close()


def test_a_pull_during_a_failed_commit_returns_nothing_uncommitted(
    pc: tuple[Workspace, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, db = pc
    shared = workspace.shared_dir(db)
    away = shared.with_name("office.away")
    high = _high(shared / "hub.db")
    reader_ready, writer_done = threading.Event(), threading.Event()
    prepare = Hub._prepare
    push_locked = Hub._push_locked
    reader = threading.current_thread()

    def prepare_then_wait(self: Hub, conn: sqlite3.Connection, *args: Any) -> None:
        prepare(self, conn, *args)
        if threading.current_thread() is not reader:
            reader_ready.set()  # connected, before its transaction
            writer_done.wait(30)

    def push_then_vanish(self: Hub, *args: Any, **kwargs: Any) -> Any:
        results = push_locked(self, *args, **kwargs)
        shared.rename(away)  # every page is written; the journal cannot be deleted now
        return results

    monkeypatch.setattr(Hub, "_prepare", prepare_then_wait)
    monkeypatch.setattr(Hub, "_push_locked", push_then_vanish)
    outcome: dict[str, Any] = {}

    def pull() -> None:
        try:
            outcome["batch"] = Hub(shared).pull(high)
        except HubUnavailable as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=pull)
    thread.start()
    assert reader_ready.wait(30)
    engine = workspace.engine(db)
    try:
        with pytest.raises(HubUnavailable):
            engine.hub.push(db.origin, engine.link.outbox())
    finally:
        engine.close()
    writer_done.set()
    thread.join(30)
    away.rename(shared)
    # The writer's records were visible to the open connection; the pull must not pass
    # them on (before the fix it returned them, and the journal then took them back).
    assert "batch" not in outcome or not [e for e in outcome["batch"].entries if e["id"] > high]
    assert _high(shared / "hub.db") == high  # rolled back when the folder came back

    monkeypatch.setattr(Hub, "_prepare", prepare)
    monkeypatch.setattr(Hub, "_push_locked", push_locked)
    workspace.sync_once(db)  # sent again, once
    assert _high(shared / "hub.db") == high + 5
    assert db.scalar("SELECT count(*) FROM changes WHERE hub_id IS NULL") == 0


def _high(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()[0])
    finally:
        conn.close()
