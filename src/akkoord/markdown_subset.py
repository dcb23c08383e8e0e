"""The plain Markdown that clauses render to, read without markdown-it: paragraphs, '- ' lists and **bold**.

Importing markdown-it and parsing with it cost about a tenth of a whole `akkoord maak`, for text that is
almost always just this. `tokens` gives the tokens markdown-it would give for such a text (the fields
`markdown_blocks` reads: type, level, map, nesting, and the children of inline tokens) and None for
anything else (headings, numbered lists, code, links, entities, HTML, indented blocks, other
emphasis), which markdown-it then reads. tests/test_markdown_subset.py compares the two on every
rendered example and on generated texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from akkoord.patterns import LazyPattern

#: Characters that mean something to markdown-it outside this subset (escaped, they are plain text).
_OTHER_SYNTAX = LazyPattern(r"[`<>&\[\]_#|~\t\r\x00]")
#: A character that may start a paragraph or a list item's text (no block syntax of any kind).
_START = LazyPattern(r"[^\s#>*+\-=_`~<|\[\\\d]|\*\*[^\s*]|\\[!-/:-@\[-`{-~]|\d+(?![\d.)])")
_ESCAPE = LazyPattern(r"\\[!-/:-@\[-`{-~]")
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_AFTER_CLOSER = frozenset(" \n\0,:;.)")
_SPECIAL = LazyPattern(r"[\\\n\0*]")


@dataclass
class Tok:
    """The part of a markdown-it token that markdown_blocks reads."""

    type: str
    level: int
    nesting: int = 0
    map: list[int] | None = None
    content: str = ""
    children: list[Tok] | None = field(default=None)


def tokens(markdown: str) -> list[Tok] | None:
    """markdown-it's tokens for a text in the subset; None when the text needs markdown-it."""
    if _OTHER_SYNTAX.search(_ESCAPE.sub("", markdown)):
        return None
    lines = markdown.split("\n")
    if markdown.endswith("\n"):
        lines.pop()
    blocks: list[tuple[str, int, list[list[str]]]] = []  # (kind, first line, lines of each paragraph or item)
    ends: list[int] = []
    blank_before = True
    for number, line in enumerate(lines):
        text = line.strip(" ")
        if not text:
            blank_before = True
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent and (blank_before or not _starts_plainly(text)):
            return None
        if not indent and line.startswith("- "):
            if not _starts_plainly(line[2:]):
                return None
            if blocks and blocks[-1][0] == "list":
                blocks[-1][2].append([line[2:]])
            else:
                blocks.append(("list", number, [[line[2:]]]))
                ends.append(number)
        elif not _starts_plainly(text):
            return None
        elif blank_before:
            blocks.append(("paragraph", number, [[line]]))
            ends.append(number)
        else:
            blocks[-1][2][-1].append(line)  # a continuation line (of a paragraph or, lazily, of an item)
        if blocks[-1][0] == "paragraph":
            ends[-1] = number + 1
        blank_before = False
    made: list[Tok] = []
    for index, (kind, first, parts) in enumerate(blocks):
        children = [_inline(part) for part in parts]
        if any(child is None for child in children):
            return None
        if kind == "paragraph":
            made += [Tok("paragraph_open", 0, 1, [first, ends[index]]), Tok("inline", 1, children=children[0]),
                     Tok("paragraph_close", 0, -1)]
            continue
        # A list runs up to the next block, blank lines included, or to the end of the text.
        end = blocks[index + 1][1] if index + 1 < len(blocks) else len(lines)
        made.append(Tok("bullet_list_open", 0, 1, [first, end]))
        for item in children:
            made += [Tok("list_item_open", 1, 1), Tok("paragraph_open", 2, 1), Tok("inline", 3, children=item),
                     Tok("paragraph_close", 2, -1), Tok("list_item_close", 1, -1)]
        made.append(Tok("bullet_list_close", 0, -1))
    return made


def _starts_plainly(text: str) -> bool:
    return _START.match(text) is not None


def _inline(lines: list[str]) -> list[Tok] | None:
    """The children of one inline token: text, line breaks and strong emphasis in '**' pairs."""
    # A line ending in two spaces ends in a hard break (here "\0", which no text in the subset has).
    content = "".join(line.strip(" ") + ("\0" if line.endswith("  ") else "\n") for line in lines)[:-1]
    children: list[Tok] = []
    text: list[str] = []
    strong = False
    position = 0

    def flush() -> None:
        if text:
            children.append(Tok("text", 0, content="".join(text)))
            text.clear()

    while (found := _SPECIAL.search(content, position)) is not None:
        at = found.start()
        text.append(content[position:at])
        char = content[at]
        position = at + 2
        if char == "\\":
            following = content[at + 1:at + 2]
            if following not in _ESCAPABLE:
                return None
            text.append(following)
        elif char in "\n\0":
            flush()
            children.append(Tok("softbreak" if char == "\n" else "hardbreak", 0))
            position = at + 1
        else:
            before = content[at - 1] if at else " "
            after = content[at + 2:at + 3] or " "
            if content[at + 1:at + 2] != "*" or after == "*":
                return None
            if not strong and before in " \n\0" and _wordish(after):
                flush()
                children.append(Tok("strong_open", 0, 1))
            elif strong and _wordish(before) and after in _AFTER_CLOSER:
                flush()
                children.append(Tok("strong_close", 0, -1))
            else:
                return None
            strong = not strong
    if strong:
        return None
    text.append(content[position:])
    flush()
    return children


def _wordish(char: str) -> bool:
    """Neither white space nor punctuation to CommonMark: a letter, a digit or a provenance marker."""
    return char.isalnum() or "\ue000" <= char <= "\ue8ff"
