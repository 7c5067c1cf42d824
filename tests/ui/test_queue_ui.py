"""The shared queue on screen: the windowed model, views, filters, keys, live updates, claims."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Platform
from asn_monitor.services.cases import CaseService
from asn_monitor.services.queue import Holder, QueueFilter
from tests.ui.conftest import TwoPcs
from tests.unit.factories import case_fields
from ui.assign_dialog import AssignDialog
from ui.case_table_model import CaseTableModel
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path("/tmp/shots")


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _press(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A shortcut as a person types it: into the focused widget of the active window."""
    with qtbot.waitActive(window):
        window.activateWindow()
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, modifiers)


CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _numbers(model: CaseTableModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_the_model_pages_and_never_holds_the_whole_queue(qtmodeltester, login, monkeypatch):
    monkeypatch.setattr(CaseTableModel, "PAGE_SIZE", 7)
    monkeypatch.setattr(CaseTableModel, "MAX_PAGES", 2)
    ctx = login("rina")
    model = CaseTableModel(ctx.queue)
    expected = [r["number"] for r in ctx.queue().rows()]
    assert model.rowCount() == len(expected) == 40
    assert _numbers(model) == expected  # read page by page, in order
    assert model.cached_rows() <= 14
    qtmodeltester.check(model, force_py=True)
    for flt in (
        QueueFilter(status=Status.MASUK),
        QueueFilter(text="nur"),
        QueueFilter(sort="subject", descending=False),
        QueueFilter(sort="due", descending=True, holder=Holder.MINE),
        QueueFilter(platform=Platform.FACEBOOK, sort="agency"),
    ):
        # The tester stays connected to the first model and checks each reset's signals.
        model.set_filter(flt)
        assert _numbers(model) == [r["number"] for r in ctx.queue().rows(flt)]
        assert model.cached_rows() <= 14
    for flt in (QueueFilter(text="nur"), QueueFilter(sort="due", holder=Holder.MINE)):
        fresh = CaseTableModel(ctx.queue)
        fresh.set_filter(flt)
        qtmodeltester.check(fresh, force_py=True)


def test_a_live_reload_keeps_the_selected_case_where_it_moved(qtbot, login):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    panel = window.list_panel
    panel.set_filter(QueueFilter(sort="received", descending=True))
    target = ctx.queue().rows(QueueFilter(sort="received", descending=True))[5]["id"]
    assert panel.select_case(target)
    # Three new cases arrive (as from another PC): they sort above the selected one.
    cases = CaseService(ctx.database, ctx.user)
    for _ in range(3):
        cases.create(
            case_fields(received_date="2024-12-30", act_date="2024-12-01", known_date="2024-12-02")
        )
    panel.refresh_live()
    assert panel.current_case_id() == target
    assert panel.view.currentIndex().row() == 8
    assert panel.model.rowCount() == 43
    assert window.detail.case is not None and window.detail.case.id == target


def test_views_status_counts_and_empty_results(qtbot, login, monkeypatch):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    panel = window.list_panel
    service = ctx.queue()
    # Ctrl+2 is the second view, "Belum diambil".
    _press(qtbot, window, Qt.Key.Key_2, CTRL)
    unclaimed = QueueFilter(holder=Holder.UNCLAIMED)
    assert panel.model.rowCount() == service.count(unclaimed) > 0
    assert panel.side.views.currentItem().text() == "Belum diambil"
    # The side panel counts per status under the view's other filters; a click narrows.
    counts = service.status_counts(panel.current_filter())
    assert f"Masuk  ({counts[Status.MASUK]})" in [
        panel.side.statuses.item(i).text() for i in range(panel.side.statuses.count())
    ]
    panel.apply_view("all")
    item = next(
        panel.side.statuses.item(i)
        for i in range(panel.side.statuses.count())
        if panel.side.statuses.item(i).text().startswith("Dinilai")
    )
    panel.side.statuses.itemClicked.emit(item)
    assert panel.model.rowCount() == service.count(QueueFilter(status=Status.DINILAI))
    assert panel.side.views.currentItem().text() == "Menunggu review"  # same filter

    # Save the view; it appears under the built-in ones with the next shortcut.
    panel.filters.set_filter(panel.current_filter().replace(platform=Platform.FACEBOOK))
    panel.apply_filter()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Review Facebook", True))
    panel.save_view()
    assert [v.name for v in service.saved_views()] == ["Review Facebook"]
    assert panel.view_actions[6].text() == "Review Facebook"
    assert panel.view_actions[6].shortcut().toString() == "Ctrl+7"
    panel.apply_view("all")
    panel.view_actions[6].trigger()
    assert panel.current_filter().platform is Platform.FACEBOOK

    # A search that finds nothing says so and offers to clear the filters.
    panel.search.setText('"; DROP TABLE cases --')
    panel.filters.flush()
    assert panel.model.rowCount() == 0
    assert "Tidak ada kasus yang cocok" in panel.count.text()
    assert panel.clear_button.isVisible()
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 40 and panel.search.text() == ""


def test_the_queue_works_from_the_keyboard(qtbot, login):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    panel = window.list_panel
    _press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is panel.search
    name = next(r["subject_name"] for r in ctx.queue().rows() if r["subject_name"])
    QTest.keyClicks(panel.search, name.split(",")[0])
    QTest.keyClick(panel.search, Qt.Key.Key_Return)  # results at once, focus in the list
    assert QApplication.focusWidget() is panel.view
    assert panel.current_case_id() is not None
    assert window.detail.case is not None and window.detail.case.id == panel.current_case_id()
    QTest.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == "" and panel.model.rowCount() == 40

    # Claim the oldest unclaimed case with Ctrl+Shift+B, release it with Ctrl+Shift+R.
    oldest = ctx.queue().unclaimed_candidates(QueueFilter(), 1)[0]
    _press(qtbot, window, Qt.Key.Key_B, CTRL_SHIFT)
    assert window.detail.case is not None and window.detail.case.id == oldest
    assert window.detail.case.assignee_id == ctx.user.id
    assert "Ctrl+Shift+B" in window.queue_actions.next.toolTip()
    assert window.queue_actions.release.isEnabled()
    _press(qtbot, window, Qt.Key.Key_R, CTRL_SHIFT)
    assert ctx.cases().get(oldest).status is Status.MASUK
    assert window.queue_actions.claim.isEnabled()
    _press(qtbot, window, Qt.Key.Key_A, CTRL_SHIFT)
    assert ctx.cases().get(oldest).assignee_id == ctx.user.id
    assert "sejak" in window.detail.holder.text()


def test_a_supervisor_assigns_the_selected_cases(qtbot, login, monkeypatch, no_modal_dialogs):
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    panel = window.list_panel
    panel.apply_view("unclaimed")
    view = panel.view
    flags = view.selectionModel().SelectionFlag
    view.selectionModel().select(panel.model.index(0, 0), flags.ClearAndSelect | flags.Rows)
    view.selectionModel().select(
        panel.model.index(1, 0),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
    )
    chosen = panel.selected_case_ids()
    assert len(chosen) == 2 and window.queue_actions.assign.isEnabled()
    agus = next(u for u in ctx.assignment().assignable_users() if u.username == "agus")
    monkeypatch.setattr(AssignDialog, "exec", lambda self: 1)
    monkeypatch.setattr(AssignDialog, "chosen", lambda self: agus.id)
    window.queue_actions.assign.trigger()
    for case_id in chosen:
        case = ctx.cases().get(case_id)
        assert case.assignee_id == agus.id and case.status is Status.DIVERIFIKASI
    assert "2 kasus ditugaskan" in window.statusBar().currentMessage()
    # A monitor has no such command.
    rina = _window(qtbot, login("rina"))
    assert not rina.queue_actions.assign.isVisible()


# -- claim contention with another OS process -------------------------------------------


def _cli(pcs: TwoPcs, *args: str, user: str, password: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ASN_MONITOR_PASSWORD": password, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [
            sys.executable,
            "main.py",
            *args,
            "--workspace",
            str(pcs.db_b.path.parent),
            "--user",
            user,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def passwords(demo) -> dict[str, str]:
    return demo[1]


def test_claim_races_with_another_process_are_explained(
    qtbot,
    office,
    passwords,
    no_modal_dialogs,
):
    window = _window(qtbot, office.ctx)
    panel = window.list_panel
    first, second, third = (
        r["id"] for r in office.ctx.queue().rows(QueueFilter(holder=Holder.UNCLAIMED))[:3]
    )
    number = office.ctx.cases().get(first).number
    # Another PC (a separate process) takes the case while this one still shows it free.
    done = _cli(office, "queue", "claim", number, user="agus", password=passwords["agus"])
    assert done.returncode == 0, done.stderr
    panel.select_case(first)
    assert window.queue_actions.claim.isEnabled()
    window.queue_actions.claim.trigger()
    kind, text = no_modal_dialogs[-1]
    assert kind == "warning" and "sudah diambil oleh Agus Supriadi" in text
    qtbot.waitUntil(lambda: "Agus" in window.detail.holder.text())
    column = panel.model.column_of("assignee")

    def holder() -> str:
        return str(panel.model.data(panel.model.index(panel.model.row_of(first), column)))

    qtbot.waitUntil(lambda: holder().startswith("Agus"))

    # This PC claims first; the other process loses and says to whom.
    panel.select_case(second)
    window.queue_actions.claim.trigger()
    assert office.ctx.cases().get(second).assignee_id == office.ctx.user.id
    number = office.ctx.cases().get(second).number
    lost = _cli(office, "queue", "claim", number, user="agus", password=passwords["agus"])
    assert lost.returncode != 0
    assert f"sudah diambil oleh {office.ctx.user.display_name}" in lost.stderr
    claims = {c["case_id"]: c["holder_id"] for c in office.engine_a.hub.claims()}
    assert claims[first] == office.users["agus"].id
    assert claims[second] == office.ctx.user.id

    # "Ambil berikutnya" skips a case the other process took a moment before.
    number = office.ctx.cases().get(third).number
    done = _cli(office, "queue", "claim", number, user="rina", password=passwords["rina"])
    assert done.returncode == 0, done.stderr
    oldest = office.ctx.queue().unclaimed_candidates(QueueFilter(), 1)[0]
    window.queue_actions.next.trigger()
    taken = window.detail.case
    assert taken is not None and taken.assignee_id == office.ctx.user.id
    if oldest == third:
        assert "lebih dulu diambil orang lain" in window.statusBar().currentMessage()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "queue_after_race.png"))


