"""The referral and follow-up dialogs, the case's “Penerusan” panel, the overdue view and
the letter-pattern dialog (issue 7, items 3 and 4), on the demo workspace."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QPushButton

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case
from asn_monitor.services.referral import Outcome
from tests.unit.factories import approve, case_fields, prepare_for_review, subject_fields
from ui.context import AppContext
from ui.followup_dialog import FollowupDialog
from ui.letter_pattern_dialog import LetterPatternDialog
from ui.long_dates import to_qdate
from ui.referral_dialog import ReferralDialog

PPK = "Dr. H. Lalu Wirasakti, M.Si."


def _case(ctx: AppContext, status: Status, extra: str = "") -> Case:
    row = ctx.database.query_one(
        f"SELECT c.id FROM cases c WHERE c.status = ? {extra} ORDER BY c.number LIMIT 1",
        (status.value,),
    )
    assert row is not None, f"the demo has no case in {status.value}"
    return ctx.cases().get(row["id"])


def _dialog(qtbot, ctx: AppContext, case: Case) -> ReferralDialog:
    dialog = ReferralDialog(ctx.referrals(), case)
    qtbot.addWidget(dialog)
    if not dialog.ppk_name.text():
        dialog.ppk_name.setText(PPK)
    return dialog


def _late_approved_case(ctx: AppContext, login) -> Case:
    """An approved case whose act is after KASN was dissolved (the demo's are older)."""
    monitor = login("rina")
    mon = monitor.cases()
    case = mon.create(
        case_fields(act_date="2024-09-10", known_date="2024-09-11", received_date="2024-09-12"),
        subject=subject_fields(nip="198609262015051009"),
    )
    case = mon.transition(case.id, case.version, "claim")
    prepare_for_review(ctx.database, monitor.user, case.id)
    case = mon.transition(case.id, case.version, "submit")
    return approve(ctx.database, ctx.user, case.id)


def test_automatic_number_is_final_after_the_hub_round(qtbot, office, no_modal_dialogs):
    ctx = office.ctx
    case = _case(ctx, Status.DISETUJUI)
    dialog = _dialog(qtbot, ctx, case)
    assert dialog.number_auto.isChecked()
    hint = ctx.referrals().next_number_hint(ctx.referrals().today())
    assert hint in dialog.number_auto.text() and "perkiraan" in dialog.number_auto.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    referral = ctx.referrals().get(case.id)
    assert referral is not None and referral.letter_number_final
    assert referral.letter_number == hint
    assert no_modal_dialogs[-1][0] == "information"
    assert referral.letter_number in no_modal_dialogs[-1][1]
    assert "akan diberikan" not in no_modal_dialogs[-1][1]
    assert ctx.cases().get(case.id).status is Status.DITERUSKAN
    # The other PC sees the same final number after its own round.
    office.engine_b.sync_once()
    row = office.db_b.query_one(
        "SELECT letter_number, letter_number_final FROM referrals WHERE id = ?", (case.id,)
    )
    assert row == {"letter_number": hint, "letter_number_final": 1}


def test_without_the_share_the_number_is_provisional_and_says_so(qtbot, login, no_modal_dialogs):
    ctx = login("supervisor")  # a session without sync
    case = _case(ctx, Status.DISETUJUI)
    dialog = _dialog(qtbot, ctx, case)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    kind, text = no_modal_dialogs[-1]
    assert kind == "information"
    assert "Nomor surat akan diberikan saat tersambung ke folder bersama" in text
    referral = ctx.referrals().get(case.id)
    assert referral is not None and not referral.letter_number_final

    from asn_monitor.domain.reference import load_reference
    from ui.case_detail import CaseDetail

    detail = CaseDetail(ctx, load_reference(), [])
    qtbot.addWidget(detail)
    detail.show()
    detail.show_case(case.id)
    panel = detail.referral_panel
    assert panel.isVisible()
    assert panel.number.text() == referral.letter_number
    assert panel.number.font().italic() and panel.provisional.isVisible()


def test_a_typed_number_in_use_is_refused_naming_the_other_case(qtbot, login):
    ctx = login("supervisor")
    taken = _case(ctx, Status.DITERUSKAN)
    letter = ctx.referrals().get(taken.id)
    assert letter is not None
    case = _case(ctx, Status.DISETUJUI)
    dialog = _dialog(qtbot, ctx, case)
    assert not dialog.letter_number.isEnabled()
    dialog.number_typed.setChecked(True)
    assert dialog.letter_number.isEnabled()
    dialog.accept()  # typed chosen, nothing typed: asked for it, nothing sent
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Ketik nomor surat" in dialog.banner.text()
    dialog.letter_number.setText(letter.letter_number)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    message = dialog.errors.message("letter_number")
    assert "sudah dipakai" in message and taken.number in message
    assert ctx.cases().get(case.id).status is Status.DISETUJUI
    # Nothing typed is lost: the user fixes the number and goes on.
    assert dialog.ppk_name.text() == PPK
    dialog.letter_number.setText("800/999/Diskominfotik/XI/2026")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.referrals().get(case.id).letter_number == "800/999/Diskominfotik/XI/2026"


def test_kasn_is_not_offered_after_august_2024_and_refused_if_forced(qtbot, login):
    ctx = login("supervisor")
    early = _case(ctx, Status.DISETUJUI)
    assert early.act_date is not None and early.act_date < dt.date(2024, 8, 24)
    assert _dialog(qtbot, ctx, early).addressee_code.findData("kasn") >= 0
    late = _late_approved_case(ctx, login)
    dialog = _dialog(qtbot, ctx, late)
    assert dialog.addressee_code.findData("kasn") == -1
    assert dialog.addressee_code.findData("bkn") >= 0
    kasn = ctx.referrals().addressee("kasn")
    dialog.addressee_code.addItem(kasn.name, kasn.code)  # forced, as an old setting might
    dialog.addressee_code.setCurrentIndex(dialog.addressee_code.count() - 1)
    assert dialog.addressee.text() == kasn.name  # choosing fills the letter's fields
    dialog.ppk_name.setText(PPK)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "BKN" in dialog.errors.message("addressee_code")
    assert ctx.cases().get(late.id).status is Status.DISETUJUI


def test_addressee_and_dates_keep_in_step(qtbot, login):
    ctx = login("supervisor")
    referrals = ctx.referrals()
    case = _case(ctx, Status.DISETUJUI)
    dialog = _dialog(qtbot, ctx, case)
    days = referrals.followup_days()
    index = dialog.addressee_code.findData("bkpsdm_lotim")
    dialog.addressee_code.setCurrentIndex(index)
    assert dialog.place.text() == "Selong" and dialog.ppk_title.text() == "Bupati Lombok Timur"
    assert dialog.ppk_name.text() == referrals.remembered_ppk_name("bkpsdm_lotim")
    letter = dt.date(2026, 11, 2)
    dialog.letter_date.setDate(to_qdate(letter))
    assert dialog.draft().followup_due == letter + dt.timedelta(days=days)
    assert dialog.letter_date.displayFormat() == "dd MMMM yyyy"
    assert dialog.letter_date.text() == "02 November 2026"
    assert dialog.letter_date.calendarPopup()
    dialog.followup_due.setDate(to_qdate(letter + dt.timedelta(days=30)))  # edited by hand
    dialog.letter_date.setDate(to_qdate(letter + dt.timedelta(days=1)))
    assert dialog.draft().followup_due == letter + dt.timedelta(days=30)
    assert "29 hari" in dialog.due_hint.text()


def test_follow_up_rules_show_under_their_fields(qtbot, login):
    ctx = login("supervisor")
    case = _case(ctx, Status.DITERUSKAN)
    referral = ctx.referrals().get(case.id)
    assert referral is not None
    dialog = FollowupDialog(ctx.referrals(), case, referral)
    qtbot.addWidget(dialog)
    assert dialog.outcome_buttons[Outcome.IMPOSED].isChecked()
    assert dialog.sanction.isEnabled() and dialog.decree_date.isEnabled()
    dialog.outcome_date.setDate(to_qdate(referral.letter_date - dt.timedelta(days=1)))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "sebelum tanggal surat penerusan" in dialog.errors.message("outcome_date")
    for key in ("sanction_imposed", "decree_number", "decree_date"):
        assert "wajib diisi" in dialog.errors.message(key)

    dialog.outcome_buttons[Outcome.NONE].setChecked(True)
    assert not dialog.sanction.isEnabled() and not dialog.decree_number.isEnabled()
    assert dialog.errors.message("sanction_imposed") == ""  # old messages go with the choice
    assert dialog.note_label.text().endswith("*:")
    dialog.outcome_date.setDate(to_qdate(referral.letter_date + dt.timedelta(days=3)))
    dialog.accept()
    assert "Tuliskan keterangan" in dialog.errors.message("outcome_note")

    dialog.outcome_buttons[Outcome.IMPOSED].setChecked(True)
    dialog.sanction.setText("Hukuman disiplin ringan: teguran tertulis")
    dialog.decree_number.setText("800/321/BKD/2024")
    dialog.decree_date.set_value(referral.letter_date + dt.timedelta(days=2))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.cases().get(case.id).status is Status.DITINDAKLANJUTI
    stored = ctx.referrals().get(case.id)
    assert stored is not None and stored.decree_number == "800/321/BKD/2024"


def test_case_view_steps_open_the_dialogs_and_the_panel_flags_overdue(qtbot, login, monkeypatch):
    from asn_monitor.domain.reference import load_reference
    from ui import referral_actions
    from ui.case_detail import CaseDetail
    from ui.referral_actions import ReferralActions

    ctx = login("supervisor")
    detail = CaseDetail(ctx, load_reference(), [])
    qtbot.addWidget(detail)
    actions = ReferralActions(ctx, detail, detail)
    detail.show()

    def accept_filled(dialog: QDialog) -> int:
        if isinstance(dialog, ReferralDialog):
            dialog.ppk_name.setText(PPK)
        else:
            assert isinstance(dialog, FollowupDialog)
            dialog.outcome_buttons[Outcome.OTHER].setChecked(True)
            dialog.note.setPlainText("ASN yang bersangkutan mengundurkan diri.")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(referral_actions.ReferralDialog, "exec", accept_filled)
    monkeypatch.setattr(referral_actions.FollowupDialog, "exec", accept_filled)
    case = _case(ctx, Status.DISETUJUI)
    detail.show_case(case.id)
    assert not detail.referral_panel.isVisible()
    with qtbot.waitSignal(detail.case_saved):
        qtbot.mouseClick(detail.findChild(QPushButton, "step_refer"), Qt.MouseButton.LeftButton)
    assert detail.case is not None and detail.case.status is Status.DITERUSKAN
    assert detail.referral_panel.isVisible()
    assert "hari lagi" in detail.referral_panel.due.text()
    assert detail.referral_panel.escalate_button.isVisible()
    with qtbot.waitSignal(detail.case_saved):
        qtbot.mouseClick(
            detail.findChild(QPushButton, "step_record_followup"), Qt.MouseButton.LeftButton
        )
    assert detail.case.status is Status.DITINDAKLANJUTI
    assert "mengundurkan diri" in detail.referral_panel.outcome.text()
    assert not detail.referral_panel.escalate_button.isVisible()

    # A demo letter long past its deadline: red, and an escalation is one click away.
    overdue = ctx.referrals().overdue()[0]
    detail.show_case(overdue["case_id"])
    panel = detail.referral_panel
    assert "lewat" in panel.due.text() and "c62828" in panel.due.styleSheet()
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        lambda *_a, **_k: ("Surat pengingat dikirim 24/11.", True),
    )
    with qtbot.waitSignal(detail.case_saved):
        qtbot.mouseClick(panel.escalate_button, Qt.MouseButton.LeftButton)
    assert "Surat pengingat dikirim 24/11." in panel.escalations.text()
    assert actions.pattern_action.isEnabled()


