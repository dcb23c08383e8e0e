"""The structure of a draft agreement: title, parties, recitals, definitions, articles and leden, signatures, annexes.

Only operative leden bind anyone; the rest describes, introduces or identifies. The structure is read
from Word headings and numbering where a draft has them, and from the wording a Dutch agreement uses
otherwise ("Artikel 3", "Overwegende dat", "komen het volgende overeen", "Aldus overeengekomen").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from akkoord.patterns import LazyPattern
from akkoord.review.paragraph import Paragraph


class Role(StrEnum):
    TITLE = "titel"
    PARTY = "partij"
    INTRO = "inleiding"
    RECITAL = "overweging"
    HEADING = "kop"
    DEFINITION = "begrip"
    OPERATIVE = "lid"
    SIGNATURE = "ondertekening"
    ANNEX = "bijlage"


class Kind(StrEnum):
    IO = "intentieovereenkomst"
    SOK = "samenwerkingsovereenkomst"
    COVENANT = "convenant"
    OTHER = "overeenkomst"


@dataclass
class Article:
    number: str
    heading: str
    heading_index: int | None
    leden: list[int] = field(default_factory=list)


@dataclass
class Draft:
    paragraphs: list[Paragraph]
    roles: dict[int, Role]
    articles: list[Article]
    kind: Kind
    #: Paragraph index -> where a reader finds it ("artikel 4 lid 2", "alinea 3").
    places: dict[int, str]
    #: Results that several review rules share, computed once.
    cache: dict[str, object] = field(default_factory=dict)
    _with_role: dict[tuple[Role, ...], list[Paragraph]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def is_agreement(self) -> bool:
        """A whole draft, not a fragment: only then are missing provisions worth reporting."""
        return (self.kind is not Kind.OTHER or bool(self.with_role(Role.PARTY))
                or sum(1 for article in self.articles if article.heading) >= 3)

    @property
    def title(self) -> Paragraph | None:
        return next((p for p in self.paragraphs if self.roles[p.index] is Role.TITLE), None)

    def with_role(self, *roles: Role) -> list[Paragraph]:
        """The paragraphs with one of `roles`, in document order; the same list for every caller (keep it as is).

        Each review rule asks, and a long draft has thousands of paragraphs: each selection is made once.
        """
        found = self._with_role.get(roles)
        if found is None:
            wanted = set(roles)
            found = self._with_role[roles] = [p for p in self.paragraphs if self.roles[p.index] in wanted]
        return found

    def article_of(self, index: int) -> Article | None:
        return next((article for article in self.articles if index in article.leden), None)


_ARTICLE = LazyPattern(r"^(?:artikel|art\.)\s*(\d+[a-z]?)\b[\s.:–—-]*(.*)$", re.IGNORECASE)
_NUMBERED_HEADING = LazyPattern(r"^(\d+)\.?\s+([A-ZÀ-Ý][^.;:,]*)$")
_ANNEX = LazyPattern(r"^(?:bijlage|annex|appendix)(?:\s+(?:\d+|[A-Z]|[IVX]+)\b|\s*[:.–-]|$)", re.IGNORECASE)
_NON_BINDING = LazyPattern(
    r"^(?:\d+\.?\s*)?(?:overwegingen|overwegende|in aanmerking nemende|nemen in aanmerking|considerans|preambule|"
    r"aanleiding|inleiding|achtergrond|verantwoording|toelichting|voorwoord|samenvatting|bronnen|literatuur|"
    r"leeswijzer)\b", re.IGNORECASE)
_RECITAL_HEADING = LazyPattern(r"^(?:overweging|overwegende|in aanmerking nemende|nemen in aanmerking|considerans|"
                              r"preambule)",
                              re.IGNORECASE)
_RECITAL_START = LazyPattern(r"^\W*(?:[a-zA-Z]\.|\d+\.|[IVX]+\.)?\s*(?:overwegende|in aanmerking nemende)\b",
                            re.IGNORECASE)
_PARTY = LazyPattern(r"\b(?:vertegenwoordigd|gevestigd|zetelend|kantoorhoudende|ingeschreven|hierna(?: te "
                    r"noemen)?[:,]?\s"
                    r"|handelend|rechtsgeldig)", re.IGNORECASE)
_AGREE = LazyPattern(r"\b(?:komen|kwamen|verklaren|spreken)\b.*\b(?:overeen|overeengekomen|af)\b|"
                    r"overeengekomen\s*:?\s*$|"
                    r"\bkomen (?:het volgende|als volgt) overeen", re.IGNORECASE)
_SIGNING = LazyPattern(r"^\W*(?:aldus|ondertekend|getekend|namens|voor akkoord|handtekening|plaats en datum|"
                      r"in (?:twee|drie|vier|vijf|zes)voud)\b", re.IGNORECASE)
_DEFINITION_HEADING = LazyPattern(r"begrip|definitie", re.IGNORECASE)
_TITLE_WORDS = LazyPattern(r"^\W*(?:\w+\s+){0,3}(?:\w*overeenkomst|convenant|akkoord|afsprakenkader|"
                          r"intentieverklaring)\b",
                          re.IGNORECASE)
_LID_NUMBER = LazyPattern(r"^(?:\d+\.)?(\d+)[.)]?\s|^([a-z])[.)]\s")
_LIST_ITEM_END = LazyPattern(r"[;,]\s*$")
_UNDERSIGNED = LazyPattern(r"^(?:de ondergetekenden|partijen)\b", re.IGNORECASE)


def _is_article_heading(paragraph: Paragraph) -> str | None:
    """The article's heading text when the paragraph starts an article, else None."""
    text = paragraph.text
    if len(text) > 140:
        return None
    if _ARTICLE.match(text) or (paragraph.heading and paragraph.heading >= 1):
        return text
    match = _NUMBERED_HEADING.match(text)
    if match and len(text.split()) <= 8:
        return text
    return None


