"""The terminal side of the wizard: questionary prompts and printed text, all in Dutch.

The flow talks to this class only (tests drive it through a scripted stand-in that answers by question
id). Every prompt raises KeyboardInterrupt on Ctrl-C (a text question: `Interrupted`, with what was on
the line) and EOFError on Ctrl-D, so the flow can save.
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Sequence
from typing import Any

import questionary
from prompt_toolkit.application import get_app
from prompt_toolkit.filters import Condition
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from prompt_toolkit.styles import Style

from akkoord.wizard.asking import Interrupted

SELECT_INSTRUCTION = "(pijltjes of cijfer, dan Enter)"
LONG_SELECT_INSTRUCTION = "(pijltjes, dan Enter)"
CHECKBOX_INSTRUCTION = "(spatie kiest, Enter = klaar)"

_STYLE = Style.from_dict({
    "qmark": "fg:ansicyan bold",
    "question": "bold",
    "answer": "fg:ansigreen bold",
    "pointer": "fg:ansicyan bold",
    "highlighted": "fg:ansicyan bold",
    "selected": "fg:ansigreen",
    "instruction": "fg:ansibrightblack",
    "auto-suggestion": "fg:ansibrightblack",
})


def _width() -> int:
    """How wide printed text may be: the terminal's width, within reason."""
    return max(40, min(110, shutil.get_terminal_size((100, 24)).columns - 2))


def wrap(text: str, width: int | None = None) -> str:
    """Wrap each line between words to the terminal's width, keeping its indentation."""
    width = width or _width()
    lines = []
    for line in text.split("\n"):
        indent = line[: len(line) - len(line.lstrip())]
        lines.append(textwrap.fill(line, width=width, subsequent_indent=indent + ("   " if indent else ""),
                                   break_long_words=False, break_on_hyphens=False) if len(line) > width else line)
    return "\n".join(lines)


#: What a choice line holds before its label: the pointer and the shortcut (' » 1) ') or box (' » ● ').
_CHOICE_MARGIN = 7


def fit(label: str, room: int) -> str:
    """A choice label on one line of `room` characters: a longer one keeps its start and its end
    (where file names differ: '...-tweede-ronde.concept.yaml'), with '…' between."""
    if len(label) <= room:
        return label
    room = max(room, 9)
    end = (room - 1) // 2
    return label[:room - 1 - end].rstrip() + "…" + label[len(label) - end:].lstrip()


def _choice_room() -> int:
    """The room for a choice label: the whole width of the terminal, less the pointer and shortcut."""
    return shutil.get_terminal_size((100, 24)).columns - _CHOICE_MARGIN


def _text_keys(text: str) -> KeyBindings:
    """The right arrow on an empty line puts the suggestion in it, to change a word instead of retyping;
    Ctrl-C stops with what is on the line, which the concept keeps (asking.Interrupted)."""
    bindings = KeyBindings()

    @bindings.add("right", filter=Condition(lambda: bool(text) and not get_app().current_buffer.text))
    def _(event: Any) -> None:
        event.current_buffer.insert_text(text)

    @bindings.add("c-c", eager=True)
    def _stop(event: Any) -> None:
        event.app.exit(exception=Interrupted(event.current_buffer.text), style="class:aborting")

    return bindings


def _ctrl_d_stops(question: Any) -> Any:
    """In a choice list Ctrl-D does nothing by default; here it stops, like in a text question."""
    bindings = KeyBindings()

    @bindings.add("c-d", eager=True)
    def _(event: Any) -> None:
        event.app.exit(exception=EOFError())

    app = question.application
    app.key_bindings = merge_key_bindings([app.key_bindings, bindings]) if app.key_bindings else bindings
    return question


class QuestionaryUI:
    """Asks and tells, in the terminal."""

    def __init__(self, printer: Callable[..., None] | None = None) -> None:
        self._print = printer or questionary.print

    @property
    def width(self) -> int:
        return _width()

    # telling -----------------------------------------------------------------------------------------

    def heading(self, title: str, why: str | None = None) -> None:
        self._print("")
        self._print(f"── {title} " + "─" * max(3, min(60, self.width - 4) - len(title)), style="bold fg:ansicyan")
        if why:
            self._print(wrap(why), style="italic")

    def say(self, text: str = "", style: str | None = None) -> None:
        text = wrap(text)
        self._print(text, style=style) if style else self._print(text)

    def hint(self, text: str) -> None:
        self._print(wrap(f"  {text}"), style="fg:ansibrightblack italic")

    def warn(self, text: str) -> None:
        self._print(wrap(text), style="fg:ansiyellow bold")

    # asking ------------------------------------------------------------------------------------------

    def text(self, qid: str, message: str, *, suggestion: str = "", validate: Callable[[str], bool | str] | None = None,
             instruction: str | None = None, typed: str = "") -> str:
        """What was typed; '' when Enter was pressed on an empty line (the caller takes the suggestion).

        `typed` is put on the line at the start: what was half typed when the wizard was stopped."""
        # The suggestion is a placeholder, shown in grey while the line is empty: typing replaces it,
        # Enter on the empty line keeps it (the caller takes it), the right arrow puts it in the line.
        question = questionary.text(message, default=typed, validate=validate, style=_STYLE, instruction=instruction,
                                    placeholder=FormattedText([("class:auto-suggestion", suggestion)]),
                                    key_bindings=_text_keys(suggestion))
        return question.unsafe_ask()

    def select(self, qid: str, message: str, choices: Sequence[tuple[str, Any]], default: Any = None) -> Any:
        # A line wider than the terminal is cut off at its edge, so a long label is shortened in the middle.
        options = [questionary.Choice(fit(label, _choice_room()), value=value) for label, value in choices]
        values = [value for _, value in choices]
        short = len(options) <= 9  # shortcuts 1-9 only: letters as shortcuts read as a code
        question = questionary.select(
            message, options, default=default if default in values else None, style=_STYLE,
            use_shortcuts=short, use_jk_keys=False,
            instruction=SELECT_INSTRUCTION if short else LONG_SELECT_INSTRUCTION)
        return _ctrl_d_stops(question).unsafe_ask()

    def checkbox(self, qid: str, message: str, choices: Sequence[tuple[str, Any]],
                 checked: Sequence[Any] = ()) -> list[Any]:
        options = [questionary.Choice(fit(label, _choice_room()), value=value, checked=value in checked)
                   for label, value in choices]
        question = questionary.checkbox(message, options, style=_STYLE, use_jk_keys=False,
                                        instruction=CHECKBOX_INSTRUCTION)
        # questionary sums up the answer in English; erase the list and say it in Dutch instead.
        question.application.erase_when_done = True
        picked = _ctrl_d_stops(question).unsafe_ask()
        labels = [label for label, value in choices if value in picked]
        self._print(wrap(f"? {message} " + (", ".join(labels) if labels else "niets gekozen")),
                    style="fg:ansigreen")
        return picked
