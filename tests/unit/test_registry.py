"""The BKD personnel list: import with preview, upsert by NIP, search as you type."""

from __future__ import annotations

import pytest

from asn_monitor.errors import PermissionDenied
from asn_monitor.intake.problems import SourceUnreadable
from asn_monitor.intake.sources import read_table
from asn_monitor.services.cases import CaseService
from asn_monitor.services.registry import RegistryService, fold_name
from asn_monitor.services.subjects import SubjectService
from tests.unit.conftest import Env
from tests.unit.factories import NIP_1, NIP_2, NIP_3, case_fields, subject_fields

BKD = (
    "NIP;Nama;Unit Kerja;Jabatan;Golongan\n"
    f"{NIP_1};Nur'aini, S.Pd.;Dinas Pendidikan dan Kebudayaan;Guru Ahli Pertama;III/a\n"
    f"{NIP_2};Désy Ratnasari;Dinas Kesehatan;Perawat;III/b\n"
    f"{NIP_3};I Wayan Sudarma;BAPPEDA;Analis;III/c\n"
    "3201011501900001;Salah Nomor;Dinas Sosial;;\n"
    f"{NIP_2};Désy Lagi;Dinas Kesehatan;;\n"
)


def _preview(service: RegistryService, text: str = BKD, encoding: str = "cp1252"):
    return service.preview(read_table(text.encode(encoding), "bkd.csv"), "bkd.csv")


def test_preview_then_import_and_upsert_by_nip(env: Env) -> None:
    service = RegistryService(env.db, env.supervisor)
    preview = _preview(service)
    states = [(r.line, r.has_errors) for r in preview.rows]
    assert states == [(2, False), (3, False), (4, False), (5, True), (6, True)]
    assert "NIK" in preview.rows[3].problems[0].message.message()
    assert "sudah ada di baris 3" in preview.rows[4].problems[0].message.message()
    assert "Badan Perencanaan" in preview.rows[2].problems[0].message.message()  # BAPPEDA
    assert service.count() == 0
    result = service.commit(preview)
    assert (result.added, result.updated, len(result.skipped)) == (3, 0, 2)
    # The next month's list: one promotion, the rest unchanged.
    changed = BKD.replace("Guru Ahli Pertama;III/a", "Guru Ahli Muda;III/c")
    again = _preview(service, changed)
    assert [r.changes for r in again.rows[:3]] == [
        {"position": "Guru Ahli Muda", "rank": "III/c"},
        {},
        {},
    ]
    result = service.commit(again)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 2)
    entry = service.by_nip(NIP_1)
    assert entry and entry.rank == "III/c" and entry.version == 2


def test_only_supervisor_or_admin_imports_the_registry(env: Env) -> None:
    service = RegistryService(env.db, env.monitor)
    preview = _preview(service)  # a monitor may look
    with pytest.raises(PermissionDenied, match="supervisor atau admin"):
        service.commit(preview)


def test_missing_columns_are_named(env: Env) -> None:
    with pytest.raises(SourceUnreadable, match="NIP"):
        _preview(RegistryService(env.db, env.supervisor), "Nama;Instansi\nA;B\n")


def test_search_by_name_prefix_any_word_accents_apostrophes_or_nip(env: Env) -> None:
    service = RegistryService(env.db, env.supervisor)
    service.commit(_preview(service))
    names = lambda text: [e.name for e in service.search(text)]  # noqa: E731
    assert names("nura") == ["Nur'aini, S.Pd."]
    assert names("nur'ai") == ["Nur'aini, S.Pd."]
    assert names("DESY") == ["Désy Ratnasari"]
    assert names("wayan") == ["I Wayan Sudarma"]
    assert names("i wayan s") == ["I Wayan Sudarma"]
    assert names("1986 09") == ["Nur'aini, S.Pd."]
    assert names("zzz") == [] and names("") == []
    # A new record is found without restarting: the index notices the change.
    service.commit(_preview(service, f"NIP;Nama;Instansi\n{NIP_3[:-1]}9;Nurul Huda;Dinas Sosial\n"))
    assert names("nur") == ["Nur'aini, S.Pd.", "Nurul Huda"]
    assert fold_name("Nur’Aini  Désy") == "nuraini desy"


def test_account_owner_is_recognised(env: Env) -> None:
    cases = CaseService(env.db, env.monitor)
    cases.create(case_fields(account_handle="@Nuraini.Spd"), subject=subject_fields())
    subjects = SubjectService(env.db, env.monitor)
    owners = subjects.owners_of_account("facebook", "nuraini.spd")
    assert [s.name for s in owners] == ["Nur'aini, S.Pd."]
    assert subjects.owners_of_account("instagram", "nuraini.spd") == []
    assert subjects.owners_of_account(None, "@NURAINI.SPD")[0].nip == NIP_1
