"""`section.field` on a mapping takes the item at once, and resolves exactly as jinja's sandbox does."""

from __future__ import annotations

import pytest
from jinja2.runtime import Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from akkoord.provenance import _READS, ReadLog, trace_answers
from akkoord.render import make_environment


class WithFallback(dict):
    def __getattr__(self, name):
        return f"attribute {name}"


def mappings():
    traced = trace_answers({"looptijd": {"einde": "2030", "path": "een veld met die naam", "items": "x",
                                         "get": "y", "__class__": "z"}})["looptijd"]
    plain = {"einde": "2030", "items": "x", "keys": "k", "mro": "m"}
    return [traced, plain, WithFallback(einde="2030")]


def shown(value):
    return ("undefined", value._undefined_name) if isinstance(value, Undefined) else value


@pytest.mark.parametrize("attribute", ["einde", "path", "items", "get", "keys", "mro", "__class__", "copy",
                                       "ontbreekt", "__init__", "pop"])
def test_every_name_resolves_as_in_jinjas_sandbox(attribute):
    ours = make_environment()
    theirs = ImmutableSandboxedEnvironment()
    for mapping in mappings():
        assert shown(ours.getattr(mapping, attribute)) == shown(theirs.getattr(mapping, attribute)), \
            (type(mapping).__name__, attribute)


def test_a_field_taken_at_once_is_still_logged_as_read():
    section = trace_answers({"looptijd": {"einde": "2030"}})["looptijd"]
    section.path = "looptijd"
    log = ReadLog()
    token = _READS.set(log)
    try:
        assert make_environment().getattr(section, "einde") == "2030"
    finally:
        _READS.reset(token)
    assert [path for _, path in log] == ["looptijd.einde"]
