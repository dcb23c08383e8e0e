"""Loading an answers file: YAML with line numbers, validated into the model, errors in Dutch."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akkoord.answers.declare import validated
from akkoord.answers.model import PARTY_REFERENCES, Answers
from akkoord.answers.model import shown as _shown
from akkoord.answers.sections import inner_model
from akkoord.errors import UserError
from akkoord.yamltext import YamlLimitError, YamlSyntaxError, YamlText, dutch_problem, parse_yaml

LineLookup = Callable[[tuple[Any, ...]], "int | None"]

MAX_PROBLEMS_SHOWN = 12


def yaml_reader() -> Any:
    """A ruamel round-trip reader (kept comments and key order) for editing answers files."""
    from akkoord.answers.roundtrip import yaml_reader as reader

    return reader()


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an answers file, located as precisely as we can."""

    path: str
    message: str
    line: int | None = None

    def render(self, file_name: str) -> str:
        where = f"{file_name}, regel {self.line}" if self.line else file_name
        return f"{where}, {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


#: An answers file is a few kilobytes; fifty agreements' worth of goals still fit in 2 MB.
MAX_ANSWERS_BYTES = 2_000_000
#: One text field holds at most about eight pages; more is a paste gone wrong, not an agreement.
MAX_TEXT_CHARS = 50_000


def read_text(path: Path) -> str:
    """Read a user's answers file, turning every way it can fail into a UserError."""
    from akkoord.userfiles import read_text as read_user_text

    return read_user_text(path, what="het antwoordenbestand", limit=MAX_ANSWERS_BYTES,
                          hint="Controleer de naam en map; maak een nieuw antwoordenbestand met 'akkoord nieuw'.")


_YAML_HINT = ("Let op inspringing met spaties (geen tabs) en zet tekst met een dubbele punt erin tussen "
              "aanhalingstekens.")


def parse_answers_text(text: str, file_name: str) -> YamlText:
    """Parse answers YAML with the limits every reader applies; errors become UserErrors."""
    try:
        return parse_yaml(text, max_text=MAX_TEXT_CHARS)
    except YamlLimitError as error:
        line = f", regel {error.line}" if error.line else ""
        field = f", {format_path(error.path)}" if error.path else ""
        raise UserError(f"{file_name}{line}{field}: {error.message}.",
                        "Maak de tekst korter of zet de lange tekst in een bijlage buiten het "
                        "antwoordenbestand.") from None
    except YamlSyntaxError as error:
        line = f", regel {error.line}" if error.line else ""
        raise UserError(f"{file_name}{line}: dit is geen geldige YAML ({error.message}).", _YAML_HINT) from None


def parse_yaml_file(path: Path) -> YamlText:
    """Read and parse a YAML file quickly, with line numbers; errors become UserErrors."""
    return parse_answers_text(read_text(path), path.name)


def load_round_trip(text: str, file_name: str) -> Any:
    """YAML for round-trip editing (comments and key order kept), as ruamel data.

    The text first passes the fast reader, so ruamel only ever sees a file within every limit (no alias
    or merge bombs, no self-reference, no deep nesting) and both readers follow the same scalar rules.
    """
    from ruamel.yaml.error import YAMLError

    parse_answers_text(text, file_name)
    try:
        return yaml_reader().load(text)
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = f", regel {mark.line + 1}" if mark else ""
        raise UserError(f"{file_name}{line}: dit is geen geldige YAML "
                        f"({dutch_problem(str(getattr(error, 'problem', '') or error))}).", _YAML_HINT) from None


def read_yaml(path: Path) -> Any:
    """Read a YAML file for round-trip editing (comments and key order kept), as ruamel data."""
    return load_round_trip(read_text(path), path.name)


def load_answers(path: Path) -> Answers:
    """Load and validate one answers file; raise UserError listing every problem found."""
    parsed = parse_yaml_file(Path(path))
    return answers_from_data(parsed.data, Path(path).name, parsed.line_of)


