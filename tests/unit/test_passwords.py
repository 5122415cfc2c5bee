"""Password hashing: scrypt from the standard library, failing closed on anything odd."""

from __future__ import annotations

import base64
import hashlib
import unicodedata
from typing import Any

import pytest

from engine.passwords import hash_password, verify_password

PASSWORD = "mật-khẩu-thử"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_password(PASSWORD)


def test_roundtrip(stored: str) -> None:
    assert verify_password(PASSWORD, stored) is True


def test_format_and_salt(stored: str) -> None:
    name, n, r, p, salt, digest = stored.split("$")
    assert (name, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    again = hash_password(PASSWORD)
    assert again != stored  # a fresh salt every time
    assert verify_password(PASSWORD, again)


@pytest.mark.parametrize(
    "attempt", ["mật-khẩu-thu", "Mật-khẩu-thử", "mật-khẩu-thử ", "", "mat-khau-thu"]
)
def test_wrong_password_is_false(stored: str, attempt: str) -> None:
    assert verify_password(attempt, stored) is False


def test_empty_password_roundtrip() -> None:
    assert verify_password("", hash_password(""))
    assert not verify_password(" ", hash_password(""))


def _tampered(stored: str, index: int, value: str) -> str:
    parts = stored.split("$")
    parts[index] = value
    return "$".join(parts)


GARBAGE: list[Any] = [
    "",
    "abc",
    "$$$$$",
    "scrypt$16384$8$1$AAAA",  # too few parts
    "scrypt$16384$8$1$AAAA$AAAA$AAAA",  # too many
    "scrypt$abc$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,
    "scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,  # n not a power of two
    "scrypt$1048576$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,  # n beyond scrypt's memory cap
    "scrypt$16384$0$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,
    "scrypt$16384$8$1$!!!$!!!",
    "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44,  # well-formed, wrong digest
    "pbkdf2_sha256$260000$salt$hash",
]


@pytest.mark.parametrize("garbage", GARBAGE)
def test_garbage_stored_hash_is_false(garbage: str) -> None:
    assert verify_password(PASSWORD, garbage) is False


def test_tampered_hash_is_false(stored: str) -> None:
    salt, digest = stored.split("$")[4:]
    other_salt = base64.b64encode(b"\x00" * 16).decode()
    assert not verify_password(PASSWORD, _tampered(stored, 4, other_salt))
    flipped = base64.b64encode(
        bytes([base64.b64decode(digest)[0] ^ 1]) + base64.b64decode(digest)[1:]
    ).decode()
    assert not verify_password(PASSWORD, _tampered(stored, 5, flipped))
    assert not verify_password(PASSWORD, _tampered(stored, 5, digest[:20]))  # truncated
    assert not verify_password(PASSWORD, _tampered(stored, 1, "8192"))  # other cost
    assert verify_password(PASSWORD, _tampered(stored, 4, salt))  # unchanged: still fine


def test_no_stored_hash_is_false_but_costs_one_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    """A missing user costs the same work as a wrong password (no enumeration by timing)."""
    calls: list[int] = []
    real = hashlib.scrypt

    def counting(*args: Any, **kw: Any) -> bytes:
        calls.append(kw.get("n", 0))
        return real(*args, **kw)

    monkeypatch.setattr(hashlib, "scrypt", counting)
    assert verify_password(PASSWORD, None) is False
    assert verify_password("", None) is False
    assert calls == [2**14, 2**14]  # the real cost, not a cheaper dummy


def test_password_is_compared_by_its_characters_not_its_encoding(stored: str) -> None:
    """Vietnamese typed with a decomposing input method still logs in.

    Unikey/EVKey can emit "Unicode tổ hợp" (combining marks) on one machine and
    precomposed text on another; both are the same password.  NIST SP 800-63B
    §5.1.1.2: verifiers SHOULD normalise Unicode passwords before hashing.
    """
    decomposed = unicodedata.normalize("NFD", PASSWORD)
    assert decomposed != PASSWORD
    assert verify_password(decomposed, stored) is True
    assert verify_password(PASSWORD, hash_password(decomposed)) is True
