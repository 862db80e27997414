"""Analysis stages, one module each; importing this package registers them all (see dateline.document).

Each stage declares the parts of the document it reads, uses and writes; dateline.pipeline checks the
order from those declarations.
"""

from dateline.stages import clean, entities, events, layout, nlp, quotes, times

__all__ = ["clean", "entities", "events", "layout", "nlp", "quotes", "times"]
