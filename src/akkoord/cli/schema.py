"""Command `schema`: the JSON Schema of the answers file."""

from __future__ import annotations

from akkoord.cli.dutch_click import command
from akkoord.cli.printing import echo


@command("schema")
def schema() -> None:
    """Druk het JSON Schema van het antwoordenbestand af (voor automatisch aanvullen in je editor)."""
    import json

    from akkoord.answers.model import Answers

    echo(json.dumps(answers_schema(Answers), ensure_ascii=False, indent=2))


def answers_schema(model) -> dict:
    schema = model.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "akkoord-antwoordenbestand"
    return schema
