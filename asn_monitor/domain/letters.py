"""Letter numbers from the office's pattern, e.g. ``800/{nomor:3}/Diskominfotik/{bulan_romawi}/{tahun}``.

Placeholders: ``{nomor}`` the sequence (``{nomor:3}`` pads it to three digits), ``{tahun}``
the letter's year, ``{bulan}`` its month as two digits, ``{bulan_romawi}`` as a Roman
numeral (XI), as Indonesian office letters are commonly numbered. The sequence counts per
year and is kept by the hub, so two PCs never give the same number.
"""

from __future__ import annotations

import datetime as dt
import re

from asn_monitor.errors import ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_TOKEN = re.compile(r"\{([a-z_]+)(?::(\d))?\}")
_KNOWN = frozenset({"nomor", "tahun", "bulan", "bulan_romawi"})
MAX_LENGTH = 120


def validate_pattern(pattern: str) -> str:
    """The pattern, stripped; refuses one without ``{nomor}`` or with unknown placeholders."""
    pattern = pattern.strip()
    tokens = _TOKEN.findall(pattern)
    names = [name for name, _width in tokens]
    leftover = _TOKEN.sub("", pattern)
    if not pattern or len(pattern) > MAX_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("asn_monitor", "Pola nomor surat harus diisi (paling panjang 120).")
        )
    if names.count("nomor") != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Pola nomor surat harus memuat {{nomor}} tepat satu kali, misalnya "
                "800/{{nomor:3}}/Diskominfotik/{{bulan_romawi}}/{{tahun}}.",
            )
        )
    unknown = sorted(set(names) - _KNOWN)
    if unknown or "{" in leftover or "}" in leftover:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Pola nomor surat memuat bagian yang tidak dikenal: {parts}. Yang dikenal: "
                "{{nomor}}, {{nomor:3}}, {{tahun}}, {{bulan}}, {{bulan_romawi}}.",
            ),
            parts=", ".join(unknown) or leftover,
        )
    return pattern


def format_number(pattern: str, sequence: int, letter_date: dt.date) -> str:
    """The letter number ``pattern`` gives for ``sequence`` on ``letter_date``."""

    def fill(match: re.Match[str]) -> str:
        name, width = match.group(1), match.group(2)
        if name == "nomor":
            return f"{sequence:0{int(width or 1)}d}"
        if name == "tahun":
            return f"{letter_date.year:04d}"
        if name == "bulan":
            return f"{letter_date.month:02d}"
        if name == "bulan_romawi":
            return ROMAN_MONTHS[letter_date.month - 1]
        return match.group(0)

    return _TOKEN.sub(fill, pattern)


def provisional_number(origin: str, value: int) -> str:
    """What a letter is called until the hub gives it its number (never printed)."""
    return f"SEMENTARA-{origin[:6].upper()}-{value:04d}"
