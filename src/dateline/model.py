"""The record dateline produces: one :class:`Article` per input.

Every character offset (``start``/``end``) in the record indexes into ``Article.text``
(the clean body), so that ``article.text[start:end] == claimed_text`` always holds.
The JSON Schema of the record is generated from these models (``dateline schema``).
"""

from __future__ import annotations

import json
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Final = "dateline.article/1"

SourceFormat = Literal["text", "html", "jsonl", "csv", "warc"]
#: where a metadata field's value came from (Article.metadata_origin)
FieldOrigin = Literal["given", "parsed", "url", "dateline"]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "MISC"]
QuoteKind = Literal["direct", "indirect", "mixed"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    start: int = Field(ge=0, description="Offset of the first character, into Article.text.")
    end: int = Field(ge=0, description="Offset one past the last character, into Article.text.")
    text: str = Field(description="The characters Article.text[start:end].")


class Source(_Model):
    """Where the article came from."""

    path: str | None = Field(default=None, description="File the article was read from ('-' for stdin).")
    url: str | None = Field(default=None, description="URL of the article, when known.")
    format: SourceFormat = Field(
        default="text", description="How the input was given: text, html, jsonl, csv (also TSV) or warc."
    )
    encoding: str | None = Field(default=None, description="Detected character encoding of a file input.")
    line: int | None = Field(
        default=None, description="1-based line of a .jsonl input, data row of a CSV/TSV, or record number of a WARC."
    )
    id: str | None = Field(
        default=None, description="The input's own identifier (an 'id' field or column), when given."
    )


class DatelineInfo(_Model):
    """The dateline that opens wire copy, split into its places and agency."""

    text: str = Field(description="The dateline as written, e.g. 'MOSCOW/GENEVA (Sputnik) -'.")
    places: list[str] = Field(default_factory=list, description="Places named by the dateline.")
    agency: str | None = Field(default=None, description="News agency named by the dateline, if any.")
    date: str | None = Field(default=None, description="A date written in the dateline ('Jan 10'), as written.")


class Media(_Model):
    """One image or video of the article: its caption and its credit."""

    caption: str | None = Field(default=None, description="Image or video caption.")
    credit: str | None = Field(default=None, description="Photo credit, e.g. '© Sputnik / Vladimir Trefilov'.")


class Paragraph(_Model):
    """One paragraph of ``Article.text``: ``text[start:end]``, without surrounding whitespace."""

    start: int = Field(ge=0, description="Offset of the first character, into Article.text.")
    end: int = Field(ge=0, description="Offset one past the last character, into Article.text.")


class Removed(_Model):
    """A piece of the input left out of ``Article.text``, with the reason."""

    text: str = Field(description="The removed text, verbatim.")
    reason: str = Field(description="Why it was removed (see docs/record.md for the list of reasons).")
    line: int | None = Field(default=None, description="1-based line of the cleaned input it came from, when known.")


class Mention(_Model):
    """One place in ``Article.text`` where an entity is named."""

    start: int = Field(ge=0, description="Offset of the first character, into Article.text.")
    end: int = Field(ge=0, description="Offset one past the last character, into Article.text.")
    text: str = Field(description="The words of the mention: Article.text[start:end].")


class Entity(_Model):
    """A person, organisation, place or other named thing, with its mentions."""

    id: str = Field(description="Identifier inside this record, e.g. 'e1'.")
    type: EntityType = Field(
        description="PERSON, ORG, GPE (a country, city or state), LOC, NORP (a nationality or group), ..."
    )
    name: str = Field(description="The most complete form of the name.")
    aliases: list[str] = Field(default_factory=list, description="Other forms the text uses.")
    titles: list[str] = Field(default_factory=list, description="Titles and roles given to the entity.")
    mentions: list[Mention] = Field(default_factory=list, description="Every place the text names the entity.")


class SpeakerRef(_Model):
    """Who speaks (or is spoken to), as the text names them."""

    entity: str | None = Field(default=None, description="Id of the entity speaking, when resolved.")
    text: str = Field(description="The words naming the speaker: Article.text[start:end].")
    start: int = Field(ge=0, description="Offset of the first character, into Article.text.")
    end: int = Field(ge=0, description="Offset one past the last character, into Article.text.")


class Cue(_Model):
    """The words that attribute a quote ('said', 'told Sputnik')."""

    text: str = Field(description="The cue's words: Article.text[start:end].")
    start: int = Field(ge=0, description="Offset of the first character, into Article.text.")
    end: int = Field(ge=0, description="Offset one past the last character, into Article.text.")


class Quote(_Model):
    """A statement the article reports, with who made it and when."""

    id: str = Field(description="Identifier inside this record, e.g. 'q1'.")
    kind: QuoteKind = Field(description="direct (in quotation marks), indirect (reported speech) or mixed.")
    text: str = Field(description="The words of the statement: Article.text[start:end].")
    start: int = Field(ge=0, description="Offset of the first character, into Article.text.")
    end: int = Field(ge=0, description="Offset one past the last character, into Article.text.")
    speaker: SpeakerRef | None = Field(default=None, description="Who made the statement, when found.")
    cue: Cue | None = Field(default=None, description="The words that attribute it, when found.")
    addressee: SpeakerRef | None = Field(default=None, description="Who it was said to ('told Sputnik'), when named.")
    date: str | None = Field(default=None, description="TIMEX3 value of when the statement was made, when known.")


class Anchor(_Model):
    """What a relative time expression was resolved against."""

    kind: Literal["published", "previous", "quote", "explicit", "none"] = Field(
        description="What the expression was resolved against."
    )
    value: str | None = Field(default=None, description="The anchor's own value (a date or date-time).")
    ref: str | None = Field(default=None, description="Id of the time or quote that gave the anchor.")


class TimeExpr(_Model):
    """A time expression of ``Article.text`` with its TIMEX3 value."""

    id: str = Field(description="Identifier inside this record, e.g. 't1'.")
    text: str = Field(description="The expression as written: Article.text[start:end].")
    start: int = Field(ge=0, description="Offset of the first character, into Article.text.")
    end: int = Field(ge=0, description="Offset one past the last character, into Article.text.")
    type: TimeType = Field(description="TIMEX3 type: DATE, TIME, DURATION or SET.")
    value: str | None = Field(default=None, description="TIMEX3 value, e.g. '2022-01-09TEV', 'P2D', 'PAST_REF'.")
    mod: str | None = Field(default=None, description="TIMEX3 mod, e.g. 'MORE_THAN', 'APPROX'.")
    anchor: Anchor | None = Field(default=None, description="What a relative expression was resolved against.")


class EventRef(_Model):
    """A stretch of ``Article.text`` that is evidence for an event."""

    start: int = Field(ge=0, description="Offset of the first character, into Article.text.")
    end: int = Field(ge=0, description="Offset one past the last character, into Article.text.")
    text: str = Field(description="The words: Article.text[start:end].")


class Event(_Model):
    """Something the article reports as happening, with its date and participants."""

    id: str = Field(description="Identifier inside this record, e.g. 'v1'.")
    kind: str = Field(description="meeting, statement, scheduled, release, decision, ...")
    text: str = Field(description="The words that report the event (its trigger).")
    start: int = Field(ge=0, description="Offset of the first character, into Article.text.")
    end: int = Field(ge=0, description="Offset one past the last character, into Article.text.")
    date: str | None = Field(default=None, description="TIMEX3 value of when it happened or will happen.")
    time: str | None = Field(default=None, description="Id of the time expression that dates it.")
    participants: list[str] = Field(default_factory=list, description="Entity ids.")
    place: str | None = Field(default=None, description="Where it happened, as written, when the text says.")
    quote: str | None = Field(default=None, description="Id of the quote, for statements.")
    evidence: list[EventRef] = Field(default_factory=list, description="Other words of the text that report it.")


class Article(_Model):
    """One analysed article."""

    schema_: Literal["dateline.article/1"] = Field(
        default=SCHEMA_VERSION, alias="schema", description="Version of the record's format: 'dateline.article/1'."
    )
    id: str = Field(description="Stable identifier derived from the input's content.")
    source: Source = Field(default_factory=Source, description="Where the article came from.")
    headline: str | None = Field(default=None, description="The headline, when the input shows one.")
    published: str | None = Field(default=None, description="Publication time, ISO 8601 with offset (or a date).")
    updated: str | None = Field(default=None, description="Last update time, ISO 8601 with offset (or a date).")
    dateline: DatelineInfo | None = Field(default=None, description="The dateline opening the body, when there is one.")
    byline: list[str] = Field(default_factory=list, description="The authors' names, as written.")
    outlet: str | None = Field(
        default=None,
        description="Who published it: as given, else the URL's registered domain (bbc.co.uk), else the wire agency of the dateline.",
    )
    language: str | None = Field(default=None, description="The language, when given with the input (e.g. 'en').")
    metadata_origin: dict[str, FieldOrigin] = Field(
        default_factory=dict,
        description="Where each metadata field that has a value came from: given (with the input), parsed (read from it), url, dateline.",
    )
    media: list[Media] = Field(default_factory=list, description="Images and videos: captions and credits.")
    text: str = Field(default="", description="The clean body; paragraphs joined by a blank line.")
    paragraphs: list[Paragraph] = Field(default_factory=list, description="The paragraphs of text, in order.")
    removed: list[Removed] = Field(default_factory=list, description="What cleaning left out of text, and why.")
    warnings: list[str] = Field(default_factory=list, description="Problems with the record as a whole, for a person.")
    entities: list[Entity] = Field(default_factory=list, description="Named people, organisations, places, ...")
    quotes: list[Quote] = Field(default_factory=list, description="Statements, with speaker, cue and date.")
    times: list[TimeExpr] = Field(default_factory=list, description="Time expressions, with TIMEX3 values.")
    events: list[Event] = Field(default_factory=list, description="Events reported, with dates and participants.")
    original: str = Field(default="", description="The input exactly as read (decoded), kept verbatim.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_dict(self, *, original: bool = True) -> dict[str, Any]:
        data = self.model_dump(by_alias=True, mode="json")
        if not original:
            data.pop("original", None)
        return data

    def to_json(self, *, original: bool = True, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(original=original), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls.model_validate(data)

    def paragraph_texts(self) -> list[str]:
        return [self.text[p.start : p.end] for p in self.paragraphs]

    def speaker_mentions(self, quote: Quote) -> list[tuple[int, int]] | None:
        """Where the quote's speaker is mentioned: all mentions of its entity, else its own span; None if unknown."""
        if quote.speaker is None:
            return None
        for entity in self.entities:
            if entity.id == quote.speaker.entity:
                return [(m.start, m.end) for m in entity.mentions] + [(quote.speaker.start, quote.speaker.end)]
        return [(quote.speaker.start, quote.speaker.end)]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the record, generated from the models."""
    schema = Article.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_VERSION
    return schema
