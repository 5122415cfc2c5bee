"""The hot path's precompiled statements read and write exactly what `execute` would."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from engine import services, store
from engine.db import Precompiled, documents, events
from engine.domain import Document
from tests.conftest import TODAY, World


def _through_execute(conn: sa.Connection, document_id: int) -> Document:
    cols = [documents.c[name] for name in Document.__dataclass_fields__]
    row = conn.execute(sa.select(*cols).where(documents.c.id == document_id)).one()
    return Document(*row)


def test_document_read_and_written_like_execute(world: World) -> None:
    doc = services.create_document(
        world.db,
        type_id="unit_plan",
        unit_id=world.unit("XA_A"),
        year=2026,
        title="Kế hoạch «đặc biệt» năm 2026",
        user_id=world.user("cv_a"),
        fields={"summary": "Nội dung có dấu: Hà Nhì, La Hủ", "estimated_cost": 1_250_000_000},
        today=TODAY,
    )
    services.fire_transition(
        world.db, doc.id, "sign", world.user("ld_a"), expected_version=1, today=TODAY
    )
    with world.db.connect() as conn:
        fast = store.get_document(conn, doc.id)
        slow = _through_execute(conn, doc.id)
        assert fast == slow
        assert fast.due_date is None and isinstance(fast.state_entered_at, type(slow.created_at))
        assert fast.fields["estimated_cost"] == 1_250_000_000
        # Events inserted through the precompiled INSERT read back identically via execute.
        history = store.history(conn, doc.id)
        rows = conn.execute(
            sa.select(events).where(events.c.document_id == doc.id).order_by(events.c.seq)
        ).all()
        assert [e.hash for e in history] == [r.hash for r in rows]
        assert history[0].changes == rows[0].changes
    assert services.verify_audit(world.db).ok


def test_duplicate_event_raises_the_same_error_as_execute(world: World) -> None:
    doc = services.create_document(
        world.db,
        type_id="unit_plan",
        unit_id=world.unit("XA_A"),
        year=2026,
        title="KH",
        user_id=world.user("cv_a"),
        today=TODAY,
    )
    with world.db.connect() as conn, pytest.raises(IntegrityError):
        again = store.get_document(conn, doc.id)
        again.version -= 1  # the same seq as the existing event
        store.append_event(
            conn,
            again,
            kind="edit",
            trigger=None,
            from_state=again.state,
            actor_id=1,
            role=None,
            unit_id=None,
            on_behalf_of_id=None,
            comment=None,
            changes={},
            at=store.utcnow(),
        )


def test_only_plain_bound_parameters() -> None:
    stmt = sa.select(documents.c.id).where(documents.c.id.in_(sa.bindparam("ids", expanding=True)))
    with pytest.raises(ValueError):
        Precompiled(stmt)._compile(sa.create_engine("sqlite://").dialect)
