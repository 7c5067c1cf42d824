"""Shared test set-up: headless Qt, isolated HOME/QSettings, cheap password hashing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Set before any Qt import so no test ever needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from asn_monitor.domain.passwords import PasswordHasher  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def none_guard() -> None:
    """PySide6 6.12 leaks references to None on Python 3.11 (see ui/none_refcount.py)."""
    try:
        from ui.none_refcount import protect_none
    except ImportError:  # a run without Qt (the layering test's subprocess)
        return
    protect_none()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own HOME and data dirs, so nothing touches the real profile."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData"))
    monkeypatch.delenv("ASN_MONITOR_PASSWORD", raising=False)
    return home


@pytest.fixture
def hasher() -> PasswordHasher:
    # The real cost (n=2**15) is right for people, slow for hundreds of test logins.
    return PasswordHasher(n=2**8)
