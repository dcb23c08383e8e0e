"""The real `akkoord nieuw` in a pseudo-terminal: from the first question to the .docx, and when the terminal
goes away."""

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

#: A minimal intentieovereenkomst, answered by the question on screen. Enter alone keeps a suggestion.
ANSWERS: list[tuple[str, str]] = [
    (r"Welke overeenkomst stellen jullie op", "2\r"),
    (r"Om welke buurt", "Zuiderveld\r"),
    (r"Titel van de overeenkomst", "\r"),
    (r"Volledige naam van het bewonersinitiatief", "Werkgroep Warm Zuiderveld\r"),
    (r"Rechtsvorm van", "\r"),
    (r"Hoe heet Werkgroep Warm Zuiderveld verderop", "\r"),
    (r"Wie tekent namens de Werkgroep", "mevrouw H. Dijkstra\r"),
    (r"Functie van mevrouw H. Dijkstra", "coördinator van de werkgroep\r"),
    (r"Waar woont mevrouw H. Dijkstra", "Dalfsen\r"),  # a werkgroep's signer is a party herself
    (r"Tekent er nog iemand namens", "\r"),
    (r"Volledige naam van de gemeente", "Staphorstland\r"),
    (r"Hoe heet gemeente Staphorstland verderop", "\r"),
    (r"Wie tekent namens de gemeente", "mevrouw A. van der Meer\r"),
    (r"Functie van mevrouw A. van der Meer", "wethouder Duurzaamheid\r"),  # typed over 'wethouder'
    (r"Doet er nog een partij mee", "\r"),
    (r"Waarom werken jullie samen", "Bewoners willen zelf meebepalen.\r"),
    (r"Wat willen jullie bereiken", "Een gezamenlijk beeld van de warmteopties\r"),
    (r"Hoe zie je dat het gelukt is", "een dorpswarmteplan met drie opties\r"),
    (r"Wanneer moet dat resultaat er zijn", "15-12-2027\r"),
    (r"Nog een doel toevoegen", "\r"),
    (r"De rol van de Werkgroep", "\r"),
    (r"De rol van de Gemeente", "\r"),
    (r"Welke activiteiten met bewoners", "\r"),
    (r"Is er geld of inzet in uren", "2\r"),
    (r"Hoe vaak is er ambtelijk overleg", "\r"),
    (r"Hoe vaak is er bestuurlijk overleg", "\r"),
    (r"Ingangsdatum", "1-4-2027\r"),
    (r"Einddatum", "31-3-2028\r"),
    (r"Is er een beslismoment", "\r"),
    (r"Datum van het beslismoment", "1-2-2028\r"),
    (r"Waarover besluiten jullie dan", "\r"),
    (r"Nog een beslismoment toevoegen", "\r"),
    (r"Plaats van ondertekening", "\r"),
    (r"Wat wil je doen\?", "\r"),
]
TYPED = ["Werkgroep Warm Zuiderveld", "mevrouw H. Dijkstra", "coördinator van de werkgroep", "Dalfsen",
         "mevrouw A. van der Meer", "wethouder Duurzaamheid", "Bewoners willen zelf meebepalen",
         "Een gezamenlijk beeld van de warmteopties", "een dorpswarmteplan met drie opties", "15 december 2027",
         "1 april 2027", "31 maart 2028", "1 februari 2028"]
