"""The labelled evaluation material of tests/data/review: load it, write it as .md/.txt or .docx, score results.

A labelled agreement is a Markdown file whose first line reads `%% verwacht: AK503 AK309` (the
structural findings a lawyer expects, or `-`) and whose paragraphs each start with a tag in brackets:
the paragraph's role and the wording codes a reviewer expects there, e.g. `[lid AK101]`. The tags are
stripped when the document is written out, so what akkoord reads is the agreement alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).parent / "data" / "review"
TUNING, HELD_OUT = "afstemmen", "achtergehouden"
#: Roles that are operative text, held to the commitment checks.
OPERATIVE = {"lid", "std"}
_TAG = re.compile(r"^\[(\w+)((?: AK\d{3})*)\] (.*)$", re.S)


@dataclass
class LabelledParagraph:
    role: str
    codes: frozenset[str]
    text: str


@dataclass
class LabelledDocument:
    name: str
    expected: frozenset[str]
    paragraphs: list[LabelledParagraph] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs) + "\n"


def load_document(path: Path) -> LabelledDocument:
    head, _, body = path.read_text(encoding="utf-8").partition("\n")
    assert head.startswith("%% verwacht:"), f"{path.name}: first line must be '%% verwacht: ...'"
    expected = frozenset(code for code in head.split(":", 1)[1].split() if code != "-")
    document = LabelledDocument(path.stem, expected)
    for number, block in enumerate(re.split(r"\n\s*\n", body.strip()), start=1):
        match = _TAG.match(block.strip())
        assert match, f"{path.name}: paragraph {number} has no [role codes] tag: {block[:60]!r}"
        document.paragraphs.append(LabelledParagraph(match[1], frozenset(match[2].split()), match[3].strip()))
    return document


def documents(part: str) -> list[LabelledDocument]:
    return [load_document(path) for path in sorted((DATA / part).glob("*.md"))]


def sentences(part: str) -> list[tuple[bool, str]]:
    rows = []
    for line in (DATA / f"zinnen-{part}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, sentence = line.split("\t")
            assert label in ("vague", "concrete"), line
            rows.append((label == "vague", sentence))
    return rows


def write_docx(document: LabelledDocument, path: Path, *, word_numbering: bool = True) -> Path:
    """The agreement as Word would hold it: a Title, article headings as Heading 1, leden numbered.

    With `word_numbering` the lid numbers ("2.1", "3.") become Word list numbering (the "List Number"
    style) instead of text, as in drafts made in Word; otherwise they stay in the text.
    """
    import docx

    out = docx.Document()
    for paragraph in document.paragraphs:
        text = paragraph.text
        if paragraph.role == "titel":
            out.add_paragraph(text, style="Title")
        elif paragraph.role == "kop":
            out.add_paragraph(text, style="Heading 1")
        elif paragraph.role in OPERATIVE and word_numbering and re.match(r"\d+(\.\d+)*\.? ", text):
            out.add_paragraph(text.split(" ", 1)[1], style="List Number")
        else:
            out.add_paragraph(text)
    # python-docx's default template has a w:zoom without its required w:percent; a draft from Word has it.
    from docx.oxml.ns import qn

    zoom = out.settings.element.find(qn("w:zoom"))
    if zoom is not None and zoom.get(qn("w:percent")) is None:
        zoom.set(qn("w:percent"), "100")
    out.save(str(path))
    return path


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def __str__(self) -> str:
        return (f"precision={self.precision:.3f} recall={self.recall:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})\n"
                + "\n".join(self.wrong))


def score_sentences(rows: list[tuple[bool, str]], flagged) -> Score:
    score = Score()
    for vague, sentence in rows:
        hit = flagged(sentence)
        if vague and hit:
            score.tp += 1
        elif vague:
            score.fn += 1
            score.wrong.append(f"  missed: {sentence}")
        elif hit:
            score.fp += 1
            score.wrong.append(f"  false alarm: {sentence}")
    return score


def score_findings(document: LabelledDocument, found: dict[int, set[str]], structural: set[str]) -> Score:
    """Findings per paragraph index (wording) plus the document's structural codes, against the labels."""
    score = Score()
    for index, paragraph in enumerate(document.paragraphs):
        codes = found.get(index, set())
        for code in codes:
            if code in paragraph.codes:
                score.tp += 1
            else:
                score.fp += 1
                score.wrong.append(f"  {document.name} false {code}: {paragraph.text[:90]}")
        for code in paragraph.codes - codes:
            score.fn += 1
            score.wrong.append(f"  {document.name} missed {code}: {paragraph.text[:90]}")
    for code in structural:
        if code in document.expected:
            score.tp += 1
        else:
            score.fp += 1
            score.wrong.append(f"  {document.name} false structural {code}")
    for code in document.expected - structural:
        score.fn += 1
        score.wrong.append(f"  {document.name} missed structural {code}")
    return score
