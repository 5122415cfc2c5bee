"""Files and text before YAML: regular files only, bounded size, UTF-8, NFC, no bidi controls.

A path is checked with ``os.stat`` before it is opened, and only a regular file
is opened (non-blocking): a named pipe, a device, a folder or a symlink loop is
refused at once, never read or waited on; size is capped before reading.
"""

from __future__ import annotations

import errno
import os
import stat
import unicodedata
from pathlib import Path

from engine.definitions.problems import Reporter, Text, tr

# Same set as engine.fieldtypes.BIDI_CONTROLS (a test keeps them equal; importing
# it here would make definitions depend on the field layer above them).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# --------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------


def read_file(path: Path, limit: int, r: Reporter) -> bytes | None:
    """The bytes of a regular file of at most `limit` bytes, else None (reported)."""
    try:
        info = os.stat(path)  # follows symlinks: a loop fails here with ELOOP
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            r.err(1, tr("file.symlink_loop"))
        else:
            r.err(1, tr("file.cannot_read", reason=exc.strerror or str(exc)))
        return None
    if not stat.S_ISREG(info.st_mode):
        r.err(1, tr("file.not_regular", what=_file_kind(info.st_mode)))
        return None
    if info.st_size > limit:
        r.err(
            1,
            tr(
                "file.too_big",
                size=Text(f"{info.st_size} byte", f"{info.st_size} bytes"),
                limit=limit,
            ),
        )
        return None
    try:
        # O_NONBLOCK: should the path be swapped for a pipe after the stat,
        # opening it must not wait for a writer.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        r.err(1, tr("file.cannot_read", reason=exc.strerror or str(exc)))
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            r.err(1, tr("file.not_regular", what=_file_kind(os.fstat(fd).st_mode)))
            return None
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        r.err(1, tr("file.cannot_read", reason=exc.strerror or str(exc)))
        return None
    finally:
        os.close(fd)
    if size > limit:
        r.err(
            1,
            tr(
                "file.too_big",
                size=Text(f"hơn {limit} byte", f"more than {limit} bytes"),
                limit=limit,
            ),
        )
        return None
    return b"".join(chunks)


def _file_kind(mode: int) -> Text:
    if stat.S_ISDIR(mode):
        return Text("một thư mục", "a folder")
    if stat.S_ISFIFO(mode):
        return Text("một named pipe", "a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Text("một thiết bị", "a device")
    if stat.S_ISSOCK(mode):
        return Text("một socket", "a socket")
    return Text("không phải tệp thường", "not a regular file")


# --------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------


def decode(data: bytes | bytearray | memoryview | str, limit: int, r: Reporter) -> str | None:
    """Checked text: size, UTF-8, bidi controls; NFD text is reported and normalised."""
    if isinstance(data, str):
        size = len(data) if len(data) > limit else len(data.encode("utf-8", "surrogatepass"))
    elif isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        size = len(data)
    else:
        r.err(1, tr("file.not_text", got=type(data).__name__))
        return None
    if size > limit:
        r.err(1, tr("file.too_big", size=Text(f"{size} byte", f"{size} bytes"), limit=limit))
        return None
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            r.err(line, tr("file.not_utf8", byte=f"0x{data[exc.start]:02x}", offset=exc.start))
            return None
    else:
        text = data
    if BIDI_CONTROLS.intersection(text):
        lines = [n for n, ln in enumerate(text.split("\n"), 1) if BIDI_CONTROLS.intersection(ln)]
        for line in lines[:20]:
            r.err(line, tr("text.bidi"))
    if not unicodedata.is_normalized("NFC", text):
        bad = [
            n
            for n, ln in enumerate(text.split("\n"), 1)
            if not unicodedata.is_normalized("NFC", ln)
        ]
        n = len(bad)
        more = Text(f" (tất cả {n} dòng)", f" ({n} lines in all)") if n > 1 else Text("", "")
        r.err(bad[0] if bad else 1, tr("text.not_nfc", more=more))
        text = unicodedata.normalize("NFC", text)
    return text
