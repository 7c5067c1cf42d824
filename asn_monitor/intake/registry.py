"""One row of the BKD personnel list: NIP, name, agency, position, rank, checked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from asn_monitor.domain.models import EmploymentType
from asn_monitor.domain.nip import check_pppk_number, normalize, parse_nip
from asn_monitor.errors import AsnError, NipError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.intake import problems as p
from asn_monitor.intake.agencies import AgencyList
from asn_monitor.intake.agencies import agency_code_notice as _agency_code_notice
from asn_monitor.intake.columns import fold
from asn_monitor.intake.problems import Problem, Severity
from asn_monitor.intake.table import RawRow

REGISTRY_FIELDS = ("nip", "name", "employment_type", "agency", "position", "rank")
_LABELS = {
    "nip": QT_TRANSLATE_NOOP("asn_monitor", "NIP / NI PPPK"),
    "name": QT_TRANSLATE_NOOP("asn_monitor", "Nama"),
}


@dataclass
class RegistryRow:
    line: int
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    existing: dict[str, Any] | None = None  # the record with this NIP, if there is one
    changes: dict[str, Any] = field(default_factory=dict)  # what an upsert would change

    @property
    def has_errors(self) -> bool:
        return any(x.severity is Severity.ERROR for x in self.problems)


def parse_registry_row(
    raw: RawRow, mapping: dict[str, str], today: dt.date, agencies: AgencyList
) -> RegistryRow:
    line = raw.line
    found: list[Problem] = list(raw.problems)
    v = {name: (raw.values.get(header) or "").strip() for header, name in mapping.items()}
    values: dict[str, Any] = {k: v.get(k, "") for k in REGISTRY_FIELDS}
    values["nip"] = normalize(values["nip"])
    values["name"] = " ".join(values["name"].split())
    employment = fold(values["employment_type"]).upper()
    values["employment_type"] = (
        EmploymentType.PPPK.value if employment == "PPPK" else EmploymentType.PNS.value
    )
    for name in ("nip", "name"):
        if not values[name]:
            found.append(
                p.error(
                    line,
                    QT_TRANSLATE_NOOP("asn_monitor", "{field} wajib diisi."),
                    name,
                    field=_LABELS[name],
                )
            )
    if values["nip"]:
        try:
            if values["employment_type"] == EmploymentType.PPPK.value:
                check_pppk_number(values["nip"])
            else:
                parse_nip(values["nip"], today)
        except NipError as exc:
            found.append(
                Problem(
                    line,
                    Severity.ERROR,
                    AsnError(
                        QT_TRANSLATE_NOOP("asn_monitor", "NIP {nip}: {reason}"),
                        nip=values["nip"],
                        reason=exc.message(),
                    ),
                    "nip",
                )
            )
    agency = values["agency"]
    if agency:
        canonical = agencies.canonical(agency)
        if canonical:
            values["agency"] = canonical
            if fold(canonical) != fold(agency):
                found.append(_agency_code_notice(line, agency, canonical, "agency"))
        elif len(agencies) and not agencies.known(agency):
            suggestion = agencies.suggest(agency)
            if suggestion:
                found.append(
                    p.warning(
                        line,
                        QT_TRANSLATE_NOOP(
                            "asn_monitor",
                            "Instansi \u201c{agency}\u201d tidak ada di daftar OPD; mungkin "
                            "maksudnya \u201c{suggestion}\u201d.",
                        ),
                        "agency",
                        agency=agency,
                        suggestion=suggestion,
                    )
                )
            else:
                found.append(
                    p.notice(
                        line,
                        QT_TRANSLATE_NOOP(
                            "asn_monitor", "Instansi \u201c{agency}\u201d belum ada di daftar OPD."
                        ),
                        "agency",
                        agency=agency,
                    )
                )
    return RegistryRow(line, values, found)
