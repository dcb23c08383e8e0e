"""Round-trip YAML (ruamel): reading answers files for editing while keeping comments and key order."""

from __future__ import annotations

from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor


class _SourceTextConstructor(RoundTripConstructor):
    """Keeps numbers as the text that was written.

    YAML would read `bedrag: 40.000` as the float 40.0 and `kvk: 01234567` as 1234567; people mean
    forty thousand euros and a KvK number with a leading zero. The model parses the text itself.
    """

    def construct_source_text(self, node: Any) -> str:
        return str(node.value)


_SourceTextConstructor.add_constructor("tag:yaml.org,2002:int", _SourceTextConstructor.construct_source_text)
_SourceTextConstructor.add_constructor("tag:yaml.org,2002:float", _SourceTextConstructor.construct_source_text)


def yaml_reader() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _SourceTextConstructor
    return yaml
