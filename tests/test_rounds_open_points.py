"""Open points: the draft shows each party's proposal in brackets with a comment; final builds refuse."""

from __future__ import annotations

import re
import zipfile

import pytest
from conftest import EXAMPLES
from docx_reading import articles

OPEN = """
open_punten:
  - antwoord: looptijd.opzegtermijn_maanden
    voorstellen:
      cooperatie: 6
      gemeente: 3
    toelichting: De gemeente wil na de eerste evaluatie sneller kunnen bijsturen.
"""


@pytest.fixture
def with_open_point(tmp_path):
    path = tmp_path / "antwoorden.yaml"
    path.write_text((EXAMPLES / "sok-energiecooperatie.yaml").read_text(encoding="utf-8") + OPEN, encoding="utf-8")
    return path


def _comment_on(docx_path, anchored: str) -> str:
    with zipfile.ZipFile(docx_path) as package:
        document = package.read("word/document.xml").decode()
        comments = package.read("word/comments.xml").decode()
    match = re.search(r'<w:commentRangeStart w:id="(\d+)"/><w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr>'
                      rf'<w:t xml:space="preserve">{re.escape(anchored)}</w:t></w:r><w:commentRangeEnd', document)
    assert match, f"no highlighted comment range on {anchored!r}"
    comment = re.search(rf'<w:comment w:id="{match.group(1)}"[^>]*>(.*?)</w:comment>', comments, re.S)
    return "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", comment.group(1)))


def test_draft_shows_both_proposals_in_brackets_with_a_comment_naming_who_proposes_what(run_cli, with_open_point):
    result = run_cli("maak", with_open_point)
    assert result.code == 0, result.err
    built = with_open_point.with_suffix(".docx")
    notice = next(article for article in articles(built) if article.title == "Opzegging en afbouw")
    assert "met inachtneming van een opzegtermijn van [zes / drie] maanden." in notice.leden[0]
    text = _comment_on(built, "[zes / drie]")
    assert "de Coöperatie stelt 6 voor, de Gemeente 3" in text
    assert "De gemeente wil na de eerste evaluatie sneller kunnen bijsturen." in text


@pytest.mark.parametrize("how", ["--strikt", "definitief"])
def test_strict_and_final_builds_refuse_while_points_are_open(run_cli, with_open_point, how):
    args = ["maak", with_open_point]
    if how == "--strikt":
        args.append("--strikt")
    else:
        with_open_point.write_text(with_open_point.read_text(encoding="utf-8").replace("status: concept",
                                                                                       "status: definitief"),
                                   encoding="utf-8")
        assert "status: definitief" in with_open_point.read_text(encoding="utf-8")
    result = run_cli(*args)
    assert result.code == 1
    assert "1 open punt(en)" in result.err and "looptijd.opzegtermijn_maanden: de Coöperatie stelt 6 voor" in result.err
    assert not with_open_point.with_suffix(".docx").exists()


@pytest.mark.parametrize("point, message", [
    ("  - antwoord: looptijd.opzegtermijn\n    voorstellen: {gemeente: 3}\n",
     "open_punten[0].antwoord: 'looptijd.opzegtermijn' is geen veld uit het antwoordenbestand"),
    ("  - antwoord: looptijd.opzegtermijn_maanden\n    voorstellen: {wethouder: 3}\n",
     "open_punten[0].voorstellen.wethouder: 'wethouder' is geen partij-id uit 'partijen'"),
    ("  - antwoord: looptijd.opzegtermijn_maanden\n    voorstellen: {gemeente: drie}\n",
     "open_punten[0].voorstellen: een voorstel past niet bij 'looptijd.opzegtermijn_maanden'"),
])
def test_a_wrong_open_point_is_named_in_dutch(run_cli, tmp_path, point, message):
    path = tmp_path / "antwoorden.yaml"
    path.write_text((EXAMPLES / "sok-energiecooperatie.yaml").read_text(encoding="utf-8") + "\nopen_punten:\n" + point,
                    encoding="utf-8")
    result = run_cli("maak", path)
    assert result.code == 2
    assert message in result.err and "Traceback" not in result.err
