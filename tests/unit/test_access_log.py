"""The reporter's identity: every look is logged, only supervisors look, and the log is
read by supervisors and the admin (service, case history and command line)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from asn_monitor.domain.models import Case
from asn_monitor.domain.roles import Role
from asn_monitor.errors import PermissionDenied
from asn_monitor.services.access_log import AccessLogService
from asn_monitor.services.cases import HIDDEN, CaseService
from tests.unit.conftest import Env
from tests.unit.factories import PASSWORD, case_fields, reporter_fields, subject_fields

ROOT = Path(__file__).resolve().parents[2]
SECRETS = ("Baiq Pelapor Rahasia", "0812-3456-7890", "5203014501900001")


@pytest.fixture
def reported(env: Env) -> Case:
    cases = CaseService(env.db, env.monitor)
    return cases.create(case_fields(), subject=subject_fields(), reporter=reporter_fields())


def _log_rows(env: Env) -> list[dict[str, object]]:
    return env.db.query("SELECT user_id, case_id, what, purpose FROM access_log ORDER BY rowid")


def test_every_look_at_the_reporter_is_logged_with_its_purpose(env: Env, reported: Case) -> None:
    cases = CaseService(env.db, env.supervisor)
    assert cases.reporter(reported.id, "  Klarifikasi laporan  ").name == SECRETS[0]
    env.clock.advance(minutes=5)
    cases.reporter(reported.id)
    assert _log_rows(env) == [
        {
            "user_id": env.supervisor.id,
            "case_id": reported.id,
            "what": "reporter",
            "purpose": "Klarifikasi laporan",
        },
        {"user_id": env.supervisor.id, "case_id": reported.id, "what": "reporter", "purpose": ""},
    ]
    # The version tells whether a shown identity is current, and is no look at all.
    assert cases.reporter_version(reported.id) == 1
    assert CaseService(env.db, env.monitor).reporter_version(reported.id) == 1
    assert len(_log_rows(env)) == 2


def test_a_monitor_is_refused_the_reporter_and_nothing_is_logged(env: Env, reported: Case) -> None:
    with pytest.raises(PermissionDenied):
        CaseService(env.db, env.monitor).reporter(reported.id, "ingin tahu")
    admin = env.add_user("admin", Role.ADMIN)
    with pytest.raises(PermissionDenied):
        CaseService(env.db, admin).reporter(reported.id)
    assert _log_rows(env) == []


def test_the_log_is_for_supervisors_and_the_admin(env: Env, reported: Case) -> None:
    CaseService(env.db, env.supervisor).reporter(reported.id, "Verifikasi")
    with pytest.raises(PermissionDenied) as refused:
        AccessLogService(env.db, env.monitor).entries()
    assert "supervisor dan admin" in str(refused.value.message(lambda t: t))
    assert not AccessLogService(env.db, env.monitor).can_read()
    admin = env.add_user("admin", Role.ADMIN, "Admin Kantor")
    for reader in (env.supervisor, admin):
        service = AccessLogService(env.db, reader)
        assert service.can_read()
        (entry,) = service.entries()
        assert (entry.user_name, entry.case_number, entry.what, entry.purpose) == (
            "Baiq Supervisor",
            reported.number,
            "reporter",
            "Verifikasi",
        )
        assert entry.what_text == "Identitas pelapor"


def test_the_log_filters_by_case_user_and_day(env: Env, reported: Case) -> None:
    second = env.add_user("supervisor2", Role.SUPERVISOR, "Sup Dua")
    other = CaseService(env.db, env.monitor).create(
        case_fields(summary="Kasus lain"), reporter=reporter_fields(name="Pelapor Lain")
    )
    CaseService(env.db, env.supervisor).reporter(reported.id, "satu")
    env.clock.advance(days=2)
    CaseService(env.db, second).reporter(other.id, "dua")
    env.clock.advance(days=2)
    CaseService(env.db, second).reporter(reported.id, "tiga")
    log = AccessLogService(env.db, env.supervisor)
    assert [e.purpose for e in log.entries()] == ["tiga", "dua", "satu"]  # newest first
    assert [e.purpose for e in log.entries(case_id=reported.id)] == ["tiga", "satu"]
    # Part of the number, in any case, as typed in the dialog's filter.
    part = other.number[-4:].lower()
    assert [e.purpose for e in log.entries(case_number=part)] == ["dua"]
    assert log.entries(case_number="%") == []  # a wildcard is just a character
    assert [e.purpose for e in log.entries(user_id=second.id)] == ["tiga", "dua"]
    day = env.clock.now.astimezone().date()
    assert [e.purpose for e in log.entries(since=day)] == ["tiga"]
    assert [e.purpose for e in log.entries(until=day - dt.timedelta(days=1))] == ["dua", "satu"]
    assert [e.purpose for e in log.entries(limit=1)] == ["tiga"]


def test_history_masks_the_reporter_for_everyone_and_shows_looks_to_supervisors(
    env: Env, reported: Case
) -> None:
    CaseService(env.db, env.supervisor).reporter(reported.id, "Klarifikasi")
    supervisor_view = CaseService(env.db, env.supervisor).history(reported.id)
    for entry in (h for h in supervisor_view if h.entity == "reporter"):
        assert entry.old_value == entry.new_value == HIDDEN
    assert not any(secret in repr(supervisor_view) for secret in SECRETS)
    (look,) = [h for h in supervisor_view if h.entity == "access"]
    assert look.user_name == "Baiq Supervisor"
    assert isinstance(look.new_value, dict)
    assert (look.new_value["what"], look.new_value["purpose"]) == ("reporter", "Klarifikasi")

    monitor_view = CaseService(env.db, env.monitor).history(reported.id)
    assert not any(h.entity == "access" for h in monitor_view)
    assert not any(secret in repr(monitor_view) for secret in SECRETS)


def _run(*args: str, password: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASN_MONITOR_")}
    env["ASN_MONITOR_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_audit_access_command_lists_the_log_for_a_supervisor_only(env: Env, reported: Case) -> None:
    other = CaseService(env.db, env.monitor).create(
        case_fields(summary="Kasus lain"), reporter=reporter_fields(name="Pelapor Lain")
    )
    CaseService(env.db, env.supervisor).reporter(reported.id, "Klarifikasi")
    env.clock.advance(minutes=1)
    CaseService(env.db, env.supervisor).reporter(other.id, "")
    folder = str(env.workspace.directory)
    common = ("--workspace", folder, "--user")

    result = _run("audit", "access", *common, "supervisor", "--json", password=PASSWORD)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["case"], r["purpose"], r["user"]) for r in rows] == [
        (other.number, "", "Baiq Supervisor"),
        (reported.number, "Klarifikasi", "Baiq Supervisor"),
    ]
    result = _run(
        "audit", "access", *common, "supervisor", "--case", reported.number, password=PASSWORD
    )
    assert result.returncode == 0, result.stderr
    assert reported.number in result.stdout and other.number not in result.stdout
    assert "Identitas pelapor" in result.stdout and "1 catatan akses." in result.stdout
    for secret in SECRETS:
        assert secret not in result.stdout

    result = _run("audit", "access", *common, "monitor1", password=PASSWORD)
    assert result.returncode == 3
    assert "hanya dapat dibaca supervisor dan admin" in result.stderr
    result = _run("audit", "access", *common, "supervisor", "--case", "NTB-0000", password=PASSWORD)
    assert result.returncode == 4
    assert "NTB-0000 tidak ditemukan" in result.stderr
    result = _run("audit", "access", *common, "supervisor", "--since", "kemarin", password=PASSWORD)
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr
