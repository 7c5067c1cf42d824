"""The supervisor's dashboard figures against a small office built by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case, User
from asn_monitor.domain.roles import Role
from asn_monitor.errors import PermissionDenied, ValidationError
from asn_monitor.services.cases import CaseService
from asn_monitor.services.dashboard import OTHER_KEY, UNKNOWN_KEY, DashboardService
from asn_monitor.services.referral import ReferralService
from asn_monitor.services.review import ReviewService
from asn_monitor.services.users import UserService
from asn_monitor.services.worksheet import WorksheetService
from asn_monitor.worksheet.model import Level
from tests.unit.conftest import Env
from tests.unit.factories import case_fields, prepare_for_review, subject_fields

EDU = "Dinas Pendidikan dan Kebudayaan"
HEALTH = "Dinas Kesehatan"


@dataclass
class Office:
    env: Env
    a: Case  # new, unclaimed, intake overdue (Dinas Pendidikan, facebook)
    b: Case  # being verified by monitor1, received the day before "today", on time
    c: Case  # under review, held by monitor1, review overdue (Dinas Kesehatan, tiktok)
    d: Case  # referred by the supervisor, follow-up 10 days overdue (monitor2's case)
    e: Case  # new, nobody identified, no platform


def _submit(env: Env, user: User, case: Case) -> Case:
    cases = CaseService(env.db, user)
    case = cases.transition(case.id, case.version, "claim")
    prepare_for_review(env.db, user, case.id)
    case = cases.get(case.id)
    return cases.transition(case.id, case.version, "submit")


@pytest.fixture
def office(env: Env) -> Office:
    """Built on 15 Oct 2024; the figures are read on 4 Nov 2024."""
    monitor = CaseService(env.db, env.monitor)
    a = monitor.create(
        case_fields(known_date="2024-10-03", received_date="2024-10-04"),
        subject=subject_fields(agency=EDU),
    )
    c = monitor.create(
        case_fields(platform="tiktok", known_date="2024-10-07", received_date="2024-10-08"),
        subject=subject_fields(agency=HEALTH, nip="199103142019032007", name="Baiq Sari"),
    )
    c = _submit(env, env.monitor, c)
    d = CaseService(env.db, env.monitor2).create(
        case_fields(act_date="2024-08-30", known_date="2024-09-01", received_date="2024-09-01"),
        subject=subject_fields(agency=HEALTH, nip="197812052005011002", name="Lalu Amir"),
    )
    d = _submit(env, env.monitor2, d)
    review = ReviewService(env.db, env.supervisor)
    d = review.approve(d.id, d.version, {i.key: True for i in review.checklist()})
    referrals = ReferralService(env.db, env.supervisor)
    draft = referrals.draft(d.id)
    draft.ppk_name = "Drs. H. Pejabat Pembina"
    draft.letter_number = "800/001/Diskominfotik/X/2024"
    draft.followup_due = dt.date(2024, 10, 25)
    d = referrals.refer(d.id, d.version, draft)
    e = monitor.create(
        case_fields(platform=None, known_date="2024-10-14", received_date="2024-10-14")
    )
    env.clock.advance(days=20)  # today: 4 Nov 2024
    b = monitor.create(
        case_fields(platform="instagram", known_date="2024-11-03", received_date="2024-11-03"),
        subject=subject_fields(agency=EDU, nip="198609262015051001"),
    )
    b = monitor.transition(b.id, b.version, "claim")
    return Office(env, a, b, c, d, e)


def test_counts_by_status_platform_agency_and_violation(office: Office) -> None:
    env = office.env
    f = DashboardService(env.db, env.supervisor).figures()
    assert f.today == dt.date(2024, 11, 4)
    assert f.total == 5
    assert f.office_wide
    counts = {b.key: b.count for b in f.by_status}
    assert counts == {
        **{s.value: 0 for s in Status},
        "masuk": 2,
        "diverifikasi": 1,
        "dinilai": 1,
        "diteruskan": 1,
    }
    assert [b.key for b in f.by_status] == [s.value for s in Status]  # zeros kept, in order
    platforms = {b.key: b.count for b in f.by_platform if b.count}
    assert platforms == {"facebook": 2, "tiktok": 1, "instagram": 1, UNKNOWN_KEY: 1}
    agencies = [(b.key, b.count, b.translatable) for b in f.by_agency]
    assert agencies == [(HEALTH, 2, False), (EDU, 2, False), (UNKNOWN_KEY, 1, True)]
    # The two worksheets (C under review, D referred) at the level each proposes.
    sheets = WorksheetService(env.db, env.supervisor)
    expected: dict[str, int] = {}
    for case in (office.c, office.d):
        sheet = sheets.get(case.id)
        level = sheet.proposed_level or sheet.computed_level
        assert level is not None
        expected[level.value] = expected.get(level.value, 0) + 1
    assert {b.key: b.count for b in f.by_level if b.count} == expected
    assert [b.key for b in f.by_level] == [level.value for level in Level]
    assert sum(b.count for b in f.by_category) == 2


def test_top_agencies_fold_the_rest_into_one_bar(office: Office) -> None:
    f = DashboardService(office.env.db, office.env.supervisor).figures(top_agencies=1)
    assert [(b.key, b.count) for b in f.by_agency] == [(HEALTH, 2), (OTHER_KEY, 2), ("", 1)]
    assert f.by_agency[1].label == "Instansi lainnya"


def test_overdue_per_stage_and_the_overdue_follow_ups(office: Office) -> None:
    env = office.env
    f = DashboardService(env.db, env.supervisor).figures()
    stages = {s.key: (s.open, s.overdue, s.days) for s in f.stages}
    assert stages == {
        "intake": (3, 2, 7),  # A and E late, B received yesterday
        "review": (1, 1, 3),  # C sent 20 days ago
        "referral": (0, 0, 5),
        "followup": (1, 1, 10),  # D's letter asked for an answer by 25 Oct
    }
    assert [(o.case_id, o.days_overdue, o.escalated) for o in f.overdue_followups] == [
        (office.d.id, 10, False)
    ]
    late = f.overdue_followups[0]
    assert late.letter_number == "800/001/Diskominfotik/X/2024"
    assert late.followup_due == dt.date(2024, 10, 25)
    assert late.agency == HEALTH


def test_workload_and_ageing_per_person(office: Office) -> None:
    env = office.env
    f = DashboardService(env.db, env.supervisor).figures()
    rows = {m.user_id: m for m in f.by_monitor}
    assert set(rows) == {env.supervisor.id, env.monitor.id, env.monitor2.id}
    mine = rows[env.monitor.id]
    # B (received 3 Nov: 1 day old) and C (8 Oct: 27 days, under review and late).
    assert (mine.in_hand, mine.overdue, mine.oldest_days, mine.median_days) == (2, 1, 27, 14.0)
    other = rows[env.monitor2.id]  # D is referred: no longer in anyone's hands
    assert (other.in_hand, other.overdue, other.oldest_days, other.median_days) == (
        0,
        0,
        None,
        None,
    )
    assert rows[env.supervisor.id].role is Role.SUPERVISOR


def test_median_of_an_odd_number_of_cases(office: Office) -> None:
    env = office.env
    cases = CaseService(env.db, env.monitor)
    extra = cases.create(
        case_fields(known_date="2024-10-30", received_date="2024-10-31"),
        subject=subject_fields(nip="199103142019032007", name="Baiq Sari", agency=HEALTH),
    )
    cases.transition(extra.id, extra.version, "claim")
    f = DashboardService(env.db, env.supervisor).figures()
    mine = next(m for m in f.by_monitor if m.user_id == env.monitor.id)
    assert (mine.in_hand, mine.oldest_days, mine.median_days) == (3, 27, 4.0)  # 1, 4, 27


def test_a_date_range_narrows_every_figure(office: Office) -> None:
    env = office.env
    f = DashboardService(env.db, env.supervisor).figures(dt.date(2024, 10, 10), None)
    assert f.total == 2  # B (3 Nov) and E (14 Oct)
    assert {b.key: b.count for b in f.by_status if b.count} == {"masuk": 1, "diverifikasi": 1}
    assert f.overdue_followups == ()
    assert f.stage("followup").open == 0
    mine = next(m for m in f.by_monitor if m.user_id == env.monitor.id)
    assert (mine.in_hand, mine.oldest_days) == (1, 1)
    f = DashboardService(env.db, env.supervisor).figures(dt.date(2024, 9, 1), dt.date(2024, 9, 1))
    assert f.total == 1 and [o.case_id for o in f.overdue_followups] == [office.d.id]


def test_a_reversed_range_is_refused_with_both_dates(office: Office) -> None:
    with pytest.raises(ValidationError) as caught:
        DashboardService(office.env.db, office.env.supervisor).figures(
            dt.date(2024, 10, 10), dt.date(2024, 10, 1)
        )
    assert "10/10/2024" in caught.value.message() and "01/10/2024" in caught.value.message()


def test_a_monitor_sees_only_their_own_workload(office: Office) -> None:
    env = office.env
    f = DashboardService(env.db, env.monitor2).figures()
    assert not f.office_wide
    assert [m.user_id for m in f.by_monitor] == [env.monitor2.id]
    assert f.total == 5  # the office-wide counts the shared queue shows everyone anyway


def test_the_admin_reads_the_whole_office(office: Office) -> None:
    env = office.env
    admin = env.add_user("admin", Role.ADMIN)
    f = DashboardService(env.db, admin).figures()
    assert f.office_wide and len(f.by_monitor) == 3


def test_a_deactivated_holder_stays_listed_and_a_deactivated_reader_is_refused(
    office: Office,
) -> None:
    env = office.env
    UserService(env.db, env.supervisor, env.hasher).set_active(env.monitor.id, False)
    f = DashboardService(env.db, env.supervisor).figures()
    gone = next(m for m in f.by_monitor if m.user_id == env.monitor.id)
    assert not gone.active and gone.in_hand == 2  # their cases must be handed on
    with pytest.raises(PermissionDenied):
        DashboardService(env.db, env.monitor).figures()


def test_an_empty_office_has_zero_figures(env: Env) -> None:
    f = DashboardService(env.db, env.supervisor).figures()
    assert f.total == 0
    assert all(b.count == 0 for b in f.by_status)
    assert f.by_agency == ()
    assert all(s.open == 0 and s.overdue == 0 for s in f.stages)
    assert all(m.in_hand == 0 for m in f.by_monitor)
    assert f.to_dict()["by_status"][0] == {
        "key": "masuk",
        "label": "Masuk",
        "count": 0,
        "translatable": True,
    }
