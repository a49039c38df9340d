"""Measure `helder.nlp.inflect` on UD Dutch: generate each gold verb form from its lemma.

For every VERB/AUX token the evaluation asks `inflect_like()` for the form
that goes with the gold lemma and features, and compares it with the gold
form (lowercase). It also asks `verb_lemma()` for the lemma of every gold
participle and past tense and compares the first candidate with the gold lemma.

The split is the one helder's model uses (`helder.nlp.train`): blocks with
`in_heldout(group_id, HELDOUT_SHARE)` are held out; errors were inspected and
rules tuned on the other blocks only. Both parts are reported.

UD Dutch has no Person feature, so the person of a present singular comes
from the gold syntax: the subject of the verb (of its head for an auxiliary
or copula, of the first conjunct for a coordinated verb): ik -> 1sg, jij/je
-> 2sg (2sg_inv when it follows the verb), u -> u, anything else -> 3sg; no
subject at all -> 3sg for an auxiliary or copula, else the bare stem
(imperative). A verb with a `compound:prt` child is generated without its
particle (belt ... op; "plaats gemaakt" as one verb plaatsmaken).

Excluded, with counts in the result:
- infinitives (the form is the lemma: nothing to generate);
- lemma or form with characters other than letters (hyphens, digits, "_");
- gold lemma that is not an infinitive (does not end in -n);
- features other than the verb forms measured: Foreign=Yes, the subjunctive
  tag "conj" (leve de koning), and forms with no VerbForm;
- for verb_lemma only: verbs with a separate particle (the form alone cannot
  name it: "belde" in "belde ... op").
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from helder.nlp.conllu import Sentence, in_heldout, read_sentences
from helder.nlp.inflect import inflect_like, parse_feats, perfect_auxiliary, verb_class, verb_lemma

HELDOUT_SHARE = 0.12  # as helder.nlp.train.HELDOUT_SHARE (checked by a test; not imported: that pulls in training)

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl")
PERSON_OF_SUBJECT = {"ik": "1sg", "jij": "2sg", "je": "2sg", "gij": "2sg", "ge": "2sg", "u": "u"}


@dataclass(frozen=True)
class Case:
    """One gold verb token to generate."""

    form: str
    lemma: str
    feats: str
    tag: str | None
    person: str | None
    separated: bool
    kind: str  # present, past, participle, present_participle
    verb_class: str
    heldout: bool
    auxiliary: str | None = None  # hebben/zijn of a perfect (heeft gewerkt, is gekomen), if any


def _children(sentence: Sentence) -> dict[int, list[int]]:
    children: dict[int, list[int]] = defaultdict(list)
    for index, head in enumerate(sentence.heads):
        if head != index:
            children[head].append(index)
    return children


def _person(sentence: Sentence, index: int, children: dict[int, list[int]]) -> str:
    """The person of the subject of finite verb `index`.

    A clause, "het" or a noun is 3sg. Without any subject: 3sg for an
    auxiliary or copula (impersonal passive: "er wordt gewerkt"), else an
    imperative, whose form is the stem ("1sg").
    """
    look = index
    for _ in range(4):
        subjects = [child for child in children[look] if sentence.deps[child] in SUBJECT_DEPS]
        if subjects:
            subject = subjects[0]
            person = PERSON_OF_SUBJECT.get(sentence.words[subject].lower(), "3sg")
            if person == "2sg" and subject > index:
                return "2sg_inv"
            return person
        if sentence.deps[look] in ("aux", "aux:pass", "cop", "conj") and sentence.heads[look] != look:
            look = sentence.heads[look]
        else:
            break
    return "3sg" if sentence.deps[index] in ("aux", "aux:pass", "cop") else "1sg"


def _kind(feats: dict[str, str], tag_parts: list[str]) -> str | None:
    verb_form = feats.get("VerbForm")
    if verb_form == "Fin":
        return "past" if feats.get("Tense") == "Past" else "present"
    if verb_form == "Part":
        return "present_participle" if "od" in tag_parts else "participle"
    return None


def cases(paths: Iterable[Path], excluded: Counter | None = None) -> Iterator[Case]:
    """The gold verb tokens of these CoNLL-U files; skipped tokens are counted in `excluded`."""
    excluded = excluded if excluded is not None else Counter()
    for path in paths:
        for sentence in read_sentences(path):
            heldout = in_heldout(sentence.group_id, HELDOUT_SHARE)
            children = _children(sentence)
            for index, upos in enumerate(sentence.upos):
                if upos not in ("VERB", "AUX"):
                    continue
                form, lemma = sentence.words[index].lower(), sentence.lemmas[index].lower()
                feats = parse_feats(sentence.feats[index])
                tag = sentence.xpos[index] if sentence.xpos[index] not in ("", "_") else None
                tag_parts = tag.split("|") if tag else []
                if feats.get("VerbForm") == "Inf":
                    excluded["infinitive"] += 1
                    continue
                if not form.isalpha() or not lemma.isalpha():
                    excluded["not letters only"] += 1
                    continue
                if not lemma.endswith("n"):
                    excluded["lemma not an infinitive"] += 1
                    continue
                kind = _kind(feats, tag_parts)
                if feats.get("Foreign") == "Yes" or "conj" in tag_parts or kind is None:
                    excluded["foreign, subjunctive or no verb form"] += 1
                    continue
                person = None
                if kind == "present" and feats.get("Number", "Sing") == "Sing":
                    person = _person(sentence, index, children)
                separated = any(
                    sentence.deps[child] == "compound:prt" for child in children[index])
                auxiliary = None
                if kind == "participle":
                    auxiliary = next((sentence.lemmas[child] for child in children[index]
                                      if sentence.deps[child] == "aux"
                                      and sentence.lemmas[child] in ("hebben", "zijn")), None)
                yield Case(form, lemma, sentence.feats[index], tag, person, separated, kind,
                           verb_class(lemma), heldout, auxiliary)


def generate(case: Case) -> str:
    """The form helder generates for this case."""
    try:
        return inflect_like(case.lemma, case.feats, person=case.person, tag=case.tag, separated=case.separated)
    except ValueError:
        return ""


def _score() -> dict:
    return {"total": 0, "correct": 0}


def _add(table: dict, key: str, correct: bool) -> None:
    entry = table.setdefault(key, _score())
    entry["total"] += 1
    entry["correct"] += int(correct)


def _finish(table: dict) -> dict:
    for entry in table.values():
        entry["accuracy"] = round(entry["correct"] / entry["total"], 4) if entry["total"] else None
    return table


def _record(scores: dict, case: Case, correct: bool) -> None:
    """Count one result overall, per verb class and per form, on the case's side of the split."""
    table = scores["heldout" if case.heldout else "tuning"]
    _add(table.setdefault("overall", {}), "all", correct)
    _add(table.setdefault("by_class", {}), case.verb_class, correct)
    _add(table.setdefault("by_form", {}), case.kind, correct)


