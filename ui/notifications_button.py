"""The toolbar's bell: the unread count as a badge, and a popup list of notifications.

The notifications are ordinary records (:mod:`asn_monitor.services.notifications`) that
reach this PC through sync; the window calls :meth:`NotificationsButton.refresh` when sync
brings some, and when the user reads some by opening a case.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.errors import AsnError
from asn_monitor.services.notifications import KIND_TEXTS, Notification, NotificationService
from ui import icons
from ui.texts import format_timestamp, show_error, tr_domain

RECENT_LIMIT = 50
ICON_SIZE = 22
_ID_ROLE = Qt.ItemDataRole.UserRole
_CASE_ROLE = Qt.ItemDataRole.UserRole + 1
_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
_DETAILS_ROLE = Qt.ItemDataRole.UserRole + 3
_UNREAD_ROLE = Qt.ItemDataRole.UserRole + 4
_PAD = 6
_MARK = 12  # room on the left for the unread dot
Index = QModelIndex | QPersistentModelIndex


def notification_text(item: Notification) -> str:
    """What the notification says, in the user's language."""
    template = KIND_TEXTS.get(item.kind)
    if template is None:
        return item.body or item.kind
    try:
        return tr_domain(template).format(
            actor=item.actor_name, case=item.case_number or "—", body=item.body
        )
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the message.
        return template.format(actor=item.actor_name, case=item.case_number, body=item.body)


