"""`helder bench --language`: how good helder's reading of the language is, in one printout.

It prints figures and asserts nothing (the tests check behaviour; this says how
well it works):

* the lexicon: entries per tier;
* precision on good letters: jargon findings per good fixture letter (the
  repository's `tests/fixtures/letters` and `tests/fixtures/replies`);
* the lexicon in other forms: the share of `tests/fixtures/lexicon_forms.tsv`
  (terms in other tenses, orders, plurals and inflections) their entry finds;
* the structure checks: precision and recall on their held-out sentences;
* with `--data` (a folder of UD Dutch .conllu files): UPOS, LAS, passive F1
  and verb-lemma accuracy per class on the held-out blocks the model never saw;
* speed: check() p50 on the 400-word benchmark letter.

Figures that need files only the repository has are left out, with a note,
when helder runs from an installed package.
"""

from __future__ import annotations

import csv
import re
import statistics
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import click
import yaml

from helder.bench import check_timings, sample_letter
from helder.checker import Checker
from helder.rulebook import load_rules, slug

REPOSITORY = Path(__file__).resolve().parent.parent
LETTER_SETS = (REPOSITORY / "tests" / "fixtures" / "letters", REPOSITORY / "tests" / "fixtures" / "replies")
# Good replies from blind rounds: written without seeing the rules, measured once, then tuned on.
BLIND_GOOD_LETTERS = REPOSITORY / "tests" / "fixtures" / "good-letters"
LEXICON_FORMS = REPOSITORY / "tests" / "fixtures" / "lexicon_forms.tsv"


def lexicon_sizes() -> dict[str, int]:
    """Lexicon entries per tier."""
    sizes: Counter[str] = Counter()
    for rule in load_rules():
        if rule.type == "substitution" and "tier" in rule.spec:
            sizes[rule.spec["tier"]] += len(rule.spec["entries"])
    return dict(sizes)


def good_letters(folders: tuple[Path, ...] = LETTER_SETS) -> dict[str, list[str]]:
    """The texts of the fixture letters whose index calls them good, by profile."""
    texts: dict[str, list[str]] = {}
    for folder in folders:
        index = folder / "index.yaml"
        if not index.is_file():
            continue
        document = yaml.safe_load(index.read_text(encoding="utf-8"))
        for item in document.get("letters") or document.get("replies") or []:
            if item.get("kind") == "good":
                text = (folder / item["path"]).read_text(encoding="utf-8")
                texts.setdefault(item.get("profile", "vlaamse-overheid"), []).append(text)
    return texts


def passives_in_blind_letters(checker: Checker, folder: Path = BLIND_GOOD_LETTERS) -> dict[str, int]:
    """The passives the writers of the blind good letters marked, found by helder or not, and the
    passive findings no marked passive accounts for."""
    index = yaml.safe_load((folder / "index.yaml").read_text(encoding="utf-8"))["letters"]
    reports = checker.check_many([(folder / item["path"]).read_text(encoding="utf-8") for item in index])
    found = missed = extra = 0
    for item, report in zip(index, reports):
        spans = [finding.text.lower() for finding in report.dimensions["passive_voice"].findings
                 if finding.rule == "passive_voice.lijdende-vorm"]
        used: set[int] = set()
        for passive in item["passives"]:
            hit = next((i for i, span in enumerate(spans) if i not in used and all(
                re.search(rf"(?<!\w){re.escape(word)}(?!\w)", span) for word in passive.lower().split())), None)
            if hit is None:
                missed += 1
            else:
                found += 1
                used.add(hit)
        extra += len(spans) - len(used)
    return {"marked": found + missed, "found": found, "extra": extra}


def blind_rounds(folder: Path = BLIND_GOOD_LETTERS) -> list[dict[str, float]]:
    """Per blind round of good letters: its jargon findings per letter now, beside the figures
    measured blind (the index's `blind` mapping)."""
    document = yaml.safe_load((folder / "index.yaml").read_text(encoding="utf-8"))
    rounds: dict[int, list[str]] = {}
    for item in document["letters"]:
        rounds.setdefault(item["round"], []).append((folder / item["path"]).read_text(encoding="utf-8"))
    blind = document.get("blind") or {}
    return [{"round": number, **jargon_on_good_letters({"vlaamse-overheid": texts}),
             "blind": blind[number][0], "blind_lexicon": blind[number][1]}
            for number, texts in sorted(rounds.items()) if number in blind]


def jargon_on_good_letters(texts: dict[str, list[str]]) -> dict:
    """Jargon findings (all, and lexicon terms only) per good letter, and the findings per rule: where a
    trainer and a rule writer look first when good letters get remarks."""
    reports = [report for profile, group in texts.items() for report in Checker(profile).check_many(group)]
    findings = [f for report in reports for f in report.dimensions["jargon"].findings]
    lexicon = [f for f in findings if f.tier is not None]
    letters = max(len(reports), 1)
    return {"letters": len(reports), "per_letter": len(findings) / letters, "lexicon_per_letter": len(lexicon) / letters,
            "by_rule": Counter(f.rule for f in findings)}


MOST_FOUND = 10


@dataclass(frozen=True)
class FormCase:
    """A lexicon term in one sentence, in another form than its bad example's."""

    tier: str
    term: str
    form: str
    sentence: str
    found_as: str  # the longer entry of the same tier that wins on these words, if any
    known_miss: str  # why helder misses the row today, if it does

    @property
    def rule_id(self) -> str:
        return f"jargon.{self.tier}.{slug(self.found_as or self.term)}"


