"""An unexpected error is logged and explained, not swallowed."""

from __future__ import annotations

import sys

from ui import crash


def test_unexpected_error_is_logged_and_shown(tmp_path, no_modal_dialogs, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    path = crash.install(tmp_path)
    try:
        raise RuntimeError("tombol rusak")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    kind, text = no_modal_dialogs[-1]
    assert kind == "critical"
    assert "tombol rusak" in text and str(path) in text and "Data yang sudah disimpan aman" in text
    for handler in crash.logging.getLogger("asn_monitor").handlers:
        handler.flush()
    assert "RuntimeError: tombol rusak" in path.read_text(encoding="utf-8")
