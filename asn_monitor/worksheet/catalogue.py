"""Reading and checking the sanction-level catalogue, keeping the last good one on error.

The catalogue is data the office corrects (``resources/worksheet/catalogue.json``, later a
copy in the shared database). A broken correction must not stop the worksheet: the loader
refuses the new text with an error naming the file, line and column, and the previous good
catalogue stays in use. Layout and choices: ``asn_monitor/worksheet/DECISIONS.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from asn_monitor.domain.models import CandidacyStage, EmploymentType
from asn_monitor.errors import AsnError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.paths import resource_path
from asn_monitor.worksheet import jsonpos
from asn_monitor.worksheet.errors import CatalogueError, CatalogueInvalid, CatalogueUnreadable
from asn_monitor.worksheet.jsonpos import JsonPath
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

# The newest layout this code reads; a file with a higher "format" comes from a newer release.
SUPPORTED_FORMAT = 1

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
# Python 3.11's fromisoformat also takes "20210831" and week dates; the file has one form.
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Free-text keys a person may add anywhere to explain an entry; every other key is checked,
# so that a misspelt "verifed" is an error and not a silently ignored field.
_COMMENT_KEYS = frozenset({"comment"})


def default_catalogue_path() -> Path:
    return resource_path("worksheet", "catalogue.json")


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read and check a catalogue file; raises :class:`CatalogueError`."""
    path = path or default_catalogue_path()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogueUnreadable(path=str(path), detail=exc.strerror or str(exc)) from exc
    return parse_catalogue(data, str(path))


def parse_catalogue(data: bytes | str, origin: str) -> Catalogue:
    """Check catalogue text; ``origin`` (a path or "database") names it in errors."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    text = _decode(raw, origin)
    try:
        located = jsonpos.parse(text)
    except json.JSONDecodeError as exc:
        raise CatalogueInvalid(
            origin,
            exc.lineno,
            exc.colno,
            "JSON",
            AsnError(_SYNTAX, detail=exc.msg),
        ) from exc
    except jsonpos.DuplicateKey as exc:
        line, column = jsonpos.line_column(text, exc.offset)
        raise CatalogueInvalid(
            origin,
            line,
            column,
            jsonpos.format_path(exc.path),
            AsnError(_DUPLICATE_KEY, key=str(exc.path[-1])),
        ) from exc
    return _Reader(located, origin, hashlib.sha256(raw).hexdigest()).catalogue()


@dataclass(frozen=True)
class LoadResult:
    """What a load attempt left in use.

    ``catalogue`` is the new catalogue when ``error`` is None; otherwise it is the last good
    one (None when there has never been one) and ``error`` says what was refused and where.
    """

    catalogue: Catalogue | None
    error: CatalogueError | None = None

    @property
    def kept_previous(self) -> bool:
        return self.error is not None and self.catalogue is not None


class CatalogueLoader:
    """Loads catalogue versions one after another and keeps the last good one."""

    def __init__(self, path: Path | None = None, last_good: Catalogue | None = None) -> None:
        self.path = path or default_catalogue_path()
        self._current = last_good

    @property
    def current(self) -> Catalogue | None:
        return self._current

    def load(self) -> LoadResult:
        """Re-read the loader's file."""
        return self._attempt(lambda: load_catalogue(self.path))

    def load_data(self, data: bytes | str, origin: str) -> LoadResult:
        """Check a catalogue that did not come from a file (the shared database's copy)."""
        return self._attempt(lambda: parse_catalogue(data, origin))

    def _attempt(self, read: Callable[[], Catalogue]) -> LoadResult:
        try:
            catalogue = read()
        except CatalogueError as exc:
            return LoadResult(self._current, exc)
        self._current = catalogue
        return LoadResult(catalogue)


