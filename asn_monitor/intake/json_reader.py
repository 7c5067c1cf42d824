"""Reading reports sent as JSON: a list of objects, or an object holding that list.

Line numbers come from :mod:`asn_monitor.worksheet.jsonpos`, so a problem in the 40th
report points at the line where that report's object starts.
"""

from __future__ import annotations

import json
from typing import Any

from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.intake import problems as p
from asn_monitor.intake.csv_reader import decode, encoding_problems
from asn_monitor.intake.problems import SourceUnreadable
from asn_monitor.intake.table import RawRow, Table
from asn_monitor.worksheet import jsonpos

LIST_KEYS = ("reports", "laporan", "data", "items", "pegawai", "asn", "registry")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_text(v) for v in value)
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value).strip()


def read_json(data: bytes) -> Table:
    text, encoding, notes = decode(data)
    try:
        located = jsonpos.parse(text)
    except (ValueError, jsonpos.DuplicateKey) as exc:
        raise SourceUnreadable(
            QT_TRANSLATE_NOOP("asn_monitor", "Isinya bukan JSON yang sah: {detail}"),
            detail=str(exc)[:200],
        ) from exc
    value = located.value
    base: tuple[str | int, ...] = ()
    if isinstance(value, dict):
        key = next((k for k in LIST_KEYS if isinstance(value.get(k), list)), None)
        if key is None:
            raise SourceUnreadable(
                QT_TRANSLATE_NOOP(
                    "asn_monitor",
                    "JSON harus berupa daftar laporan, atau objek dengan kunci \u201creports\u201d "
                    "berisi daftar itu.",
                )
            )
        value = value[key]
        base = (key,)
    if not isinstance(value, list):
        raise SourceUnreadable(
            QT_TRANSLATE_NOOP("asn_monitor", "JSON harus berupa daftar laporan.")
        )
    headers: list[str] = []
    rows: list[RawRow] = []
    for index, item in enumerate(value):
        line, _column = located.line_column((*base, index))
        if not isinstance(item, dict):
            rows.append(
                RawRow(
                    line,
                    {},
                    (
                        p.error(
                            line,
                            QT_TRANSLATE_NOOP(
                                "asn_monitor", "Entri ke-{n} bukan objek JSON; dilewati."
                            ),
                            n=index + 1,
                        ),
                    ),
                )
            )
            continue
        values = {str(k): _text(v) for k, v in item.items()}
        for k in values:
            if k not in headers:
                headers.append(k)
        rows.append(RawRow(line, values, tuple(encoding_problems(line, values))))
    return Table(rows, headers, "json", encoding, "", notes)
