"""The supervisor's review screen (the case's "Review" tab), headless."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from asn_monitor.annotations.shapes import Rect
from asn_monitor.domain.lifecycle import Status
from asn_monitor.services.cases import CaseService
from asn_monitor.services.queue import QueueFilter
from asn_monitor.services.review import Decision
from tests.unit.factories import case_fields, prepare_for_review, subject_fields
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.review_panel import ReviewPanel


def _window(qtbot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window


def _open(window: MainWindow, case_id: str) -> ReviewPanel:
    assert window.list_panel.select_case(case_id)
    detail = window.detail
    detail.tabs.setCurrentWidget(detail.review)
    detail.review.evidence.wait_for_image()
    return detail.review


def _ready_case(ctx: AppContext) -> str:
    """A case waiting for review that this supervisor may approve once the boxes are ticked."""
    review = ctx.reviews()
    for row in ctx.queue().rows(QueueFilter(status=Status.DINILAI)):
        case = ctx.cases().get(row["id"])
        if not review.approval_problems(case):
            return case.id
    raise AssertionError("the demo has a case ready for approval")


def _username(ctx: AppContext, user_id: str | None) -> str:
    return str(ctx.database.scalar("SELECT username FROM users WHERE id = ?", (user_id,)))


def _own_case(ctx: AppContext) -> str:
    """A case the supervisor prepared and sent for review personally."""
    cases = CaseService(ctx.database, ctx.user)
    case = cases.create(case_fields(), subject=subject_fields())
    case = cases.transition(case.id, case.version, "claim")
    prepare_for_review(ctx.database, ctx.user, case.id)
    case = cases.transition(case.id, case.version, "submit")
    assert case.status is Status.DINILAI
    return case.id


def test_supervisor_approves_with_every_box_ticked(qtbot, login, no_modal_dialogs):
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    case_id = _ready_case(ctx)
    window.list_panel.select_case(case_id)
    # A case under review opens on the review screen for a supervisor.
    assert window.detail.tabs.currentWidget() is window.detail.review
    panel = window.detail.review
    panel.evidence.wait_for_image()
    approve = panel.buttons[Decision.APPROVE]
    assert panel.decision_box.isVisible() and approve.isVisible()
    assert not approve.isEnabled()
    assert "daftar periksa belum dicentang" in approve.toolTip()
    assert panel.evidence.items and panel.evidence.scene.document is not None
    assert "Perbuatan dan buktinya" in panel.summary.toPlainText()

    keys = [item.key for item in ctx.reviews().checklist()]
    for key in keys[:-1]:
        qtbot.mouseClick(panel.checklist.boxes[key], Qt.MouseButton.LeftButton)
    assert not approve.isEnabled()  # one box left
    qtbot.mouseClick(panel.checklist.boxes[keys[-1]], Qt.MouseButton.LeftButton)
    assert approve.isEnabled()
    panel.comment.setPlainText("Sesuai; lanjutkan penerusan.")
    qtbot.mouseClick(approve, Qt.MouseButton.LeftButton)

    assert ctx.cases().get(case_id).status is Status.DISETUJUI
    assert not [t for k, t in no_modal_dialogs if k == "warning"]
    last = ctx.reviews().reviews(case_id)[-1]
    assert last.decision is Decision.APPROVE
    assert last.checklist == {key: True for key in keys}
    assert last.comment == "Sesuai; lanjutkan penerusan."
    # The screen now offers the reopening of the approval, and the history shows it.
    assert panel.buttons[Decision.REOPEN].isVisible()
    assert not panel.buttons[Decision.APPROVE].isVisible()
    assert "Disetujui" in panel.history.toPlainText()
    assert panel.comment.toPlainText() == ""


def test_the_preparer_cannot_approve_and_is_told_why(qtbot, login, no_modal_dialogs):
    ctx = login("supervisor")
    case_id = _own_case(ctx)
    window = _window(qtbot, ctx)
    window.refresh()
    panel = _open(window, case_id)
    assert panel.banner.isVisible() and "empat mata" in panel.banner.text()
    panel.set_ticked({item.key for item in ctx.reviews().checklist()})
    approve = panel.buttons[Decision.APPROVE]
    assert not approve.isEnabled()
    assert "empat mata" in approve.toolTip()
    assert "empat mata" in panel.problem_label.text()
    # Returning stays open to the preparer.
    assert panel.buttons[Decision.RETURN].isEnabled()
    # Even if the button were pressed, the service refuses it.
    assert panel.decide(Decision.APPROVE) is False
    assert any("empat mata" in text for kind, text in no_modal_dialogs if kind == "warning")
    assert ctx.cases().get(case_id).status is Status.DINILAI


def test_return_needs_a_comment_and_the_monitor_reads_it(qtbot, login, no_modal_dialogs):
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    case_id = _ready_case(ctx)
    panel = _open(window, case_id)
    back = panel.buttons[Decision.RETURN]
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert panel.comment_hint.isVisible() and "catatan" in panel.comment_hint.text()
    assert ctx.cases().get(case_id).status is Status.DINILAI

    panel.checklist.boxes["identity"].setChecked(True)
    panel.comment.setPlainText("Tanggal unggahan belum terlihat pada tangkapan layar.")
    assert not panel.comment_hint.isVisible()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    case = ctx.cases().get(case_id)
    assert case.status is Status.DIKEMBALIKAN
    last = ctx.reviews().reviews(case_id)[-1]
    assert (last.decision, last.comment) == (
        Decision.RETURN,
        "Tanggal unggahan belum terlihat pada tangkapan layar.",
    )
    assert last.checklist["identity"] is True and last.checklist["evidence"] is False

    monitor = login(_username(ctx, case.assignee_id))
    other = _window(qtbot, monitor)
    seen = _open(other, case_id)
    assert seen.banner.isVisible() and "Tanggal unggahan belum terlihat" in seen.banner.text()
    assert seen.decision_box.isHidden()
    assert "1 dari 5 dicentang" in seen.history.toPlainText()


def test_dismiss_needs_a_reason_and_asks_first(qtbot, login, monkeypatch):
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    case_id = _ready_case(ctx)
    panel = _open(window, case_id)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert panel.decide(Decision.DISMISS) is False  # no reason: not even asked
    assert asked == []
    panel.comment.setPlainText("Akun bukan milik ASN terlapor.")
    assert panel.decide(Decision.DISMISS) is False  # "No"
    assert ctx.cases().get(case_id).status is Status.DINILAI
    assert panel.comment.toPlainText() == "Akun bukan milik ASN terlapor."
    qtbot.mouseClick(panel.buttons[Decision.DISMISS], Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert ctx.cases().get(case_id).status is Status.DITOLAK
    assert ctx.reviews().reviews(case_id)[-1].decision is Decision.DISMISS
    assert panel.decision_box.isHidden()  # nothing left to decide here
    assert "Dihentikan" in panel.history.toPlainText()


def test_reopening_an_approval_needs_a_reason(qtbot, login):
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    case_id = ctx.queue().rows(QueueFilter(status=Status.DISETUJUI))[0]["id"]
    panel = _open(window, case_id)
    reopen = panel.buttons[Decision.REOPEN]
    assert reopen.isVisible() and reopen.isEnabled()
    assert not panel.buttons[Decision.APPROVE].isVisible()
    assert not panel.checklist.isVisible()
    qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)
    assert panel.comment_hint.isVisible()
    assert ctx.cases().get(case_id).status is Status.DISETUJUI
    panel.comment.setPlainText("Pasal yang dikutip keliru; perbaiki lembar sanksi.")
    qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)
    assert ctx.cases().get(case_id).status is Status.DIKEMBALIKAN
    assert ctx.reviews().reviews(case_id)[-1].decision is Decision.REOPEN
    assert "Persetujuan dibuka kembali" in panel.banner.text()


def test_a_monitor_sees_the_decisions_read_only(qtbot, login):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    reviewed = next(
        r["id"]
        for r in ctx.queue().rows(QueueFilter(status=Status.DISETUJUI))
        if ctx.reviews().reviews(r["id"])
    )
    panel = _open(window, reviewed)
    assert panel.decision_box.isHidden()
    assert not any(b.isVisible() for b in panel.buttons.values())
    history = panel.history.toPlainText()
    assert "Disetujui" in history and "5 dari 5 dicentang" in history
    assert panel.evidence.comment_tool.isHidden()
    # A case under review does not jump to the review tab for a monitor.
    waiting = ctx.queue().rows(QueueFilter(status=Status.DINILAI))[0]["id"]
    window.detail.tabs.setCurrentIndex(0)
    window.list_panel.select_case(waiting)
    assert window.detail.tabs.currentIndex() == 0
    window.detail.tabs.setCurrentWidget(window.detail.review)
    assert "hanya baca" in window.detail.review.banner.text()


def test_review_steps_in_the_header_open_the_review_tab(qtbot, login, monkeypatch):
    from ui.referral_dialog import ReferralDialog

    opened: list[str] = []
    # The referral dialog is another test's subject: here it is only seen to open.
    monkeypatch.setattr(ReferralDialog, "exec", lambda self: opened.append("refer") or 0)
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    case_id = _ready_case(ctx)
    window.list_panel.select_case(case_id)
    detail = window.detail
    detail.tabs.setCurrentIndex(0)
    steps = {b.objectName(): b for b in detail.findChildren(QPushButton)}
    qtbot.mouseClick(steps["step_return"], Qt.MouseButton.LeftButton)
    assert detail.tabs.currentWidget() is detail.review
    assert ctx.cases().get(case_id).status is Status.DINILAI  # nothing decided yet

    approved = ctx.queue().rows(QueueFilter(status=Status.DISETUJUI))[0]["id"]
    window.list_panel.select_case(approved)
    with qtbot.waitSignal(detail.structured_step_requested) as requested:
        assert detail.run_transition("refer") is False
    assert requested.args == ["refer"]
    assert opened == ["refer"]
    assert ctx.cases().get(approved).status is Status.DISETUJUI


def test_an_open_remark_blocks_approval_until_it_is_settled(qtbot, login):
    ctx = login("supervisor")
    case_id = _ready_case(ctx)
    item = ctx.evidence().list(case_id)[0]
    ctx.annotations().add_comment(item.id, Rect(1, 1, 4, 4), "Tanggal unggahan tidak terbaca.")
    window = _window(qtbot, ctx)
    panel = _open(window, case_id)
    panel.set_ticked({i.key for i in ctx.reviews().checklist()})
    approve = panel.buttons[Decision.APPROVE]
    assert not approve.isEnabled()
    assert "komentar pada bukti yang terbuka" in panel.problem_label.text()
    assert "1 terbuka dari 1" in panel.evidence.comments_title.text()

    remarks = panel.evidence.comments
    qtbot.mouseClick(
        remarks.viewport(),
        Qt.MouseButton.LeftButton,
        pos=remarks.visualItemRect(remarks.item(0)).center(),
    )
    assert panel.evidence.current is not None and panel.evidence.current.id == item.id
    qtbot.mouseClick(panel.evidence.resolve_button, Qt.MouseButton.LeftButton)
    assert "0 terbuka dari 1" in panel.evidence.comments_title.text()
    assert approve.isEnabled()
    assert panel.decide(Decision.APPROVE) is True
    assert ctx.cases().get(case_id).status is Status.DISETUJUI


def test_a_refused_decision_keeps_the_comment_and_the_ticks(qtbot, login, no_modal_dialogs):
    import sqlite3

    ctx = login("supervisor")
    ctx.database.conn.execute("PRAGMA busy_timeout = 50")
    window = _window(qtbot, ctx)
    case_id = _ready_case(ctx)
    panel = _open(window, case_id)
    panel.checklist.boxes["identity"].setChecked(True)
    comment = "Mohon lengkapi tautan unggahan asli."
    panel.comment.setPlainText(comment)
    other = sqlite3.connect(ctx.database.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert panel.decide(Decision.RETURN) is False
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert any("dikunci" in text for kind, text in no_modal_dialogs if kind == "warning")
    assert panel.comment.toPlainText() == comment
    assert panel.ticks()["identity"] is True
    # Typed on one case, kept while another case is looked at.
    other_case = ctx.queue().rows(QueueFilter(status=Status.DISETUJUI))[0]["id"]
    window.list_panel.select_case(other_case)
    window.list_panel.select_case(case_id)
    assert panel.comment.toPlainText() == comment
    assert panel.ticks()["identity"] is True
    assert panel.decide(Decision.RETURN) is True
    assert ctx.cases().get(case_id).status is Status.DIKEMBALIKAN


@pytest.mark.parametrize("language", ["id", "en"])
def test_checklist_reads_in_the_ui_language(qtbot, login, language):
    ctx = login("supervisor")
    ctx.settings.setValue("ui/language", language)
    window = _window(qtbot, ctx)
    panel = _open(window, _ready_case(ctx))
    expected = [item.text(language) for item in ctx.reviews().checklist()]
    shown = [box.accessibleName() for box in panel.checklist.boxes.values()]
    assert shown == expected


def test_decision_shortcuts(qtbot, login):
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    case_id = _ready_case(ctx)
    panel = _open(window, case_id)
    with qtbot.waitActive(window):
        window.activateWindow()
    panel.comment.setFocus()
    panel.comment.setPlainText("Lengkapi bukti.")
    qtbot.keyClick(
        panel.comment,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert ctx.cases().get(case_id).status is Status.DIKEMBALIKAN


def test_ctrl_3_lists_the_cases_waiting_for_review(qtbot, login):
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier
    )
    model = window.list_panel.model
    waiting = {r["id"] for r in ctx.queue().rows(QueueFilter(status=Status.DINILAI))}
    assert waiting and model.rowCount() == len(waiting)
    assert window.list_panel.current_filter().status is Status.DINILAI
    window.list_panel.view.setCurrentIndex(model.index(0, 0))
    assert window.detail.case is not None and window.detail.case.id in waiting
    assert window.detail.tabs.currentWidget() is window.detail.review


def test_reloading_the_same_case_does_not_decode_the_picture_again(qtbot, login, monkeypatch):
    import ui.review_evidence

    decoded: list[str] = []
    real = ui.review_evidence.read_image

    def counting(path, name=""):
        decoded.append(name)
        return real(path, name=name)

    monkeypatch.setattr(ui.review_evidence, "read_image", counting)
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    panel = _open(window, _ready_case(ctx))
    assert len(decoded) == 1
    panel.reload()
    window.detail.revert()  # what a save or a sync does: the case is shown again
    panel.evidence.wait_for_image()
    assert len(decoded) == 1
    assert panel.evidence.scene.full_image() is not None


def test_the_header_step_brings_the_decision_into_view_on_a_small_screen(qtbot, login):
    ctx = login("supervisor")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    case_id = _ready_case(ctx)
    panel = _open(window, case_id)
    panel.column_scroll.verticalScrollBar().setValue(0)
    steps = {b.objectName(): b for b in window.detail.findChildren(QPushButton)}
    qtbot.mouseClick(steps["step_return"], Qt.MouseButton.LeftButton)
    assert window.detail.tabs.currentWidget() is panel
    assert panel.comment.hasFocus() or QApplication.focusWidget() is panel.comment
    button = panel.buttons[Decision.RETURN]
    top = button.mapTo(panel.column_scroll.viewport(), button.rect().topLeft()).y()
    assert 0 <= top < panel.column_scroll.viewport().height()