def evaluate_inflection(data_dir: Path, max_errors: int = 0) -> dict:
    """Scores on the held-out and the tuning part of every *.conllu file in `data_dir`.

    Three measures: the generated form, verb_lemma() on participles and past
    tenses, and perfect_auxiliary() on participles with a hebben/zijn `aux`
    child (a passive's zijn is `aux:pass` and does not count). `max_errors`
    sample errors of the tuning part (never the held-out part) are included,
    for inspection.
    """
    paths = sorted(Path(data_dir).glob("*.conllu"))
    if not paths:
        raise FileNotFoundError(f"Geen .conllu-bestanden gevonden in {data_dir}.")
    excluded: Counter = Counter()
    parts: dict = {"heldout": {}, "tuning": {}}
    lemma_parts: dict = {"heldout": {}, "tuning": {}}
    auxiliary_parts: dict = {"heldout": {}, "tuning": {}}
    errors: list[dict] = []
    lemma_errors: list[dict] = []
    for case in cases(paths, excluded):
        inspect = not case.heldout
        produced = generate(case)
        correct = produced == case.form
        _record(parts, case, correct)
        if not correct and inspect and len(errors) < max_errors:
            errors.append({"lemma": case.lemma, "feats": case.feats, "tag": case.tag, "person": case.person,
                           "separated": case.separated, "gold": case.form, "generated": produced})
        if case.kind in ("participle", "past") and not case.separated:
            candidates = verb_lemma(case.form)
            lemma_correct = bool(candidates) and candidates[0] == case.lemma
            _record(lemma_parts, case, lemma_correct)
            if not lemma_correct and inspect and len(lemma_errors) < max_errors:
                lemma_errors.append({"form": case.form, "gold": case.lemma, "candidates": candidates[:3]})
        if case.auxiliary:
            _record(auxiliary_parts, case, perfect_auxiliary(case.lemma) == case.auxiliary)
    for result in (parts, lemma_parts, auxiliary_parts):
        for table in result.values():
            for section in table.values():
                _finish(section)
    return {
        "data": [path.name for path in paths],
        "heldout_share": HELDOUT_SHARE,
        "inflection": parts,
        "verb_lemma": lemma_parts,
        "perfect_auxiliary": auxiliary_parts,
        "excluded": dict(excluded),
        "errors": errors,
        "verb_lemma_errors": lemma_errors,
    }


