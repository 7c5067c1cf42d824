"""An imported table as read: rows of text by column, each with its line number."""

from __future__ import annotations

from dataclasses import dataclass, field

from asn_monitor.intake.problems import Problem


@dataclass(frozen=True)
class RawRow:
    line: int  # the line the row starts on in the file (CSV) or its object starts on (JSON)
    values: dict[str, str]  # column title as written -> text
    problems: tuple[Problem, ...] = ()


@dataclass
class Table:
    rows: list[RawRow]
    headers: list[str]
    kind: str  # "csv" or "json"
    encoding: str = "utf-8"
    delimiter: str = ""
    problems: list[Problem] = field(default_factory=list)  # about the file as a whole
