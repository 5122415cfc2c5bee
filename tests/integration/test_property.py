"""Random action sequences on the test province: the write path's invariants always hold.

Hypothesis drives sequences of (document, trigger or field edit, user, comment,
fresh/stale/future/no version, inputs) against real databases.  After every
step, for every document of the example:

- its state is its last event's destination, its version the number of its
  events, its last hash the last event's hash, and earlier events never change;
- a refused action (any `EngineError`) changed nothing at all;
- an action on a version other than the current one is refused as stale;
- `available_actions` predicts what firing does (allowed ⇒ an action that
  takes no inputs succeeds, given a comment where one is required; not allowed
  ⇒ it fails), and it writes nothing.

At the end of each example the whole audit chain verifies.

One world (units, users) is built per database kind; each example creates its
own documents in a year of its own, so guards that look at "this year's"
documents (ceilings, children) only ever see that example's documents.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from engine import services
from engine.audit import GENESIS
from engine.domain import Document, Event
from engine.errors import EngineError, NotFound, StaleDocument
from engine.services import OPERATOR
from tests.conftest import TODAY, USERS, World

MIN_STEPS, MAX_STEPS = 3, 12
EXAMPLES = 60

TRIGGERS = {
    "unit_plan": ["sign", "submit", "return", "reopen", "withdraw", "accept", "consolidate"],
    "budget_estimate": ["submit", "appraise", "allocate"],
    "press_visit": ["submit", "agree", "refuse"],
    "provincial_plan": ["consolidate", "reopen", "approve"],
}
ALL_TRIGGERS = sorted({t for ts in TRIGGERS.values() for t in ts})
FIELDS = {
    "unit_plan": ["summary", "estimated_cost"],
    "budget_estimate": ["requested_amount", "appraised_amount"],
    "press_visit": ["outlet"],
    "provincial_plan": ["summary"],
}
# Who creates what, where (the creator holds the create role in that unit).
CREATORS = {
    "unit_plan": [("XA_A", "cv_a"), ("XA_B", "cv_b"), ("XA_A", "both")],
    "budget_estimate": [("XA_A", "cv_a")],
    "press_visit": [("XA_A", "cv_a"), ("XA_B", "cv_b")],
    "provincial_plan": [("SVH", "cv_svh")],
}

REASON = "Lý do: bổ sung hồ sơ"
COMMENTS = [
    None,
    "",
    "   ",
    REASON,
    unicodedata.normalize("NFD", "Đề nghị làm rõ kinh phí"),
    "có ký tự\x07điều khiển",
]
VALUES = [
    None,
    "",
    0,
    1,
    400_000_000,
    500_000_000,
    700_000_000,
    "1.250.000.000",
    "abc",
    -1,
    True,
    12.5,
    "Nội dung chính",
    unicodedata.normalize("NFD", "Phóng viên Việt Nam"),
]
BACKWARD = {"withdraw", "return", "refuse", "reopen"}
AMOUNTS = [400_000_000, 500_000_000, 700_000_000, "450.000.000"]
KINDS = ["fire", "guided", "guided", "guided", "edit"]
VERSION_MODES = ["fresh", "fresh", "fresh", "fresh", "stale", "future", "none"]

# A year per example while they last (documents may concern 1990-2100), then again.
YEARS = itertools.cycle(range(2100, 1989, -1))


@dataclass
class Snapshot:
    doc: Document
    events: list[Event]


def snapshot(w: World, ids: list[int]) -> dict[int, Snapshot]:
    return {
        i: Snapshot(
            services.get_document(w.db, i, services.OPERATOR),
            services.document_history(w.db, i, services.OPERATOR),
        )
        for i in ids
    }


def check_consistent(snaps: dict[int, Snapshot]) -> None:
    for doc_id, s in snaps.items():
        events = s.events
        assert events, f"#{doc_id} has no events"
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        assert events[0].kind == "create" and events[0].prev_hash == GENESIS
        for before, after in itertools.pairwise(events):
            assert after.prev_hash == before.hash
        assert s.doc.state == events[-1].to_state, (doc_id, s.doc.state, events[-1])
        assert s.doc.version == len(events), (doc_id, s.doc.version, len(events))
        assert s.doc.last_hash == events[-1].hash


def check_append_only(before: dict[int, Snapshot], after: dict[int, Snapshot]) -> None:
    for doc_id, old in before.items():
        assert after[doc_id].events[: len(old.events)] == old.events, f"#{doc_id} rewritten"


HEADS = {"XA_A": "ld_a", "XA_B": "ld_b"}


def happy_path(type_id: str, unit: str, creator: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(trigger, user, inputs) that take a fresh document of `type_id` forward."""
    if type_id == "unit_plan":
        return [("sign", HEADS[unit], {}), ("submit", creator, {}), ("accept", "cv_svh", {})]
    if type_id == "budget_estimate":
        return [("submit", creator, {}), ("appraise", "cv_stc", {"appraised_amount": 400_000_000})]
    if type_id == "press_visit":
        return [("submit", creator, {}), ("agree", "cv_snv", {})]
    return []


