"""Reading the catalogue's data files (`checks/controles/`): validated, with their texts filled in.

One YAML file per category (`vaag.yaml`, `borging.yaml`, ...) holds its checks by code; the keys are
the documentation sections (see `schema.py`). `voorbeelden.yaml` holds example blocks that several
checks share. In a check's texts `{naam}` is replaced by the check's threshold `naam` (written out
in words) or by the shared example block `naam`; `{fragment}` in the message is filled per finding.
A broken file is refused with its name, line and field, like an answers file.

This is the slow, careful path (YAML, pydantic, every rule's signature): `catalogue.py` runs it only
when the files or the code that reads them changed, and keeps the result in a cache.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from akkoord.checks.base import Catalogue, Category, Check, ExampleKind, is_document_rule
from akkoord.checks.rules import RULES
from akkoord.checks.schema import CategoryFile, CheckRecord, SharedExamples, dutch_message
from akkoord.checks.wording import VAGUE_TERMS
from akkoord.dutch import in_words
from akkoord.errors import UserError
from akkoord.yamltext import YamlSyntaxError, YamlText, parse_yaml

SHARED_FILE = "voorbeelden.yaml"
#: Filled per finding, not when loading.
FRAGMENT = "fragment"
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_FIX = "Zie de toelichting bovenaan src/akkoord/checks/catalogue_files.py voor de opbouw van een controlebestand."


def load_catalogue(folder: Path) -> Catalogue:
    """Every category file in `folder`, in the order of `Category`, validated and with its texts filled in."""
    shared_path = folder / SHARED_FILE
    shared: dict[str, str] = {}
    if shared_path.exists():
        parsed = _read(shared_path)
        shared = _validate(shared_path, parsed, TypeAdapter(SharedExamples))
        shared = {name: _fill(text, shared, shared_path, parsed, (name,), seen=(name,))
                  for name, text in shared.items()}
    known = {f"{category.value}.yaml" for category in Category} | {SHARED_FILE}
    for path in sorted(folder.glob("*.yaml")):
        if path.name not in known:
            raise UserError(f"{path}: '{path.name}' is geen categorie van controles.",
                            "Noem het bestand naar een categorie: " + ", ".join(sorted(known)) + ".")
    checks: list[Check] = []
    titles: dict[Category, str] = {}
    names: dict[str, str] = {}
    codes: dict[str, Path] = {}
    for category in Category:
        path = folder / f"{category.value}.yaml"
        if not path.exists():
            raise UserError(f"{path}: het bestand met de controles van '{category.value}' ontbreekt.", _FIX)
        parsed = _read(path)
        data = _validate(path, parsed, TypeAdapter(CategoryFile))
        titles[category] = data.title
        for code, record in data.checks.items():
            where = ("controles", code)
            if code in codes:
                _fail(path, parsed, where, f"de code {code} staat ook in {codes[code].name}")
            if record.name in names:
                _fail(path, parsed, (*where, "naam"), f"de naam '{record.name}' is ook die van {names[record.name]}")
            codes[code], names[record.name] = path, code
            checks.append(_check(code, category, record, shared, path, parsed))
    return Catalogue(checks=tuple(checks), titles=titles)


def _read(path: Path) -> YamlText:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"{path}: kan het controlebestand niet lezen ({error}).") from None
    try:
        return parse_yaml(text)
    except YamlSyntaxError as error:
        line = f", regel {error.line}" if error.line else ""
        raise UserError(f"{path}{line}: geen geldige YAML ({error.message}).", _FIX) from None


def _validate(path: Path, parsed: YamlText, adapter: TypeAdapter[Any]) -> Any:
    try:
        return adapter.validate_python(parsed.data)
    except ValidationError as error:
        problems = []
        for item in error.errors():
            loc = tuple(part for part in item["loc"] if part != "[key]")
            problems.append(_located(path, parsed, loc, dutch_message(dict(item))))
        raise UserError("Een controlebestand klopt niet:\n" + "\n".join(f"  {p}" for p in problems), _FIX) from None


def _located(path: Path, parsed: YamlText, loc: tuple[Any, ...], message: str) -> str:
    line = parsed.line_of(loc)
    where = f"{path}, regel {line}" if line else str(path)
    field = ".".join(str(part) for part in loc)
    return f"{where}, {field}: {message}" if field else f"{where}: {message}"


def _fail(path: Path, parsed: YamlText, loc: tuple[Any, ...], message: str) -> None:
    raise UserError("Een controlebestand klopt niet:\n  " + _located(path, parsed, loc, message), _FIX)


def _check(code: str, category: Category, record: CheckRecord, shared: Mapping[str, str],
           path: Path, parsed: YamlText) -> Check:
    where = ("controles", code)
    _check_implementation(code, record, path, parsed)
    values = {**shared, **{name: in_words(value) for name, value in record.thresholds.items()}}
    texts = {}
    for key in ("message", "flags", "why", "example", "better", "suggestion", "source"):
        alias = CheckRecord.model_fields[key].alias or key
        allowed = {**values, FRAGMENT: "{fragment}"} if key == "message" else values
        texts[key] = _fill(getattr(record, key), allowed, path, parsed, (*where, alias))
    if "\n" in texts["message"]:
        _fail(path, parsed, (*where, "melding"), "een melding is één regel")
    return Check(code=code, name=record.name, category=category, level=record.level,
                 example_kind=(ExampleKind.DOCUMENT if is_document_rule(record.rule) else
                               ExampleKind.ANSWERS if record.rule else ExampleKind.TEXT),
                 applies_to=record.applies_to, rule=record.rule, thresholds=dict(record.thresholds), **texts)


def _check_implementation(code: str, record: CheckRecord, path: Path, parsed: YamlText) -> None:
    """Exactly one implementation: a structural rule named in the record, or a word list for its code."""
    where = ("controles", code)
    if record.rule is None:
        if code not in VAGUE_TERMS:
            _fail(path, parsed, where, "heeft geen 'regel' (een functie in checks/structure.py of "
                                       "checks/parties.py) en geen woordenlijst in checks/wording.py")
        if record.thresholds:
            _fail(path, parsed, (*where, "drempels"), "alleen een 'regel' heeft drempels")
        return
    if code in VAGUE_TERMS:
        _fail(path, parsed, (*where, "regel"), "deze code heeft al een woordenlijst in checks/wording.py")
    if is_document_rule(record.rule):
        from akkoord.review.rules import DOCUMENT_RULES

        if record.rule not in DOCUMENT_RULES:
            _fail(path, parsed, (*where, "regel"), f"er is geen regel '{record.rule}' in review/rules.py")
        return
    function = RULES.get(record.rule)
    if function is None:
        _fail(path, parsed, (*where, "regel"), f"er is geen regel '{record.rule}' in checks/structure.py of "
                                                 "checks/parties.py")
    parameters = set(list(inspect.signature(function).parameters)[1:])  # type: ignore[arg-type]
    if parameters != set(record.thresholds):
        wanted = ", ".join(sorted(parameters)) or "geen"
        _fail(path, parsed, (*where, "drempels"), f"de regel {record.rule} gebruikt deze drempels: {wanted}")


def _fill(text: str, values: Mapping[str, str], path: Path, parsed: YamlText, loc: tuple[Any, ...],
          seen: tuple[str, ...] = ()) -> str:
    """Replace each `{naam}`; a block of several lines keeps the indentation of the line it is put on."""
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values or name in seen:
            known = ", ".join(sorted(set(values) - set(seen) - {FRAGMENT})) or "geen"
            _fail(path, parsed, loc, f"'{{{name}}}' is geen drempel van deze controle en geen gedeeld voorbeeld "
                                     f"(bekend: {known})")
        value = values[name]
        if seen:  # a shared block built from another one
            value = _fill(value, values, path, parsed, loc, (*seen, name))
        line_start = text.rfind("\n", 0, match.start()) + 1
        indent = re.match(r"[ ]*", text[line_start:]).group()  # type: ignore[union-attr]
        return value.replace("\n", "\n" + indent)
    return _PLACEHOLDER.sub(replace, text)

