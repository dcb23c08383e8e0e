"""Writing files safely: atomically, and never silently over a file that may hold the user's edits."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from akkoord.errors import Remedy, UserError
from akkoord.userfiles import os_reason


@dataclass(frozen=True)
class Written:
    path: Path
    #: The existing file we kept instead of overwriting, if any.
    kept: Path | None = None


_WRITE_HINT = "Kies een andere plek, of maak ruimte en probeer het opnieuw."


def write_file(target: Path, data: bytes, *, overwrite: bool = False) -> Written:
    """Write `data` to `target` atomically.

    Without `overwrite`, an existing target is kept and the data goes to the first free numbered
    name beside it ("overeenkomst-2.docx"), so edits made in Word are never lost. Ctrl-C and SIGTERM
    wait until the file is complete and the temporary copy gone: nothing is ever left half-written.
    """
    folder = target.parent if str(target.parent) else Path(".")
    _check_folder(folder)
    _check_not_folder(target)
    with _signals_deferred():
        temporary = _temporary_copy(folder, data)
        try:
            return _publish(temporary, target, overwrite)
        except OSError as error:
            raise UserError(f"{target}: kan het bestand niet schrijven: {os_reason(error)}.", _WRITE_HINT,
                            remedy=Remedy.OUTPUT) from None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _publish(temporary: Path, target: Path, overwrite: bool) -> Written:
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
            if os.path.lexists(candidate):
                candidate = target.with_name(f"{target.stem}-{number}{target.suffix}")
                continue
            os.replace(temporary, candidate)
            return Written(candidate, kept=target if candidate != target else None)
    raise UserError(f"{target}: er bestaan al 999 genummerde versies naast dit bestand.",
                    "Ruim oude versies op of laat het bestaande document vervangen.", remedy=Remedy.OVERWRITE)


def _check_folder(folder: Path) -> None:
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        raise UserError(f"{folder}: de map voor het uitvoerbestand bestaat niet.",
                        f"Maak de map eerst aan (mkdir -p '{folder}') of kies een andere plek.",
                        remedy=Remedy.OUTPUT) from None
    except OSError as error:
        raise UserError(f"{folder}: kan de map voor het uitvoerbestand niet gebruiken: {os_reason(error)}.",
                        "Kies een andere plek.", remedy=Remedy.OUTPUT) from None
    if not stat.S_ISDIR(info.st_mode):
        raise UserError(f"{folder}: dit is geen map, dus er kan geen document in.",
                        "Kies een map of een naam die eindigt op .docx.", remedy=Remedy.OUTPUT)


def _check_not_folder(target: Path) -> None:
    try:
        is_folder = stat.S_ISDIR(os.stat(target).st_mode)
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return
        raise UserError(f"{target}: kan hier niet schrijven: {os_reason(error)}.", "Kies een andere naam.",
                        remedy=Remedy.OUTPUT) from None
    if is_folder:
        raise UserError(f"{target}: op deze plek staat een map, geen document.",
                        "Kies een andere naam, of hernoem de map.", remedy=Remedy.OUTPUT)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _temporary_copy(folder: Path, data: bytes) -> Path:
    # A short fixed prefix: a name based on the target would exceed 255 bytes for long (valid) names.
    try:
        handle, path = tempfile.mkstemp(prefix=".akkoord-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise UserError(f"{folder}: kan in deze map niet schrijven: {os_reason(error)}.",
                        "Kies een map waarin je mag schrijven.", remedy=Remedy.OUTPUT) from None
    try:
        # mkstemp makes the file private (0600); give it the mode any new file would get.
        os.fchmod(handle, 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise UserError(f"{folder}: kan niet schrijven: {os_reason(error)}.", _WRITE_HINT,
                        remedy=Remedy.OUTPUT) from None
    return Path(path)


_DEFERRED = {signal.SIGINT, signal.SIGTERM}


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while a file is written; they take effect right after."""
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, _DEFERRED)
    except (AttributeError, OSError, ValueError):  # no signal masks on this platform
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def plan_targets(sources: list[Path], output: Path | None) -> list[tuple[Path, Path]]:
    """Pair each answers file with its .docx: beside it, or in/at the output path.

    Refused before anything is written: two inputs that would land on one document, and a document
    that would replace an answers file.
    """
    for source in sources:
        if not str(source):
            raise UserError("een lege naam opgegeven als antwoordenbestand.", "Geef de naam van een .yaml-bestand op.")
        if not source.name or source.name == "..":
            raise UserError(f"{source} is een map, geen antwoordenbestand.", "Geef het .yaml-bestand zelf op.")
    if output is not None and not str(output):
        raise UserError("lege naam opgegeven voor de uitvoer.",
                        "Geef een map of een bestandsnaam die eindigt op .docx op.",
                        remedy=Remedy.OUTPUT)
    pairs = _pairs(sources, output)
    seen: dict[str, Path] = {}
    inputs = {_identity(source): source for source in sources}
    for source, target in pairs:
        key = _identity(target)
        if key in inputs:
            raise UserError(f"{target}: het document zou het antwoordenbestand {inputs[key]} vervangen.",
                            "Geef het antwoordenbestand de extensie .yaml, of kies een andere naam voor het document.",
                            remedy=Remedy.OUTPUT)
        if key in seen:
            raise UserError(f"{seen[key]} en {source} zouden allebei {target} worden; er is niets gemaakt.",
                            "Geef de antwoordenbestanden verschillende namen, of maak ze in aparte mappen.")
        seen[key] = source
    return pairs


def _pairs(sources: list[Path], output: Path | None) -> list[tuple[Path, Path]]:
    if output is None:
        return [(source, source.with_name(source.stem + ".docx")) for source in sources]
    kind = _kind_of(output)
    if len(sources) > 1 or kind == "folder" or output.suffix.lower() != ".docx":
        if output.suffix.lower() == ".docx" and kind != "folder":
            raise UserError(f"{output}: met meerdere antwoordenbestanden moet de uitvoer een map zijn.",
                            "Geef een map op, bijvoorbeeld uit/.", remedy=Remedy.OUTPUT)
        if kind == "missing":
            raise UserError(f"{output}: deze map bestaat niet.",
                            f"Maak de map eerst aan (mkdir -p '{output}') of geef een bestandsnaam op die eindigt op "
                            f".docx.",
                            remedy=Remedy.OUTPUT)
        if kind != "folder":
            raise UserError(f"{output}: dit is geen map ({kind}).",
                            "Geef een bestaande map op, of een bestandsnaam die eindigt op .docx.",
                            remedy=Remedy.OUTPUT)
        return [(source, output / f"{source.stem}.docx") for source in sources]
    return [(sources[0], output)]


def _kind_of(path: Path) -> str:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "missing"
    except OSError as error:
        raise UserError(f"{path}: kan deze plek niet gebruiken: {os_reason(error)}.",
                        "Kies een andere map of naam.", remedy=Remedy.OUTPUT) from None
    if stat.S_ISDIR(mode):
        return "folder"
    return "een bestand" if stat.S_ISREG(mode) else "een apparaat of ander speciaal bestand"


def _identity(path: Path) -> str:
    """One key per place on disk, existing or not: `a/../x.docx` is `x.docx`, a symlink is its target."""
    return os.path.normcase(os.path.realpath(path))
