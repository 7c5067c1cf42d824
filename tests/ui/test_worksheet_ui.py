"""The worksheet tab and the catalogue editor as a monitor and a supervisor use them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from asn_monitor.domain.lifecycle import Status
from asn_monitor.services.queue import Holder, QueueFilter
from asn_monitor.worksheet import Level
from ui.catalogue_dialog import CatalogueDialog
from ui.main_window import MainWindow
from ui.worksheet_tab import ACT_ROLE, WorksheetTab

SHOTS = Path("/tmp/shots")


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _tick(tab: WorksheetTab, code: str) -> None:
    for row in range(tab.acts.count()):
        item = tab.acts.item(row)
        if item.data(ACT_ROLE) == code:
            tab.acts.setCurrentItem(item)
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(code)


def _held_case_with_evidence(ctx) -> str:
    for row in ctx.queue().rows(QueueFilter(holder=Holder.MINE, status=Status.DIVERIFIKASI)):
        if ctx.database.scalar("SELECT count(*) FROM evidence WHERE case_id = ?", (row["id"],)):
            case = ctx.cases().get(row["id"])
            if case.candidacy_stage and case.subject_id and case.act_date:
                return str(row["id"])
    raise AssertionError("the demo has a held case with evidence")


def test_a_monitor_fills_the_worksheet_and_sends_the_case_for_review(qtbot, login):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    case_id = _held_case_with_evidence(ctx)
    window.list_panel.select_case(case_id)
    tab = window.detail.worksheet
    window.detail.tabs.setCurrentWidget(tab)
    for row in range(tab.acts.count()):  # start from nothing ticked
        tab.acts.item(row).setCheckState(Qt.CheckState.Unchecked)
    _tick(tab, "share")
    assert tab.evidence.isEnabled() and tab.evidence.count() >= 1
    tab.evidence.item(0).setCheckState(Qt.CheckState.Checked)
    tab.recompute()
    assert tab.result is not None and tab.result.level is not None
    html = tab.result_view.toPlainText()
    assert "Dasar hukum" in html and "Butir yang cocok" in html
    # The suggested option is starred; the monitor proposes it and says why.
    suggested = tab.result.suggested
    assert suggested is not None
    index = tab.option.findData(suggested.code)
    assert index > 0 and "\u2605" in tab.option.itemText(index)
    tab.option.setCurrentIndex(index)
    tab.justification.setPlainText("Membagikan ulang materi kampanye ke 2.500 pengikut.")
    assert window.save_action.isEnabled()
    # A different level is highlighted and needs its own reason.
    tab.level.setCurrentIndex(tab.level.findData(Level.DISMISSAL.value))
    assert "background" in tab.level_reason.styleSheet()
    tab.show_problems()
    assert "tanpa alasan tertulis" in tab.problems.text()
    tab.level.setCurrentIndex(0)  # back to the computed level
    tab.option.setCurrentIndex(tab.option.findData(suggested.code))
    assert tab.save() is True and not tab.is_dirty()
    tab.show_problems()
    assert "siap dikirim" in tab.problems.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "worksheet_tab.png"))
    assert window.detail.run_transition("submit") is True
    assert ctx.cases().get(case_id).status is Status.DINILAI
    sheet = ctx.worksheets().get(case_id)
    assert [a.act for a in sheet.acts] == ["share"] and sheet.proposed_option == suggested.code


def test_unsaved_worksheet_edits_are_kept_when_switching_case(qtbot, login):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    case_id = _held_case_with_evidence(ctx)
    window.list_panel.select_case(case_id)
    tab = window.detail.worksheet
    tab.justification.setPlainText("Draf alasan yang tidak boleh hilang.")
    assert tab.is_dirty()
    other = next(r["id"] for r in ctx.queue().rows() if r["id"] != case_id)
    window.list_panel.select_case(other)
    assert ctx.worksheets().get(case_id).justification == "Draf alasan yang tidak boleh hilang."


def test_a_read_only_worksheet_cannot_be_changed(qtbot, login):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    done = ctx.queue().rows(QueueFilter(status=Status.SELESAI))[0]["id"]
    window.list_panel.select_case(done)
    tab = window.detail.worksheet
    assert not tab.acts.isEnabled() and tab.justification.isReadOnly()
    assert tab.result_view.toPlainText()  # the result is still shown


def test_the_supervisor_corrects_the_catalogue(qtbot, login, monkeypatch, no_modal_dialogs):
    ctx = login("supervisor")
    dialog = CatalogueDialog(ctx.catalogues())
    qtbot.addWidget(dialog)
    top = next(
        dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
        if dialog.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1)[0] == "skb-2022"
    )
    item = next(
        top.child(i)
        for i in range(top.childCount())
        if top.child(i).text(0).startswith("\u26a0 D-8")
    )
    dialog.tree.setCurrentItem(item)
    dialog.verified.setChecked(True)
    dialog.apply_item()
    assert dialog.changed and "belum disimpan" in dialog.status.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("D-8 dicocokkan", True))
    before = ctx.catalogues().current().version
    assert dialog.save() is True
    current = ctx.catalogues().current()
    assert current.version == before + 1 and current.regimes[-1].items["D-8"].verified
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "catalogue_dialog.png"))
    # A monitor may read the catalogue but not change it.
    reader = CatalogueDialog(login("rina").catalogues())
    qtbot.addWidget(reader)
    assert not reader.save_button.isEnabled() and not reader.apply_button.isEnabled()


def test_an_act_points_at_the_mark_that_shows_it(qtbot, login):
    from asn_monitor.annotations import Rect, ShapeKind, make_shape

    ctx = login("rina")
    window = _window(qtbot, ctx)
    case_id = _held_case_with_evidence(ctx)
    evidence_id = str(
        ctx.database.scalar("SELECT id FROM evidence WHERE case_id = ? LIMIT 1", (case_id,))
    )
    service = ctx.annotations()
    service.load(evidence_id)
    box = make_shape(
        ShapeKind.RECTANGLE,
        created_by=ctx.user.id,
        created_at=ctx.database.now(),
        box=Rect(10, 10, 120, 60),
        text="gestur dua jari",
    )
    service.save(evidence_id, [box])
    window.list_panel.select_case(case_id)
    tab = window.detail.worksheet
    for row in range(tab.acts.count()):
        tab.acts.item(row).setCheckState(Qt.CheckState.Unchecked)
    _tick(tab, "support_gesture")
    marks = [
        tab.evidence.item(i)
        for i in range(tab.evidence.count())
        if "gestur dua jari" in tab.evidence.item(i).text()
    ]
    assert len(marks) == 1 and "Kotak" in marks[0].text()
    marks[0].setCheckState(Qt.CheckState.Checked)
    tab.evidence.item(0).setCheckState(Qt.CheckState.Checked)
    assert tab.save() is True
    (act,) = ctx.worksheets().get(case_id).acts
    assert act.act == "support_gesture" and act.annotation_ids == (box.id,)
    assert act.evidence_ids == (evidence_id,)
