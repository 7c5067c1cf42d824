"""The office's letterhead: shipped defaults, a supervisor's corrections, and what is refused."""

from __future__ import annotations

import base64
import json
from dataclasses import replace

import pytest

from asn_monitor.demo_images import encode_png
from asn_monitor.errors import PermissionDenied, ValidationError
from asn_monitor.paths import resource_path
from asn_monitor.reports.letterhead import (
    LETTERHEAD_SETTING,
    LOGO_DEFAULT,
    LOGO_SETTING,
    MAX_LOGO_BYTES,
    MAX_LOGO_SIDE,
    LetterheadService,
    check_logo,
    load_default,
)
from asn_monitor.services.settings import read_setting, write_setting
from tests.unit.factories import tiny_png


def _write(env, key: str, value: str) -> None:
    with env.db.transaction(env.supervisor.id) as tx:
        write_setting(tx, env.db, key, value)


def test_defaults_come_from_the_shipped_file(env):
    shipped = json.loads(resource_path("print", "letterhead.json").read_text(encoding="utf-8"))
    letterhead = LetterheadService(env.db, env.monitor).letterhead()
    assert letterhead.lines == tuple(shipped["lines"])
    assert letterhead.place == shipped["place"] == "Mataram"
    assert letterhead.signer_title == shipped["signer_title"]
    # The default logo is the neutral emblem beside the file, a whole PNG of modest size.
    logo = resource_path("print", shipped["logo"]).read_bytes()
    assert letterhead.logo_png == logo
    assert logo.startswith(b"\x89PNG") and len(logo) < 60 * 1024
    check_logo(logo)
    assert LetterheadService(env.db, env.monitor).default() == letterhead


def test_a_supervisor_overrides_the_letterhead_for_the_office(env):
    service = LetterheadService(env.db, env.supervisor)
    logo = tiny_png("kantor", 16)
    changed = replace(
        service.letterhead(),
        lines=("  PEMERINTAH KABUPATEN LOMBOK TENGAH ", "", "DINAS KOMINFO"),
        place=" Praya ",
        signer_name="Lalu Ahmad, S.Kom.",
        signer_rank="Pembina (IV/a)",
        signer_nip="19800101 200501 1 001",
        logo_png=logo,
    )
    service.save(changed, logo_changed=True)
    # A monitor on the same PC reads what the supervisor stored; blank lines and edge
    # spaces are gone.
    stored = LetterheadService(env.db, env.monitor).letterhead()
    assert stored.lines == ("PEMERINTAH KABUPATEN LOMBOK TENGAH", "DINAS KOMINFO")
    assert stored.place == "Praya"
    assert stored.signer_name == "Lalu Ahmad, S.Kom."
    assert stored.signer_nip == "19800101 200501 1 001"
    assert stored.logo_png == logo
    # Saving the text again without touching the logo keeps it.
    service.save(replace(stored, signer_rank="Pembina Tk. I (IV/b)", logo_png=None))
    again = service.letterhead()
    assert again.signer_rank == "Pembina Tk. I (IV/b)"
    assert again.logo_png == logo


def test_no_logo_and_back_to_the_default_logo(env):
    service = LetterheadService(env.db, env.supervisor)
    default_logo = load_default().logo_png
    assert default_logo
    service.save(replace(service.letterhead(), logo_png=None), logo_changed=True)
    assert service.letterhead().logo_png is None
    service.save(replace(service.letterhead(), logo_png=default_logo), logo_changed=True)
    # Stored as "the default", not as a copy: a new default logo would show.
    assert read_setting(env.db, LOGO_SETTING) == LOGO_DEFAULT
    assert service.letterhead().logo_png == default_logo


@pytest.mark.parametrize(
    "stored",
    [
        "!!! not base64 !!!",
        base64.b64encode(b"not a picture at all").decode(),
        base64.b64encode(tiny_png("cut")[:-20]).decode(),  # a truncated PNG
    ],
)
def test_a_damaged_logo_setting_falls_back_to_the_default(env, stored):
    _write(env, LOGO_SETTING, stored)
    assert LetterheadService(env.db, env.monitor).letterhead().logo_png == load_default().logo_png


def test_a_damaged_letterhead_setting_falls_back_to_the_defaults(env):
    for stored in ("{not json", '"a string"', '{"lines": "one string", "place": 7}'):
        _write(env, LETTERHEAD_SETTING, stored)
        letterhead = LetterheadService(env.db, env.monitor).letterhead()
        assert letterhead.lines == load_default().lines
    assert letterhead.place == "7"


@pytest.mark.parametrize("nip", ["19800101-200501-1-001", "1980O101", "١٩٨٠"])
def test_the_signer_nip_holds_digits_only(env, nip):
    service = LetterheadService(env.db, env.supervisor)
    with pytest.raises(ValidationError) as caught:
        service.save(replace(service.letterhead(), signer_nip=nip))
    assert set(caught.value.field_errors) == {"signer_nip"}
    assert "angka" in caught.value.message()
    assert read_setting(env.db, LETTERHEAD_SETTING) == ""


def test_a_letterhead_needs_a_line(env):
    service = LetterheadService(env.db, env.supervisor)
    with pytest.raises(ValidationError) as caught:
        service.save(replace(service.letterhead(), lines=("", "   ")))
    assert set(caught.value.field_errors) == {"lines"}
    assert "sedikitnya satu baris" in caught.value.message()


def test_an_oversize_or_broken_logo_is_refused(env):
    service = LetterheadService(env.db, env.supervisor)
    big = tiny_png("big") + b"\0" * MAX_LOGO_BYTES
    with pytest.raises(ValidationError, match="terlalu besar"):
        service.save(replace(service.letterhead(), logo_png=big), logo_changed=True)
    with pytest.raises(ValidationError, match="PNG atau JPEG yang utuh"):
        service.save(
            replace(service.letterhead(), logo_png=tiny_png("cut")[:-20]), logo_changed=True
        )
    # A small file that unpacks to a huge picture.
    wide = encode_png(MAX_LOGO_SIDE + 1, 1, b"\x00" + bytes(3 * (MAX_LOGO_SIDE + 1)))
    assert len(wide) < 2048
    with pytest.raises(ValidationError, match="piksel per sisi"):
        service.save(replace(service.letterhead(), logo_png=wide), logo_changed=True)
    assert read_setting(env.db, LOGO_SETTING) == ""
    assert service.letterhead().logo_png == load_default().logo_png


def test_only_a_supervisor_or_admin_changes_it(env):
    service = LetterheadService(env.db, env.monitor)
    with pytest.raises(PermissionDenied):
        service.save(replace(service.letterhead(), place="Selong"))
    assert service.letterhead().place == "Mataram"
