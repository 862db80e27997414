"""Rule-based TIMEX3 tagging and normalisation (see docs/times.md)."""

from dateline.timex.tagger import QuoteSpan, quote_spans, statement_time, tag

__all__ = ["QuoteSpan", "quote_spans", "statement_time", "tag"]
