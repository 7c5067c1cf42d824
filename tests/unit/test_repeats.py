"""Repeat offenders: accounts remembered on the civil servant, earlier cases found."""

from __future__ import annotations

import sqlite3

from asn_monitor.services.cases import CaseService
from asn_monitor.services.review import ReviewService
from tests.unit.conftest import Env
from tests.unit.factories import approve, case_fields, prepare_for_review, subject_fields


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


def test_a_returned_case_whose_monitor_left_can_be_released_and_finished(env: Env) -> None:
    from asn_monitor.domain.lifecycle import Status
    from asn_monitor.services.users import UserService

    monitor = CaseService(env.db, env.monitor)
    case = monitor.create(case_fields(), subject=subject_fields())
    case = monitor.transition(case.id, case.version, "claim")
    prepare_for_review(monitor.db, monitor.actor, case.id)
    case = monitor.transition(case.id, case.version, "submit")
    supervisor = CaseService(env.db, env.supervisor)
    case = ReviewService(env.db, env.supervisor).return_case(
        case.id, case.version, "Lengkapi tanggal unggahan."
    )
    UserService(env.db, env.supervisor, env.hasher).set_active(env.monitor.id, False)
    case = supervisor.transition(case.id, case.version, "release_returned")
    assert case.status == Status.MASUK and case.assignee_id is None
    other = CaseService(env.db, env.monitor2)
    case = other.transition(case.id, case.version, "claim")
    prepare_for_review(other.db, other.actor, case.id)
    case = other.transition(case.id, case.version, "submit")
    case = approve(env.db, env.supervisor, case.id)
    assert case.status == Status.DISETUJUI


def test_my_queue_counts_only_cases_still_in_hand(env: Env) -> None:
    from asn_monitor.services.queue import Holder, QueueFilter, QueueService

    monitor = CaseService(env.db, env.monitor)
    held = monitor.create(case_fields(), subject=subject_fields())
    held = monitor.transition(held.id, held.version, "claim")
    done = monitor.create(case_fields(), subject=subject_fields())
    done = monitor.transition(done.id, done.version, "claim")
    monitor.transition(done.id, done.version, "reject", "Bukan ASN.")
    assert monitor.count_held() == 1
    assert [
        r["id"] for r in QueueService(env.db, env.monitor).rows(QueueFilter(holder=Holder.MINE))
    ] == [held.id]


def test_a_new_report_never_rewrites_the_person_of_a_signed_case(env: Env) -> None:
    import pytest

    from asn_monitor.errors import PermissionDenied

    monitor = CaseService(env.db, env.monitor)
    signed = monitor.create(case_fields(), subject=subject_fields(position="", rank=""))
    signed = monitor.transition(signed.id, signed.version, "claim")
    prepare_for_review(monitor.db, monitor.actor, signed.id)
    signed = monitor.transition(signed.id, signed.version, "submit")
    signed = approve(env.db, env.supervisor, signed.id)
    before = monitor.subject(signed.subject_id)

    other = CaseService(env.db, env.monitor2)
    repeat = other.create(
        case_fields(),
        subject=subject_fields(name="Orang Lain", agency="Satpol PP", position="Kepala Seksi"),
    )
    assert repeat.subject_id == signed.subject_id
    after = other.subject(signed.subject_id)
    # Names and agency as the supervisor signed them; only the blank position is filled in.
    assert (after.name, after.agency) == (before.name, before.agency)
    assert after.position == "Kepala Seksi"

    # Editing the shared record through the new case is refused while a signed case uses it.
    repeat = other.transition(repeat.id, repeat.version, "claim")
    with pytest.raises(PermissionDenied) as info:
        other.update(
            repeat.id,
            repeat.version,
            {},
            subject={**subject_fields(name="Nama Diubah"), "version": after.version},
        )
    assert signed.number in str(info.value)
    assert other.subject(signed.subject_id).name == before.name


def test_typing_another_persons_nip_relinks_instead_of_rewriting(env: Env) -> None:
    from tests.unit.factories import NIP_2

    monitor = CaseService(env.db, env.monitor)
    first = monitor.create(case_fields(), subject=subject_fields())
    second = monitor.create(case_fields(), subject=subject_fields(nip=NIP_2, name="Lalu Zaki"))
    subject = monitor.subject(second.subject_id)
    updated = monitor.update(
        second.id,
        second.version,
        {},
        subject={**subject_fields(name="Lalu Zaki"), "version": subject.version},
    )
    assert updated.subject_id == first.subject_id
    assert monitor.subject(second.subject_id).nip == NIP_2.replace(" ", "")
    assert monitor.subject(first.subject_id).name == subject_fields()["name"]


def test_login_while_another_process_holds_the_write_lock(env: Env) -> None:
    import sqlite3

    import pytest

    from asn_monitor.errors import AuthError, LoginThrottled
    from asn_monitor.services.auth import AuthService
    from tests.unit.factories import PASSWORD

    env.db.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(env.db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        auth = AuthService(env.db, env.hasher)
        assert auth.login("supervisor", PASSWORD).id == env.supervisor.id
        for _ in range(5):
            with pytest.raises(AuthError):
                auth.login("supervisor", "salah")
        # The store could not record the failures, but guessing is throttled anyway.
        with pytest.raises(LoginThrottled):
            auth.login("supervisor", PASSWORD)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_case_numbers_never_repeat_even_if_the_counter_is_lost(env: Env) -> None:
    cases = CaseService(env.db, env.monitor)
    first = env.numbered(cases.create(case_fields()))
    env.db.conn.execute("DELETE FROM counters")
    hub = sqlite3.connect(env.workspace.shared_dir(env.db) / "hub.db")
    hub.execute("DELETE FROM counters")
    hub.commit()
    hub.close()
    second = env.numbered(cases.create(case_fields()))
    assert first.number == "NTB-2024-0001"
    assert second.number == "NTB-2024-0002"


def test_timeline_lists_each_step_with_its_reason(env: Env) -> None:
    from asn_monitor.domain.lifecycle import Status

    monitor = CaseService(env.db, env.monitor)
    case = monitor.create(case_fields(), subject=subject_fields())
    case = monitor.transition(case.id, case.version, "claim")
    monitor.add_note(case.id, "Catatan biasa, bukan alasan.")
    prepare_for_review(monitor.db, monitor.actor, case.id)
    case = monitor.transition(case.id, case.version, "submit")
    ReviewService(env.db, env.supervisor).return_case(
        case.id, case.version, "Tanggal unggahan belum terlihat."
    )
    steps = monitor.timeline(case.id)
    assert [s.status for s in steps] == [
        Status.MASUK,
        Status.DIVERIFIKASI,
        Status.DINILAI,
        Status.DIKEMBALIKAN,
    ]
    assert [s.reason for s in steps] == ["", "", "", "Tanggal unggahan belum terlihat."]
    assert steps[-1].user_name == "Baiq Supervisor"
