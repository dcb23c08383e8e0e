"""Compiled clause templates kept between runs, and the set compiled into the wheel when it is built.

Compiling the built-in templates takes a quarter of a second, more than a whole warm run. Each run
keeps what it compiles in a folder named after a fingerprint of the sandbox (`cache_for`), and the
wheel carries a folder compiled at build time (`SHIPPED`, filled by `akkoord.precompile` from
setup.py), so even the first run after installing compiles nothing. jinja checks the template text of
every entry against its checksum, so a changed clause is compiled again, never served stale.
"""

from __future__ import annotations

import hashlib
import io
import marshal
import os
import pickle
import sys
import tempfile
from pathlib import Path
from types import CodeType
from typing import Any

from jinja2 import FileSystemBytecodeCache
from jinja2.bccache import Bucket, bc_magic

from akkoord import caches
from akkoord.caches import cache_folders

#: The akkoord package folder; built-in templates are keyed by their path inside it.
PACKAGE = os.path.dirname(os.path.abspath(__file__))
#: The templates compiled when the wheel was built, one folder per fingerprint (setup.py names it too).
SHIPPED = str(caches.SHIPPED)


class ClauseBytecodeCache(FileSystemBytecodeCache):
    """jinja's file cache, keyed independently of where akkoord is installed, with a read-only shipped folder.

    `directory` is written (None: nothing is written); `shipped` is only read, and first.
    """

    def __init__(self, directory: str | None, shipped: str | None = None) -> None:
        super().__init__(directory or shipped)
        self.writable = directory is not None
        self.shipped = shipped if directory is not None and shipped != directory else None

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        # A built-in template is named by its place in the package, so code compiled in the build
        # folder serves the installed package wherever it lives.
        if filename and filename.startswith(PACKAGE + os.sep):
            filename = filename[len(PACKAGE) + 1:]
        return super().get_cache_key(name, filename)

    def get_bucket(self, environment: Any, name: str, filename: str | None, source: str) -> Bucket:
        key = self.get_cache_key(name, filename)
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        # The shipped folder first: it holds every built-in template, so a run opens one file for each.
        for folder in (self.shipped, self.directory):
            if folder is not None and bucket.code is None:
                load_bytecode(bucket, os.path.join(folder, self.pattern % (key,)))
        if bucket.code is not None:
            bucket.code = with_filename(bucket.code, filename or "<template>")
        return bucket

    def dump_bytecode(self, bucket: Bucket) -> None:
        if self.writable:
            super().dump_bytecode(bucket)


def load_bytecode(bucket: Bucket, path: str) -> None:
    """`bucket.load_bytecode` of the file at `path` (nothing when it is absent, outdated or damaged), read whole.

    jinja unmarshals the code from the open file, which marshal reads piece by piece: three times
    slower than unmarshalling its bytes (about 2 ms for the 40 templates of one `maak`).
    """
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError:
        return
    if not data.startswith(bc_magic):
        return
    view = io.BytesIO(data)
    view.seek(len(bc_magic))
    try:
        if pickle.load(view) != bucket.checksum:  # the template's text changed since
            return
        bucket.code = marshal.loads(memoryview(data)[view.tell():])
    except (EOFError, ValueError, TypeError, pickle.UnpicklingError):
        bucket.reset()


def with_filename(code: CodeType, filename: str) -> CodeType:
    """The code as if compiled here: tracebacks then name this install's file, as a fresh compile would."""
    if code.co_filename == filename:
        return code
    consts = tuple(with_filename(item, filename) if isinstance(item, CodeType) else item for item in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


def cache_for(env: Any, folder: str | None = None) -> ClauseBytecodeCache | None:
    """The cache for this environment: in `folder` when given (the build), else where a user's runs share it.

    Where: in XDG_CACHE_HOME when the user has set it; else beside the installed package when that
    folder is writable, so a new user's first run is as fast as any other; else in ~/.cache. The
    last folder is a fingerprint of everything the generated code depends on besides the template
    text (the akkoord and jinja versions, the environment's class, sandbox operators and options),
    so code compiled under another sandbox is never reused: jinja itself only compares the text.
    """
    fingerprint = _fingerprint(env)
    if folder is not None:
        os.makedirs(os.path.join(folder, fingerprint), exist_ok=True)
        return ClauseBytecodeCache(os.path.join(folder, fingerprint))
    shipped: str | None = os.path.join(SHIPPED, fingerprint)
    if not os.path.isdir(shipped):  # type: ignore[arg-type]
        shipped = None
    for base in cache_folders("jinja"):
        writable = os.path.join(base, fingerprint)
        try:
            os.makedirs(writable, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=writable):
                pass
        except OSError:
            continue
        return ClauseBytecodeCache(writable, shipped)
    return ClauseBytecodeCache(None, shipped) if shipped else None


def _fingerprint(env: Any) -> str:
    import jinja2

    from akkoord import __version__

    kind = type(env)
    parts = [__version__, jinja2.__version__, kind.__module__, kind.__qualname__,
             sorted(getattr(env, "intercepted_binops", ())), sorted(getattr(env, "intercepted_unops", ())),
             getattr(env.finalize, "__qualname__", None), env.autoescape, env.keep_trailing_newline,
             env.trim_blocks, env.lstrip_blocks, sorted(env.extensions)]
    # The environment is defined in code: a change to those modules may change the generated code.
    for module in sorted({"akkoord.render", kind.__module__}):
        source = getattr(sys.modules.get(module), "__file__", None)
        if source:
            parts.append(hashlib.sha1(Path(source).read_bytes()).hexdigest())
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]


def compiled_expression(env: Any, source: str) -> Any:
    """`env.compile_expression(source)` with the code kept in the cache like a template's.

    Parsed, checked and compiled the way jinja's compile_expression does (same errors); only the
    compiled code is looked up first, under a name made from the expression.
    """
    from jinja2 import nodes
    from jinja2.environment import TemplateExpression
    from jinja2.exceptions import TemplateSyntaxError
    from jinja2.parser import Parser

    cache = env.bytecode_cache
    bucket = None
    if cache is not None:
        bucket = cache.get_bucket(env, "expression:" + hashlib.sha1(source.encode("utf-8")).hexdigest(), None, source)
    code = bucket.code if bucket is not None else None
    if code is None:
        parser = Parser(env, source, state="variable")
        try:
            expr = parser.parse_expression()
            if not parser.stream.eos:
                raise TemplateSyntaxError("chunk after expression", parser.stream.current.lineno, None, None)
            expr.set_environment(env)
        except TemplateSyntaxError:
            env.handle_exception(source=source)
        code = env.compile(nodes.Template([nodes.Assign(nodes.Name("result", "store"), expr, lineno=1)], lineno=1))
        if bucket is not None:
            bucket.code = code
            cache.set_bucket(bucket)
    template = env.template_class.from_code(env, code, env.make_globals(None), None)
    return TemplateExpression(template, undefined_to_none=True)
