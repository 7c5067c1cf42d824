"""Annotation commands (plain Python, in ``asn_monitor.annotations.commands``) on a QUndoStack."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from asn_monitor.annotations.commands import Command, Document
from ui.texts import tr_domain


class DocumentCommand(QUndoCommand):
    """Runs one document command. The command has already worked out its before and after
    values (and refused a locked shape) when it was made, so redo and undo cannot fail.

    Moves merge only within one gesture (``gesture`` is the same non-None token), so two
    separate drags stay two undo steps while a run of arrow-key nudges is one.
    """

    def __init__(self, document: Document, command: Command, gesture: int | None = None) -> None:
        super().__init__(tr_domain(command.text))
        self.document = document
        self.command = command
        self.gesture = gesture

    def redo(self) -> None:
        self.command.do(self.document)

    def undo(self) -> None:
        self.command.undo(self.document)

    def id(self) -> int:
        return self.command.merge_id if self.gesture is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DocumentCommand) or other.gesture != self.gesture:
            return False
        return self.command.merge_with(other.command)
