"""`akkoord controleer` and `akkoord uitleg` in-process, and warnings in `akkoord maak`."""

from __future__ import annotations

import json
import shutil

import docx
import pytest
from conftest import EXAMPLES, files_in

from akkoord.checks import CHECKS


def test_clean_answers_file_exits_zero(run_cli):
    result = run_cli("controleer", EXAMPLES / "sok-energiecooperatie.yaml")
    assert result.code == 0
    assert "geen waarschuwingen" in result.out


def test_warnings_are_grouped_with_why_and_suggestion(run_cli):
    result = run_cli("controleer", EXAMPLES / "te-algemeen.yaml")
    assert result.code == 1
    assert "\nborging\n" in result.out and "\nfinanciering\n" in result.out
    assert "AK203 niets-geregeld-na-financiering" in result.out
    assert "Waarom: " in result.out and "Participatiecoalitie 2022, §3.2.2" in result.out
    assert "Beter: " in result.out


def test_json_lists_every_finding_with_the_dutch_keys(run_cli):
    result = run_cli("controleer", "--json", EXAMPLES / "te-algemeen.yaml")
    assert result.code == 1
    data = json.loads(result.out)
    assert data and {"code", "naam", "categorie", "niveau", "bericht", "suggestie", "bron", "plaats",
                     "erkend"} <= set(data[0])
    assert {item["categorie"] for item in data} == {"vaag", "korte-termijn", "borging", "rolverdeling", "juridisch"}


def test_acknowledged_warnings_leave_the_output_but_stay_in_json(run_cli, tmp_path):
    source = tmp_path / "a.yaml"
    text = (EXAMPLES / "te-algemeen.yaml").read_text(encoding="utf-8")
    source.write_text(text + '\nerkend:\n  AK203: "financiering na 2027 volgt uit het raadsbesluit"\n  AK999: '
                             '"tikfout"\n',
                      encoding="utf-8")
    result = run_cli("controleer", source)
    assert result.code == 1
    assert "AK203" not in result.out
    assert "1 erkende waarschuwing(en) niet getoond" in result.out
    assert "AK999" in result.err
    data = json.loads(run_cli("controleer", "--json", source).out)
    assert [item["erkend"] for item in data if item["code"] == "AK203"] == ["financiering na 2027 volgt uit het "
                                                                            "raadsbesluit"]


def test_all_acknowledged_exits_zero(run_cli, tmp_path):
    from akkoord.answers.loading import load_answers
    from akkoord.checks import check_answers

    codes = sorted({f.code for f in check_answers(load_answers(EXAMPLES / "te-algemeen.yaml"))})
    source = tmp_path / "a.yaml"
    source.write_text((EXAMPLES / "te-algemeen.yaml").read_text(encoding="utf-8") + "\nerkend:\n" +
                      "".join(f"  {code}: bewust open\n" for code in codes), encoding="utf-8")
    result = run_cli("controleer", source)
    assert result.code == 0
    assert "geen waarschuwingen" in result.out


def test_text_file_is_checked_per_paragraph(run_cli, tmp_path):
    source = tmp_path / "concept.txt"
    source.write_text("Artikel 1\n\nDe coöperatie organiseert vóór 1 juli 2027 ten minste vier bewonersavonden.\n\n"
                      "Partijen overleggen regelmatig\nover de voortgang.\n", encoding="utf-8")
    result = run_cli("controleer", "--json", source)
    assert result.code == 1
    [item] = json.loads(result.out)
    assert (item["code"], item["plaats"], item["tekst"]) == ("AK105", "artikel 1, lid 2",
                                                             "Partijen overleggen regelmatig over de voortgang.")


def test_docx_paragraphs_and_tables_are_checked(run_cli, tmp_path):
    document = docx.Document()
    document.add_paragraph("De gemeente stelt het plan vóór 1 juli 2027 vast.")
    document.add_paragraph("De bijdrage wordt te zijner tijd nader bepaald.")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "De gemeente zorgt voor voldoende middelen."
    source = tmp_path / "concept.docx"
    document.save(str(source))
    result = run_cli("controleer", source)
    assert result.code == 1
    assert "alinea 2: “De bijdrage wordt te zijner tijd nader bepaald.”" in result.out
    assert "AK103" in result.out and "AK104" in result.out


def test_clean_text_exits_zero(run_cli, tmp_path):
    source = tmp_path / "concept.md"
    source.write_text("Partijen overleggen elke zes weken.\n", encoding="utf-8")
    assert run_cli("controleer", source).code == 0


@pytest.mark.parametrize(("name", "content"), [("kapot.docx", b"geen zip"), ("iets.pdf", b"%PDF"),
                                               ("kapot.yaml", b"soort: ["),
                                               ("zip-zonder-word.docx", b"PK\x05\x06" + b"\x00" * 18)])
def test_unreadable_files_are_usage_errors(run_cli, tmp_path, name, content):
    source = tmp_path / name
    source.write_bytes(content)
    result = run_cli("controleer", source)
    assert result.code == 2
    assert result.err.startswith("Fout: ")
    assert "Traceback" not in result.err


def test_missing_file_is_a_usage_error(run_cli, tmp_path):
    assert run_cli("controleer", tmp_path / "weg.txt").code == 2


@pytest.mark.parametrize("check", CHECKS, ids=[c.code for c in CHECKS])
def test_uitleg_shows_every_section(run_cli, check):
    result = run_cli("uitleg", check.code)
    assert result.code == 0
    for heading in ("Wat het signaleert", "Waarom het ertoe doet", "Voorbeeld", "Beter", "Bron"):
        assert f"\n{heading}\n" in result.out
    assert check.source in result.out


def test_uitleg_accepts_lower_case_and_names(run_cli):
    assert run_cli("uitleg", "ak101").out.startswith("AK101 ")
    assert run_cli("uitleg", "geen-evaluatiemoment").out.startswith("AK308 ")


def test_uitleg_unknown_code_suggests_one(run_cli):
    result = run_cli("uitleg", "AK3011")
    assert result.code == 2
    assert "Er is geen controle 'AK3011'" in result.err
    assert "Bedoel je AK301?" in result.err


def test_maak_places_warnings_as_comments_by_akkoord(run_cli, tmp_path):
    source = tmp_path / "te-algemeen.yaml"
    shutil.copy(EXAMPLES / "te-algemeen.yaml", source)
    result = run_cli("maak", source)
    assert result.code == 0, result.err
    assert "waarschuwing(en) (als opmerking in het document gezet)" in result.out
    comments = list(docx.Document(str(tmp_path / "te-algemeen.docx")).comments)
    assert comments and {comment.author for comment in comments} == {"akkoord"}
    assert any("AK203" in comment.text and "Waarom: " in comment.text and "§3.2.2" in comment.text
               for comment in comments)


def test_maak_strikt_refuses_and_writes_nothing(run_cli, tmp_path):
    source = tmp_path / "te-algemeen.yaml"
    shutil.copy(EXAMPLES / "te-algemeen.yaml", source)
    result = run_cli("maak", "--strikt", source)
    assert result.code == 1
    assert "--strikt" in result.err
    assert files_in(tmp_path) == ["te-algemeen.yaml"]
