"""Kinds of boilerplate line found in scraped articles, and photo credits.

Each rule describes a *kind* of line (a subscribe box, a share bar, a cookie notice, a photo credit),
never the words of one article.  :func:`widget_reason` names the kind of a widget line;
:func:`find_credit` splits a photo line into credit and caption.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from dateline import textblocks
from dateline.layout.words import CREDIT_HOLDERS
from dateline.timeparse import MONTH_INTL

MONTH_WORDS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
#: month names of other languages (see dateline.timeparse.MONTHS_INTL), as one pattern
MONTH_NAMES_INTL = r"\b(?:" + MONTH_INTL + r")\b"
#: a headline has at most this many words
HEADLINE_WORDS = 16
NOT_NAMES = {"the", "staff", "our", "a", "an", "editorial", "admin"}

# short widget lines: the whole line is the widget (up to a dozen words)
_SHORT_WIDGETS: list[tuple[str, re.Pattern[str]]] = [
    (
        "subscribe widget",
        re.compile(
            r"\b(subscribe|subscription|sign[ -]?up|signup|newsletter|unsubscribe|register now|log ?in|sign ?in)\b",
            re.I,
        ),
    ),
    (
        "share widget",
        re.compile(
            # an action ("Print this article", "Email to a friend") or a platform's name ("Facebook",
            # "Twitter 1.2k") with at most a few words after it, or a label ("Share:"): not a headline
            # or a sentence that starts with the name ("Facebook wehrt sich gegen Maas-Gesetz")
            r"^(share|tweet|email|e-mail|print|pin|copy link)\b(\W*\w+){0,3}\W*$"
            r"|^(whatsapp|facebook|twitter|linkedin|reddit|messenger|telegram)\b\W*(\S+)?\s*$"
            r"|^(share|tweet|email|e-mail|print|whatsapp|facebook|twitter|linkedin|reddit|messenger|telegram)\s*[:|]"
            r"|\bshare (this|on|via|the|article|story)\b|^(facebook|twitter|x|linkedin|email|whatsapp)(\s*[|/·,]?\s*(facebook|twitter|x|linkedin|email|whatsapp|print|reddit|pinterest|telegram|copy link))+$",
            re.I,
        ),
    ),
    (
        "follow widget",
        re.compile(
            r"\bfollow (us|@|him|her|them|on)\b|\bfollow\s*$|^like us on\b|^join (us|me) (on|at)\b"
            r"|^follow\b.{0,60}\b(on|at) (twitter|facebook|instagram|linkedin|telegram|tiktok|youtube)\b"
            # "Follow Jane Doe and Example News at:" (its links under it)
            r"|^follow\b.{0,60}\s(at|on|here)$"
            r"|\b(folgen sie uns|folge uns|folgt uns|suivez[- ]nous|síguenos|siga[- ]nos|nos siga|seguici|obserwuj nas|volg ons)\b",
            re.I,
        ),
    ),
    (
        "read-more widget",
        re.compile(
            r"^(read|see|watch|listen)( (more|also|next|the full|full|now|here|on))?\b.*[:»>›→]|\b(read more|continue reading|read the full|click here|see also|full story|read next|more on this)\b",
            re.I,
        ),
    ),
    (
        "related widget",
        re.compile(
            r"^(related( articles| stories| content| news| topics| coverage)?|recent( posts| articles| stories)?$|popular posts$|recommended( for you| stories)?|you (may|might) (also )?like|more (from|stories|news|in)|most (read|popular|viewed|shared)|trending( now)?|top stories|editor'?s picks?|latest (news|stories)|in other news|also read|also on"
            r"|(die )?(meistgelesenen?|meist gelesenen?|beliebtesten|neuesten|aktuellsten)( artikel| beiträge| news| nachrichten| meldungen)?"
            r"|(ähnliche|verwandte|weitere) (artikel|beiträge|themen|nachrichten|meldungen|news)|mehr (aus|zum|zu|von) |auch interessant|lesen sie auch|das könnte (sie|dich) auch"
            r"|(articles?|contenidos?|noticias|temas|artículos) (similaires|liés|relacionad[oa]s)|à lire aussi|lire aussi|les plus lus|lo más leído|más noticias|zobacz (też|również)|leggi anche|ti potrebbe interessare)\b",
            re.I,
        ),
    ),
    (
        "advertisement",
        re.compile(
            r"^(advertisement|advertising|sponsored( content)?|ad|ads|promoted|paid (post|content)|partner content)\b|\bstory continue[sd] (below|after)\b|\b(scroll|continue) (down )?to (continue|read)\b",
            re.I,
        ),
    ),
    (
        "media-bank widget",
        re.compile(
            r"\b(go to the media ?bank|view (gallery|image|photo|slideshow)|enlarge (this )?(image|photo)|image \d+ of \d+|photo \d+ of \d+|\d+ (photos|images)|open gallery|play video|watch video|video duration|the gallery will (?:resume|continue))\b"
            r"|\blisten\s*[·•|]\s*\d{1,2}:\d{2}\b|\b(?:download|play) (?:the )?(?:audio|episode|podcast|brief|report|pdf)\b",
            re.I,
        ),
    ),
    (
        "comments widget",
        re.compile(
            r"^(\d+\s+)?(comments?|leave a (comment|reply)|join the (conversation|discussion)|show comments|view comments|post a comment)\b"
            r"|\b(scroll|click) (down |here )?to (leave|post|read|see) (a |the )?comments?\b",
            re.I,
        ),
    ),
    (
        "navigation",
        re.compile(
            r"^(home|menu|search|skip to (main )?content|back to top|next article|previous article|next|previous|close|open|toggle navigation|main menu|sections?)$"
            # a section's label alone on its line ("Opinion", "Analysis"): the page's, not the story's
            r"|^(opinion|analysis|news analysis|commentary|editorial|op-ed|perspective)$"
            # a placeholder the scraper caught before the page filled it: "Loading...", "Loading Something is loading."
            r"|^loading(\W*|\s+something is loading\W*)$",
            re.I,
        ),
    ),
    # the same kinds of line in the other languages common on the web
    (
        "share widget",
        re.compile(
            r"^(teilen|sharen|weiterempfehlen|(mit freunden |artikel |beitrag )?teilen|drucken|partager|imprimer|compartir|imprimir|condividi|stampa|podziel się|udostępnij|drukuj|delen|dela)\b"
            r"|\b(teile (diesen|den) (beitrag|artikel)|jetzt teilen|(nicht|gerne) zu teilen|mit (anderen|freunden) teilen|url zum kopieren|link kopieren|be sociable)\b",
            re.I,
        ),
    ),
    (
        "subscribe widget",
        re.compile(
            r"\b(abonnieren|abonnement|anmelden|registrieren|einloggen|abmelden|s'abonner|abonnez-vous|inscrivez-vous|suscr[ií]b[ea]te|suscripci[óo]n|iscriviti|zaloguj|zarejestruj|subskrybuj)\b",
            re.I,
        ),
    ),
    (
        "read-more widget",
        re.compile(
            r"^(weiterlesen|mehr lesen|mehr erfahren|mehr dazu|zum artikel|lire la suite|en savoir plus|leer m[áa]s|seguir leyendo|leggi (tutto|di più|anche)|czytaj (więcej|dalej|też)|lees meer|les mer|läs mer)\b",
            re.I,
        ),
    ),
    (
        "tags",
        re.compile(
            r"^(tags?|markiert mit|schlagw[öo]rter|schlagworte|stichw[öo]rter|argomenti|etiquetas|mots[- ]cl[ée]s|tagi|kategorien?|categor[íi]as?|cat[ée]gories?|rubriken?|abgelegt unter|filed under|posted in|getaggt mit|tagged( with)?)\b",
            re.I,
        ),
    ),
    (
        "advertisement",
        re.compile(
            r"^(anzeige|werbung|reklama|publicidad|publicit[ée]|pubblicit[àa]|advertentie|annonce|gesponsert)\s*:?$|^sponsored by\b",
            re.I,
        ),
    ),
    (
        "navigation",
        re.compile(
            r"^(zurück|weiter|startseite|übersicht|zurück zur übersicht|nach oben|zum seitenanfang|seitenanfang|inhaltsverzeichnis|hauptmenü|navigation|suche|accueil|inicio|volver|retour|menú|home page|homepage|vorheriger (beitrag|artikel)|nächster (beitrag|artikel)|menü|men[uú] principal"
            r"|(zum|direkt zum|springe zum|weiter zum) (inhalt|hauptinhalt)( springen| wechseln)?|zum inhalt (springen|wechseln)"
            r"|wechseln zu|aller au contenu|ir al contenido|vai al contenuto|feed der einträge|kommentar-feed)\b.{0,30}$",
            re.I,
        ),
    ),
    (
        "copyright notice",
        re.compile(
            r"^(©|\(c\)|copyright)\s*(\d{4}|[A-Z]).*\b(all rights reserved|rights reserved)\b|\ball rights reserved\b",
            re.I,
        ),
    ),
]
# cookie and consent notices can be long; they are recognised by their wording
_COOKIE = re.compile(
    r"\b(cookies?|consent|gdpr|tracking technologies|personal data|privacy (policy|settings|notice|preferences)|"
    r"accept all|reject all|manage (your )?(preferences|settings|choices)|legitimate interest|our partners)\b",
    re.I,
)
_COOKIE_STRONG = re.compile(
    r"\b(we use cookies|this (web)?site uses cookies|use of cookies|cookie (policy|settings|preferences|notice)|"
    r"accept (all )?cookies|by (continuing|clicking|using)[^.]{0,60}(agree|accept|consent)|"
    r"(store|access) information on (a|your) device|your (privacy )?choices|"
    # the same notice in the other languages dates are read in
    r"(wir|diese (web)?seite|diese website) (verwenden|verwendet|nutzen|nutzt|setzen|setzt) cookies|"
    r"(nous utilisons|ce site utilise) (des )?cookies|utiliza(mos)? cookies|utilizziamo (i )?cookie|"
    r"questo sito (utilizza|usa) (i )?cookie|(wij gebruiken|deze (web)?site gebruikt) cookies|"
    r"(używamy|wykorzystujemy) (plików )?cookie|utilizamos cookies|(este|o nosso) site (usa|utiliza) cookies)",
    re.I,
)

# who holds a photo's credit (news and picture agencies): one list, in dateline.layout.words
_AGENCIES = CREDIT_HOLDERS
_CREDIT_LEAD = re.compile(
    r"^(?:©|\(c\)\s|copyright\s|(?:photo(?:graph)?s?|image|picture|pic|credit|photo credit|image credit|"
    r"photo by|image by|picture by|photograph by|illustration|video)\s*[:|]?\s"
    r"|(?:fotos?|bild(?:er)?|titelbild|titelfoto|bildquelle|fotoquelle|quelle|fot\.|kuva|zdjęcie|crédito|crédit photo|"
    r"source image|imagen|bildnachweis)\s*[:|]\s?|fot\.\s)",
    re.I,
)
#: words that label a photo credit, in the languages dates are read in ("Foto: dpa", "Bild: ...", "Kuva: ...")
_PHOTO_LABELS = (
    r"(?:photo(?:graph)?|image|picture|credit|pic|foto(?:grafía|grafia)?|bild(?:quelle)?|fotoquelle|bildnachweis|kuva"
    r"|imagen|crédito|crédit(?: photo)?|zdjęcie|fot\.)"
)
_CREDIT_TAIL = re.compile(
    rf"(?:\s*[\(\[](?P<paren>(?:[^()\[\]]*(?:(?i:photo|images?|pictures?|courtesy)|{_AGENCIES})[^()\[\]]*"
    rf"|(?i:{_PHOTO_LABELS})s?\s*:\s*[^()\[\]]{{1,80}}))[\)\]]"
    rf"|\s+(?P<label>(?:photo(?:graph)?|image|picture|credit|pic)s?\s*:\s*[^.]{{2,80}})"
    # a capitalised label after a sentence's end: "... Montevideo. Foto: Archivo El País."
    rf"|(?<=[.!?)”\"|–-])\s+(?P<label2>(?=[A-ZÀ-Þ])(?i:{_PHOTO_LABELS})s?\s*:\s*(?=[A-ZÀ-Þ0-9©])(?:[^.:]|\.(?=\S)){{2,80}}\.?)"
    # a copyright sign and its holder closing a caption: "... Gassen. © Rike/pixelio.de"
    rf"|(?<=[\w.)”\"])\s*(?:[-–|]\s*)?(?P<copy>(?:©|\(c\))\s*[^©.]{{1,60}}?(?:\.[a-z]{{2,6}})*)"
    # "Jane Doe/AP", "AP Photo/Jane Doe, File", "Jane Doe/AP Images", "Jane Doe/Getty Images for Example Festival"
    rf"|(?:^|\s+)(?P<slash>(?:(?:[A-Z][\w'-]+|[A-Z]\.)(?:\s(?:[A-Z][\w'-]+|[A-Z]\.)){{0,3}}\s*/\s*)?(?i:{_AGENCIES})(?:\s+(?i:photos?|images|pictures))?"
    rf"(?:\s*(?:/|via)\s*[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){{0,3}})*(?:\s+for\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,4}})?(?:,\s*(?i:file))?)"
    # an organisation's photo after a sentence's end: "... April 28, 2020. U.S. Air Force photo/Staff Sgt. Jane Doe"
    rf"|(?<=[.!?”\"])\s+(?P<orgphoto>(?:[A-Z][\w.'’-]*\s+){{1,4}}(?i:photo|photograph|image)\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,5}})"
    # "... shift. Photo illustration by Example. Photo by Jane Doe/Example."
    rf"|(?<=[.!?”\"])\s+(?P<by>(?:(?=[A-Z])(?i:photo(?:graph)?|image|illustration|photo illustration)s?\s+by\s+[A-Z][^.]{{1,60}}(?:\.\s*|$)){{1,3}})"
    # "... | AP Photo", "... | Getty Images"
    rf"|\s*\|\s*(?P<pipe>[^|]{{0,40}}(?:[Pp]hoto|[Ii]mages?|[Pp]ictures?|{_AGENCIES})[^|]{{0,40}}))\s*$"
)
#: a photo label followed by this many words or fewer holds a credit, not a caption ("Photo: Reuters")
CREDIT_ONLY_WORDS = 4
# a caption's label: "FILE PHOTO: ...", "PHOTO: ...", "Pictured: ..."
_CAPTION_LABEL = re.compile(r"^(?:(?:featured |file |top |lead )?(?:photo|image)|pictured|caption)\s*:\s*(?=\S)", re.I)
# "© AFP 2020 / JOHN THYS" before its caption: the holder, a year, a photographer in capitals
_COPYRIGHT_HOLDER = re.compile(
    r"^(?:©|\(c\))\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}(?:\s+\d{4})?(?:\s*/\s*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*)?(?=\s+[A-Z][A-Za-z])"
)
# "© Sputnik / Jane Doe Police officers patrol ...": a photographer's two-word name in title case after the slash
_COPYRIGHT_NAMED = re.compile(
    r"^(?:©|\(c\))\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}(?:\s+\d{4})?\s*/\s*[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+(?=\s+[A-Z])"
)
# the words before a credit that are no caption ("Featured image via ...", "Photo credit")
_IMAGE_LABEL = re.compile(r"(?i:(?:featured |header |top |cover |lead )?(?:image|photo|picture)s?(?: credit)?:?)")
# a credit alone on its line: a photographer's name and the outlet after a slash ("Jane Doe/Example News"),
# or a screen grab's ("YouTube screen grab", "Screenshot via X")
_NAME_SLASH_CREDIT = re.compile(
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*/\s*[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}"
    r"|(?:[A-Z][\w'’.-]*\s+){0,3}(?i:screen ?grab|screenshot|screen capture)(?:\s+(?i:via|from|of)\s+[\w'’. -]{1,40})?"
)
# a line that is only a bracketed credit: "(Getty Images)", "[Photo: AFP]"
_BARE_CREDIT = re.compile(
    rf"[\(\[](?P<credit>[^()\[\]]{{0,60}}(?:[Pp]hoto|[Ii]mages?|[Pp]ictures?|[Cc]ourtesy|{_AGENCIES})[^()\[\]]{{0,60}}"
    rf"|(?i:{_PHOTO_LABELS})s?\s*:[^()\[\]]{{1,80}})[\)\]]"
)
# a line that is only a bracketed name: a credit under a photo ("(Jane Doe/Example News)", "(Wellspring
# Fellowship Church)"): two to six capitalised words (small words between them), no sentence in it; not
# in capitals alone (a transcript's "(SOUNDBITE OF MUSIC)")
_PAREN_CREDIT = re.compile(r"\(([^()]{3,80})\)")
_PAREN_HOLDER = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:of|the|for|and|de|du|la|von|van)?\s*[A-Z][\w'’.&-]*){1,5}")
# a credit glued to the caption after it, with no space: "...Go to the mediabankRussian Deputy ..."
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def normalise(text: str) -> str:
    """Lower-case letters and digits only, single-spaced: the form paragraphs are compared in."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


