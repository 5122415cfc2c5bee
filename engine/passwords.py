"""Password hashing with the standard library's scrypt (no framework needed)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata

_N, _R, _P = 2**14, 8, 1
_DUMMY = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44


def _encode(password: str) -> bytes:
    # "mật khẩu" typed with a decomposing input method must still match.
    return unicodedata.normalize("NFC", password).encode()


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(_encode(password), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "$".join(
        [
            "scrypt",
            str(_N),
            str(_R),
            str(_P),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def verify_password(password: str, stored: str | None) -> bool:
    """Constant-time check; `stored` None still costs one hash (no user enumeration by timing)."""
    try:
        _, n, r, p, salt, digest = (stored or _DUMMY).split("$")
        computed = hashlib.scrypt(
            _encode(password),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=32,
        )
        return stored is not None and hmac.compare_digest(computed, base64.b64decode(digest))
    except (ValueError, TypeError):
        return False