def test_the_overdue_follow_up_view_lists_them(qtbot, login):
    from ui.case_list_panel import CaseListPanel

    ctx = login("supervisor")
    panel = CaseListPanel(ctx.queue)
    qtbot.addWidget(panel)
    action = next(a for a in panel.view_actions if a.text() == "Tindak lanjut lewat tenggat")
    assert action.shortcut().toString() == "Ctrl+6"  # after the five older built-in views
    action.trigger()
    expected = {r["case_id"] for r in ctx.referrals().overdue()}
    assert expected
    shown = {panel.model.case_id(row) for row in range(panel.model.rowCount())}
    assert shown == expected


def test_letter_pattern_dialog_previews_and_checks(qtbot, login, no_modal_dialogs):
    ctx = login("supervisor")
    dialog = LetterPatternDialog(ctx.referrals())
    qtbot.addWidget(dialog)
    assert dialog.preview.text() == ctx.referrals().next_number_hint(ctx.referrals().today())
    dialog.pattern.setText("B-{nomer}/{tahun}")
    assert not dialog.save_button.isEnabled()
    assert "tepat satu kali" in dialog.problem.text()
    dialog.pattern.setText("B-{nomor:4}/{bulan}/{tahun}")
    assert dialog.save_button.isEnabled()
    today = ctx.referrals().today()
    assert dialog.preview.text().startswith("B-0") and dialog.preview.text().endswith(
        f"/{today.month:02d}/{today.year}"
    )
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.referrals().letter_pattern() == "B-{nomor:4}/{bulan}/{tahun}"
    # A monitor cannot change it: the service says so, the dialog keeps the text.
    monitor = login("rina")
    dialog = LetterPatternDialog(monitor.referrals())
    qtbot.addWidget(dialog)
    dialog.pattern.setText("C-{nomor}")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.banner.text() and dialog.pattern.text() == "C-{nomor}"


