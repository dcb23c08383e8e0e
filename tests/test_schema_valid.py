"""Every .docx akkoord writes is valid WordprocessingML: Word is stricter than LibreOffice."""

from __future__ import annotations

import zipfile

from ooxml_support import assert_schema_valid, schema_errors


def test_every_generated_document_validates(generated_documents):
    assert_schema_valid(*generated_documents)


def test_the_article_numbering_puts_the_suffix_where_word_expects_it(generated_documents):
    with zipfile.ZipFile(generated_documents[0]) as package:
        numbering = package.read("word/numbering.xml").decode()
    article_level = numbering[numbering.index('w:val="Artikel %1"') - 200:]
    assert article_level.index("<w:suff") < article_level.index('w:val="Artikel %1"')


def test_the_validator_does_find_errors(generated_documents, tmp_path):
    # Guard against a check that cannot fail: break the zoom element the way the default template does.
    broken = tmp_path / "kapot.docx"
    with zipfile.ZipFile(generated_documents[0]) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/settings.xml":
                data = data.replace(b'w:percent="100"', b"")
            target.writestr(item, data)
    assert any("percent" in error for error in schema_errors(broken))
