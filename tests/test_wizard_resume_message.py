"""Revising an unfinished answers file greets the user with the file's name, not a Python None."""

from __future__ import annotations

from akkoord.wizard.draft import Draft
from wizard_driver import run_wizard


def test_unfinished_answers_file_is_named_when_going_on(tmp_path):
    answers = tmp_path / "kerkbuurt.yaml"
    answers.write_text("soort: intentieovereenkomst\ntitel: Intentieovereenkomst Kerkbuurt\ngebied: Kerkbuurt\n",
                       encoding="utf-8")
    _, printed = run_wizard([], Draft.from_answers_file(answers), interrupt=True)
    greeting = next(line for line in printed if line.startswith("Verder waar je gebleven was"))
    assert greeting == "Verder waar je gebleven was (kerkbuurt.yaml)."
