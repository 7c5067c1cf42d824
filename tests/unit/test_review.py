"""The supervisor's review (issue 7): four eyes, what approval needs, the lock it puts on
the worksheet and the markup, returning, dismissing and reopening, and who is told."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from asn_monitor.annotations.shapes import Rect, ShapeKind, make_shape
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case, User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.domain.roles import Role
from asn_monitor.errors import PermissionDenied, TransitionRefused, ValidationError
from asn_monitor.services.annotations import AnnotationService
from asn_monitor.services.cases import CaseService
from asn_monitor.services.notifications import NotificationService
from asn_monitor.services.review import Decision, ReviewService
from asn_monitor.services.users import UserService
from asn_monitor.services.worksheet import WorksheetService
from asn_monitor.store.integrity import check_database
from tests.unit.conftest import Env
from tests.unit.factories import (
    PASSWORD,
    case_fields,
    prepare_for_review,
    subject_fields,
)
from tests.unit.test_sync import Office, two_pcs


def _submitted(env: Env, monitor: User | None = None) -> Case:
    monitor = monitor or env.monitor
    cases = CaseService(env.db, monitor)
    case = cases.create(case_fields(), subject=subject_fields())
    case = cases.transition(case.id, case.version, "claim")
    prepare_for_review(env.db, monitor, case.id)
    return cases.transition(case.id, case.version, "submit")


def _all_ticked(review: ReviewService) -> dict[str, bool]:
    return {item.key: True for item in review.checklist()}


def _evidence_id(env: Env, case_id: str) -> str:
    return str(env.db.scalar("SELECT id FROM evidence WHERE case_id = ?", (case_id,)))


def test_approval_records_the_review_and_tells_the_monitor(env: Env) -> None:
    case = _submitted(env)
    review = ReviewService(env.db, env.supervisor)
    assert review.approval_problems(case) == []
    case = review.approve(case.id, case.version, _all_ticked(review), "Sudah lengkap.")
    assert case.status is Status.DISETUJUI
    [decision] = review.reviews(case.id)
    assert decision.decision is Decision.APPROVE
    assert decision.checklist == _all_ticked(review)
    assert (decision.comment, decision.reviewer_name) == ("Sudah lengkap.", "Baiq Supervisor")
    told = NotificationService(env.db, env.monitor).recent()
    assert [(n.kind, n.case_id) for n in told] == [("approved", case.id)]
    assert check_database(env.db).healthy


def test_four_eyes_whoever_wrote_the_worksheet_cannot_approve(env: Env) -> None:
    """A supervisor who corrected a monitor's worksheet during review prepared it too."""
    case = _submitted(env)
    sheets = WorksheetService(env.db, env.supervisor)
    sheet = sheets.get(case.id)
    sheets.save(
        case.id,
        sheet.version,
        acts=sheet.acts,
        factors=sheet.factors,
        proposed_option=sheet.proposed_option,
        justification=sheet.justification + " Dirapikan supervisor.",
    )
    review = ReviewService(env.db, env.supervisor)
    case = CaseService(env.db, env.supervisor).get(case.id)
    assert env.supervisor.id in CaseService(env.db, env.supervisor).preparers(case)
    assert any("empat mata" in p for p in review.approval_problems(case))
    with pytest.raises(TransitionRefused) as info:
        review.approve(case.id, case.version, _all_ticked(review))
    assert "empat mata" in str(info.value)
    assert CaseService(env.db, env.supervisor).get(case.id).status is Status.DINILAI
    # Whatever the role: a supervisor who submitted their own case cannot sign it either.
    second = env.add_user("kabid", Role.SUPERVISOR, "Kabid Kedua")
    other = ReviewService(env.db, second)
    assert other.approve(case.id, case.version, _all_ticked(other)).status is Status.DISETUJUI


def test_approval_needs_every_box_ticked_and_no_open_remark(env: Env) -> None:
    case = _submitted(env)
    review = ReviewService(env.db, env.supervisor)
    ticks = _all_ticked(review)
    ticks["redaction"] = False
    with pytest.raises(ValidationError) as info:
        review.approve(case.id, case.version, ticks)
    assert "disamarkan" in str(info.value)
    remark = AnnotationService(env.db, env.supervisor).add_comment(
        _evidence_id(env, case.id), Rect(1, 1, 3, 3), "NIP di pojok belum terbaca."
    )
    with pytest.raises(ValidationError) as info:
        review.approve(case.id, case.version, _all_ticked(review))
    assert "komentar pada bukti" in str(info.value)
    AnnotationService(env.db, env.supervisor).resolve_comment(remark.id)
    assert review.approve(case.id, case.version, _all_ticked(review)).status is Status.DISETUJUI


