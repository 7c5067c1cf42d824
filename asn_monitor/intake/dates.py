"""Dates as offices write them: dd/mm/yyyy (Indonesian order) or ISO yyyy-mm-dd."""

from __future__ import annotations

import datetime as dt
import re

_DMY = re.compile(r"^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})(?:[ T].*)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")


def parse_date(text: str) -> dt.date:
    """Read ``text``; raise ValueError when it is not a date in a form we accept.

    Month-first (US) order is deliberately not guessed: 03/04/2024 is 3 April here.
    A time after the date (``2024-10-03T08:15:00``, ``03/10/2024 08:15``) is ignored.
    """
    text = text.strip()
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    raise ValueError(text)
