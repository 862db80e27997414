"""Attribution read off spaCy's parse: reporting verbs, their subjects (speakers) and addressees.

Used beside the learned tagger: to attribute quoted stretches it left alone, to find the addressee of
"told Sputnik", and, when the model files are missing, as the whole (rule-based) attribution.
Offsets are into the paragraph the spaCy ``Doc`` was made from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: lemmas of verbs that report speech, writing or stated belief
REPORTING = frozenset(
    [
        "say",
        "tell",
        "add",
        "state",
        "claim",
        "explain",
        "note",
        "argue",
        "insist",
        "warn",
        "write",
        "announce",
        "declare",
        "ask",
        "reply",
        "respond",
        "answer",
        "acknowledge",
        "admit",
        "suggest",
        "report",
        "confirm",
        "deny",
        "stress",
        "emphasize",
        "emphasise",
        "comment",
        "recall",
        "conclude",
        "urge",
        "predict",
        "describe",
        "tweet",
        "post",
        "testify",
        "assert",
        "maintain",
        "contend",
        "complain",
        "remark",
        "observe",
        "reiterate",
        "vow",
        "promise",
        "pledge",
        "concede",
        "boast",
        "joke",
        "quip",
        "mention",
        "estimate",
        "caution",
        "demand",
        "allege",
        "charge",
        "told",
        # verbs of the manner of speaking: '“Don’t shake his hand!” one *shouted*'
        "shout",
        "yell",
        "whisper",
        "exclaim",
        "mutter",
    ]
)
#: verbs of stance and belief that news attributes ("X wants ...", "polls show ..."): the tagger
#: looks at their paragraphs too (PolNeAR counts them as attributions)
STANCE = frozenset(
    [
        "call",
        "support",
        "show",
        "question",
        "expect",
        "want",
        "think",
        "point",
        "endorse",
        "attack",
        "find",
        "criticize",
        "criticise",
        "accuse",
        "believe",
        "cite",
        "reveal",
        "praise",
        "defend",
        "oppose",
        "propose",
        "agree",
        "decline",
        "refuse",
        "hope",
        "plan",
        "blame",
        "dismiss",
        "fear",
        "worry",
        "doubt",
        "reject",
        "signal",
        "indicate",
        "recommend",
        "learn",
    ]
)
#: reporting verbs whose object is the one spoken to ("told Sputnik")
ADDRESSING = frozenset(["tell", "inform", "assure", "warn", "remind", "brief", "ask", "told"])
PRONOUNS = frozenset(["he", "she", "they", "i", "we", "it"])
_SUBJ = ("nsubj", "nsubjpass")
_NOT_IN_SPEAKER = frozenset(("relcl", "acl", "punct", "advcl", "parataxis", "cc", "conj"))
#: "said in a statement", "said in an interview": kept in the cue
_CUE_NOUNS = frozenset(
    ["statement", "interview", "tweet", "post", "email", "letter", "release", "briefing", "speech", "remarks"]
)


@dataclass(frozen=True)
class Piece:
    start: int
    end: int


@dataclass(frozen=True)
class Frame:
    """One reporting verb: its cue, speaker and addressee (paragraph offsets), and its clause."""

    verb: int  # token index
    cue: Piece
    speaker: Piece | None
    addressee: Piece | None
    content: Piece | None  # the reported clause ("that ..."), when there is one


def is_reporting(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING


def reports_or_stance(token: Token) -> bool:
    """A verb of saying or of stance ("accused", "believes"): the tagger's cues hold either."""
    return token.pos_ in ("VERB", "AUX") and (token.lemma_.lower() in REPORTING or token.lemma_.lower() in STANCE)


def noun_phrase(token: Token) -> Piece:
    """The noun phrase headed by ``token``, without relative clauses, appositions after commas, ..."""
    keep = [token]
    stack = list(token.children)
    while stack:
        child = stack.pop()
        if child.dep_ in _NOT_IN_SPEAKER and child.head == token:
            continue
        if child.dep_ == "appos" and child.head == token and child.i > token.i:
            continue
        keep.append(child)
        stack.extend(child.children)
    left = min(t.i for t in keep)
    right = token.i
    # extend right over contiguous kept tokens (compounds, "of" phrases)
    kept = {t.i for t in keep}
    while right + 1 in kept:
        right += 1
    doc = token.doc
    return Piece(doc[left].idx, doc[right].idx + len(doc[right].text))


#: signs spaCy calls punctuation that belong to the number before them ("12%")
NUMBER_SIGNS = frozenset(["%", "‰"])


def is_mark(token: Token) -> bool:
    """Punctuation that ends no clause; a per cent sign is a word here (spaCy calls it punctuation)."""
    return token.is_punct and token.text not in NUMBER_SIGNS


def cue_of(verb: Token) -> Piece:
    """The verb with its auxiliaries and negation before it, and "in a statement" after it."""
    left = verb.i
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < verb.i and child.i == left - 1:
            left = child.i
    right = verb.i
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "prep" and child.i == right + 1 and child.lower_ == "in":
            objs = [g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in _CUE_NOUNS]
            if objs:
                right = objs[0].i
    return Piece(doc[left].idx, doc[right].idx + len(doc[right].text))


