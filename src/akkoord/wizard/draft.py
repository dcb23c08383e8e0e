"""The wizard's answers while they are being gathered: kept in YAML order, saved atomically as a concept."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from akkoord.answers.declare import Record
from akkoord.errors import UserError
from akkoord.output import write_file
from akkoord.wizard.fields import SourceText

CONCEPT_SUFFIX = ".concept.yaml"
_HEADER = "# akkoord-nieuw:"
_UNTITLED = "nieuwe-overeenkomst"


class _NumbersAsWritten(RoundTripConstructor):
    """Reads numbers as the text that was written (like the answers loader) but remembers they were numbers."""

    def construct_number_text(self, node: Any) -> SourceText:
        return SourceText(str(node.value), node.tag)


_NumbersAsWritten.add_constructor("tag:yaml.org,2002:int", _NumbersAsWritten.construct_number_text)
_NumbersAsWritten.add_constructor("tag:yaml.org,2002:float", _NumbersAsWritten.construct_number_text)


def _represent_source_text(representer: Any, value: SourceText) -> Any:
    return representer.represent_scalar(value.tag, str(value))


def round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _NumbersAsWritten
    yaml.Representer.add_representer(SourceText, _represent_source_text)
    yaml.indent(mapping=2, sequence=4, offset=2)
    # Never rewrap: a line the user did not change must stay as they wrote it.
    yaml.width = 4096
    yaml.preserve_quotes = True
    return yaml


def slug(title: str) -> str:
    """A file name from a title: 'Samenwerking Oosterwijk' -> 'samenwerking-oosterwijk'."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:80] or _UNTITLED


# --- keeping keys in the order of the answers file ----------------------------------------------------