def create_documents(w: World, data: st.DataObject, year: int) -> list[int]:
    """A unit plan of commune A (budgets link to it), the provincial plan, a few more documents.

    Some are moved along their happy path first, so that short random
    sequences reach the deep states (consolidation and its effects).
    """
    services.set_ceiling(
        w.db, actor=OPERATOR, pack="testland", key="ttdn_budget", year=year, amount=1_000_000_000
    )
    specs = [("unit_plan", "XA_A", "cv_a"), ("provincial_plan", "SVH", "cv_svh")]
    for type_id in data.draw(
        st.lists(st.sampled_from(sorted(CREATORS)), max_size=2), label="types"
    ):
        specs.append((type_id, *data.draw(st.sampled_from(CREATORS[type_id]), label="creator")))
    ids: list[int] = []
    for type_id, unit, who in specs:
        fields: dict[str, Any] = {}
        links = None
        if type_id == "unit_plan":
            fields = data.draw(
                st.sampled_from([{"summary": "Quảng bá du lịch"}, {}]), label="plan fields"
            )
        elif type_id == "budget_estimate":
            links = {"plan": ids[0]}
            fields = data.draw(
                st.sampled_from(
                    [{"requested_amount": 600_000_000}, {}, {"requested_amount": "400.000.000"}]
                ),
                label="budget fields",
            )
        doc = services.create_document(
            w.db,
            type_id=type_id,
            unit_id=w.unit(unit),
            year=year,
            title=f"Văn bản {type_id}",
            user_id=w.user(who),
            fields=fields,
            links=links,
            today=TODAY,
        )
        ids.append(doc.id)
        steps = happy_path(type_id, unit, who)
        ahead = data.draw(st.sampled_from(range(len(steps), -1, -1)), label="ahead")
        for trigger, user, inputs in steps[:ahead]:
            try:
                doc = services.fire_transition(
                    w.db,
                    doc.id,
                    trigger,
                    w.user(user),
                    expected_version=doc.version,
                    inputs=inputs or None,
                    today=TODAY,
                )
            except EngineError:  # e.g. a required field left empty above: stays where it is
                break
    return ids


def expected_version(mode: str, current: int, data: st.DataObject) -> int | None:
    if mode == "fresh":
        return current
    if mode == "none":
        return None
    if mode == "stale":
        return data.draw(st.integers(0, current - 1), label="stale version")
    return data.draw(st.integers(current + 1, current + 3), label="future version")


def stored_comment(comment: str | None) -> str | None:
    return unicodedata.normalize("NFC", (comment or "").strip()) or None


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_sequences_keep_the_write_path_invariants(world: World, data: st.DataObject) -> None:
    w = world
    ids = create_documents(w, data, next(YEARS))
    snaps = snapshot(w, ids)
    check_consistent(snaps)
    n_steps = data.draw(st.integers(MIN_STEPS, MAX_STEPS), label="steps")
    for _ in range(n_steps):
        doc_id = data.draw(st.sampled_from(ids), label="document")
        doc = snaps[doc_id].doc
        kind = data.draw(st.sampled_from(KINDS), label="kind")
        if kind == "guided":
            guided_step(w, data, ids, snaps, doc)
            after = snapshot(w, ids)
            check_consistent(after)
            check_append_only(snaps, after)
            snaps = after
            continue

        user_name = data.draw(st.sampled_from(sorted(USERS)), label="user")
        user = w.user(user_name)

        mode = data.draw(st.sampled_from(VERSION_MODES), label="version mode")
        version = expected_version(mode, doc.version, data)
        names = FIELDS[doc.type_id] + ["không_có"]
        inputs = data.draw(
            st.dictionaries(st.sampled_from(names), st.sampled_from(VALUES), max_size=2),
            label="inputs",
        )
        trigger = comment = None
        actions = None
        if kind == "fire":
            trigger = data.draw(
                st.sampled_from(TRIGGERS[doc.type_id]) | st.sampled_from(ALL_TRIGGERS),
                label="trigger",
            )
            comment = data.draw(st.sampled_from(COMMENTS), label="comment")
            if mode == "fresh":
                actions = {a.trigger: a for a in offered(w, doc_id, user)}

        try:
            if kind == "fire":
                services.fire_transition(
                    w.db,
                    doc_id,
                    trigger,
                    user,
                    expected_version=version,
                    comment=comment,
                    inputs=inputs or None,
                    today=TODAY,
                )
            else:
                services.update_fields(
                    w.db, doc_id, user, inputs, expected_version=version, today=TODAY
                )
        except EngineError as refusal:
            error: EngineError | None = refusal
        else:
            error = None

        event(f"{kind}: {'ok' if error is None else type(error).__name__}")
        after = snapshot(w, ids)
        check_consistent(after)
        check_append_only(snaps, after)
        stale = mode in ("stale", "future")
        what = f"{kind} {trigger or ''} by {user_name} on #{doc_id} ({doc.type_id}, {doc.state})"
        if error is not None:
            # A refusal changes nothing, anywhere.
            assert after == snaps, f"refused {what} ({error}) left traces"
            if stale and (kind == "edit" or trigger in TRIGGERS[doc.type_id]):
                assert isinstance(error, StaleDocument), (
                    f"{what} on version {version} (current {doc.version}): "
                    f"{type(error).__name__}: {error}"
                )
        else:
            assert not stale, f"{what} succeeded on version {version} (current {doc.version})"
            new = after[doc_id].events[len(snaps[doc_id].events) :]
            if kind == "edit" and not new:  # nothing changed: an edit with no effect is no event
                assert after == snaps
            else:
                assert new and new[0].actor_id == user
                if kind == "fire":
                    assert new[0].kind in ("transition", "signoff") and new[0].trigger == trigger
                    assert new[0].comment == stored_comment(comment)
                    assert new[0].from_state == doc.state
                else:
                    assert new[0].kind == "edit" and new[0].from_state == new[0].to_state
            for other in ids:
                for e in after[other].events[len(snaps[other].events) :]:
                    assert e.actor_id == user and e.at == new[0].at  # one transaction, one time
        if actions is not None:
            check_prediction(actions, trigger, comment, inputs, error, what)
        snaps = after

    for s in snaps.values():
        event(f"ended in {s.doc.type_id}.{s.doc.state}")
        if any(e.kind in ("cascade", "effect") for e in s.events):
            event("effects ran")
    report = services.verify_audit(w.db)
    assert report.ok, report


