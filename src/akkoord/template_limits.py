"""Limits on what a clause template may build: no huge strings, lists or numbers, no endless loops.

The jinja sandbox already stops templates from reaching Python's internals; it does not stop a
clause from asking for a gigabyte (`'x' * 10**9`, `center(10**9)`, `10 ** 10 ** 8`) or looping for an
hour. A clause is a paragraph or two: every operation that could grow a value is checked before it
runs, ranges are short, and each render has a budget of processor time.
"""

from __future__ import annotations

import contextlib
import functools
import math
import signal
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from jinja2 import Template, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import TemplateRuntimeError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from akkoord.patterns import LazyPattern

#: Characters in one value or in one rendered clause. An ordinary clause has about 3,000; one that lists
#: every goal of the largest answers file (2 MB) stays below this, a string bomb (far more) does not.
MAX_TEXT = 8_000_000
#: Items in one list; a clause lists parties, goals and dates: some dozens.
MAX_ITEMS = 10_000
#: Digits of one number: amounts have at most 16.
MAX_DIGITS = 60
#: Processor seconds for rendering one clause; an ordinary one takes a millisecond.
CPU_SECONDS = 2.0

_WIDTH_METHODS = {"ljust", "rjust", "center", "zfill", "expandtabs"}
#: Compiled when a template first formats a value with a width (most clauses never do).
_PRINTF_WIDTH = LazyPattern(r"%[-+ #0]*(\d+|\*)?(?:\.(\d+|\*))?")
_FORMAT_WIDTH = LazyPattern(r"\{[^{}]*:[^{}]*?(\d+)[^{}]*\}")


class TemplateLimitError(TemplateRuntimeError):
    """A clause asked for more than a clause can need; the message says what, in Dutch."""


def _too_big(what: str) -> TemplateLimitError:
    return TemplateLimitError(f"{what} is groter dan een clausule ooit nodig heeft")


