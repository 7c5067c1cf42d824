"""Bar charts of the dashboard's figures, the same on screen and on paper.

Each function builds a fresh :class:`QChart` from plain labels and numbers (already
translated), so the print-out can draw its own copies at a fixed size without touching
the charts on screen. Animation stays off: a chart printed mid-animation would show
half-grown bars.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from asn_monitor.services.dashboard import Bucket, DashboardFigures
from ui.texts import tr_domain

BLUE = "#1565c0"
RED = "#c62828"
TEAL = "#00796b"
PURPLE = "#6a1b9a"
ORANGE = "#e65100"
LABEL_LIMIT = 34
ROW_HEIGHT = 27  # per category: QtCharts needs about this to show a 9 pt label  # characters of a category label before it is shortened with "…"


def shorten(text: str, limit: int = LABEL_LIMIT) -> str:
    """Long agency names would squeeze the bars to nothing; the table keeps them whole."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip(" ,") + "\u2026"


def unique_labels(labels: Sequence[str]) -> list[str]:
    """The axis drops a repeated category (two people of the same name, two agencies
    alike once shortened) and its bars would shift; an invisible mark keeps each apart."""
    seen: set[str] = set()
    out = []
    for label in labels:
        while label in seen:
            label += "\u200b"
        seen.add(label)
        out.append(label)
    return out


def _base(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setVisible(False)
    return chart


def nice_range(largest: int, intervals: int = 6) -> tuple[int, int]:
    """The axis's top and its step: a step of 1, 2 or 5 times a power of ten, with room
    beyond the longest bar for the value written at its end."""
    wanted = max(4.0, largest * 1.12)
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if step * intervals >= wanted:
                return step * math.ceil(wanted / step), step
        magnitude *= 10


def _value_axis(values: Sequence[int]) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    top, step = nice_range(max([0, *values]))
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    axis.setMinorTickCount(0)
    return axis


def bar_chart(
    title: str,
    labels: Sequence[str],
    values: Sequence[int],
    *,
    color: str = BLUE,
) -> QChart:
    """One series of bars with their values written at their ends."""
    return grouped_bar_chart(title, labels, [("", list(values), color)])


def grouped_bar_chart(
    title: str,
    labels: Sequence[str],
    sets: Sequence[tuple[str, Sequence[int], str]],
) -> QChart:
    """Several named series side by side per category (a legend names them), categories
    listed down the side from the top, as a table lists them."""
    chart = _base(title)
    series = QHorizontalBarSeries()
    everything: list[int] = []
    for name, values, color in sets:
        bar_set = QBarSet(name)
        # Categories count from the bottom of the axis: reversed, the first is on top.
        bar_set.append([float(v) for v in reversed(values)])
        bar_set.setColor(QColor(color))
        bar_set.setBorderColor(QColor(color))
        bar_set.setLabelColor(QColor("#212121"))
        series.append(bar_set)
        everything += list(values)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setBarWidth(0.7)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(unique_labels([shorten(label) for label in reversed(labels)]))
    values_axis = _value_axis(everything)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values_axis)
    if len(sets) > 1:
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


RENDER_HINTS = QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing


def bucket_label(bucket: Bucket) -> str:
    return tr_domain(bucket.label) if bucket.translatable else bucket.label


@dataclass(frozen=True)
class ChartSpec:
    key: str  # names the chart (tests, the print-out)
    chart: QChart
    height: int  # what the chart needs for its category labels to show (QtCharts hides
    # a label as "…" when its row is too short), in the chart's own pixels


def _height(rows: int, sets: int = 1) -> int:
    legend = 26 if sets > 1 else 0
    return 78 + legend + max(rows, 2) * (ROW_HEIGHT + 12 * (sets - 1))


def dashboard_charts(figures: DashboardFigures) -> list[ChartSpec]:
    """The dashboard's charts. Every chart lists its categories down the side: agency
    and violation names are long, and a vertical chart would cut them."""

    def single(key: str, title: str, buckets: Sequence[Bucket], color: str) -> ChartSpec:
        chart = bar_chart(
            title, [bucket_label(b) for b in buckets], [b.count for b in buckets], color=color
        )
        return ChartSpec(key, chart, _height(len(buckets)))

    people = figures.by_monitor
    workload = grouped_bar_chart(
        QCoreApplication.translate("DashboardCharts", "Beban kerja: kasus yang dipegang")
        if figures.office_wide
        else QCoreApplication.translate("DashboardCharts", "Beban kerja Anda: kasus yang dipegang"),
        [p.name for p in people],
        [
            (
                QCoreApplication.translate("DashboardCharts", "Dipegang"),
                [p.in_hand for p in people],
                BLUE,
            ),
            (
                QCoreApplication.translate("DashboardCharts", "Lewat tenggat"),
                [p.overdue for p in people],
                RED,
            ),
        ],
    )
    return [
        single(
            "status",
            QCoreApplication.translate("DashboardCharts", "Kasus per status"),
            figures.by_status,
            BLUE,
        ),
        ChartSpec("workload", workload, _height(len(people), 2)),
        single(
            "agency",
            QCoreApplication.translate("DashboardCharts", "Kasus per instansi"),
            figures.by_agency,
            TEAL,
        ),
        single(
            "violation",
            QCoreApplication.translate("DashboardCharts", "Tingkat pelanggaran (lembar sanksi)"),
            figures.by_level,
            PURPLE,
        ),
        single(
            "platform",
            QCoreApplication.translate("DashboardCharts", "Kasus per platform"),
            figures.by_platform,
            ORANGE,
        ),
    ]
