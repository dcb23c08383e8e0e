"""The terminal side of the wizard: a choice always fits on its line."""

from __future__ import annotations

import os

from hypothesis import given
from hypothesis import strategies as st

from akkoord.wizard import ui
from akkoord.wizard.ui import QuestionaryUI, fit


@given(st.text(min_size=0, max_size=200), st.integers(20, 120))
def test_a_label_fits_its_room_and_keeps_its_start_and_end(label, room):
    shown = fit(label, room)
    assert len(shown) <= room
    if len(label) <= room:
        assert shown == label
    else:
        head, _, tail = shown.partition("…")
        assert label.startswith(head.rstrip()) and label.endswith(tail.lstrip()) and len(tail.lstrip()) >= 5


def test_a_long_concept_name_in_a_choice_list_fits_an_80_column_terminal(monkeypatch):
    asked = {}

    class Question:
        application = type("App", (), {"key_bindings": None})()

        def unsafe_ask(self):
            return asked["choices"][0].value

    def select(message, choices, **options):
        asked["choices"] = choices
        return Question()

    monkeypatch.setattr(ui.questionary, "select", select)
    monkeypatch.setattr(ui.shutil, "get_terminal_size", lambda fallback=None: os.terminal_size((80, 24)))
    name = "intentieovereenkomst-aardgasvrij-zuiderveld-en-omstreken-tweede-ronde.concept.yaml"
    QuestionaryUI(printer=lambda *a, **k: None).select("verder", "Verder?", [(f"Verder met {name}", name),
                                                                            ("Nieuw beginnen", None)])
    titles = [choice.title for choice in asked["choices"]]
    assert all(len(" » 1) " + title) <= 80 for title in titles)
    assert titles[0].endswith("tweede-ronde.concept.yaml") and titles[1] == "Nieuw beginnen"


def test_the_wizard_reads_a_typed_number_with_the_models_own_limits():
    import pytest
    from pydantic import ValidationError

    from akkoord.answers.model import Role, Term
    from akkoord.wizard.fields import parse

    assert parse(Role, "uren_per_maand", "16 uur") == 16
    for model, key, typed in ((Role, "uren_per_maand", "-6"), (Term, "opzegtermijn_maanden", "-3 maanden")):
        with pytest.raises(ValidationError):
            parse(model, key, typed)
