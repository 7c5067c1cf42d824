"""Errors of the sanction-level catalogue, in the style of :mod:`asn_monitor.errors`."""

from __future__ import annotations

from typing import Any

from asn_monitor.errors import AsnError, Translate
from asn_monitor.i18n import QT_TRANSLATE_NOOP


class CatalogueError(AsnError):
    """A catalogue that cannot be used; the last good one stays in use."""

    exit_code = 2


class CatalogueUnreadable(CatalogueError):
    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor", "Berkas katalog lembar sanksi {path} tidak dapat dibaca ({detail})."
    )


class CatalogueInvalid(CatalogueError):
    """The file was read but is not a valid catalogue; names the line and column."""

    default_template = QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Berkas katalog lembar sanksi {path} tidak valid pada baris {line}, kolom {column} "
        "({where}): {problem}",
    )

    def __init__(self, path: str, line: int, column: int, where: str, problem: AsnError) -> None:
        self.path = path
        self.line = line
        self.column = column
        self.where = where
        self.problem = problem
        super().__init__(path=path, line=line, column=column, where=where)

    def message(self, translate: Translate | None = None) -> str:
        params: dict[str, Any] = dict(self.params)
        # The problem is its own marked template; translate it as a whole, not as a string.
        params["problem"] = self.problem.message(translate)
        template = translate(self.template) if translate else self.template
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template
