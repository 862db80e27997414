"""Bylines: the authors' names a scraped article's plain text shows, read with rules about lines.

No model runs here (the text stages stay fast), so a byline is recognised by the shape of its line:

- a byline line: "By Jane Doe", "Von Anna Muster | 3. März 2020", "Par Jean Dupont" (:func:`byline`);
- a labelled name: "Author: Jane Doe", "Autorin: Uta Muster, Projektleiterin", "Auteur : Jean Dupont",
  "Text & Fotos: Ivan Muster", "Geschrieben von Max", or the label alone ("By", "Über den Autor",
  "About the author") with the name on the next line (:func:`labelled_byline`);
- a byline inside a header line: "Posted on 5 April 2015 by marc" (:func:`inline_byline`);
- a line that is only a name, next to the headline or in an author box (:func:`name_line`).

Names come out bare: no "By", no date, no role ("Jane Doe, Staff Writer" gives "Jane Doe").
:func:`page_byline` puts the rules together for a whole saved page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from dateline import boilerplate
from dateline.layout import words as words_
from dateline.layout.config import DATE_LINE_WORDS  # a name and its date: "Jane Doe 19.10.2019"
from dateline.timeparse import RE_CLOCK, find_date

#: a soft hyphen, a hyphenation hint some sites put inside words ("Mat\xadthi\xadas"): not part of a name
SOFT_HYPHEN = "\u00ad"
#: the longest line read as a byline, in characters
BYLINE_CHARS = 160
#: an undated line with "by"/"von" in it of at most this many words can be a byline ("Ein Beitrag von X")
INLINE_BYLINE_WORDS = 10
#: ... when at most this many words come before the "von" ("Ein Beitrag von X", not a title's "... von X")
INLINE_BYLINE_LEAD = 2
#: a dated byline line inside the article ("By X | 3 May 2022") has at most this many words
HEADER_LINE_WORDS = 12
#: how many lines below the headline its byline is looked for
NEAR_HEADLINE = 8
#: how many lines below the main block are searched for a line that is only an author's name
NAME_BELOW = 6
#: how many lines below the main block a labelled byline (an author box) is looked for
AUTHOR_BOX_LINES = 20

# a name: capitalised words, with the particles of names between them ("Ludwig van Beethoven")
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PARTICLE = r"de|van|von|der|den|da|du|del|della|di|al|bin|la|le|ten|ter|zu"
# (case-sensitive inside the case-insensitive byline patterns: "and" is not a name's word)
_NAME = rf"(?-i:{_CAP}(?:\s+(?:{_CAP}|{_PARTICLE})){{0,3}})"
RE_BYLINE = re.compile(
    rf"^(?:(?:written|reported|words|story|text)\s+)?(?:by|von|par|por|door)[:\s]+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?P<rest>.*)$",
    re.I,
)
RE_AUTHOR = re.compile(
    rf"^(?:author|authors|reporter|correspondent)s?\s*:\s*(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)(?P<rest>.*)$",
    re.I,
)
# the labels that stand alone over the name on the next line (not "Text", "Interview": a section's tag)
_LABEL_AUTHOR = (
    r"authors?|autor(?:in|en|innen)?|autor/in|autor\*in|auteure?s?|autore|autrice|autores?|reporter|"
    r"correspondent|writer|von|by|par|por"
)
# a label naming the author, then a colon: "Autorin:", "Auteur :", "Text & Fotos:", "Interview:"
_LABEL_NOUN = (
    _LABEL_AUTHOR + r"|text(?:e|o)?|testo|tekst|words|story|interview|"
    r"text\s*(?:&|und|and|/|\+)\s*(?:fotos?|bilder?|photos?|foto)|redaktion|rédaction|redacción|redazione"
)
# a phrase that ends in "by"/"von"/"par": "Written by", "Ein Beitrag von", "Veröffentlicht von"
_LABEL_PHRASE = (
    r"(?:written|posted|published|reported|verfasst|geschrieben|erstellt|veröffentlicht|gepostet|publié|écrit|"
    r"rédigé|escrito|publicado|scritto|pubblicato|ein(?:\s+\w+)?\s+(?:beitrag|artikel|text|gastbeitrag|kommentar)|"
    r"un\s+article|an\s+article|a\s+post|eine\s+kolumne)\s+(?:by|von|par|por|da|di|door)"
)
RE_LABELLED = re.compile(rf"^(?:(?i:{_LABEL_NOUN})\s*[:：]|(?i:{_LABEL_PHRASE})\s*:?)\s*(?P<rest>\S.*)$")
# a label alone on its line, the name on the next: "By", "Autor:", "Über den Autor", "About the author"
RE_LABEL_ALONE = re.compile(
    rf"^(?i:(?:{_LABEL_AUTHOR}|{_LABEL_PHRASE})\s*[:：]?|about\s+the\s+authors?|(?:über|zum|zur)\s+(?:den\s+|die\s+)?"
    r"autor(?:in|en)?(?:/\s*(?:die\s+)?autorin)?|à\s+propos\s+de\s+l['’]auteure?|sobre\s+el\s+autor|"
    r"l['’]auteure?|der\s+autor|die\s+autorin|the\s+author)$"
)
# the words of a role, not a name: "Jane Doe, Staff Writer", "Uta Muster, Projektleiterin der HSS"
_ROLE = re.compile(
    r"\b(?i:staff|writer|editor|reporter|correspondent|contributor|columnist|journalist(?:in)?|director|chief|"
    r"senior|head|manager|attorney|officer|president|professor|phd|ph\.d|redakteur(?:in)?|redaktion|leiter(?:in)?|"
    r"projektleiter(?:in)?|geschäftsführer(?:in)?|sprecher(?:in)?|pressesprecher(?:in)?|mitarbeiter(?:in)?|"
    r"autor(?:in)?|rédact(?:eur|rice)|journaliste|correspondant|envoyée?|spécial|redactor|redattore|"
    r"experte?|expertin|volontär(?:in)?|praktikant(?:in)?|chefredakteur(?:in)?|ressortleiter(?:in)?)\b"
)
# a byline inside a header line: "Posted on 5 April 2015 by marc", "Veröffentlicht am ... von Heiko"
RE_INLINE_BYLINE = re.compile(
    r"(?:^|[\s|·~–—-])(?i:by|von|par|por|door|di|av|af|autor(?:in)?:?|author:?|verfasst von|posted by|written by)"
    r"\s+(?P<name>[A-Za-zÀ-ÿ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]+|de|van|von|der|da|al|la|le)){0,3})"
)
# before "by"/"von": a photo credit, a comment, a shared post, or a role ("Bestseller-Autor X"), not a byline
_NOT_BYLINE_BEFORE = re.compile(
    r"(?i:foto|photo|image|bild|picture|grafik|illustration|video|kommentar|comment|antwort|reply|geteilt|shared|"
    r"quelle|source|jokes?|#\d+)\W*(?:\w+\W+)?(?:by|von|par|por|door)?\s*$|\w-(?i:autor|author)"
)
# a line that is only a person's name: "Ingo Arzt", "Boris T. Kaiser" (an author box, a header line)
_NAME_WORD = r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’]+)*"  # "Anna-Lena", "Quibeldey-Cirkel"
RE_NAME_LINE = re.compile(rf"^{_NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+(?:von|van|de|der|du|da|le|la)?\s*{_NAME_WORD}){{1,2}}$")
# words a person's name does not open with: articles, possessives, prepositions (a heading, a menu item)
_NOT_NAME_START_WORDS = (
    "the a an our my your this that his her their der die das den dem des ein eine einer unser unsere mein "
    "meine dein deine ihr ihre im in am an zum zur vom von für über aus mit bei nach auf unter vor le la les "
    "un une des du au aux notre nos mon ma mes el los las una nuestro nuestra il lo gli uno het een onze "
    "all alle alles mehr more new neu neue neues neuer neuste neueste aktuelle aktuell weitere other "
    "letzte letzten latest recent top related popular beliebte ähnliche"
)
_NOT_NAME_START = frozenset(_NOT_NAME_START_WORDS.split())
# a line that is only "by" / "von": the name follows on the next line
RE_BY_ALONE = re.compile(r"^(?i:by|von|par|por|door|di|av|af|written by|posted by|autor(?:in)?:?|author:?)$")
# where a labelled name ends: a date, a separator, "am"/"on"/"le" before a date, a bracket
_NAME_END = re.compile(
    r"\s+[|·•~–—-]\s+|\s*[|·•(\[]|\s+(?i:am|on|le|el|il|um|at|in|im|unter|under|on)\s+(?=\d|[A-ZÀ-Þ]?[a-zà-ÿ]+\s+\d)"
)
_SPLIT_NAMES = re.compile(r"\s*(?:[,;&]|\s(?:and|und|et|y|e|i|og|en)\s)\s*")
# a handle: "marc", "freeman1984", "det/dpa" (taken only after an explicit label)
_HANDLE = re.compile(r"^[^\W_][\w.'’/@-]{1,30}$")
_NAME_AT = re.compile(rf"^(?:(?:Dr|Prof|Mag|Dipl|Ing|Mr|Mrs|Ms)\.?\s+)*(?P<name>{_NAME})")


# a degree or credential after a name, not another name: "MD", "PhD", "ABFM", "M.D."
_CREDENTIAL = re.compile(r"[A-Z]{2,6}|Ph\.?\s?D\.?|M\.\s?D\.|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?")


def byline(text: str) -> list[str] | None:
    """The names of a line that starts as a byline: "By Jane Doe", "Von Anna Muster | 3. März", "Author: X"."""
    text = text.replace(SOFT_HYPHEN, "")
    if len(text) > BYLINE_CHARS:
        return None
    m = RE_BYLINE.match(text) or RE_AUTHOR.match(text)
    if not m:
        return None
    if text[0].islower() and not text.lower().startswith("by"):
        return None  # "von ..." starting a line is the rest of a sentence, not a byline
    rest = m.group("rest").strip(" ,|-–—")
    # "By Jane Doe, Reuters" / "By Jane Doe | 10 January 2022" are fine; "By the way, ..." is not
    if rest and len(rest.split()) > 10:
        return None
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("names")) if n.strip()]
    names = [n for n in names if n[0].isupper() and n.lower() not in boilerplate.NOT_NAMES]
    names = [n for i, n in enumerate(names) if i == 0 or not _ROLE.search(n)]  # "By Jane Doe, Staff Writer"
    names = [n for i, n in enumerate(names) if i == 0 or not _CREDENTIAL.fullmatch(n)]  # "By Jane Doe, MD, PhD"
    names = [n for i, n in enumerate(names) if i == 0 or not outlet_name(n)]  # "By Jane Doe, Associated Press"
    if len(names) > 1 and " " not in names[-1] and _ROLE.match(rest):
        names.pop()  # "By Jane Doe, Guest writer": a role in two words, the first capitalised
    return names or None


# the words of a news outlet's name: "Associated Press", "The Detroit News", "Kaiser Health News", "Fox News"
_OUTLET_WORDS = re.compile(
    r"\b(?i:news|times|post|press|agency|journal|tribune|herald|daily|gazette|magazine|media|network|radio|tv"
    r"|television|broadcasting|wire|chronicle|observer|telegraph|examiner|insider|weekly|online|dispatch|inquirer"
    r"|newspaper|channel|bureau)\b"
)
_AGENCY = re.compile(rf"(?:{words_.CREDIT_HOLDERS})")


def _compact(text: str) -> str:
    return re.sub(r"\W", "", text).casefold()


def site_of(url: str | None) -> str | None:
    """The name part of an address's domain: "examplenews" for https://www.examplenews.com/a/b."""
    m = re.match(r"^(?:[a-z]+://)?(?:www\d?\.)?([^/:?#]+)", url or "", re.I)
    if m is None or "." not in m.group(1):
        return None
    parts = m.group(1).split(".")
    return parts[-3] if len(parts) >= 3 and len(parts[-1]) == 2 and len(parts[-2]) <= 3 else parts[-2]


