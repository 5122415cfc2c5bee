"""Traceability: directive clause → scenarios that prove it → their last result.

Every `basis` cited in a pack's definitions should be proven by at least one
scenario in `features/<pack>/`, tagged `@basis:<file>:<clause>` (the basis
"<file> <clause>" with its first space turned into ':' and any other spaces
into '_').  Results come from the JSON file the BDD suite writes
(`instance/bdd-results.json`).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from engine.definitions import Definition
from engine.messages import Message

SCENARIO_KEYWORDS = ("Kịch bản", "Tình huống", "Khung kịch bản", "Khung tình huống")
FEATURE_KEYWORD = "Tính năng"


def basis_tag(basis: str) -> str:
    """'002_x.txt II.10' → 'basis:002_x.txt:II.10' (tags cannot contain spaces)."""
    return "basis:" + re.sub(r"\s+", "_", basis.strip().replace(" ", ":", 1))


@dataclass
class Citation:
    basis: str
    where: list[str] = field(default_factory=list)  # "unit_plan: state submitted", ...


def cited_bases(definitions: list[Definition]) -> dict[str, dict[str, Citation]]:
    """pack → basis → where it is cited."""
    found: dict[str, dict[str, Citation]] = {}

    def cite(d: Definition, basis: str | None, what: str) -> None:
        if basis:
            pack = found.setdefault(d.pack or "", {})
            pack.setdefault(basis, Citation(basis)).where.append(f"{d.type}: {what}")

    for d in definitions:
        cite(d, d.basis, "type")
        for s in d.states:
            cite(d, s.basis, f"state {s.id}")
        for t in d.transitions:
            cite(d, t.basis, f"transition {t.trigger}")
        for dl in d.deadlines:
            cite(d, dl.basis, f"deadline {dl.state}")
    return found


@dataclass
class Scenario:
    pack: str
    feature: str  # path relative to the features root's parent, e.g. features/current/x.feature
    feature_name: str
    name: str
    tags: list[str]
    path: str = ""  # absolute, resolved: how results name the file wherever the features are


def read_scenarios(features_root: Path, *, default_pack: str = "") -> list[Scenario]:
    """Scenarios and their tags (feature-level tags included), from *.feature files.

    A feature's pack is the folder under `features_root` it sits in
    (`features/<pack>/x.feature`); a file directly in `features_root` belongs to
    `default_pack` (a pack kept elsewhere with its features in one folder).
    """
    scenarios: list[Scenario] = []
    for path in sorted(features_root.rglob("*.feature")):
        rel = path.relative_to(features_root.parent).as_posix()
        pack = (
            path.relative_to(features_root).parts[0]
            if path.parent != features_root
            else default_pack
        )
        absolute = path.resolve().as_posix()
        feature_tags: list[str] = []
        pending: list[str] = []
        feature_name = ""
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if line.startswith("@"):
                pending += [t[1:] for t in line.split() if t.startswith("@")]
                continue
            keyword, _, rest = line.partition(":")
            if keyword == FEATURE_KEYWORD:
                feature_tags, pending, feature_name = pending, [], rest.strip()
            elif keyword in SCENARIO_KEYWORDS:
                scenarios.append(
                    Scenario(
                        pack, rel, feature_name, rest.strip(), feature_tags + pending, absolute
                    )
                )
                pending = []
            elif line and not line.startswith("#"):
                pending = [] if keyword in ("Quy tắc", "Bối cảnh") else pending
    return scenarios


def read_results(path: Path) -> tuple[str | None, dict[tuple[str, str], str]]:
    """(run time, (feature, scenario name) → passed / failed / skipped) of the last BDD run.

    Each result is keyed by the feature as the run named it (relative to the project)
    and, when the run recorded it, by its absolute path (features kept elsewhere).
    """
    if not path.exists():
        return None, {}
    data = json.loads(path.read_text(encoding="utf-8"))
    outcomes: dict[tuple[str, str], list[str]] = {}
    for s in data.get("scenarios", []):
        for feature in {s["feature"], s.get("path") or s["feature"]}:
            outcomes.setdefault((feature, s["name"]), []).append(s["outcome"])
    merged = {}
    for key, values in outcomes.items():
        if "failed" in values:
            merged[key] = "failed"
        elif "passed" in values:
            merged[key] = "passed"
        else:
            merged[key] = "skipped"
    return data.get("run_at"), merged


@dataclass
class ClauseRow:
    basis: str
    where: list[str]
    scenarios: list[tuple[Scenario, str]]  # (scenario, result: passed/failed/skipped/not run)


@dataclass
class PackTrace:
    pack: str
    rows: list[ClauseRow]

    @property
    def uncovered(self) -> list[ClauseRow]:
        return [r for r in self.rows if not r.scenarios]


def build_trace(
    definitions: list[Definition],
    features_root: Path,
    results_path: Path,
    *,
    default_pack: str = "",
) -> tuple[str | None, list[PackTrace]]:
    bases = cited_bases(definitions)
    scenarios = read_scenarios(features_root, default_pack=default_pack)
    run_at, results = read_results(results_path)
    packs: list[PackTrace] = []
    for pack in sorted(bases):
        rows = []
        for basis in sorted(bases[pack], key=_clause_order):
            tag = basis_tag(basis)
            proving = [
                (s, results.get((s.path, s.name)) or results.get((s.feature, s.name), "not run"))
                for s in scenarios
                if s.pack == pack and tag in s.tags
            ]
            rows.append(ClauseRow(basis, bases[pack][basis].where, proving))
        packs.append(PackTrace(pack, rows))
    return run_at, packs


def _clause_order(basis: str) -> list[object]:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", basis)]


def _t(key: str, lang: str, **params: object) -> str:
    return Message(f"trace.{key}", params).render(lang)


def render_text(run_at: str | None, packs: list[PackTrace], lang: str = "vi") -> str:
    lines = [_t("last_run", lang, run_at=run_at or _t("never_run", lang))]
    for p in packs:
        lines.append(f"\n== {p.pack} ==")
        for row in p.rows:
            lines.append(f"{row.basis}  ({'; '.join(row.where)})")
            for s, result in row.scenarios:
                lines.append(f"    [{_t('result.' + result, lang)}] {s.feature} — {s.name}")
            if not row.scenarios:
                lines.append(f"    {_t('not_covered', lang)}")
        uncovered = p.uncovered
        missing = ", ".join(r.basis for r in uncovered) or _t("none_missing", lang)
        summary = _t(
            "summary",
            lang,
            covered=len(p.rows) - len(uncovered),
            total=len(p.rows),
            missing=missing,
        )
        lines.append(f"-- {summary}")
    return "\n".join(lines)


def render_html(run_at: str | None, packs: list[PackTrace], lang: str = "vi") -> str:
    e = html.escape
    parts = [
        f"<!doctype html><html lang='{e(lang)}'><head><meta charset='utf-8'>",
        f"<title>{e(_t('title', lang))}</title>",
        "<style>body{font-family:serif;margin:2em;max-width:70em}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em;"
        "vertical-align:top}.passed{color:#060}.failed{color:#a00;font-weight:bold}"
        ".none{color:#a00}</style></head><body>",
        f"<h1>{e(_t('heading', lang))}</h1>",
        f"<p>{e(_t('last_run', lang, run_at=run_at or _t('never_run', lang)))}</p>",
    ]
    for p in packs:
        covered = len(p.rows) - len(p.uncovered)
        summary = _t("covered", lang, covered=covered, total=len(p.rows))
        parts.append(f"<h2>{e(p.pack)}</h2><p>{e(summary)}</p>")
        heads = ("col.clause", "col.where", "col.scenario", "col.result")
        parts.append("<table><tr>" + "".join(f"<th>{e(_t(h, lang))}</th>" for h in heads) + "</tr>")
        for row in p.rows:
            if not row.scenarios:
                parts.append(
                    f"<tr><td>{e(row.basis)}</td><td>{e('; '.join(row.where))}</td>"
                    f"<td class='none' colspan='2'>{e(_t('no_scenario', lang))}</td></tr>"
                )
            for i, (s, result) in enumerate(row.scenarios):
                head = (
                    f"<td rowspan='{len(row.scenarios)}'>{e(row.basis)}</td>"
                    f"<td rowspan='{len(row.scenarios)}'>{e('; '.join(row.where))}</td>"
                    if i == 0
                    else ""
                )
                label = e(_t("result." + result, lang))
                parts.append(
                    f"<tr>{head}<td>{e(s.feature)}<br>{e(s.name)}</td>"
                    f"<td class='{result.replace(' ', '-')}'>{label}</td></tr>"
                )
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)