def key_order(model: type[Record]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def yaml_safe(value: Any) -> Any:
    """Text that a YAML 1.1 reader would take for something else ('On', 'nee', '2027-01-01') is quoted,
    so `akkoord maak` reads exactly what the wizard wrote."""
    if not isinstance(value, str) or isinstance(value, SourceText):
        return value
    import yaml as pyyaml

    try:
        same = pyyaml.safe_load(value) == value
    except pyyaml.YAMLError:
        same = False
    return value if same else SingleQuotedScalarString(value)


def put(node: CommentedMap, key: str, value: Any, model: type[Record] | None) -> None:
    """Set node[key]; a new key goes where the answers file expects it, after the keys before it."""
    value = yaml_safe(value)
    if key in node or model is None:
        node[key] = value
        return
    order = key_order(model)
    rank = order.index(key) if key in order else len(order)
    position = 0
    for index, existing in enumerate(node):
        if existing in order and order.index(existing) < rank:
            position = index + 1
    if position >= len(node):
        node[key] = value
    else:
        node.insert(position, key, value)


# --- paths -------------------------------------------------------------------------------------------

def walk(node: Any, path: str = "") -> Iterator[tuple[str, Any, Any, Any]]:
    """Yield (path, parent, key, value) for every value below node."""
    if isinstance(node, dict):
        for key, value in node.items():
            child = f"{path}.{key}" if path else str(key)
            yield child, node, key, value
            yield from walk(value, child)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            child = f"{path}[{index}]"
            yield child, node, index, value
            yield from walk(value, child)


def prune(node: Any, path: str, keep: set[str]) -> None:
    """Remove the empty answers (left open in the wizard) that the user did not write themselves."""
    if isinstance(node, dict):
        for key in list(node):
            child = f"{path}.{key}" if path else str(key)
            prune(node[key], child, keep)
            value = node[key]
            if child not in keep and (value is None or (isinstance(value, (dict, list)) and not value)):
                del node[key]
    elif isinstance(node, list):
        for index, value in enumerate(node):
            prune(value, f"{path}[{index}]", keep)


# --- the draft ---------------------------------------------------------------------------------------

class Draft:
    """All answers so far, where they are saved, and how far the wizard got."""

    def __init__(self, data: CommentedMap | None = None, *, concept: Path | None = None,
                 target: Path | None = None, done: set[str] | None = None, folder: Path | None = None) -> None:
        self.data: CommentedMap = data if data is not None else CommentedMap()
        #: Where the concept is saved; chosen at the first save unless resuming one.
        self.concept = concept
        #: The answers file to write at the end (given with --vanaf), or None for a name from the title.
        self.target = target
        #: Finished steps: 'sectie:partijen' for sections, 'partijen[0]' for finished list items.
        self.done: set[str] = done or set()
        self.folder = folder or (target.parent if target else Path("."))
        #: Empty values the user wrote in their own file; the wizard leaves those alone.
        self.own_empty: set[str] = {path for path, _, _, value in walk(self.data) if value is None or value == []}
        #: The review screen's section that was open, to return there after an interruption.
        self.open_view: str | None = None
        #: What was on the line of a text question at a Ctrl-C, by question id (at most one).
        self.half_typed: dict[str, str] = {}
        #: A cheap snapshot of what the last save wrote (answers, markers, names), to skip the YAML dump.
        self._saved_state: tuple[Any, ...] | None = None
        self._resumed = concept is not None
        self._concept_basis = concept

    # loading ----------------------------------------------------------------------------------------

    @classmethod
    def from_answers_file(cls, path: Path) -> Draft:
        data = _load(path, _read(path))
        return cls(data, target=path, folder=path.parent)

    @classmethod
    def from_concept(cls, path: Path) -> Draft:
        text = _read(path)
        header: dict[str, str] = {}
        kept = []
        for line in text.splitlines(keepends=True):
            if line.startswith(_HEADER):
                name, _, value = line[len(_HEADER):].strip().partition(":")
                header[name.strip()] = value.strip()
            else:
                kept.append(line)
        data = _load(path, "".join(kept))
        done = {item.strip() for item in header.get("klaar", "").split(",") if item.strip()}
        target = Path(header["doel"]) if header.get("doel") else None
        draft = cls(data, concept=path, target=target, done=done, folder=path.parent)
        own = header.get("eigen-leeg", "")
        draft.own_empty = {item.strip() for item in own.split(",") if item.strip()}
        draft.open_view = header.get("open") or None
        qid, _, typed = header.get("half-getypt", "").partition(" ")
        # A header line edited by hand into something else: the question is simply asked afresh.
        with contextlib.suppress(ValueError):
            if qid and typed:
                draft.half_typed = {qid: str(json.loads(typed))}
        return draft

    # saving -----------------------------------------------------------------------------------------

    def _wanted_concept(self) -> Path:
        if self.target is not None:
            stem = self.target.name.removesuffix(self.target.suffix)
        else:
            title = self.data.get("titel")
            stem = slug(str(title)) if title else _UNTITLED
        return self.folder / f"{stem}{CONCEPT_SUFFIX}"

    def save(self) -> Path:
        """Write everything answered so far to the concept file, atomically."""
        wanted = self._wanted_concept()
        if self.concept is None or (not self._resumed and wanted != self._concept_basis):
            # A first save, or the title changed: take a free name, never another run's concept.
            written = write_file(wanted, self.concept_text(wanted).encode("utf-8"))
            if self.concept is not None:
                self.concept.unlink(missing_ok=True)
            self.concept, self._concept_basis = written.path, wanted
            if written.path == wanted:
                self._saved_state = self._state(wanted)
                return wanted
        state = self._state(self.concept)
        if state != self._saved_state or not self.concept.exists():
            # Unchanged since the last save (a step marked after its answer): no dump, write and sync.
            # The snapshot covers every key, value, type and order, so a changed answer is always written.
            write_file(self.concept, self.concept_text(self.concept).encode("utf-8"), overwrite=True)
            self._saved_state = state
        return self.concept

    def _state(self, path: Path) -> tuple[Any, ...]:
        return (path.name, tuple(sorted(self.done)), self.target, self.open_view, tuple(self.half_typed.items()),
                tuple(sorted(self.own_empty)), _snapshot(self.data))

    def concept_text(self, path: Path) -> str:
        header = [
            f"{_HEADER} concept uit de wizard; nog niet af. Bewerk de regels hieronder gerust.",
            f"{_HEADER} verder gaan: akkoord nieuw --hervat {path.name}",
            f"{_HEADER} klaar: {', '.join(sorted(self.done))}",
        ]
        if self.target is not None:
            header.append(f"{_HEADER} doel: {self.target}")
        if self.open_view:
            header.append(f"{_HEADER} open: {self.open_view}")
        if self.own_empty:
            header.append(f"{_HEADER} eigen-leeg: {', '.join(sorted(self.own_empty))}")
        for qid, typed in self.half_typed.items():
            header.append(f"{_HEADER} half-getypt: {qid} {json.dumps(typed, ensure_ascii=False)}")
        return "\n".join(header) + "\n" + self.dump(self.data)

    def discard_concept(self) -> None:
        """The answers file is written: the concept is no longer needed."""
        if self.concept is not None:
            self.concept.unlink(missing_ok=True)

    # the final answers file ---------------------------------------------------------------------------

    def answers_text(self) -> str:
        final = copy.deepcopy(self.data)
        prune(final, "", self.own_empty)
        return self.dump(final)

    @staticmethod
    def dump(data: Any) -> str:
        stream = io.StringIO()
        round_trip_yaml().dump(data, stream)
        return stream.getvalue()

    # progress ---------------------------------------------------------------------------------------

    def finished(self, marker: str) -> bool:
        return marker in self.done

    def mark(self, marker: str) -> None:
        self.done.add(marker)

    def forget_item(self, list_key: str, index: int) -> None:
        """An item was removed from a list: drop its marker and renumber the ones after it."""
        pattern = re.compile(rf"^{re.escape(list_key)}\[(\d+)\]$")
        renumbered = set()
        for marker in self.done:
            match = pattern.match(marker)
            if not match:
                renumbered.add(marker)
            elif int(match.group(1)) > index:
                renumbered.add(f"{list_key}[{int(match.group(1)) - 1}]")
            elif int(match.group(1)) < index:
                renumbered.add(marker)
        self.done = renumbered


def _snapshot(node: Any) -> Any:
    """Everything of node the concept text depends on, as plain tuples: comparing two is far cheaper
    than dumping YAML. Scalar types count too (a quoted string dumps differently from a plain one)."""
    if isinstance(node, dict):
        return ("map", type(node), tuple((key, _snapshot(value)) for key, value in node.items()))
    if isinstance(node, list):
        return ("seq", type(node), tuple(_snapshot(value) for value in node))
    return (type(node), getattr(node, "tag", None), node)


def _read(path: Path) -> str:
    if not path.exists():
        raise UserError(f"{path}: bestand bestaat niet.", "Controleer de naam en de map.")
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"{path}: kan het bestand niet lezen ({error}).") from None


def _load(path: Path, text: str) -> CommentedMap:
    from ruamel.yaml.error import MarkedYAMLError

    from akkoord.answers.loading import parse_answers_text

    parse_answers_text(text, path.name)  # maak's limits first: no alias bomb or deep nesting reaches ruamel
    try:
        data = round_trip_yaml().load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = f", regel {mark.line + 1}" if mark else ""
        raise UserError(f"{path.name}{line}: dit is geen geldige YAML ({error.problem or error.context}).",
                        "Verbeter het bestand in een teksteditor en probeer het opnieuw.") from None
    if data is None:
        return CommentedMap()
    if not isinstance(data, CommentedMap):
        raise UserError(f"{path.name}: dit is geen antwoordenbestand (het bevat geen velden zoals 'titel:').",
                        "Kijk in examples/ hoe een antwoordenbestand eruitziet.")
    return data


def find_concepts(folder: Path) -> list[Path]:
    """Unfinished concepts in a folder, the most recently saved first."""
    found = [path for path in folder.glob(f"*{CONCEPT_SUFFIX}") if path.is_file()]
    return sorted(found, key=lambda path: path.stat().st_mtime, reverse=True)
