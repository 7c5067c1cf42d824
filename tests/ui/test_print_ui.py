"""Printing from the windows (issue 8, item 4): Ctrl+P for the case summary, the letter from
the case's Penerusan box, a draft letter from the referral dialog, the recap's period,
and the preview's paper choice and "Simpan PDF…"."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication, QDialog

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case
from ui import referral_actions
from ui.context import AppContext
from ui.long_dates import to_qdate
from ui.main_window import MainWindow
from ui.printing import preview as preview_module
from ui.printing.preview import PrintPreview
from ui.printing.recap_dialog import RecapDialog, preset_range
from ui.referral_dialog import ReferralDialog

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)


@pytest.fixture
def shown(monkeypatch) -> list[PrintPreview]:
    """Previews opened, instead of blocking on them."""
    opened: list[PrintPreview] = []

    def record(dialog: PrintPreview) -> int:
        opened.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(PrintPreview, "exec", record)
    return opened


def _case(ctx: AppContext, status: Status) -> Case:
    row = ctx.database.query_one(
        "SELECT id FROM cases c WHERE status = ? AND EXISTS "
        "(SELECT 1 FROM evidence e WHERE e.case_id = c.id) ORDER BY number LIMIT 1",
        (status.value,),
    )
    assert row is not None
    return ctx.cases().get(row["id"])


def _window(qtbot, ctx: AppContext, case: Case) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.list_panel.select_case(case.id)
    qtbot.waitUntil(lambda: window.detail.case is not None and window.detail.case.id == case.id)
    return window


def _text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_ctrl_p_previews_the_case_summary_and_saves_a_pdf(qtbot, login, shown, tmp_path):
    ctx = login("supervisor")
    case = _case(ctx, Status.DITERUSKAN)
    window = _window(qtbot, ctx, case)
    action = window.print_actions.summary_action
    assert action.shortcut().toString() == "Ctrl+P"
    assert action.isEnabled() and window.print_actions.letter_action.isEnabled()
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Berkas")
    assert (
        action in file_menu.actions() and window.print_actions.recap_action in file_menu.actions()
    )
    window._fill_case_menu()
    assert action in window.case_menu.actions()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    assert len(shown) == 1
    dialog = shown[0]
    assert case.number in dialog.windowTitle()
    path = dialog.save_pdf(tmp_path / "ringkasan")
    assert path == tmp_path / "ringkasan"
    assert case.number in _text(path)


def test_paper_choice_is_applied_and_remembered(qtbot, login, shown, tmp_path):
    ctx = login("supervisor")
    case = _case(ctx, Status.DITERUSKAN)
    window = _window(qtbot, ctx, case)
    window.print_actions.print_summary()
    dialog = shown[0]
    assert dialog.paper == "A4"
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("F4"))
    size = dialog.printer().pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (215, 330)
    assert ctx.settings.value(preview_module.PAPER_SETTING) == "F4"
    window.print_actions.print_summary()
    assert shown[1].paper == "F4"
    out = shown[1].save_pdf(tmp_path / "f4.pdf")
    assert out is not None
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "609" in info and "935" in info


def test_a_pdf_that_cannot_be_written_is_explained(qtbot, login, shown, no_modal_dialogs, tmp_path):
    ctx = login("supervisor")
    window = _window(qtbot, ctx, _case(ctx, Status.DITERUSKAN))
    window.print_actions.print_summary()
    assert shown[0].save_pdf(tmp_path / "tidak-ada" / "x.pdf") is None
    assert any("PDF tidak dapat ditulis" in text for _kind, text in no_modal_dialogs)


def test_the_letter_from_the_penerusan_box(qtbot, login, shown, tmp_path):
    ctx = login("supervisor")
    case = _case(ctx, Status.DITERUSKAN)
    window = _window(qtbot, ctx, case)
    panel = window.detail.referral_panel
    assert panel.print_button.isVisibleTo(window)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    letter = shown[0].save_pdf(tmp_path / "surat.pdf")
    assert letter is not None
    text = _text(letter)
    referral = ctx.referrals().get(case.id)
    assert referral is not None and referral.letter_number in text and "Lampiran surat" in text


def test_no_letter_for_an_unreferred_case(qtbot, login, shown, no_modal_dialogs):
    ctx = login("supervisor")
    window = _window(qtbot, ctx, _case(ctx, Status.DISETUJUI))
    assert window.print_actions.summary_action.isEnabled()
    assert not window.print_actions.letter_action.isEnabled()
    window.print_actions.print_letter()  # the shortcut still reaches it
    assert not shown
    assert any("belum diteruskan" in text for _kind, text in no_modal_dialogs)


def test_draft_letter_from_the_referral_dialog(qtbot, login, shown, monkeypatch, tmp_path):
    ctx = login("supervisor")
    case = _case(ctx, Status.DISETUJUI)
    window = _window(qtbot, ctx, case)
    dialogs: list[ReferralDialog] = []

    def run(dialog: ReferralDialog) -> int:
        dialogs.append(dialog)
        dialog.ppk_name.setText("Dr. H. Lalu Contoh, M.Si.")
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(referral_actions.ReferralDialog, "exec", run)
    window.referral_actions.run_step("refer")
    assert dialogs and len(shown) == 1
    path = shown[0].save_pdf(tmp_path / "konsep.pdf")
    assert path is not None
    text = _text(path)
    assert "KONSEP" in text and "(diberikan saat diteruskan)" in text
    assert ctx.cases().get(case.id).status is Status.DISETUJUI  # nothing was sent


def test_recap_period_presets_and_an_empty_range(qtbot, login, shown):
    ctx = login("supervisor")
    today = dt.date(2026, 11, 24)
    assert preset_range("this_month", today) == (dt.date(2026, 11, 1), today)
    assert preset_range("last_month", today) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert preset_range("quarter", today) == (dt.date(2026, 10, 1), today)
    assert preset_range("year", dt.date(2026, 1, 5)) == (dt.date(2026, 1, 1), dt.date(2026, 1, 5))
    dialog = RecapDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(to_qdate(dt.date(2024, 12, 31)))
    dialog.date_to.setDate(to_qdate(dt.date(2024, 1, 1)))
    assert dialog.preset.currentData() == "custom"
    dialog.show_preview()
    assert not shown and dialog.error.isVisibleTo(dialog)
    assert "Rentang tanggal kosong" in dialog.error.text()
    dialog.date_from.setDate(to_qdate(dt.date(2023, 1, 1)))
    assert not dialog.error.isVisibleTo(dialog)
    dialog.show_preview()
    assert len(shown) == 1 and "Rekapitulasi" in shown[0].document.title


def test_letterhead_is_for_supervisors(qtbot, login):
    supervisor = login("supervisor")
    window = MainWindow(supervisor)
    qtbot.addWidget(window)
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Alat")
    assert window.print_actions.letterhead_action in tools.actions()
    assert window.print_actions.letterhead_action.isEnabled()
    monitor = MainWindow(login("rina"))
    qtbot.addWidget(monitor)
    assert not monitor.print_actions.letterhead_action.isEnabled()


def test_the_letterhead_dialog_opens_from_the_tools_menu(qtbot, login, monkeypatch):
    from ui import print_actions

    opened: list[str] = []
    monkeypatch.setattr(
        print_actions.LetterheadDialog, "exec", lambda d: opened.append(d.windowTitle()) or 0
    )
    window = MainWindow(login("supervisor"))
    qtbot.addWidget(window)
    window.print_actions.letterhead_action.trigger()
    assert len(opened) == 1


def test_the_pdf_name_keeps_what_was_typed(
    qtbot, login, shown, monkeypatch, no_modal_dialogs, tmp_path
):
    ctx = login("supervisor")
    window = _window(qtbot, ctx, _case(ctx, Status.DITERUSKAN))
    window.print_actions.print_summary()
    typed = tmp_path / "rekap.v2"
    monkeypatch.setattr(
        preview_module.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(typed), "")
    )
    assert shown[0].save_pdf() == tmp_path / "rekap.v2.pdf"
    # Now "rekap.v2.pdf" exists, and the dialog only asked about "rekap.v2": ask first.
    assert shown[0].save_pdf() is None  # the recorded question answers "no"
    assert any("rekap.v2.pdf sudah ada" in text for kind, text in no_modal_dialogs)
