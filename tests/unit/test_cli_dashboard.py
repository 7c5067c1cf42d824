"""``python main.py dashboard`` run in-process against a real workspace."""

from __future__ import annotations

import io
import json

import pytest

from asn_monitor.cli import main
from asn_monitor.services.cases import CaseService
from tests.unit.conftest import Env
from tests.unit.factories import PASSWORD, case_fields, subject_fields


def _run(env: Env, *args: str, user: str | None = "supervisor") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["dashboard", *args, "--workspace", str(env.workspace.directory)]
    if user:
        argv += ["--user", user]
    code = main(argv, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASN_MONITOR_PASSWORD", PASSWORD)


@pytest.fixture
def cases(env: Env) -> None:
    service = CaseService(env.db, env.monitor)
    for day, agency in (("03", "Dinas Pendidikan"), ("05", "Dinas Kesehatan")):
        made = service.create(
            case_fields(known_date=f"2024-10-{day}", received_date=f"2024-10-{day}"),
            subject=subject_fields(agency=agency, nip=f"1986092620150510{day}"),
        )
    service.transition(made.id, made.version, "claim")


def test_text_figures(env: Env, cases: None) -> None:
    code, out, err = _run(env)
    assert code == 0, err
    assert "Dasbor \u2014 Diskominfotik Provinsi NTB" in out
    assert "Kasus diterima: semua waktu (per " in out  # the CLI reads the real clock
    assert "Jumlah kasus: 2" in out
    assert "Per status" in out and "Diverifikasi" in out
    assert "Lalu Pemantau Satu" in out and "Ni Made Pemantau Dua" in out
    assert "Dinas Kesehatan" in out and "Dinas Pendidikan" in out
    assert "Tindak lanjut PPK lewat tenggat: 0" in out


def test_json_with_a_range_and_english_labels(env: Env, cases: None) -> None:
    code, out, err = _run(
        env, "--from", "04/10/2024", "--to", "2024-10-31", "--json", "--lang", "en"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["received_from"] == "2024-10-04" and data["received_to"] == "2024-10-31"
    assert data["total"] == 1
    assert data["office"] == "Diskominfotik Provinsi NTB"
    status = {s["key"]: s for s in data["by_status"]}
    assert status["diverifikasi"]["count"] == 1
    assert status["diverifikasi"]["label"] != "Diverifikasi"  # translated
    assert "translatable" not in status["diverifikasi"]
    assert [a["label"] for a in data["by_agency"]] == ["Dinas Kesehatan"]


def test_a_monitor_gets_their_own_workload_only(env: Env, cases: None) -> None:
    code, out, err = _run(env, "--json", user="monitor2")
    assert code == 0, err
    data = json.loads(out)
    assert not data["office_wide"]
    assert [m["name"] for m in data["by_monitor"]] == ["Ni Made Pemantau Dua"]


def test_bad_input_is_explained(env: Env) -> None:
    code, _, err = _run(env, "--from", "31/02/2024")
    assert code == 2 and "--from: tanggal \u201c31/02/2024\u201d tidak dapat dibaca" in err
    code, _, err = _run(env, "--from", "2024-10-10", "--to", "2024-10-01")
    assert code == 2 and "Rentang tanggal terbalik" in err
    code, _, err = _run(env, user=None)
    assert code != 0 and "--user" in err
