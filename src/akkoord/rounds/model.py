"""The answers file's record of the negotiation: open points (who proposes what) and the rounds held.

In the answers file:

    open_punten:
      - antwoord: looptijd.opzegtermijn_maanden      # the answers path the parties disagree on
        voorstellen:                                 # per party id: the value that party proposes
          cooperatie: 6
          gemeente: 3
        toelichting: De gemeente wil na de eerste evaluatie sneller kunnen bijsturen.
    rondes:
      - datum: 2027-02-10
        versie: "0.3"
        afgesproken: Doelen en rolverdeling vastgesteld; opzegtermijn blijft open.

A proposal is written exactly as the answer itself would be (a number, a date, a text, a list).
The value in the answer field itself stays what the file says; the draft shows every proposal in
brackets instead ("[zes / drie] maanden"). A front end that marks an answer "nog niet eens" writes
one `open_punten` entry for it and asks each party for its proposal.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from typing import Annotated, Any

from akkoord.answers.declare import Clean, Record, after, spec

PATH_PATTERN = re.compile(r"[a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*")


def split_path(path: str) -> list[str | int]:
    """'doelen[1].streefdatum' -> ['doelen', 1, 'streefdatum']."""
    parts: list[str | int] = []
    for piece in path.split("."):
        name, _, index = piece.partition("[")
        parts.append(name)
        if index:
            parts.append(int(index.rstrip("]")))
    return parts


def _path(value: Any) -> Any:
    text = str(value).strip() if value is not None else ""
    if not PATH_PATTERN.fullmatch(text):
        raise ValueError(f"'{text}' is geen antwoordpad; schrijf het pad van het veld zoals in het bestand, "
                         "bijvoorbeeld looptijd.opzegtermijn_maanden of doelen[0].streefdatum")
    return text


AnswerPath = Annotated[str, Clean(_path)]


def _text(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        value = " ".join(value.split())
        if not value:
            raise ValueError("is leeg; vul hier tekst in of laat het veld helemaal weg")
    return value


class OpenPoint(Record):
    answer: AnswerPath = spec(alias="antwoord",
                              description="Het antwoord waarover partijen het nog niet eens zijn (pad, bijvoorbeeld "
                                          "looptijd.opzegtermijn_maanden).")
    proposals: dict[str, Any] = spec(alias="voorstellen", min_length=1,
                                     description="Per partij (id) wat die partij voorstelt, geschreven zoals het "
                                                 "antwoord zelf.")
    note: Annotated[str, Clean(_text)] | None = spec(default=None, alias="toelichting",
                                                               description="Toelichting: waarom partijen verschillen, "
                                                                           "wat er nog uitgezocht wordt.")

    @after("proposals")
    def _no_empty_proposal(cls, proposals: dict[str, Any], earlier: dict) -> dict[str, Any]:
        for party, value in proposals.items():
            if value is None or value == "":
                raise ValueError(f"het voorstel van '{party}' is leeg; schrijf wat deze partij voorstelt of haal de "
                                 f"regel weg")
        return proposals


def _date(value: Any) -> Any:
    from akkoord.dutch import DATE_EXAMPLE, parse_date

    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    parsed = parse_date(str(value)) if value is not None else None
    if parsed is None:
        raise ValueError(f"'{value}' is geen datum; schrijf bijvoorbeeld {DATE_EXAMPLE}")
    return parsed


class Round(Record):
    date: Annotated[dt.date, Clean(_date)] = spec(alias="datum", description="Datum van het overleg.")
    version: Annotated[str, Clean(_text)] | None = spec(default=None, alias="versie",
                                                                  description="De versie die werd besproken.")
    agreed: Annotated[str, Clean(_text)] = spec(alias="afgesproken",
                                                          description="Wat er is afgesproken, in een paar zinnen.")


def _inner_model(annotation: Any) -> Any:
    """The model class inside an annotation such as `list[Goal]` or `Term | None`."""
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return annotation
    for arg in typing.get_args(annotation):
        if (found := _inner_model(arg)) is not None:
            return found
    return None


def _field_exists(model: Any, names: list[str]) -> bool:
    for name in names:
        fields = {info.alias or key: info for key, info in model.model_fields.items()} if model else {}
        if name not in fields:
            return False
        model = _inner_model(fields[name].annotation)
    return True


#: Answers that are the round's bookkeeping, not something parties negotiate.
NOT_NEGOTIATED = ("open_punten", "rondes", "status", "versie", "datum", "erkend")


def open_point_problems(answers: Any) -> list[str]:
    """What is wrong with the open points of otherwise valid answers: unknown fields, parties. Dutch."""
    problems = []
    party_ids = [party.id for party in answers.parties]
    data = answers.model_dump(by_alias=True)
    for number, point in enumerate(answers.open_points):
        where = f"open_punten[{number}]"
        parts = split_path(point.answer)
        names = [part for part in parts if isinstance(part, str)]
        if not _field_exists(type(answers), names):
            problems.append(f"{where}.antwoord: '{point.answer}' is geen veld uit het antwoordenbestand; "
                            "zie 'akkoord schema' voor de velden")
            continue
        if names[0] in NOT_NEGOTIATED:
            problems.append(f"{where}.antwoord: over '{point.answer}' onderhandelen partijen niet; "
                            "kies een antwoord uit de overeenkomst zelf")
            continue
        node: Any = data
        for part in parts[:-1]:
            if isinstance(part, int):
                if not isinstance(node, list) or part >= len(node):
                    count = len(node) if isinstance(node, list) else 0
                    problems.append(f"{where}.antwoord: '{point.answer}' bestaat niet (daar staan er {count}; "
                                    "tel vanaf 0)")
                    break
                node = node[part]
            else:
                node = node.get(part) if isinstance(node, dict) else None
        for party in point.proposals:
            if party not in party_ids:
                problems.append(f"{where}.voorstellen.{party}: '{party}' is geen partij-id uit 'partijen'; "
                                f"gebruik een van: {', '.join(party_ids)}")
    return problems
