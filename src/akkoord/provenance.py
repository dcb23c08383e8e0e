"""Where printed text came from: answers that know their path, invisible markers, and read logs.

Assembly wraps the answers before templates see them (`trace_answers`): every text, date, amount
and number knows its answers path ("looptijd.opzegtermijn_maanden"), and every mapping logs which of
its fields a template read. When such a value is printed, the renderer wraps it in private-use
marker characters (`mark`); `placeholder` and `default` do the same for a missing fact and for a
default term. `markdown_blocks` reads the markers back into `Run.marks` and removes them, so no
marker reaches a document. Outside assembly (no `collecting` block) nothing is marked.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import re
import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from jinja2.runtime import Context

from akkoord.answers.declare import Record
from akkoord.document import ANSWER, Mark

OPEN = "\ue000"
CLOSE = "\ue001"
_FIRST_ID = 0xE100
_LAST_ID = 0xE8FF
#: Every character the markers use; stripped from user text so nobody can forge a marker. A narrow
#: part of the private use area: symbol fonts use U+F000 and up (Word's bullet is U+F0B7).
MARKER_CHARS = re.compile("[\ue000\ue001\ue100-\ue8ff]")
ID_CHARS = "\ue100-\ue8ff"
#: A mark opens with OPEN and two id characters, each one of this many.
_ID_BASE = _LAST_ID - _FIRST_ID + 1
MARK_LENGTH = 3


# --- values that know their path --------------------------------------------------------------------

class TracedText(str):
    """A text answer. String methods templates use keep the path; comparisons work as for str."""

    path: str

    def __new__(cls, value: str, path: str) -> TracedText:
        made = super().__new__(cls, MARKER_CHARS.sub("", value))
        made.path = path
        return made

    def _same(self, value: str) -> TracedText:
        return TracedText(value, self.path)

    def strip(self, chars: str | None = None) -> TracedText:
        return self._same(str.strip(self, chars))

    def rstrip(self, chars: str | None = None) -> TracedText:
        return self._same(str.rstrip(self, chars))

    def lstrip(self, chars: str | None = None) -> TracedText:
        return self._same(str.lstrip(self, chars))

    def lower(self) -> TracedText:
        return self._same(str.lower(self))

    def upper(self) -> TracedText:
        return self._same(str.upper(self))

    def capitalize(self) -> TracedText:
        return self._same(str.capitalize(self))

    def replace(self, old: str, new: str, count: int = -1) -> TracedText:  # type: ignore[override]
        return self._same(str.replace(self, old, new, count))

    def __getitem__(self, index: Any) -> TracedText:
        return self._same(str.__getitem__(self, index))


class TracedDate(dt.date):
    path: str


class TracedAmount(Decimal):
    path: str


class TracedNumber(int):
    path: str


def _traced_date(value: dt.date, path: str) -> TracedDate:
    made = TracedDate(value.year, value.month, value.day)
    made.path = path
    return made


def _traced_amount(value: Decimal, path: str) -> TracedAmount:
    made = TracedAmount(value)
    made.path = path
    return made


def _traced_number(value: int, path: str) -> TracedNumber:
    made = TracedNumber(value)
    made.path = path
    return made


class TracedMapping(dict):
    """A section of the answers; reading a field logs its path (see `collecting`)."""

    path: str

    def __getitem__(self, key: Any) -> Any:
        value = dict.__getitem__(self, key)
        log = _READS.get()
        if log is not None and not isinstance(value, TracedMapping):
            log.append((log.position, _join(self.path, key)))
        return value

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if key in self else default  # noqa: SIM401 (this is get itself)


class TracedList(list):
    path: str


def _join(path: str, key: Any) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def trace_answers(data: Any, path: str = "") -> Any:
    """The dumped answers with every leaf wrapped so it knows its path."""
    kind = type(data)
    if kind is dict:
        mapping = TracedMapping((key, trace_answers(value, _join(path, key))) for key, value in data.items())
        mapping.path = path
        return mapping
    if kind is list:
        items = TracedList(trace_answers(value, _join(path, index)) for index, value in enumerate(data))
        items.path = path
        return items
    if kind is str:
        return TracedText(data, path)
    if kind is dt.date:
        return _traced_date(data, path)
    if kind is Decimal:
        return _traced_amount(data, path)
    if kind is int:
        return _traced_number(data, path)
    return data  # None, bools and vocabulary values (enums) compare and print as they are


def path_of(value: Any, key: str | None = None) -> str:
    """The answers path of a traced value, optionally of one of its fields: `pad(f, 'daarna')`."""
    base = getattr(value, "path", None) if isinstance(value, (TracedText, TracedDate, TracedAmount,
                                                              TracedNumber, TracedMapping, TracedList)) else None
    if base is None:
        raise ValueError("pad() kent alleen antwoorden uit het antwoordenbestand, zoals pad(f, 'daarna')")
    if key is None:
        return base
    return _join(base, int(key) if isinstance(key, int) else key)


# --- which answers paths exist -----------------------------------------------------------------------

_SEGMENT = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _inner(annotation: Any) -> Any:
    """Strip Optional, Annotated and list from a field annotation, down to a model or a leaf type."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            annotation = options[0] if len(options) == 1 else annotation
            if len(options) != 1:
                return annotation
        else:
            return annotation


