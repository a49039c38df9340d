"""Split a reply letter or e-mail into its parts, and its body into sentences.

Input is the output of `helder.text.prepare`, so offsets index the pasted text
too. Letters are read line by line: a header zone at the top (address, reference
block, subject, salutation), the body, a closing with the signature under it and
possibly a quoted earlier message. Every step looks at a bounded number of
characters per line or token, so the whole run is linear in the text length.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from helder.calendar_words import MONTH_NUMBERS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, alternation
from helder.contacts import has_contact

PartKind = Literal["subject", "reference", "salutation", "body", "closing", "signature", "other"]


@dataclass(frozen=True)
class Part:
    kind: PartKind
    start: int
    end: int
    list_item: bool = False


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    part: PartKind


@dataclass(frozen=True)
class Segmentation:
    parts: tuple[Part, ...]
    sentences: tuple[Sentence, ...]

    def first(self, kind: PartKind) -> Part | None:
        return next((part for part in self.parts if part.kind == kind), None)

    def of_kind(self, kind: PartKind) -> list[Part]:
        return [part for part in self.parts if part.kind == kind]


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # the line without surrounding whitespace
    indent: int  # number of leading whitespace characters

    @property
    def blank(self) -> bool:
        return self.start == self.end


def _split_lines(text: str) -> list[_Line]:
    lines = []
    offset = 0
    for raw in text.split("\n"):
        left = raw.lstrip()
        stripped = left.rstrip()
        start = offset + len(raw) - len(left)
        lines.append(_Line(start, start + len(stripped), stripped, len(raw) - len(left)))
        offset += len(raw) + 1
    return lines


# --- the header zone ---------------------------------------------------------------------------

_TOP_LINES = 60  # the header zone never reaches further down
_PROSE_LENGTH = 100

_SUBJECT = re.compile(
    r"(?:betreft|onderwerp|subject|object|betr\.|ondw\.)\s*:"
    r"|betreft\s+\S"
    r"|(?:re|aw|antw|fw|fwd|tr|doorst)\s*(?:\[\d{1,3}\])?\s*:",
    re.IGNORECASE,
)
_REFERENCE_LABEL = re.compile(
    r"(?:datum|dossier(?:nummer|nr\.?)?|referentie|ref\.?|kenmerk|contactpersoon|contact|"
    r"behandeld door|dossierbehandelaar|telefoon|tel\.?|e-?mail|bijlagen?|bijlage\(n\)|"
    r"klachtnummer|klantnummer|aanvraagnummer|rijksregisternummer|ondernemingsnummer|"
    r"verzenddatum|uw referentie|onze referentie)\s*:",
    re.IGNORECASE,
)
_REFERENCE_OWNED = re.compile(
    r"(?:ons|onze|uw|jouw)\s+(?:kenmerk|referentie|ref\.?|dossier(?:nummer)?|nummer|"
    r"klacht(?:nummer)?|brief|e-?mail|mail|bericht|schrijven|aanvraag|vraag)\b",
    re.IGNORECASE,
)
_MONTHS = alternation(MONTH_NUMBERS)
_DATE = (
    r"(?:(?:" + alternation(WEEKDAYS + WEEKDAY_ABBREVIATIONS) + r")\.?,?\s+)?"
    r"(?:de\s+)?\d{1,2}(?:e|ste|de)?"
    r"(?:\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}|\s+(?:" + _MONTHS + r")\.?\s+\d{4})"
)
_PLACE_DATE = re.compile(
    r"(?:[^\W\d_][\w'’.\- ]{0,40},\s*)?" + _DATE + r"\s*\.?$", re.IGNORECASE
)
_HEADER = re.compile(
    r"(?:van|aan|cc|bcc|verzonden|from|to|sent|reply-to|antwoord aan|prioriteit|importance)\s*:",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"(?:zeer\s+geachte|geachte|beste|lieve|waarde|dag|goedendag|goeiedag|goededag|hallo|hoi|hey|hi|"
    r"goedemorgen|goeiemorgen|goedemiddag|goeiemiddag|goedenavond|goeienavond|dear|hello|bonjour|l\.s\.)"
    r"(?=[\s,]|$)",
    re.IGNORECASE,
)
_TITLES_ONLY = re.compile(
    r"(?:(?:mevrouw|mijnheer|meneer|heer|madame|monsieur)\b[^,.!?]{0,40},\s*){1,3}$", re.IGNORECASE
)
_SALUTATION_WORDS = frozenset(
    """mevrouw meneer mijnheer heer heren dames klant klanten burger burgers collega collega's allen
    iedereen allemaal team familie fam. ouders ouder inwoner inwoners aanvrager verzoeker lezer
    dhr. mevr. mr. mw. dr. prof. ir. en de van der den het ter 't te d' heer/mevrouw mevrouw/heer
    mevrouw/mijnheer mijnheer/mevrouw meneer/mevrouw mevrouw/meneer""".split()
)
_ADDRESSEE_WORDS = 6
_SALUTATION_MAX_LENGTH = 120


def _salutation_length(text: str) -> int | None:
    """Length of the salutation at the start of `text`, or None when there is none.

    A salutation is a greeting plus a few title or name words ("Geachte mevrouw,
    geachte heer,"). When other text follows the greeting's comma on the same line
    ("Beste Jan, bedankt voor uw mail."), only the greeting up to the comma counts.
    """
    if len(text) > _SALUTATION_MAX_LENGTH:
        return None
    if _TITLES_ONLY.match(text):
        return len(text)
    greeting = _GREETING.match(text)
    if not greeting:
        return None
    head, *others = text[greeting.end() :].split(",")
    whole_line = len(others) == 1 and not others[0].strip()  # "Beste meneer de burgemeester,"
    if not _addressee(head, lenient=whole_line):
        return None
    length = greeting.end() + len(head)
    for other in others:
        stripped = other.strip()
        if stripped and not _addressee(stripped[_greeting_end(stripped) :], lenient=False):
            return length + 1
        length += 1 + len(other)
    return length


def _greeting_end(text: str) -> int:
    greeting = _GREETING.match(text)
    return greeting.end() if greeting else 0


def _addressee(words_text: str, lenient: bool) -> bool:
    """Whether `words_text` can follow a greeting: titles and names, nothing that reads as prose."""
    words = words_text.rstrip().rstrip("!").split()  # "Hallo Jan!"
    if len(words) > _ADDRESSEE_WORDS or words_text.rstrip().endswith((".", "?", ":", ";")):
        return False
    return lenient or all(word[0].isupper() or word.lower() in _SALUTATION_WORDS for word in words)


def _is_reference(text: str) -> bool:
    if _REFERENCE_LABEL.match(text) or _PLACE_DATE.match(text):
        return True
    owned = _REFERENCE_OWNED.match(text)
    if not owned:
        return False
    after = text[owned.end() :].lstrip()
    return after.startswith(":") or (len(text.split()) <= 8 and not text.endswith((".", "!", "?")))


def _is_prose(text: str) -> bool:
    return len(text) > _PROSE_LENGTH or (text.endswith((".", "!", "?")) and len(text.split()) >= 5)


def _top_kind(text: str, headers_allowed: bool) -> PartKind | None:
    """Kind of a line in the header zone, or None for address and other unknown lines."""
    if _SUBJECT.match(text) and not text.endswith("."):
        return "subject"
    if _is_reference(text):
        return "reference"
    if headers_allowed and _HEADER.match(text):
        return "other"
    if _salutation_length(text) is not None:
        return "salutation"
    return None


@dataclass(frozen=True)
class _Zone:
    """The header zone: its parts and where the body starts."""

    parts: list[Part]
    body_line: int
    body_start: int | None  # offset in the body line when the salutation shares that line


def _header_zone(lines: list[_Line]) -> _Zone:
    """Classify the lines above the body.

    Lines up to the salutation belong to the header zone. Without a salutation the
    zone ends at the last recognised subject, reference or header line before the
    first line of prose; unrecognised lines in the zone (addresses) become "other".
    """
    kinds: list[tuple[int, PartKind]] = []
    last_known = -1
    seen_unknown = False
    absorb: PartKind | None = None  # a label on a line of its own takes the next line along
    for index, line in enumerate(lines[:_TOP_LINES]):
        if line.blank:
            absorb = None
            continue
        kind = absorb or _top_kind(line.text, headers_allowed=not seen_unknown)
        absorb = None
        if kind == "reference" and _wrapped_sentence(lines, index):
            break
        if kind == "salutation":
            kinds.append((index, kind))
            return _salutation_zone(lines, kinds, index)
        if kind:
            kinds.append((index, kind))
            last_known = index
            if kind in ("subject", "reference") and line.text.endswith(":"):
                absorb = kind
        elif _is_prose(line.text):
            break
        else:
            seen_unknown = True
            kinds.append((index, "other"))
    zone = [(index, kind) for index, kind in kinds if index <= last_known]
    return _Zone(_group_lines(lines, zone), last_known + 1, None)


def _wrapped_sentence(lines: list[_Line], index: int) -> bool:
    """A line that reads as a reference ("Uw aanvraag voor een parkeerplaats ten behoeve") but goes on,
    in lower case, on the next line: the first line of a hard-wrapped sentence, not a header."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    text = lines[index].text
    return (":" not in text and following is not None and not following.blank
            and following.text[:1].islower() and not _is_reference(following.text))


def _salutation_zone(lines: list[_Line], kinds: list[tuple[int, PartKind]], index: int) -> _Zone:
    parts = _group_lines(lines, kinds)
    line = lines[index]
    length = _salutation_length(line.text) or len(line.text)
    if length >= len(line.text):
        return _Zone(parts, index + 1, None)
    salutation = line.text[:length].rstrip()
    parts[-1] = Part("salutation", line.start, line.start + len(salutation))
    rest = line.text[length:]
    return _Zone(parts, index, line.end - len(rest.lstrip()))


def _group_lines(lines: list[_Line], kinds: list[tuple[int, PartKind]]) -> list[Part]:
    """Merge directly adjacent lines of the same kind into one part; a salutation stands alone."""
    parts: list[Part] = []
    previous = -2
    for index, kind in kinds:
        line = lines[index]
        if parts and index == previous + 1 and parts[-1].kind == kind != "salutation":
            parts[-1] = Part(kind, parts[-1].start, line.end)
        else:
            parts.append(Part(kind, line.start, line.end))
        previous = index
    return parts


# --- the end of the letter ---------------------------------------------------------------------

_CLOSING = re.compile(
    r"(?:(?:met\s+)?(?:(?:heel|zeer|vele|veel|de)\s+)?"
    r"(?:(?:[a-zà-ÿ]+e|hartelijk|vriendelijk)\s+)?groet(?:en|jes)?"  # "Sportieve groeten", "Zomerse groet"
    r"|met\s+(?:de\s+)?(?:(?:meeste|bijzondere|alle|gepaste)\s+)?hoogachting"
    # condolences, perhaps with the greeting: "Met oprechte deelneming en vriendelijke groeten"
    r"|met\s+(?:(?:oprechte|innige|welgemeende|warme|diepe)\s+)?(?:deelneming|medeleven)"
    r"(?:\s+en\s+(?:(?:[a-zà-ÿ]+e|hartelijk|vriendelijk)\s+)?groet(?:en)?)?"
    r"|hoogachtend|m\.?v\.?g\.?|(?:kind|best|warm)\s+regards|regards|(?:bien\s+)?cordialement)"
    r"(?=[\s,.!;]|$)",
    re.IGNORECASE,
)
_CLOSING_EXTRA_WORDS = 6
_PUNCTUATION_ONLY = re.compile(r"[\s,.!]*")


def _closing_length(text: str) -> int | None:
    """Length of the closing formula at the start of `text`, or None."""
    match = _CLOSING.match(text)
    if not match:
        return None
    rest = text[match.end() :]
    if _PUNCTUATION_ONLY.fullmatch(rest):
        return len(text)
    stripped = rest.lstrip()
    if stripped.startswith(","):  # "Met vriendelijke groeten, Jan Peeters"
        return len(text) - len(stripped) + 1
    if text.endswith((".", "!", "?")) or len(rest.split()) > _CLOSING_EXTRA_WORDS:
        return None
    return len(text)  # "Met vriendelijke groeten van het hele team"


_QUOTE_BANNER = re.compile(
    r"-{2,}\s*(?:oorspronkelijk(?:\s+e-?mail)?\s*bericht|original message|doorgestuurd bericht|"
    r"forwarded message)\s*-{2,}"
    r"|(?:begin\s+doorgestuurd\s+bericht|begin\s+forwarded\s+message)\s*:",
    re.IGNORECASE,
)
_QUOTE_INTRO_START = re.compile(r"(?:op|on)\s", re.IGNORECASE)
_QUOTE_INTRO_VERBS = ("schreef", "wrote", "geschreven")
_QUOTE_INTRO_LENGTH = 300
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_QUOTE_HEADER_FIRST = re.compile(r"(?:van|from)\s*:\s*\S", re.IGNORECASE)
_QUOTE_HEADER_NEXT = re.compile(
    r"(?:verzonden|sent|datum|date|aan|to|onderwerp|subject|cc)\s*:", re.IGNORECASE
)
_RULE_LINE = re.compile(r"[_=\-]{8,}$")
_HEADER_LOOKAHEAD = 4


def _next_nonblank(lines: list[_Line], index: int, limit: int) -> list[int]:
    """Indices of up to `limit` non-blank lines after `index`, looking a short way ahead."""
    found = []
    for following in range(index + 1, min(len(lines), index + 1 + limit * 2)):
        if not lines[following].blank:
            found.append(following)
            if len(found) == limit:
                break
    return found


def _starts_header_block(lines: list[_Line], index: int) -> bool:
    if not _QUOTE_HEADER_FIRST.match(lines[index].text):
        return False
    following = _next_nonblank(lines, index, _HEADER_LOOKAHEAD)
    return any(_QUOTE_HEADER_NEXT.match(lines[other].text) for other in following)


def _is_quote_intro(text: str) -> bool:
    """"Op 12 maart 2026 om 10:15 schreef Jan Peeters <jan@voorbeeld.be>:".

    A mail address or clock time is required: "Op 3 maart schreef u ons:" is body.
    """
    return (
        len(text) <= _QUOTE_INTRO_LENGTH
        and text.endswith(":")
        and _QUOTE_INTRO_START.match(text) is not None
        and any(verb in text.lower() for verb in _QUOTE_INTRO_VERBS)
        and ("@" in text or _CLOCK_TIME.search(text) is not None)
    )


def _quote_start(lines: list[_Line], first: int) -> int:
    """Index of the line where a quoted earlier message starts, or len(lines)."""
    for index in range(first, len(lines)):
        text = lines[index].text
        if not text:
            continue
        if _QUOTE_BANNER.match(text) or _is_quote_intro(text) or _starts_header_block(lines, index):
            return index
        if _RULE_LINE.match(text):
            following = _next_nonblank(lines, index, 1)
            if following and _starts_header_block(lines, following[0]):
                return index
    return len(lines)


_SIGNATURE_LINES = 10
_SIGNATURE_LINE_LENGTH = 80
_SENTENCE_WORDS = 4


def _trailing_signature(lines: list[_Line], first: int, stop: int) -> int | None:
    """Start index of a signature block that ends a letter without closing, if any.

    Conservative: only the last paragraph, only short lines without sentence
    punctuation, starting with a name-like line and holding contact details.
    """
    last = stop - 1
    while last >= first and lines[last].blank:
        last -= 1
    begin = last
    while begin - 1 >= first and not lines[begin - 1].blank:
        begin -= 1
    if begin <= first or last - begin + 1 > _SIGNATURE_LINES or last == begin:
        return None
    block = lines[begin : last + 1]
    if any(len(line.text) > _SIGNATURE_LINE_LENGTH or _reads_as_sentence(line.text) for line in block):
        return None
    if not any(has_contact(line.text) for line in block):
        return None
    name = block[0].text.split()
    if len(name) > 5 or not name[0][0].isupper() or any(char.isdigit() for char in block[0].text):
        return None
    return begin


def _reads_as_sentence(text: str) -> bool:
    return text.endswith(("!", "?", ":")) or (text.endswith(".") and len(text.split()) >= _SENTENCE_WORDS)


def _signature_delimiter(lines: list[_Line], first: int, stop: int) -> int | None:
    for index in range(stop - 1, first - 1, -1):
        if lines[index].text == "--":
            return index
    return None


# --- the body ----------------------------------------------------------------------------------

_LIST_MARKER = re.compile(r"(?:[-–—•*·▪●○◦‣⁃►➢→✓✔]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+(?=\S)")


def _body_parts(lines: list[_Line], first: int, stop: int, first_start: int | None) -> list[Part]:
    """Paragraphs and list items between the header zone and the closing.

    A list item is one line plus indented continuation lines, so the line that
    introduces a list ends the paragraph before it. Quoted lines ("> ...") become "other".
    """
    parts: list[Part] = []
    in_list = False
    previous_blank = True
    heading = False  # the part so far is one heading line: "Wat gebeurt er nu"
    for index in range(first, stop):
        line = lines[index]
        if line.blank:
            previous_blank, in_list = True, False
            continue
        start, text = line.start, line.text
        if index == first and first_start is not None:
            text = text[first_start - line.start :]
            start = first_start
        marker = _LIST_MARKER.match(text)
        kind: PartKind = "other" if text.startswith(">") else "body"
        if marker and kind == "body":
            parts.append(Part("body", start + marker.end(), line.end, list_item=True))
            in_list = True
        elif in_list and line.indent >= 2:
            parts[-1] = Part("body", parts[-1].start, line.end, list_item=True)
        elif parts and not previous_blank and not in_list and parts[-1].kind == kind and not (
                heading and text[:1].isupper()):
            parts[-1] = Part(kind, parts[-1].start, line.end)
        else:
            parts.append(Part(kind, start, line.end))
            in_list = False
            heading = previous_blank and _is_heading(text)
            previous_blank = False
            continue
        previous_blank = heading = False
    return parts


_HEADING_WORDS = 8
_COLON_HEADING_WORDS = 12  # a verdict with its point: "U hebt gelijk: u had een brief moeten krijgen"
# Words that leave a line unfinished: "Wij stuurden uw vraag naar" goes on with "Ann Peeters" on the next line.
_UNFINISHED = frozenset("de het een van voor naar met aan op in bij door en of maar dat die om te uw onze ons over "
                        "tot uit als dan zijn haar hun".split())


def _is_heading(text: str) -> bool:
    """A short line without a sentence's end that opens a block: the heading of the paragraph under it ("Eerst
    wat uitleg over de procedure", "U hebt gelijk: u had een brief moeten krijgen"), not the first line of a wrapped
    sentence ("Wij stuurden uw vraag naar")."""
    words = text.split()
    limit = _COLON_HEADING_WORDS if ":" in text else _HEADING_WORDS
    return text[:1].isupper() and len(words) <= limit and words[-1].lower() not in _UNFINISHED and (
        not text.rstrip().endswith((".", ",", ";", ":", "!", "?", "…")))


# --- sentences ---------------------------------------------------------------------------------

_NEVER_FINAL = frozenset(
    """bv. bijv. o.a. nr. nrs. art. dhr. mevr. mr. mw. dr. prof. st. p. pp. blz. tel. m.a.w. i.p.v.
    d.w.z. t.e.m. t.a.v. t.o.v. t.h.v. ca. incl. excl. max. min. resp. cf. zgn. ong. o.b.v. i.v.m.
    m.b.t. n.a.v. i.s.m. m.i.v. vs. afd. fam. ir. ing. lic. gsm. fax. adv. vnl. evt. z.g.""".split()
)
_MAYBE_FINAL = frozenset("enz. etc. e.d. e.a. vzw. nv. bvba. a.u.b. z.s.m. jl. ll. e.v. a.s.".split())
_DATE_ABBREVIATIONS = frozenset(
    "jan. feb. febr. mrt. apr. jun. jul. aug. sep. sept. okt. nov. dec. ma. di. wo. do. vr. za. zo.".split()
)
# Words after which a single capital with a dot is a label ("bijlage B."), not an initial.
_LABEL_WORDS = frozenset(
    "bijlage punt type categorie fase deel zone niveau klasse blok bus luik model optie artikel "
    "afdeling groep plan vak stap".split()
)
_TERMINALS = ".!?…"
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘„«(["
_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Mn", "Me", "Cf"})
_TOKEN = re.compile(r"\S+")
_INITIALS = re.compile(r"(?:[A-Z]\.){0,3}[A-Z]")


def _starts_sentence(token: str) -> bool:
    first = token[0]
    return first in _OPENERS or first.isupper() or first.isdigit()


def _is_symbol(token: str) -> bool:
    """Emoji and similar symbols that belong to the sentence before them."""
    return all(unicodedata.category(char) in _SYMBOL_CATEGORIES for char in token)


def _ends_sentence(token: str, following: str, previous: str) -> bool:
    """Whether a sentence ends after `token`, given the tokens around it."""
    core = token.rstrip(_CLOSERS)
    if not core or core[-1] not in _TERMINALS or not _starts_sentence(following):
        return False
    if core[-1] in "!?…" or core.endswith("..") or len(core) < len(token):
        return True
    word = core.lstrip(_OPENERS)
    abbreviation = word.lower()
    if abbreviation in _NEVER_FINAL:
        return False
    if abbreviation in _MAYBE_FINAL:
        return True
    if abbreviation in _DATE_ABBREVIATIONS:
        return not following[0].isdigit()
    if _INITIALS.fullmatch(word[:-1]):
        return previous.lower() in _LABEL_WORDS or not following[0].isupper()
    return True


def _split_sentences(text: str, part: Part) -> list[Sentence]:
    chunk = text[part.start : part.end]
    tokens = [(match.start(), match.end()) for match in _TOKEN.finditer(chunk)]
    words = [chunk[start:end] for start, end in tokens]
    sentences = []
    begin = 0
    for index, word in enumerate(words[:-1]):
        if index < begin or word.rstrip(_CLOSERS)[-1:] not in _TERMINALS:
            continue
        following = index + 1
        while following + 1 < len(words) and _is_symbol(words[following]):
            following += 1
        previous = words[index - 1] if index else ""
        if _ends_sentence(word, words[following], previous):
            sentences.append(_sentence(part, tokens[begin][0], tokens[following - 1][1]))
            begin = following
    if begin < len(tokens):
        sentences.append(_sentence(part, tokens[begin][0], tokens[-1][1]))
    return sentences


def _sentence(part: Part, start: int, end: int) -> Sentence:
    return Sentence(part.start + start, part.start + end, part.kind)


# --- putting it together -----------------------------------------------------------------------


def _has_letters(text: str, part: Part) -> bool:
    return any(char.isalnum() for char in text[part.start : part.end])


def segment(text: str) -> Segmentation:
    """Segment prepared letter text into parts, and the body into sentences."""
    lines = _split_lines(text)
    zone = _header_zone(lines)
    quote = _quote_start(lines, zone.body_line)
    ending, body_stop = _ending(lines, zone, quote)
    body = [
        part if part.kind != "body" or _has_letters(text, part) else Part("other", part.start, part.end)
        for part in _body_parts(lines, zone.body_line, body_stop, zone.body_start)
    ]
    parts = zone.parts + body + ending
    if sum(part.kind in _FRAGMENT_KINDS for part in parts) == 1 and all(
            part.kind in _FRAGMENT_KINDS or part.kind == "signature" for part in parts):
        # a fragment alone is what to check: "Hoogachtend", "Hoogachtend, de burgemeester."
        parts = [Part("body", parts[0].start, parts[-1].end)]
    quoted = [line for line in lines[quote:] if not line.blank]
    if quoted:
        parts.append(Part("other", quoted[0].start, quoted[-1].end))
    sentences: list[Sentence] = []
    for part in parts:
        if part.kind == "body":
            sentences += _split_sentences(text, part)
        else:
            sentences.append(Sentence(part.start, part.end, part.kind))
    return Segmentation(tuple(parts), tuple(sentences))


# Parts that, standing alone, are a fragment the writer wants checked, not a letter without a body.
_FRAGMENT_KINDS = frozenset({"salutation", "closing"})


def _ending(lines: list[_Line], zone: _Zone, quote: int) -> tuple[list[Part], int]:
    """Closing and signature parts, and the line index where the body stops."""
    first = zone.body_line + (zone.body_start is not None)  # a line shared with the salutation is no closing
    for index in range(quote - 1, first - 1, -1):
        length = _closing_length(lines[index].text) if not lines[index].blank else None
        if length is not None:
            line = lines[index]
            parts = [Part("closing", line.start, line.start + length)]
            rest = line.text[length:].lstrip()
            signature_start = line.end - len(rest) if rest else None
            return parts + _signature(lines, index + 1, quote, signature_start), index
    delimiter = _signature_delimiter(lines, first, quote)
    if delimiter is not None:
        return _signature(lines, delimiter + 1, quote, None), delimiter
    block = _trailing_signature(lines, first, quote)
    if block is not None:
        return _signature(lines, block, quote, None), block
    return [], quote


def _signature(lines: list[_Line], first: int, stop: int, start: int | None) -> list[Part]:
    """The signature: from `start` (or the first non-blank line) to the last non-blank line."""
    filled = [line for line in lines[first:stop] if not line.blank]
    if start is None and not filled:
        return []
    begin = start if start is not None else filled[0].start
    end = filled[-1].end if filled else lines[first - 1].end
    return [Part("signature", begin, end)]
