"""asn_monitor must import and work with PySide6 (and ui/) unavailable."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_asn_monitor_module_imports_without_qt(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "qtawesome", "ui"):
                    raise ImportError(f"blocked in this test: {name}")
                return None

        sys.meta_path.insert(0, BlockQt())
        import asn_monitor
        names = [m.name for m in pkgutil.walk_packages(asn_monitor.__path__, "asn_monitor.")]
        for name in names:
            importlib.import_module(name)
        assert not any(m.split(".")[0] in ("PySide6", "ui") for m in sys.modules), "Qt leaked"
        print(len(names))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 15


def test_cli_runs_without_qt(tmp_path: Path) -> None:
    """The admin commands are usable on a machine where Qt cannot load."""
    script = textwrap.dedent(
        f"""
        import sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "qtawesome", "ui"):
                    raise ImportError(name)
                return None

        sys.meta_path.insert(0, BlockQt())
        sys.argv = ["main.py", "demo", {str(tmp_path / "ws")!r}, "--cases", "12"]
        import runpy
        runpy.run_path("main.py", run_name="__main__")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "12 kasus" in result.stdout
