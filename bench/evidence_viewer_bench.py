"""Evidence viewer benchmark: opening a 12-megapixel screenshot, and panning it.

    python bench/evidence_viewer_bench.py [--repeat 5] [--only NAME] [--keep DIR]

Measurements (one function each; ``--only`` runs one of them):

- ``open``: ``open_ms`` runs from asking the Bukti tab to show an item until the viewer
  has painted the full image, SHA-256 verification of the file included, with no cached
  preview (the first time anyone opens it on this PC). The floor, ``decode_ms``, is
  ``QImageReader(path).read()`` of the same 4000 × 3000 PNG; ``open_ratio`` is the
  quotient (target <= 1.5, DESIGN.md "Benchmarks"). With the screen-size preview cached
  (every later opening), ``first_paint_ms`` is the time until the preview is on screen and
  ``open_warm_ms`` until the full image has replaced it (decoded in a worker thread).
- ``pan``: frame time while panning the same image at 100 % with 200 shapes on it (a
  40-pixel scroll and a synchronous repaint of the viewport per frame): median and p95.

The services are the in-memory fakes of the widget tests (tests/ui/evidence_fakes.py),
which hash and read the stored file as the real ones do; the figures are the viewer's.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRectF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from asn_monitor.annotations.shapes import (  # noqa: E402
    Point,
    Rect,
    RedactionMode,
    ShapeKind,
    make_shape,
)
from asn_monitor.demo import create_demo  # noqa: E402
from asn_monitor.domain.passwords import PasswordHasher  # noqa: E402
from asn_monitor.services.auth import AuthService  # noqa: E402
from asn_monitor.workspace import Workspace  # noqa: E402
from tests.ui.evidence_fakes import FakeAnnotations, FakeEvidence  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.evidence_tab import EvidenceTab, Services  # noqa: E402
from ui.none_refcount import protect_none  # noqa: E402

WIDTH, HEIGHT = 4000, 3000
WINDOW = (1280, 800)
NOW = "2026-11-24T09:00:00.000Z"


def screenshot(width: int = WIDTH, height: int = HEIGHT, seed: int = 1) -> QImage:
    """A desktop screenshot of a busy feed: text, photos with gradients, avatars."""
    rng = random.Random(seed)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f0f2f5"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(26)
    painter.setFont(font)
    words = [
        "ayo",
        "dukung",
        "pasangan",
        "nomor",
        "urut",
        "dua",
        "pilkada",
        "kampanye",
        "coblos",
        "menang",
        "desa",
    ]
    for column in range(3):
        x0 = 60 + column * 1320
        y = 40
        while y < height - 200:
            painter.fillRect(QRectF(x0, y, 1260, 560), QColor("white"))
            painter.setBrush(QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(x0 + 20, y + 20, 70, 70))
            painter.setPen(QColor("#050505"))
            for line in range(4):
                text = " ".join(rng.choice(words) for _ in range(rng.randrange(6, 12)))
                painter.drawText(QRectF(x0 + 20, y + 110 + line * 36, 1220, 34), 0, text)
            photo = QRectF(x0 + 20, y + 260, 1220, 280)
            painter.fillRect(photo, QColor(rng.randrange(256), rng.randrange(256), 120))
            for _ in range(40):
                painter.setPen(QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
                painter.drawLine(
                    int(photo.left() + rng.random() * photo.width()),
                    int(photo.top() + rng.random() * photo.height()),
                    int(photo.left() + rng.random() * photo.width()),
                    int(photo.top() + rng.random() * photo.height()),
                )
            y += 600
    painter.end()
    return image


def two_hundred_shapes(user_id: str, seed: int = 2) -> list[Any]:
    rng = random.Random(seed)
    kinds = list(ShapeKind)
    shapes = []
    for i in range(200):
        kind = kinds[i % len(kinds)]
        x, y = rng.uniform(0, WIDTH - 400), rng.uniform(0, HEIGHT - 300)
        box = Rect(x, y, rng.uniform(40, 380), rng.uniform(30, 280))
        extra: dict[str, Any] = {}
        points: list[Point] = []
        if kind in (ShapeKind.ARROW, ShapeKind.LINE):
            points, box = [Point(x, y), Point(x + 300, y + 120)], None  # type: ignore[assignment]
        elif kind is ShapeKind.HIGHLIGHTER:
            points = [Point(x + k * 20, y + rng.uniform(-4, 4)) for k in range(20)]
            box = None  # type: ignore[assignment]
        elif kind is ShapeKind.CALLOUT:
            points, extra = [Point(x - 60, y - 60)], {"text": "Ajakan memilih paslon"}
        elif kind is ShapeKind.MARKER:
            box = Rect(x, y, 40, 40)
            extra = {"number": i + 1}
        elif kind is ShapeKind.REDACTION:
            extra = {"redaction_mode": rng.choice(list(RedactionMode))}
        shapes.append(
            make_shape(kind, created_by=user_id, created_at=NOW, box=box, points=points, **extra)
        )
    return shapes


class Bench:
    """A demo workspace, a logged-in monitor, the Bukti tab and the test image."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        hasher = PasswordHasher(n=2**8)
        result = create_demo(folder / "demo", cases=5, hasher=hasher)
        self.database = Workspace(folder / "demo").open()
        passwords = {u: p for u, _r, p in result.accounts}
        user = AuthService(self.database, hasher).login("rina", passwords["rina"])
        self.ctx = AppContext(self.database, user, hasher, QSettings(), folder / "demo")
        cases = self.ctx.cases()
        self.case_id = next(
            row["id"]
            for row in self.database.query("SELECT id FROM cases")
            if cases.may_edit(cases.get(row["id"]))
        )
        self.evidence = FakeEvidence(folder / "store", user.id)
        self.annotations = FakeAnnotations(user.id)
        self.path = folder / "screenshot.png"
        screenshot().save(str(self.path))
        self.item = self.evidence.add_file(self.case_id, self.path, "tangkapan layar").item
        self.tab = EvidenceTab(
            self.ctx, lambda: Services(self.evidence, self.annotations), background=False
        )
        self.tab.resize(*WINDOW)
        self.tab.show()
        QApplication.processEvents()
        self.tab.show_case(self.case_id)
        QApplication.processEvents()

    def close(self) -> None:
        self.tab.close()
        self.tab.deleteLater()
        QApplication.processEvents()
        self.database.close()

    def paint(self) -> None:
        viewport = self.tab.viewer.viewport()
        assert viewport.isVisible()
        viewport.repaint()

    def forget(self) -> None:
        """Back to nothing shown, as before the user clicks the item."""
        self.tab.leave_item()
        self.tab.current = None
        self.tab.scene.clear_content()
        QApplication.processEvents()


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def measure_open(bench: Bench, repeat: int) -> dict[str, Any]:
    decode, cold, first, warm = [], [], [], []
    tab = bench.tab
    for _ in range(repeat):
        start = time.perf_counter()
        image = QImageReader(str(bench.path)).read()
        decode.append(time.perf_counter() - start)
        assert not image.isNull()
        del image

        # Cold: no preview on this PC yet; everything synchronous until painted.
        shutil.rmtree(tab.previews.directory, ignore_errors=True)
        bench.forget()
        tab.background = False
        start = time.perf_counter()
        tab.show_item(bench.item)
        bench.paint()
        cold.append(time.perf_counter() - start)
        assert tab.scene.full_image() is not None

        # Warm: the preview is cached; it is painted first, the full image follows.
        bench.forget()
        tab.background = True
        start = time.perf_counter()
        tab.show_item(bench.item)
        bench.paint()
        first.append(time.perf_counter() - start)
        tab.wait_for_image(30)
        bench.paint()
        warm.append(time.perf_counter() - start)
        assert tab.scene.full_image() is not None
    decode_ms = _ms(statistics.median(decode))
    open_ms = _ms(statistics.median(cold))
    return {
        "image": f"{WIDTH}x{HEIGHT} PNG, {bench.path.stat().st_size // 1024} KiB",
        "decode_ms": decode_ms,
        "open_ms": open_ms,
        "open_ratio": round(open_ms / decode_ms, 2),
        "first_paint_ms": _ms(statistics.median(first)),
        "open_warm_ms": _ms(statistics.median(warm)),
        "open_warm_ratio": round(_ms(statistics.median(warm)) / decode_ms, 2),
    }


