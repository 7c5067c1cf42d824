"""Translation of the domain layer's messages without Qt.

Messages are written in Indonesian (the source language) and marked with
``QT_TRANSLATE_NOOP("asn_monitor", ...)`` so that ``pyside6-lupdate`` collects them into
the same ``.ts`` files as the UI's strings. The UI translates them with Qt; the CLI, which
must not need Qt, reads the ``.ts`` XML directly through :class:`Translator`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from asn_monitor.paths import resource_path

CONTEXT = "asn_monitor"
LANGUAGES = ("id", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by lupdate; returns it unchanged."""
    del context
    return text


class Translator:
    """Looks up translations of one language from a Qt Linguist ``.ts`` file."""

    def __init__(self, language: str = "id", ts_file: Path | None = None) -> None:
        self.language = language if language in LANGUAGES else "id"
        self._table: dict[tuple[str, str], str] = {}
        if self.language != "id":
            path = ts_file or resource_path("translations", f"asn_monitor_{self.language}.ts")
            if path.exists():
                self._load(path)

    def _load(self, path: Path) -> None:
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", default="")
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None or not node.text:
                    continue
                if node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                self._table[(name, source)] = node.text

    def translate(self, text: str, context: str = CONTEXT) -> str:
        return self._table.get((context, text), text)
