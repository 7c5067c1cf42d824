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
        deadline = index.data(CaseTableModel.DEADLINE_ROLE)
        if not deadline:
            super().paint(painter, option, index)
            return
        _left, urgency = deadline
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        # Draw the cell's background and selection as usual, then the badge over it.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
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
