"""The window's way to the evidence services: the workspace's store, one annotation service."""

from __future__ import annotations

from tests.unit.factories import case_fields
from tests.unit.test_sniff import make_png


def test_context_hands_out_evidence_and_annotation_services(login) -> None:
    ctx = login("supervisor")
    case = ctx.cases().create(case_fields())
    evidence = ctx.evidence()
    item = evidence.add_bytes(case.id, make_png(20, 10), "tempel-20241015-120000.png").item
    assert evidence.open_path(item.id).is_relative_to(ctx.workspace_dir)
    assert ctx.annotations() is ctx.annotations()  # remembers what each editor loaded
    assert ctx.annotations().load(item.id).image_size == (20, 10)
