"""Typed records of the sanction-level catalogue (see ``resources/worksheet/catalogue.json``).

Categories and levels are fixed by law, so they are enums; their values are the Indonesian
codes written in the catalogue file (like :class:`~asn_monitor.domain.models.CandidacyStage`),
so that the file reads naturally to the office that corrects it. Everything else — which act
maps to which item, the sanction menus, the factor weights — is data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from asn_monitor.domain.models import CandidacyStage, EmploymentType
from asn_monitor.i18n import QT_TRANSLATE_NOOP


class Category(str, Enum):
    """Which track a violation belongs to; decides which regulation's menu applies."""

    ETHICS = "etik"
    DISCIPLINE = "disiplin"
    DISMISSAL = "pemberhentian"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


class Level(str, Enum):
    """How heavy a violation is, from the ethics-only moral sanction up to dismissal.

    The declaration order is the order of severity. A moral (ethics) sanction ranks below
    every discipline level: once an act is a discipline matter the worksheet is about the
    discipline sanction, and the supervisor may still add the moral statement.
    """

    MORAL = "moral"
    LIGHT = "ringan"
    MEDIUM = "sedang"
    HEAVY = "berat"
    DISMISSAL = "pemberhentian"

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    @property
    def category(self) -> Category:
        """The only category a level can belong to."""
        return _LEVEL_CATEGORY[self]


_SEVERITY: dict[Level, int] = {level: rank for rank, level in enumerate(Level)}
_LEVEL_CATEGORY: dict[Level, Category] = {
    Level.MORAL: Category.ETHICS,
    Level.LIGHT: Category.DISCIPLINE,
    Level.MEDIUM: Category.DISCIPLINE,
    Level.HEAVY: Category.DISCIPLINE,
    Level.DISMISSAL: Category.DISMISSAL,
}

# Two tables: both enums are str-valued and share "pemberhentian", so one dict would keep
# only one of the two labels.
_CATEGORY_LABELS: dict[Category, str] = {
    Category.ETHICS: QT_TRANSLATE_NOOP("asn_monitor", "Pelanggaran kode etik"),
    Category.DISCIPLINE: QT_TRANSLATE_NOOP("asn_monitor", "Pelanggaran disiplin"),
    Category.DISMISSAL: QT_TRANSLATE_NOOP("asn_monitor", "Pemberhentian"),
}
_LEVEL_LABELS: dict[Level, str] = {
    Level.MORAL: QT_TRANSLATE_NOOP("asn_monitor", "Sanksi moral"),
    Level.LIGHT: QT_TRANSLATE_NOOP("asn_monitor", "Hukuman disiplin ringan"),
    Level.MEDIUM: QT_TRANSLATE_NOOP("asn_monitor", "Hukuman disiplin sedang"),
    Level.HEAVY: QT_TRANSLATE_NOOP("asn_monitor", "Hukuman disiplin berat"),
    Level.DISMISSAL: QT_TRANSLATE_NOOP("asn_monitor", "Pemberhentian tidak dengan hormat"),
}


@dataclass(frozen=True)
class LocalText:
    """A text of the catalogue in both application languages."""

    id: str
    en: str

    def get(self, language: str = "id") -> str:
        return self.en if language == "en" and self.en else self.id

    def format(self, **params: object) -> LocalText:
        return LocalText(self.id.format(**params), self.en.format(**params))


class FactorKind(str, Enum):
    COUNT = "count"  # a non-negative whole number (followers, prior cases)
    FLAG = "flag"  # yes or no (removed after a warning)
    CHOICE = "choice"  # one of a fixed list (position or echelon)


@dataclass(frozen=True)
class FactorRule:
    """One way a factor's value moves the suggestion; ``reason`` may use ``{value}``.

    A count rule applies from ``minimum`` up (the highest reached threshold wins), a flag
    rule when the value equals ``when``, a choice rule when the value is ``choice``.
    """

    weight: int
    reason: LocalText
    minimum: int | None = None
    when: bool | None = None
    choice: str | None = None


@dataclass(frozen=True)
class Factor:
    code: str
    kind: FactorKind
    label: LocalText
    rules: tuple[FactorRule, ...]
    choices: tuple[tuple[str, LocalText], ...] = ()