def test_the_main_window_offers_the_dialogs_and_the_pattern(qtbot, office, monkeypatch):
    from ui import referral_actions
    from ui.main_window import MainWindow

    opened: list[str] = []

    def record(dialog: QDialog) -> int:
        opened.append(type(dialog).__name__)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(referral_actions.ReferralDialog, "exec", record)
    monkeypatch.setattr(referral_actions.LetterPatternDialog, "exec", record)
    window = MainWindow(office.ctx)
    qtbot.addWidget(window)
    case = _case(office.ctx, Status.DISETUJUI)
    window.list_panel.select_case(case.id)
    qtbot.waitUntil(lambda: window.detail.case is not None and window.detail.case.id == case.id)
    window._fill_case_menu()
    refer = next(a for a in window.case_menu.actions() if a.text() == "Teruskan ke BKD/BKN")
    refer.trigger()
    assert opened == ["ReferralDialog"]
    assert office.ctx.cases().get(case.id).status is Status.DISETUJUI  # cancelled
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Alat")
    assert window.referral_actions.pattern_action in tools.actions()
    window.referral_actions.pattern_action.trigger()
    assert opened == ["ReferralDialog", "LetterPatternDialog"]


def test_the_share_gone_while_referring_leaves_a_provisional_number(
    qtbot, office, no_modal_dialogs
):
    ctx = office.ctx
    case = _case(ctx, Status.DISETUJUI)
    office.hub_away()
    dialog = _dialog(qtbot, ctx, case)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (
        "Nomor surat akan diberikan saat tersambung ke folder bersama" in (no_modal_dialogs[-1][1])
    )
    assert not ctx.referrals().get(case.id).letter_number_final
    # Known offline now: an automatic number is refused at once, a typed one is not.
    second = ctx.cases().get(
        ctx.database.query_one(
            "SELECT id FROM cases WHERE status = 'disetujui' AND id != ? ORDER BY number",
            (case.id,),
        )["id"]
    )
    dialog = _dialog(qtbot, ctx, second)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Nomor diketik" in dialog.banner.text()
    office.hub_back()
    office.engine_a.sync_once()
    referral = ctx.referrals().get(case.id)
    assert referral is not None and referral.letter_number_final
    assert referral.letter_number.startswith("800/")
