"""The queue's side panel: views (built in and the user's own) and cases per status.

A click on a view applies it; a click on a status narrows the current view to it (and
a second click lifts that again). Each view has a Ctrl+number shortcut.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_monitor.domain.lifecycle import Status
from asn_monitor.services.queue import View
from ui import icons
from ui.texts import tr_domain

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


def view_title(view: View) -> str:
    return tr_domain(view.name) if view.builtin else view.name


class QueueSidePanel(QWidget):
    view_chosen = Signal(str)  # the view's key
    status_chosen = Signal(str)  # a status code, or "" for every status
    save_requested = Signal()
    delete_requested = Signal(str)  # the saved view's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views = QListWidget()
        self.views.setObjectName("views")
        self.views.setAccessibleName(self.tr("Tampilan antrean"))
        self.statuses = QListWidget()
        self.statuses.setObjectName("status_counts")
        self.statuses.setAccessibleName(self.tr("Jumlah kasus per status"))
        self.save_button = QPushButton(icons.icon("save_view"), self.tr("Simpan…"))
        self.save_button.setToolTip(self.tr("Simpan saringan sekarang sebagai tampilan Anda"))
        self.delete_button = QPushButton(icons.icon("delete"), self.tr("Hapus"))
        self.delete_button.setToolTip(self.tr("Hapus tampilan Anda yang dipilih"))
        self.delete_button.setEnabled(False)
        heading = QFont()
        heading.setBold(True)
        views_label = QLabel(self.tr("Tampilan"))
        views_label.setFont(heading)
        status_label = QLabel(self.tr("Per status"))
        status_label.setFont(heading)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(views_label)
        layout.addWidget(self.views, 3)
        layout.addLayout(buttons)
        layout.addWidget(status_label)
        layout.addWidget(self.statuses, 4)

        self.views.itemClicked.connect(self._on_view)
        self.views.itemActivated.connect(self._on_view)
        self.views.currentItemChanged.connect(self._update_buttons)
        self.statuses.itemClicked.connect(self._on_status)
        self.statuses.itemActivated.connect(self._on_status)
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button.clicked.connect(self._on_delete)

    def preferred_width(self) -> int:
        """Wide enough for the longest view or status name (within reason)."""
        content = max(self.views.sizeHintForColumn(0), self.statuses.sizeHintForColumn(0))
        frame = 2 * self.views.frameWidth() + self.views.verticalScrollBar().sizeHint().width()
        return max(160, min(260, content + frame + 8))

    def set_views(self, views: Sequence[View], current: str | None) -> None:
        self.views.blockSignals(True)
        self.views.clear()
        for number, view in enumerate(views, start=1):
            item = QListWidgetItem(
                icons.icon("view" if view.builtin else "save_view"), view_title(view)
            )
            item.setData(VIEW_ROLE, view.key)
            if number <= 9:
                shortcut = QKeySequence(f"Ctrl+{number}").toString(
                    QKeySequence.SequenceFormat.NativeText
                )
                item.setToolTip(f"{view_title(view)} ({shortcut})")
            self.views.addItem(item)
        self.views.blockSignals(False)
        self.mark_view(current)

    def mark_view(self, key: str | None) -> None:
        """Highlight the view the list shows now (none once the user changes a filter)."""
        self.views.blockSignals(True)
        self.views.setCurrentRow(-1)
        for row in range(self.views.count()):
            if self.views.item(row).data(VIEW_ROLE) == key:
                self.views.setCurrentRow(row)
        self.views.blockSignals(False)
        self._update_buttons()

    def set_counts(self, counts: Mapping[Status, int], current: Status | None) -> None:
        self.statuses.blockSignals(True)
        self.statuses.clear()
        total = QListWidgetItem(self.tr("Semua status  ({n})").format(n=sum(counts.values())))
        total.setData(STATUS_ROLE, "")
        self.statuses.addItem(total)
        for status in Status:
            item = QListWidgetItem(f"{tr_domain(status.label)}  ({counts.get(status, 0)})")
            item.setData(STATUS_ROLE, status.value)
            if not counts.get(status):
                item.setForeground(Qt.GlobalColor.gray)
            self.statuses.addItem(item)
            if status == current:
                self.statuses.setCurrentItem(item)
        if current is None:
            self.statuses.setCurrentItem(total)
        self.statuses.blockSignals(False)

    def _on_view(self, item: QListWidgetItem) -> None:
        self.view_chosen.emit(str(item.data(VIEW_ROLE)))

    def _on_status(self, item: QListWidgetItem) -> None:
        self.status_chosen.emit(str(item.data(STATUS_ROLE)))

    def _update_buttons(self, *_: object) -> None:
        item = self.views.currentItem()
        key = str(item.data(VIEW_ROLE)) if item is not None else ""
        self.delete_button.setEnabled(key.startswith("saved:"))

    def _on_delete(self) -> None:
        item = self.views.currentItem()
        if item is not None:
            self.delete_requested.emit(str(item.data(VIEW_ROLE)))
