"""The sanction-level worksheet's rules engine: acts in, a recommendation out.

Every rule lives in the catalogue; this module only applies them. The outcome is a
recommendation for the supervisor, so whatever the catalogue cannot vouch for (unverified
entries, conflicting items, acts it does not cover) is carried along as a flag rather than
smoothed over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from asn_monitor.domain.models import CandidacyStage, EmploymentType
from asn_monitor.domain.validation import FIELD_LABELS
from asn_monitor.errors import AsnError, Translate, ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.worksheet.catalogue import load_catalogue
from asn_monitor.worksheet.model import (
    ActMapping,
    Catalogue,
    Category,
    Factor,
    FactorKind,
    FactorRule,
    Item,
    Level,
    LocalText,
    Regime,
    SanctionMenu,
    SanctionOption,
)

FactorValue = int | bool | str


class FlagCode(str, Enum):
    UNVERIFIED_REGIME = "unverified_regime"
    UNVERIFIED_ITEM = "unverified_item"
    UNVERIFIED_MAPPING = "unverified_mapping"
    UNVERIFIED_MENU = "unverified_menu"
    CONFLICT = "conflict"
    CONFLICT_RESOLVED = "conflict_resolved"
    NOT_COVERED = "not_covered"
    NO_MENU = "no_menu"


_FLAG_TEMPLATES: dict[FlagCode, str] = {
    FlagCode.UNVERIFIED_REGIME: QT_TRANSLATE_NOOP(
        "asn_monitor", "Aturan {regime} belum diverifikasi terhadap naskah resmi."
    ),
    FlagCode.UNVERIFIED_ITEM: QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Butir {item} ({regime}) belum diverifikasi terhadap naskah resmi; periksa sebelum "
        "dipakai.",
    ),
    FlagCode.UNVERIFIED_MAPPING: QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Pemetaan perbuatan \u201c{act}\u201d ke butir {item} pada tahapan \u201c{stage}\u201d "
        "belum diverifikasi.",
    ),
    FlagCode.UNVERIFIED_MENU: QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Daftar sanksi {regulation} ({level}) untuk {employment} belum diverifikasi.",
    ),
    FlagCode.CONFLICT: QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Katalog memberi hasil berbeda untuk perbuatan \u201c{act}\u201d pada tahapan "
        "\u201c{stage}\u201d (butir {items}). Penyelia harus memilih butir yang berlaku.",
    ),
    FlagCode.CONFLICT_RESOLVED: QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Untuk perbuatan \u201c{act}\u201d penyelia memilih butir {item} dari butir yang "
        "bertentangan ({items}).",
    ),
    FlagCode.NOT_COVERED: QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Perbuatan \u201c{act}\u201d tidak tercakup katalog {regime} pada tahapan "
        "\u201c{stage}\u201d; tentukan secara manual.",
    ),
    FlagCode.NO_MENU: QT_TRANSLATE_NOOP(
        "asn_monitor",
        "Katalog tidak memuat daftar sanksi {regulation} ({level}) untuk {employment}.",
    ),
}


@dataclass(frozen=True)
class Flag:
    """Something the supervisor must look at; ``message`` renders it in either language.

    Parameters that come from the catalogue are :class:`LocalText` and follow ``language``;
    marked strings (stage and level labels) follow ``translate``.
    """

    code: FlagCode
    params: Mapping[str, str | int | LocalText]
    act: str | None = None
    item: str | None = None
    note: LocalText | None = None

    @property
    def needs_choice(self) -> bool:
        return self.code is FlagCode.CONFLICT

    def message(self, translate: Translate | None = None, language: str = "id") -> str:
        tr = translate or (lambda text: text)
        params = {
            key: value.get(language) if isinstance(value, LocalText) else tr(str(value))
            for key, value in self.params.items()
        }
        return tr(_FLAG_TEMPLATES[self.code]).format(**params)


@dataclass(frozen=True)
class MatchedItem:
    """An item an act matched, with whether that act-to-item mapping is verified."""

    act: str
    item: Item
    mapping_verified: bool


@dataclass(frozen=True)
class Choice:
    """A conflict the supervisor must settle: ``act`` matched ``items`` with different outcomes.

    Settle it by calling :func:`recommend` again with ``choices={act: item_code}``.
    """

    act: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Reason:
    """One line explaining the suggestion; ``factor`` is None for the closing summary."""

    factor: str | None
    weight: int
    text: LocalText


@dataclass(frozen=True)
class Recommendation:
    """The worksheet's proposal; the supervisor decides.

    ``level`` (and so ``category``, ``options`` and ``suggested``) is None when no act is
    covered, or when an unsettled conflict could change it: see ``choices`` and ``flags``.
    ``items`` are ordered heaviest first; ``basis`` starts with the lines behind ``level``.
    """

    act_date: dt.date
    stage: CandidacyStage
    employment: EmploymentType
    regime: Regime
    category: Category | None
    level: Level | None
    options: tuple[SanctionOption, ...]
    suggested: SanctionOption | None
    score: int
    reasons: tuple[Reason, ...]
    basis: tuple[str, ...]
    items: tuple[MatchedItem, ...]
    flags: tuple[Flag, ...]
    choices: tuple[Choice, ...] = field(default=())
    regulation: str | None = None
    catalogue_version: int = 0

    @property
    def needs_choice(self) -> bool:
        return any(f.needs_choice for f in self.flags)

    @property
    def verified(self) -> bool:
        """True when nothing behind this recommendation is flagged."""
        return not self.flags


_STAGE_REQUIRED = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "Tahapan pencalonan pada tanggal perbuatan wajib diisi: tahapan menentukan apakah "
    "perbuatan itu pelanggaran etik atau disiplin.",
)
_REQUIRED = QT_TRANSLATE_NOOP("asn_monitor", "{field} wajib diisi.")
_FUTURE = QT_TRANSLATE_NOOP("asn_monitor", "{field} tidak boleh di masa depan.")
_BEFORE_REGIMES = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "Tidak ada aturan dalam katalog yang berlaku pada {date}; aturan paling awal berlaku "
    "mulai {first}.",
)
_UNKNOWN_VALUE = QT_TRANSLATE_NOOP(
    "asn_monitor", "{field}: nilai \u201c{value}\u201d tidak dikenal."
)
_NO_ACTS = QT_TRANSLATE_NOOP("asn_monitor", "Pilih sedikitnya satu perbuatan.")
_UNKNOWN_ACTS = QT_TRANSLATE_NOOP("asn_monitor", "Perbuatan tidak dikenal katalog: {codes}.")
_UNKNOWN_FACTOR = QT_TRANSLATE_NOOP(
    "asn_monitor", "Faktor \u201c{factor}\u201d tidak dikenal katalog."
)
_BAD_COUNT = QT_TRANSLATE_NOOP(
    "asn_monitor", "Faktor \u201c{factor}\u201d harus bilangan bulat 0 atau lebih."
)
_BAD_FLAG = QT_TRANSLATE_NOOP("asn_monitor", "Faktor \u201c{factor}\u201d harus ya atau tidak.")
_BAD_CHOICE = QT_TRANSLATE_NOOP(
    "asn_monitor", "Faktor \u201c{factor}\u201d: pilihan \u201c{value}\u201d tidak dikenal."
)
_BAD_SETTLEMENT = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "Butir {item} yang dipilih untuk perbuatan \u201c{act}\u201d bukan salah satu butir yang "
    "bertentangan untuk perbuatan itu.",
)

_YES = LocalText("ya", "yes")
_NO = LocalText("tidak", "no")


def recommend(
    act_date: dt.date | None,
    stage: CandidacyStage | str | None,
    employment: EmploymentType | str | None,
    acts: Iterable[str],
    factors: Mapping[str, FactorValue] | None = None,
    *,
    catalogue: Catalogue | None = None,
    choices: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> Recommendation:
    """Recommend the category, level and sanction for ``acts`` done on ``act_date``.

    ``catalogue`` defaults to the resource file (the database-backed copy is passed in by its
    service); ``choices`` settles conflicts, act code → chosen item code. Raises
    :class:`ValidationError` for input that cannot be judged (missing stage, a date before
    every regime or in the future, unknown acts or factors) and :class:`CatalogueError` when
    the default catalogue file is broken.
    """
    catalogue = catalogue or load_catalogue()
    today = today or dt.date.today()
    errors: dict[str, AsnError] = {}
    regime = _check_date(errors, catalogue, act_date, today)
    stage_value = _check_enum(errors, "candidacy_stage", stage, CandidacyStage, _STAGE_REQUIRED)
    employment_value = _check_enum(errors, "employment_type", employment, EmploymentType)
    act_codes = _check_acts(errors, catalogue, acts)
    factor_values = _check_factors(errors, catalogue, factors or {})
    if errors:
        raise ValidationError(field_errors=errors)
    assert act_date is not None and regime is not None
    assert isinstance(stage_value, CandidacyStage) and isinstance(employment_value, EmploymentType)
    return _Judgement(catalogue, regime, act_date, stage_value, employment_value).run(
        act_codes, factor_values, choices or {}
    )


def _check_date(
    errors: dict[str, AsnError], catalogue: Catalogue, act_date: dt.date | None, today: dt.date
) -> Regime | None:
    label = FIELD_LABELS["act_date"]
    if act_date is None:
        errors["act_date"] = AsnError(_REQUIRED, field=label)
        return None
    if act_date > today:
        errors["act_date"] = AsnError(_FUTURE, field=label)
        return None
    regime = catalogue.regime_on(act_date)
    if regime is None:
        errors["act_date"] = AsnError(
            _BEFORE_REGIMES,
            date=act_date.isoformat(),
            first=catalogue.regimes[0].effective_from.isoformat(),
        )
    return regime


def _check_enum(
    errors: dict[str, AsnError],
    name: str,
    value: Enum | str | None,
    kind: type[Enum],
    required: str | None = None,
) -> Enum | None:
    if value is None or value == "":
        errors[name] = (
            AsnError(required) if required else AsnError(_REQUIRED, field=FIELD_LABELS[name])
        )
        return None
    try:
        return kind(value)
    except ValueError:
        errors[name] = AsnError(_UNKNOWN_VALUE, field=FIELD_LABELS[name], value=str(value))
        return None


def _check_acts(
    errors: dict[str, AsnError], catalogue: Catalogue, acts: Iterable[str]
) -> tuple[str, ...]:
    # A bare string is one act, not a sequence of one-letter acts.
    codes = tuple(dict.fromkeys((acts,) if isinstance(acts, str) else acts))
    if not codes:
        errors["acts"] = AsnError(_NO_ACTS)
    unknown = [c for c in codes if c not in catalogue.acts]
    if unknown:
        errors["acts"] = AsnError(_UNKNOWN_ACTS, codes=", ".join(unknown))
    return codes


def _check_factors(
    errors: dict[str, AsnError], catalogue: Catalogue, factors: Mapping[str, FactorValue]
) -> dict[str, FactorValue]:
    out: dict[str, FactorValue] = {}
    for code, value in factors.items():
        key = f"factors.{code}"
        factor = catalogue.factors.get(code)
        if factor is None:
            errors[key] = AsnError(_UNKNOWN_FACTOR, factor=code)
        elif factor.kind is FactorKind.COUNT and (
            not isinstance(value, int) or isinstance(value, bool) or value < 0
        ):
            errors[key] = AsnError(_BAD_COUNT, factor=code)
        elif factor.kind is FactorKind.FLAG and not isinstance(value, bool):
            errors[key] = AsnError(_BAD_FLAG, factor=code)
        elif factor.kind is FactorKind.CHOICE and value not in {c for c, _ in factor.choices}:
            errors[key] = AsnError(_BAD_CHOICE, factor=code, value=str(value))
        else:
            out[code] = value
    return out


class _Judgement:
    """One run of the rules; collects flags as it goes."""

    def __init__(
        self,
        catalogue: Catalogue,
        regime: Regime,
        act_date: dt.date,
        stage: CandidacyStage,
        employment: EmploymentType,
    ) -> None:
        self.catalogue = catalogue
        self.regime = regime
        self.act_date = act_date
        self.stage = stage
        self.employment = employment
        self.flags: list[Flag] = []

    def flag(
        self,
        code: FlagCode,
        *,
        on_act: str | None = None,
        on_item: str | None = None,
        note: LocalText | None = None,
        **params: str | int | LocalText,
    ) -> None:
        candidate = Flag(code, params, on_act, on_item, note)
        # One item matched by several acts is one thing to check, not several.
        if candidate not in self.flags:
            self.flags.append(candidate)

    def run(
        self,
        acts: tuple[str, ...],
        factors: dict[str, FactorValue],
        settlements: Mapping[str, str],
    ) -> Recommendation:
        if not self.regime.verified:
            self.flag(FlagCode.UNVERIFIED_REGIME, regime=self.regime.name, note=self.regime.note)
        matched, pending = self.match(acts, settlements)
        level = self.level(matched, pending)
        for m in matched:
            self.flag_item(m.act, m.item)
        for c in pending:
            for item in c.items:
                self.flag_item(c.act, item)

        matched.sort(key=lambda m: -_severity(m.item.level))
        category = level.category if level else None
        regulation = self.regime.regulations.get(category) if category else None
        options: tuple[SanctionOption, ...] = ()
        menu: SanctionMenu | None = None
        if level is not None and regulation is not None:
            menu = self.catalogue.menu(regulation, level, self.employment)
            options = self.options(menu, [m.item for m in matched if m.item.level == level])
            self.flag_menu(menu, regulation, level)

        score, reasons = self.weigh(factors)
        suggested = None
        if options:
            step = score // self.catalogue.suggestion.points_per_step
            index = min(max(step, 0), len(options) - 1)
            suggested = options[index]
            summary = self.catalogue.suggestion.summary
            common = {"score": score, "position": index + 1, "count": len(options)}
            text = LocalText(
                summary.id.format(option=suggested.text.id, **common),
                summary.en.format(option=suggested.text.en, **common),
            )
            reasons.append(Reason(None, score, text))

        basis: list[str] = []
        for m in matched:
            basis += m.item.basis
        if menu is not None:
            basis += menu.basis
        return Recommendation(
            act_date=self.act_date,
            stage=self.stage,
            employment=self.employment,
            regime=self.regime,
            category=category,
            level=level,
            options=options,
            suggested=suggested,
            score=score,
            reasons=tuple(reasons),
            basis=tuple(dict.fromkeys(basis)),
            items=tuple(matched),
            flags=tuple(self.flags),
            choices=tuple(pending),
            regulation=regulation,
            catalogue_version=self.catalogue.version,
        )

    def match(
        self, acts: tuple[str, ...], settlements: Mapping[str, str]
    ) -> tuple[list[MatchedItem], list[Choice]]:
        matched: list[MatchedItem] = []
        pending: list[Choice] = []
        for act in acts:
            label = self.catalogue.acts[act].label
            found: list[tuple[ActMapping, Item]] = self.regime.matches(act, self.stage)
            if not found:
                self.flag(
                    FlagCode.NOT_COVERED,
                    act=label,
                    regime=self.regime.name,
                    stage=self.stage.label,
                    on_act=act,
                )
                continue
            outcomes = {(item.category, item.level) for _, item in found}
            if len(outcomes) > 1:
                codes = ", ".join(dict.fromkeys(item.code for _, item in found))
                chosen = settlements.get(act)
                picked = [(m, i) for m, i in found if i.code == chosen]
                if not picked:
                    if chosen is not None:
                        raise ValidationError(
                            field_errors={
                                "choices": AsnError(_BAD_SETTLEMENT, item=chosen, act=act)
                            }
                        )
                    self.flag(
                        FlagCode.CONFLICT,
                        act=label,
                        stage=self.stage.label,
                        items=codes,
                        on_act=act,
                    )
                    pending.append(Choice(act, tuple(dict.fromkeys(i for _, i in found))))
                    continue
                self.flag(
                    FlagCode.CONFLICT_RESOLVED,
                    act=label,
                    item=picked[0][1].code,
                    items=codes,
                    on_act=act,
                )
                found = picked
            matched += [MatchedItem(act, item, mapping.verified) for mapping, item in found]
            for mapping, item in found:
                if not mapping.verified:
                    self.flag(
                        FlagCode.UNVERIFIED_MAPPING,
                        act=label,
                        item=item.code,
                        stage=self.stage.label,
                        on_act=act,
                        on_item=item.code,
                        note=mapping.note,
                    )
        return matched, pending

    @staticmethod
    def level(matched: list[MatchedItem], pending: list[Choice]) -> Level | None:
        """The heaviest settled level, unless an unsettled conflict could make it heavier."""
        settled = max((m.item.level for m in matched if m.item.level), key=_severity, default=None)
        for choice in pending:
            heaviest = max((i.level for i in choice.items if i.level), key=_severity, default=None)
            if _severity(heaviest) > _severity(settled):
                return None
        return settled

    def flag_item(self, act: str, item: Item) -> None:
        if not item.verified:
            self.flag(
                FlagCode.UNVERIFIED_ITEM,
                item=item.code,
                regime=self.regime.name,
                on_act=act,
                on_item=item.code,
                note=item.note,
            )

    def flag_menu(self, menu: SanctionMenu | None, regulation: str, level: Level) -> None:
        if menu is not None and menu.verified:
            return
        self.flag(
            FlagCode.NO_MENU if menu is None else FlagCode.UNVERIFIED_MENU,
            note=menu.note if menu else None,
            regulation=self.catalogue.regulations[regulation].name,
            level=level.label,
            employment=self.employment.value,
        )

    @staticmethod
    def options(menu: SanctionMenu | None, items: list[Item]) -> tuple[SanctionOption, ...]:
        if menu is None:
            return ()
        if any(item.options is None for item in items):
            return menu.options
        allowed = {code for item in items for code in item.options or ()}
        return tuple(o for o in menu.options if o.code in allowed)

    def weigh(self, values: dict[str, FactorValue]) -> tuple[int, list[Reason]]:
        score = 0
        reasons: list[Reason] = []
        # Catalogue order, so that the reasons read the same whatever order the UI sent.
        for code, factor in self.catalogue.factors.items():
            if code not in values:
                continue
            value = values[code]
            rule = _rule_for(factor, value)
            if rule is None:
                continue
            shown = _shown(factor, value)
            score += rule.weight
            reasons.append(
                Reason(
                    code,
                    rule.weight,
                    LocalText(
                        rule.reason.id.format(value=shown.id), rule.reason.en.format(value=shown.en)
                    ),
                )
            )
        return score, reasons


def _severity(level: Level | None) -> int:
    return -1 if level is None else level.severity


def _rule_for(factor: Factor, value: FactorValue) -> FactorRule | None:
    if factor.kind is FactorKind.COUNT:
        assert isinstance(value, int)
        reached = [r for r in factor.rules if r.minimum is not None and r.minimum <= value]
        return max(reached, key=lambda r: r.minimum or 0, default=None)
    if factor.kind is FactorKind.FLAG:
        return next((r for r in factor.rules if r.when is value), None)
    return next((r for r in factor.rules if r.choice == value), None)


def _shown(factor: Factor, value: FactorValue) -> LocalText:
    if factor.kind is FactorKind.FLAG:
        return _YES if value else _NO
    if factor.kind is FactorKind.CHOICE:
        return dict(factor.choices)[str(value)]
    return LocalText(str(value), str(value))
