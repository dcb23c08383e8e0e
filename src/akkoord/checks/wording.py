"""Vague Dutch wording: the matcher that finds the word lists of `checks/vague_terms.py` in a text.

Two rules hold for every term: a recital ("Overwegende dat ...") binds nobody, so it is not checked,
and a capitalised word inside a sentence is part of a name ("Stichting Diverse Buren"), not an open
amount. Every pattern is compiled when first needed: most texts contain none of the words, and a
plain substring test on the lower-cased text says so before any regular expression runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from akkoord.checks.vague_terms import CONCRETE_TIME, MADE_CONCRETE, NUMBER, VAGUE_TERMS, Term
from akkoord.patterns import LazyPattern, any_of, compile_pattern

__all__ = ["AFTER_WINDOW", "BEFORE_WINDOW", "CONCRETE_TIME", "MADE_CONCRETE", "PIECE", "VAGUE_TERMS", "Term",
           "code_triggers", "made_concrete_after", "matches", "sentences", "vague_fragments"]

#: A recital states background and binds nobody (see `answers.texts.NOT_OBLIGATIONS`, which skips them too).
_RECITAL = LazyPattern(r"^\W*(?:overwegende|in aanmerking nemende)\b", re.IGNORECASE)
_SENTENCE_END = LazyPattern(r"(?<=[.!?]) (?=[A-ZÀ-Ý\"“‘(])|\n+")
_SPACES = LazyPattern(r"[^\S\n]{2,}|[^\S\n ]")

#: How far the exceptions look around a match. Bounded windows keep the matcher linear in the length of
#: the text: an exception never reads the whole rest of a 1 MB sentence (see issue 13).
BEFORE_WINDOW = 80
AFTER_WINDOW = 160


@cache
def _code_pattern(code: str) -> re.Pattern[str]:
    """One alternation per code with a group per term: what `matches` gives, in a single pattern."""
    union = "|".join(f"(?P<t{index}>{term.pattern})" for index, term in enumerate(VAGUE_TERMS[code]))
    return compile_pattern(rf"(?<![\w-])(?:{union})(?![\w-])", re.IGNORECASE)


@cache
def _term_pattern(code: str, index: int) -> re.Pattern[str]:
    return compile_pattern(rf"(?<![\w-])(?:{VAGUE_TERMS[code][index].pattern})(?![\w-])", re.IGNORECASE)


@cache
def _term_triggers(code: str) -> tuple[tuple[str, ...], ...] | None:
    """Per term of `code`, lower-case strings of which every match contains one (see `required_strings`).

    None when a term gives no such guarantee: then every sentence is scanned for the code.
    """
    from akkoord.checks.required import required_strings

    found = []
    for term in VAGUE_TERMS[code]:
        required = required_strings(term.pattern)
        if required is None:
            return None
        found.append(tuple(sorted(required)))
    return tuple(found)


@cache
def code_triggers(code: str) -> tuple[str, ...]:
    """Lower-case strings of which every match of the code contains one; () when there is no guarantee.

    A sentence without any of them cannot match, so the regular expressions are not run over it:
    `in` on a lower-cased string is many times faster than a scan with look-behind.
    """
    return tuple(sorted({trigger for triggers in _term_triggers(code) or () for trigger in triggers}))


def _screen(code: str) -> tuple[str, ...] | None:
    """What a text must contain for `code` to match in it; None when the code's words give no such guarantee."""
    return code_triggers(code) or None


@cache
def _screen_pattern(code: str) -> re.Pattern[str] | None:
    """`_screen(code)` as one pattern (patterns.any_of): a search for it costs less than an `in` per trigger."""
    screen = _screen(code)
    return None if screen is None else any_of(screen)


def prepare() -> None:
    """Work out every code's screen and compile its patterns now: the wheel build does, to ship them
    (ship_patterns.py), so a first run after installing finds them made."""
    for code in VAGUE_TERMS:
        _screen_pattern(code)
        _code_pattern(code)


def _may_match(code: str, lower: str) -> bool:
    screen = _screen_pattern(code)
    return screen is None or screen.search(lower) is not None


def _codes_in(lower: str) -> list[str]:
    """The codes that may match in `lower`, in catalogue order: `[c for c in VAGUE_TERMS if _may_match(c, lower)]`."""
    return [code for code in VAGUE_TERMS if (screen := _screen_pattern(code)) is None or screen.search(lower)]


def matches(code: str, sentence: str, lower: str) -> Iterator[tuple[int, re.Match[str]]]:
    """The code's terms in `sentence` (`lower` is it lower-cased), as `_code_pattern(code).finditer` finds them.

    Only the terms whose trigger strings occur are compiled and run, each on its own: a draft needs
    a few of the hundred terms, and one pattern of them all costs more to compile than the review of
    the draft. The matches are merged the way one alternation gives them: the leftmost first, at the
    same place the earlier term, and the next one searched from where the last ended.
    """
    triggers = _term_triggers(code)
    if triggers is None:
        for found in _code_pattern(code).finditer(sentence):
            yield int((found.lastgroup or "t0")[1:]), found
        return
    live = [index for index, strings in enumerate(triggers) if any(string in lower for string in strings)]
    upcoming: dict[int, re.Match[str] | None] = {index: _term_pattern(code, index).search(sentence)
                                                 for index in live}
    position = 0
    while True:
        best: tuple[int, re.Match[str]] | None = None
        for index in live:  # in the terms' order, so that at the same start the earlier term wins
            match = upcoming[index]
            if match is not None and match.start() < position:
                match = upcoming[index] = _term_pattern(code, index).search(sentence, position)
            if match is not None and (best is None or match.start() < best[1].start()):
                best = index, match
        if best is None:
            return
        yield best
        position = max(best[1].end(), best[1].start() + 1)


