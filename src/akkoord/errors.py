"""The one error type for problems the user must fix, and the documented exit codes."""

from __future__ import annotations

from enum import IntEnum


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


class UserError(Exception):
    """Something the user must fix. `message` says what is wrong, `hint` how to fix it (both Dutch)."""

    def __init__(self, message: str, hint: str | None = None,
                 exit_code: ExitCode = ExitCode.GEBRUIKSFOUT) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n  {self.hint}"
