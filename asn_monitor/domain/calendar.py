"""Suggest the candidacy stage on an act's date from editable election calendars."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from asn_monitor.domain.models import CandidacyStage
from asn_monitor.paths import resource_path

# How long after voting an act is still read against that election (disputes, the
# inauguration period). A working assumption, not a rule from DOMAIN.md.
_AFTER_VOTING_DAYS = 90
# The counting and recapitulation weeks right after voting, when that vote dominates.
_RECOUNT_DAYS = 14
# How far before designation an act is still read as "bakal calon" for that election.
_BEFORE_DESIGNATION_DAYS = 365


@dataclass(frozen=True)
class Election:
    code: str
    name: str
    designation: dt.date
    campaign_start: dt.date
    campaign_end: dt.date
    voting: dt.date
    verified: bool


def load_elections(path: Path | None = None) -> list[Election]:
    path = path or resource_path("calendars", "elections.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for e in data["elections"]:
        out.append(
            Election(
                code=e["code"],
                name=e["name"],
                designation=dt.date.fromisoformat(e["designation"]),
                campaign_start=dt.date.fromisoformat(e["campaign_start"]),
                campaign_end=dt.date.fromisoformat(e["campaign_end"]),
                voting=dt.date.fromisoformat(e["voting"]),
                verified=bool(e.get("verified", False)),
            )
        )
    return sorted(out, key=lambda e: e.voting)


def suggest_stage(
    act_date: dt.date, elections: list[Election]
) -> tuple[CandidacyStage, Election | None]:
    """The stage on ``act_date``; the monitor confirms it.

    Election periods overlap (the 2024 general election's aftermath runs into the regional
    election's nomination period), so the most pressing reading wins: designated-candidate
    stages and the days of counting right after a vote first, then the run-up to a
    designation, then the longer aftermath of a vote.
    """
    for e in elections:
        if e.designation <= act_date < e.campaign_start:
            return CandidacyStage.DESIGNATED, e
        if e.campaign_start <= act_date <= e.campaign_end:
            return CandidacyStage.CAMPAIGN, e
        if e.campaign_end < act_date < e.voting:
            return CandidacyStage.QUIET, e
        if e.voting <= act_date <= e.voting + dt.timedelta(days=_RECOUNT_DAYS):
            return CandidacyStage.AFTER_VOTING, e
    for e in elections:
        if e.designation - dt.timedelta(days=_BEFORE_DESIGNATION_DAYS) <= act_date < e.designation:
            return CandidacyStage.BEFORE_DESIGNATION, e
    for e in elections:
        if e.voting <= act_date <= e.voting + dt.timedelta(days=_AFTER_VOTING_DAYS):
            return CandidacyStage.AFTER_VOTING, e
    return CandidacyStage.OUTSIDE, None
