"""organisation.yaml and demo.yaml: every problem at once, PATH:LINE, values the services "
"can trust."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine import fieldtypes
from engine.cli import main
from engine.definitions import check_paths, load_file
from engine.definitions.problems import Problem
from engine.definitions.yamlread import BIDI_CONTROLS
from engine.demofile import check_demo
from engine.organisation import (
    OrganisationError,
    check_organisation,
    folder_facts,
    load_demo,
    load_organisation,
)
from engine.packcheck import validate_packs
from engine.packfiles import OrgFacts
from engine.rules import CATALOGUE

TESTLAND = Path(__file__).parents[1] / "packs" / "testland"

GOOD_ORG = """\
format: 1
province: "Tỉnh Thử Nghiệm"
units:
  - code: TL
    name: "Tỉnh Thử Nghiệm"
    kind: province
    coordinator: SVH
    active_from: 2025-07-01
    children:
      - {code: SVH, name: "Sở Văn hóa", kind: department}
      - {code: STC, name: "Sở Tài chính", kind: department}
      - {code: XA_A, name: "UBND xã A", kind: commune}
users:
  - username: cv.xa
    full_name: "Nguyễn Văn An"
    roles:
      - {role: unit_officer, unit: XA_A}
  - username: cv.stc
    full_name: "Trần Thị Bình"
    title: "Chuyên viên"
    roles:
      - {role: finance_officer, unit: STC}
ceilings:
  - {key: ttdn_budget, year: 2026, amount: 1000000000}
"""

GOOD_DEMO = """\
format: 1
year: 2026
documents:
  - key: plan_a
    type: unit_plan
    unit: XA_A
    title: "Kế hoạch xã A"
    as: cv.xa
    fields: {summary: "Tóm tắt"}
  - key: budget_a
    type: budget_estimate
    unit: XA_A
    links: {plan: plan_a}
    title: "Dự toán xã A"
    as: cv.xa
    steps:
      - {trigger: submit, as: cv.xa}
actions:
  - {doc: budget_a, trigger: appraise, as: cv.stc, inputs: {appraised_amount: 5}}
"""


def make_pack(tmp_path: Path, org: str = GOOD_ORG, demo: str | None = GOOD_DEMO) -> Path:
    pack = tmp_path / "testland"
    shutil.copytree(TESTLAND, pack)
    (pack / "organisation.yaml").write_text(org, encoding="utf-8")
    if demo is not None:
        (pack / "demo.yaml").write_text(demo, encoding="utf-8")
    return pack


def facts_of(pack: Path):  # type: ignore[no-untyped-def]
    _definitions, problems, packs = check_paths([pack], catalogue=CATALOGUE)
    assert problems == []
    return packs[0]


def lines_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def honest(problems: list[Problem]) -> list[Problem]:
    for p in problems:
        assert not p.internal, str(p)
        assert p.line >= 1 and p.vi and p.message
    return problems


def test_the_bundled_packs_are_valid() -> None:
    definitions, problems = validate_packs([Path("workflows")], catalogue=CATALOGUE)
    assert [str(p) for p in problems] == []
    assert len(definitions) > 20


def test_good_files_load_with_their_shapes(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    org = load_organisation(pack / "organisation.yaml", catalogue=CATALOGUE)
    assert org.province == "Tỉnh Thử Nghiệm"
    assert org.units[0]["code"] == "TL" and org.units[0]["active_from"].isoformat() == "2025-07-01"
    assert [u["code"] for u in org.units[0]["children"]] == ["SVH", "STC", "XA_A"]
    assert org.users[0] == {
        "username": "cv.xa",
        "full_name": "Nguyễn Văn An",
        "title": "",
        "roles": [{"role": "unit_officer", "unit": "XA_A"}],
    }
    assert org.ceilings == [{"key": "ttdn_budget", "year": 2026, "amount": 1000000000}]
    demo = load_demo(pack / "demo.yaml", catalogue=CATALOGUE)
    assert [d["key"] for d in demo["documents"]] == ["plan_a", "budget_a"]


def test_an_organisation_file_is_never_read_as_a_definition(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    renamed = pack / "org.yaml"
    (pack / "organisation.yaml").rename(renamed)
    facts = folder_facts(pack, catalogue=CATALOGUE, exclude=renamed)
    assert facts is not None and all(Path(r.path).name != "org.yaml" for r in facts.results)
    assert facts.roles()  # the definitions beside it still count
    assert load_organisation(renamed, catalogue=CATALOGUE).province == "Tỉnh Thử Nghiệm"
    # Alone, it has nothing beside it to be checked against.
    alone = tmp_path / "alone" / "org.yaml"
    alone.parent.mkdir()
    renamed.rename(alone)
    assert folder_facts(alone.parent, catalogue=CATALOGUE, exclude=alone) is None
    assert load_organisation(alone, catalogue=CATALOGUE).province == "Tỉnh Thử Nghiệm"


BAD_ORG = """\
format: 1
province: "Tỉnh Thử Nghiệm"
colour: blue
units:
  - code: TL
    name: "Tỉnh Thử Nghiệm"
    kind: province
    coordinator: NOWHERE
    active_from: 2025-02-30
    active_to: 1900-01-01
    children:
      - {code: SVH, name: 42, kind: department}
      - {code: STC, name: "Sở Tài chính", kind: department, extra: 1}
      - {code: "%s", name: "x", kind: commune}
      - {code: XA_A, name: "Xã \u202eA", kind: commune}
      - {code: XA_A, name: "Lặp", kind: commune}
