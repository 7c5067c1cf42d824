"""The shared queue's service: search, filters, order, paging, deadlines, views, taking cases."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_monitor.domain.deadlines import Urgency, due_sql, urgency, validate_days
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case, Platform, User
from asn_monitor.domain.roles import Role
from asn_monitor.domain.search import fts_query
from asn_monitor.errors import NotFound, PermissionDenied, ValidationError
from asn_monitor.services.assignment import AssignmentService
from asn_monitor.services.cases import CaseService
from asn_monitor.services.queue import (
    SORT_KEYS,
    Holder,
    QueueFilter,
    QueueService,
)
from asn_monitor.store import queue_index
from asn_monitor.store.database import Database
from tests.unit.conftest import Env
from tests.unit.factories import case_fields, prepare_for_review, subject_fields

# -- the search expression ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("   ", None),
        ("nur", '"nur"*'),
        ("Nur'aini", '"Nur\'aini"*'),
        ('say "hi"', '"say"* """hi"""*'),
        ("AND OR NOT", '"AND"* "OR"* "NOT"*'),
        ("+ - * ( ) : _", None),
        ("19860926 201505 1 001", '"198609262015051001"*'),
        ("2019 03", '"201903"*'),
    ],
)
def test_typed_text_becomes_quoted_prefix_phrases(text: str, expected: str | None) -> None:
    assert fts_query(text) == expected


@pytest.fixture(scope="module")
def fts_conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t VALUES ('Nur''aini Désy \"kutip\" AND a-b')")
    return conn


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_no_typed_text_is_an_fts_syntax_error(fts_conn: sqlite3.Connection, text: str) -> None:
    query = fts_query(text)
    if query is not None:
        fts_conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone()


# -- a queue with people in it ---------------------------------------------------------------


def _case(
    env: Env, actor: User, subject: dict[str, object] | None = None, **fields: object
) -> Case:
    return CaseService(env.db, actor).create(case_fields(**fields), subject=subject)


@pytest.fixture
def people(env: Env) -> dict[str, Case]:
    made = {
        "nuraini": _case(env, env.monitor, subject_fields()),
        "desy": _case(
            env,
            env.monitor,
            subject_fields(name="Désy Wulandari, S.Kom.", nip="199103142019032007"),
            platform="instagram",
            account_handle="@desy_wulan",
            post_urls=["https://www.instagram.com/p/CxYz123/"],
            received_date="2024-10-10",
            known_date="2024-10-09",
        ),
        "ketut": _case(
            env,
            env.monitor,
            subject_fields(
                name="I Gusti Ngurah Ketut Ardana",
                nip="197812052005011002",
                agency="Badan Kepegawaian Daerah",
            ),
            platform="tiktok",
            account_handle="@gusti.ardana",
            post_urls=["https://vm.tiktok.com/ZS8abc/"],
            act_date="2024-09-15",
            received_date="2024-09-20",
            known_date="2024-09-18",
        ),
        "unknown": _case(
            env,
            env.monitor,
            None,
            account_handle="@anon.akun",
            received_date="2024-10-12",
            known_date=None,
        ),
    }
    CaseService(env.db, env.monitor).add_note(made["unknown"].id, "Pelapor menyebut akun Pak Camat")
    return made


def _ids(rows: list[dict[str, object]], made: dict[str, Case]) -> list[str]:
    names = {case.id: name for name, case in made.items()}
    return [names[str(r["id"])] for r in rows]


def _find(env: Env, made: dict[str, Case], text: str, actor: User | None = None) -> list[str]:
    service = QueueService(env.db, actor or env.monitor)
    return sorted(_ids(service.rows(QueueFilter(text=text)), made))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nur", ["nuraini"]),
        ("Nur'aini", ["nuraini"]),
        ("nuraini", ["nuraini"]),  # typed without the apostrophe
        ("NUR’AINI", ["nuraini"]),  # a typographic apostrophe
        ("desy", ["desy"]),
        ("DÉSY wulan", ["desy"]),
        ("gusti ardana", ["ketut"]),
        ("ngurah ketut", ["ketut"]),
        ("19910314", ["desy"]),  # NIP: birth date part
        ("1991 0314 2019", ["desy"]),
        ("2005 01", ["ketut"]),  # NIP: month of appointment
        ("@desy_wulan", ["desy"]),
        ("desy_wulan", ["desy"]),
        ("https://www.instagram.com/p/CxYz123/", ["desy"]),
        ("tiktok.com/ZS8abc", ["ketut"]),
        ("camat", ["unknown"]),  # a note
        ("kepegawaian", ["ketut"]),  # agency
        ('"', []),
        ("nur AND", []),
        ("NOT desy", []),
        ("desy OR ketut", []),
        ("*", []),
        ("zzz", []),
    ],
)
def test_search_finds_people_however_they_are_typed(
    env: Env, people: dict[str, Case], text: str, expected: list[str]
) -> None:
    assert _find(env, people, text) == expected


def test_search_follows_edits_of_the_person_accounts_and_notes(
    env: Env, people: dict[str, Case]
) -> None:
    cases = CaseService(env.db, env.monitor)
    case = cases.transition(people["unknown"].id, people["unknown"].version, "claim")
    assert _find(env, people, "halimah") == []
    cases.update(
        case.id, case.version, {}, subject=subject_fields(name="Halimatussa'diyah", nip=None)
    )
    assert _find(env, people, "halimatus") == ["unknown"]
    assert _find(env, people, "halimatussadiyah") == ["unknown"]
    cases.add_note(case.id, "Akun cadangan: @hali.sadiyah")
    assert _find(env, people, "hali.sadiyah") == ["unknown"]


def test_the_index_is_rebuilt_from_the_tables(env: Env, people: dict[str, Case]) -> None:
    before = _find(env, people, "desy")
    queue_index.drop(env.db.conn)
    assert not queue_index.is_current(env.db.conn)
    assert queue_index.ensure(env.db.conn) is True
    assert queue_index.ensure(env.db.conn) is False  # already current
    assert _find(env, people, "desy") == before == ["desy"]


# -- filters, order, paging ------------------------------------------------------------------


def test_filters_narrow_the_queue_and_counts_agree(env: Env, people: dict[str, Case]) -> None:
    service = QueueService(env.db, env.monitor)
    cases = CaseService(env.db, env.monitor)
    cases.transition(people["desy"].id, people["desy"].version, "claim")
    cases2 = CaseService(env.db, env.monitor2)
    cases2.transition(people["ketut"].id, people["ketut"].version, "claim")

    def names(**flt: object) -> list[str]:
        f = QueueFilter(**flt)  # type: ignore[arg-type]
        rows = service.rows(f)
        assert service.count(f) == len(rows)
        return sorted(_ids(rows, people))

    assert names(holder=Holder.MINE) == ["desy"]
    assert names(holder=Holder.UNCLAIMED) == ["nuraini", "unknown"]
    assert names(platform=Platform.TIKTOK) == ["ketut"]
    assert names(agency="badan kepegawaian daerah") == ["ketut"]
    assert names(received_from=dt.date(2024, 10, 5)) == ["desy", "unknown"]
    assert names(received_to=dt.date(2024, 10, 4)) == ["ketut", "nuraini"]
    assert names(received_from=dt.date(2024, 10, 5), received_to=dt.date(2024, 10, 10)) == ["desy"]
    assert names(act_from=dt.date(2024, 10, 2)) == []
    assert names(status=Status.DIVERIFIKASI) == ["desy", "ketut"]
    assert names(status=Status.DIVERIFIKASI, text="desy") == ["desy"]
    counts = service.status_counts(QueueFilter(status=Status.MASUK))
    assert counts == {Status.MASUK: 2, Status.DIVERIFIKASI: 2}  # the status itself is ignored
    assert service.status_counts(QueueFilter(text="desy")) == {Status.DIVERIFIKASI: 1}


def test_every_order_pages_without_gaps_or_repeats(env: Env) -> None:
    cases = CaseService(env.db, env.monitor)
    for i in range(23):
        subject = subject_fields(name=f"Pegawai {i % 5}", nip=None) if i % 3 else None
        cases.create(
            case_fields(
                act_date="2024-09-01",
                known_date="2024-09-02",
                received_date=f"2024-10-{1 + i % 9:02d}",
                platform=("facebook", None)[i % 2],
            ),
            subject=subject,
        )
    service = QueueService(env.db, env.monitor)
    for key in SORT_KEYS:
        for descending in (False, True):
            flt = QueueFilter(sort=key, descending=descending)
            whole = [r["id"] for r in service.rows(flt)]
            paged = [r["id"] for n in range(0, 30, 7) for r in service.page(flt, n, 7)]
            assert paged == whole and len(set(whole)) == 23, key
            for position in (0, 11, 22):
                assert service.position(flt, whole[position]) == position
    assert service.position(QueueFilter(status=Status.SELESAI), whole[0]) is None


def test_received_order_and_age_read_opposite_ways(env: Env, people: dict[str, Case]) -> None:
    service = QueueService(env.db, env.monitor)
    newest_first = _ids(service.rows(QueueFilter(sort="received", descending=True)), people)
    youngest_first = _ids(service.rows(QueueFilter(sort="age", descending=False)), people)
    assert newest_first == youngest_first == ["unknown", "desy", "nuraini", "ketut"]


def test_a_saved_filter_survives_json_and_ignores_what_it_cannot_read() -> None:
    flt = QueueFilter(
        status=Status.DINILAI,
        holder=Holder.MINE,
        platform=Platform.TIKTOK,
        agency="Dinas",
        received_from=dt.date(2024, 1, 1),
        overdue=True,
        text="nur",
        sort="due",
        descending=False,
    )
    assert QueueFilter.from_dict(flt.to_dict()) == flt
    assert QueueFilter().to_dict() == {}
    odd = QueueFilter.from_dict(
        {"status": "hilang", "sort": "DROP TABLE", "received_to": "kemarin", "future": 1}
    )
    assert odd == QueueFilter()


# -- deadlines -------------------------------------------------------------------------------


def test_deadlines_follow_the_stage_and_the_office_settings(env: Env) -> None:
    service = QueueService(env.db, env.supervisor)
    case = _case(env, env.monitor, subject_fields(), known_date="2024-10-03")
    assert service.clock(case.id)["due_date"] == "2024-10-10"  # known + 7 days
    cases = CaseService(env.db, env.monitor)
    case = cases.transition(case.id, case.version, "claim")
    env.clock.advance(days=2)
    prepare_for_review(cases.db, cases.actor, case.id)
    case = cases.transition(case.id, case.version, "submit")
    clock = service.clock(case.id)
    # In review: 3 days from when it was sent (15 Oct + 2 days, local date).
    sent = env.clock().astimezone().date()
    assert clock["due_date"] == (sent + dt.timedelta(days=3)).isoformat()
    service.set_deadline_days({"intake": 7, "review": 5, "referral": 5, "followup": 10})
    assert (
        QueueService(env.db, env.monitor).clock(case.id)["due_date"]
        == (sent + dt.timedelta(days=5)).isoformat()
    )
    with pytest.raises(PermissionDenied):
        QueueService(env.db, env.monitor).set_deadline_days(
            {"intake": 1, "review": 1, "referral": 1, "followup": 1}
        )


def test_overdue_means_past_its_stage_deadline(env: Env, people: dict[str, Case]) -> None:
    service = QueueService(env.db, env.monitor)
    # Today is 15 Oct 2024: Ketut's report (known 18 Sep) is long overdue, Nur'aini's
    # (known 3 Oct, due 10 Oct) too; Désy's (known 9 Oct) is due on 16 Oct.
    assert sorted(_ids(service.rows(QueueFilter(overdue=True)), people)) == ["ketut", "nuraini"]
    assert _ids(service.rows(QueueFilter(sort="due", descending=False)), people)[:3] == [
        "ketut",
        "nuraini",
        "desy",
    ]


def test_bad_deadline_settings_are_refused_or_ignored(env: Env) -> None:
    with pytest.raises(ValidationError):
        validate_days({"intake": 0, "review": 3, "referral": 5, "followup": 10})
    with pytest.raises(ValidationError):
        validate_days({"intake": 7, "review": 3, "referral": 5, "followup": 10, "x": 1})
    with pytest.raises(ValidationError):
        validate_days({"intake": True, "review": 3, "referral": 5, "followup": 10})
    assert "'+7 days'" in due_sql({"intake": 7, "review": 3, "referral": 5, "followup": 10})
    assert [urgency(n) for n in (-1, 0, 2, 3)] == [
        Urgency.OVERDUE,
        Urgency.TODAY,
        Urgency.SOON,
        Urgency.OK,
    ]
    # A damaged stored value falls back to the defaults rather than hiding deadlines.
    with env.db.transaction(env.supervisor.id) as tx:
        tx.insert("setting", {"id": "deadline_days", "value": "{not json"})
    assert QueueService(env.db, env.monitor).deadline_days()["intake"] == 7


# -- saved views -----------------------------------------------------------------------------


def test_views_are_each_users_own(env: Env) -> None:
    mine = QueueService(env.db, env.monitor)
    theirs = QueueService(env.db, env.monitor2)
    keys = [v.key for v in mine.views()]
    assert keys[:5] == ["mine", "unclaimed", "review", "overdue", "all"]
    mine.save_view("  TikTok   Lotim ", QueueFilter(platform=Platform.TIKTOK, text="lotim"))
    assert [v.name for v in mine.saved_views()] == ["TikTok Lotim"]
    assert theirs.saved_views() == []
    mine.save_view("tiktok lotim", QueueFilter(platform=Platform.TIKTOK))  # replaces it
    (view,) = mine.saved_views()
    assert view.filter == QueueFilter(platform=Platform.TIKTOK)
    with pytest.raises(ValidationError):
        mine.save_view("Antrean saya", QueueFilter())
    with pytest.raises(ValidationError):
        mine.save_view("", QueueFilter())
    with pytest.raises(NotFound):
        theirs.delete_view("tiktok lotim")
    mine.delete_view("tiktok lotim")
    assert mine.saved_views() == []


# -- taking cases --------------------------------------------------------------------------


def test_next_takes_the_oldest_unclaimed_case_of_the_view(
    env: Env, people: dict[str, Case]
) -> None:
    service = AssignmentService(env.db, env.monitor)
    case, lost = service.claim_next(QueueFilter())
    assert (case.id, lost) == (people["ketut"].id, [])  # known 18 Sep: the oldest
    assert case.assignee_id == env.monitor.id and case.status is Status.DIVERIFIKASI
    case, _ = service.claim_next(QueueFilter(platform=Platform.INSTAGRAM))
    assert case.id == people["desy"].id
    with pytest.raises(NotFound, match="Tidak ada kasus yang belum diambil"):
        service.claim_next(QueueFilter(platform=Platform.INSTAGRAM))
    with pytest.raises(NotFound):
        service.claim_next(QueueFilter(holder=Holder.MINE))


def test_a_supervisor_assigns_several_cases_at_once(env: Env, people: dict[str, Case]) -> None:
    cases = CaseService(env.db, env.monitor)
    held = cases.transition(people["desy"].id, people["desy"].version, "claim")
    admin = env.add_user("admin", Role.ADMIN)
    service = AssignmentService(env.db, env.supervisor)
    assert env.monitor2.id in [u.id for u in service.assignable_users()]
    assert admin.id not in [u.id for u in service.assignable_users()]
    ids = [people["nuraini"].id, held.id, people["ketut"].id]
    outcomes = service.assign(ids, env.monitor2.id)
    assert [o.error for o in outcomes] == [None, None, None]
    for case_id in ids:
        case = cases.get(case_id)
        assert case.assignee_id == env.monitor2.id and case.status is Status.DIVERIFIKASI
    with pytest.raises(ValidationError, match="pemantau atau supervisor aktif"):
        service.assign(ids, admin.id)
    with pytest.raises(PermissionDenied):
        AssignmentService(env.db, env.monitor).assign(ids, env.monitor.id)
    # A case past verification keeps its holder; the others still go.
    prepare_for_review(
        CaseService(env.db, env.monitor2).db, CaseService(env.db, env.monitor2).actor, ids[0]
    )
    done = CaseService(env.db, env.monitor2).transition(ids[0], cases.get(ids[0]).version, "submit")
    outcomes = service.assign([done.id, people["unknown"].id], env.monitor.id)
    assert outcomes[0].error is not None and outcomes[1].error is None
    assert "pemegangnya tidak dapat diganti" in str(outcomes[0].error)


def test_assignment_passes_the_integrity_check(env: Env, people: dict[str, Case]) -> None:
    from asn_monitor.store.integrity import check_database

    AssignmentService(env.db, env.supervisor).assign([people["nuraini"].id], env.monitor.id)
    report = check_database(env.db)
    assert report.healthy, report.problems


def test_a_replica_without_the_index_gets_it_on_open(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    Database(path, create=True).close()
    conn = sqlite3.connect(path, isolation_level=None)
    queue_index.drop(conn)
    conn.close()
    db = Database(path)
    try:
        assert queue_index.is_current(db.conn)
        assert db.scalar("SELECT count(*) FROM case_search") == 0
    finally:
        db.close()
