"""Design properties that keep the review cheap: what importing it costs, and how its work grows.

Speed itself is not tested here (the benchmarks measure it); these are the properties it rests on.
"""

from __future__ import annotations

import json
import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    """The modules loaded by a fresh interpreter that runs `code`."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_importing_the_review_loads_none_of_its_machinery():
    """The checks catalogue imports `akkoord.review.rules` on every start, `akkoord maak` included."""
    loaded = _modules_after("import akkoord.review.rules")
    assert not {"akkoord.review.reading", "akkoord.review.structure", "akkoord.review.provisions",
                "akkoord.review.commitment", "lxml.etree"} & loaded


#: Counts every pattern made, compiled afresh or built from the code an earlier run compiled (patterns.py):
#: both end in `_sre.compile`.
COUNT_COMPILES = """
import _sre, sys
compiled = []
_compile = _sre.compile
def counting(*arguments):
    frame = sys._getframe(1)
    while frame and frame.f_code.co_filename.endswith(("re/__init__.py", "re/_compiler.py", "functools.py")):
        frame = frame.f_back
    compiled.append(frame.f_code.co_filename if frame else "?")
    return _compile(*arguments)
_sre.compile = counting
"""


#: The modules of the wording checks and the review (the answers model they may import compiles its own).
OURS = ("/akkoord/review/", "/akkoord/checks/wording.py", "/akkoord/checks/vague_terms.py",
        "/akkoord/checks/commitments.py", "/akkoord/patterns.py")


def _compiled_by_akkoord(code: str) -> list[str]:
    """The files of `OURS` that compiled a regular expression while `code` ran."""
    script = f"{COUNT_COMPILES}\n{code}\nimport json\nprint(json.dumps(compiled))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return [name for name in json.loads(result.stdout.splitlines()[-1]) if any(part in name for part in OURS)]


def test_importing_the_wording_checks_and_the_review_compiles_no_pattern():
    """Patterns are compiled when a check first needs them: `akkoord maak` runs few of them, a short draft not all."""
    assert _compiled_by_akkoord(
        "import akkoord.checks.wording, akkoord.checks.vague_terms, akkoord.checks.commitments\n"
        "import akkoord.review.reading, akkoord.review.word, akkoord.review.structure, akkoord.review.provisions\n"
        "import akkoord.review.commitment, akkoord.review.lexicon") == []


def test_a_text_without_vague_words_is_checked_without_a_pattern_of_the_word_lists():
    """The screens (per code one pattern of the strings its words contain) rule every word list out first."""
    script = (
        "import json\n"
        "from akkoord.checks import vague_terms, wording\n"
        "from akkoord.patterns import LazyPattern\n"
        "assert wording.vague_fragments('De gemeente betaalt op 1 juli 2027 een bedrag van 5.000 euro.') == {}\n"
        "lazy = [value for module in (wording, vague_terms) for value in vars(module).values()\n"
        "        if isinstance(value, LazyPattern) and value.is_compiled]\n"
        "built = [function.cache_info().currsize\n"
        "         for function in (wording._screen_pattern, wording._term_pattern, wording._code_pattern)]\n"
        "print(json.dumps([*built, len(lazy)]))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    screens, terms, codes, lazy = json.loads(result.stdout.splitlines()[-1])
    assert screens >= 1 and (terms, codes, lazy) == (0, 0, 0)


def test_a_lazy_pattern_answers_as_the_compiled_one():
    import re

    from akkoord.patterns import LazyPattern

    text = "Partijen overleggen Zo Nodig; zo nodig later."
    lazy = LazyPattern(r"zo (nodig)", re.IGNORECASE)
    assert not lazy.is_compiled
    compiled = re.compile(r"zo (nodig)", re.IGNORECASE)
    assert lazy.search(text).span() == compiled.search(text).span()  # type: ignore[union-attr]
    assert lazy.is_compiled
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("x", text) == compiled.sub("x", text) and lazy.split(text) == compiled.split(text)
    assert lazy.findall(text) == compiled.findall(text) == ["Nodig", "nodig"]
    assert lazy.match(text) is None and lazy.fullmatch("zo nodig") is not None


def _long_draft(count: int):
    """A draft of `count` paragraphs: articles of ten leden, one lid in fifty with vague words."""
    from akkoord.review.paragraph import Paragraph

    paragraphs = [Paragraph(0, "Samenwerkingsovereenkomst warmtenet De Horst", 0)]
    for index in range(1, count):
        if index % 10 == 1:
            text = f"Artikel {index // 10 + 1} Uitvoering"
        elif index % 50 == 0:
            text = "De gemeente ondersteunt de werkgroep zo veel mogelijk en in overleg."
        else:
            text = f"De werkgroep isoleert {index} woningen."
        paragraphs.append(Paragraph(index, text, 1 if index % 10 == 1 else None))
    return paragraphs


def test_a_draft_of_50_000_paragraphs_is_reviewed_in_linear_time():
    """Ten times the paragraphs, about ten times the work: no step of the review reads the draft per paragraph.

    (100,000 paragraphs pass as well; they take four seconds, too long for the suite.)
    """
    import time

    from akkoord.review import review_paragraphs

    review_paragraphs(_long_draft(1_000))  # patterns compiled, so both runs below do only the review
    times = {}
    for count in (5_000, 50_000):
        draft = _long_draft(count)
        started = time.process_time()
        review = review_paragraphs(draft)
        times[count] = time.process_time() - started
        vague = sum(1 for paragraph in draft if "in overleg" in paragraph.text)
        assert vague >= count // 60  # still a real review: each vague lid is found
        assert sum(1 for item in review.findings if item.finding.code == "AK106") == vague
    assert times[50_000] < 25 * times[5_000], times


def test_the_leden_worth_reading_are_those_that_hold_a_trigger():
    """`candidates` finds with one pattern what testing each trigger string on each lid finds."""
    from review_material import HELD_OUT, TUNING, documents

    from akkoord.review.commitment import candidates, commitment_triggers

    def one_by_one(texts: list[str]) -> set[int]:
        lowered = [" ".join(text.lower().split()) for text in texts]
        return {number for number, text in enumerate(lowered) if any(t in text for t in commitment_triggers())}

    texts = [paragraph.text for part in (TUNING, HELD_OUT) for document in documents(part)
             for paragraph in document.paragraphs]
    assert 0 < len(candidates(texts)) < len(texts)
    assert candidates(texts) == one_by_one(texts)
    # Each trigger on its own, at the start and end of a lid, inside a word, and split by a line break.
    triggers = commitment_triggers()
    texts = [form for trigger in triggers
             for form in (trigger, f"Partijen {trigger.upper()}.", f"x{trigger}y", f"{trigger[:1]}\n{trigger[1:]}")]
    assert candidates(texts) == one_by_one(texts)
    assert candidates([]) == set() and candidates(["", "niets hier"]) == set()
