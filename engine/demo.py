"""Seed a demo province from a pack's organisation.yaml and demo.yaml.

Everything goes through the service layer, as an officer's clicks would: the
history of a demo document is a real, verifiable history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from engine import services
from engine.errors import EngineError
from engine.organisation import OrganisationError, load_demo, load_organisation

# Published in the README; `authenticate` refuses it outside demo mode.
DEMO_PASSWORD = "demo-ttdn-2026"


@dataclass
class DemoReport:
    pack: str
    province: str
    users: list[str] = field(default_factory=list)
    documents: int = 0
    actions: int = 0


class DemoError(RuntimeError):
    """A demo step the pack's own rules refuse: a bug in the pack's demo.yaml."""


def seed(db: Engine, pack_dir: Path, *, today: date | None = None) -> DemoReport:
    org = load_organisation(pack_dir / "organisation.yaml")
    pack = pack_dir.name
    services.import_units(db, org.units, pack=pack, ceilings=org.ceilings)
    report = DemoReport(pack, org.province)
    user_ids: dict[str, int] = {}
    for u in org.users:
        try:
            user_ids[u["username"]] = services.user_by_name(db, u["username"]).id
            continue  # seeded before: keep it
        except EngineError:
            pass
        user_ids[u["username"]] = services.add_user(
            db,
            username=u["username"],
            password=DEMO_PASSWORD,
            full_name=u["full_name"],
            title=u.get("title", ""),
            is_demo=True,
        )
        for grant in u.get("roles") or []:
            services.grant_role(
                db, username=u["username"], role=grant["role"], unit_code=grant["unit"]
            )
        report.users.append(u["username"])

    demo_file = pack_dir / "demo.yaml"
    if not demo_file.exists():
        return report
    demo = load_demo(demo_file)
    if not report.users:  # users existed already: the demo documents were seeded too
        return report
    for d in demo.get("delegations") or []:
        services.delegate(
            db,
            principal=d["from"],
            delegate_to=d["to"],
            role=d["role"],
            unit_code=d["unit"],
            starts_on=date.fromisoformat(str(d["starts"])),
            ends_on=date.fromisoformat(str(d["ends"])),
        )

    def user(name: str) -> int:
        if name not in user_ids:
            user_ids[name] = services.user_by_name(db, name).id
        return user_ids[name]

    keys: dict[str, int] = {}
    default_year = int(demo.get("year") or date.today().year)

    def step(doc_key: str, s: dict[str, Any]) -> None:
        doc_id = keys[doc_key]
        current = services.get_document(db, doc_id, services.OPERATOR)
        try:
            services.fire_transition(
                db,
                doc_id,
                s["trigger"],
                user(s["as"]),
                expected_version=current.version,
                comment=s.get("comment"),
                inputs=s.get("inputs"),
                today=today,
            )
        except EngineError as exc:
            raise DemoError(
                f"{demo_file}: {doc_key}: {s['trigger']} as {s['as']}: {exc.render('en')}"
                + "".join(f"\n  - {m.render('en')}" for m in exc.details)
            ) from exc
        report.actions += 1

    for spec in demo.get("documents") or []:
        unit = services.unit_by_code(db, spec["unit"])
        links = {name: keys[ref] for name, ref in (spec.get("links") or {}).items()}
        try:
            doc = services.create_document(
                db,
                type_id=spec["type"],
                unit_id=unit.id,
                year=int(spec.get("year", default_year)),
                title=spec["title"],
                user_id=user(spec["as"]),
                fields=spec.get("fields") or {},
                links=links,
                today=today,
            )
        except EngineError as exc:
            raise DemoError(f"{demo_file}: {spec.get('key')}: create: {exc.render('en')}") from exc
        keys[spec["key"]] = doc.id
        report.documents += 1
        for s in spec.get("steps") or []:
            step(spec["key"], s)
    for a in demo.get("actions") or []:
        step(a["doc"], a)
    return report


__all__ = ["DEMO_PASSWORD", "DemoError", "DemoReport", "OrganisationError", "seed"]
