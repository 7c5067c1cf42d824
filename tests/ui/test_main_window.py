"""The workstation as a monitor and a supervisor use it, headless."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from asn_monitor.domain.lifecycle import Status
from asn_monitor.services.queue import QueueFilter
from asn_monitor.services.review import Decision
from tests.unit.factories import prepare_for_review
from ui.case_table_model import CaseTableModel
from ui.history_panel import HistoryModel
from ui.main_window import MainWindow
from ui.new_case_dialog import NewCaseDialog


@pytest.fixture
def captured_warnings(no_modal_dialogs):
    class Warnings(list):
        def __eq__(self, other):
            return [t for k, t in no_modal_dialogs if k == "warning"] == other

        def __getitem__(self, i):
            return [t for k, t in no_modal_dialogs if k == "warning"][i]

        def __bool__(self):
            return any(k == "warning" for k, _ in no_modal_dialogs)

    return Warnings()


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_case_table_model_passes_modeltester(qtmodeltester, login):
    ctx = login("rina")
    model = CaseTableModel(ctx.queue)
    model.refresh()
    assert model.rowCount() == 40
    qtmodeltester.check(model, force_py=True)
    model.set_filter(QueueFilter(status=Status.MASUK))
    qtmodeltester.check(model, force_py=True)
    assert all(model.data(model.index(r, 1)) == "Masuk" for r in range(model.rowCount()))


def test_history_model_passes_modeltester(qtmodeltester, login):
    ctx = login("supervisor")
    case_id = ctx.queue().rows(QueueFilter(status=Status.SELESAI))[0]["id"]
    model = HistoryModel()
    model.set_entries(ctx.cases().history(case_id), {})
    assert model.rowCount() > 5
    qtmodeltester.check(model, force_py=True)


def test_sorting_is_done_in_sql(login):
    ctx = login("rina")
    model = CaseTableModel(ctx.queue)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    numbers = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert numbers == sorted(numbers)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == max(numbers)


def test_monitor_creates_edits_and_submits_a_case(qtbot, login, captured_warnings):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    dialog = NewCaseDialog(ctx, window.reference, window.elections, window)
    qtbot.addWidget(dialog)
    form = dialog.form
    # Nothing filled in: the form says what is missing and nothing is saved.
    form.summary.setPlainText("")
    dialog.save()
    assert dialog.created is None
    assert not form.banner.isHidden()
    assert "Ringkasan wajib diisi" in form.banner.text()

    form.platform.setCurrentIndex(form.platform.findData("instagram"))
    form.summary.setPlainText("Mengunggah foto bersama Paslon 2 dengan pose dua jari.")
    form.post_urls.setPlainText("https://www.instagram.com/p/C0abc123/")
    form.act_date.set_value(dt.date(2024, 10, 1))
    form.known_date.set_value(dt.date(2024, 10, 2))
    form.received_date.set_value(dt.date(2024, 10, 3))
    form.subject_name.setText("Baiq Nur'aini, S.Pd.")
    form.nip.setText("19860926 201505 2 001")
    assert "perempuan" in form.nip_info.text()
    form.agency.setEditText("Dinas Pendidikan dan Kebudayaan")
    form.reporter_name.setText("Pelapor Rahasia")
    dialog.save()
    assert dialog.created is not None, form.banner.text()
    created = dialog.created
    assert created.number.startswith("NTB-2024-")

    window.list_panel.refresh(keep=created.id)
    window.list_panel.select_case(created.id)
    assert window.detail.case is not None and window.detail.case.id == created.id
    # The monitor never sees the reporter's identity, even for a case she registered.
    assert "dirahasiakan" in window.detail.form.reporter_masked.text()
    assert window.detail.form.reporter_name.text() == ""

    window.detail.run_transition("claim")
    assert ctx.cases().get(created.id).status == Status.DIVERIFIKASI

    window.detail.form.summary.setPlainText(
        "Mengunggah foto bersama Paslon 2 (dua jari), 1.200 suka."
    )
    assert window.save_action.isEnabled()
    window.save_action.trigger()
    assert ctx.cases().get(created.id).summary.endswith("1.200 suka.")
    assert not window.save_action.isEnabled()

    # Review needs the worksheet (tests/ui/test_worksheet_ui.py fills it through its tab).
    assert window.detail.run_transition("submit") is False
    assert "lembar sanksi belum memuat perbuatan" in captured_warnings[-1]
    prepare_for_review(ctx.database, ctx.user, created.id)
    window.detail.show_case(created.id)
    assert window.detail.run_transition("submit") is True
    assert ctx.cases().get(created.id).status == Status.DINILAI
    assert captured_warnings == [captured_warnings[0]]  # that one, no other


def test_monitor_is_refused_approval_with_a_clear_message(qtbot, login, captured_warnings):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    case = ctx.queue().rows(QueueFilter(status=Status.DINILAI))[0]
    window.list_panel.select_case(case["id"])
    steps = [b.objectName() for b in window.detail.findChildren(type(window.detail.save_button))]
    assert "step_approve" not in steps  # the UI does not offer it...
    assert window.detail.run_transition("approve") is False  # ...and the service refuses it
    assert captured_warnings and "tidak berwenang" in captured_warnings[0]
    assert ctx.cases().get(case["id"]).status == Status.DINILAI


def test_supervisor_approves_from_the_header_button(qtbot, login):
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    case = ctx.queue().rows(QueueFilter(status=Status.DINILAI))[0]
    window.list_panel.select_case(case["id"])
    button = window.detail.findChild(type(window.detail.save_button), "step_approve")
    assert button is not None
    window.detail.tabs.setCurrentIndex(0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The step opens the review screen, where the checklist is ticked and the case approved.
    review = window.detail.review
    assert window.detail.tabs.currentWidget() is review
    assert ctx.cases().get(case["id"]).status == Status.DINILAI
    review.set_ticked({item.key for item in ctx.reviews().checklist()})
    qtbot.mouseClick(review.buttons[Decision.APPROVE], Qt.MouseButton.LeftButton)
    assert ctx.cases().get(case["id"]).status == Status.DISETUJUI
    assert window.list_panel.current_case_id() == case["id"]


def test_invalid_nip_is_explained_and_not_saved(qtbot, login):
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    case = ctx.queue().rows(QueueFilter(status=Status.DIVERIFIKASI))[0]
    window.list_panel.select_case(case["id"])
    form = window.detail.form
    before = ctx.cases().subject(ctx.cases().get(case["id"]).subject_id).nip
    form.nip.setText("5271014509870001")  # a NIK typed where the NIP belongs
    assert "NIK" in form.nip_info.text()
    assert window.detail.save() is False
    assert "NIK" in form.banner.text()
    assert ctx.cases().subject(ctx.cases().get(case["id"]).subject_id).nip == before


def test_unsaved_edits_are_not_lost_when_switching_case(qtbot, login, monkeypatch):
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    rows = ctx.queue().rows(QueueFilter(status=Status.DIVERIFIKASI))
    first, second = rows[0]["id"], rows[1]["id"]
    window.list_panel.select_case(first)
    window.detail.form.summary.setPlainText("Ringkasan baru yang belum disimpan.")
    monkeypatch.setattr(
        "ui.case_detail.QMessageBox.question", lambda *a, **k: QMessageBox.StandardButton.Cancel
    )
    window.list_panel.select_case(second)
    assert window.detail.case.id == first
    assert window.detail.form.summary.toPlainText() == "Ringkasan baru yang belum disimpan."
    monkeypatch.setattr(
        "ui.case_detail.QMessageBox.question", lambda *a, **k: QMessageBox.StandardButton.Save
    )
    window.list_panel.select_case(second)
    assert window.detail.case.id == second
    assert ctx.cases().get(first).summary == "Ringkasan baru yang belum disimpan."


def test_search_filters_the_list(qtbot, login):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    name = next(r["subject_name"] for r in ctx.queue().rows() if r["subject_name"])
    window.list_panel.search.setText(name.split(",")[0])
    window.list_panel.apply_filter()
    model = window.list_panel.model
    assert 1 <= model.rowCount() < 40
    window.list_panel.search.setText("zzz-tidak-ada")
    window.list_panel.apply_filter()
    assert model.rowCount() == 0
    assert "Tidak ada kasus" in window.list_panel.count.text()


def test_empty_filter_result_offers_to_clear_filters(qtbot, login):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    panel = window.list_panel
    panel.search.setText("tidak-ada-yang-cocok")
    panel.apply_filter()
    assert panel.model.rowCount() == 0
    assert not panel.clear_button.isHidden()
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.search.text() == ""
    assert panel.model.rowCount() == 40
    assert panel.clear_button.isHidden()


def test_keyboard_search_then_enter_lands_in_the_results(qtbot, login):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    window.activateWindow()
    window.find_action.trigger()
    panel = window.list_panel
    assert panel.search.hasFocus() or qtbot.waitUntil(panel.search.hasFocus, timeout=1000) is None
    qtbot.keyClicks(panel.search, "NTB-2024-000")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.model.rowCount() >= 1
    assert panel.current_case_id() is not None
    assert window.detail.case is not None


def test_supervisor_sees_and_corrects_the_reporter_monitor_sees_it_masked(
    qtbot, login, monkeypatch
):
    supervisor = login("supervisor")
    rows = [
        r
        for r in supervisor.queue().rows(QueueFilter(status=Status.DIVERIFIKASI))
        if supervisor.cases().get(r["id"]).reporter_id
    ]
    case_id = rows[0]["id"]
    window = _window(qtbot, supervisor)
    window.list_panel.select_case(case_id)
    form = window.detail.form
    # Masked until asked for; asking logs the look (see test_reporter_reveal.py).
    assert form.reporter_name.text() == ""
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Koreksi kontak", True))
    window.detail.reveal.button.click()
    real_name = form.reporter_name.text()
    assert real_name
    assert not form.reporter_name.isReadOnly()
    form.reporter_contact.setText("0812-0000-1111")
    assert window.detail.save() is True
    # Still shown after the save (what was typed), with no second look logged.
    assert form.reporter_contact.text() == "0812-0000-1111"
    assert len(supervisor.access_log().entries(case_id=case_id)) == 1
    assert supervisor.cases().reporter(case_id).contact == "0812-0000-1111"

    monitor = login("rina")
    other = _window(qtbot, monitor)
    other.list_panel.select_case(case_id)
    assert other.detail.form.reporter_name.text() == ""
    assert "dirahasiakan" in other.detail.form.reporter_masked.text()
    other.detail.tabs.setCurrentIndex(2)
    model = other.detail.history.model
    cells = [
        str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    assert not any(real_name in cell or "0812-0000-1111" in cell for cell in cells)


def test_a_typed_reason_survives_a_failed_step(qtbot, login, monkeypatch, no_modal_dialogs):
    import sqlite3

    ctx = login("supervisor")
    ctx.database.conn.execute("PRAGMA busy_timeout = 50")
    window = _window(qtbot, ctx)
    case = ctx.queue().rows(QueueFilter(status=Status.DIVERIFIKASI))[0]
    window.list_panel.select_case(case["id"])
    offered: list[str] = []
    comment = "Akun ini bukan milik ASN; laporan tidak dapat ditindaklanjuti."

    def ask(_parent, _title, _label, text="", *args, **kwargs):
        offered.append(text)
        return comment, True

    monkeypatch.setattr("ui.case_detail.QInputDialog.getMultiLineText", ask)
    other = sqlite3.connect(ctx.database.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert window.detail.run_transition("reject") is False
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert any("dikunci" in text for _kind, text in no_modal_dialogs)
    assert window.detail.run_transition("reject") is True
    assert offered == ["", comment]  # the second time the dialog came back filled in
    assert ctx.cases().get(case["id"]).status == Status.DITOLAK


def test_column_choice_is_remembered_per_user(qtbot, login):
    ctx = login("rina")
    window = _window(qtbot, ctx)
    header = window.list_panel.view.horizontalHeader()
    column = window.list_panel.model.column_of
    assert header.isSectionHidden(column("updated"))  # "Diubah" is off by default
    header.setSectionHidden(column("agency"), True)
    header.setSectionHidden(column("updated"), False)
    window.close()
    again = _window(qtbot, login("rina"))
    header = again.list_panel.view.horizontalHeader()
    assert header.isSectionHidden(column("agency")) and not header.isSectionHidden(
        column("updated")
    )
    other = _window(qtbot, login("agus"))
    assert not other.list_panel.view.horizontalHeader().isSectionHidden(column("agency"))


def test_edit_menu_undoes_typing_in_the_focused_field(qtbot, login):
    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    case = ctx.queue().rows(QueueFilter(status=Status.DIVERIFIKASI))[0]
    window.list_panel.select_case(case["id"])
    field = window.detail.form.account_handle
    before = field.text()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    qtbot.keyClicks(field, "_tambahan")
    assert field.text() == before + "_tambahan"
    assert window.save_action.isEnabled()
    window.edit_actions.actions["undo"].trigger()
    assert field.text() == before
    window.edit_actions.actions["redo"].trigger()
    assert field.text() == before + "_tambahan"


def test_a_supervisor_sets_the_evidence_size_limit(qtbot, login, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    ctx = login("supervisor")
    window = _window(qtbot, ctx)
    assert window.evidence_limit_action.isEnabled()
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (20, True))
    window.evidence_limit_action.trigger()
    assert ctx.office().evidence_max_mb() == 20
    assert ctx.evidence().max_bytes == 20 * 1024 * 1024
    assert not _window(qtbot, login("rina")).evidence_limit_action.isEnabled()