_SYNTAX = QT_TRANSLATE_NOOP("asn_monitor", "penulisan JSON salah ({detail}).")
_ENCODING = QT_TRANSLATE_NOOP("asn_monitor", "berkas bukan teks UTF-8.")
_DUPLICATE_KEY = QT_TRANSLATE_NOOP("asn_monitor", "kunci \u201c{key}\u201d ditulis dua kali.")
_MISSING = QT_TRANSLATE_NOOP("asn_monitor", "kunci \u201c{key}\u201d wajib ada.")
_UNKNOWN_KEY = QT_TRANSLATE_NOOP("asn_monitor", "kunci \u201c{key}\u201d tidak dikenal.")
_WRONG_TYPE = QT_TRANSLATE_NOOP("asn_monitor", "nilai harus berupa {expected}.")
_EMPTY = QT_TRANSLATE_NOOP("asn_monitor", "nilai tidak boleh kosong.")
_BAD_CODE = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "kode \u201c{value}\u201d tidak valid; pakai huruf, angka, titik, garis bawah atau tanda hubung.",
)
_BAD_DATE = QT_TRANSLATE_NOOP(
    "asn_monitor", "tanggal \u201c{value}\u201d tidak valid; tulis TTTT-BB-HH."
)
_UNKNOWN_VALUE = QT_TRANSLATE_NOOP(
    "asn_monitor", "nilai \u201c{value}\u201d tidak dikenal; yang boleh: {allowed}."
)
_DUPLICATE = QT_TRANSLATE_NOOP("asn_monitor", "\u201c{value}\u201d sudah ada di atas.")
_UNDEFINED = QT_TRANSLATE_NOOP(
    "asn_monitor", "{kind} \u201c{value}\u201d tidak didefinisikan di katalog."
)
_TOO_NEW = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "format {found} dibuat untuk versi ASN Monitor yang lebih baru (aplikasi ini mengenal "
    "sampai format {supported}).",
)
_TOO_SMALL = QT_TRANSLATE_NOOP("asn_monitor", "nilai minimal {minimum}.")
_LEVEL_CATEGORY = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "tingkat \u201c{level}\u201d bukan tingkat untuk kategori \u201c{category}\u201d.",
)
_NO_LEVEL = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "butir \u201c{item}\u201d belum punya tingkat; hanya butir yang belum diverifikasi boleh "
    "tanpa tingkat, dan butir seperti itu tidak boleh dipetakan.",
)
_OPTION_NOT_IN_MENU = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "sanksi \u201c{option}\u201d tidak ada di daftar sanksi {regulation} tingkat {level}.",
)
_MENU_OVERLAP = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "daftar sanksi {regulation} tingkat {level} untuk {employment} sudah didefinisikan di atas.",
)
_BAD_TEMPLATE = QT_TRANSLATE_NOOP(
    "asn_monitor", "teks memakai isian yang tidak dikenal; yang boleh: {allowed}."
)
_RULE_KEY = QT_TRANSLATE_NOOP(
    "asn_monitor", "aturan faktor jenis \u201c{kind}\u201d memerlukan kunci \u201c{key}\u201d."
)
_NO_CHOICES = QT_TRANSLATE_NOOP(
    "asn_monitor", "faktor pilihan memerlukan daftar \u201cchoices\u201d."
)
_NO_REGULATION_FOR = QT_TRANSLATE_NOOP(
    "asn_monitor",
    "aturan ini memakai butir kategori \u201c{category}\u201d tetapi tidak menyebut peraturannya.",
)

_KIND_ACT = QT_TRANSLATE_NOOP("asn_monitor", "perbuatan")
_KIND_ITEM = QT_TRANSLATE_NOOP("asn_monitor", "butir")
_KIND_REGULATION = QT_TRANSLATE_NOOP("asn_monitor", "peraturan")
_KIND_SANCTION = QT_TRANSLATE_NOOP("asn_monitor", "sanksi")

_TYPE_OBJECT = QT_TRANSLATE_NOOP("asn_monitor", "objek {…}")
_TYPE_LIST = QT_TRANSLATE_NOOP("asn_monitor", "daftar […]")
_TYPE_TEXT = QT_TRANSLATE_NOOP("asn_monitor", "teks")
_TYPE_INT = QT_TRANSLATE_NOOP("asn_monitor", "bilangan bulat")
_TYPE_BOOL = QT_TRANSLATE_NOOP("asn_monitor", "true atau false")


def _decode(raw: bytes, origin: str) -> str:
    try:
        # utf-8-sig: Windows Notepad writes a byte-order mark, which is no reason to refuse.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        raise CatalogueInvalid(origin, line, column, "UTF-8", AsnError(_ENCODING)) from exc


