"""Writes an assembled Agreement as a .docx, styled by a reference document, as text into its package template.

python-docx turns a house style into a template once (docx_template); documents are written without it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from akkoord.document import PLACEHOLDER, Agreement, Article, Inline, Remark, Run, Table
from akkoord.docx_frame import header_footer, properties, signature_table
from akkoord.docx_parts import Layout, Template, shipped_template
from akkoord.errors import Remedy, UserError
from akkoord.provenance import MARKER_CHARS
from akkoord.wordml import (
    ATTRIBUTE_ESCAPES,
    MEMBER_LEFT,
    TABLE_BORDERS,
    docx_run,
    escape,
    mark_span,
    run_xml,
    set_attribute,
    table_row,
)

_COMMENT_TEXT = '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
_ANNOTATION = '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'


def _placeholder(run: Run) -> bool:
    """Placeholders for missing facts are highlighted in the document."""
    return bool(run.marks) and any(item.kind == PLACEHOLDER for item in run.marks)


class Reference:
    """A house style, ready for writing: its template, and where it came from (python-docx users reopen it)."""

    def __init__(self, template: Template, source: Path, data: bytes | None = None) -> None:
        self.template = template
        self.source = source
        self._data = data

    def data(self) -> bytes:
        """The house style's bytes with an empty body, as python-docx should open them."""
        if self._data is None:
            self._data = _checked(self.source)
        return self._data


def open_reference(path: Path | None, default: Path) -> Reference:
    """Read the house-style document once; refuse anything python-docx cannot use as a reference."""
    source = path or default
    if path is None:
        shipped = shipped_template(default)
        if shipped is not None:
            return Reference(shipped, source)
    data = _checked(source)
    from akkoord.docx_template import prepare

    try:
        template = prepare(data)
    except Exception as error:  # zipfile, lxml and python-docx raise many kinds on damaged files
        raise UserError(f"{source}: dit is geen leesbaar Word-document (.docx) ({type(error).__name__}).",
                        _HINT) from None
    return Reference(template, source, data)


_HINT = "Open het huisstijldocument in Word, sla het op als .docx en probeer het opnieuw."


def _checked(source: Path) -> bytes:
    from akkoord.docx_package import read_docx, without_body

    if source.suffix.lower() == ".dotx":
        raise UserError(f"{source}: een Word-sjabloon (.dotx) kan niet als huisstijl dienen.",
                        "Open het sjabloon in Word en sla het op als gewoon document (.docx).")
    return without_body(read_docx(source, what="het huisstijldocument", hint=_HINT, remedy=Remedy.HOUSE_STYLE))


def write_agreement(agreement: Agreement, reference: Reference) -> bytes:
    """Lay out the agreement in the reference document's template and return the .docx bytes."""
    template = reference.template
    writer = _Writer(template.layout, template.first_comment_id)
    writer.write(agreement)
    values = {"body": writer.body(), **header_footer(agreement), **properties(agreement)}
    return template.package(values, comments=writer.comments())


