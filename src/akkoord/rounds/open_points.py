"""Open points in the draft: each lid an open point changes shows every proposal, "[zes / drie] maanden".

Each proposal is assembled as if it were the answer; lids whose text differs between the proposals
get the differing words replaced by the alternatives in brackets (highlighted, like a placeholder),
and a comment naming who proposes what. A point whose proposals change no lid's words still gets
its comment, on the lid made from that answer.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from akkoord.answers.model import Answers
from akkoord.document import PLACEHOLDER, Agreement, Inline, Mark, Member, Remark, Run, plain
from akkoord.errors import ExitCode, UserError
from akkoord.rounds.model import OpenPoint, split_path

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):
        from akkoord.dutch import format_date

        return format_date(value)
    if isinstance(value, list):
        return "; ".join(_shown(item) for item in value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return " ".join(str(value).split())


def proposal_text(answers: Answers, point: OpenPoint) -> str:
    """'de Coöperatie stelt 6 voor, de Gemeente 3'."""
    parts = []
    for number, (party_id, value) in enumerate(point.proposals.items()):
        party = answers.party(party_id)
        name = party.label if party else party_id
        parts.append(f"{name} stelt {_shown(value)} voor" if number == 0 else f"{name} {_shown(value)}")
    return ", ".join(parts)


def point_note(answers: Answers, point: OpenPoint) -> str:
    note = f" {point.note}" if point.note else ""
    return (f"Open punt ({point.answer}): {proposal_text(answers, point)}.{note} Tussen de haken staan de "
            "voorstellen; partijen kiezen er één voordat de overeenkomst definitief wordt.")


def with_answer(answers: Answers, path: str, value: Any) -> Answers:
    """The answers with one field set to `value`, validated like the file itself."""
    from akkoord.answers.loading import answers_from_data

    data = answers.model_dump(by_alias=True, mode="json", exclude={"open_points"})
    node: Any = data
    parts = split_path(path)
    for part in parts[:-1]:
        node = node[part]
        if node is None:
            raise KeyError(path)
    node[parts[-1]] = copy.deepcopy(value)
    return answers_from_data(data, f"voorstel voor {path}")


def _split(inline: Inline, at: int) -> tuple[list[Run], list[Run]]:
    """The runs before and after character `at`, splitting a run where needed."""
    before: list[Run] = []
    after: list[Run] = []
    position = 0
    for run in inline:
        end = position + len(run.text)
        if end <= at:
            before.append(run)
        elif position >= at:
            after.append(run)
        else:
            before.append(replace(run, text=run.text[:at - position]))
            after.append(replace(run, text=run.text[at - position:]))
        position = end
    return before, after


def bracketed(variants: list[Inline], mark: Mark) -> Inline:
    """The first variant's runs with the words where the variants differ replaced by '[a / b]'."""
    tokens = [_TOKEN.findall(plain(inline)) for inline in variants]
    prefix = 0
    while all(prefix < len(t) for t in tokens) and len({t[prefix] for t in tokens}) == 1:
        prefix += 1
    suffix = 0
    while all(suffix < len(t) - prefix for t in tokens) and len({t[len(t) - 1 - suffix] for t in tokens}) == 1:
        suffix += 1
    middles = ["".join(t[prefix:len(t) - suffix]).strip() or "—" for t in tokens]
    first = tokens[0]
    start = len("".join(first[:prefix]))
    stop = len("".join(first[:len(first) - suffix]))
    head, rest = _split(variants[0], start)
    _, tail = _split(tuple(rest), stop - start)
    alternatives = list(dict.fromkeys(middles))
    return (*head, Run("[" + " / ".join(alternatives) + "]", marks=(mark,)), *tail)


def _members_by_key(agreement: Agreement) -> dict[str, Member]:
    return {member.key: member for article in agreement.articles for member in article.members}


def show_open_points(agreement: Agreement, answers: Answers, assemble_variant) -> Agreement:
    """The agreement with every open point shown in its lids; `assemble_variant(answers)` assembles one."""
    from akkoord.anchoring import anchor, targets

    for number, point in enumerate(answers.open_points):
        try:
            variants = [assemble_variant(with_answer(answers, point.answer,
                                                     value)) for value in point.proposals.values()]
        except (KeyError, TypeError, IndexError):
            raise UserError(f"open_punten[{number}]: '{point.answer}' bestaat niet in deze antwoorden.",
                            "Vul eerst het onderdeel in waar dit antwoord bij hoort, of corrigeer het pad.") from None
        except UserError as error:
            raise UserError(f"open_punten[{number}].voorstellen: een voorstel past niet bij '{point.answer}': "
                            f"{error.message.splitlines()[-1].strip()}",
                            "Schrijf het voorstel zoals je het antwoord zelf zou schrijven.") from None
        mark = Mark(PLACEHOLDER, point.answer, label=f"open punt: {point.answer}", note=point_note(answers, point))
        by_key = [_members_by_key(variant) for variant in variants]
        placed = False
        for article in agreement.articles:
            for index, member in enumerate(article.members):
                found = [keys.get(member.key) for keys in by_key]
                if any(other is None for other in found):
                    continue
                texts = [other.text for other in found]  # type: ignore[union-attr]
                if len({plain(text) for text in texts}) == 1:
                    continue
                article.members[index] = replace(member, text=bracketed(texts, mark))
                _drop_stale_remarks(agreement, article.members[index])
                if not placed:
                    agreement.remarks.append(Remark(point_note(answers, point), member.key, mark))
                    placed = True
        if not placed:
            target, _, _ = anchor(targets(agreement), point.answer)
            agreement.remarks.append(Remark(point_note(answers, point), target.key))
    return agreement


def _drop_stale_remarks(agreement: Agreement, member: Member) -> None:
    """A note about words the brackets replaced (a default term) no longer has anything to point at."""
    from akkoord.document import marks_in

    present = set(marks_in([member.text, *member.items]))
    agreement.remarks[:] = [remark for remark in agreement.remarks
                            if remark.target != member.key or remark.mark is None or remark.mark in present
                            or remark.mark.kind not in ("default", PLACEHOLDER)]


def with_open_points(agreement: Agreement, answers: Answers, library: Any, today: dt.date | None) -> Agreement:
    """The assembled agreement with its open points shown in the lids they change (for `maak` and `vergelijk`)."""
    if not answers.open_points:
        return agreement
    from akkoord.assembly import assemble

    return show_open_points(agreement, answers,
                            lambda variant: assemble(variant, library, today=today, comments=False))


def refuse_open_points(source: Path | str, answers: Answers, *, strict: bool) -> None:
    """Open points make a concept: never a strict build or a final version."""
    if not answers.open_points or not (strict or answers.status.value == "definitief"):
        return
    why = "met --strikt" if strict else "met status: definitief"
    listed = "\n".join(f"  {point.answer}: {proposal_text(answers, point)}" for point in answers.open_points)
    raise UserError(f"{source}: er staan nog {len(answers.open_points)} open punt(en); {why} wordt er niets "
                    f"gemaakt:\n{listed}",
                    "Leg vast wat partijen afspreken (vul het antwoord in en haal het punt weg onder 'open_punten:'), "
                    "of maak eerst een concept (status: concept, zonder --strikt). 'akkoord agenda' zet ze op een rij.",
                    exit_code=ExitCode.WAARSCHUWINGEN)
