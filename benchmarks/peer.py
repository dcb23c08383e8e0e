"""The peer for the benchmarks: docxtpl rendering the same agreement text from a Word template.

    python benchmarks/peer.py TEMPLATE.docx CONTEXT.yaml OUT_DIR N

renders the template N times (as a batch would, reading the context each time) into OUT_DIR.
`make_peer()` builds the template and context from a document akkoord made: the template is the
house style with one loop over the body, a branch per paragraph style and per table width; the
context holds akkoord's texts, so docxtpl writes the same paragraphs, tables and characters.
"""

from __future__ import annotations

import sys
from pathlib import Path


def render(template: Path, context_file: Path, out_dir: Path, count: int) -> None:
    import yaml
    from docxtpl import DocxTemplate

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for number in range(count):
        context = yaml.load(context_file.read_text(encoding="utf-8"), Loader=loader)
        document = DocxTemplate(str(template))
        document.render(context)
        document.save(str(out_dir / f"peer-{number:03d}.docx"))


def _blocks(made: Path) -> list[dict]:
    import docx
    from docx.table import Table

    blocks: list[dict] = []
    for block in docx.Document(str(made)).iter_inner_content():
        if isinstance(block, Table):
            rows = [[[paragraph.text for paragraph in cell.paragraphs] for cell in row.cells] for row in block.rows]
            blocks.append({"soort": f"tabel{len(block.columns)}", "rijen": rows})
        else:
            blocks.append({"soort": block.style.name, "tekst": block.text})
    return blocks


def make_peer(made: Path, house_style: Path, folder: Path) -> tuple[Path, Path]:
    """Write the docxtpl template and its YAML context beside each other; returns both paths."""
    import docx
    import yaml

    blocks = _blocks(made)
    styles = sorted({b["soort"] for b in blocks if "tekst" in b})
    widths = sorted({int(b["soort"][5:]) for b in blocks if "rijen" in b})
    kinds = {name: f"s{number}" for number, name in enumerate(styles)}
    for block in blocks:
        if "tekst" in block:
            block["soort"] = kinds[block["soort"]]

    template = docx.Document(str(house_style))
    body = template.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    template.add_paragraph("{%p for b in blokken %}")
    first = True
    for name in styles:
        template.add_paragraph(f"{{%p {'if' if first else 'elif'} b.soort == '{kinds[name]}' %}}")
        template.add_paragraph("{{ b.tekst }}", style=name)
        first = False
    for width in widths:
        template.add_paragraph(f"{{%p elif b.soort == 'tabel{width}' %}}")
        table = template.add_table(rows=3, cols=width)
        table.rows[0].cells[0].text = "{%tr for r in b.rijen %}"
        for column in range(width):
            cell = table.rows[1].cells[column]
            cell.text = f"{{%p for t in r[{column}] %}}"
            cell.add_paragraph("{{ t }}")
            cell.add_paragraph("{%p endfor %}")
        table.rows[2].cells[0].text = "{%tr endfor %}"
    template.add_paragraph("{%p endif %}")
    template.add_paragraph("{%p endfor %}")
    template_path, context_path = folder / "peer-sjabloon.docx", folder / "peer-context.yaml"
    template.save(str(template_path))
    context_path.write_text(yaml.safe_dump({"blokken": blocks}, allow_unicode=True), encoding="utf-8")
    return template_path, context_path


def shape(path: Path) -> tuple[int, int, int]:
    """Paragraphs (body and cells), tables and characters of a document: the size of the work."""
    import docx

    document = docx.Document(str(path))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    return len(paragraphs), len(document.tables), sum(len(p.text) for p in paragraphs)


if __name__ == "__main__":
    render(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
