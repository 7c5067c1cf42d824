"""Reading CSV and JSON exports: encodings, separators, dates, line numbers."""

from __future__ import annotations

import codecs
import datetime as dt
import json

import pytest

from asn_monitor.intake.columns import header_key, load_columns
from asn_monitor.intake.csv_reader import read_csv
from asn_monitor.intake.dates import parse_date
from asn_monitor.intake.json_reader import read_json
from asn_monitor.intake.problems import Severity, SourceUnreadable
from asn_monitor.intake.sources import read_table

ROWS = [
    ["nama_pelapor", "ringkasan", "tanggal_laporan"],
    ["Nur'aini", "Unggahan \u201cdukung paslon\u201d di Sumbawa", "03/10/2024"],
    ["José Muñoz", "Komentar; dukungan, berulang", "2024-10-04"],
]


def _csv(separator: str, quote_all: bool = True) -> str:
    lines = []
    for row in ROWS:
        cells = [f'"{c}"' if quote_all or separator in c else c for c in row]
        lines.append(separator.join(cells))
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize("separator", [",", ";", "\t"])
@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom"],
)
def test_utf8_with_or_without_bom_and_any_separator(separator, encode) -> None:
    table = read_csv(encode(_csv(separator)))
    assert table.delimiter == separator
    assert table.headers == ROWS[0]
    assert [r.line for r in table.rows] == [2, 3]
    assert table.rows[0].values["nama_pelapor"] == "Nur'aini"
    assert table.rows[1].values["nama_pelapor"] == "José Muñoz"
    assert table.rows[1].values["ringkasan"] == "Komentar; dukungan, berulang"
    assert not table.problems and not any(r.problems for r in table.rows)


def test_windows_1252_from_excel_is_read_and_said() -> None:
    text = _csv(";").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace('"Unggahan "dukung paslon" di Sumbawa"', '"Unggahan dukung paslon"')
    data = text.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    table = read_csv(data)
    assert table.encoding == "cp1252"
    assert table.rows[1].values["nama_pelapor"] == "José Muñoz"
    assert table.problems and table.problems[0].severity is Severity.NOTICE


def test_unreadable_bytes_are_reported_on_their_line() -> None:
    data = b"nama_pelapor,ringkasan\nAni,baik\nBudi,rusak \x81 di sini\n"
    table = read_csv(data)
    assert not table.rows[0].problems
    (problem,) = table.rows[1].problems
    assert problem.line == 3 and problem.severity is Severity.ERROR
    assert "encoding" in problem.message.message()


def test_utf8_read_twice_is_flagged() -> None:
    table = read_csv("ringkasan\nJosÃ© menulis\n".encode())
    assert table.rows[0].problems[0].severity is Severity.WARNING


def test_line_numbers_follow_quoted_newlines_and_skip_blank_lines() -> None:
    data = b'ringkasan,nama_pelapor\n"baris satu\nbaris dua",Ani\n\n"x",Budi\n'
    table = read_csv(data)
    assert [r.line for r in table.rows] == [2, 5]
    assert table.rows[0].values["ringkasan"] == "baris satu\nbaris dua"


def test_too_many_cells_is_an_error_on_that_line() -> None:
    table = read_csv(b"ringkasan,nama_pelapor\nsatu, dua,Ani\n")
    assert table.rows[0].problems[0].severity is Severity.ERROR
    assert "3 kolom" in table.rows[0].problems[0].message.message()


def test_empty_file_is_refused() -> None:
    with pytest.raises(SourceUnreadable):
        read_csv(b"   \n")


def test_json_list_or_reports_object_with_line_numbers() -> None:
    items = [
        {"ringkasan": "a", "tautan": ["https://x.com/a/status/1", "https://x.com/a/status/2"]},
        5,
        {"ringkasan": "c", "jumlah": 3},
    ]
    text = json.dumps({"reports": items}, indent=2)
    table = read_json(text.encode())
    assert len(table.rows) == 3
    assert table.rows[0].line == text.splitlines().index("    {") + 1
    assert table.rows[0].values["tautan"] == "https://x.com/a/status/1\nhttps://x.com/a/status/2"
    assert table.rows[1].problems[0].severity is Severity.ERROR
    assert table.rows[2].values["jumlah"] == "3"
    assert read_json(json.dumps(items).encode()).rows[0].values["ringkasan"] == "a"


@pytest.mark.parametrize("bad", [b"{not json", b'{"x": 1}', b'"text"'])
def test_json_that_is_not_a_report_list_is_refused(bad: bytes) -> None:
    with pytest.raises(SourceUnreadable):
        read_json(bad)


def test_csv_or_json_chosen_by_name_or_content() -> None:
    assert read_table(b'[{"ringkasan": "a"}]').kind == "json"
    assert read_table(b"ringkasan\na\n", "x.csv").kind == "csv"


def test_dates_in_indonesian_order_or_iso() -> None:
    assert parse_date("03/10/2024") == dt.date(2024, 10, 3)
    assert parse_date("3-10-2024") == dt.date(2024, 10, 3)
    assert parse_date("2024-10-03T08:15:00+08:00") == dt.date(2024, 10, 3)
    assert parse_date("03.10.2024 08:15") == dt.date(2024, 10, 3)
    for bad in ("31/02/2024", "kemarin", "10/2024", "2024/13/01"):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_column_titles_in_indonesian_and_english() -> None:
    columns = load_columns("reports")
    mapping, unknown = columns.resolve(
        ["Nama Pelapor", "Summary", "Tanggal Kejadian", "NIP", "Link", "Warna favorit", "uraian"]
    )
    assert mapping == {
        "Nama Pelapor": "reporter.name",
        "Summary": "summary",
        "Tanggal Kejadian": "act_date",
        "NIP": "subject.nip",
        "Link": "post_urls",
    }
    assert unknown == ["Warna favorit", "uraian"]  # the second summary column is not mixed in
    assert header_key(" Tanggal-Diketahui ") == "tanggal_diketahui"
