"""The worksheet's rules engine: regime by date, item by act and stage, heaviest level wins."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from asn_monitor.domain.models import CandidacyStage, EmploymentType
from asn_monitor.errors import ValidationError
from asn_monitor.worksheet import (
    Catalogue,
    Category,
    FlagCode,
    Level,
    Recommendation,
    default_catalogue_path,
    load_catalogue,
    parse_catalogue,
    recommend,
)

TODAY = dt.date(2025, 6, 1)
CATALOGUE = load_catalogue()
BEFORE = CandidacyStage.BEFORE_DESIGNATION
DESIGNATED = CandidacyStage.DESIGNATED
CAMPAIGN = CandidacyStage.CAMPAIGN
PNS = EmploymentType.PNS
PPPK = EmploymentType.PPPK

PP53_MEDIUM = ["tunda_kgb_1th", "tunda_pangkat_1th", "turun_pangkat_1th"]
PP94_HEAVY = ["turun_jabatan_12bl", "jabatan_pelaksana_12bl", "phdtaps"]


def run(
    act_date: dt.date,
    stage: CandidacyStage | str | None,
    acts: list[str],
    factors: dict[str, Any] | None = None,
    employment: EmploymentType = PNS,
    catalogue: Catalogue = CATALOGUE,
    **kwargs: Any,
) -> Recommendation:
    return recommend(
        act_date, stage, employment, acts, factors, catalogue=catalogue, today=TODAY, **kwargs
    )


def codes(rec: Recommendation) -> list[str]:
    return [o.code for o in rec.options]


def flag_codes(rec: Recommendation) -> list[FlagCode]:
    return [f.code for f in rec.flags]


def edited(edit: Any) -> Catalogue:
    data = json.loads(default_catalogue_path().read_text(encoding="utf-8"))
    edit(data)
    return parse_catalogue(json.dumps(data, ensure_ascii=False), "edited.json")


def skb(data: dict[str, Any]) -> dict[str, Any]:
    return next(r for r in data["regimes"] if r["code"] == "skb-2022")


# --- what the issue pins ---------------------------------------------------------------


def test_the_same_like_is_ethics_before_designation_and_heavy_discipline_after() -> None:
    before = run(dt.date(2024, 9, 1), BEFORE, ["like"])
    assert before.regime.code == "skb-2022"
    assert (before.category, before.level) == (Category.ETHICS, Level.MORAL)
    assert codes(before) == ["pernyataan_tertutup", "pernyataan_terbuka"]
    assert [m.item.code for m in before.items] == ["KE-4"]
    assert "PP 42/2004 Pasal 15" in before.basis

    after = run(dt.date(2024, 9, 30), CAMPAIGN, ["like"])
    assert (after.category, after.level) == (Category.DISCIPLINE, Level.HEAVY)
    assert codes(after) == PP94_HEAVY
    assert [m.item.code for m in after.items] == ["D-6"]
    assert after.regulation == "pp94-2021"
    assert after.basis[:2] == (
        "SKB 2022 Lampiran II, pelanggaran disiplin angka 6",
        "PP 94/2021 Pasal 5 huruf n angka 5",
    )
    assert "PP 94/2021 Pasal 8" in after.basis
    # DOMAIN.md: the stage split is unverified in the official text; both say so.
    assert FlagCode.UNVERIFIED_MAPPING in flag_codes(before)
    assert FlagCode.UNVERIFIED_MAPPING in flag_codes(after)


def test_an_act_in_2018_gets_pp53_options_and_one_in_2023_pp94_options() -> None:
    old = run(dt.date(2018, 2, 1), BEFORE, ["like"])
    assert old.regime.code == "menpan-2017" and old.regulation == "pp53-2010"
    assert (old.category, old.level) == (Category.DISCIPLINE, Level.MEDIUM)
    assert codes(old) == PP53_MEDIUM
    assert "PP 53/2010 Pasal 7" in old.basis
    assert "Surat MenPAN-RB B/71/M.SM.00.00/2017 huruf e" in old.basis

    new = run(dt.date(2023, 12, 1), CAMPAIGN, ["like"])
    assert new.regime.code == "skb-2022" and new.regulation == "pp94-2021"
    assert codes(new) == PP94_HEAVY
    assert not set(codes(old)) & set(codes(new))


def test_acts_either_side_of_31_august_2021() -> None:
    day_before = run(dt.date(2021, 8, 30), DESIGNATED, ["like"])
    first_day = run(dt.date(2021, 8, 31), DESIGNATED, ["like"])
    assert day_before.regime.code == "menpan-2017"
    assert codes(day_before) == PP53_MEDIUM
    assert first_day.regime.code == "pp94-2021"
    assert (first_day.level, codes(first_day)) == (Level.HEAVY, PP94_HEAVY)
    assert "PP 94/2021 Pasal 8" in first_day.basis and "PP 53/2010 Pasal 7" not in first_day.basis


def test_skb_2022_starts_on_22_september_2022() -> None:
    assert run(dt.date(2022, 9, 21), BEFORE, ["like"]).regime.code == "pp94-2021"
    assert run(dt.date(2022, 9, 22), BEFORE, ["like"]).regime.code == "skb-2022"


@pytest.mark.parametrize(
    "act_date", [dt.date(2018, 5, 1), dt.date(2022, 1, 5), dt.date(2024, 5, 1)]
)
@pytest.mark.parametrize("stage", list(CandidacyStage))
def test_party_membership_gives_dismissal(act_date: dt.date, stage: CandidacyStage) -> None:
    rec = run(act_date, stage, ["party_membership"])
    assert (rec.category, rec.level) == (Category.DISMISSAL, Level.DISMISSAL)
    assert codes(rec) == ["ptdh"]
    assert "UU 5/2014 Pasal 87 ayat (4) huruf c" in rec.basis
    assert rec.suggested is not None and rec.suggested.code == "ptdh"


def test_several_acts_take_the_heaviest() -> None:
    rec = run(dt.date(2024, 8, 1), BEFORE, ["like", "approach_party", "photo_with_candidate"])
    assert (rec.category, rec.level) == (Category.DISCIPLINE, Level.MEDIUM)
    assert codes(rec) == ["potong_tukin_25_6bl", "potong_tukin_25_9bl", "potong_tukin_25_12bl"]
    # Every matched item is shown, heaviest first; the basis starts with the heaviest's.
    assert [m.item.code for m in rec.items] == ["D-3", "KE-4", "KE-5"]
    assert rec.basis[0] == "SKB 2022 Lampiran II, pelanggaran disiplin angka 3"

    heavier = run(dt.date(2024, 10, 1), CAMPAIGN, ["campaign_attributes", "like"])
    assert heavier.level is Level.HEAVY
    assert [m.item.code for m in heavier.items] == ["D-6", "PP94-5n2"]

    dismissal = run(dt.date(2024, 10, 1), CAMPAIGN, ["like", "party_membership", "banner"])
    assert dismissal.level is Level.DISMISSAL and dismissal.items[0].item.code == "D-5"


def test_conflicting_items_ask_the_supervisor_to_choose() -> None:
    catalogue = edited(
        lambda d: skb(d)["mappings"].append(
            {"acts": ["like"], "stages": ["kampanye"], "item": "D-3", "verified": True}
        )
    )
    assert [(c.regime, c.act, c.stage, c.items) for c in catalogue.conflicts] == [
        ("skb-2022", "like", CAMPAIGN, ("D-6", "D-3"))
    ]
    rec = run(dt.date(2024, 10, 1), CAMPAIGN, ["like"], catalogue=catalogue)
    assert rec.needs_choice
    assert (
        rec.level is None and rec.category is None and rec.options == () and rec.suggested is None
    )
    [choice] = rec.choices
    assert choice.act == "like" and [i.code for i in choice.items] == ["D-6", "D-3"]
    conflict = next(f for f in rec.flags if f.code is FlagCode.CONFLICT)
    assert "D-6, D-3" in conflict.message() and "memilih" in conflict.message()

    # The stage without the conflict is unaffected.
    assert not run(dt.date(2024, 9, 23), DESIGNATED, ["like"], catalogue=catalogue).needs_choice

    settled = run(
        dt.date(2024, 10, 1), CAMPAIGN, ["like"], catalogue=catalogue, choices={"like": "D-3"}
    )
    assert not settled.needs_choice and settled.level is Level.MEDIUM
    assert [m.item.code for m in settled.items] == ["D-3"]
    assert FlagCode.CONFLICT_RESOLVED in flag_codes(settled)

    with pytest.raises(ValidationError) as info:
        run(dt.date(2024, 10, 1), CAMPAIGN, ["like"], catalogue=catalogue, choices={"like": "KE-1"})
    assert "choices" in info.value.field_errors


def test_a_conflict_that_cannot_change_the_level_still_asks() -> None:
    catalogue = edited(
        lambda d: skb(d)["mappings"].append(
            {"acts": ["like"], "stages": ["kampanye"], "item": "D-3", "verified": True}
        )
    )
    rec = run(dt.date(2024, 10, 1), CAMPAIGN, ["like", "party_membership"], catalogue=catalogue)
    assert rec.level is Level.DISMISSAL
    assert rec.needs_choice and [c.act for c in rec.choices] == ["like"]


# --- flags ------------------------------------------------------------------------------


def test_unverified_item_is_flagged_with_its_note() -> None:
    rec = run(dt.date(2024, 10, 1), CAMPAIGN, ["leaning_activity"])
    assert rec.level is Level.HEAVY
    flag = next(f for f in rec.flags if f.code is FlagCode.UNVERIFIED_ITEM)
    assert flag.item == "D-8" and flag.note is not None and "sedang" in flag.note.id
    assert not rec.verified


def test_pppk_gets_the_contract_menu_flagged_unverified() -> None:
    rec = run(dt.date(2024, 10, 1), CAMPAIGN, ["like"], employment=PPPK)
    assert codes(rec) == ["putus_perjanjian_kerja"]
    assert FlagCode.UNVERIFIED_MENU in flag_codes(rec)
    moral = run(dt.date(2024, 8, 1), BEFORE, ["like"], employment=PPPK)
    assert FlagCode.UNVERIFIED_MENU in flag_codes(moral)
    assert FlagCode.UNVERIFIED_MENU not in flag_codes(run(dt.date(2024, 8, 1), BEFORE, ["like"]))


def test_act_not_covered_is_flagged_not_guessed() -> None:
    rec = run(dt.date(2024, 10, 1), CAMPAIGN, ["declare_candidacy"])
    assert rec.level is None and rec.options == () and rec.items == ()
    [flag] = rec.flags
    assert flag.code is FlagCode.NOT_COVERED and flag.act == "declare_candidacy"
    assert "tentukan secara manual" in flag.message()

    mixed = run(dt.date(2024, 10, 1), CAMPAIGN, ["declare_candidacy", "like"])
    assert mixed.level is Level.HEAVY and FlagCode.NOT_COVERED in flag_codes(mixed)


def test_flag_message_follows_language_and_translator() -> None:
    rec = run(dt.date(2024, 10, 1), CAMPAIGN, ["declare_candidacy"])
    table = {
        "Perbuatan \u201c{act}\u201d tidak tercakup katalog {regime} pada tahapan "
        "\u201c{stage}\u201d; tentukan secara manual.": "Act \u201c{act}\u201d is not covered "
        "by {regime} at stage \u201c{stage}\u201d; decide by hand.",
        "Masa kampanye": "Campaign period",
    }
    text = rec.flags[0].message(lambda s: table.get(s, s), language="en")
    assert text == (
        "Act \u201cDeclared oneself a prospective candidate\u201d is not covered by 2022 joint "
        "decree on ASN neutrality, with PP 42/2004 and PP 94/2021 at stage \u201cCampaign "
        "period\u201d; decide by hand."
    )


# --- factors choose within the level ---------------------------------------------------


def test_factors_choose_within_the_level_and_give_reasons() -> None:
    plain = run(dt.date(2024, 10, 1), CAMPAIGN, ["like"])
    assert plain.score == 0 and plain.suggested is not None
    assert plain.suggested.code == "turun_jabatan_12bl"

    factors = {
        "prior_sanctions": 1,
        "followers": 25000,
        "position": "eselon_ii",
        "cooperative": False,
    }
    heavy = run(dt.date(2024, 10, 1), CAMPAIGN, ["like"], factors)
    assert heavy.level is plain.level and heavy.options == plain.options
    assert heavy.score == 2 + 2 + 2 + 1
    assert heavy.suggested is not None and heavy.suggested.code == "phdtaps"
    assert [r.factor for r in heavy.reasons] == [
        "prior_sanctions",
        "position",
        "followers",
        "cooperative",
        None,
    ]
    assert heavy.reasons[2].text.id == "Akun diikuti 25000 orang: jangkauan sangat luas."
    assert heavy.reasons[1].text.en.startswith("Echelon II")
    assert "3 dari 3" in heavy.reasons[-1].text.id

    mild = run(
        dt.date(2024, 10, 1),
        CAMPAIGN,
        ["like"],
        {"removed_after_warning": True, "cooperative": True, "original_post": False},
    )
    assert mild.score == -2 and mild.suggested == plain.suggested
    assert [r.weight for r in mild.reasons] == [0, -1, -1, -2]


def test_factor_weights_are_data() -> None:
    def heavier_followers(data: dict[str, Any]) -> None:
        followers = next(f for f in data["factors"] if f["code"] == "followers")
        followers["rules"][0]["weight"] = 9

    catalogue = edited(heavier_followers)
    rec = run(dt.date(2024, 8, 1), BEFORE, ["like"], {"followers": 1500}, catalogue=catalogue)
    assert rec.score == 9 and rec.suggested is not None
    assert rec.suggested.code == "pernyataan_terbuka"


def test_item_options_narrow_the_menu() -> None:
    def only_longest_cut(data: dict[str, Any]) -> None:
        item = next(i for i in skb(data)["items"] if i["code"] == "D-3")
        item["options"] = ["potong_tukin_25_12bl"]

    rec = run(dt.date(2024, 8, 1), BEFORE, ["approach_party"], catalogue=edited(only_longest_cut))
    assert codes(rec) == ["potong_tukin_25_12bl"]


# --- bad input --------------------------------------------------------------------------


def test_act_date_before_any_regime_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        run(dt.date(2017, 12, 31), BEFORE, ["like"])
    assert "2018-01-01" in str(info.value.field_errors["act_date"])


def test_act_date_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        run(TODAY + dt.timedelta(days=1), BEFORE, ["like"])
    assert "masa depan" in str(info.value.field_errors["act_date"])
    assert run(TODAY, BEFORE, ["like"]).act_date == TODAY


def test_missing_stage_is_refused_with_the_reason() -> None:
    with pytest.raises(ValidationError) as info:
        run(dt.date(2024, 10, 1), None, ["like"])
    assert "etik atau disiplin" in str(info.value.field_errors["candidacy_stage"])


def test_all_input_problems_are_reported_together() -> None:
    with pytest.raises(ValidationError) as info:
        recommend(
            None,
            "tahap_lain",
            None,
            ["like", "liek"],
            {"followers": -3, "mood": 1, "position": "menteri", "cooperative": "ya"},
            catalogue=CATALOGUE,
            today=TODAY,
        )
    assert set(info.value.field_errors) == {
        "act_date",
        "candidacy_stage",
        "employment_type",
        "acts",
        "factors.followers",
        "factors.mood",
        "factors.position",
        "factors.cooperative",
    }
    assert "liek" in str(info.value.field_errors["acts"])


def test_no_acts_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        run(dt.date(2024, 10, 1), CAMPAIGN, [])
    assert set(info.value.field_errors) == {"acts"}


def test_codes_as_strings_are_accepted() -> None:
    rec = recommend(
        dt.date(2024, 10, 1), "kampanye", "PNS", "like", catalogue=CATALOGUE, today=TODAY
    )
    assert rec.stage is CAMPAIGN and rec.employment is PNS and rec.level is Level.HEAVY


def test_default_catalogue_is_the_resource_file() -> None:
    rec = recommend(dt.date(2024, 10, 1), CAMPAIGN, PNS, ["like"], today=TODAY)
    assert rec.catalogue_version == CATALOGUE.version and rec.level is Level.HEAVY


def test_category_and_level_of_dismissal_keep_their_own_labels() -> None:
    from asn_monitor.worksheet.model import Category, Level

    assert Category.DISMISSAL.label == "Pemberhentian"
    assert Level.DISMISSAL.label == "Pemberhentian tidak dengan hormat"
