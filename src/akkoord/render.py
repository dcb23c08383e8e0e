"""The sandboxed jinja2 environment in which clause templates run, with Dutch filters.

User text is data, never template code: answers reach a template only as variables, and every value
a template prints is escaped for Markdown, so `{{ 7*7 }}` or `**` typed by a user appears literally.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound
from jinja2.exceptions import TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup

from akkoord.document import DEFAULT, PLACEHOLDER, Mark
from akkoord.dutch import format_amount, format_date, in_words
from akkoord.errors import UserError
from akkoord.patterns import LazyPattern
from akkoord.provenance import TracedText, TracingContext, mark, mark_answer, path_of, traced_path, visible_bounds


class Markdown(str):
    """Text that is already Markdown (made by a filter) and must not be escaped again."""


# '&' too: 'R&amp;D' or '&#8364;' typed by a user would otherwise be read as an HTML entity.
_MARKDOWN_SPECIAL = LazyPattern(r"([\\`*_\[\]<>#|~!&])")
_LINE_START_MARKER = LazyPattern(r"^(\s*)(\d+)([.)])", re.MULTILINE)


#: Escaped forms of the short texts printed so far: a party's name or a date prints dozens of times per
#: document, and every document of a batch prints the same words. Bounded, and long texts are not kept.
_ESCAPED: dict[str, str] = {}
_ESCAPED_MAX = 20_000
_ESCAPED_LONGEST = 400


def escape_markdown(text: str) -> str:
    """Make user text print literally inside a Markdown paragraph."""
    done = _ESCAPED.get(text)
    if done is None:
        done = _escape(text)
        if len(text) <= _ESCAPED_LONGEST and len(_ESCAPED) < _ESCAPED_MAX:
            _ESCAPED[str(text)] = done
    return done


def _escape(text: str) -> str:
    text = " ".join(text.split())  # a blank line in an answer must not start a new lid
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    text = _LINE_START_MARKER.sub(r"\1\2\\\3", text)
    if text and text[0] in "-+=":
        text = "\\" + text
    return text


def _printed(value: Any) -> str:
    """How a value prints: formatted, escaped, and marked with its answers path when it has one."""
    kind = type(value)
    if kind is TracedText:  # most printed values: a text answer (the same as the last branch)
        return mark_answer(value.path, escape_markdown(value)) if value.path else escape_markdown(value)
    if kind is str or kind is int:  # a clause's own words or a number it computed: no path (the last branch)
        return escape_markdown(str(value))
    if kind is Markdown:
        return value
    if isinstance(value, (Markdown, Markup)):
        # Markup: a macro's output passed through `| safe`; it was escaped when the macro printed it.
        return value
    if value is None:
        # A clause that prints a missing optional answer has a bug; make it visible in review.
        raise UndefinedError("een clausule drukt een leeg antwoord af; zet het binnen {% if ... %}")
    if isinstance(value, bool):
        text = "ja" if value else "nee"
    elif isinstance(value, dt.date):
        text = format_date(value)
    elif isinstance(value, Decimal):
        text = format_amount(value)
    else:
        text = escape_markdown(str(value))
    path = traced_path(value)
    return mark_answer(path, text) if path else text


# --- filters ------------------------------------------------------------------------------------
# Filters print through `_printed`, so what they return keeps the markers of the answers it shows;
# they look past markers when they test or change the first or last letter.

def _date(value: dt.date | None) -> Markdown:
    return Markdown(_printed(value)) if value else Markdown("")


def _amount(value: Decimal | int | None) -> Markdown:
    if value is None:
        return Markdown("")
    text = format_amount(value)
    path = traced_path(value)
    return Markdown(mark_answer(path, text) if path else text)


def _in_words(value: int) -> Markdown:
    """'zes (6)' style is for lawyers; plain words for small numbers read best in a clause."""
    text = in_words(int(value))
    path = traced_path(value)
    return Markdown(mark_answer(path, text) if path else text)


def _enumerate(items: Iterable[Any], last: str = "en") -> Markdown:
    words = [_printed(item) for item in items]
    if not words:
        return Markdown("")
    if len(words) == 1:
        return Markdown(words[0])
    return Markdown(", ".join(words[:-1]) + f" {last} " + words[-1])


def _capitalise(value: Any) -> Markdown:
    text = _printed(value)
    start, end = visible_bounds(text)
    if start >= end:
        return Markdown(text)
    return Markdown(text[:start] + text[start].upper() + text[start + 1:])


def _sentence(value: Any) -> Markdown:
    """Print user text as a sentence: capital first letter, closing full stop."""
    text = str(_capitalise(value)).rstrip()
    start, end = visible_bounds(text)
    return Markdown(text if text[start:end].endswith((".", "!", "?", ":")) else text + ".")


# --- helpers for missing facts and default terms ------------------------------------------------

def _checked_path(path: Any, helper: str) -> str:
    from akkoord.answers.model import Answers  # the model is only needed once a template runs
    from akkoord.provenance import path_exists

    if not isinstance(path, str) or not path_exists(Answers, str(path)):
        raise ValueError(f"{helper}(): '{path}' is geen veld van het antwoordenbestand; schrijf het pad "
                         "zoals 'looptijd.opzegtermijn_maanden', of gebruik pad(waarde, 'veld')")
    return str(path)


def placeholder(path: str, label: str, uitleg: str | None = None) -> Markdown:
    """A missing fact, shown as a highlighted "[label]" with a comment saying what to fill in."""
    where = _checked_path(path, "open_plek")
    text = escape_markdown(f"[{label}]")
    return Markdown(mark(Mark(PLACEHOLDER, where, str(label), str(uitleg or "")), text))


_BLOCK_START = LazyPattern(r"\A(\s*(?:[-*+]|\d+[.)])\s+)")


def default(path: str, text: Any = None, uitleg: str | None = None, caller: Any = None) -> Markdown:
    """A default term the answers did not settle; the lid it stands in gets a comment asking to confirm it.

    Text given as an argument prints like any value; `{% call standaard(pad) %}...{% endcall %}` takes
    the text between the tags, which may hold printed answers and whole leden.
    """
    where = _checked_path(path, "standaard")
    body = Markdown(caller()) if caller is not None else (text if isinstance(text, Markdown) else _printed(text))
    body = body.strip()
    # A default that begins a list item keeps the list syntax in front of its marker.
    lead = _BLOCK_START.match(body)
    prefix = lead.group(1) if lead else ""
    return Markdown(prefix + mark(Mark(DEFAULT, where, "", str(uitleg or "")), body[len(prefix):]))


def path_helper(value: Any, key: str | int | None = None) -> str:
    return path_of(value, key)  # type: ignore[arg-type]  # a list position is a key too


HELPERS: dict[str, Callable[..., Any]] = {
    "open_plek": placeholder, "placeholder": placeholder,
    "standaard": default, "default": default,
    "pad": path_helper,
}


FILTERS: dict[str, Callable[..., Any]] = {
    "datum": _date,
    "bedrag": _amount,
    "woorden": _in_words,
    "opsomming": _enumerate,
    "hoofdletter": _capitalise,
    "zin": _sentence,
}


class ClauseLoader(BaseLoader):
    """Serves templates from memory, named after their file so errors point at the file."""

    def __init__(self) -> None:
        self.sources: dict[str, tuple[str, str]] = {}

    def add(self, name: str, source: str, filename: str) -> None:
        self.sources[name] = (source, filename)

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
        if template not in self.sources:
            raise TemplateNotFound(template)
        source, filename = self.sources[template]
        return source, filename, lambda: self.sources.get(template) == (source, filename)


def make_environment(cache_folder: str | None = None) -> ImmutableSandboxedEnvironment:
    """The sandbox with limits (a LimitedEnvironment); compiled templates go to `cache_folder` when given."""
    from akkoord.template_cache import cache_for
    from akkoord.template_limits import LimitedEnvironment

    env = LimitedEnvironment(
        loader=ClauseLoader(), undefined=StrictUndefined, autoescape=False, finalize=_printed,
        # No trim_blocks: a block tag on its own line then leaves a blank line, which in Markdown only
        # separates paragraphs, instead of silently gluing two leden together.
        keep_trailing_newline=True, trim_blocks=False, lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    env.globals.update(HELPERS)
    env.context_class = TracingContext
    env.bytecode_cache = cache_for(env, cache_folder)
    return env


def template_error(error: Exception, path: Path | str, what: str = "clausule") -> UserError:
    """Translate a jinja error into a Dutch message with file name and line."""
    if isinstance(error, TemplateSyntaxError):
        line = error.lineno
        detail = str(error.message)
    else:
        line = _template_line(str(path))  # type: ignore[assignment]  # None: no line known
        detail = str(error)
    where = f"{path}, regel {line}" if line else str(path)
    if isinstance(error, SecurityError):
        detail = f"niet toegestaan in een {what}: {_dutch_security(detail)}"
    elif isinstance(error, UndefinedError):
        detail = f"onbekende naam of leeg veld: {_dutch_undefined(detail)}"
    elif isinstance(error, RecursionError):
        detail = f"de {what} roept zichzelf steeds opnieuw aan (een macro of include die naar zichzelf verwijst)"
    elif isinstance(error, (OverflowError, MemoryError)):
        detail = "een getal, bereik of tekst is te groot; reken met kleinere waarden"
    elif isinstance(error, TemplateSyntaxError) or "filter named" in detail or "test named" in detail:
        detail = _dutch_syntax(detail)
    return UserError(f"{where}: fout in {what} ({detail}).",
                     "Verbeter de clausule; 'akkoord clausules --toon ID' laat zien welke namen er zijn.")


#: Jinja's syntax complaints in the words of a clause author: (pattern, Dutch text with {1}, {2}).
_SYNTAX_MESSAGES = (
    (r"^Unexpected end of template\..*innermost block that needs to be closed is '(\w+)'",
     "de tekst eindigt terwijl het blok '{{% {1} %}}' nog open is; sluit het met '{{% end{1} %}}'"),
    (r"^Encountered unknown tag '(\w+)'\..*innermost block that needs to be closed is '(\w+)'",
     "'{{% {1} %}}' staat hier verkeerd: eerst moet het blok '{{% {2} %}}' dicht met '{{% end{2} %}}'"),
    (r"^Encountered unknown tag '(\w+)'", "'{{% {1} %}}' is geen bekende opdracht"),
    (r"^unexpected end of template", "de tekst houdt midden in een '{{{{ ... }}}}' of '{{% ... %}}' op"),
    (r"^unexpected '(.*)'", "onverwacht teken '{1}'; controleer de haakjes van '{{{{ ... }}}}' en '{{% ... %}}'"),
    (r"^expected token '([^']*)', got '([^']*)'", "hier hoort '{1}', maar er staat '{2}'"),
    (r"^No filter named '([^']*)'", "er bestaat geen filter '{1}'; docs/clausules.md noemt de filters"),
    (r"^No test named '([^']*)'", "er bestaat geen test '{1}'"),
)


#: Jinja's names for what it expected, as the author types them.
_TOKENS = {"end of print statement": "}}", "end of statement block": "%}", "name": "een naam",
           "end of template": "het einde van de tekst", "string": "een tekst tussen aanhalingstekens"}


def _dutch_syntax(detail: str) -> str:
    for pattern, dutch in _SYNTAX_MESSAGES:
        match = re.search(pattern, detail, re.DOTALL)
        if match:
            return dutch.format(None, *(_TOKENS.get(group, group) for group in match.groups()))
    return "de sjabloontaal klopt hier niet; vergelijk met een clausule die werkt (docs/clausules.md)"


def _dutch_security(detail: str) -> str:
    match = re.search(r"attribute '([^']*)' of '([^']*)' object is unsafe", detail)
    if match:
        return f"'{match.group(1)}' van een {match.group(2)}-waarde mag een clausule niet gebruiken"
    return "deze bewerking mag een clausule niet uitvoeren"


def _dutch_undefined(detail: str) -> str:
    match = re.search(r"'([^']*)' is undefined", detail)
    if match:
        return f"'{match.group(1)}' bestaat niet"
    match = re.search(r"has no attribute '([^']*)'", detail)
    return f"veld '{match.group(1)}' bestaat niet" if match else detail


def _template_line(filename: str) -> int | None:
    """The line in `filename` where the exception being handled was raised, if it came from there."""
    tb = sys.exc_info()[2]
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


RENDER_ERRORS = (TemplateError, TypeError, ValueError, AttributeError, KeyError, IndexError, ZeroDivisionError,
                 RecursionError, OverflowError, MemoryError)