def outlet_name(text: str, site: str | None = None) -> bool:
    """Whether a name after a byline's first is a news outlet's, not a second author's: it opens with "The",
    holds a word of an outlet's name ("News", "Times", "Post", "Press", "Agency", ...), is a news agency, or is
    the article's own site (``site``: its name, or its address's domain, "Example News" for examplenews.com)."""
    text = text.strip()
    if site and _compact(text) in (_compact(site), _compact(re.sub(r"^the\s+", "", site, flags=re.I))):
        return True
    return bool(re.match(r"The\s", text) or _OUTLET_WORDS.search(text) or _AGENCY.fullmatch(text))


def names_in(text: str, *, handles: bool = False) -> list[str]:
    """The names at the start of ``text`` (what follows a byline's label), without dates and roles.

    "Uta Muster, Projektleiterin der HSS" gives ["Uta Muster"]; "Jelko Muster und Jutta Muster" both;
    with ``handles``, a bare user name ("marc", "freeman1984", "det/dpa") counts as a name.
    """
    found = find_date(text)
    if found is not None:
        text = text[: found[1]]
    end = _NAME_END.search(text)
    if end is not None:
        text = text[: end.start()]
    text = RE_CLOCK.sub(" ", text).strip(" ,:;|·•-–—/")
    names: list[str] = []
    for index, part in enumerate(_SPLIT_NAMES.split(text)):
        part = part.strip(" .,:;")
        if not part or part.casefold() in boilerplate.NOT_NAMES:
            continue
        m = _NAME_AT.match(part)
        if m is not None and (index == 0 or not _ROLE.search(part)):
            name = m.group("name").rstrip(" .-")
            # the name is the whole part, or a name and a role after it ("Peter Muster/SP-X" too)
            if _ROLE.search(name) and index > 0:
                continue
            if name.casefold() not in boilerplate.NOT_NAMES and (len(name.split()) > 1 or index == 0):
                names.append(name)
        elif index == 0 and handles and _HANDLE.match(part.split()[0]) and len(part.split()) <= 2:
            names.append(part.split()[0])
        if index == 0 and not names:
            return []
    return names


def labelled_byline(texts: Sequence[str], index: int, stops: AbstractSet[str] = frozenset()) -> list[str] | None:
    """The names of a labelled byline at ``texts[index]``: "Autor: X" on one line, or "Über den Autor" then "X"."""
    text = texts[index].replace(SOFT_HYPHEN, "")
    if len(text) > BYLINE_CHARS:
        return None
    m = RE_LABELLED.match(text)
    if m is not None:
        rest = m.group("rest")
        if len(rest.split()) <= INLINE_BYLINE_WORDS or find_date(rest) is not None:
            names = names_in(rest, handles=True)
            return names or None
        return None
    if RE_LABEL_ALONE.match(text) and index + 1 < len(texts):
        following = texts[index + 1]
        if (
            1 <= len(following.split()) <= DATE_LINE_WORDS
            and not following.endswith(":")
            and not boilerplate.widget_reason(following)
        ):
            names = names_in(following, handles=True)
            # the label says a name follows: only a line of common words ("Der Verlag") is none
            if names and not {w.casefold() for w in names[0].split()} <= stops:
                return names
    return None


def inline_byline(text: str) -> list[str] | None:
    """The name of a byline inside a header line, e.g. "Posted on 5 April 2015 by marc".

    "by", "von", "par" are also prepositions of prose and titles ("von Wasserstoff", "estimé par Jacques
    Chirac", "Theorie von Lawinen"): the byline starts the line, or the line is dated, or the word is
    unambiguous ("posted by", "Autor:"), or the line is short with at most two words before the "by"
    ("Ein Beitrag von X").
    """
    text = text.replace(SOFT_HYPHEN, "")
    if len(text) > BYLINE_CHARS:
        return None
    m = RE_INLINE_BYLINE.search(text)
    if not m or m.group("name").lower() in boilerplate.NOT_NAMES:
        return None
    before = text[: m.start()]
    if _NOT_BYLINE_BEFORE.search(before + text[m.start() : m.start("name")]):
        return None  # "Foto von X", "Kommentar von X", "Bestseller-Autor X": a credit, a comment, a role
    dated = find_date(text) is not None
    keyword = text[m.start() : m.start("name")].strip(" |·~–—-").casefold()
    at_start = not before.strip()
    explicit = keyword.startswith(("posted", "written", "verfasst")) or (
        keyword.startswith(("autor", "author")) and (at_start or keyword.endswith(":"))
    )
    name = m.group("name").strip(" .-")
    if not dated and not name[0].isupper():
        return None  # "Autor kontaktieren"
    # "Ein Beitrag von Robin Muster", not "Wölfe von Menschen nicht beeindruckt": a name of two or more
    # words, at the end of a short line, with at most two words before the "von"
    short = (
        len(text.split()) <= INLINE_BYLINE_WORDS
        and len(before.split()) <= INLINE_BYLINE_LEAD
        and len(name.split()) > 1
        and not text[m.end() :].strip(" .,;:|·•-–—")
    )
    if not (dated or explicit or at_start or short):
        return None
    return [name]


def name_line(text: str, stops: AbstractSet[str]) -> str | None:
    """``text`` as a name when the line is only a person's name ("Marie Merlet |" too), none of its
    words one of the page's common words (``stops``: "Der Verlag" is not a name)."""
    name = text.strip(" |·•-–—,")
    if not RE_NAME_LINE.match(name) or name.casefold() in boilerplate.NOT_NAMES:
        return None
    words = [w.casefold() for w in name.split()]
    # jusText's stop lists hold common first names ("michael", "georg"): only a line of stop words, or
    # one that opens with an article, pronoun or preposition ("Der Turm", "Unsere Geschichte"), is no name
    if set(words) <= stops or words[0] in _NOT_NAME_START or boilerplate.widget_reason(name):
        return None
    return name


def strong_byline(texts: Sequence[str], index: int, stops: AbstractSet[str]) -> list[str] | None:
    """The names of a line that says it is a byline: "By X", "Autor: X", "by" then the name, "... von X"."""
    text = texts[index]
    if len(text) > BYLINE_CHARS:
        return None
    names = byline(text)
    if names:
        return names
    if RE_BY_ALONE.match(text) and index + 1 < len(texts):
        following = texts[index + 1]
        if 1 <= len(following.split()) <= 5 and not find_date(following):
            return [following.strip(" |·,")]
    return labelled_byline(texts, index, stops) or inline_byline(text)


def dated_name(text: str, stops: AbstractSet[str]) -> str | None:
    """The name of a line that is only a name, or a name and its dates and times, apart or in segments:
    "Bettina Kugler 19.10.2019, 05:00 Uhr", "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen"."""
    if len(text) > BYLINE_CHARS:
        return None
    name = name_line(text, stops)
    if name is not None or len(text.split()) > DATE_LINE_WORDS + 4:
        return name
    rest, dates = text, 0
    while (found := find_date(rest)) is not None and dates < 3:  # "28. Juni 201914. Januar 2020 | Name"
        rest, dates = rest[: found[1]] + " | " + rest[found[2] :], dates + 1
    if not dates:
        return None
    rest = RE_CLOCK.sub(" ", rest)
    rest = re.sub(r"\b(?i:uhr|am|on|at|le|el|um)\b", " ", rest)
    segments = [" ".join(seg.split()) for seg in re.split(r"\s+[-–—~]\s+|[|·•,/]", rest)]
    segments = [seg for seg in segments if seg.strip(" -–—~:")]
    # one segment is the name, the others a few words at most ("91 Ergänzungen", "Kommentare")
    for seg in segments:
        name = name_line(seg, stops)
        if name is not None and all(len(other.split()) <= 3 for other in segments):
            return name
    return None


def name_list(text: str, stops: AbstractSet[str]) -> list[str] | None:
    """The names of a line that is only names: "Clara Löw, Siddharth Prakash & Klaus Jacob"."""
    if len(text) > BYLINE_CHARS:
        return None
    parts = [part.strip() for part in _SPLIT_NAMES.split(text.strip(" |·•-–—,"))]
    if len(parts) < 2:
        return None
    names = [name_line(part, stops) for part in parts]
    return [name for name in names if name] if all(names) else None


def name_byline(text: str, stops: AbstractSet[str]) -> list[str] | None:
    """The names of a line that is only a name (and perhaps its dates) or only names."""
    name = dated_name(text, stops)
    return [name] if name else name_list(text, stops)


def near_byline(texts: Sequence[str], index: int, stops: AbstractSet[str]) -> list[str] | None:
    """The names of a byline at ``texts[index]``, next to the headline; None when it is none."""
    return strong_byline(texts, index, stops) or name_byline(texts[index], stops)


def page_byline(
    texts: Sequence[str],
    heading: int | None,
    window: range,
    block: tuple[int, int],
    stops: AbstractSet[str],
    skip: AbstractSet[int] = frozenset(),
) -> list[str]:
    """The byline of a saved page: ``texts`` its lines, ``heading`` the headline's line, ``window`` the
    header (the lines above the main block and its first ones), ``block`` the main block (first, last).

    In order: a byline next to the headline; one in the header; a labelled one in an author box below
    the block ("Über den Autor", "Written by"); a line that is only a name in the header or just below.
    Lines in ``skip`` (the headline) are never read as a byline.
    """
    near: list[int] = []
    if heading is not None:
        near = [*range(heading + 1, min(len(texts), heading + 1 + NEAR_HEADLINE)), *range(max(0, heading - 2), heading)]
        near = [index for index in near if index not in skip]
    # first a line that says it is a byline: next to the headline, in the header, in an author box below
    # (or at the end of the article: "Autorin: ..." as its last line)
    last = block[1]
    box = range(last + 1, min(len(texts), last + 1 + AUTHOR_BOX_LINES))
    header = [i for i in window if i not in skip]
    if header and header[0] > 0:
        header.insert(0, header[0] - 1)  # a label just above the header ("Autor:", the name below it)
    for index in [*near, *header, *box]:
        found = strong_byline(texts, index, stops)
        if found:
            return found
    for index in range(block[0], last + 1):
        text = texts[index]
        labelled = RE_LABELLED.match(text) or RE_LABEL_ALONE.match(text)
        found = labelled_byline(texts, index, stops) if labelled else None
        if not found and len(text.split()) <= HEADER_LINE_WORDS and find_date(text) is not None:
            found = byline(text)  # "Por Adriano Fernandes | 03/05/2022 20:36" below a lede
        if found:
            return found
    # then a line that is only a name (and perhaps a date) or names: next to the headline, in the header,
    # just below
    for index in near:
        names = name_byline(texts[index], stops)
        if names:
            return names
    below = range(last + 1, min(len(texts), last + 1 + NAME_BELOW))
    for index in [*window, *below]:
        if index not in skip and _dated_context(texts, index) and (name := dated_name(texts[index], stops)):
            return [name]
    return []


def _dated_context(texts: Sequence[str], index: int) -> bool:
    """Whether a short line with a date is at ``index`` or next to it (a name line's date)."""
    for near in (index - 1, index, index + 1):
        if 0 <= near < len(texts) and len(texts[near].split()) <= DATE_LINE_WORDS and find_date(texts[near]):
            return True
    return False


# --- the byline block, reposted bylines and notes about the author in a scraped body ------------------
#: a line of a byline block at the top of a text (a name, a role, an outlet) has at most this many words
BLOCK_LINE_WORDS = 6
#: a byline block is a names line and at most this many lines about the author below it
BLOCK_LINES = 3
#: the longest note about the author, in words (as ``boilerplate.author_bio``)
NOTE_WORDS = 80
_PARTICLES = frozenset(_PARTICLE.split("|"))
_NAME_PART = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]*[a-zà-ÿ][A-Za-zÀ-ÿ'’-]*")
_INITIAL = re.compile(r"[A-Z]\.")
# a desk or staff credit, not a person: "Staff", "Staff writer", "USA TODAY Life staff", "Editors",
# "The Editorial Board", "News desk", "Wire reports"
RE_STAFF = re.compile(
    r"^(?i:(?:by\s+)?(?:the\s+)?(?:[\w.&'’-]+\s+){0,3}?(?:staff(?:\s+(?:writers?|reporters?|reports?))?|editors|"
    r"editorial\s+board|news\s*desk|newsroom|wire\s+(?:services?|reports?)))$"
)
# a reposted story's credit: "Originally published on www.example.org", "This article was first published
# by Jane Doe at X", "Republished with permission from X", "This story originally appeared in X"
RE_REPOSTED = re.compile(
    # "The post <its title> appeared first on Example News." (a feed's closing line)
    r"^(?i:the\s+post\s)(?-i:[A-Z“\"‘']).{3,200}\s(?i:appeared\s+first\s+on)\s+(?-i:[A-Z\w])[^.]{1,60}\.?$|"
    # "This article (<its title>) as originally created and published by Waking Times ..."
    r"^[*†]?\s*(?i:(?:(?:this\s+)?(?:article|story|post|piece|report|column)\s+(?:\([^()]{1,200}\)\s+)?"
    r"(?:was\s+|is\s+|has\s+been\s+|as\s+)?)?"
    r"(?:originally|first)\s+(?:created\s+and\s+)?(?:published|appeared|posted|ran)\b|re(?:published|posted|printed)\s+(?:from|with|by|courtesy)\b)"
)
_REPOST_TERMS = re.compile(
    r"\b(?:creative commons|re-?post(?:ed)?|republish(?:ed)?|reprint(?:ed)?|with permission)\b", re.I
)
# a note about the author besides "X is a reporter for Y": "Follow Jane Doe on Twitter: @jdoe",
# "Jane Doe can be reached at jdoe@example.com", a name and a role closed by a handle ("... Twitter @jdoe")
_NOTE_NAME = r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]+|de|van|von|der|da|del|la|le)){0,3})"
RE_FOLLOW_AUTHOR = re.compile(
    rf"^(?i:follow)\s+{_NOTE_NAME}\s+(?i:on|at)\s+(?i:twitter|x|facebook|instagram|linkedin|threads|mastodon|bluesky)\b"
)
RE_REACH_AUTHOR = re.compile(rf"^{_NOTE_NAME}\s+(?i:can|may)\s+be\s+(?i:reached|contacted|followed|emailed|found)\b")
RE_HANDLE_NOTE = re.compile(rf"^{_NOTE_NAME}\b.{{0,300}}(?i:twitter|instagram|x)?:?\s+@\w+\.?$")


def person_name(text: str) -> str | None:
    """``text`` as one person's name written out: two to four capitalised words (camel case and
    apostrophes too, initials and particles between), perhaps an honorific before and "Jr." after
    ("Dr. Jane Doe", "Sara Potter McKay", "Matt O'Neil", "John Q. Public Jr."); None for a place or
    outlet in capitals ("USA TODAY"), a sentence, a phrase opening with an article or preposition."""
    name = text.strip(" ,|·•-–—")
    words = name.replace(",", " ").split()
    if words and words[0].rstrip(".").casefold() in words_.HONORIFICS:
        words = words[1:]
    if words and words[-1].rstrip(".").casefold() in words_.NAME_SUFFIXES:
        words = words[:-1]
    if not 2 <= len(words) <= 4 or words[0].casefold() in _NOT_NAME_START:
        return None
    for index, word in enumerate(words):
        if _INITIAL.fullmatch(word) or (0 < index < len(words) - 1 and word in _PARTICLES):
            continue
        if not _NAME_PART.fullmatch(word):
            return None
    if name.casefold() in boilerplate.NOT_NAMES or name.casefold() in words_.WIRE_NAMES:
        return None  # ("Associated Press": a wire)
    return name


def credit_line(text: str) -> bool:
    """Whether ``text`` credits a desk, the staff or a wire instead of a person: "Staff", "Staff writer",
    "The Editorial Board", "The Associated Press" (never a headline, never an author's name)."""
    text = text.strip(" |·•-–—,.")
    if len(text.split()) > BLOCK_LINE_WORDS:
        return False
    return bool(RE_STAFF.match(text)) or text.casefold() in words_.WIRE_NAMES


