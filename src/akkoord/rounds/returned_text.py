"""The terminal report of `akkoord wijzigingen`: per article who changed what, and which answers it concerns."""

from __future__ import annotations

from akkoord.rounds.returned import ChangedParagraph, ReturnedDocument


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[:limit - 1] + '…'}”"


def _sources(paths: tuple[str, ...]) -> str:
    from akkoord.rounds.answer_diff import field_label
    from akkoord.rounds.model import split_path

    return "; ".join(f"{field_label([p for p in split_path(path) if isinstance(p, str)])} [{path}]" for path in paths)


def _paragraph_lines(paragraph: ChangedParagraph) -> list[str]:
    lines = _change_lines(paragraph)
    if paragraph.answers:
        lines.append(f"      komt uit: {_sources(paragraph.answers)}")
    return lines


def _change_lines(paragraph: ChangedParagraph) -> list[str]:
    place = f"{paragraph.place}: " if paragraph.place and paragraph.place != "kop" else \
        ("kop: " if paragraph.place == "kop" else "")
    lines: list[str] = []
    if paragraph.whole:
        change = paragraph.changes[0]
        text = paragraph.new if paragraph.whole == "ingevoegd" else paragraph.old
        lines.append(f"  {place}alinea {paragraph.whole} door {change.author}"
                     f"{', ' + change.date if change.date else ''}: {_quote(text)}")
        return lines
    changes = paragraph.changes
    index = 0
    while index < len(changes):
        change = changes[index]
        when = f", {change.date}" if change.date else ""
        following = changes[index + 1] if index + 1 < len(changes) else None
        if change.kind == "verwijderd" and following and following.kind == "ingevoegd" \
                and following.author == change.author:
            lines.append(f"  {place}{change.author}{when}: {_quote(change.text)} → {_quote(following.text)}")
            index += 2
            continue
        lines.append(f"  {place}{change.author}{when}: {change.kind} {_quote(change.text)}")
        index += 1
    old, new = excerpts(paragraph.old, paragraph.new)
    lines.append(f"      was:   {old}")
    lines.append(f"      wordt: {new}")
    return lines


def excerpts(old: str, new: str, context: int = 60) -> tuple[str, str]:
    """Both texts around where they differ, so a long lid shows the change and not its first lines."""
    old, new = " ".join(old.split()), " ".join(new.split())
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    begin = max(0, old.rfind(" ", 0, max(0, start - context)) + 1) if start > context else 0

    def cut(text: str) -> str:
        stop = len(text) - end + context
        stop = text.find(" ", stop) if stop < len(text) and text.find(" ", stop) != -1 else len(text)
        piece = text[begin:stop]
        return f"“{'…' if begin else ''}{piece}{'…' if stop < len(text) else ''}”"

    return cut(old), cut(new)


def returned_lines(document: ReturnedDocument, file_name: str) -> list[str]:
    if not document.sections:
        lines = [f"{file_name}: geen bijgehouden wijzigingen en geen opmerkingen van anderen gevonden."]
        if document.own_comments:
            lines.append(f"  (Wel {document.own_comments} opmerking(en) van akkoord zelf: de waarschuwingen.)")
        return lines
    changes = sum(len(p.changes) for s in document.sections for p in s.paragraphs)
    comments = sum(len(s.comments) for s in document.sections)
    lines = [f"{file_name}: {changes} wijziging(en) en {comments} opmerking(en) van {', '.join(document.authors)}.",
             "Het antwoordenbestand is niet aangepast: neem over wat partijen afspreken.", ""]
    for section in document.sections:
        lines.append(section.heading)
        if section.topics:
            lines.append(f"  (antwoorden over: {', '.join(section.topics)})")
        for paragraph in section.paragraphs:
            lines.extend(_paragraph_lines(paragraph))
        for comment in section.comments:
            where = f" bij {comment.place}" if comment.place and comment.place != "kop" else ""
            anchor = f" op {_quote(comment.anchor, 80)}" if comment.anchor else ""
            when = f", {comment.date}" if comment.date else ""
            lines.append(f"  opmerking{where} van {comment.author}{when}{anchor}: {_quote(comment.text, 400)}")
            if comment.answers:
                lines.append(f"      komt uit: {_sources(comment.answers)}")
        lines.append("")
    return lines[:-1]
