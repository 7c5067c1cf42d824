"""The case's life so far, as a short list under its summary."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from asn_monitor.domain.models import TimelineStep
from ui.case_table_model import STATUS_COLOURS
from ui.texts import format_timestamp, tr_domain


class TimelineView(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Linimasa"))
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def show_steps(self, steps: list[TimelineStep]) -> None:
        lines = []
        for step in steps:
            colour = STATUS_COLOURS[step.status]
            line = (
                f"<span style='color:{colour}'>&#9679;</span> "
                f"{html.escape(format_timestamp(step.at))} — "
                f"<b>{html.escape(tr_domain(step.status.label))}</b> — "
                f"{html.escape(step.user_name)}"
            )
            if step.reason:
                reason = html.escape(step.reason).replace("\n", "<br>")
                line += f"<br><span style='color:#555; margin-left:12px'>{reason}</span>"
            lines.append(line)
        self.text.setText("<br>".join(lines))
