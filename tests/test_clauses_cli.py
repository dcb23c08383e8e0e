"""An organisation's own clause folder (`--clausules MAP`) and `akkoord clausules`, as a clause author uses them."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx

from akkoord.library import builtin_clause_dir

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "sok-energiecooperatie.yaml"

OWN_LAW = """---
id: recht
titel: Toepasselijk recht en forumkeuze
soorten: [samenwerkingsovereenkomst, intentieovereenkomst]
volgorde: 2000
bindend_in_io: true
toelichting: Eigen formulering van de gemeente Noorderzijl, afgestemd met de afdeling Juridische Zaken.
bron: Verordening (EG) nr. 593/2008 (Rome I), artikel 3
---
Op deze overeenkomst is uitsluitend Nederlands recht van toepassing, met uitsluiting van het Weens Koopverdrag.
"""

EXTRA = """---
id: integriteit
titel: Integriteit
soorten: [samenwerkingsovereenkomst]
volgorde: 1250
toelichting: De gemeente vraagt van al haar partners een verklaring over integriteit en belangenverstrengeling.
bron: Gemeentewet, artikel 170, eerste lid, onder c
---
Iedere Partij meldt {{ gemeente.aanduiding }} onverwijld een mogelijke belangenverstrengeling bij de uitvoering van deze overeenkomst.
"""  # noqa: E501 (a clause paragraph is one line)


def build(run_cli, tmp_path, clause_dir: Path) -> tuple[int, str, list[str]]:
    answers = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, answers)
    out = tmp_path / "uit.docx"
    result = run_cli("maak", answers, "-o", out, "--clausules", clause_dir)
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"] \
        if out.exists() else []
    return result.code, result.err + result.out, headings


def test_own_folder_overrides_a_clause_by_id_and_adds_new_ones(run_cli, tmp_path):
    own = tmp_path / "eigen"
    own.mkdir()
    (own / "recht.md").write_text(OWN_LAW, encoding="utf-8")
    (own / "integriteit.md").write_text(EXTRA, encoding="utf-8")
    code, output, headings = build(run_cli, tmp_path, own)
    assert code == 0, output
    assert "Toepasselijk recht en forumkeuze" in headings and "Toepasselijk recht" not in headings
    assert headings.index("Integriteit") == headings.index("Aansprakelijkheid") + 1
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "uit.docx")).paragraphs)
    assert "Weens Koopverdrag" in text
    assert "Iedere Partij meldt de Gemeente onverwijld" in text


def test_broken_clause_is_reported_with_file_and_line(run_cli, tmp_path):
    own = tmp_path / "eigen"
    own.mkdir()
    broken = EXTRA.replace("{{ gemeente.aanduiding }}", "{{ gemeente.aanduiding }")
    (own / "integriteit.md").write_text(broken, encoding="utf-8")
    code, output, _ = build(run_cli, tmp_path, own)
    assert code != 0
    assert "integriteit.md, regel 9" in output
    assert "Traceback" not in output
    assert not (tmp_path / "uit.docx").exists()


def test_clause_without_source_is_refused_like_the_builtin_ones(run_cli, tmp_path):
    own = tmp_path / "eigen"
    own.mkdir()
    (own / "integriteit.md").write_text(EXTRA.replace("bron: Gemeentewet, artikel 170, eerste lid, onder c\n", ""),
                                        encoding="utf-8")
    code, output, _ = build(run_cli, tmp_path, own)
    assert code != 0
    assert "integriteit.md" in output and "bron: ontbreekt" in output


def test_unknown_name_in_a_clause_names_file_and_line(run_cli, tmp_path):
    own = tmp_path / "eigen"
    own.mkdir()
    (own / "integriteit.md").write_text(EXTRA.replace("gemeente.aanduiding", "gemeentee.aanduiding"), encoding="utf-8")
    code, output, _ = build(run_cli, tmp_path, own)
    assert code != 0
    assert "integriteit.md, regel 9" in output and "gemeentee" in output


def test_toon_shows_condition_note_source_and_text(run_cli):
    result = run_cli("clausules", "--toon", "subsidie")
    assert result.code == 0
    for expected in ("subsidie: Subsidie", "voorwaarde:   subsidies", "toelichting:", "4:51",
                     "bron:", "Algemene wet bestuursrecht", "{{ gemeente.aanduiding"):
        assert expected in result.out


def test_toon_of_an_io_clause_says_whether_it_binds(run_cli):
    assert "bindend in intentieovereenkomst: ja" in run_cli("clausules", "--toon", "beeindiging").out
    assert "bindend in intentieovereenkomst: nee" in run_cli("clausules", "--toon", "aanpak").out


def test_toon_suggests_a_close_id(run_cli):
    result = run_cli("clausules", "--toon", "subsidy")
    assert result.code != 0
    assert "subsidie" in result.err


def test_list_shows_every_builtin_clause_with_its_condition(run_cli):
    result = run_cli("clausules")
    assert result.code == 0
    for path in builtin_clause_dir().glob("*.md"):
        assert path.stem in result.out
    assert "[als opdrachten]" in result.out
    assert "[als verwerkt_persoonsgegevens or persoonsgegevens]" in result.out


def test_a_broken_condition_is_reported_on_its_own_line(run_cli, tmp_path):
    folder = tmp_path / "eigen"
    folder.mkdir()
    (folder / "doel.md").write_text(
        "---\nid: doel\ntitel: Doel\nsoorten: [samenwerkingsovereenkomst]\nvolgorde: 1\n"
        "voorwaarde: \"doelen and (\"\ntoelichting: t\nbron: b\n---\nTekst.\n", encoding="utf-8")
    result = run_cli("clausules", "--clausules", folder)
    assert result.code == 2
    assert "doel.md, regel 6: fout in clausule" in result.err