@cache
def _exception(pattern: str) -> re.Pattern[str]:
    return compile_pattern(pattern, re.IGNORECASE)


_CONCRETE_MARKER = LazyPattern(r"te weten|namelijk|dat wil zeggen|d\.w\.z\.|ofwel|\(|:|ten minste|tenminste|"
                               r"minimaal|minstens|maximaal|in totaal", re.IGNORECASE)
_A_NUMBER = LazyPattern(NUMBER, re.IGNORECASE)
_CLAUSE_END = LazyPattern(r"[.;]")


def made_concrete_after(after: str) -> bool:
    """'voldoende, te weten 16 uur per week': a marker and then a number before the clause ends."""
    clause = _CLAUSE_END.split(after, maxsplit=1)[0] or ""
    marker = _CONCRETE_MARKER.search(clause)
    return marker is not None and _A_NUMBER.search(clause, marker.start()) is not None


def _is_name(sentence: str, start: int, fragment: str) -> bool:
    """A capitalised match right after a word is part of a name: "Stichting Diverse Buren"."""
    before = sentence[max(0, start - 2):start].rstrip()
    return fragment[:1].isupper() and bool(before) and before[-1].isalnum()


def _excepted(term: Term, sentence: str, start: int, end: int, concrete_time: bool) -> bool:
    if term.unless_concrete_time and concrete_time:
        return True
    after = sentence[end:end + AFTER_WINDOW]
    rest = term.unless_after or ""
    if rest.startswith(MADE_CONCRETE):
        if made_concrete_after(after):
            return True
        rest = rest[len(MADE_CONCRETE) + 1:]
    if rest and _exception(rest).search(after):
        return True
    window = sentence[max(0, start - BEFORE_WINDOW):start]
    return bool(term.unless_before and _exception(term.unless_before).search(window))


def sentences(text: str) -> list[str]:
    # Fast paths: most paragraphs have single spaces only, and many are one sentence.
    if "  " in text or not text.isprintable():
        text = _SPACES.sub(" ", text)
    if "\n" not in text and ". " not in text and "! " not in text and "? " not in text:
        return [text] if text.strip() else []
    return [part for part in _SENTENCE_END.split(text) if part and part.strip()]


#: A sentence longer than this is not prose but a list or crafted text; it is read in pieces of about
#: this size, cut between words, so that repeated text is judged once per distinct piece.
PIECE = 600
_PIECE = LazyPattern(rf"\S.{{0,{PIECE}}}(?= |$)|\S{{{PIECE}}}", re.S)


def _pieces(sentence: str) -> list[str]:
    return [sentence] if len(sentence) <= PIECE else [match.group() for match in _PIECE.finditer(sentence)]


def vague_fragments(text: str) -> dict[str, list[str]]:
    """Per check code, the vague fragments in `text`, in order of appearance, without duplicates.

    Linear in the length of the text: a lower-cased prefilter skips codes whose words are absent, each
    code is one pass over a sentence, and each exception reads a bounded window (issue 13).
    """
    found: dict[str, list[str]] = {}
    # Most texts hold no vague word: substring tests on the lower-cased text say so, no pattern needed.
    lower = text.lower()
    codes = _codes_in(lower)
    if not codes:
        return found
    judged: set[str] = set()
    for sentence in sentences(text):
        if _RECITAL.match(sentence):
            continue
        for piece in _pieces(sentence):
            if piece not in judged:
                judged.add(piece)
                _scan(piece, codes, found, lower if piece is text else None)
    return found


def _scan(sentence: str, codes: list[str], found: dict[str, list[str]], lower: str | None) -> None:
    """`lower`: the sentence lower-cased when `codes` were screened on this very text, else None."""
    filtered = lower is not None
    lower = sentence.lower() if lower is None else lower
    concrete_time: bool | None = None
    for code in codes:
        if not filtered and not _may_match(code, lower):
            continue
        terms = VAGUE_TERMS[code]
        fragments = found.get(code, [])
        for index, match in matches(code, sentence, lower):
            fragment = match.group()
            if fragment.lower() in fragments and not fragment[:1].isupper():
                continue  # already reported; nothing an exception says can add to that
            start, end = match.span()
            term = terms[index]
            if _is_name(sentence, start, fragment):
                continue
            if term.unless_concrete_time and concrete_time is None:
                concrete_time = CONCRETE_TIME.search(sentence) is not None
            if not _excepted(term, sentence, start, end, bool(concrete_time)) and fragment.lower() not in fragments:
                fragments.append(fragment.lower())
        if fragments:
            found[code] = fragments
