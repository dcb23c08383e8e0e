"""`akkoord maak`: where documents go, never losing a user's file, house styles, and user text as data."""

from __future__ import annotations

import json
import zipfile

import docx
import pytest
from conftest import EXAMPLE_FILES, files_in
from docx.shared import Pt
from docx_reading import all_text


def test_builds_beside_the_answers_file(example_copy, run_cli):
    source = example_copy()
    result = run_cli("maak", source)
    assert result.code == 0, result.err
    target = source.with_suffix(".docx")
    assert f"Gemaakt: {target}" in result.out
    assert zipfile.is_zipfile(target)
    assert files_in(source.parent) == sorted([source.name, target.name])  # no temporary files left


def test_existing_document_is_kept_and_new_one_numbered(example_copy, run_cli):
    source = example_copy()
    target = source.with_suffix(".docx")
    target.write_bytes(b"my edits in Word")
    result = run_cli("maak", source)
    assert result.code == 0
    assert target.read_bytes() == b"my edits in Word"
    second = target.with_name(f"{target.stem}-2.docx")
    assert second.exists() and f"Gemaakt: {second}" in result.out
    assert "bestond al en is bewaard" in result.out and "--overschrijf" in result.out
    run_cli("maak", source)
    assert target.with_name(f"{target.stem}-3.docx").exists()


def test_overschrijf_replaces(example_copy, run_cli):
    source = example_copy()
    target = source.with_suffix(".docx")
    target.write_bytes(b"old")
    assert run_cli("maak", source, "--overschrijf").code == 0
    assert zipfile.is_zipfile(target)
    assert not target.with_name(f"{target.stem}-2.docx").exists()


def test_output_path_and_missing_output_folder(example_copy, run_cli, tmp_path):
    source = example_copy()
    chosen = tmp_path / "overeenkomst.docx"
    assert run_cli("maak", source, "-o", chosen).code == 0 and chosen.exists()
    missing = tmp_path / "bestaat-niet" / "x.docx"
    result = run_cli("maak", source, "-o", missing)
    assert result.code == 2
    assert "bestaat-niet" in result.err and "bestaat niet" in result.err
    assert not missing.parent.exists()


def test_many_answers_files_in_one_call(tmp_path, run_cli):
    out = tmp_path / "uit"
    out.mkdir()
    result = run_cli("maak", *EXAMPLE_FILES, "-o", out)
    assert result.code == 0, result.err
    assert files_in(out) == sorted(f"{path.stem}.docx" for path in EXAMPLE_FILES)


def test_one_bad_file_does_not_stop_the_others(tmp_path, example_copy, run_cli):
    good = example_copy()
    bad = tmp_path / "kapot.yaml"
    bad.write_text("soort: samenwerkingsovereenkomst\n", encoding="utf-8")
    out = tmp_path / "uit"
    out.mkdir()
    result = run_cli("maak", bad, good, "-o", out)
    assert result.code == 2
    assert "kapot.yaml" in result.err
    assert files_in(out) == [f"{good.stem}.docx"]


def test_several_files_need_an_output_folder(example_copy, run_cli, tmp_path):
    source = example_copy()
    result = run_cli("maak", source, source, "-o", tmp_path / "een.docx")
    assert result.code == 2 and "moet de uitvoer een map zijn" in result.err
    assert "De uitvoer geef je op met -o (--uit)." in result.err  # the CLI names its own option


def test_user_text_is_data_never_template_code(example_copy, run_cli):
    source = example_copy()
    text = source.read_text(encoding="utf-8")
    text = text.replace("gebied: Oosterwijk", "gebied: \"Oosterwijk {{ 7*7 }} {% if true %}ja{% endif %}\"")
    text = text.replace("      - opstellen van het buurtenergieplan",
                        "      - \"**niet vet** _niet schuin_ <b>geen html</b> {{ gemeente }} 1. geen lijst\"\n"
                        "      - opstellen van het buurtenergieplan")
    source.write_text(text, encoding="utf-8")
    assert run_cli("maak", source).code == 0
    document_text = all_text(source.with_suffix(".docx"))
    assert "Oosterwijk {{ 7*7 }} {% if true %}ja{% endif %}" in document_text
    assert "49" not in document_text.replace("2049", "")
    assert "**niet vet** _niet schuin_ <b>geen html</b> {{ gemeente }} 1. geen lijst" in document_text


