"""Unexpected errors: logged to a file and explained, never silently swallowed.

PySide6 prints an exception raised in a slot and carries on, so without this the user
would see nothing while a click did nothing. Saved work is in the store already (every
save is its own transaction), which is what the message tells the user.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from asn_monitor.paths import default_data_dir

LOG_NAME = "asn-monitor.log"
log = logging.getLogger("asn_monitor.ui")


def log_path(data_dir: Path | None = None) -> Path:
    return (data_dir or default_data_dir()) / "logs" / LOG_NAME


def install(data_dir: Path | None = None) -> Path:
    """Send warnings and errors to a rotating log file and show unexpected ones."""
    path = log_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("asn_monitor")
    root.setLevel(logging.INFO)
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    sys.excepthook = lambda kind, value, tb: report(kind, value, tb, path)
    return path


def report(
    kind: type[BaseException],
    value: BaseException,
    tb: TracebackType | None,
    path: Path,
) -> None:
    text = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", text)
    if sys.__stderr__ is not None:
        sys.__stderr__.write(text)
    if QApplication.instance() is None or issubclass(kind, KeyboardInterrupt):
        return
    QMessageBox.critical(
        None,
        QCoreApplication.translate("crash", "Kesalahan tak terduga"),
        QCoreApplication.translate(
            "crash",
            "Terjadi kesalahan tak terduga: {error}\n\nData yang sudah disimpan aman. Rincian "
            "dicatat di {path}; kirimkan berkas itu kepada admin bila kesalahan berulang.",
        ).format(error=f"{kind.__name__}: {value}", path=path),
    )
