"""Command `uitleg`: one check explained, found by code or name."""

from __future__ import annotations

from akkoord.cli.dutch_click import argument, command
from akkoord.cli.printing import echo
from akkoord.errors import UserError


@command("uitleg")
@argument("code", metavar="CODE", help="De code van een controle, bijvoorbeeld AK101.")
def uitleg(code: str) -> None:
    """Leg een controle uit: wat ze signaleert, waarom dat ertoe doet, een voorbeeld, een betere versie en de bron."""
    import difflib

    from akkoord.checks import BY_CODE
    from akkoord.checks.report import render_check

    wanted = code.strip().upper()
    if wanted.isdigit():
        wanted = f"AK{wanted}"
    check = BY_CODE.get(wanted) or next((c for c in BY_CODE.values() if c.name == code.strip().lower()), None)
    if check is None:
        if wanted.startswith("AK"):
            # Same category and ten first (AK3011 -> AK301), then any code.
            candidates = [c for c in BY_CODE if c.startswith(wanted[:4])] or list(BY_CODE)
            close = sorted(c for c in BY_CODE if c.startswith(wanted))[:1] or \
                difflib.get_close_matches(wanted, candidates, n=1, cutoff=0.5)
        else:
            close = difflib.get_close_matches(code.lower(), [c.name for c in BY_CODE.values()], n=1, cutoff=0.5)
        raise UserError(f"Er is geen controle '{code}'.",
                        f"Bedoel je {close[0]}? Alle controles staan in docs/controles.md." if close
                        else "Alle controles staan in docs/controles.md; codes zien eruit als AK101.")
    echo(render_check(check))
