"""Suggesting the candidacy stage on an act's date from the election calendars."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from asn_monitor.domain.calendar import Election, load_elections, suggest_stage
from asn_monitor.domain.models import CandidacyStage
from asn_monitor.paths import resource_path

# Written out of order on purpose: load_elections sorts by voting day.
CALENDAR = {
    "elections": [
        {
            "code": "pilkada-2024",
            "name": "Pilkada Serentak 2024",
            "designation": "2024-09-22",
            "campaign_start": "2024-09-25",
            "campaign_end": "2024-11-23",
            "voting": "2024-11-27",
        },
        {
            "code": "pilkada-2018",
            "name": "Pilkada Serentak 2018",
            "designation": "2018-02-12",
            "campaign_start": "2018-02-15",
            "campaign_end": "2018-06-23",
            "voting": "2018-06-27",
            "verified": True,
        },
        {
            "code": "pemilu-2024",
            "name": "Pemilu 2024",
            "designation": "2023-11-13",
            "campaign_start": "2023-11-28",
            "campaign_end": "2024-02-10",
            "voting": "2024-02-14",
            "verified": False,
        },
    ]
}

B, D, C, Q, A, OUT = (
    CandidacyStage.BEFORE_DESIGNATION,
    CandidacyStage.DESIGNATED,
    CandidacyStage.CAMPAIGN,
    CandidacyStage.QUIET,
    CandidacyStage.AFTER_VOTING,
    CandidacyStage.OUTSIDE,
)


@pytest.fixture
def elections(tmp_path: Path) -> list[Election]:
    path = tmp_path / "elections.json"
    path.write_text(json.dumps(CALENDAR), encoding="utf-8")
    return load_elections(path)


def test_load_elections_parses_and_sorts_by_voting_day(elections: list[Election]) -> None:
    assert [e.code for e in elections] == ["pilkada-2018", "pemilu-2024", "pilkada-2024"]
    pilkada_2018 = elections[0]
    assert pilkada_2018.designation == dt.date(2018, 2, 12)
    assert pilkada_2018.campaign_start == dt.date(2018, 2, 15)
    assert pilkada_2018.campaign_end == dt.date(2018, 6, 23)
    assert pilkada_2018.voting == dt.date(2018, 6, 27)
    assert pilkada_2018.verified is True
    # "verified" is optional and defaults to false: unchecked dates stay flagged.
    assert elections[2].verified is False
    assert elections[2].name == "Pilkada Serentak 2024"


@pytest.mark.parametrize(
    ("day", "stage", "code"),
    [
        # Pilkada 2018, boundary by boundary.
        ("2017-02-11", OUT, None),
        ("2017-02-12", B, "pilkada-2018"),  # one year before designation
        ("2018-02-11", B, "pilkada-2018"),
        ("2018-02-12", D, "pilkada-2018"),
        ("2018-02-14", D, "pilkada-2018"),
        ("2018-02-15", C, "pilkada-2018"),
        ("2018-06-23", C, "pilkada-2018"),
        ("2018-06-24", Q, "pilkada-2018"),
        ("2018-06-26", Q, "pilkada-2018"),
        ("2018-06-27", A, "pilkada-2018"),
        ("2018-09-25", A, "pilkada-2018"),  # voting + 90 days
        ("2018-09-26", OUT, None),
        ("2020-06-01", OUT, None),
        # Pemilu 2024.
        ("2023-01-10", B, "pemilu-2024"),
        ("2023-11-13", D, "pemilu-2024"),
        ("2023-11-27", D, "pemilu-2024"),
        ("2023-11-28", C, "pemilu-2024"),
        ("2024-02-10", C, "pemilu-2024"),
        ("2024-02-11", Q, "pemilu-2024"),
        ("2024-02-14", A, "pemilu-2024"),
        # Pilkada 2024, once the Pemilu's after-voting window is over.
        ("2024-06-01", B, "pilkada-2024"),
        ("2024-09-21", B, "pilkada-2024"),
        ("2024-09-22", D, "pilkada-2024"),
        ("2024-09-24", D, "pilkada-2024"),
        ("2024-09-25", C, "pilkada-2024"),
        ("2024-11-23", C, "pilkada-2024"),
        ("2024-11-24", Q, "pilkada-2024"),
        ("2024-11-27", A, "pilkada-2024"),
        ("2025-02-25", A, "pilkada-2024"),
        ("2025-02-26", OUT, None),
        ("1999-01-01", OUT, None),
    ],
)
def test_suggest_stage(
    elections: list[Election], day: str, stage: CandidacyStage, code: str | None
) -> None:
    found, election = suggest_stage(dt.date.fromisoformat(day), elections)
    assert found == stage
    assert (election.code if election else None) == code


def test_no_calendar_means_outside_any_election() -> None:
    assert suggest_stage(dt.date(2024, 10, 1), []) == (CandidacyStage.OUTSIDE, None)


def test_every_stage_has_a_label() -> None:
    for stage in CandidacyStage:
        assert stage.label


def test_bad_date_in_the_calendar_is_an_error(tmp_path: Path) -> None:
    broken = json.loads(json.dumps(CALENDAR))
    broken["elections"][0]["voting"] = "27-11-2024"
    path = tmp_path / "elections.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(ValueError):
        load_elections(path)


_PACKAGED = resource_path("calendars", "elections.json")


@pytest.mark.skipif(
    not _PACKAGED.exists(), reason="resources/calendars/elections.json not written yet"
)
def test_packaged_calendar_has_the_dates_of_domain_md() -> None:
    by_code = {e.code: e for e in load_elections()}
    expected = {
        "pilkada-2018": ("2018-02-12", "2018-02-15", "2018-06-23", "2018-06-27"),
        "pemilu-2024": ("2023-11-13", "2023-11-28", "2024-02-10", "2024-02-14"),
        "pilkada-2024": ("2024-09-22", "2024-09-25", "2024-11-23", "2024-11-27"),
    }
    for code, dates in expected.items():
        e = by_code[code]
        assert (e.designation, e.campaign_start, e.campaign_end, e.voting) == tuple(
            dt.date.fromisoformat(d) for d in dates
        )
        # DOMAIN.md: check against the KPU decree before relying on them.
        assert e.verified is False
    for e in by_code.values():
        assert e.designation < e.campaign_start <= e.campaign_end < e.voting


@pytest.mark.skipif(
    not _PACKAGED.exists(), reason="resources/calendars/elections.json not written yet"
)
def test_packaged_calendar_suggests_the_ntb_2018_campaign() -> None:
    stage, election = suggest_stage(dt.date(2018, 3, 1), load_elections())
    assert stage == CandidacyStage.CAMPAIGN
    assert election is not None
    assert election.code == "pilkada-2018"