def is_cookie_notice(text: str) -> bool:
    """Whether a paragraph is a cookie / consent notice."""
    if _COOKIE_STRONG.search(text):
        return True
    # two of the notice's words, or "cookie(s)" twice; one other word said twice is a paragraph about
    # that thing ("informed consent ... consent to treatment", a story on personal data), not a notice
    found = [m.group(1).casefold() for m in _COOKIE.finditer(text)]
    distinct = {word.rstrip("s") if word.startswith("cookie") else word for word in found}
    return len(distinct) >= 2 or sum(word.startswith("cookie") for word in found) >= 2


#: no widget, notice or photo line is longer: a longer line is never matched against their patterns
MAX_WIDGET_CHARS = 3000


#: an audio player's line (its show, the episode's title shown twice, "Listen", the length) has this many words
PLAYER_WORDS = 40
_PLAYER = re.compile(r"\blisten\s*[·•|]\s*\d{1,2}:\d{2}(?:\s+\d{1,2}:\d{2})?$", re.I)
# a video platform's name alone, or after its channel's name: what an embedded video leaves ("NBC YouTube")
_VIDEO_LABEL = re.compile(r"(?:[A-Z][\w&.'’-]*\s+){0,2}(?:YouTube|Vimeo)")


def widget_reason(text: str) -> str | None:
    """The kind of widget ``text`` is, or None when it is not one."""
    if len(text) > MAX_WIDGET_CHARS:
        return None
    words = text.split()
    if is_cookie_notice(text) and (len(words) <= 120):
        return "cookie notice"
    stripped = text.strip(" /|·•-–—>»›:")
    if not stripped or not text.strip(" *#~=_·•"):
        return "separator"  # "—", "* * *", "###"
    if len(words) <= 40 and (_ONE_LINK_LABEL.match(text.strip()) or _ONE_LINK.match(text.strip())):
        return "teaser"  # a label over one link inside the text ("RELATED STORY: ..."): not the article's end
    if len(words) <= REPOST_SOURCE_WORDS and (
        _REPOST_SOURCE.match(text.strip()) or _EXCERPTS_LABEL.match(text.strip())
    ):
        return "reposted story"
    if len(words) <= 12 and not _sentence_like(text):
        for reason, pattern in _SHORT_WIDGETS:
            if pattern.search(stripped):
                return reason
    elif len(words) <= 40:
        for reason, pattern in _SHORT_WIDGETS:
            if reason in ("advertisement", "copyright notice") and pattern.search(stripped):
                return reason
    if len(words) <= PLAYER_WORDS and _PLAYER.search(stripped):
        return "media-bank widget"  # "<show> <title> <title> Listen · 4:52 4:52": an audio player
    if _VIDEO_LABEL.fullmatch(stripped):
        return "embedded post"  # "NBC YouTube": the label an embedded video leaves
    if len(words) <= 60 and _EMBEDDED_POST.search(text) and _post_residue(text) <= POST_WORDS:
        return "embedded post"
    if len(words) <= POST_MAX_WORDS and (_POST_SIGNATURE.search(text) or _POST_LINK.search(text)):
        # a post's text with its signature or its short links: the whole line is the post (from a page
        # saved as text; the layout keeps a post in HTML, where trafilatura kept it as part of the article)
        return "embedded post"
    if len(words) <= LINK_LINE_WORDS and _link_line(stripped):
        return "link line"
    if len(words) <= LABELLED_LINK_WORDS and _LABELLED_LINK.match(stripped):
        return "link line"  # "Link: Cincinnati Symphony / YouTube / Facebook": a link's label and its anchors
    if len(words) <= LINK_LINE_WORDS and _SOURCE_HEADING.match(stripped):
        return "source list"
    if len(words) <= 50 and _CONTACT.search(text) and _EMAIL.search(text):
        return "contact line"
    if len(words) <= GRAPHIC_HELP_WORDS and _GRAPHIC_HELP.search(text):
        return "graphic instructions"
    if BRACKETED_TEASER_WORDS[0] <= len(words) <= BRACKETED_TEASER_WORDS[1] and _bracketed_headline(stripped):
        return "teaser"  # "[What you need to know about coronavirus]": a link to another story, in brackets
    if len(words) <= 40 and _TEASER.search(stripped):
        return "teaser"  # one link to another story, or a note on the story's making, inside the text
    if len(words) <= SERIES_NOTE_WORDS and _SERIES_NOTE.match(stripped):
        return "teaser"
    if len(words) <= POINTER_WORDS and _site_pointer(stripped):
        return "teaser"  # "For complete coverage of X, go to example.com/x.", "Visit Example.news to learn more"
    if len(words) <= GLUED_TEASER_WORDS and _glued_teaser(stripped):
        return (
            "teaser"  # "Digital sales boost:Walmart sales increase 10% as ..." (a link's label glued to its headline)
        )
    if len(words) <= READ_HERE_WORDS and (_LINK_HERE.match(stripped) or _DOCUMENT_HERE.match(text.strip())):
        return "teaser"  # "Please follow THIS LINK and sign ...", "My earlier analysis of X is here."
    if len(words) <= BUTTON_WORDS and _BUTTONS.fullmatch(stripped):
        return "button bar"  # "Read Later Add to Favourites Add to Collection Report"
    if len(words) <= HOMEPAGE_WORDS and _HOMEPAGE.match(stripped):
        return "navigation"
    if len(words) <= READ_HERE_WORDS and _READ_HERE.match(stripped):
        return "teaser"  # "Read the latest developments here.", "You can read this article as it appeared at X here."
    if len(words) <= 30 and _EMBED_PROMPT.search(stripped):
        return "embedded post"
    if len(words) <= 60 and _FORM.search(stripped):
        return "form"
    if len(words) <= 60 and _PROMO.search(stripped):
        return "advertisement"
    if len(words) <= TRANSCRIPT_NOTE_WORDS and _TRANSCRIPT_NOTE.search(stripped):
        return "disclaimer"
    if len(words) <= DISCLOSURE_WORDS and _DISCLOSURE.search(text.strip()):
        return "disclaimer"  # the outlet's ties to what it reports ("Editor's note: X is among NPR's sponsors.")
    if len(words) <= SUPPORT_WORDS and _support_appeal(stripped):
        return "donation appeal"
    if len(words) <= 40:
        # a "read also" label: the whole line is the heading of a list of other articles; with a
        # colon and a headline after it, a link to one other article inside or below the body
        label = _READ_ALSO.match(stripped)
        if label:
            return "read-more widget" if stripped[label.end() :].strip() else "related widget"
        # whole-sentence appeals: newsletter sign-ups, donations, licence notices
        for reason, pattern in _APPEALS:
            if pattern.search(stripped):
                return reason
    return None


#: a headline in brackets alone on its line has this many words (fewer: a transcript's "[Laughs]", "[crosstalk]")
BRACKETED_TEASER_WORDS = (4, 25)


def _bracketed_headline(text: str) -> bool:
    """A whole line in square brackets that reads as a headline ("[Tracking the outbreak, state by state]").

    The brackets mark it off the prose, so a longer one, links side by side ("[The latest on reopening plans in
    the region: D.C. | Maryland]") or a question after a sentence ("[It's the middle of the night. Do you know
    who your iPhone is talking to?]") is one too, where it does not end like a sentence part; an editor's note
    or a correction in brackets is the article's own.
    """
    inner = re.fullmatch(r"\[\s*([^\[\]]+?)\s*\]", text)
    if inner is None or not inner.group(1)[:1].isupper():
        return False
    headline = inner.group(1)
    if headline_like(headline):
        return True
    return len(headline) <= 250 and headline[-1] not in ".;,:" and not _BRACKETED_NOTE.match(headline)


# a note in brackets: "[Editor's note: ...]", "[POST-BROADCAST CORRECTION: ...]", "[Update, May 3: ...]"
_BRACKETED_NOTE = re.compile(
    r"^(?:editor['’]s note|note|(?:post-broadcast )?corrections?|clarification|updated?)\b", re.I
)


# a note on how a transcript was made: "... transcripts are created on a rush deadline by ... This text may not
# be in its final form and may be updated or revised in the future."
_TRANSCRIPT_NOTE = re.compile(
    r"\btranscripts? (?:are|is) (?:created|produced|provided|generated)\b.{0,160}"
    r"\b(?:may not be in its final form|accuracy and availability may vary|may be updated or revised)\b",
    re.I,
)
TRANSCRIPT_NOTE_WORDS = 80
# the outlet's note of its own ties to what it reports: "Editor's note: Apple and Google are among NPR's
# sponsors.", "Disclosure: Axel Springer, Insider Inc.'s parent company, is an investor in Airbnb, ...",
# "(Disclosure: Vox Media is partnered with Quibi on two shows ...)"
_DISCLOSURE = re.compile(
    r"^\(?(?:(?:full )?disclosure|editor['’]s note)\s*:.{0,200}\b(?:sponsors?|funders?|underwriters?|donors?|"
    r"investors?|invested|owns|owned|owner|parent company|partner(?:ed|s|ship)?|stake|financial support)\b",
    re.I,
)
DISCLOSURE_WORDS = 60

#: widget kinds shown inside an article's text, which do not mark the edge of its main block
INLINE_WIDGETS = frozenset(["embedded post", "teaser", "form"])
# a social-media post shown in the article: its signature ("— Jane Doe (@jdoe) May 22, 2020") or its links
_EMBEDDED_POST = re.compile(
    r"\bpic\.twitter\.com/\w+|https?://t\.co/\w+"
    r"|[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*(?:" + MONTH_WORDS + r")\w*\.?\s+\d{1,2},\s*\d{4}\s*$",
    re.I,
)
#: an embedded post's line is left out when this many words or fewer remain beside its links, handles,
#: hashtags and signature: a line that is links, or a signature alone (the post's own text may be
#: quoted as part of the article, as trafilatura-eval's gold has it)
POST_WORDS = 3


def _post_residue(text: str) -> int:
    rest = re.sub(r"https?://\S+|pic\.twitter\.com/\S+|[@#]\w+", " ", text)
    rest = re.sub(
        r"[—–-]\s*[^()\n]{1,60}\(\s*\)\s*(?:" + MONTH_WORDS + r")\w*\.?\s+\d{1,2},\s*\d{4}\s*$", " ", rest, flags=re.I
    )
    return len([w for w in rest.split() if any(c.isalnum() for c in w)])