class _Writer:
    def __init__(self, layout: Layout, first_comment: int = 0) -> None:
        self.layout = layout
        self._pending: list[str] = []
        self._comments: list[str] = []
        self._next_comment = first_comment
        self._date = ""
        self._remarks: dict[tuple[str, int], list[Remark]] = {}
        self._properties: dict[tuple[object, ...], str] = {}
        self.table_style = layout.table_style
        self.article_num, self.recital_num, self.party_num = layout.numbering

    # --- building blocks -----------------------------------------------------------------------------
    # Written as WordprocessingML text: through python-docx's object API a paragraph cost about 0.25 ms.

    def style_id(self, name: str) -> str:
        return self.layout.style_ids[name]

    def paragraph(self, runs: Inline | str = (), style: str | None = None, *, bold: bool = False,
                  align: str | None = None, num: tuple[int, int] | None = None, indent: int | None = None,
                  keep_next: bool = False, page_break: bool = False, space_before: int | None = None,
                  color: str | None = None, remarks: list[Remark] | tuple[Remark, ...] = ()) -> None:
        """Queue one paragraph. `num` is (numId, level); `indent` and `space_before` are in twips.

        Each of `remarks` becomes a Word comment whose range covers the runs inside its mark, or the
        whole paragraph when it has none.
        """
        # A document has some 300 paragraphs in about ten combinations of properties: each made once.
        key = (style, keep_next, page_break, num, space_before, indent, align)
        own = self._properties.get(key)
        if own is None:
            own = self._properties[key] = self._paragraph_properties(*key)
        if isinstance(runs, str):
            runs = (Run(runs),)
        self._pending.append(f"<w:p>{own}{self._runs_xml(runs, bold, color, remarks)}</w:p>")

    def _paragraph_properties(self, style: str | None, keep_next: bool, page_break: bool,
                              num: tuple[int, int] | None, space_before: int | None, indent: int | None,
                              align: str | None) -> str:
        properties = []
        if style is not None:
            properties.append(f'<w:pStyle w:val="{escape(self.style_id(style), ATTRIBUTE_ESCAPES)}"/>')
        if keep_next:
            properties.append("<w:keepNext/>")
        if page_break:
            properties.append("<w:pageBreakBefore/>")
        if num is not None:
            properties.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
        if space_before is not None:
            properties.append(f'<w:spacing w:before="{space_before}"/>')
        if indent is not None:
            properties.append(f'<w:ind w:left="{indent}"/>')
        if align is not None:
            properties.append(f'<w:jc w:val="{align}"/>')
        # lxml, which wrote these before, writes an empty element as <w:pPr/>.
        return f"<w:pPr>{''.join(properties)}</w:pPr>" if properties else "<w:pPr/>"

    def _runs_xml(self, runs: Inline, bold: bool, color: str | None, remarks: list[Remark] | tuple[Remark, ...]) -> str:
        """The runs, merged where formatting allows, with a comment range per remark over the runs it is about."""
        if not remarks and len(runs) == 1:  # most paragraphs: one run, no comment
            run = runs[0]
            return run_xml(run.text, bold=run.bold or bold, italic=run.italic, color=color,
                           highlight=_placeholder(run))
        starts: dict[int, list[int]] = {}
        ends: dict[int, list[int]] = {}
        for remark in remarks:
            first, last = mark_span(runs, remark.mark) if remark.mark is not None else (0, len(runs) - 1)
            if first < 0:
                first, last = 0, len(runs) - 1
            number = self._comment(MARKER_CHARS.sub("", remark.text), remark.author)
            starts.setdefault(first, []).append(number)
            ends.setdefault(max(last, 0), []).append(number)
        pieces: list[str] = []
        group: list[str] = []
        style: tuple[bool, bool, bool] = (False, False, False)
        for index, run in enumerate(runs):
            marks = run.marks
            current = (run.bold or bold, run.italic, bool(marks) and any(item.kind == PLACEHOLDER for item in marks))
            opening = starts.get(index) if starts else None
            if group and (current != style or opening):
                pieces.append(run_xml("".join(group), bold=style[0], italic=style[1], color=color, highlight=style[2]))
                group = []
            if opening:
                pieces += [f'<w:commentRangeStart w:id="{number}"/>' for number in opening]
            group.append(run.text)
            style = current
            if ends and index in ends:
                pieces.append(run_xml("".join(group), bold=style[0], italic=style[1], color=color, highlight=style[2]))
                group = []
                pieces += [f'<w:commentRangeEnd w:id="{number}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                           f'</w:rPr><w:commentReference w:id="{number}"/></w:r>' for number in ends[index]]
        if group:
            pieces.append(run_xml("".join(group), bold=style[0], italic=style[1], color=color, highlight=style[2]))
        return "".join(pieces)

    def remarks_for(self, key: str, part: int = 0) -> list[Remark]:
        """The remarks on part `part` (0: the lid's own text, 1...: its items) of paragraph `key`."""
        return self._remarks.get((key, part), [])

    def heading(self, text: str, level: int = 1, **options: object) -> None:
        self.paragraph(text, f"Heading {level}", **options)  # type: ignore[arg-type]

    def _comment(self, text: str, author: str) -> int:
        """A Word comment as python-docx's `add_comment(text, author, initials="AK")` wrote it; its id."""
        number = self._next_comment
        self._next_comment += 1
        if not self._comments:
            self._date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines = text.split("\n")
        pieces = [f'<w:comment w:id="{number}" w:author="{set_attribute(author)}" w:initials="AK" '
                  f'w:date="{self._date}">{_COMMENT_TEXT}{_ANNOTATION}{docx_run(lines[0]) if text else ""}</w:p>']
        pieces += [f'{_COMMENT_TEXT}{docx_run(line) if line else ""}</w:p>' for line in lines[1:]]
        pieces.append("</w:comment>")
        self._comments.append("".join(pieces))
        return number

    def body(self) -> str:
        return "".join(self._pending)

    def comments(self) -> str:
        return "".join(self._comments)

    # --- the document ---------------------------------------------------------------------------

    def write(self, agreement: Agreement) -> None:
        self._index_remarks(agreement)
        self._title(agreement)
        self._parties(agreement)
        self._recitals(agreement)
        for article in agreement.articles:
            self._article(article)
        self.paragraph(agreement.signing_intro, keep_next=True)
        self._pending.append(signature_table(agreement.parties, self.layout.signature_widths))
        if agreement.annexes:
            # The list of annexes after the signatures (annex_documents.py); open ones are marked.
            self.paragraph("Bijlagen:", bold=True, keep_next=True, space_before=360)
            for number, annex in enumerate(agreement.annexes, start=1):
                self.paragraph(f"{number}. {annex.title}" + ("" if annex.attached else " (nog bij te voegen)"),
                               keep_next=number < len(agreement.annexes))
        for number, annex in enumerate(agreement.annexes, start=1):
            self.heading(f"Bijlage {number}: {annex.title}", page_break=True)
            self.paragraph(annex.intro)
            if annex.table is not None:
                self._table(annex.table)

    def _index_remarks(self, agreement: Agreement) -> None:
        """Remarks by (paragraph key, part): a remark with a mark goes to the first part holding that mark."""
        if not agreement.remarks:
            return  # no remarks: no index of some 200 paragraphs to build
        parts: dict[str, tuple[Inline, ...]] = {party.key: (party.comparitie,) for party in agreement.parties}
        parts.update((key, (inline,)) for key, inline in zip(agreement.recital_keys, agreement.recitals, strict=False))
        for article in agreement.articles:
            parts.update((member.key, (member.text, *member.items)) for member in article.members)
        for remark in agreement.remarks:
            part = 0
            if remark.mark is not None:
                part = next((index for index, inline in enumerate(parts.get(remark.target, ()))
                             if mark_span(inline, remark.mark)[0] >= 0), -1)
                if part < 0:  # the mark is not in that paragraph: comment on the paragraph as a whole
                    part, remark = 0, Remark(remark.text, remark.target, None, remark.author)
            self._remarks.setdefault((remark.target, part), []).append(remark)

    def _title(self, agreement: Agreement) -> None:
        self.paragraph(agreement.kind_heading.upper(), "Title")
        self.paragraph(agreement.title, "Subtitle")
        self.paragraph(agreement.subtitle)

    def _parties(self, agreement: Agreement) -> None:
        self.paragraph(agreement.opening, bold=True)
        for party in agreement.parties:
            self.paragraph(party.comparitie, num=(self.party_num, 0),
                           remarks=self.remarks_for(party.key))
        self.paragraph(agreement.parties_closing)

    def _recitals(self, agreement: Agreement) -> None:
        self.heading(agreement.recitals_heading, 2)
        keys = agreement.recital_keys or [""] * len(agreement.recitals)
        for recital, key in zip(agreement.recitals, keys, strict=False):
            self.paragraph(recital, num=(self.recital_num, 0), remarks=self.remarks_for(key))
        self.paragraph(agreement.recitals_closing)

    def _article(self, article: Article) -> None:
        self.heading(article.title, num=(self.article_num, 0))
        single = len(article.members) == 1
        for member in article.members:
            own = self.remarks_for(member.key)
            if single:
                self.paragraph(member.text, indent=MEMBER_LEFT, remarks=own)
            else:
                self.paragraph(member.text, num=(self.article_num, 1), remarks=own)
            for part, item in enumerate(member.items, start=1):
                self.paragraph(item, num=(self.article_num, 2), remarks=self.remarks_for(member.key, part))

    def _table(self, data: Table) -> None:
        """An annex table, written as one piece of WordprocessingML (cell by cell is ten times slower)."""
        usable = self.layout.text_width
        shares = data.widths or tuple(1.0 for _ in data.header)
        widths = [int(usable * share / sum(shares)) for share in shares]
        style = ""
        if self.table_style:
            style = f'<w:tblStyle w:val="{escape(self.table_style, ATTRIBUTE_ESCAPES)}"/>'
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
        rows = [table_row(data.header, widths, header=True)]
        rows += [table_row(row, widths, header=False) for row in data.rows]
        borders = "" if style else TABLE_BORDERS
        self._pending.append(f'<w:tbl><w:tblPr>{style}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>{borders}'
               f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
               f'w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
               f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')