users:
  - username: "cv.\u200bxa"
    full_name: "Nguyễn Văn An"
  - username: Cv.Stc
    full_name: "Trần Thị Bình"
    roles:
      - {role: finance_officer, unit: STC}
      - {role: treasurer, unit: STC}
      - {role: unit_officer, unit: XA_Z}
  - username: cv.stc
    full_name: "Bình Trần"
ceilings:
  - {key: other_budget, year: 2026, amount: 1.5}
  - {key: other_budget, year: "２０２６", amount: 10}
  - {key: other_budget, year: 2027, amount: -3}
  - {key: other_budget, year: 2028, amount: "1.000.000"}
  - {key: other_budget, year: 2200, amount: 1}
""" % ("X" * 41)


def test_every_organisation_problem_at_once_on_its_line(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, BAD_ORG, demo=None)
    org, _facts, problems = check_organisation(pack / "organisation.yaml", facts_of(pack))
    honest(problems)
    assert org is None
    expected = [
        ("colour: blue", "unknown key 'colour'"),
        ("coordinator: NOWHERE", "coordinator 'NOWHERE' is not a unit of this file"),
        ("2025-02-30", "is not a real date"),
        ("1900-01-01", "outside 1990–2100"),
        ("name: 42", "'name' must be a string"),
        ("extra: 1", "unknown key 'extra'"),
        ("X" * 41, "is 41 characters long; at most 40"),
        ("\u202e", "bidirectional control character"),
        ('name: "Lặp"', "duplicate unit code 'XA_A'"),
        ("\u200b", "invisible or control character (U+200B)"),
        ("role: treasurer", "no definition of the pack declares role 'treasurer'"),
        ("XA_Z", "unit 'XA_Z' is not a unit of this file"),
        ("username: cv.stc", "is the same as 'Cv.Stc'"),
        ("amount: 1.5", "must be a whole number, not the fraction 1.5"),
        ("２０２６", "must be an integer"),
        ("amount: -3", "must not be negative"),
        ('"1.000.000"', "must be an integer"),
        ("year: 2200", "year 2200 is outside 1990–2100"),
        ("ceilings:", "budget ceiling 'ttdn_budget' is used at"),
    ]
    for needle, fragment in expected:
        line = lines_of(BAD_ORG, needle)
        assert any(p.line == line and fragment in p.message for p in problems), (
            needle,
            fragment,
            [str(p) for p in problems],
        )
    assert [p.line for p in problems] == sorted(p.line for p in problems)
    with pytest.raises(OrganisationError) as caught:
        load_organisation(pack / "organisation.yaml", catalogue=CATALOGUE)
    assert len(caught.value.problems) == len(problems)
    assert "không phải ngày có thật" in caught.value.render("vi")
    assert "is not a real date" in caught.value.render("en")


def test_demo_references_are_checked_even_when_organisation_is_broken(tmp_path: Path) -> None:
    broken_org = GOOD_ORG.replace("format: 1\n", "format: 1\nbogus: true\n").replace(
        'full_name: "Trần Thị Bình"', "full_name: 7"
    )
    demo = (
        GOOD_DEMO.replace("unit: XA_A\n    links", "unit: XA_Q\n    links")
        .replace("type: unit_plan", "type: unit_plann")
        .replace("{trigger: submit, as: cv.xa}", "{trigger: sumbit, as: cv.nobody}")
        .replace("appraised_amount: 5", "appraised_sum: 5")
        .replace("{plan: plan_a}", "{plan: plan_b}")
        .replace("doc: budget_a", "doc: budget_z")
    )
    pack = make_pack(tmp_path, broken_org, demo)
    facts = facts_of(pack)
    _org, org_facts, org_problems = check_organisation(pack / "organisation.yaml", facts)
    assert honest(org_problems)  # the organisation has its own problems ...
    data, problems = check_demo(pack / "demo.yaml", org_facts, facts)
    honest(problems)
    assert data is None
    expected = [
        ("type: unit_plann", "no type 'unit_plann' in the pack"),
        ("unit: XA_Q", "no unit 'XA_Q' in organisation.yaml"),
        ("{plan: plan_b}", "link 'plan' points to 'plan_b'"),
        ("sumbit", "'sumbit' is not a trigger of type 'budget_estimate'"),
        ("cv.nobody", "no user 'cv.nobody' in organisation.yaml"),
        ("budget_z", "no document with key 'budget_z'"),
    ]
    for needle, fragment in expected:
        line = lines_of(demo, needle)
        assert any(p.line == line and fragment in p.message for p in problems), (
            needle,
            fragment,
            [str(p) for p in problems],
        )


def test_a_field_unknown_to_the_type_is_reported(tmp_path: Path) -> None:
    demo = GOOD_DEMO.replace("fields: {summary:", "fields: {sumary:")
    pack = make_pack(tmp_path, GOOD_ORG, demo)
    with pytest.raises(OrganisationError) as caught:
        load_demo(pack / "demo.yaml", catalogue=CATALOGUE)
    assert [p.line for p in caught.value.problems] == [lines_of(demo, "sumary")]
    assert "'sumary' is not a field of type 'unit_plan'" in str(caught.value)


def test_validate_command_checks_the_pack_files(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, BAD_ORG.replace("colour: blue\n", ""), GOOD_DEMO)
    runner = CliRunner()
    result = runner.invoke(main, ["workflows", "validate", str(pack)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    org = str(pack / "organisation.yaml")
    assert any(line.startswith(f"{org}:") and "không phải ngày có thật" in line for line in lines)
    # demo.yaml is checked in the same run against what the organisation declares.
    assert not any("Traceback" in line for line in lines)
    english = runner.invoke(main, ["--lang", "en", "workflows", "validate", str(pack)])
    assert english.exit_code == 1 and "is not a real date" in english.output


def test_validate_refuses_empty_folders_and_lone_pack_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    runner = CliRunner()
    result = runner.invoke(main, ["--lang", "en", "workflows", "validate", str(empty)])
    assert result.exit_code == 1
    assert f"{empty}:1: no workflow definition here" in result.output
    assert "OK" not in result.output
    pack = make_pack(tmp_path)
    result = runner.invoke(main, ["workflows", "validate", str(pack / "organisation.yaml")])
    assert result.exit_code == 1 and "OK" not in result.output
    assert runner.invoke(main, ["workflows", "validate", str(pack)]).exit_code == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_named_pipe_symlink_loop_and_device_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)  # nobody ever writes: reading it would wait forever
    loop = tmp_path / "loop.yaml"
    os.symlink(loop, loop)
    start = time.monotonic()
    assert "named pipe" in load_file(fifo, catalogue=CATALOGUE)[1][0].message
    assert "symbolic link loop" in load_file(loop, catalogue=CATALOGUE)[1][0].message
    assert "device" in load_file(Path("/dev/zero"), catalogue=CATALOGUE)[1][0].message
    with pytest.raises(OrganisationError, match="named pipe"):
        load_organisation(fifo, pack=None, catalogue=CATALOGUE)
    # In a pack folder they are reported, not skipped unseen, nor waited on.
    _definitions, problems, _facts = check_paths([tmp_path], catalogue=CATALOGUE)
    assert {Path(p.path).name for p in problems} == {"pipe.yaml", "loop.yaml"}
    assert time.monotonic() - start < 30  # generous: the point is "does not hang"


def test_bidi_controls_are_the_documents_ones() -> None:
    assert BIDI_CONTROLS == fieldtypes.BIDI_CONTROLS


_ARBITRARY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_YAMLISH = st.text(alphabet=" \n-:[]{},&*!|>'\"#0123456789abcxyzAXđ_.", max_size=300)


@_ARBITRARY
@given(st.one_of(st.text(max_size=300), _YAMLISH))
def test_arbitrary_organisation_text_never_crashes_the_checker(text: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "organisation.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        _org, _facts, problems = check_organisation(path, None)
        honest(problems)
        demo = Path(folder) / "demo.yaml"
        demo.write_text(text, encoding="utf-8", errors="surrogatepass")
        _data, problems = check_demo(demo, OrgFacts({"TL"}, {"cv.xa"}), None)
        honest(problems)


_NEAR = GOOD_ORG.splitlines(keepends=True)


@_ARBITRARY
@given(st.lists(st.tuples(st.integers(0, len(_NEAR) - 1), st.text(max_size=6)), max_size=4))
def test_near_valid_organisation_never_crashes_the_checker(edits: list[tuple[int, str]]) -> None:
    import tempfile

    lines = list(_NEAR)
    for index, junk in edits:
        lines[index] = lines[index].rstrip("\n") + junk + "\n"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "organisation.yaml"
        path.write_text("".join(lines), encoding="utf-8", errors="surrogatepass")
        honest(check_organisation(path, None)[2])


def test_units_import_of_a_malformed_file_is_one_message_per_problem(tmp_path: Path) -> None:
    """Once a traceback, or a DataError from PostgreSQL: now refused before any database."""
    org = tmp_path / "organisation.yaml"
    org.write_text(BAD_ORG, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["units", "import", str(org)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{org}:{lines_of(BAD_ORG, '2025-02-30')}: " in result.output
    assert "không phải ngày có thật" in result.output
    english = runner.invoke(main, ["--lang", "en", "units", "import", str(org)])
    assert "is not a real date" in english.output