#: the most words a post's line has (a post of 280 characters and its signature)
POST_MAX_WORDS = 80
# the signature closing a post shown in the article, with its own text before it on the line: Twitter's
# "— Jane Doe (@jdoe) May 22, 2020", Facebook's "Posted by Page Name on Monday, May 18, 2020",
# Instagram's "A post shared by Jane Doe (@jdoe) on May 5, 2020 at 3:02pm PDT"
_POST_SIGNATURE = re.compile(
    r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*(?:" + MONTH_WORDS + r")\w*\.?\s+\d{1,2},\s*\d{4}\s*$"
    r"|\bposted by\b[^.\n]{1,80}\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+(?:"
    + MONTH_WORDS
    + r")\w*\.?\s+\d{1,2},\s*\d{4}\s*$"
    r"|\ba post shared by\b[^\n]{1,80}\bon\s+(?:" + MONTH_WORDS + r")\w*\.?\s+\d{1,2},\s*\d{4}\b",
    re.I,
)
# a link that only a post's text carries: Twitter's link shortener and its picture links
_POST_LINK = re.compile(r"\bhttps?://t\.co/\w+|\bpic\.twitter\.com/\w+", re.I)
#: a line of links, web addresses or handles has at most this many words
LINK_LINE_WORDS = 8
# one link, web address, bare domain ("NaturalNews.com") or handle ("@jdoe"), or a list marker
_LINK_TOKEN = re.compile(
    r"(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}(?:/\S*)?|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|news|info|io|tv)"
    r"(?:/\S*)?|@\w{2,30}|[-–—•*·|,;:()\[\]\d.]+)",
    re.I,
)


# the heading of a list of sources or references, alone on its line: "Sources for this article include:",
# "References", "Sources:", "Notes"
_SOURCE_HEADING = re.compile(
    r"^(?:(?:additional|more|further|other) )?(?:sources?|references|bibliography|citations|notes|further reading)"
    r"(?: for this (?:article|story|report|post))?"
    r"(?: used| cited)?(?: include[sd]?)?\s*:?$",
    re.I,
)
#: how many lines under a source list's heading may be its entries
SOURCE_LINES = 16
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.I)


#: a line of a link's label and its anchors ("Link: Dan Performs / Facebook") has at most this many words
LABELLED_LINK_WORDS = 10
_LABELLED_LINK = re.compile(r"^links?\s*:\s*[^.!?:]+$", re.I)


def _link_line(text: str) -> bool:
    """A line of links, web addresses or handles alone ("https://...", "NaturalNews.com", "(3) https://...")."""
    tokens = text.split()
    if not tokens or not any(re.search(r"[a-z]{2}", t, re.I) for t in tokens):
        return False
    return all(_LINK_TOKEN.fullmatch(t.rstrip(".,;")) for t in tokens)


# a line that tells the reader how to reach the reporter or the desk: an e-mail address and an invitation
# to use it ("Jane Doe can be reached at jdoe@example.com", "Send tips to ...", "E-mail: ...")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.I)
_CONTACT = re.compile(
    r"\b(?:can be reached|reach (?:him|her|them|me|us|the (?:team|author|reporter))|contact(?:ed)? (?:him|her|them|me|us|the)"
    r"|^contact\b|send (?:us )?(?:your )?(?:tips|news tips|feedback|questions|comments|story ideas|letters)|tips? to\b"
    r"|\?\s+e-?mail\s+(?=\S+@)"
    r"|e-?mail (?:him|her|them|me|us)\b|^e-?mail\s*:|\be-?mail\s*:|write to (?:us|me|the)\b|let us know at)",
    re.I,
)
# instructions for an interactive graphic shown on the page ("Scroll below the map ...", "If you are on a
# mobile device, use two fingers to zoom"): a reader's action and the graphic, in either order
#: such instructions have at most this many words
GRAPHIC_HELP_WORDS = 60
_GRAPHIC_HELP = re.compile(
    r"(?:^(?:scroll|click|tap|hover|swipe|zoom)|(?-i:\b(?:scroll|click|tap|hover|swipe|zoom|pinch)))"
    r"(?:\s+(?:in|out|over|on|through|down|up|below|above|around|to|and))\b.{0,80}\b(?:map|chart|graphic|table|interactive|timeline)s?\b"
    r"|\b(?:map|chart|graphic|table|interactive|timeline)s?\b.{0,80}(?-i:\b(?:scroll|click|tap|hover|swipe|zoom|pinch))"
    r"(?:\s+(?:in|out|over|on|through|down|up|around))\b"
    r"|\bif you are (?:viewing|reading|on) (?:this )?(?:on )?a (?:computer|desktop|mobile|phone|tablet)"
    r"|\bhaving (?:a )?(?:problem|trouble) (?:viewing|seeing|loading) (?:the |this )?(?:photos?|images?|gallery|video|map|chart|graphic)"
    r"|\b(?:this|the) (?:graphic|map|chart|interactive|feature|content) requires javascript\b|\bplease enable javascript\b"
    r"|\b(?:use|click|tap) (?:on )?the (?:zoom|\+|plus|minus) (?:controls?|buttons?)\b",
    re.I,
)


# a link to another story, or a note on the story's making: "Related: <headline>", "Trending: ...",
# "Jane Doe contributed to this report.", "[Originally posted at Site]", "Article posted with permission"
_TEASER = re.compile(
    r"^(?:related(?: articles?| stories| coverage)?|trending(?: now)?|breaking(?: news)?|watch|must read|recommended)\s*[:|]\s*\S|^more\s*:\s*(?-i:[A-Z0-9“‘])"
    r"|^related articles\s+\S"
    # a box of other stories with its button: "More stories Faces of the dead This is how they lived ... Read now"
    r"|^more (?:stories|coverage)\s+\S.{0,200}\bread (?:now|more)$"
    r"|^\[(?:originally )?(?:posted|published|appeared) (?:at|on|in)\b"
    r"|^(?:this (?:article|story) )?(?:was )?originally (?:posted|published|appeared) (?:at|on|in)\b"
    r"|^article (?:posted|published|reprinted) with permission\b"
    r"|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$"
    # the reporters who helped: "Contributing: Jane Doe, John Roe, USA TODAY"
    r"|^(?-i:Contributing|CONTRIBUTING)\s*:\s*(?-i:[A-Z])[^.!?]{0,200}$"
    # an invitation to write to the site: "Please let us know what you think."
    r"|\b(?:please )?let us know what you think\b"
    r"|\bclick here\W*$|^click here\b|^(?-i:[Vv]ia\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})$|^(?:source|sources|h/t|hat tip)\s*:\s*\S[^.]{0,80}$"
    # a hat tip without its colon ("h/t Site", "h.t Site"), and a label over one linked headline ("Read: <headline>",
    # "READ MORE: ...", "RELATED STORY: ...", "See also: ...")
    r"|^(?:h/t|h\.t\.?|h/r|hat ?tip)\s+\S[^.]{0,60}$"
    r"|^(?:read|read more|read next|read also|also read|see also|related (?:story|article|link|video|post|reading))\s*:\s*(?-i:[A-Z0-9“‘\"'])"
    # notes on the story's making and on the page: who produced or edited it ("The video above was produced by
    # X.", "Produced by X. Edited by Y.", "—Edited by X for clarity"), the series or project it is part of, a
    # disclaimer of the site's views, a live page that stopped ("This briefing has ended. ..."), an invitation
    # to write to the editor
    r"|^(?:the (?:video|story|segment|report|podcast|interview|film|audio)(?: above| below)? was )?(?:produced|edited|reported) by\s+(?-i:[A-Z][\w'’.-]+\s+[A-Z])"
    r"|^(?:this|the above|the following) (?:article|story|report|post|piece|essay|interview|series|segment|episode|video)"
    r" is (?:part|one) of\b"
    r"|\bviews (?:expressed )?in this (?:article|post|piece|story|column)\b.{0,60}\b(?:not|do not|don'?t)\b"
    r"|^this (?:briefing|live blog|blog|page|feed|coverage) (?:has ended|is no longer (?:being )?updat(?:ing|ed))\b"
    r"|\b(?:submit|send|write) a letter to the editor\b|\bwe want to hear what you think\b"
    # a call for readers' stories ("Share your coronavirus story: Contact ..."), a pointer to the site's show,
    # episodes or live page ("For more on X, listen to What Next.", "View more episodes of X on Facebook.",
    # "Get the latest news about X in our live blog.")
    r"|^share your (?:[\w-]+ ){0,2}(?:story|stories|experiences?)\s*[:.!]"
    r"|^for more (?:on|of|about)\b[^.]{0,80},\s*(?:listen to|watch|subscribe to|tune in to)\b"
    r"|^(?:view|watch|see) more (?:episodes|videos) of\b"
    r"|^(?:get|follow|read|find)\b.{0,100}\bin our live (?:blog|coverage|updates)\W*$"
    # a plug for the site's sponsor, its podcast or its show ("Support my sponsor – X", "LISTEN TO X ON Y'S PODCAST")
    r"|^support (?:my|our) sponsors?\b|^listen to\b.{0,100}\bpodcast(?:\s+(?:below|above|here))?\W*$"
    # a broadcast's promotion: "See the full 60 Minutes interview, Sunday at 7 p.m. ET/PT on CBS."
    r"|^(?!.*\b(?:said|says|told)\b)(?:see|watch|catch|tune in to|don'?t miss)\b.{0,80}\b(?:interview|report|episode|segment|broadcast|special"
    r"|documentary)\b.{0,60}\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
    # an embedded video's fallback line: "<title> from <uploader> on Vimeo."
    r"|\bfrom\s+\S.{0,80}\s+on (?:vimeo|youtube)\W*$"
    r"|^this (?:article|story|post|page) (?:was|has been) (?:last )?(?:updated|corrected)\b"
    # a correction's note ("CORRECTION (May 15, 2020): A previous version of this article ..."), a feed's
    # footer ("The post <headline> appeared first on <site>.")
    r"|^(?:correction|clarification|update|editor'?s note)\b.{0,60}?:\s*(?:a|an) (?:previous|earlier) version of this"
    r" (?:article|story|post|report)\b"
    r"|^the post\s.{5,250}\sappeared first on\s.{2,80}$"
    r"|\bhave a (?:news )?tip\b|\bsend (?:us )?(?:a |your )?(?:news )?tips?\b"
    # a pointer to a graphic, video or gallery shown elsewhere: "[Graphic: <title>]", "For a graphic on X, open ..."
    r"|^\[(?:graphic|interactive|video|photos?|gallery|map|chart|podcast|listen|watch)\s*:"
    r"|^for (?:a|an|the) (?:graphic|interactive|map|chart|video|gallery|photo gallery|live blog|timeline)\b"
    r"|^(?:graphic|interactive|video|gallery|photos|podcast)\s*:\s*\S.*\bhttps?://"
    # a show's episode: "Politics Podcast: Does The U.S. Have A Plan?"
    r"|^(?:[A-Z][\w'’]*\s+){0,4}(?:podcast|video|episode)\s*:\s*(?-i:[A-Z])"
    # a recording or video on a platform: "Listen to <show> on Spreaker."
    r"|^(?:listen|watch)\b.{0,100}\b(?:on|at|via) (?:spreaker|soundcloud|spotify|apple podcasts|itunes|youtube|stitcher"
    r"|google podcasts|vimeo|rumble|bitchute)\W*$",
    re.I,
)
# a pointer to a post, video or recording shown next: "Watch:", "Check out Twitter's response below:"
_EMBED_PROMPT = re.compile(
    r"^(?:watch|listen|video|audio)$|^(?:check out|watch|listen to|see|here is|here's)\b.{0,100}\bbelow\W*$"
    # "Listen below to <show> as <host> unpacks ...:", "Watch above: ..."
    r"|^(?:listen|watch|see|check out)\s+(?:below|above)\b(?:[^.!?]{0,200}|\s*:.*)$"
    r"|\b(?:in|on) the (?:video )?player (?:above|below)\b|\bwatch (?:the|this) (?:full |latest )?(?:video|episode|interview|report)\b.{0,60}\b(?:above|below)\W*$",
    re.I,
)
# a form's fields and notes, a product promotion
_FORM = re.compile(
    r"^(?:name|email|e-mail|first name|last name|comment|website|phone)\s*\*$|\bthis field is for validation purposes\b",
    re.I,
)
_PROMO = re.compile(
    r"^(?:be sure to|make sure to|pick up|get|buy|shop|order|grab|save|experience|try)\b.{0,200}\b\d{1,2}% off\b"
    # a discount offered with an exclamation: "Get X Plus at 50% off now!", "... our best-selling products!"
    r"|\b\d{1,2}(?:\s*(?:to|-|–)\s*\d{1,2})?% off\b.{0,120}!\s*$"
    # a call to order a product ("Order here!", "... ORDER HERE!", "Buy now"), a shop's plug ("today's top-selling products")
    r"|^(?:order|buy|shop|purchase|get (?:it|yours|one|a copy))\s+(?:it\s+|yours\s+|one\s+)?(?:here|now|today)\s*!*$"
    r"|\b(?-i:ORDER HERE|BUY NOW|SHOP NOW)!*$|\b(?:top|best)[- ]selling products\b.{0,40}!\s*$",
    re.I,
)
# a label over one link inside the text, alone on its line ("RELATED STORY:"): an inline teaser (a plural
# heading, "Related articles", closes the article instead, and "Related:", "See also:" may head a list)
_ONE_LINK_LABEL = re.compile(r"^related (?:story|article|link|video|post|reading)\s*:$", re.I)
# the same label with the linked headline after it ("RELATED STORY: <headline>")
_ONE_LINK = re.compile(r"^related (?:story|article|link|video|post|reading)\s*:\s*\S", re.I)
# the source and date over an excerpt of another outlet's story ("Tampa Bay May 22, 2020:", "The Blaze, May 21,
# 2020:", "By: Site, May 19, 2020:"), and the label over it ("Excerpts:", "Some excerpts:")
_REPOST_SOURCE = re.compile(
    r"^(?:by:?\s+)?(?-i:[A-Z][\w'’&.-]*)(?:\s+(?:(?-i:[A-Z][\w'’&.-]*)|of|the|and|de))*,?\s+(?:"
    + MONTH_WORDS
    + r")\w*\.?\s+\d{1,2},\s+\d{4}\s*:$",
    re.I,
)
_EXCERPTS_LABEL = re.compile(
    r"^(?:some |an? |more )?excerpts?(?: from (?:the|this|that) (?:article|story|report))?\s*:$", re.I
)
#: a source-and-date line over an excerpt has at most this many words
REPOST_SOURCE_WORDS = 10
# a note that the story is read elsewhere, alone on its line: "Read the latest developments here.", "This
# briefing has ended. Read global live updates here.", "You can read this article as it originally appears at X here."
# (after another sentence only after a note on the page itself: a news item closed by "Read more here." is prose)
_READ_HERE = re.compile(
    r"^(?:(?:this|the|our) (?:briefing|live blog|blog|live coverage|coverage|page|story|article|post|feed|thread)\b[^.!?]{0,60}[.!?]\s+)?"
    r"(?:you can )?(?:read|watch|see|listen to|find|check out)\b[^.!?\"“”]{0,120}\bhere\s*[.!]?"
    r"(?:\s*[—–-]\s*[A-Z]{2,3})?$",  # (an editor's initials after it: "You can read X's whole memo here. —DP")
    re.I,
)
#: such a note has at most this many words
READ_HERE_WORDS = 25
# a pointer to the site's front page, a sentence or not: "Visit Example News's homepage for more stories.", "Back to homepage"
_HOMEPAGE = re.compile(r"^(?:visit|go to|return to|back to)\b.{0,60}\bhome ?page\b", re.I)
HOMEPAGE_WORDS = 15
# an appeal to support the site, addressed to the reader, whatever its length ("We could use your help ...",
# "... on our Patreon page for our subscribers to help us do what we do")
_SUPPORT_APPEAL = re.compile(
    r"\b(?:we (?:could|can) use your (?:help|support)|(?:please )?support (?:our|independent) (?:journalism|reporting|work)"
    r"|become a (?:patron|paying member|supporter|sustaining member)|make a (?:donation|contribution) (?:to us|today|now)"
    r"|donate (?:today|now|to us|here)|help us (?:continue|keep (?:going|publishing|reporting)|stay independent))\b|\b(?:patreon|subscribestar|ko-fi|buymeacoffee|paypal\.me)\b.{0,120}\b(?:us|our)\b"
    # a plea to back the site on a patronage platform: "Liked it? Take a second to support X on Patreon!"
    r"|\bsupport\b.{1,60}\bon (?:patreon|subscribestar|ko-fi|buy ?me ?a ?coffee)\b",
    re.I,
)
# the site speaking to its reader: "we", "us", "our" outside quotation marks (a tweet or a charity's call the
# article quotes, "... tweeted: 'We could use your help'", "To help the food bank, donate here", is no appeal)
_SITE_VOICE = re.compile(
    r"\b(?:we|us|our)\b|\bon (?:patreon|subscribestar|ko-fi|buy ?me ?a ?coffee)\b|^(?:also )?please help\b", re.I
)
_QUOTED = re.compile(r"[\"“„«][^\"“”„«»]*[\"”»]")


