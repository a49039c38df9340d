"""Is this Dutch? A letter in English or French gets a notice, not nonsense findings.

Function words give a language away: Dutch prose is a third "de", "het",
"u", "dat", "niet" ...; English and French have their own. A text whose
words are at least a fifth Dutch function words (spaCy's stop-word list)
is Dutch; under a tenth it is not. In between, the share is compared with
the English and French ones, loaded only then: spaCy's language packages
take seconds to import, and a real letter never needs them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.nl.stop_words import STOP_WORDS as DUTCH

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WORDS = 8
CLEARLY_DUTCH = 0.2  # Dutch letters are 30-50% function words
MIN_DUTCH_SHARE = 0.1  # English, French or German text has next to none


@lru_cache(maxsize=1)
def _other_stop_words() -> dict[str, frozenset[str]]:
    from spacy.lang.de.stop_words import STOP_WORDS as german
    from spacy.lang.en.stop_words import STOP_WORDS as english
    from spacy.lang.fr.stop_words import STOP_WORDS as french

    return {"en": frozenset(english), "fr": frozenset(french), "de": frozenset(german)}


def _share(words: list[str], stop_words: frozenset[str] | set[str]) -> float:
    return sum(1 for word in words if word in stop_words) / len(words)


def looks_dutch(text: str, sample: int = 400) -> tuple[bool, float]:
    """(Dutch?, share of Dutch function words among the first `sample` words).

    Short texts get the benefit of the doubt.
    """
    words = [word.lower() for word in _WORD.findall(text)[:sample]]
    if len(words) < MIN_WORDS:
        return True, round(_share(words, DUTCH), 2) if words else 1.0
    dutch = _share(words, DUTCH)
    if dutch >= CLEARLY_DUTCH or dutch < MIN_DUTCH_SHARE:
        return dutch >= CLEARLY_DUTCH, round(dutch, 2)
    leader = max(_share(words, stop_words) for stop_words in _other_stop_words().values())
    return dutch >= leader, round(dutch, 2)


def guess_language(text: str, sample: int = 400) -> tuple[str, float]:
    """The likeliest of Dutch, English, French and German ("nl", "en", "fr", "de"), with a confidence.

    The confidence is the winner's share of all function words counted for the four
    languages (0 without any). For telling a writer what a text looks like;
    `looks_dutch` decides whether helder checks it.
    """
    words = [word.lower() for word in _WORD.findall(text)[:sample]] or [""]
    shares = {"nl": _share(words, DUTCH), **{code: _share(words, stop) for code, stop in _other_stop_words().items()}}
    code = max(shares, key=lambda key: shares[key])
    total = sum(shares.values())
    return code, round(shares[code] / total, 2) if total else 0.0
