"""Text from users made safe to print on a terminal: no escape sequences, no unprintable characters."""

from __future__ import annotations

import re

# C0 and C1 controls except newline, DEL, lone surrogates and the bidi overrides that reorder a line.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Show each unsafe character as ⟨U+001B⟩: visible in the message, harmless to the terminal."""
    return _UNSAFE.sub(lambda match: f"⟨U+{ord(match.group()):04X}⟩", text)