@dataclass(frozen=True)
class Act:
    """Something a person did, in plain terms; the monitor picks these, not articles."""

    code: str
    label: LocalText


@dataclass(frozen=True)
class SanctionOption:
    code: str
    text: LocalText


@dataclass(frozen=True)
class Regulation:
    code: str
    name: LocalText


@dataclass(frozen=True)
class SanctionMenu:
    """The sanctions a regulation allows at one level, ordered from lightest to heaviest."""

    regulation: str
    level: Level
    employment: frozenset[EmploymentType]
    options: tuple[SanctionOption, ...]
    basis: tuple[str, ...]
    verified: bool
    note: LocalText | None = None


@dataclass(frozen=True)
class Item:
    """One violation in a regime's list (e.g. SKB 2022 KE-4 or D-6).

    ``level`` is None only for a listed item whose content is unknown (SKB 2022 D-12); such an
    item cannot be mapped. ``options`` narrows the level's menu; None means the whole menu.
    """

    code: str
    category: Category
    level: Level | None
    text: LocalText
    basis: tuple[str, ...]
    source: str
    verified: bool
    options: tuple[str, ...] | None = None
    note: LocalText | None = None


@dataclass(frozen=True)
class ActMapping:
    """Act × stage → item within one regime; ``verified`` is about the mapping itself."""

    act: str
    stages: frozenset[CandidacyStage]
    item: str
    verified: bool
    note: LocalText | None = None


@dataclass(frozen=True)
class Regime:
    """The rules in force from ``effective_from`` until the next regime starts."""

    code: str
    name: LocalText
    effective_from: dt.date
    regulations: Mapping[Category, str]
    sources: tuple[str, ...]
    verified: bool
    items: Mapping[str, Item]
    mappings: tuple[ActMapping, ...]
    note: LocalText | None = None

    def matches(self, act: str, stage: CandidacyStage) -> list[tuple[ActMapping, Item]]:
        return [
            (m, self.items[m.item]) for m in self.mappings if m.act == act and stage in m.stages
        ]


@dataclass(frozen=True)
class Conflict:
    """Several items give different outcomes for the same act, regime and stage."""

    regime: str
    act: str
    stage: CandidacyStage
    items: tuple[str, ...]


@dataclass(frozen=True)
class SuggestionRule:
    """How the factor score picks an option within the level (office policy, not law)."""

    points_per_step: int
    summary: LocalText


@dataclass(frozen=True)
class Catalogue:
    format: int
    version: int
    origin: str
    digest: str
    acts: Mapping[str, Act]
    factors: Mapping[str, Factor]
    regulations: Mapping[str, Regulation]
    sanctions: Mapping[str, SanctionOption]
    menus: tuple[SanctionMenu, ...]
    regimes: tuple[Regime, ...]  # ordered by effective_from
    suggestion: SuggestionRule
    conflicts: tuple[Conflict, ...] = field(default=())

    def regime_on(self, day: dt.date) -> Regime | None:
        current = None
        for regime in self.regimes:
            if regime.effective_from <= day:
                current = regime
        return current

    def menu(
        self, regulation: str, level: Level, employment: EmploymentType
    ) -> SanctionMenu | None:
        for menu in self.menus:
            if (
                menu.regulation == regulation
                and menu.level == level
                and employment in menu.employment
            ):
                return menu
        return None

    def unverified(self) -> list[tuple[str, str]]:
        """Every unverified entry as (kind, reference), for a catalogue view to flag."""
        out: list[tuple[str, str]] = []
        for regime in self.regimes:
            if not regime.verified:
                out.append(("regime", regime.code))
            out += [
                ("item", f"{regime.code}/{i.code}") for i in regime.items.values() if not i.verified
            ]
            out += [
                ("mapping", f"{regime.code}/{m.act}->{m.item}")
                for m in regime.mappings
                if not m.verified
            ]
        out += [
            (
                "menu",
                f"{m.regulation}/{m.level.value}/{'+'.join(sorted(e.value for e in m.employment))}",
            )
            for m in self.menus
            if not m.verified
        ]
        return out
