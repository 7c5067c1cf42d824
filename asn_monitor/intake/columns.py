"""Which column of an imported table means which field, from ``resources/import/columns.json``.

The mapping is data the office may correct: a web form or a BKD export with its own
column titles only needs a line added there.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from asn_monitor.paths import resource_path

_SEPARATORS = re.compile(r"[\s\-./\\()]+")
_UNDERSCORES = re.compile(r"_+")


def fold(text: str) -> str:
    """Lower case without accents: "Désy" and "desy" are the same word to a person."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def header_key(title: str) -> str:
    """``"Nama Pelapor"``, ``"nama-pelapor"`` and ``"NAMA_PELAPOR "`` → ``nama_pelapor``."""
    key = _SEPARATORS.sub("_", fold(title.strip().lstrip("\ufeff")))
    return _UNDERSCORES.sub("_", key).strip("_")


@dataclass(frozen=True)
class ColumnMap:
    aliases: dict[str, str]  # header key -> field

    def resolve(self, headers: Iterable[str]) -> tuple[dict[str, str], list[str]]:
        """Map each header as written to its field; also list the headers not understood.

        When two columns mean the same field the first one wins; the second is listed as
        not understood so the preview says so instead of silently mixing them.
        """
        mapping: dict[str, str] = {}
        unknown: list[str] = []
        taken: set[str] = set()
        for header in headers:
            field = self.aliases.get(header_key(header))
            if field is None or field in taken:
                if header.strip():
                    unknown.append(header)
                continue
            mapping[header] = field
            taken.add(field)
        return mapping, unknown


def load_columns(kind: str, path: Path | None = None) -> ColumnMap:
    """The mapping for ``kind`` ("reports" or "registry")."""
    path = path or resource_path("import", "columns.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    aliases: dict[str, str] = {}
    for field, titles in data[kind].items():
        aliases.setdefault(header_key(field), field)
        for title in titles:
            aliases.setdefault(header_key(title), field)
    return ColumnMap(aliases)
