"""The review checklist: one tick box per item, its text wrapped to the column's width."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from asn_monitor.services.review import ChecklistItem


class _ItemText(QLabel):
    """The item's words; a click on them ticks the box, as a check box's own text would."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
        super().mousePressEvent(event)


class ReviewChecklist(QWidget):
    """Emits ``changed`` whenever a box is ticked or cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self._texts: dict[str, str] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(4)
        self._grid.setVerticalSpacing(3)
        self._grid.setColumnStretch(1, 1)

    def set_items(self, items: Sequence[ChecklistItem], language: str, enabled: bool) -> None:
        while self._grid.count():
            taken = self._grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.boxes = {}
        self._texts = {}
        for row, item in enumerate(items):
            text = item.text(language)
            box = QCheckBox()
            box.setObjectName(f"check_{item.key}")
            box.setAccessibleName(text)
            box.setEnabled(enabled)
            box.toggled.connect(lambda _on: self.changed.emit())
            label = _ItemText(text, box)
            label.setEnabled(enabled)
            self._grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(label, row, 1)
            self.boxes[item.key] = box
            self._texts[item.key] = text

    def ticks(self) -> dict[str, bool]:
        return {key: box.isChecked() for key, box in self.boxes.items()}

    def set_ticked(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in wanted)
            box.blockSignals(False)
        self.changed.emit()

    def unticked_texts(self) -> list[str]:
        return [self._texts[k] for k, box in self.boxes.items() if not box.isChecked()]