def test_an_incomplete_worksheet_is_not_approved(env: Env) -> None:
    case = _submitted(env)
    # Another supervisor empties the reason during review; the approver is not the editor.
    editor = env.add_user("kabid", Role.SUPERVISOR, "Kabid")
    sheets = WorksheetService(env.db, editor)
    sheet = sheets.get(case.id)
    sheets.save(
        case.id,
        sheet.version,
        acts=sheet.acts,
        factors=sheet.factors,
        proposed_option=sheet.proposed_option,
        justification="",
    )
    review = ReviewService(env.db, env.supervisor)
    with pytest.raises(ValidationError) as info:
        review.approve(case.id, case.version, _all_ticked(review))
    assert "alasan usulan belum ditulis" in str(info.value)


def test_return_needs_a_comment_and_the_monitor_hears_of_it(env: Env) -> None:
    case = _submitted(env)
    review = ReviewService(env.db, env.supervisor)
    with pytest.raises(TransitionRefused):
        review.return_case(case.id, case.version, "   ")
    case = review.return_case(
        case.id, case.version, "Tanggal unggahan belum terlihat.", {"identity": True}
    )
    assert (case.status, case.assignee_id) == (Status.DIKEMBALIKAN, env.monitor.id)
    last = review.last_return(case.id)
    assert last is not None and last.checklist == {"identity": True}
    notes = CaseService(env.db, env.monitor).notes(case.id)
    assert [(n.kind, n.body) for n in notes] == [
        ("alasan:return", "Tanggal unggahan belum terlihat.")
    ]
    [told] = NotificationService(env.db, env.monitor).recent()
    assert told.kind == "returned" and "belum terlihat" in told.body
    # The monitor fixes and sends it again; every supervisor is told.
    monitor = CaseService(env.db, env.monitor)
    case = monitor.transition(case.id, case.version, "resubmit")
    assert NotificationService(env.db, env.supervisor).unread_count() == 2


def test_dismiss_ends_the_case_with_its_reason(env: Env) -> None:
    case = _submitted(env)
    review = ReviewService(env.db, env.supervisor)
    with pytest.raises(TransitionRefused):
        review.dismiss(case.id, case.version, "")
    case = review.dismiss(case.id, case.version, "Akun ternyata bukan milik ASN terlapor.")
    assert case.status is Status.DITOLAK
    assert review.reviews(case.id)[-1].decision is Decision.DISMISS


def test_approval_locks_the_worksheet_and_markup_until_reopened(env: Env) -> None:
    case = _submitted(env)
    review = ReviewService(env.db, env.supervisor)
    case = review.approve(case.id, case.version, _all_ticked(review))
    evidence_id = _evidence_id(env, case.id)
    for user in (env.monitor, env.supervisor):
        sheets = WorksheetService(env.db, user)
        sheet = sheets.get(case.id)
        with pytest.raises(PermissionDenied) as info:
            sheets.save(case.id, sheet.version, acts=sheet.acts, factors={}, justification="x")
        assert "membuka kembali persetujuan" in str(info.value)
        box = make_shape(
            ShapeKind.RECTANGLE, created_by=user.id, created_at=env.db.now(), box=Rect(1, 1, 2, 2)
        )
        with pytest.raises(PermissionDenied) as info:
            AnnotationService(env.db, user).save(evidence_id, [box])
        assert "terkunci" in str(info.value)
    # A monitor cannot reopen; the supervisor must give a reason.
    with pytest.raises(TransitionRefused):
        ReviewService(env.db, env.monitor).reopen(case.id, case.version, "salah pasal")
    with pytest.raises(TransitionRefused):
        review.reopen(case.id, case.version, "")
    case = review.reopen(case.id, case.version, "Pasal perlu disesuaikan dengan tanggal.")
    assert (case.status, case.assignee_id) == (Status.DIKEMBALIKAN, env.monitor.id)
    # What the monitor works from now is the reason for reopening, not an older return.
    back = review.last_return(case.id)
    assert back is not None and back.decision is Decision.REOPEN
    sheets = WorksheetService(env.db, env.monitor)
    sheet = sheets.get(case.id)
    sheets.save(
        case.id,
        sheet.version,
        acts=sheet.acts,
        factors=sheet.factors,
        proposed_option=sheet.proposed_option,
        justification="Disesuaikan setelah dibuka kembali.",
    )
    case = CaseService(env.db, env.monitor).transition(case.id, case.version, "resubmit")
    case = review.approve(case.id, case.version, _all_ticked(review))
    assert [r.decision for r in review.reviews(case.id)] == [
        Decision.APPROVE,
        Decision.REOPEN,
        Decision.APPROVE,
    ]
    assert check_database(env.db).healthy


