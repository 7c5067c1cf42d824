"""Search-as-you-type in the BKD registry while identifying a case's civil servant.

A popup under the name or NIP field lists the people whose name (any word of it) or NIP
starts with what was typed; choosing one fills the subject's fields. Typing is debounced
so a fast typist costs one search, not one per key.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from asn_monitor.errors import AsnError
from asn_monitor.services.registry import RegistryEntry

Search = Callable[[str], list[RegistryEntry]]
MIN_CHARS = 2
DEBOUNCE_MS = 150
POPUP_WIDTH = 640


def _nip_spaced(nip: str) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}" if len(nip) == 18 else nip


class RegistryCompleter(QObject):
    chosen = Signal(object)  # RegistryEntry

    def __init__(self, edit: QLineEdit, search: Search) -> None:
        super().__init__(edit)
        self.edit = edit
        self.search = search
        self.entries: list[RegistryEntry] = []
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        # Not edit.setCompleter(): the line edit would then paste the whole popup line
        # into itself; choosing fills several fields instead.
        self.completer.setWidget(edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        edit.textEdited.connect(lambda _text: self.timer.start())

    def refresh(self) -> None:
        text = self.edit.text().strip()
        self.model.clear()
        self.entries = []
        if len(text) < MIN_CHARS or self.edit.isReadOnly():
            self._hide_popup()
            return
        try:
            self.entries = self.search(text)
        except AsnError:
            self.entries = []  # a search that fails must not interrupt typing
        for i, entry in enumerate(self.entries):
            parts = [entry.name, _nip_spaced(entry.nip), entry.agency, entry.position]
            item = QStandardItem(" — ".join(p for p in parts if p))
            item.setData(i, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.entries and self.edit.hasFocus():
            # Wider than the field when needed: name, NIP and agency should fit on a line.
            rect = self.edit.rect()
            rect.setWidth(max(rect.width(), POPUP_WIDTH))
            self.completer.complete(rect)
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def choose(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.chosen.emit(self.entries[row])
            self._hide_popup()

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(value, int):
            self.choose(value)