def answers_from_data(data: Any, file_name: str, lines: LineLookup | None = None) -> Answers:
    """Validate answers data; `lines` locates a path in the file (ruamel data locates itself)."""
    locate: LineLookup = lines or (lambda loc: line_of(data, loc))
    if data is None:
        raise UserError(f"{file_name}: het bestand is leeg.",
                        "Begin met 'akkoord nieuw' of kopieer een voorbeeld uit examples/.")
    if not isinstance(data, dict):
        raise UserError(f"{file_name}: een antwoordenbestand bestaat uit velden zoals 'soort:' en 'titel:', "
                        "niet uit een losse tekst of lijst.",
                        "Kijk in examples/ hoe een antwoordenbestand eruitziet.")
    answers, errors = validated(Answers, data)
    if errors is not None:
        problems = sorted((_problem_from_error(item, locate, data) for item in errors),
                          key=lambda problem: problem.line or 0)
        raise _problems_error(problems, file_name) from None
    problems = list(_reference_problems(answers, data, locate))
    if problems:
        raise _problems_error(problems, file_name)
    return answers


def _problems_error(problems: list[Problem], file_name: str) -> UserError:
    shown = [problem.render(file_name) for problem in problems[:MAX_PROBLEMS_SHOWN]]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        shown.append(f"... en nog {len(problems) - MAX_PROBLEMS_SHOWN} andere problemen.")
    heading = "Het antwoordenbestand bevat een fout:" if len(problems) == 1 else \
        f"Het antwoordenbestand bevat {len(problems)} fouten:"
    return UserError(heading + "\n" + "\n".join(f"  {line}" for line in shown),
                     "Verbeter het bestand en probeer het opnieuw; er is niets geschreven.")


# --- locating problems ----------------------------------------------------------------------------

