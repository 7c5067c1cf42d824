"""The dashboard window: figures, charts, overdue follow-ups, PDF, and live refresh."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCharts import QHorizontalBarSeries
from PySide6.QtCore import Qt

from asn_monitor.domain.lifecycle import Status
from tests.unit.factories import case_fields
from ui.dashboard_charts import nice_range, shorten, unique_labels
from ui.dashboard_tables import RecordTableModel
from ui.dashboard_view import DashboardView
from ui.main_window import MainWindow

SHOTS = Path("/tmp/shots")


def _view(qtbot, ctx) -> DashboardView:
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


def _bars(view: DashboardView, key: str) -> dict[str, float]:
    """Category label -> value of the chart's first bar set."""
    chart = view.chart_views[key].chart()
    series = chart.series()[0]
    assert isinstance(series, QHorizontalBarSeries)
    labels = chart.axes(Qt.Orientation.Vertical)[0].categories()
    bar_set = series.barSets()[0]
    return {label: bar_set.at(i) for i, label in enumerate(labels)}


def test_the_dashboard_shows_the_service_figures(qtbot, login):
    ctx = login("supervisor")
    figures = ctx.dashboard().figures()
    view = _view(qtbot, ctx)
    assert view.total_tile.number.text() == str(figures.total) == "40"
    assert view.held_tile.number.text() == str(sum(m.in_hand for m in figures.by_monitor))
    assert view.followup_tile.number.text() == str(len(figures.overdue_followups))
    assert set(view.chart_views) == {"status", "workload", "agency", "violation", "platform"}
    bars = _bars(view, "status")
    assert bars["Diverifikasi"] == figures.status_count(Status.DIVERIFIKASI)
    assert sum(bars.values()) == 40
    assert view.stage_model.rowCount() == 4
    assert view.stage_model.index(0, 0).data() == "Penanganan laporan"
    intake = figures.stage("intake")
    assert view.stage_model.index(0, 3).data() == str(intake.overdue)
    assert view.workload_model.rowCount() == len(figures.by_monitor) >= 6
    assert view.tabs.tabText(2) == f"Tindak lanjut lewat tenggat ({len(figures.overdue_followups)})"
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "dashboard_ui_test.png"))


def test_the_tables_pass_the_model_tester(qtbot, qtmodeltester, login):
    view = _view(qtbot, login("supervisor"))
    for model in (view.stage_model, view.workload_model, view.followup_model):
        qtmodeltester.check(model, force_py=True)


def test_double_click_on_an_overdue_follow_up_opens_its_case(qtbot, login):
    ctx = login("supervisor")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.dashboard_action.trigger()
    view = window._dashboard
    assert view is not None and view.isVisible()
    assert window.dashboard_action.shortcut().toString() == "Ctrl+D"
    model = view.followup_model
    assert model.rowCount() > 0, "the demo office has late follow-ups"
    late = model.record(0)
    assert late is not None
    view.tabs.setCurrentIndex(2)
    table = view.followup_table
    qtbot.waitUntil(table.isVisible)
    rect = table.visualRect(model.index(0, 0))
    assert rect.isValid()
    with qtbot.waitSignal(view.open_case_requested) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [late.case_id]
    assert model.index(0, 0).data(RecordTableModel.KEY_ROLE) == late.case_id
    assert window.detail.case is not None and window.detail.case.id == late.case_id
    # Closed and asked for again: the same window comes back (with fresh figures).
    view.close()
    window.dashboard_action.trigger()
    assert window._dashboard is view and view.isVisible()


def test_a_reversed_range_is_explained_and_the_figures_stay(qtbot, login):
    view = _view(qtbot, login("supervisor"))
    view.date_from.set_value(dt.date(2024, 6, 1))
    view.date_to.set_value(dt.date(2024, 1, 1))
    view.refresh()
    assert view.banner.isVisible()
    assert "Rentang tanggal terbalik" in view.banner.text()
    assert view.total_tile.number.text() == "40"
    view.date_from.clear_value()
    view.refresh()
    assert not view.banner.isVisible()
    assert int(view.total_tile.number.text()) < 40
    view.clear_range()
    assert view.total_tile.number.text() == "40"


def test_a_monitor_sees_their_own_workload_only(qtbot, login):
    ctx = login("rina")
    view = _view(qtbot, ctx)
    assert view.workload_model.rowCount() == 1
    assert view.workload_model.index(0, 0).data() == ctx.user.display_name
    assert view.held_tile.caption.text() == "sedang Anda pegang"


def _pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # the PDF's "ﬁ" ligature is two letters


def test_save_pdf_writes_the_figures_on_a4_or_f4(qtbot, login, tmp_path, monkeypatch):
    ctx = login("supervisor")
    view = _view(qtbot, ctx)
    chosen = tmp_path / "laporan" / "dasbor"
    monkeypatch.setattr(
        "ui.printing.preview.QFileDialog.getSaveFileName",
        lambda *_a, **_k: (str(chosen), "Dokumen PDF (*.pdf)"),
    )
    path = view.save_pdf()
    assert path == chosen.with_suffix(".pdf") and path.stat().st_size > 5000
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".dasbor-")]
    assert "PDF disimpan" in view.banner.text()
    text = _pdf_text(path)
    assert "Dasbor Pemantauan Netralitas ASN" in text
    assert ctx.office().office_name() in text
    assert "Diverifikasi" in text and "Kasus per status" in text
    assert "Tindak lanjut PPK lewat tenggat" in text
    info = shutil.which("pdfinfo")
    if info:
        a4 = subprocess.run([info, str(path)], capture_output=True, text=True).stdout
        assert "595 x 842 pts (A4)" in a4
    view.paper.setCurrentIndex(view.paper.findData("F4"))
    f4 = view.save_pdf(tmp_path / "f4.pdf")
    assert f4 is not None and "Dasbor Pemantauan" in _pdf_text(f4)
    if info:
        size = subprocess.run([info, str(f4)], capture_output=True, text=True).stdout
        assert re.search(r"Page size: +609(\.\d+)? x 935(\.\d+)? pts", size)  # 215 x 330 mm
    # The paper is remembered for the next time.
    assert ctx.settings.value("dashboard/paper") == "F4"


def test_a_pdf_that_cannot_be_written_is_explained(qtbot, login, tmp_path):
    view = _view(qtbot, login("supervisor"))
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert view.save_pdf(blocked / "dasbor.pdf") is None
    assert "PDF tidak dapat disimpan" in view.banner.text()


def test_changes_from_another_pc_refresh_the_dashboard(qtbot, office):
    view = _view(qtbot, office.ctx)
    before = int(view.total_tile.number.text())
    office.engine_b.sync_once()
    office.cases_b("rina").create(case_fields(received_date="2024-10-04"))
    office.engine_b.sync_once()
    office.engine_a.sync_once()
    qtbot.waitUntil(lambda: view.total_tile.number.text() == str(before + 1), timeout=5000)


def test_chart_axes_have_round_steps_and_distinct_labels():
    assert nice_range(0) == (4, 1)
    assert nice_range(98) == (120, 20)  # room for the value written past the longest bar
    assert nice_range(45128) == (60000, 10000)
    for largest in range(0, 3000, 7):
        top, step = nice_range(largest)
        assert top >= largest * 1.12 and top % step == 0 and top // step <= 6
    # Two people of one name keep a bar each.
    assert len(set(unique_labels(["Ahmad", "Ahmad", "Budi"]))) == 3
    assert shorten("Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Lombok Timur").endswith("…")
