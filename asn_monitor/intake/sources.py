"""Where an import comes from: a file on disk or the office's endpoint, read as a table."""

from __future__ import annotations

import codecs
from pathlib import Path

from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.intake.csv_reader import read_csv
from asn_monitor.intake.json_reader import read_json
from asn_monitor.intake.problems import SourceUnreadable
from asn_monitor.intake.table import Table

MAX_FILE_BYTES = 100 * 1024 * 1024


def is_url(source: str) -> bool:
    return source.strip().lower().startswith(("http://", "https://"))


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SourceUnreadable(
                QT_TRANSLATE_NOOP("asn_monitor", "Berkas {path} lebih dari 100 MB; pecah dulu."),
                path=str(path),
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise SourceUnreadable(
            QT_TRANSLATE_NOOP("asn_monitor", "Berkas {path} tidak ditemukan."), path=str(path)
        ) from exc
    except OSError as exc:
        raise SourceUnreadable(
            QT_TRANSLATE_NOOP("asn_monitor", "Berkas {path} tidak dapat dibaca: {detail}"),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc


def looks_like_json(data: bytes, name: str = "", content_type: str = "") -> bool:
    if name.lower().endswith(".json") or "json" in content_type.lower():
        return True
    if name.lower().endswith((".csv", ".txt", ".tsv")):
        return False
    head = data.lstrip(codecs.BOM_UTF8).lstrip()[:1]
    return head in (b"[", b"{")


def read_table(data: bytes, name: str = "", content_type: str = "") -> Table:
    """CSV or JSON, by the file's name, the server's content type, or the first character."""
    if looks_like_json(data, name, content_type):
        return read_json(data)
    return read_csv(data)
