"""The terminal side of the wizard: questionary prompts and printed text, all in Dutch.

The flow talks to this class only, so tests can drive the real prompts through prompt_toolkit's
pipe input. Every prompt uses `unsafe_ask`, so Ctrl-C reaches the flow as KeyboardInterrupt and the
answers can be saved.
"""

from __future__ import annotations

import shutil
import textwrap
from typing import Any, Callable, Sequence

import questionary
from prompt_toolkit.styles import Style

SELECT_INSTRUCTION = "(pijltjes of cijfer, dan Enter)"
CHECKBOX_INSTRUCTION = "(pijltjes; spatie zet aan of uit; Enter als je klaar bent)"

_STYLE = Style.from_dict({
    "qmark": "fg:ansicyan bold",
    "question": "bold",
    "answer": "fg:ansigreen bold",
    "pointer": "fg:ansicyan bold",
    "highlighted": "fg:ansicyan bold",
    "selected": "fg:ansigreen",
    "instruction": "fg:ansibrightblack",
})

_CHECKBOX_STYLE = Style(_STYLE.style_rules + [("answer", "hidden")])


def _width() -> int:
    """How wide printed text may be: the terminal's width, within reason."""
    return max(40, min(110, shutil.get_terminal_size((100, 24)).columns - 2))


def _wrap(line: str) -> str:
    """Wrap between words to the terminal's width, keeping the line's indentation."""
    width = _width()
    indent = line[: len(line) - len(line.lstrip())]
    return textwrap.fill(line, width=width, subsequent_indent=indent + ("   " if indent else ""),
                         break_long_words=False, break_on_hyphens=False) if len(line) > width else line


class QuestionaryUI:
    """Asks and tells, in the terminal."""

    def __init__(self, printer: Callable[..., None] | None = None) -> None:
        self._print = printer or questionary.print

    # telling -----------------------------------------------------------------------------------------

    @property
    def width(self) -> int:
        """Lines up to this many characters are printed on one line."""
        return _width()

    def heading(self, title: str, why: str | None = None) -> None:
        self._print("")
        self._print(f"── {title} " + "─" * max(3, 60 - len(title)), style="bold fg:ansicyan")
        if why:
            self._print(why, style="italic")

    def say(self, text: str = "", style: str | None = None) -> None:
        text = "\n".join(_wrap(line) for line in text.split("\n"))
        self._print(text, style=style) if style else self._print(text)

    def hint(self, text: str) -> None:
        """The help text shown above a question."""
        self._print(_wrap(f"  {text}"), style="fg:ansibrightblack italic")

    def warn(self, text: str) -> None:
        self._print(text, style="fg:ansiyellow bold")

    # asking ------------------------------------------------------------------------------------------

    def text(self, message: str, *, default: str = "", validate: Callable[[str], bool | str] | None = None,
             instruction: str | None = None) -> str:
        question = questionary.text(message, default=default, validate=validate, style=_STYLE,
                                    instruction=instruction)
        return question.unsafe_ask()

    def select(self, message: str, choices: Sequence[tuple[str, Any]], default: Any = None) -> Any:
        options = [questionary.Choice(label, value=value) for label, value in choices]
        values = [value for _, value in choices]
        question = questionary.select(
            message, options, default=default if default in values else None, style=_STYLE,
            use_shortcuts=len(options) <= 36, use_jk_keys=False, instruction=SELECT_INSTRUCTION)
        return question.unsafe_ask()

    def checkbox(self, message: str, choices: Sequence[tuple[str, Any]], checked: Sequence[Any] = ()) -> list[Any]:
        options = [questionary.Choice(label, value=value, checked=value in checked) for label, value in choices]
        # questionary sums up the answer in English ("done (3 selections)"); hide that, say it in Dutch.
        question = questionary.checkbox(message, options, style=_CHECKBOX_STYLE, use_jk_keys=False,
                                        instruction=CHECKBOX_INSTRUCTION)
        picked = question.unsafe_ask()
        labels = [label for label, value in choices if value in picked]
        self._print(f"  Gekozen: {', '.join(labels)}" if labels else "  Niets gekozen.", style="fg:ansigreen")
        return picked
