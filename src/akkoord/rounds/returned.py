"""Reading a document akkoord made after another party edited it in Word: their tracked changes and comments.

Nothing here writes: the supporter decides which answers to update (the answers file is never touched).
"""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lxml import etree

from akkoord.dutch import format_date
from akkoord.rounds.ooxml import (
    NS,
    Package,
    article_num_ids,
    mark_change,
    numbering_of,
    paragraph_text,
    read_package,
    w,
)

#: Comments akkoord itself writes (its warnings) are not the other party's.
OWN_AUTHOR = "akkoord"

_CONTAINERS = {w("ins"): "ingevoegd", w("del"): "verwijderd", w("moveTo"): "verplaatst naar hier",
               w("moveFrom"): "verplaatst van hier"}


@dataclass(frozen=True)
class Change:
    kind: str  # ingevoegd, verwijderd, verplaatst ...
    author: str
    date: str
    text: str


@dataclass
class ChangedParagraph:
    place: str  # 'lid 2', 'lid 3 onder b', 'kop', '' outside articles
    old: str
    new: str
    changes: list[Change]
    #: Set when the whole paragraph was inserted or deleted ('ingevoegd' / 'verwijderd').
    whole: str | None = None
    #: The answers paths the lid was made from, when the answers file it was made from is known.
    answers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Comment:
    author: str
    date: str
    text: str
    anchor: str
    place: str
    answers: tuple[str, ...] = ()


@dataclass
class Section:
    """An article ('Artikel 4 Looptijd') or another part of the document ('Overwegingen')."""

    heading: str
    clause_title: str = ""
    topics: tuple[str, ...] = ()
    paragraphs: list[ChangedParagraph] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.paragraphs and not self.comments


@dataclass
class ReturnedDocument:
    sections: list[Section]
    own_comments: int = 0

    @property
    def authors(self) -> list[str]:
        names = {change.author for s in self.sections for p in s.paragraphs for change in p.changes}
        names |= {comment.author for s in self.sections for comment in s.comments}
        return sorted(names)


def word_date(value: str | None) -> str:
    """Word's ISO timestamp as Dutch text: '12 maart 2027 10:15'; unknown dates stay empty."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    time = f" {moment:%H:%M}" if (moment.hour, moment.minute) != (0, 0) else ""
    return format_date(moment.date()) + time


def _changes_in(paragraph: etree._Element) -> list[Change]:
    found: list[Change] = []
    for node in paragraph.iter(*_CONTAINERS):
        if node.getparent() is not None and node.getparent().tag == w("rPr"):
            continue  # a paragraph-mark marker, reported as the whole paragraph
        text = "".join(t.text or "" for t in node.iter(w("t"), w("delText")))
        if not text:
            continue
        change = Change(_CONTAINERS[node.tag], node.get(w("author"), "onbekend"), word_date(node.get(w("date"))), text)
        previous = found[-1] if found else None
        # Word splits one edit into several elements (one per run); join what one author did in one go.
        if previous and (previous.kind, previous.author, previous.date) == (change.kind, change.author, change.date) \
                and node.getprevious() is not None and node.getprevious().tag == node.tag:
            found[-1] = Change(change.kind, change.author, change.date, previous.text + text)
        else:
            found.append(change)
    return found


class _Reader:
    def __init__(self, package: Package, titles: dict[str, tuple[str, ...]]) -> None:
        self.package = package
        self.titles = titles
        self.article_ids = article_num_ids(package)
        self.heading_styles = self._heading_styles()
        self.sections: list[Section] = [Section("Titel, partijen en overwegingen")]
        self.articles = 0
        self.lid = 0
        self.item = 0
        self.in_article = False
        self.seen_comments: set[str] = set()

    def _heading_styles(self) -> set[str]:
        styles = self.package.xml("word/styles.xml")
        if styles is None:
            return set()
        return {style.get(w("styleId")) for style in styles.iterfind("w:style", NS)
                if (name := style.find("w:name", NS)) is not None
                and name.get(w("val"), "").lower().startswith(("heading", "title", "kop"))}

    def place_of(self, paragraph: etree._Element) -> str:
        """Follow the document's structure: which section a paragraph is in and which lid it is."""
        numbered = numbering_of(paragraph)
        style = paragraph.find("w:pPr/w:pStyle", NS)
        style_id = style.get(w("val")) if style is not None else None
        text = paragraph_text(paragraph) or paragraph_text(paragraph, accepted=False)
        if numbered and numbered[0] in self.article_ids and numbered[1] == 0:
            self.articles += 1
            title = text.strip()
            self.sections.append(Section(f"Artikel {self.articles} {title}", title, self.titles.get(title, ())))
            self.in_article, self.lid, self.item = True, 0, 0
            return "kop"
        if style_id in self.heading_styles:
            self.in_article = False
            self.sections.append(Section(text.strip() or "(kop zonder tekst)"))
            return "kop"
        if self.in_article and numbered and numbered[0] in self.article_ids:
            if numbered[1] == 1:
                self.lid, self.item = self.lid + 1, 0
                return f"lid {self.lid}"
            self.item += 1
            letter = string.ascii_lowercase[(self.item - 1) % 26]
            return f"lid {max(self.lid, 1)} onder {letter}"
        if self.in_article and numbered is None and paragraph.find("w:pPr/w:ind", NS) is not None and self.lid == 0:
            self.lid = 1
            return "lid 1"
        if self.in_article:
            # The closing line before the signatures: everything after the last article.
            self.in_article = False
            self.sections.append(Section("Ondertekening en bijlagen"))
        return ""

    def read(self) -> ReturnedDocument:
        document = self.package.xml("word/document.xml")
        assert document is not None  # every .docx has a document.xml
        comments = self._comments()
        anchors = self._anchors(document)
        own = sum(1 for comment in comments.values() if comment[0] == OWN_AUTHOR)
        body = document.find("w:body", NS)
        for paragraph in body.iter(w("p")):
            place = self.place_of(paragraph)
            section = self.sections[-1]
            changes = _changes_in(paragraph)
            marker = mark_change(paragraph)
            whole = None
            if marker is not None:
                whole = "ingevoegd" if marker.tag == w("ins") else "verwijderd"
                if not changes:
                    text = paragraph_text(paragraph, accepted=whole == "ingevoegd")
                    changes = [Change(whole, marker.get(w("author"), "onbekend"), word_date(marker.get(w("date"))),
                                      text)]
            if changes:
                section.paragraphs.append(ChangedParagraph(place, paragraph_text(paragraph, accepted=False),
                                                           paragraph_text(paragraph), changes, whole))
            for start in paragraph.iter(w("commentRangeStart")):
                self._add_comment(section, start.get(w("id")), comments, anchors, place)
            for reference in paragraph.iter(w("commentReference")):
                self._add_comment(section, reference.get(w("id")), comments, anchors, place)
        sections = [section for section in self.sections if not section.empty]
        return ReturnedDocument(sections, own_comments=own)

    def _add_comment(self, section: Section, comment_id: str | None, comments: dict, anchors: dict, place: str) -> None:
        if comment_id is None or comment_id in self.seen_comments or comment_id not in comments:
            return
        self.seen_comments.add(comment_id)
        author, date, text = comments[comment_id]
        if author == OWN_AUTHOR:
            return
        section.comments.append(Comment(author, word_date(date), text, anchors.get(comment_id, ""), place))

    def _comments(self) -> dict[str, tuple[str, str, str]]:
        part = self.package.xml("word/comments.xml")
        if part is None:
            return {}
        return {comment.get(w("id")): (comment.get(w("author"), "onbekend"), comment.get(w("date"), ""),
                                       "\n".join(paragraph_text(p) for p in comment.iterfind("w:p", NS)).strip())
                for comment in part.iterfind("w:comment", NS)}

    @staticmethod
    def _anchors(document: etree._Element) -> dict[str, str]:
        """The text each comment is anchored on: between its range start and end, in document order."""
        open_ids: list[str] = []
        texts: dict[str, list[str]] = {}
        for node in document.iter(w("commentRangeStart"), w("commentRangeEnd"), w("t")):
            if node.tag == w("commentRangeStart"):
                open_ids.append(node.get(w("id")))
                texts.setdefault(node.get(w("id")), [])
            elif node.tag == w("commentRangeEnd"):
                if node.get(w("id")) in open_ids:
                    open_ids.remove(node.get(w("id")))
            else:
                for comment_id in open_ids:
                    texts[comment_id].append(node.text or "")
        return {key: " ".join("".join(parts).split()) for key, parts in texts.items()}


