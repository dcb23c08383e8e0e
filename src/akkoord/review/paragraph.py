"""One paragraph of a draft as a reviewer sees it: its text and what its layout says about its place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Paragraph:
    """One paragraph as a reviewer sees it, with what its layout says about its place in the agreement.

    Read once and never changed, but not a frozen dataclass: a 200-page draft makes thousands, and a
    frozen one costs about three times as much to create (each field set through `object.__setattr__`).
    """

    #: Position among the document's paragraphs (the `w:p` elements of the body in document order).
    index: int
    text: str
    #: 0 = title, 1.. = heading level (Word heading style or outline level, Markdown '#'), None = body text.
    heading: int | None = None
    #: Word list numbering on the paragraph or its style.
    numbered: bool = False
    in_table: bool = False
