"""The case life cycle: who may take which step from which status (DESIGN.md)."""

from __future__ import annotations

import pytest

from asn_monitor.domain import lifecycle
from asn_monitor.domain.lifecycle import (
    STATUS_LABELS,
    TRANSITIONS,
    Status,
    Transition,
    check_transition,
    may_edit,
    transition_named,
    transitions_from,
)
from asn_monitor.domain.roles import Role
from asn_monitor.errors import PermissionDenied, TransitionRefused

ACTOR = "user-actor"
OTHER = "user-other"


def _ids(t: Transition) -> str:
    return t.name


def _check(
    t: Transition,
    *,
    status: Status | None = None,
    role: Role | None = None,
    actor_id: str = ACTOR,
    holder_id: str | None = ACTOR,
    preparers: frozenset[str] = frozenset({OTHER}),
    reason: str | None = "Alasan tertulis",
) -> None:
    check_transition(
        t,
        status=t.source if status is None else status,
        role=sorted(t.roles)[0] if role is None else role,
        actor_id=actor_id,
        holder_id=holder_id,
        preparers=preparers,
        reason=reason,
    )


def test_the_expected_steps_exist_with_their_roles() -> None:
    table = {t.name: (t.source, t.target, t.roles) for t in TRANSITIONS}
    workers = frozenset({Role.MONITOR, Role.SUPERVISOR})
    supervisor = frozenset({Role.SUPERVISOR})
    assert table == {
        "claim": (Status.MASUK, Status.DIVERIFIKASI, workers),
        "assign": (Status.MASUK, Status.DIVERIFIKASI, supervisor),
        "release": (Status.DIVERIFIKASI, Status.MASUK, workers),
        "release_returned": (Status.DIKEMBALIKAN, Status.MASUK, workers),
        "reject": (Status.DIVERIFIKASI, Status.DITOLAK, workers),
        "submit": (Status.DIVERIFIKASI, Status.DINILAI, workers),
        "resubmit": (Status.DIKEMBALIKAN, Status.DINILAI, workers),
        "approve": (Status.DINILAI, Status.DISETUJUI, supervisor),
        "return": (Status.DINILAI, Status.DIKEMBALIKAN, supervisor),
        "dismiss": (Status.DINILAI, Status.DITOLAK, supervisor),
        "reopen_approved": (Status.DISETUJUI, Status.DIKEMBALIKAN, supervisor),
        "refer": (Status.DISETUJUI, Status.DITERUSKAN, supervisor),
        "record_followup": (Status.DITERUSKAN, Status.DITINDAKLANJUTI, supervisor),
        "close": (Status.DITINDAKLANJUTI, Status.SELESAI, supervisor),
        "reopen": (Status.DITOLAK, Status.DIVERIFIKASI, supervisor),
    }
    assert all(Role.ADMIN not in t.roles for t in TRANSITIONS)


def test_every_status_but_selesai_has_a_way_out() -> None:
    for status in Status:
        outgoing = transitions_from(status)
        if status in lifecycle.TERMINAL:
            assert outgoing == []
        else:
            assert outgoing, status
    assert {Status.SELESAI} == lifecycle.TERMINAL


def test_the_main_path_leads_from_masuk_to_selesai() -> None:
    status = Status.MASUK
    for name in ("claim", "submit", "approve", "refer", "record_followup", "close"):
        step = transition_named(name)
        assert step.source == status
        status = step.target
    assert status == Status.SELESAI


def test_unknown_step_name_is_refused() -> None:
    with pytest.raises(TransitionRefused) as info:
        transition_named("hapus")
    assert "hapus" in str(info.value)


@pytest.mark.parametrize("t", TRANSITIONS, ids=_ids)
def test_allowed_for_each_of_its_roles_from_its_source(t: Transition) -> None:
    for role in t.roles:
        _check(t, role=role)


@pytest.mark.parametrize("t", TRANSITIONS, ids=_ids)
def test_refused_from_every_other_status(t: Transition) -> None:
    for status in Status:
        if status == t.source:
            continue
        for role in t.roles:
            with pytest.raises(TransitionRefused) as info:
                _check(t, status=status, role=role)
            message = str(info.value)
            # The message names the step, where it may start and where the case is,
            # with the Indonesian labels (not the stored codes).
            assert f"\u201c{STATUS_LABELS[status]}\u201d" in message
            assert f"\u201c{STATUS_LABELS[t.source]}\u201d" in message
            assert f"\u201c{t.label}\u201d" in message


