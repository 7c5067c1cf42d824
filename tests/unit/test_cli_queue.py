"""``python main.py queue ...`` run in-process against a real workspace and its hub."""

from __future__ import annotations

import io

import pytest

from asn_monitor.cli import main
from asn_monitor.cli_queue import EXIT_PARTIAL
from asn_monitor.domain.lifecycle import Status
from asn_monitor.services.cases import CaseService
from tests.unit.conftest import Env
from tests.unit.factories import PASSWORD, case_fields, prepare_for_review, subject_fields


def _run(env: Env, *args: str, user: str = "monitor1") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [*args, "--workspace", str(env.workspace.directory), "--user", user], out=out, err=err
    )
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASN_MONITOR_PASSWORD", PASSWORD)


def test_list_claim_next_and_assign_from_a_terminal(env: Env) -> None:
    cases = CaseService(env.db, env.monitor)
    made = [
        cases.create(
            case_fields(known_date=f"2024-10-0{d}", received_date="2024-10-08"),
            subject=subject_fields(nip=f"19860926201505100{d}"),
        )
        for d in (3, 5, 7)
    ]
    env.sync()  # the hub numbers them
    numbers = [cases.get(c.id).number for c in made]

    code, out, _ = _run(env, "queue", "list", "--view", "unclaimed")
    assert code == 0 and all(n in out for n in numbers) and "3 dari 3 kasus." in out
    code, out, _ = _run(env, "queue", "list", "--search", "nur'aini", "--limit", "1")
    assert code == 0 and "1 dari 3 kasus." in out

    code, out, err = _run(env, "queue", "claim", numbers[1])
    assert code == 0, err
    assert cases.get(made[1].id).assignee_id == env.monitor.id
    code, _, err = _run(env, "queue", "claim", numbers[1], user="monitor2")
    assert code != 0 and "sudah diambil oleh Lalu Pemantau Satu" in err

    code, out, err = _run(env, "queue", "next", user="monitor2")
    assert code == 0, err
    assert numbers[0] in out  # known 3 Oct: the oldest one left
    assert cases.get(made[0].id).assignee_id == env.monitor2.id

    code, _, err = _run(env, "queue", "assign", numbers[2], "--to", "monitor1")
    assert code != 0 and err  # a monitor may not assign
    code, out, err = _run(
        env, "queue", "assign", numbers[2], numbers[0], "--to", "monitor1", user="supervisor"
    )
    assert code == 0, err
    assert {cases.get(c.id).assignee_id for c in (made[0], made[2])} == {env.monitor.id}
    done = cases.get(made[2].id)
    prepare_for_review(cases.db, cases.actor, done.id)
    cases.transition(done.id, done.version, "submit")
    code, out, err = _run(env, "queue", "assign", numbers[2], "--to", "monitor2", user="supervisor")
    assert code == EXIT_PARTIAL and "pemegangnya tidak dapat diganti" in err
    assert cases.get(made[2].id).status is Status.DINILAI


def test_queue_commands_explain_bad_input(env: Env) -> None:
    code, _, err = _run(env, "queue", "list", "--view", "tidak-ada")
    assert code != 0 and "Tampilan “tidak-ada” tidak ditemukan." in err
    code, _, err = _run(env, "queue", "claim", "NTB-1999-0001")
    assert code != 0 and "NTB-1999-0001 tidak ditemukan" in err
    code, _, err = _run(env, "queue", "next")
    assert code != 0 and "Tidak ada kasus yang belum diambil" in err
    code, _, err = _run(env, "queue", "assign", "NTB-1999-0001", "--to", "siapa", user="supervisor")
    assert code != 0 and "Akun siapa tidak ditemukan." in err
