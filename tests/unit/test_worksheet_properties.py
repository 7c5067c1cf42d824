"""Properties of the worksheet engine over the shipped catalogue."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from asn_monitor.domain.models import CandidacyStage, EmploymentType
from asn_monitor.worksheet import Level, Recommendation, load_catalogue, recommend

CATALOGUE = load_catalogue()
TODAY = dt.date(2025, 6, 1)

dates = st.dates(min_value=dt.date(2018, 1, 1), max_value=TODAY)
stages = st.sampled_from(list(CandidacyStage))
employments = st.sampled_from(list(EmploymentType))
act_lists = st.lists(st.sampled_from(sorted(CATALOGUE.acts)), min_size=1, max_size=6)
factor_values = st.fixed_dictionaries(
    {},
    optional={
        "prior_cases": st.integers(0, 10),
        "prior_sanctions": st.integers(0, 5),
        "position": st.sampled_from([c for c, _ in CATALOGUE.factors["position"].choices]),
        "followers": st.integers(0, 100_000),
        "engagement": st.integers(0, 10_000),
        "original_post": st.booleans(),
        "removed_after_warning": st.booleans(),
        "cooperative": st.booleans(),
    },
)


def judge(
    day: dt.date,
    stage: CandidacyStage,
    employment: EmploymentType,
    acts: list[str],
    factors: dict[str, int | bool | str] | None = None,
) -> Recommendation:
    return recommend(day, stage, employment, acts, factors, catalogue=CATALOGUE, today=TODAY)


def severity(level: Level | None) -> int:
    return -1 if level is None else level.severity


@settings(max_examples=300, deadline=None)
@given(dates, stages, employments, act_lists)
def test_level_is_never_lighter_than_any_single_act(
    day: dt.date, stage: CandidacyStage, employment: EmploymentType, acts: list[str]
) -> None:
    together = judge(day, stage, employment, acts)
    alone = [judge(day, stage, employment, [act]).level for act in acts]
    for level in alone:
        assert severity(together.level) >= severity(level)
    # With no conflicts in the shipped catalogue, it is exactly the heaviest single act.
    assert severity(together.level) == max(severity(level) for level in alone)


@settings(max_examples=200, deadline=None)
@given(dates, stages, employments, act_lists, factor_values, st.randoms())
def test_factors_and_act_order_never_change_the_level_or_menu(
    day: dt.date,
    stage: CandidacyStage,
    employment: EmploymentType,
    acts: list[str],
    factors: dict[str, int | bool | str],
    rnd: object,
) -> None:
    plain = judge(day, stage, employment, acts)
    shuffled = list(acts)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    weighed = judge(day, stage, employment, shuffled, factors)
    assert (weighed.regime, weighed.category, weighed.level) == (
        plain.regime,
        plain.category,
        plain.level,
    )
    assert weighed.options == plain.options
    assert {m.item.code for m in weighed.items} == {m.item.code for m in plain.items}
    if weighed.options:
        assert weighed.suggested in weighed.options
        assert weighed.reasons[-1].factor is None  # the closing summary
    else:
        assert weighed.suggested is None


@settings(max_examples=200, deadline=None)
@given(dates, stages, employments, act_lists)
def test_result_matches_the_regime_in_force_and_its_regulation(
    day: dt.date, stage: CandidacyStage, employment: EmploymentType, acts: list[str]
) -> None:
    rec = judge(day, stage, employment, acts)
    assert rec.regime.effective_from <= day
    later = [r for r in CATALOGUE.regimes if day >= r.effective_from]
    assert rec.regime is later[-1]
    if rec.level is not None:
        assert rec.category is rec.level.category
        assert rec.regulation == rec.regime.regulations[rec.level.category]
        menu = CATALOGUE.menu(rec.regulation, rec.level, employment)
        assert menu is not None and set(rec.options) <= set(menu.options)