def test_house_style_of_the_municipality_is_used(example_copy, run_cli, tmp_path):
    style = docx.Document()
    style.styles["Normal"].font.name = "Georgia"
    style.styles["Normal"].font.size = Pt(12)
    style.sections[0].header.paragraphs[0].text = "Gemeente Noorderzijl – huisstijl"
    style.add_paragraph("inhoud die niet in de overeenkomst mag komen")
    reference = tmp_path / "gemeente.docx"
    style.save(reference)
    source = example_copy()
    assert run_cli("maak", source, "--huisstijl", reference).code == 0
    built = docx.Document(str(source.with_suffix(".docx")))
    assert built.styles["Normal"].font.name == "Georgia"
    assert "Gemeente Noorderzijl – huisstijl" in built.sections[0].header.paragraphs[0].text
    assert "inhoud die niet in de overeenkomst mag komen" not in all_text(source.with_suffix(".docx"))


def test_house_style_without_numbering_part_still_numbers(example_copy, run_cli, tmp_path):
    style = docx.Document()
    part = style.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype.endswith("/numbering"):
            part.drop_rel(rel_id)
    reference = tmp_path / "zonder-nummering.docx"
    style.save(reference)
    source = example_copy()
    assert run_cli("maak", source, "--huisstijl", reference).code == 0
    assert run_cli("maak", source, "-o", tmp_path / "standaard.docx").code == 0
    from docx_reading import articles
    with_reference = articles(source.with_suffix(".docx"))
    assert with_reference and with_reference == articles(tmp_path / "standaard.docx")


@pytest.mark.parametrize("name, content, phrase", [
    ("kapot.docx", b"dit is geen word-bestand", "geen leesbaar Word-document"),
    ("sjabloon.dotx", None, "Word-sjabloon (.dotx)"),
    ("bestaat-niet.docx", "missing", "huisstijldocument bestaat niet"),
])
def test_unusable_house_style(example_copy, run_cli, tmp_path, name, content, phrase):
    reference = tmp_path / name
    if content is None:
        docx.Document().save(reference)
    elif content != "missing":
        reference.write_bytes(content)
    source = example_copy()
    result = run_cli("maak", source, "--huisstijl", reference)
    assert result.code == 2
    assert phrase in result.err and name in result.err
    assert not source.with_suffix(".docx").exists()


def test_internal_error_has_no_traceback_unless_debug(example_copy, run_cli, monkeypatch):
    import akkoord.build

    def broken(*args, **kwargs):
        raise RuntimeError("kapot van binnen")

    monkeypatch.setattr(akkoord.build, "assemble", broken)
    source = example_copy()
    result = run_cli("maak", source)
    assert result.code == 70
    assert "Interne fout" in result.err and "Traceback" not in result.err
    assert not source.with_suffix(".docx").exists()
    result = run_cli("--debug", "maak", source)
    assert "Traceback" in result.err and "kapot van binnen" in result.err


def test_usage_errors_are_dutch_with_exit_code_2(run_cli):
    result = run_cli("maak", "--bestaat-niet")
    assert result.code == 2 and "onbekende optie" in result.err
    result = run_cli("bestaat-niet")
    assert result.code == 2 and "onbekend commando" in result.err


def test_schema_describes_the_answers_file(run_cli):
    result = run_cli("schema")
    assert result.code == 0
    schema = json.loads(result.out)
    assert {"soort", "titel", "partijen", "financiering", "borging", "looptijd"} <= set(schema["properties"])
    assert "soort" in schema["required"]
    assert schema["properties"]["partijen"]["minItems"] == 2


def test_schema_validates_the_examples(run_cli):
    jsonschema = pytest.importorskip("jsonschema")
    from akkoord.answers.loading import read_yaml
    schema = json.loads(run_cli("schema").out)
    for path in EXAMPLE_FILES:
        data = json.loads(json.dumps(read_yaml(path), default=str))
        errors = [e for e in jsonschema.Draft202012Validator(schema).iter_errors(data)
                  if e.validator not in ("type", "format", "anyOf")]  # numbers are kept as text
        assert not errors, (path.name, errors[0].message)


def test_help_is_dutch(run_cli):
    result = run_cli("--help")
    assert result.code == 0
    assert "Gebruik:" in result.out and "Commando's" in result.out and "maak" in result.out
    command_lines = [line for line in result.out.split("Commando's:")[1].splitlines() if line.strip()]
    assert command_lines[0].split()[0] == "nieuw"  # the way in for a new user comes first
    assert not any(line.rstrip().endswith("...") for line in command_lines)  # no cut-off summaries
    result = run_cli("maak", "--help")
    assert "[verplicht]" in result.out and "required" not in result.out and "Show this" not in result.out


def test_written_files_get_the_usual_permissions(example_copy, run_cli):
    import os
    import stat

    source = example_copy()
    old = os.umask(0o022)
    try:
        assert run_cli("maak", source).code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(source.with_suffix(".docx").stat().st_mode) == 0o644
