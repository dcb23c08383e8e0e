"""The clause library: clause files with metadata, validated and compiled when loaded."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar

from jinja2 import Template
from jinja2.exceptions import TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from akkoord.answers.declare import Record, after, spec, validated
from akkoord.answers.loading import format_path, value_message
from akkoord.answers.vocabularies import AgreementType
from akkoord.clause_headers import known as known_header
from akkoord.errors import Remedy, UserError
from akkoord.package_data import package_folder
from akkoord.render import ClauseLoader, make_environment, template_error
from akkoord.template_cache import compiled_expression
from akkoord.yamltext import YamlSyntaxError, YamlText, parse_yaml

# Line by line: the block is the fewest whole lines before a line '---' (a character-wise lazy match is slower).
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n((?:[^\n]*\n)+?)---[ \t]*\n")


class ClauseMeta(Record):
    """The metadata block at the top of a clause file."""

    _config: ClassVar[dict[str, Any]] = {"extra": "forbid", "frozen": True}

    id: str = spec(pattern=r"^[a-z][a-z0-9-]*$", description="Unieke naam, kleine letters en streepjes.")
    titel: str = spec(min_length=1, description="Kop van het artikel.")
    soorten: list[AgreementType] = spec(min_length=1, description="In welke overeenkomsten de clausule staat.")
    volgorde: int = spec(ge=0, description="Plaats in de overeenkomst; lager komt eerder.")
    voorwaarde: str | None = spec(default=None,
                                  description="Jinja-expressie over de antwoorden; de clausule komt er alleen in als "
                                              "die waar is.")
    bindend_in_io: bool = spec(default=False,
                               description="Of dit artikel in een intentieovereenkomst juridisch bindend is.")
    toelichting: str = spec(min_length=1, description="Korte toelichting voor de jurist: waarom het artikel er staat.")
    bron: str = spec(min_length=1,
                     description="Wetsartikel, jurisprudentie of rapportparagraaf waarop het artikel steunt.")
    onderwerpen: list[str] = spec(default_factory=list,
                                  description="Onderdelen van het antwoordenbestand waarover het artikel gaat "
                                              "(bijvoorbeeld financiering); waarschuwingen daarover komen als "
                                              "opmerking bij dit artikel.")

    @after("toelichting", "bron", "titel")
    def _no_blank(cls, value: str, earlier: dict) -> str:
        if not value.strip():
            raise ValueError("is leeg")
        return " ".join(value.split())


@dataclass(frozen=True)
class Clause:
    meta: ClauseMeta
    path: Path
    environment: ImmutableSandboxedEnvironment = field(repr=False, compare=False)
    condition: Any = field(repr=False, compare=False)
    source: str = field(repr=False, compare=False)

    @cached_property
    def template(self) -> Template:
        """Loaded when first rendered: a document leaves out a quarter to half of the built-in clauses."""
        return self.environment.get_template(self.meta.id)

    @property
    def id(self) -> str:
        return self.meta.id

    def applies_to(self, agreement_type: AgreementType) -> bool:
        return agreement_type in self.meta.soorten


@dataclass
class Library:
    """All clauses by id, with the environment they were compiled in."""

    clauses: dict[str, Clause]
    environment: ImmutableSandboxedEnvironment
    _compiled: dict[str, Template] = field(default_factory=dict, repr=False)

    def compiled(self, source: str) -> Template:
        """A template compiled from a string once per library (frame texts are used for every document)."""
        if source not in self._compiled:
            # Through the loader rather than from_string, so the bytecode cache serves it next run.
            name = "frame:" + hashlib.sha1(source.encode("utf-8")).hexdigest()
            loader = self.environment.loader
            assert isinstance(loader, ClauseLoader)
            loader.add(name, source, name)
            self._compiled[source] = self.environment.get_template(name)
        return self._compiled[source]

    def for_type(self, agreement_type: AgreementType) -> list[Clause]:
        chosen = [clause for clause in self.clauses.values() if clause.applies_to(agreement_type)]
        return sorted(chosen, key=lambda clause: (clause.meta.volgorde, clause.id))


def builtin_clause_dir() -> Path:
    return package_folder("akkoord.clauses")


def load_library(extra_dirs: list[Path] | None = None, cache_folder: str | None = None) -> Library:
    """Load the built-in clauses, then each extra folder, whose clauses override by id or add.

    Compiled templates are kept where every run finds them, or in `cache_folder` (the wheel build).
    """
    env = make_environment(cache_folder)
    clauses: dict[str, Clause] = {}
    builtin = builtin_clause_dir()
    for folder in [builtin, *(extra_dirs or [])]:
        if not folder.is_dir():
            raise UserError(f"{folder}: clausulemap bestaat niet of is geen map.",
                            "Geef een map met .md-clausulebestanden op.", remedy=Remedy.CLAUSE_DIRS)
        seen_here: dict[str, Path] = {}
        files = sorted(folder.glob("*.md"))
        for path in files:
            # A user's clause is compiled at once, so its mistakes are reported before anything is made.
            clause = load_clause(path, env, compile_now=folder != builtin)
            if clause.id in seen_here:
                raise UserError(f"{path}: id '{clause.id}' staat ook in {seen_here[clause.id].name}.",
                                "Geef elke clausule in een map een eigen id.")
            seen_here[clause.id] = path
            clauses[clause.id] = clause
    return Library(clauses=clauses, environment=env)


#: A clause is a page of text at most; a bigger file is a mistake or an attack.
MAX_CLAUSE_BYTES = 200_000
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def load_clause(path: Path, env: ImmutableSandboxedEnvironment, *, compile_now: bool = True) -> Clause:
    from akkoord.userfiles import read_text

    # Regular files only and bounded (a FIFO or /dev/zero named x.md is refused); a BOM from
    # Notepad is fine; Word cannot store control characters, so they are named with their line.
    text = read_text(path, what="de clausule", limit=MAX_CLAUSE_BYTES, hint="Geef een gewoon .md-bestand op.")
    if control := _CONTROL.search(text):
        raise UserError(f"{path}, regel {text.count(chr(10), 0, control.start()) + 1}: de clausule bevat een "
                        f"onzichtbaar stuurteken (U+{ord(control.group()):04X}) dat Word niet kan opslaan.",
                        "Typ die regel opnieuw in een gewone teksteditor.")
    match = _FRONT_MATTER.match(text)
    if not match:
        raise UserError(f"{path}, regel 1: een clausule begint met een kopblok tussen twee regels '---'.",
                        "Zie docs/clausules.md voor de opbouw van een clausulebestand.")
    block = match.group(1)
    data = known_header(block)
    if data is None:
        data = _read_header(block, path).data
    if not isinstance(data, dict):
        raise UserError(f"{path}, regel 2: het kopblok moet velden bevatten (id, titel, soorten, ...).")
    meta, errors = validated(ClauseMeta, dict(data))
    if errors is not None:
        parsed = _read_header(block, path)  # for the lines
        problems = []
        for item in errors:
            loc = tuple(item["loc"])
            block_line = parsed.line_of(loc)
            line_text = f", regel {block_line + 1}" if block_line else ""  # the block starts on line 2
            message = "ontbreekt" if item["type"] == "missing" else (
                "is geen bekend veld" if item["type"] == "extra_forbidden" else value_message(item))
            problems.append(f"  {path}{line_text}, {format_path(loc)}: {message}")
        raise UserError("Fout in het kopblok van een clausule:\n" + "\n".join(problems),
                        "De velden staan beschreven in docs/clausules.md.") from None
    # Pad the body with the front matter's lines so template line numbers are file line numbers.
    front_lines = text[: match.end()].count("\n")
    source = "\n" * front_lines + text[match.end():]
    loader = env.loader
    assert isinstance(loader, ClauseLoader)
    loader.add(meta.id, source, str(path))
    try:
        template = env.get_template(meta.id) if compile_now else None
        condition = compiled_expression(env, meta.voorwaarde) if meta.voorwaarde else None
    except TemplateSyntaxError as error:
        if error.lineno and error.name is None and meta.voorwaarde:
            # An error in the condition: point at its line in the file (the block starts on line 2).
            key_line = _read_header(block, path).line_of(("voorwaarde",))
            error.lineno = key_line + 1 if key_line else 0  # 0: no line, as template_error reads it
        raise template_error(error, path) from None
    clause = Clause(meta=meta, path=path, environment=env, condition=condition, source=text)
    if template is not None:
        clause.__dict__["template"] = template  # where the cached property keeps it
    return clause


def _read_header(block: str, path: Path) -> YamlText:
    try:
        return parse_yaml(block)
    except YamlSyntaxError as error:
        line = f", regel {error.line + 1}" if error.line else ""
        raise UserError(f"{path}{line}: het kopblok is geen geldige YAML ({error.message}).") from None


def header_block(text: str) -> str | None:
    """The YAML between the two '---' lines at the top of a clause file."""
    match = _FRONT_MATTER.match(text)
    return match.group(1) if match else None