def path_exists(model: type[Record], path: str) -> bool:
    """Whether `path` ('partijen[0].volmacht.datum') names a field of the answers model."""
    current: Any = model
    expect_index = False
    for name, index in _SEGMENT.findall(path):
        if index:
            if not expect_index:
                return False
            expect_index = False
            continue
        if not (isinstance(current, type) and issubclass(current, Record)):
            return False
        field = next((f for f in current.model_fields.values() if f.alias == name), None)
        if field is None:
            return False
        annotation = _inner(field.annotation)
        expect_index = typing.get_origin(annotation) is list or typing.get_origin(annotation) is dict
        current = _inner(typing.get_args(annotation)[0]) if typing.get_origin(annotation) is list else annotation
    return bool(path)


# --- collecting marks and reads during one assembly ----------------------------------------------------

class ReadLog(list):
    """(output position, path) for every field read while rendering one template."""

    position = 0


class MarkSink:
    """The marks of one assembly, by id; equal marks share an id."""

    def __init__(self) -> None:
        self.marks: list[Mark] = []
        self._ids: dict[Mark, int] = {}
        self._answers: dict[str, str] = {}

    def encode_answer(self, path: str) -> str:
        """`encode(Mark(ANSWER, path))`, kept by path: the same answers print many times per document."""
        code = self._answers.get(path)
        if code is None:
            code = self._answers[path] = self.encode(Mark(ANSWER, path))
        return code

    def encode(self, item: Mark) -> str:
        number = self._ids.get(item)
        if number is None:
            number = len(self.marks)
            if number >= _ID_BASE * _ID_BASE:
                raise ValueError("te veel gemarkeerde teksten in één document")
            self._ids[item] = number
            self.marks.append(item)
        # Two id characters: room for four million marks, so agreements of any size can be traced.
        high, low = divmod(number, _ID_BASE)
        return OPEN + chr(_FIRST_ID + high) + chr(_FIRST_ID + low)

    def decode(self, chars: str) -> Mark:
        high, low = (ord(char) - _FIRST_ID for char in chars)
        return self.marks[high * _ID_BASE + low]


_SINK: contextvars.ContextVar[MarkSink | None] = contextvars.ContextVar("akkoord_marks", default=None)
_READS: contextvars.ContextVar[ReadLog | None] = contextvars.ContextVar("akkoord_reads", default=None)


@contextmanager
def collecting() -> Iterator[MarkSink]:
    """Printed values are marked inside this block (one assembly)."""
    sink = MarkSink()
    token = _SINK.set(sink)
    try:
        yield sink
    finally:
        _SINK.reset(token)


def active_sink() -> MarkSink | None:
    return _SINK.get()


def render_logged(template: Any, context: dict[str, Any]) -> tuple[str, ReadLog]:
    """Render a template and log each field read with the output position it was read at."""
    log = ReadLog()
    token = _READS.set(log)
    try:
        text = template.render_counting(context, log)
    finally:
        _READS.reset(token)
    return text, log


@contextmanager
def logging_reads() -> Iterator[ReadLog]:
    """Log the reads of code that is not a template render (a clause condition)."""
    log = ReadLog()
    token = _READS.set(log)
    try:
        yield log
    finally:
        _READS.reset(token)


class TracingContext(Context):
    """Logs a template's use of a whole answers section that is a list or missing ('doelen', 'persoonsgegevens').

    Jinja resolves the names a template uses when it starts, so these reads belong to the article, and
    in the leden to the first one; fields of a section are logged where they are read (`TracedMapping`).
    """

    def resolve_or_missing(self, key: str) -> Any:
        value = super().resolve_or_missing(key)
        log = _READS.get()
        if log is not None and key in _SECTIONS and not isinstance(value, TracedMapping):
            log.append((log.position, key))
        return value


def _answer_sections() -> frozenset[str]:
    from akkoord.answers.model import Answers

    return frozenset(str(field.alias) for field in Answers.model_fields.values())


_SECTIONS = _answer_sections()


def mark(item: Mark, text: str) -> str:
    """`text` wrapped in markers for `item`; unchanged outside an assembly."""
    sink = _SINK.get()
    if sink is None or not text:
        return text
    return sink.encode(item) + text + CLOSE


def mark_answer(path: str, text: str) -> str:
    """`mark(Mark(ANSWER, path), text)`: the text of the answer at `path`."""
    sink = _SINK.get()
    if sink is None or not text:
        return text
    return sink.encode_answer(path) + text + CLOSE


def traced_path(value: Any) -> str | None:
    return getattr(value, "path", None) if isinstance(value, (TracedText, TracedDate, TracedAmount,
                                                              TracedNumber)) else None


def strip_markers(text: str) -> str:
    return MARKER_CHARS.sub("", text)


def visible_bounds(text: str) -> tuple[int, int]:
    """Index of the first and one past the last character that is not a marker."""
    start, end = 0, len(text)
    while start < end:
        if text[start] == OPEN:
            start += MARK_LENGTH
        elif text[start] == CLOSE:
            start += 1
        else:
            break
    while end > start and text[end - 1] == CLOSE:
        end -= 1
    return start, end