def test_a_subject_edit_on_another_pc_updates_the_search(qtbot, office):
    window = _window(qtbot, office.ctx)
    panel = window.list_panel
    case_id = office.ctx.queue().rows(QueueFilter(holder=Holder.UNCLAIMED))[0]["id"]
    office.engine_b.sync_once()
    on_b = office.cases_b("agus")
    case = on_b.transition(case_id, on_b.get(case_id).version, "claim")
    on_b.update(case.id, case.version, {"account_handle": "@sri.rahayuningsih"})
    office.engine_b.sync_once()
    panel.search.setText("rahayu")
    panel.filters.flush()
    assert panel.model.rowCount() == 0  # not pulled yet
    office.engine_a.sync_once()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.case_id(0) == case_id


def test_refresh_moves_persistent_indexes_as_rows_come_and_go(qtmodeltester, login, monkeypatch):
    from PySide6.QtCore import QPersistentModelIndex

    monkeypatch.setattr(CaseTableModel, "PAGE_SIZE", 5)
    ctx = login("rina")
    flt = QueueFilter(status=Status.MASUK, sort="received", descending=True)
    model = CaseTableModel(ctx.queue)
    model.set_filter(flt)
    qtmodeltester.check(model, force_py=True)
    before = model.rowCount()
    kept_id = model.case_id(3)
    kept = QPersistentModelIndex(model.index(3, 2))
    cases = CaseService(ctx.database, ctx.user)
    for _ in range(2):
        cases.create(
            case_fields(received_date="2024-12-30", act_date="2024-12-01", known_date="2024-12-02")
        )
    model.refresh()
    assert model.rowCount() == before + 2
    assert kept.isValid() and kept.row() == 5 and kept.column() == 2
    assert model.case_id(kept.row()) == kept_id
    # The kept case is claimed elsewhere: it leaves this view; the index goes invalid.
    case = cases.get(kept_id)
    cases.transition(case.id, case.version, "claim")
    other = QPersistentModelIndex(model.index(0, 0))
    top_id = model.case_id(0)
    model.refresh()
    assert model.rowCount() == before + 1
    assert not kept.isValid()
    assert other.isValid() and model.case_id(other.row()) == top_id
    assert [model.case_id(r) for r in range(model.rowCount())] == [
        r["id"] for r in ctx.queue().rows(flt)
    ]
