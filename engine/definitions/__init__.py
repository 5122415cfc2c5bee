"""Workflow definitions: the model, the YAML loader and the canonical (hashed) form."""

from engine.definitions.canonical import (
    canonical_json,
    content_hash,
    from_canonical,
    to_canonical,
)
from engine.definitions.loader import load_file, parse_definition
from engine.definitions.model import (
    FIELD_TYPES,
    SCOPES,
    CallSpec,
    Choice,
    CreateSpec,
    DeadlineSpec,
    Definition,
    FieldSpec,
    Label,
    LinkSpec,
    Party,
    SignoffSpec,
    StateSpec,
    TransitionSpec,
)
from engine.definitions.pack import (
    PackFacts,
    check_paths,
    definition_files,
    load_pack,
    validate_paths,
)
from engine.definitions.problems import DefinitionError, Problem, Text

__all__ = [
    "FIELD_TYPES",
    "SCOPES",
    "CallSpec",
    "Choice",
    "CreateSpec",
    "DeadlineSpec",
    "Definition",
    "DefinitionError",
    "FieldSpec",
    "Label",
    "LinkSpec",
    "PackFacts",
    "Party",
    "Problem",
    "SignoffSpec",
    "StateSpec",
    "Text",
    "TransitionSpec",
    "canonical_json",
    "check_paths",
    "content_hash",
    "definition_files",
    "from_canonical",
    "load_file",
    "load_pack",
    "parse_definition",
    "to_canonical",
    "validate_paths",
]
