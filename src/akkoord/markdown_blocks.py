"""Turns a rendered clause body (Markdown) into leden with sub-items and bold/italic runs."""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from akkoord.document import Inline, Member, Run


@cache
def _parser() -> MarkdownIt:
    # CommonMark without raw HTML: clause text is prose, and '<' typed by a user stays literal.
    return MarkdownIt("commonmark", {"html": False}).disable(["html_block", "html_inline"])


def parse_members(markdown: str) -> list[Member]:
    """Every top-level paragraph is a lid; a list right after it holds that lid's sub-items."""
    members: list[Member] = []
    tokens = _parser().parse(markdown)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type in ("paragraph_open", "heading_open") and token.level == 0:
            members.append(Member(text=_inline(tokens[index + 1])))
            index += 3
        elif token.type in ("bullet_list_open", "ordered_list_open") and token.level == 0:
            end = _closing(tokens, index)
            items = tuple(_inline(t) for t in tokens[index:end] if t.type == "inline")
            if members:
                members[-1] = Member(text=members[-1].text, items=members[-1].items + items)
            else:
                members.extend(Member(text=item) for item in items)
            index = end + 1
        else:
            index += 1
    return [member for member in members if member.text or member.items]


def parse_paragraphs(markdown: str) -> list[Inline]:
    """Each paragraph (or list item) as one run sequence, for recitals and the comparitie."""
    return [_inline(token) for token in _parser().parse(markdown) if token.type == "inline" and token.children is not None]


def _closing(tokens: list[Token], start: int) -> int:
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _inline(token: Token) -> Inline:
    runs: list[Run] = []
    bold = italic = False
    for child in token.children or []:
        if child.type == "strong_open":
            bold = True
        elif child.type == "strong_close":
            bold = False
        elif child.type == "em_open":
            italic = True
        elif child.type == "em_close":
            italic = False
        elif child.type in ("softbreak", "hardbreak"):
            _append(runs, " ", bold, italic)
        elif child.type in ("text", "code_inline"):
            _append(runs, child.content, bold, italic)
    return tuple(runs)


def _append(runs: list[Run], text: str, bold: bool, italic: bool) -> None:
    if runs and runs[-1].bold == bold and runs[-1].italic == italic:
        runs[-1] = Run(runs[-1].text + text, bold, italic)
    else:
        runs.append(Run(text, bold, italic))
