"""The terms of a code, each compiled on its own, find exactly what one alternation of them all finds.

`checks.wording.matches` compiles only the terms whose trigger strings occur in a sentence and merges
their matches; the alternation `_code_pattern` is the reference: same terms, same spans, same order.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from review_material import HELD_OUT, TUNING, documents

from akkoord.checks.required import examples
from akkoord.checks.vague_terms import VAGUE_TERMS
from akkoord.checks.wording import _code_pattern, matches, sentences

DATA = Path(__file__).parent / "data"


def _alternation(code: str, sentence: str) -> list[tuple[int, tuple[int, int]]]:
    return [(int((match.lastgroup or "t0")[1:]), match.span()) for match in _code_pattern(code).finditer(sentence)]


def _merged(code: str, sentence: str) -> list[tuple[int, tuple[int, int]]]:
    return [(index, match.span()) for index, match in matches(code, sentence, sentence.lower())]


def _labelled_sentences() -> list[str]:
    found = []
    for path in [*DATA.glob("*.tsv"), *(DATA / "review").glob("*.tsv")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and "\t" in line:
                found.append(line.split("\t", 1)[1])
    for part in (TUNING, HELD_OUT):
        for document in documents(part):
            found.extend(sentence for paragraph in document.paragraphs for sentence in sentences(paragraph.text))
    return found


def test_the_evaluation_sentences_give_the_same_matches():
    texts = _labelled_sentences()
    assert len(texts) > 400
    flagged = 0
    for text in texts:
        for code in VAGUE_TERMS:
            expected = _alternation(code, text)
            assert _merged(code, text) == expected, (code, text)
            flagged += bool(expected)
    assert flagged > 100  # the comparison covered sentences that match, not only ones that do not


#: Phrases the terms flag ("zo … mogelijk" with a word filled in), and words around and between them.
PHRASES = sorted({phrase.replace("…", "veel") for terms in VAGUE_TERMS.values() for term in terms
                  for phrase in examples(term.pattern, limit=3)})
FILLER = ["de", "gemeente", "later", "dan", "in", "overleg", "zo", "mogelijk", "nader", "te", "bepalen", "Diverse",
          "voldoende,", "te weten", "16", "uur", "per", "week", "-", "geen", "enkele", "tijdig", "niet,", "2027", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PHRASES) | st.sampled_from(FILLER), min_size=1, max_size=14))
def test_any_mix_of_flagged_phrases_gives_the_same_matches(words):
    """Adjacent and overlapping terms of one code, also where a later term starts inside an earlier one."""
    sentence = " ".join(words)
    for code in VAGUE_TERMS:
        assert _merged(code, sentence) == _alternation(code, sentence), (code, sentence)
