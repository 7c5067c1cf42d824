"""Messages: Indonesian templates with parameters, translated without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_monitor.domain.lifecycle import Status, check_transition, transition_named
from asn_monitor.domain.roles import Role
from asn_monitor.errors import (
    AsnError,
    LoginThrottled,
    NipError,
    TransitionRefused,
    ValidationError,
    VersionConflict,
)
from asn_monitor.i18n import QT_TRANSLATE_NOOP, Translator

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>asn_monitor</name>
    <message>
        <source>Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {seconds} detik.</source>
        <translation>Too many failed sign-in attempts. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation type="unfinished">Closed (draft)</translation>
    </message>
    <message>
        <source>Dinilai</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation type="obsolete">Old summary</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Dinilai</source>
        <translation>Assessed (UI wording)</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def ts_file(tmp_path: Path) -> Path:
    path = tmp_path / "asn_monitor_en.ts"
    path.write_text(TS, encoding="utf-8")
    return path


def test_message_formats_params_and_str_is_indonesian() -> None:
    error = LoginThrottled(seconds=30)
    assert error.message() == (
        "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 30 detik."
    )
    assert str(error) == error.message()
    assert (
        VersionConflict(who="Lalu Ahmad")
        .message()
        .startswith("Data ini telah diubah oleh Lalu Ahmad sejak")
    )


def test_default_and_custom_templates() -> None:
    assert AsnError().message() == "Terjadi kesalahan."
    assert AsnError("Halo {name}!", name="Baiq").message() == "Halo Baiq!"


def test_missing_param_leaves_the_template_readable() -> None:
    assert AsnError("Menunggu {seconds} detik.").message() == "Menunggu {seconds} detik."


def test_list_params_are_joined() -> None:
    error = AsnError("Kurang: {missing}.", missing=["NIP", "platform"])
    assert error.message() == "Kurang: NIP; platform."


def test_translate_callable_translates_template_and_string_params() -> None:
    table = {
        "Langkah {step} ditolak dari {status}.": "Step {step} refused from {status}.",
        "Setujui": "Approve",
        "Dinilai": "Under review",
        "NIP": "Civil-servant number",
    }

    def tr(text: str) -> str:
        return table.get(text, text)

    error = AsnError("Langkah {step} ditolak dari {status}.", step="Setujui", status="Dinilai")
    assert error.message(tr) == "Step Approve refused from Under review."
    assert error.message() == "Langkah Setujui ditolak dari Dinilai."
    listed = AsnError("Kurang: {missing}.", missing=["NIP", "platform"], count=3)
    assert listed.message(tr) == "Kurang: Civil-servant number; platform."


def test_numbers_are_not_passed_to_translate() -> None:
    seen: list[str] = []

    def tr(text: str) -> str:
        seen.append(text)
        return text

    LoginThrottled(seconds=30).message(tr)
    assert seen == [LoginThrottled.default_template]


def test_validation_error_lists_field_errors_translated() -> None:
    error = ValidationError(
        field_errors={
            "summary": AsnError("{field} wajib diisi.", field="Ringkasan"),
            "nip": NipError("NIP harus 18 digit; yang dimasukkan {count} digit.", count=12),
        }
    )
    assert error.message() == (
        "Data belum lengkap atau tidak valid.\n"
        "- Ringkasan wajib diisi.\n"
        "- NIP harus 18 digit; yang dimasukkan 12 digit."
    )
    table = {"Ringkasan": "Summary", "{field} wajib diisi.": "{field} is required."}
    translated = error.message(lambda t: table.get(t, t))
    assert "- Summary is required." in translated.splitlines()


def test_transition_refused_names_the_status_in_the_users_language() -> None:
    with pytest.raises(TransitionRefused) as info:
        check_transition(
            transition_named("approve"),
            status=Status.MASUK,
            role=Role.SUPERVISOR,
            actor_id="a",
            holder_id=None,
            reason=None,
        )
    english = {"Masuk": "New", "Dinilai": "Under review", "Setujui": "Approve"}
    message = info.value.message(lambda t: english.get(t, t))
    assert "\u201cNew\u201d" in message
    assert "\u201cUnder review\u201d" in message
    assert "\u201cApprove\u201d" in message


def test_translator_uses_finished_translations_only(ts_file: Path) -> None:
    tr = Translator("en", ts_file)
    assert tr.translate("Dinilai") == "Under review"
    assert tr.translate("Selesai") == "Selesai"  # unfinished: source kept
    assert tr.translate("Ringkasan") == "Ringkasan"  # obsolete
    assert tr.translate("Masuk") == "Masuk"  # empty translation
    assert tr.translate("Tidak dikenal") == "Tidak dikenal"
    assert tr.translate("Dinilai", context="CaseForm") == "Assessed (UI wording)"


def test_translator_with_an_error_message(ts_file: Path) -> None:
    tr = Translator("en", ts_file)
    assert LoginThrottled(seconds=45).message(tr.translate) == (
        "Too many failed sign-in attempts. Try again in 45 seconds."
    )


def test_indonesian_and_unknown_languages_do_not_translate(ts_file: Path) -> None:
    assert Translator("id", ts_file).translate("Dinilai") == "Dinilai"
    unknown = Translator("fr", ts_file)
    assert unknown.language == "id"
    assert unknown.translate("Dinilai") == "Dinilai"


def test_missing_ts_file_means_no_translation(tmp_path: Path) -> None:
    tr = Translator("en", tmp_path / "absent.ts")
    assert tr.language == "en"
    assert tr.translate("Dinilai") == "Dinilai"


def test_qt_translate_noop_returns_the_text() -> None:
    assert QT_TRANSLATE_NOOP("asn_monitor", "Ringkasan") == "Ringkasan"
