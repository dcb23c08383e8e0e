"""Turns a rendered clause body (Markdown) into leden with sub-items and bold/italic runs.

Provenance markers (see `provenance`) are read here into `Run.marks` and removed from the text;
field reads logged while rendering are assigned to the lid they were read for.
"""

from __future__ import annotations

import bisect
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from akkoord.document import Inline, Mark, Member, Run
from akkoord.markdown_subset import tokens as subset_tokens
from akkoord.patterns import LazyPattern
from akkoord.provenance import CLOSE, ID_CHARS, MARKER_CHARS, OPEN, MarkSink, active_sink

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

#: A markdown-it token, or the same fields from markdown_subset.
Token = Any

_MARKER = LazyPattern(f"({OPEN}[{ID_CHARS}]{{2}}|{CLOSE})")
#: A run being read: bold, italic, marks, and its pieces of text (joined once the run is complete).
_Pending = tuple[bool, bool, tuple[Mark, ...], list[str]]


@cache
def _parser() -> MarkdownIt:
    # CommonMark without raw HTML: clause text is prose, and '<' typed by a user stays literal.
    # Imported here: most runs read every text with markdown_subset and never need markdown-it.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).disable(["html_block", "html_inline"])


@lru_cache(maxsize=512)
def _tokens(markdown: str) -> tuple[Token, ...]:
    """The parse of one rendered text, kept for the next document of a batch.

    Parsing is a pure function of the text, and texts repeat: a clause that prints no answers reads
    the same in every agreement of its kind. The tokens are only read, never changed.
    Plain paragraphs, '- ' lists and **bold** are read by markdown_subset, the rest by markdown-it.
    """
    found = subset_tokens(markdown)
    return tuple(found) if found is not None else tuple(_parser().parse(markdown))


class _Reader:
    """Reads inline tokens into runs, keeping the open marks across paragraphs of one text."""

    def __init__(self, sink: MarkSink | None) -> None:
        self.sink = sink
        self.stack: list[Mark] = []

    def inline(self, token: Token) -> Inline:
        # One Run per stretch of equal formatting, made when the stretch is complete: not a new Run for
        # every piece of text joined to it (a printed answer splits a sentence into several pieces).
        runs: list[_Pending] = []
        bold = italic = False
        for child in token.children or ():
            kind = child.type
            if kind == "text" or kind == "code_inline":
                self._text(runs, child.content, bold, italic)
            elif kind == "strong_open":
                bold = True
            elif kind == "strong_close":
                bold = False
            elif kind == "em_open":
                italic = True
            elif kind == "em_close":
                italic = False
            elif kind == "softbreak" or kind == "hardbreak":
                self._append(runs, " ", bold, italic)
        return tuple([Run("".join(texts), b, i, marks) for b, i, marks, texts in runs])

    def _text(self, runs: list[_Pending], text: str, bold: bool, italic: bool) -> None:
        # Marker characters lie outside ASCII: an ASCII piece needs no search for stray ones.
        if CLOSE not in text and OPEN not in text:
            self._append(runs, text if text.isascii() else MARKER_CHARS.sub("", text), bold, italic)
            return
        stack = self.stack
        for piece in _MARKER.split(text):
            if not piece:
                continue
            if piece == CLOSE:
                if stack:
                    stack.pop()
            elif piece[0] == OPEN:
                if self.sink is not None:
                    stack.append(self.sink.decode(piece[1:]))
            else:
                # Anything left of the marker range was typed, not made by us: it never reaches a document.
                self._append(runs, piece if piece.isascii() else MARKER_CHARS.sub("", piece), bold, italic)

    def _append(self, runs: list[_Pending], text: str, bold: bool, italic: bool) -> None:
        if not text:
            return
        marks = tuple(self.stack)
        if runs:
            last = runs[-1]
            if last[0] == bold and last[1] == italic and last[2] == marks:
                last[3].append(text)
                return
        runs.append((bold, italic, marks, [text]))


def parse_members(markdown: str, reads: list[tuple[int, str]] | None = None) -> list[Member]:
    """Every top-level paragraph is a lid; a list right after it holds that lid's sub-items."""
    return [member for member, _ in parse_members_with_reads(markdown, reads)]


def parse_members_with_reads(markdown: str, reads: list[tuple[int, str]] | None = None
                             ) -> list[tuple[Member, list[str]]]:
    """The leden, each with the answers paths read (logged at an output position) while making it."""
    reader = _Reader(active_sink())
    found: list[tuple[Member, int]] = []  # a lid and the last source line it covers
    tokens = _tokens(markdown)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type in ("paragraph_open", "heading_open") and token.level == 0:
            found.append((Member(text=reader.inline(tokens[index + 1])), _last_line(token)))
            index += 3
        elif token.type in ("bullet_list_open", "ordered_list_open") and token.level == 0:
            end = _closing(tokens, index)
            items = tuple(reader.inline(t) for t in tokens[index:end] if t.type == "inline")
            if found:
                member, _ = found[-1]
                found[-1] = (Member(text=member.text, items=member.items + items), _last_line(token))
            else:
                found.extend((Member(text=item), _last_line(token)) for item in items)
            index = end + 1
        else:
            index += 1
    kept = [(member, last) for member, last in found if member.text or member.items]
    read_by_lid: list[list[str]] = [[] for _ in kept]
    if kept and reads:
        last_lines = [last for _, last in kept]
        top = len(kept) - 1
        line = counted = 0
        previous = -1
        lid_reads: list[str] = []
        for position, path in reads:
            if position != previous:  # reads at one position (a loop's fields, say) go to one lid
                # The line of `position`: the newlines before it, counted on from the last read (logged in order).
                if position < counted:
                    line = counted = 0
                line += markdown.count("\n", counted, position)
                counted = previous = position
                # The lid that contains the line, or the first one after it (a condition above its lid).
                lid_reads = read_by_lid[min(bisect.bisect_left(last_lines, line), top)]
            lid_reads.append(path)
    return [(member, paths) for (member, _), paths in zip(kept, read_by_lid, strict=True)]


def parse_paragraphs(markdown: str) -> list[Inline]:
    """Each paragraph (or list item) as one run sequence, for recitals and the comparitie."""
    reader = _Reader(active_sink())
    return [reader.inline(token) for token in _tokens(markdown)
            if token.type == "inline" and token.children is not None]


def _last_line(token: Token) -> int:
    return (token.map[1] - 1) if token.map else 0


def _closing(tokens: tuple[Token, ...], start: int) -> int:
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1
