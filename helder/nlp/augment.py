"""Polite-address augmentation: teach the pipeline the "u" and "uw" of letters.

The UD Dutch treebanks are newspaper and Wikipedia text: among 68,000 words
there is one "u" and no "uw", while a reply to a complaint addresses its
reader in nearly every sentence. Without help the tagger calls "u" a noun
and "Uw" a preposition, and the parse around them fails.

This augmenter adds, for a share of the training documents, a copy in which
third-person pronouns address the reader: "hij" -> "u", "hem" -> "u",
possessive "zijn"/"haar" -> "uw", and "is" -> "bent" where "u" is its
subject. The syntax stays the same, so the gold tree, tags and features
carry over with the pronoun's person changed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.training import Example
from spacy.util import registry

Augmenter = Callable[[Language, Example], Iterator[Example]]

# form -> (new form, new fine-grained tag, new morphological features)
_SUBJECT = ("u", "VNW|pers|pron|nomin|vol|2b|getal", "Case=Nom|Person=2|PronType=Prs")
_OBJECT = ("u", "VNW|pr|pron|obl|vol|2|getal", "Case=Acc|Person=2|PronType=Prs")
_POSSESSIVE = ("uw", "VNW|bez|det|stan|vol|2|getal|prenom|zonder|agr", "Person=2|Poss=Yes|PronType=Prs")


def _replacement(token: Token) -> tuple[str, str, str] | None:
    lower = token.lower_
    if token.pos_ != "PRON":
        return None
    if lower == "hij" and token.dep_ in ("nsubj", "nsubj:pass"):
        return _SUBJECT
    if lower == "hem" and token.dep_ in ("obj", "iobj", "obl"):
        return _OBJECT
    if lower in ("zijn", "haar") and "Poss=Yes" in str(token.morph) and token.dep_ == "nmod:poss":
        return _POSSESSIVE
    return None


def _cased(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def address_reader(doc: Doc) -> Doc | None:
    """A copy of a gold doc with the reader addressed as "u"; None if nothing to change."""
    words = [token.text for token in doc]
    lemmas = [token.lemma_ for token in doc]
    tags = [token.tag_ for token in doc]
    morphs = [str(token.morph) for token in doc]
    changed = False
    for token in doc:
        replacement = _replacement(token)
        if replacement is None:
            continue
        word, tag, morph = replacement
        words[token.i], lemmas[token.i], tags[token.i], morphs[token.i] = _cased(token.text, word), word, tag, morph
        changed = True
        if word == "u" and token.dep_.startswith("nsubj"):
            for verb in (token.head, *token.head.children):
                if verb.lower_ == "is" and verb.pos_ in ("AUX", "VERB"):
                    words[verb.i] = _cased(verb.text, "bent")
    if not changed:
        return None
    return Doc(
        doc.vocab,
        words=words,
        spaces=[bool(token.whitespace_) for token in doc],
        lemmas=lemmas,
        pos=[token.pos_ for token in doc],
        tags=tags,
        morphs=morphs,
        heads=[token.head.i for token in doc],
        deps=[token.dep_ for token in doc],
        sent_starts=[bool(token.is_sent_start) for token in doc],
    )


def polite_address_augmenter(nlp: Language, example: Example, *, level: float, base: Augmenter | None) -> Iterator[Example]:
    examples = base(nlp, example) if base is not None else iter([example])
    for item in examples:
        yield item
        if random.random() < level:
            polite = address_reader(item.reference)
            if polite is not None:
                yield Example(nlp.make_doc(polite.text), polite)


@registry.augmenters("helder.polite_address.v1")
def create_polite_address_augmenter(level: float, base: Augmenter | None = None) -> Augmenter:
    """Add, for a share `level` of the training documents, a copy that addresses the reader as "u"."""

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        return polite_address_augmenter(nlp, example, level=level, base=base)

    return augment
