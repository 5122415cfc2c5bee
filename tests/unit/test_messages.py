"""Every user-facing text exists in Vietnamese and English, renders, and fails loudly."""

from __future__ import annotations

import re
import string
import unicodedata
from pathlib import Path

import pytest

from engine.definitions import SCOPES
from engine.messages import TEXTS, Localized, Message, format_vnd

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("vi", "en")


def placeholders(text: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def dummy_params(key: str) -> dict[str, str]:
    names = {n for lang in LANGS for n in placeholders(TEXTS[key][lang])}
    return {n: f"<{n}-giá-trị>" for n in names}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_text_has_vietnamese_and_english(key: str) -> None:
    texts = TEXTS[key]
    assert set(texts) == set(LANGS), texts
    for lang in LANGS:
        assert isinstance(texts[lang], str) and texts[lang].strip(), (key, lang)


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_texts_are_nfc_and_clean(key: str) -> None:
    for lang in LANGS:
        text = TEXTS[key][lang]
        assert unicodedata.is_normalized("NFC", text), (key, lang)
        assert text == text.strip(" ") or key == "word.or", (key, lang)  # " hoặc " is spaced
        assert "  " not in text.strip(), (key, lang)


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_both_languages_take_the_same_named_parameters(key: str) -> None:
    vi, en = (placeholders(TEXTS[key][lang]) for lang in LANGS)
    assert set(vi) == set(en), key
    for name in vi + en:
        assert name.isidentifier(), f"{key}: positional or odd placeholder {{{name}}}"


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_text_renders_with_its_parameters(key: str) -> None:
    params = dummy_params(key)
    for lang in LANGS:
        rendered = Message(key, params).render(lang)
        for value in params.values():
            assert value in rendered, (key, lang)
        assert "{" not in rendered.replace("{{", "") and "}" not in rendered, (key, lang)


@pytest.mark.parametrize(
    ("key", "missing"),
    [(key, name) for key in sorted(TEXTS) for name in sorted(dummy_params(key))],
)
def test_rendering_with_a_missing_parameter_fails_loudly(key: str, missing: str) -> None:
    params = dummy_params(key)
    del params[missing]
    for lang in LANGS:
        with pytest.raises(KeyError, match=missing):
            Message(key, params).render(lang)


def test_unknown_key_fails_loudly() -> None:
    with pytest.raises(KeyError):
        Message("không_có_khóa").render()


def test_unknown_language_falls_back_to_vietnamese() -> None:
    assert Message("what.document").render("fr") == "văn bản"


def test_parameters_render_in_the_readers_language() -> None:
    message = Message(
        "not_found", {"what": Message("what.document"), "ref": Localized("Kế hoạch", "Plan")}
    )
    assert message.render("vi") == "Không tìm thấy văn bản «Kế hoạch»."
    assert message.render("en") == "document “Plan” not found."
    listed = Message("missing_fields", {"fields": [Localized("Nội dung", "Summary"), "x", 3]})
    assert listed.render("vi") == "Chưa điền: Nội dung, x, 3."
    assert listed.render("en") == "Not filled in: Summary, x, 3."


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (1_250_000_000, "1.250.000.000 đ"),
        (0, "0 đ"),
        (999, "999 đ"),
        (1000, "1.000 đ"),
        (1_000_000_000_000_000, "1.000.000.000.000.000 đ"),
        (-2_500_000, "-2.500.000 đ"),
    ],
)
def test_format_vnd(amount: int, shown: str) -> None:
    assert format_vnd(amount) == shown


def _engine_sources() -> list[Path]:
    return sorted(p for folder in ("engine", "webui") for p in (ROOT / folder).rglob("*.py"))


def test_every_message_key_used_in_the_code_exists() -> None:
    """A `Message` with a typo'd key would only blow up on the error path it reports."""
    used: dict[str, set[str]] = {}
    for path in _engine_sources():
        source = path.read_text(encoding="utf-8")
        for key in re.findall(r'Message\(\s*"([^"]+)"', source):
            used.setdefault(key, set()).add(path.name)
        for what in re.findall(r'_not_found\(\s*"([^"]+)"', source):
            used.setdefault(f"what.{what}", set()).add(path.name)
    assert len(used) > 10  # the scan itself works
    missing = {key: sorted(files) for key, files in used.items() if key not in TEXTS}
    assert not missing, missing
    for scope in SCOPES:  # Message(f"scope.{s}") for every scope a definition may use
        assert f"scope.{scope}" in TEXTS