def _support_appeal(text: str) -> bool:
    """An appeal to support the site: in the site's own voice, outside any quotation in the line."""
    unquoted = _QUOTED.sub(" ", text)
    return bool(_SUPPORT_APPEAL.search(unquoted) and _SITE_VOICE.search(unquoted))


# a note that the story is part of a series or a project: "This article is part of the X Project, a
# collaboration between Y and Z that examines ..."
_SERIES_NOTE = re.compile(
    r"^(?:(?:this|the above|the following) (?:article|story|report|post|piece|essay|interview|series|podcast|episode"
    r"|feature) is (?:part|one) of\b|(?:this is )?part of (?:a|an|our) (?:[\w-]+ ){0,2}series\b)",
    re.I,
)
#: such a note has at most this many words
SERIES_NOTE_WORDS = 60
# a pointer to another page or site with its address: "For complete coverage of X, go to example.com/x.",
# "Visit Example.news to learn more about ...", "To keep up with X, be sure to check out Example.news.",
# "Learn more about X at www.example.com.", "Take action and join X: https://example.org"
_POINTER_VERB = (
    r"(?:visit|go to|head (?:over )?to|check out|learn more|find out more|read more|see more|discover more|get more"
    r"|take action|join|sign up|sign|download|subscribe|follow|bookmark|watch|listen)"
)
_SITE_POINTER = re.compile(
    rf"^(?:please\s+)?{_POINTER_VERB}\b"
    # "Don't forget to read the related article: https://...", "Be sure to read the companion piece at ..."
    r"|^(?:don['’]t forget|be sure|make sure)\s+to\s+(?:read|see|check out|watch|listen to)\b"
    rf"|^for (?:more|complete|full|the latest|continuing|ongoing|live|updated|additional)\b[^.!?]{{0,100}},\s*(?:please\s+)?{_POINTER_VERB}\b"
    rf"|^to (?:keep up|stay up|stay informed|stay updated|learn more|read more|find out more|get the latest|follow)\b[^.!?]{{0,140}},"
    rf"\s*(?:be sure to |make sure to |please )?{_POINTER_VERB}\b",
    re.I,
)
# a web address or a bare domain ("Pandemic.news", "detroitnews.com/news/...")
_ADDRESS = re.compile(
    r"\bhttps?://\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|news|info|gov|edu|tv|io|co\.uk|us)\b(?:/\S*)?",
    re.I,
)
#: a pointer to another site has at most this many words
POINTER_WORDS = 40


def _site_pointer(text: str) -> bool:
    """A sentence that sends the reader to an address, in the site's voice (no quotation, no reporting verb)."""
    if re.search(r"[\"“”„«»]|\b(?:said|says|told|according to|wrote|tweeted|stated)\b", text, re.I):
        return False
    return bool(_SITE_POINTER.search(text) and _ADDRESS.search(text))


# a link's label glued to the linked headline, with no space after its colon: "Digital sales boost:Walmart sales ..."
_GLUED_TEASER = re.compile(
    r"^(?P<label>['‘\"“]?[A-Z][\w'’&.-]*(?:,?\s+[\w'’&.%$-]+){0,9}[?!]?['’\"”]?):(?P<rest>[A-Z“\"‘'][^\n]*)$"
)
#: a label that opens like a sentence of the text ("It’s a nationwide phenomena:At Food Bank ...": a missing space)
_CLAUSE_OPENERS = frozenset(["it", "it’s", "it's", "this", "that", "there", "he", "she", "they", "we", "i", "you"])
#: such a teaser has at most this many words
GLUED_TEASER_WORDS = 30
#: a dek of two sentences glued to a teaser's label has at most this many words
GLUED_DEK_WORDS = 16


def _glued_teaser(text: str) -> bool:
    match = _GLUED_TEASER.match(text)
    if match is None or match.group("label")[-1].isdigit():
        return False
    label = match.group("label").split()
    if label[-1].isupper() and any(w.islower() for w in label[:-1]):
        return (
            False  # a wiki's namespace at a sentence's end, "... sind unter HE:Kassel/Protokolle ..." (not "OUR VIEW:")
        )
    if match.group("label").split()[0].lower() in _CLAUSE_OPENERS:
        return False
    rest = match.group("rest").rstrip()
    if (
        len(label) <= 4
        and _TWO_SENTENCES.search(rest)
        and len(rest.split()) <= GLUED_DEK_WORDS
        and len(re.findall(r"[.!?…][\"”’»]?(?:\s|$)", rest)) <= 2
    ):
        return True  # a short label glued to a two-sentence dek ("False choices:Protesters should demand ... We can
        # have both.")
    # the linked headline, or its one-sentence dek ("Are lockdowns being relaxed in my state?:Here's how America
    # is reopening amid the coronavirus pandemic."); a quoted headline may hold a colon ("'We have to get up on
    # our feet': Hotels reopen ...")
    return headline_like(rest.removesuffix(".") if not _TWO_SENTENCES.search(rest) else rest, 24)


# a pointer to a link in the text: "Please follow THIS LINK and SIGN the petition.", "My earlier analysis of X is here."
_LINK_HERE = re.compile(
    r"^(?:please\s+)?(?:follow|click|use|open|tap)\s+(?:on\s+)?(?:this|the following|the)\s+link\b", re.I
)
_DOCUMENT_HERE = re.compile(
    r"^(?:my|our|the|his|her|their|an?)\b[^.!?\"“”]{0,100}\b(?:analysis|article|story|report|piece|post|column|interview"
    r"|video|transcript|review|coverage|list|statement|study|paper|letter|thread|podcast|op-ed|essay)\b[^.!?\"“”]{0,80}"
    r"\b(?:is|are|can be (?:found|read|seen|viewed|heard))\s+here\s*[.!]?$",
    re.I,
)
# a bar of buttons under an article, nothing else on the line: "Read Later Add to Favourites Add to Collection Report"
_BUTTON = (
    r"(?:read later|add to (?:favou?rites|collections?|reading list|bookmarks|playlist|queue|my list)|bookmark(?: this)?"
    r"|save(?: for later| article| story)?|report(?: this)?|print(?: this)?|share|e-?mail|comments?|like|tweet|flag)"
)
_BUTTONS = re.compile(rf"{_BUTTON}(?:\s*[|·•,/]?\s*{_BUTTON})+", re.I)
#: a bar of buttons has at most this many words
BUTTON_WORDS = 12
#: an appeal to support the site has at most this many words
SUPPORT_WORDS = 100

# labels of a link to other articles, in the languages common on the web: alone on a line (a heading),
# or before a colon and the linked headline ("Lea también: ...", "Veja também: ...", "Czytaj też: ...")
_READ_ALSO_LABELS = (
    r"(?:read|see|watch) also|also (?:read|see|watch)|don'?t miss|more on this(?: story| topic)?|(?:more|related|further) coverage"
    r"|lies auch|lesen sie (?:auch|mehr|hier)|schon gelesen|auch interessant|ebenfalls interessant|passend dazu"
    r"|mehr zum thema|empfohlen für dich|empfehlungen (?:aus der|der) redaktion|top[- ]themen(?: der redaktion)?"
    r"|weitere (?:beiträge|artikel|meldungen|nachrichten|pressemitteilungen)(?: zu(?:m)?(?: thema)?)?"
    r"|(?:à )?lire aussi|à lire (?:également|ensuite)|(?:à )?voir aussi|sur le même sujet|(?:articles )?les plus lus"
    r"|(?:lea|lee|leer) (?:también|además|más)|(?:le|te) (?:puede|podría) interesar|(?:también )?te recomendamos"
    r"|puedes ver|ver (?:también|además)|(?:noticias|notas|artículos) relacionad[ao]s|otras noticias|más noticias"
    r"|(?:lo|las|los) más (?:visto|vistas|leído|leídas|leídos)|contenido relacionado|te puede interesar"
    r"|(?:veja|leia) (?:também|mais)|saiba mais|(?:notícias|matérias) relacionadas|mais lidas"
    r"|leggi anche|(?:ti )?potrebbe interessar(?:e|ti)|articoli correlati|i più letti"
    r"|(?:czytaj|zobacz) (?:też|także|również)|inne artykuły(?: autora)?|najczęściej czytane"
    r"|lees (?:ook|meer)|meest gelezen"
)
# a label that is also an ordinary word ("Lea", "Mira", "Veja") only with a colon after it
_READ_ALSO = re.compile(
    rf"^(?:(?:{_READ_ALSO_LABELS})(?:\s*[:：]\s*|[\s!?.…]*$)|(?:lea|lee|mira|veja|leia|confira|polecamy)\s*[:：]\s*(?=\S))",
    re.I,
)

_APPEALS: list[tuple[str, re.Pattern[str]]] = [
    ("subscribe widget", re.compile(
        r"\b(newsletter|sign up (for|to|(right )?here|now|today)|subscribe (to|now|for)|enter your e-?mail|in your inbox|abonnieren sie|jetzt abonnieren|"
        r"delivered (straight |directly )?to (your|their) inbox(es)?|by e-?mail and never miss|"
        r"melden sie sich (hier |jetzt )?(für|zum) newsletter|inscrivez-vous|abonnez-vous|suscr[ií]bete)\b", re.I)),
    ("follow widget", re.compile(
        # the reporters' handles as a sentence ("Follow Dalvin on Twitter @dalvin_brown and Jessica on
        # @JessicaMenton."), the outlet's bar ("Like PostLocal on Facebook | Follow @postlocal on Twitter | ...")
        r"^follow\b[^.!?]{0,80}\b(on|at) (twitter|facebook|instagram|linkedin|tiktok|youtube)\b[^.!?]{0,80}@\w+|"
        r"^like\b[^.!?|]{0,40}\bon facebook\s*\|\s*follow\b|"
        # the site's app or messenger channel: "download the ... apps for iOS and Android", "canal de Telegram"
        r"\b((latest|breaking) (news|stories)\b[^.]{0,80}\b(download|get)\b[^.]{0,40}\bapps?\b|straight to your phone|"
        r"(tenemos|nuestro) canal de (telegram|whatsapp)|únete a nuestro canal|(unser(em)?|our) (telegram|whatsapp)[- ]?(kanal|channel))", re.I)),
    ("comments widget", re.compile(
        # the site's rules for its comments, addressed to the reader
        r"\b(we|our|your|please)\b.{0,80}\bcomments\b.{0,80}\b(moderated|moderation|republished|civil|guidelines)\b|"
        r"\bcomments? (policy|guidelines)\b|\bcomments? (are|is|will be|may be) (moderated|republished|reviewed)\b|"
        r"\b(ihre?|bitte|wir)\b.{0,80}\bkommentare?\b.{0,80}\b(moderiert|freigeschaltet|netiquette)\b", re.I)),
    ("share widget", re.compile(
        r"\bshare this (story|article|post)\b|\bthink your friends would be interested\b|"
        # a pull quote with its buttons and its icon's name: "Tweet Share Jane Doe, coach ... you listened. Quote icon"
        r"^(tweet|share|facebook|twitter|e-?mail)(\s+(tweet|share|facebook|twitter|e-?mail))+\s.{0,400}\bquote icon$", re.I)),
    ("highlights", re.compile(r"^(story highlights|highlights|key points|key takeaways)$", re.I)),
    ("donation appeal", re.compile(
        # "donate" / "donation" only where the line asks the reader: it opens with the request ("Donate to
        # ...", "Please ...", "Click here for the donation page") or says "please" / "help us"; a report of a
        # donation ("The donation ... supports the foundation", "she will donate $1m") is news
        r"^(?:make a donation|donate)\b|\b(?:please|help us|click here)\b.{0,120}\b(?:donate|donation)|"
        r"\b(?:donate|donation)\b.{0,120}\b(?:please|help us)\b|"
        r"\b(make a (gift|contribution)|support (us|our (work|journalism))|spende[nt]?|jetzt spenden|"
        r"unterstützen sie (uns|unsere arbeit)|unterstütze (uns|auch du)|faire un don|haz una donación)\b", re.I)),
    ("disclaimer", re.compile(
        # the site's note that an opinion is the author's own
        r"^this is an? (opinion|guest) (column|piece|article|post)\b|"
        r"\b(views|opinions|thoughts)\b[\w ,]{0,60}? expressed (in|by) (this|the) (article|column|piece|post|author|writer|op-ed)s?\b.{0,80}\b(are|is|do not|don't)\b|"
        r"\b(views|opinions|thoughts) expressed\b.{0,40}\b(are|is) (solely |entirely |only )?(those|the views?|the opinions?) of the (author|writer|contributor)s?\b", re.I)),
    ("disclaimer", re.compile(
        # an affiliate disclosure ("When you buy through our links, we may earn money from our affiliate
        # partners.")
        r"\b(when|if) you (buy|purchase|shop|click)\b.{0,40}\blinks?\b.{0,80}\b(earn|commissions?|compensat\w+)\b|"
        r"\baffiliate (links?|partners?)\b.{0,80}\b(earn|commissions?|compensat\w+)\b", re.I)),
    ("subscribe widget", re.compile(
        # a newsletter's own words, scraped with the story it carried
        r"\breply to this e-?mail\b|\bthis is\b.{0,40}\ban e-?mail (publication|newsletter)\b", re.I)),
    ("syndication notice", re.compile(
        # "Distributed by Tribune Content Agency, LLC."
        r"^distributed by (the )?[A-Z][\w&'’., -]{2,60}\b(agency|syndicate|services?|llc|inc)\b\W*$", re.I)),
    ("licence notice", re.compile(
        r"\b(creative commons|cc[- ]by(-[a-z]{2})*|lizenziert unter|unter der lizenz|unter einer .{0,40}lizenz|"
        r"licensed under|sous licence|bajo (una )?licencia)\b", re.I)),
]  # fmt: skip


