"""Importing reports: preview by line, commit, idempotency, duplicates each way."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from asn_monitor.errors import PermissionDenied, ValidationError
from asn_monitor.intake.problems import Severity
from asn_monitor.intake.sources import read_table
from asn_monitor.services.cases import CaseService
from asn_monitor.services.evidence import EvidenceService
from asn_monitor.services.intake import DuplicateAction, IntakeService, RowState
from asn_monitor.services.registry import RegistryService
from tests.unit.conftest import Env
from tests.unit.factories import (
    NIP_1,
    NIP_2,
    case_fields,
    reporter_fields,
    subject_fields,
    tiny_png,
)

HEADER = "id_laporan;tanggal_laporan;nama_pelapor;kontak;ringkasan;tempat;tautan;nip;nama_terlapor;instansi;tanggal_kejadian\n"


def _table(text: str, encoding: str = "utf-8"):
    return read_table(text.encode(encoding), "laporan.csv")


def _messages(row) -> list[str]:
    return [p.message.message() for p in row.report.problems]


def test_preview_lists_every_problem_by_line_and_commits_nothing(env: Env) -> None:
    text = HEADER + (
        "W1;04/10/2024;Ani;0812;Foto dua jari;Mataram;https://fb.com/guru/posts/1;;;;01/10/2024\n"
        "W2;04/10/2024;Budi;;Tanggal rusak;;;;;;31/09/2024\n"
        "W3;04/10/2024;Caca;;;;;;;;\n"
        f"W4;04/10/2024;Dedi;;NIP salah;;;{NIP_1[:-1]};Fulan;Dinas Sosial;\n"
        "W5;04/10/2024;Eka;;Instansi aneh;;;;Fulan;Dinas Kesehatn;\n"
        "W6;04/10/2024;;0877;Tanpa pelapor bernama;;;;;;\n"
    )
    service = IntakeService(env.db, env.monitor)
    before = env.db.scalar("SELECT count(*) FROM cases")
    preview = service.preview_table(_table(text), "laporan.csv")
    assert env.db.scalar("SELECT count(*) FROM cases") == before
    by_line = {r.line: r for r in preview.rows}
    assert by_line[2].state is RowState.OK
    assert by_line[2].report.case["summary"] == "Foto dua jari\nTempat: Mataram"
    assert by_line[3].state is RowState.ERROR and "31/09/2024" in _messages(by_line[3])[0]
    assert by_line[4].state is RowState.ERROR and "wajib diisi" in _messages(by_line[4])[0]
    assert by_line[5].state is RowState.ERROR
    assert "NIP harus 18 digit; yang dimasukkan 17 digit" in _messages(by_line[5])[0]
    assert by_line[6].state is RowState.WARNING
    assert "mungkin maksudnya \u201cDinas Kesehatan\u201d" in _messages(by_line[6])[0]
    assert (
        by_line[7].state is RowState.WARNING and by_line[7].report.reporter["name"] == "Tanpa nama"
    )
    result = service.commit(preview)
    assert [line for line, _ in result.created] == [2, 6, 7]
    assert [line for line, _ in result.skipped] == [3, 4, 5]


def test_reimporting_the_same_rows_creates_nothing_new(env: Env) -> None:
    text = HEADER + "W1;04/10/2024;Ani;0812;Foto;;https://fb.com/a/posts/1;;;;\n"
    text += ";04/10/2024;Budi;0813;Tanpa id;;;;;;\n"
    service = IntakeService(env.db, env.monitor)
    first = service.commit(service.preview_table(_table(text)))
    assert len(first.created) == 2
    count = env.db.scalar("SELECT count(*) FROM cases")
    # The same rows, reordered and saved by Excel with a BOM and semicolons → same keys.
    lines = text.splitlines()
    reordered = "\n".join([lines[0], lines[2], lines[1]]) + "\n"
    again = service.preview_table(read_table(codecs.BOM_UTF8 + reordered.encode()))
    assert [r.state for r in again.rows] == [RowState.ALREADY, RowState.ALREADY]
    result = service.commit(again)
    assert not result.created and len(result.already) == 2
    assert env.db.scalar("SELECT count(*) FROM cases") == count


def test_a_row_repeated_in_the_file_is_imported_once(env: Env) -> None:
    row = "W1;04/10/2024;Ani;0812;Foto;;https://fb.com/a/posts/1;;;;\n"
    preview = IntakeService(env.db, env.monitor).preview_table(_table(HEADER + row + row))
    assert preview.rows[1].state is RowState.ERROR
    assert "Sama persis dengan baris 2" in _messages(preview.rows[1])[-1]


def test_duplicate_of_an_existing_case_by_normalised_url(env: Env) -> None:
    cases = CaseService(env.db, env.monitor)
    existing = cases.create(
        case_fields(post_urls=["https://www.facebook.com/story.php?story_fbid=77&id=5"])
    )
    text = (
        HEADER
        + "W9;05/10/2024;Ani;0812;Sama;;https://m.facebook.com/story.php?id=5&story_fbid=77&fbclid=Iw;;;;\n"
    )
    service = IntakeService(env.db, env.monitor)
    preview = service.preview_table(_table(text))
    (row,) = preview.rows
    assert row.state is RowState.DUPLICATE
    assert [m.number for m in row.duplicates] == [existing.number]
    assert existing.number in _messages(row)[-1]
    result = service.commit(preview)  # default: link
    (_line, number, linked_to) = result.linked[0]
    assert linked_to == existing.number
    new = env.db.query_one("SELECT duplicate_of FROM cases WHERE number = ?", (number,))
    assert new["duplicate_of"] == existing.id


def test_duplicate_by_nip_and_act_date(env: Env) -> None:
    cases = CaseService(env.db, env.monitor)
    existing = cases.create(case_fields(act_date="2024-10-01"), subject=subject_fields())
    text = HEADER + f"W9;05/10/2024;Ani;0812;Lagi;;;{NIP_1};;;01/10/2024\n"
    text += f"W10;05/10/2024;Ani;0812;Lain hari;;;{NIP_1};;;02/10/2024\n"
    preview = IntakeService(env.db, env.monitor).preview_table(_table(text))
    assert [m.case_id for m in preview.rows[0].duplicates] == [existing.id]
    assert "NIP dan tanggal perbuatan sama" in _messages(preview.rows[0])[-1]
    assert preview.rows[1].state is not RowState.DUPLICATE


def test_duplicate_by_screenshot_hash_at_intake(env: Env, tmp_path: Path) -> None:
    shot = tmp_path / "layar.png"
    shot.write_bytes(tiny_png("layar"))
    evidence = EvidenceService(env.db, env.monitor, env.workspace.evidence(env.db))
    service = IntakeService(env.db, env.monitor, evidence=evidence)
    first = service.register(
        case_fields(post_urls=[]), reporter=reporter_fields(), screenshots=[shot]
    )
    copy = tmp_path / "salinan.png"
    copy.write_bytes(shot.read_bytes())
    matches = service.duplicates_for(case_fields(post_urls=[]), None, [copy])
    assert [m.case_id for m in matches] == [first.id]
    assert matches[0].reasons == ["tangkapan layar sama"]


def test_merge_adds_links_reporter_and_a_note_without_the_reporters_name(env: Env) -> None:
    cases = CaseService(env.db, env.monitor)
    existing = cases.create(
        case_fields(post_urls=["https://facebook.com/a/posts/1"], known_date=None)
    )
    service = IntakeService(env.db, env.monitor)
    merged = service.merge_into(
        existing.id,
        case_fields(
            post_urls=["https://m.facebook.com/a/posts/1/", "https://facebook.com/a/posts/2"],
            known_date="2024-10-03",
            summary="Pelapor kedua melihat unggahan yang sama",
        ),
        reporter_fields(name="Pelapor Kedua"),
    )
    assert merged.post_urls == (
        "https://facebook.com/a/posts/1",
        "https://facebook.com/a/posts/2",
    )
    assert merged.known_date is not None and merged.has_reporter
    (note,) = cases.notes(existing.id)
    assert "Pelapor kedua melihat" in note.body and "Pelapor Kedua" not in note.body
    with pytest.raises(ValidationError, match="sudah memiliki pelapor"):
        service.merge_into(existing.id, case_fields(), reporter_fields(name="Ketiga"))


def test_merge_refused_where_the_user_may_not_edit(env: Env) -> None:
    existing = CaseService(env.db, env.monitor).create(case_fields())
    CaseService(env.db, env.monitor).transition(existing.id, existing.version, "claim")
    with pytest.raises(PermissionDenied, match="Tautkan"):
        IntakeService(env.db, env.monitor2).merge_into(existing.id, case_fields())


def test_merging_an_import_row_is_idempotent_too(env: Env) -> None:
    existing = CaseService(env.db, env.monitor).create(
        case_fields(post_urls=["https://twitter.com/a/status/9"])
    )
    text = HEADER + "W9;05/10/2024;;;Sama;;https://x.com/A/status/9?s=20;;;;\n"
    service = IntakeService(env.db, env.monitor)
    result = service.commit(service.preview_table(_table(text)), DuplicateAction.MERGE)
    assert result.merged == [(2, existing.number)]
    again = service.preview_table(_table(text))
    assert again.rows[0].state is RowState.ALREADY
    assert len(CaseService(env.db, env.monitor).notes(existing.id)) == 1


def test_rows_repeating_a_post_within_the_file_link_to_the_first(env: Env) -> None:
    text = HEADER + "W1;05/10/2024;;;Pertama;;https://fb.com/a/posts/5;;;;\n"
    text += "W2;05/10/2024;;;Kedua;;https://www.facebook.com/a/posts/5/?mibextid=1;;;;\n"
    service = IntakeService(env.db, env.monitor)
    preview = service.preview_table(_table(text))
    assert preview.rows[1].same_as_line == 2
    result = service.commit(preview)
    first = result.created[0][1]
    assert result.linked[0][2] == first
    skip = IntakeService(env.db, env.monitor).preview_table(
        _table(text.replace("W1", "W7").replace("W2", "W8"))
    )
    result = service.commit(skip, DuplicateAction.SKIP)
    assert result.declined == [2, 3] and not result.created


def test_commit_in_chunks_with_progress_and_cancel(env: Env) -> None:
    rows = "".join(f"W{i};05/10/2024;;;Laporan nomor {i};;;;;;\n" for i in range(25))
    service = IntakeService(env.db, env.monitor)
    preview = service.preview_table(_table(HEADER + rows))
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 20  # cancel after the second chunk

    commits: list[None] = []
    env.db.on_commit.append(lambda: commits.append(None))
    result = service.commit(preview, progress=progress, chunk=10)
    assert seen == [(10, 25), (20, 25)] and result.cancelled
    assert len(result.created) == 20 and len(commits) == 2
    # What was left can be imported later: the first twenty are recognised.
    rest = service.commit(service.preview_table(_table(HEADER + rows)))
    assert len(rest.created) == 5 and len(rest.already) == 20


def test_subject_filled_from_the_registry_by_nip(env: Env) -> None:
    registry = RegistryService(env.db, env.supervisor)
    registry.commit(
        registry.preview(
            read_table(
                f"NIP,Nama,Instansi,Jabatan,Pangkat\n{NIP_2},Désy Ratnasari,Dinas Kesehatan,Perawat,III/b\n".encode()
            )
        )
    )
    text = HEADER + f"W1;05/10/2024;;;Laporan;;;{NIP_2};;;\n"
    service = IntakeService(env.db, env.monitor)
    preview = service.preview_table(_table(text))
    row = preview.rows[0]
    assert row.report.subject["name"] == "Désy Ratnasari"
    assert row.report.problems[0].severity is Severity.NOTICE
    result = service.commit(preview)
    case = CaseService(env.db, env.monitor).by_number(result.created[0][1])
    assert CaseService(env.db, env.monitor).subject(case.subject_id).agency == "Dinas Kesehatan"


def test_a_partly_named_subject_is_kept_in_the_summary(env: Env) -> None:
    text = HEADER + "W1;05/10/2024;;;Laporan;;;;Pak Guru;;\n"
    preview = IntakeService(env.db, env.monitor).preview_table(_table(text))
    row = preview.rows[0]
    assert row.state is RowState.WARNING and row.report.subject is None
    assert "Terlapor menurut pelapor: name: Pak Guru" in row.report.case["summary"]


def test_json_and_windows_1252_imports(env: Env) -> None:
    service = IntakeService(env.db, env.monitor)
    data = '[{"summary": "Komentar", "reporter_name": "Ñoño", "date_received": "2024-10-05"}]'
    preview = service.preview_table(read_table(data.encode()))
    assert preview.rows[0].state is RowState.OK
    assert preview.rows[0].report.reporter["name"] == "Ñoño"
    text = HEADER + "W1;05/10/2024;José Ñandú;;Café;;;;;;\n"
    preview = service.preview_table(read_table(text.encode("cp1252"), "x.csv"))
    assert preview.rows[0].report.reporter["name"] == "José Ñandú"
    assert preview.table.encoding == "cp1252"


def test_admin_may_not_import_reports(env: Env) -> None:
    from asn_monitor.domain.roles import Role

    admin = env.add_user("admin", Role.ADMIN)
    with pytest.raises(PermissionDenied):
        IntakeService(env.db, admin).preview_table(_table(HEADER))


def test_links_with_accents_are_found_even_when_stored_escaped(env: Env) -> None:
    import json

    from asn_monitor.services.duplicates import DuplicateFinder

    case = CaseService(env.db, env.monitor).create(case_fields(post_urls=[]))
    with env.db.transaction(env.monitor.id) as tx:
        # Another writer may store the list with \\u escapes (json.dumps' default).
        tx.update(
            "case",
            case.id,
            case.version,
            {"post_urls": json.dumps(["https://www.facebook.com/zulkarnaén/posts/88"])},
        )
    finder = DuplicateFinder(env.db)
    found = finder.find(["https://m.facebook.com/Zulkarnaén/posts/88/?fbclid=1"])
    assert [m.case_id for m in found] == [case.id]
    assert finder.find(["https://facebook.com/zulkarnaén/posts/89"]) == []
