"""A trainable lemmatizer that checks its guesses against a Dutch lexicon.

spaCy's edit-tree lemmatizer picks the most probable edit tree that applies
to the word. Trained on only a few thousand sentences, it often strips a
word into a non-word ("wiskunde" -> "wiskund"). Among the `top_k` most
probable trees, this one prefers the first whose lemma is a known Dutch word
(wordfreq Zipf frequency >= `min_zipf`) and, for a verb, an infinitive;
for open-class words only: names and function words keep the model's first
choice.

Verbs get a second opinion from Dutch morphology: `inflect.verb_lemma()`
lists the infinitives a form can come from (a table of strong and irregular
verbs plus regular de-inflection: "bekwam" -> "bekomen", "teruggestort" ->
"terugstorten"); its first candidate is the lemma. Keeping the tree's lemma
whenever it is among the candidates was tried and is worse (verb-lemma
accuracy on the dev part 0.89 against 0.92): the list also holds unlikely
infinitives ("gezocht" -> ..., "zochten") that a wrong tree happens to hit.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.pipeline.edit_tree_lemmatizer import EditTreeLemmatizer
from spacy.tokens import Doc
from thinc.api import Model
from wordfreq import zipf_frequency

from helder.nlp.inflect import plural, verb_lemma
from helder.nlp.lookup import is_own_lemma, lookup_lemma
from helder.nlp.passive import is_participle_form

OPEN_CLASSES = frozenset({"NOUN", "VERB", "ADJ", "AUX", "ADV", "ADP"})
VERBAL = frozenset({"VERB", "AUX"})


class LexiconCheckedLemmatizer(EditTreeLemmatizer):
    def __init__(self, vocab: Any, model: Model, name: str = "lemmatizer", *, min_zipf: float = 1.5, **kwargs: Any):
        super().__init__(vocab, model, name, **kwargs)
        self.min_zipf = min_zipf

    def predict(self, docs: Iterable[Doc]) -> list[list[int | str]]:
        """Per token an edit tree id (-1: none applies) or, for a verb, the infinitive itself."""
        docs = list(docs)
        if not any(len(doc) for doc in docs):
            return [[] for _ in docs]
        scores = self.model.predict(docs)
        guesses = []
        for doc, doc_scores in zip(docs, scores):
            doc_scores = self.numpy_ops.to_numpy(doc_scores)
            best = doc_scores.argmax(axis=1)
            guesses.append([self._choose(token, doc_scores[i], best[i]) for i, token in enumerate(doc)])
        return guesses

    def from_disk(self, path: Any, exclude: Iterable[str] = ()) -> "LexiconCheckedLemmatizer":
        """Also rebuild the tree -> label index, which spaCy fills only when labels are added.

        Without it a loaded lemmatizer that trains on (a model sourced for
        fine-tuning) maps every gold tree to label 0 and unlearns its lemmas.
        """
        super().from_disk(path, exclude=exclude)
        self.tree2label = {tree: label for label, tree in enumerate(self.cfg["labels"])}
        return self

    def set_annotations(self, docs: Iterable[Doc], batch_guesses: list[list[int | str]]) -> None:
        for doc, guesses in zip(docs, batch_guesses):
            for token, guess in zip(doc, guesses):
                if not (self.overwrite or token.lemma == 0):
                    continue
                if isinstance(guess, str):
                    token.lemma_ = guess
                elif guess == -1:
                    if self.backoff is not None:
                        token.lemma = getattr(token, self.backoff)
                else:
                    token.lemma_ = self.trees.apply(guess, token.text)

    def _choose(self, token: Any, scores: np.ndarray, best: int) -> int | str:
        if token.pos_ in VERBAL and not _stem_after_a_preposition(token):
            candidates = verb_lemma(token.text)
            if candidates and token.text.lower() in candidates and _infinitive_by_context(token):
                return token.text.lower()  # an infinitive is its own lemma: "zich te wenden", not "wennen"
            if candidates:
                return candidates[0]
        labels = self.cfg["labels"]
        tree = labels[best]
        lemma = self.trees.apply(tree, token.text)
        if lemma is not None and (token.pos_ not in OPEN_CLASSES or self._plausible(token, lemma)):
            return tree  # the usual case: the most probable tree gives a word
        first = -1
        for index in np.argsort(-scores)[: self.top_k]:
            candidate = labels[index]
            lemma = self.trees.apply(candidate, token.text)
            if lemma is None:
                continue
            if first == -1:
                first = candidate
                if token.pos_ not in OPEN_CLASSES:
                    return first
            if self._plausible(token, lemma):
                return candidate
        if token.pos_ == "NOUN":
            guess = self.trees.apply(first, token.text) if first != -1 else None
            return rare_noun_lemma(token.text.lower(), guess) or first
        if token.pos_ == "ADJ" and is_own_lemma(base := lookup_lemma(token.text.lower())):
            return base  # no tree gives a word: the lookup table's base ("drukke" -> "druk", not "drukek")
        return first

    def _plausible(self, token: Any, lemma: str) -> bool:
        """A known Dutch word; for a verb, an infinitive (they all end in -n: "verzocht" -> "verzoeken")."""
        if token.pos_ in VERBAL and not lemma.endswith("n"):
            return False
        return _known(lemma.lower(), self.min_zipf)


def _stem_after_a_preposition(token: Any) -> bool:
    """A bare verb stem right after a preposition is a noun the tagger misread: "op voorhand" is no form
    of a verb "voorhanden". A finite verb never follows a preposition directly, and "te" takes an
    infinitive, not a stem."""
    if token.i == 0 or token.doc[token.i - 1].pos_ != "ADP" or token.doc[token.i - 1].lower_ in {"te", "om"}:
        return False
    form = token.text.lower()
    return not form.endswith("en") and f"{form}en" in verb_lemma(form)


# Forms of the verbs whose verb in the cluster is an infinitive: "kunt zich wenden", "zal ... betalen".
_INFINITIVE_GOVERNORS = frozenset({
    "kan", "kunt", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten", "mag", "mogen", "mocht",
    "mochten", "wil", "wilt", "willen", "wou", "wilde", "wilden", "zal", "zult", "zullen", "zou", "zouden",
})


def _infinitive_by_context(token: Any) -> bool:
    """A verb the tagger calls an infinitive, after "te" or a modal a few words before ("wenden" is
    also the past plural of "wennen", and the tree picks that). The lemmatizer runs before the
    parser, so the words decide, not the tree."""
    if "Inf" not in token.morph.get("VerbForm") or is_participle_form(token.text.lower()):
        return False  # "zullen ... opgeheven worden": a participle the tagger called an infinitive
    before = token.doc[max(0, token.i - 8) : token.i]
    return bool(before) and (
        before[-1].lower_ == "te" or any(word.lower_ in _INFINITIVE_GOVERNORS for word in before))


def rare_noun_lemma(word: str, guess: str | None = None) -> str | None:
    """The singular of a noun no edit tree turns into a known word, or None when it is one already
    or the tree's own `guess` is one of the singulars morphology allows ("aanwonenden" -> "aanwonende").

    A compound is read by its longest known last part: "kippenrassen" -> "kippenras" ("rassen" is
    rarer than "ras"), but "vredesproces" and "triomfwagen" stay ("proces", "wagen" are the more
    common words). A word without a known part goes by Dutch plural morphology alone, for the
    plural endings "-en" and "-'s": "impetranten" -> "impetrant".
    """
    if word.endswith("heden") and len(word) > len("heden") + 2:
        return word[:-5] + "heid"  # "weersomstandigheden": the plural of "-heid" is sure, however rare the singular
    for cut in range(len(word) - _MIN_TAIL + 1):
        tail = word[cut:]
        if zipf_frequency(tail, "nl") >= _KNOWN_TAIL_ZIPF:
            if is_own_lemma(tail) and not tail.endswith("en"):
                return None  # "volksmens": "mens" is a word of its own, not the plural of "men"
            # an infinitive's form is also a plural; the more common singular wins: "creditbewijzen" ->
            # "creditbewijs", "huurprijzen" -> "huurprijs", but "triomfwagen" stays
            singulars = noun_singulars(tail)
            if singulars and zipf_frequency(singulars[0], "nl") > zipf_frequency(tail, "nl"):
                return word[:cut] + singulars[0]
            return None
    if word.endswith("s") and not word.endswith("'s"):
        return None  # "wijnbes", "transfiguratieles": a bare -s is too often the word's own
    singulars = noun_singulars(word)
    if not singulars or (guess is not None and guess.lower() in singulars):
        return None
    return singulars[0]


_MIN_TAIL = 4  # letters of the last part of a compound that `rare_noun_lemma` reads as a word
_KNOWN_TAIL_ZIPF = 2.0


@lru_cache(maxsize=16384)
def noun_singulars(form: str) -> list[str]:
    """The singulars whose regular plural `plural()` spells as `form`, the most common first:
    "impetranten" -> "impetrant", "wachtbuizen" -> "wachtbuis", "opbraken" -> "opbraak", "auto's" ->
    "auto", "omstandigheden" -> "omstandigheid". A singular never ends in a doubled consonant, "-z" or
    "-v": only plurals spell those."""
    word = form.lower()
    bases = {word[: -len(ending)] for ending in ("'s", "ën", "en", "n", "s")
             if word.endswith(ending) and len(word) > len(ending) + 2}
    bases |= {stem[:-1] + {"z": "s", "v": "f"}[stem[-1]] for stem in bases if stem[-1] in "zv"}
    bases |= {stem[:-1] for stem in bases if stem[-1] == stem[-2]}  # "bussen" -> "bus"
    if word.endswith("heden"):
        bases.add(word[:-5] + "heid")  # "weersomstandigheden" -> "weersomstandigheid"
    bases |= {stem[:-2] + stem[-2] * 2 + stem[-1] for stem in bases  # "opbraken" -> "opbraak"
              if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou"}
    found = [stem for stem in bases if stem[-1] not in "zv" and stem[-1] != stem[-2] and (
        plural(stem) == word or word == stem + "n" and stem.endswith("e"))]  # "de aanwonende", "aanwonenden"
    return sorted(found, key=lambda stem: (-zipf_frequency(stem, "nl"), not stem.endswith("heid"),
                                           stem.endswith("e"), stem))


@lru_cache(maxsize=65536)
def _known(word: str, min_zipf: float) -> bool:
    return zipf_frequency(word, "nl") >= min_zipf


@Language.factory(
    "helder_lemmatizer",
    assigns=["token.lemma"],
    requires=["token.pos"],
    default_config={
        "model": {"@architectures": "spacy.Tagger.v2", "nO": None, "normalize": False,
                  "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 96,
                              "depth": 4, "embed_size": 2000, "window_size": 1, "maxout_pieces": 3,
                              "subword_features": True}},
        "backoff": "orth",
        "min_tree_freq": 3,
        "overwrite": False,
        "top_k": 5,
        "min_zipf": 1.5,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_lemmatizer(
    nlp: Language, model: Model, name: str, backoff: str | None, min_tree_freq: int, overwrite: bool, top_k: int,
    min_zipf: float, scorer: Any,
) -> LexiconCheckedLemmatizer:
    return LexiconCheckedLemmatizer(
        nlp.vocab, model, name, backoff=backoff, min_tree_freq=min_tree_freq, overwrite=overwrite, top_k=top_k,
        scorer=scorer, min_zipf=min_zipf,
    )
