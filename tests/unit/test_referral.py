"""ReferralService rules (issue 7, items 3 and 4): who may forward what, to whom, with which
letter number, and what the PPK's follow-up must say. Plus the CLI over them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json

import pytest

from asn_monitor.cli import main
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case
from asn_monitor.errors import (
    NotFound,
    PermissionDenied,
    TransitionRefused,
    ValidationError,
)
from asn_monitor.services.cases import CaseService
from asn_monitor.services.queue import QueueService
from asn_monitor.services.referral import Outcome, ReferralService
from tests.unit.conftest import Env
from tests.unit.factories import PASSWORD, approve, case_fields, prepare_for_review, subject_fields

LETTER_DAY = dt.date(2024, 10, 15)  # the fake clock's today


def submitted(env: Env, nip_tail: str = "1", **fields: object) -> Case:
    mon = CaseService(env.db, env.monitor)
    case = mon.create(
        case_fields(**fields), subject=subject_fields(nip=f"19860926201505100{nip_tail}")
    )
    case = mon.transition(case.id, case.version, "claim")
    prepare_for_review(env.db, env.monitor, case.id)
    return mon.transition(case.id, case.version, "submit")


def approved(env: Env, nip_tail: str = "1", **fields: object) -> Case:
    case = submitted(env, nip_tail, **fields)
    return approve(env.db, env.supervisor, case.id)


def service(env: Env, actor: str = "supervisor") -> ReferralService:
    return ReferralService(env.db, getattr(env, actor))


def referred(env: Env, nip_tail: str = "1", letter_number: str = "") -> Case:
    case = approved(env, nip_tail)
    referrals = service(env)
    draft = referrals.draft(case.id)
    draft.ppk_name = "Dr. H. Lalu Wirasakti, M.Si."
    draft.letter_number = letter_number
    return referrals.refer(case.id, case.version, draft)


def test_an_unapproved_case_is_not_referred(env: Env) -> None:
    case = submitted(env)
    referrals = service(env)
    draft = dataclasses.replace(referrals.draft(case.id), ppk_name="Dr. Contoh")
    with pytest.raises(TransitionRefused, match="belum disetujui supervisor"):
        referrals.refer(case.id, case.version, draft)
    assert referrals.get(case.id) is None
    assert CaseService(env.db, env.supervisor).get(case.id).status is Status.DINILAI


def test_a_monitor_may_not_refer(env: Env) -> None:
    case = approved(env)
    draft = dataclasses.replace(service(env).draft(case.id), ppk_name="Dr. Contoh")
    with pytest.raises(PermissionDenied):
        service(env, "monitor").refer(case.id, case.version, draft)


def test_kasn_takes_only_acts_up_to_23_august_2024(env: Env) -> None:
    late = approved(env, "1", act_date="2024-08-24", known_date="2024-08-25")
    referrals = service(env)
    assert "kasn" not in {a.code for a in referrals.addressees(late.act_date)}
    assert "bkn" in {a.code for a in referrals.addressees(late.act_date)}
    kasn = referrals.addressee("kasn")
    draft = dataclasses.replace(
        referrals.draft(late.id),
        addressee_code="kasn",
        addressee=kasn.name,
        ppk_name="Dr. Contoh",
    )
    with pytest.raises(ValidationError) as caught:
        referrals.refer(late.id, late.version, draft)
    message = str(caught.value.field_errors["addressee_code"])
    assert "sampai 2024-08-23" in message and "BKN" in message
    assert CaseService(env.db, env.supervisor).get(late.id).status is Status.DISETUJUI

    early = approved(env, "2", act_date="2024-08-23", known_date="2024-08-25")
    assert "kasn" in {a.code for a in referrals.addressees(early.act_date)}
    draft = dataclasses.replace(draft, addressee_code="kasn")
    case = referrals.refer(early.id, early.version, draft)
    assert case.status is Status.DITERUSKAN


def test_the_draft_suggests_the_regency_and_remembers_the_ppk(env: Env) -> None:
    case = approved(env)
    referrals = service(env)
    draft = referrals.draft(case.id)
    # The subject's agency is provincial (no regency named): the province's BKD.
    assert draft.addressee_code == "bkd_ntb" and draft.ppk_name == ""
    assert draft.letter_date == LETTER_DAY
    assert draft.followup_due == LETTER_DAY + dt.timedelta(days=referrals.followup_days())
    draft.ppk_name = "Dr. H. Lalu Wirasakti, M.Si."
    referrals.refer(case.id, case.version, draft)
    assert referrals.remembered_ppk_name("bkd_ntb") == "Dr. H. Lalu Wirasakti, M.Si."
    second = approved(env, "2")
    assert referrals.draft(second.id).ppk_name == "Dr. H. Lalu Wirasakti, M.Si."


def test_automatic_numbers_come_from_the_hub_in_sequence(env: Env) -> None:
    first, second = referred(env, "1"), referred(env, "2")
    referrals = service(env)
    for case in (first, second):
        referral = referrals.get(case.id)
        assert referral is not None and not referral.letter_number_final
        assert referral.letter_number.startswith("SEMENTARA-")
    assert referrals.next_number_hint(LETTER_DAY) == "800/001/Diskominfotik/X/2024"
    env.sync()
    numbers = [referrals.get(c.id).letter_number for c in (first, second)]  # type: ignore[union-attr]
    assert numbers == ["800/001/Diskominfotik/X/2024", "800/002/Diskominfotik/X/2024"]
    assert referrals.next_number_hint(LETTER_DAY) == "800/003/Diskominfotik/X/2024"
    assert referrals.next_number_hint(LETTER_DAY, "B-{nomor}/{bulan}/{tahun}") == "B-3/10/2024"


def test_a_typed_letter_number_in_use_is_refused_naming_the_case(env: Env) -> None:
    first = referred(env, "1", letter_number="800/123/Diskominfotik/X/2024")
    number = CaseService(env.db, env.supervisor).get(first.id).number
    case = approved(env, "2")
    referrals = service(env)
    draft = dataclasses.replace(
        referrals.draft(case.id),
        ppk_name="Dr. Contoh",
        letter_number="  800/123/Diskominfotik/X/2024 ",
    )
    with pytest.raises(ValidationError) as caught:
        referrals.refer(case.id, case.version, draft)
    message = str(caught.value.field_errors["letter_number"])
    assert "sudah dipakai" in message and number in message
    assert referrals.get(case.id) is None


def test_the_letter_pattern_is_checked_and_kept(env: Env) -> None:
    referrals = service(env)
    with pytest.raises(ValidationError, match="tepat satu kali"):
        referrals.set_letter_pattern("800/Diskominfotik/{tahun}")
    with pytest.raises(ValidationError, match="tidak dikenal"):
        referrals.set_letter_pattern("800/{nomor}/{hari}")
    with pytest.raises(PermissionDenied):
        service(env, "monitor").set_letter_pattern("B-{nomor}/{tahun}")
    referrals.set_letter_pattern(" B-{nomor:2}/{bulan_romawi}/{tahun} ")
    assert referrals.letter_pattern() == "B-{nomor:2}/{bulan_romawi}/{tahun}"
    case = referred(env)
    env.sync()
    assert referrals.get(case.id).letter_number == "B-01/X/2024"  # type: ignore[union-attr]


def test_follow_up_dates_and_fields_are_checked(env: Env) -> None:
    case = referred(env)
    referrals = service(env)
    env.clock.advance(days=20)
    with pytest.raises(ValidationError) as caught:
        referrals.record_followup(
            case.id,
            case.version,
            Outcome.IMPOSED,
            outcome_date=LETTER_DAY - dt.timedelta(days=1),
        )
    errors = caught.value.field_errors
    assert "sebelum tanggal surat penerusan" in str(errors["outcome_date"])
    assert set(errors) == {"outcome_date", "sanction_imposed", "decree_number", "decree_date"}
    with pytest.raises(ValidationError) as caught:
        referrals.record_followup(
            case.id,
            case.version,
            Outcome.IMPOSED,
            outcome_date=LETTER_DAY + dt.timedelta(days=5),
            sanction_imposed="Hukuman disiplin ringan: teguran lisan",
            decree_number="800/12/BKD/2024",
            decree_date=LETTER_DAY - dt.timedelta(days=2),
        )
    assert set(caught.value.field_errors) == {"decree_date"}
    with pytest.raises(ValidationError) as caught:
        referrals.record_followup(
            case.id, case.version, Outcome.NONE, outcome_date=LETTER_DAY + dt.timedelta(days=5)
        )
    assert set(caught.value.field_errors) == {"outcome_note"}
    assert CaseService(env.db, env.supervisor).get(case.id).status is Status.DITERUSKAN

    done = referrals.record_followup(
        case.id,
        case.version,
        Outcome.IMPOSED,
        outcome_date=LETTER_DAY + dt.timedelta(days=5),
        sanction_imposed="Hukuman disiplin ringan: teguran lisan",
        decree_number="800/12/BKD/2024",
        decree_date=LETTER_DAY + dt.timedelta(days=4),
    )
    assert done.status is Status.DITINDAKLANJUTI
    referral = referrals.get(case.id)
    assert referral is not None and referral.outcome is Outcome.IMPOSED
    assert referral.decree_date == LETTER_DAY + dt.timedelta(days=4)
    closed = CaseService(env.db, env.supervisor).transition(done.id, done.version, "close")
    assert closed.status is Status.SELESAI


def test_overdue_follow_ups_are_listed_and_escalated(env: Env) -> None:
    case = referred(env)
    referrals = service(env)
    queue = QueueService(env.db, env.supervisor)
    view = next(v for v in queue.views() if v.key == "followup_overdue")
    assert referrals.overdue() == [] and queue.count(view.filter) == 0
    with pytest.raises(NotFound):
        referrals.escalate(approved(env, "2").id, "belum diteruskan")

    env.clock.advance(days=referrals.followup_days() + 3)
    rows = referrals.overdue()
    assert [(r["case_id"], r["days_overdue"]) for r in rows] == [(case.id, 3)]
    assert [r["id"] for r in queue.rows(view.filter)] == [case.id]

    with pytest.raises(PermissionDenied):
        service(env, "monitor").escalate(case.id, "Surat pengingat dikirim.")
    with pytest.raises(ValidationError, match="wajib diisi"):
        referrals.escalate(case.id, "  ")
    referrals.escalate(case.id, "Surat pengingat dikirim; PPK belum menjawab.")
    assert [e["body"] for e in referrals.escalations(case.id)] == [
        "Surat pengingat dikirim; PPK belum menjawab."
    ]
    assert referrals.overdue()[0]["escalated_at"] is not None

    fresh = CaseService(env.db, env.supervisor).get(case.id)
    referrals.record_followup(
        case.id, fresh.version, Outcome.NONE, outcome_date=referrals.today(), note="Tidak ada."
    )
    assert referrals.overdue() == [] and queue.count(view.filter) == 0
    with pytest.raises(TransitionRefused):
        referrals.escalate(case.id, "terlambat")


def test_followup_without_a_referral_is_refused(env: Env) -> None:
    case = approved(env)
    with pytest.raises(NotFound):
        service(env).record_followup(
            case.id, case.version, Outcome.NONE, outcome_date=LETTER_DAY, note="x"
        )


# -- the CLI ---------------------------------------------------------------------------


def _run(env: Env, *args: str, user: str = "supervisor") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [*args, "--workspace", str(env.workspace.directory), "--user", user], out=out, err=err
    )
    return code, out.getvalue(), err.getvalue()


def test_referral_commands(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASN_MONITOR_PASSWORD", PASSWORD)
    first, second = approved(env, "1"), approved(env, "2")
    env.sync()
    cases = CaseService(env.db, env.supervisor)
    one, two = cases.get(first.id).number, cases.get(second.id).number

    code, out, err = _run(env, "referral", "refer", one, "--ppk-name", "Dr. Contoh")
    assert code == 0, err
    # The CLI runs on today's real date: the hub numbered it at once.
    year = dt.date.today().year
    assert "/Diskominfotik/" in out and f"{year}." in out
    code, _, err = _run(
        env, "referral", "refer", two, "--ppk-name", "Dr. Contoh", "--addressee", "kasn"
    )
    assert code == 2 and "BKN" in err
    code, out, err = _run(
        env, "referral", "refer", two, "--addressee", "bkn", "--letter-number", "800/77/X"
    )
    assert code == 2 and "Nama PPK wajib diisi" in err
    code, out, err = _run(
        env,
        "referral",
        "refer",
        two,
        "--addressee",
        "bkn",
        "--ppk-name",
        "Dr. Contoh",
        "--letter-number",
        "800/77/X",
        "--date",
        "2024-10-15",
        "--due",
        "2024-10-20",
    )
    assert code == 0 and "800/77/X" in out, err

    code, out, _ = _run(env, "referral", "show", "800/77/X")
    assert code == 0 and two in out and "Kepala Badan Kepegawaian Negara" in out
    code, out, _ = _run(env, "referral", "overdue", "--json")
    rows = json.loads(out)
    assert [r["number"] for r in rows] == [two] and rows[0]["days_overdue"] > 0
    code, _, err = _run(env, "referral", "show", "TIDAK-ADA")
    assert code == 4 and "TIDAK-ADA" in err
    code, out, err = _run(
        env,
        "referral",
        "followup",
        two,
        "--outcome",
        "imposed",
        "--sanction",
        "Teguran lisan",
        "--decree-number",
        "800/1/BKN",
        "--decree-date",
        "2024-10-10",
    )
    assert code == 2 and "sebelum tanggal surat penerusan" in err
    code, out, err = _run(env, "referral", "followup", two, "--outcome", "none", "--note", "Nihil")
    assert code == 0, err
    assert cases.get(second.id).status is Status.DITINDAKLANJUTI