# what a story's kind before "by" says at the top of a story: "Commentary by Jane Doe", "Analysis by ..."
_KIND_BY = re.compile(r"^(?i:comments?|commentary|analysis|opinion|essay|review|reporting|photos?)\s+(?=by\s)")
# a note crediting who helped: "Jane Doe contributed to this report.", "Additional reporting by Jane Doe",
# "Reporting by Jane Doe; Editing by John Roe", "Staff writer Jane Doe contributed reporting from Paris.",
# "Jane Doe contributed from London.", "Reporting was contributed by Jane Doe", "Contributing: Jane Doe"
RE_CONTRIBUTED = re.compile(
    r"^(?:(?P<names>[^.]{3,120}?)\s+(?:also\s+)?(?i:contributed)"
    r"(?:\s+(?i:reporting|research|to\s+(?:this|the)\s+(?:report|story|article))|(?=\s+(?i:from)\s+[A-Z])|(?=\W*$))"
    r"|(?i:(?:additional\s+)?reporting|writing|editing)\s+(?i:(?:was\s+)?(?:contributed\s+)?)by\s+[A-Z]"
    r"|(?i:contributing(?:\s+(?:writers?|reporters?|reporting))?)\s*:\s*[A-Z@][^.]{1,100}$)"
)
# who reported the story from where, beside the note on who helped: "Jordans reported from Berlin.",
# "This story was reported from Cincinnati."
RE_REPORTED_FROM = re.compile(
    r"^(?P<names>[A-Z][^.]{1,80}?)\s+(?:was\s+)?(?i:reported)\s+from\s+[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*){0,3}$"
)
# a reporter's role before their name in such a note: "Staff writers", "AP Medical Writer",
# "Times staff writer", "Sun-Times reporter", "Associated Press journalists around the world"
_CONTRIBUTOR_ROLE = re.compile(
    r"^(?:[\w.'’&-]+\s+){0,3}?(?:(?i:writers?|reporters?|journalists?|correspondents?|editors?|staff|photographers?)(?:\s+|$))+"
    r"(?:(?i:around the world|across the country|worldwide)$)?"
)
_SURNAME = re.compile(r"[A-Z][\w'’-]+")
_THIS_STORY = re.compile(r"(?i:this\s+(?:story|report|article))\b")
#: a note on who helped is at most this many words
CONTRIBUTORS_WORDS = 2 * HEADER_LINE_WORDS + 6


def _contributors(names: str) -> bool:
    """Whether ``names`` (the words before "contributed") are people, a wire or a desk: "Jane Doe and
    John Roe", "Staff writers Jane Doe and John Roe", "AP Medical Writer Jane Doe", "Associated Press
    journalists around the world" (never a company or a pronoun: "The company contributed ..." is prose)."""
    names = names.strip(" ,")
    role = _CONTRIBUTOR_ROLE.match(names)
    if role is not None:
        if not names[role.end() :].strip():  # a desk or wire alone: "Associated Press journalists ..."
            return names[0].isupper()
        names = names[role.end() :]
    parts = [part for part in _SPLIT_NAMES.split(names) if part.strip()]
    return bool(parts) and all(
        person_name(part) or credit_line(part) or part.strip().casefold() in words_.WIRE_NAMES for part in parts
    )


def contributors_note(text: str) -> bool:
    """Whether ``text`` credits who helped with the story: "Jane Doe and John Roe contributed to this
    report.", "Additional reporting by Jane Doe", "Contributing: Jane Doe, Example News", "(Doe reported from
    Paris. Staff writer John Roe contributed to this report.)" (the people named before "contributed" must
    be names, perhaps after their role: "The company contributed to this report" is prose)."""
    text = text.strip()
    if len(text.split()) > CONTRIBUTORS_WORDS:
        return False
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    sentences = [part for part in re.split(r"(?<=[a-z)\]])\.\s+(?=[A-Z])", text.rstrip(".")) if part.strip()]
    credited = False
    for sentence in sentences:
        m = RE_CONTRIBUTED.match(sentence)
        if m is not None:
            names = m.group("names")  # (a list after the label "Contributing:" is a credit as it stands)
            if names is not None and not _contributors(names):
                return False
            credited = True
            continue
        m = RE_REPORTED_FROM.match(sentence)
        if m is None:
            return False
        names = m.group("names")
        # people (a surname alone too: "Jordans reported from Berlin."), or the story itself
        if not (_contributors(names) or _SURNAME.fullmatch(names) or _THIS_STORY.fullmatch(names)):
            return False
    return credited or (bool(sentences) and _THIS_STORY.match(sentences[0]) is not None)


def by_line(text: str) -> bool:
    """Whether ``text`` says it is a byline ("By Jane Doe", "Commentary by Jane Doe"): such a line opening
    a story is read as its byline before any widget rule ("Comments by ..." is no comment section there)."""
    return len(text.split()) <= 2 * BLOCK_LINE_WORDS and bool(byline(_KIND_BY.sub("", text)))