TITLE = "intentieovereenkomst-aardgasvrij-zuiderveld"


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


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml").decode()
    return " ".join(re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", " ", xml)).split())


def answer_in_order(child, script, stop: str | None = None) -> list[str]:
    """Wait for each question of the script in turn and answer it; stop before `stop`."""
    asked = []
    for pattern, keys in script:
        child.expect(pattern)
        if pattern == stop:
            return asked
        asked.append(pattern)
        child.send(keys)
    return asked


def test_a_minimal_io_stopped_three_ways_resumes_each_time_and_ends_in_a_document(tmp_path):
    """Ctrl-D at a choice, Ctrl-C halfway through typing a text, a closed terminal (SIGHUP) at a date: each
    saves (the half-typed text too), exits 3 without a traceback, and `akkoord nieuw` goes on at that
    question, with the half-typed text on the line; the IO takes at most 40 prompts."""
    half = "Een gezamenlijk beeld "  # typed before the Ctrl-C; the rest is typed after resuming

    def half_then_ctrl_c(child):
        child.send(half)
        drain(child)
        child.sendcontrol("c")

    stops = [(r"Doet er nog een partij mee", lambda child: child.sendcontrol("d")),
             (r"Wat willen jullie bereiken", half_then_ctrl_c),
             (r"Ingangsdatum", lambda child: child.kill(signal.SIGHUP))]
    child = spawn(tmp_path)
    script = list(ANSWERS)
    asked: list[str] = []
    for number, (question, stop) in enumerate(stops):
        asked += answer_in_order(child, script, stop=question)
        script = script[[pattern for pattern, _ in script].index(question):]
        drain(child)
        stop(child)
        child.expect(pexpect.EOF)
        output = child.before
        child.close()
        assert child.exitstatus == 3 and child.signalstatus is None, (question, output[-500:])
        assert "Traceback" not in output
        concept = tmp_path / f"{TITLE}.concept.yaml"
        assert concept.exists()
        if number < 2:
            assert "akkoord nieuw --hervat" in output
        child = spawn(tmp_path)
        child.expect("Verder met het concept")
        child.send("\r")
        child.expect(question)
        assert "Om welke buurt" not in child.before, "answered questions are not asked again"
        answer = dict(ANSWERS)[question]
        if stop is half_then_ctrl_c:
            assert "staat bij die vraag weer klaar" in output
            child.expect(half.strip())  # the half-typed text is on the line again
            answer = answer.removeprefix(half)
        child.send(answer)
        asked.append(question)
        script = script[1:]
        assert len(list(tmp_path.glob("*.concept*.yaml"))) == 1, "one concept, continued, not a new one per run"
    asked += answer_in_order(child, script)
    child.expect(r"Wat nu\?")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert len(asked) <= 40, asked
    text = docx_text(tmp_path / f"{TITLE}.docx")
    for typed in TYPED:
        # A noun phrase inside a list item starts in lower case ('een gezamenlijk beeld ...', answers/shapes.py).
        assert typed in text or typed[:1].lower() + typed[1:] in text, typed
    assert "wethouderwethouder" not in text and "wethouder Duurzaamheid" in text, "typing replaced the suggestion"
    assert not list(tmp_path.glob("*.concept*.yaml"))


def test_without_a_terminal_it_points_to_akkoord_maak(tmp_path):
    result = subprocess.run(COMMAND, check=False, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30,
                            cwd=tmp_path)
    assert result.returncode == 2
    assert "terminal" in result.stderr and "akkoord maak" in result.stderr
    assert "Error" not in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())


