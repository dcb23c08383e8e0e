"""The one error type for problems the user must fix, and the documented exit codes."""

from __future__ import annotations

from enum import Enum, IntEnum


class ExitCode(IntEnum):
    """Exit codes of every akkoord command (also listed in the README)."""

    OK = 0
    #: `controleer` found warnings, or `maak --strikt` refused to build because of them.
    WAARSCHUWINGEN = 1
    #: The input must be fixed: a malformed answers file, a missing file, a wrong option.
    GEBRUIKSFOUT = 2
    #: The wizard was interrupted; what was answered is saved.
    ONDERBROKEN = 3
    #: A bug in akkoord itself; rerun with --debug and report it.
    INTERNE_FOUT = 70


class Remedy(Enum):
    """A setting the caller can change to get past an error.

    The core does not know how its caller exposes settings (a command-line option, a wizard question),
    so it names the setting here and each front end tells the user how to change it there.
    """

    #: Where the document is written.
    OUTPUT = "output"
    #: Replacing an existing document instead of writing a numbered copy beside it.
    OVERWRITE = "overwrite"
    #: The house-style document.
    HOUSE_STYLE = "house_style"
    #: Folders with the user's own clauses.
    CLAUSE_DIRS = "clause_dirs"
    #: Refusing to build while warnings are open.
    STRICT = "strict"


class UserError(Exception):
    """Something the user must fix. `message` says what is wrong, `hint` how to fix it (both Dutch).

    `remedy` names the setting that would help, if any; the hint itself never names an option.
    """

    def __init__(self, message: str, hint: str | None = None,
                 exit_code: ExitCode = ExitCode.GEBRUIKSFOUT, *, remedy: Remedy | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.exit_code = exit_code
        self.remedy = remedy

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n  {self.hint}"