def badge_icon(count: int, size: int = ICON_SIZE) -> QIcon:
    """The bell, with the unread count in a red disc at its top right."""
    pixmap = QPixmap(size + 8, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.drawPixmap(0, 2, icons.icon("bell").pixmap(size - 4, size - 4))
    if count > 0:
        text = str(count) if count < 100 else "99+"
        font = QFont(painter.font())
        font.setPixelSize(10)
        font.setBold(True)
        painter.setFont(font)
        width = max(14, painter.fontMetrics().horizontalAdvance(text) + 6)
        disc = QRect(pixmap.width() - width, 0, width, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#d32f2f"))
        painter.drawRoundedRect(disc, 7, 7)
        painter.setPen(QColor("white"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class _EntryDelegate(QStyledItemDelegate):
    """Two lines per notification: what happened (bold while unread), then case and time
    in grey; a blue dot marks the unread ones."""

    def _document(
        self, option: QStyleOptionViewItem, index: Index, selected: bool
    ) -> QTextDocument:
        palette = option.palette
        grey = palette.color(QPalette.ColorRole.HighlightedText) if selected else QColor("#616161")
        text = html.escape(str(index.data(_TEXT_ROLE) or ""))
        if index.data(_UNREAD_ROLE):
            text = f"<b>{text}</b>"
        details = html.escape(str(index.data(_DETAILS_ROLE) or ""))
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(f"{text}<br><span style='color:{grey.name()}'>{details}</span>")
        width = option.rect.width()
        doc.setTextWidth(max(120, width - 2 * _PAD - _MARK))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect
        doc = self._document(opt, index, selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(_UNREAD_ROLE):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("white") if selected else QColor("#1976d2"))
            painter.drawEllipse(rect.left() + _PAD - 1, rect.top() + _PAD + 4, 7, 7)
        painter.translate(rect.left() + _PAD + _MARK, rect.top() + _PAD)
        context = QAbstractTextDocumentLayout.PaintContext()
        if selected:
            context.palette.setColor(
                QPalette.ColorRole.Text,
                opt.palette.color(QPalette.ColorRole.HighlightedText),
            )
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        view = opt.widget
        if isinstance(view, QListWidget):
            width = view.viewport().width()
            if not view.verticalScrollBar().isVisible():
                # The bar may appear once the rows are laid out: leave it room now.
                width -= view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            opt.rect.setWidth(width)
        doc = self._document(opt, index, False)
        return QSize(opt.rect.width(), int(doc.size().height()) + 2 * _PAD)


class NotificationsPopup(QFrame):
    """The list under the bell. Enter or a click opens the notification's case."""

    activated = Signal(str, str)  # notification id, case id ("" when none)
    read_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("notifications_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("Pemberitahuan"))
        title.setStyleSheet("font-weight:600; font-size:11pt;")
        self.read_all = QPushButton(icons.icon("read_all"), self.tr("Tandai semua dibaca"))
        self.read_all.clicked.connect(self.read_all_requested)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.read_all)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setItemDelegate(_EntryDelegate(self.list))
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        self.empty = QLabel(self.tr("Tidak ada pemberitahuan."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#666; padding:24px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.resize(460, 420)

    def load(self, items: list[Notification]) -> None:
        current = self.list.currentItem()
        keep = current.data(_ID_ROLE) if current is not None else None
        self.list.clear()
        for n in items:
            when = format_timestamp(n.created_at)
            # Who did it is named in the sentence itself.
            details = " · ".join(p for p in (n.case_number, when) if p)
            text = notification_text(n)
            item = QListWidgetItem(f"{text}\n{details}")
            item.setData(_ID_ROLE, n.id)
            item.setData(_CASE_ROLE, n.case_id or "")
            item.setData(_TEXT_ROLE, text)
            item.setData(_DETAILS_ROLE, details)
            item.setData(_UNREAD_ROLE, not n.read)
            font = QFont(self.list.font())
            font.setBold(not n.read)
            item.setFont(font)
            item.setToolTip(
                self.tr("Belum dibaca. Enter atau klik membuka kasusnya.")
                if not n.read
                else self.tr("Enter atau klik membuka kasusnya.")
            )
            self.list.addItem(item)
            if n.id == keep:
                self.list.setCurrentItem(item)
        if self.list.count() and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.read_all.setEnabled(any(not n.read for n in items))

    def _activate(self, item: QListWidgetItem) -> None:
        if not self.isVisible():
            return  # the click that closed the popup already handled it
        self.hide()
        self.activated.emit(str(item.data(_ID_ROLE)), str(item.data(_CASE_ROLE) or ""))


class NotificationsButton(QToolButton):
    """``open_case_requested(case_id)`` when the user picks a notification about a case."""

    open_case_requested = Signal(str)
    count_changed = Signal(int)

    def __init__(
        self, service: Callable[[], NotificationService], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.count = -1
        self.setObjectName("notifications_button")
        self.setText(self.tr("Pemberitahuan"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(badge_icon(0).availableSizes()[0])
        self.setAutoRaise(True)
        self.shortcut_text = ""
        self.popup = NotificationsPopup(self)
        self.popup.activated.connect(self._on_activated)
        self.popup.read_all_requested.connect(self.mark_all_read)
        self.clicked.connect(self.show_popup)
        self.refresh()

    def set_shortcut_text(self, text: str) -> None:
        self.shortcut_text = text
        self._update_tip()

    def refresh(self) -> int:
        """Read the unread count again; the popup, if open, is reloaded too."""
        try:
            count = self._service().unread_count()
        except AsnError:
            count = max(self.count, 0)
        if count != self.count:
            self.count = count
            self.setIcon(badge_icon(count))
            self._update_tip()
            self.count_changed.emit(count)
        if self.popup.isVisible():
            self._load_popup()
        return count

    def _update_tip(self) -> None:
        text = (
            self.tr("%n pemberitahuan belum dibaca", "", self.count)
            if self.count > 0
            else self.tr("Tidak ada pemberitahuan baru")
        )
        self.setAccessibleName(self.tr("Pemberitahuan") + ": " + text)
        self.setToolTip(text + (f" ({self.shortcut_text})" if self.shortcut_text else ""))

    def show_popup(self) -> None:
        self._load_popup()
        below = self.mapToGlobal(QPoint(self.width() - self.popup.width(), self.height()))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            below.setX(max(screen.left(), min(below.x(), screen.right() - self.popup.width())))
            below.setY(max(screen.top(), min(below.y(), screen.bottom() - self.popup.height())))
        self.popup.move(below)
        self.popup.show()
        self.popup.activateWindow()
        (self.popup.list if self.popup.list.count() else self.popup.read_all).setFocus()

    def _load_popup(self) -> None:
        try:
            items = self._service().recent(RECENT_LIMIT)
        except AsnError as exc:
            show_error(self, exc)
            return
        self.popup.load(items)

    def _on_activated(self, notification_id: str, case_id: str) -> None:
        try:
            self._service().mark_read([notification_id])
        except AsnError as exc:
            # The case still opens; the notification stays unread.
            show_error(self, exc)
        self.refresh()
        if case_id:
            self.open_case_requested.emit(case_id)

    def mark_all_read(self) -> None:
        try:
            self._service().mark_all_read()
        except AsnError as exc:
            show_error(self, exc)
        self.refresh()