def detect_kind(paragraphs: list[Paragraph]) -> Kind:
    head = " ".join(p.text for p in paragraphs[:4]).lower()
    for word, kind in (("intentie", Kind.IO), ("samenwerkingsovereenkomst", Kind.SOK), ("convenant", Kind.COVENANT)):
        if word in head:
            return kind
    return Kind.OTHER


def read_structure(paragraphs: list[Paragraph]) -> Draft:
    roles: dict[int, Role] = {}
    articles: list[Article] = []
    places: dict[int, str] = {}
    has_articles = (any(_is_article_heading(p) and not _NON_BINDING.match(p.text) and not _ANNEX.match(p.text)
                        and p.heading != 0 for p in paragraphs[1:])
                    or bool(paragraphs and _ARTICLE.match(paragraphs[0].text)))
    state = "front"
    definitions = False
    for position, paragraph in enumerate(paragraphs):
        text = paragraph.text
        index = paragraph.index
        if position == 0 and not _ARTICLE.match(text) and (paragraph.heading is not None or _TITLE_WORDS.search(text) or
                              (len(text) <= 150 and not text.rstrip().endswith((".", ";", ":")))):
            roles[index] = Role.TITLE
            continue
        if paragraph.heading == 0:
            roles[index] = Role.TITLE if state == "front" else Role.HEADING
            continue
        if _ANNEX.match(text) and state != "front" and not definitions and \
                (paragraph.heading or (len(text) <= 80 and not _LIST_ITEM_END.search(text))):
            state = "annex"
            roles[index] = Role.HEADING
            continue
        if state == "annex":
            roles[index] = Role.ANNEX
            continue
        if (_SIGNING.match(text) and not paragraph.heading and state != "front") or \
                (state == "articles" and _SIGNING.match(text) and len(text) < 200):
            state = "signature"
        if state == "signature":
            roles[index] = Role.SIGNATURE
            continue
        heading = _is_article_heading(paragraph) if state != "front" or has_articles else None
        if heading and _NON_BINDING.match(text) and len(text) <= 60:
            state = "recitals" if _RECITAL_HEADING.match(text) else "intro"
            roles[index] = Role.HEADING
            continue
        if not heading and len(text) <= 60 and _NON_BINDING.match(text) and text.rstrip(":").count(" ") <= 4:
            state = "recitals" if _RECITAL_HEADING.match(text) else "intro"
            roles[index] = Role.HEADING
            continue
        if heading and (has_articles or state in ("articles", "intro", "recitals")) and not paragraph.in_table \
                and not (state == "front" and _PARTY.search(text)):
            state = "articles"
            match = _ARTICLE.match(text) or _NUMBERED_HEADING.match(text)
            number = match[1] if match else str(len(articles) + 1)
            articles.append(Article(number, heading, index))
            definitions = bool(_DEFINITION_HEADING.search(text))
            roles[index] = Role.HEADING
            continue
        if state in ("front", "recitals", "intro") and len(text) < 200 and _AGREE.search(text):
            roles[index] = Role.INTRO
            state = "agreed" if not has_articles else state
            continue
        if state == "front":
            if _RECITAL_START.match(text):
                roles[index] = Role.RECITAL
                state = "recitals"
            elif _PARTY.search(text) and len(text) > 40:
                roles[index] = Role.PARTY
            elif not has_articles and not _looks_introductory(text):
                state = "agreed"
                roles[index] = Role.OPERATIVE
            else:
                roles[index] = Role.INTRO
            continue
        if state == "recitals":
            roles[index] = Role.RECITAL
            continue
        if state == "intro":
            roles[index] = Role.INTRO
            continue
        # Operative text: inside an article, or an agreement without articles after its preamble.
        if _RECITAL_START.match(text):
            roles[index] = Role.RECITAL
            continue
        if state == "agreed" and not articles:
            articles.append(Article("", "", None))
        roles[index] = Role.DEFINITION if definitions else Role.OPERATIVE
        if articles:
            articles[-1].leden.append(index)
    for article in articles:
        for number, index in enumerate(article.leden, start=1):
            if article.number:
                places[index] = f"artikel {article.number}, lid {number}"
    parties = [paragraph.index for paragraph in paragraphs if roles[paragraph.index] is Role.PARTY]
    for number, index in enumerate(parties, start=1):
        places[index] = f"comparitie, partij {number}"
    for position, paragraph in enumerate(paragraphs, start=1):
        places.setdefault(paragraph.index, f"alinea {position}")
    return Draft(paragraphs, roles, articles, detect_kind(paragraphs), places)


def _looks_introductory(text: str) -> bool:
    return text.rstrip().endswith(":") or bool(_UNDERSIGNED.match(text))