def _reporter_above(verb: Token) -> Token:
    """The verb whose subject a participle of saying shares. The parser often hangs ", adding:" on the
    reported clause ("Igor suggested that cannabis could reduce ..., adding:") or on a quotation it made
    the root ("they noted, "... could have adverse consequences," ... stating that"): the participle is
    then the reporter's, never the reported clause's subject's."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or not is_reporting(verb) or verb.lemma_.lower() == "cite":
        return head
    for _ in range(4):
        if head.dep_ == "ccomp" and is_reporting(head.head) and head.head.i < verb.i and not is_reporting(head):
            # "X suggested that Y could ..., adding"; but "X said Trump had told him ..., saying": Trump's
            return head.head
        said = next((c for c in head.children if c.dep_ == "parataxis" and is_reporting(c)), None)
        if said is not None and any(c.dep_ in _SUBJ for c in said.children):
            return said  # ""...," they noted, ..., stating"
        if head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i != head.i:
            head = head.head  # ", using the example of ..., stating": one participle after another
            continue
        break
    return verb.head


def frame_of(verb: Token) -> Frame:
    subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    if (
        subj is None
        and (verb.dep_ in ("xcomp", "conj", "advcl") or (verb.dep_ == "ccomp" and verb.tag_ == "VBG"))
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        # "..., saying ...", "the appeal says that ..., stating:": the participle's subject is its verb's
        subj = next((c for c in _reporter_above(verb).children if c.dep_ in _SUBJ), None)
    elif subj is None and verb.dep_ == "pcomp" and verb.head.lower_ in ("as", "by") and verb.head.head.pos_ == "VERB":
        # "Jane Doe was quoted by the outlet as saying ...": the subject of "quoted" says it; so does the subject
        # of "Ingraham introduced the segment by asking: ..."
        subj = next((c for c in verb.head.head.children if c.dep_ in _SUBJ), None)
    if subj is not None and subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        subj = verb.head  # "the Trump administration, which has accused Beijing of ...": the administration
    elif subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "ccomp" and verb.head.lemma_ == "be":
        # a cleft, "It was the coalition that says ...": the coalition
        focus = next((c for c in verb.head.children if c.dep_ == "attr"), None)
        if focus is not None and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.head.children):
            subj = focus
    speaker = (
        noun_phrase(subj)
        if (subj is not None and subj.pos_ != "PRON") or (subj is not None and subj.lower_ in PRONOUNS)
        else None
    )
    addressee = None
    if verb.lemma_.lower() in ADDRESSING:
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj") and c.i > verb.i), None)
        if obj is not None:
            addressee = noun_phrase(obj)
    content = None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is not None and clause.i > verb.i:
        doc = verb.doc
        left, right = clause.left_edge.i, clause.right_edge.i
        while right > left and is_mark(doc[right]) and doc[right].text not in '"”’':
            right -= 1
        content = Piece(doc[left].idx, doc[right].idx + len(doc[right].text))
    return Frame(verb.i, cue_of(verb), speaker, addressee, content)


def frames(doc: Doc | Span, inside_quotes: list[tuple[int, int]]) -> list[Frame]:
    """Every reporting verb outside the quoted stretches, with what the parse says about it."""
    out = []
    for token in doc:
        if not is_reporting(token):
            continue
        if any(s <= token.idx < e for s, e in inside_quotes):
            continue
        out.append(frame_of(token))
    return out


def frame_at(doc: Doc | Span, cue: tuple[int, int], stance: bool = False) -> Frame | None:
    """The frame of the reporting verb (with ``stance``, or stance verb: "accused") inside a cue span
    (the tagger's), if the parse has one."""
    verb = reports_or_stance if stance else is_reporting
    # only the tokens over the cue are looked at (not every token before it: linear per paragraph)
    from spacy.tokens import Doc

    whole = doc if isinstance(doc, Doc) else doc.doc
    span = whole.char_span(cue[0], cue[1], alignment_mode="expand") if 0 <= cue[0] < cue[1] <= len(whole.text) else None
    if span is not None:
        first, last = (0, len(whole)) if isinstance(doc, Doc) else (doc.start, doc.end)
        for token in span:
            if first <= token.i < last and verb(token):
                return frame_of(token)
        return None
    for token in doc:
        if token.idx >= cue[1]:
            break
        if token.idx + len(token.text) > cue[0] and verb(token):
            return frame_of(token)
    return None


#: nouns that, bare after "according to", say how something goes ("according to plan"), not who says so
MANNER_NOUNS = frozenset(["plan", "schedule", "script", "tradition", "custom", "design", "form", "expectations"])


def according_to(doc: Doc) -> list[Frame]:
    """ "according to X": the cue "according to", X the speaker."""
    out = []
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            to = doc[token.i + 1]
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if (
                obj is not None
                and obj.lower_ in MANNER_NOUNS
                and not any(c.dep_ in ("det", "poss") for c in obj.children)
            ):
                continue  # "Not everything is going according to plan": how a thing goes, no one's words
            speaker = noun_phrase(obj) if obj is not None else None
            cue = Piece(token.idx, to.idx + len(to.text))
            out.append(Frame(token.i, cue, speaker, None, None))
    return out