@pytest.mark.parametrize("t", TRANSITIONS, ids=_ids)
def test_refused_for_every_other_role(t: Transition) -> None:
    others = [role for role in Role if role not in t.roles]
    assert others  # at least the admin
    for role in others:
        with pytest.raises(TransitionRefused) as info:
            _check(t, role=role)
        assert role.label in str(info.value)


@pytest.mark.parametrize("t", [t for t in TRANSITIONS if t.holder_only], ids=_ids)
def test_holder_only_refuses_a_monitor_who_does_not_hold_the_case(t: Transition) -> None:
    for holder in (OTHER, None):
        with pytest.raises(TransitionRefused) as info:
            _check(t, role=Role.MONITOR, holder_id=holder)
        assert "memegang kasus" in str(info.value)
    _check(t, role=Role.MONITOR, holder_id=ACTOR)
    # A supervisor may act on a case someone else holds (or nobody holds).
    _check(t, role=Role.SUPERVISOR, holder_id=OTHER)
    _check(t, role=Role.SUPERVISOR, holder_id=None)


def test_the_holder_only_steps_are_those_of_the_person_working_the_case() -> None:
    assert {t.name for t in TRANSITIONS if t.holder_only} == {
        "release",
        "release_returned",
        "reject",
        "submit",
        "resubmit",
    }


@pytest.mark.parametrize("t", [t for t in TRANSITIONS if not t.holder_only], ids=_ids)
def test_steps_without_holder_rule_ignore_the_holder(t: Transition) -> None:
    for role in t.roles:
        _check(t, role=role, holder_id=OTHER)


@pytest.mark.parametrize("t", [t for t in TRANSITIONS if t.needs_reason], ids=_ids)
@pytest.mark.parametrize("reason", [None, "", "   ", "\n\t "])
def test_needs_reason_refuses_empty_reasons(t: Transition, reason: str | None) -> None:
    for role in t.roles:
        with pytest.raises(TransitionRefused) as info:
            _check(t, role=role, reason=reason)
        assert "alasan" in str(info.value)


def test_the_steps_that_need_a_reason() -> None:
    assert {t.name for t in TRANSITIONS if t.needs_reason} == {
        "reject",
        "return",
        "dismiss",
        "reopen_approved",
        "reopen",
    }


@pytest.mark.parametrize("t", [t for t in TRANSITIONS if not t.needs_reason], ids=_ids)
def test_other_steps_need_no_reason(t: Transition) -> None:
    _check(t, reason=None)


def test_approve_is_refused_to_anyone_who_prepared_the_worksheet() -> None:
    approve = transition_named("approve")
    with pytest.raises(TransitionRefused) as info:
        _check(approve, role=Role.SUPERVISOR, preparers=frozenset({OTHER, ACTOR}))
    assert "empat mata" in str(info.value)
    _check(approve, role=Role.SUPERVISOR, preparers=frozenset({OTHER}))


def test_returning_ones_own_submission_is_allowed() -> None:
    # Only approval needs a second pair of eyes; sending one's own work back is fine.
    _check(transition_named("return"), role=Role.SUPERVISOR, preparers=frozenset({ACTOR}))


def test_transition_refused_is_a_permission_denied() -> None:
    assert issubclass(TransitionRefused, PermissionDenied)


# -- may_edit ------------------------------------------------------------------------

_EDITABLE_BY_SUPERVISOR = {
    Status.MASUK,
    Status.DIVERIFIKASI,
    Status.DIKEMBALIKAN,
    Status.DINILAI,
}


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("holder", [None, ACTOR, OTHER])
def test_may_edit_matrix(status: Status, holder: str | None) -> None:
    supervisor = may_edit(status, Role.SUPERVISOR, ACTOR, holder)
    monitor = may_edit(status, Role.MONITOR, ACTOR, holder)
    admin = may_edit(status, Role.ADMIN, ACTOR, holder)

    assert supervisor is (status in _EDITABLE_BY_SUPERVISOR)
    assert admin is False
    if status == Status.MASUK:
        expected_monitor = holder in (None, ACTOR)
    elif status in (Status.DIVERIFIKASI, Status.DIKEMBALIKAN):
        expected_monitor = holder == ACTOR
    else:
        expected_monitor = False
    assert monitor is expected_monitor
