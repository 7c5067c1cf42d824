"""Sanction-level worksheet: the catalogue of regimes and items, and the rules engine.

``recommend(act_date, stage, employment, acts, factors)`` is the entry point; the catalogue
(``resources/worksheet/catalogue.json``) holds every rule it applies.
"""

from __future__ import annotations

from asn_monitor.worksheet.catalogue import (
    SUPPORTED_FORMAT,
    CatalogueLoader,
    LoadResult,
    default_catalogue_path,
    find_conflicts,
    load_catalogue,
    parse_catalogue,
)
from asn_monitor.worksheet.engine import (
    Choice,
    Flag,
    FlagCode,
    MatchedItem,
    Reason,
    Recommendation,
    recommend,
)
from asn_monitor.worksheet.errors import CatalogueError, CatalogueInvalid, CatalogueUnreadable
from asn_monitor.worksheet.model import (
    Act,
    ActMapping,
    Catalogue,
    Category,
    Conflict,
    Factor,
    FactorKind,
    FactorRule,
    Item,
    Level,
    LocalText,
    Regime,
    Regulation,
    SanctionMenu,
    SanctionOption,
    SuggestionRule,
)

__all__ = [
    "SUPPORTED_FORMAT",
    "Act",
    "ActMapping",
    "Catalogue",
    "CatalogueError",
    "CatalogueInvalid",
    "CatalogueLoader",
    "CatalogueUnreadable",
    "Category",
    "Choice",
    "Conflict",
    "Factor",
    "FactorKind",
    "FactorRule",
    "Flag",
    "FlagCode",
    "Item",
    "Level",
    "LoadResult",
    "LocalText",
    "MatchedItem",
    "Reason",
    "Recommendation",
    "Regime",
    "Regulation",
    "SanctionMenu",
    "SanctionOption",
    "SuggestionRule",
    "default_catalogue_path",
    "find_conflicts",
    "load_catalogue",
    "parse_catalogue",
    "recommend",
]
