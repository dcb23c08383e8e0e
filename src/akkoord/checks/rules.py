"""Every structural rule by function name: the rules of each module, listed here on purpose."""

from __future__ import annotations

from akkoord.checks import parties, structure
from akkoord.checks.rulebook import Rule

#: A rule named in two modules would be ambiguous in a record; the meta-tests check there is none.
RULES: dict[str, Rule] = {**structure.RULES, **parties.RULES}
