"""Clause headers read when the wheel is built: a run looks each built-in header up by its text.

Reading the 34 built-in headers as YAML took about a third of loading the clause library (some 3 ms
CPU of every `maak`). The wheel build writes down what each header says, keyed by a hash of the
header's exact text, so a header only ever gets the data of its own text: a changed or new header,
or one in a user's own clause folder, is simply read as YAML. What a header says is validated either
way (`library.ClauseMeta`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from typing import Any

from akkoord import template_cache

FILE_NAME = "clause-headers.json"


def known(block: str) -> dict[str, Any] | None:
    """The data of a header the wheel carries read (None: read it as YAML)."""
    return _shipped(os.path.join(template_cache.SHIPPED, FILE_NAME)).get(_key(block))


def ship(folder: str, headers: Iterable[tuple[str, Any]]) -> int:
    """Write `folder`/clause-headers.json from (header text, its data); the count written.

    Only data that JSON gives back unchanged is written (a date in a header is read as YAML).
    """
    index = {_key(block): data for block, data in headers
             if isinstance(data, dict) and json.loads(json.dumps(data, default=str)) == data}
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, FILE_NAME), "w", encoding="utf-8") as file:
        json.dump(index, file, ensure_ascii=False, sort_keys=True)
    return len(index)


#: The index file read in this process, by path (a file that is not there is looked for again).
_READ: dict[str, dict[str, dict[str, Any]]] = {}


def _shipped(index_file: str) -> dict[str, dict[str, Any]]:
    if index_file not in _READ:
        try:
            with open(index_file, encoding="utf-8") as file:
                index = json.load(file)
        except (OSError, ValueError):  # not built as a wheel, or an unreadable file: read every header
            return {}
        _READ[index_file] = index if isinstance(index, dict) else {}
    return _READ[index_file]


def _key(block: str) -> str:
    return hashlib.sha1(block.encode("utf-8")).hexdigest()
