"""A second opinion on lemmas from simplemma's Dutch lemma table, independent of the tagger.

The trained pipeline lemmatises from its word-class guess, and on rare words
that guess is often wrong: "staafde" called an adjective keeps itself as
lemma, "rechtsgevolgen" called a verb becomes an infinitive. A lexicon term
must not depend on that. The table knows a word's lemma without context
("rechtsgevolgen" -> "rechtsgevolg", "aangevangen" -> "aanvangen"), so the
matcher accepts it beside the model's lemma, and it also says when a word is
a lemma itself ("indienen", "verleden"), so a model lemma that turns such a
word into another one ("indien", "verlijden") is not trusted.
"""

from __future__ import annotations

from functools import lru_cache

import simplemma

LANGUAGE = "nl"
LOW_MEMORY = True  # the compact table: a few MB instead of about 50, and as fast to read
MIN_HEAD = 4  # letters of the last part of a compound the table must know ("objecten" in "erfgoedobjecten")
MIN_FRONT = 3  # letters before it


@lru_cache(maxsize=65536)
def lookup_lemma(word: str) -> str:
    """The table's lemma of a lowercase word; no particle marker.

    A word the table does not know is read as a compound: the front stays and
    the longest known last part is lemmatised ("erfgoedobjecten" ->
    "erfgoedobject", "aangeschreven" -> "aanschrijven"). Else the word itself.
    """
    if is_known(word):
        return _lemma(word)
    for cut in range(MIN_FRONT, len(word) - MIN_HEAD + 1):
        head = word[cut:]
        if is_known(head):
            return word[:cut] + _lemma(head)
    return word


def _lemma(word: str) -> str:
    return simplemma.lemmatize(word, lang=LANGUAGE, low_memory=LOW_MEMORY).replace("_", "").lower()


@lru_cache(maxsize=65536)
def is_known(word: str) -> bool:
    """Whether the table has the lowercase word at all."""
    return simplemma.is_known(word, lang=LANGUAGE, low_memory=LOW_MEMORY)


@lru_cache(maxsize=65536)
def is_own_lemma(word: str) -> bool:
    """True when the table knows the lowercase word as a lemma of its own ("verleden", "indienen")."""
    return is_known(word) and _lemma(word) == word