def offered(w: World, doc_id: int, user: int) -> list[Any]:
    """What `available_actions` offers; nothing on a document the user may not see."""
    try:
        return services.available_actions(w.db, doc_id, user, today=TODAY)
    except NotFound:
        return []


def check_prediction(
    actions: dict[str, Any],
    trigger: str,
    comment: str | None,
    inputs: dict[str, Any],
    error: EngineError | None,
    what: str,
) -> None:
    """What `available_actions` said, against what firing (on a fresh version) did."""
    action = actions.get(trigger)
    if action is None:  # not offered from this state (or a system transition)
        assert error is not None, f"{what}: fired although not offered"
        return
    if not action.allowed and not inputs:
        assert error is not None, f"{what}: fired although not allowed: {action.reasons}"
    comment_valid = "\x07" not in (comment or "")
    gives_comment = stored_comment(comment) is not None
    # `allowed` on an action that takes inputs means "allowed once you give them"
    # (their guards judge the typed values): only input-free actions must succeed.
    if (
        action.allowed
        and not action.inputs
        and not inputs
        and comment_valid
        and (gives_comment or not action.comment_required)
    ):
        assert error is None, f"{what}: allowed, yet refused: {error}"


def guided_step(
    w: World, data: st.DataObject, ids: list[int], snaps: dict[int, Snapshot], doc: Document
) -> None:
    """Pick one (user, action) that `available_actions` offers; firing it does what it said.

    Mostly among allowed ones that lead on, so that sequences get deep into the
    workflows; sometimes among all allowed ones, or among all offered ones.
    """
    offers = [
        (name, action) for name in sorted(USERS) for action in offered(w, doc.id, w.user(name))
    ]
    assert snapshot(w, ids) == snaps, "available_actions wrote something"
    allowed = [o for o in offers if o[1].allowed]
    onward = [o for o in allowed if o[1].trigger not in BACKWARD]
    pool = {4: allowed, 5: offers}.get(data.draw(st.integers(0, 5), label="pool"), onward)
    pool = pool or offers  # nothing leads on: rather a refusal than the dead end
    if not pool:
        return
    name, action = data.draw(st.sampled_from(pool), label="offered action")
    inputs = {}
    if action.inputs and data.draw(st.booleans(), label="give inputs"):
        inputs = {f: data.draw(st.sampled_from(AMOUNTS), label=f) for f in action.inputs}
    event(f"guided: {'allowed' if action.allowed else 'not allowed'}")
    try:
        services.fire_transition(
            w.db,
            doc.id,
            action.trigger,
            w.user(name),
            expected_version=doc.version,
            comment=REASON if action.comment_required else None,
            inputs=inputs or None,
            today=TODAY,
        )
    except EngineError as refusal:
        event(f"guided: {type(refusal).__name__}")
        assert not isinstance(refusal, StaleDocument)
        assert snapshot(w, ids) == snaps
        # `allowed` on an action that takes inputs means "allowed once you give them".
        assert inputs or action.inputs or not action.allowed, (
            f"{action.trigger} on #{doc.id} by {name} allowed, yet: {refusal}"
        )
    else:
        event("guided: ok")
        assert inputs or action.allowed, (
            f"{action.trigger} on #{doc.id} by {name} fired although {action.reasons}"
        )
        new = services.document_history(w.db, doc.id, services.OPERATOR)[len(snaps[doc.id].events)]
        assert (new.trigger, new.actor_id, new.from_state) == (
            action.trigger,
            w.user(name),
            doc.state,
        )