def measure_pan(bench: Bench, repeat: int) -> dict[str, Any]:
    tab = bench.tab
    bench.annotations.shapes[bench.item.id] = two_hundred_shapes(bench.ctx.user.id)
    tab.background = False
    bench.forget()
    tab.show_item(bench.item)
    viewer = tab.viewer
    viewer.actual_size()
    viewer.centerOn(0, 0)
    bench.paint()
    frames = []
    bar = viewer.horizontalScrollBar()
    vbar = viewer.verticalScrollBar()
    for _ in range(repeat):
        bar.setValue(bar.minimum())
        vbar.setValue(vbar.minimum())
        bench.paint()
        for step in range(60):
            start = time.perf_counter()
            bar.setValue(bar.value() + 40)
            vbar.setValue(vbar.value() + (20 if step % 2 else 0))
            bench.paint()
            frames.append(time.perf_counter() - start)
    frames.sort()
    fit_frames = []
    viewer.fit()
    viewer.zoom_by(1.5)
    for _ in range(repeat * 20):
        start = time.perf_counter()
        bar.setValue(bar.value() + (40 if bar.value() < bar.maximum() else -bar.maximum()))
        bench.paint()
        fit_frames.append(time.perf_counter() - start)
    fit_frames.sort()
    return {
        "shapes": len(tab.scene.document.shapes) if tab.scene.document else 0,
        "pan_frame_ms_median": _ms(statistics.median(frames)),
        "pan_frame_ms_p95": _ms(frames[int(len(frames) * 0.95) - 1]),
        "pan_zoomed_out_frame_ms_median": _ms(statistics.median(fit_frames)),
        "pan_zoomed_out_frame_ms_p95": _ms(fit_frames[int(len(fit_frames) * 0.95) - 1]),
    }


MEASUREMENTS: dict[str, Callable[[Bench, int], dict[str, Any]]] = {
    "open": measure_open,
    "pan": measure_pan,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", choices=sorted(MEASUREMENTS))
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    protect_none()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="evidence-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    bench = Bench(folder)
    result: dict[str, Any] = {"window": f"{WINDOW[0]}x{WINDOW[1]}", "repeat": args.repeat}
    try:
        for name, measure in MEASUREMENTS.items():
            if args.only in (None, name):
                result[name] = measure(bench, args.repeat)
    finally:
        bench.close()
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(result, indent=2))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
