"""The periodic recap's data: the cases received in a period, grouped and listed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pytest

from asn_monitor.domain.models import Case
from asn_monitor.errors import ValidationError
from asn_monitor.reports.recap import RecapCase, RecapService
from asn_monitor.services.cases import CaseService
from asn_monitor.services.worksheet import WorksheetService
from tests.unit.conftest import Env
from tests.unit.factories import case_fields, prepare_for_review, reporter_fields, subject_fields

EDU = "Dinas Pendidikan dan Kebudayaan"
HEALTH = "Dinas Kesehatan"
LOW, HIGH = dt.date(2024, 10, 1), dt.date(2024, 10, 31)
REPORTER = reporter_fields(
    name="Baiq Pelapor Rahasia", contact="0812-3456-7890", nik="5203014501900001"
)


@dataclass
class Office:
    env: Env
    a: Case  # 1 Oct (first day): new, Dinas Pendidikan, facebook, has a reporter
    b: Case  # 31 Oct (last day): claimed by monitor, Dinas Kesehatan, tiktok
    c: Case  # 15 Oct: submitted by monitor2, under review, instagram, worksheet level
    d: Case  # 20 Oct: refused by monitor after a worksheet was drafted, Dinas Pendidikan


def _date(day: str, **more: object) -> dict[str, object]:
    return case_fields(act_date=day, known_date=day, received_date=day, **more)


@pytest.fixture
def office(env: Env) -> Office:
    env.clock.advance(days=30)  # mid-November 2024: every date below is in the past
    mine = CaseService(env.db, env.monitor)
    theirs = CaseService(env.db, env.monitor2)
    a = mine.create(
        _date("2024-10-01"),
        subject=subject_fields(agency=EDU, name="Nuraini", nip="198503122010012003"),
        reporter=REPORTER,
    )
    b = mine.create(
        _date("2024-10-31", platform="tiktok"),
        subject=subject_fields(agency=HEALTH, name="Baiq Sari", nip="199103142019032007"),
    )
    b = mine.transition(b.id, b.version, "claim")
    c = theirs.create(
        _date("2024-10-15", platform="instagram"),
        subject=subject_fields(agency=HEALTH, name="Lalu Amir", nip="197812052005011002"),
    )
    c = theirs.transition(c.id, c.version, "claim")
    prepare_for_review(env.db, env.monitor2, c.id)
    c = theirs.get(c.id)
    c = theirs.transition(c.id, c.version, "submit")
    d = mine.create(
        _date("2024-10-20"),
        subject=subject_fields(agency=f"  {EDU} ", name="Made Ayu", nip="198001012005012001"),
    )
    d = mine.transition(d.id, d.version, "claim")
    prepare_for_review(env.db, env.monitor, d.id)
    d = mine.get(d.id)
    d = mine.transition(d.id, d.version, "reject", "Bukan ASN.")
    # Outside the period by a day on either side.
    for day in ("2024-09-30", "2024-11-01"):
        mine.create(_date(day, platform="youtube"), subject=subject_fields(agency="Inspektorat"))
    return Office(env, a, b, c, d)


def counts(buckets: object) -> dict[str, int]:
    return {b.key: b.count for b in buckets if b.count}  # type: ignore[attr-defined]


def test_groups_count_the_cases_received_in_the_period(office: Office) -> None:
    env = office.env
    recap = RecapService(env.db, env.supervisor).build(LOW, HIGH)
    assert recap.total == 4 and not recap.empty
    assert counts(recap.by_status) == {"masuk": 1, "diverifikasi": 1, "dinilai": 1, "ditolak": 1}
    assert counts(recap.by_agency) == {EDU: 2, HEALTH: 2}
    assert counts(recap.by_platform) == {"facebook": 2, "tiktok": 1, "instagram": 1}
    level = WorksheetService(env.db, env.supervisor).get(office.c.id)
    expected = (level.proposed_level or level.computed_level).value  # type: ignore[union-attr]
    # The refused case's worksheet is not a finding: only C's level is counted.
    assert counts(recap.by_level) == {expected: 1}
    people = {m.name: (m.total, m.in_progress, m.referred, m.refused) for m in recap.by_monitor}
    assert people == {
        env.monitor.display_name: (2, 1, 0, 1),  # B claimed, D refused
        env.monitor2.display_name: (1, 1, 0, 0),  # C under review
        "Belum dipegang": (1, 1, 0, 0),  # A
    }
    assert recap.by_monitor[-1].user_id == "" and recap.by_monitor[-1].translatable


def test_the_list_is_in_received_order_with_what_a_recap_prints(office: Office) -> None:
    env = office.env
    recap = RecapService(env.db, env.supervisor).build(LOW, HIGH)
    assert [c.case_id for c in recap.cases] == [office.a.id, office.c.id, office.d.id, office.b.id]
    by_id = {c.case_id: c for c in recap.cases}
    c = by_id[office.c.id]
    assert (c.subject_name, c.nip, c.agency, c.platform_label, c.status_label) == (
        "Lalu Amir",
        "197812052005011002",
        HEALTH,
        "Instagram",
        "Dinilai",
    )
    assert c.level and c.level_label
    assert c.monitor == env.monitor2.display_name
    assert c.received_date == dt.date(2024, 10, 15)
    d = by_id[office.d.id]
    assert (d.agency, d.level, d.status) == (EDU, "", "ditolak")  # trimmed; no level
    a = by_id[office.a.id]
    assert (a.monitor, a.number) == ("", office.a.number)


def test_the_edges_of_the_period_are_included(office: Office) -> None:
    service = RecapService(office.env.db, office.env.supervisor)
    assert [c.case_id for c in service.build(LOW, LOW).cases] == [office.a.id]
    assert [c.case_id for c in service.build(HIGH, HIGH).cases] == [office.b.id]
    wider = service.build(LOW - dt.timedelta(days=1), HIGH + dt.timedelta(days=1))
    assert wider.total == 6
    assert counts(wider.by_platform)["youtube"] == 2


def test_a_reversed_period_is_refused_naming_both_dates(office: Office) -> None:
    service = RecapService(office.env.db, office.env.supervisor)
    with pytest.raises(ValidationError) as caught:
        service.build(HIGH, LOW)
    assert "31/10/2024" in str(caught.value) and "01/10/2024" in str(caught.value)
    assert caught.value.exit_code == 2


def test_a_period_without_cases_is_an_empty_recap(office: Office) -> None:
    recap = RecapService(office.env.db, office.env.supervisor).build(
        dt.date(2025, 1, 1), dt.date(2025, 1, 31)
    )
    assert recap.empty and recap.total == 0
    assert recap.cases == () and recap.by_monitor == ()
    assert sum(b.count for b in recap.by_status) == 0
    assert recap.overdue_followups == ()


def test_nothing_about_the_reporter_is_in_the_recap(office: Office) -> None:
    recap = RecapService(office.env.db, office.env.supervisor).build(LOW, HIGH)
    text = repr(dataclasses.asdict(recap))
    assert office.a.id in text  # the case with a reporter is there ...
    for value in REPORTER.values():  # ... but not who reported it
        assert str(value) not in text
    assert not [f.name for f in dataclasses.fields(RecapCase) if "report" in f.name]


def test_a_monitor_sees_only_their_own_row_of_the_monitor_table(office: Office) -> None:
    env = office.env
    recap = RecapService(env.db, env.monitor).build(LOW, HIGH, today=dt.date(2024, 11, 20))
    assert recap.total == 4  # the office's cases, as in the shared queue
    assert [m.user_id for m in recap.by_monitor] == [env.monitor.id]
    assert recap.today == dt.date(2024, 11, 20) == recap.figures.today
