"""The case life cycle as an explicit state machine (DESIGN.md, "Case life cycle").

Every transition names the roles that may make it and whether the actor must hold the
case. :func:`check_transition` is the single gate; services call it inside the write
transaction so that the rule holds whatever the UI shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from asn_monitor.domain.roles import Role
from asn_monitor.errors import TransitionRefused
from asn_monitor.i18n import QT_TRANSLATE_NOOP


class Status(str, Enum):
    MASUK = "masuk"
    DIVERIFIKASI = "diverifikasi"
    DINILAI = "dinilai"
    DISETUJUI = "disetujui"
    DITERUSKAN = "diteruskan"
    DITINDAKLANJUTI = "ditindaklanjuti"
    SELESAI = "selesai"
    DITOLAK = "ditolak"
    DIKEMBALIKAN = "dikembalikan"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[Status, str] = {
    Status.MASUK: QT_TRANSLATE_NOOP("asn_monitor", "Masuk"),
    Status.DIVERIFIKASI: QT_TRANSLATE_NOOP("asn_monitor", "Diverifikasi"),
    Status.DINILAI: QT_TRANSLATE_NOOP("asn_monitor", "Dinilai"),
    Status.DISETUJUI: QT_TRANSLATE_NOOP("asn_monitor", "Disetujui"),
    Status.DITERUSKAN: QT_TRANSLATE_NOOP("asn_monitor", "Diteruskan"),
    Status.DITINDAKLANJUTI: QT_TRANSLATE_NOOP("asn_monitor", "Ditindaklanjuti"),
    Status.SELESAI: QT_TRANSLATE_NOOP("asn_monitor", "Selesai"),
    Status.DITOLAK: QT_TRANSLATE_NOOP("asn_monitor", "Ditolak"),
    Status.DIKEMBALIKAN: QT_TRANSLATE_NOOP("asn_monitor", "Dikembalikan"),
}

# Statuses in which the case's own fields may still be edited, and by whom. After
# approval the record is what the supervisor signed; changing it needs a reopen.
EDITABLE_BY_MONITOR = frozenset({Status.MASUK, Status.DIVERIFIKASI, Status.DIKEMBALIKAN})
EDITABLE_BY_SUPERVISOR = EDITABLE_BY_MONITOR | {Status.DINILAI}
TERMINAL = frozenset({Status.SELESAI})
# Statuses in which the holder still has work on the case ("my queue").
IN_HAND = frozenset({Status.DIVERIFIKASI, Status.DINILAI, Status.DIKEMBALIKAN})
# Statuses in which a supervisor may give the case to another holder.
REASSIGNABLE = frozenset({Status.DIVERIFIKASI, Status.DIKEMBALIKAN})
# What the supervisor signed: the case, and the civil servant's record it points to, are
# no longer changed through other cases.
SIGNED = frozenset({Status.DISETUJUI, Status.DITERUSKAN, Status.DITINDAKLANJUTI, Status.SELESAI})


@dataclass(frozen=True)
class Transition:
    name: str
    source: Status
    target: Status
    roles: frozenset[Role]
    label: str
    holder_only: bool = False  # a monitor must hold the case (a supervisor need not)
    needs_reason: bool = False
    claims: bool = False  # the actor becomes the holder
    releases: bool = False  # the case goes back to the pool
    # Four eyes: not by anyone who prepared the worksheet or sent the case for review.
    not_by_preparer: bool = False
    assigns: bool = False  # a supervisor names the holder (taken with a chosen user)
    # Taken through its own dialog and service (review, referral, follow-up), which write
    # the record that goes with it; the generic step button does not offer it.
    structured: bool = False


_M, _S = Role.MONITOR, Role.SUPERVISOR
_WORKERS = frozenset({_M, _S})
_SUPERVISOR = frozenset({_S})

TRANSITIONS: tuple[Transition, ...] = (
    Transition(
        "claim",
        Status.MASUK,
        Status.DIVERIFIKASI,
        _WORKERS,
        QT_TRANSLATE_NOOP("asn_monitor", "Ambil dan verifikasi"),
        claims=True,
    ),
    Transition(
        "assign",
        Status.MASUK,
        Status.DIVERIFIKASI,
        _SUPERVISOR,
        QT_TRANSLATE_NOOP("asn_monitor", "Tugaskan kepada pemantau"),
        assigns=True,
    ),
    Transition(
        "release",
        Status.DIVERIFIKASI,
        Status.MASUK,
        _WORKERS,
        QT_TRANSLATE_NOOP("asn_monitor", "Lepaskan ke antrean"),
        holder_only=True,
        releases=True,
    ),
    Transition(
        "release_returned",
        Status.DIKEMBALIKAN,
        Status.MASUK,
        _WORKERS,
        QT_TRANSLATE_NOOP("asn_monitor", "Lepaskan ke antrean"),
        holder_only=True,
        releases=True,
    ),
    Transition(
        "reject",
        Status.DIVERIFIKASI,
        Status.DITOLAK,
        _WORKERS,
        QT_TRANSLATE_NOOP("asn_monitor", "Tolak laporan"),
        holder_only=True,
        needs_reason=True,
    ),
    Transition(
        "submit",
        Status.DIVERIFIKASI,
        Status.DINILAI,
        _WORKERS,
        QT_TRANSLATE_NOOP("asn_monitor", "Kirim untuk direview"),
        holder_only=True,
    ),
    Transition(
        "resubmit",
        Status.DIKEMBALIKAN,
        Status.DINILAI,
        _WORKERS,
        QT_TRANSLATE_NOOP("asn_monitor", "Kirim ulang untuk direview"),
        holder_only=True,
    ),
    Transition(
        "approve",
        Status.DINILAI,
        Status.DISETUJUI,
        _SUPERVISOR,
        QT_TRANSLATE_NOOP("asn_monitor", "Setujui"),
        structured=True,
        not_by_preparer=True,
    ),
    Transition(
        "return",
        Status.DINILAI,
        Status.DIKEMBALIKAN,
        _SUPERVISOR,
        QT_TRANSLATE_NOOP("asn_monitor", "Kembalikan dengan catatan"),
        structured=True,
        needs_reason=True,
    ),
    Transition(
        "dismiss",
        Status.DINILAI,
        Status.DITOLAK,
        _SUPERVISOR,
        QT_TRANSLATE_NOOP("asn_monitor", "Hentikan kasus"),
        structured=True,
        needs_reason=True,
    ),
    Transition(
        "reopen_approved",
        Status.DISETUJUI,
        Status.DIKEMBALIKAN,
        _SUPERVISOR,
        QT_TRANSLATE_NOOP("asn_monitor", "Buka kembali persetujuan"),
        structured=True,
        needs_reason=True,
    ),
    # The letter and the PPK's action are structured records (referrals); the step itself
    # needs no free-text reason.
    Transition(
        "refer",
        Status.DISETUJUI,
        Status.DITERUSKAN,
        _SUPERVISOR,
        QT_TRANSLATE_NOOP("asn_monitor", "Teruskan ke BKD/BKN"),
        structured=True,
    ),
    Transition(
        "record_followup",
        Status.DITERUSKAN,
        Status.DITINDAKLANJUTI,
        _SUPERVISOR,
        QT_TRANSLATE_NOOP("asn_monitor", "Catat tindak lanjut PPK"),
        structured=True,
    ),
    Transition(
        "close",
        Status.DITINDAKLANJUTI,
        Status.SELESAI,
        _SUPERVISOR,
        QT_TRANSLATE_NOOP("asn_monitor", "Tutup kasus"),
    ),
    Transition(
        "reopen",
        Status.DITOLAK,
        Status.DIVERIFIKASI,
        _SUPERVISOR,
        QT_TRANSLATE_NOOP("asn_monitor", "Buka kembali"),
        needs_reason=True,
        claims=True,
    ),
)

_BY_NAME = {t.name: t for t in TRANSITIONS}


def transition_named(name: str) -> Transition:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("asn_monitor", "Langkah '{name}' tidak dikenal."), name=name
        ) from None


def transitions_from(status: Status) -> list[Transition]:
    return [t for t in TRANSITIONS if t.source == status]


def check_transition(
    transition: Transition,
    *,
    status: Status,
    role: Role,
    actor_id: str,
    holder_id: str | None,
    preparers: frozenset[str] = frozenset(),
    reason: str | None,
) -> None:
    """Raise :class:`TransitionRefused` with the reason if ``transition`` is not allowed.

    ``preparers`` are everyone who wrote the worksheet or sent the case for review.
    """
    if status != transition.source:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Langkah \u201c{step}\u201d hanya dapat dilakukan dari status \u201c{source}\u201d; "
                "kasus ini berstatus \u201c{status}\u201d.",
            ),
            step=transition.label,
            source=transition.source.label,
            status=status.label,
        )
    if role not in transition.roles:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "asn_monitor", "Peran {role} tidak berwenang melakukan \u201c{step}\u201d."
            ),
            role=role.label,
            step=transition.label,
        )
    if transition.holder_only and role == Role.MONITOR and holder_id != actor_id:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "\u201c{step}\u201d hanya dapat dilakukan oleh pemantau yang memegang kasus ini.",
            ),
            step=transition.label,
        )
    if transition.not_by_preparer and actor_id in preparers:
        raise TransitionRefused(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "Prinsip empat mata: Anda ikut menyusun lembar sanksi atau mengirim kasus ini "
                "untuk direview, jadi Anda tidak boleh menyetujuinya sendiri. Minta supervisor "
                "lain untuk mereviewnya.",
            )
        )
    if transition.needs_reason and not (reason or "").strip():
        raise TransitionRefused(
            QT_TRANSLATE_NOOP("asn_monitor", "\u201c{step}\u201d memerlukan alasan atau catatan."),
            step=transition.label,
        )


def may_edit(status: Status, role: Role, actor_id: str, holder_id: str | None) -> bool:
    """Whether ``actor`` may change the case's own fields in ``status``."""
    if role == Role.SUPERVISOR:
        return status in EDITABLE_BY_SUPERVISOR
    if role == Role.MONITOR:
        if status == Status.MASUK:
            return holder_id is None or holder_id == actor_id
        return status in EDITABLE_BY_MONITOR and holder_id == actor_id
    return False