#: A full samenwerkingsovereenkomst: the short path, then every other question from the review screen.
SOK_FULL: list[tuple[str, str]] = [
    (r"Welke overeenkomst stellen jullie op", "\r"),
    (r"Om welke buurt", "Oosterwijk\r"),
    (r"Titel van de overeenkomst", "\r"),
    (r"Volledige naam van het bewonersinitiatief", "Energiecoöperatie Oosterwijk Duurzaam U.A.\r"),
    (r"Rechtsvorm van", "\r"),
    (r"Hoe heet Energiecoöperatie", "\r"),
    (r"Wie tekent namens de Coöperatie", "mevrouw J.M. Bakker\r"),
    (r"Functie van mevrouw J.M. Bakker", "voorzitter\r"),
    (r"Tekent er nog iemand namens", "1\r"),
    (r"Wie tekent namens de Coöperatie", "de heer K. Smit\r"),
    (r"Functie van de heer K. Smit", "penningmeester\r"),
    (r"Tekent er nog iemand namens", "\r"),
    (r"Volledige naam van de gemeente", "Noorderzijl\r"),
    (r"Hoe heet gemeente Noorderzijl", "\r"),
    (r"Wie tekent namens de gemeente", "de heer P. de Haan\r"),
    (r"Functie van de heer P. de Haan", "wethouder Energietransitie\r"),
    (r"Doet er nog een partij mee", "\r"),
    (r"Waarom werken jullie samen", "De Coöperatie wil Oosterwijk aardgasvrij maken.\r"),
    (r"Wat willen jullie bereiken", "Bewoners kennen de warmteplannen\r"),
    (r"Hoe zie je dat het gelukt is", "300 bezoekers op bewonersavonden\r"),
    (r"Wanneer moet dat resultaat er zijn", "31-12-2027\r"),
    (r"Nog een doel toevoegen", "\r"),
    (r"De rol van de Coöperatie", "\r"),
    (r"De rol van de Gemeente", "\r"),
    (r"Welke activiteiten met bewoners", " \r"),
    (r"Beschrijf de activiteit", "\r"),
    (r"Wie voert het uit", "\r"),
    (r"Wat levert het op", "vier avonden met samen 300 bezoekers\r"),
    (r"Uiterlijk wanneer", "30-11-2027\r"),
    (r"Worden hierbij namen", "\r"),
    (r"Is er geld of inzet in uren", "\r"),
    (r"Wie betaalt of levert het", "\r"),
    (r"Wat voor financiering is het", "\r"),
    (r"Wie ontvangt het", "\r"),
    (r"Bedrag in euro", "45.000\r"),
    (r"Vanaf welke datum", "1-1-2027\r"),
    (r"Tot en met welke datum", "31-12-2027\r"),
    (r"Nog een geldbron toevoegen", "\r"),
    (r"Hoe vaak is er ambtelijk overleg", "2\r"),
    (r"Hoe vaak is er bestuurlijk overleg", "\r"),
    (r"Ingangsdatum", "1-2-2027\r"),
    (r"Einddatum", "31-12-2029\r"),
    (r"Plaats van ondertekening", "\r"),
    (r"Wat wil je doen\?", "\x1b[B\r"),  # the rest of the questions
    (r"KvK-nummer van", "12345678\r"),
    (r"Adres van Energiecoöperatie", "Lindelaan 12, 9731 AB Noorderzijl\r"),
    (r"Statutaire zetel van", "\r"),
    (r"Adres van gemeente", "Raadhuisplein 1, 9731 AA Noorderzijl\r"),
    (r"Datum van het collegebesluit", "12-1-2027\r"),
    (r"Kenmerk of zaaknummer", "Z/27/004512\r"),
    (r"Datum van de volmacht", "10-1-2027\r"),
    (r"Kenmerk van het volmachtbesluit", "V/27/0012\r"),
    (r"Op welke datum schreef het college de raad", "\r"),  # no wensen-en-bedenkingen procedure
    (r"In welk arrondissement ligt gemeente Noorderzijl", "Noord-Nederland\r"),
    (r"Welk beleid van de gemeente", "In de Transitievisie Warmte is Oosterwijk een van de eerste wijken.\r"),
    (r"Wat is er al gebeurd", "In 2026 waren er drie bewonersavonden.\r"),
    (r"Vaste contactpersoon van de Coöperatie", "R. de Vries\r"),
    (r"Functie van de contactpersoon", "secretaris\r"),
    (r"E-mailadres van de contactpersoon", "r.devries@oosterwijk.nl\r"),
    (r"Hoeveel uur per maand zet de Coöperatie", "20\r"),
    (r"Taak van de Coöperatie 1", "bewonersavonden organiseren\r"),
    (r"Taak van de Coöperatie 2", "\r"),
    (r"Vaste contactpersoon van de Gemeente", "S. Veenstra\r"),
    (r"Functie van de contactpersoon", "projectleider warmtetransitie\r"),
    (r"E-mailadres van de contactpersoon", "s.veenstra@noorderzijl.nl\r"),
    (r"Hoeveel uur per maand zet de Gemeente", "32\r"),
    (r"Taak van de Gemeente 1", "het wijkuitvoeringsplan voorbereiden\r"),
    (r"Taak van de Gemeente 2", "\r"),
    (r"Met welke middelen", "de zaal in het wijkcentrum\r"),
    (r"Hoe hard is de afspraak", "\r"),
    (r"Waarvoor is het bedoeld", "projectleiding en communicatie\r"),
    (r"Voorwaarden en verantwoording", "een verslag vóór 1 april 2028\r"),
    (r"Wat gebeurt er als deze financiering afloopt", "\r"),
    (r"Wie zitten er aan tafel bij het ambtelijk", "\r"),
    (r"voorzitter van het ambtelijk overleg", "2\r"),
    (r"secretariaat van het ambtelijk overleg", "2\r"),
    (r"Hoe besluit het ambtelijk overleg", "\r"),
    (r"Wie zitten er aan tafel bij het bestuurlijk", "\r"),
    (r"voorzitter van het bestuurlijk overleg", "\r"),
    (r"secretariaat van het bestuurlijk overleg", "\r"),
    (r"Hoe besluit het bestuurlijk overleg", "\r"),
    (r"Wat gebeurt er als de vaste contactpersoon", "\r"),
    (r"Wie neemt waar", "het teamhoofd Duurzaamheid\r"),
    (r"Hoe wordt de gemeenteraad betrokken", "\r"),
    (r"Hoe wordt de samenwerking verankerd", "\r"),
    (r"Op welke data evalueren", "1-12-2027, 1-12-2028\r"),
    (r"Hoe evalueren jullie", "samen, aan de hand van de doelen\r"),
    (r"Wat is de volgende stap", "\r"),
    (r"Hoeveel werkdagen vooraf", "10\r"),  # typed over the suggested 5
    (r"Eigen afspraak 1", "de Gemeente stelt de zaal kosteloos beschikbaar\r"),
    (r"Eigen afspraak 2", "\r"),
    (r"Kan de overeenkomst verlengd worden", "\r"),
    (r"Opzegtermijn in maanden", "6\r"),
    (r"Afbouwperiode na opzegging", "\r"),
    (r"Is er een beslismoment", "\r"),
    (r"Datum van ondertekening", "15-1-2027\r"),
    (r"Wat wil je doen\?", "\r"),
]
SOK_TYPED = ["Energiecoöperatie Oosterwijk Duurzaam U.A.", "mevrouw J.M. Bakker", "de heer K. Smit", "penningmeester",
             "wethouder Energietransitie", "300 bezoekers op bewonersavonden", "vier avonden met samen 300 bezoekers",
             "45.000", "12345678", "Lindelaan 12, 9731 AB Noorderzijl", "Z/27/004512", "V/27/0012",
             "eerste wijken", "drie bewonersavonden", "R. de Vries", "s.veenstra@noorderzijl.nl",
             "bewonersavonden organiseren", "het wijkuitvoeringsplan voorbereiden", "de zaal in het wijkcentrum",
             "projectleiding en communicatie", "het teamhoofd Duurzaamheid", "samen, aan de hand van de doelen",
             "ten minste tien Werkdagen vooraf", "De Gemeente stelt de zaal kosteloos beschikbaar", "15 januari 2027",
             "rechtbank Noord-Nederland", "De Gemeente levert de voorzitter en voert het secretariaat"]


def test_a_full_sok_in_at_most_100_prompts_with_every_typed_answer_in_the_document(tmp_path):
    child = spawn(tmp_path)
    asked = answer_in_order(child, SOK_FULL)
    child.expect(r"Wat nu\?")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert len(asked) <= 100, len(asked)
    text = docx_text(tmp_path / "samenwerkingsovereenkomst-aardgasvrij-oosterwijk.docx")
    # A typed text may change the case of its first letter: a sentence starts with a capital, a noun
    # phrase inside a list item with a small letter (answers/shapes.py).
    missing = [typed for typed in SOK_TYPED
               if not any(form in text
                          for form in (typed, typed[:1].upper() + typed[1:], typed[:1].lower() + typed[1:]))]
    assert not missing, missing
    assert "510" not in text
