"""The tagger's rules: one regular expression per kind of expression, and how to normalise it.

Each :class:`Rule` finds candidate spans in a paragraph; its ``resolve`` turns a match into a
:class:`Result` given a :class:`Context` (the reference time, the last date of the discourse and the
tense of the clause).  Spans are the named group ``x`` when the pattern has one (so context such as
"on" can be matched without being tagged), else the whole match.

The rules live in one module per family (:mod:`.dates`, :mod:`.deictic`, :mod:`.amounts`,
:mod:`.clock`, :mod:`.refs`); importing this package registers them all in :data:`RULES`, in that
order (the tagger breaks ties between overlapping matches of equal priority by that order).
"""

# isort: off
# importing a family registers its rules; this order is the order of RULES
from dateline.timex.rules import dates, deictic, amounts, clock, refs  # noqa: F401

# isort: on
from dateline.timex.rules.base import RULES, Context, Result, Rule

__all__ = ["RULES", "Context", "Result", "Rule"]
