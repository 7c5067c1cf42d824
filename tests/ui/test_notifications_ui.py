"""Notifications, the returned-case notice and the reporter's identity, as users meet them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog

from asn_monitor.domain.lifecycle import Status
from asn_monitor.services.queue import QueueFilter
from tests.ui.conftest import TwoPcs
from ui.access_log_dialog import AccessLogDialog
from ui.context import AppContext
from ui.main_window import MainWindow

SHOTS = Path("/tmp/shots")
# The offscreen platform cannot raise a popup or let it grab the keyboard; it says so.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def _window(qtbot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _with_reporter(ctx: AppContext, status: Status | None = None) -> list[str]:
    rows = ctx.queue().rows(QueueFilter(status=status))
    return [r["id"] for r in rows if ctx.cases().get(r["id"]).reporter_id]


def _looks(ctx: AppContext, case_id: str) -> int:
    return int(ctx.database.scalar("SELECT count(*) FROM access_log WHERE case_id = ?", (case_id,)))


def _click(qtbot, popup, row: int) -> None:
    view = popup.list
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- the bell ---------------------------------------------------------------------------


def test_the_bell_counts_unread_and_a_click_opens_the_case_and_reads_it(qtbot, login):
    ctx = login("supervisor")
    service = ctx.notifications()
    window = _window(qtbot, ctx)
    window.list_panel.select_case("")  # nothing open: opening the first case reads nothing
    unread = service.unread_count()
    assert unread > 2
    bell = window.notifications
    assert bell.count == unread
    assert f"{unread} pemberitahuan belum dibaca" in bell.toolTip()
    assert "Ctrl+Shift+M" in bell.toolTip()

    bell.click()
    popup = bell.popup
    qtbot.waitUntil(popup.isVisible)
    newest = service.recent()
    assert popup.list.count() == len(newest)
    assert popup.list.item(0).font().bold() == (not newest[0].read)
    target = newest[1]
    assert target.case_id and not target.read
    first_line = popup.list.item(1).text().splitlines()[0]
    assert target.case_number in first_line and target.actor_name in first_line
    others_of_case = [n.id for n in newest if n.case_id == target.case_id]

    _click(qtbot, popup, 1)
    assert not popup.isVisible()
    assert window.detail.case is not None and window.detail.case.id == target.case_id
    still_unread = {n.id for n in service.recent(unread_only=True)}
    assert not still_unread & set(others_of_case)  # opening the case read all of its news
    assert bell.count == service.unread_count() < unread


def test_the_popup_works_from_the_keyboard_and_marks_all_read(qtbot, login):
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    bell = window.notifications
    assert window.notifications_action.shortcut() == QKeySequence("Ctrl+Shift+M")
    window.notifications_action.trigger()
    popup = bell.popup
    qtbot.waitUntil(popup.isVisible)
    assert popup.list.hasFocus() or popup.list.currentRow() == 0
    qtbot.keyClick(popup.list, Qt.Key.Key_Down)
    assert popup.list.currentRow() == 1
    wanted = ctx.notifications().recent()[1].case_id
    qtbot.keyClick(popup.list, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.detail.case is not None and window.detail.case.id == wanted

    bell.show_popup()
    SHOTS.mkdir(parents=True, exist_ok=True)
    popup.grab().save(str(SHOTS / "notifications_popup.png"))
    assert popup.read_all.isEnabled()
    qtbot.mouseClick(popup.read_all, Qt.MouseButton.LeftButton)
    assert bell.count == ctx.notifications().unread_count() == 0
    assert not popup.read_all.isEnabled()
    assert not any(popup.list.item(i).font().bold() for i in range(popup.list.count()))
    assert "Tidak ada pemberitahuan baru" in bell.toolTip()


def test_no_two_actions_of_the_window_share_a_shortcut(qtbot, login):
    window = _window(qtbot, login("supervisor"))
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()
    assert seen["Ctrl+Shift+M"] == window.notifications_action.text()
    # The review screen's decision keys work while it has focus: Qt would find them
    # ambiguous with a window action on the same key.
    for shortcut in window.findChildren(QShortcut):
        text = shortcut.key().toString()
        assert text not in seen, f"{text}: {seen[text]!r} and a QShortcut"


def test_a_monitor_reads_only_their_own_notifications(qtbot, login):
    supervisor = login("supervisor")
    monitor = login("rina")
    before = supervisor.notifications().unread_count()
    window = _window(qtbot, monitor)
    window.notifications.mark_all_read()
    assert monitor.notifications().unread_count() == 0
    assert supervisor.notifications().unread_count() == before


def test_a_notification_written_on_another_pc_arrives_through_sync(qtbot, office: TwoPcs):
    rina = office.users["rina"]
    ctx = AppContext(
        office.ctx.database,
        rina,
        office.ctx.hasher,
        office.ctx.settings,
        office.ctx.workspace_dir,
        office.ctx.sync,
    )
    held = [r["id"] for r in ctx.queue().rows(QueueFilter()) if r["assignee_id"] == rina.id]
    assert held
    window = _window(qtbot, ctx)
    window.list_panel.select_case(held[-1])
    bell = window.notifications
    before = bell.count
    assert before == ctx.notifications().unread_count()

    # PC B: the supervisor comments on a case Rina holds; nothing reaches PC A yet.
    office.cases_b("supervisor").add_note(held[0], "Mohon cek NIP di SIASN.")
    assert bell.count == before
    office.engine_b.sync_once()
    office.engine_a.sync_once()
    qtbot.waitUntil(lambda: bell.count == before + 1)
    assert window.statusBar().currentMessage() == "1 pemberitahuan baru"
    (newest,) = ctx.notifications().recent(limit=1)
    assert (newest.kind, newest.case_id, newest.body) == (
        "comment",
        held[0],
        "Mohon cek NIP di SIASN.",
    )
    # Opening the case reads it, and the read mark goes back through sync like any edit.
    window.open_case(held[0])
    assert not [n for n in ctx.notifications().recent(unread_only=True) if n.case_id == held[0]]
    assert bell.count == ctx.notifications().unread_count() < before + 1
    office.engine_a.sync_once()
    office.engine_b.sync_once()
    assert office.db_b.scalar(
        "SELECT read_at IS NOT NULL FROM notifications WHERE id = ?", (newest.id,)
    )


# -- the returned case -----------------------------------------------------------------


def test_a_returned_case_shows_the_supervisors_comment_on_top(qtbot, login):
    supervisor = login("supervisor")
    (row, *_rest) = supervisor.queue().rows(QueueFilter(status=Status.DIKEMBALIKAN))
    holder = supervisor.users().get(row["assignee_id"]).username
    ctx = login(holder)
    returned = [row["id"]]
    window = _window(qtbot, ctx)
    window.list_panel.select_case(returned[0])
    notice = window.detail.return_notice
    review = ctx.reviews().last_return(returned[0])
    assert review is not None and review.comment
    assert notice.isVisible()
    assert notice.comment.text() == review.comment
    assert review.reviewer_name in notice.title.text()
    other = ctx.queue().rows(QueueFilter(status=Status.MASUK))[0]["id"]
    window.list_panel.select_case(other)
    assert notice.isHidden()


# -- the reporter's identity ------------------------------------------------------------


def test_the_reporter_is_revealed_on_request_and_each_reveal_is_logged_once(
    qtbot, login, monkeypatch
):
    ctx = login("supervisor")
    case_id, other_id = _with_reporter(ctx)[:2]
    window = _window(qtbot, ctx)
    detail = window.detail
    form = detail.form
    window.list_panel.select_case(case_id)
    button = detail.reveal.button
    assert button.isVisible()
    assert "disembunyikan" in form.reporter_masked.text()
    assert form.reporter_name.text() == "" and form.reporter_name.isHidden()
    assert _looks(ctx, case_id) == 0  # opening the case is no look

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    button.click()  # cancelled: nothing shown, nothing logged
    assert _looks(ctx, case_id) == 0 and form.reporter_name.text() == ""

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Klarifikasi ke pelapor", True))
    scroll = detail.tabs.widget(0)
    scroll.ensureWidgetVisible(form.reporter_box)
    form.reporter_box.grab().save(str(SHOTS / "reporter_masked_box.png"))
    button.click()
    assert _looks(ctx, case_id) == 1
    (entry,) = ctx.access_log().entries(case_id=case_id)
    assert (entry.purpose, entry.user_id) == ("Klarifikasi ke pelapor", ctx.user.id)
    assert form.reporter_name.isVisible() and form.reporter_name.text()
    assert form.reporter_masked.isHidden() and button.isHidden()
    assert not detail.is_dirty()
    form.reporter_box.grab().save(str(SHOTS / "reporter_revealed_box.png"))
    # The look is in the case's Riwayat at once.
    model = detail.history.model
    cells = [str(model.data(model.index(0, c))) for c in range(model.columnCount())]
    assert (
        "Akses data pribadi" in cells
        and "Identitas pelapor; tujuan: Klarifikasi ke pelapor" in cells
    )

    detail.show_case(case_id)  # a reload (sync, save) keeps it without a new look
    assert form.reporter_name.text() and _looks(ctx, case_id) == 1
    window.list_panel.select_case(other_id)
    assert form.reporter_name.text() == "" and button.isVisible()
    window.list_panel.select_case(case_id)  # back again: masked, a new reveal is a new look
    assert form.reporter_name.text() == "" and button.isVisible()
    button.click()
    assert _looks(ctx, case_id) == 2


def test_a_monitor_has_no_reveal_button_and_no_look_is_logged(qtbot, login):
    ctx = login("rina")
    case_id = _with_reporter(ctx)[0]
    window = _window(qtbot, ctx)
    window.list_panel.select_case(case_id)
    form = window.detail.form
    assert window.detail.reveal.button.isHidden()
    assert form.reporter_box.isVisible()
    assert "memiliki pelapor" in form.reporter_masked.text()
    assert "dirahasiakan" in form.reporter_masked.text()
    assert form.reporter_name.text() == "" and form.reporter_name.isHidden()
    assert _looks(ctx, case_id) == 0
    assert not window.access_log_action.isEnabled()


def test_the_access_log_dialog_lists_and_filters_the_looks(
    qtbot, login, qtmodeltester, monkeypatch
):
    ctx = login("supervisor")
    first, second = _with_reporter(ctx)[:2]
    service = ctx.cases()
    service.reporter(first, "Klarifikasi")
    service.reporter(second, "")
    window = _window(qtbot, ctx)
    assert window.access_log_action.isEnabled()
    dialog = AccessLogDialog(ctx.access_log(), window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    assert dialog.model.data(dialog.model.index(0, 4)) == "(tidak diisi)"
    assert dialog.count.text() == "2 catatan"
    number = service.get(first).number
    dialog.filter.setText(number)
    dialog.reload()
    assert dialog.model.rowCount() == 1
    row = [dialog.model.data(dialog.model.index(0, c)) for c in range(5)]
    assert row[1:] == [ctx.user.display_name, number, "Identitas pelapor", "Klarifikasi"]
    dialog.show()
    dialog.grab().save(str(SHOTS / "access_log_dialog.png"))
    dialog.filter.setText("TIDAK-ADA")
    dialog.reload()
    assert dialog.model.rowCount() == 0 and "TIDAK-ADA" in dialog.count.text()
    dialog.filter.setText(number)
    dialog.reload()
    with qtbot.waitSignal(dialog.open_case_requested) as opened:
        dialog.view.activated.emit(dialog.model.index(0, 0))
    assert opened.args == [first]


def test_reporter_edits_are_not_typed_into_a_box_masked_by_a_remote_change(
    qtbot, login, monkeypatch
):
    ctx = login("supervisor")
    cases = ctx.cases()
    case_id = next(i for i in _with_reporter(ctx) if cases.may_edit(cases.get(i)))
    window = _window(qtbot, ctx)
    detail, form = window.detail, window.detail.form
    window.list_panel.select_case(case_id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Koreksi kontak", True))
    detail.reveal.button.click()
    form.reporter_contact.setText("0812-0000-1111")
    assert detail.is_dirty()
    # Meanwhile another PC corrects the reporter (here: the same replica, another save).
    case = cases.get(case_id)
    reporter = cases.reporter(case_id)
    cases.update(
        case_id,
        case.version,
        {},
        reporter={"name": reporter.name + " (koreksi)", "contact": "", "nik": ""},
    )
    assert detail.remote_changed({("reporter", str(case.reporter_id))})
    detail.merge_remote()
    # Masked again: the typed contact is offered to copy, never saved unseen.
    assert form.reporter_name.isHidden() and detail.reveal.button.isVisible()
    assert form.reporter_contact.text() != "0812-0000-1111"
    assert "0812-0000-1111" in form.banner.text() and "disembunyikan" in form.banner.text()
    assert detail.save()
    assert cases.reporter(case_id).contact == ""
