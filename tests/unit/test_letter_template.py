"""The referral letter's template (resources/print/surat_penerusan.json): what the office
may write in it, and what is refused with a message naming the problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from asn_monitor.errors import AsnError
from asn_monitor.reports.letter import PLACEHOLDERS, fill, load_template


def _template(tmp_path: Path, **changes: object) -> Path:
    data = json.loads(
        (Path(__file__).resolve().parents[2] / "resources/print/surat_penerusan.json").read_text(
            encoding="utf-8"
        )
    )
    data.update(changes)
    path = tmp_path / "surat.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_shipped_template_loads_and_uses_only_known_placeholders() -> None:
    template = load_template()
    assert template.subject and template.body and template.identity
    filled = fill(" ".join(template.texts()), {name: f"<{name}>" for name in PLACEHOLDERS})
    assert "{" not in filled and "<nama>" in filled and "<dasar_hukum>" in filled


@pytest.mark.parametrize(
    ("subject", "named"),
    [
        ("Rekomendasi a.n. {pelapor}", "{pelapor}"),  # the reporter is not a placeholder
        ("Rekomendasi {nama:%Y}", "nama:%Y"),
        ("Rekomendasi {nama!z}", "!z"),
        ("Rekomendasi {}", "{}"),
        ("Rekomendasi {nama", "{nama"),
    ],
)
def test_a_template_the_letter_cannot_use_is_refused(
    tmp_path: Path, subject: str, named: str
) -> None:
    with pytest.raises(AsnError) as refused:
        load_template(_template(tmp_path, subject=subject))
    message = refused.value.message()
    assert "Templat surat" in message and "tidak dapat dipakai" in message
    assert named.strip("{}")[:4] in message


def test_literal_braces_and_a_broken_file(tmp_path: Path) -> None:
    path = _template(tmp_path, closing="Terima kasih {{bukan isian}}.")
    assert fill(load_template(path).closing, {}) == "Terima kasih {bukan isian}."
    path.write_text("{ rusak", encoding="utf-8")
    with pytest.raises(AsnError, match="tidak dapat dipakai"):
        load_template(path)
    with pytest.raises(AsnError, match="tidak dapat dipakai"):
        load_template(tmp_path / "tidak-ada.json")