def test_bare_review_steps_are_refused(env: Env) -> None:
    case = _submitted(env)
    with pytest.raises(TransitionRefused) as info:
        CaseService(env.db, env.supervisor).transition(case.id, case.version, "approve")
    assert "layarnya sendiri" in str(info.value)


# -- across PCs ---------------------------------------------------------------------


@pytest.fixture
def office(tmp_path: Path, hasher: PasswordHasher) -> Iterator[Office]:
    yield from two_pcs(tmp_path, hasher)


def _office_case_under_review(office: Office) -> Case:
    cases = office.a.cases(office.rina)
    case = cases.create(case_fields(), subject=subject_fields())
    case = cases.transition(case.id, case.version, "claim")
    prepare_for_review(office.a.db, office.rina, case.id)
    case = cases.transition(case.id, case.version, "submit")
    office.a.sync()
    office.b.sync()
    return cases.get(case.id)  # as numbered by the hub


def test_a_change_to_an_approved_worksheet_from_a_pc_that_had_not_seen_it_is_refused(
    office: Office,
) -> None:
    """Supervisor 2 corrects the worksheet on PC B while the supervisor approves on PC A:
    whichever reaches the hub second loses, so nothing signed changes unseen."""
    second = UserService(office.a.db, office.supervisor, office.hasher).add_user(
        "kabid", "Kabid", Role.SUPERVISOR, PASSWORD
    )
    office.a.sync()
    case = _office_case_under_review(office)
    sheets = WorksheetService(office.b.db, second)
    sheet = sheets.get(case.id)
    sheets.save(
        case.id,
        sheet.version,
        acts=sheet.acts,
        factors=sheet.factors,
        proposed_option=sheet.proposed_option,
        justification="Koreksi dari PC B.",
    )
    review = ReviewService(office.a.db, office.supervisor)
    review.approve(case.id, case.version, _all_ticked(review))
    office.a.sync()  # the approval reaches the hub first
    office.b.sync()  # the correction arrives after it: locked
    row = office.b.db.query_one(
        "SELECT kind, detail, entity FROM conflicts WHERE case_id = ? AND status = 'open'",
        (case.id,),
    )
    assert row == {"kind": "step", "detail": "locked", "entity": "worksheet"}
    assert WorksheetService(office.b.db, second).get(case.id).justification != (
        "Koreksi dari PC B."
    )


def test_approving_a_worksheet_changed_unseen_on_another_pc_is_refused(office: Office) -> None:
    second = UserService(office.a.db, office.supervisor, office.hasher).add_user(
        "kabid", "Kabid", Role.SUPERVISOR, PASSWORD
    )
    office.a.sync()
    case = _office_case_under_review(office)
    sheets = WorksheetService(office.b.db, second)
    sheet = sheets.get(case.id)
    sheets.save(
        case.id,
        sheet.version,
        acts=sheet.acts,
        factors=sheet.factors,
        proposed_option=sheet.proposed_option,
        justification="Koreksi yang belum dilihat penyetuju.",
    )
    office.b.sync()  # the correction reaches the hub first
    review = ReviewService(office.a.db, office.supervisor)
    review.approve(case.id, case.version, _all_ticked(review))
    office.a.sync()
    case = office.a.cases(office.supervisor).get(case.id)
    assert case.status is Status.DINILAI
    row = office.a.db.query_one(
        "SELECT kind, detail FROM conflicts WHERE case_id = ? AND status = 'open'", (case.id,)
    )
    assert row == {"kind": "step", "detail": "worksheet_changed"}