def read_returned(path: Path, titles: dict[str, tuple[str, ...]] | None = None) -> ReturnedDocument:
    """The other party's changes and comments per article; `titles` maps article titles to answer topics."""
    package = read_package(path)
    try:
        return _Reader(package, titles or {}).read()
    except etree.XMLSyntaxError as error:
        from akkoord.errors import UserError

        raise UserError(f"{path}: de documenttekst is beschadigd ({error.msg}).",
                        "Open het document in Word, sla het opnieuw op als .docx en probeer het nog eens.") from None


def article_topics(clause_dirs: list[Path] | None = None) -> dict[str, tuple[str, ...]]:
    """Article title -> the sections of the answers file its clause is about (its 'onderwerpen')."""
    from akkoord.library import load_library

    library = load_library(list(clause_dirs or []))
    return {clause.meta.titel: tuple(clause.meta.onderwerpen) for clause in library.clauses.values()}


def lid_sources(answers: Any, clause_dirs: list[Path] | None = None) -> dict[tuple[str, int], tuple[str, ...]]:
    """(article title, lid number) -> the answers paths that lid is made from, as `maak` lays it out."""
    from akkoord.assembly import assemble
    from akkoord.library import load_library
    from akkoord.rounds.open_points import with_open_points

    library = load_library(list(clause_dirs or []))
    agreement = with_open_points(assemble(answers, library, comments=False), answers, library, None)
    sources = {}
    for article in agreement.articles:
        for number, member in enumerate(article.members, start=1):
            made = member.provenance.answers + member.provenance.defaults + member.provenance.placeholders
            sources[(article.title, number)] = tuple(dict.fromkeys(made))
    return sources


def attach_sources(document: ReturnedDocument, sources: dict[tuple[str, int], tuple[str, ...]]) -> None:
    """Name, for every changed or commented lid, the answers it came from."""
    for section in document.sections:
        for paragraph in section.paragraphs:
            paragraph.answers = sources.get((section.clause_title, _lid_number(paragraph.place)), ())
        section.comments[:] = [replace(comment,
                                       answers=sources.get((section.clause_title, _lid_number(comment.place)), ()))
                               for comment in section.comments]


def _lid_number(place: str) -> int:
    match = re.match(r"lid (\d+)", place)
    return int(match.group(1)) if match else 0
