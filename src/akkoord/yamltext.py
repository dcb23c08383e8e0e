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
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


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


def parse_yaml(text: str) -> YamlText:
    """Parse YAML; numbers stay the text that was written (the model parses them itself).

    YAML would read `bedrag: 40.000` as 40.0 and `kvk: 01234567` as 1234567; people mean forty
    thousand euros and a KvK number with a leading zero.
    """
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise YamlSyntaxError(str(error.problem or error.context), mark.line + 1 if mark else None) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(str(error), None) from None
    result = YamlText(data=None)
    if node is not None:
        result.data = _build(node, (), result.lines)
    return result


#: Nodes that may be built through aliases (*naam) in one file. Reusing an address or a date via an
#: anchor is a handful; ten nested aliases that each repeat the one before are a billion.
MAX_ALIAS_NODES = 10_000

_MERGE_TAG = "tag:yaml.org,2002:merge"


class _Builder:
    """Turns composed nodes into plain data, following aliases with care.

    libyaml hands back an alias as the very node it names, so a recursive anchor (`&a [*a]`) is a
    cycle and nested aliases multiply; both are refused with the line, instead of recursing forever.
    """

    def __init__(self, lines: dict[Path_, int]) -> None:
        self.lines = lines
        self.seen: set[int] = set()
        self.open: set[int] = set()
        self.alias_nodes = 0

    def build(self, node: yaml.Node, path: Path_) -> Any:
        if id(node) in self.open:
            raise YamlSyntaxError("een verwijzing (*) verwijst naar het onderdeel waar ze zelf in staat",
                                  node.start_mark.line + 1)
        if id(node) in self.seen:
            self.alias_nodes += 1
            if self.alias_nodes > MAX_ALIAS_NODES:
                raise YamlSyntaxError("de verwijzingen (*) herhalen samen te veel; schrijf de waarden uit",
                                      node.start_mark.line + 1)
        self.seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
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
                    if key_node.tag == _MERGE_TAG:
                        pairs.extend(self._merged_pairs(value_node))
                    else:
                        pairs.append((key_node, value_node))
            finally:
                self.open.discard(id(source))
        return pairs


def _build(node: yaml.Node, path: Path_, lines: dict[Path_, int]) -> Any:
    return _Builder(lines).build(node, path)


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
        return node.value.lower() in ("true", "yes", "on", "y")
    if tag == "timestamp":
        try:
            value = _TIMESTAMPS.construct_yaml_timestamp(node)
        except (ValueError, TypeError, AttributeError, OverflowError):
            # Looks like a date but is none (2027-13-45): the text goes on, and the model says what is wrong.
            return node.value
        return value.date() if isinstance(value, dt.datetime) else value
    return node.value
