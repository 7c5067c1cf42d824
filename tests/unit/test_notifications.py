"""Notifications: who hears of each event, and that everyone reads only their own."""

from __future__ import annotations

import dataclasses

from asn_monitor.annotations.shapes import Rect
from asn_monitor.domain.models import Case, User
from asn_monitor.domain.roles import Role
from asn_monitor.services.annotations import AnnotationService
from asn_monitor.services.cases import CaseService
from asn_monitor.services.evidence import EvidenceService
from asn_monitor.services.notifications import NotificationService
from asn_monitor.services.referral import ReferralService
from asn_monitor.services.review import ReviewService
from asn_monitor.services.users import UserService
from tests.unit.conftest import Env
from tests.unit.factories import case_fields, prepare_for_review, subject_fields, tiny_png


def _inbox(env: Env, user: User) -> list[tuple[str, str, str]]:
    """(kind, actor, body) of the user's notifications, oldest first (the steps of a
    test happen a minute apart: see :func:`_later`)."""
    items = NotificationService(env.db, user).recent()
    return [(n.kind, n.actor_name, n.body) for n in reversed(items)]


def _later(env: Env) -> None:
    env.clock.advance(minutes=1)


def _ticks(env: Env) -> dict[str, bool]:
    return {i.key: True for i in ReviewService(env.db, env.supervisor).checklist()}


def _submitted(env: Env, monitor: User) -> Case:
    cases = CaseService(env.db, monitor)
    case = cases.create(case_fields(), subject=subject_fields())
    case = cases.transition(case.id, case.version, "claim")
    prepare_for_review(env.db, monitor, case.id)
    return cases.transition(case.id, case.version, "submit")


def test_sending_for_review_tells_every_active_supervisor_and_nobody_else(env: Env) -> None:
    second = env.add_user("supervisor2", Role.SUPERVISOR, "Sup Dua")
    retired = env.add_user("supervisor3", Role.SUPERVISOR, "Sup Tiga")
    users = UserService(env.db, env.supervisor, env.hasher)
    users.set_active(retired.id, False)
    case = _submitted(env, env.monitor)
    for supervisor in (env.supervisor, second):
        assert _inbox(env, supervisor) == [("review_requested", "Lalu Pemantau Satu", "")]
        (item,) = NotificationService(env.db, supervisor).recent()
        assert (item.case_id, item.case_number, item.read) == (case.id, case.number, False)
    assert _inbox(env, retired) == []
    assert _inbox(env, env.monitor) == []  # never to the actor themself
    assert _inbox(env, env.monitor2) == []


def test_each_review_decision_tells_the_monitor_with_the_comment(env: Env) -> None:
    case = _submitted(env, env.monitor)
    reviews = ReviewService(env.db, env.supervisor)
    _later(env)
    case = reviews.return_case(case.id, case.version, "Tanggal unggahan belum terlihat.")
    assert _inbox(env, env.monitor) == [
        ("returned", "Baiq Supervisor", "Tanggal unggahan belum terlihat.")
    ]
    mine = CaseService(env.db, env.monitor)
    prepare_for_review(env.db, env.monitor, case.id)
    _later(env)
    case = mine.transition(case.id, case.version, "resubmit")
    assert [k for k, _a, _b in _inbox(env, env.supervisor)] == ["review_requested"] * 2

    _later(env)
    case = reviews.approve(case.id, case.version, _ticks(env))
    _later(env)
    case = reviews.reopen(case.id, case.version, "Nilai pasal perlu dikoreksi.")
    kinds = [(k, b) for k, _a, b in _inbox(env, env.monitor)]
    assert kinds[1:] == [("approved", ""), ("reopened", "Nilai pasal perlu dikoreksi.")]

    other = _submitted(env, env.monitor2)
    reviews.dismiss(other.id, other.version, "Bukan ASN.")
    assert _inbox(env, env.monitor2) == [("dismissed", "Baiq Supervisor", "Bukan ASN.")]
    assert len(_inbox(env, env.monitor)) == 3  # the other case's news is not theirs
    assert all(a != "Baiq Supervisor" for _k, a, _b in _inbox(env, env.supervisor))


