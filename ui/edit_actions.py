"""The standard Edit menu (undo, redo, cut, copy, paste, select all) for text fields.

Each text field keeps its own undo history; these actions act on whichever field has the
keyboard focus, so the menu and the usual shortcuts do the same thing.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from ui import icons

TextWidget = QLineEdit | QPlainTextEdit | QTextEdit


def _focused_text() -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, TextWidget) else None


class EditActions:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        specs = [
            ("undo", parent.tr("&Urungkan"), QKeySequence.StandardKey.Undo, "undo"),
            ("redo", parent.tr("U&langi"), QKeySequence.StandardKey.Redo, "redo"),
            ("cut", parent.tr("Po&tong"), QKeySequence.StandardKey.Cut, "cut"),
            ("copy", parent.tr("&Salin"), QKeySequence.StandardKey.Copy, "copy"),
            ("paste", parent.tr("T&empel"), QKeySequence.StandardKey.Paste, "paste"),
            ("selectAll", parent.tr("Pilih s&emua"), QKeySequence.StandardKey.SelectAll, None),
        ]
        self.actions: dict[str, QAction] = {}
        for method, text, key, icon in specs:
            action = QAction(icons.icon(icon) if icon else icons.icon(""), text, parent)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, m=method: self._apply(m))
            self.actions[method] = action

    def fill(self, menu: QMenu) -> None:
        menu.aboutToShow.connect(self._update)
        for name in ("undo", "redo"):
            menu.addAction(self.actions[name])
        menu.addSeparator()
        for name in ("cut", "copy", "paste"):
            menu.addAction(self.actions[name])
        menu.addSeparator()
        menu.addAction(self.actions["selectAll"])

    def _apply(self, method: str) -> None:
        widget = _focused_text()
        if widget is not None:
            getattr(widget, method)()

    def _update(self) -> None:
        widget = _focused_text()
        editable = widget is not None and not widget.isReadOnly()
        has_selection = False
        if isinstance(widget, QLineEdit):
            has_selection = widget.hasSelectedText()
            can_undo, can_redo = widget.isUndoAvailable(), widget.isRedoAvailable()
        elif widget is not None:
            has_selection = widget.textCursor().hasSelection()
            document = widget.document()
            can_undo, can_redo = document.isUndoAvailable(), document.isRedoAvailable()
        else:
            can_undo = can_redo = False
        self.actions["undo"].setEnabled(editable and can_undo)
        self.actions["redo"].setEnabled(editable and can_redo)
        self.actions["cut"].setEnabled(editable and has_selection)
        self.actions["copy"].setEnabled(has_selection)
        self.actions["paste"].setEnabled(editable)
        self.actions["selectAll"].setEnabled(widget is not None)
