"""Reading a CSV export: its encoding, its separator, and each row with its line number.

Offices export from Excel (Windows-1252, semicolons in an Indonesian locale), from Google
Sheets (UTF-8, commas) and from web forms (UTF-8 with a BOM). The encoding is found by
trying UTF-8 first: Windows-1252 text is almost never valid UTF-8, so a failure means the
older encoding. Bytes that neither can read are replaced and the rows holding them are
reported, never silently altered.
"""

from __future__ import annotations

import codecs
import csv
import io

from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.intake import problems as p
from asn_monitor.intake.problems import Problem, SourceUnreadable
from asn_monitor.intake.table import RawRow, Table

REPLACEMENT = "\ufffd"
# Typical traces of UTF-8 read as Windows-1252 before it reached us ("Ã©" for "é").
_MOJIBAKE = ("Ã", "â€", "Â")


def decode(data: bytes) -> tuple[str, str, list[Problem]]:
    """The text of ``data``, the encoding used, and notes about it."""
    notes: list[Problem] = []
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig", notes
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16", notes
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    notes.append(
        p.notice(
            0,
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Berkas bukan UTF-8; dibaca sebagai Windows-1252 (ekspor Excel). Periksa huruf "
                "beraksen pada pratinjau.",
            ),
        )
    )
    return text, "cp1252", notes


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the header line uses most (outside quotes)."""
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: header.count(d) for d in ",;\t"}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_csv(data: bytes) -> Table:
    text, encoding, notes = decode(data)
    if not text.strip():
        raise SourceUnreadable(QT_TRANSLATE_NOOP("asn_monitor", "Berkas kosong."))
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = [h.strip() for h in next(reader)]
    except (csv.Error, StopIteration) as exc:
        raise SourceUnreadable(
            QT_TRANSLATE_NOOP("asn_monitor", "Baris judul kolom tidak dapat dibaca: {detail}"),
            detail=str(exc),
        ) from exc
    rows: list[RawRow] = []
    start = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rows.append(
                RawRow(
                    start,
                    {},
                    (
                        p.error(
                            start,
                            QT_TRANSLATE_NOOP("asn_monitor", "Baris tidak dapat dibaca: {detail}"),
                            detail=str(exc),
                        ),
                    ),
                )
            )
            break
        line = start
        start = reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        rows.append(_row(line, headers, cells))
    return Table(rows, headers, "csv", encoding, delimiter, notes)


def _row(line: int, headers: list[str], cells: list[str]) -> RawRow:
    found: list[Problem] = []
    extra = [c for c in cells[len(headers) :] if c.strip()]
    if extra:
        found.append(
            p.error(
                line,
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "Baris berisi {count} kolom, padahal judulnya {expected} kolom; mungkin ada "
                    "pemisah di dalam teks yang tidak diberi tanda kutip.",
                ),
                count=len(cells),
                expected=len(headers),
            )
        )
    values = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(headers)}
    found += encoding_problems(line, values)
    return RawRow(line, values, tuple(found))


def encoding_problems(line: int, values: dict[str, str]) -> list[Problem]:
    out: list[Problem] = []
    for header, value in values.items():
        if REPLACEMENT in value:
            out.append(
                p.error(
                    line,
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Kolom \u201c{column}\u201d berisi huruf yang tidak terbaca (masalah "
                        "encoding); simpan ulang berkas sebagai CSV UTF-8.",
                    ),
                    column=header,
                )
            )
        elif any(mark in value for mark in _MOJIBAKE):
            out.append(
                p.warning(
                    line,
                    QT_TRANSLATE_NOOP(
                        "asn_monitor",
                        "Kolom \u201c{column}\u201d tampak salah encoding (\u201c{value}\u201d); "
                        "periksa hurufnya.",
                    ),
                    column=header,
                    value=value[:40],
                )
            )
    return out
