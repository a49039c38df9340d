"""Input hygiene for pasted letters.

`prepare` cleans text without changing its length, so every offset computed on
the cleaned text is also an offset into what the user pasted. All patterns are
linear: pasted input can be up to 50,000 arbitrary characters.
"""

from __future__ import annotations

import html
import re

_TAG_NAMES = frozenset(
    """a abbr address article aside b big blockquote body br button caption center cite code col
    colgroup dd del details div dl dt em figcaption figure font footer form h1 h2 h3 h4 h5 h6 head
    header hr html i img input ins label li link main mark meta nav ol option p pre q s section
    select small span strike strong style sub summary sup table tbody td textarea tfoot th thead
    title tr tt u ul""".split()
)
# Tags that start a new line, and tags that separate paragraphs (a blank line).
_LINE_TAGS = frozenset("br div tr dt dd".split())
_PARAGRAPH_TAGS = frozenset(
    "p ul ol h1 h2 h3 h4 h5 h6 table blockquote pre hr dl section article header footer".split()
)
# Elements whose content a browser never shows.
_HIDDEN_ELEMENTS = ("style", "script", "head", "title")
_MIN_TAGS_FOR_HTML = 2
# A list item in HTML becomes a bullet line, so the segmenter sees a list item.
_LIST_BULLET = "\u2022"

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*(?::[A-Za-z0-9]+)?)(?=[\s/>])[^<>]*>")
_DECLARATION = re.compile(r"<[!?][^<>]*>")
_HIDDEN_START = re.compile(r"<!--|<(" + "|".join(_HIDDEN_ELEMENTS) + r")(?=[\s>])", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _character_table() -> dict[int, str]:
    """Map every invisible or unsafe character to a visible one of length 1."""
    table = {code: " " for code in range(0x20) if code not in (0x09, 0x0A)}
    table.update({code: " " for code in range(0x7F, 0xA0)})
    table[0x0D] = "\n"  # a lone CR; CRLF is handled before translation
    for char in "\u200b\u200c\u200d\u2060\ufeff\u00a0\u202f":
        table[ord(char)] = " "
    table[0x2028] = table[0x2029] = "\n"
    table.update({code: "\ufffd" for code in range(0xD800, 0xE000)})
    return table


_CHARACTERS = _character_table()


def _is_known_tag(name: str) -> bool:
    return ":" in name or name.lower() in _TAG_NAMES


def looks_like_html(text: str) -> bool:
    """True when the text holds several real HTML tags, i.e. it was pasted as HTML."""
    if "<" not in text:
        return False
    count = 0
    for match in _TAG.finditer(text):
        if _is_known_tag(match.group(2)):
            count += 1
            if count >= _MIN_TAGS_FOR_HTML:
                return True
    return False


def _blank(length: int, prefix: str = "") -> str:
    """`prefix` padded with spaces to exactly `length` characters."""
    return (prefix + " " * length)[:length]


def _mask_tag(match: re.Match[str]) -> str:
    closing, name = match.group(1), match.group(2).lower()
    length = match.end() - match.start()
    if not _is_known_tag(name):
        return match.group()
    if name in _PARAGRAPH_TAGS:
        return _blank(length, "\n\n")
    if name == "li" and not closing:
        return _blank(length, "\n" + _LIST_BULLET)
    if name in _LINE_TAGS and (not closing or name == "br"):
        return _blank(length, "\n")
    return _blank(length)


def _mask_hidden(text: str) -> str:
    """Blank out comments and style/script/head content; unclosed ones stay as they are."""
    lowered = text.lower()
    pieces: list[str] = []
    done = 0
    unclosed: set[str] = set()  # a closer missing after one opener is missing after later ones too
    for match in _HIDDEN_START.finditer(text):
        if match.start() < done:
            continue
        closer = "-->" if match.group(1) is None else "</" + match.group(1).lower()
        if closer in unclosed:
            continue
        found = lowered.find(closer, match.end())
        if found < 0:
            unclosed.add(closer)
            continue
        end = found + len(closer)
        if closer != "-->":
            gt = text.find(">", end)
            end = gt + 1 if gt >= 0 else len(text)
        pieces.append(text[done : match.start()])
        pieces.append(_blank(end - match.start()))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _mask_html(text: str) -> str:
    text = _mask_hidden(text)
    text = _DECLARATION.sub(lambda m: _blank(len(m.group())), text)
    return _TAG.sub(_mask_tag, text)


def _decode_entity(match: re.Match[str]) -> str:
    entity = match.group()
    decoded = html.unescape(entity)
    if decoded == entity or len(decoded) > len(entity):
        return entity
    if decoded == "\r":  # would otherwise become a line break of its own
        decoded = " "
    return _blank(len(entity), decoded)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_lone_surrogates(text: str) -> str:
    """Replace lone surrogates (which JSON and Python strings can hold, but no UTF-8 text can) by U+FFFD.

    One code point for one, so offsets into the result are offsets into the input.
    """
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def prepare(text: str) -> str:
    """Return `text` cleaned for analysis, with exactly the same length.

    CRLF and lone CR become line breaks, control and zero-width characters and
    no-break spaces become spaces, lone surrogates become U+FFFD. Pasted HTML has
    its tags blanked out (block tags turn into line breaks, list items into bullet
    lines) and character entities are decoded in place, padded with spaces.
    """
    if looks_like_html(text):
        text = _mask_html(text)
    if "&" in text:
        text = _ENTITY.sub(_decode_entity, text)
    return text.replace("\r\n", " \n").translate(_CHARACTERS)
