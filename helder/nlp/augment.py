"""Augmentation that teaches the pipeline the language of letters.

Polite address, the "u" and "uw" of letters:

The UD Dutch treebanks are newspaper and Wikipedia text: among 68,000 words
there is one "u" and no "uw", while a reply to a complaint addresses its
reader in nearly every sentence. Without help the tagger calls "u" a noun
and "Uw" a preposition, and the parse around them fails.

This augmenter adds, for a share of the training documents, a copy in which
third-person pronouns address the reader: "hij" -> "u", "hem" -> "u",
possessive "zijn"/"haar" -> "uw", and "is" -> "bent" where "u" is its
subject. The syntax stays the same, so the gold tree, tags and features
carry over with the pronoun's person changed.

Imperatives, the "Stuur ons ...", "Vul het formulier in" of every "what you
can do" passage: the treebanks hold about twenty, nearly all "Zie ...", and a
pipeline trained on them reads a sentence-initial "Stuur", "Bel" or "Vul" as
a name, noun or preposition. The imperative augmenter adds a copy of a
document in which main clauses that open with their subject and a verb in
the present tense ("De dienst stuurt u een brief") lose the subject and get
the verb's stem ("Stuur u een brief"). The rest of the tree is unchanged.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.training import Example
from spacy.util import registry
from wordfreq import zipf_frequency

from helder.nlp.inflect import present

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


# Verbs whose imperative is irregular or that head no imperative of their own in a letter.
_NO_IMPERATIVE = frozenset({
    "zijn", "hebben", "worden", "kunnen", "moeten", "mogen", "willen", "zullen", "hoeven", "blijken", "lijken",
    "heten",
})
MIN_ZIPF = 2.0  # the stem must be a Dutch word: a lemma the treebank got wrong makes none
_IMPERATIVE_TAG = "WW|pv|tgw|ev"
_IMPERATIVE_MORPH = "Number=Sing|Tense=Pres|VerbForm=Fin"


def _imperative_verb(sentence: Span) -> Token | None:
    """The verb of a main clause that opens with its whole subject and then a verb in the present
    tense ("De dienst stuurt ..."), if that verb can be made an imperative."""
    verb = sentence.root
    subjects = [child for child in verb.children if child.dep_.startswith("nsubj")]
    if (
        verb.pos_ != "VERB" or verb.i == sentence.start or len(subjects) != 1
        or subjects[0].left_edge.i != sentence.start or subjects[0].right_edge.i != verb.i - 1
        or "Tense=Pres" not in str(verb.morph) or "VerbForm=Fin" not in str(verb.morph)
        or verb.lemma_.lower() in _NO_IMPERATIVE or sentence[-1].text == "?"
    ):
        return None
    return verb


def imperative_copy(doc: Doc) -> Doc | None:
    """A copy of a gold doc with its subject-first present-tense main clauses as imperatives;
    None if it has none."""
    dropped: set[int] = set()
    verbs: dict[int, str] = {}
    for sentence in doc.sents:
        verb = _imperative_verb(sentence)
        if verb is None:
            continue
        dropped.update(range(sentence.start, verb.i))
        form = present(verb.lemma_, "1sg", separated=True)
        if zipf_frequency(form, "nl") < MIN_ZIPF:
            continue
        verbs[verb.i] = _cased(sentence[0].text, form)
    if not verbs:
        return None
    kept = [token for token in doc if token.i not in dropped]
    index = {token.i: new for new, token in enumerate(kept)}
    return Doc(
        doc.vocab,
        words=[verbs.get(token.i, token.text) for token in kept],
        spaces=[bool(token.whitespace_) for token in kept],
        lemmas=[token.lemma_ for token in kept],
        pos=[token.pos_ for token in kept],
        tags=[_IMPERATIVE_TAG if token.i in verbs else token.tag_ for token in kept],
        morphs=[_IMPERATIVE_MORPH if token.i in verbs else str(token.morph) for token in kept],
        heads=[index[token.head.i] for token in kept],
        deps=[token.dep_ for token in kept],
        sent_starts=[bool(token.is_sent_start) or token.i in verbs for token in kept],
    )


def _augmenter(copy: Callable[[Doc], Doc | None], level: float, base: Augmenter | None) -> Augmenter:
    """Yield each example and, for a share `level` of them, the `copy` of its gold doc."""

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        for item in base(nlp, example) if base is not None else iter([example]):
            yield item
            if random.random() < level:
                changed = copy(item.reference)
                if changed is not None:
                    yield Example(nlp.make_doc(changed.text), changed)

    return augment


@registry.augmenters("helder.polite_address.v1")
def create_polite_address_augmenter(level: float, base: Augmenter | None = None) -> Augmenter:
    """Add, for a share `level` of the training documents, a copy that addresses the reader as "u"."""
    return _augmenter(address_reader, level, base)


@registry.augmenters("helder.imperative.v1")
def create_imperative_augmenter(level: float, base: Augmenter | None = None) -> Augmenter:
    """Add, for a share `level` of the training documents, a copy with imperative main clauses."""
    return _augmenter(imperative_copy, level, base)
