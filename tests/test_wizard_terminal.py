"""The real `akkoord nieuw` in a pseudo-terminal: from the first question to the .docx, and when the terminal goes away."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

COMMAND = [sys.executable, "-m", "akkoord", "nieuw"]
ENV = {**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1", "NO_COLOR": "1"}

#: What a new volunteer answers, by the question on screen. Enter alone takes the suggested answer.
ANSWERS: list[tuple[str, str]] = [
    (r"Wil je hulp bij het kiezen", "2\r"),
    (r"Welke overeenkomst stellen jullie op", "\r"),
    (r"Om welke buurt", "Oosterwijk\r"),
    (r"Titel van de overeenkomst", "\r"),
    (r"Volledige naam van het bewonersinitiatief", "Stichting Buurtenergie Oosterwijk\r"),
    (r"Rechtsvorm van", "2\r"),
    (r"Hoe heet de partij verderop", "\r"),
    (r"KvK-nummer", "12345678\r"),
    (r"Adres", "\r"),
    (r"Statutaire zetel", "\r"),
    (r"Naam van wie tekent", "A. Jansen\r"),
    (r"Functie(?! van)", "voorzitter\r"),
    (r"Tekent er nog iemand namens", "2\r"),
    (r"Volledige naam van de gemeente", "Noorderzijl\r"),
    (r"Wie tekent namens de gemeente", "P. de Haan\r"),
    (r"Functie van deze ondertekenaar", "\r"),
    (r"Datum van het collegebesluit", "\r"),
    (r"Datum van de volmacht", "\r"),
    (r"Waarom werken jullie samen", "Samen van het aardgas af\r"),
    (r"Welk beleid van de gemeente", "\r"),
    (r"Wat is er al gebeurd", "\r"),
    (r"Wat willen jullie bereiken", "Bewoners praten mee\r"),
    (r"Hoe zie je dat het gelukt is", "200 bezoekers op de bewonersavonden\r"),
    (r"Wanneer moet dat resultaat er zijn", "31-12-2027\r"),
    (r"De rol van", "\r"),
    (r"Vaste contactpersoon van", "\r"),
    (r"Hoeveel uur per maand", "\r"),
    (r"Taak of verantwoordelijkheid", "\r"),
    (r"Welke activiteiten met bewoners", " \r"),
    (r"Beschrijf de activiteit", "\r"),
    (r"Wie voert het uit", "\r"),
    (r"Wat levert het op", "\r"),
    (r"Uiterlijk wanneer", "\r"),
    (r"Met welke middelen", "\r"),
    (r"Hoe hard is de afspraak", "\r"),
    (r"Worden hierbij namen", "\r"),
    (r"Is er geld of inzet in uren", "2\r"),
    (r"Welke afspraken maken jullie", "\r"),
    (r"Hoe vaak\?", "\r"),
    (r"Wie zitten er aan tafel", "\r"),
    (r"contactpersoon van de gemeente vertrekt", "\r"),
    (r"Wie neemt waar", "\r"),
    (r"Hoe wordt de gemeenteraad", "\r"),
    (r"Hoe wordt de samenwerking verankerd", "\r"),
    (r"Op welke data evalueren", "1-12-2027\r"),
    (r"Hoe evalueren jullie", "\r"),
    (r"Wat is de volgende stap naar het wijkuitvoeringsplan", "\r"),
    (r"Hoeveel werkdagen vooraf", "\r"),
    (r"Ingangsdatum", "1-2-2027\r"),
    (r"Einddatum", "31-12-2028\r"),
    (r"Kan de overeenkomst verlengd", "\r"),
    (r"Opzegtermijn in maanden", "\r"),
    (r"Afbouwperiode", "\r"),
    (r"Plaats van ondertekening", "\r"),
    (r"Datum van ondertekening", "\r"),
    (r"\w+: wat wil je doen", "2\r"),  # a list menu: done
    (r"Wat doe je met de waarschuwing", "2\r"),  # warnings for a section: go on
    (r"Document maken, of eerst een onderdeel wijzigen", "1\r"),
]


def spawn(folder: Path, *args: str):
    return pexpect.spawn(COMMAND[0], COMMAND[1:] + list(args), cwd=str(folder), env=ENV, encoding="utf-8",
                         dimensions=(40, 120), timeout=30)


def drain(child, quiet: float = 0.1) -> str:
    """Everything the wizard draws until it has been quiet for a moment (it waits for a key then)."""
    text = ""
    while True:
        try:
            text += child.read_nonblocking(65536, timeout=quiet)
        except pexpect.TIMEOUT:
            return text
        except pexpect.EOF:
            raise Ended(text) from None


class Ended(Exception):
    """The wizard stopped; the exception holds what it drew last."""


def answer_until(child, stop: str, answers=ANSWERS, limit: int = 300) -> list[str]:
    """Answer each question as it appears until `stop` is on screen; return the questions answered."""
    asked: list[str] = []
    screen = ""
    for _ in range(limit):
        try:
            screen += drain(child)
        except Ended as ended:
            screen += str(ended)
            if re.search(stop, screen):
                return asked
            raise AssertionError(f"ended after answering {asked}: {screen[-1500:]!r}") from None
        if re.search(stop, screen):
            return asked
        # The question waiting for an answer is the one drawn last; the one before it is drawn again
        # with its answer, so a question just answered only counts when it is drawn a second time.
        found = sorted((match.start(), pattern, keys) for pattern, keys in answers
                       for match in re.finditer(pattern, screen))
        if not found or (asked and found[-1][1] == asked[-1] and len(found) == 1):
            continue
        _, pattern, keys = found[-1]
        asked.append(pattern)
        screen = ""
        child.send(keys)
    raise AssertionError(f"did not reach {stop!r}; answered {asked}: {screen[-600:]!r}")


def test_a_new_volunteer_goes_from_the_first_question_to_the_document(tmp_path):
    child = spawn(tmp_path)
    asked = answer_until(child, r"Wat nu\?")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Wat willen jullie bereiken" in asked and r"Welke afspraken maken jullie" in asked
    document = tmp_path / "samenwerkingsovereenkomst-aardgasvrij-oosterwijk.docx"
    answers = tmp_path / "samenwerkingsovereenkomst-aardgasvrij-oosterwijk.yaml"
    assert answers.exists() and document.exists()
    with zipfile.ZipFile(document) as docx:
        body = docx.read("word/document.xml").decode()
    assert "Stichting Buurtenergie Oosterwijk" in body and "200 bezoekers" in body


def test_closing_the_terminal_keeps_every_answer_and_resume_continues(tmp_path):
    child = spawn(tmp_path)
    answer_until(child, r"Wat willen jullie bereiken")
    child.kill(signal.SIGHUP)
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus is None and child.exitstatus == 3
    concept = tmp_path / "samenwerkingsovereenkomst-aardgasvrij-oosterwijk.concept.yaml"
    text = concept.read_text()
    assert "Stichting Buurtenergie Oosterwijk" in text and "Samen van het aardgas af" in text

    child = spawn(tmp_path, "--hervat", concept.name)
    child.expect(r"Wat willen jullie bereiken")
    assert "Om welke buurt" not in child.before, "answered questions are not asked again"
    child.send("\x03")
    child.expect(r"akkoord nieuw --hervat")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 3
    assert "Stichting Buurtenergie Oosterwijk" in concept.read_text()


def test_without_a_terminal_it_points_to_akkoord_maak(tmp_path):
    result = subprocess.run(COMMAND, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30,
                            cwd=tmp_path)
    assert result.returncode == 2
    assert "terminal" in result.stderr and "akkoord maak" in result.stderr
    assert "Error" not in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())
