"""Text as legacy Vietnamese files hold it, for tests of the readers."""

from __future__ import annotations

import unicodedata

__all__ = ["cp1258"]


def cp1258(text: str) -> bytes:
    """Text as Windows-1258 saves it: the letters it has, tone marks as combining bytes."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for character in unicodedata.normalize("NFC", text):
        try:
            out += character.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", character)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258")
    return bytes(out)
