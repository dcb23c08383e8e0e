"""Writing files safely: atomically, and never silently over a file that may hold the user's edits."""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from akkoord.errors import Remedy, UserError


@dataclass(frozen=True)
class Written:
    path: Path
    #: The existing file we kept instead of overwriting, if any.
    kept: Path | None = None


def write_file(target: Path, data: bytes, *, overwrite: bool = False) -> Written:
    """Write `data` to `target` atomically.

    Without `overwrite`, an existing target is kept and the data goes to the first free numbered
    name beside it ("overeenkomst-2.docx"), so edits made in Word are never lost.
    """
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{folder}: de map voor het uitvoerbestand bestaat niet.",
                        f"Maak de map eerst aan (mkdir -p '{folder}') of kies een andere plek.",
                        remedy=Remedy.OUTPUT)
    temporary = _temporary_copy(folder, target.name, data)
    try:
        if overwrite:
            os.replace(temporary, target)
            return Written(target)
        candidate = target
        for number in range(2, 1000):
            try:
                # link() refuses to replace an existing file, so no other writer can be clobbered.
                os.link(temporary, candidate)
                return Written(candidate, kept=target if candidate != target else None)
            except FileExistsError:
                candidate = target.with_name(f"{target.stem}-{number}{target.suffix}")
            except OSError as error:
                if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
                    raise
                # File systems without hard links: fall back to an exclusive create check.
                if candidate.exists():
                    candidate = target.with_name(f"{target.stem}-{number}{target.suffix}")
                    continue
                os.replace(temporary, candidate)
                return Written(candidate, kept=target if candidate != target else None)
        raise UserError(f"{target}: er bestaan al 999 genummerde versies naast dit bestand.",
                        "Ruim oude versies op of laat het bestaande document vervangen.", remedy=Remedy.OVERWRITE)
    except PermissionError:
        raise UserError(f"{target}: geen toestemming om hier te schrijven.",
                        "Kies een map waarin je mag schrijven, of sluit het bestand in Word.",
                        remedy=Remedy.OUTPUT) from None
    finally:
        if temporary.exists():
            temporary.unlink()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _temporary_copy(folder: Path, name: str, data: bytes) -> Path:
    try:
        handle, path = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise UserError(f"{folder}: geen toestemming om in deze map te schrijven.",
                        "Kies een map waarin je mag schrijven.", remedy=Remedy.OUTPUT) from None
    try:
        # mkstemp makes the file private (0600); give it the mode any new file would get.
        os.chmod(path, 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        Path(path).unlink(missing_ok=True)
        raise UserError(f"{folder}: kan niet schrijven ({error.strerror}).",
                        "Controleer of de schijf vol is of de map schrijfbaar is.") from None
    return Path(path)