def block_names(text: str) -> list[str] | None:
    """The names of a byline block's first line: "By Jane Doe", "by Jane Doe", "Commentary by Jane Doe",
    "Jane Doe", "Jane Doe and John Roe"; None when it is no such line."""
    if len(text.split()) > 2 * BLOCK_LINE_WORDS:
        return None
    names = byline(_KIND_BY.sub("", text))
    if names:
        return names
    parts = [part for part in _SPLIT_NAMES.split(text.strip(" |·•-–—,")) if part]
    found = [person_name(part) for part in parts]
    return [name for name in found if name] if parts and all(found) else None


def affiliation_line(text: str) -> bool:
    """Whether ``text`` says who the author of the line above is: a role ("Opinion contributor",
    "Editor, Example News", "Special to the Post"), a wire or desk, or an outlet written as a name
    ("Sarasota Herald-Tribune", "USA TODAY"): a few words, no sentence end."""
    found = text.split()
    if not 1 <= len(found) <= BLOCK_LINE_WORDS or text.rstrip()[-1] in '.!?:;,"”' or re.search(r"[—–]", text):
        return False  # (a dash: a dateline opening the story)
    if find_date(text):
        return False
    if words_.AUTHOR_ROLES.search(text) or credit_line(text):
        return True
    # an outlet's name: its words capitalised, but for the small ones ("The Rutherford Institute")
    return found[0][0].isupper() and all(
        word[0].isupper() or word.casefold() in words_.NAME_SMALL_WORDS for word in found if word[0].isalpha()
    )


def byline_block(texts: Sequence[str], index: int) -> tuple[int, list[str]] | None:
    """The byline block opening at ``texts[index]`` (the top of a story): a line of names, a desk or a
    wire, then the lines about who they are (a role, an outlet; a date line may stand between):

        Jane Doe                    By Jane Doe and John Roe       Staff
        Opinion contributor         The Example Times              The Associated Press

    Gives how many lines it spans (the date lines in it included) and the names.  A bare name needs a
    line about it below (a name alone could be a heading: "Olympic National Park"); "By ..." or a desk
    or wire credit stands alone."""
    first = texts[index]
    credit = credit_line(first)
    names = None if credit else block_names(first)
    if names is None and not credit:
        return None
    end = index + 1
    while end < len(texts) and end - index <= BLOCK_LINES:
        following = texts[end]
        if affiliation_line(following):
            end += 1
        elif len(following.split()) <= DATE_LINE_WORDS and find_date(following) and end + 1 < len(texts):
            end += 1  # "May 22, 2020" between the name and the outlet
        else:
            break
    while end > index + 1 and not affiliation_line(texts[end - 1]):
        end -= 1  # the block ends on a line about the author, not on a date
    if names is not None and not byline(first) and not credit and end == index + 1:
        return None
    return end - index, names or []


def reposted_names(text: str) -> list[str] | None:
    """The names a reposted story's credit gives ("This article was originally published by Jane Doe at
    X" gives ["Jane Doe"]; "Originally published on example.org" gives []); None for another line."""
    # a title in brackets is not counted ("This article (<title>) as originally ..."); a note that goes on
    # with the terms of the repost ("... under a Creative Commons license. It may be re-posted freely ...")
    # may be as long as a note about the author
    limit = NOTE_WORDS if _REPOST_TERMS.search(text) else 2 * HEADER_LINE_WORDS
    if len(re.sub(r"\([^()]*\)", " ", text).split()) > limit or not RE_REPOSTED.match(text):
        return None
    by = re.search(r"\bby\s+(?P<rest>.+)$", text)
    if by is None:
        return []
    rest = re.split(r"\s+(?:at|on|in|for|from)\s+", by.group("rest"))[0]
    return [name for name in (person_name(part) for part in _SPLIT_NAMES.split(rest)) if name]


def author_note(text: str) -> str | None:
    """The author's name when ``text`` is a note about the author ("Jane Doe is a senior reporter for X.",
    "Follow Jane Doe on Twitter: @jdoe", "Jane Doe can be reached at ...", "Jane Doe, Research Fellow
    at X. Twitter @jdoe"); "" for such a note without a full name ("Follow Jane on Twitter") or one that
    credits who helped ("Jane Doe contributed to this report."); None when it is none."""
    if len(text.split()) > NOTE_WORDS:
        return None
    if contributors_note(text):
        return ""  # who contributed is not who wrote it
    if boilerplate.author_bio(text):
        name = text.split(" is ")[0].split(" was ")[0].split(",")[0].strip()  # (without a degree: ", MD,")
        return name if len(name.split()) <= 4 else ""
    for pattern in (RE_FOLLOW_AUTHOR, RE_REACH_AUTHOR):
        m = pattern.match(text)
        if m is not None:
            return person_name(m.group("name")) or ""
    # a line closed by a handle is a note only when it opens with a full name (not "It's been ... @x")
    m = RE_HANDLE_NOTE.match(text)
    return person_name(m.group("name")) if m is not None else None
