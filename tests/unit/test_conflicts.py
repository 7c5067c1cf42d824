"""Settling sync conflicts: who sees them, what each choice writes, and the rules it keeps."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.domain.roles import Role
from asn_monitor.errors import PermissionDenied, ValidationError, VersionConflict
from asn_monitor.services.cases import CaseService
from asn_monitor.services.conflicts import Choice, ConflictService
from asn_monitor.services.users import UserService
from tests.unit.factories import PASSWORD, case_fields, subject_fields
from tests.unit.test_sync import Office, two_pcs


@pytest.fixture
def office(tmp_path: Path, hasher: PasswordHasher) -> Iterator[Office]:
    yield from two_pcs(tmp_path, hasher)


def summary_conflict(office: Office) -> str:
    """Rina (PC A) and Agus (PC B) both change a new case's summary; Rina's arrives first."""
    case = office.a.cases(office.rina).create(case_fields(summary="awal"))
    office.a.sync()
    office.b.sync()
    v_a = office.a.cases(office.rina).get(case.id).version
    v_b = office.b.cases(office.agus).get(case.id).version
    office.a.cases(office.rina).update(case.id, v_a, {"summary": "versi Rina"})
    office.b.cases(office.agus).update(case.id, v_b, {"summary": "versi Agus"})
    office.a.sync()
    office.b.sync()
    office.a.sync()
    return case.id


def test_both_sides_and_the_supervisor_see_the_conflict_with_both_values(office: Office) -> None:
    case_id = summary_conflict(office)
    number = office.a.cases(office.rina).get(case_id).number
    for pc in (office.a, office.b):
        for user in (office.supervisor, office.rina, office.agus):
            (item,) = ConflictService(pc.db, user).list_open()
            assert item.kind == "value" and item.entity == "case" and item.field == "summary"
            assert item.field_label == "Ringkasan" and item.entity_label == "Kasus"
            assert item.case_id == case_id and item.case_number == number
            assert item.case_number_final and item.record_name == number
            assert (item.kept_value, item.kept_by_name) == ("versi Rina", "Rina")
            assert (item.lost_value, item.lost_by_name) == ("versi Agus", "Agus")
            assert item.current_value == "versi Rina"
            assert item.kept_at and item.lost_at
            assert item.choices == frozenset(Choice)
    users = UserService(office.a.db, office.supervisor, office.hasher)
    dewi = users.add_user("dewi", "Dewi", Role.MONITOR, PASSWORD)
    admin = users.add_user("admin", "Admin", Role.ADMIN, PASSWORD)
    assert ConflictService(office.a.db, dewi).list_open() == []
    assert ConflictService(office.a.db, admin).count_open() == 0


def test_taking_the_other_value_writes_it_and_closes_the_conflict_together(
    office: Office,
) -> None:
    case_id = summary_conflict(office)
    service = ConflictService(office.b.db, office.agus)
    (item,) = service.list_open()
    service.resolve(item.id, item.version, Choice.OTHER)
    assert office.b.cases(office.agus).get(case_id).summary == "versi Agus"
    assert service.list_open() == []
    # One logical operation: the field and the conflict record share one transaction.
    tx_ids = {
        r["tx_id"]
        for r in office.b.db.query(
            "SELECT tx_id FROM changes WHERE origin = ? AND entity_id IN (?, ?) AND hub_id IS NULL",
            (office.b.db.origin, case_id, item.id),
        )
    }
    assert len(tx_ids) == 1
    office.b.sync()
    office.a.sync()
    assert office.a.cases(office.rina).get(case_id).summary == "versi Agus"
    conflict = office.a.db.query_one("SELECT * FROM conflicts WHERE id = ?", (item.id,))
    assert conflict is not None
    assert conflict["status"] == "resolved" and conflict["resolution"] == "other"
    assert conflict["resolved_by"] == office.agus.id and conflict["resolved_at"]
    assert ConflictService(office.a.db, office.supervisor).count_open() == 0


def test_an_edited_value_is_checked_like_the_form(office: Office) -> None:
    case_id = summary_conflict(office)
    service = ConflictService(office.a.db, office.supervisor)
    (item,) = service.list_open()
    with pytest.raises(ValidationError, match="Ringkasan wajib diisi"):
        service.resolve(item.id, item.version, Choice.EDIT, "   ")
    assert service.count_open() == 1
    service.resolve(item.id, item.version, Choice.EDIT, "  gabungan Rina dan Agus ")
    assert office.a.cases(office.supervisor).get(case_id).summary == "gabungan Rina dan Agus"
    assert service.count_open() == 0


def test_keeping_the_value_in_force_writes_nothing_but_the_conflict(office: Office) -> None:
    case_id = summary_conflict(office)
    before = office.a.cases(office.rina).get(case_id).version
    service = ConflictService(office.a.db, office.rina)
    (item,) = service.list_open()
    service.resolve(item.id, item.version, Choice.KEEP)
    assert office.a.cases(office.rina).get(case_id).version == before
    with pytest.raises(ValidationError, match="sudah diselesaikan oleh Rina"):
        service.resolve(item.id, item.version + 1, Choice.KEEP)


def test_a_stale_conflict_version_is_refused(office: Office) -> None:
    summary_conflict(office)
    service = ConflictService(office.a.db, office.supervisor)
    (item,) = service.list_open()
    with pytest.raises(VersionConflict):
        service.resolve(item.id, item.version + 7, Choice.KEEP)


def test_the_case_rules_still_apply_when_settling(office: Office) -> None:
    case_id = summary_conflict(office)
    # Rina takes the case: Agus may no longer change it, so he can only keep Rina's value.
    cases = office.a.cases(office.rina)
    cases.transition(case_id, cases.get(case_id).version, "claim")
    office.b.sync()
    service = ConflictService(office.b.db, office.agus)
    (item,) = service.list_open()
    assert item.choices == frozenset({Choice.KEEP})
    with pytest.raises(PermissionDenied, match="tidak dapat Anda ubah"):
        service.resolve(item.id, item.version, Choice.OTHER)
    assert office.b.cases(office.agus).get(case_id).summary == "versi Rina"
    service.resolve(item.id, item.version, Choice.KEEP)
    assert service.count_open() == 0


def test_a_refused_step_can_only_be_acknowledged(office: Office) -> None:
    case = office.a.cases(office.rina).create(case_fields(), subject=subject_fields())
    office.a.sync()
    office.b.sync()
    stale = office.b.cases(office.agus).get(case.id).version
    cases = office.a.cases(office.rina)
    cases.transition(case.id, cases.get(case.id).version, "claim")
    # Agus's PC has not heard of it yet: his claim is refused by the hub.
    with pytest.raises(PermissionDenied, match="sudah diambil oleh Rina"):
        office.b.cases(office.agus).transition(case.id, stale, "claim")
    service = ConflictService(office.b.db, office.agus)
    (item,) = service.list_open()
    assert item.kind == "step" and item.choices == frozenset({Choice.KEEP})
    assert item.kept_by_name == "Rina" and item.lost_by_name == "Agus"
    assert item.lost_value == Status.DIVERIFIKASI.value
    with pytest.raises(ValidationError, match="tandai saja"):
        service.resolve(item.id, item.version, Choice.OTHER)
    service.resolve(item.id, item.version, Choice.KEEP)
    row = office.b.db.query_one("SELECT resolution FROM conflicts WHERE id = ?", (item.id,))
    assert row == {"resolution": "acknowledged"}


def test_links_are_taken_back_as_a_list(office: Office) -> None:
    case = office.a.cases(office.rina).create(case_fields())
    office.a.sync()
    office.b.sync()
    v_a = office.a.cases(office.supervisor).get(case.id).version
    v_b = office.b.cases(office.supervisor).get(case.id).version
    office.a.cases(office.supervisor).update(
        case.id, v_a, {"post_urls": ["https://facebook.com/a"]}
    )
    office.b.cases(office.supervisor).update(
        case.id, v_b, {"post_urls": ["https://facebook.com/b1", "https://facebook.com/b2"]}
    )
    office.a.sync()
    office.b.sync()
    service = ConflictService(office.b.db, office.supervisor)
    (item,) = service.list_open()
    assert json.loads(item.lost_value) == ["https://facebook.com/b1", "https://facebook.com/b2"]
    service.resolve(item.id, item.version, Choice.OTHER)
    taken = CaseService(office.b.db, office.supervisor).get(case.id)
    assert taken.post_urls == ("https://facebook.com/b1", "https://facebook.com/b2")


def test_a_subject_conflict_is_settled_with_the_subject_rules(office: Office) -> None:
    case = office.a.cases(office.rina).create(case_fields(), subject=subject_fields())
    office.a.sync()
    office.b.sync()
    subject_id = office.a.cases(office.rina).get(case.id).subject_id
    assert subject_id
    for pc, agency in ((office.a, "Dinas A"), (office.b, "Dinas B")):
        cases = pc.cases(office.supervisor)
        subject = cases.subject(subject_id)
        cases.update(
            case.id,
            cases.get(case.id).version,
            {},
            subject={**subject_fields(agency=agency), "version": subject.version},
        )
    office.a.sync()
    office.b.sync()
    service = ConflictService(office.b.db, office.supervisor)
    (item,) = service.list_open()
    assert item.entity == "subject" and item.entity_label == "ASN terlapor"
    assert item.field_label == "Instansi (OPD)" and item.record_name == "Nur'aini, S.Pd."
    assert item.case_id is None
    with pytest.raises(ValidationError, match="Instansi"):
        service.resolve(item.id, item.version, Choice.EDIT, "")
    service.resolve(item.id, item.version, Choice.OTHER)
    assert office.b.cases(office.supervisor).subject(subject_id).agency == "Dinas B"


def test_a_refused_account_is_shown_to_account_managers_to_acknowledge(office: Office) -> None:
    admin = UserService(office.a.db, office.supervisor, office.hasher).add_user(
        "admin", "Admin Kantor", Role.ADMIN, PASSWORD
    )
    office.a.sync()
    office.b.sync()
    # The same user name is given on both PCs before either has synced.
    for pc in (office.a, office.b):
        UserService(pc.db, office.supervisor, office.hasher).add_user(
            "dewi", "Dewi", Role.MONITOR, PASSWORD
        )
    office.a.sync()
    # PC B's round pushes before it pulls, so its own refused row is gone before Dewi from
    # PC A arrives.
    office.b.sync()
    (item,) = ConflictService(office.b.db, admin).list_open()
    assert item.kind == "rejected" and item.entity == "user" and item.field == "*"
    assert item.entity_label == "Akun pengguna" and item.choices == frozenset({Choice.KEEP})
    assert item.lost_value["username"] == "dewi"
    assert item.lost_value["password_hash"] == "(dirahasiakan)"
    assert item.record_name == "Dewi" and not item.record_exists
    assert ConflictService(office.b.db, office.rina).list_open() == []
    ConflictService(office.b.db, admin).resolve(item.id, item.version, Choice.KEEP)
    assert ConflictService(office.b.db, office.supervisor).count_open() == 0


def test_a_user_name_taken_on_two_pcs_does_not_stop_sync(office: Office) -> None:
    for pc in (office.a, office.b):
        UserService(pc.db, office.supervisor, office.hasher).add_user(
            "dewi", "Dewi", Role.MONITOR, PASSWORD
        )
    office.a.sync()
    office.b.sync()
    assert office.b.db.scalar("SELECT count(*) FROM conflicts WHERE kind = 'rejected'") == 1