def form_cases(path: Path = LEXICON_FORMS) -> list[FormCase]:
    """The rows of the lexicon-forms fixture ("\\n" in a sentence is a line break)."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [FormCase(row["tier"], row["term"], row["form"], row["sentence"].replace("\\n", "\n"),
                     row["found_as"], row["known_miss"])
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def forms_found(checker: Checker, cases: list[FormCase]) -> list[bool]:
    """Per case, whether its entry finds the term."""
    reports = checker.check_many([case.sentence for case in cases])
    return [case.rule_id in {finding.rule for finding in report.findings} for case, report in zip(cases, reports)]


def structure_heldout(checker: Checker) -> dict[str, tuple[float, float]] | None:
    """(precision, recall) per structure on the held-out sentences, if the repository's data is there."""
    from helder.nlp.structure_eval import DEFAULT_DATA, evaluate_structures, load_sentences

    if not DEFAULT_DATA.is_file():
        return None
    scores = evaluate_structures(load_sentences(DEFAULT_DATA), checker.nlp)
    return {kind: (tally.precision, tally.recall) for kind, tally in scores.counts["heldout"].items()}


def ud_heldout(checker: Checker, data: Path) -> list[dict]:
    """The model's scores on each held-out part of the UD data in `data`."""
    from helder.nlp.evaluate import evaluate
    from helder.nlp.train import write_heldout

    with tempfile.TemporaryDirectory(prefix="helder-heldout-") as folder:
        return [evaluate(path, nlp=checker.nlp) for path in write_heldout(data, Path(folder)).values()]


def check_p50(checker: Checker, rounds: int = 30) -> float:
    return statistics.median(check_timings(checker, sample_letter(), rounds))


def run(data: Path | None = None) -> None:
    """Print the scorecard."""
    from helder.nlp.evaluate import format_text

    checker = Checker()
    sizes = lexicon_sizes()
    click.echo("helder bench --language: hoe goed helder de taal leest\n")
    click.echo(f"Woordenlijst: {sum(sizes.values()):,} termen".replace(",", "."))
    for tier, count in sorted(sizes.items(), key=lambda item: -item[1]):
        click.echo(f"  {tier:<12} {count:>6}")
    texts = good_letters()
    if texts:
        jargon = jargon_on_good_letters(texts)
        click.echo(f"\nJargon op goede brieven ({jargon['letters']} voorbeeldbrieven): "
                   f"{jargon['per_letter']:.2f} opmerkingen per brief, waarvan "
                   f"{jargon['lexicon_per_letter']:.2f} uit de woordenlijst (doel ≤ 0,5)".replace(".", ","))
        if (BLIND_GOOD_LETTERS / "index.yaml").is_file():
            rounds = blind_rounds()
            letters = sum(int(item["letters"]) for item in rounds)
            click.echo(f"Jargon op goede brieven uit {len(rounds)} blinde rondes ({letters} brieven), per brief "
                       "(uit de woordenlijst tussen haakjes):")
            click.echo("  ronde   blind gemeten   nu, na afstemming")
            for item in rounds:
                click.echo(f"  {item['round']:>5}   {item['blind']:.2f} ({item['blind_lexicon']:.2f})     "
                           f"{item['per_letter']:.2f} ({item['lexicon_per_letter']:.2f})".replace(".", ","))
            click.echo(f"De {MOST_FOUND} regels met de meeste opmerkingen op die {letters} brieven:")
            for rule, count in sum((item["by_rule"] for item in rounds), Counter()).most_common(MOST_FOUND):
                click.echo(f"  {rule:<45} {count:>4}")
            passives = passives_in_blind_letters(checker)
            extra = f"{passives['extra']} {'opmerking' if passives['extra'] == 1 else 'opmerkingen'}"
            click.echo(f"Lijdende vorm in die brieven: {passives['found']} van de {passives['marked']} gemarkeerde "
                       f"gevonden, {extra} zonder gemarkeerde lijdende vorm")
    else:
        click.echo("\nJargon op goede brieven: de voorbeeldbrieven staan alleen in de repository.")
    if LEXICON_FORMS.is_file():
        cases = form_cases()
        found = forms_found(checker, cases)
        other = [hit for case, hit in zip(cases, found) if case.form != "same-form"]
        click.echo(f"\nTermen in andere vormen ({len(cases)} zinnen, {len({c.term for c in cases})} termen): "
                   f"{sum(found)} gevonden, {sum(other)} van de {len(other)} in een andere vorm dan het "
                   f"slechte voorbeeld ({100 * sum(other) / max(len(other), 1):.1f} %)".replace(".", ","))
    structures = structure_heldout(checker)
    if structures:
        click.echo("\nZinsbouw, achtergehouden zinnen:   precisie  recall")
        for kind, (precision, recall) in structures.items():
            click.echo(f"  {kind:<30} {precision:>8.2f} {recall:>7.2f}")
    if data is not None:
        click.echo("\nTaalmodel op de achtergehouden UD-zinnen (nooit getraind of afgestemd):")
        click.echo(format_text(ud_heldout(checker, data)))
    else:
        click.echo("\nTaalmodel: geef --data MAP (UD Dutch .conllu) voor UPOS, LAS, lijdende vorm en werkwoordlemma's.")
    click.echo(f"\ncheck() p50, brief van {len(sample_letter().split())} woorden: {check_p50(checker):.1f} ms")