_TWO_SENTENCES = re.compile(r"[a-zäöüß0-9]{3,}[.!?…]+[\"”’»]?\s+[\"„“«]?[A-ZÄÖÜ]")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def headline_like(text: str, max_words: int = HEADLINE_WORDS) -> bool:
    """A line that could be a headline: at most ``max_words`` words, not ending like a sentence part."""
    words = text.split()
    if not words or len(words) > max_words or len(text) > 250:
        return False
    if text[-1] in ".;,:" and not text.endswith("..."):
        return False
    if text[-1] in "\"”'’" and len(words) > 15:
        return False
    # not a list item, a table row, a quotation, two sentences, or a long line of an unspaced script
    if text[0] in '-–—•*·|„"«»›>(' or "|" in text or _TWO_SENTENCES.search(text):
        return False
    return len(_UNSPACED.findall(text)) <= 30


# an initialism closing a line ("... in the U.S."): its full stop is no sentence's end
_CLOSING_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


#: a headline listed under a list's heading has at most this many words (a headline alone: HEADLINE_WORDS)
LISTED_HEADLINE_WORDS = 24


def _listed_headline(text: str) -> bool:
    """A headline in a list of them: :func:`headline_like` (up to :data:`LISTED_HEADLINE_WORDS` words), also
    one that ends on a quotation's closing mark or on an initialism ("... in the U.S.")."""
    if headline_like(text, LISTED_HEADLINE_WORDS):
        return True
    # 'Bill Gates: We Won’t Go Back To “Normal Until” A Vaccine Has “Gotten Out To The Entire World”', "... U.S."
    closing = text[-1:] in '”"’' or _CLOSING_INITIALISM.search(text) is not None
    return closing and headline_like(text[:-1], LISTED_HEADLINE_WORDS)


def _sentence_like(text: str) -> bool:
    """A line that reads as prose: several words and a sentence end, or a quote."""
    words = text.split()
    return len(words) >= 7 and text.rstrip()[-1:] in ".!?\"”’'" and not text.rstrip().endswith(":")


def _clean_credit(credit: str) -> tuple[str, list[tuple[str, str]]]:
    """Drop widget segments ('Go to the mediabank') from a slash-separated credit."""
    parts = [p.strip() for p in credit.split("/")]
    kept, dropped = [], []
    for part in parts:
        if part and widget_reason(part) == "media-bank widget":
            dropped.append((part, "media-bank widget"))
        elif part:
            kept.append(part)
    return " / ".join(kept), dropped


#: a caption before an agency's name and after its full stop has at least this many words ("Smog has
#: lifted over the city during the lockdown. Getty"); a shorter sentence could cite the agency
CAPTION_MIN_WORDS = 5
# a graphic's or map's credit: "Map courtesy of X", "Chart by X", "Data: X; Chart: Y", "Source: X | Graphic: Y"
_GRAPHIC_CREDIT = re.compile(
    r"^(?:(?:map|chart|graphic|graphics|illustration|infographic|video|photo|image)s?\s+(?:courtesy of|by|from)\s+\S.{0,80}"
    # a cartoon's credit, its section's name before it: "Cartoon by Jane Doe", "Shopping Cartoon by Jane Doe"
    r"|(?:[A-Z][\w'’-]+\s+)?cartoon\s+by\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    # the credit, then the graphic's note: "Map courtesy of X. Note: High-risk counties are ..."
    r"|(?:map|chart|graphic|graphics|illustration|infographic)s?\s+(?:courtesy of|by|from)\s+[^.]{1,80}\.\s+(?:notes?|sources?|data)\s*:.{1,300}"
    r"|(?=.*\b(?:chart|graphic|graphics|map|illustration|infographic)\s*:)"
    r"(?:(?:data|sources?|chart|graphic|graphics|map|illustration|infographic|design|analysis|reporting)\s*:\s*[^;:|]{1,80}?\s*(?:[;|]\s*|$)){2,})$",
    re.I,
)
# a caption widget's words before the caption or credit: "Enlarge this image toggle caption Name/AP Name/AP",
# "Show caption Hide caption <caption>"
_CAPTION_TOGGLE = re.compile(
    r"^(?:enlarge this image\s+)?(?:toggle|hide|show) caption\s+(?:hide caption\s+)?(?=\S)", re.I
)


def find_credit(text: str) -> tuple[str | None, str | None, list[tuple[str, str]]] | None:
    """Split a photo line into (credit, caption, widget pieces); None when it is not a photo line."""
    if len(text) > MAX_WIDGET_CHARS:
        return None
    if _GRAPHIC_CREDIT.match(text):
        return text.strip(), None, []
    toggle = _CAPTION_TOGGLE.match(text)
    if toggle is not None:
        rest = text[toggle.end() :].strip()
        words = rest.split()
        half = len(words) // 2
        if len(words) % 2 == 0 and words[:half] == words[half:]:
            return " ".join(words[:half]), None, []  # the credit, shown twice
        return None, rest, []
    label = _CAPTION_LABEL.match(text)
    if label is not None:
        # "FILE PHOTO: <caption> REUTERS/Name", "PHOTO: <caption> (Name/Agency)": the caption, its credit
        rest = text[label.end() :].strip()
        tail = _CREDIT_TAIL.search(rest)
        if tail and tail.start() > 0:
            credit = next((group for group in tail.groups() if group), "").strip()
            return credit, rest[: tail.start()].strip() or None, []
        if len(rest.split()) <= CREDIT_ONLY_WORDS:
            return text.strip(), None, []  # "Photo: Reuters": a credit, its label kept
        return None, rest or None, []
    held = _COPYRIGHT_HOLDER.match(text) or _COPYRIGHT_NAMED.match(text)
    if held is not None and len(text[held.end() :].split()) >= 3:
        # "© AFP 2020 / JOHN THYS Belgian police officers patrol ...": the credit, then the caption
        return held.group(0).strip(), text[held.end() :].strip(), []
    if _CREDIT_LEAD.match(text):
        glue = _GLUE.search(text)
        if glue:
            credit_part, caption = text[: glue.start()], text[glue.start() :].strip()
        else:
            credit_part, caption = text, None
        if caption is None and len(credit_part.split()) > 16:
            return None
        if credit_part.lower().startswith(("(c)", "copyright")) and not caption and len(credit_part.split()) > 8:
            return None
        credit, widgets = _clean_credit(credit_part.strip())
        return credit or None, caption or None, widgets
    bare = _BARE_CREDIT.fullmatch(text.strip())
    if bare and len(text.split()) <= 8:
        return bare.group("credit").strip(), None, []
    if len(text.split()) <= 8 and _NAME_SLASH_CREDIT.fullmatch(text.strip()):
        return text.strip(), None, []
    held = _PAREN_CREDIT.fullmatch(text.strip())
    if (
        held is not None
        and not held.group(1).isupper()
        and (_NAME_SLASH_CREDIT.fullmatch(held.group(1)) or _PAREN_HOLDER.fullmatch(held.group(1)))
    ):
        return held.group(1), None, []  # "(Jane Doe/Example News)", "(University of Rochester)": a credit alone
    tail = _CREDIT_TAIL.search(text)
    if tail and len(text.split()) <= 60:
        caption = text[: tail.start()].strip()
        credit = next((group for group in tail.groups() if group), "").strip()  # the one kind that matched
        caption = re.sub(r"\s+via$", "", caption)  # "... via Getty Images"
        if _IMAGE_LABEL.fullmatch(caption):
            caption = ""  # "Featured image via ...": a credit alone
        if credit and not caption and (tail.group("slash") or tail.group("pipe")) and len(text.split()) <= 10:
            return credit, None, []  # "Mandel Ngan/AFP via Getty Images"
        place = re.match(r"[A-Z][\w'-]{2,}\.\s+(?=\S)", credit) if caption and tail.group("slash") else None
        if place is not None:  # "... in Newport Beach, Calif. Mark J. Terrill / AP": the place ends the caption
            caption, credit = f"{caption} {place.group(0).strip()}", credit[place.end() :]
        if credit and caption and not caption.endswith(":"):
            # a body sentence that merely cites an agency is not a caption
            if (
                tail.group("slash")
                and not re.search(r"/", tail.group("slash"))
                and (caption[-1:] in '"”' or (caption[-1:] == "." and len(caption.split()) < CAPTION_MIN_WORDS))
            ):
                return None  # (a caption of a few words and its agency after its full stop is a photo line)
            if (
                tail.group("paren")
                and caption[-1:] in '."”'
                and not re.search(rf"{_PHOTO_LABELS}|images?", credit, re.I)
            ):
                return None
            return credit, caption, []
    return _caption_then_credit(text)


