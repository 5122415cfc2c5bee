"""How long validating a ~1 MiB definition takes (the issue asks: well under 10 s).

    python bench/validate.py [--kib 1000]

Prints the size, the number of problems found and the time of each phase.  The
generated file is a long but sensible workflow (a chain of states, each with a
field, a guard and a deadline) with a few planted mistakes, so that every check
runs over a large input; tests/unit/test_definition_loader.py checks the same
file's problems (not its time).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.definitions import parse_definition
from engine.definitions.problems import Reporter, Text
from engine.definitions.yamlread import compose, decode
from engine.rules import CATALOGUE


def big_definition(target_bytes: int) -> str:
    """A valid definition of about `target_bytes`, then three planted mistakes."""
    head = [
        "format: 1",
        "type: big",
        'title: {vi: "Quy trình lớn", en: "Big workflow"}',
        "roles:",
        '  officer: {vi: "Chuyên viên", en: "Officer"}',
        "create: {roles: [officer]}",
    ]
    fields, states, transitions, deadlines = (
        ["fields:"],
        ["states:"],
        ["transitions:"],
        ["deadlines:"],
    )
    i = 0
    size = 0
    while size < target_bytes:
        fields.append(
            f"  - {{name: f{i}, type: money, "
            f'label: {{vi: "Trường số {i} – kinh phí", en: "Field {i}"}}}}'
        )
        initial = "initial: true, " if i == 0 else ""
        states.append(f'  - {{id: s{i}, {initial}label: {{vi: "Bước {i}", en: "Step {i}"}}}}')
        transitions.append(
            f'  - {{trigger: t{i}, label: {{vi: "Chuyển {i}", en: "Move {i}"}}, from: s{i}, '
            f"to: s{i + 1}, roles: [officer], guards: [{{required_fields: {{fields: [f{i}]}}}}]}}"
        )
        deadlines.append(f'  - {{state: s{i}, due: "31/05", year_offset: 0}}')
        size += sum(len(x) + 1 for x in (fields[-1], states[-1], transitions[-1], deadlines[-1]))
        i += 1
    states.append(f'  - {{id: s{i}, terminal: true, label: {{vi: "Xong", en: "Done"}}}}')
    text = "\n".join(head + fields + states + transitions + deadlines) + "\n"
    # Planted: an undeclared state, an unknown guard, an impossible day.
    text = text.replace("to: s8,", "to: s8x,", 1)
    text = text.replace("required_fields: {fields: [f20]}", "required_feilds: {fields: [f20]}", 1)
    return text.replace('{state: s30, due: "31/05"', '{state: s30, due: "31/02"', 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kib", type=int, default=1000)
    args = parser.parse_args()
    text = big_definition(args.kib * 1000)
    data = text.encode("utf-8")
    print(f"definition: {len(data)} bytes, {text.count(chr(10))} lines")
    r = Reporter("big.yaml")
    t0 = time.perf_counter()
    decoded = decode(data, 2 * len(data), r)
    t1 = time.perf_counter()
    assert decoded is not None
    compose(decoded, r, empty=Text("", ""))
    t2 = time.perf_counter()
    _definition, problems = parse_definition(data, "big.yaml", catalogue=CATALOGUE)
    t3 = time.perf_counter()
    print(f"decode + NFC + bidi: {t1 - t0:.2f} s")
    print(f"YAML → located nodes: {t2 - t1:.2f} s")
    print(f"whole validation (all of the above, then every check): {t3 - t2:.2f} s")
    print(f"problems: {len(problems)}")
    for p in problems[:10]:
        print(f"  {p}")


if __name__ == "__main__":
    main()
