"""Repeat offenders: accounts remembered on the civil servant, earlier cases found."""

from __future__ import annotations

from asn_monitor.services.cases import CaseService
from tests.unit.conftest import Env
from tests.unit.factories import case_fields, subject_fields


def test_case_account_is_remembered_once_per_subject(env: Env) -> None:
    cases = CaseService(env.db, env.monitor)
    first = cases.create(
        case_fields(platform="tiktok", account_handle="@Bang_Lalu"), subject=subject_fields()
    )
    # The same account typed differently, and the same person identified by NIP.
    cases.create(
        case_fields(platform="tiktok", account_handle="bang_lalu"), subject=subject_fields()
    )
    subject = cases.subject(first.subject_id)
    assert [(a.platform.value, a.handle) for a in subject.accounts] == [("tiktok", "@Bang_Lalu")]


def test_other_cases_lists_repeats_by_subject_or_account(env: Env) -> None:
    cases = CaseService(env.db, env.monitor)
    a = cases.create(
        case_fields(platform="facebook", account_handle="@x1"), subject=subject_fields()
    )
    b = cases.create(
        case_fields(platform="facebook", account_handle="@other"), subject=subject_fields()
    )
    # Not yet identified, but posted from the same account as case a.
    c = cases.create(case_fields(platform="facebook", account_handle="X1"))
    unrelated = cases.create(case_fields(platform="instagram", account_handle="@x1"))
    assert {r["number"] for r in cases.other_cases(a)} == {b.number, c.number}
    assert {r["number"] for r in cases.other_cases(c)} == {a.number}
    assert cases.other_cases(unrelated) == []


def test_supervisor_corrects_the_reporter_and_a_monitor_may_not(env: Env) -> None:
    import pytest

    from asn_monitor.errors import PermissionDenied, ValidationError
    from tests.unit.factories import reporter_fields

    monitor = CaseService(env.db, env.monitor)
    case = monitor.create(case_fields(source="laporan_masyarakat"), reporter=reporter_fields())
    case = monitor.transition(case.id, case.version, "claim")
    with pytest.raises(PermissionDenied):
        monitor.update(case.id, case.version, {}, reporter={"name": "Ganti", "contact": ""})
    supervisor = CaseService(env.db, env.supervisor)
    with pytest.raises(ValidationError) as info:
        supervisor.update(case.id, case.version, {}, reporter={"name": " ", "contact": "x"})
    assert "reporter.name" in info.value.field_errors
    supervisor.update(
        case.id, case.version, {}, reporter={"name": "Nama Benar", "contact": "0812", "nik": ""}
    )
    assert supervisor.reporter(case.id).name == "Nama Benar"
    # A case registered without a reporter can get one later.
    bare = monitor.create(case_fields())
    supervisor.update(bare.id, bare.version, {}, reporter={"name": "Pelapor Baru"})
    assert supervisor.reporter(bare.id).name == "Pelapor Baru"