# a caption sentence and its credit after it, with no label: "Jen Doe with her twins in Michigan. Beaumont
# Health", "... in Newport Beach, Calif. Mark J. Terrill / AP", "... master suite. Courtesy of Acme Realty",
# "... general interest bookstore. Spencer Kimball | CNBC", "... in July 2016. Rachel Mummey/The Register":
# the credit is a few capitalised words (a name, an organisation, an agency), without a closing full stop
_NAME_WORD = r"(?:[A-Z][\w'’&-]*|[A-Z]\.)"
_CAPTION_CREDIT = re.compile(
    rf"^(?P<caption>.{{8,400}}?\s(?P<last>[^\s.]{{2,}})\.[\"”’)]?)\s+"
    rf"(?P<credit>(?:(?:[Cc]ourtesy of|[Pp]hoto(?:graph)? by|/)\s+)?(?:{_NAME_WORD}(?:/|\s+(?:(?:of|and|for|the|de|van|von|/|\|)\s+)?)){{0,5}}"
    rf"[A-Z][\w'’&-]*|[Cc]ourtesy (?:photo|image|picture)s?)$"
)
# words before a full stop that do not end a sentence (a title or an abbreviation: "Sen. Jane Doe")
_ABBREVIATIONS = frozenset(
    ["dr", "mr", "mrs", "ms", "mx", "sen", "rep", "gov", "gen", "rev", "st", "sgt", "lt", "col", "capt", "cpl", "prof", "jr", "sr", "adm", "pres", "no", "inc", "co", "corp", "ltd", "mt", "ft", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s"]
)  # fmt: skip
# a credit does not start with a word that opens a sentence
_NOT_CREDIT = frozenset(
    ["the", "a", "an", "this", "that", "these", "it", "he", "she", "we", "they", "i", "in", "on", "at", "but", "and", "or", "so", "if", "as", "yes", "no"]
)  # fmt: skip
#: a caption with its credit has at most this many words
CAPTION_WORDS = 60


def _caption_then_credit(text: str) -> tuple[str | None, str | None, list[tuple[str, str]]] | None:
    if len(text.split()) > CAPTION_WORDS:
        return None
    match = _CAPTION_CREDIT.match(text)
    if match is None or match.group("last").casefold() in _ABBREVIATIONS:
        return None
    caption, credit = match.group("caption").strip(), match.group("credit").strip()
    first = credit.split()[0].casefold()
    if first in _NOT_CREDIT or _headline_case(caption):
        return None
    if " " not in credit and not _english(caption):
        # one capitalised word after a full stop in a language that capitalises nouns or starts a sentence
        # cut by a line break ("... nun hat er es wieder getan. Mich"): a one-word credit needs an English caption
        return None
    return credit, caption, []


#: a caption is English when at least this share of its words are English stop words
ENGLISH_STOPWORDS = 0.2


def _english(text: str) -> bool:
    words = [w.casefold() for w in re.findall(r"\w+", text)]
    stops = textblocks.stoplist("English")
    return bool(words) and sum(1 for w in words if w in stops) / len(words) >= ENGLISH_STOPWORDS


# a word of letters (an apostrophe or a hyphen inside): what title case is counted on
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _mostly_capitalised(words: list[str]) -> bool:
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.6


def _title_case(text: str) -> bool:
    """Most words capitalised: a headline ("In Vietnam, There Have Been Fewer Than 300 Cases. Here's Why")."""
    return _mostly_capitalised(_LETTER_WORD.findall(text))


# the small words a headline in title case capitalises and a run of names does not ("Of", "The", "Is")
_SMALL_WORDS = frozenset(
    ["a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "as", "is", "are", "was", "be", "it"]
)  # fmt: skip


def _headline_case(text: str) -> bool:
    """Title case as a headline writes it: most words capitalised, and the small words with them ("Democrats
    Say The Worst Of The Coronavirus Is Yet To Come."); a caption that is mostly names keeps its small words
    lower-case ("Overwater bungalows at Sandals Royal Caribbean in Montego Bay, Jamaica.")."""
    words = _LETTER_WORD.findall(text)
    if not _mostly_capitalised(words):
        return False
    small = [w for w in words[1:] if w.casefold() in _SMALL_WORDS]  # (the first word is capitalised anyway)
    if not small:
        return False  # names alone ("Sandra Majada. Business Insider España", "Camp Funston. U.S. Army/Wikipedia")
    return sum(w[0].isupper() for w in small) / len(small) > 0.5


#: a headline in title case may run to this many words and hold two sentences ("... No Deaths. Here's Why")
TITLE_CASE_HEADLINE_WORDS = 24


def opening_headline(text: str) -> bool:
    """A line that can be the headline heading a body: :func:`headline_like`, or a longer one in headline title
    case (:func:`_headline_case`, up to :data:`TITLE_CASE_HEADLINE_WORDS` words, also of two sentences), not
    ending like a sentence part, no list item, quotation or table row."""
    if headline_like(text):
        return True
    words = text.split()
    if not words or len(words) > TITLE_CASE_HEADLINE_WORDS or len(text) > 250:
        return False
    if text[-1] in ",;:" or text[0] in '-–—•*·|„"“«»›>(' or "|" in text:
        return False
    return _headline_case(text)


# a heading that opens the comments under an article
_COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|commenti|reacties|ergänzungen)"
    r"(?:\s*\(\d+\))?$"
    r"|^(?:\d+|one|two|three|ein|eine|zwei|drei)\s+(?:thoughts?|responses?|comments?|replies|kommentare?|antworten|gedanken|"
    r"reaktionen|commentaires?|comentarios?)\b"
    r"|^(?:leave|post|add|write) (?:a |your )?(?:comment|reply|response)\b"
    r"|^(?:schreibe|hinterlasse|verfasse|schreiben sie|hinterlassen sie) (?:einen |eine )?(?:kommentar|antwort)\b"
    r"|^kommentar(?:e)? (?:verfassen|schreiben|hinterlassen|abgeben|hinzufügen)\b"
    r"|^(?:laisser|laissez|ajouter) un commentaire\b|^(?:deja|dejar|deje) (?:un|tu) comentario\b",
    re.I,
)
# a heading over a list of other articles (the whole line is the heading)
_RELATED_HEADING = re.compile(
    r"^(?:related|similar|more|other|recent|latest|popular|recommended|further) (?:posts?|articles?|stories|news|entries|reading)$"
    r"|^(?:ähnliche|verwandte|weitere|andere|neueste|aktuelle|beliebte|letzte|neue) (?:beiträge|artikel|einträge|posts|meldungen|nachrichten|themen)$"
    r"|^(?:das|dies) könnte (?:dich|sie|euch) (?:auch )?interessieren$|^(?:you|we) (?:may|might) also like$"
    r"|^(?:empfehlungen|tipps|unsere empfehlungen) (?:aus der|der) redaktion$|^(?:more|latest) (?:on|about):?$"
    r"|^(?:articles?|billets?) (?:similaires|liés|connexes)$|^(?:artículos|entradas|noticias) relacionad[ao]s$"
    # other headings that close an article: more on the topic, its tags, its author's biography
    r"|^(?:mehr|more|weitere(?:s)?|plus|más) (?:zum|zu diesem|on this|about this|sur ce|sobre el) (?:thema|topic|sujet|tema)$"
    r"|^(?:explore further|see also|siehe auch|voir aussi|ver también|lesen sie (?:auch|mehr)|auch interessant|à lire aussi|lire aussi"
    r"|mehr lesen(?: über)?|more from|mehr von)$"
    r"|^(?:tags?|schlagwörter|schlagworte|stichwörter|stichworte|getaggt mit|tagged(?: with)?|filed under)$"
    r"|^(?:about the authors?|über (?:den|die) (?:autor|autorin|verfasser)(?:in)?|zur person|à propos de l'auteur|sobre el autor"
    r"|the author|der autor|die autorin)$",
    re.I,
)


def opens_comments(text: str) -> bool:
    """Whether ``text`` is the heading of a comment section ("12 Comments", "Leave a Reply")."""
    return len(text.split()) <= 14 and bool(_COMMENTS_HEADING.search(text.strip(" :|·•-–—>»›")))


def ends_article(text: str, words: int | None = None) -> bool:
    """Whether ``text`` is a heading that opens a comment section or a list of other articles."""
    count = len(text.split()) if words is None else words
    if count > 14:
        return False
    stripped = text.strip(" :|·•-–—>»›")
    return bool(_COMMENTS_HEADING.search(stripped) or _RELATED_HEADING.search(stripped))


# a note about the author closing an article: "Perry Bacon Jr. is a senior writer for ...", "Markus Reuter
# beschäftigt sich mit ...": a name (one to four capitalised words), then a role or what they do
_AUTHOR_BIO = re.compile(
    r"^(?!(?:The|A|An|This|That|He|She|It|They|Der|Die|Das|Er|Sie|Es|Le|La|Les|Il|Elle|El|Los|Las|Ella)\s)"
    r"[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]+|[A-Z]|de|van|von|der|da|del|la|le)){0,3}"
    # a degree after the name: "Jane Doe, MD, is ...", "Jane Doe, Ph.D., is ..."
    r"(?:,\s*(?:[A-Z]{2,4}|Ph\.\s?D\.|M\.\s?D\.)){0,2},?\s+"
    r"(?i:(?:is|was|ist|war|est|es|è|jest)\s+(?:(?:a|an|the|ein|eine|der|die|un|une|el|la|il|lo|uno|una)\s+)?"
    r"(?:[\w'’&-]+\s+){0,4}?"
    r"(?:(?:senior |staff |contributing |deputy |managing )?(?:writer|editor|reporter|journalist|correspondent|columnist"
    r"|contributor|author|professor|fellow|founder|co-founder|cofounder|head|director|researcher|analyst|freelancer"
    r"|corps member"
    r"|dean|lecturer|physician|economist|historian|scientist|attorney|lawyer|psychologist|epidemiologist)"
    r"|redakteur(?:in)?|journalist(?:in)?|autor(?:in)?|korrespondent(?:in)?|chefredakteur(?:in)?|professor(?:in)?"
    r"|leiter(?:in)?|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|periodista|redactor(?:a)?|corresponsal|escritor(?:a)?"
    r"|giornalista|dziennikar(?:z|ka))\b"
    r"|(?:beschäftigt sich|schreibt (?:für|über|seit)|leitet das ressort|writes (?:about|for|on)|covers)\b)"
)


def author_bio(text: str) -> bool:
    """Whether ``text`` is a note about the author ("Jane Doe is a senior writer for ..."), at most 80 words."""
    return len(text.split()) <= 80 and bool(_AUTHOR_BIO.match(text))


# --- debris known by the lines around it ---------------------------------------------------------------
#: a post's text is at most this many characters (Twitter's limit)
POST_CHARS = 280
#: how many lines after a one-line label ("Story highlights") may be its points
LIST_LINES = 8
#: how many lines after a list's heading may be the headlines it lists (a site's list of its stories runs long)
RELATED_LINES = 40
#: how many lines before a form's closing note may be its fields and question
FORM_LINES = 8
# the note that closes a web form's fields (a poll, a sign-up form)
_FORM_END = re.compile(r"\bthis field is for validation purposes\b", re.I)
# a line that opens a poll: its label ("Take our poll"), or a question the reader is asked to vote on
_POLL = re.compile(r"\b(?:poll|survey|cast your vote|vote now|you decide)\b", re.I)
_QUOTE_OPEN = "\"“‘'„«"
#: a highlights box is among a body's first this many lines, and lists at most this many points
HIGHLIGHT_TOP = 3
HIGHLIGHT_POINTS = 5
#: a bullet point of a highlights box has at most this many words; a point under a label at most POINT_WORDS
HIGHLIGHT_WORDS = 40
POINT_WORDS = 20
# a summary box's label before its text, at the top of a body: "In Brief: ...", "Key facts: ...", "TL;DR ..."
_SUMMARY_LABEL = re.compile(
    r"^(?:in brief|the facts|key facts|tl;?dr|summary|bottom line|quick take|at a glance|the gist|story highlights)\s*[:–—-]?\s+\S",
    re.I,
)
# a bullet point: a list marker, then its text
_BULLET = re.compile(r"^(?:[•·▪►■◆●*]|[-–—](?=\s))\s*\S")


def _post_text_chars(text: str) -> int:
    """Characters of a post's own text on its signature line: without the signature, links and handles."""
    rest = _POST_SIGNATURE.sub(" ", text)
    rest = re.sub(r"https?://\S+|pic\.twitter\.com/\S+", " ", rest)
    return len(" ".join(rest.split()))


def context_debris(
    lines: list[tuple[str, str | None]], byline: Callable[[str], list[str] | None] | None = None
) -> dict[int, str]:
    """Body lines that are debris by the lines around them, by index, with the reason.

    ``lines`` are a body's lines in order, each with the reason it was already taken out (None for a line
    still in the body).  ``byline`` reads the names of a byline line (:func:`dateline.bylines.byline`, which
    reads this module's word lists, so it is passed in); without it a reposted story's header is not looked
    for.  Kinds of debris that only show in context:

    - a post shown in the article over several lines: the lines between a lead-in (a line ending with a
      colon, a "Watch:" prompt, another post) and the post's signature line, when together they are no
      longer than a post can be (:data:`POST_CHARS`) and none is in quotation marks (the article quoting
      the post before it shows it);
    - the headlines listed under a list's heading ("Related Articles", "More from Health:", "Related: <a
      headline>"): the headline-like lines right after it (:data:`LIST_LINES` at most);
    - a poll's or form's question and fields: the short lines between a line that opens a poll and the
      form's closing note ("This field is for validation purposes"), :data:`FORM_LINES` lines at most;
    - a source list's entries: the links, domains and titles (without a sentence end) under its heading
      ("Sources for this article include:", "References"), :data:`SOURCE_LINES` at most;
    - a highlights box: a summary after its label among the body's first :data:`HIGHLIGHT_TOP` lines
      ("In brief: ...", "Key facts: ..."), the short points under a "Story highlights" label, or a run of
      two or more bullet points that opens the body before its first paragraph.
    """
    out: dict[int, str] = {}
    _highlights(lines, out)
    for index, (text, reason) in enumerate(lines):
        if reason == "embedded post" and _POST_SIGNATURE.search(text):
            _post_lines_before(lines, index, out)
            _quoted_post_lines(lines, index, out)
        elif reason == "source list":
            # the entries under a source list's heading: links, bare domains, titles without a sentence end
            for after in range(index + 1, min(len(lines), index + 1 + SOURCE_LINES)):
                entry, entry_reason = lines[after]
                if entry_reason is not None:
                    continue
                if not (_URL.search(entry) or headline_like(entry)) or entry[0] in _QUOTE_OPEN:
                    break
                out[after] = "source list"
        elif reason is not None and _lists_headlines(text, reason):
            listed = 1 if _ONE_LINK_LABEL.match(text) else RELATED_LINES
            for after in range(index + 1, min(len(lines), index + 1 + listed)):
                body_text, body_reason = lines[after]
                if body_reason is not None:
                    continue
                if not _listed_headline(body_text) or body_text[0] in _QUOTE_OPEN:
                    break
                out[after] = "related widget"
        if _FORM_END.search(text):
            _form_lines_before(lines, index, out)
        if byline is not None and (reason is None or reason == "reposted story"):
            _reposted_story(lines, index, out, byline)
    _promotion_tail(lines, out)
    _closing_tags(lines, out)
    _closing_headlines(lines, out)
    _closing_blurb(lines, out)
    _restated_top(lines, out)
    _closing_addresses(lines, out)
    _embed_titles(lines, out)
    _pull_quotes(lines, out)
    _lone_headings(lines, out)
    _teaser_neighbours(lines, out)
    return out


#: an e-mail address alone on its line is the reporter's among the body's last this many lines
ADDRESS_LINES = 4
#: a line under it has at most this many words (a handle, a credit), never a paragraph
ADDRESS_AFTER_WORDS = 12


def _closing_addresses(lines: list[tuple[str, str | None]], out: dict[int, str]) -> None:
    """An e-mail address alone on a line among the body's last lines: the reporter's ("jdoe@example.com"
    under the story). Inside the text it may be the article's own (an address it gives its readers)."""
    for at in range(max(0, len(lines) - ADDRESS_LINES), len(lines)):
        text, reason = lines[at]
        after = [later for later, later_reason in lines[at + 1 :] if later_reason is None]
        if (
            reason is None
            and at not in out
            and _EMAIL.fullmatch(text.strip(" ."))
            and all(len(later.split()) <= ADDRESS_AFTER_WORDS for later in after)
        ):
            out[at] = "contact line"  # (no paragraph of the story under it)


