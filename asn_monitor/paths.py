"""Where the application finds its resources and keeps its default workspace."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
APP_DIR_NAME = "ASN Monitor"


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (data the office may correct)."""
    return _ROOT.joinpath("resources", *parts)


def default_data_dir(environ: dict[str, str] | None = None) -> Path:
    """The per-user data directory, following each platform's convention.

    Taken from the environment at call time (never cached) so that tests can point HOME
    or XDG_DATA_HOME at a temporary directory.
    """
    env = os.environ if environ is None else environ
    if sys.platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or env.get("APPDATA") or str(Path.home())
        return Path(base) / APP_DIR_NAME
    if sys.platform == "darwin":
        return (
            Path(env.get("HOME", str(Path.home())))
            / "Library"
            / "Application Support"
            / APP_DIR_NAME
        )
    xdg = env.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path(env.get("HOME", str(Path.home()))) / ".local" / "share"
    return base / "asn-monitor"


def default_workspace_dir(environ: dict[str, str] | None = None) -> Path:
    return default_data_dir(environ) / "workspace"