def format_json(result: dict) -> str:
    return json.dumps(result, ensure_ascii=False, indent=2)


LABELS = {
    "all": "alles", "present": "tegenwoordige tijd", "past": "verleden tijd",
    "participle": "voltooid deelwoord", "present_participle": "onvoltooid deelwoord",
    "regular": "zwak (regelmatig)", "strong": "sterk of onregelmatig", "separable": "scheidbaar",
    "inseparable": "onscheidbaar voorvoegsel",
}
EXCLUSIONS = {
    "infinitive": "infinitieven", "not letters only": "niet alleen letters",
    "lemma not an infinitive": "lemma geen infinitief",
    "foreign, subjunctive or no verb form": "vreemd woord, aanvoegende wijs of geen werkwoordsvorm",
}


def _rows(title: str, result: dict) -> list[str]:
    lines = [title, f"{'':28} {'achtergehouden':>22} {'afstemming':>22}"]
    heldout, tuning = result["heldout"], result["tuning"]
    for section in ("overall", "by_form", "by_class"):
        if section == "by_form" and len(set(heldout.get(section, {})) | set(tuning.get(section, {}))) < 2:
            continue  # one form only: the same figures as "alles"
        keys = sorted(set(heldout.get(section, {})) | set(tuning.get(section, {})))
        for key in keys:
            cells = []
            for table in (heldout, tuning):
                entry = table.get(section, {}).get(key)
                cells.append(f"{entry['accuracy']:.3f} ({entry['correct']}/{entry['total']})" if entry else "-")
            label = LABELS.get(key, key)
            lines.append(f"  {label:26} {cells[0]:>22} {cells[1]:>22}")
    return lines


def format_text(result: dict) -> str:
    """A Dutch table: accuracy per form and per verb class, held-out and tuning part."""
    lines = _rows("Vervoeging (vorm uit lemma en kenmerken):", result["inflection"])
    lines += [""] + _rows("verb_lemma (eerste kandidaat = gouden lemma; deelwoorden en verleden tijd):",
                          result["verb_lemma"])
    lines += [""] + _rows("perfect_auxiliary (hebben of zijn bij een voltooid deelwoord):",
                          result["perfect_auxiliary"])
    lines += ["", "Niet meegeteld: " + ", ".join(f"{EXCLUSIONS.get(reason, reason)} {count}" for reason, count in
                                                 sorted(result["excluded"].items()))]
    lines += [f"Bestanden: {', '.join(result['data'])}; achtergehouden aandeel {result['heldout_share']}."]
    if result["errors"]:
        lines += ["", "Voorbeelden van fouten (afstemmingsdeel):"]
        lines += [f"  {error['lemma']} {error['feats']} {error['person'] or ''}"
                  f"{' gescheiden' if error['separated'] else ''}: {error['gold']} -> {error['generated']}"
                  for error in result["errors"]]
    if result["verb_lemma_errors"]:
        lines += ["", "Voorbeelden van lemmafouten (afstemmingsdeel):"]
        lines += [f"  {error['form']}: {error['gold']} -> {', '.join(error['candidates']) or '(geen)'}"
                  for error in result["verb_lemma_errors"]]
    return "\n".join(lines)