#: a headline standing alone between two paragraphs has HEADING_MIN_WORDS to HEADING_WORDS words; each
#: paragraph around it at least PARAGRAPH_WORDS
HEADING_MIN_WORDS = 5
HEADING_WORDS = 14
PARAGRAPH_WORDS = 15
_SENTENCE_END = ".!?:;,…\"”’'»)]"
# a paragraph's end: a full stop, and the closing quotation mark after it (also as mis-decoded bytes, "â\x80\x9d")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’'»)\]\u0080-\u009fâ€™]*$")
# a line that ends on a reporting verb leads in to the quotation under it
_LEADS_TO_QUOTE = re.compile(
    r"\b(?:writes|wrote|says|said|says this|explains|explained|notes|noted|adds|added|states|stated|reads|reported|reports"
    r"|tweeted|posted|declared|continues|continued|conclude|concludes|concluded|argues|argued)$",
    re.I,
)
# a line ending in a word that leads on ("... the FDA admits that") is a sentence cut off, not a heading
_OPEN_END = re.compile(
    r"\b(?:that|the|a|an|of|to|and|or|but|which|who|whom|whose|with|for|as|is|are|was|were|be|by|in|on|at|from|than|if|because)$",
    re.I,
)


def _lone_headings(lines: list[tuple[str, str | None]], out: dict[int, str]) -> None:
    """A headline in sentence case between two paragraphs: another story's headline (a teaser) or one
    written as a news headline over a part of this one.

    It is no sentence of the article's prose (no full stop, no statement, no dateline), so it goes, listed,
    with the reason "heading between paragraphs". It has :data:`HEADING_MIN_WORDS` to :data:`HEADING_WORDS`
    words, opens with a capital, is not in title case, holds no quotation mark, is no list item and does not
    end on a word that leads on ("... admits that"); both paragraphs around it (the nearest lines still in
    the body) are whole sentences of :data:`PARAGRAPH_WORDS` words or more, the one before not leading in
    to it with a colon. A short title-case line ("What You Can Do") is the article's own sub-heading: it stays.

    A longer one, up to :data:`LONG_HEADING_WORDS` words, or one with a quotation in it, goes where it is
    written as another story's headline (:func:`_teaser_headline`: "Analysis: Trump halts funding to WHO.
    Experts say ...", "Lost Penney? J.C. Penney says ...", "'Unrivaled?' Fact-checking ...") and shares under
    :data:`HEADING_SHARE` of its content words with the paragraph before it and with the
    :data:`SECTION_LINES` lines after it: a section's own heading is about the section under it ("Elon Musk is
    'worried about not being able to resume production ...'", "Places to 'feel at home'" stay).
    """
    kept = [i for i, (_t, reason) in enumerate(lines) if reason is None and i not in out]
    if not _english_body([lines[i][0] for i in kept]):
        return  # (the form was measured on English bodies; German capitalises its nouns, ...)
    for at in range(1, len(kept)):
        text = lines[kept[at]][0]
        short = _short_heading(text)
        if not (short or _teaser_headline(text)):
            continue
        if _title_case(text) or _BULLET.match(text) or _OPEN_END.search(text):
            continue
        if at == len(kept) - 1:
            # the body's last line, over nothing but debris ("When to apply for a new credit card" over the
            # outlet's disclaimer): a heading whose part the scraper did not keep
            before = lines[kept[at - 1]][0]
            if (
                short
                and kept[at] < len(lines) - 1
                and len(before.split()) >= PARAGRAPH_WORDS
                and _ENDS_SENTENCE.search(before)
            ):
                out[kept[at]] = "heading with no paragraph after it"
            continue
        # headings one under another ("For Instacart shoppers, chance to earn money ..." over "New York's MTA to use
        # UV light to disinfect subways, buses" over its entry of a live page): the paragraphs around the run
        prev, nxt = at - 1, at + 1
        if _one_phrase(text):
            while prev > 0 and kept[prev] in out and out[kept[prev]] == "heading between paragraphs":
                prev -= 1
            while (
                nxt < len(kept) - 1
                and nxt - at < HEADING_RUN
                and _short_heading(lines[kept[nxt]][0])
                and _one_phrase(lines[kept[nxt]][0])
            ):
                nxt += 1
        before, after = lines[kept[prev]][0], lines[kept[nxt]][0]
        if after[0] in _QUOTE_OPEN or _LEADS_TO_QUOTE.search(text):
            continue  # "Eric Doe at Example can barely conceal his glee as he writes" over the quotation
        if not all(len(p.split()) >= PARAGRAPH_WORDS and _ENDS_SENTENCE.search(p) for p in (before, after)):
            continue
        if not short and not _KICKER.match(text):
            own = _word_set(text)
            section = set().union(*(_word_set(lines[i][0]) for i in kept[at + 1 : at + 1 + SECTION_LINES]))
            if not own or any(len(own & near) >= HEADING_SHARE * len(own) for near in (_word_set(before), section)):
                continue
        out[kept[at]] = "heading between paragraphs"


def _short_heading(text: str) -> bool:
    """Whether a line has a short headline's form: :data:`HEADING_MIN_WORDS` to :data:`HEADING_WORDS` words, no
    sentence end, a capital or a digit first, no quotation mark (but a quoted headline's)."""
    quoted = _QUOTED_HEADLINE.match(text) is not None
    return (
        HEADING_MIN_WORDS <= len(text.split()) <= HEADING_WORDS
        and text[-1] not in _SENTENCE_END + "-–—"
        and (text[0].isupper() or text[0].isdigit() or quoted)
        and (quoted or not re.search(r"[\"“”„«»]", text))
    )


def _one_phrase(text: str) -> bool:
    """Whether a line is one phrase: no sentence ends inside it ("... more like a dream. — HB" is a signed
    paragraph's end) and no two bare figures (a table's row: "Iraq Nasiriyah 6 5 Local security personnel ...")."""
    return not re.search(r"[.!?]\s", text) and len(re.findall(r"(?<!\S)[\d?+]+(?!\S)", text)) < 2


#: headings one under another between two paragraphs: at most this many
HEADING_RUN = 2
#: the kind of piece a headline links to, as its label ("Analysis: Trump halts funding to WHO. Experts say ..."):
#: another piece's headline, however near its subject is to the paragraphs around it
_KICKER = re.compile(
    r"(?:Analysis|Opinion|Perspective|Commentary|Editorial|Fact[- ]check|Explainer|Review|Video|Watch|Photos|Podcast"
    r"|Column|Interview|Q&A):\s"
)
#: a longer headline between paragraphs has up to this many words
LONG_HEADING_WORDS = 24
#: the lines after a heading read as its section
SECTION_LINES = 3
# how another story's headline opens: a label and a colon ("Sen. Warren on brother's COVID-19 death: ..."), a
# short question ("Lost Penney? ...", "Who will watch the kids? ..."), a quoted word or phrase ("'Unrivaled?' ...")
_HEADLINE_LABEL = re.compile(r"^(?!\d{1,2}[:.]\d{2}\b)[^:?!]{2,60}(?<!\d):\s+['‘\"“]?[A-Z0-9]")
_HEADLINE_QUESTION = re.compile(r"^[^.?!:]{3,40}\?\s+[A-Z0-9]")
_SPEAKS = re.compile(
    r"\b(?:I|I['’]m|I['’]ve|I['’]d|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’]re|[Ww]e['’]ve|us|[Oo]ur|[Yy]ou|[Yy]our)\b"
)
#: the label before a headline's colon has at most this many words
HEADLINE_LABEL_WORDS = 8


def _speaks(text: str) -> bool:
    """Whether a line speaks in the first or second person outside quotation marks: someone's words ("Jane Doe:
    And so that testing would not have been possible--", "I'm losing $10,000 a month"), never a headline's."""
    return _SPEAKS.search(re.sub(r"[\"“].*?[\"”]|(?<!\w)['‘].*?['’](?!\w)", " ", text)) is not None


def _teaser_headline(text: str) -> bool:
    """A line of :data:`HEADING_MIN_WORDS` to :data:`LONG_HEADING_WORDS` words written as a news headline: it
    opens on a short label and a colon, a short question or a quoted word, does not end like a sentence (a
    closing quotation mark after a word is allowed) and holds no line break of a table ("|")."""
    words = text.split()
    if not HEADING_MIN_WORDS + 1 <= len(words) <= LONG_HEADING_WORDS or "|" in text:
        return False
    if _closing_quote_off(text)[-1] in _SENTENCE_END + "-–—" or (_speaks(text) and not _KICKER.match(text)):
        return False  # (a kicker's headline may quote without marks: "Analysis: ... Experts say we need it ...")
    label = _HEADLINE_LABEL.match(text)
    if label and len(text[: text.index(":")].split()) <= HEADLINE_LABEL_WORDS:
        return not _LEADS_TO_QUOTE.search(text[: text.index(":")])  # ("The researchers concluded: ...")
    return bool(_HEADLINE_QUESTION.match(text) or _QUOTED_OPENING.match(text))


def _closing_quote_off(text: str) -> str:
    """A line without the quotation mark that closes it right after a word ("... a 'nonissue'" -> "... a 'nonissue")."""
    return text.rstrip("'’\"”") if re.search(r"\w['’\"”]$", text) else text


#: a bare headline beside a glued teaser has TEASER_HEADLINE_WORDS[0] to [1] words
TEASER_HEADLINE_WORDS = (6, 24)
#: a section's own heading shares at least this share of its content words with the paragraph under it
HEADING_SHARE = 0.3


def _teaser_neighbours(lines: list[tuple[str, str | None]], out: dict[int, str]) -> None:
    """Another story's bare headline right above or below a glued teaser (a run of links to other stories:
    "What restrictions are in place? What to expect in Ocean City as beach, boardwalk reopen" over "One week
    after reopening:Ocean City packed on sunny Saturday").

    It has :data:`TEASER_HEADLINE_WORDS` words, opens with a capital or a quotation mark, does not end like a
    sentence (a closing quotation mark after a word is allowed: "..., 'we lose a part of history'"), is no
    list item and does not end on a word that leads on. A section's own heading beside the teaser stays: it
    is shorter ("Hoping for a miracle") or shares :data:`HEADING_SHARE` of its content words with the next
    paragraph ("After scientist fired, Florida gov. calls coronavirus data manipulation charge a 'nonissue'"
    over "Facing an explosive charge that his administration is manipulating coronavirus data ...").
    """
    for at, (text, reason) in enumerate(lines):
        if reason != "teaser" or not _glued_teaser(text.strip()):
            continue
        for near in (at - 1, at + 1):
            if not 0 <= near < len(lines) or lines[near][1] is not None or near in out:
                continue
            headline = lines[near][0].strip()
            words = headline.split()
            if not TEASER_HEADLINE_WORDS[0] <= len(words) <= TEASER_HEADLINE_WORDS[1]:
                continue
            if _closing_quote_off(headline)[-1] in _SENTENCE_END or not (
                headline[0].isupper() or headline[0] in _QUOTE_OPEN
            ):
                continue
            if _BULLET.match(headline) or _OPEN_END.search(headline) or "|" in headline:
                continue
            under = next(
                (t for later, (t, r) in enumerate(lines[near + 1 :], near + 1) if r is None and later not in out), ""
            )
            own = _word_set(headline)
            if own and len(own & _word_set(under)) >= HEADING_SHARE * len(own):
                continue
            out[near] = "teaser"


#: a headline that opens on the words it quotes, then a colon: "'This will kill you': People are warning others
#: following Trump's apparent use of hydroxychloroquine" (another story's, between two paragraphs)
_QUOTED_HEADLINE = re.compile(r"^['‘\"“][^'’\"”\n]{2,90}['’\"”]\s*:\s*[A-Z0-9]")
#: a headline that opens on a quoted word or phrase, then goes on: "'Unrivaled?' Fact-checking Donald Trump's ..."
_QUOTED_OPENING = re.compile(r"^['‘\"“][^'’\"”\n]{2,40}['’\"”]\s*:?\s+[A-Z0-9]")

#: a highlights box that restates the story opens the body with at most this many lines
RESTATED_LINES = 5
#: a line of it shares at least this share of its words with one later paragraph
RESTATED_SHARE = 0.6


def _restated_top(lines: list[tuple[str, str | None]], out: dict[int, str]) -> None:
    """A highlights box without its label: the body's first lines (two to :data:`RESTATED_LINES`, each one
    short sentence) up to a line of page furniture, when most of them are restated by a paragraph after it
    ("Bank of America has priced a $1 billion bond ... COVID-19." then "Visit X's homepage", then the story
    opening "Bank of America has priced a $1 billion bond ... the coronavirus pandemic.")."""
    top: list[int] = []
    close = None
    for at, (text, reason) in enumerate(lines):
        if reason is not None and reason not in ("headline", "byline", "date", "media"):
            if top:
                close = at
            break
        if reason is None:
            if len(text.split()) > HIGHLIGHT_WORDS or len(top) == RESTATED_LINES or find_credit(text) is not None:
                return  # (a photo's caption is the layout's to read)
            top.append(at)
    if close is None or len(top) < 2:
        return
    later = [_word_set(text) for text, reason in lines[close + 1 :] if reason is None]
    restated = set()
    for at in top:
        own = _word_set(lines[at][0])
        if own and any(len(own & other) >= RESTATED_SHARE * len(own) for other in later):
            restated.add(at)
    if len(restated) * 2 > len(top):
        # a point that carries a quotation goes only where the story restates it (the quote is kept there)
        out.update(
            {
                at: "highlights"
                for at in top
                if at not in out and (at in restated or not re.search(r"[\"“”„«»]", lines[at][0]))
            }
        )


def _english_body(texts: list[str]) -> bool:
    """Whether English is the language whose stop words cover most words of the body (its first 20,000 characters)."""
    words = [w.casefold() for w in re.findall(r"\w+", "\n".join(texts)[:20000])]
    counts = {
        language: sum(1 for w in words if w in textblocks.stoplist(language)) for language in textblocks.LANGUAGES
    }
    return bool(words) and max(counts, key=lambda language: counts[language]) == "English"


def _word_set(text: str) -> set[str]:
    """The content words of a line (three letters or more, no stop word), lower-cased."""
    stops = textblocks.stoplist("English")
    return {w for w in re.findall(r"\w{3,}", text.casefold()) if w not in stops}


#: the title of a recording or video shown after its prompt has at most this many words
EMBED_TITLE_WORDS = 12


