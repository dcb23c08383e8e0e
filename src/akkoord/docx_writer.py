"""Writes an assembled Agreement as a .docx, styled by a reference document (python-docx only in the docx_* modules)."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from akkoord.document import PLACEHOLDER, Agreement, Article, Inline, Remark, Run, Table
from akkoord.docx_frame import header_footer, set_properties, signature_table
from akkoord.docx_repair import repair_sections, repair_settings
from akkoord.docx_setup import add_numbering, clear_body, ensure_styles
from akkoord.errors import Remedy, UserError
from akkoord.provenance import MARKER_CHARS
from akkoord.wordml import (
    ATTRIBUTE_ESCAPES,
    MEMBER_LEFT,
    TABLE_BORDERS,
    escape,
    mark_span,
    run_xml,
    table_row,
)

_TABLE = qn("w:tbl")


class Reference:
    """The house-style document: its bytes, and one parsed copy kept from checking it.

    Every document starts from a fresh parse of the bytes (the writer changes what it parses);
    the copy parsed to check the file serves the first document, so a single build parses once.
    """

    def __init__(self, data: bytes, parsed: DocxDocument) -> None:
        self.data = data
        self._spare: DocxDocument | None = parsed

    def fresh(self) -> DocxDocument:
        spare, self._spare = self._spare, None
        return spare if spare is not None else Document(io.BytesIO(self.data))


def open_reference(path: Path | None, default: Path) -> Reference:
    """Read the house-style document once; refuse anything python-docx cannot use as a reference."""
    from akkoord.docx_package import read_docx, without_body

    source = path or default
    hint = "Open het huisstijldocument in Word, sla het op als .docx en probeer het opnieuw."
    if source.suffix.lower() == ".dotx":
        raise UserError(f"{source}: een Word-sjabloon (.dotx) kan niet als huisstijl dienen.",
                        "Open het sjabloon in Word en sla het op als gewoon document (.docx).")
    data = without_body(read_docx(source, what="het huisstijldocument", hint=hint, remedy=Remedy.HOUSE_STYLE))
    try:
        parsed = Document(io.BytesIO(data))
    except Exception as error:  # zipfile, lxml and python-docx raise many kinds on damaged files
        raise UserError(f"{source}: dit is geen leesbaar Word-document (.docx) ({type(error).__name__}).",
                        hint) from None
    return Reference(data, parsed)


def write_agreement(agreement: Agreement, reference: Reference) -> bytes:
    """Lay out the agreement in a fresh copy of the reference document and return the .docx bytes."""
    writer = _Writer(reference.fresh())
    writer.write(agreement)
    buffer = io.BytesIO()
    writer.doc.save(buffer)
    return buffer.getvalue()


class _Writer:
    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self._styles: dict[str, str] = {}
        self._pending: list[str] = []
        self._remarks: dict[tuple[str, int], list[Remark]] = {}
        clear_body(doc)
        self.table_style = ensure_styles(doc)
        # A house style may lack what Word requires (or what we rely on): repaired, not refused.
        repair_settings(self.doc.settings.element)
        repair_sections(self.doc.element.body)
        self.article_num, self.recital_num, self.party_num = add_numbering(doc)

    # --- building blocks -----------------------------------------------------------------------------
    # Body paragraphs are written as WordprocessingML text and parsed in batches: building them
    # through python-docx's object API costs about 0.25 ms per paragraph, five times as much.

    def style_id(self, name: str) -> str:
        # python-docx resolves a style name by scanning every style; do it once per name.
        if name not in self._styles:
            self._styles[name] = self.doc.styles[name].style_id
        return self._styles[name]

    def paragraph(self, runs: Inline | str = (), style: str | None = None, *, bold: bool = False,
                  align: str | None = None, num: tuple[int, int] | None = None, indent: int | None = None,
                  keep_next: bool = False, page_break: bool = False, space_before: int | None = None,
                  color: str | None = None, remarks: list[Remark] | tuple[Remark, ...] = ()) -> None:
        """Queue one paragraph. `num` is (numId, level); `indent` and `space_before` are in twips.

        Each of `remarks` becomes a Word comment whose range covers the runs inside its mark, or the
        whole paragraph when it has none.
        """
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
        if isinstance(runs, str):
            runs = (Run(runs),)
        self._pending.append(f"<w:p><w:pPr>{''.join(properties)}</w:pPr>"
                             f"{self._runs_xml(runs, bold, color, remarks)}</w:p>")

    def _runs_xml(self, runs: Inline, bold: bool, color: str | None, remarks: list[Remark] | tuple[Remark, ...]) -> str:
        """The runs, merged where formatting allows, with a comment range per remark over the runs it is about."""
        starts: dict[int, list[int]] = {}
        ends: dict[int, list[int]] = {}
        for remark in remarks:
            first, last = mark_span(runs, remark.mark) if remark.mark is not None else (0, len(runs) - 1)
            if first < 0:
                first, last = 0, len(runs) - 1
            comment = self.doc.comments.add_comment(text=MARKER_CHARS.sub("", remark.text), author=remark.author,
                                                    initials="AK")
            starts.setdefault(first, []).append(comment.comment_id)
            ends.setdefault(max(last, 0), []).append(comment.comment_id)
        pieces: list[str] = []
        group: list[str] = []
        style: tuple[bool, bool, bool] | None = None
        for index, run in enumerate(runs):
            current = (run.bold or bold, run.italic, any(item.kind == PLACEHOLDER for item in run.marks))
            if group and (current != style or index in starts):
                assert style is not None  # set with the group's first run
                pieces.append(run_xml("".join(group), bold=style[0], italic=style[1], color=color,
                                       highlight=style[2]))
                group = []
            pieces.extend(f'<w:commentRangeStart w:id="{number}"/>' for number in starts.get(index, ()))
            group.append(run.text)
            style = current
            if index in ends:
                pieces.append(run_xml("".join(group), bold=style[0], italic=style[1], color=color, highlight=style[2]))
                group = []
                pieces.extend(f'<w:commentRangeEnd w:id="{number}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                              f'</w:rPr><w:commentReference w:id="{number}"/></w:r>' for number in ends[index])
        if group and style is not None:
            pieces.append(run_xml("".join(group), bold=style[0], italic=style[1], color=color, highlight=style[2]))
        return "".join(pieces)

    def remarks_for(self, key: str, part: int = 0) -> list[Remark]:
        """The remarks on part `part` (0: the lid's own text, 1...: its items) of paragraph `key`."""
        return self._remarks.get((key, part), [])

    def heading(self, text: str, level: int = 1, **options: object) -> None:
        self.paragraph(text, f"Heading {level}", **options)  # type: ignore[arg-type]

    def flush(self) -> list[object]:
        """Parse the queued paragraphs into the body, before the final section properties."""
        if not self._pending:
            return []
        wrapper = parse_xml(f'<w:body {nsdecls("w")}>{"".join(self._pending)}</w:body>')
        self._pending.clear()
        body = self.doc.element.body
        added = list(wrapper)
        # Look the section properties up once: `body.sectPr` scans every child.
        final = body.sectPr
        for element in added:
            # lxml moves a subtree between documents in time quadratic in its size, so a table of
            # 4,000 rows took 25 s; moved row by row it is linear.
            rows = list(element) if element.tag == _TABLE else []
            for row in rows:
                element.remove(row)
            if final is not None:
                final.addprevious(element)
            else:
                body.append(element)
            for row in rows:
                element.append(row)
        return added

    # --- the document ---------------------------------------------------------------------------

    def write(self, agreement: Agreement) -> None:
        self._index_remarks(agreement)
        set_properties(self.doc, agreement)
        header_footer(self.doc, agreement)
        self._title(agreement)
        self._parties(agreement)
        self._recitals(agreement)
        for article in agreement.articles:
            self._article(article)
        self.paragraph(agreement.signing_intro, keep_next=True)
        self.flush()  # the signature table is built with python-docx, after everything queued so far
        signature_table(self.doc, agreement.parties)
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
        self.flush()

    def _index_remarks(self, agreement: Agreement) -> None:
        """Remarks by (paragraph key, part): a remark with a mark goes to the first part holding that mark."""
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
        section = self.doc.sections[-1]  # sizes repaired in _repair_sections, so all are numbers
        width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        usable = max(1000, int(width / 635))  # EMU -> twips
        shares = data.widths or tuple(1.0 for _ in data.header)
        widths = [int(usable * share / sum(shares)) for share in shares]
        style = ""
        if self.table_style:
            style_id = self.doc.styles[self.table_style].style_id
            style = f'<w:tblStyle w:val="{escape(style_id, ATTRIBUTE_ESCAPES)}"/>'
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
        rows = [table_row(data.header, widths, header=True)]
        rows += [table_row(row, widths, header=False) for row in data.rows]
        borders = "" if style else TABLE_BORDERS
        xml = (f'<w:tbl {nsdecls("w")}><w:tblPr>{style}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>{borders}'
               f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
               f'w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
               f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')
        self._pending.append(xml.replace(f' {nsdecls("w")}', "", 1))


