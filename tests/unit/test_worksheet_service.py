"""The worksheet as stored and checked: acts with evidence, factors, proposal, catalogue."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case
from asn_monitor.errors import PermissionDenied, ValidationError
from asn_monitor.services.cases import CaseService
from asn_monitor.services.catalogue import CatalogueService
from asn_monitor.services.worksheet import WorksheetAct, WorksheetService
from asn_monitor.store.integrity import check_database
from asn_monitor.worksheet import CatalogueInvalid, Category, Level, editing
from tests.unit.conftest import Env
from tests.unit.factories import NIP_1, approve, case_fields, prepare_for_review, subject_fields


def _held(env: Env, **fields: object) -> Case:
    cases = CaseService(env.db, env.monitor)
    case = cases.create(case_fields(**fields), subject=subject_fields())
    return cases.transition(case.id, case.version, "claim")


def _evidence(env: Env, case: Case) -> str:
    prepare_for_review(env.db, env.monitor, case.id)  # evidence + a first worksheet
    return str(env.db.scalar("SELECT id FROM evidence WHERE case_id = ?", (case.id,)))


def test_a_like_before_and_after_designation(env: Env) -> None:
    sheets = WorksheetService(env.db, env.monitor)
    before = _held(env, candidacy_stage="bakal_calon")
    after = _held(env, candidacy_stage="kampanye")
    early = sheets.recommendation(before.id, acts=["like"], factors={})
    late = sheets.recommendation(after.id, acts=["like"], factors={})
    assert (early.category, early.level) == (Category.ETHICS, Level.MORAL)
    assert (late.category, late.level) == (Category.DISCIPLINE, Level.HEAVY)
    assert late.basis and any("94/2021" in line for line in late.basis)


def test_saving_keeps_acts_factors_and_the_computed_summary(env: Env) -> None:
    case = _held(env)
    evidence_id = _evidence(env, case)
    sheets = WorksheetService(env.db, env.monitor)
    sheet = sheets.get(case.id)
    saved = sheets.save(
        case.id,
        sheet.version,
        acts=[
            WorksheetAct("share", (evidence_id,), detail="Membagikan visi-misi"),
            WorksheetAct("support_gesture", (evidence_id,)),
        ],
        factors={"followers": 12000, "original_post": True},
        proposed_option=None,
        justification="Jangkauan luas.",
    )
    by_act = {a.act: a for a in saved.acts}
    assert sorted(by_act) == ["share", "support_gesture"]
    assert by_act["share"].detail == "Membagikan visi-misi"
    assert saved.factors == {"followers": 12000, "original_post": True}
    assert saved.computed_level is Level.HEAVY and saved.regime == "skb-2022"
    assert saved.prepared_by == env.monitor.id
    # Dropping an act deletes its row; the change log keeps the story.
    again = sheets.save(
        case.id, saved.version, acts=[WorksheetAct("share", (evidence_id,))], factors={}
    )
    assert [a.act for a in again.acts] == ["share"]
    report = check_database(env.db)
    assert report.healthy, report.problems


def test_review_needs_a_complete_worksheet(env: Env) -> None:
    cases = CaseService(env.db, env.monitor)
    case = _held(env)
    with pytest.raises(ValidationError, match="lembar sanksi belum memuat perbuatan"):
        cases.transition(case.id, case.version, "submit")
    evidence_id = _evidence(env, case)
    sheets = WorksheetService(env.db, env.monitor)
    sheet = sheets.get(case.id)
    # An act without evidence, and a heavier level than computed without a reason.
    sheets.save(
        case.id,
        sheet.version,
        acts=[WorksheetAct("share", (evidence_id,)), WorksheetAct("banner", ())],
        factors={},
        proposed_level=Level.DISMISSAL,
        proposed_option=sheet.proposed_option,
        justification="x",
    )
    problems = sheets.problems(cases.get(case.id))
    assert "ada perbuatan yang belum dikaitkan dengan bukti" in problems
    assert "tingkat berbeda dari hasil hitungan tanpa alasan tertulis" in problems
    with pytest.raises(ValidationError, match="belum dikaitkan dengan bukti"):
        cases.transition(case.id, case.version, "submit")
    sheet = sheets.get(case.id)
    sheets.save(
        case.id,
        sheet.version,
        acts=[WorksheetAct("share", (evidence_id,))],
        factors={},
        proposed_level=Level.DISMISSAL,
        proposed_option=sheet.proposed_option,
        justification="x",
        level_reason="Mengulang setelah ditegur dua kali.",
    )
    assert sheets.problems(cases.get(case.id)) == []
    assert cases.transition(case.id, case.version, "submit").status is Status.DINILAI


def test_earlier_cases_of_the_same_nip_are_counted(env: Env) -> None:
    cases = CaseService(env.db, env.monitor)
    old = _held(env, act_date="2023-05-01", known_date="2023-05-02", received_date="2023-05-03")
    prepare_for_review(env.db, env.monitor, old.id)
    old = cases.transition(old.id, old.version, "submit")
    approve(env.db, env.supervisor, old.id)
    new = _held(env)
    sheets = WorksheetService(env.db, env.monitor)
    assert sheets.auto_factors(cases.get(new.id)) == {"prior_cases": 1, "prior_sanctions": 0}
    result = sheets.recommendation(new.id, acts=["share"], factors={})
    assert any(r.factor == "prior_cases" for r in result.reasons)
    history = sheets.history(new.id)
    assert [h.number for h in history] == [cases.get(old.id).number]
    assert env.db.scalar("SELECT nip FROM subjects LIMIT 1") == NIP_1


def test_only_a_supervisor_settles_conflicting_items(env: Env, tmp_path: Path) -> None:
    catalogue = CatalogueService(env.db, env.supervisor)
    data = catalogue.data()
    skb = editing.regime(data, "skb-2022")
    mapping = next(m for m in skb["mappings"] if "share" in m["acts"] and "kampanye" in m["stages"])
    other = next(
        i for i in skb["items"] if i["code"] != mapping["item"] and i.get("level") == "moral"
    )
    for regime in data["regimes"]:
        if regime["code"] == "skb-2022":
            regime["mappings"].append(
                {
                    "acts": ["share"],
                    "stages": ["kampanye"],
                    "item": other["code"],
                    "verified": False,
                }
            )
    catalogue.save(data, "Uji: dua butir untuk satu perbuatan")
    case = _held(env)
    evidence_id = _evidence(env, case)
    monitor = WorksheetService(env.db, env.monitor)
    result = monitor.recommendation(case.id, acts=["share"], factors={})
    assert result.needs_choice and result.level is None
    sheet = monitor.get(case.id)
    with pytest.raises(PermissionDenied, match="Hanya supervisor"):
        monitor.save(
            case.id,
            sheet.version,
            acts=[WorksheetAct("share", (evidence_id,))],
            factors={},
            choices={"share": mapping["item"]},
        )
    supervisor = WorksheetService(env.db, env.supervisor)
    supervisor.save(
        case.id,
        sheet.version,
        acts=[WorksheetAct("share", (evidence_id,))],
        factors={},
        choices={"share": mapping["item"]},
    )
    settled = monitor.recommendation(case.id)
    assert settled.level is Level.HEAVY and not settled.needs_choice


def test_catalogue_corrections_are_versions_and_bad_ones_are_refused(
    env: Env, tmp_path: Path
) -> None:
    service = CatalogueService(env.db, env.supervisor)
    shipped = service.current()
    data = editing.edit_item(
        service.data(), "skb-2022", "KE-5", verified=True, basis=["SKB 2022 Lampiran II angka 5"]
    )
    saved = service.save(data, "KE-5 dicocokkan dengan naskah SKB")
    assert saved.version == shipped.version + 1
    assert service.current().regimes[-1].items["KE-5"].verified
    with pytest.raises(ValidationError, match="catatan perubahan"):
        service.save(data, "  ")
    with pytest.raises(PermissionDenied):
        CatalogueService(env.db, env.monitor).save(data, "monitor")
    bad = tmp_path / "katalog.json"
    text = json.dumps(service.data(), indent=2).replace('"level": "moral"', '"level": "sangat"', 1)
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueInvalid) as info:
        service.import_file(bad, "impor rusak")
    assert info.value.line > 1 and "katalog.json" in str(info.value)
    assert service.current().version == saved.version  # the last good one stays
    data = editing.add_regime(
        service.data(),
        "skb-2026",
        {"id": "SKB 2026 (uji)", "en": "SKB 2026 (test)"},
        dt.date(2026, 1, 1),
        copy_from="skb-2022",
        sources=["Rancangan SKB 2026 (uji)"],
    )
    service.save(data, "Aturan baru untuk uji")
    assert [v.catalogue_version for v in service.history()] == [saved.version + 1, saved.version]
    regime = service.current().regime_on(dt.date(2026, 6, 1))
    assert regime is not None and regime.code == "skb-2026" and not regime.verified
    report = check_database(env.db)
    assert report.healthy, report.problems


def test_a_correction_reaches_the_other_pc(tmp_path: Path, hasher: object) -> None:
    from tests.unit.test_sync import two_pcs

    office = next(two_pcs(tmp_path, hasher))  # type: ignore[arg-type]
    try:
        a = CatalogueService(office.a.db, office.supervisor)
        data = editing.set_verified(a.data(), "skb-2022", "D-8", True)
        saved = a.save(data, "D-8 diverifikasi")
        office.a.sync()
        office.b.sync()
        b = CatalogueService(office.b.db, office.rina)
        assert b.current().version == saved.version
        assert b.current().regimes[-1].items["D-8"].verified
    finally:
        office.a.close()
        office.b.close()
