"""NIP, NI PPPK and NIK structure rules (DOMAIN.md, "Identifiers")."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from asn_monitor.domain.nip import check_nik, check_pppk_number, normalize, parse_nip
from asn_monitor.errors import NipError, ValidationError

TODAY = dt.date(2026, 1, 15)


def _error(text: str, today: dt.date = TODAY) -> str:
    with pytest.raises(NipError) as info:
        parse_nip(text, today)
    return str(info.value)


# -- examples ------------------------------------------------------------------------


def test_valid_nip_is_parsed_into_its_parts() -> None:
    info = parse_nip("19860926 201505 1 001", TODAY)
    assert info.digits == "198609262015051001"
    assert info.birth_date == dt.date(1986, 9, 26)
    assert (info.appointment_year, info.appointment_month) == (2015, 5)
    assert info.appointment == "05/2015"
    assert info.sex == "L"
    assert info.sequence == 1
    assert info.formatted == "19860926 201505 1 001"
    assert info.warnings == ()


def test_female_sex_digit_and_high_sequence() -> None:
    info = parse_nip("199103142019032999", TODAY)
    assert info.sex == "P"
    assert info.sequence == 999
    assert info.formatted == "19910314 201903 2 999"


@pytest.mark.parametrize(
    "typed",
    [
        "198609262015051001",
        " 19860926 201505 1 001 ",
        "19860926\t201505\n1 001",
        "1986 0926 2015 0510 01",
        "19860926\u00a0201505\u00a01\u00a0001",  # non-breaking spaces pasted from a document
    ],
)
def test_whitespace_anywhere_is_removed(typed: str) -> None:
    assert parse_nip(typed, TODAY).digits == "198609262015051001"
    assert normalize(typed) == "198609262015051001"


def test_empty_nip_is_required() -> None:
    assert "wajib diisi" in _error("   ")


def test_sixteen_digits_is_recognised_as_a_nik() -> None:
    message = _error("5201 1234 5678 0001")
    assert "NIK" in message
    assert "16 digit" in message


@pytest.mark.parametrize("digits", ["19860926201505100", "1986092620150510011"])
def test_wrong_length_reports_the_count(digits: str) -> None:
    message = _error(digits)
    assert f"{len(digits)} digit" in message
    assert "18 digit" in message
    assert "NIK" not in message


@pytest.mark.parametrize("typed", ["19860926 20150S 1 001", "1986-09-26 201505 1 001", "NIP-ku"])
def test_letters_and_punctuation_are_rejected(typed: str) -> None:
    assert "hanya boleh berisi angka" in _error(typed)


def test_non_ascii_digits_are_rejected() -> None:
    arabic_indic = "".join(chr(0x0660 + int(d)) for d in "198609262015051001")
    assert "hanya boleh berisi angka" in _error(arabic_indic)


@pytest.mark.parametrize("birth", ["19860230", "19861301", "19860000", "00000926", "19850229"])
def test_invalid_birth_date_is_rejected(birth: str) -> None:
    message = _error(f"{birth}2015051001")
    assert birth in message
    assert "tanggal lahir" in message


def test_leap_day_birth_date_is_accepted() -> None:
    assert parse_nip("198402292005011001", TODAY).birth_date == dt.date(1984, 2, 29)


@pytest.mark.parametrize("appointment", ["201500", "201513", "201599"])
def test_invalid_appointment_month_is_rejected(appointment: str) -> None:
    message = _error(f"19860926{appointment}1001")
    assert appointment in message
    assert "bulan pengangkatan" in message


@pytest.mark.parametrize("appointment", ["198509", "198608", "198609"])
def test_appointment_before_or_in_birth_month_is_rejected(appointment: str) -> None:
    message = _error(f"19860926{appointment}1001")
    assert "sebelum atau sama dengan bulan lahir" in message


def test_appointment_the_month_after_birth_is_accepted_with_a_warning() -> None:
    info = parse_nip("19860926 198610 1 001", TODAY)
    assert (info.appointment_year, info.appointment_month) == (1986, 10)
    assert len(info.warnings) == 1


def test_appointment_in_the_future_is_rejected_relative_to_today() -> None:
    nip = "19860926 201505 1 001"
    message = _error(nip, today=dt.date(2015, 4, 30))
    assert "05/2015" in message
    assert "masa depan" in message
    # The current month is not the future.
    assert parse_nip(nip, dt.date(2015, 5, 1)).appointment == "05/2015"
    assert parse_nip(nip, dt.date(2015, 5, 31)).appointment == "05/2015"


@pytest.mark.parametrize("digit", ["0", "3", "9"])
def test_sex_digit_must_be_1_or_2(digit: str) -> None:
    message = _error(f"19860926201505{digit}001")
    assert "jenis kelamin" in message
    assert f"bukan {digit}" in message


def test_sequence_000_is_rejected() -> None:
    assert "000" in _error("19860926 201505 1 000")


@pytest.mark.parametrize(
    ("nip", "warned"),
    [
        ("200001152016121001", True),  # 16 years 11 months
        ("200001152017011001", False),  # 17 in the month of the birthday
        ("200006152017051001", True),  # one month short of 17
        ("200006152017061001", False),
        ("198609262015051001", False),
    ],
)
def test_warning_when_younger_than_17_at_appointment(nip: str, warned: bool) -> None:
    info = parse_nip(nip, TODAY)
    assert bool(info.warnings) is warned
    if warned:
        assert "17 tahun" in info.warnings[0]


def test_nip_error_is_a_validation_error() -> None:
    with pytest.raises(ValidationError):
        parse_nip("123", TODAY)


# -- NI PPPK and NIK -----------------------------------------------------------------


def test_pppk_number_accepts_18_digits_without_reading_its_layout() -> None:
    # The middle part of an NI PPPK is unverified: a month "21" must not be refused.
    assert check_pppk_number("19900101 202321 1 001") == "199001012023211001"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", "wajib diisi"),
        ("5201123456780001", "NIK"),
        ("12345678901234567", "17 digit"),
        ("1990010120232110011", "19 digit"),
        ("19900101 20232A 1 001", "hanya boleh berisi angka"),
    ],
)
def test_pppk_number_errors(typed: str, expected: str) -> None:
    with pytest.raises(NipError) as info:
        check_pppk_number(typed)
    assert expected in str(info.value)
    assert "NI PPPK" in str(info.value)


def test_nik_accepts_16_digits_with_spaces() -> None:
    assert check_nik("5203 0145 0190 0001") == "5203014501900001"


def test_an_18_digit_number_given_as_nik_is_named_a_nip() -> None:
    with pytest.raises(NipError) as info:
        check_nik("19860926 201505 1 001")
    message = str(info.value)
    assert "NIP" in message
    assert "18 digit" in message


@pytest.mark.parametrize("typed", ["", "520301450190000", "52030145019000012", "5203O14501900001"])
def test_nik_must_be_16_digits(typed: str) -> None:
    with pytest.raises(NipError) as info:
        check_nik(typed)
    assert "NIK harus 16 digit" in str(info.value)


# -- properties ----------------------------------------------------------------------


@st.composite
def valid_nips(draw: st.DrawFn) -> tuple[str, dt.date, int, int, int, int, dt.date]:
    today = draw(st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2099, 12, 31)))
    today_index = today.year * 12 + today.month - 1
    # Born at least one calendar month before today, so that an appointment fits.
    last_birth = dt.date(today.year, today.month, 1) - dt.timedelta(days=1)
    birth = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=last_birth))
    birth_index = birth.year * 12 + birth.month - 1
    appointment_index = draw(st.integers(min_value=birth_index + 1, max_value=today_index))
    year, month = divmod(appointment_index, 12)
    month += 1
    sex = draw(st.sampled_from([1, 2]))
    sequence = draw(st.integers(min_value=1, max_value=999))
    digits = f"{birth:%Y%m%d}{year:04d}{month:02d}{sex}{sequence:03d}"
    return digits, birth, year, month, sex, sequence, today


@given(valid_nips(), st.lists(st.integers(min_value=0, max_value=18), max_size=4))
def test_any_well_formed_nip_parses_and_round_trips(
    case: tuple[str, dt.date, int, int, int, int, dt.date], cuts: list[int]
) -> None:
    digits, birth, year, month, sex, sequence, today = case
    assert len(digits) == 18
    info = parse_nip(digits, today)
    assert info.digits == digits
    assert info.birth_date == birth
    assert (info.appointment_year, info.appointment_month) == (year, month)
    assert info.appointment == f"{month:02d}/{year}"
    assert info.sex == ("L" if sex == 1 else "P")
    assert info.sequence == sequence
    assert info.formatted.replace(" ", "") == digits
    assert [len(part) for part in info.formatted.split(" ")] == [8, 6, 1, 3]
    # Re-parsing the display form, or the digits with spaces typed anywhere, is the same.
    assert parse_nip(info.formatted, today) == info
    spaced = digits
    for cut in sorted(set(cuts), reverse=True):
        spaced = spaced[:cut] + " " + spaced[cut:]
    assert parse_nip(spaced, today) == info


_NOT_NIP_TEXT = st.one_of(
    st.text(),
    st.text(alphabet="0123456789 \t", max_size=40),
    st.text(alphabet=st.sampled_from("0123456789 \u00a0x-/.\u0661"), min_size=17, max_size=22),
)


@given(_NOT_NIP_TEXT)
def test_anything_but_18_digits_is_rejected(text: str) -> None:
    stripped = "".join(text.split())
    assume(not (len(stripped) == 18 and stripped.isascii() and stripped.isdigit()))
    with pytest.raises(NipError):
        parse_nip(text, TODAY)


@given(valid_nips(), st.sampled_from("03456789"))
def test_a_sex_digit_other_than_1_or_2_is_rejected(
    case: tuple[str, dt.date, int, int, int, int, dt.date], digit: str
) -> None:
    digits, *_, today = case
    broken = digits[:14] + digit + digits[15:]
    with pytest.raises(NipError) as info:
        parse_nip(broken, today)
    assert "jenis kelamin" in str(info.value)


@given(valid_nips())
def test_an_appointment_after_today_is_rejected(
    case: tuple[str, dt.date, int, int, int, int, dt.date],
) -> None:
    digits, _birth, year, month, *_, today = case
    # The day before the first day of the appointment month: always "the future".
    day_before = dt.date(year, month, 1) - dt.timedelta(days=1)
    with pytest.raises(NipError) as info:
        parse_nip(digits, day_before)
    assert "masa depan" in str(info.value)
    assert parse_nip(digits, today).digits == digits
