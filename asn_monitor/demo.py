"""A demo workspace with realistic data: NTB agencies, Indonesian names, ~200 cases.

The raw material (names, agencies, summaries, fictitious reporters) lives in
``resources/demo/seed.json``; this module only combines it. Every case is created and
moved through its life cycle by the real services, so the demo's history and change log
are exactly what real use would produce. The demo is a snapshot of an office shortly
after the 2024 regional elections; its clock runs through 2023–2024.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_monitor.domain.calendar import load_elections, suggest_stage
from asn_monitor.domain.lifecycle import Status
from asn_monitor.domain.models import Case, Platform, Source, User
from asn_monitor.domain.passwords import PasswordHasher
from asn_monitor.domain.reference import load_reference
from asn_monitor.domain.roles import Role
from asn_monitor.errors import AsnError
from asn_monitor.intake.table import RawRow, Table
from asn_monitor.paths import resource_path
from asn_monitor.services.cases import CaseService
from asn_monitor.services.notifications import NotificationService
from asn_monitor.services.referral import Outcome, ReferralService
from asn_monitor.services.registry import RegistryService
from asn_monitor.services.review import ReviewService
from asn_monitor.services.users import UserService
from asn_monitor.store.database import Database, utc_now
from asn_monitor.workspace import Workspace

OFFICE = "Dinas Komunikasi, Informatika dan Statistik Provinsi Nusa Tenggara Barat"
WITA = dt.timezone(dt.timedelta(hours=8))
SNAPSHOT = dt.datetime(2024, 12, 10, 16, 0, tzinfo=WITA)

# How the demo's cases are spread over the life cycle (200 in all).
STATUS_MIX: dict[Status, int] = {
    Status.MASUK: 24,
    Status.DIVERIFIKASI: 30,
    Status.DINILAI: 18,
    Status.DIKEMBALIKAN: 10,
    Status.DISETUJUI: 14,
    Status.DITERUSKAN: 24,
    Status.DITINDAKLANJUTI: 20,
    Status.SELESAI: 38,
    Status.DITOLAK: 22,
}
# The steps that take a case from intake to each status.
PATHS: dict[Status, list[str]] = {
    Status.MASUK: [],
    Status.DIVERIFIKASI: ["claim"],
    Status.DITOLAK: ["claim", "reject"],
    Status.DINILAI: ["claim", "submit"],
    Status.DIKEMBALIKAN: ["claim", "submit", "return"],
    Status.DISETUJUI: ["claim", "submit", "approve"],
    Status.DITERUSKAN: ["claim", "submit", "approve", "refer"],
    Status.DITINDAKLANJUTI: ["claim", "submit", "approve", "refer", "record_followup"],
    Status.SELESAI: ["claim", "submit", "approve", "refer", "record_followup", "close"],
}
# What PPKs did with the office's recommendations: (outcome, sanction, decree pattern, note).
FOLLOWUPS = [
    (
        Outcome.IMPOSED,
        "Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan",
        "862/{n}/BKD/{year}",
        "",
    ),
    (Outcome.IMPOSED, "Sanksi moral: pernyataan secara terbuka", "800/{n}/BKD/{year}", ""),
    (
        Outcome.IMPOSED,
        "Hukuman disiplin berat: penurunan jabatan setingkat lebih rendah selama 12 bulan",
        "862/{n}/BKD/{year}",
        "",
    ),
    (
        Outcome.NONE,
        "",
        "",
        "BKD menyatakan pemeriksaan oleh atasan langsung belum selesai; PPK belum menjatuhkan "
        "sanksi (keterangan per telepon).",
    ),
]
# Fictitious, as every name in the demo.
DEMO_PPK_NAME = "Dr. H. Lalu Wirasakti, M.Si."


@dataclass
class DemoClock:
    """A clock the generator moves forward; the store reads it for every timestamp."""

    now: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.now

    def at(self, day: dt.date, rng: random.Random, earliest: dt.datetime | None = None) -> None:
        moment = dt.datetime.combine(
            day, dt.time(rng.randint(8, 15), rng.randint(0, 59), rng.randint(0, 59)), WITA
        )
        if earliest and moment <= earliest:
            moment = earliest + dt.timedelta(minutes=rng.randint(5, 90))
        self.now = min(moment, SNAPSHOT)


@dataclass
class DemoResult:
    directory: Path
    accounts: list[tuple[str, str, str]] = field(default_factory=list)  # username, role, password
    cases: int = 0


def _load_seed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("demo", "seed.json").read_text(encoding="utf-8")
    )
    return data


class _Generator:
    def __init__(self, seed: dict[str, Any], rng: random.Random) -> None:
        self.seed = seed
        self.rng = rng
        reference = load_reference()
        self.agencies = list(reference.agencies)
        self.regions = list(reference.regions)
        self.elections = [e for e in load_elections() if e.voting.year == 2024]
        self.subjects: list[dict[str, Any]] = []
        self.post_id = 10_000

    def person(self) -> tuple[str, str, bool]:
        """(full name with titles, ascii handle base, female)."""
        rng, seed = self.rng, self.seed
        female = rng.random() < 0.45
        given = rng.choice(seed["given_names_female" if female else "given_names_male"])
        name = given
        family = rng.choice(seed["family_names"]) if rng.random() < 0.35 else ""
        if family:
            name += " " + family
        if rng.random() < 0.6:
            unfit = "Drs." if female else "Dra."
            title = rng.choice([t for t in seed["academic_titles"] if t["title"] != unfit])
            if title["position"] == "before":
                name = f"{title['title']} {name}"
            else:
                name = f"{name}, {title['title']}"
        words = [w for w in f"{given} {family}".replace("'", "").split() if w.isalpha()]
        ascii_words = ["".join(ch for ch in w.lower() if ch.isascii()) for w in words] or ["asn"]
        if len(ascii_words) == 1:
            ascii_words.append(rng.choice(["ntb", "lombok", "mataram", "sumbawa", "bima"]))
        return name, "_".join(ascii_words[-2:]), female

    def nip(self, female: bool, act_date: dt.date) -> str:
        rng = self.rng
        birth = dt.date(rng.randint(1966, 1997), rng.randint(1, 12), rng.randint(1, 28))
        age = rng.randint(22, 35)
        # Appointed well before the elections the demo covers (the clock starts in 2023).
        year = min(birth.year + age, act_date.year - 3)
        month = rng.randint(1, 12)
        return f"{birth:%Y%m%d}{year:04d}{month:02d}{2 if female else 1}{rng.randint(1, 999):03d}"

    def subject(self, act_date: dt.date) -> dict[str, Any]:
        rng, seed = self.rng, self.seed
        if self.subjects and rng.random() < 0.1:
            return dict(rng.choice(self.subjects))  # a repeat offender
        name, handle, female = self.person()
        pppk = rng.random() < 0.15
        if pppk:
            number = f"{rng.randint(1970, 1998)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            number += f"2022{rng.randint(1, 12):02d}{2 if female else 1}{rng.randint(1, 999):03d}"
            position = rng.choice(seed["pppk_positions"])
            rank = ""
        else:
            number = self.nip(female, act_date)
            position = rng.choice(seed["positions"])["title"]
            r = rng.choice(seed["ranks"])
            rank = f"{r['rank']} ({r['grade']})"
        subject = {
            "name": name,
            "employment_type": "PPPK" if pppk else "PNS",
            "nip": number,
            "agency": rng.choice(self.agencies),
            "position": position,
            "rank": rank,
            "region": rng.choice(self.regions),
            "_handle": rng.choice(seed["handle_patterns"]).format(
                first=handle.split("_")[0], last=handle.split("_")[-1], n=rng.randint(10, 9999)
            ),
        }
        self.subjects.append(subject)
        return dict(subject)

    def case_fields(self, subject: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
        rng, seed = self.rng, self.seed
        election = rng.choice(self.elections)
        start = election.designation - dt.timedelta(days=75)
        span = (min(election.voting + dt.timedelta(days=5), SNAPSHOT.date()) - start).days
        act = start + dt.timedelta(days=rng.randint(0, span))
        known = act + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
        received = known + dt.timedelta(days=rng.choice([0, 0, 1, 2, 4]))
        received = min(received, SNAPSHOT.date())
        weights = [p["weight"] for p in seed["platforms"]]
        platform = rng.choices(seed["platforms"], weights=weights)[0]
        handle = subject["_handle"]
        self.post_id += rng.randint(1, 999)
        urls = []
        if platform["url_template"]:
            urls.append(platform["url_template"].format(handle=handle, post_id=self.post_id))
        candidate = rng.choice(seed["candidates"])
        summary = rng.choice(seed["case_summaries"]).format(
            name=subject["name"],
            platform=Platform(platform["code"]).label,
            pair=candidate["pair"],
            candidate=candidate["names"],
            slogan=candidate["slogan"],
            hashtag=candidate["hashtag"],
            gesture=candidate["gesture"],
        )
        source = rng.choices(
            [Source.PUBLIC_REPORT, Source.PATROL, Source.PORTAL], weights=[50, 35, 15]
        )[0]
        reporter = None
        if source == Source.PUBLIC_REPORT:
            reporter = dict(rng.choice(seed["reporters"]))
            reporter["nik"] = reporter.get("nik") or ""
        stage, _ = suggest_stage(act, self.elections)
        fields = {
            "source": source.value,
            "portal": rng.choice(seed["portals"]) if source == Source.PORTAL else "",
            "platform": platform["code"],
            "post_urls": urls,
            "account_handle": "" if platform["code"] == "whatsapp" else "@" + handle,
            "act_date": act,
            "known_date": known,
            "received_date": received,
            "candidacy_stage": stage.value,
            "summary": summary,
        }
        return fields, reporter


def create_demo(
    directory: Path | str,
    *,
    cases: int = 200,
    seed: int = 2024,
    hasher: PasswordHasher | None = None,
) -> DemoResult:
    """Create a demo workspace in ``directory`` (which must not hold one yet)."""
    rng = random.Random(seed)
    data = _load_seed()
    hasher = hasher or PasswordHasher()
    staff = data["staff"]
    result = DemoResult(Path(directory))

    def password(username: str) -> str:
        return f"{username}-{rng.randint(1000, 9999)}"

    clock = DemoClock(dt.datetime(2023, 8, 1, 9, 0, tzinfo=WITA))
    sup = staff["supervisor"]
    sup_password = password(sup["username"])
    database, supervisor = Workspace(directory).create(
        office_name=OFFICE,
        prefix="NTB",
        username=sup["username"],
        display_name=sup["display_name"],
        password=sup_password,
        hasher=hasher,
        clock=clock,
    )
    result.accounts.append((supervisor.username, Role.SUPERVISOR.value, sup_password))
    try:
        users = UserService(database, supervisor, hasher)
        monitors: list[User] = []
        for m in staff["monitors"]:
            pw = password(m["username"])
            monitors.append(users.add_user(m["username"], m["display_name"], Role.MONITOR, pw))
            result.accounts.append((m["username"], Role.MONITOR.value, pw))
        admin = staff["admin"]
        pw = password(admin["username"])
        users.add_user(admin["username"], admin["display_name"], Role.ADMIN, pw)
        result.accounts.append((admin["username"], Role.ADMIN.value, pw))
        result.cases = _fill_cases(database, clock, rng, data, supervisor, monitors, cases)
        _read_old_news(database, [supervisor, *monitors])
        _sign_letters(database, supervisor, data)
        # Send it all to the (local) hub so that every case has its office number.
        Workspace(directory).sync_once(database, clock)
        _write_import_samples(Path(directory))
    finally:
        database.clock = utc_now
        database.close()
    return result


# Files to try the import dialogs on: a web-form export (UTF-8 with BOM, semicolons, a few
# bad rows and a repeated post) and a BKD list saved by Excel (Windows-1252).
IMPORT_SAMPLES = ("laporan-contoh.csv", "bkd-contoh.csv")


def _write_import_samples(directory: Path) -> None:
    folder = directory / "contoh-impor"
    folder.mkdir(exist_ok=True)
    for name in IMPORT_SAMPLES:
        (folder / name).write_bytes(resource_path("demo", name).read_bytes())


def _fill_cases(
    database: Database,
    clock: DemoClock,
    rng: random.Random,
    data: dict[str, Any],
    supervisor: User,
    monitors: list[User],
    count: int,
) -> int:
    generator = _Generator(data, rng)
    total = sum(STATUS_MIX.values())
    plan = [s for s, n in STATUS_MIX.items() for _ in range(round(n * count / total))]
    # Rounding may miss the asked number by a few: trim or top up with fresh intake.
    plan = (plan + [Status.MASUK] * count)[:count]
    rng.shuffle(plan)
    jobs = []
    for target in plan:
        subject = generator.subject(dt.date(2024, 6, 1))
        fields, reporter = generator.case_fields(subject)
        jobs.append((fields["received_date"], target, subject, fields, reporter))
    jobs.sort(key=lambda j: j[0])
    # Open cases are recent; long-finished ones are old. Fit the plan to arrival order.
    order = {s: i for i, s in enumerate(reversed(list(PATHS)))}
    jobs_by_date = [j[0] for j in jobs]
    # Oldest arrivals get the most advanced statuses; a little noise keeps it realistic.
    targets = sorted((j[1] for j in jobs), key=lambda s: order[s] + rng.random() * 3)
    with database.transaction(None):
        for received, target, subject, fields, reporter in (
            (d, t, j[2], j[3], j[4]) for d, t, j in zip(jobs_by_date, targets, jobs, strict=True)
        ):
            _one_case(
                database,
                clock,
                rng,
                data,
                supervisor,
                monitors,
                received,
                target,
                subject,
                fields,
                reporter,
            )
    _fill_registry(database, supervisor, generator, rng)
    return len(jobs)


# Words of a demo summary -> the act the monitor ticks for it (first match wins).
ACT_WORDS: tuple[tuple[str, str], ...] = (
    ("kartu tanda anggota", "party_membership"),
    ("kartu anggota", "party_membership"),
    ("surat pernyataan", "support_letter"),
    ("mobil dinas", "state_facilities"),
    ("kendaraan dinas", "state_facilities"),
    ("mengarahkan staf", "mobilise_staff"),
    ("siswa", "mobilise_staff"),
    ("KTP", "support_letter"),
    ("deklarasi", "attend_declaration"),
    ("spanduk", "banner"),
    ("baliho", "banner"),
    ("berpose", "support_gesture"),
    ("foto bersama", "photo_with_candidate"),
    ("berfoto bersama", "photo_with_candidate"),
    ("tim pemenangan", "follow_winning_team"),
    ("grup", "follow_winning_team"),
    ("komentar", "comment"),
    ("berkomentar", "comment"),
    ("membagikan", "share"),
    ("visi-misi", "post_candidate_programme"),
    ("poster", "post_candidate_picture"),
    ("twibbon", "post_candidate_picture"),
    ("foto profil", "post_candidate_picture"),
    ("menyukai", "like"),
    ("tanda suka", "like"),
)
JUSTIFICATIONS = (
    "Perbuatan terlihat jelas pada tangkapan layar dan akun terbukti milik terlapor.",
    "Unggahan bersifat aktif dan dapat dilihat publik; sanksi diusulkan sesuai faktor yang ada.",
    "Terlapor baru pertama kali tercatat; usulan mengikuti saran lembar sanksi.",
    "Jangkauan unggahan luas dan terlapor memegang jabatan; usulan mengikuti saran.",
)


def _add_screenshot(
    database: Database, actor: User, case_id: str, fields: dict[str, Any], rng: random.Random
) -> str:
    """A mock screenshot of the post, taken in as a monitor would paste one."""
    from asn_monitor.demo_images import mock_screenshot
    from asn_monitor.services.evidence import EvidenceService

    service = EvidenceService(database, actor, Workspace(database.path.parent).evidence(database))
    seed = rng.randint(0, 10**9)
    added = service.add_bytes(
        case_id,
        mock_screenshot(seed, fields.get("platform")),
        f"tangkapan-{case_id[:8]}.png",
        "Tangkapan layar unggahan",
        source="reporter" if fields.get("source") == "laporan_masyarakat" else "monitor",
        platform=fields.get("platform"),
        account=fields.get("account_handle") or "",
    )
    _annotate(database, actor, added.item.id, seed)
    return added.item.id


def _sign_letters(database: Database, supervisor: User, data: dict[str, Any]) -> None:
    """The head of office who signs referral letters, as a supervisor would set it."""
    from dataclasses import replace

    from asn_monitor.reports.letterhead import LetterheadService

    service = LetterheadService(database, supervisor)
    service.save(replace(service.letterhead(), **data["letter_signer"]))


def _annotate(database: Database, actor: User, evidence_id: str, seed: int) -> None:
    """What a monitor marks on a screenshot: a box around the photo that shows the act and,
    on most, a redaction over the account names of bystanders who commented."""
    from asn_monitor.annotations.shapes import (
        REDACTION_COLOUR,
        Rect,
        RedactionMode,
        Shape,
        ShapeKind,
    )
    from asn_monitor.services.annotations import AnnotationService

    shapes = [
        Shape(
            ShapeKind.RECTANGLE,
            box=Rect(12, 116, 336, 208),
            colour="#e53935",
            created_by=actor.id,
        )
    ]
    # From the picture's own seed: the demo's other random choices stay as they were.
    if seed % 10 < 7:
        shapes.append(
            Shape(
                ShapeKind.REDACTION,
                box=Rect(12, 372, 340, 60),
                redaction_mode=RedactionMode.SOLID,
                colour=REDACTION_COLOUR,
                created_by=actor.id,
                z=1,
            )
        )
    AnnotationService(database, actor).save(evidence_id, shapes)


def _prepare_worksheet(
    database: Database,
    holder: User,
    case_id: str,
    fields: dict[str, Any],
    rng: random.Random,
    data: dict[str, Any],
) -> None:
    """The worksheet a monitor fills before review: the act, its evidence, a proposal."""
    from asn_monitor.services.worksheet import WorksheetAct, WorksheetService
    from asn_monitor.worksheet import Level

    evidence = [
        r["id"] for r in database.query("SELECT id FROM evidence WHERE case_id = ?", (case_id,))
    ] or [_add_screenshot(database, holder, case_id, fields, rng)]
    summary = str(fields.get("summary", ""))
    act = next((a for words, a in ACT_WORDS if words in summary), "share")
    factors: dict[str, Any] = {
        "followers": rng.choice([150, 800, 2500, 12000]),
        "original_post": act not in ("like", "follow_winning_team"),
        "cooperative": rng.random() < 0.8,
    }
    sheets = WorksheetService(database, holder)
    try:
        result = sheets.recommendation(case_id, acts=[act], factors=factors)
    except AsnError:
        return  # the demo case cannot be judged (e.g. no stage): review will say why
    option = result.suggested or (result.options[0] if result.options else None)
    level, level_reason = None, ""
    if option is None:
        # Not covered by the catalogue at this stage: the monitor sets the level by hand.
        level = Level.LIGHT
        level_reason = "Perbuatan tidak tercakup katalog pada tahapan ini; ditetapkan manual."
        options = sheets.options_for(case_id, level)
        option = options[0] if options else None
    sheets.save(
        case_id,
        sheets.get(case_id).version,
        acts=[WorksheetAct(act, tuple(evidence))],
        factors=factors,
        proposed_level=level,
        proposed_option=option.code if option else None,
        justification=rng.choice(JUSTIFICATIONS),
        level_reason=level_reason,
    )


# People in the demo's BKD list besides those the cases are about: the list covers the
# whole province's staff, so most names found there never had a case.
REGISTRY_EXTRA = 150


def _fill_registry(
    database: Database, supervisor: User, generator: _Generator, rng: random.Random
) -> None:
    """The BKD personnel list, imported as an office would: through the registry service."""
    people = {s["nip"]: s for s in generator.subjects}
    for _ in range(REGISTRY_EXTRA):
        person = generator.subject(dt.date(2024, 6, 1))
        people.setdefault(person["nip"], person)
    headers = ["NIP", "Nama", "Instansi", "Jabatan", "Pangkat", "Jenis"]
    rows = [
        RawRow(
            line,
            dict(
                zip(
                    headers,
                    [
                        p["nip"],
                        p["name"],
                        p["agency"],
                        p["position"],
                        p["rank"],
                        p["employment_type"],
                    ],
                    strict=True,
                )
            ),
        )
        for line, p in enumerate(people.values(), start=2)
    ]
    rng.shuffle(rows)
    service = RegistryService(database, supervisor)
    service.commit(service.preview(Table(rows, headers, "csv"), "BKD (demo)"))


def _one_case(
    database: Database,
    clock: DemoClock,
    rng: random.Random,
    data: dict[str, Any],
    supervisor: User,
    monitors: list[User],
    received: dt.date,
    target: Status,
    subject: dict[str, Any],
    fields: dict[str, Any],
    reporter: dict[str, Any] | None,
) -> None:
    intake_by = rng.choice(monitors)
    clock.at(received, rng)
    subject_fields = {k: v for k, v in subject.items() if not k.startswith("_")}
    # Some fresh reports have not been identified yet: the monitor fills that in later.
    identified = target != Status.MASUK or rng.random() < 0.6
    case = CaseService(database, intake_by).create(
        fields, subject=subject_fields if identified else None, reporter=reporter
    )
    if rng.random() < 0.7:
        # Most reports come with a screenshot; the rest get one when verified.
        _add_screenshot(database, intake_by, case.id, fields, rng)
    holder = rng.choice(monitors)
    day = received
    for step in PATHS[target]:
        day = day + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3]))
        clock.at(day, rng, earliest=clock.now)
        actor = (
            supervisor
            if step in ("approve", "return", "refer", "record_followup", "close")
            else holder
        )
        service = CaseService(database, actor)
        reason = None
        if step in ("approve", "return", "refer", "record_followup"):
            case = _supervise(database, supervisor, case.id, case.version, step, day, rng, data)
            continue
        if step == "reject":
            reason = rng.choice(data["rejection_reasons"])
        if step == "submit":
            _prepare_worksheet(database, holder, case.id, fields, rng, data)
        if step == "claim" and not case.subject_id:
            case = service.transition(case.id, case.version, step)
            case = service.update(case.id, case.version, {}, subject=subject_fields)
            continue
        case = service.transition(case.id, case.version, step, reason)
        if step == "claim" and rng.random() < 0.5:
            service.add_note(case.id, rng.choice(data["notes"]))


def _supervise(
    database: Database,
    supervisor: User,
    case_id: str,
    version: int,
    step: str,
    day: dt.date,
    rng: random.Random,
    data: dict[str, Any],
) -> Case:
    """The supervisor's steps, taken through the same services as the review screen and
    the referral and follow-up dialogs."""
    if step in ("approve", "return"):
        review = ReviewService(database, supervisor)
        if step == "return":
            return review.return_case(case_id, version, rng.choice(data["return_comments"]))
        ticks = {item.key: True for item in review.checklist()}
        return review.approve(case_id, version, ticks)
    referrals = ReferralService(database, supervisor)
    if step == "refer":
        draft = referrals.draft(case_id)
        draft.ppk_name = draft.ppk_name or DEMO_PPK_NAME
        # Letters give the PPK 10, 12 or 14 days.
        draft.followup_due = draft.letter_date + dt.timedelta(days=10 + rng.randint(0, 2) * 2)
        return referrals.refer(case_id, version, draft)
    outcome, sanction, decree, note = rng.choice(FOLLOWUPS)
    number = decree.format(n=rng.randint(100, 999), year=day.year)
    return referrals.record_followup(
        case_id,
        version,
        outcome,
        outcome_date=day,
        sanction_imposed=sanction,
        decree_number=number,
        decree_date=day if outcome is Outcome.IMPOSED else None,
        note=note,
    )


DEMO_UNREAD = 4  # notifications each demo user still has to read


def _read_old_news(database: Database, users: list[User]) -> None:
    """A demo office has read all but its latest notifications: a year of unread news
    would bury what the bell is for."""
    for user in users:
        service = NotificationService(database, user)
        older = [n.id for n in service.recent(limit=100_000, unread_only=True)[DEMO_UNREAD:]]
        service.mark_read(older)
