"""Icons by purpose, from qtawesome's Font Awesome set."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon

_NAMES = {
    "app": "fa5s.user-shield",
    "new": "fa5s.plus-circle",
    "save": "fa5s.save",
    "refresh": "fa5s.sync-alt",
    "search": "fa5s.search",
    "logout": "fa5s.user-circle",
    "quit": "fa5s.sign-out-alt",
    "users": "fa5s.users-cog",
    "password": "fa5s.key",
    "check": "fa5s.clipboard-check",
    "about": "fa5s.info-circle",
    "mine": "fa5s.user-check",
    "language": "fa5s.language",
    "undo": "fa5s.undo",
    "redo": "fa5s.redo",
    "cut": "fa5s.cut",
    "copy": "fa5s.copy",
    "paste": "fa5s.paste",
    "sync": "fa5s.exchange-alt",
    "backup": "fa5s.archive",
    "conflict": "fa5s.code-branch",
    "sync_ok": "fa5s.check-circle",
    "sync_offline": "fa5s.unlink",
    "sync_stopped": "fa5s.exclamation-triangle",
    "sync_starting": "fa5s.hourglass-half",
    "filter": "fa5s.filter",
    "claim": "fa5s.hand-paper",
    "release": "fa5s.undo-alt",
    "next": "fa5s.step-forward",
    "assign": "fa5s.user-tag",
    "view": "fa5s.stream",
    "save_view": "fa5s.bookmark",
    "delete": "fa5s.trash-alt",
    "deadline": "fa5s.clock",
    "panel": "fa5s.columns",
    "clear": "fa5s.eraser",
    "catalogue": "fa5s.balance-scale",
    "evidence_limit": "fa5s.file-archive",
    "import": "fa5s.file-import",
    "report": "fa5s.bullhorn",
    "dashboard": "fa5s.chart-bar",
    # Evidence viewer and annotation tools.
    "tool_select": "fa5s.mouse-pointer",
    "tool_pan": "fa5s.hand-paper",
    "tool_rectangle": "fa5.square",
    "tool_ellipse": "fa5.circle",
    "tool_arrow": "fa5s.long-arrow-alt-right",
    "tool_line": "fa5s.minus",
    "tool_highlighter": "fa5s.highlighter",
    "tool_callout": "fa5s.comment-alt",
    "tool_marker": "fa5s.hashtag",
    "tool_redaction": "fa5s.user-secret",
    "tool_comment": "fa5s.comment-dots",
    "lock": "fa5s.lock",
    "hide": "fa5s.eye-slash",
    "zoom_in": "fa5s.search-plus",
    "zoom_out": "fa5s.search-minus",
    "fit": "fa5s.expand",
    "actual_size": "fa5s.compress",
    "rotate_left": "fa5s.undo-alt",
    "rotate_right": "fa5s.redo-alt",
    "export": "fa5s.file-export",
    "add_file": "fa5s.file-upload",
    "url": "fa5s.globe",
    "link": "fa5s.link",
    "palette": "fa5s.palette",
    # Notifications and confidential data.
    "bell": "fa5s.bell",
    "read_all": "fa5s.check-double",
    "reveal": "fa5s.eye",
    "access_log": "fa5s.user-lock",
    "returned": "fa5s.reply",
}
DEFAULT_COLOUR = "#37474f"


def icon(purpose: str, colour: str = DEFAULT_COLOUR) -> QIcon:
    name = _NAMES.get(purpose)
    return qta.icon(name, color=colour) if name else QIcon()
