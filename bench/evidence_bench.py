"""Evidence benchmark: every figure issue 5 asks for, as one JSON object.

    python bench/evidence_bench.py

Runs, each in its own process so that one's memory and Qt state cannot skew the other:

- ``bench/evidence_viewer_bench.py``: opening and painting a 12-megapixel screenshot in the
  viewer against ``QImageReader`` decoding it alone (``open_ratio``, target <= 1.5), the
  first paint from the cached preview, and frame times while panning with 200 shapes;
- ``bench/evidence_store_bench.py``: the store's hashing throughput against ``hashlib``
  alone (``hash_ratio``), and saving 200 shapes through the annotation service against a
  bare ``executemany`` (``save_ratio``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = ("evidence_viewer_bench.py", "evidence_store_bench.py")


def main() -> int:
    combined: dict[str, object] = {}
    for part in PARTS:
        done = subprocess.run(
            [sys.executable, str(HERE / part)], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return done.returncode
        # Each part prints its JSON last; anything before it is progress.
        text = done.stdout[done.stdout.index("{") :]
        combined.update(json.loads(text))
    print(json.dumps(combined, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
