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
}


def icon(purpose: str) -> QIcon:
    name = _NAMES.get(purpose)
    return qta.icon(name, color="#37474f") if name else QIcon()