def _check_size(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise _too_big(f"een tekst van {len(value):,} tekens".replace(",", "."))
    if isinstance(value, (list, tuple)) and len(value) > MAX_ITEMS:
        raise _too_big(f"een lijst van {len(value):,} onderdelen".replace(",", "."))
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_DIGITS * 3.33:
        raise _too_big("een getal van meer dan zestig cijfers")
    return value


def _length(value: Any) -> int | None:
    return len(value) if isinstance(value, (str, list, tuple)) else None


def _check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "**" and isinstance(left, (int, float)) and isinstance(right, (int, float)) \
            and abs(right) > 1 and abs(left) > 1 and abs(right) * math.log10(abs(left)) > MAX_DIGITS:
        raise _too_big(f"{left} ** {right}")
    if operator == "*":
        for sized, count in ((left, right), (right, left)):
            length = _length(sized)
            if length is not None and isinstance(count, int) and length * count > MAX_ITEMS * 20:
                raise _too_big("een herhaalde tekst of lijst")
    if operator == "+":
        left_length, right_length = _length(left), _length(right)
        if left_length is not None and right_length is not None and left_length + right_length > MAX_TEXT:
            raise _too_big("een samengevoegde tekst")
    if operator == "%" and isinstance(left, str):
        _check_widths(_PRINTF_WIDTH.findall(left))


def _check_widths(found: Iterable[Any]) -> None:
    for match in found:
        for width in (match if isinstance(match, tuple) else (match,)):
            if width and width.isdigit() and int(width) > 1000:
                raise _too_big(f"een opmaakbreedte van {width}")


def _bounded(name: str, function: Any) -> Any:
    """A filter whose numeric arguments (widths, counts) are checked before it runs.

    Every int counts: some filters get the environment first, and none of these takes a number as
    the value it works on.
    """
    def filter_(*args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 1000:
                raise _too_big(f"'{name}' met {value}")
        return _check_size(function(*args, **kwargs))
    filter_.__name__ = getattr(function, "__name__", name)
    for flag in ("jinja_pass_arg",):
        if hasattr(function, flag):
            setattr(filter_, flag, getattr(function, flag))
    return filter_


def _format(value: Any, *args: Any, **kwargs: Any) -> str:
    _check_widths(_PRINTF_WIDTH.findall(str(value)))
    return _check_size(str(value) % (kwargs or args))


def _range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_ITEMS:
        raise _too_big(f"range met {len(result):,} getallen".replace(",", "."))
    return result


class _LimitedCodeGenerator(CodeGenerator):
    """Compiles `a ~ b` through the environment, so joined text is bounded like every other value."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.limited_join((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class LimitedTemplate(Template):
    def render(self, *args: Any, **kwargs: Any) -> str:
        with cpu_budget():
            return super().render(*args, **kwargs)

    def render_counting(self, variables: dict[str, Any], counter: Any) -> str:
        """Render, keeping `counter.position` at the number of characters printed so far.

        One loop over the template's own chunks does the counting, the size limit and the joining: the
        reads logged while a chunk is made then know where in the text they happened. Going through
        `generate` instead put two generator layers between every chunk and this loop, a fifth of a
        clause's rendering time.
        """
        chunks: Any = self.root_render_func(self._context(variables))  # a generator: closed when stopped
        parts: list[str] = []
        append = parts.append
        total = 0
        with cpu_budget():
            try:
                for chunk in chunks:
                    append(chunk)
                    total += len(chunk)
                    counter.position = total
                    if total > MAX_TEXT:
                        break
            except Exception:
                self.environment.handle_exception()  # raises it again, traced back to the template's line
            if total > MAX_TEXT:
                chunks.close()  # a runaway clause stops here, as early as `generate` stopped it
                raise _too_big(f"de tekst ({total:,} tekens of meer)".replace(",", "."))
        return "".join(parts)

    def _context(self, variables: dict[str, Any]) -> Any:
        """`new_context(variables)`, with the template's globals merged by the dictionaries they are in.

        jinja copies them out of their ChainMap one key at a time in Python, for every render; merging
        its maps gives the same context in a sixth of the time, and still sees a global set later.
        """
        maps = getattr(self.globals, "maps", None)
        if maps is None:
            return self.new_context(dict(variables))
        merged: dict[str, Any] = {}
        for mapping in reversed(maps):
            merged.update(mapping)
        return self.environment.context_class(self.environment, {**merged, **variables}, self.name, self.blocks,
                                              globals=merged)

    def generate(self, *args: Any, **kwargs: Any) -> Iterator[str]:
        total = 0
        with cpu_budget():
            for chunk in super().generate(*args, **kwargs):
                total += len(chunk)
                if total > MAX_TEXT:
                    raise _too_big(f"de tekst ({total:,} tekens of meer)".replace(",", "."))
                yield chunk


class LimitedEnvironment(ImmutableSandboxedEnvironment):
    """The clause sandbox with limits on size, numbers and processor time."""

    code_generator_class = _LimitedCodeGenerator
    template_class = LimitedTemplate
    # Intercepted operators are also no longer folded into constants when a clause is compiled, so
    # `{{ 'x' * 300000000 }}` costs nothing to load and is refused when it runs.
    intercepted_binops = frozenset({"*", "**", "+", "%", "//"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        for name in ("center", "indent", "batch", "slice"):
            if name in self.filters:
                self.filters[name] = _bounded(name, self.filters[name])
        self.filters["format"] = _format
        self.globals["range"] = _range
        self.globals.pop("lipsum", None)

    def getattr(self, obj: Any, attribute: str) -> Any:
        # `section.field` on an answers mapping: the sandbox tries the attribute first and takes the
        # item once that raises. When the mapping has no such attribute, take the item at once.
        if isinstance(obj, dict) and attribute in obj and _item_only(type(obj), attribute) \
                and attribute not in getattr(obj, "__dict__", ()):
            return obj[attribute]
        return super().getattr(obj, attribute)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_binop(operator, left, right)
        return _check_size(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        if isinstance(owner, str) and name in _WIDTH_METHODS:
            widths = [a for a in (*args, *kwargs.values()) if isinstance(a, int) and a > 1000]
            if widths:
                raise _too_big(f"'{name}' met een breedte van {widths[0]}")
        return _check_size(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Any:
        # The sandbox swaps str.format for its own formatter when the attribute is read; check the
        # widths in the format string first ('{:>999999999}').
        if isinstance(getattr(value, "__self__", None), str) and getattr(value, "__name__", "") in ("format",
                                                                                                    "format_map"):
            _check_widths(_FORMAT_WIDTH.findall(value.__self__))
        return super().wrap_str_format(value)

    @staticmethod
    def limited_join(parts: Iterable[Any]) -> str:
        return _join(str(part) for part in parts)

    # Template.render joins the rendered pieces with this: a clause that loops printing text stops here.
    concat = staticmethod(lambda parts: _join(parts))  # noqa: PLW0108 (_join is defined further down)


@functools.cache
def _item_only(kind: type, attribute: str) -> bool:
    """Whether `getattr` on an instance of this dict type finds no class attribute `attribute`."""
    return not hasattr(kind, attribute) and not hasattr(kind, "__getattr__")


def _join(parts: Iterable[str]) -> str:
    kept: list[str] = []
    total = 0
    for part in parts:
        total += len(part)
        if total > MAX_TEXT:
            raise _too_big(f"de tekst ({total:,} tekens of meer)".replace(",", "."))
        kept.append(part)
    return "".join(kept)


_active = threading.local()


def _can_time() -> bool:
    """Only the main thread can receive signals; elsewhere rendering runs without the budget."""
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


def _expired(signum: int, frame: Any) -> None:
    raise TemplateLimitError(f"de clausule rekent langer dan {getattr(_active, 'seconds', CPU_SECONDS):g} seconden; "
                             "waarschijnlijk een lus in een lus of een lus zonder einde")


@contextlib.contextmanager
def cpu_budget(seconds: float = CPU_SECONDS) -> Iterator[None]:
    """Stop the clause being rendered once it has used `seconds` of processor time.

    A processor-time timer (not wall-clock) so a busy machine does not cut off an honest clause.
    Inside `budget_handler` the signal handler is already in place and only the timer is set.
    """
    if getattr(_active, "on", False) or not _can_time():
        yield
        return
    installed = getattr(_active, "handler", False)
    previous = None if installed else signal.signal(signal.SIGPROF, _expired)
    _active.seconds = seconds
    signal.setitimer(signal.ITIMER_PROF, seconds)
    _active.on = True
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        if not installed:
            signal.signal(signal.SIGPROF, previous)
        _active.on = False


@contextlib.contextmanager
def budget_handler() -> Iterator[None]:
    """One SIGPROF handler for the many renders of an assembly; each render still gets its own budget.

    Installing and restoring the handler for every template was a tenth of the limits' cost.
    """
    if getattr(_active, "handler", False) or not _can_time():
        yield
        return
    previous = signal.signal(signal.SIGPROF, _expired)
    _active.handler = True
    try:
        yield
    finally:
        _active.handler = False
        signal.signal(signal.SIGPROF, previous)