def test_referring_tells_the_monitor_who_sent_it(env: Env) -> None:
    case = _submitted(env, env.monitor)
    case = ReviewService(env.db, env.supervisor).approve(case.id, case.version, _ticks(env))
    _later(env)
    referrals = ReferralService(env.db, env.supervisor)
    draft = dataclasses.replace(referrals.draft(case.id), ppk_name="H. Lalu Gita Ariadi")
    referrals.refer(case.id, case.version, draft)
    assert [k for k, _a, _b in _inbox(env, env.monitor)] == ["approved", "referred"]


def test_notes_and_region_comments_tell_the_holder_but_not_the_writer(env: Env) -> None:
    cases = CaseService(env.db, env.monitor)
    case = cases.create(case_fields(), subject=subject_fields())
    case = cases.transition(case.id, case.version, "claim")
    cases.add_note(case.id, "Catatan pemantau sendiri.")
    assert _inbox(env, env.monitor) == []
    _later(env)
    CaseService(env.db, env.supervisor).add_note(case.id, "Cek   akun\nkedua juga.")
    assert _inbox(env, env.monitor) == [("comment", "Baiq Supervisor", "Cek akun kedua juga.")]

    evidence = EvidenceService(env.db, env.monitor, env.workspace.evidence(env.db))
    _later(env)
    item = evidence.add_bytes(case.id, tiny_png("x"), "bukti.png", "Tangkapan").item
    AnnotationService(env.db, env.supervisor).add_comment(
        item.id, Rect(1, 1, 4, 4), "Tanggal tidak terbaca."
    )
    assert _inbox(env, env.monitor)[-1] == (
        "region_comment",
        "Baiq Supervisor",
        "Tanggal tidak terbaca.",
    )
    assert _inbox(env, env.monitor2) == []
    assert _inbox(env, env.supervisor) == []


def test_everyone_marks_only_their_own_notifications_read(env: Env) -> None:
    second = env.add_user("supervisor2", Role.SUPERVISOR, "Sup Dua")
    first = _submitted(env, env.monitor)
    _later(env)
    other = _submitted(env, env.monitor2)
    mine = NotificationService(env.db, env.supervisor)
    theirs = NotificationService(env.db, second)
    assert mine.unread_count() == theirs.unread_count() == 2
    their_ids = [n.id for n in theirs.recent()]

    # Someone else's ids are ignored, whoever sends them.
    assert mine.mark_read(their_ids) == 0
    assert theirs.unread_count() == 2
    assert mine.unread_among(their_ids) == 0
    assert theirs.unread_among(their_ids) == 2

    assert mine.mark_case_read(first.id) == 1
    assert mine.unread_count() == 1
    assert theirs.unread_count() == 2
    assert [n.read for n in mine.recent() if n.case_id == first.id] == [True]
    assert mine.mark_case_read(first.id) == 0  # nothing left to read

    assert mine.mark_all_read() == 1
    assert mine.unread_count() == 0
    assert theirs.unread_count() == 2
    assert [n.case_id for n in theirs.recent(unread_only=True)] == [other.id, first.id]


def test_a_case_given_to_a_monitor_tells_that_monitor(env: Env) -> None:
    supervisor = CaseService(env.db, env.supervisor)
    case = supervisor.create(case_fields(), subject=subject_fields())
    case = supervisor.transition(case.id, case.version, "assign", assignee_id=env.monitor.id)
    [told] = NotificationService(env.db, env.monitor).recent()
    assert (told.kind, told.case_id) == ("assigned", case.id)
    # Handing it on to another monitor tells the new holder too.
    supervisor.reassign(case.id, case.version, env.monitor2.id)
    [again] = NotificationService(env.db, env.monitor2).recent()
    assert (again.kind, again.case_id) == ("assigned", case.id)
    assert NotificationService(env.db, env.supervisor).unread_count() == 0
