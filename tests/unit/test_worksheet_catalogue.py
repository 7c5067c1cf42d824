"""The worksheet catalogue: the shipped file's content, and refusing bad files precisely."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from asn_monitor.domain.models import CandidacyStage, EmploymentType
from asn_monitor.worksheet import (
    SUPPORTED_FORMAT,
    CatalogueInvalid,
    CatalogueLoader,
    CatalogueUnreadable,
    Category,
    Level,
    default_catalogue_path,
    load_catalogue,
    parse_catalogue,
)
from asn_monitor.worksheet.jsonpos import line_column


def shipped() -> dict[str, Any]:
    return json.loads(default_catalogue_path().read_text(encoding="utf-8"))


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def regime(data: dict[str, Any], code: str) -> dict[str, Any]:
    return next(r for r in data["regimes"] if r["code"] == code)


def position_of(text: str, needle: str) -> tuple[int, int]:
    offset = text.index(needle)
    assert text.count(needle) == 1, needle
    return line_column(text, offset)


# --- the shipped catalogue -------------------------------------------------------------


def test_shipped_catalogue_loads_with_three_regimes_in_date_order() -> None:
    catalogue = load_catalogue()
    assert catalogue.format == SUPPORTED_FORMAT
    assert catalogue.version >= 1
    assert [(r.code, r.effective_from.isoformat()) for r in catalogue.regimes] == [
        ("menpan-2017", "2018-01-01"),
        ("pp94-2021", "2021-08-31"),
        ("skb-2022", "2022-09-22"),
    ]
    assert catalogue.regimes[0].regulations[Category.DISCIPLINE] == "pp53-2010"
    assert catalogue.regimes[1].regulations[Category.DISCIPLINE] == "pp94-2021"
    assert catalogue.regimes[2].regulations[Category.DISCIPLINE] == "pp94-2021"
    assert len(catalogue.digest) == 64


def test_shipped_catalogue_has_no_conflicts() -> None:
    assert load_catalogue().conflicts == ()


def test_skb_2022_lists_ke_1_to_7_and_d_1_to_12_with_domain_levels() -> None:
    skb = load_catalogue().regimes[-1]
    for n in range(1, 8):
        item = skb.items[f"KE-{n}"]
        assert (item.category, item.level, item.verified) == (Category.ETHICS, Level.MORAL, True)
    expected = {
        1: Level.HEAVY,
        2: Level.HEAVY,
        3: Level.MEDIUM,
        4: Level.HEAVY,
        5: Level.DISMISSAL,
        6: Level.HEAVY,
        7: Level.HEAVY,
        8: Level.HEAVY,
        9: Level.HEAVY,
        10: Level.HEAVY,
        11: Level.HEAVY,
        12: None,
    }
    for n, level in expected.items():
        assert skb.items[f"D-{n}"].level == level, n
    assert skb.items["D-5"].category is Category.DISMISSAL
    assert "UU 5/2014 Pasal 87 ayat (4) huruf c" in skb.items["D-5"].basis
    assert "PP 94/2021 Pasal 5 huruf n angka 5" in skb.items["D-6"].basis


def test_facts_flagged_unverified_in_domain_notes_stay_unverified() -> None:
    catalogue = load_catalogue()
    skb = catalogue.regimes[-1]
    assert not skb.items["D-8"].verified and skb.items["D-8"].note is not None
    assert not skb.items["D-9"].verified
    assert not skb.items["D-12"].verified
    # The ethics-before / discipline-after split is unverified in the official text.
    like = {m.item: m.verified for m in skb.mappings if m.act == "like"}
    assert like == {"KE-4": False, "D-6": False}
    # PPPK sanctions differ from PNS and DOMAIN.md does not give them.
    for menu in catalogue.menus:
        if EmploymentType.PPPK in menu.employment:
            assert not menu.verified, menu
    unverified = catalogue.unverified()
    assert ("item", "skb-2022/D-8") in unverified
    assert ("mapping", "skb-2022/like->D-6") in unverified


def test_every_act_is_covered_by_some_regime_and_stage() -> None:
    catalogue = load_catalogue()
    mapped = {m.act for r in catalogue.regimes for m in r.mappings}
    assert mapped == set(catalogue.acts)


def test_party_membership_is_mapped_at_every_stage_of_every_regime() -> None:
    for r in load_catalogue().regimes:
        for stage in CandidacyStage:
            [(mapping, item)] = r.matches("party_membership", stage)
            assert item.level is Level.DISMISSAL and mapping.verified


def test_sanction_menus_follow_the_regulations() -> None:
    catalogue = load_catalogue()
    pns = EmploymentType.PNS
    codes = {
        (reg, level): [o.code for o in catalogue.menu(reg, level, pns).options]  # type: ignore[union-attr]
        for reg in ("pp53-2010", "pp94-2021")
        for level in (Level.LIGHT, Level.MEDIUM, Level.HEAVY)
    }
    assert codes[("pp53-2010", Level.LIGHT)] == codes[("pp94-2021", Level.LIGHT)]
    assert codes[("pp94-2021", Level.MEDIUM)] == [
        "potong_tukin_25_6bl",
        "potong_tukin_25_9bl",
        "potong_tukin_25_12bl",
    ]
    assert codes[("pp53-2010", Level.MEDIUM)] == [
        "tunda_kgb_1th",
        "tunda_pangkat_1th",
        "turun_pangkat_1th",
    ]
    assert len(codes[("pp53-2010", Level.HEAVY)]) == 5
    assert len(codes[("pp94-2021", Level.HEAVY)]) == 3


# --- refusing bad files, keeping the last good one ---------------------------------------


def test_syntax_error_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text('{\n  "format": 1,\n  "catalogue_version": 1\n  "acts": []\n}\n', "utf-8")
    with pytest.raises(CatalogueInvalid) as info:
        load_catalogue(path)
    err = info.value
    assert (err.path, err.line, err.column) == (str(path), 4, 3)
    assert str(path) in str(err) and "baris 4, kolom 3" in str(err)
    assert err.exit_code == 2


@pytest.mark.parametrize(
    ("edit", "needle", "expected"),
    [
        # An unknown level, deep inside the third regime.
        (
            lambda d: regime(d, "skb-2022")["items"][5].update(level="beratt"),
            '"beratt"',
            "beratt",
        ),
        # A misspelt key is refused, not silently ignored.
        (
            lambda d: regime(d, "pp94-2021")["items"][0].update(verifed=True),
            '"verifed": true',
            "verifed",
        ),
        # A mapping that names an act the catalogue does not define.
        (
            lambda d: regime(d, "menpan-2017")["mappings"][0].update(acts=["liek"]),
            '"liek"',
            "liek",
        ),
        # A date that is not a date.
        (
            lambda d: regime(d, "pp94-2021").update(effective_from="2021-02-30"),
            '"2021-02-30"',
            "2021-02-30",
        ),
        # Only one date form, whatever the Python version would also accept.
        (
            lambda d: regime(d, "skb-2022").update(effective_from="20220922"),
            '"20220922"',
            "20220922",
        ),
        # A reason template with a placeholder the engine does not fill.
        (
            lambda d: d["factors"][0]["rules"][0]["reason"].update(id="Sudah {jumlah} kali."),
            '"Sudah {jumlah} kali."',
            "{value}",
        ),
    ],
)
def test_semantic_error_points_at_the_offending_value(
    tmp_path: Path, edit: Any, needle: str, expected: str
) -> None:
    data = shipped()
    edit(data)
    text = dump(data)
    path = tmp_path / "catalogue.json"
    path.write_text(text, "utf-8")
    with pytest.raises(CatalogueInvalid) as info:
        load_catalogue(path)
    line, column = position_of(text, needle)
    if needle.startswith('"verifed"'):
        column += len('"verifed": ')  # the position is the value's, under its key
    assert (info.value.line, info.value.column) == (line, column)
    assert expected in str(info.value)


def test_duplicate_key_is_an_error(tmp_path: Path) -> None:
    text = dump(shipped()).replace('"format": 1,', '"format": 1,\n  "format": 1,', 1)
    with pytest.raises(CatalogueInvalid) as info:
        parse_catalogue(text, "dup.json")
    assert (info.value.line, info.value.column) == (3, 3)
    assert "format" in str(info.value)


def test_mapping_to_an_item_without_level_is_refused() -> None:
    data = shipped()
    regime(data, "skb-2022")["mappings"].append(
        {"acts": ["like"], "stages": ["di_luar_tahapan"], "item": "D-12", "verified": False}
    )
    with pytest.raises(CatalogueInvalid) as info:
        parse_catalogue(dump(data), "x.json")
    assert "D-12" in str(info.value)
    assert info.value.where.endswith(".item")


def test_level_must_belong_to_category() -> None:
    data = shipped()
    regime(data, "skb-2022")["items"][0]["level"] = "berat"  # KE-1 is an ethics item
    with pytest.raises(CatalogueInvalid) as info:
        parse_catalogue(dump(data), "x.json")
    assert info.value.where == "regimes[2].items[0].level"


def test_newer_format_is_refused_naming_both_versions() -> None:
    data = shipped()
    data["format"] = SUPPORTED_FORMAT + 1
    with pytest.raises(CatalogueInvalid) as info:
        parse_catalogue(dump(data), "x.json")
    assert (info.value.line, info.value.column) == (2, 13)
    assert f"format {SUPPORTED_FORMAT + 1}" in str(info.value)


def test_bad_utf8_is_refused_with_its_position() -> None:
    raw = dump(shipped()).encode("utf-8")
    offset = raw.index(b'"comment"')
    raw = raw[:offset] + b"\xff" + raw[offset:]
    with pytest.raises(CatalogueInvalid) as info:
        parse_catalogue(raw, "x.json")
    assert (info.value.line, info.value.column) == (4, 3)


def test_byte_order_mark_is_accepted() -> None:
    raw = b"\xef\xbb\xbf" + dump(shipped()).encode("utf-8")
    assert parse_catalogue(raw, "bom.json").version == shipped()["catalogue_version"]


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(CatalogueUnreadable) as info:
        load_catalogue(tmp_path / "nowhere.json")
    assert "nowhere.json" in str(info.value)


def test_loader_keeps_the_last_good_catalogue_and_reports_the_error(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.json"
    data = shipped()
    path.write_text(dump(data), "utf-8")
    loader = CatalogueLoader(path)
    assert loader.current is None

    first = loader.load()
    assert first.error is None and first.catalogue is not None
    good = first.catalogue

    data["catalogue_version"] = 2
    regime(data, "skb-2022")["items"][5]["level"] = "beratt"
    text = dump(data)
    path.write_text(text, "utf-8")
    second = loader.load()
    assert second.catalogue is good and second.kept_previous
    assert isinstance(second.error, CatalogueInvalid)
    assert (second.error.line, second.error.column) == position_of(text, '"beratt"')
    assert loader.current is good

    path.unlink()
    third = loader.load()
    assert third.catalogue is good and isinstance(third.error, CatalogueUnreadable)


def test_loader_without_a_previous_catalogue_returns_none_and_the_error(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text("{", "utf-8")
    result = CatalogueLoader(path).load()
    assert result.catalogue is None and not result.kept_previous
    assert isinstance(result.error, CatalogueInvalid)


def test_loader_accepts_the_database_copy_and_names_it_in_errors() -> None:
    loader = CatalogueLoader(last_good=load_catalogue())
    data = shipped()
    data["catalogue_version"] = 7
    assert loader.load_data(dump(data), "hub.db").catalogue.version == 7  # type: ignore[union-attr]
    bad = loader.load_data('{"format": 1}', "hub.db")
    assert bad.catalogue is not None and bad.catalogue.version == 7
    assert "hub.db" in str(bad.error) and "\u201cacts\u201d" in str(bad.error)


def test_error_message_translates_as_a_whole() -> None:
    table = {
        "Berkas katalog lembar sanksi {path} tidak valid pada baris {line}, kolom {column} "
        "({where}): {problem}": "Catalogue file {path} is invalid at line {line}, column "
        "{column} ({where}): {problem}",
        "kunci \u201c{key}\u201d wajib ada.": "the key \u201c{key}\u201d is required.",
    }
    with pytest.raises(CatalogueInvalid) as info:
        parse_catalogue('{"format": 1}', "hub.db")
    message = info.value.message(lambda s: table.get(s, s))
    assert message == (
        "Catalogue file hub.db is invalid at line 1, column 1 ($): "
        "the key \u201cacts\u201d is required."
    )
