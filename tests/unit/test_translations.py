"""The English translation: complete, consistent with its sources and up to date with the code.

No Qt is imported here; the up-to-date check runs ``pyside6-lupdate`` as a separate process
and is skipped where PySide6's tools are not installed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

import pytest

from asn_monitor.errors import AuthError
from asn_monitor.i18n import Translator

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "asn_monitor_en.ts"
# Keep in step with .ci/update-translations.
SOURCE_DIRS = ("asn_monitor", "ui")
LUPDATE_OPTIONS = ("-source-language", "id", "-target-language", "en", "-no-obsolete")
UPDATE_HINT = "Run `bash .ci/update-translations` and translate the new strings."

PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)\}")
MNEMONIC = re.compile(r"&(?!&)\S")

Key = tuple[str, str, str]  # context, source, disambiguation comment


def read_messages(path: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts file, keyed by context, source and comment."""
    messages: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            key = (name, message.findtext("source", default=""), message.findtext("comment", ""))
            messages[key] = message
    return messages


def describe(keys: Iterable[Key]) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source, _ in sorted(keys))


@pytest.fixture(scope="module")
def messages() -> dict[Key, ET.Element]:
    assert TS_FILE.exists(), f"{TS_FILE} is missing. {UPDATE_HINT}"
    return read_messages(TS_FILE)


def forms(message: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms (``%n`` messages)."""
    node = message.find("translation")
    if node is None:
        return []
    plural = node.findall("numerusform")
    return [f.text or "" for f in plural] if plural else [node.text or ""]


def test_every_message_has_a_finished_translation(messages: dict[Key, ET.Element]) -> None:
    assert messages
    unfinished = []
    for key, message in messages.items():
        node = message.find("translation")
        if (
            node is None
            or not all(text.strip() for text in forms(message))
            or node.get("type") in ("unfinished", "vanished", "obsolete")
        ):
            unfinished.append(key)
    assert not unfinished, "Untranslated or unfinished messages:\n" + describe(unfinished)


def test_translations_keep_the_placeholders(messages: dict[Key, ET.Element]) -> None:
    wrong = []
    for (context, source, _), message in messages.items():
        for translation in forms(message):
            if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation)):
                wrong.append(f"  [{context}] {source!r} -> {translation!r}")
    assert not wrong, "Placeholders differ between source and translation:\n" + "\n".join(wrong)


def test_translations_keep_the_mnemonics(messages: dict[Key, ET.Element]) -> None:
    wrong = []
    for (context, source, _), message in messages.items():
        for translation in forms(message):
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(translation)):
                wrong.append(f"  [{context}] {source!r} -> {translation!r}")
    assert not wrong, "An '&' keyboard mnemonic is missing or extra:\n" + "\n".join(wrong)


def find_lupdate() -> Path | None:
    bindir = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (bindir / name).exists():
            return bindir / name
    return None


def test_ts_file_is_up_to_date_with_the_code(
    tmp_path: Path, messages: dict[Key, ET.Element]
) -> None:
    lupdate = find_lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate not found next to the Python interpreter")
    sources = sorted(
        str(path.relative_to(ROOT).as_posix())
        for directory in SOURCE_DIRS
        for path in (ROOT / directory).rglob("*.py")
        if "__pycache__" not in path.parts
    )
    fresh = tmp_path / "fresh_en.ts"
    # The file names must come before the options: PySide6's wrapper expects them there.
    result = subprocess.run(
        [str(lupdate), *sources, *LUPDATE_OPTIONS, "-locations", "none", "-ts", str(fresh)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    in_code = set(read_messages(fresh))
    in_ts = set(messages)
    report = []
    if in_code - in_ts:
        report.append("New strings in the code, not in the .ts:\n" + describe(in_code - in_ts))
    if in_ts - in_code:
        report.append("Strings in the .ts no longer in the code:\n" + describe(in_ts - in_code))
    assert not report, f"{TS_FILE.name} is out of date. {UPDATE_HINT}\n" + "\n".join(report)


def test_translator_reads_the_english_file() -> None:
    tr = Translator("en")
    assert tr.translate("Masuk") == "New"
    assert tr.translate("Dinilai") == "Under review"
    assert AuthError().message(tr.translate) == "Incorrect username or password."
    assert tr.translate("Masuk", context="LoginDialog") == "Sign in"
