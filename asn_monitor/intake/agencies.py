"""Agency names known to the office, and a suggestion for a name that is not one of them."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.intake import problems
from asn_monitor.intake.columns import fold
from asn_monitor.intake.problems import Problem


class AgencyList:
    """The reference list's names and codes plus the agencies in the BKD registry."""

    def __init__(self, names: Iterable[str], codes: dict[str, str] | None = None) -> None:
        self._by_folded: dict[str, str] = {}
        for name in names:
            if name.strip():
                self._by_folded.setdefault(fold(name.strip()), name.strip())
        self._codes = {fold(code): name for code, name in (codes or {}).items()}

    def __len__(self) -> int:
        return len(self._by_folded)

    def known(self, name: str) -> bool:
        return not self._by_folded or fold(name.strip()) in self._by_folded

    def canonical(self, name: str) -> str | None:
        """The known spelling of ``name``, or the agency its code (``DINKES``) stands for."""
        key = fold(name.strip())
        return self._by_folded.get(key) or self._codes.get(key)

    def suggest(self, name: str) -> str | None:
        """The closest known name, or the agency an abbreviation (``DINKES``) stands for."""
        key = fold(name.strip())
        if key in self._codes:
            return self._codes[key]
        close = difflib.get_close_matches(key, list(self._by_folded), n=1, cutoff=0.6)
        if close:
            return self._by_folded[close[0]]
        contained = [v for k, v in self._by_folded.items() if key and key in k]
        return contained[0] if len(contained) == 1 else None


def agency_code_notice(line: int, written: str, name: str, field: str) -> Problem:
    return problems.notice(
        line,
        QT_TRANSLATE_NOOP(
            "asn_monitor", "Instansi \u201c{code}\u201d dicatat sebagai \u201c{name}\u201d."
        ),
        field,
        code=written,
        name=name,
    )
