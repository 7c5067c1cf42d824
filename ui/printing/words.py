"""The words of a printout in the printout's own language.

A referral letter and the case summary attached to it are Indonesian official documents:
they stay Indonesian when the screen is in English (as their dates do), so their words are
chosen by the document, not by the translator installed for the windows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.texts import tr_domain


@dataclass(frozen=True)
class Words:
    """``language`` None follows the windows' language; "id" keeps the Indonesian source
    text; any other asks the installed translator."""

    language: str | None = None

    def translate(self, context: str, text: str) -> str:
        if self.language == "id":
            return text
        return QCoreApplication.translate(context, text)

    def domain(self, text: str) -> str:
        """A label or message marked in ``asn_monitor`` (statuses, platforms, levels)."""
        return text if self.language == "id" else tr_domain(text)

    def printed_line(self, name: str, at: dt.datetime) -> str:
        return self.translate("Printing", "Dicetak oleh {name}, {when}").format(
            name=name, when=at.strftime("%d/%m/%Y %H:%M")
        )