def _embed_titles(lines: list[tuple[str, str | None]], out: dict[int, str]) -> None:
    """The title of a recording or video under its prompt ("Listen below to X as Y unpacks ...:", then "Is Z
    Satan in the flesh?"): one short line, not in quotation marks, right after a prompt that ends with a colon."""
    for at in range(len(lines) - 1):
        text, reason = lines[at]
        if reason != "embedded post" or not text.rstrip().endswith(":"):
            continue
        title, title_reason = lines[at + 1]
        if (
            title_reason is None
            and len(title.split()) <= EMBED_TITLE_WORDS
            and title[0] not in _QUOTE_OPEN
            and title[-1] not in ".:;,"
            and at + 1 not in out
        ):
            out[at + 1] = "embedded post"


#: a pull quote has at least this many words
PULL_QUOTE_WORDS = 6
#: a line is in capitals when at least this share of its letters are
CAPITALS_SHARE = 0.8


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)


def _pull_quotes(lines: list[tuple[str, str | None]], out: dict[int, str]) -> None:
    """A pull quote: a line in capitals or a quotation set apart, whose words stand again, in order, inside a
    longer paragraph of the body ("IF YOU HAVE INFINITE RESOURCES ..." over the paragraph that quotes it, with
    its speaker). The paragraph keeps them. (Another line repeated inside a paragraph may be the article's own
    standfirst: it stays; a quotation set apart only in English, the form this rule was measured on.)"""
    body = [(at, normalise(text)) for at, (text, reason) in enumerate(lines) if reason is None]
    for at, form in body:
        text = lines[at][0]
        if len(form.split()) < PULL_QUOTE_WORDS or at in out:
            continue
        if not (_capitals(text) or (text[0] in _QUOTE_OPEN and _english(text))):
            continue
        if any(other_at != at and len(other) > len(form) and f" {form} " in f" {other} " for other_at, other in body):
            out[at] = "pull quote"


#: a show's blurb closing the body stands among its last this many lines
BLURB_LINES = 3
# a video segment's blurb: a guest joins a show to talk ("Jane Doe joins The X Show to break down why ...",
# "Jane Doe, Site.com, joins to talk about ...")
_SEGMENT_BLURB = re.compile(
    r"\bjoins\s+(?:(?:the|us|me)\s+)?(?:(?-i:[A-Z][\w'’.]*)\s+){0,5}(?:show\s+|program\s+|podcast\s+|broadcast\s+)?"
    r"to\s+(?:talk|discuss|break down|explain|expose|reveal|weigh in|give|share|lay out)\b",
    re.I,
)


def _closing_blurb(lines: list[tuple[str, str | None]], out: dict[int, str]) -> None:
    """A video segment's blurb or a note about the publisher among the body's last lines, with only lines
    taken out after it (a promotion)."""
    for at in range(len(lines) - 1, max(-1, len(lines) - 1 - BLURB_LINES), -1):
        text, reason = lines[at]
        if reason is None and at not in out:
            if len(text.split()) <= POST_MAX_WORDS and _SEGMENT_BLURB.search(text) and text[0] not in _QUOTE_OPEN:
                out[at] = "teaser"
            elif len(text.split()) <= ABOUT_WORDS and _ABOUT_PUBLISHER.match(text):
                out[at] = "about the publisher"
            return


# a note about the publisher or the programme closing the body: "Future Tense is a partnership of Slate, New
# America, and Arizona State University that examines ...", "Example Health News is a nonprofit news service ..."
_ABOUT_PUBLISHER = re.compile(
    r"^(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|on))*\s+is\s+(?:a|an|the)\s+(?:[\w,-]+\s+){0,4}?"
    r"(?:(?:partnership|collaboration|joint (?:project|venture)|project|initiative|venture|program|programme)\s+(?:of|between|by|from|with)\b"
    r"|(?:newsroom|news (?:organization|organisation|service|outlet|site|agency)|media (?:organization|organisation|outlet|company)"
    r"|publication)\b)"
)
#: such a note has at most this many words
ABOUT_WORDS = 60
#: how many lines above a reposted story's byline its headline may stand (its standfirst between)
REPOST_HEADLINE_LINES = 3
#: a line between that headline and the byline has at most this many words
REPOST_BETWEEN_WORDS = 40
#: the outlet's name under a reposted story's byline has at most this many words
REPOST_OUTLET_WORDS = 5
_TIME_NAMES = re.compile(r"^(?:" + MONTH_WORDS + r"|mon|tues|wednes|thurs|fri|satur|sun|to)", re.I)
_OUTLET_LINE = re.compile(r"^(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|de|the|and|for))*$")


def _repost_byline(text: str, byline: Callable[[str], list[str] | None]) -> bool:
    """A byline line inside the body ("by Jane Doe", "By: Site, May 19, 2020:"): another story's, reposted."""
    if len(text.split()) > 14 or re.search(r"[a-z]{3}[.!?]$", text):
        return False
    names = byline(text)
    return names is not None and not _TIME_NAMES.match(names[0])


def _reposted_story(
    lines: list[tuple[str, str | None]], index: int, out: dict[int, str], byline: Callable[[str], list[str] | None]
) -> None:
    """The header of another outlet's story reposted inside the body, around its byline or source line.

    Its headline (the nearest headline-like line up to :data:`REPOST_HEADLINE_LINES` lines above, across
    short lines of its standfirst, which stay), the byline or "Source, May 22, 2020:" line, the outlet's name
    under a byline, and an "Excerpts:" label under them go to ``out``; the standfirst and the story's text stay.
    """
    text, reason = lines[index]
    if reason is None:
        if index == 0 or not _repost_byline(text, byline):
            return
        out[index] = "reposted story"
    elif not _REPOST_SOURCE.match(text):
        return
    for above in range(index - 1, max(-1, index - 1 - REPOST_HEADLINE_LINES), -1):
        above_text, above_reason = lines[above]
        if above_reason is not None:
            break
        if headline_like(above_text) and above_text[0] not in _QUOTE_OPEN and not above_text.endswith(("”", '"')):
            if above > 0:  # (the body's first line is the layout's to read)
                out[above] = "reposted story"
            break
        if len(above_text.split()) > REPOST_BETWEEN_WORDS or above_text.endswith(":"):
            break
    after = index + 1
    if reason is None and after < len(lines) and lines[after][1] is None:
        outlet = lines[after][0]
        if len(outlet.split()) <= REPOST_OUTLET_WORDS and _OUTLET_LINE.match(outlet):
            out[after] = "reposted story"
            after += 1
    if after < len(lines) and lines[after][1] is None and _EXCERPTS_LABEL.match(lines[after][0]):
        out[after] = "reposted story"


#: a product promotion closing the body is at most this many lines
PROMOTION_LINES = 12
_ORDER_CALL = re.compile(r"\b(?:order|buy|shop) (?:here|now|today)\W*$", re.I)


def _promotion_tail(lines: list[tuple[str, str | None]], out: dict[int, str]) -> None:
    """A product promotion after the article: from the line after the last line taken out (page furniture,
    not a post or a photo) to the body's end, when a line of it calls the reader to order ("Order here!",
    "... ORDER HERE!"), every line is short and none opens a quotation."""
    tail: list[int] = []
    calls = 0
    for at in range(len(lines) - 1, max(-1, len(lines) - 1 - PROMOTION_LINES), -1):
        text, reason = lines[at]
        if reason in (None, "advertisement") and _ORDER_CALL.search(text):
            calls += 1  # (the call itself is a widget line already, or is taken here)
        elif reason == "advertisement":
            pass
        elif reason is not None:
            # the article ends at a line of page furniture (a comment prompt, a share bar), not at a post
            # or a photo shown inside it: short paragraphs of the article may stand between those and a plug
            if calls and reason not in ("embedded post", "media"):
                out.update(dict.fromkeys(tail, "advertisement"))
            return
        elif text[0] in _QUOTE_OPEN or len(text.split()) > REPOST_BETWEEN_WORDS:
            return
        if reason is None:
            tail.append(at)


#: a tag closing the body has at most this many words
TAG_WORDS = 3
_TAG = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")


def _closing_tags(lines: list[tuple[str, str | None]], out: dict[int, str]) -> None:
    """The body's last line when it is a tag ("Bill Gates", "Lockdowns"): one to three capitalised words with
    no punctuation, under a line taken out (a hat tip, a note about the author, a source)."""
    if len(lines) < 3:
        return
    text, reason = lines[-1]
    before_reason = lines[-2][1]
    if reason is None and _TAG.match(text) and (before_reason is not None or len(lines) - 2 in out):
        out[len(lines) - 1] = "tags"


#: a list of other stories closing a body with no heading over it has at least this many headlines
CLOSING_HEADLINES = 4


def _closing_headlines(lines: list[tuple[str, str | None]], out: dict[int, str]) -> None:
    """A list of other stories' headlines that closes the body with no heading over it: the last kept lines,
    each a headline in title case ("Coronavirus Deaths May Be Miscalculated", "Bill Gates: We Won’t Go Back
    To “Normal Until” ..."), :data:`CLOSING_HEADLINES` of them or more."""
    run: list[int] = []
    for index in range(len(lines) - 1, -1, -1):
        text, reason = lines[index]
        if reason is not None or index in out:
            continue  # (debris between or under the list)
        if not (_listed_headline(text) and _title_case(text)) or text[0] in _QUOTE_OPEN:
            break
        run.append(index)
    if len(run) >= CLOSING_HEADLINES:
        out.update(dict.fromkeys(run, "related widget"))


def _highlights(lines: list[tuple[str, str | None]], out: dict[int, str]) -> None:
    body = [index for index, (_text, reason) in enumerate(lines) if reason is None]
    for index in body[:HIGHLIGHT_TOP]:
        if _SUMMARY_LABEL.match(lines[index][0]):
            out[index] = "highlights"
    bullets = []
    for index in body:
        text = lines[index][0]
        if not _BULLET.match(text) or len(text.split()) > HIGHLIGHT_WORDS:
            break
        bullets.append(index)
    if len(bullets) >= 2 and len(bullets) < len(body):
        out.update(dict.fromkeys(bullets, "highlights"))
    for index, (_text, reason) in enumerate(lines):
        if reason != "highlights":
            continue
        points = 0
        for after in range(index + 1, min(len(lines), index + 1 + LIST_LINES)):  # (bounded: linear in all)
            text, after_reason = lines[after]
            if after_reason is not None:
                continue
            if points >= HIGHLIGHT_POINTS or len(text.split()) > POINT_WORDS or text[-1:] == ":":
                break
            out[after] = "highlights"
            points += 1


def _post_lines_before(lines: list[tuple[str, str | None]], index: int, out: dict[int, str]) -> None:
    budget = POST_CHARS - _post_text_chars(lines[index][0])
    taken: list[int] = []
    at = index - 1
    opened = False  # the post's first line, opening with an emoji ("⚠️BREAKING: ... found:"), was reached
    while at >= 0 and lines[at][1] is None and (not lines[at][0].rstrip().endswith(":") or _emoji_first(lines[at][0])):
        if lines[at][0][0] in _QUOTE_OPEN:
            return  # the article quoting the post, in quotation marks, before showing it
        budget -= len(lines[at][0]) + 1
        if budget < 0:
            return
        taken.append(at)
        if lines[at][0].rstrip().endswith(":"):
            opened = True  # (the article's own lead-in never opens with an emoji)
            break
        at -= 1
    if at < 0 or not taken:
        return
    text, reason = lines[at]
    if opened or reason == "embedded post" or (reason is None and text.rstrip().endswith(":")):
        for body in taken:
            out[body] = "embedded post"


#: a post shown after the article quotes it has at most this many lines above its signature
QUOTED_POST_LINES = 6
#: a line of the post opens with this many words the article's quotation holds
QUOTED_POST_WORDS = 5


def _quoted_post_lines(lines: list[tuple[str, str | None]], index: int, out: dict[int, str]) -> None:
    """The lines of a post the article quoted just before showing it: '“Fascinating to watch how ... MSNBC
    has discussed it nearly every hour… CNN hasn’t mentioned it once,” he tweeted.', then the post's own
    lines ("Fascinating to watch how ...", "MSNBC has discussed it nearly every hour, including ...") and
    its signature. The lines between the quoting paragraph and the signature go when each opens with words
    of that paragraph's quotation (up to :data:`QUOTED_POST_LINES` lines)."""
    run: list[int] = []
    at = index - 1
    while at >= 0 and len(run) < QUOTED_POST_LINES and lines[at][1] is None and lines[at][0][:1] not in _QUOTE_OPEN:
        run.append(at)
        at -= 1
    if not run or at < 0 or lines[at][1] is not None or lines[at][0][:1] not in _QUOTE_OPEN:
        return
    quoted = normalise(lines[at][0])
    for body in run:
        opening = normalise(lines[body][0]).split()[:QUOTED_POST_WORDS]
        if not opening or " ".join(opening) not in quoted:
            return
    for body in run:
        out[body] = "embedded post"


def _emoji_first(text: str) -> bool:
    """Whether a line opens with an emoji or another pictograph (a post's first line, never the article's)."""
    return unicodedata.category(text[0]) == "So"


def _lists_headlines(text: str, reason: str) -> bool:
    """Whether a widget line heads a list of other articles' headlines."""
    if reason == "related widget":
        return True
    if reason == "read-more widget":
        return text.rstrip().endswith(":")
    return reason == "teaser" and bool(re.match(r"related\b", text, re.I) or _ONE_LINK_LABEL.match(text))


def _form_lines_before(lines: list[tuple[str, str | None]], index: int, out: dict[int, str]) -> None:
    fields: list[int] = []
    opener = None
    for at in range(index - 1, max(-1, index - 1 - FORM_LINES), -1):
        text, reason = lines[at]
        if reason is None:
            if len(text.split()) > 30:
                break
            fields.append(at)
        if _POLL.search(text):
            opener = at  # the farthest line that opens the poll
    if opener is not None:
        for body in fields:
            if body >= opener:
                out[body] = "form"
