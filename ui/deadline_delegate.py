"""Paints the deadline column as a coloured badge: green, amber when close, red overdue."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from asn_monitor.domain.deadlines import Urgency
from ui.case_table_model import URGENCY_COLOURS, CaseTableModel


class DeadlineDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model = index.model()
        deadline = model.deadline_at(index.row()) if isinstance(model, CaseTableModel) else None
        if not deadline:
            super().paint(painter, option, index)
            return
        left, urgency = deadline
        text = model.deadline_text(left) if isinstance(model, CaseTableModel) else ""
        # The cell's background and selection as the style draws them, then the badge.
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 14, option.rect.width() - 4)
        height = min(metrics.height() + 4, option.rect.height() - 4)
        rect = QRectF(
            option.rect.left() + 3,
            option.rect.top() + (option.rect.height() - height) / 2,
            width,
            height,
        )
        colour = QColor(URGENCY_COLOURS[urgency])
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        if urgency is Urgency.OK:
            # Plenty of time: a quiet outline, so the urgent ones stand out.
            colour.setAlpha(40)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("#1b5e20") if urgency is Urgency.OK else QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
