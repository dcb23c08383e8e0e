"""Reading the files a user names: regular files only, bounded in size, every failure in Dutch."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from akkoord.errors import Remedy, UserError

#: Dutch for the operating-system errors people meet; the English strerror never reaches a message.
_REASONS = {
    errno.ENOENT: "bestaat niet",
    errno.EACCES: "geen toestemming",
    errno.EPERM: "geen toestemming",
    errno.ENAMETOOLONG: "de naam is te lang (een bestandsnaam mag hoogstens 255 tekens hebben)",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EISDIR: "is een map, geen bestand",
    errno.ELOOP: "de snelkoppelingen (symlinks) verwijzen in een kringetje",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "je schijfruimte (quotum) is op",
    errno.EROFS: "het bestandssysteem is alleen-lezen",
    errno.EIO: "leesfout van de schijf",
    errno.EBUSY: "het bestand is in gebruik",
    errno.ETXTBSY: "het bestand is in gebruik",
    errno.EMFILE: "te veel open bestanden",
    errno.EXDEV: "kan niet tussen twee schijven verplaatsen",
}


def os_reason(error: OSError) -> str:
    """The Dutch reason for an OSError, never the library's English."""
    return _REASONS.get(error.errno or 0, f"systeemfout {errno.errorcode.get(error.errno or 0, error.errno)}")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "een map"
    if stat.S_ISFIFO(mode):
        return "een pijp (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "een apparaat (zoals /dev/zero)"
    if stat.S_ISSOCK(mode):
        return "een socket"
    return "geen gewoon bestand"


def read_bytes(path: Path, *, what: str, limit: int, hint: str | None = None,
               remedy: Remedy | None = None) -> bytes:
    """The contents of a regular file of at most `limit` bytes.

    A FIFO would block forever and /dev/zero never ends, so the kind of file is checked before it is
    opened (stat follows symlinks); reading stops one byte past the limit in case the file grows.
    """
    if not str(path):
        raise UserError(f"lege bestandsnaam opgegeven voor {what}.", hint or "Geef de naam van een bestand op.",
                        remedy=remedy)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise UserError(f"{path}: {what} bestaat niet.", hint, remedy=remedy) from None
    except OSError as error:
        raise UserError(f"{path}: kan {what} niet openen: {os_reason(error)}.", hint, remedy=remedy) from None
    if not stat.S_ISREG(info.st_mode):
        raise UserError(f"{path}: dit is {_kind(info.st_mode)}, geen bestand; {what} moet een gewoon bestand zijn.",
                        hint or "Geef het bestand zelf op.", remedy=remedy)
    if info.st_size > limit:
        raise UserError(f"{path}: {what} is te groot ({_megabytes(info.st_size)}; hoogstens {_megabytes(limit)}).",
                        "Splits het bestand of haal lange teksten eruit.", remedy=remedy)
    try:
        with open(path, "rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise UserError(f"{path}: kan {what} niet lezen: {os_reason(error)}.", hint, remedy=remedy) from None
    if len(data) > limit:
        raise UserError(f"{path}: {what} is te groot (meer dan {_megabytes(limit)}).",
                        "Splits het bestand of haal lange teksten eruit.", remedy=remedy)
    return data


def read_text(path: Path, *, what: str, limit: int, hint: str | None = None,
              remedy: Remedy | None = None) -> str:
    """A regular UTF-8 text file (a byte-order mark from Windows Notepad is allowed)."""
    data = read_bytes(path, what=what, limit=limit, hint=hint, remedy=remedy)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise UserError(f"{path}, regel {line}: het bestand is niet in UTF-8 opgeslagen.",
                        "Sla het in je teksteditor op als UTF-8 (zonder andere codering).") from None


def _megabytes(size: int) -> str:
    if size < 1_000_000:
        return f"{max(1, size // 1000)} kB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")
