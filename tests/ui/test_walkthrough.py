"""Issue 7's walkthrough, as two new users would make it on the demo office: a monitor
prepares a case, the supervisor returns it, the monitor fixes it, the supervisor approves and
refers it, and the PPK's follow-up is recorded.

Each step goes through the windows the users see (buttons, the bell, the review screen, the
dialogs). With ``WALKTHROUGH_DIR`` set, a screenshot of every step is saved there.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from asn_monitor.domain.lifecycle import Status
from asn_monitor.services.queue import Holder, QueueFilter
from asn_monitor.services.referral import Outcome
from asn_monitor.services.review import Decision
from asn_monitor.services.worksheet import WorksheetService
from tests.unit.factories import prepare_for_review
from ui import referral_actions
from ui.context import AppContext
from ui.main_window import MainWindow

PPK = "Dr. H. Lalu Wirasakti, M.Si."


class Camera:
    def __init__(self) -> None:
        folder = os.environ.get("WALKTHROUGH_DIR")
        self.folder = Path(folder) if folder else None
        self.count = 0

    def shot(self, widget: QWidget, name: str) -> None:
        self.count += 1
        if self.folder is not None:
            # Let the layouts settle as they would on screen before the picture is taken.
            for _ in range(3):
                QApplication.processEvents()
            self.folder.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(self.folder / f"{self.count:02d}-{name}.png"))


def _window(qtbot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    return window


def _click_step(qtbot, window: MainWindow, name: str) -> None:
    buttons = {b.objectName(): b for b in window.detail.findChildren(QPushButton)}
    assert f"step_{name}" in buttons, sorted(buttons)
    qtbot.mouseClick(buttons[f"step_{name}"], Qt.MouseButton.LeftButton)


def _fresh_case(ctx: AppContext) -> str:
    """A case Rina holds, identified, with a screenshot: her next piece of work."""
    for row in ctx.queue().rows(QueueFilter(holder=Holder.MINE, status=Status.DIVERIFIKASI)):
        case = ctx.cases().get(row["id"])
        if case.subject_id and case.act_date and case.candidacy_stage:
            return case.id
    raise AssertionError("the demo gives Rina a case to verify")


# The bell's popup asks the offscreen platform for focus it cannot give.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_walkthrough_prepare_return_fix_approve_refer_follow_up(
    qtbot, login, monkeypatch, no_modal_dialogs
) -> None:
    camera = Camera()
    rina = login("rina")
    supervisor = login("supervisor")
    monitor_window = _window(qtbot, rina)
    case_id = _fresh_case(rina)

    # 1. Rina fills the worksheet (its own tests drive the form) and sends the case.
    prepare_for_review(rina.database, rina.user, case_id)
    assert monitor_window.list_panel.select_case(case_id)
    monitor_window.detail.tabs.setCurrentWidget(monitor_window.detail.worksheet)
    camera.shot(monitor_window, "pemantau-lembar-sanksi")
    _click_step(qtbot, monitor_window, "submit")
    assert rina.cases().get(case_id).status is Status.DINILAI
    camera.shot(monitor_window, "pemantau-terkirim")

    # 2. The supervisor's bell says so; the notification opens the review screen.
    boss_window = _window(qtbot, supervisor)
    bell = boss_window.notifications
    assert bell.refresh() >= 1
    bell.show_popup()
    camera.shot(bell.popup, "supervisor-pemberitahuan")
    entry = next(
        n for n in supervisor.notifications().recent() if n.case_id == case_id and not n.read
    )
    bell.popup.activated.emit(entry.id, case_id)
    bell.popup.hide()
    detail = boss_window.detail
    assert detail.case is not None and detail.case.id == case_id
    assert detail.tabs.currentWidget() is detail.review
    panel = detail.review
    panel.evidence.wait_for_image()
    panel.checklist.boxes["identity"].setChecked(True)
    panel.comment.setPlainText(
        "Alasan usulan belum menyebut tanggal unggahan; lengkapi agar sesuai bukti."
    )
    camera.shot(boss_window, "supervisor-review-kembalikan")
    qtbot.mouseClick(panel.buttons[Decision.RETURN], Qt.MouseButton.LeftButton)
    assert supervisor.cases().get(case_id).status is Status.DIKEMBALIKAN

    # 3. Rina is told, reads the comment on the case, fixes the worksheet and resends.
    assert monitor_window.notifications.refresh() >= 1
    monitor_window.open_case(case_id)
    # On two PCs the sync reloads the open case; here both users share one replica.
    monitor_window.detail.show_case(case_id)
    monitor_window.detail.tabs.setCurrentIndex(0)
    notice = monitor_window.detail.return_notice
    assert notice.isVisible() and "tanggal unggahan" in notice.comment.text()
    camera.shot(monitor_window, "pemantau-dikembalikan")
    sheets = WorksheetService(rina.database, rina.user)
    sheet = sheets.get(case_id)
    sheets.save(
        case_id,
        sheet.version,
        acts=sheet.acts,
        factors=sheet.factors,
        proposed_option=sheet.proposed_option,
        justification="Unggahan tanggal 12 Oktober 2024 terlihat jelas pada tangkapan layar.",
    )
    monitor_window.detail.show_case(case_id)
    _click_step(qtbot, monitor_window, "resubmit")
    assert rina.cases().get(case_id).status is Status.DINILAI

    # 4. The supervisor ticks every box and approves: the worksheet is locked now.
    boss_window.open_case(case_id)
    detail.show_case(case_id)
    panel = detail.review
    panel.evidence.wait_for_image()
    for box in panel.checklist.boxes.values():
        box.setChecked(True)
    assert panel.buttons[Decision.APPROVE].isEnabled()
    camera.shot(boss_window, "supervisor-review-setujui")
    qtbot.mouseClick(panel.buttons[Decision.APPROVE], Qt.MouseButton.LeftButton)
    assert supervisor.cases().get(case_id).status is Status.DISETUJUI
    camera.shot(boss_window, "supervisor-disetujui")

    # 5. Refer: the letter dialog, filled as the office would, then the referral panel.
    def fill_referral(dialog: QDialog) -> int:
        if not dialog.ppk_name.text():
            dialog.ppk_name.setText(PPK)
        camera.shot(dialog, "supervisor-surat-penerusan")
        dialog.accept()
        return int(dialog.result())

    def fill_followup(dialog: QDialog) -> int:
        referral = supervisor.referrals().get(case_id)
        assert referral is not None
        dialog.outcome_buttons[Outcome.IMPOSED].setChecked(True)
        dialog.sanction.setText("Hukuman disiplin ringan: teguran tertulis")
        dialog.decree_number.setText("800/412/BKD/2026")
        dialog.decree_date.set_value(referral.letter_date)
        camera.shot(dialog, "supervisor-tindak-lanjut")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(referral_actions.ReferralDialog, "exec", fill_referral)
    monkeypatch.setattr(referral_actions.FollowupDialog, "exec", fill_followup)
    _click_step(qtbot, boss_window, "refer")
    case = supervisor.cases().get(case_id)
    referral = supervisor.referrals().get(case_id)
    assert case.status is Status.DITERUSKAN and referral is not None
    assert referral.followup_due > referral.letter_date
    detail.tabs.setCurrentIndex(0)
    assert detail.referral_panel.isVisible()
    camera.shot(boss_window, "supervisor-diteruskan")

    # 6. The PPK's decision arrives: recorded, and the case can be closed.
    _click_step(qtbot, boss_window, "record_followup")
    stored = supervisor.referrals().get(case_id)
    assert stored is not None and stored.outcome is Outcome.IMPOSED
    assert supervisor.cases().get(case_id).status is Status.DITINDAKLANJUTI
    detail.tabs.setCurrentIndex(0)
    camera.shot(boss_window, "supervisor-ditindaklanjuti")
    _click_step(qtbot, boss_window, "close")
    assert supervisor.cases().get(case_id).status is Status.SELESAI

    # The review history tells the whole story, and Rina was told of each decision.
    decisions = [r.decision for r in supervisor.reviews().reviews(case_id)]
    assert decisions == [Decision.RETURN, Decision.APPROVE]
    kinds = {n.kind for n in rina.notifications().recent() if n.case_id == case_id}
    assert {"returned", "approved", "referred"} <= kinds
    boss_window.open_dashboard()
    dashboard = boss_window._dashboard
    assert dashboard is not None
    dashboard.resize(1280, 860)
    camera.shot(dashboard, "supervisor-dasbor")
    assert dt.date.today() >= referral.letter_date