def test_a_return_made_on_one_pc_notifies_the_monitor_on_the_other(office: Office) -> None:
    case = _office_case_under_review(office)
    case = office.b.cases(office.supervisor).get(case.id)
    review = ReviewService(office.b.db, office.supervisor)
    review.return_case(case.id, case.version, "Lengkapi tautan asli.")
    office.b.sync()
    office.a.sync()
    [told] = NotificationService(office.a.db, office.rina).recent()
    assert (told.kind, told.case_id, told.actor_name) == ("returned", case.id, "Baiq Supervisor")
    assert told.body == "Lengkapi tautan asli."


def test_a_typed_letter_number_another_pc_took_first_is_refused_at_once(
    office: Office,
) -> None:
    from asn_monitor.services.referral import ReferralService
    from tests.unit.factories import approve, referral_draft

    first = _office_case_under_review(office)
    second_case = office.a.cases(office.rina).create(
        case_fields(), subject=subject_fields(nip="198609262015051009")
    )
    cases = office.a.cases(office.rina)
    second_case = cases.transition(second_case.id, second_case.version, "claim")
    prepare_for_review(office.a.db, office.rina, second_case.id)
    cases.transition(second_case.id, second_case.version, "submit")
    office.a.sync()
    office.b.sync()
    typed = "800/77/Diskominfotik/XI/2026"
    # PC B sends its letter first...
    approved = approve(office.b.db, office.supervisor, first.id)
    ReferralService(office.b.db, office.supervisor, office.b.engine).refer(
        approved.id,
        approved.version,
        referral_draft(office.b.db, office.supervisor, first.id, letter_number=typed),
    )
    # ...PC A, online but not yet told, types the same number for another case.
    other = approve(office.a.db, office.supervisor, second_case.id)
    with pytest.raises(TransitionRefused) as info:
        ReferralService(office.a.db, office.supervisor, office.a.engine).refer(
            other.id,
            other.version,
            referral_draft(office.a.db, office.supervisor, other.id, letter_number=typed),
        )
    assert "sudah dipakai di komputer lain" in str(info.value)
    assert office.a.cases(office.supervisor).get(other.id).status is Status.DISETUJUI


