"""Bring sentences of the older UD Dutch conversion (2017) in line with the current one.

The older files (`older/` beside the current treebank files) use labels and
features the current files no longer use. Trained on them as they are, the
parser would learn two names for one relation, so each difference is mapped
onto the current convention before training:

- `flat:name` -> `flat`; `Abbr=yes` -> `Abbr=Yes`;
- coordination in the UD v1 style: `cc`, and a comma between conjuncts, hang
  from the first conjunct; UD v2 (the current files) hangs them from the
  conjunct they precede ("appels, peren en pruimen": "en" -> "pruimen");
- a possessive pronoun ("zijn boek"; DET or PRON with `det` in the older
  files) -> PRON with `nmod:poss` and the features the current files give
  that form;
- in a passive clause (the head has an `aux:pass` child), an `obl` with a
  `door` case child -> `obl:agent` (the current files use `obl:agent` only
  there);
- `obl` -> `obl:arg` for a (head lemma, preposition) pair that the current
  training part labels `obl:arg` in most cases (prepositional objects:
  "wachten op");
- "zich" as `obj` -> `expl:pv` (inherent reflexive), unless the current
  training part mostly has `obj` for that verb;
- files without `SpaceAfter` get it inferred for punctuation, so the text
  the tokenizer sees reads like normal prose ("woord," not "woord ,").

The lexicons behind the last three rules come from the current training part
only (`ConventionLexicon.from_sentences`), never from held-out sentences.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from helder.nlp.conllu import Sentence

_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "»", "%", "..."})
_NO_SPACE_AFTER = frozenset({"(", "[", "«"})
# Possessive pronouns by person, with the current files' features; the training part overrides them
# where it has the form ("uw" is absent from the treebanks).
_DEFAULT_POSSESSIVE_FEATS = {
    form: f"Person={person}|Poss=Yes|PronType=Prs"
    for person, forms in ((1, ("mijn", "m'n", "ons", "onze")), (2, ("jouw", "je", "uw")),
                          (3, ("zijn", "z'n", "haar", "d'r", "hun")))
    for form in forms
}
_MIN_PAIR_COUNT = 2  # a (head, preposition) pair must be seen this often before it decides obl:arg


def _case_child(sentence: Sentence, index: int) -> str | None:
    for child, (head, dep) in enumerate(zip(sentence.heads, sentence.deps)):
        if head == index and child != index and dep == "case":
            return sentence.lemmas[child].lower()
    return None


def _has_child(sentence: Sentence, index: int, dep: str) -> bool:
    return any(h == index and d == dep and c != index for c, (h, d) in enumerate(zip(sentence.heads, sentence.deps)))


@dataclass
class ConventionLexicon:
    """What the current conversion does with ambiguous cases, learnt from its training sentences."""

    possessive_feats: dict[str, str] = field(default_factory=dict)  # lower form -> feats of nmod:poss
    arg_pairs: frozenset[tuple[str, str]] = frozenset()  # (head lemma, preposition) mostly obl:arg
    reflexive_obj_verbs: frozenset[str] = frozenset()  # verbs whose "zich" is mostly obj

    @classmethod
    def from_sentences(cls, sentences: Iterable[Sentence]) -> ConventionLexicon:
        possessive: dict[str, Counter] = defaultdict(Counter)
        pairs: dict[tuple[str, str], Counter] = defaultdict(Counter)
        reflexive: dict[str, Counter] = defaultdict(Counter)
        for sentence in sentences:
            for i, dep in enumerate(sentence.deps):
                lower = sentence.words[i].lower()
                head_lemma = sentence.lemmas[sentence.heads[i]].lower()
                if dep == "nmod:poss" and sentence.upos[i] == "PRON" and "Poss=Yes" in sentence.feats[i]:
                    possessive[lower][sentence.feats[i]] += 1
                elif dep in ("obl", "obl:arg"):
                    case = _case_child(sentence, i)
                    if case:
                        pairs[(head_lemma, case)][dep] += 1
                elif lower == "zich":
                    reflexive[head_lemma][dep] += 1
        return cls(
            possessive_feats={**_DEFAULT_POSSESSIVE_FEATS,
                              **{form: counts.most_common(1)[0][0] for form, counts in possessive.items()}},
            arg_pairs=frozenset(
                pair for pair, counts in pairs.items()
                if sum(counts.values()) >= _MIN_PAIR_COUNT and counts["obl:arg"] > counts["obl"]
            ),
            reflexive_obj_verbs=frozenset(
                verb for verb, counts in reflexive.items() if counts["obj"] > counts["expl:pv"]),
        )


def harmonise(sentence: Sentence, lexicon: ConventionLexicon) -> Sentence:
    """Rewrite `sentence` (older conversion) in place to the current conventions; return it."""
    for i, dep in enumerate(sentence.deps):
        lower = sentence.words[i].lower()
        head = sentence.heads[i]
        sentence.feats[i] = sentence.feats[i].replace("Abbr=yes", "Abbr=Yes")
        if dep == "flat:name":
            sentence.deps[i] = "flat"
        elif dep == "det" and lower in lexicon.possessive_feats and sentence.upos[i] in ("DET", "PRON") and head > i:
            sentence.upos[i], sentence.deps[i] = "PRON", "nmod:poss"
            sentence.feats[i] = lexicon.possessive_feats[lower]
        elif dep == "obl":
            case = _case_child(sentence, i)
            if case == "door" and _has_child(sentence, head, "aux:pass"):
                sentence.deps[i] = "obl:agent"
            elif case and (sentence.lemmas[head].lower(), case) in lexicon.arg_pairs:
                sentence.deps[i] = "obl:arg"
        elif dep == "obj" and lower == "zich" and sentence.lemmas[head].lower() not in lexicon.reflexive_obj_verbs:
            sentence.deps[i] = "expl:pv"
    _attach_coordination_to_next_conjunct(sentence)
    if sentence.spaces and all(sentence.spaces):
        _infer_spaces(sentence)
    return sentence


def _attach_coordination_to_next_conjunct(sentence: Sentence) -> None:
    """UD v1 -> v2: a `cc` or comma attached to the first conjunct moves to the next conjunct after it."""
    conjuncts: dict[int, list[int]] = defaultdict(list)
    for child, (head, dep) in enumerate(zip(sentence.heads, sentence.deps)):
        if dep == "conj" and head < child:
            conjuncts[head].append(child)
    for i, (head, dep) in enumerate(zip(sentence.heads, sentence.deps)):
        if head >= i or not (dep == "cc" or (dep == "punct" and sentence.words[i] in (",", ";"))):
            continue
        following = [conjunct for conjunct in conjuncts.get(head, ()) if conjunct > i]
        if following:
            sentence.heads[i] = min(following)


def _infer_spaces(sentence: Sentence) -> None:
    """No space before closing punctuation, none after opening brackets."""
    for i in range(len(sentence.words) - 1):
        if sentence.words[i + 1] in _NO_SPACE_BEFORE or sentence.words[i] in _NO_SPACE_AFTER:
            sentence.spaces[i] = False
