"""What is wrong with one row of an import, by line number, and how bad it is."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP


class Severity(str, Enum):
    # An error keeps the row out; a warning imports it; a notice only informs.
    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("asn_monitor", "galat"),
    Severity.WARNING: QT_TRANSLATE_NOOP("asn_monitor", "peringatan"),
    Severity.NOTICE: QT_TRANSLATE_NOOP("asn_monitor", "info"),
}


@dataclass(frozen=True)
class Problem:
    line: int  # 0: the file as a whole
    severity: Severity
    message: AsnError
    field: str = ""


def error(line: int, template: str, field: str = "", /, **params: object) -> Problem:
    return Problem(line, Severity.ERROR, AsnError(template, **params), field)


def warning(line: int, template: str, field: str = "", /, **params: object) -> Problem:
    return Problem(line, Severity.WARNING, AsnError(template, **params), field)


def notice(line: int, template: str, field: str = "", /, **params: object) -> Problem:
    return Problem(line, Severity.NOTICE, AsnError(template, **params), field)


class SourceUnreadable(AsnError):
    """The whole source cannot be read (not a table, not JSON, empty)."""

    exit_code = 2