def test_the_hub_refuses_an_approval_by_whoever_wrote_the_worksheet(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four eyes holds at the hub too, should a replica's own check be bypassed."""
    case = _office_case_under_review(office)
    sheets = WorksheetService(office.a.db, office.supervisor)
    sheet = sheets.get(case.id)
    sheets.save(
        case.id,
        sheet.version,
        acts=sheet.acts,
        factors=sheet.factors,
        proposed_option=sheet.proposed_option,
        justification="Dirapikan supervisor sendiri.",
    )
    office.a.sync()
    monkeypatch.setattr(CaseService, "preparers", lambda self, case: frozenset())
    review = ReviewService(office.a.db, office.supervisor)
    case = office.a.cases(office.supervisor).get(case.id)
    assert review.approve(case.id, case.version, _all_ticked(review)).status is Status.DISETUJUI
    office.a.sync()
    assert office.a.cases(office.supervisor).get(case.id).status is Status.DINILAI
    row = office.a.db.query_one(
        "SELECT kind, detail FROM conflicts WHERE case_id = ? AND status = 'open'", (case.id,)
    )
    assert row == {"kind": "step", "detail": "four_eyes"}


def _second_supervisor(office: Office) -> User:
    second = UserService(office.a.db, office.supervisor, office.hasher).add_user(
        "kabid", "Kabid", Role.SUPERVISOR, PASSWORD
    )
    office.a.sync()
    office.b.sync()
    return second


def test_two_supervisors_referring_one_case_the_second_is_told_it_did_not_go(
    office: Office,
) -> None:
    from asn_monitor.services.referral import ReferralService
    from tests.unit.factories import approve, referral_draft

    second = _second_supervisor(office)
    case = _office_case_under_review(office)
    approve(office.a.db, office.supervisor, case.id)
    office.a.sync()
    office.b.sync()
    on_a = office.a.cases(office.supervisor).get(case.id)
    on_b = office.b.cases(second).get(case.id)
    ReferralService(office.a.db, office.supervisor, office.a.engine).refer(
        on_a.id, on_a.version, referral_draft(office.a.db, office.supervisor, case.id)
    )
    # PC B has not heard of A's letter; its own goes up and is refused as a whole.
    draft = referral_draft(office.b.db, second, case.id, addressee="Kepada dari PC B")
    with pytest.raises(TransitionRefused) as info:
        ReferralService(office.b.db, second, office.b.engine).refer(on_b.id, on_b.version, draft)
    assert "lebih dulu" in str(info.value) and "Baiq Supervisor" in str(info.value)
    letter = ReferralService(office.b.db, second).get(case.id)
    assert letter is not None and letter.addressee != "Kepada dari PC B"
    assert office.b.db.scalar("SELECT count(*) FROM referrals") == 1


def test_a_case_field_edited_unseen_after_approval_is_refused(office: Office) -> None:
    second = _second_supervisor(office)
    case = _office_case_under_review(office)
    on_b = office.b.cases(second).get(case.id)
    office.b.cases(second).update(on_b.id, on_b.version, {"act_date": "2024-08-20"})
    approve_on_a = ReviewService(office.a.db, office.supervisor)
    approve_on_a.approve(case.id, case.version, _all_ticked(approve_on_a))
    office.a.sync()  # the approval first
    office.b.sync()  # then the edit made without seeing it
    fresh = office.b.cases(second).get(case.id)
    assert fresh.status is Status.DISETUJUI and str(fresh.act_date) != "2024-08-20"
    row = office.b.db.query_one(
        "SELECT kind, detail, entity FROM conflicts WHERE case_id = ? AND status = 'open'",
        (case.id,),
    )
    assert row == {"kind": "step", "detail": "locked", "entity": "case"}


def test_a_notification_read_on_two_pcs_is_no_conflict(office: Office) -> None:
    case = _office_case_under_review(office)
    review = ReviewService(office.a.db, office.supervisor)
    review.return_case(case.id, case.version, "Lengkapi tautan.")
    office.a.sync()
    office.b.sync()
    NotificationService(office.a.db, office.rina).mark_all_read()
    NotificationService(office.b.db, office.rina).mark_all_read()
    office.a.sync()
    office.b.sync()
    assert office.b.db.scalar("SELECT count(*) FROM conflicts") == 0
    assert NotificationService(office.b.db, office.rina).unread_count() == 0


def test_a_letter_dated_tomorrow_and_a_decree_after_the_news_are_refused(env: Env) -> None:
    import datetime as dt

    from asn_monitor.services.referral import Outcome, ReferralService
    from tests.unit.factories import approve, referral_draft

    case = approve(env.db, env.supervisor, _submitted(env).id)
    referrals = ReferralService(env.db, env.supervisor)
    today = referrals.today()
    tomorrow = referral_draft(
        env.db,
        env.supervisor,
        case.id,
        letter_date=today + dt.timedelta(days=1),
        followup_due=today + dt.timedelta(days=11),
    )
    with pytest.raises(ValidationError) as info:
        referrals.refer(case.id, case.version, tomorrow)
    assert "masa depan" in str(info.value)
    case = referrals.refer(case.id, case.version, referral_draft(env.db, env.supervisor, case.id))
    with pytest.raises(ValidationError) as info:
        referrals.record_followup(
            case.id,
            case.version,
            Outcome.IMPOSED,
            outcome_date=today,
            sanction_imposed="Teguran tertulis",
            decree_number="800/1/BKD/2026",
            decree_date=today + dt.timedelta(days=1),
        )
    assert "sesudah tanggal tindak lanjut" in str(info.value)


def test_a_typed_letter_number_differing_only_in_case_is_the_same_letter(env: Env) -> None:
    from asn_monitor.services.referral import ReferralService
    from tests.unit.factories import approve, referral_draft

    first = approve(env.db, env.supervisor, _submitted(env).id)
    second = approve(env.db, env.supervisor, _submitted(env, env.monitor2).id)
    referrals = ReferralService(env.db, env.supervisor)
    typed = "800/050/Diskominfotik/XI/2026"
    referrals.refer(
        first.id,
        first.version,
        referral_draft(env.db, env.supervisor, first.id, letter_number=typed),
    )
    draft = referral_draft(env.db, env.supervisor, second.id, letter_number=typed.upper())
    with pytest.raises(ValidationError) as info:
        referrals.refer(second.id, second.version, draft)
    assert "sudah dipakai untuk kasus" in str(info.value)
