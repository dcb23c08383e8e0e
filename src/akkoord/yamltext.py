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


def _build(node: yaml.Node, path: Path_, lines: dict[Path_, int]) -> Any:
    if isinstance(node, yaml.MappingNode):
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            key = key if isinstance(key, str) else str(key)
            if key in mapping:
                raise YamlSyntaxError(f"'{key}' staat twee keer in hetzelfde onderdeel; haal er één weg",
                                      key_node.start_mark.line + 1)
            lines[path + (key,)] = key_node.start_mark.line + 1
            mapping[key] = _build(value_node, path + (key,), lines)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            lines[path + (index,)] = item.start_mark.line + 1
            items.append(_build(item, path + (index,), lines))
        return items
    return _scalar(node)


def _scalar(node: yaml.Node) -> Any:
    tag = node.tag.rsplit(":", 1)[-1]
    if tag == "null":
        return None
    if tag == "bool":
        return node.value.lower() in ("true", "yes", "on", "y")
    if tag == "timestamp":
        value = _TIMESTAMPS.construct_yaml_timestamp(node)
        return value.date() if isinstance(value, dt.datetime) else value
    return node.value