class _Reader:
    """Turns the parsed JSON into catalogue records, failing at the first bad value."""

    def __init__(self, located: jsonpos.Located, origin: str, digest: str) -> None:
        self.located = located
        self.origin = origin
        self.digest = digest

    # --- failing with a position ------------------------------------------------------

    def fail(self, path: JsonPath, template: str, **params: Any) -> NoReturn:
        line, column = self.located.line_column(path)
        raise CatalogueInvalid(
            self.origin, line, column, jsonpos.format_path(path), AsnError(template, **params)
        )

    # --- typed access -----------------------------------------------------------------

    def obj(
        self, value: Any, path: JsonPath, keys: Collection[str], optional: Collection[str] = ()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, _WRONG_TYPE, expected=_TYPE_OBJECT)
        for key in value:
            if key not in keys and key not in optional and key not in _COMMENT_KEYS:
                self.fail((*path, key), _UNKNOWN_KEY, key=key)
        for key in sorted(keys):
            if key not in value:
                self.fail(path, _MISSING, key=key)
        return value

    def items(
        self, value: Any, path: JsonPath, allow_empty: bool = False
    ) -> Iterator[tuple[Any, JsonPath]]:
        if not isinstance(value, list):
            self.fail(path, _WRONG_TYPE, expected=_TYPE_LIST)
        if not value and not allow_empty:
            self.fail(path, _EMPTY)
        for index, element in enumerate(value):
            yield element, (*path, index)

    def string(self, value: Any, path: JsonPath) -> str:
        if not isinstance(value, str):
            self.fail(path, _WRONG_TYPE, expected=_TYPE_TEXT)
        if not value.strip():
            self.fail(path, _EMPTY)
        return value.strip()

    def code(self, value: Any, path: JsonPath) -> str:
        text = self.string(value, path)
        if not _CODE.match(text):
            self.fail(path, _BAD_CODE, value=text)
        return text

    def integer(self, value: Any, path: JsonPath, minimum: int | None = None) -> int:
        # bool is an int in Python; "true" where a number belongs is a typo, not 1.
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(path, _WRONG_TYPE, expected=_TYPE_INT)
        if minimum is not None and value < minimum:
            self.fail(path, _TOO_SMALL, minimum=minimum)
        return value

    def boolean(self, value: Any, path: JsonPath) -> bool:
        if not isinstance(value, bool):
            self.fail(path, _WRONG_TYPE, expected=_TYPE_BOOL)
        return value

    def date(self, value: Any, path: JsonPath) -> dt.date:
        text = self.string(value, path)
        try:
            if _DATE.match(text):
                return dt.date.fromisoformat(text)
        except ValueError:
            pass
        self.fail(path, _BAD_DATE, value=text)

    def enum(self, value: Any, path: JsonPath, kind: Any) -> Any:
        text = self.string(value, path)
        try:
            return kind(text)
        except ValueError:
            self.fail(path, _UNKNOWN_VALUE, value=text, allowed=", ".join(m.value for m in kind))

    def text(
        self, value: Any, path: JsonPath, placeholders: frozenset[str] = frozenset()
    ) -> LocalText:
        data = self.obj(value, path, {"id", "en"})
        out = LocalText(
            self.string(data["id"], (*path, "id")), self.string(data["en"], (*path, "en"))
        )
        for language in ("id", "en"):
            try:
                getattr(out, language).format(**{name: "" for name in placeholders})
            except (KeyError, IndexError, ValueError):
                allowed = ", ".join("{" + p + "}" for p in sorted(placeholders)) or "-"
                self.fail((*path, language), _BAD_TEMPLATE, allowed=allowed)
        return out

    def opt_text(self, data: dict[str, Any], key: str, path: JsonPath) -> LocalText | None:
        return self.text(data[key], (*path, key)) if key in data else None

    def strings(self, value: Any, path: JsonPath) -> tuple[str, ...]:
        return tuple(self.string(v, p) for v, p in self.items(value, path))

    def unique(self, seen: set[Any], value: Any, path: JsonPath) -> None:
        if value in seen:
            self.fail(path, _DUPLICATE, value=value)
        seen.add(value)

    # --- sections ---------------------------------------------------------------------

    def catalogue(self) -> Catalogue:
        root: JsonPath = ()
        data = self.obj(
            self.located.value,
            root,
            {
                "format",
                "catalogue_version",
                "acts",
                "factors",
                "suggestion",
                "regulations",
                "sanctions",
                "menus",
                "regimes",
            },
        )
        fmt = self.integer(data["format"], ("format",), minimum=1)
        if fmt > SUPPORTED_FORMAT:
            self.fail(("format",), _TOO_NEW, found=fmt, supported=SUPPORTED_FORMAT)
        version = self.integer(data["catalogue_version"], ("catalogue_version",), minimum=1)
        acts = self.acts(data["acts"], ("acts",))
        factors = self.factors(data["factors"], ("factors",))
        suggestion = self.suggestion(data["suggestion"], ("suggestion",))
        regulations = self.regulations(data["regulations"], ("regulations",))
        sanctions = self.sanctions(data["sanctions"], ("sanctions",))
        menus = self.menus(data["menus"], ("menus",), regulations, sanctions)
        regimes = self.regimes(data["regimes"], ("regimes",), acts, regulations, menus)
        return Catalogue(
            format=fmt,
            version=version,
            origin=self.origin,
            digest=self.digest,
            acts=acts,
            factors=factors,
            regulations=regulations,
            sanctions=sanctions,
            menus=menus,
            regimes=regimes,
            suggestion=suggestion,
            conflicts=find_conflicts(regimes),
        )

    def acts(self, value: Any, path: JsonPath) -> dict[str, Act]:
        out: dict[str, Act] = {}
        for element, p in self.items(value, path):
            data = self.obj(element, p, {"code", "label"})
            code = self.code(data["code"], (*p, "code"))
            self.unique(set(out), code, (*p, "code"))
            out[code] = Act(code, self.text(data["label"], (*p, "label")))
        return out

    def factors(self, value: Any, path: JsonPath) -> dict[str, Factor]:
        out: dict[str, Factor] = {}
        for element, p in self.items(value, path, allow_empty=True):
            data = self.obj(element, p, {"code", "kind", "label", "rules"}, {"choices"})
            code = self.code(data["code"], (*p, "code"))
            self.unique(set(out), code, (*p, "code"))
            kind: FactorKind = self.enum(data["kind"], (*p, "kind"), FactorKind)
            choices: list[tuple[str, LocalText]] = []
            if kind is FactorKind.CHOICE:
                if "choices" not in data:
                    self.fail(p, _NO_CHOICES)
                seen: set[str] = set()
                for c, cp in self.items(data["choices"], (*p, "choices")):
                    cdata = self.obj(c, cp, {"code", "label"})
                    ccode = self.code(cdata["code"], (*cp, "code"))
                    self.unique(seen, ccode, (*cp, "code"))
                    choices.append((ccode, self.text(cdata["label"], (*cp, "label"))))
            elif "choices" in data:
                self.fail((*p, "choices"), _UNKNOWN_KEY, key="choices")
            rules = self.factor_rules(data["rules"], (*p, "rules"), kind, {c for c, _ in choices})
            out[code] = Factor(
                code, kind, self.text(data["label"], (*p, "label")), rules, tuple(choices)
            )
        return out

    def factor_rules(
        self, value: Any, path: JsonPath, kind: FactorKind, choices: set[str]
    ) -> tuple[FactorRule, ...]:
        key = {FactorKind.COUNT: "min", FactorKind.FLAG: "when", FactorKind.CHOICE: "choice"}[kind]
        rules: list[FactorRule] = []
        seen: set[Any] = set()
        for element, p in self.items(value, path):
            if isinstance(element, dict) and key not in element:
                self.fail(p, _RULE_KEY, kind=kind.value, key=key)
            data = self.obj(element, p, {"weight", "reason", key})
            weight = self.integer(data["weight"], (*p, "weight"))
            reason = self.text(data["reason"], (*p, "reason"), frozenset({"value"}))
            kp = (*p, key)
            if kind is FactorKind.COUNT:
                minimum = self.integer(data[key], kp, minimum=0)
                self.unique(seen, minimum, kp)
                rules.append(FactorRule(weight, reason, minimum=minimum))
            elif kind is FactorKind.FLAG:
                when = self.boolean(data[key], kp)
                self.unique(seen, when, kp)
                rules.append(FactorRule(weight, reason, when=when))
            else:
                choice = self.code(data[key], kp)
                if choice not in choices:
                    self.fail(kp, _UNKNOWN_VALUE, value=choice, allowed=", ".join(sorted(choices)))
                self.unique(seen, choice, kp)
                rules.append(FactorRule(weight, reason, choice=choice))
        return tuple(rules)

    def suggestion(self, value: Any, path: JsonPath) -> SuggestionRule:
        data = self.obj(value, path, {"points_per_step", "summary"})
        return SuggestionRule(
            self.integer(data["points_per_step"], (*path, "points_per_step"), minimum=1),
            self.text(
                data["summary"],
                (*path, "summary"),
                frozenset({"score", "position", "count", "option"}),
            ),
        )

    def regulations(self, value: Any, path: JsonPath) -> dict[str, Regulation]:
        out: dict[str, Regulation] = {}
        for element, p in self.items(value, path):
            data = self.obj(element, p, {"code", "name"})
            code = self.code(data["code"], (*p, "code"))
            self.unique(set(out), code, (*p, "code"))
            out[code] = Regulation(code, self.text(data["name"], (*p, "name")))
        return out

    def sanctions(self, value: Any, path: JsonPath) -> dict[str, SanctionOption]:
        out: dict[str, SanctionOption] = {}
        for element, p in self.items(value, path):
            data = self.obj(element, p, {"code", "text"})
            code = self.code(data["code"], (*p, "code"))
            self.unique(set(out), code, (*p, "code"))
            out[code] = SanctionOption(code, self.text(data["text"], (*p, "text")))
        return out

    def reference(
        self, value: Any, path: JsonPath, known: dict[str, Any] | set[str], kind: str
    ) -> str:
        code = self.code(value, path)
        if code not in known:
            self.fail(path, _UNDEFINED, kind=kind, value=code)
        return code

    def menus(
        self,
        value: Any,
        path: JsonPath,
        regulations: dict[str, Regulation],
        sanctions: dict[str, SanctionOption],
    ) -> tuple[SanctionMenu, ...]:
        out: list[SanctionMenu] = []
        taken: set[tuple[str, Level, EmploymentType]] = set()
        for element, p in self.items(value, path):
            data = self.obj(
                element,
                p,
                {"regulation", "level", "employment", "options", "basis", "verified"},
                {"note"},
            )
            regulation = self.reference(
                data["regulation"], (*p, "regulation"), regulations, _KIND_REGULATION
            )
            level: Level = self.enum(data["level"], (*p, "level"), Level)
            employment: set[EmploymentType] = set()
            for e, ep in self.items(data["employment"], (*p, "employment")):
                kind: EmploymentType = self.enum(e, ep, EmploymentType)
                if (regulation, level, kind) in taken:
                    self.fail(
                        ep,
                        _MENU_OVERLAP,
                        regulation=regulation,
                        level=level.value,
                        employment=kind.value,
                    )
                taken.add((regulation, level, kind))
                employment.add(kind)
            options: list[SanctionOption] = []
            seen: set[str] = set()
            for o, op in self.items(data["options"], (*p, "options")):
                code = self.reference(o, op, sanctions, _KIND_SANCTION)
                self.unique(seen, code, op)
                options.append(sanctions[code])
            out.append(
                SanctionMenu(
                    regulation=regulation,
                    level=level,
                    employment=frozenset(employment),
                    options=tuple(options),
                    basis=self.strings(data["basis"], (*p, "basis")),
                    verified=self.boolean(data["verified"], (*p, "verified")),
                    note=self.opt_text(data, "note", p),
                )
            )
        return tuple(out)

    def regimes(
        self,
        value: Any,
        path: JsonPath,
        acts: dict[str, Act],
        regulations: dict[str, Regulation],
        menus: tuple[SanctionMenu, ...],
    ) -> tuple[Regime, ...]:
        out: list[Regime] = []
        codes: set[str] = set()
        starts: set[dt.date] = set()
        for element, p in self.items(value, path):
            data = self.obj(
                element,
                p,
                {
                    "code",
                    "name",
                    "effective_from",
                    "regulations",
                    "sources",
                    "verified",
                    "items",
                    "mappings",
                },
                {"note"},
            )
            code = self.code(data["code"], (*p, "code"))
            self.unique(codes, code, (*p, "code"))
            start = self.date(data["effective_from"], (*p, "effective_from"))
            self.unique(starts, start, (*p, "effective_from"))
            regs = self.regime_regulations(data["regulations"], (*p, "regulations"), regulations)
            items = self.regime_items(data["items"], (*p, "items"), regs, menus)
            mappings = self.mappings(data["mappings"], (*p, "mappings"), acts, items)
            out.append(
                Regime(
                    code=code,
                    name=self.text(data["name"], (*p, "name")),
                    effective_from=start,
                    regulations=regs,
                    sources=self.strings(data["sources"], (*p, "sources")),
                    verified=self.boolean(data["verified"], (*p, "verified")),
                    items=items,
                    mappings=mappings,
                    note=self.opt_text(data, "note", p),
                )
            )
        return tuple(sorted(out, key=lambda r: r.effective_from))

    def regime_regulations(
        self, value: Any, path: JsonPath, regulations: dict[str, Regulation]
    ) -> dict[Category, str]:
        data = self.obj(value, path, set(), {c.value for c in Category})
        return {
            Category(key): self.reference(code, (*path, key), regulations, _KIND_REGULATION)
            for key, code in data.items()
            if key not in _COMMENT_KEYS
        }

    def regime_items(
        self,
        value: Any,
        path: JsonPath,
        regs: dict[Category, str],
        menus: tuple[SanctionMenu, ...],
    ) -> dict[str, Item]:
        out: dict[str, Item] = {}
        for element, p in self.items(value, path):
            data = self.obj(
                element,
                p,
                {"code", "category", "level", "text", "basis", "source", "verified"},
                {"options", "note"},
            )
            code = self.code(data["code"], (*p, "code"))
            self.unique(set(out), code, (*p, "code"))
            category: Category = self.enum(data["category"], (*p, "category"), Category)
            if category not in regs:
                self.fail((*p, "category"), _NO_REGULATION_FOR, category=category.value)
            verified = self.boolean(data["verified"], (*p, "verified"))
            level: Level | None = None
            if data["level"] is None:
                if verified:
                    self.fail((*p, "level"), _NO_LEVEL, item=code)
            else:
                level = self.enum(data["level"], (*p, "level"), Level)
                if level.category is not category:
                    self.fail(
                        (*p, "level"), _LEVEL_CATEGORY, level=level.value, category=category.value
                    )
            options: tuple[str, ...] | None = None
            if "options" in data:
                options = self.item_options(
                    data["options"], (*p, "options"), regs[category], level, menus
                )
            out[code] = Item(
                code=code,
                category=category,
                level=level,
                text=self.text(data["text"], (*p, "text")),
                basis=self.strings(data["basis"], (*p, "basis")),
                source=self.string(data["source"], (*p, "source")),
                verified=verified,
                options=options,
                note=self.opt_text(data, "note", p),
            )
        return out

    def item_options(
        self,
        value: Any,
        path: JsonPath,
        regulation: str,
        level: Level | None,
        menus: tuple[SanctionMenu, ...],
    ) -> tuple[str, ...]:
        allowed = {
            o.code
            for m in menus
            if m.regulation == regulation and m.level == level
            for o in m.options
        }
        out: list[str] = []
        for o, op in self.items(value, path):
            code = self.code(o, op)
            if code not in allowed:
                self.fail(
                    op,
                    _OPTION_NOT_IN_MENU,
                    option=code,
                    regulation=regulation,
                    level=level.value if level else "-",
                )
            self.unique(set(out), code, op)
            out.append(code)
        return tuple(out)

    def mappings(
        self, value: Any, path: JsonPath, acts: dict[str, Act], items: dict[str, Item]
    ) -> tuple[ActMapping, ...]:
        out: list[ActMapping] = []
        for element, p in self.items(value, path):
            data = self.obj(element, p, {"acts", "stages", "item", "verified"}, {"note"})
            item = self.reference(data["item"], (*p, "item"), items, _KIND_ITEM)
            if items[item].level is None:
                self.fail((*p, "item"), _NO_LEVEL, item=item)
            stages: set[CandidacyStage] = set()
            for s, sp in self.items(data["stages"], (*p, "stages")):
                stage: CandidacyStage = self.enum(s, sp, CandidacyStage)
                self.unique(stages, stage, sp)
            verified = self.boolean(data["verified"], (*p, "verified"))
            note = self.opt_text(data, "note", p)
            seen: set[str] = set()
            for a, ap in self.items(data["acts"], (*p, "acts")):
                act = self.reference(a, ap, acts, _KIND_ACT)
                self.unique(seen, act, ap)
                out.append(ActMapping(act, frozenset(stages), item, verified, note))
        return tuple(out)


def find_conflicts(regimes: tuple[Regime, ...]) -> tuple[Conflict, ...]:
    """Act × regime × stage keys whose items disagree on category or level.

    Several items with the same outcome are not a conflict (a post may be both "promoting"
    and "posting"); different outcomes are, and the engine then asks the supervisor.
    """
    out: list[Conflict] = []
    for regime in regimes:
        keys = sorted(
            {(m.act, s) for m in regime.mappings for s in m.stages},
            key=lambda k: (k[0], k[1].value),
        )
        for act, stage in keys:
            matched = regime.matches(act, stage)
            outcomes = {(item.category, item.level) for _, item in matched}
            if len(outcomes) > 1:
                codes = tuple(dict.fromkeys(item.code for _, item in matched))
                out.append(Conflict(regime.code, act, stage, codes))
    return tuple(out)
