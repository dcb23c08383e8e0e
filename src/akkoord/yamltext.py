"""Fast YAML reading with the line of every key and list item, for located error messages.

Built on libyaml's composer (PyYAML's C loader): about 30 times faster than a round-trip parser,
which matters when a process supporter builds fifty agreements in one call. Round-trip editing
that keeps comments (the wizard) uses ruamel.yaml instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # PyYAML built without libyaml: slower, same result
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path_ = tuple[Any, ...]
_TIMESTAMPS = yaml.constructor.SafeConstructor()


class YamlSyntaxError(ValueError):
    def __init__(self, message: str, line: int | None, path: Path_ = ()) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.path = path


@dataclass
class YamlText:
    """Plain data (dicts, lists, strings, dates, booleans, None) and where each part was written."""

    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, loc: Path_) -> int | None:
        """1-based line of `loc`, or of the nearest enclosing part that was written."""
        for end in range(len(loc), 0, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None


def parse_yaml(text: str, *, max_text: int | None = None) -> YamlText:
    """Parse YAML; numbers stay the text that was written (the model parses them itself).

    YAML would read `bedrag: 40.000` as 40.0 and `kvk: 01234567` as 1234567; people mean forty
    thousand euros and a KvK number with a leading zero. `max_text` bounds every single text value.
    """
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise YamlSyntaxError(dutch_problem(str(error.problem or error.context)),
                              mark.line + 1 if mark else None) from None
    except yaml.reader.ReaderError as error:
        # A raw control character: libyaml names only the position, we name the line.
        line = text[:max(0, error.position)].count("\n") + 1
        character = error.character if isinstance(error.character, str) else chr(error.character or 0)
        raise YamlSyntaxError(f"onzichtbaar stuurteken U+{ord(character):04X} in de tekst; typ die regel opnieuw",
                              line) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(dutch_problem(str(error)), None) from None
    result = YamlText(data=None)
    if node is not None:
        result.data = _Builder(result.lines, max_text).build(node, ())
    return result


class YamlLimitError(YamlSyntaxError):
    """Valid YAML that exceeds a limit (a text too long, nesting too deep, aliases repeating too much)."""


#: libyaml's problems in Dutch, by a fragment of its English text; the English never reaches a user.
_PROBLEMS = (
    ("mapping values are not allowed", "een dubbele punt op een plek waar die niet mag; zet tekst met een "
                                       "dubbele punt erin tussen aanhalingstekens"),
    ("did not find expected ',' or ']'", "een lijst tussen [ ] is niet gesloten; zet er een ] achter"),
    ("did not find expected ',' or '}'", "een groep tussen { } is niet gesloten; zet er een } achter"),
    ("hexdecimal number", "een ongeldige \\x- of \\u-code tussen dubbele aanhalingstekens"),
    ("invalid Unicode character escape", "een \\u-code tussen aanhalingstekens die geen teken is"),
    ("unknown escape character", "een onbekende code na een \\ tussen dubbele aanhalingstekens; "
                                 "schrijf \\\\ of gebruik enkele aanhalingstekens"),
    ("cannot start any token", "een teken waarmee een waarde niet mag beginnen (zoals @, ` of %, of een tab); "
                               "zet de tekst tussen aanhalingstekens en gebruik spaties in plaats van tabs"),
    ("undefined alias", "een verwijzing (*naam) naar een anker (&naam) dat niet bestaat"),
    ("second occurrence", "hetzelfde anker (&naam) staat twee keer in het bestand"),
    ("expected '-' indicator", "een lijst en velden door elkaar op dezelfde inspringing"),
    ("could not find expected ':'", "een regel zonder dubbele punt tussen veldnaam en waarde"),
    ("did not find expected key",
     "de inspringing klopt niet, of er staat iets achter een waarde tussen aanhalingstekens"),
    ("end of stream", "het bestand houdt op midden in een waarde; sluit de aanhalingstekens"),
    ("unknown directive", "een regel die met % begint; haal die weg"),
    ("another document", "meer dan één document (regels met ---); zet alles in één document"),
    ("maximum nesting depth", "te diep ingesprongen (lijsten of groepen in elkaar); schrijf het eenvoudiger"),
    ("tab character", "een tab in de inspringing; gebruik spaties"),
)


def dutch_problem(problem: str) -> str:
    for fragment, dutch in _PROBLEMS:
        if fragment in problem:
            return dutch
    return "de opbouw van het bestand klopt hier niet"


#: Nodes that may be built through aliases (*naam) in one file. Reusing an address or a date via an
#: anchor is a handful; ten nested aliases that each repeat the one before are a billion.
MAX_ALIAS_NODES = 10_000
#: Lists and groups inside each other; an answers file needs about five.
MAX_DEPTH = 50

_MERGE_TAG = "tag:yaml.org,2002:merge"
_BOOLEANS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


class _Builder:
    """Turns composed nodes into plain data, following aliases with care.

    libyaml hands back an alias as the very node it names, so a recursive anchor (`&a [*a]`) is a
    cycle and nested aliases multiply; both are refused with the line, instead of recursing forever.
    """

    def __init__(self, lines: dict[Path_, int], max_text: int | None = None) -> None:
        self.lines = lines
        self.max_text = max_text
        self.seen: set[int] = set()
        self.open: set[int] = set()
        self.alias_nodes = 0

    def build(self, node: yaml.Node, path: Path_) -> Any:
        if id(node) in self.open:
            raise YamlSyntaxError("een verwijzing (*) verwijst naar het onderdeel waar ze zelf in staat",
                                  node.start_mark.line + 1)
        if id(node) in self.seen:
            self._count_alias(node)
        self.seen.add(id(node))
        if len(path) > MAX_DEPTH:
            raise YamlLimitError(f"te diep ingesprongen (meer dan {MAX_DEPTH} lijsten of groepen in elkaar); "
                                 "schrijf het eenvoudiger", node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            if self.max_text is not None and len(node.value) > self.max_text:
                raise YamlLimitError(f"deze tekst is te lang ({len(node.value):,} tekens; hoogstens "
                                     f"{self.max_text:,})".replace(",", "."), node.start_mark.line + 1, path)
            return _scalar(node)
        self.open.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, path)
            items = []
            for index, item in enumerate(node.value):
                self.lines[path + (index,)] = item.start_mark.line + 1
                items.append(self.build(item, path + (index,)))
            return items
        finally:
            self.open.discard(id(node))

    def _count_alias(self, node: yaml.Node) -> None:
        self.alias_nodes += 1
        if self.alias_nodes > MAX_ALIAS_NODES:
            raise YamlLimitError("de verwijzingen (*) herhalen samen te veel; schrijf de waarden uit",
                                 node.start_mark.line + 1)

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        mapping: dict[str, Any] = {}
        merged: list[tuple[yaml.Node, yaml.Node]] = []
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                merged.extend(self._merged_pairs(value_node))
                continue
            key = _key(key_node)
            if key in mapping:
                raise YamlSyntaxError(f"'{key}' staat twee keer in hetzelfde onderdeel; haal er één weg",
                                      key_node.start_mark.line + 1)
            self.lines[path + (key,)] = key_node.start_mark.line + 1
            mapping[key] = self.build(value_node, path + (key,))
        # '<<: *anker' fills in what the mapping itself leaves out (YAML merge keys).
        for key_node, value_node in merged:
            key = _key(key_node)
            if key not in mapping:
                self.lines[path + (key,)] = key_node.start_mark.line + 1
                mapping[key] = self.build(value_node, path + (key,))
        return mapping

    def _merged_pairs(self, node: yaml.Node) -> list[tuple[yaml.Node, yaml.Node]]:
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        pairs: list[tuple[yaml.Node, yaml.Node]] = []
        for source in sources:
            if not isinstance(source, yaml.MappingNode):
                raise YamlSyntaxError("'<<:' moet verwijzen naar een groep velden, bijvoorbeeld <<: *adres",
                                      source.start_mark.line + 1)
            if id(source) in self.open:
                raise YamlSyntaxError("een verwijzing (*) verwijst naar het onderdeel waar ze zelf in staat",
                                      source.start_mark.line + 1)
            self.open.add(id(source))
            try:
                for key_node, value_node in source.value:
                    # Each merged field is a copy, like an alias: nested merges multiply just the same.
                    self._count_alias(key_node)
                    if key_node.tag == _MERGE_TAG:
                        pairs.extend(self._merged_pairs(value_node))
                    else:
                        pairs.append((key_node, value_node))
            finally:
                self.open.discard(id(source))
        return pairs


def _key(node: yaml.Node) -> str:
    """A key as it was written: `on:` and `12:` are the names 'on' and '12', not True and 12."""
    if not isinstance(node, yaml.ScalarNode):
        raise YamlSyntaxError("een veldnaam moet een woord zijn, geen lijst of groep; zet de naam vóór de dubbele punt",
                              node.start_mark.line + 1)
    return node.value


def _scalar(node: yaml.Node) -> Any:
    tag = node.tag.rsplit(":", 1)[-1]
    if tag == "null":
        return None
    if tag == "bool":
        # One dialect with the wizard's YAML 1.2: only true/false are booleans. 'gebied: On' and
        # 'naam: No' are text, and a yes/no field still accepts 'ja', 'yes' or 'on' (the model parses them).
        if node.value in _BOOLEANS:
            return _BOOLEANS[node.value]
        return node.value
    if tag == "timestamp":
        try:
            value = _TIMESTAMPS.construct_yaml_timestamp(node)  # type: ignore[arg-type]  # a scalar, by its tag
        except (ValueError, TypeError, AttributeError, OverflowError):
            # Looks like a date but is none (2027-13-45): the text goes on, and the model says what is wrong.
            return node.value
        return value.date() if isinstance(value, dt.datetime) else value
    return node.value