def format_path(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def line_of(data: Any, loc: tuple[Any, ...]) -> int | None:
    """1-based line of the deepest part of `loc` in ruamel round-trip data (None for plain data)."""
    line = None
    node = data
    for part in loc:
        position = getattr(node, "lc", None)
        if position is None:
            break
        if isinstance(node, dict) and part in node:
            line = position.key(part)[0] + 1
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            line = position.item(part)[0] + 1
        else:
            break
        node = node[part]
    return line


def _problem_from_error(error: Mapping[str, Any], locate: LineLookup, data: Any) -> Problem:
    loc = _written_loc(tuple(error["loc"]), data)
    message = _dutch_message(error, loc)
    return Problem(path=format_path(loc), message=message, line=locate(loc))


def _written_loc(loc: tuple[Any, ...], data: Any) -> tuple[Any, ...]:
    """`loc` without the validator names pydantic appends for a failed union or annotated type.

    Such a name looks like 'function-before[...]'; a key the user wrote (even 'a[b]') is kept.
    """
    kept: list[Any] = []
    node = data
    for part in loc:
        written = (isinstance(node, dict) and part in node) or (isinstance(node, list) and isinstance(part, int))
        if not written and isinstance(part, str) and ("[" in part or part.startswith("function-")):
            continue
        kept.append(part)
        try:
            node = node[part] if written else None
        except (IndexError, KeyError, TypeError):
            node = None
    return tuple(kept)


def _dutch_message(error: Mapping[str, Any], loc: tuple[Any, ...]) -> str:
    kind = error["type"]
    value = error.get("input")
    context = error.get("ctx") or {}
    if value is None and kind not in {"missing", "value_error", "extra_forbidden"}:
        return _empty_message(kind, context, loc)
    if kind == "missing":
        description = _field_description(loc)
        return "ontbreekt" + (f"; vul dit in: {description}" if description else "; vul dit veld in")
    if kind == "extra_forbidden":
        suggestion = _did_you_mean(loc)
        return "is geen bekend veld" + (f"; bedoel je '{suggestion}'?" if suggestion else
                                        "; haal het weg of kijk in 'akkoord schema' welke velden er zijn")
    return value_message(error)


def value_message(error: Mapping[str, Any]) -> str:
    """A Dutch sentence for pydantic's complaint about a value, for any model read from a user's file."""
    kind = error["type"]
    value = error.get("input")
    context = error.get("ctx") or {}
    if kind == "value_error":
        return str(context.get("error", error["msg"])).removeprefix("Value error, ")
    if kind == "enum":
        choices = str(context.get("expected", "")).replace("' or '", "' of '")
        return f"'{_shown(value)}' is geen geldige keuze; kies uit {choices}"
    if kind == "int_parsing_size":
        return f"'{_shown(value, 20)}' is te groot; schrijf een gewoon aantal, bijvoorbeeld 6"
    if kind in {"int_parsing", "int_type", "int_from_float"}:
        return f"'{_shown(value)}' is geen geheel getal; schrijf bijvoorbeeld 6"
    if kind in {"bool_parsing", "bool_type"}:
        return f"'{_shown(value)}' is geen ja/nee-antwoord; schrijf true (ja) of false (nee)"
    if kind in {"greater_than_equal", "greater_than"}:
        return f"'{_shown(value)}' mag niet negatief zijn"
    if kind in {"list_type"}:
        return "moet een lijst zijn: zet elk onderdeel op een eigen regel die begint met '- '"
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return "moet een groep velden zijn (ingesprongen regels met 'naam: waarde'), geen losse tekst"
    if kind in {"string_type"}:
        return "moet tekst zijn"
    if kind == "too_short":
        return f"moet minstens {context.get('min_length')} onderdelen bevatten"
    if kind == "string_too_short":
        return "is leeg; vul het in"
    if kind == "string_pattern_mismatch":
        return f"'{_shown(value)}' past niet; gebruik kleine letters, cijfers en streepjes, bijvoorbeeld 'mijn-artikel'"
    if kind in {"date_type", "date_parsing", "date_from_datetime_inexact"}:
        return f"'{_shown(value)}' is geen datum; schrijf bijvoorbeeld 1-7-2027"
    return f"ongeldige waarde ({error['msg']})"


def _empty_message(kind: str, context: dict[str, Any], loc: tuple[Any, ...]) -> str:
    """`soort: ~` or `looptijd:` with nothing after it: say it is empty, not that 'None' is wrong."""
    if kind == "enum":
        return "is leeg; kies uit " + str(context.get("expected", "")).replace("' or '", "' of '")
    description = _field_description(loc)
    return "is leeg" + (f"; vul dit in: {description}" if description else "; vul het in of haal de regel weg")


def _model_at(loc: tuple[Any, ...]) -> Any:
    """The model class that holds the field at `loc` (Answers at the top)."""
    model: Any = Answers
    for part in loc:
        if isinstance(part, int):
            continue
        fields = {info.alias or name: info for name, info in model.model_fields.items()}
        info = fields.get(part)
        if info is None:
            return None
        model = inner_model(info.annotation)
        if model is None:
            return None
    return model


def _field_info(loc: tuple[Any, ...]) -> Any:
    names = [part for part in loc if not isinstance(part, int)]
    if not names:
        return None
    parent = _model_at(loc[:-1] if not isinstance(loc[-1], int) else loc)
    if parent is None:
        return None
    return {info.alias or name: info for name, info in parent.model_fields.items()}.get(names[-1])


def _field_description(loc: tuple[Any, ...]) -> str | None:
    info = _field_info(loc)
    return info.description if info is not None else None


def _did_you_mean(loc: tuple[Any, ...]) -> str | None:
    if not loc:
        return None
    parent = _model_at(loc[:-1])
    if parent is None or isinstance(loc[-1], int):
        return None
    known = [info.alias or name for name, info in parent.model_fields.items()]
    import difflib  # only for a file with a mistake in it

    matches = difflib.get_close_matches(str(loc[-1]).lower(), known, n=1, cutoff=0.6)
    return matches[0] if matches else None


def _reference_problems(answers: Answers, data: Any, locate: LineLookup):
    ids = [party.id for party in answers.parties]
    known = ", ".join(ids)
    for section, key in PARTY_REFERENCES:
        for index, item in enumerate(data.get(section) or []):
            reference = item.get(key) if isinstance(item, dict) else None
            if reference is not None and str(reference).strip() not in ids:
                yield _unknown_party(locate, (section, index, key), reference, ids, known)
    supporter = (data.get("borging") or {}).get("ondersteuner") if isinstance(data.get("borging"), dict) else None
    if supporter is not None and str(supporter).strip() not in ids:
        yield _unknown_party(locate, ("borging", "ondersteuner"), supporter, ids, known)


def _unknown_party(locate: LineLookup, loc: tuple[Any, ...], reference: Any, ids: list[str], known: str) -> Problem:
    import difflib

    close = difflib.get_close_matches(str(reference), ids, n=1, cutoff=0.5)
    hint = f"bedoel je '{close[0]}'?" if close else f"gebruik een van: {known}"
    return Problem(path=format_path(loc), line=locate(loc),
                   message=f"'{_shown(reference)}' is geen partij-id uit 'partijen'; {hint}")
