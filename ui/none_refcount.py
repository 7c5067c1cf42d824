"""A guard against a reference-count bug in the Qt bindings.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` each time a method that
returns nothing (``QPainter.setPen``, ``QObject.setObjectName``...) is called from Python.
Before Python 3.12 ``None`` is an ordinary counted object, so after some thousands of such
calls (a few seconds of the evidence canvas painting its shapes, or panning a screenshot)
the interpreter aborts with "deallocating None". Python 3.12 made ``None`` immortal, which
is what this guard imitates: it checks whether the bug is present and, if so, gives
``None`` so many references that the leak can never reach zero.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

# About 10^12 leaked references: far beyond any session's number of calls.
_RESERVE = 1 << 40


def leaks_none() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def protect_none() -> bool:
    """Apply the guard if the bindings leak; True when it was needed."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > _RESERVE // 2:
        return False  # immortal already, or guarded before
    if not leaks_none():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    return True
