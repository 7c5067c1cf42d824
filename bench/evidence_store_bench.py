"""Evidence store benchmark: hashing, and autosaving 200 annotation shapes.

    python bench/evidence_store_bench.py [--only hashing,save_shapes] [--hash-mb 200] [--repeat 3]

Each measurement is one function registered in ``MEASUREMENTS`` (name -> function taking
the shared :class:`Bench` and returning its figures); ``--only`` picks some by name. The
viewer's timings (open/paint, panning with 200 shapes) live in the UI's part of this file
and register the same way. Every figure is the best of ``--repeat`` runs (shared, noisy
machines), and each comes with the floor it is compared against (DESIGN.md, "Benchmarks").

- ``hashing``: ``store_hash_ms`` is the store's own SHA-256 of a ~200 MB file
  (``sha256_of``, read in 1 MB chunks) and ``verified_open_ms`` its verified read
  (``EvidenceStore.open_path``); the floor ``hashlib_ms`` is ``hashlib.sha256`` over the
  same bytes already in memory. ``hash_ratio`` = store / floor. ``store_add_ms`` adds the
  copy into the cache with fsync (hash + write), for scale.
- ``save_shapes``: ``save_200_insert_ms`` is ``AnnotationService.save`` writing 200 new
  shapes (one transaction, change log included); ``save_200_update_ms`` after moving all
  200; ``save_1_of_200_ms`` the usual autosave after one edit. The floor
  ``raw_insert_200_ms`` is ``executemany`` of the same 200 rows into the same table in one
  transaction, without the change log; ``save_ratio`` = insert / floor.

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from asn_monitor.annotations import (  # noqa: E402
    Point,
    Rect,
    RedactionMode,
    Shape,
    ShapeKind,
    make_shape,
)
from asn_monitor.domain.models import Case, EvidenceItem, User  # noqa: E402
from asn_monitor.domain.passwords import PasswordHasher  # noqa: E402
from asn_monitor.services.annotations import (  # noqa: E402
    CONTENT_FIELDS,
    AnnotationService,
    shape_content,
)
from asn_monitor.services.cases import CaseService  # noqa: E402
from asn_monitor.services.evidence import EvidenceService  # noqa: E402
from asn_monitor.store.database import Database, new_id  # noqa: E402
from asn_monitor.sync.evidence import EvidenceStore, sha256_of  # noqa: E402
from asn_monitor.workspace import Workspace  # noqa: E402
from tests.unit.factories import PASSWORD, case_fields  # noqa: E402
from tests.unit.test_sniff import make_png  # noqa: E402


@dataclass
class Bench:
    """What the measurements share: a scratch folder, an office workspace, options."""

    root: Path
    repeat: int = 3
    hash_mb: int = 200
    _office: tuple[Workspace, Database, User, Case] | None = field(default=None, repr=False)

    def office(self) -> tuple[Workspace, Database, User, Case]:
        if self._office is None:
            workspace = Workspace(self.root / "pc")
            db, user = workspace.create(
                office_name="Diskominfotik NTB",
                prefix="NTB",
                username="spv",
                display_name="Baiq Supervisor",
                password=PASSWORD,
                hasher=PasswordHasher(n=2**8),
            )
            case = CaseService(db, user).create(case_fields())
            self._office = (workspace, db, user, case)
        return self._office

    def evidence(self, data: bytes, name: str) -> EvidenceItem:
        workspace, db, user, case = self.office()
        service = EvidenceService(db, user, workspace.evidence(db))
        return service.add_bytes(case.id, data, name).item

    def close(self) -> None:
        if self._office is not None:
            self._office[1].close()


def best_ms(
    repeat: int, run: Callable[[], object], before: Callable[[], object] = lambda: None
) -> float:
    """Best of ``repeat`` runs of ``run`` in ms (``before`` runs untimed before each)."""
    times = []
    for _ in range(repeat):
        before()
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


# ---------------------------------------------------------------------------- hashing


def measure_hashing(bench: Bench) -> dict[str, Any]:
    size = bench.hash_mb * 1024 * 1024
    # Random blocks repeated: incompressible enough for any cache, quick to make.
    block = os.urandom(4 * 1024 * 1024)
    data = (block * (size // len(block) + 1))[:size]
    source = bench.root / "gross.bin"
    source.write_bytes(data)
    store = EvidenceStore(bench.root / "cache", None)
    expected = hashlib.sha256(data).hexdigest()
    floor = best_ms(bench.repeat, lambda: hashlib.sha256(data).hexdigest())
    own = best_ms(bench.repeat, lambda: sha256_of(source))
    assert sha256_of(source) == expected

    def clear_cache() -> None:
        for path in (bench.root / "cache").rglob("*"):
            if path.is_file():
                path.unlink()

    added = best_ms(bench.repeat, lambda: store.add(source), clear_cache)
    opened = best_ms(bench.repeat, lambda: store.open_path(expected))
    megabytes = size / (1024 * 1024)
    return {
        "hash_mb": bench.hash_mb,
        "hashlib_ms": floor,
        "store_hash_ms": own,
        "verified_open_ms": opened,
        "store_add_ms": added,
        "hashlib_mb_per_s": megabytes / (floor / 1000),
        "store_hash_mb_per_s": megabytes / (own / 1000),
        "hash_ratio": own / floor,
    }


# ---------------------------------------------------------------------------- shapes


def two_hundred_shapes(user: User, at: str) -> list[Shape]:
    shapes = []
    for i in range(200):
        x, y = (i % 20) * 50.0, (i // 20) * 80.0
        kind = list(ShapeKind)[i % len(ShapeKind)]
        extra: dict[str, Any] = {}
        if kind in (ShapeKind.ARROW, ShapeKind.LINE):
            extra["points"] = [Point(x, y), Point(x + 40, y + 30)]
        elif kind is ShapeKind.HIGHLIGHTER:
            extra["points"] = [Point(x + j * 4, y + (j % 3)) for j in range(12)]
        elif kind is ShapeKind.CALLOUT:
            extra["box"] = Rect(x, y, 45, 20)
            extra["points"] = [Point(x - 10, y - 10)]
            extra["text"] = f"Catatan {i}"
        else:
            extra["box"] = Rect(x, y, 40, 40)
        if kind is ShapeKind.MARKER:
            extra["number"] = i + 1
        if kind is ShapeKind.REDACTION:
            extra["redaction_mode"] = RedactionMode.PIXELATE if i % 2 else RedactionMode.SOLID
        shapes.append(replace(make_shape(kind, created_by=user.id, created_at=at, **extra), z=i))
    return shapes


def measure_save_shapes(bench: Bench) -> dict[str, Any]:
    _, db, user, _ = bench.office()
    figures: dict[str, list[float]] = {
        "save_200_insert_ms": [],
        "save_200_update_ms": [],
        "save_1_of_200_ms": [],
        "raw_insert_200_ms": [],
    }
    for round_ in range(bench.repeat):
        item = bench.evidence(make_png(1000 + round_, 800), f"layar-{round_}.png")
        service = AnnotationService(db, user)
        service.load(item.id)
        shapes = two_hundred_shapes(user, db.now())
        with timed(figures["save_200_insert_ms"]):
            assert service.save(item.id, shapes) == 200
        moved = [moved_by(s, 3, 2) for s in shapes]
        with timed(figures["save_200_update_ms"]):
            assert service.save(item.id, moved) == 200
        moved[100] = moved_by(moved[100], 1, 1)
        with timed(figures["save_1_of_200_ms"]):
            assert service.save(item.id, moved) == 1
        floor_item = bench.evidence(make_png(1000 + round_, 900), f"lantai-{round_}.png")
        rows = [raw_row(floor_item.id, s, db.now()) for s in two_hundred_shapes(user, db.now())]
        with timed(figures["raw_insert_200_ms"]):
            raw_insert(db.conn, rows)
    out: dict[str, Any] = {name: min(values) for name, values in figures.items()}
    out["save_ratio"] = out["save_200_insert_ms"] / out["raw_insert_200_ms"]
    return out


def moved_by(shape: Shape, dx: float, dy: float) -> Shape:
    if shape.box is not None:
        return replace(
            shape,
            box=shape.box.moved(dx, dy),
            points=tuple(p.moved(dx, dy) for p in shape.points),
        )
    return replace(shape, points=tuple(p.moved(dx, dy) for p in shape.points))


RAW_COLUMNS = (
    "id",
    "evidence_id",
    *CONTENT_FIELDS,
    "created_by",
    "created_at",
    "updated_at",
    "version",
)


def raw_row(evidence_id: str, shape: Shape, at: str) -> tuple[Any, ...]:
    content = shape_content(shape)
    return (
        new_id(),
        evidence_id,
        *(content[k] for k in CONTENT_FIELDS),
        shape.created_by,
        at,
        at,
        1,
    )


def raw_insert(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    marks = ",".join("?" for _ in RAW_COLUMNS)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(f"INSERT INTO annotations ({','.join(RAW_COLUMNS)}) VALUES ({marks})", rows)
    conn.execute("COMMIT")


@contextmanager
def timed(into: list[float]) -> Iterator[None]:
    start = time.perf_counter()
    yield
    into.append((time.perf_counter() - start) * 1000)


# ---------------------------------------------------------------------------- main

MEASUREMENTS: dict[str, Callable[[Bench], dict[str, Any]]] = {
    "hashing": measure_hashing,
    "save_shapes": measure_save_shapes,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--only", default="", help="comma-separated: " + ", ".join(MEASUREMENTS))
    parser.add_argument("--hash-mb", type=int, default=200, help="size of the hashed file")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best kept)")
    args = parser.parse_args(argv)
    wanted = [n.strip() for n in args.only.split(",") if n.strip()] or list(MEASUREMENTS)
    unknown = [n for n in wanted if n not in MEASUREMENTS]
    if unknown:
        parser.error(f"unknown measurement(s): {', '.join(unknown)}")
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="evidence-bench-") as scratch:
        bench = Bench(Path(scratch), repeat=max(1, args.repeat), hash_mb=args.hash_mb)
        try:
            for name in wanted:
                results[name] = MEASUREMENTS[name](bench)
        finally:
            bench.close()
    rounded = {
        name: {k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()}
        for name, figures in results.items()
    }
    print(json.dumps(rounded, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
