"""The sync part of the status bar: link state, changes waiting, open conflicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import PureWindowsPath

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from asn_monitor.sync.engine import Link, SyncState
from ui import icons
from ui.texts import error_text, format_clock, format_timestamp

_COLOURS = {
    Link.STARTING: "#546e7a",
    Link.ONLINE: "#2e7d32",
    Link.OFFLINE: "#e65100",
    Link.STOPPED: "#c62828",
}
_ICONS = {
    Link.STARTING: "sync_starting",
    Link.ONLINE: "sync_ok",
    Link.OFFLINE: "sync_offline",
    Link.STOPPED: "sync_stopped",
}
# A status bar has room for a clause, not for a paragraph; the tooltip has it all.
MAX_REASON = 50
_CLAUSE_ENDS = (". ", "; ", " (", "\n")


def _short_reason(text: str) -> str:
    """The first clause of a message, with folder paths cut to their last part."""
    head = text
    for end in _CLAUSE_ENDS:
        head = head.split(end, 1)[0]
    words = [
        PureWindowsPath(w).name or w if ("/" in w or "\\" in w) else w for w in head.split(" ")
    ]
    head = " ".join(words).rstrip(".")
    return head if len(head) <= MAX_REASON else head[: MAX_REASON - 1].rstrip() + "…"


class SyncStatus(QWidget):
    """Emits ``conflicts_clicked`` when the conflict count is clicked."""

    conflicts_clicked = Signal()

    def __init__(
        self,
        shared_dir: str,
        now: Callable[[], dt.datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shared_dir = shared_dir
        self._now = now or (lambda: dt.datetime.now(dt.timezone.utc))
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("sync_text")
        self.conflicts = QToolButton()
        self.conflicts.setObjectName("conflicts_button")
        self.conflicts.setAutoRaise(True)
        self.conflicts.setIcon(icons.icon("conflict", "#c62828"))
        self.conflicts.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.conflicts.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts.setStyleSheet("QToolButton { color:#c62828; font-weight:600; }")
        self.conflicts.setToolTip(
            self.tr("Ada perubahan yang bertabrakan; klik untuk memilih nilai yang dipakai.")
        )
        self.conflicts.clicked.connect(self.conflicts_clicked)
        self.conflicts.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        layout.addWidget(self.conflicts)

    def show_state(self, state: SyncState) -> None:
        now = self._now()
        waiting = self.tr("{n} perubahan menunggu").format(n=state.pending) if state.pending else ""
        if state.link == Link.ONLINE:
            text = self.tr("Tersinkron {time}").format(time=format_clock(state.last_sync, now))
            tip = self.tr("Tersambung ke folder bersama {path}.").format(path=self._shared_dir)
        elif state.link == Link.OFFLINE:
            text = self.tr("Luring sejak {time}").format(time=format_clock(state.since, now))
            tip = error_text(state.error) if state.error else ""
        elif state.link == Link.STOPPED:
            reason = error_text(state.error) if state.error else ""
            text = self.tr("Sinkronisasi berhenti: {reason}").format(reason=_short_reason(reason))
            tip = reason
        else:
            text = self.tr("Menyambung ke folder bersama…")
            tip = self._shared_dir
        if waiting:
            text += ", " + waiting
        lines = [tip] if tip else []
        if state.last_sync is not None:
            stamp = state.last_sync.astimezone(dt.timezone.utc).isoformat()
            lines.append(self.tr("Sinkron terakhir: {when}").format(when=format_timestamp(stamp)))
        if state.pending:
            lines.append(
                self.tr(
                    "{n} perubahan dari komputer ini belum sampai di folder bersama; "
                    "semuanya tersimpan di sini dan dikirim otomatis."
                ).format(n=state.pending)
            )
        colour = _COLOURS[state.link]
        self.text.setText(text)
        self.text.setStyleSheet(
            f"color:{colour};" + ("" if state.link == Link.ONLINE else " font-weight:600;")
        )
        self.text.setToolTip("\n".join(lines))
        self.icon.setToolTip(self.text.toolTip())
        self.icon.setPixmap(icons.icon(_ICONS[state.link], colour).pixmap(14, 14))

    def show_conflicts(self, count: int) -> None:
        self.conflicts.setText(self.tr("{n} konflik").format(n=count))
        self.conflicts.setVisible(count > 0)

    def show_disabled(self, reason: str) -> None:
        """Sync does not run at all (a read-only store)."""
        self.text.setText(self.tr("Sinkronisasi mati"))
        self.text.setStyleSheet(f"color:{_COLOURS[Link.STOPPED]};")
        self.text.setToolTip(reason)
        self.icon.setPixmap(icons.icon("sync_stopped", _COLOURS[Link.STOPPED]).pixmap(14, 14))
