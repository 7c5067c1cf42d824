"""Soak: several PCs (OS processes) on one hub for N minutes, with faults; one summary line.

    python bench/soak.py --minutes 10 --workers 6

The same harness as ``tests/sync/test_sync_processes.py`` (``tests/sync/harness.py``),
run longer: every worker edits shared cases at random and races for claims while workers
are killed with SIGKILL and restarted, and the share fails with EIO (FUSE pass-through,
when available) or is renamed away. Afterwards every replica is reopened and synced, and
the invariants are checked from the data. Exit status 0 when every check passed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.sync.harness import run_soak  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=6)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--no-fuse", action="store_true", help="rename the folder only")
    parser.add_argument("--keep", action="store_true", help="keep the office folder")
    parser.add_argument("--verbose", action="store_true", help="progress and problems")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="asn-soak-"))
    started = time.monotonic()
    try:
        summary = run_soak(
            root / "office",
            seconds=args.minutes * 60,
            workers=args.workers,
            use_fuse=False if args.no_fuse else None,
            seed=args.seed,
            progress=args.verbose,
        )
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    elapsed = time.monotonic() - started
    print(f"{summary.line()} | {args.workers} workers, {elapsed / 60:.1f} min")
    if args.verbose or not summary.ok:
        for problem in summary.problems:
            print(f"  - {problem}", file=sys.stderr)
        if args.keep:
            print(f"  office kept in {root}", file=sys.stderr)
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
