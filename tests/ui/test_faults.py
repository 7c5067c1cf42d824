"""Bad files and a busy database: clear messages, nothing lost."""

from __future__ import annotations

import sqlite3

from asn_monitor.domain.lifecycle import Status
from asn_monitor.services.queue import QueueFilter
from ui.app import run
from ui.main_window import MainWindow


def test_corrupt_workspace_is_refused_with_a_message(qapp, tmp_path, no_modal_dialogs):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "local.db").write_bytes(b"bukan basis data " * 500)
    assert run(["--workspace", str(folder)], app=qapp) == 10
    kind, text = no_modal_dialogs[-1]
    assert kind == "critical" and "rusak" in text


def test_newer_workspace_is_refused_and_left_alone(qapp, tmp_path, no_modal_dialogs):
    folder = tmp_path / "ws"
    folder.mkdir()
    conn = sqlite3.connect(folder / "local.db")
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    before = (folder / "local.db").read_bytes()
    assert run(["--workspace", str(folder)], app=qapp) == 10
    assert "lebih baru" in no_modal_dialogs[-1][1]
    assert (folder / "local.db").read_bytes() == before


def test_save_while_the_database_is_locked_keeps_the_edit(qtbot, login, no_modal_dialogs):
    ctx = login("supervisor")
    ctx.database.conn.execute("PRAGMA busy_timeout = 100")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    case = ctx.queue().rows(QueueFilter(status=Status.DIVERIFIKASI))[0]
    window.list_panel.select_case(case["id"])
    window.detail.form.summary.setPlainText("Suntingan penting yang tidak boleh hilang.")
    other = sqlite3.connect(ctx.database.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert window.detail.save() is False
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert any("dikunci" in text for _kind, text in no_modal_dialogs)
    assert window.detail.form.summary.toPlainText() == "Suntingan penting yang tidak boleh hilang."
    assert window.detail.form.is_dirty()
    assert window.detail.save() is True
    assert ctx.cases().get(case["id"]).summary == "Suntingan penting yang tidak boleh hilang."
