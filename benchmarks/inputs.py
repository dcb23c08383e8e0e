"""Inputs the benchmarks make: batches of answers files and a 200-page Word document."""

from __future__ import annotations

import shutil
from copy import deepcopy
from pathlib import Path


def batch_folder(folder: Path, examples: Path, count: int) -> list[Path]:
    """`count` answers files, round-robin over the examples (one of them raises 37 warnings)."""
    folder.mkdir()
    sources = sorted(examples.glob("*.yaml"))
    files = []
    for number in range(count):
        target = folder / f"overeenkomst-{number:03d}.yaml"
        shutil.copy(sources[number % len(sources)], target)
        files.append(target)
    return files


def pages_document(made: Path, target: Path, copies: float = 13 + 1 / 3) -> Path:
    """The body of an akkoord document repeated: 13 1/3 copies of the largest example render as 200 pages."""
    import docx

    document = docx.Document(str(made))
    body = document.element.body
    blocks = [child for child in body if not child.tag.endswith("}sectPr")]
    section = body[-1] if body[-1].tag.endswith("}sectPr") else None
    extra = [deepcopy(block) for _ in range(int(copies) - 1) for block in blocks]
    extra += [deepcopy(block) for block in blocks[: round(len(blocks) * (copies % 1))]]
    for block in extra:
        if section is not None:
            section.addprevious(block)
        else:
            body.append(block)
    document.save(str(target))
    return target
