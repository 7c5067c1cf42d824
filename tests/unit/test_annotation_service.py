"""AnnotationService: autosave as a per-shape diff, undo/redo sequences persisted and
reloaded, region comments, rendition staleness, and two replicas merging shape by shape."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from asn_monitor.annotations import Point, Rect, RedactionMode, Shape, ShapeKind, make_shape
from asn_monitor.annotations.commands import (
    AddShapes,
    EditShape,
    History,
    MoveShapes,
    RemoveShapes,
    Restyle,
    SetHidden,
    SetLocked,
)
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case, EvidenceItem, User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.errors import PermissionDenied, ValidationError
from asn_monitor.services.annotations import AnnotationService, shape_content, shapes_digest
from asn_monitor.services.cases import CaseService
from asn_monitor.services.evidence import EvidenceService
from tests.unit.conftest import Env
from tests.unit.factories import case_fields, prepare_for_review, subject_fields
from tests.unit.test_sniff import make_png, png_chunk
from tests.unit.test_sync import Office, two_pcs

AT = "2024-10-15T04:00:00.000Z"


def drawn(shapes: Sequence[Shape]) -> list[tuple[str, dict[str, Any]]]:
    """What the shapes look like, by id and in z order (who/when aside)."""
    return [(s.id, shape_content(s)) for s in sorted(shapes, key=lambda s: (s.z, s.id))]


def every_kind(user: User) -> list[Shape]:
    def new(kind: ShapeKind, **kw: Any) -> Shape:
        return make_shape(kind, created_by=user.id, created_at=AT, **kw)

    return [
        new(ShapeKind.RECTANGLE, box=Rect(10, 10, 100, 40)),
        new(ShapeKind.ELLIPSE, box=Rect(5.5, 6.25, 20, 30), colour="#1e88e5", width=2.5),
        new(ShapeKind.ARROW, points=[Point(0, 0), Point(50, 60)]),
        new(ShapeKind.LINE, points=[Point(1, 1), Point(2, 2)]),
        new(ShapeKind.HIGHLIGHTER, points=[Point(0, 5), Point(10, 5), Point(20, 6)]),
        new(ShapeKind.CALLOUT, box=Rect(100, 100, 80, 30), points=[Point(60, 60)], text="Dua jari"),
        new(ShapeKind.MARKER, box=Rect(30, 30, 24, 24), number=3),
        new(ShapeKind.REDACTION, box=Rect(0, 0, 40, 12), redaction_mode=RedactionMode.PIXELATE),
    ]


@pytest.fixture
def case(env: Env) -> Case:
    return CaseService(env.db, env.supervisor).create(case_fields())


def add_item(env: Env, case: Case, user: User | None = None) -> EvidenceItem:
    service = EvidenceService(env.db, user or env.supervisor, env.workspace.evidence(env.db))
    return service.add_bytes(case.id, make_png(200, 100), "tempel-20241015-120000.png").item


@pytest.fixture
def item(env: Env, case: Case) -> EvidenceItem:
    return add_item(env, case)


def logged(env: Env, shape_id: str) -> list[tuple[str, str]]:
    return [
        (r["op"], r["field"])
        for r in env.db.query(
            "SELECT op, field FROM changes WHERE entity_id = ? ORDER BY id", (shape_id,)
        )
    ]


# ---------------------------------------------------------------------------- autosave


def test_every_kind_round_trips(env: Env, item: EvidenceItem) -> None:
    service = AnnotationService(env.db, env.supervisor)
    document = service.load(item.id)
    assert document.image_size == (200, 100) and len(document) == 0
    History(document).push(AddShapes(document, every_kind(env.supervisor)))
    assert service.save(item.id, document.shapes) == 8
    again = AnnotationService(env.db, env.monitor).load(item.id)
    assert drawn(again.shapes) == drawn(document.shapes)
    assert [s.created_by for s in again.shapes] == [env.supervisor.id] * 8
    assert [s.kind for s in again.shapes] == [s.kind for s in document.shapes]
    assert service.save(item.id, document.shapes) == 0  # nothing changed, nothing written


def test_only_changed_fields_are_written(env: Env, item: EvidenceItem) -> None:
    service = AnnotationService(env.db, env.supervisor)
    document = service.load(item.id)
    history = History(document)
    history.push(AddShapes(document, every_kind(env.supervisor)[:3]))
    service.save(item.id, document.shapes)
    first, second, _ = document.ids()
    history.push(MoveShapes(document, [first], 5, 0, by=env.supervisor.id, at=AT))
    history.push(Restyle(document, [second], colour="#43a047"))
    assert service.save(item.id, document.shapes) == 2
    assert logged(env, first) == [("insert", "*"), ("update", "geometry")]
    assert logged(env, second) == [("insert", "*"), ("update", "colour")]
    reloaded = AnnotationService(env.db, env.supervisor).load(item.id)
    moved = reloaded.get(first)
    assert moved.box == Rect(15, 10, 100, 40) and moved.updated_by == env.supervisor.id
    assert reloaded.get(second).colour == "#43a047"


def test_undo_and_redo_sequences_persist_and_reload(env: Env, item: EvidenceItem) -> None:
    service = AnnotationService(env.db, env.supervisor)
    document = service.load(item.id)
    history = History(document)
    shapes = every_kind(env.supervisor)

    def saved_matches() -> None:
        service.save(item.id, document.shapes)
        reloaded = AnnotationService(env.db, env.supervisor).load(item.id)
        assert drawn(reloaded.shapes) == drawn(document.shapes)

    history.push(AddShapes(document, shapes[:4]))
    saved_matches()
    history.push(RemoveShapes(document, [shapes[1].id]))
    saved_matches()
    history.undo()  # the ellipse comes back, with its own id
    saved_matches()
    assert shapes[1].id in AnnotationService(env.db, env.supervisor).load(item.id)
    history.push(EditShape(document, replace(document.get(shapes[0].id), box=Rect(1, 2, 3, 4))))
    history.push(SetLocked(document, [shapes[2].id], True))
    history.push(SetHidden(document, True))
    saved_matches()
    history.undo()
    history.undo()
    saved_matches()
    history.redo()
    saved_matches()
    history.push(AddShapes(document, shapes[4:]))
    history.push(RemoveShapes(document, [shapes[0].id, shapes[5].id]))
    saved_matches()
    while history.can_undo():
        history.undo()
        saved_matches()
    assert AnnotationService(env.db, env.supervisor).load(item.id).shapes == ()
    while history.can_redo():
        history.redo()
    saved_matches()
    assert int(env.db.scalar("SELECT count(*) FROM annotations")) == len(document)


def test_edits_made_by_others_meanwhile_are_kept(env: Env, item: EvidenceItem) -> None:
    mine = AnnotationService(env.db, env.supervisor)
    document = mine.load(item.id)
    History(document).push(AddShapes(document, every_kind(env.supervisor)[:2]))
    mine.save(item.id, document.shapes)
    a, b = document.ids()
    # Someone else (another editor, or a change pulled by the sync) moves b and adds one.
    theirs = AnnotationService(env.db, env.supervisor)
    other = theirs.load(item.id)
    History(other).push(MoveShapes(other, [b], 0, 20))
    extra = make_shape(
        ShapeKind.LINE, created_by=env.monitor.id, created_at=AT, points=[Point(0, 0), Point(1, 1)]
    )
    History(other).push(AddShapes(other, [extra]))
    theirs.save(item.id, other.shapes)
    # This editor, still on its old copy, moves a and saves.
    History(document).push(MoveShapes(document, [a], 7, 0))
    assert mine.save(item.id, document.shapes) == 1
    result = AnnotationService(env.db, env.supervisor).load(item.id)
    assert result.get(a).box == Rect(17, 10, 100, 40)
    assert result.get(b).box == other.get(b).box != document.get(b).box
    assert extra.id in result  # not deleted for being absent from this editor's copy


def test_a_shape_id_in_use_elsewhere_is_refused(env: Env, case: Case, item: EvidenceItem) -> None:
    other_item = (
        EvidenceService(env.db, env.supervisor, env.workspace.evidence(env.db))
        .add_bytes(case.id, make_png(10, 10), "lain.png")
        .item
    )
    shape = every_kind(env.supervisor)[0]
    AnnotationService(env.db, env.supervisor).save(item.id, [shape])
    with pytest.raises(ValidationError, match="id yang sama"):
        AnnotationService(env.db, env.supervisor).save(other_item.id, [shape])
    with pytest.raises(ValidationError, match="id yang sama"):
        AnnotationService(env.db, env.supervisor).save(item.id, [shape, shape])


def _in_review(env: Env) -> tuple[Case, EvidenceItem]:
    cases = CaseService(env.db, env.monitor)
    case = cases.create(case_fields(), subject=subject_fields())
    case = cases.transition(case.id, case.version, "claim")
    evidence = add_item(env, case, env.monitor)
    prepare_for_review(env.db, env.monitor, case.id)
    case = cases.transition(case.id, case.version, "submit")
    assert case.status is Status.DINILAI
    return case, evidence


def test_who_may_annotate(env: Env) -> None:
    _, evidence = _in_review(env)
    shape = every_kind(env.supervisor)[0]
    # In review the monitor's hands are off; the supervisor marks it up.
    with pytest.raises(PermissionDenied):
        AnnotationService(env.db, env.monitor).save(evidence.id, [shape])
    with pytest.raises(PermissionDenied):
        AnnotationService(env.db, env.monitor2).save(evidence.id, [shape])
    assert AnnotationService(env.db, env.supervisor).save(evidence.id, [shape]) == 1


# ---------------------------------------------------------------------------- comments


def test_comments_resolve_and_reopen_with_who_and_when(env: Env) -> None:
    _, evidence = _in_review(env)
    boss = AnnotationService(env.db, env.supervisor)
    comment = boss.add_comment(evidence.id, Rect(10, 20, 30, 40), "  Lingkari gestur tangannya. ")
    assert (comment.body, comment.author, comment.is_open) == (
        "Lingkari gestur tangannya.",
        env.supervisor.id,
        True,
    )
    holder = AnnotationService(env.db, env.monitor)  # the monitor who holds the case
    reply = holder.add_comment(evidence.id, Rect(0, 0, 5, 5), "Sudah saya tandai.")
    with pytest.raises(PermissionDenied):
        AnnotationService(env.db, env.monitor2).add_comment(evidence.id, Rect(0, 0, 1, 1), "x")
    with pytest.raises(ValidationError, match="kosong"):
        boss.add_comment(evidence.id, Rect(0, 0, 1, 1), "   ")
    env.clock.advance(minutes=5)
    resolved = holder.resolve_comment(comment.id)
    assert (resolved.is_open, resolved.resolved_by) == (False, env.monitor.id)
    assert resolved.resolved_at == "2024-10-15T04:05:00.000Z"
    with pytest.raises(ValidationError, match="sudah diselesaikan"):
        boss.resolve_comment(comment.id)
    env.clock.advance(minutes=5)
    reopened = boss.reopen_comment(comment.id)
    assert reopened.is_open and reopened.resolved_by == env.monitor.id  # stays on record
    assert (reopened.reopened_by, reopened.reopened_at) == (
        env.supervisor.id,
        "2024-10-15T04:10:00.000Z",
    )
    assert [c.id for c in boss.comments(evidence.id)] == [comment.id, reply.id]
    assert [c.id for c in boss.load(evidence.id).comments] == [comment.id, reply.id]
    with pytest.raises(ValidationError, match="masih terbuka"):
        boss.reopen_comment(comment.id)


# ---------------------------------------------------------------------------- renditions


def png_of(width: int, height: int) -> bytes:
    """A PNG whose bytes differ from the original's (as a rendition's do)."""
    plain = make_png(width, height)
    return plain[:-12] + png_chunk(b"tEXt", b"Software\x00ASN Monitor") + plain[-12:]


def test_digest_follows_what_is_drawn(env: Env, item: EvidenceItem) -> None:
    service = AnnotationService(env.db, env.supervisor)
    empty = service.annotations_digest(item.id)
    document = service.load(item.id)
    history = History(document)
    history.push(AddShapes(document, every_kind(env.supervisor)[:3]))
    service.save(item.id, document.shapes)
    drawn_now = service.annotations_digest(item.id)
    assert drawn_now != empty and drawn_now == shapes_digest(document.shapes)
    history.push(SetLocked(document, [document.ids()[0]], True))
    service.save(item.id, document.shapes)
    assert service.annotations_digest(item.id) == drawn_now  # locking changes no pixel
    history.push(SetHidden(document, True))
    service.save(item.id, document.shapes)
    assert service.annotations_digest(item.id) != drawn_now


def test_a_rendition_is_stored_and_goes_stale(env: Env, item: EvidenceItem, tmp_path: Path) -> None:
    service = AnnotationService(env.db, env.supervisor)
    store = env.workspace.evidence(env.db)
    document = service.load(item.id)
    History(document).push(AddShapes(document, every_kind(env.supervisor)[-1:]))
    service.save(item.id, document.shapes)
    assert service.rendition(item.id) is None
    digest = service.annotations_digest(item.id)
    path = tmp_path / "rendisi.png"
    path.write_bytes(png_of(200, 100))
    made = service.record_rendition(
        item.id,
        path,
        source_sha256=item.sha256 or "",
        annotations_digest=digest,
        width=200,
        height=100,
        store=store,
    )
    assert store.open_path(made.sha256).read_bytes() == path.read_bytes()
    assert service.rendition(item.id) == made
    env.clock.advance(seconds=1)
    newer = service.record_rendition(
        item.id,
        png_of(200, 100) + b"",  # same picture, recorded again: the newest wins
        source_sha256=item.sha256 or "",
        annotations_digest=digest,
        width=200,
        height=100,
        store=store,
    )
    assert service.rendition(item.id) == newer
    History(document).push(MoveShapes(document, document.ids(), 1, 1))
    service.save(item.id, document.shapes)
    assert service.rendition(item.id) is None  # the annotations moved on
    with pytest.raises(ValidationError, match="berkas lain"):
        service.record_rendition(
            item.id,
            path,
            source_sha256="0" * 64,
            annotations_digest=digest,
            width=200,
            height=100,
            store=store,
        )
    with pytest.raises(ValidationError, match="PNG utuh"):
        service.record_rendition(
            item.id,
            path,
            source_sha256=item.sha256 or "",
            annotations_digest=digest,
            width=300,
            height=100,
            store=store,
        )
    with pytest.raises(ValidationError, match="PNG utuh"):
        service.record_rendition(
            item.id,
            b"\xff\xd8 not a png",
            source_sha256=item.sha256 or "",
            annotations_digest=digest,
            width=200,
            height=100,
            store=store,
        )


def test_verify_covers_renditions(env: Env, item: EvidenceItem) -> None:
    service = AnnotationService(env.db, env.supervisor)
    store = env.workspace.evidence(env.db)
    made = service.record_rendition(
        item.id,
        png_of(200, 100),
        source_sha256=item.sha256 or "",
        annotations_digest=service.annotations_digest(item.id),
        width=200,
        height=100,
        store=store,
    )
    evidence = EvidenceService(env.db, env.supervisor, store)
    assert evidence.verify_all() == []
    for copy in store.copies(made.sha256):
        copy.write_bytes(b"\x89PNG tampered")
    (bad,) = evidence.verify_all()
    assert (bad.rendition_id, bad.evidence_id, bad.ok) == (made.id, item.id, False)


# ---------------------------------------------------------------------------- two PCs


@pytest.fixture
def office(tmp_path: Path, hasher: PasswordHasher) -> Iterator[Office]:
    yield from two_pcs(tmp_path, hasher)


def test_two_people_annotating_one_item_on_two_pcs_merge(office: Office) -> None:
    a, b = office.a, office.b
    case = a.cases(office.rina).create(case_fields())
    evidence = EvidenceService(a.db, office.rina, a.workspace.evidence(a.db))
    item = evidence.add_bytes(case.id, make_png(300, 200), "layar.png").item
    rina = AnnotationService(a.db, office.rina)
    document = rina.load(item.id)
    History(document).push(AddShapes(document, every_kind(office.rina)[:3]))
    rina.save(item.id, document.shapes)
    a.sync()
    b.sync()
    boss = AnnotationService(b.db, office.supervisor)
    theirs = boss.load(item.id)
    assert drawn(theirs.shapes) == drawn(document.shapes)
    first, second, third = document.ids()
    # Offline from each other: Rina moves the first shape, the supervisor recolours the
    # second, hides the third and adds a redaction.
    History(document).push(MoveShapes(document, [first], 10, 0))
    rina.save(item.id, document.shapes)
    history = History(theirs)
    history.push(Restyle(theirs, [second], colour="#000000"))
    history.push(SetHidden(theirs, True, [third]))
    redaction = make_shape(
        ShapeKind.REDACTION, created_by=office.supervisor.id, created_at=AT, box=Rect(0, 0, 9, 9)
    )
    history.push(AddShapes(theirs, [redaction]))
    boss.save(item.id, theirs.shapes)
    b.sync()
    a.sync()
    b.sync()
    on_a = AnnotationService(a.db, office.rina).load(item.id)
    on_b = AnnotationService(b.db, office.supervisor).load(item.id)
    assert drawn(on_a.shapes) == drawn(on_b.shapes)
    assert on_a.get(first).box == Rect(20, 10, 100, 40)
    assert on_a.get(second).colour == "#000000" and on_a.get(third).hidden
    assert redaction.id in on_a
    assert int(a.db.scalar("SELECT count(*) FROM conflicts")) == 0
    # Both PCs agree on the digest, so a rendition made on one is current on the other.
    assert AnnotationService(a.db, office.rina).annotations_digest(
        item.id
    ) == boss.annotations_digest(item.id)
    geometry = json.loads(
        str(b.db.scalar("SELECT geometry FROM annotations WHERE id = ?", (first,)))
    )
    assert geometry == {"box": [20, 10, 100, 40]}


def test_comments_and_renditions_reach_the_other_pc(office: Office) -> None:
    a, b = office.a, office.b
    case = a.cases(office.rina).create(case_fields())
    store_a = a.workspace.evidence(a.db)
    item = (
        EvidenceService(a.db, office.rina, store_a)
        .add_bytes(case.id, make_png(30, 20), "x.png")
        .item
    )
    rina = AnnotationService(a.db, office.rina)
    rendition = rina.record_rendition(
        item.id,
        make_png(30, 20),
        source_sha256=item.sha256 or "",
        annotations_digest=rina.annotations_digest(item.id),
        width=30,
        height=20,
        store=store_a,
    )
    a.sync()
    b.sync()
    boss = AnnotationService(b.db, office.supervisor)
    comment = boss.add_comment(item.id, Rect(1, 1, 5, 5), "Sensor NIP-nya.")
    assert boss.rendition(item.id) == rendition
    assert b.workspace.evidence(b.db).open_path(rendition.sha256).is_file()
    b.sync()
    a.sync()
    assert [c.body for c in rina.comments(item.id)] == [comment.body]
