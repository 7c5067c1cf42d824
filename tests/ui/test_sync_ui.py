"""Sync as the user sees it: status bar, conflicts, live updates, claims, joining an office.

Two PCs share the demo office's hub: PC A runs the window (its engine driven by the test,
one round at a time), PC B is a second replica edited through the services.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPushButton

from asn_monitor.domain.lifecycle import Status
from asn_monitor.errors import HubRefused, HubUnavailable
from asn_monitor.services.auth import AuthService
from asn_monitor.services.cases import CaseService
from asn_monitor.services.conflicts import Choice
from asn_monitor.services.queue import QueueFilter, QueueService
from asn_monitor.sync.engine import Link
from asn_monitor.sync.replica import Touched
from asn_monitor.workspace import Workspace
from tests.ui.conftest import TwoPcs
from tests.unit.factories import case_fields
from ui.app import open_workspace, parse_args, start_sync
from ui.conflict_table_model import ConflictTableModel
from ui.context import AppContext
from ui.first_run_dialog import JOIN, SHARED_NEW, FirstRunDialog
from ui.main_window import MainWindow

SHOTS = Path("/tmp/shots")


def _window(qtbot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def _hhmm(moment: dt.datetime | None) -> str:
    assert moment is not None
    return moment.astimezone().strftime("%H:%M")


def _masuk_case(pcs: TwoPcs) -> str:
    return str(pcs.ctx.queue().rows(QueueFilter(status=Status.MASUK))[0]["id"])


def test_status_bar_says_synced_offline_and_stopped(qtbot, office):
    window = _window(qtbot, office.ctx)
    window.resize(1024, 700)  # a small office screen: the sync state must still fit
    text = window.sync_status.text
    office.engine_a.sync_once()
    last = office.engine_a.state.last_sync
    qtbot.waitUntil(lambda: text.text() == f"Tersinkron {_hhmm(last)}")
    assert str(office.shared) in text.toolTip()
    assert window.sync_status.conflicts.isHidden()

    office.hub_away()
    with pytest.raises(HubUnavailable):
        office.engine_a.sync_once()
    since = office.engine_a.state.since
    qtbot.waitUntil(lambda: text.text() == f"Luring sejak {_hhmm(since)}")
    # Work goes on offline; the bar counts what waits for the share.
    cases = office.ctx.cases()
    case = cases.get(_masuk_case(office))
    cases.update(case.id, case.version, {"summary": "Disunting saat luring."})
    qtbot.waitUntil(lambda: text.text() == f"Luring sejak {_hhmm(since)}, 1 perubahan menunggu")
    assert "tidak ada di folder bersama" in text.toolTip()
    qtbot.waitUntil(lambda: text.width() >= text.sizeHint().width())
    assert "belum sampai di folder bersama" in text.toolTip()
    _shot(window.statusBar(), "status_offline.png")

    office.hub_back()
    office.engine_a.sync_once()
    qtbot.waitUntil(lambda: text.text().startswith("Tersinkron "))
    assert "menunggu" not in text.text()
    _shot(window.statusBar(), "status_online.png")

    conn = sqlite3.connect(office.shared / "hub.db")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    with pytest.raises(HubRefused):
        office.engine_a.sync_once()
    qtbot.waitUntil(lambda: text.text().startswith("Sinkronisasi berhenti: "))
    assert "WAL" in text.toolTip() and len(text.text()) < 110
    _shot(window.statusBar(), "status_stopped.png")


def test_the_sync_menu_and_a_session_without_sync(qtbot, office, login):
    window = _window(qtbot, office.ctx)
    assert window.sync_action.shortcut().toString() == "F9"
    assert window.sync_action.isEnabled()
    window.sync_action.trigger()  # wakes the engine; nothing to wait for without a thread
    plain = _window(qtbot, login("rina"))
    assert not plain.sync_action.isEnabled()
    assert plain.sync_status.text.text() == "Sinkronisasi mati"


def _summary_conflict(office: TwoPcs) -> str:
    """The supervisor (PC A) and Agus (PC B) change one case's summary; A's arrives first."""
    case_id = _masuk_case(office)
    office.engine_b.sync_once()
    on_b = office.cases_b("agus")
    on_b.update(case_id, on_b.get(case_id).version, {"summary": "Versi dari PC B."})
    on_a = office.ctx.cases()
    on_a.update(case_id, on_a.get(case_id).version, {"summary": "Versi dari PC A."})
    office.engine_a.sync_once()
    office.engine_b.sync_once()
    office.engine_a.sync_once()
    return case_id


def test_conflict_count_opens_the_dialog_and_a_choice_settles_it(qtbot, office):
    window = _window(qtbot, office.ctx)
    window.resize(1366, 740)
    case_id = _summary_conflict(office)
    button = window.sync_status.conflicts
    qtbot.waitUntil(lambda: button.isVisible() and button.text() == "1 konflik")
    _shot(window, "main_window_conflict.png")
    _shot(window.statusBar(), "status_conflict.png")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window._conflicts_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 1
    number = office.ctx.cases().get(case_id).number
    assert dialog.title.text() == f"{number} · Ringkasan"
    assert dialog.kept.value.toPlainText() == "Versi dari PC A."
    assert dialog.lost.value.toPlainText() == "Versi dari PC B."
    assert "Drs. H. Lalu Hamzanwadi" in dialog.kept.title()
    assert "Agus Supriadi" in dialog.lost.title() and "Agus" in dialog.explanation.text()
    assert dialog.editor is not None
    _shot(dialog, "conflicts_dialog.png")

    # A typed value is checked like the case form; an empty summary is refused.
    dialog.editor.widget.setPlainText("")
    qtbot.mouseClick(dialog.save_edit, Qt.MouseButton.LeftButton)
    assert "Ringkasan wajib diisi" in dialog.banner.text()
    qtbot.mouseClick(dialog.lost.button, Qt.MouseButton.LeftButton)
    assert office.ctx.cases().get(case_id).summary == "Versi dari PC B."
    assert dialog.model.rowCount() == 0 and not dialog.empty.isHidden()
    assert "diselesaikan" in dialog.banner.text()
    assert window.sync_status.conflicts.isHidden()
    # The choice travels to the other PC like any edit.
    office.engine_a.sync_once()
    office.engine_b.sync_once()
    assert office.cases_b("supervisor").get(case_id).summary == "Versi dari PC B."


def test_the_dialog_refreshes_when_conflicts_arrive_and_keeps_typing(qtbot, office):
    window = _window(qtbot, office.ctx)
    window.open_conflicts()
    dialog = window._conflicts_dialog
    assert dialog is not None and dialog.model.rowCount() == 0
    assert not dialog.empty.isHidden()
    case_id = _summary_conflict(office)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.editor is not None
    dialog.editor.widget.setPlainText("Gabungan A dan B.")
    # Another round brings nothing new for this conflict: what is typed stays.
    office.engine_a.sync_once()
    bridge = office.ctx.sync
    with qtbot.waitSignal(bridge.rows_touched, timeout=2000):
        bridge.on_touched(Touched(rows={("case", case_id)}))
    assert dialog.editor.widget.toPlainText() == "Gabungan A dan B."
    qtbot.mouseClick(dialog.save_edit, Qt.MouseButton.LeftButton)
    assert office.ctx.cases().get(case_id).summary == "Gabungan A dan B."
    row = office.ctx.database.query_one("SELECT resolution FROM conflicts")
    assert row == {"resolution": Choice.EDIT.value}


def test_conflict_model_passes_modeltester(qtmodeltester, office):
    _summary_conflict(office)
    model = ConflictTableModel()
    model.set_items(office.ctx.conflicts().list_open(), {})
    assert model.rowCount() == 1
    qtmodeltester.check(model, force_py=True)


def test_live_refresh_keeps_the_selection_and_the_scroll_position(qtbot, office):
    window = _window(qtbot, office.ctx)
    window.resize(1100, 520)
    panel = window.list_panel
    rows = panel.model.rowCount()
    chosen = panel.model.case_id(20)
    assert chosen is not None
    panel.select_case(chosen)
    scroll = panel.view.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    scroll.setValue(min(7, scroll.maximum()))
    position = scroll.value()
    assert position > 0
    # On PC B a case arrives and another is edited.
    on_b = office.cases_b("rina")
    other = panel.model.case_id(3)
    assert other is not None
    created = on_b.create(
        {
            "source": "patroli",
            "platform": "facebook",
            "post_urls": ["https://facebook.com/x/1"],
            "account_handle": "@baru",
            "received_date": "2024-12-10",
            "summary": "Kasus baru dari PC B.",
        }
    )
    on_b_sup = office.cases_b("supervisor")
    on_b_sup.update(other, on_b_sup.get(other).version, {"account_handle": "@diubah_di_b"})
    office.engine_b.sync_once()
    office.engine_a.sync_once()
    qtbot.waitUntil(lambda: panel.model.rowCount() == rows + 1)
    assert panel.model.row_of(created.id) >= 0
    assert panel.current_case_id() == chosen
    assert window.detail.case is not None and window.detail.case.id == chosen
    assert scroll.value() == position
    assert "41 kasus" in window.counts_label.text()


def test_the_open_case_reloads_or_keeps_unsaved_edits(qtbot, office, no_modal_dialogs):
    window = _window(qtbot, office.ctx)
    case_id = _masuk_case(office)
    window.list_panel.select_case(case_id)
    detail = window.detail
    on_b = office.cases_b("supervisor")
    office.engine_b.sync_once()

    # Nothing typed: the case simply shows the new value.
    on_b.update(case_id, on_b.get(case_id).version, {"summary": "Ringkasan dari PC B."})
    office.engine_b.sync_once()
    office.engine_a.sync_once()
    qtbot.waitUntil(lambda: detail.form.summary.toPlainText() == "Ringkasan dari PC B.")
    assert detail.remote_bar.isHidden()

    # Typing in progress: the edit stays, and the user is told.
    detail.form.account_handle.setText("@ketikan_saya")
    on_b.update(case_id, on_b.get(case_id).version, {"summary": "Ringkasan kedua dari B."})
    office.engine_b.sync_once()
    office.engine_a.sync_once()
    qtbot.waitUntil(detail.remote_bar.isVisible)
    assert "Ringkasan" in detail.remote_bar.text.text()
    assert "Drs. H. Lalu Hamzanwadi" in detail.remote_bar.text.text()
    assert detail.form.account_handle.text() == "@ketikan_saya"
    assert detail.form.summary.toPlainText() == "Ringkasan dari PC B."
    _shot(detail, "case_changed_elsewhere.png")
    # Saving over the other PC's change is refused, not done silently.
    assert detail.save() is False
    assert "telah diubah" in detail.remote_bar.text.text()
    assert office.ctx.cases().get(case_id).account_handle != "@ketikan_saya"
    # Merging types the user's change again over the fresh record.
    qtbot.mouseClick(detail.remote_bar.merge, Qt.MouseButton.LeftButton)
    assert detail.form.summary.toPlainText() == "Ringkasan kedua dari B."
    assert detail.form.account_handle.text() == "@ketikan_saya"
    assert detail.form.is_dirty() and detail.remote_bar.isHidden()
    assert "Akun" in detail.form.banner.text()
    assert detail.save() is True
    saved = office.ctx.cases().get(case_id)
    assert (saved.summary, saved.account_handle) == ("Ringkasan kedua dari B.", "@ketikan_saya")
    assert [k for k, _t in no_modal_dialogs if k == "warning"] == []


def test_a_lost_claim_and_an_offline_claim_are_explained(qtbot, office, no_modal_dialogs):
    window = _window(qtbot, office.ctx)
    first, second = (r["id"] for r in office.ctx.queue().rows(QueueFilter(status=Status.MASUK))[:2])
    office.engine_b.sync_once()
    on_b = office.cases_b("agus")
    on_b.transition(first, on_b.get(first).version, "claim")
    window.list_panel.select_case(first)
    assert window.detail.run_transition("claim") is False
    kind, text = no_modal_dialogs[-1]
    assert kind == "warning" and "sudah diambil oleh Agus Supriadi" in text
    qtbot.waitUntil(lambda: "Agus" in window.detail.holder.text())
    # The refused step is on record, to be read and acknowledged.
    qtbot.waitUntil(window.sync_status.conflicts.isVisible)
    window.open_conflicts()
    dialog = window._conflicts_dialog
    assert dialog is not None and dialog.model.rowCount() == 1
    assert "sudah dipegang Agus Supriadi, S.Sos. lebih dulu" in dialog.explanation.text()
    assert dialog.edit_box.isHidden() and dialog.lost.button.isHidden()
    _shot(dialog, "conflicts_dialog_step.png")
    qtbot.mouseClick(dialog.acknowledge, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    dialog.close()

    office.hub_away()
    with pytest.raises(HubUnavailable):
        office.engine_a.sync_once()
    window.list_panel.select_case(second)
    assert window.detail.run_transition("claim") is False
    assert "tidak dapat diambil saat luring" in no_modal_dialogs[-1][1]
    assert office.ctx.cases().get(second).status == Status.MASUK
    office.hub_back()


def test_a_provisional_number_is_marked_until_the_hub_numbers_the_case(qtbot, office):
    window = _window(qtbot, office.ctx)
    window.resize(1366, 740)
    created = office.ctx.cases().create(
        {
            "source": "patroli",
            "platform": "tiktok",
            "post_urls": [],
            "account_handle": "@sementara",
            "received_date": "2024-12-10",
            "summary": "Kasus dengan nomor sementara.",
        }
    )
    assert not created.number_final
    window.list_panel.refresh(keep=created.id)
    window.list_panel.select_case(created.id)
    model = window.list_panel.model
    cell = model.index(model.row_of(created.id), 0)
    font = model.data(cell, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert "sementara" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert window.detail.provisional.isVisible()
    qtbot.wait(10)  # let the header lay out its new step buttons before the picture
    _shot(window, "provisional_number.png")
    header = window.detail.number
    assert header.width() >= header.sizeHint().width()  # the whole number is in sight
    office.engine_a.sync_once()
    qtbot.waitUntil(lambda: not window.detail.provisional.isVisible())
    final = office.ctx.cases().get(created.id)
    assert final.number_final and window.detail.number.text() == final.number
    cell = model.index(model.row_of(created.id), 0)
    assert model.data(cell, Qt.ItemDataRole.FontRole) is None


def test_the_app_syncs_in_the_background_while_someone_is_logged_in(qtbot, demo, hasher):
    database, passwords, folder = demo
    user = AuthService(database, hasher).login("rina", passwords["rina"])
    seen: list[object] = []
    bridge = start_sync(Workspace(folder), database, user)
    assert bridge is not None and bridge.engine is not None
    bridge.state_changed.connect(seen.append)
    try:
        # The engine's thread reports; the bridge hands it over on the GUI thread.
        qtbot.waitUntil(lambda: any(s.link == Link.ONLINE for s in seen), timeout=5000)
        assert bridge.engine.user_id == user.id  # whose leases the heartbeats renew
        assert bridge.state.link == Link.ONLINE
        cases = CaseService(database, user, bridge.engine)
        case = cases.get(
            QueueService(cases.db, cases.actor).rows(QueueFilter(status=Status.MASUK))[0]["id"]
        )
        # A claim goes through the engine to the hub and comes back confirmed.
        assert cases.transition(case.id, case.version, "claim").assignee_id == user.id
        claims = {c["case_id"]: c["holder_id"] for c in bridge.engine.hub.claims()}
        assert claims[case.id] == user.id
    finally:
        bridge.stop()
    assert bridge.engine is None and database.on_commit == []


# -- first run -------------------------------------------------------------------------


def _office(tmp_path: Path, hasher) -> Path:
    shared = tmp_path / "share"
    database, _user = Workspace(tmp_path / "pc-a", shared=shared).create(
        office_name="Diskominfotik NTB",
        prefix="NTB",
        username="hamzan",
        display_name="Lalu Hamzanwadi",
        password="rahasia-kuat",
        hasher=hasher,
    )
    database.close()
    return shared


def test_first_run_joins_the_office_shared_folder(qtbot, tmp_path, hasher):
    shared = _office(tmp_path, hasher)
    dialog = FirstRunDialog(tmp_path / "pc-b", hasher, shared=shared)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mode() == JOIN and dialog.mode_join.isChecked()
    assert not dialog.office.isVisible() and dialog.shared.isVisible()
    assert dialog.ok_button.text() == "Gabung"
    _shot(dialog, "first_run_join.png")
    dialog.create_workspace()
    assert dialog.database is not None, dialog.banner.text()
    assert dialog.database.scalar("SELECT username FROM users") == "hamzan"
    assert dialog.workspace is not None and dialog.workspace.directory == tmp_path / "pc-b"
    dialog.database.close()
    assert Workspace(tmp_path / "pc-b").is_initialized()


def test_first_run_explains_a_folder_without_an_office(qtbot, tmp_path, hasher):
    dialog = FirstRunDialog(tmp_path / "pc-b", hasher)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mode_join.setChecked(True)
    dialog.create_workspace()
    assert "Pilih folder bersama" in dialog.banner.text()
    (tmp_path / "kosong").mkdir()
    dialog.shared.setText(str(tmp_path / "kosong"))
    dialog.create_workspace()
    assert dialog.database is None
    assert "kosong" in dialog.banner.text()


def test_first_run_starts_an_office_in_a_shared_folder(qtbot, tmp_path, hasher):
    shared = tmp_path / "share"
    dialog = FirstRunDialog(tmp_path / "pc-a", hasher, shared=shared)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mode() == SHARED_NEW and dialog.office.isVisible()
    _shot(dialog, "first_run_shared.png")
    dialog.office.setText("Diskominfotik NTB")
    dialog.username.setText("hamzan")
    dialog.password.setText("rahasia-kuat")
    dialog.password2.setText("rahasia-kuat")
    dialog.create_workspace()
    assert dialog.database is not None, dialog.banner.text()
    dialog.database.close()
    assert (shared / "hub.db").is_file()
    # A second office in the same folder is refused: the next PC joins instead.
    again = FirstRunDialog(tmp_path / "pc-c", hasher)
    qtbot.addWidget(again)
    again.mode_shared.setChecked(True)
    again.shared.setText(str(shared))
    again.office.setText("Kantor lain")
    again.username.setText("lain")
    again.password.setText("rahasia-kuat")
    again.password2.setText("rahasia-kuat")
    again.create_workspace()
    assert again.database is None and "gabung" in again.banner.text().lower()


def test_shared_folder_option_reaches_the_workspace(tmp_path, hasher):
    args = parse_args(["--workspace", str(tmp_path / "pc-a"), "--shared", str(tmp_path / "s")])
    assert args.shared == str(tmp_path / "s")
    shared = _office(tmp_path, hasher)
    opened = open_workspace(tmp_path / "pc-a", hasher, shared)
    assert opened is not None
    workspace, database = opened
    try:
        assert workspace.shared_dir(database) == shared
    finally:
        database.close()


def test_claim_buttons_are_plain_push_buttons(office, qtbot):
    # Guards the findChildren lookups other tests use on the case header.
    window = _window(qtbot, office.ctx)
    window.list_panel.select_case(_masuk_case(office))
    assert window.detail.findChild(QPushButton, "step_claim") is not None


def test_the_integrity_check_covers_the_hub_and_names_its_problems(qtbot, office, no_modal_dialogs):
    window = _window(qtbot, office.ctx)
    window.check_integrity()
    kind, text = no_modal_dialogs[-1]
    assert kind == "information" and "Hub" in text
    hub = sqlite3.connect(office.shared / "hub.db")
    hub.execute("UPDATE cases SET summary = 'diubah di luar aplikasi' WHERE rowid = 1")
    hub.commit()
    hub.close()
    window.check_integrity()
    kind, text = no_modal_dialogs[-1]
    assert kind == "critical"
    assert "Hub di folder bersama" in text and "summary" in text
    assert "Basis data komputer ini" not in text  # this PC's own store is still sound


def test_columns_fit_the_first_cases_that_arrive_on_a_new_pc(qtbot, tmp_path, hasher):
    """A joining PC opens on an empty list; the cases come from the share a moment later."""
    shared = _office(tmp_path, hasher)
    workspace = Workspace(tmp_path / "pc-new", shared=shared)
    database = workspace.join()
    user = AuthService(database, hasher).login("hamzan", "rahasia-kuat")
    ctx = AppContext(database, user, hasher, QSettings(), tmp_path / "pc-new")
    window = _window(qtbot, ctx)
    panel = window.list_panel
    assert panel.model.rowCount() == 0
    narrow = panel.view.columnWidth(0)
    CaseService(database, user).create(case_fields())
    workspace.sync_once(database)
    panel.refresh_live()
    assert panel.model.rowCount() == 1
    assert panel.view.columnWidth(0) > narrow
    database.close()


def test_a_supervisor_backs_up_the_hub_from_the_menu(qtbot, office, no_modal_dialogs):
    window = _window(qtbot, office.ctx)
    assert window.backup_action.isEnabled()
    window.backup_action.trigger()
    kind, text = no_modal_dialogs[-1]
    backups = list((office.shared / "backups").glob("hub-*.db"))
    assert kind == "information" and len(backups) == 1 and backups[0].name in text
    office.hub_away()
    window.backup_action.trigger()
    kind, text = no_modal_dialogs[-1]
    assert kind == "warning"
    assert "tidak dapat dijangkau" in text or "tidak ada di folder bersama" in text
    office.hub_back()


def test_a_monitor_has_no_backup_action(qtbot, office):
    ctx = AppContext(
        office.ctx.database,
        office.users["rina"],
        office.ctx.hasher,
        office.ctx.settings,
        office.ctx.workspace_dir,
        office.ctx.sync,
    )
    window = _window(qtbot, ctx)
    assert not window.backup_action.isEnabled()


def test_the_poll_interval_is_asked_remembered_and_kept_within_three_seconds():
    from ui.app import poll_seconds

    settings = QSettings()
    settings.remove("sync/poll_seconds")
    assert poll_seconds(settings, None) == 2.0
    assert poll_seconds(settings, 1.0) == 1.0
    assert poll_seconds(settings, None) == 1.0  # remembered on this PC
    assert poll_seconds(settings, 30.0) == 3.0
    settings.setValue("sync/poll_seconds", "sering")
    assert poll_seconds(settings, None) == 2.0
    assert parse_args(["--poll", "0.5"]).poll == 0.5
