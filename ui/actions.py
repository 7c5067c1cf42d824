"""Building actions the same way everywhere: icon, shortcut, and a tooltip naming it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui import icons


def make_action(
    parent: QObject,
    text: str,
    icon: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
    slot: Callable[[], object],
    tip: str = "",
) -> QAction:
    """An action whose tooltip and status tip name its shortcut."""
    action = QAction(icons.icon(icon), text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    hint = tip or text.replace("…", "").replace("&", "")
    if shortcut is not None:
        hint += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(hint)
    action.setStatusTip(hint)
    action.triggered.connect(lambda _=False: slot())
    return action
