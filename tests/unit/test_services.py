"""Services end to end on a real workspace: accounts, login, cases and their life cycle."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case, User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.domain.roles import Role
from asn_monitor.errors import (
    AuthError,
    LoginThrottled,
    NotFound,
    PermissionDenied,
    TransitionRefused,
    ValidationError,
    VersionConflict,
    WorkspaceError,
)
from asn_monitor.services.auth import AuthService
from asn_monitor.services.cases import HIDDEN, CaseService
from asn_monitor.services.queue import Holder, QueueFilter, QueueService
from asn_monitor.services.referral import Outcome, ReferralService
from asn_monitor.services.review import ReviewService
from asn_monitor.services.settings import SettingsService
from asn_monitor.services.users import UserService, create_first_user
from asn_monitor.store.integrity import check_database
from asn_monitor.workspace import Workspace
from tests.unit.conftest import Env
from tests.unit.factories import (
    NIP_1,
    NIP_1_SPACED,
    NIP_2,
    NIP_3,
    PASSWORD,
    FakeClock,
    approve,
    case_fields,
    prepare_for_review,
    referral_draft,
    reporter_fields,
    subject_fields,
)


def _count(env: Env, table: str) -> int:
    return int(env.db.scalar(f"SELECT count(*) FROM {table}"))


def _users(env: Env, actor: User | None = None) -> UserService:
    return UserService(env.db, actor or env.supervisor, env.hasher)


def _cases(env: Env, actor: User) -> CaseService:
    return CaseService(env.db, actor)


# -- workspace ---------------------------------------------------------------------------


def test_workspace_create_sets_up_office_and_first_account(env: Env) -> None:
    assert env.workspace.is_initialized()
    assert env.supervisor.role == Role.SUPERVISOR
    assert env.supervisor.username == "supervisor"
    settings = SettingsService(env.db, env.supervisor)
    assert settings.office_name() == "Diskominfotik Provinsi NTB"
    assert settings.region_prefix() == "NTB"  # typed as "ntb"
    with pytest.raises(WorkspaceError):
        env.workspace.create(
            office_name="Lagi",
            prefix="NTB",
            username="lagi",
            display_name="Lagi",
            password=PASSWORD,
            hasher=env.hasher,
        )
    assert _count(env, "users") == 3


def test_workspace_create_validates_before_writing(tmp_path: Path, hasher: PasswordHasher) -> None:
    workspace = Workspace(tmp_path / "ws")
    with pytest.raises(ValidationError) as info:
        workspace.create(
            office_name=" ",
            prefix="N1",
            username="sup",
            display_name="Sup",
            password="pendek",
            hasher=hasher,
        )
    assert set(info.value.field_errors) == {"office_name", "region_prefix", "password"}
    assert not workspace.exists()


def test_workspace_open_refuses_a_file_as_folder(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(WorkspaceError):
        Workspace(not_a_folder).open()
    with pytest.raises(WorkspaceError):
        Workspace(tmp_path / "empty").open()


def test_first_account_cannot_be_a_monitor_and_only_once(env: Env) -> None:
    with pytest.raises(PermissionDenied):
        create_first_user(
            env.db, env.hasher, username="kedua", display_name="Kedua", password=PASSWORD
        )
    with pytest.raises(ValidationError):
        create_first_user(
            env.db,
            env.hasher,
            username="kedua",
            display_name="Kedua",
            password=PASSWORD,
            role=Role.MONITOR,
        )
    assert _count(env, "users") == 3


# -- login -------------------------------------------------------------------------------


def test_login_ok_with_any_case_and_surrounding_spaces(env: Env) -> None:
    auth = AuthService(env.db, env.hasher)
    user = auth.login("  Monitor1 ", PASSWORD)
    assert user.id == env.monitor.id
    assert user.role == Role.MONITOR


def test_wrong_password_and_unknown_user_look_the_same(env: Env) -> None:
    auth = AuthService(env.db, env.hasher)
    with pytest.raises(AuthError) as wrong_password:
        auth.login("monitor1", "bukan-sandinya")
    with pytest.raises(AuthError) as unknown_user:
        auth.login("tidak-ada", PASSWORD)
    assert type(wrong_password.value) is type(unknown_user.value) is AuthError
    assert str(wrong_password.value) == str(unknown_user.value)
    assert "salah" in str(unknown_user.value)


def test_login_is_throttled_after_five_failures_and_the_lock_expires(
    env: Env, clock: FakeClock
) -> None:
    auth = AuthService(env.db, env.hasher)
    for _ in range(5):
        with pytest.raises(AuthError) as info:
            auth.login("monitor1", "salah-terus")
        assert not isinstance(info.value, LoginThrottled)
    # Even the right password is refused while locked, and the wait is stated.
    with pytest.raises(LoginThrottled) as locked:
        auth.login("monitor1", PASSWORD)
    assert locked.value.params["seconds"] == 30
    assert "30 detik" in str(locked.value)
    # Other accounts are not affected.
    assert auth.login("monitor2", PASSWORD).id == env.monitor2.id

    clock.advance(seconds=29)
    with pytest.raises(LoginThrottled) as still:
        auth.login("monitor1", PASSWORD)
    assert still.value.params["seconds"] == 1
    clock.advance(seconds=1)
    assert auth.login("monitor1", PASSWORD).id == env.monitor.id

    # A success clears the count: four new failures do not lock.
    for _ in range(4):
        with pytest.raises(AuthError):
            auth.login("monitor1", "salah-lagi")
    assert auth.login("monitor1", PASSWORD).id == env.monitor.id


def test_lock_doubles_with_further_failures(env: Env, clock: FakeClock) -> None:
    auth = AuthService(env.db, env.hasher)
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.login("tamu", "tebakan")
    clock.advance(seconds=31)
    with pytest.raises(AuthError) as info:
        auth.login("tamu", "tebakan lagi")
    assert not isinstance(info.value, LoginThrottled)
    with pytest.raises(LoginThrottled) as locked:
        auth.login("tamu", "tebakan ketiga")
    assert locked.value.params["seconds"] == 60


def test_deactivated_user_cannot_log_in(env: Env) -> None:
    _users(env).set_active(env.monitor.id, False)
    with pytest.raises(AuthError) as info:
        AuthService(env.db, env.hasher).login("monitor1", PASSWORD)
    assert "dinonaktifkan" in str(info.value)
    _users(env).set_active(env.monitor.id, True)
    assert AuthService(env.db, env.hasher).login("monitor1", PASSWORD).active


# -- accounts ----------------------------------------------------------------------------


def test_monitor_cannot_add_users(env: Env) -> None:
    with pytest.raises(PermissionDenied):
        _users(env, env.monitor).add_user("monitor3", "Tiga", Role.MONITOR, PASSWORD)
    assert _count(env, "users") == 3


def test_admin_can_add_users(env: Env) -> None:
    admin = env.add_user("admin1", Role.ADMIN)
    user = _users(env, admin).add_user("Monitor3", "Ni Made Tiga", Role.MONITOR, PASSWORD)
    assert user.username == "monitor3"
    assert user.role == Role.MONITOR


@pytest.mark.parametrize("taken", ["monitor1", "MONITOR1", " Monitor1 "])
def test_duplicate_username_is_refused_whatever_the_case(env: Env, taken: str) -> None:
    with pytest.raises(ValidationError) as info:
        _users(env).add_user(taken, "Orang Lain", Role.MONITOR, PASSWORD)
    assert set(info.value.field_errors) == {"username"}
    assert "sudah dipakai" in str(info.value)
    assert _count(env, "users") == 3


@pytest.mark.parametrize(
    ("username", "display_name", "fields"),
    [
        ("ab", "Nama", {"username"}),
        ("lalu ahmad", "Nama", {"username"}),
        ("_lalu", "Nama", {"username"}),
        ("lalu", "  ", {"display_name"}),
    ],
)
def test_bad_identity_is_refused_per_field(
    env: Env, username: str, display_name: str, fields: set[str]
) -> None:
    with pytest.raises(ValidationError) as info:
        _users(env).add_user(username, display_name, Role.MONITOR, PASSWORD)
    assert set(info.value.field_errors) == fields


@pytest.mark.parametrize("password", ["pendek", "1234567", " spasi-di-depan", "spasi-di-akhir "])
def test_weak_password_is_refused(env: Env, password: str) -> None:
    with pytest.raises(ValidationError) as info:
        _users(env).add_user("monitor3", "Tiga", Role.MONITOR, password)
    assert "Kata sandi" in str(info.value)
    assert _count(env, "users") == 3


def test_cannot_deactivate_yourself(env: Env) -> None:
    with pytest.raises(PermissionDenied) as info:
        _users(env).set_active(env.supervisor.id, False)
    assert "sendiri" in str(info.value)
    assert _users(env).get(env.supervisor.id).active


def test_nobody_changes_their_own_role(env: Env) -> None:
    before = _count(env, "changes")
    users = _users(env)
    with pytest.raises(PermissionDenied) as info:
        users.update_user(
            env.supervisor.id, env.supervisor.version, display_name="Baiq", role=Role.MONITOR
        )
    assert "peran Anda sendiri" in str(info.value)
    assert users.get(env.supervisor.id).role == Role.SUPERVISOR
    assert _count(env, "changes") == before


def test_the_last_manager_stays(env: Env) -> None:
    second = env.add_user("supervisor2", Role.SUPERVISOR)
    # The second supervisor demotes the first...
    _users(env, second).update_user(
        env.supervisor.id, 1, display_name="Baiq Supervisor", role=Role.MONITOR
    )
    # ...who, holding a stale session that still says "supervisor", can no longer act,
    with pytest.raises(PermissionDenied):
        _users(env, env.supervisor).set_active(second.id, False)
    # and the remaining manager cannot switch themselves off.
    with pytest.raises(PermissionDenied):
        _users(env, second).set_active(second.id, False)
    assert _users(env, second).get(second.id).active


def test_an_admin_cannot_grant_or_take_over_the_supervisor_role(env: Env) -> None:
    admin = env.add_user("admin1", Role.ADMIN)
    users = _users(env, admin)
    before = _count(env, "changes")
    with pytest.raises(PermissionDenied):
        users.update_user(admin.id, admin.version, display_name="Admin", role=Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        users.add_user("boss", "Boss", Role.SUPERVISOR, "rahasia-kuat")
    with pytest.raises(PermissionDenied):
        users.set_password(env.supervisor.id, "ambil-alih-akun")
    with pytest.raises(PermissionDenied):
        users.set_active(env.supervisor.id, False)
    monitor = env.monitor
    with pytest.raises(PermissionDenied):
        users.update_user(monitor.id, monitor.version, display_name="M", role=Role.SUPERVISOR)
    assert _count(env, "changes") == before
    # Monitors and admins remain the admin's to manage.
    users.set_password(monitor.id, "sandi-baru-123")
    assert (
        users.add_user("pemantau9", "Pemantau", Role.MONITOR, "rahasia-kuat").role == Role.MONITOR
    )


def test_demoting_one_of_two_supervisors_works_and_takes_effect_at_once(env: Env) -> None:
    second = env.add_user("supervisor2", Role.SUPERVISOR)
    case = _cases(env, env.monitor).create(case_fields(), reporter=reporter_fields())
    assert _cases(env, second).reporter(case.id).name == "Baiq Pelapor Rahasia"

    updated = _users(env).update_user(
        second.id, second.version, display_name="Dua", role=Role.MONITOR
    )
    assert updated.role == Role.MONITOR
    # ``second`` is the stale object the demoted user's session still holds.
    with pytest.raises(PermissionDenied):
        _cases(env, second).reporter(case.id)
    with pytest.raises(PermissionDenied):
        _users(env, second).add_user("monitor9", "Sembilan", Role.MONITOR, PASSWORD)


def test_monitor_changes_own_password_with_the_current_one(env: Env) -> None:
    users = _users(env, env.monitor)
    with pytest.raises(AuthError) as info:
        users.set_password(env.monitor.id, "sandi-baru-123", current_password="salah-sandi")
    assert "saat ini salah" in str(info.value)
    auth = AuthService(env.db, env.hasher)
    assert auth.login("monitor1", PASSWORD).id == env.monitor.id

    users.set_password(env.monitor.id, "sandi-baru-123", current_password=PASSWORD)
    assert auth.login("monitor1", "sandi-baru-123").id == env.monitor.id
    with pytest.raises(AuthError):
        auth.login("monitor1", PASSWORD)


def test_monitor_cannot_set_passwords_without_the_current_one(env: Env) -> None:
    users = _users(env, env.monitor)
    with pytest.raises(PermissionDenied):
        users.set_password(env.monitor2.id, "sandi-baru-123")
    with pytest.raises(PermissionDenied):
        users.set_password(env.monitor2.id, "sandi-baru-123", current_password=PASSWORD)
    with pytest.raises(PermissionDenied):
        users.set_password(env.monitor.id, "sandi-baru-123")
    assert AuthService(env.db, env.hasher).login("monitor2", PASSWORD)


def test_supervisor_resets_a_password_and_short_ones_are_refused(env: Env) -> None:
    with pytest.raises(ValidationError):
        _users(env).set_password(env.monitor.id, "pendek")
    _users(env).set_password(env.monitor.id, "reset-oleh-supervisor")
    assert AuthService(env.db, env.hasher).login("monitor1", "reset-oleh-supervisor")


def test_user_deactivated_while_logged_in_is_refused_on_the_next_write(env: Env) -> None:
    monitor_session = _cases(env, env.monitor)  # holds the User object from login
    case = monitor_session.create(case_fields())
    _users(env).set_active(env.monitor.id, False)
    before = _count(env, "changes")
    with pytest.raises(PermissionDenied) as info:
        monitor_session.create(case_fields())
    assert "dinonaktifkan" in str(info.value)
    with pytest.raises(PermissionDenied):
        monitor_session.transition(case.id, case.version, "claim")
    with pytest.raises(PermissionDenied):
        monitor_session.update(case.id, case.version, {"summary": "x"})
    with pytest.raises(PermissionDenied):
        monitor_session.add_note(case.id, "catatan")
    assert _count(env, "changes") == before


def test_deactivated_user_cannot_change_own_password(env: Env) -> None:
    held = env.monitor
    _users(env).set_active(held.id, False)
    with pytest.raises(PermissionDenied):
        _users(env, held).set_password(held.id, "sandi-baru-123", current_password=PASSWORD)


# -- cases: intake ---------------------------------------------------------------------


def test_create_registers_a_new_case(env: Env) -> None:
    case = _cases(env, env.monitor).create(
        case_fields(post_urls="https://x.com/a/status/1\n\n  https://x.com/a/status/2  "),
        subject=subject_fields(),
        reporter=reporter_fields(),
    )
    assert case.status == Status.MASUK
    assert not case.number_final and case.number.startswith("NTB-2024-S")
    case = env.numbered(case)
    assert case.number == "NTB-2024-0001"
    assert case.number_final
    assert case.created_by == env.monitor.id
    assert case.assignee_id is None
    assert case.post_urls == ("https://x.com/a/status/1", "https://x.com/a/status/2")
    assert case.act_date == dt.date(2024, 10, 1)
    assert case.has_reporter
    subject = _cases(env, env.monitor).subject(case.subject_id)  # type: ignore[arg-type]
    assert subject.nip == NIP_1
    assert subject.name == "Nur'aini, S.Pd."
    assert check_database(env.db).healthy


def test_case_numbers_count_up_per_year(env: Env) -> None:
    cases = _cases(env, env.monitor)
    numbers = [env.numbered(cases.create(case_fields())).number for _ in range(3)]
    assert numbers == ["NTB-2024-0001", "NTB-2024-0002", "NTB-2024-0003"]
    old = env.numbered(
        cases.create(
            case_fields(act_date="2023-12-20", known_date="2023-12-28", received_date="2023-12-30")
        )
    )
    assert old.number == "NTB-2023-0001"
    assert env.numbered(cases.create(case_fields())).number == "NTB-2024-0004"
    assert cases.by_number(" NTB-2023-0001 ").id == old.id
    with pytest.raises(NotFound):
        cases.by_number("NTB-2022-0001")


def test_prefix_change_starts_its_own_numbering(env: Env) -> None:
    with pytest.raises(PermissionDenied):
        SettingsService(env.db, env.monitor).set_office("Kantor", "LOTIM")
    SettingsService(env.db, env.supervisor).set_office("Diskominfo Lombok Timur", "lotim")
    case = _cases(env, env.monitor).create(case_fields())
    assert env.numbered(case).number == "LOTIM-2024-0001"


def test_received_date_defaults_to_today_from_the_clock(env: Env) -> None:
    case = _cases(env, env.monitor).create(case_fields(received_date=None, known_date=None))
    assert case.received_date == dt.date(2024, 10, 15)


@pytest.mark.parametrize(
    ("overrides", "field", "text"),
    [
        ({"summary": "   "}, "summary", "Ringkasan wajib diisi"),
        ({"source": ""}, "source", "Sumber wajib diisi"),
        ({"source": "televisi"}, "source", "televisi"),
        ({"source": "portal_lain", "portal": ""}, "portal", "Portal asal"),
        ({"platform": "friendster"}, "platform", "friendster"),
        ({"act_date": "2024-10-16", "known_date": None}, "act_date", "masa depan"),
        ({"received_date": "2025-01-01"}, "received_date", "masa depan"),
        ({"act_date": "2024-10-05"}, "known_date", "tidak boleh sebelum"),
        ({"known_date": "2024-10-09"}, "received_date", "tidak boleh sebelum"),
        ({"act_date": "2024-02-30"}, "act_date", "tidak valid"),
        ({"post_urls": ["www.facebook.com/x"]}, "post_urls", "www.facebook.com/x"),
        ({"post_urls": ["ftp://files.example/x"]}, "post_urls", "http"),
        ({"post_urls": ["https://"]}, "post_urls", "tidak valid"),
    ],
)
def test_create_validates_case_fields(env: Env, overrides: dict, field: str, text: str) -> None:
    before = _count(env, "changes")
    with pytest.raises(ValidationError) as info:
        _cases(env, env.monitor).create(case_fields(**overrides))
    assert field in info.value.field_errors
    assert text in info.value.field_errors[field].message()
    assert text in str(info.value)
    assert _count(env, "cases") == 0
    assert _count(env, "changes") == before


@pytest.mark.parametrize(
    ("subject", "reporter", "field", "text"),
    [
        (subject_fields(nip="5201 1234 5678 0001"), None, "subject.nip", "NIK"),
        (subject_fields(nip="19860926 201513 1 001"), None, "subject.nip", "bulan pengangkatan"),
        # Appointed in 11/2024, a month after "today" (the clock's 15 Oct 2024).
        (subject_fields(nip="199001012024111001"), None, "subject.nip", "masa depan"),
        (subject_fields(name=""), None, "subject.name", "Nama ASN wajib diisi"),
        (
            subject_fields(employment_type="honorer"),
            None,
            "subject.employment_type",
            "Jenis kepegawaian",
        ),
        (subject_fields(agency=""), None, "subject.agency", "Instansi"),
        (None, reporter_fields(nik=NIP_1), "reporter.nik", "NIP"),
        (None, reporter_fields(name=""), "reporter.name", "Nama pelapor wajib diisi"),
    ],
)
def test_create_validates_subject_and_reporter(
    env: Env, subject: dict | None, reporter: dict | None, field: str, text: str
) -> None:
    with pytest.raises(ValidationError) as info:
        _cases(env, env.monitor).create(case_fields(), subject=subject, reporter=reporter)
    assert field in info.value.field_errors
    assert text in info.value.field_errors[field].message()
    assert _count(env, "subjects") == _count(env, "reporters") == _count(env, "cases") == 0


def test_create_reports_every_invalid_field_at_once(env: Env) -> None:
    with pytest.raises(ValidationError) as info:
        _cases(env, env.monitor).create(
            case_fields(summary="", post_urls=["bukan tautan"]),
            subject=subject_fields(nip="1234"),
        )
    assert set(info.value.field_errors) == {"summary", "post_urls", "subject.nip"}
    assert str(info.value).count("\n- ") == 3


def test_pppk_subject_needs_18_digits_but_not_a_nip_layout(env: Env) -> None:
    cases = _cases(env, env.monitor)
    case = cases.create(
        case_fields(), subject=subject_fields(employment_type="PPPK", nip="19900101 202321 1 001")
    )
    assert cases.subject(case.subject_id).nip == "199001012023211001"  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        cases.create(case_fields(), subject=subject_fields(employment_type="PPPK", nip="123"))
    assert "NI PPPK" in str(info.value)


def test_admin_does_not_work_cases(env: Env) -> None:
    admin = env.add_user("admin1", Role.ADMIN)
    with pytest.raises(PermissionDenied):
        _cases(env, admin).create(case_fields())
    case = _cases(env, env.monitor).create(case_fields())
    with pytest.raises(TransitionRefused):
        _cases(env, admin).transition(case.id, case.version, "claim")
    with pytest.raises(PermissionDenied):
        _cases(env, admin).add_note(case.id, "catatan")
    assert _cases(env, admin).available_transitions(case) == []


# -- cases: reporter confidentiality and history ------------------------------------------


@pytest.fixture
def reported_case(env: Env) -> Case:
    cases = _cases(env, env.monitor)
    case = cases.create(case_fields(), subject=subject_fields(), reporter=reporter_fields())
    case = cases.transition(case.id, case.version, "claim")
    cases.add_note(case.id, "Tangkapan layar cocok dengan unggahan.")
    return cases.update(case.id, case.version, {"summary": "Ringkasan setelah verifikasi"})


def test_only_a_supervisor_reads_the_reporter(env: Env, reported_case: Case) -> None:
    with pytest.raises(PermissionDenied):
        _cases(env, env.monitor).reporter(reported_case.id)
    reporter = _cases(env, env.supervisor).reporter(reported_case.id)
    assert reporter.name == "Baiq Pelapor Rahasia"
    assert reporter.nik == "5203014501900001"
    assert reporter.contact == "0812-3456-7890"
    no_reporter = _cases(env, env.monitor).create(case_fields())
    with pytest.raises(NotFound):
        _cases(env, env.supervisor).reporter(no_reporter.id)


def test_history_hides_the_reporter_from_a_monitor(env: Env, reported_case: Case) -> None:
    history = _cases(env, env.monitor).history(reported_case.id)
    reporter_entries = [h for h in history if h.entity == "reporter"]
    assert len(reporter_entries) == 1
    for entry in reporter_entries:
        assert entry.old_value == entry.new_value == HIDDEN
    text = repr(history)
    for secret in ("Baiq Pelapor Rahasia", "0812-3456-7890", "5203014501900001"):
        assert secret not in text
    # The rest of the history is there, with people's names.
    claim = next(h for h in history if h.field == "status")
    assert (claim.old_value, claim.new_value) == ("masuk", "diverifikasi")
    assert claim.user_name == "Lalu Pemantau Satu"
    assert {h.entity for h in history} == {"case", "subject", "reporter", "note"}
    summary = next(h for h in history if h.field == "summary")
    assert summary.new_value == "Ringkasan setelah verifikasi"


def test_history_masks_the_reporter_from_a_supervisor_too(env: Env, reported_case: Case) -> None:
    # A supervisor sees the identity only through reporter(), which logs the look.
    history = _cases(env, env.supervisor).history(reported_case.id)
    inserted = next(h for h in history if h.entity == "reporter" and h.op == "insert")
    assert inserted.old_value == inserted.new_value == HIDDEN
    for secret in ("Baiq Pelapor Rahasia", "0812-3456-7890", "5203014501900001"):
        assert secret not in repr(history)


def test_history_never_shows_password_hashes(env: Env, reported_case: Case) -> None:
    _users(env).set_password(env.monitor.id, "sandi-baru-123")
    for actor in (env.monitor, env.supervisor):
        history = _cases(env, actor).history(reported_case.id)
        assert history
        assert "scrypt$" not in repr(history)
        assert all(h.entity != "user" for h in history)


def test_history_masking_follows_a_role_change_at_once(env: Env, reported_case: Case) -> None:
    second = env.add_user("supervisor2", Role.SUPERVISOR)
    _users(env).update_user(second.id, second.version, display_name="Dua", role=Role.MONITOR)
    history = _cases(env, second).history(reported_case.id)  # stale session object
    for entry in (h for h in history if h.entity == "reporter"):
        assert entry.old_value == entry.new_value == HIDDEN


# -- cases: life cycle -------------------------------------------------------------------


def _steps(service: CaseService, case: Case) -> set[str]:
    return {t.name for t in service.available_transitions(case)}


def test_full_life_cycle_with_the_right_roles(env: Env) -> None:
    mon, mon2, sup = (_cases(env, u) for u in (env.monitor, env.monitor2, env.supervisor))
    case = mon.create(case_fields(), subject=subject_fields())
    assert _steps(mon, case) == _steps(mon2, case) == _steps(sup, case) == {"claim"}

    case = mon.transition(case.id, case.version, "claim")
    assert (case.status, case.assignee_id) == (Status.DIVERIFIKASI, env.monitor.id)
    assert _steps(mon, case) == {"release", "reject", "submit"}
    assert _steps(mon2, case) == set()
    assert _steps(sup, case) == {"release", "reject", "submit"}
    for step in ("submit", "release", "reject"):
        with pytest.raises(TransitionRefused):
            mon2.transition(case.id, case.version, step, reason="bukan pemegang")
    with pytest.raises(TransitionRefused):
        mon2.transition(case.id, case.version, "claim")  # already claimed

    prepare_for_review(mon.db, mon.actor, case.id)
    case = mon.transition(case.id, case.version, "submit")
    assert (case.status, case.submitted_by) == (Status.DINILAI, env.monitor.id)
    assert _steps(mon, case) == set()
    assert _steps(sup, case) == {"approve", "return", "dismiss"}
    with pytest.raises(TransitionRefused):
        ReviewService(env.db, env.monitor).approve(case.id, case.version, {})
    with pytest.raises(TransitionRefused):
        # Review steps carry their record: the bare step is refused.
        sup.transition(case.id, case.version, "return", reason="Lengkapi URL.")
    review = ReviewService(env.db, env.supervisor)
    with pytest.raises(TransitionRefused):
        review.return_case(case.id, case.version, "  ")

    case = review.return_case(case.id, case.version, "Lengkapi URL unggahan asli.")
    assert case.status == Status.DIKEMBALIKAN
    assert case.assignee_id == env.monitor.id
    notes = mon.notes(case.id)
    assert [(n.kind, n.body, n.author_name) for n in notes] == [
        ("alasan:return", "Lengkapi URL unggahan asli.", "Baiq Supervisor")
    ]
    with pytest.raises(TransitionRefused):
        mon2.transition(case.id, case.version, "resubmit")
    case = mon.update(case.id, case.version, {"post_urls": ["https://fb.com/asli/1"]})
    prepare_for_review(mon.db, mon.actor, case.id)
    case = mon.transition(case.id, case.version, "resubmit")
    assert case.status == Status.DINILAI

    case = approve(env.db, env.supervisor, case.id)
    assert case.status == Status.DISETUJUI
    with pytest.raises(TransitionRefused):
        sup.transition(case.id, case.version, "refer")  # needs the letter
    referrals = ReferralService(env.db, env.supervisor)
    draft = referral_draft(env.db, env.supervisor, case.id, letter_number="800/123/Kominfo/2024")
    case = referrals.refer(case.id, case.version, draft)
    assert case.status == Status.DITERUSKAN
    with pytest.raises(TransitionRefused):
        ReferralService(env.db, env.monitor).record_followup(
            case.id, case.version, Outcome.NONE, outcome_date=draft.letter_date, note="x"
        )
    case = referrals.record_followup(
        case.id,
        case.version,
        Outcome.IMPOSED,
        outcome_date=draft.letter_date,
        sanction_imposed="Teguran tertulis",
        decree_number="862/45/BKD/2024",
        decree_date=draft.letter_date,
    )
    case = sup.transition(case.id, case.version, "close")
    assert case.status == Status.SELESAI
    assert _steps(sup, case) == set()
    with pytest.raises(TransitionRefused):
        sup.transition(case.id, case.version, "reopen", reason="coba")
    assert check_database(env.db).healthy


def test_four_eyes_a_supervisor_cannot_approve_own_submission(env: Env) -> None:
    sup = _cases(env, env.supervisor)
    case = sup.create(case_fields(), subject=subject_fields())
    case = sup.transition(case.id, case.version, "claim")
    prepare_for_review(sup.db, sup.actor, case.id)
    case = sup.transition(case.id, case.version, "submit")
    assert _steps(sup, case) == {"return", "dismiss"}
    with pytest.raises(TransitionRefused) as info:
        approve(env.db, env.supervisor, case.id)
    assert "empat mata" in str(info.value)
    assert sup.get(case.id).status == Status.DINILAI
    second = env.add_user("supervisor2", Role.SUPERVISOR)
    assert approve(env.db, second, case.id).status == Status.DISETUJUI


def test_reject_release_and_reopen(env: Env) -> None:
    mon, sup = _cases(env, env.monitor), _cases(env, env.supervisor)
    case = mon.create(case_fields())
    case = mon.transition(case.id, case.version, "claim")
    case = mon.transition(case.id, case.version, "release")
    assert (case.status, case.assignee_id) == (Status.MASUK, None)
    case = mon.transition(case.id, case.version, "claim")
    with pytest.raises(TransitionRefused):
        mon.transition(case.id, case.version, "reject")
    case = mon.transition(case.id, case.version, "reject", reason="Bukan ASN (tenaga honorer).")
    assert case.status == Status.DITOLAK
    with pytest.raises(TransitionRefused):
        mon.transition(case.id, case.version, "reopen", reason="salah tolak")
    case = sup.transition(case.id, case.version, "reopen", reason="Ternyata PPPK.")
    assert (case.status, case.assignee_id) == (Status.DIVERIFIKASI, env.supervisor.id)
    assert [n.kind for n in mon.notes(case.id)] == ["alasan:reject", "alasan:reopen"]


def test_a_supervisor_may_release_a_case_a_monitor_holds(env: Env) -> None:
    case = _cases(env, env.monitor).create(case_fields())
    case = _cases(env, env.monitor).transition(case.id, case.version, "claim")
    case = _cases(env, env.supervisor).transition(case.id, case.version, "release")
    assert (case.status, case.assignee_id) == (Status.MASUK, None)


def test_transition_with_a_stale_version_is_a_conflict(env: Env) -> None:
    mon = _cases(env, env.monitor)
    case = mon.create(case_fields())
    claimed = mon.transition(case.id, case.version, "claim")
    released = mon.transition(claimed.id, claimed.version, "release")
    with pytest.raises(VersionConflict):
        _cases(env, env.monitor2).transition(case.id, case.version, "claim")  # stale v1
    assert mon.get(case.id).version == released.version


def test_submit_refused_until_the_case_is_complete(env: Env) -> None:
    mon = _cases(env, env.monitor)
    case = mon.create({"source": "laporan_masyarakat", "summary": "Laporan via WhatsApp"})
    case = mon.transition(case.id, case.version, "claim")
    changes_before = _count(env, "changes")
    with pytest.raises(ValidationError) as info:
        mon.transition(case.id, case.version, "submit")
    message = str(info.value)
    assert "belum siap direview" in message
    assert "ASN terlapor belum diidentifikasi" in message
    assert "tanggal perbuatan belum diisi" in message
    assert "platform belum dipilih" in message
    assert mon.get(case.id).status == Status.DIVERIFIKASI
    assert mon.get(case.id).version == case.version
    assert _count(env, "changes") == changes_before

    case = mon.update(
        case.id,
        case.version,
        {"platform": "whatsapp", "act_date": "2024-10-10", "candidacy_stage": "kampanye"},
        subject=subject_fields(nip=""),
    )
    with pytest.raises(ValidationError) as info:
        mon.transition(case.id, case.version, "submit")
    assert "NIP ASN terlapor belum diisi" in str(info.value)
    assert "platform" not in str(info.value)

    subject = mon.subject(case.subject_id)  # type: ignore[arg-type]
    case = mon.update(
        case.id,
        case.version,
        {},
        subject={**subject_fields(nip=NIP_2), "version": subject.version},
    )
    with pytest.raises(ValidationError) as info:
        mon.transition(case.id, case.version, "submit")
    # The worksheet is part of what goes to review: acts with evidence and a proposal.
    assert "lembar sanksi belum memuat perbuatan" in str(info.value)
    assert "usulan sanksi belum dipilih" in str(info.value)
    prepare_for_review(mon.db, mon.actor, case.id)
    assert mon.transition(case.id, case.version, "submit").status == Status.DINILAI


# -- cases: editing ----------------------------------------------------------------------


def test_a_monitor_cannot_edit_a_case_another_monitor_holds(env: Env) -> None:
    mon, mon2 = _cases(env, env.monitor), _cases(env, env.monitor2)
    case = mon.create(case_fields())
    # Unclaimed: any monitor may complete the intake.
    case = mon2.update(case.id, case.version, {"account_handle": "@nuraini"})
    case = mon.transition(case.id, case.version, "claim")
    assert not mon2.may_edit(case)
    with pytest.raises(PermissionDenied) as info:
        mon2.update(case.id, case.version, {"summary": "diubah orang lain"})
    assert "Diverifikasi" in str(info.value)
    assert mon.update(case.id, case.version, {"summary": "oleh pemegang"}).summary == (
        "oleh pemegang"
    )
    case = mon.get(case.id)
    assert _cases(env, env.supervisor).update(
        case.id, case.version, {"summary": "sup"}
    ).summary == ("sup")


def test_nobody_edits_an_approved_case(env: Env) -> None:
    mon, sup = _cases(env, env.monitor), _cases(env, env.supervisor)
    case = mon.create(case_fields(), subject=subject_fields())
    case = mon.transition(case.id, case.version, "claim")
    prepare_for_review(mon.db, mon.actor, case.id)
    case = mon.transition(case.id, case.version, "submit")
    with pytest.raises(PermissionDenied):
        mon.update(case.id, case.version, {"summary": "setelah dikirim"})
    case = sup.update(case.id, case.version, {"summary": "dirapikan supervisor"})
    case = approve(env.db, env.supervisor, case.id)
    with pytest.raises(PermissionDenied) as info:
        sup.update(case.id, case.version, {"summary": "setelah disetujui"})
    assert "membuka kembali persetujuan" in str(info.value)


def test_update_with_a_stale_version_is_a_conflict(env: Env) -> None:
    mon, sup = _cases(env, env.monitor), _cases(env, env.supervisor)
    loaded = mon.create(case_fields())
    sup.update(loaded.id, loaded.version, {"summary": "versi supervisor"})
    before = _count(env, "changes")
    with pytest.raises(VersionConflict) as info:
        mon.update(loaded.id, loaded.version, {"summary": "versi pemantau"})
    assert "Baiq Supervisor" in str(info.value)
    assert mon.get(loaded.id).summary == "versi supervisor"
    assert _count(env, "changes") == before


def test_update_validates_and_refuses_unknown_fields(env: Env) -> None:
    mon = _cases(env, env.monitor)
    case = mon.create(case_fields())
    with pytest.raises(ValidationError) as info:
        mon.update(case.id, case.version, {"status": "selesai"})
    assert "status" in str(info.value)
    with pytest.raises(ValidationError) as info:
        mon.update(case.id, case.version, {"known_date": "2024-09-01"})
    assert "known_date" in info.value.field_errors
    assert mon.get(case.id).version == case.version


def test_update_logs_only_the_fields_that_changed(env: Env) -> None:
    mon = _cases(env, env.monitor)
    case = mon.create(case_fields())
    before = _count(env, "changes")
    case = mon.update(case.id, case.version, {**case_fields(), "summary": "baru"})
    assert _count(env, "changes") == before + 1
    assert mon.update(case.id, case.version, case_fields(summary="baru")).version == case.version


def test_repeat_offender_is_linked_to_the_same_subject(env: Env) -> None:
    mon, mon2 = _cases(env, env.monitor), _cases(env, env.monitor2)
    first = mon.create(case_fields(), subject=subject_fields(nip=NIP_1_SPACED))
    second = mon2.create(
        case_fields(platform="tiktok"), subject=subject_fields(nip=NIP_1, name="Nuraini, S.Pd")
    )
    assert second.subject_id == first.subject_id
    assert _count(env, "subjects") == 1
    found = mon.subjects.find_by_nip("1986 0926 2015 0510 01")
    assert [s.id for s in found] == [first.subject_id]
    # Attaching by NIP later links to the same record too.
    third = mon.create(case_fields())
    third = mon.update(third.id, third.version, {}, subject=subject_fields(nip=NIP_1))
    assert third.subject_id == first.subject_id
    assert _count(env, "subjects") == 1
    other = mon.create(case_fields(), subject=subject_fields(nip=NIP_2, name="Lalu Zaki"))
    assert other.subject_id != first.subject_id
    assert check_database(env.db).healthy


def test_repeat_report_with_fewer_details_keeps_what_is_known(env: Env) -> None:
    mon = _cases(env, env.monitor)
    first = mon.create(case_fields(), subject=subject_fields())
    mon.create(
        case_fields(),
        subject={
            "name": "Nur'aini",
            "employment_type": "PNS",
            "nip": NIP_1,
            "agency": "Dinas Pendidikan dan Kebudayaan",
        },
    )
    subject = mon.subject(first.subject_id)  # type: ignore[arg-type]
    assert subject.position == "Guru Ahli Pertama"
    assert subject.rank == "III/a"
    assert subject.region == "Lombok Timur"


# -- cases: the list ---------------------------------------------------------------------


@pytest.fixture
def queue(env: Env) -> dict[str, Case]:
    mon = _cases(env, env.monitor)
    cases = {
        "nuraini": mon.create(
            case_fields(received_date="2024-10-04"), subject=subject_fields(nip=NIP_1_SPACED)
        ),
        "zaki": mon.create(
            case_fields(
                known_date="2024-10-02",
                received_date="2024-10-02",
                account_handle="@lalu_zaki",
                platform="instagram",
            ),
            subject=subject_fields(
                name="Lalu Ahmad Zaki, M.Si.", nip=NIP_2, agency="Dinas Kesehatan"
            ),
        ),
        "baiq": mon.create(
            case_fields(received_date="2024-10-06", account_handle="@baiq.rahma"),
            subject=subject_fields(name="baiq Rahmawati", nip=NIP_3, agency="RSUD Provinsi"),
        ),
        "anonymous": mon.create(
            case_fields(
                act_date="2024-09-28",
                known_date="2024-09-30",
                received_date="2024-10-01",
                account_handle="",
            )
        ),
    }
    cases = {name: env.numbered(case) for name, case in cases.items()}
    zaki = cases["zaki"]
    cases["zaki"] = mon.transition(zaki.id, zaki.version, "claim")
    return cases


def _names(rows: list[dict], queue: dict[str, Case]) -> list[str]:
    by_id = {case.id: name for name, case in queue.items()}
    return [by_id[r["id"]] for r in rows]


def _search(env: Env, queue: dict[str, Case], **flt: object) -> list[str]:
    rows = QueueService(env.db, env.monitor).rows(QueueFilter(**flt))  # type: ignore[arg-type]
    return _names(rows, queue)


def test_list_defaults_to_newest_received_first(env: Env, queue: dict[str, Case]) -> None:
    assert _search(env, queue) == ["baiq", "nuraini", "zaki", "anonymous"]
    rows = QueueService(env.db, env.monitor).rows(limit=2)
    assert _names(rows, queue) == ["baiq", "nuraini"]
    zaki = next(r for r in QueueService(env.db, env.monitor).rows() if r["id"] == queue["zaki"].id)
    assert zaki["assignee_name"] == "Lalu Pemantau Satu"
    assert zaki["subject_nip"] == NIP_2


def test_list_filters_by_status_and_mine(env: Env, queue: dict[str, Case]) -> None:
    assert _search(env, queue, status=Status.DIVERIFIKASI) == ["zaki"]
    assert sorted(_search(env, queue, status=Status.MASUK)) == ["anonymous", "baiq", "nuraini"]
    assert _search(env, queue, status=Status.SELESAI) == []
    assert _search(env, queue, holder=Holder.MINE) == ["zaki"]
    rows = QueueService(env.db, env.monitor2).rows(QueueFilter(holder=Holder.MINE))
    assert rows == []
    counts = _cases(env, env.monitor).count_by_status()
    assert counts == {Status.MASUK: 3, Status.DIVERIFIKASI: 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nur'aini", ["nuraini"]),
        ("nur'AINI", ["nuraini"]),
        ("aini", ["nuraini"]),
        ("NÜR'AÍNÍ", ["nuraini"]),
        ("19860926 201505 1 001", ["nuraini"]),
        ("2019 03", ["zaki"]),
        ("kesehatan", ["zaki"]),
        ("@baiq", ["baiq"]),
        ("NTB-2024-0003", ["baiq"]),
        ("M.Si.", ["zaki"]),
        ("  zaki  ", ["zaki"]),
        ("tidak ada orang ini", []),
        ("'; DROP TABLE cases; --", []),
    ],
)
def test_list_text_search(env: Env, queue: dict[str, Case], text: str, expected: list[str]) -> None:
    assert _search(env, queue, text=text) == expected
    assert _count(env, "cases") == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("%", []),
        ("_", []),
        ("a%i", []),
        ("lalu_zaki", ["zaki"]),
    ],
)
def test_list_text_search_treats_wildcards_literally(
    env: Env, queue: dict[str, Case], text: str, expected: list[str]
) -> None:
    assert _search(env, queue, text=text) == expected


def test_list_sorting(env: Env, queue: dict[str, Case]) -> None:
    # A case whose civil servant is not yet identified goes last either way round.
    assert _search(env, queue, sort="subject", descending=False) == [
        "baiq",
        "zaki",
        "nuraini",
        "anonymous",
    ]
    assert _search(env, queue, sort="subject", descending=True) == [
        "nuraini",
        "zaki",
        "baiq",
        "anonymous",
    ]
    assert _search(env, queue, sort="number", descending=False) == [
        "nuraini",
        "zaki",
        "baiq",
        "anonymous",
    ]
    assert _search(env, queue, sort="received", descending=False) == [
        "anonymous",
        "zaki",
        "nuraini",
        "baiq",
    ]
    # Dinas Kesehatan < Dinas Pendidikan dan Kebudayaan < RSUD Provinsi
    assert _search(env, queue, sort="agency", descending=False) == [
        "zaki",
        "nuraini",
        "baiq",
        "anonymous",
    ]
    # Sort keys are whitelisted: anything else falls back to the received date.
    assert _search(env, queue, sort="s.name; DROP TABLE cases", descending=True) == [
        "baiq",
        "nuraini",
        "zaki",
        "anonymous",
    ]
    assert _count(env, "cases") == 4
