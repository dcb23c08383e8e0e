"""PDFs of the Word documents akkoord wrote, made by LibreOffice: what councils and lawyers circulate.

One LibreOffice run converts a whole batch (about 0.8 s a document), with a private profile folder
per run so parallel runs and a LibreOffice the user has open do not get in each other's way. Each PDF
is written like every other output: atomically, beside its .docx, never over a file without asking.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from akkoord.errors import ExitCode, UserError
from akkoord.output import Written, write_file

#: The Debian/Ubuntu package that brings `soffice` without a desktop.
PACKAGE = "libreoffice-writer-nogui"
#: A batch of fifty documents takes under a minute; a hung LibreOffice must not hang akkoord.
SECONDS_PER_DOCUMENT = 30
MAX_PDF_BYTES = 200_000_000


def find_soffice() -> str:
    """The LibreOffice program, or a UserError naming the package to install."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        raise UserError("voor een PDF is LibreOffice nodig, maar het programma 'soffice' is niet gevonden.",
                        f"Installeer LibreOffice: op Debian of Ubuntu met 'sudo apt install {PACKAGE}', "
                        "elders via libreoffice.org. Het Word-document kun je ook zonder PDF maken.")
    return program


def _filter(notes: bool) -> str:
    if not notes:
        return "pdf:writer_pdf_Export"
    # Word comments become PDF notes, which readers show beside the text.
    return "pdf:writer_pdf_Export:" + json.dumps({"ExportNotes": {"type": "boolean", "value": "true"}})


def to_pdf(documents: list[Path], *, notes: bool = False, overwrite: bool = False) -> list[Written]:
    """Convert each .docx to a PDF beside it (x.docx -> x.pdf); returns where each PDF went."""
    if not documents:
        return []
    program = find_soffice()
    with tempfile.TemporaryDirectory(prefix="akkoord-pdf-") as work:
        profile = Path(work) / "profiel"
        converted = Path(work) / "uit"
        converted.mkdir()
        # LibreOffice names each PDF after its input; copies with unique names keep two a.docx apart.
        inputs = []
        for number, document in enumerate(documents):
            copy = Path(work) / f"d{number}.docx"
            shutil.copyfile(document, copy)
            inputs.append(copy)
        command = [program, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                   "--convert-to", _filter(notes), "--outdir", str(converted), *map(str, inputs)]
        try:
            subprocess.run(command, capture_output=True, timeout=SECONDS_PER_DOCUMENT * len(inputs) + 30,
                           check=False, stdin=subprocess.DEVNULL, env={**os.environ, "HOME": work})
        except subprocess.TimeoutExpired:
            raise UserError("LibreOffice reageert niet meer; er is geen PDF gemaakt.",
                            "Sluit andere LibreOffice-vensters en probeer het opnieuw, of maak de PDF vanuit Word.",
                            exit_code=ExitCode.GEBRUIKSFOUT) from None
        except OSError as error:
            raise UserError(f"LibreOffice ({program}) kan niet gestart worden: {error.strerror or error}.",
                            f"Installeer LibreOffice opnieuw (Debian/Ubuntu: sudo apt install {PACKAGE}).") from None
        written = []
        for document, copy in zip(documents, inputs, strict=False):
            result = converted / (copy.stem + ".pdf")
            if not result.is_file() or result.stat().st_size == 0:
                raise UserError(f"{document}: LibreOffice heeft hiervan geen PDF gemaakt.",
                                "Open het document in LibreOffice of Word en exporteer het daar als PDF.")
            if result.stat().st_size > MAX_PDF_BYTES:
                raise UserError(f"{document}: de PDF wordt onverwacht groot; er is geen PDF geschreven.")
            written.append(write_file(document.with_suffix(".pdf"), result.read_bytes(), overwrite=overwrite))
    return written
